# Textes partagés par tous les écrans.

# Le nom de la langue, dans la langue elle-même (bouton de langue).
common-language-name = Français
common-listen = Écouter
common-home = Accueil
common-save-busy = Un enregistrement est déjà en cours, patiente un instant.
common-saved = C’est enregistré ! { $file }
common-saved-to = C’est enregistré ! Le fichier est ici : { $path }
common-save-failed = Impossible d’enregistrer le fichier. Demande de l’aide à un animateur.
