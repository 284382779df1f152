# Who is following me?

trackers-hint = { $age ->
    [young] Little creatures are spying on this page. Tap them to catch them!
   *[other] Trackers are hooked on this page. Tap each one before its ring is full!
}
trackers-pixel-hint = An invisible pixel is hiding somewhere on the page. Turn on the magnifier and look for it!
trackers-page-done = { $age ->
    [young] All done here! Let’s go to the next page.
   *[other] No tracker left on this page. On to the next one!
}
trackers-blocked = { $age ->
    [young] Caught!
   *[other] Blocked: { $name } ({ $company }, { $country }).
}
trackers-sent = { $age ->
    [young] Oops, one got away with what it saw!
   *[other] Too late: a tracker sent what it saw to its company.
}
trackers-creature = Tracker { $name }
trackers-page = Page { $number } of { $count }
trackers-like = Like
trackers-ad = AD
trackers-magnifier = Magnifier
trackers-ready = Ready? Go!
trackers-next-page = Next page
trackers-see-profile = What did they learn?
trackers-sent-to = They sent it to:
trackers-jar = { $count ->
    [0] The jar is empty
    [one] 1 tracker in the jar
   *[other] { $count } trackers in the jar
}
trackers-end-title = What they learned about you
trackers-score = Trackers blocked: { $right } of { $count }.
trackers-profile = { $age ->
    [young] What they know about you
   *[other] Your profile, built from small pieces
}
trackers-profile-empty = { $age ->
    [young] Nothing at all! You caught every one of them.
   *[other] Nothing! You blocked every tracker, so no profile could be built.
}
trackers-via = via { $name }
trackers-no-company = No company got anything from you!
trackers-tips = { $age ->
    [young] To keep the creatures away
   *[other] Three things you can do
}
trackers-again = Play again
trackers-seen-before = { $age ->
    [young] It was already on another page: it follows you!
   *[other] It had already seen you on another site: now it can link the two visits.
}
trackers-credit = Tracker data: WhoTracks.me (CC BY 4.0), 2022 release; owners checked in 2026.
