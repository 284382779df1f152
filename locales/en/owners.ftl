# Who owns what?

owners-match-title = { $age ->
    [middle] Put each app on the company that owns it.
   *[older] Drag each app onto its parent company.
}
owners-match-hint = Drag an app onto an island. Or tap the app, then the island.
owners-memory-title = Find each app and the company it belongs to!
owners-memory-hint = Turn two cards over. An app and its company make a pair.
owners-progress = { $done } of { $count } placed
owners-try-again = Not quite: { $app } belongs to someone else. Try another one!
owners-card = Card { $number }
owners-done = Well done!
owners-score = { $right } of { $count } right the first time.
owners-memory-score = You found every pair! You turned over { $flips } cards.
owners-why = { $age ->
    [young] A few big companies own many apps you know.
    [middle] A few big companies own most of the apps we use every day. They can change the rules, show more ads or collect more data, and it changes things for everybody at once.
   *[older] A handful of companies own most of the apps we use. Each purchase joins more data about us and leaves us fewer real choices: when one company changes its rules, millions of people have to follow.
}
owners-island = { $company }
    { $count ->
    [one] 1 app
   *[other] { $count } apps
}
owners-picture = All the apps of the game, by owner. The ones you placed are bright.
owners-alternatives = Find other apps
owners-again = Play again
