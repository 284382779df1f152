//! Short sounds, synthesized in code (no sound files to license or ship).
//!
//! With no output device (a CI machine, a laptop with a broken sound card) the app stays silent
//! and logs one warning; nothing else changes.

use std::num::NonZero;

/// The sounds an activity can ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sound {
    /// A light blip when something is tapped.
    Tap,
    /// A rising three-note chime: well done.
    Success,
    /// A soft falling two-note hum: not quite, try again. Kind, never a buzzer.
    TryAgain,
}

impl Sound {
    /// Every sound.
    pub const ALL: [Self; 3] = [Self::Tap, Self::Success, Self::TryAgain];
}

/// The sample rate sounds are synthesized at.
pub const SAMPLE_RATE_HZ: u32 = 44_100;

/// One note of a sound: pitch, start and length.
struct Note {
    freq_hz: f32,
    start_secs: f32,
    length_secs: f32,
}

fn notes(sound: Sound) -> &'static [Note] {
    match sound {
        Sound::Tap => &[Note {
            freq_hz: 1046.5,
            start_secs: 0.0,
            length_secs: 0.05,
        }],
        // C5, E5, G5.
        Sound::Success => &[
            Note {
                freq_hz: 523.25,
                start_secs: 0.0,
                length_secs: 0.16,
            },
            Note {
                freq_hz: 659.25,
                start_secs: 0.09,
                length_secs: 0.16,
            },
            Note {
                freq_hz: 783.99,
                start_secs: 0.18,
                length_secs: 0.30,
            },
        ],
        // E4 then C4.
        Sound::TryAgain => &[
            Note {
                freq_hz: 329.63,
                start_secs: 0.0,
                length_secs: 0.18,
            },
            Note {
                freq_hz: 261.63,
                start_secs: 0.14,
                length_secs: 0.28,
            },
        ],
    }
}

/// The mono samples of `sound`, in `-1.0..=1.0`, starting and ending at silence (no clicks).
pub fn synthesize(sound: Sound, sample_rate_hz: u32) -> Vec<f32> {
    let notes = notes(sound);
    let total_secs = notes
        .iter()
        .map(|note| note.start_secs + note.length_secs)
        .fold(0.0_f32, f32::max);
    let rate = sample_rate_hz as f32;
    let len = (total_secs * rate).ceil() as usize;
    let mut samples = vec![0.0_f32; len];
    for note in notes {
        let first = (note.start_secs * rate) as usize;
        let count = (note.length_secs * rate) as usize;
        for i in 0..count {
            let Some(sample) = samples.get_mut(first + i) else {
                break;
            };
            let t = i as f32 / rate;
            // A quick attack and an exponential decay, shaped so the note ends at zero.
            let attack = (t / 0.008).min(1.0);
            let progress = i as f32 / count as f32;
            let decay = (-4.0 * progress).exp() * (1.0 - progress);
            let phase = std::f32::consts::TAU * note.freq_hz * t;
            // A touch of the octave makes it rounder than a bare sine.
            let wave = phase.sin() + 0.25 * (2.0 * phase).sin();
            *sample += 0.3 * attack * decay * wave;
        }
    }
    samples
}

/// The app's sound output: a device, or silence.
pub struct Audio {
    output: Option<rodio::MixerDeviceSink>,
    enabled: bool,
    volume: f32,
}

impl std::fmt::Debug for Audio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Audio")
            .field("has_output", &self.output.is_some())
            .field("enabled", &self.enabled)
            .field("volume", &self.volume)
            .finish()
    }
}

impl Audio {
    /// Opens the default output device; on failure, logs one warning and stays silent.
    pub fn open() -> Self {
        let output = if no_sound_card() {
            log::warn!("no sound card found: Archipel will be silent");
            None
        } else {
            match rodio::DeviceSinkBuilder::open_default_sink() {
                Ok(mut sink) => {
                    sink.log_on_drop(false);
                    Some(sink)
                }
                Err(err) => {
                    log::warn!("cannot open the sound output ({err}): Archipel will be silent");
                    None
                }
            }
        };
        Self {
            output,
            enabled: true,
            volume: 0.8,
        }
    }

    /// No output at all, for tests and `--mute`.
    pub fn silent() -> Self {
        Self {
            output: None,
            enabled: false,
            volume: 0.0,
        }
    }

    /// Whether sounds reach a speaker (false without a sound device, or when made silent).
    pub fn has_output(&self) -> bool {
        self.output.is_some()
    }

    /// Turns sounds on or off and sets the volume (`0.0..=1.0`).
    pub fn configure(&mut self, enabled: bool, volume: f32) {
        self.enabled = enabled;
        self.volume = volume.clamp(0.0, 1.0);
    }

    /// Plays `sound` without waiting for it; does nothing when silent.
    pub fn play(&self, sound: Sound) {
        let Some(output) = &self.output else { return };
        if !self.enabled || self.volume <= 0.0 {
            return;
        }
        let samples: Vec<f32> = synthesize(sound, SAMPLE_RATE_HZ)
            .into_iter()
            .map(|sample| sample * self.volume)
            .collect();
        let (Some(channels), Some(rate)) = (NonZero::new(1), NonZero::new(SAMPLE_RATE_HZ)) else {
            return;
        };
        output
            .mixer()
            .add(rodio::buffer::SamplesBuffer::new(channels, rate, samples));
    }
}

/// On Linux, ALSA prints several lines to stderr when asked for a device on a machine that has
/// none; we look first, so a silent stand laptop (or a CI machine) also stays quiet in its logs.
/// No sound device nodes and no sound server (`PipeWire`, `PulseAudio`) means no output.
fn no_sound_card() -> bool {
    if !cfg!(target_os = "linux") {
        return false;
    }
    let has_devices = std::path::Path::new("/dev/snd").exists();
    let has_server = std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|dir| {
        let dir = std::path::Path::new(&dir);
        dir.join("pipewire-0").exists() || dir.join("pulse/native").exists()
    });
    !has_devices && !has_server
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sounds_are_short_quiet_and_click_free() {
        for sound in Sound::ALL {
            let samples = synthesize(sound, SAMPLE_RATE_HZ);
            let secs = samples.len() as f32 / SAMPLE_RATE_HZ as f32;
            assert!(secs > 0.03 && secs < 0.6, "{sound:?} lasts {secs} s");
            let peak = samples.iter().fold(0.0_f32, |peak, s| peak.max(s.abs()));
            assert!(peak > 0.05 && peak <= 1.0, "{sound:?} peaks at {peak}");
            assert!(samples[0].abs() < 0.01, "{sound:?} starts with a click");
            assert!(
                samples[samples.len() - 1].abs() < 0.01,
                "{sound:?} ends with a click"
            );
        }
    }

    #[test]
    fn success_rises_and_try_again_falls() {
        let pitch = |sound| {
            notes(sound)
                .iter()
                .map(|note| note.freq_hz)
                .collect::<Vec<_>>()
        };
        assert!(pitch(Sound::Success).windows(2).all(|w| w[0] < w[1]));
        assert!(pitch(Sound::TryAgain).windows(2).all(|w| w[0] > w[1]));
    }

    #[test]
    fn a_silent_output_ignores_requests() {
        let mut audio = Audio::silent();
        assert!(!audio.has_output());
        // Even turned on, with no device it plays nothing and does not fail.
        audio.configure(true, 0.8);
        assert!(!audio.has_output());
        for sound in Sound::ALL {
            audio.play(sound);
        }
        assert!((audio.volume - 0.8).abs() < f32::EPSILON);
        audio.configure(true, 7.0);
        assert!(
            (audio.volume - 1.0).abs() < f32::EPSILON,
            "the volume is clamped"
        );
    }
}
