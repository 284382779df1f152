# L’écran « Tes données ».

about-title = { $age ->
    [young] Tes données restent à toi
   *[other] Ce qu’Archipel fait de tes données
}
about-nothing-collected-title = { $age ->
    [young] Rien n’est gardé
   *[other] Rien de personnel n’est collecté
}
about-nothing-collected-body = { $age ->
    [young] Quand tu pars, Archipel oublie tout.
    [middle] Archipel ne garde ni ton nom, ni tes choix, ni ce que tu touches. Quand tu pars, l’écran repart de zéro pour la personne suivante.
   *[other] Archipel n’enregistre aucune donnée personnelle : ni nom, ni photo, ni historique de tes choix. Ce que tu fais ici reste dans la mémoire de l’ordinateur le temps de ta visite, puis est effacé.
}
about-no-account-title = Pas de compte
about-no-account-body = { $age ->
    [young] Pas besoin de donner ton nom pour jouer.
    [middle] Tu n’as rien à remplir : pas d’inscription, pas d’adresse e-mail, pas de mot de passe.
   *[other] Aucune inscription, aucune adresse e-mail, aucun mot de passe : tu n’as rien à donner pour utiliser Archipel.
}
about-no-network-title = { $age ->
    [young] Pas d’Internet
   *[other] Aucune connexion au réseau
}
about-no-network-body = { $age ->
    [young] Archipel marche sans Internet. Rien ne part ailleurs.
    [middle] Archipel fonctionne sans Internet. Il n’envoie rien nulle part : tout est dans cet ordinateur.
   *[other] Archipel n’ouvre aucune connexion réseau, jamais. Les textes, images et sons sont dans le programme lui-même ; rien n’est envoyé à un serveur.
}
about-counters = { $age ->
    [young] Archipel compte seulement combien d’enfants ont joué, sans aucun nom.
    [middle] Archipel compte seulement les visites et les activités ouvertes, heure par heure, sans aucun nom. Ces chiffres restent dans cet ordinateur, pour l’animateur.
   *[other] La seule chose qu’Archipel garde : des compteurs anonymes (visites, activités ouvertes et terminées, langue et âge choisis), heure par heure, jamais plus précis. Ils restent dans cet ordinateur. Archipel est un logiciel libre : tout le monde peut vérifier ce qui est écrit ici dans son code.
}
