# Ton petit hébergeur.

own_host-intro = { $age ->
    [older] Ton club fait tourner un petit hébergeur pour ton école : deux serveurs d’occasion chez un hébergeur associatif. Six semestres : choisis ce que font les bénévoles de leurs heures et de l’argent du club. Tout ce que tu ouvres demande ensuite des heures à chaque semestre.
   *[other] Ton club fait tourner un petit hébergeur pour ton école : deux vieux serveurs, quelques bénévoles. Pendant six semestres, choisis ce que font les bénévoles. Attention : chaque service ouvert demande des heures à chaque semestre !
}
own_host-plan-hint = { $age ->
    [older] Choisis le travail du semestre. Les services déjà ouverts prennent leurs heures en premier.
   *[other] Choisis ce que font les bénévoles ce semestre.
}
own_host-semester = Semestre { $number } sur { $count }
own_host-hours-left = Heures restantes : { $right } sur { $count }
own_host-end-semester = Finir le semestre
own_host-graduated = { $number ->
    [0] Personne n’a quitté l’école cette année.
    [one] Un bénévole formé a eu son diplôme et il est parti.
   *[other] { $number } bénévoles formés ont eu leur diplôme et ils sont partis.
}
own_host-closed = Plus personne de formé : { $number } services ont dû fermer.
own_host-too-much = Attention : tes services demandent plus d’heures que tes bénévoles n’en ont !
own_host-hours = { $number } heures de bénévoles, dont { $count } pour les services
own_host-money = { $number } €
own_host-members = { $right } formés, { $count } qui apprennent
own_host-happiness = Utilisateurs contents : { $number } %
own_host-users = { $number } utilisateurs
own_host-services-title = Tes services
own_host-no-service = Aucun service ouvert pour l’instant.
own_host-service-line = { $number } utilisateurs · { $count } h par semestre
own_host-actions-title = Ce semestre
own_host-cost = { $number } h
own_host-cost-money = { $number } h · { $count } €
own_host-open = Ouvrir : { $name }
own_host-workshop = Atelier ou install party
own_host-workshop-what = { $age ->
    [older] Des nouveaux arrivent, et tu rencontres du monde. 10 € pour les affiches.
   *[other] De nouveaux membres te rejoignent. 10 € pour les affiches.
}
own_host-train = Former les nouveaux
own_host-train-what = { $age ->
    [older] Deux nouveaux apprennent à gérer les serveurs (documentation, binômes).
   *[other] Deux nouveaux apprennent à faire tourner les serveurs.
}
own_host-backup = Tout sauvegarder
own_host-backup-what = { $age ->
    [older] Une copie hors site des données de chaque service, vérifiée.
   *[other] Une copie de tout, rangée ailleurs.
}
own_host-update = Faire les mises à jour de sécurité
own_host-update-what = { $age ->
    [older] Système et services corrigés, certificats renouvelés.
   *[other] Boucher les trous que des pirates pourraient utiliser.
}
own_host-improve = Améliorer un service
own_host-improve-what = Plus joli, plus rapide, mieux expliqué : les utilisateurs sont plus contents.
own_host-why-hours = Pas assez d’heures
own_host-why-money = Pas assez d’argent
own_host-why-skills = Personne de formé pour ça
own_host-why-running = Déjà ouvert
own_host-why-nothing-open = Aucun service ouvert

own_host-next-semester = Semestre suivant
own_host-see-report = Voir le bulletin
own_host-overloaded = Tes services demandaient plus d’heures que tes bénévoles n’en avaient : des choses ont cassé, les utilisateurs ont attendu.
own_host-event-disk-title = Un disque est mort !
own_host-event-disk = { $age ->
    [older] Un des deux serveurs a perdu un disque dur pendant la nuit.
   *[other] Un des disques des serveurs a cassé pendant la nuit.
}
own_host-event-flaw-title = Une faille de sécurité
own_host-event-flaw = { $age ->
    [older] Une faille a été trouvée dans un logiciel de tes services ; des pirates la cherchent déjà.
   *[other] Quelqu’un a trouvé un trou dans le logiciel de tes services.
}
own_host-event-request-title = « Pourquoi vous ne proposez pas ça aussi ? »
own_host-event-request = Le club de théâtre te demande d’ouvrir un service de plus : { $name }. Tes bénévoles devraient s’en occuper à chaque semestre.
own_host-event-google-title = « Celui de Google est mieux »
own_host-event-google = { $age ->
    [older] « Votre service, il est cool, mais celui de Google est mieux : personne ne va changer pour le vôtre. »
   *[other] Un camarade te dit : « Ton service est sympa, mais celui de Google est mieux ! »
}
own_host-event-rush-title = Un succès !
own_host-event-rush = Une professeure parle de ton service le plus utilisé à toutes les classes : de nouveaux utilisateurs arrivent d’un coup.
own_host-event-donation-title = Un membre bienfaiteur
own_host-event-donation = Une association du quartier devient membre bienfaitrice et donne 100 € au club.
own_host-outcome-restored = Tu avais une sauvegarde : tout a été remis en place. Personne n’a rien perdu.
own_host-outcome-lost = Pas de sauvegarde : ce qui était sur le disque est perdu, les pads avec. Les utilisateurs sont tristes.
own_host-outcome-nothing-yet = Par chance, rien n’y tournait encore : rien n’est perdu. La prochaine fois, fais une sauvegarde !
own_host-outcome-patched = Tes mises à jour avaient déjà bouché le trou. Il ne s’est rien passé.
own_host-outcome-breached = Les mises à jour n’étaient pas faites : il a fallu arrêter un service et le nettoyer. Les utilisateurs sont mécontents.
own_host-outcome-accepted = Le nouveau service est ouvert. Il demandera des heures à chaque semestre.
own_host-outcome-redirected = Tu les as envoyés vers un autre petit hébergeur du collectif. Ce qui marche déjà reste solide.
own_host-outcome-improved = Tu amélioreras le service au prochain semestre (5 heures) : les utilisateurs sont déjà plus contents.
own_host-outcome-explained = Tu as expliqué ce que le club fait de leurs données : rien. Certains sont convaincus.
own_host-outcome-coped = Assez de bénévoles formés : les serveurs tiennent le coup. Bienvenue aux nouveaux !
own_host-outcome-swamped = Trop peu de bénévoles formés : les services rament et les utilisateurs râlent.
own_host-outcome-donated = 100 € de plus pour le club !
own_host-choice-accept = Oui, on l’ouvre
own_host-choice-redirect = Les envoyer vers un autre hébergeur
own_host-choice-improve = Améliorer notre service
own_host-choice-explain = Expliquer pourquoi c’est important

own_host-report-title = Le bulletin de ton club
own_host-report-line = { $right } choses difficiles sur { $count } se sont bien passées.
own_host-report-messages = messages par jour
own_host-report-pads = pads écrits
own_host-report-people = personnes touchées
own_host-report-members = membres
own_host-report-services = services encore ouverts
own_host-hard-title = Les trois choses difficiles d’un petit hébergeur
own_host-hard-skills-good = Les compétences : tu as formé des nouveaux, l’hébergeur continue quand les étudiants partent.
own_host-hard-skills-hard = Les compétences : quand les étudiants sont partis, leur savoir est parti avec eux. Forme des nouveaux chaque année !
own_host-hard-no-good = Dire non : tu n’as jamais ouvert plus que tes bénévoles ne pouvaient faire tourner.
own_host-hard-no-hard = Dire non : tes services demandaient plus d’heures que tu n’en avais. Dire « pas nous, mais un autre hébergeur » protège ce qui marche.
own_host-hard-convincing-good = Convaincre : tes utilisateurs te font confiance et savent pourquoi c’est important.
own_host-hard-convincing-hard = Convaincre : c’est difficile ! Explique pourquoi c’est important, petit à petit.
own_host-lesson = { $age ->
    [older] Un petit hébergeur, c’est modeste. Le collectif, lui, ne l’est pas. Tu peux en utiliser un, en rejoindre un, ou en aider un.
   *[other] Un petit hébergeur, c’est petit. Tous ensemble, c’est grand. Tu peux en utiliser un, en rejoindre un, ou en aider un !
}
own_host-to-map = Voir les petits hébergeurs sur la carte
own_host-to-picker = Trouver des services libres
own_host-again = Rejouer

own_host-young-scene = Le petit serveur du club
own_host-young-day = Jour { $number } sur { $count }
own_host-young-end = Le petit serveur a tenu trois jours !
own_host-young-storm = L’orage est passé. Les dessins sont à l’abri !
own_host-need-hot = Le petit serveur a trop chaud ! De quoi a-t-il besoin ?
own_host-need-unplugged = Oh non, la prise est sortie ! De quoi a-t-il besoin ?
own_host-need-storm = Un orage arrive ! Comment garder les dessins ?
own_host-need-friend = Un ami veut venir. Il y a de la place !
own_host-need-full = Un autre ami veut venir. Toutes les places sont prises.
own_host-answer-fan = Un ventilateur
own_host-answer-plug = La prise
own_host-answer-copy = Une copie des dessins
own_host-answer-welcome = Entre !
own_host-answer-not-today = Pas aujourd’hui
own_host-answer-blanket = Une couverture
