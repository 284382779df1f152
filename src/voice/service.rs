//! The worker that talks to speech-dispatcher over its local socket (SSIP, with the
//! `ssip-client` crate), off the UI thread.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::OnceLock;
use std::sync::mpsc::Receiver;
use std::time::{Duration, Instant};

use ssip_client::{ClientName, ClientScope, MessageScope, Priority, fifo};

use super::{Request, Speaker};

/// How long an answer of the service may take: a service just started loads its voices
/// before it answers, which takes seconds on an old laptop (on the worker thread: the UI
/// never waits for it).
const ANSWER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a service started by us may take to open its socket.
const START_TIMEOUT: Duration = Duration::from_secs(5);

/// How many times the worker tries to reach the service and learn its voices before it
/// gives up (no listen buttons until the next start).
const ATTEMPTS: u32 = 3;

/// The speech service, connected.
struct Service(ssip_client::Client<fifo::UnixStream>);

impl Service {
    /// Connects, starting the service first if it is not running (as speech-dispatcher's own
    /// clients do: it stops by itself after a while without clients).
    fn connect(socket: Option<&Path>) -> Result<Self, String> {
        if let Ok(service) = Self::open(socket) {
            return Ok(service);
        }
        std::process::Command::new("speech-dispatcher")
            .arg("--spawn")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .map_err(|err| format!("speech-dispatcher cannot be started ({err})"))?;
        let until = Instant::now() + START_TIMEOUT;
        loop {
            match Self::open(socket) {
                Ok(service) => return Ok(service),
                Err(err) if Instant::now() > until => return Err(err),
                Err(_) => std::thread::sleep(Duration::from_millis(100)),
            }
        }
    }

    fn open(socket: Option<&Path>) -> Result<Self, String> {
        let mut builder = fifo::Builder::new();
        if let Some(socket) = socket {
            builder.path(socket);
        }
        let mut client = builder
            .timeout(ANSWER_TIMEOUT)
            .build()
            .map_err(|err| format!("the speech service does not answer ({err})"))?;
        client
            .set_client_name(ClientName::new("archipel", "main"))
            .and_then(ssip_client::Client::check_client_name_set)
            .map_err(|err| err.to_string())?;
        Ok(Self(client))
    }
}

impl Speaker for Service {
    fn languages(&mut self) -> Result<BTreeSet<String>, String> {
        let voices = self
            .0
            .list_synthesis_voices()
            .and_then(ssip_client::Client::receive_synthesis_voices)
            .map_err(|err| err.to_string())?;
        Ok(voices
            .into_iter()
            .filter_map(|voice| voice.language)
            .map(|language| {
                language
                    .split(['-', '_'])
                    .next()
                    .unwrap_or_default()
                    .to_lowercase()
            })
            .filter(|language| !language.is_empty())
            .collect())
    }

    fn say(&mut self, text: &str, lang: &str, rate: i8, volume: i8) -> Result<(), String> {
        let client = &mut self.0;
        client
            .cancel(MessageScope::Last)
            .and_then(|c| c.check_status(ssip_client::OK_CANCELED))
            .and_then(|c| c.set_language(ClientScope::Current, lang))
            .and_then(|c| c.check_status(ssip_client::OK_LANGUAGE_SET))
            .and_then(|c| c.set_rate(ClientScope::Current, rate))
            .and_then(|c| c.check_status(ssip_client::OK_RATE_SET))
            .and_then(|c| c.set_volume(ClientScope::Current, volume))
            .and_then(|c| c.check_status(ssip_client::OK_VOLUME_SET))
            .and_then(|c| c.set_priority(Priority::Text))
            .and_then(|c| c.check_status(ssip_client::OK_PRIORITY_SET))
            .and_then(ssip_client::Client::speak)
            .and_then(ssip_client::Client::check_receiving_data)
            .and_then(|c| c.send_line(text))
            .and_then(ssip_client::Client::receive_message_id)
            .map(|_| ())
            .map_err(|err| err.to_string())
    }

    fn hush(&mut self) -> Result<(), String> {
        self.0
            .cancel(MessageScope::Last)
            .and_then(|c| c.check_status(ssip_client::OK_CANCELED))
            .map(|_| ())
            .map_err(|err| err.to_string())
    }
}

/// The worker: connects, says which languages have a voice, then says and stops what the UI
/// asks. Without a service it tells the UI (no languages) and drains the requests.
pub(super) fn work(
    requests: &Receiver<Request>,
    languages: &OnceLock<BTreeSet<String>>,
    socket: Option<&Path>,
) {
    let mut reached = Err(String::new());
    for attempt in 1..=ATTEMPTS {
        reached = Service::connect(socket).and_then(|mut service| {
            let found = service.languages()?;
            Ok((service, found))
        });
        match &reached {
            Ok(_) => break,
            Err(err) if attempt < ATTEMPTS => {
                log::info!("the speech service does not answer yet ({err}); trying again");
                std::thread::sleep(Duration::from_secs(2));
            }
            Err(_) => {}
        }
    }
    let mut service = match reached {
        Ok((service, found)) => {
            log::info!("speech service: voices for {found:?}");
            let _ = languages.set(found);
            service
        }
        Err(err) => {
            log::warn!("no speech service: {err}; no listen buttons");
            let _ = languages.set(BTreeSet::new());
            while requests.recv().is_ok() {}
            return;
        }
    };
    while let Ok(request) = requests.recv() {
        // Only the latest request matters: a text asked and cut before it was sent is skipped.
        let mut latest = request;
        while let Ok(next) = requests.try_recv() {
            latest = next;
        }
        let result = match latest {
            Request::Say {
                text,
                lang,
                rate,
                volume,
            } => service.say(&text, &lang, rate, volume),
            Request::Hush => service.hush(),
        };
        if let Err(err) = result {
            log::warn!("the speech service failed ({err}); connecting again");
            match Service::connect(socket) {
                Ok(again) => service = again,
                Err(err) => log::warn!("no speech service any more: {err}"),
            }
        }
    }
}
