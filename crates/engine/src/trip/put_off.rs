//! Stops put off: a visit other pages only planned, that a page says was postponed or cancelled.

use super::{members, DateClaim, Seen};
use crate::model::{Article, Place, PlaceKind, Stop, VisitKind};

/// "Ukrainian President Volodymyr Zelensky will visit Saudi Arabia on Wednesday", in the
/// previews, then "Zelenskyy postpones visit to Saudi Arabia": a stop that some article says the
/// traveller put off (its place, or its country), and that no other article tells as made — no
/// date of it reported as done rather than planned, no arrival or dateline there — is no stop.
/// (A visit put off once and made later is made: "Biden, who postponed a visit to Angola in
/// October, arrived in Luanda on Monday".)
pub(super) fn stops_put_off(
    stops: &[Stop],
    seen: &[Seen],
    assignment: &[Option<usize>],
    articles: &[Article],
    places: &[Place],
    claims: &[DateClaim],
) -> Vec<usize> {
    let same = |put_off: &Place, stop: &Place| {
        std::ptr::eq(put_off, stop)
            || (put_off.country.is_some()
                && put_off.country == stop.country
                && (put_off.kind == PlaceKind::Country || stop.kind == PlaceKind::Country))
    };
    (0..stops.len())
        .filter(|&s| {
            let Some(stop) = places.get(stops[s].place) else {
                return false;
            };
            let told_off: Vec<usize> = (0..articles.len())
                .filter(|&a| {
                    articles[a].put_off.iter().any(|&m| {
                        articles[a]
                            .places
                            .get(m)
                            .and_then(|mention| places.get(mention.place))
                            .is_some_and(|p| same(p, stop))
                    })
                })
                .collect();
            if told_off.is_empty() {
                return false;
            }
            let dated_as_made = claims.iter().any(|c| {
                c.stop == s && !told_off.contains(&c.article) && c.tier() == 3 && !c.vague
            });
            let arrived = members(seen, assignment, s).any(|v| {
                !told_off.contains(&v.article)
                    && !v.onward
                    && !v.furniture
                    && matches!(v.kind, VisitKind::Arrived | VisitKind::Dateline)
            });
            !dated_as_made && !arrived
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::trip::{analyzed_as_given, stop_names};

    const PLANS: [&str; 3] = [
        "Smith to visit Riyadh\nUkrainian President Jo Smith will visit Saudi Arabia on Wednesday, a spokesperson said.",
        "Smith in Abu Dhabi\nUkrainian President Jo Smith arrived in Abu Dhabi on Sunday. He will travel to Ankara on Tuesday and to Saudi Arabia on Wednesday.",
        "Smith in Ankara\nUkrainian President Jo Smith held talks in Ankara on Tuesday.",
    ];

    #[test]
    fn a_stop_other_pages_only_plan_is_none_when_a_page_says_it_was_put_off() {
        let planned = analyzed_as_given(&PLANS);
        assert_eq!(stop_names(&planned), ["Abu Dhabi", "Ankara", "Riyadh"]);
        for put_off in [
            "Smith postpones visit to Saudi Arabia\nUkrainian President Jo Smith said on Tuesday that he was postponing his planned visit to Saudi Arabia.",
            "Smith in Ankara\nUkrainian President Jo Smith initially intended to visit Saudi Arabia as part of the tour but delayed the trip.",
            "Smith in Ankara\nUkrainian President Jo Smith met the Turkish president in Ankara. Smith’s planned visit to Saudi Arabia was cancelled.",
        ] {
            let a = analyzed_as_given(&[PLANS[0], PLANS[1], PLANS[2], put_off]);
            assert_eq!(stop_names(&a), ["Abu Dhabi", "Ankara"], "{put_off}");
        }
        // Not put off: denied, someone else's, or what was cancelled is something else.
        for kept in [
            "Smith in Ankara\nUkrainian President Jo Smith has not postponed his visit to Saudi Arabia, his office said.",
            "Smith in Ankara\nUkrainian President Jo Smith held talks in Ankara. The Turkish president postponed his visit to Saudi Arabia.",
            "Smith in Ankara\nUkrainian President Jo Smith's stop in Saudi Arabia comes days after his government cancelled a grain deal.",
        ] {
            let a = analyzed_as_given(&[PLANS[0], PLANS[1], PLANS[2], kept]);
            assert_eq!(
                stop_names(&a),
                ["Abu Dhabi", "Ankara", "Riyadh"],
                "{kept}"
            );
        }
    }

    #[test]
    fn a_visit_put_off_and_then_made_stays_a_stop() {
        let put_off = "Smith postpones visit to Saudi Arabia\nUkrainian President Jo Smith said on Tuesday that he was postponing his planned visit to Saudi Arabia.";
        // An arrival there, or a day told as done.
        for made in [
            "Smith in Riyadh\nUkrainian President Jo Smith arrived in Riyadh on Wednesday.",
            "Smith in Riyadh\nUkrainian President Jo Smith held talks with the crown prince in Riyadh on 19 February 2031.",
        ] {
            let a = analyzed_as_given(&[PLANS[0], PLANS[1], PLANS[2], put_off, made]);
            let mut stops = stop_names(&a);
            crate::sort::sort(&mut stops);
            assert_eq!(stops, ["Abu Dhabi", "Ankara", "Riyadh"], "{made}");
        }
    }
}
