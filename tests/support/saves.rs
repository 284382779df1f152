//! What a visitor is told when a save ends. A module of its own, declared only by the files
//! that use it (`#[path = "support/saves.rs"] mod saves;`).

#![expect(
    clippy::expect_used,
    reason = "a test helper that fails says why, as a test does"
)]

use archipel::app::ArchipelApp;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// A save ended: the visitor is told "Saved!" and the file's name, never where the file is
/// (neither its path nor its folder).
pub fn assert_told_the_file_name(harness: &Harness<'_, ArchipelApp>, path: &std::path::Path) {
    let file = path.file_name().expect("a file").to_string_lossy();
    assert!(
        harness.query_by_label_contains(&file).is_some(),
        "the toast names {file}"
    );
    assert!(
        harness
            .query_by_label_contains(&path.display().to_string())
            .is_none()
    );
    if let Some(folder) = path.parent() {
        assert!(
            harness
                .query_by_label_contains(&folder.display().to_string())
                .is_none()
        );
    }
}
