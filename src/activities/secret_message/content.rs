//! The words and the lessons of "Secret message", read from `content/secret_message/`.

use serde::Deserialize;
use toml::Spanned;

use crate::content::{
    ContentError, ContentFile, ContentSource, RawSourcedText, SourcedText, Text,
    check_sourced_texts, check_text, check_unique, sourced_text,
};
use crate::i18n::Lang;
use crate::ui::Pictogram;

/// The file of the words.
pub const WORDS_FILE: &str = "secret_message/words.toml";
/// The file of the lessons.
pub const LESSONS_FILE: &str = "secret_message/lessons.toml";
/// The lessons the game shows, by id.
pub const LESSONS: [&str; 4] = ["caesar", "padlock", "end_to_end", "email"];
/// At least this many words to choose from.
pub const MIN_WORDS: usize = 4;

/// A message to send: a short word with a picture.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Word {
    /// Its id (`star`).
    pub id: String,
    /// Its picture.
    pub pictogram: Pictogram,
    /// The word in capitals A to Z, per language.
    pub text: Text,
}

/// What a level teaches: its text per age band, with its sources.
pub type Lesson = SourcedText;

/// Everything the game needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecretData {
    /// The words, in file order.
    pub words: Vec<Word>,
    /// The lessons, in [`LESSONS`] order.
    pub lessons: Vec<Lesson>,
}

impl SecretData {
    /// The text of lesson `id` for `lang` and `age` (empty if unknown).
    pub fn lesson(&self, id: &str, lang: &Lang, age: crate::age::AgeBand) -> &str {
        sourced_text(&self.lessons, id, lang, age)
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct WordsFile {
    word: Vec<RawWord>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWord {
    id: Spanned<String>,
    pictogram: Pictogram,
    text: Spanned<Text>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct LessonsFile {
    lesson: Vec<RawSourcedText>,
}

/// Loads and checks the words and the lessons.
///
/// # Errors
/// Every problem found: a word with a letter the wheel does not have, too few words, a missing
/// text, source or review date, or a lesson missing.
pub fn load(source: &ContentSource, langs: &[Lang]) -> Result<SecretData, Vec<ContentError>> {
    let words = ContentFile::load(source, WORDS_FILE).map_err(|err| vec![err]);
    let lessons = ContentFile::load(source, LESSONS_FILE).map_err(|err| vec![err]);
    let (words_file, lessons_file) = crate::content::both(words, lessons)?;
    let raw_words: WordsFile = words_file.parse().map_err(|err| vec![err])?;
    let raw_lessons: LessonsFile = lessons_file.parse().map_err(|err| vec![err])?;
    let mut problems = Vec::new();
    check_unique(
        &words_file,
        "word",
        raw_words.word.iter().map(|word| &word.id),
        &mut problems,
    );
    if raw_words.word.len() < MIN_WORDS {
        problems.push(ContentError::file(
            WORDS_FILE,
            format!("needs at least {MIN_WORDS} words"),
        ));
    }
    let mut words = Vec::new();
    for (i, word) in raw_words.word.into_iter().enumerate() {
        let field = format!("word[{i}].text");
        check_text(&words_file, &word.text, &field, langs, &mut problems);
        for lang in langs {
            let text = word.text.get_ref().get(lang);
            if text.len() < 3 || !text.chars().all(|c| c.is_ascii_uppercase()) {
                problems.push(words_file.error(
                    &word.text.span(),
                    format!("{field}.{lang}"),
                    "must be 3 or more capital letters A to Z (no accents, no spaces)",
                ));
            }
        }
        words.push(Word {
            id: word.id.into_inner(),
            pictogram: word.pictogram,
            text: word.text.into_inner(),
        });
    }
    let lessons = check_sourced_texts(
        &lessons_file,
        LESSONS_FILE,
        "lesson",
        &raw_lessons.lesson,
        &LESSONS,
        langs,
        &mut problems,
    );
    if problems.is_empty() {
        Ok(SecretData { words, lessons })
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs() -> Vec<Lang> {
        vec![Lang::new("fr"), Lang::new("en")]
    }

    #[test]
    fn the_builtin_content_loads() {
        let data = load(&ContentSource::Builtin, &langs()).expect("valid content");
        assert!(data.words.len() >= MIN_WORDS);
        assert_eq!(data.lessons.len(), LESSONS.len());
    }

    #[test]
    fn a_word_with_an_accent_is_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("secret_message")).expect("folder");
        let words = ContentSource::Builtin
            .read_text(WORDS_FILE)
            .expect("built in");
        let broken = words.replacen("\"MONDE\"", "\"ÉTOILE\"", 1);
        assert_ne!(broken, words);
        std::fs::write(dir.path().join(WORDS_FILE), broken).expect("written");
        let lessons = ContentSource::Builtin
            .read_text(LESSONS_FILE)
            .expect("built in");
        std::fs::write(dir.path().join(LESSONS_FILE), lessons).expect("written");
        let problems =
            load(&ContentSource::Dir(dir.path().to_path_buf()), &langs()).expect_err("broken");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].field.as_deref(), Some("word[1].text.fr"));
    }
}
