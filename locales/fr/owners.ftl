# À qui c’est ?

owners-match-title = { $age ->
    [middle] Pose chaque appli sur l’entreprise à qui elle appartient.
   *[older] Fais glisser chaque appli vers sa maison mère.
}
owners-match-hint = Fais glisser une appli sur une île. Ou touche l’appli, puis l’île.
owners-memory-title = Retrouve chaque appli et l’entreprise à qui elle est !
owners-memory-hint = Retourne deux cartes. Une appli et son entreprise font une paire.
owners-progress = { $done } sur { $count } placées
owners-try-again = Presque : { $app } est à quelqu’un d’autre. Essaie une autre île !
owners-card = Carte { $number }
owners-done = Bravo !
owners-score = { $right } sur { $count } justes du premier coup.
owners-memory-score = Tu as trouvé toutes les paires ! Tu as retourné { $flips } cartes.
owners-why = { $age ->
    [young] Quelques grandes entreprises possèdent beaucoup des applis que tu connais.
    [middle] Quelques grandes entreprises possèdent la plupart des applis de tous les jours. Elles peuvent changer les règles, ajouter de la pub ou collecter plus de données, et cela change tout pour tout le monde d’un coup.
   *[older] Une poignée d’entreprises possèdent la plupart de nos applis. Chaque rachat réunit plus de données sur nous et nous laisse moins de vrais choix : quand une entreprise change ses règles, des millions de personnes doivent suivre.
}
owners-island = { $company }
    { $count ->
    [one] 1 appli
   *[other] { $count } applis
}
owners-picture = Toutes les applis du jeu, par propriétaire. Celles que tu as placées sont en couleur.
owners-alternatives = Trouver d’autres applis
owners-again = Rejouer
