//! The voice with the real speech service: a speech-dispatcher started by the test, with the
//! eSpeak NG voices, on a socket of its own. A text the app says must really be synthesized:
//! the service's log shows its output module beginning to speak and sending audio.
//!
//! Needs `speech-dispatcher` and `speech-dispatcher-espeak-ng` (installed by
//! `cargo xtask test`, which also makes this test refuse to skip itself).
#![expect(
    clippy::expect_used,
    reason = "a helper that cannot start the speech service has nothing to test"
)]

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant, SystemTime};

use archipel::voice::Voice;

/// The speech service, stopped when dropped.
struct Service(Child);

impl Drop for Service {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn have(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Starts speech-dispatcher on `socket`, logging everything into `logs`.
fn start_service(socket: &Path, logs: &Path) -> Service {
    let child = Command::new("speech-dispatcher")
        .args(["--run-single", "--log-level", "5", "--timeout", "60"])
        .arg("--log-dir")
        .arg(logs)
        .args(["--communication-method", "unix_socket", "--socket-path"])
        .arg(socket)
        // A pid file of its own: another speech-dispatcher of this user (one an app started)
        // holds the default one, and a second would refuse to start.
        .arg("--pid-file")
        .arg(socket.with_extension("pid"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("speech-dispatcher starts");
    let until = Instant::now() + Duration::from_secs(10);
    while !socket.exists() && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    Service(child)
}

/// The service's log lines after `line`, once they show `wanted` (or after 15 s).
fn wait_for_log(log: &Path, from: usize, wanted: &[&str]) -> Vec<String> {
    let until = Instant::now() + Duration::from_secs(15);
    loop {
        let lines: Vec<String> = std::fs::read_to_string(log)
            .unwrap_or_default()
            .lines()
            .skip(from)
            .map(str::to_owned)
            .collect();
        let all = wanted
            .iter()
            .all(|want| lines.iter().any(|line| line.contains(want)));
        if all || Instant::now() > until {
            return lines;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The time of a log line (`[Tue Dec  1 18:59:22 2026 : 665568] …`): seconds of the minute
/// and microseconds, enough to measure a delay of well under a minute.
fn line_time(line: &str) -> Option<f64> {
    let stamp = line.strip_prefix('[')?.split(']').next()?;
    let (clock, micros) = stamp.split_once(" : ")?;
    let seconds: f64 = clock
        .split_whitespace()
        .nth(3)?
        .rsplit(':')
        .next()?
        .parse()
        .ok()?;
    let micros: f64 = micros.trim().parse().ok()?;
    Some(seconds + micros / 1e6)
}

#[test]
fn a_text_said_by_the_app_is_synthesized_by_the_speech_service() {
    let required = std::env::var_os("ARCHIPEL_REQUIRE_SPEECH").is_some();
    if !(have("speech-dispatcher")
        && Path::new("/usr/lib/speech-dispatcher-modules/sd_espeak-ng").exists())
    {
        assert!(!required, "speech-dispatcher with eSpeak NG is required");
        eprintln!("skipped: needs speech-dispatcher and speech-dispatcher-espeak-ng");
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let socket = dir.path().join("speechd.sock");
    let logs = dir.path().join("logs");
    std::fs::create_dir_all(&logs).expect("a log folder");
    let _service = start_service(&socket, &logs);
    assert!(socket.exists(), "the speech service opened its socket");
    let mut voice = Voice::at(&socket);
    let until = Instant::now() + Duration::from_secs(15);
    while !voice.can_speak("en") && Instant::now() < until {
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(voice.can_speak("en"), "eSpeak NG speaks English");
    assert!(voice.can_speak("fr"), "eSpeak NG speaks French");
    let log = logs.join("speech-dispatcher.log");
    let from = std::fs::read_to_string(&log)
        .unwrap_or_default()
        .lines()
        .count();
    let asked = SystemTime::now();
    voice.say("Your phone sends and receives messages.", "en");
    let lines = wait_for_log(&log, from, &["701 BEGIN", "705-"]);
    let begin = lines.iter().find(|line| line.contains("701 BEGIN"));
    assert!(begin.is_some(), "the output module began to speak");
    assert!(
        lines.iter().any(|line| line.contains("705-")),
        "the output module sent synthesized audio"
    );
    // From the request to the synthesizer's first words, as the service's clock says.
    let asked_secs = asked
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|since| (since.as_micros() % 60_000_000) as f64 / 1e6)
        .unwrap_or_default();
    if let Some(began) = begin.and_then(|line| line_time(line)) {
        let delay = (began - asked_secs).rem_euclid(60.0);
        eprintln!(
            "from the request to the synthesizer's first words: {:.0} ms",
            delay * 1000.0
        );
    }
}
