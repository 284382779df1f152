# Kiosk mode: attract screen, "Still there?", PIN pad.

kiosk-touch-to-start = Touch the screen to start
kiosk-still-there = { $age ->
    [young] Are you still here?
   *[other] Still there?
}
kiosk-still-there-body = { $age ->
    [young] Touch the screen to keep playing.
    [middle] Touch the screen to keep going. If not, everything starts again for the next person.
   *[other] Touch the screen to keep going. If not, Archipel wipes your visit and waits for the next person.
}
kiosk-still-here = I'm still here!
kiosk-activity-crashed = { $age ->
    [young] Oops, this game had a problem. Pick another one!
   *[other] Oops, this activity ran into a problem and closed. You can pick another one.
}
kiosk-pin-title = Facilitator PIN
kiosk-pin-erase = Erase
kiosk-pin-ok = OK
kiosk-pin-cancel = Cancel
kiosk-pin-wrong = { $tries ->
    [one] Wrong PIN. 1 try left.
   *[other] Wrong PIN. { $tries } tries left.
}
kiosk-pin-locked = Too many tries. Try again in { $seconds } s.
kiosk-settings-not-saved = The settings could not be saved; they apply until Archipel closes.
