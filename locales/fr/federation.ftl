# Tous les œufs dans le même panier ?

federation-giant-title = Un seul serveur géant
federation-giant-intro = { $age ->
    [young] Tout le village parle par un gros ordinateur : un serveur.
   *[other] Tout le village discute en passant par un seul serveur géant. C’est simple… jusqu’au jour où quelque chose tourne mal.
}
federation-what-if = Et si… ?
federation-next-event = Un autre jour…
federation-build = Construire mieux
federation-build-title = De petits serveurs reliés entre eux
federation-build-hint = { $age ->
    [young] Installe 3 petits serveurs dans le village. Relie-les entre eux. Puis répartis les gens entre les serveurs.
   *[other] Installe de petits serveurs avec tes pièces et relie-les entre eux. Touche ensuite un serveur, puis des personnes pour les y installer.
}
federation-costs = Un serveur coûte 3 pièces, un lien 1 pièce.
# A kind of host already set up, greyed out in the shop.
federation-host-placed = { $name } (dans le village)
federation-coins = Pièces : { $right } sur { $count }
federation-link = Relier { $name } et { $who }
federation-share-out = Répartir les autres
federation-clear = Recommencer
federation-ready = C’est prêt !
federation-results = Voir les résultats
federation-level = Niveau { $number } sur { $count }
federation-working = Discussions qui marchent encore : { $right } sur { $count }
federation-biggest = Plus gros serveur : { $right } personnes sur { $count }
federation-results-title = { $age ->
    [young] Qui pouvait encore parler ?
   *[other] Un seul panier, ou plusieurs ?
}
# Les résultats, en une rangée de dix amis : combien pouvaient encore parler, en moyenne.
federation-friends-talked = { $right ->
    [0] Aucun ami sur { $count } ne pouvait encore parler.
    [one] { $right } ami sur { $count } pouvait encore parler.
   *[other] { $right } amis sur { $count } pouvaient encore parler.
}
federation-one-giant = Un seul serveur géant
federation-your-network = Ton réseau
federation-giant-survived = { $number } % des discussions marchaient encore après chaque événement.
federation-giant-held = { $age ->
    [young] Un seul serveur avait { $number } % des gens.
   *[other] Un seul serveur avait { $number } % des gens et tous leurs messages.
}
federation-ours-survived = { $age ->
    [young] { $number } % des discussions marchaient encore, en moyenne.
   *[other] { $number } % des discussions marchaient encore après chaque événement, en moyenne.
}
federation-ours-held = { $age ->
    [young] Le plus gros serveur avait { $number } % des gens.
   *[other] Le plus gros serveur avait { $number } % des gens : aucun serveur n’avait les messages de tout le monde.
}
federation-next-level = Niveau suivant
federation-again = Rejouer
federation-legend-talks = Peut encore parler à tous ses amis
federation-legend-cut = A perdu des discussions
federation-legend-alone = Ne peut parler à personne
federation-legend-down = Son serveur est coupé
