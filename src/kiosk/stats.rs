//! Anonymous stand statistics: counters per hour of the day, nothing about any person.
//!
//! What is counted: visitor sessions, activity starts and completions, the age band and
//! language of each session, and contained crashes. Each counter is kept per local date and
//! hour, never finer. The file is a list of `date hour counter count` lines (appending lines
//! adds to the counts), rewritten atomically at most once a minute: a power cut loses at most
//! the last minute and never corrupts it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::age::AgeBand;
use crate::fsutil::write_atomic;
use crate::i18n::Lang;

/// Where statistics are kept: `~/.local/share/archipel/statistics.tsv` (or the platform's
/// equivalent).
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("org", "Archipel", "archipel")
        .map(|dirs| dirs.data_dir().join("statistics.tsv"))
}

/// Counts are written to disk at most this often.
pub const FLUSH_EVERY_SECS: f64 = 60.0;

/// The columns of the CSV export: always the same five, whatever was counted, so that files
/// from several laptops and several years can be put one after the other in a spreadsheet.
pub const CSV_HEADER: &str = "date,hour,counter,item,count\n";

const HEADER: &str = "# Archipel statistics: anonymous counters per local date and hour.\n# date\thour\tcounter\tcount\n";

/// One hour of one day, local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HourSlot {
    /// The day.
    pub date: jiff::civil::Date,
    /// The hour, 0 to 23.
    pub hour: u8,
}

impl HourSlot {
    /// The current local hour.
    pub fn now() -> Self {
        let now = jiff::Zoned::now();
        Self {
            date: now.date(),
            hour: u8::try_from(now.hour()).unwrap_or(0),
        }
    }

    /// A given day and hour.
    ///
    /// # Errors
    /// An impossible date or hour.
    pub fn new(year: i16, month: i8, day: i8, hour: u8) -> Result<Self, String> {
        let date = jiff::civil::Date::new(year, month, day).map_err(|err| err.to_string())?;
        if hour > 23 {
            return Err(format!("hour {hour} is not 0 to 23"));
        }
        Ok(Self { date, hour })
    }
}

/// Something worth counting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Counter {
    /// A visitor session started (first touch after the attract screen).
    Session,
    /// An activity was opened.
    Started(String),
    /// An activity was played to its end.
    Completed(String),
    /// A session ended in this age band.
    Age(AgeBand),
    /// A session ended in this language.
    Language(Lang),
    /// An activity crashed and was closed.
    Crash(String),
}

impl Counter {
    /// The key written in the file.
    pub fn key(&self) -> String {
        match self {
            Self::Session => "sessions".into(),
            Self::Started(id) => format!("started:{id}"),
            Self::Completed(id) => format!("completed:{id}"),
            Self::Age(age) => format!("age:{age}"),
            Self::Language(lang) => format!("language:{lang}"),
            Self::Crash(id) => format!("crashes:{id}"),
        }
    }
}

/// Totals shown in the panel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Totals {
    /// Visitor sessions.
    pub sessions: u64,
    /// Activities opened.
    pub started: u64,
    /// Activities played to their end.
    pub completed: u64,
    /// Activities that crashed and were closed.
    pub crashes: u64,
}

/// The counters, in memory and (when a path is given) on disk.
#[derive(Debug)]
pub struct Stats {
    counts: BTreeMap<(HourSlot, String), u64>,
    path: Option<PathBuf>,
    dirty: bool,
    last_flush_secs: Option<f64>,
    problems: Vec<String>,
}

impl Stats {
    /// Counters that live only in memory (tests).
    pub fn in_memory() -> Self {
        Self {
            counts: BTreeMap::new(),
            path: None,
            dirty: false,
            last_flush_secs: None,
            problems: Vec::new(),
        }
    }

    /// Reads the counters at `path` (a missing file is an empty one). Lines that cannot be read
    /// are skipped and reported in [`Stats::problems`]; the rest is kept.
    pub fn open(path: &Path) -> Self {
        crate::fsutil::remove_stale_temps(path);
        let mut stats = Self {
            path: Some(path.to_owned()),
            ..Self::in_memory()
        };
        match std::fs::read_to_string(path) {
            Ok(text) => stats.parse(&text),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
            Err(err) => stats
                .problems
                .push(format!("{}: {err}; counting from zero", path.display())),
        }
        stats
    }

    fn parse(&mut self, text: &str) {
        let name = self
            .path
            .as_ref()
            .map_or_else(String::new, |p| p.display().to_string());
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match parse_line(line) {
                Some((slot, key, count)) => *self.counts.entry((slot, key)).or_default() += count,
                None => self
                    .problems
                    .push(format!("{name}:{}: unreadable line skipped", number + 1)),
            }
        }
    }

    /// Problems met while reading the file.
    pub fn problems(&self) -> &[String] {
        &self.problems
    }

    /// Where the counters are kept, if on disk.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Counts one `counter` in `slot`.
    pub fn record(&mut self, slot: HourSlot, counter: &Counter) {
        *self.counts.entry((slot, counter.key())).or_default() += 1;
        self.dirty = true;
    }

    /// Whether counts wait to be written.
    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    /// Writes the counts if they changed and the last write is at least a minute old.
    /// Returns the seconds until the next write is due, if one is waiting.
    pub fn flush_if_due(&mut self, now_secs: f64) -> Option<f64> {
        if !self.dirty {
            return None;
        }
        let due_at = self
            .last_flush_secs
            .map_or(now_secs, |last| last + FLUSH_EVERY_SECS);
        if now_secs >= due_at {
            self.last_flush_secs = Some(now_secs);
            if let Err(err) = self.flush() {
                log::error!("cannot write the statistics: {err}");
            }
            None
        } else {
            Some(due_at - now_secs)
        }
    }

    /// Writes the counts now (atomically), if they live on disk.
    ///
    /// # Errors
    /// The file could not be written; the counts stay in memory.
    pub fn flush(&mut self) -> Result<(), String> {
        let Some(path) = &self.path else {
            self.dirty = false;
            return Ok(());
        };
        write_atomic(path, self.to_file_text().as_bytes())
            .map_err(|err| format!("{}: {err}", path.display()))?;
        self.dirty = false;
        Ok(())
    }

    fn to_file_text(&self) -> String {
        let mut text = String::from(HEADER);
        for ((slot, key), count) in &self.counts {
            let _ = writeln!(text, "{}\t{}\t{key}\t{count}", slot.date, slot.hour);
        }
        text
    }

    /// Forgets every count (and writes the empty file).
    ///
    /// # Errors
    /// The file could not be written.
    pub fn reset(&mut self) -> Result<(), String> {
        self.counts.clear();
        self.dirty = true;
        self.flush()
    }

    /// Totals for one day, or for all days with `None`.
    pub fn totals(&self, date: Option<jiff::civil::Date>) -> Totals {
        let mut totals = Totals::default();
        for ((slot, key), count) in &self.counts {
            if date.is_some_and(|date| slot.date != date) {
                continue;
            }
            match key.split_once(':').map_or(key.as_str(), |(kind, _)| kind) {
                "sessions" => totals.sessions += count,
                "started" => totals.started += count,
                "completed" => totals.completed += count,
                "crashes" => totals.crashes += count,
                _ => {}
            }
        }
        totals
    }

    /// Sessions in each hour of `date`.
    pub fn sessions_per_hour(&self, date: jiff::civil::Date) -> [u64; 24] {
        let mut hours = [0; 24];
        for ((slot, key), count) in &self.counts {
            if slot.date == date && key == "sessions" {
                hours[usize::from(slot.hour).min(23)] += count;
            }
        }
        hours
    }

    /// The counts as CSV for a spreadsheet: one row per date and hour, one column per counter.
    pub fn to_csv(&self) -> String {
        let mut rows: Vec<(&HourSlot, &str, &str, u64)> = self
            .counts
            .iter()
            .filter(|(_, count)| **count > 0)
            .map(|((slot, key), count)| {
                let (counter, item) = key.split_once(':').unwrap_or((key.as_str(), ""));
                (slot, counter, item, *count)
            })
            .collect();
        rows.sort_by_key(|(slot, counter, item, _)| {
            (**slot, column_rank(counter), *counter, *item)
        });
        let mut csv = String::from(CSV_HEADER);
        for (slot, counter, item, count) in rows {
            let _ = writeln!(csv, "{},{},{counter},{item},{count}", slot.date, slot.hour);
        }
        csv
    }
}

fn column_rank(key: &str) -> u8 {
    match key.split_once(':').map_or(key, |(kind, _)| kind) {
        "sessions" => 0,
        "age" => 1,
        "language" => 2,
        "started" => 3,
        "completed" => 4,
        _ => 5,
    }
}

fn parse_line(line: &str) -> Option<(HourSlot, String, u64)> {
    let mut fields = line.split('\t');
    let date: jiff::civil::Date = fields.next()?.parse().ok()?;
    let hour: u8 = fields.next()?.parse().ok().filter(|hour| *hour < 24)?;
    let key = fields.next()?.to_owned();
    let count: u64 = fields.next()?.parse().ok()?;
    if fields.next().is_some() || key.is_empty() || key.contains(char::is_whitespace) {
        return None;
    }
    Some((HourSlot { date, hour }, key, count))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn slot(day: i8, hour: u8) -> HourSlot {
        HourSlot::new(2026, 11, day, hour).unwrap()
    }

    fn day(day: i8) -> jiff::civil::Date {
        slot(day, 0).date
    }

    fn sample() -> Stats {
        let mut stats = Stats::in_memory();
        for _ in 0..3 {
            stats.record(slot(23, 10), &Counter::Session);
        }
        stats.record(slot(23, 14), &Counter::Session);
        stats.record(slot(22, 9), &Counter::Session);
        stats.record(slot(23, 10), &Counter::Started("alternatives".into()));
        stats.record(slot(23, 10), &Counter::Completed("alternatives".into()));
        stats.record(slot(23, 10), &Counter::Age(AgeBand::Young));
        stats.record(slot(23, 10), &Counter::Language(Lang::new("fr")));
        stats.record(slot(22, 9), &Counter::Crash("alternatives".into()));
        stats
    }

    #[test]
    fn totals_per_day_and_all_time() {
        let stats = sample();
        assert_eq!(
            stats.totals(Some(day(23))),
            Totals {
                sessions: 4,
                started: 1,
                completed: 1,
                crashes: 0
            }
        );
        assert_eq!(
            stats.totals(None),
            Totals {
                sessions: 5,
                started: 1,
                completed: 1,
                crashes: 1
            }
        );
        let hours = stats.sessions_per_hour(day(23));
        assert_eq!((hours[10], hours[14], hours.iter().sum::<u64>()), (3, 1, 4));
    }

    #[test]
    fn csv_has_one_row_per_date_hour_and_counter_under_a_fixed_header() {
        let csv = sample().to_csv();
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(
            lines,
            [
                "date,hour,counter,item,count",
                "2026-11-22,9,sessions,,1",
                "2026-11-22,9,crashes,alternatives,1",
                "2026-11-23,10,sessions,,3",
                "2026-11-23,10,age,6-9,1",
                "2026-11-23,10,language,fr,1",
                "2026-11-23,10,started,alternatives,1",
                "2026-11-23,10,completed,alternatives,1",
                "2026-11-23,14,sessions,,1",
            ]
        );
    }

    #[test]
    fn the_csv_header_does_not_depend_on_the_counts() {
        assert_eq!(Stats::in_memory().to_csv(), CSV_HEADER);
        let mut one = Stats::in_memory();
        one.record(slot(23, 10), &Counter::Language(Lang::new("de")));
        assert!(one.to_csv().starts_with(CSV_HEADER));
        assert_eq!(one.to_csv().lines().count(), 2);
    }

    #[test]
    fn the_file_round_trips_and_appended_lines_add_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.tsv");
        let mut stats = Stats::open(&path);
        stats.record(slot(23, 10), &Counter::Session);
        stats.record(slot(23, 10), &Counter::Session);
        stats.flush().unwrap();
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("2026-11-23\t10\tsessions\t5\n");
        std::fs::write(&path, text).unwrap();
        let reread = Stats::open(&path);
        assert!(reread.problems().is_empty(), "{:?}", reread.problems());
        assert_eq!(reread.totals(None).sessions, 7);
    }

    #[test]
    fn broken_lines_are_skipped_and_reported() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.tsv");
        std::fs::write(&path, "2026-11-23\t10\tsessions\t2\ngarbage\n2026-13-01\t10\tsessions\t1\n2026-11-23\t25\tsessions\t1\n2026-11-23\t11\tsessions\t3\n").unwrap();
        let stats = Stats::open(&path);
        assert_eq!(stats.totals(None).sessions, 5);
        assert_eq!(stats.problems().len(), 3);
        assert!(stats.problems()[0].ends_with(":2: unreadable line skipped"));
    }

    #[test]
    fn writes_happen_at_most_once_a_minute() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.tsv");
        let mut stats = Stats::open(&path);
        assert_eq!(stats.flush_if_due(0.0), None, "nothing to write");
        stats.record(slot(23, 10), &Counter::Session);
        assert_eq!(
            stats.flush_if_due(5.0),
            None,
            "the first write happens at once"
        );
        assert_eq!(Stats::open(&path).totals(None).sessions, 1);
        stats.record(slot(23, 10), &Counter::Session);
        assert_eq!(
            stats.flush_if_due(30.0),
            Some(35.0),
            "then not before a minute"
        );
        assert_eq!(
            Stats::open(&path).totals(None).sessions,
            1,
            "a kill now loses this minute only"
        );
        assert_eq!(stats.flush_if_due(65.0), None);
        assert_eq!(Stats::open(&path).totals(None).sessions, 2);
    }

    #[test]
    fn reset_clears_memory_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("stats.tsv");
        let mut stats = Stats::open(&path);
        stats.record(slot(23, 10), &Counter::Session);
        stats.flush().unwrap();
        stats.reset().unwrap();
        assert_eq!(stats.totals(None), Totals::default());
        assert_eq!(Stats::open(&path).totals(None), Totals::default());
    }
}
