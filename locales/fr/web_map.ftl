# La carte du Web.

web_map-map = La carte du Web
web_map-hint = { $age ->
    [young] Touche une image !
    [middle] Touche un endroit pour savoir ce que c’est. Pince ou utilise − et + pour zoomer.
   *[older] Touche un endroit pour savoir à quoi il sert. Glisse pour te déplacer, pince ou fais défiler pour zoomer.
}
web_map-layer-physical = { $age ->
    [young] Câbles
   *[other] Câbles et machines
}
web_map-layer-services = Services
web_map-layer-data = { $age ->
    [young] Qui regarde
   *[other] Qui voit tes données
}
web_map-zoom-in = Zoomer
web_map-zoom-out = Dézoomer
web_map-whole-map = Voir toute la carte
web_map-whole-journey = Voir tout le voyage
web_map-follow = Suivre un message
web_map-choose = { $age ->
    [young] Quel message veux-tu suivre ?
   *[other] Quel voyage veux-tu suivre ?
}
web_map-back-to-map = Retour à la carte
web_map-close = Fermer
web_map-run-by = Qui s’en occupe ? { $who }.
web_map-did-you-know = Le savais-tu ?
web_map-source = Source : { $source } · vérifié le { $date }
web_map-alternatives = Que puis-je utiliser d’autre ?

web_map-step = Étape { $step } sur { $count }
web_map-step-back = Étape précédente
web_map-step-forward = Étape suivante
web_map-play = Lecture
web_map-pause = Pause
web_map-replay = Recommencer
web_map-compare = Comparer
web_map-ask = { $age ->
    [young] À toi de jouer !
   *[other] Petites questions
}
web_map-sees-open-letter = { $age ->
    [young] Peut le lire
   *[other] Peut lire le message
}
web_map-sees-sealed-envelope = { $age ->
    [young] Voit seulement l’enveloppe
   *[other] Voit où va l’enveloppe, pas les mots
}
web_map-sees-locked-box = { $age ->
    [young] Porte une boîte fermée à clé
   *[other] Porte une boîte fermée à clé : ne peut pas lire
}

web_map-question-count = Question { $number } sur { $count }
web_map-right = { $age ->
    [young] Oui ! Bravo !
   *[other] C’est ça !
}
web_map-try-again = { $age ->
    [young] Pas celle-ci. Essaie une autre !
   *[other] Pas tout à fait. Essaie une autre réponse !
}
web_map-next-question = Question suivante
web_map-back-to-journey = Retour au voyage

web_map-compare-title = { $age ->
    [young] Qui a pu lire ton message ?
   *[other] Deux voyages côte à côte : qui a pu lire, qui a su ?
}
web_map-could-read = { $count ->
    [0] Personne en route n’a pu lire le message
    [one] organisation a pu lire le message
   *[other] organisations ont pu lire le message
}
web_map-knew = { $count ->
    [0] Personne n’a su qu’un message était envoyé
    [one] organisation a su que tu envoyais un message
   *[other] organisations ont su que tu envoyais un message
}
web_map-follow-journey = Suivre ce voyage
web_map-layer-kept = Une couche reste toujours allumée. Sans elle, la carte serait vide. Allume d’abord une autre couche.
