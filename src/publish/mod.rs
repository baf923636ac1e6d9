//! Putting a trip in front of readers: the page as one file that carries the trip (`single`),
//! the code that embeds the page in a CMS and the height messages it sends (`embed`), and the
//! page's look from its URL (`options`). Pure and host-tested; the browser side is
//! `download.rs` (saving files, fetching the file beside a served page) and `frame.rs` (the
//! height told to a host, the look applied).

pub mod embed;
pub mod options;
pub mod single;
