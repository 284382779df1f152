# Secret message

secret_message-choose-title = Pick a message
secret_message-choose-hint = { $age ->
    [young] Which picture do you want to send to your friend?
   *[other] Choose the word you will send to your friend. A messenger will carry it… and he is very curious.
}
secret_message-encode-title = Turn the wheel
secret_message-encode-hint = { $age ->
    [young] Turn the wheel: each letter changes into another one. Then send it!
   *[other] Each letter of the outer ring becomes the letter under it on the inner ring. Turn the wheel to choose your secret key, then send.
}
secret_message-your-word = Your word
secret_message-coded = What the messenger will see
secret_message-key = Key: { $number }
secret_message-turn-back = Turn the wheel back
secret_message-turn-on = Turn the wheel on
secret_message-send = Send
secret_message-postman-title = The curious messenger
secret_message-postman-hint = { $age ->
    [young] The messenger tries to read your message. He can’t!
   *[other] The messenger opens the envelope… and sees only letters that mean nothing.
}
secret_message-postman-says = “{ $name }”? What does that mean?
secret_message-be-postman = Now you are the messenger!
secret_message-crack-title = Be the messenger
secret_message-crack-hint = { $age ->
    [young] Someone sent a secret word. Turn the wheel until you can read it!
   *[other] You intercepted a coded word, and you don’t know the key. Turn the wheel until the word makes sense.
}
secret_message-intercepted = The coded word
secret_message-attempt = Read with your wheel
secret_message-cracked-title = { $tries ->
    [one] Cracked in 1 turn!
   *[other] Cracked in { $tries } turns!
}
secret_message-next-level = Next: the padlock box
secret_message-padlock-title = The padlock box
secret_message-alice = Alice
secret_message-postman = The messenger
secret_message-bob = Bob
secret_message-padlock = Alice’s padlock
secret_message-key-thing = Alice’s key
secret_message-box = Bob’s box
secret_message-step-send-padlock = { $age ->
    [young] Bob wants to send a secret to Alice. First, Alice sends Bob her open padlock. Drag it to Bob.
   *[other] Bob wants to send Alice a secret. Alice keeps her key and sends Bob her open padlock: drag the padlock to Bob.
}
secret_message-step-lock-box = { $age ->
    [young] Bob puts his letter in the box. Drag the padlock onto the box to lock it.
   *[other] Bob puts his letter in the box and locks it with Alice’s padlock: drag the padlock onto the box.
}
secret_message-step-send-box = The box is locked. Send it to Alice: the messenger will carry it.
secret_message-step-open-box = { $age ->
    [young] Only Alice’s key opens her padlock. Drag the key onto the box.
   *[other] Only Alice’s key opens her padlock: drag the key onto the box. (Or let the messenger try to open it…)
}
secret_message-refusal-key = { $age ->
    [young] No! Alice keeps her key. Whoever has the key can open the box.
   *[other] No: Alice never gives her key away. Whoever holds it can open every box locked with her padlock.
}
secret_message-refusal-open-box = The box is still open. The messenger could read the letter! Lock it first.
secret_message-refusal-postman = The messenger tries… but he has no key for Alice’s padlock. The box stays shut!
secret_message-refusal-not-now = That doesn’t go there now. Look at what the sentence above says.
secret_message-e2e-title = End to end, or not?
secret_message-e2e-question = You send “See you at 5” to a friend. Look at the highlighted route: can the server in the middle read the message?
secret_message-e2e-wrong = Not quite: look at what the server holds. An open letter with its key, or a locked box without one?
secret_message-route-server = The service keeps the key (encrypted only up to its server)
secret_message-route-e2e = End-to-end encryption (only the two phones have keys)
secret_message-e2e-yes = Yes, it can read it
secret_message-e2e-no = No, it can’t
secret_message-finish = Finish
secret_message-end-title = Well done, secret agent!
secret_message-end-body = { $age ->
    [young] You hid a message and found a secret word. Only Alice could open the box.
   *[other] You hid a message, cracked one, and sent a box that only its receiver could open. Here is what to remember.
}
secret_message-see-map = Follow a message on the map
secret_message-again = Play again
secret_message-next-e2e = Next: end to end, or not?
secret_message-e2e-right = Right: the server holds the key, so it can open the message.
secret_message-bob-letter = “See you at 5 at the park!”
