//! The packaging files agree with the program: the man page names every option and command of
//! `archipel --help`. (`cargo xtask dist` checks the package itself: lintian, `AppStream`,
//! desktop files, the man page's rendering.)

#[test]
fn the_man_page_names_every_option_and_command_of_the_help() {
    let man = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/packaging/archipel.1"))
        .unwrap_or_default();
    assert!(
        man.starts_with(".TH ARCHIPEL 1"),
        "packaging/archipel.1 is a man page"
    );
    let mut words: Vec<&str> = archipel::cli::HELP
        .split(|c: char| c.is_whitespace() || c == '[' || c == ']' || c == '|' || c == ',')
        .filter(|word| word.starts_with("--") && word.len() > 2)
        .collect();
    words.extend(["check-content", "stats"]);
    words.sort_unstable();
    words.dedup();
    assert!(words.len() > 12, "the help's options were found: {words:?}");
    for word in words {
        let in_roff = word.replace('-', "\\-");
        assert!(
            man.contains(&in_roff),
            "the man page does not mention {word}"
        );
    }
}
