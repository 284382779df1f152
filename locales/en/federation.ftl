# All eggs in one basket?

federation-giant-title = One giant server
federation-giant-intro = { $age ->
    [young] The whole village talks through one big computer: a server.
   *[other] Everybody in the village chats through one giant server. It is simple… until something goes wrong.
}
federation-what-if = What happens if…?
federation-next-event = Another day…
federation-build = Build something better
federation-build-title = Small servers, linked together
federation-build-hint = { $age ->
    [young] Put 3 small servers in the village. Link them together. Then share the people out between them.
   *[other] Set up small servers with your coins, link them so that people can talk from one to another, then tap a server and tap people to move them onto it.
}
federation-costs = A server costs 3 coins, a link 1 coin.
# A kind of host already set up, greyed out in the shop.
federation-host-placed = { $name } (in the village)
federation-coins = Coins: { $right } of { $count }
federation-link = Link { $name } and { $who }
federation-share-out = Share out the others
federation-clear = Start again
federation-ready = Ready!
federation-results = See the results
federation-level = Level { $number } of { $count }
federation-working = Conversations still working: { $right } of { $count }
federation-biggest = Biggest server: { $right } of { $count } people
federation-results-title = { $age ->
    [young] Who could still talk?
   *[other] One basket, or many?
}
# The results, as a row of ten friends: how many could still talk, on average.
federation-friends-talked = { $right ->
    [0] Not one friend out of { $count } could still talk.
    [one] { $right } friend out of { $count } could still talk.
   *[other] { $right } friends out of { $count } could still talk.
}
federation-one-giant = One giant server
federation-your-network = Your network
federation-giant-survived = { $number }% of the conversations still worked after each event.
federation-giant-held = { $age ->
    [young] One server had { $number }% of the people.
   *[other] One server held { $number }% of the people and all their messages.
}
federation-ours-survived = { $age ->
    [young] { $number }% of the talks still worked, on average.
   *[other] { $number }% of the conversations still worked after each event, on average.
}
federation-ours-held = { $age ->
    [young] The biggest server had { $number }% of the people.
   *[other] The biggest server held { $number }% of the people: no server had everybody’s messages.
}
federation-next-level = Next level
federation-again = Play again
federation-legend-talks = Can still talk to all their friends
federation-legend-cut = Lost some conversations
federation-legend-alone = Can talk to nobody
federation-legend-down = Their server is out
