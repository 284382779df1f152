# Message secret

secret_message-choose-title = Choisis un message
secret_message-choose-hint = { $age ->
    [young] Quelle image veux-tu envoyer à ton ami ?
   *[other] Choisis le mot que tu vas envoyer à ton ami. Un messager va le porter… et il est très curieux.
}
secret_message-encode-title = Tourne la roue
secret_message-encode-hint = { $age ->
    [young] Tourne la roue : chaque lettre devient une autre lettre. Puis envoie !
   *[other] Chaque lettre de l’anneau extérieur devient la lettre juste en dessous sur l’anneau intérieur. Tourne la roue pour choisir ta clé secrète, puis envoie.
}
secret_message-your-word = Ton mot
secret_message-coded = Ce que verra le messager
secret_message-key = Clé : { $number }
secret_message-turn-back = Tourner la roue en arrière
secret_message-turn-on = Tourner la roue en avant
secret_message-send = Envoyer
secret_message-postman-title = Le messager curieux
secret_message-postman-hint = { $age ->
    [young] Le messager essaie de lire ton message. Il n’y arrive pas !
   *[other] Le messager ouvre l’enveloppe… et ne voit que des lettres qui ne veulent rien dire.
}
secret_message-postman-says = « { $name } » ? Qu’est-ce que ça veut dire ?
secret_message-be-postman = À toi d’être le messager !
secret_message-crack-title = Joue le messager
secret_message-crack-hint = { $age ->
    [young] Quelqu’un a envoyé un mot secret. Tourne la roue jusqu’à pouvoir le lire !
   *[other] Tu as intercepté un mot codé, sans connaître la clé. Tourne la roue jusqu’à ce que le mot ait un sens.
}
secret_message-intercepted = Le mot codé
secret_message-attempt = Lu avec ta roue
secret_message-cracked-title = { $tries ->
    [one] Trouvé en 1 tour !
   *[other] Trouvé en { $tries } tours !
}
secret_message-next-level = Suite : la boîte à cadenas
secret_message-padlock-title = La boîte à cadenas
secret_message-alice = Alice
secret_message-postman = Le messager
secret_message-bob = Bob
secret_message-padlock = Le cadenas d’Alice
secret_message-key-thing = La clé d’Alice
secret_message-box = La boîte de Bob
secret_message-step-send-padlock = { $age ->
    [young] Bob veut envoyer un secret à Alice. D’abord, Alice envoie son cadenas ouvert à Bob. Fais-le glisser jusqu’à Bob.
   *[other] Bob veut envoyer un secret à Alice. Alice garde sa clé et envoie à Bob son cadenas ouvert : fais glisser le cadenas jusqu’à Bob.
}
secret_message-step-lock-box = { $age ->
    [young] Bob met sa lettre dans la boîte. Fais glisser le cadenas sur la boîte.
   *[other] Bob met sa lettre dans la boîte et la ferme avec le cadenas d’Alice : fais glisser le cadenas sur la boîte.
}
secret_message-step-send-box = La boîte est fermée. Envoie-la à Alice : le messager va la porter.
secret_message-step-open-box = { $age ->
    [young] Seule la clé d’Alice ouvre son cadenas. Fais glisser la clé sur la boîte.
   *[other] Seule la clé d’Alice ouvre son cadenas : fais glisser la clé sur la boîte. (Ou laisse le messager essayer de l’ouvrir…)
}
secret_message-refusal-key = { $age ->
    [young] Non ! Alice garde sa clé. Celui qui a la clé peut ouvrir la boîte.
   *[other] Non : Alice ne donne jamais sa clé. Celui qui l’a peut ouvrir toutes les boîtes fermées avec son cadenas.
}
secret_message-refusal-open-box = La boîte est encore ouverte. Le messager pourrait lire la lettre ! Ferme-la d’abord.
secret_message-refusal-postman = Le messager essaie… mais il n’a pas de clé pour le cadenas d’Alice. La boîte reste fermée !
secret_message-refusal-not-now = Ça ne va pas là pour l’instant. Regarde ce que dit la phrase au-dessus.
secret_message-e2e-title = De bout en bout, ou pas ?
secret_message-e2e-question = Tu envoies « On se voit à 17 h » à un ami. Regarde le trajet en surbrillance : le serveur au milieu peut-il lire le message ?
secret_message-e2e-wrong = Pas tout à fait : regarde ce que tient le serveur. Une lettre ouverte avec sa clé, ou une boîte fermée sans clé ?
secret_message-route-server = Le service garde la clé (chiffré seulement jusqu’à son serveur)
secret_message-route-e2e = Chiffrement de bout en bout (seuls les deux téléphones ont les clés)
secret_message-e2e-yes = Oui, il peut le lire
secret_message-e2e-no = Non, il ne peut pas
secret_message-finish = Terminer
secret_message-end-title = Bravo, agent secret !
secret_message-end-body = { $age ->
    [young] Tu as caché un message et trouvé un mot secret. Seule Alice pouvait ouvrir la boîte.
   *[other] Tu as caché un message, cassé un code et envoyé une boîte que seul son destinataire pouvait ouvrir. Voici ce qu’il faut retenir.
}
secret_message-see-map = Suivre un message sur la carte
secret_message-again = Rejouer
secret_message-next-e2e = Suite : de bout en bout, ou pas ?
secret_message-e2e-right = Exact : le serveur a la clé, il peut donc ouvrir le message.
secret_message-bob-letter = « Rendez-vous au parc à 17 h ! »
