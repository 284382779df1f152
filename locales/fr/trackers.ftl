# Qui me suit ?

trackers-hint = { $age ->
    [young] De petites bêtes espionnent cette page. Touche-les pour les attraper !
   *[other] Des traqueurs sont accrochés à cette page. Touche chacun avant que son cercle soit plein !
}
trackers-pixel-hint = Un pixel invisible se cache quelque part sur la page. Allume la loupe et cherche-le !
trackers-page-done = { $age ->
    [young] Bravo ! On passe à la page suivante.
   *[other] Plus aucun traqueur sur cette page. À la suivante !
}
trackers-blocked = { $age ->
    [young] Attrapé !
   *[other] Bloqué : { $name } ({ $company }, { $country }).
}
trackers-sent = { $age ->
    [young] Oups, une bête s’est enfuie avec ce qu’elle a vu !
   *[other] Trop tard : un traqueur a envoyé ce qu’il a vu à son entreprise.
}
trackers-creature = Traqueur { $name }
trackers-page = Page { $number } sur { $count }
trackers-like = J’aime
trackers-ad = PUB
trackers-magnifier = Loupe
trackers-ready = C’est parti !
trackers-next-page = Page suivante
trackers-see-profile = Qu’ont-ils appris ?
trackers-sent-to = Ils l’ont envoyé à :
trackers-jar = { $count ->
    [0] Le bocal est vide
    [one] 1 traqueur dans le bocal
   *[other] { $count } traqueurs dans le bocal
}
trackers-end-title = Ce qu’ils ont appris sur toi
trackers-score = Traqueurs bloqués : { $right } sur { $count }.
trackers-profile = { $age ->
    [young] Ce qu’ils savent de toi
   *[other] Ton profil, fait de petits morceaux
}
trackers-profile-empty = { $age ->
    [young] Rien du tout ! Tu les as tous attrapés.
   *[other] Rien ! Tu as bloqué tous les traqueurs : aucun profil n’a pu être construit.
}
trackers-via = par { $name }
trackers-no-company = Aucune entreprise n’a rien obtenu de toi !
trackers-tips = { $age ->
    [young] Pour éloigner les petites bêtes
   *[other] Trois choses à faire
}
trackers-again = Rejouer
trackers-seen-before = { $age ->
    [young] Elle était déjà sur une autre page : elle te suit !
   *[other] Il t’avait déjà vu sur un autre site : il peut relier tes deux visites.
}
trackers-credit = Données sur les traqueurs : WhoTracks.me (CC BY 4.0), version de 2022 ; propriétaires vérifiés en 2026.
