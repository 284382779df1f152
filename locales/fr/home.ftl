# L’écran d’accueil.

home-app-name = Archipel
home-welcome = { $age ->
    [young] Bonjour ! Touche une image pour jouer.
    [middle] Bienvenue ! Choisis une activité.
   *[older] Bienvenue dans Archipel. Choisis une activité pour commencer.
}
home-age-young = 6 à 9 ans
home-age-middle = 10 à 13 ans
home-age-older = 14 ans et plus
home-about-tile = Tes données
home-about-summary = { $age ->
    [young] Ici, rien n’est gardé.
    [middle] Ce qu’Archipel fait (et ne fait pas) de tes données.
   *[older] Ce qu’Archipel fait (et ne fait pas) de tes données.
}
home-stickers-count = { $count } sur { $total }
home-stickers = Autocollants : { $count } sur { $total }
