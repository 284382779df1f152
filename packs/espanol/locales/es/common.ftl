# Textos compartidos por todas las pantallas.

# El nombre del idioma, en el propio idioma (botón de idioma).
common-language-name = Español
common-listen = Escuchar
common-home = Inicio
common-save-busy = Ya se está guardando; espera un momento, por favor.
common-saved = ¡Guardado! { $file }
common-saved-to = ¡Guardado! El archivo está aquí: { $path }
common-save-failed = No se ha podido guardar el archivo. Pide ayuda a un animador.
