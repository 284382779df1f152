//! Release builds embed `content/`, `locales/` and `assets/`: rebuild when any file there
//! changes, including new files (rust-embed alone does not notice those).

fn main() {
    for dir in ["content", "locales", "assets"] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
