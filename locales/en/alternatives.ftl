# The alternatives picker.

alternatives-choose-prompt = { $age ->
    [young] Which apps do you see at home? Touch the ones you know!
    [middle] Which services do you use? Touch the ones you know.
   *[older] Which services do you use? Select them and we will show you what to use instead.
}
alternatives-selected-count = { $count ->
    [0] Nothing chosen yet
    [one] 1 service chosen
   *[other] { $count } services chosen
}
alternatives-show-me = Show me
alternatives-results-prompt = { $age ->
    [young] Touch the one you want to try.
    [middle] Here are free tools. Pick one for each service.
   *[older] Free alternatives: filter by what matters to you, then pick one per service.
}
alternatives-filters = I want:
alternatives-none-match = No alternative ticks all these boxes. Remove a filter.
alternatives-instead-of = Instead of
alternatives-owned-by = owned by { $company }
alternatives-change-services = My services
alternatives-plan-count = { $count ->
    [0] Your plan is empty
    [one] 1 choice in your plan
   *[other] { $count } choices in your plan
}
alternatives-my-plan = My plan

alternatives-criterion-free-licence = { $age ->
    [older] Free licence
   *[other] Free to share
}
alternatives-criterion-no-ads = { $age ->
    [young] No ads
   *[other] No ads, no tracking
}
alternatives-criterion-decentralized = { $age ->
    [older] Decentralized
   *[other] No single boss
}
alternatives-criterion-small-host = { $age ->
    [older] Small host or at home
   *[other] At a local club
}
alternatives-criterion-no-account = { $age ->
    [young] No account
   *[other] No account needed
}
alternatives-criterion-easy = { $age ->
    [young] Easy
   *[other] Easy to switch
}

alternatives-arch-federated = federated
alternatives-arch-instances = many independent servers
alternatives-arch-p2p = peer-to-peer
alternatives-arch-device = on your device
alternatives-arch-central = one single server

alternatives-platform-web = Web
alternatives-platform-android = Android
alternatives-platform-ios = iPhone
alternatives-platform-windows = Windows
alternatives-platform-macos = Mac
alternatives-platform-linux = Linux

# The top of the plan screen, when the plan is made.
alternatives-plan-done = Your plan is ready!
# A switch: the take-home card carries the stickers the visitor earned, or not.
alternatives-stickers-on-card = Put my stickers on the card
# On the take-home card, above the visitor's stickers.
alternatives-card-stickers = My stickers from the stand
alternatives-plan-title = My plan
alternatives-plan-intro = { $age ->
    [young] What I will try:
    [middle] One small step at a time. Here is what I will try:
   *[older] One small step at a time: here is what I will try first.
}
alternatives-qr-heading = My plan, made with Archipel
alternatives-qr-heading-at = My plan, made with Archipel — { $stand }
alternatives-qr-caption = Take a photo of this code with a phone. You keep your plan.
alternatives-card-footer = Made with Archipel, with no Internet and nothing collected.
alternatives-back-to-results = Back
alternatives-start-again = Start again
alternatives-save-card = Save the card
alternatives-card-file-name = my-archipel-plan.png
alternatives-qr-more = { $count ->
    [one] + 1 more choice
   *[other] + { $count } more choices
}
