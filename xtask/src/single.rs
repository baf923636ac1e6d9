//! Makes dist/tourlens.html: one self-contained file (wasm, JS glue, CSS inlined) that works
//! from file:// with zero network requests, under a strict Content-Security-Policy. Also puts
//! a CSP on dist/index.html. The served page gets the glue as a data block for the analysis worker
//! (`<script type="text/plain" id="tourlens-worker-glue">`: never run by the page; the app
//! makes a `blob:` worker of it, hence `worker-src blob:`; the single file has no such block, its
//! worker takes the glue from the module script, which begins with it). Each page says how it was built
//! (`<meta name="tourlens-build" content="single|served">`): a single file rebuilds itself
//! from its own head for "Download as one file", a served page fetches the file beside it.
//! `frame-src 'self'` lets the embed panel preview the page in an iframe. Prints the sizes.

use crate::Result;
use base64::Engine as _;
use regex::Regex;
use sha2::{Digest, Sha256};
use std::io::Write;
use std::path::Path;

/// Base64 to bytes: the browser's own decoder where it has one, else a plain loop (a mapping
/// callback per byte, as in `Uint8Array.from(atob(s), f)`, cost 100-200 ms for this wasm).
const DECODE: &str = "function decodeBase64(s) {\n  if (typeof Uint8Array.fromBase64 === 'function') return Uint8Array.fromBase64(s);\n  const bin = atob(s);\n  const bytes = new Uint8Array(bin.length);\n  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);\n  return bytes;\n}";

/// Inflates the deflated wasm with the browser's own decompressor (Chromium 80, Firefox 113,
/// Safari 16.4); the module script awaits it before starting the app.
const INFLATE: &str = "async function inflate(bytes) {\n  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));\n  return new Uint8Array(await new Response(stream).arrayBuffer());\n}";

/// Runs first in both pages, in the head: the theme the URL asks for (`?theme=dark|light`, as
/// `publish::options` reads it), set before the wasm starts, so a page embedded dark on a light
/// system (or the reverse) never shows the other theme while it loads. Allowed by its hash.
const EARLY_THEME: &str = "{ const t = new URLSearchParams(location.search).get('theme'); if (t === 'light' || t === 'dark') document.documentElement.setAttribute('data-theme', t); }";

pub fn write(dist: &Path) -> Result {
    let index = std::fs::read_to_string(dist.join("index.html"))
        .map_err(|e| format!("dist/index.html: {e} (run the build first)"))?;
    let re = |p: &str| Regex::new(p).map_err(|e| format!("bad pattern {p}: {e}"));
    let glue_re = re(r#"import init, \* as bindings from '\./([^']+\.js)'"#)?;
    let wasm_re = re(r#"module_or_path: '\./([^']+\.wasm)'"#)?;
    let css_re = re(r#"<link rel="stylesheet" href="\./([^"]+\.css)"[^>]*>"#)?;
    let preload_re = re(r#"<link rel="(?:modulepreload|preload)"[^>]*>\s*"#)?;
    let script_re = re(r#"(?s)<script type="module"[^>]*>(.*?)</script>"#)?;

    let glue_name = capture(&glue_re, &index, "the glue import in dist/index.html")?;
    let wasm_name = capture(&wasm_re, &index, "the wasm path in dist/index.html")?;
    let css_name = capture(&css_re, &index, "the stylesheet link in dist/index.html")?;
    let trunk_script = capture(&script_re, &index, "Trunk's loader script")?;
    let glue = std::fs::read_to_string(dist.join(&glue_name))?;
    let wasm = std::fs::read(dist.join(&wasm_name))?;
    let css = std::fs::read_to_string(dist.join(&css_name))?;

    // The ES module's exports become plain declarations: for one inline module, and for the
    // worker, a classic script (Chromium refuses module workers from a file:// page's blob:).
    let export_list = re(r"(?m)^export \{[^}]*\};?\s*$|^export default [^;]+;\s*$")?;
    let glue = export_list.replace_all(&glue, "");
    let glue =
        re(r"(?m)^export (function|class|const|let|async function) ")?.replace_all(&glue, "$1 ");
    // One glue for the worker's block and the single file's module, which runs it as well.
    let glue = classic(&minify(&glue)?)?;
    let worker_glue = worker_block(&glue);

    // The served build: same page, CSP allowing only its own files.
    let served_csp = format!(
        "default-src 'none'; script-src 'self' '{}' '{}' 'wasm-unsafe-eval'; worker-src blob:; frame-src 'self'; connect-src 'self'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
        sha256(EARLY_THEME),
        sha256(&trunk_script)
    );
    let served = with_csp(&index, &served_csp, "served").replacen(
        "</body>",
        &format!("{worker_glue}</body>"),
        1,
    );
    std::fs::write(dist.join("index.html"), served)?;

    // The wasm is deflated before it is inlined: base64 hides its bytes from any later gzip, so
    // compressing first is what makes the file small (the page inflates it with the browser's
    // own DecompressionStream).
    let deflated = deflate(&wasm)?;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&deflated);
    let script = format!(
        "{glue}\nconst wasmDeflated = \"{b64}\";\n{DECODE}\n{INFLATE}\ninitSync({{ module: await inflate(decodeBase64(wasmDeflated)) }});\n"
    );
    let csp = format!(
        "default-src 'none'; script-src '{}' '{}' 'wasm-unsafe-eval'; worker-src blob:; frame-src 'self'; style-src '{}'; img-src data:; base-uri 'none'; form-action 'none'",
        sha256(EARLY_THEME),
        sha256(&script),
        sha256(&css)
    );
    let page = preload_re.replace_all(&index, "");
    let page = css_re.replace(&page, |_: &regex::Captures| format!("<style>{css}</style>"));
    let page = script_re.replace(&page, |_: &regex::Captures| {
        format!("<script type=\"module\">{script}</script>")
    });
    // No worker block: the worker's glue is the module's own text up to the wasm
    // (`const wasmDeflated`, as `src/worker.rs` reads it), so the file carries the glue once.
    let page = with_csp(&page, &csp, "single");
    let out = dist.join("tourlens.html");
    std::fs::write(&out, page.as_bytes())?;

    report(&wasm, page.as_bytes())?;
    eprintln!("single file: {}", out.display());
    Ok(())
}

/// The size report: the wasm and the single file, raw and gzip -9, and the wasm's largest parts
/// (the data compiled into it, each gzipped on its own; the rest is code and small tables), so a
/// regression is seen at once.
fn report(wasm: &[u8], page: &[u8]) -> Result {
    let root = crate::root();
    let kb = |n: usize| format!("{:>7} KB", (n + 512) / 1024);
    let line = |what: &str, raw: usize, gz: usize| {
        eprintln!("{what:<44} {} raw {} gzip -9", kb(raw), kb(gz))
    };
    eprintln!("size report");
    line("wasm", wasm.len(), gzip_len(wasm)?);
    let gazetteer = tourlens_engine::stages::Gazetteer::compact_form();
    line(
        "  of which the gazetteer (places.tsv, packed)",
        gazetteer.len(),
        gzip_len(gazetteer)?,
    );
    let mut data = gazetteer.len();
    for (what, file) in [
        ("  of which the basemap (basemap.txt)", "data/basemap.txt"),
        (
            "  of which organisations and demonyms",
            "crates/engine/data/organisations.tsv",
        ),
    ] {
        let mut bytes = std::fs::read(root.join(file))?;
        if file.ends_with("organisations.tsv") {
            bytes.extend(std::fs::read(root.join("crates/engine/data/demonyms.tsv"))?);
        }
        data += bytes.len();
        line(what, bytes.len(), gzip_len(&bytes)?);
    }
    eprintln!(
        "{:<44} {} raw",
        "  code, bundled articles and the rest",
        kb(wasm.len().saturating_sub(data))
    );
    line(
        "tourlens.html (wasm deflated and inlined)",
        page.len(),
        gzip_len(page)?,
    );
    Ok(())
}

/// The glue as a classic script, as the worker runs it: a classic script has no `import.meta`
/// (the glue names it only for the default wasm path, which neither the worker nor the single
/// file takes: both pass the module; in an inline module it is the page's URL either way). A
/// `</script` inside would end its script element early, so it is refused.
fn classic(glue: &str) -> Result<String> {
    let glue = glue.replace("import.meta.url", "self.location.href");
    if glue.contains("import.meta") || glue.to_ascii_lowercase().contains("</script") {
        return Err(
            "the wasm-bindgen glue cannot be inlined as a classic script (import.meta or </script)"
                .into(),
        );
    }
    Ok(glue)
}

/// The glue as a data block for the served page's worker.
fn worker_block(glue: &str) -> String {
    format!("<script type=\"text/plain\" id=\"tourlens-worker-glue\">{glue}</script>\n")
}

/// The glue minified by Terser (npm, `tools/terser`): 58 KB to 34 KB. Parsed as a script, so top-level names (`initSync`, the
/// `tourlens_*` exports the worker calls) are kept and none is dropped as unused; the one
/// `import.meta.url` a script cannot hold goes through as a placeholder and comes back after.
fn minify(glue: &str) -> Result<String> {
    const META: &str = "import.meta.url";
    const STAND_IN: &str = "__tourlens_import_meta_url__";
    if glue.contains(STAND_IN) {
        return Err(format!("the glue already names {STAND_IN}").into());
    }
    let terser = crate::root().join("tools/terser/node_modules/terser/bin/terser");
    if !terser.exists() {
        return Err(format!("{} is missing: run `cargo xtask setup`", terser.display()).into());
    }
    let mut child = std::process::Command::new("node")
        .arg(&terser)
        .args(["--compress", "--mangle"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("node (for Terser): {e}"))?;
    let input = glue.replace(META, STAND_IN);
    child
        .stdin
        .take()
        .ok_or("Terser's input")?
        .write_all(input.as_bytes())?;
    let out = child.wait_with_output()?;
    if !out.status.success() {
        return Err(format!("Terser failed on the glue ({})", out.status).into());
    }
    let min = String::from_utf8(out.stdout).map_err(|e| format!("Terser's output: {e}"))?;
    if min.trim().is_empty() || !min.contains("function initSync") {
        return Err("Terser's output lacks initSync: has the glue changed?".into());
    }
    Ok(min.replace(STAND_IN, META))
}

fn capture(re: &Regex, text: &str, what: &str) -> Result<String> {
    re.captures(text)
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .ok_or_else(|| format!("could not find {what}; has Trunk's output format changed?").into())
}

/// The page with its CSP and its build marker, after the charset declaration.
fn with_csp(html: &str, csp: &str, build: &str) -> String {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\" />\n    <meta name=\"tourlens-build\" content=\"{build}\" />\n    <script>{EARLY_THEME}</script>"
    );
    // After the charset declaration, which must come first; before any script or style.
    match html.find("<meta charset=\"utf-8\" />") {
        Some(at) => {
            let end = at + "<meta charset=\"utf-8\" />".len();
            format!("{}\n    {meta}{}", &html[..end], &html[end..])
        }
        None => html.replacen("<head>", &format!("<head>\n    {meta}"), 1),
    }
}

fn sha256(content: &str) -> String {
    let digest = Sha256::digest(content.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// Raw deflate at libdeflate's top level (12): the stream the page's `deflate-raw` reads.
fn deflate(bytes: &[u8]) -> Result<Vec<u8>> {
    let level = libdeflater::CompressionLvl::best();
    let mut enc = libdeflater::Compressor::new(level);
    let mut out = vec![0; enc.deflate_compress_bound(bytes.len())];
    let n = enc
        .deflate_compress(bytes, &mut out)
        .map_err(|e| format!("deflating the wasm: {e:?}"))?;
    out.truncate(n);
    Ok(out)
}

fn gzip_len(bytes: &[u8]) -> Result<usize> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes)?;
    Ok(enc.finish()?.len())
}
