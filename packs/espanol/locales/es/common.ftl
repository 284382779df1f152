# Textos compartidos por todas las pantallas.

# El nombre del idioma, en el propio idioma (botón de idioma).
common-language-name = Español
common-listen = Escuchar
# El guía, un gatito que da las consignas a los de 6 a 9 años: su nombre.
common-guide-name = Miette, la gatita
# En una pantalla final, junto a la pegatina que se acaba de ganar.
common-new-sticker = ¡Una pegatina nueva!
common-home = Inicio
common-save-busy = Ya se está guardando; espera un momento, por favor.
common-saved = ¡Guardado! { $file }
common-saved-to = ¡Guardado! El archivo está aquí: { $path }
common-save-failed = No se ha podido guardar el archivo. Pide ayuda a un animador.
