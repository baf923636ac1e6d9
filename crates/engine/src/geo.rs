//! Distance on the globe: the one great-circle formula the stages share.

/// Great-circle distance in kilometres between two points given in degrees (haversine).
pub(crate) fn km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let h = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    #[test]
    fn distances() {
        let cases = [
            ((31.77, 35.21), (32.09, 34.78), 52.0), // Jerusalem – Tel Aviv
            ((4.32, 15.31), (-4.27, 15.28), 955.0), // Bangui – Brazzaville
            ((0.0, 0.0), (0.0, 0.0), 0.0),
        ];
        for ((a, b), (c, d), want) in cases {
            let got = super::km(a, b, c, d);
            assert!((got - want).abs() < want * 0.02 + 1.0, "{got} vs {want}");
        }
    }
}
