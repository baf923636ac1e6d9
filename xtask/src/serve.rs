//! Serves dist/ at http://127.0.0.1:PORT/embeds/tourlens/, the sub-path a CMS would use.

use crate::{root, Result};
use std::path::Path;
use tiny_http::{Header, Response, Server};

pub const PREFIX: &str = "/embeds/tourlens/";

pub fn serve() -> Result {
    let dist = root().join("dist");
    let port = std::env::var("TOURLENS_PORT").unwrap_or_else(|_| "8080".into());
    let server = Server::http(format!("127.0.0.1:{port}"))
        .map_err(|e| format!("cannot listen on {port}: {e}"))?;
    println!("tourlens is served at http://127.0.0.1:{port}{PREFIX}");
    println!(
        "the single file (works offline, from a USB stick): {}",
        dist.join("tourlens.html").display()
    );
    println!("Ctrl-C to stop");
    for request in server.incoming_requests() {
        let url = request
            .url()
            .split(['?', '#'])
            .next()
            .unwrap_or("/")
            .to_string();
        let response = match url.strip_prefix(PREFIX) {
            _ if url == "/" || url == PREFIX.trim_end_matches('/') => {
                let location = Header::from_bytes("Location", PREFIX).map_err(|_| "bad header")?;
                Response::from_data(Vec::new())
                    .with_status_code(302)
                    .with_header(location)
            }
            Some(rest) => file(&dist, if rest.is_empty() { "index.html" } else { rest }),
            None => not_found(),
        };
        let _ = request.respond(response);
    }
    Ok(())
}

fn file(dist: &Path, rel: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    if rel.split('/').any(|part| part == ".." || part.is_empty()) {
        return not_found();
    }
    match std::fs::read(dist.join(rel)) {
        Ok(bytes) => {
            let kind = match rel.rsplit('.').next() {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript; charset=utf-8",
                Some("wasm") => "application/wasm",
                Some("css") => "text/css; charset=utf-8",
                Some("json") => "application/json",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            match Header::from_bytes("Content-Type", kind) {
                Ok(h) => Response::from_data(bytes).with_header(h),
                Err(_) => not_found(),
            }
        }
        Err(_) => not_found(),
    }
}

fn not_found() -> Response<std::io::Cursor<Vec<u8>>> {
    Response::from_data(b"not found".to_vec()).with_status_code(404)
}
