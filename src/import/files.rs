//! Files the user chose or dropped, read one after another (gloo-file's `FileReader` future:
//! the page stays responsive between files). A file too large is refused before it is read.

use super::{dom, read, refuse_by_size, FileRead};

/// Reads every file; `progress(done, total)` every few files and after the last.
pub async fn read_all(files: Vec<web_sys::File>, progress: impl Fn(usize, usize)) -> Vec<FileRead> {
    let total = files.len();
    let mut out = Vec::with_capacity(total);
    for (i, file) in files.into_iter().enumerate() {
        let name = file.name();
        let size = file.size();
        let refused = if size.is_finite() && size >= 0.0 {
            refuse_by_size(size as u64)
        } else {
            Some("its size could not be told".into())
        };
        if let Some(problem) = refused {
            out.push(FileRead {
                file: name,
                result: Err(problem),
                note: None,
            });
        } else {
            let blob = gloo_file::Blob::from(file);
            match gloo_file::futures::read_as_bytes(&blob).await {
                Ok(bytes) => out.push(read(&name, &bytes, &dom::facts)),
                Err(e) => out.push(FileRead {
                    file: name,
                    result: Err(format!("it could not be read ({e})")),
                    note: None,
                }),
            }
        }
        // Every few files, not each: each report re-renders the page.
        if (i + 1) % 8 == 0 || i + 1 == total {
            progress(i + 1, total);
        }
    }
    out
}

/// The files of a `FileList` (an `<input type=file>` or a drop).
pub fn list(files: Option<web_sys::FileList>) -> Vec<web_sys::File> {
    let Some(files) = files else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}
