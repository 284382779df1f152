# El selector de alternativas.

alternatives-choose-prompt = { $age ->
    [young] ¿Qué apps ves en casa? ¡Toca las que conoces!
    [middle] ¿Qué servicios usas? Toca los que conoces.
   *[older] ¿Qué servicios usas? Selecciónalos y te enseñaremos qué usar en su lugar.
}
alternatives-selected-count = { $count ->
    [0] Todavía no has elegido nada
    [one] 1 servicio elegido
   *[other] { $count } servicios elegidos
}
alternatives-show-me = Enséñamelo
alternatives-results-prompt = { $age ->
    [young] Toca la que quieras probar.
    [middle] Aquí tienes herramientas libres. Elige una para cada servicio.
   *[older] Alternativas libres: filtra según lo que te importa y elige una para cada servicio.
}
alternatives-filters = Quiero:
alternatives-none-match = Ninguna alternativa cumple todas estas condiciones. Quita un filtro.
alternatives-instead-of = En lugar de
alternatives-owned-by = propiedad de { $company }
alternatives-change-services = Mis servicios
alternatives-plan-count = { $count ->
    [0] Tu plan está vacío
    [one] 1 opción en tu plan
   *[other] { $count } opciones en tu plan
}
alternatives-my-plan = Mi plan

alternatives-criterion-free-licence = { $age ->
    [older] Licencia libre
   *[other] Libre para compartir
}
alternatives-criterion-no-ads = { $age ->
    [young] Sin anuncios
   *[other] Sin anuncios ni rastreo
}
alternatives-criterion-decentralized = { $age ->
    [older] Descentralizado
   *[other] Sin un único jefe
}
alternatives-criterion-small-host = { $age ->
    [older] Pequeño proveedor o en casa
   *[other] En una asociación local
}
alternatives-criterion-no-account = { $age ->
    [young] Sin cuenta
   *[other] Sin necesidad de cuenta
}
alternatives-criterion-easy = { $age ->
    [young] Fácil
   *[other] Fácil de cambiar
}

alternatives-arch-federated = federado
alternatives-arch-instances = muchos servidores independientes
alternatives-arch-p2p = de igual a igual
alternatives-arch-device = en tu dispositivo
alternatives-arch-central = un único servidor

alternatives-platform-web = Web
alternatives-platform-android = Android
alternatives-platform-ios = iPhone
alternatives-platform-windows = Windows
alternatives-platform-macos = Mac
alternatives-platform-linux = Linux

# Arriba de la pantalla del plan, cuando el plan está listo.
alternatives-plan-done = ¡Tu plan está listo!
# Un interruptor: la tarjeta para llevar lleva las pegatinas ganadas, o no.
alternatives-stickers-on-card = Poner mis pegatinas en la tarjeta
# En la tarjeta para llevar, encima de las pegatinas.
alternatives-card-stickers = Mis pegatinas del stand
alternatives-plan-title = Mi plan
alternatives-plan-intro = { $age ->
    [young] Lo que voy a probar:
    [middle] Paso a paso, sin prisa. Esto es lo que voy a probar:
   *[older] Paso a paso, sin prisa: esto es lo que voy a probar primero.
}
alternatives-qr-heading = Mi plan, hecho con Archipel
alternatives-qr-heading-at = Mi plan, hecho con Archipel — { $stand }
alternatives-qr-caption = Haz una foto de este código con un teléfono. Así te llevas tu plan.
alternatives-card-footer = Hecho con Archipel, sin Internet y sin recoger ningún dato.
alternatives-back-to-results = Volver
alternatives-start-again = Empezar de nuevo
alternatives-save-card = Guardar la tarjeta
alternatives-card-file-name = mi-plan-archipel.png
alternatives-qr-more = { $count ->
    [one] + 1 opción más
   *[other] + { $count } opciones más
}
