# Le choix des alternatives.

alternatives-choose-prompt = { $age ->
    [young] Quelles applis vois-tu à la maison ? Touche celles que tu connais !
    [middle] Quels services utilises-tu ? Touche ceux que tu connais.
   *[older] Quels services utilises-tu ? Sélectionne-les, on te montre par quoi les remplacer.
}
alternatives-selected-count = { $count ->
    [0] Rien de choisi pour l’instant
    [one] 1 service choisi
   *[other] { $count } services choisis
}
alternatives-show-me = Montre-moi
alternatives-results-prompt = { $age ->
    [young] Touche celle que tu veux essayer.
    [middle] Voici des outils libres. Choisis-en un par service.
   *[older] Des alternatives libres : filtre selon ce qui compte pour toi, puis choisis-en une par service.
}
alternatives-filters = Je veux :
alternatives-none-match = Aucune alternative ne coche toutes ces cases. Enlève un filtre.
alternatives-instead-of = À la place de
alternatives-owned-by = appartient à { $company }
alternatives-change-services = Mes services
alternatives-plan-count = { $count ->
    [0] Ton plan est vide
    [one] 1 choix dans ton plan
   *[other] { $count } choix dans ton plan
}
alternatives-my-plan = Mon plan

alternatives-criterion-free-licence = { $age ->
    [older] Licence libre
   *[other] Libre
}
alternatives-criterion-no-ads = { $age ->
    [young] Pas de pub
   *[other] Sans pub ni pistage
}
alternatives-criterion-decentralized = { $age ->
    [older] Décentralisé
   *[other] Pas de chef unique
}
alternatives-criterion-small-host = { $age ->
    [older] Petit hébergeur ou chez soi
   *[other] Chez une asso
}
alternatives-criterion-no-account = { $age ->
    [young] Sans compte
   *[other] Sans compte
}
alternatives-criterion-easy = { $age ->
    [young] Facile
   *[other] Facile à changer
}

alternatives-arch-federated = fédéré
alternatives-arch-instances = plein de serveurs indépendants
alternatives-arch-p2p = de pair à pair
alternatives-arch-device = sur ton appareil
alternatives-arch-central = un seul serveur

alternatives-platform-web = Web
alternatives-platform-android = Android
alternatives-platform-ios = iPhone
alternatives-platform-windows = Windows
alternatives-platform-macos = Mac
alternatives-platform-linux = Linux

# Le haut de l’écran du plan, quand le plan est prêt.
alternatives-plan-done = Ton plan est prêt !
# Un interrupteur : la carte à emporter porte les autocollants gagnés, ou non.
alternatives-stickers-on-card = Mettre mes autocollants sur la carte
# Sur la carte à emporter, au-dessus des autocollants du visiteur.
alternatives-card-stickers = Mes autocollants du stand
alternatives-plan-title = Mon plan
alternatives-plan-intro = { $age ->
    [young] Ce que je vais essayer :
    [middle] Un petit pas à la fois. Voici ce que je vais essayer :
   *[older] Un petit pas à la fois : voici ce que je vais essayer en premier.
}
alternatives-qr-heading = Mon plan, fait avec Archipel
alternatives-qr-heading-at = Mon plan, fait avec Archipel — { $stand }
alternatives-qr-caption = Photographie ce code avec un téléphone. Tu gardes ton plan.
alternatives-card-footer = Fait avec Archipel, sans Internet, sans rien collecter.
alternatives-back-to-results = Retour
alternatives-start-again = Recommencer
alternatives-save-card = Enregistrer la carte
alternatives-card-file-name = mon-plan-archipel.png
alternatives-qr-more = { $count ->
    [one] + 1 autre choix
   *[other] + { $count } autres choix
}
