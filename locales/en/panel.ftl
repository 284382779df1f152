# The facilitator panel.

panel-title = Facilitator panel
panel-close = Close the panel
panel-locked = Set for the whole fleet of computers (/etc/archipel/settings.toml): cannot be changed here.
panel-problems = Problems found at start-up
panel-visitors = Visitors
panel-languages-offered = Languages offered to visitors:
panel-default-language = Starting language:
panel-default-age = Starting age band:
panel-activities = Activities shown (and their order)
panel-move-up = Move { $name } up
panel-move-down = Move { $name } down
panel-stand = The stand
panel-kiosk = Kiosk mode
panel-kiosk-help = In kiosk mode, Archipel fills the screen, cannot be closed by visitors and starts again after a quiet time. Fullscreen applies from the next start.
panel-idle = Quiet time before "Still there?"
panel-sound = Sound
panel-volume = Volume
panel-scale = Interface size
panel-scale-in-use = This screen is too small for that size: { $scale } is used, so that every screen fits.
panel-high-contrast = High contrast
panel-stand-name = Stand name (written on the take-home cards):
panel-stand-name-hint = e.g. Computer club, Science fair 2026
panel-last-saved = Last take-home card saved: { $path }
panel-pin = Facilitator PIN
panel-change-pin = Change the PIN
panel-new-pin = Type the new PIN (4 to 8 digits):
panel-new-pin-again = Type it once more:
panel-cancel = Cancel
panel-pin-ok = OK
panel-pin-changed = The PIN was changed.
panel-pin-mismatch = The two PINs differ. Start again.
panel-pin-help = The PIN is never stored as is, only a salted hash of it.
panel-stats = Stand statistics
panel-stats-help = Anonymous counters per hour: no personal data, nothing is sent.
panel-today = Today
panel-all-time = Since the start
panel-sessions = Visits
panel-started = Activities opened
panel-completed = Activities finished
panel-crashes = Activities closed on an error
panel-sessions-per-hour = Visits per hour today
panel-hour = Hour
panel-stats-file = File: { $path }
panel-export-csv = Export as CSV
panel-reset-stats = Reset
panel-reset-confirm = Clear every counter?
panel-yes-reset = Yes, clear
panel-quit-section = Quit
panel-quit = Quit Archipel
panel-quit-confirm = Close Archipel now?
panel-yes-quit = Yes, quit

panel-packs = Content packs
panel-packs-none = No content pack found. Put one in ~/.local/share/archipel/packs (this computer) or /etc/archipel/packs (every computer), or start Archipel with --pack FOLDER.
panel-pack-use = Use { $name }
panel-pack-refused = Not used: { $count ->
    [one] one problem
   *[other] { $count } problems
} (the built-in content and the other packs keep working).

panel-voice = The voice
panel-voice-on = "Listen" buttons (texts read aloud)
panel-voice-auto = Each instruction is read by itself for 6 to 9 year olds
panel-voice-rate = Speed of the voice
panel-voice-volume = Volume of the voice
panel-voice-looking = Looking for the speech service…
panel-voice-none = No speech service, or no voice, was found: the "Listen" buttons are hidden. Install speech-dispatcher and speech-dispatcher-espeak-ng.
panel-voice-found = Voices found for: { $langs }
panel-voice-silent = The voice is silent when the sound is off.
