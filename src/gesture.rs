//! What a reader's gesture means, decided from numbers alone: a swipe across the stop detail
//! (next or previous stop), a wheel over the map (the page scrolls unless Ctrl or ⌘ is held), a
//! two-finger move on the map (zoom and pan), a one-finger drag on the map (the page scrolls;
//! the map says how to move it). Pure and host-tested; the components only read events.

use crate::geo::Point;

/// Which way a swipe walks the stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Next,
    Previous,
}

/// A finger that moved at least this far across (CSS pixels) made a swipe…
const SWIPE_MIN: f64 = 60.0;

/// A one-finger touch on the stop detail that moved `(dx, dy)` between touching and lifting: a
/// swipe to the next stop (finger to the left) or the previous one (to the right) when it went far
/// across and mostly across; otherwise none (a tap, or scrolling the page).
pub fn swipe(dx: f64, dy: f64) -> Option<Step> {
    if dx.abs() < SWIPE_MIN || dx.abs() < 2.0 * dy.abs() {
        return None;
    }
    Some(if dx < 0.0 { Step::Next } else { Step::Previous })
}

/// A wheel over the map zooms it only with Ctrl or ⌘ held (a trackpad pinch arrives as a wheel
/// with Ctrl); a plain wheel scrolls the page.
pub fn wheel_zooms(ctrl: bool, meta: bool) -> bool {
    ctrl || meta
}

/// A one-finger touch on the map that moved this far is the reader trying to move the map.
const DRAG_MIN: f64 = 12.0;

/// Whether a one-finger touch moved far enough from where it started to tell the reader that
/// the map moves with two fingers.
pub fn dragged(from: Point, to: Point) -> bool {
    distance(from, to) >= DRAG_MIN
}

/// How two fingers moved the map between two moments: the zoom factor (how much farther apart
/// they are), the point to zoom about (their midpoint now) and how far the midpoint moved.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pinch {
    pub factor: f64,
    pub about: Point,
    pub pan: (f64, f64),
}

/// The pinch from fingers at `before` to `after` (the same two fingers, in the same order).
/// None when the fingers were too close together to measure a zoom.
pub fn pinch(before: [Point; 2], after: [Point; 2]) -> Option<Pinch> {
    let (d0, d1) = (distance(before[0], before[1]), distance(after[0], after[1]));
    if d0 < 5.0 || d1 < 5.0 {
        return None;
    }
    let mid = |p: [Point; 2]| Point {
        x: (p[0].x + p[1].x) / 2.0,
        y: (p[0].y + p[1].y) / 2.0,
    };
    let (m0, m1) = (mid(before), mid(after));
    Some(Pinch {
        factor: d1 / d0,
        about: m1,
        pan: (m1.x - m0.x, m1.y - m0.y),
    })
}

fn distance(a: Point, b: Point) -> f64 {
    ((a.x - b.x).powi(2) + (a.y - b.y).powi(2)).sqrt()
}

/// What the map says when a reader uses the gesture that moves the page instead.
pub fn hint(touch: bool, mac: bool) -> &'static str {
    match (touch, mac) {
        (true, _) => "Use two fingers to move or zoom the map",
        (false, true) => "Use ⌘ + scroll to zoom the map",
        (false, false) => "Use Ctrl + scroll to zoom the map",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    #[test]
    fn swipes() {
        let cases: &[(&str, f64, f64, Option<Step>)] = &[
            ("left, far", -120.0, 10.0, Some(Step::Next)),
            ("right, far", 90.0, -20.0, Some(Step::Previous)),
            ("just far enough", -60.0, 0.0, Some(Step::Next)),
            ("too short", -40.0, 0.0, None),
            ("a tap", 2.0, 1.0, None),
            ("scrolling down", 20.0, -300.0, None),
            ("diagonal, more down than across", -80.0, 50.0, None),
            ("diagonal, mostly across", -100.0, 40.0, Some(Step::Next)),
        ];
        for (name, dx, dy, want) in cases {
            assert_eq!(swipe(*dx, *dy), *want, "{name}");
        }
    }

    #[test]
    fn the_wheel_zooms_only_with_a_modifier() {
        let cases = [
            (false, false, false),
            (true, false, true),
            (false, true, true),
            (true, true, true),
        ];
        for (ctrl, meta, zooms) in cases {
            assert_eq!(wheel_zooms(ctrl, meta), zooms, "ctrl {ctrl} meta {meta}");
        }
    }

    #[test]
    fn two_fingers_zoom_about_their_midpoint_and_pan_with_it() {
        let cases: &[(
            &str,
            [Point; 2],
            [Point; 2],
            Option<(f64, Point, (f64, f64))>,
        )] = &[
            (
                "apart: zoom in twice",
                [p(100.0, 100.0), p(140.0, 100.0)],
                [p(80.0, 100.0), p(160.0, 100.0)],
                Some((2.0, p(120.0, 100.0), (0.0, 0.0))),
            ),
            (
                "together: zoom out",
                [p(0.0, 0.0), p(0.0, 100.0)],
                [p(0.0, 25.0), p(0.0, 75.0)],
                Some((0.5, p(0.0, 50.0), (0.0, 0.0))),
            ),
            (
                "both down: pan",
                [p(10.0, 10.0), p(50.0, 10.0)],
                [p(10.0, 40.0), p(50.0, 40.0)],
                Some((1.0, p(30.0, 40.0), (0.0, 30.0))),
            ),
            (
                "fingers on one spot",
                [p(10.0, 10.0), p(11.0, 10.0)],
                [p(10.0, 10.0), p(40.0, 10.0)],
                None,
            ),
        ];
        for (name, before, after, want) in cases {
            let got = pinch(*before, *after).map(|g| (g.factor, g.about, g.pan));
            assert_eq!(got, *want, "{name}");
        }
    }

    #[test]
    fn a_drag_is_a_few_pixels() {
        assert!(!dragged(p(0.0, 0.0), p(5.0, 5.0)));
        assert!(dragged(p(0.0, 0.0), p(0.0, 30.0)));
    }

    #[test]
    fn hints_name_the_gesture_that_works() {
        assert!(hint(true, false).contains("two fingers"));
        assert!(hint(false, false).contains("Ctrl"));
        assert!(hint(false, true).contains("⌘"));
    }
}
