# The "Your data" screen.

about-title = { $age ->
    [young] Your data stays yours
   *[other] What Archipel does with your data
}
about-nothing-collected-title = { $age ->
    [young] Nothing is kept
   *[other] Nothing personal is collected
}
about-nothing-collected-body = { $age ->
    [young] When you leave, Archipel forgets everything you did.
    [middle] Archipel keeps no name, no choices, nothing you touched. When you leave, the screen starts fresh for the next person.
   *[other] Archipel records no personal data: no name, no photo, no history of your choices. What you do here stays in the computer's memory during your visit, then it is wiped.
}
about-no-account-title = No account
about-no-account-body = { $age ->
    [young] You do not need to give your name to play.
    [middle] Nothing to fill in: no sign-up, no e-mail address, no password.
   *[other] No sign-up, no e-mail address, no password: you give nothing to use Archipel.
}
about-no-network-title = { $age ->
    [young] No Internet
   *[other] No network connection
}
about-no-network-body = { $age ->
    [young] Archipel works without the Internet. Nothing goes anywhere.
    [middle] Archipel works without the Internet. It sends nothing anywhere: everything is inside this computer.
   *[other] Archipel never opens a network connection. Its texts, pictures and sounds are inside the program itself; nothing is sent to a server.
}
about-counters = { $age ->
    [young] Archipel only counts how many children played, with no names.
    [middle] Archipel only counts visits and the activities opened, hour by hour, with no names. These numbers stay in this computer, for the facilitator.
   *[other] The only thing Archipel keeps: anonymous counters (visits, activities opened and finished, language and age band chosen), hour by hour, never finer. They stay in this computer. Archipel is free software: anyone can check in its code what this page says.
}
