//! Interface texts through Project Fluent: one `.ftl` file per area under `locales/<lang>/`,
//! kebab-case ids prefixed by the area (`home-about-title`).
//!
//! A language is a folder: adding `locales/de/` (and the `de` texts in content files) adds German
//! without touching code. French is the default and the fallback for a missing id; an id missing
//! everywhere is logged once and shown as its id, never a panic.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::age::AgeBand;
use crate::embedded;
use crate::fsutil::line_of;

/// A language code, the name of a `locales/` folder: `fr`, `en`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// Wraps a code; it is checked against the available languages where it matters.
    pub fn new(code: impl Into<String>) -> Self {
        Self(code.into())
    }

    /// The code, e.g. `fr`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The default language of the app, and the fallback for missing texts.
pub const DEFAULT_LANG: &str = "fr";

/// A problem in a `.ftl` file, shown as `file:line: reason`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {reason}")]
pub struct LocaleError {
    /// `locales/fr/home.ftl`.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

type Bundle = FluentBundle<FluentResource>;

/// All interface texts, in every language found under `locales/`.
pub struct I18n {
    bundles: BTreeMap<Lang, Bundle>,
    ids: BTreeMap<Lang, BTreeSet<String>>,
    default: Lang,
    reported: Mutex<HashSet<(Lang, String)>>,
}

impl fmt::Debug for I18n {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("I18n")
            .field("languages", &self.languages())
            .finish_non_exhaustive()
    }
}

/// The interface files built into the binary: (path relative to `locales/`, text).
pub fn builtin_files() -> Vec<(String, String)> {
    embedded::Locales::iter()
        .filter_map(|path| {
            let data = embedded::Locales::get(&path)?.data;
            Some((
                path.into_owned(),
                String::from_utf8_lossy(&data).into_owned(),
            ))
        })
        .collect()
}

/// Where a text missing in the visitor's language is read instead, in order.
pub const FALLBACK_LANGS: [&str; 2] = ["en", "fr"];

/// The languages some content was missing in, each logged once.
static FALLBACKS: Mutex<BTreeSet<String>> = Mutex::new(BTreeSet::new());

/// A content text missing in `lang` was shown in another language: logged once per language
/// (`archipel check-content` counts how many texts each language has).
pub fn note_fallback(lang: &Lang) {
    let Ok(mut seen) = FALLBACKS.lock() else {
        return;
    };
    if !seen.contains(lang.as_str()) {
        seen.insert(lang.as_str().to_owned());
        log::info!("some content has no {lang} text yet: it shows in another language");
    }
}

impl I18n {
    /// The texts embedded in the binary. Problems in them are returned beside the texts that
    /// did load, so the app can log them and run on.
    pub fn builtin() -> (Self, Vec<LocaleError>) {
        Self::from_files(builtin_files())
    }

    /// Builds bundles from `(path relative to locales/, text)` pairs such as
    /// `("fr/home.ftl", "…")`.
    pub fn from_files(
        files: impl IntoIterator<Item = (String, String)>,
    ) -> (Self, Vec<LocaleError>) {
        Self::from_layers(vec![("locales".to_owned(), files.into_iter().collect())])
    }

    /// Builds bundles from layers of files: the app's own (`"locales"`, its files), then each
    /// content pack's (its `locales/` folder as shown in messages, its files), whose messages
    /// add a language or replace the words of one.
    pub fn from_layers(layers: Vec<(String, Vec<(String, String)>)>) -> (Self, Vec<LocaleError>) {
        let mut problems = Vec::new();
        let mut bundles: BTreeMap<Lang, Bundle> = BTreeMap::new();
        let mut ids: BTreeMap<Lang, BTreeSet<String>> = BTreeMap::new();
        let files = layers
            .into_iter()
            .enumerate()
            .flat_map(|(layer, (prefix, mut files))| {
                files.sort();
                files
                    .into_iter()
                    .map(move |(path, text)| (layer, prefix.clone(), path, text))
            });
        for (layer, prefix, path, text) in files {
            let Some((code, name)) = path.split_once('/') else {
                continue;
            };
            let is_ftl = std::path::Path::new(name)
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("ftl"));
            if !is_ftl || name.contains('/') {
                continue;
            }
            let display = format!("{prefix}/{path}");
            let lang = Lang::new(code);
            // Set as the language is printed once, here, rather than at every frame: the
            // values put into a message (names, content texts) are set where they are loaded.
            let text = crate::typography::set(lang.as_str(), text);
            let Ok(langid) = code.parse::<LanguageIdentifier>() else {
                problems.push(LocaleError {
                    file: display,
                    line: 1,
                    reason: format!("{code:?} is not a language code"),
                });
                continue;
            };
            let resource = match FluentResource::try_new(text.clone()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    for error in errors {
                        problems.push(LocaleError {
                            file: display.clone(),
                            line: line_of(&text, error.pos.start),
                            reason: error.kind.to_string(),
                        });
                    }
                    resource
                }
            };
            let lang_ids = ids.entry(lang.clone()).or_default();
            for entry in resource.entries() {
                if let fluent_syntax::ast::Entry::Message(message) = entry {
                    lang_ids.insert(message.id.name.to_owned());
                }
            }
            let bundle = bundles.entry(lang).or_insert_with(|| {
                let mut bundle = Bundle::new_concurrent(vec![langid]);
                // Fluent wraps variables in U+2068/U+2069 by default; they draw as boxes in egui.
                bundle.set_use_isolating(false);
                bundle
            });
            if layer > 0 {
                // A pack's message replaces the app's one with the same id.
                bundle.add_resource_overriding(resource);
            } else if let Err(errors) = bundle.add_resource(resource) {
                for error in errors {
                    problems.push(LocaleError {
                        file: display.clone(),
                        line: 1,
                        reason: error.to_string(),
                    });
                }
            }
        }
        let default = Lang::new(DEFAULT_LANG);
        let default = if bundles.contains_key(&default) {
            default
        } else {
            bundles.keys().next().cloned().unwrap_or(default)
        };
        let i18n = Self {
            bundles,
            ids,
            default,
            reported: Mutex::new(HashSet::new()),
        };
        (i18n, problems)
    }

    /// How many of the default language's messages `lang` has, and how many there are.
    pub fn coverage(&self, lang: &Lang) -> (usize, usize) {
        let all = self.ids.get(&self.default).map_or(0, BTreeSet::len);
        let has = match (self.ids.get(&self.default), self.ids.get(lang)) {
            (Some(all), Some(ids)) => all.intersection(ids).count(),
            _ => 0,
        };
        (has, all)
    }

    /// The languages, the default first, then by code.
    pub fn languages(&self) -> Vec<Lang> {
        let mut langs: Vec<Lang> = self.bundles.keys().cloned().collect();
        langs.sort_by_key(|lang| (lang != &self.default, lang.clone()));
        langs
    }

    /// The default language (French when present).
    pub fn default_lang(&self) -> &Lang {
        &self.default
    }

    /// Whether texts exist for `lang`.
    pub fn has_lang(&self, lang: &Lang) -> bool {
        self.bundles.contains_key(lang)
    }

    /// The message ids defined for `lang`, for completeness checks.
    pub fn message_ids(&self, lang: &Lang) -> BTreeSet<String> {
        self.ids.get(lang).cloned().unwrap_or_default()
    }

    /// The text `id` in `lang`.
    pub fn tr(&self, lang: &Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// The text `id` in `lang` for `age`: the message can select on `$age`
    /// (`young`, `middle`, `older`).
    pub fn tr_age(&self, lang: &Lang, age: AgeBand, id: &str) -> String {
        self.tr_args(lang, age, id, &[])
    }

    /// The text `id` in `lang` for `age`, with extra variables.
    pub fn tr_args(
        &self,
        lang: &Lang,
        age: AgeBand,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> String {
        let mut fluent_args = FluentArgs::new();
        fluent_args.set("age", age.fluent_key());
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(lang, id, Some(&fluent_args))
    }

    fn format(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let found = self.lookup(lang, id, args).or_else(|| {
            // The same chain as the content's: English, then French, then the default.
            let text = FALLBACK_LANGS
                .iter()
                .find_map(|code| self.lookup(&Lang::new(*code), id, args))
                .or_else(|| self.lookup(&self.default, id, args))?;
            self.report_once(lang, id, "is missing; using another language");
            Some(text)
        });
        found.unwrap_or_else(|| {
            self.report_once(lang, id, "is missing; showing its id");
            id.to_owned()
        })
    }

    fn lookup(&self, lang: &Lang, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let bundle = self.bundles.get(lang)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        let text = bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if !errors.is_empty() {
            self.report_once(lang, id, &format!("has errors: {errors:?}"));
        }
        Some(text)
    }

    fn report_once(&self, lang: &Lang, id: &str, what: &str) {
        let mut reported = self
            .reported
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if reported.insert((lang.clone(), id.to_owned())) {
            log::warn!("translation {id:?} for language {lang} {what}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> I18n {
        let (i18n, problems) = I18n::from_files([
            ("fr/x.ftl".to_owned(), "x-hello = Bonjour { $name } !\nx-only-fr = Seulement\nx-age = { $age ->\n    [young] petit\n   *[other] grand\n}\n".to_owned()),
            ("en/x.ftl".to_owned(), "x-hello = Hello { $name }!\nx-age = { $age ->\n    [young] small\n   *[other] big\n}\n".to_owned()),
        ]);
        assert!(problems.is_empty(), "{problems:?}");
        i18n
    }

    #[test]
    fn french_is_default_and_first() {
        let i18n = sample();
        assert_eq!(i18n.default_lang().as_str(), "fr");
        assert_eq!(i18n.languages(), vec![Lang::new("fr"), Lang::new("en")]);
    }

    #[test]
    fn variables_have_no_isolation_marks() {
        let i18n = sample();
        let text = i18n.tr_args(
            &Lang::new("en"),
            AgeBand::Middle,
            "x-hello",
            &[("name", "Zoé".into())],
        );
        assert_eq!(text, "Hello Zoé!");
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
    }

    #[test]
    fn age_selects_the_variant() {
        let i18n = sample();
        assert_eq!(
            i18n.tr_age(&Lang::new("en"), AgeBand::Young, "x-age"),
            "small"
        );
        assert_eq!(
            i18n.tr_age(&Lang::new("en"), AgeBand::Older, "x-age"),
            "big"
        );
    }

    #[test]
    fn missing_ids_fall_back_then_show_the_id() {
        let i18n = sample();
        assert_eq!(i18n.tr(&Lang::new("en"), "x-only-fr"), "Seulement");
        assert_eq!(i18n.tr(&Lang::new("en"), "x-nowhere"), "x-nowhere");
        assert_eq!(i18n.tr(&Lang::new("de"), "x-nowhere"), "x-nowhere");
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let (i18n, problems) = I18n::from_files([(
            "fr/bad.ftl".to_owned(),
            "good = Bien\n\n!!! not fluent\nalso-good = Oui\n".to_owned(),
        )]);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].file, "locales/fr/bad.ftl");
        assert_eq!(problems[0].line, 3);
        assert_eq!(i18n.tr(&Lang::new("fr"), "also-good"), "Oui");
    }
}
