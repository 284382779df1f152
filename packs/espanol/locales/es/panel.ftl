# El panel del animador.

panel-title = Panel del animador
panel-close = Cerrar el panel
panel-locked = Fijado para todo el parque de ordenadores (/etc/archipel/settings.toml): no se puede cambiar aquí.
panel-problems = Problemas encontrados al arrancar
panel-visitors = Visitantes
panel-languages-offered = Idiomas que se ofrecen a los visitantes:
panel-default-language = Idioma inicial:
panel-default-age = Franja de edad inicial:
panel-activities = Actividades que se muestran (y su orden)
panel-move-up = Subir { $name }
panel-move-down = Bajar { $name }
panel-stand = El stand
panel-kiosk = Modo quiosco
panel-kiosk-help = En modo quiosco, Archipel ocupa toda la pantalla, los visitantes no pueden cerrarlo y vuelve a empezar tras un rato sin actividad. La pantalla completa se aplica a partir del próximo arranque.
panel-idle = Tiempo sin actividad antes de «¿Sigues ahí?»
panel-sound = Sonido
panel-volume = Volumen
panel-scale = Tamaño de la interfaz
panel-scale-in-use = Esta pantalla es demasiado pequeña para ese tamaño: se usa { $scale } para que todo quepa en la pantalla.
panel-high-contrast = Alto contraste
panel-stand-name = Nombre del stand (aparece en las tarjetas para llevar):
panel-stand-name-hint = p. ej.: Club de informática, Semana de la Ciencia 2026
panel-last-saved = Última tarjeta para llevar guardada: { $path }
panel-pin = PIN del animador
panel-change-pin = Cambiar el PIN
panel-new-pin = Escribe el nuevo PIN (de 4 a 8 cifras):
panel-new-pin-again = Escríbelo otra vez:
panel-cancel = Cancelar
panel-pin-ok = Aceptar
panel-pin-changed = Se ha cambiado el PIN.
panel-pin-mismatch = Los dos PIN no coinciden. Empieza de nuevo.
panel-pin-help = El PIN nunca se guarda tal cual: solo se guarda un hash con sal.
panel-stats = Estadísticas del stand
panel-stats-help = Contadores anónimos por hora: ningún dato personal, no se envía nada.
panel-today = Hoy
panel-all-time = Desde el principio
panel-sessions = Visitas
panel-started = Actividades abiertas
panel-completed = Actividades terminadas
panel-crashes = Actividades cerradas por un error
panel-sessions-per-hour = Visitas por hora hoy
panel-hour = Hora
panel-stats-file = Archivo: { $path }
panel-export-csv = Exportar como CSV
panel-reset-stats = Poner a cero
panel-reset-confirm = ¿Borrar todos los contadores?
panel-yes-reset = Sí, borrar
panel-quit-section = Salir
panel-quit = Salir de Archipel
panel-quit-confirm = ¿Cerrar Archipel ahora?
panel-yes-quit = Sí, salir

panel-packs = Paquetes de contenido
panel-packs-none = No se ha encontrado ningún paquete de contenido. Pon uno en ~/.local/share/archipel/packs (este ordenador) o en /etc/archipel/packs (todos los ordenadores), o arranca Archipel con --pack CARPETA.
panel-pack-use = Usar { $name }
panel-pack-refused = No se usa: { $count ->
    [one] un problema
   *[other] { $count } problemas
} (el contenido incorporado y los demás paquetes siguen funcionando).

panel-voice = La voz
panel-voice-on = Botones «Escuchar» (leer los textos en voz alta)
panel-voice-auto = Cada consigna se lee sola para los niños de 6 a 9 años
panel-voice-rate = Velocidad de la voz
panel-voice-volume = Volumen de la voz
panel-voice-looking = Buscando el servicio de síntesis de voz…
panel-voice-none = No se ha encontrado ningún servicio de síntesis de voz ni ninguna voz: los botones «Escuchar» están ocultos. Hay que instalar speech-dispatcher y speech-dispatcher-espeak-ng.
panel-voice-found = Voces encontradas para: { $langs }
panel-voice-silent = La voz se calla cuando el sonido está apagado.
