//! Installs what the build and the tests need, only when it is missing or at the wrong version.
//! Everything comes from crates.io, npm or Debian's packages: nothing is downloaded from elsewhere.

use crate::{root, run, Result};
use std::path::Path;
use std::process::Command;

/// The Rust-side build tools: the wasm target, Trunk and wasm-bindgen-cli at their pins.
pub fn build_tools() -> Result {
    let root = root();
    if !output("rustup", &["target", "list", "--installed"]).contains("wasm32-unknown-unknown") {
        run(
            &root,
            "rustup",
            &["target", "add", "wasm32-unknown-unknown"],
        )?;
    }
    let trunk = pinned_trunk(&root)?;
    if !output("trunk", &["--version"]).contains(&format!("trunk {trunk}")) {
        run(
            &root,
            "cargo",
            &["install", "trunk", "--version", &trunk, "--locked"],
        )?;
    }
    // wasm-opt: Binaryen's own build for Node, from npm (no download from elsewhere). Trunk finds
    // it on the PATH that `build_into_with` gives it, and checks its version against Trunk.toml.
    if output("npm", &["--version"]).is_empty() {
        apt_install(&["nodejs", "npm"])?;
    }
    npm_ci(&root.join("tools/wasm-opt"))?;
    // Terser, from npm: the build minifies the glue it inlines (`single.rs`).
    npm_ci(&root.join("tools/terser"))?;
    let bindgen = locked_version(&root, "wasm-bindgen")?;
    if !output("wasm-bindgen", &["--version"]).contains(&format!("wasm-bindgen {bindgen}")) {
        run(
            &root,
            "cargo",
            &[
                "install",
                "wasm-bindgen-cli",
                "--version",
                &bindgen,
                "--locked",
            ],
        )?;
    }
    Ok(())
}

/// Debian's Chromium (Playwright drives it; it never downloads a browser) and the npm packages.
pub fn browser_tools() -> Result {
    if !Path::new("/usr/bin/chromium").exists() {
        apt_install(&["chromium"])?;
    }
    npm_ci(&root().join("tests/e2e"))
}

/// Debian packages, as root or through sudo.
fn apt_install(packages: &[&str]) -> Result {
    let root = root();
    let sudo = if output("id", &["-u"]).trim() == "0" {
        None
    } else {
        Some("sudo")
    };
    let apt = |args: &[&str]| match sudo {
        Some(s) => run(&root, s, &[&["apt-get"], args].concat()),
        None => run(&root, "apt-get", args),
    };
    apt(&["update"])?;
    apt(&[&["install", "-y", "--no-install-recommends"], packages].concat())
}

/// `npm ci` in `dir` when its node_modules is missing or older than its package-lock.json.
fn npm_ci(dir: &Path) -> Result {
    let installed = dir.join("node_modules/.package-lock.json");
    let stale = match (
        std::fs::metadata(&installed),
        std::fs::metadata(dir.join("package-lock.json")),
    ) {
        (Ok(i), Ok(l)) => match (i.modified(), l.modified()) {
            (Ok(i), Ok(l)) => i < l,
            _ => true,
        },
        _ => true,
    };
    if stale {
        run(dir, "npm", &["ci", "--no-audit", "--no-fund"])?;
    }
    Ok(())
}

/// stdout of a command, or "" when it cannot run.
fn output(program: &str, args: &[&str]) -> String {
    Command::new(program)
        .args(args)
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default()
}

/// The Trunk version pinned in Trunk.toml (`trunk-version = "=X"`).
fn pinned_trunk(root: &Path) -> Result<String> {
    let toml = std::fs::read_to_string(root.join("Trunk.toml"))?;
    toml.lines()
        .find_map(|l| l.trim().strip_prefix("trunk-version"))
        .and_then(|rest| rest.split('"').nth(1))
        .map(|v| v.trim_start_matches('=').to_string())
        .ok_or_else(|| "Trunk.toml has no trunk-version pin".into())
}

/// The version of `package` in Cargo.lock: the CLI must match the library exactly.
fn locked_version(root: &Path, package: &str) -> Result<String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let at = lock
        .find(&needle)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + needle.len();
    Ok(lock[at..].split('"').next().unwrap_or_default().to_string())
}
