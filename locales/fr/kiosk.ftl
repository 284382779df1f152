# Le mode borne : écran d’accueil animé, « Tu es encore là ? », code PIN.

kiosk-touch-to-start = Touche l’écran pour commencer
kiosk-still-there = { $age ->
    [young] Tu es encore là ?
   *[other] Tu es toujours là ?
}
kiosk-still-there-body = { $age ->
    [young] Touche l’écran pour continuer à jouer.
    [middle] Touche l’écran pour continuer. Sinon, tout recommence pour la personne suivante.
   *[other] Touche l’écran pour continuer. Sinon, Archipel efface ta visite et attend la personne suivante.
}
kiosk-still-here = Je suis là !
kiosk-activity-crashed = { $age ->
    [young] Oups, ce jeu a eu un souci. Choisis-en un autre !
   *[other] Oups, cette activité a rencontré un problème et s’est fermée. Tu peux en choisir une autre.
}
kiosk-pin-title = Code de l’animateur
kiosk-pin-erase = Effacer
kiosk-pin-ok = Valider
kiosk-pin-cancel = Annuler
kiosk-pin-wrong = { $tries ->
    [one] Code incorrect. Encore 1 essai.
   *[other] Code incorrect. Encore { $tries } essais.
}
kiosk-pin-locked = Trop d’essais. Réessaie dans { $seconds } s.
kiosk-settings-not-saved = Les réglages n’ont pas pu être enregistrés ; ils s’appliquent jusqu’à la fermeture.
