# The map of the web.

web_map-map = The map of the web
web_map-hint = { $age ->
    [young] Touch a picture!
    [middle] Touch a place to find out what it is. Pinch or use − and + to zoom.
   *[older] Tap a place to learn what it does. Drag to move, pinch or scroll to zoom.
}
web_map-layer-physical = { $age ->
    [young] Cables
   *[other] Cables and machines
}
web_map-layer-services = Services
web_map-layer-data = { $age ->
    [young] Who watches
   *[other] Who sees your data
}
web_map-zoom-in = Zoom in
web_map-zoom-out = Zoom out
web_map-whole-map = Show the whole map
web_map-whole-journey = Show the whole journey
web_map-follow = Follow a message
web_map-choose = { $age ->
    [young] Which message do you want to follow?
   *[other] Which journey do you want to follow?
}
web_map-back-to-map = Back to the map
web_map-close = Close
web_map-run-by = Who runs it? { $who }.
web_map-did-you-know = Did you know?
web_map-source = Source: { $source } · checked on { $date }
web_map-alternatives = What else can I use?

web_map-step = Step { $step } of { $count }
web_map-step-back = Previous step
web_map-step-forward = Next step
web_map-play = Play
web_map-pause = Pause
web_map-replay = Start again
web_map-compare = Compare
web_map-ask = { $age ->
    [young] Your turn!
   *[other] Quick questions
}
web_map-sees-open-letter = { $age ->
    [young] Can read it
   *[other] Can read the message
}
web_map-sees-sealed-envelope = { $age ->
    [young] Sees only the envelope
   *[other] Sees where the envelope goes, not the words
}
web_map-sees-locked-box = { $age ->
    [young] Carries a locked box
   *[other] Carries a locked box: cannot read it
}

web_map-question-count = Question { $number } of { $count }
web_map-right = { $age ->
    [young] Yes! Well done!
   *[other] That's right!
}
web_map-try-again = { $age ->
    [young] Not this one. Try another!
   *[other] Not quite. Try another answer!
}
web_map-next-question = Next question
web_map-back-to-journey = Back to the journey

web_map-compare-title = { $age ->
    [young] Who could read your message?
   *[other] Two journeys side by side: who could read, who knew?
}
web_map-could-read = { $count ->
    [0] Nobody on the way could read the message
    [one] organisation could read the message
   *[other] organisations could read the message
}
web_map-knew = { $count ->
    [0] Nobody knew a message was sent
    [one] organisation knew you sent a message
   *[other] organisations knew you sent a message
}
web_map-follow-journey = Follow this journey
web_map-layer-kept = One layer always stays on. Without it, the map would be empty. Switch on another one first.
