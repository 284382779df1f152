# Textes partagés par tous les écrans.

# Le nom de la langue, dans la langue elle-même (bouton de langue).
common-language-name = Français
common-listen = Écouter
# Le guide, un petit chaton qui donne les consignes aux 6-9 ans : son nom (lu par les lecteurs d’écran).
common-guide-name = Miette, le chaton
# Sur un écran de fin, à côté de l’autocollant que le visiteur vient de gagner.
common-new-sticker = Un nouvel autocollant !
common-home = Accueil
common-save-busy = Un enregistrement est déjà en cours, patiente un instant.
common-saved = C’est enregistré ! { $file }
common-saved-to = C’est enregistré ! Le fichier est ici : { $path }
common-save-failed = Impossible d’enregistrer le fichier. Demande de l’aide à un animateur.
