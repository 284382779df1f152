//! The layers of `ARCHITECTURE.md`, checked on the source: every module uses only the modules
//! below it, an activity never uses another activity, and an activity's rules (`logic.rs`)
//! never use egui.

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

use std::path::{Path, PathBuf};

/// The top-level modules of `src/`, lowest first: each may use only those before it.
const LAYERS: &[&str] = &[
    "fsutil",
    "embedded",
    "age",
    "typography",
    "logging",
    "single_instance",
    "audio",
    "voice",
    "save",
    "i18n",
    "settings",
    "content",
    "packs",
    "ui",
    "activity",
    "activities",
    "session",
    "kiosk",
    "home",
    "app",
    "cli",
];

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// The source files of `src/`, each with the top-level module it belongs to.
fn modules() -> Vec<(String, PathBuf)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .filter_map(|path| {
            let relative = path.strip_prefix(&src).ok()?;
            let first = relative.components().next()?.as_os_str().to_str()?;
            let module = first.trim_end_matches(".rs").to_owned();
            (module != "lib" && module != "main").then_some((module, path))
        })
        .collect()
}

/// The code of a file without its comments and its unit tests (a test may build what it
/// needs from any layer).
fn code(path: &Path) -> String {
    let text = std::fs::read_to_string(path).expect("a source file is readable");
    let text = text
        .split("\n#[cfg(test)]\nmod tests")
        .next()
        .unwrap_or_default();
    text.lines()
        .filter(|line| !line.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every `crate::<module>` named in `code`.
fn crate_uses(code: &str) -> Vec<String> {
    code.match_indices("crate::")
        .map(|(at, _)| {
            code[at + "crate::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect()
        })
        .collect()
}

#[test]
fn every_module_uses_only_the_layers_below_it() {
    let modules = modules();
    assert!(modules.len() > 50, "the source was found");
    let rank = |module: &str| LAYERS.iter().position(|layer| *layer == module);
    let mut upward = Vec::new();
    for (module, path) in &modules {
        let Some(own) = rank(module) else {
            panic!("{module} is in no layer: add it to LAYERS and to ARCHITECTURE.md");
        };
        for used in crate_uses(&code(path)) {
            if used == *module {
                continue;
            }
            match rank(&used) {
                Some(other) if other < own => {}
                _ => upward.push(format!("{}: uses crate::{used}", path.display())),
            }
        }
    }
    assert!(upward.is_empty(), "upward imports:\n{}", upward.join("\n"));
}

#[test]
fn an_activity_never_uses_another_and_its_rules_never_use_egui() {
    let mut problems = Vec::new();
    for (module, path) in modules() {
        if module != "activities" {
            continue;
        }
        let parts: Vec<String> = path
            .components()
            .map(|part| part.as_os_str().to_string_lossy().into_owned())
            .collect();
        let Some(at) = parts.iter().position(|part| part == "activities") else {
            continue;
        };
        let Some(id) = parts
            .get(at + 1)
            .filter(|id| Path::new(id).extension().is_none())
        else {
            continue;
        };
        let code = code(&path);
        for (found, _) in code.match_indices("activities::") {
            let other: String = code[found + "activities::".len()..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            if other != *id {
                problems.push(format!("{}: uses activity {other}", path.display()));
            }
        }
        let is_logic = path.file_name().is_some_and(|name| name == "logic.rs")
            || parts.get(at + 2).is_some_and(|part| part == "logic");
        if is_logic && code.contains("egui") {
            problems.push(format!("{}: rules that use egui", path.display()));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
