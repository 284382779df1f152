# La pantalla de inicio.

home-app-name = Archipel
home-welcome = { $age ->
    [young] ¡Hola! Toca una imagen para jugar.
    [middle] ¡Te damos la bienvenida! Elige una actividad.
   *[older] Te damos la bienvenida a Archipel. Elige una actividad para empezar.
}
home-age-young = De 6 a 9 años
home-age-middle = De 10 a 13 años
home-age-older = A partir de 14 años
home-about-tile = Tus datos
home-about-summary = { $age ->
    [young] Aquí no se guarda nada.
    [middle] Lo que Archipel hace (y no hace) con tus datos.
   *[older] Lo que Archipel hace (y no hace) con tus datos.
}
home-stickers-count = { $count } de { $total }
home-stickers = Pegatinas: { $count } de { $total }
