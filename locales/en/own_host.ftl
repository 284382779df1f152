# Run your own little host.

own_host-intro = { $age ->
    [older] Your club runs a small host for your school: two second-hand servers at a non-profit host. Six semesters: choose what the volunteers do with their hours and the club’s money. Everything you open needs hours every semester after.
   *[other] Your club runs a little host for your school: two old servers, a few volunteers. For six semesters, choose what the volunteers do. Careful: each service you open needs hours every semester!
}
own_host-plan-hint = { $age ->
    [older] Choose this semester’s work. The services already open take their hours first.
   *[other] Choose what the volunteers do this semester.
}
own_host-semester = Semester { $number } of { $count }
own_host-hours-left = Hours left: { $right } of { $count }
own_host-end-semester = End the semester
own_host-graduated = { $number ->
    [0] Nobody graduated this year.
    [one] A trained volunteer graduated and left.
   *[other] { $number } trained volunteers graduated and left.
}
own_host-closed = Nobody trained was left: { $number } services had to close.
own_host-too-much = Careful: your services need more hours than your volunteers have!
own_host-hours = { $number } volunteer hours, { $count } for the services
own_host-money = €{ $number }
own_host-members = { $right } trained, { $count } learning
own_host-happiness = Happy users: { $number } %
own_host-users = { $number } users
own_host-services-title = Your services
own_host-no-service = No service open yet.
own_host-service-line = { $number } users · { $count } h a semester
own_host-actions-title = This semester
own_host-cost = { $number } h
own_host-cost-money = { $number } h · €{ $count }
own_host-open = Open: { $name }
own_host-workshop = Workshop or install party
own_host-workshop-what = { $age ->
    [older] Newcomers join, and you meet people. €10 for the posters.
   *[other] New members join you. €10 for the posters.
}
own_host-train = Train the newcomers
own_host-train-what = { $age ->
    [older] Two newcomers learn to run the servers (documentation, pairing).
   *[other] Two newcomers learn to run the servers.
}
own_host-backup = Back up everything
own_host-backup-what = { $age ->
    [older] An off-site copy of every service’s data, checked.
   *[other] A copy of everything, kept somewhere else.
}
own_host-update = Apply the security updates
own_host-update-what = { $age ->
    [older] System and services patched, certificates renewed.
   *[other] Close the holes attackers could use.
}
own_host-improve = Improve a service
own_host-improve-what = Nicer, faster, better explained: users are happier.
own_host-why-hours = Not enough hours
own_host-why-money = Not enough money
own_host-why-skills = Nobody trained for it
own_host-why-running = Already open
own_host-why-nothing-open = No service open yet

own_host-next-semester = Next semester
own_host-see-report = See the report
own_host-overloaded = Your services needed more hours than your volunteers had: things broke, users waited.
own_host-event-disk-title = A disk died!
own_host-event-disk = { $age ->
    [older] One of the two servers lost a hard disk overnight.
   *[other] One of the servers’ disks broke in the night.
}
own_host-event-flaw-title = A security flaw
own_host-event-flaw = { $age ->
    [older] A flaw was found in software your services use; attackers already scan for it.
   *[other] Someone found a hole in the software of your services.
}
own_host-event-request-title = “Why don’t you offer that too?”
own_host-event-request = The drama club asks you to open one more service: { $name }. Your volunteers would have to run it every semester.
own_host-event-google-title = “Google’s is better”
own_host-event-google = { $age ->
    [older] “Your service is nice, but Google’s is better, so nobody will switch to yours.”
   *[other] A classmate says: “Your service is cool, but Google’s is better!”
}
own_host-event-rush-title = A success!
own_host-event-rush = A teacher tells every class about your most used service: new users arrive all at once.
own_host-event-donation-title = A supporting member
own_host-event-donation = A local association becomes a supporting member and gives the club €100.
own_host-outcome-restored = You had a backup: everything was put back. Nobody lost anything.
own_host-outcome-lost = No backup: what was on the disk is gone, the pads with it. Users are sad.
own_host-outcome-nothing-yet = Luckily, nothing ran on it yet: nothing was lost. Next time, make a backup!
own_host-outcome-patched = Your updates had already closed the hole. Nothing happened.
own_host-outcome-breached = The updates were not done: a service had to be taken down and cleaned. Users are unhappy.
own_host-outcome-accepted = The new service is open. It will need hours every semester from now on.
own_host-outcome-redirected = You sent them to another small host of the collective. What already works stays safe.
own_host-outcome-improved = You will improve the service next semester (5 hours): users are already happier.
own_host-outcome-explained = You explained what the club does with their data: nothing. Some are convinced.
own_host-outcome-coped = Enough trained volunteers: the servers keep up. Welcome to the new users!
own_host-outcome-swamped = Too few trained volunteers: the services are slow and users grumble.
own_host-outcome-donated = €100 more for the club!
own_host-choice-accept = Yes, we open it
own_host-choice-redirect = Send them to another host
own_host-choice-improve = Improve our service
own_host-choice-explain = Explain why it matters

own_host-report-title = Your club’s report card
own_host-report-line = { $right } of { $count } hard things went well.
own_host-report-messages = messages a day
own_host-report-pads = pads written
own_host-report-people = people reached
own_host-report-members = members
own_host-report-services = services still open
own_host-hard-title = The three hard things of a small host
own_host-hard-skills-good = Skills: you trained newcomers, so the host lives on when students leave.
own_host-hard-skills-hard = Skills: when students left, the skills left with them. Train newcomers every year!
own_host-hard-no-good = Saying no: you never opened more than your volunteers could run.
own_host-hard-no-hard = Saying no: the services needed more hours than you had. Saying “not us, but another host” protects what works.
own_host-hard-convincing-good = Convincing: your users trust you and know why it matters.
own_host-hard-convincing-hard = Convincing: it is hard! Explain why it matters, a little at a time.
own_host-lesson = { $age ->
    [older] A small host is modest. The collective together is not. You can use one, join one, or help one.
   *[other] A little host is small. All the little hosts together are big. You can use one, join one, or help one!
}
own_host-to-map = See small hosts on the map
own_host-to-picker = Find free services
own_host-again = Play again

own_host-young-scene = The club’s little server
own_host-young-day = Day { $number } of { $count }
own_host-young-end = The little server ran for three days!
own_host-young-storm = The storm came. The drawings are safe!
own_host-need-hot = The little server is too hot! What does it need?
own_host-need-unplugged = Oh no, the plug came out! What does it need?
own_host-need-storm = A storm is coming! How do we keep the drawings?
own_host-need-friend = A friend wants to join. There is room!
own_host-need-full = Another friend wants to join. All the seats are taken.
own_host-answer-fan = A fan
own_host-answer-plug = The plug
own_host-answer-copy = A copy of the drawings
own_host-answer-welcome = Come in!
own_host-answer-not-today = Not today
own_host-answer-blanket = A blanket
