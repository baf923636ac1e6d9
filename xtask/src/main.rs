//! `cargo xtask`: the project's two commands (`run`, `test`) and the steps they are made of.
//!
//! run    installs what is missing, builds dist/ and dist/tourlens.html, serves dist/ under
//!        http://127.0.0.1:8080/embeds/tourlens/ (TOURLENS_PORT to change the port)
//! test   installs what is missing, runs `cargo test --workspace`, builds, runs the browser tests
//! build  installs the build tools and builds dist/ and dist/tourlens.html; with
//!        `--articles DIR`, both open on the trip of that folder's articles (`articles.rs`),
//!        `--out DIR` for another folder than dist/
//! serve  serves the dist/ already built (the browser tests use it)
//! setup  installs the build tools (and, with --browser, Chromium and the npm test packages)
//! score  the engine's scores on the bundled five and the dev set (../shared/devset)
#![allow(clippy::disallowed_methods)] // runs on the host: the one-sort rule (clippy.toml) is for the wasm

mod articles;
mod page;
mod serve;
mod setup;
mod single;

/// The shared folder's look-up (the dev set, for the tests).
#[cfg(test)]
#[path = "../../crates/devset/src/shared.rs"]
mod shared;

use std::path::{Path, PathBuf};
use std::process::Command;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("setup") => setup::build_tools().and_then(|_| {
            if args.iter().any(|a| a == "--browser") {
                setup::browser_tools()
            } else {
                Ok(())
            }
        }),
        Some("build") => build_with(&args[1..]),
        Some("run") => build().and_then(|_| serve::serve()),
        Some("serve") => serve::serve(),
        Some("test") => test(),
        Some("single") => single::write(&root().join("dist")),
        Some("bench-page") => bench_page(),
        Some("score") => score(&args[1..]),
        _ => Err(
            "usage: cargo xtask <run | test | build [--articles DIR] [--out DIR] | serve | setup [--browser] | single | bench-page | score [--misses]>"
                .into(),
        ),
    };
    if let Err(e) = result {
        eprintln!("xtask: {e}");
        std::process::exit(1);
    }
}

/// The workspace root (the parent of xtask/).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Runs a command in `dir`, failing with its name when it exits non-zero.
pub fn run(dir: &Path, program: &str, args: &[&str]) -> Result {
    eprintln!("$ {program} {}", args.join(" "));
    let status = Command::new(program)
        .args(args)
        .current_dir(dir)
        .status()
        .map_err(|e| format!("could not start {program}: {e}"))?;
    if !status.success() {
        return Err(format!("{program} {} failed ({status})", args.join(" ")).into());
    }
    Ok(())
}

/// The page benchmark: builds the bundled page and a ~1 MB synthetic one (the bundled five
/// copied 40 times with their numbers varied, `TOURLENS_SYNTHETIC=40`), then times both in
/// headless Chromium (`tests/e2e/bench-page.mjs`): load to stops on screen, stop selection and
/// search keystrokes to the next paint. Prints medians and p95.
fn bench_page() -> Result {
    build()?;
    setup::browser_tools()?;
    let root = root();
    let synthetic = root.join("target/bench-dist");
    build_into_with(&synthetic, &[("TOURLENS_SYNTHETIC", "40")])?;
    let bundled = root.join("dist/tourlens.html");
    let big = synthetic.join("tourlens.html");
    run(
        &root.join("tests/e2e"),
        "node",
        &[
            "bench-page.mjs",
            &bundled.display().to_string(),
            &big.display().to_string(),
        ],
    )
}

fn build() -> Result {
    build_into(&root().join("dist"))
}

/// Builds `out` (dist/ and its single file) with Trunk.
fn build_into(out: &Path) -> Result {
    build_into_with(out, &[])
}

/// Builds `out` with Trunk, `env` set for the build (the page benchmark's
/// `TOURLENS_SYNTHETIC`), Binaryen's wasm-opt from npm (tools/wasm-opt, installed by
/// `setup::build_tools`) first on Trunk's PATH; then the single file and its size report.
fn build_into_with(out: &Path, env: &[(&str, &str)]) -> Result {
    setup::build_tools()?;
    let root = root();
    let started = std::time::Instant::now();
    let dist = out.display().to_string();
    let mut path = std::ffi::OsString::from(root.join("tools/wasm-opt/node_modules/.bin"));
    if let Some(rest) = std::env::var_os("PATH") {
        path.push(":");
        path.push(rest);
    }
    eprintln!("$ trunk build --release --dist {dist}");
    let status = Command::new("trunk")
        .args(["build", "--release", "--dist", &dist])
        .current_dir(&root)
        .env("PATH", path)
        .envs(env.iter().copied())
        .status()
        .map_err(|e| format!("could not start trunk: {e}"))?;
    if !status.success() {
        return Err(format!("trunk build of {dist} failed ({status})").into());
    }
    single::write(out)?;
    eprintln!("built in {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// `build [--articles DIR] [--out DIR]`: the build, and with `--articles`, both pages carrying
/// the trip of that folder (`tourlens_trip::block`): they open on it, read-only.
fn build_with(args: &[String]) -> Result {
    let (mut articles, mut out) = (None, root().join("dist"));
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut folder = || {
            args.next()
                .cloned()
                .ok_or_else(|| format!("build: {arg} needs a folder"))
        };
        match arg.as_str() {
            "--articles" => articles = Some(folder()?),
            "--out" => out = PathBuf::from(folder()?),
            other => return Err(format!("build: unknown argument {other}").into()),
        }
    }
    let out = if out.is_absolute() {
        out
    } else {
        std::env::current_dir()?.join(out)
    };
    // The articles are read first: a folder that cannot be used fails before the long build.
    let trip = articles
        .map(|dir| articles::trip(Path::new(&dir)))
        .transpose()?;
    build_into(&out)?;
    let Some(trip) = trip else {
        return Ok(());
    };
    for page in ["index.html", "tourlens.html"] {
        let path = out.join(page);
        let html = std::fs::read_to_string(&path)?;
        std::fs::write(&path, tourlens_trip::block::carry(&html, &trip)?)?;
    }
    eprintln!(
        "{} and tourlens.html open on “{}” ({} articles)",
        out.join("index.html").display(),
        trip.title,
        trip.count()
    );
    Ok(())
}

/// The dev-set score table: the engine on the bundled five and every trip of
/// ../shared/devset, with the dev set's rules (`--misses` lists what went wrong).
fn score(extra: &[String]) -> Result {
    let mut args = vec![
        "run",
        "--release",
        "--quiet",
        "-p",
        "tourlens-devset",
        "--bin",
        "score",
        "--",
    ];
    args.extend(extra.iter().map(String::as_str));
    run(&root(), "cargo", &args)
}

/// The engine must build without the browser: no web crate anywhere in its dependency tree.
fn engine_has_no_web_dependency(root: &Path) -> Result {
    let out = Command::new("cargo")
        .args([
            "tree",
            "-p",
            "tourlens-engine",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
        ])
        .current_dir(root)
        .output()?;
    let tree = String::from_utf8_lossy(&out.stdout);
    const WEB: &[&str] = &["yew", "web-sys", "js-sys", "wasm-bindgen", "gloo"];
    let found: Vec<&str> = tree
        .lines()
        .filter(|l| {
            WEB.iter()
                .any(|w| l.starts_with(&format!("{w} ")) || l.starts_with(&format!("{w}-")))
        })
        .collect();
    if !out.status.success() || tree.trim().is_empty() {
        return Err("cargo tree -p tourlens-engine failed".into());
    }
    if !found.is_empty() {
        return Err(format!("tourlens-engine depends on web crates: {found:?}").into());
    }
    eprintln!(
        "tourlens-engine has no web dependency ({} crates in its tree)",
        tree.lines().count()
    );
    Ok(())
}

fn test() -> Result {
    setup::build_tools()?;
    setup::browser_tools()?;
    let root = root();
    engine_has_no_web_dependency(&root)?;
    run(&root, "cargo", &["test", "--workspace"])?;
    build()?;
    run(&root.join("tests/e2e"), "npx", &["playwright", "test"])
}
