//! Files handed to the user: text saved under a name (a `Blob`, an object URL and a link with
//! `download`, clicked; nothing leaves the browser), the trip's data (`export`) and the page
//! as one file carrying the trip (`publish::single`), whose bytes come from the page's own head
//! when it is a single file, or from the single file beside it on its server when it is the
//! served build (the page's own file: the only request this makes, and only over http).

use crate::export::{self, Format};
use crate::page::{self, Build};
use crate::publish::single;
use gloo_timers::callback::Timeout;
use tourlens_engine::Analysis;
use tourlens_trip::Trip;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Saves `text` as a file called `name`. The error says why, for the user.
pub fn save(name: &str, mime: &str, text: &str) -> Result<(), String> {
    let failed = |what: &str| format!("the browser would not save the file ({what})");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| failed("no document"))?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&text.into());
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| failed("no blob"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| failed("no URL"))?;
    let link = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .ok_or_else(|| failed("no link"))?;
    link.set_href(&url);
    link.set_download(name);
    link.click();
    // The browser has the file once the click is handled; the URL is let go a little later.
    Timeout::new(60_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Saves the trip's data in `format`; says what was saved.
pub fn export(format: Format, trip: &Trip, analysis: &Analysis) -> Result<String, String> {
    let text = export::build(format, trip, analysis)?;
    let name = export::file_name(&trip.title, format.extension());
    save(&name, format.mime(), &text)?;
    Ok(format!("Saved {name} ({}).", size(text.len())))
}

/// Saves the page as one file carrying `trip`; says what was saved.
pub async fn single_file(trip: &Trip) -> Result<String, String> {
    let html = match page::build() {
        Build::Single => {
            let head = page::head_html().ok_or("this page has no head to copy")?;
            single::from_head(&head, trip)?
        }
        Build::Served => single::from_single_file(&fetch_beside().await?, trip)?,
    };
    let name = export::file_name(&trip.title, "html");
    save(&name, "text/html;charset=utf-8", &html)?;
    Ok(format!("Saved {name} ({}).", size(html.len())))
}

/// The single file beside the served page, as text.
async fn fetch_beside() -> Result<String, String> {
    let missing = || {
        format!(
            "{} is not beside this page on its server: deploy the whole dist/ folder, or open dist/tourlens.html and download from there",
            single::BESIDE
        )
    };
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(single::BESIDE))
        .await
        .map_err(|_| missing())?
        .dyn_into::<web_sys::Response>()
        .map_err(|_| missing())?;
    if !response.ok() {
        return Err(missing());
    }
    let text = JsFuture::from(response.text().map_err(|_| missing())?)
        .await
        .map_err(|_| missing())?;
    text.as_string().ok_or_else(missing)
}

/// "4.1 MB", "812 KB".
fn size(bytes: usize) -> String {
    if bytes >= 1_000_000 {
        format!("{:.1} MB", bytes as f64 / 1_000_000.0)
    } else {
        format!("{} KB", bytes.div_ceil(1000))
    }
}
