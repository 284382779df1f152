# Le panneau de l’animateur.

panel-title = Panneau de l’animateur
panel-close = Fermer le panneau
panel-locked = Réglé pour tout le parc d’ordinateurs (/etc/archipel/settings.toml) : non modifiable ici.
panel-problems = Problèmes rencontrés au démarrage
panel-visitors = Visiteurs
panel-languages-offered = Langues proposées aux visiteurs :
panel-default-language = Langue de départ :
panel-default-age = Âge de départ :
panel-activities = Activités affichées (et leur ordre)
panel-move-up = Monter { $name }
panel-move-down = Descendre { $name }
panel-stand = Le stand
panel-kiosk = Mode borne
panel-kiosk-help = En mode borne, Archipel occupe tout l’écran, ne peut pas être fermé par les visiteurs et repart de zéro après un temps sans activité. Le plein écran s’applique au prochain démarrage.
panel-idle = Temps sans activité avant « Tu es toujours là ? »
panel-sound = Son
panel-volume = Volume
panel-scale = Taille de l’interface
panel-scale-in-use = Cet écran est trop petit pour cette taille : { $scale } est utilisé, pour que tout tienne à l’écran.
panel-high-contrast = Contraste élevé
panel-stand-name = Nom du stand (écrit sur les cartes à emporter) :
panel-stand-name-hint = par exemple : Club info, Fête de la science 2026
panel-last-saved = Dernière carte enregistrée : { $path }
panel-pin = Code de l’animateur
panel-change-pin = Changer le code
panel-new-pin = Tape le nouveau code (4 à 8 chiffres) :
panel-new-pin-again = Tape-le une seconde fois :
panel-cancel = Annuler
panel-pin-ok = Valider
panel-pin-changed = Le code a été changé.
panel-pin-mismatch = Les deux codes ne sont pas identiques. Recommence.
panel-pin-help = Le code n’est jamais enregistré en clair, seulement une empreinte salée.
panel-stats = Statistiques du stand
panel-stats-help = Des compteurs anonymes, par heure : aucune donnée personnelle, rien n’est envoyé.
panel-today = Aujourd’hui
panel-all-time = Depuis le début
panel-sessions = Visites
panel-started = Activités ouvertes
panel-completed = Activités terminées
panel-crashes = Activités fermées sur erreur
panel-sessions-per-hour = Visites par heure aujourd’hui
panel-hour = Heure
panel-stats-file = Fichier : { $path }
panel-export-csv = Exporter en CSV
panel-reset-stats = Remettre à zéro
panel-reset-confirm = Effacer tous les compteurs ?
panel-yes-reset = Oui, effacer
panel-quit-section = Quitter
panel-quit = Quitter Archipel
panel-quit-confirm = Fermer Archipel maintenant ?
panel-yes-quit = Oui, quitter

panel-packs = Paquets de contenu
panel-packs-none = Aucun paquet de contenu trouvé. Placez-en un dans ~/.local/share/archipel/packs (cet ordinateur) ou /etc/archipel/packs (tous les ordinateurs), ou lancez Archipel avec --pack DOSSIER.
panel-pack-use = Utiliser { $name }
panel-pack-refused = Non utilisé : { $count ->
    [one] un problème
   *[other] { $count } problèmes
} (le contenu intégré et les autres paquets fonctionnent toujours).

panel-voice = La voix
panel-voice-on = Boutons « Écouter » (lire les textes à voix haute)
panel-voice-auto = Chaque consigne est lue toute seule pour les 6 à 9 ans
panel-voice-rate = Vitesse de la voix
panel-voice-volume = Volume de la voix
panel-voice-looking = Recherche du service de synthèse vocale…
panel-voice-none = Aucun service de synthèse vocale, ou aucune voix, n’a été trouvé : les boutons « Écouter » sont cachés. Il faut installer speech-dispatcher et speech-dispatcher-espeak-ng.
panel-voice-found = Voix trouvées pour : { $langs }
panel-voice-silent = La voix se tait quand le son est coupé.
