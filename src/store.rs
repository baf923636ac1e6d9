//! The user's trips in the browser's `localStorage` (it works from `file://` as from
//! `http://`): one key per trip (`tourlens.trip.<id>`, the trip export JSON) and the trip
//! open (`tourlens.current`). A trip that cannot be read is reported and left untouched;
//! a write that fails (storage full or refused) is reported and the trip stays in memory.
//! Nothing here deletes a key except deleting that trip.

use crate::state::Startup;
use tourlens_trip::Trip;
use web_sys::Storage;

const TRIP_PREFIX: &str = "tourlens.trip.";
const CURRENT: &str = "tourlens.current";

fn storage() -> Result<Storage, String> {
    web_sys::window()
        .ok_or("no window")?
        .local_storage()
        .map_err(|_| "the browser refuses this page its storage".to_string())?
        .ok_or_else(|| "the browser has no storage for this page".to_string())
}

/// What storage holds: every trip that can be read (in the order they were made), the trip
/// open last time, and what the user should know (damaged entries, storage unavailable).
pub fn load() -> Startup {
    let mut out = Startup::default();
    let s = match storage() {
        Ok(s) => s,
        Err(e) => {
            out.problems.push(format!(
                "Your trips cannot be kept: {e}. What you import stays open until the page is closed."
            ));
            return out;
        }
    };
    let n = s.length().unwrap_or(0);
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).collect();
    for key in keys {
        let Some(id) = key.strip_prefix(TRIP_PREFIX) else {
            continue;
        };
        let raw = s.get_item(&key).ok().flatten().unwrap_or_default();
        match serde_json::from_str::<Trip>(&raw) {
            Ok(trip) => out.trips.push((id.to_string(), trip.repaired())),
            Err(e) => out.problems.push(format!(
                "A stored trip ({id}) is damaged and could not be opened ({e}); it is left as it was."
            )),
        }
    }
    tourlens_engine::sort::sort_by(&mut out.trips, |a, b| crate::state::id_order(&a.0, &b.0));
    out.current = s
        .get_item(CURRENT)
        .ok()
        .flatten()
        .filter(|c| c != "bundled");
    out
}

/// Writes one trip. The error says why, for the user.
pub fn save(id: &str, trip: &Trip) -> Result<(), String> {
    let json = serde_json::to_string(trip).map_err(|e| e.to_string())?;
    storage()?
        .set_item(&format!("{TRIP_PREFIX}{id}"), &json)
        .map_err(|e| {
            let name = js_sys::Reflect::get(&e, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "QuotaExceededError" {
                "the browser's storage for this page is full".to_string()
            } else {
                "the browser refused to store it".to_string()
            }
        })
}

pub fn delete(id: &str) -> Result<(), String> {
    storage()?
        .remove_item(&format!("{TRIP_PREFIX}{id}"))
        .map_err(|_| "the browser refused to change its storage".to_string())
}

/// Remembers which trip is open (`None`: the bundled one). Best effort.
pub fn set_current(id: Option<&str>) {
    if let Ok(s) = storage() {
        let _ = s.set_item(CURRENT, id.unwrap_or("bundled"));
    }
}
