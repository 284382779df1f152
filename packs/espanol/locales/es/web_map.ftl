# El mapa de la web.

web_map-map = El mapa de la web
web_map-hint = { $age ->
    [young] ¡Toca una imagen!
    [middle] Toca un lugar para descubrir qué es. Pellizca la pantalla o usa − y + para hacer zoom.
   *[older] Toca un lugar para saber para qué sirve. Arrastra para moverte; pellizca o usa la rueda del ratón para hacer zoom.
}
web_map-layer-physical = { $age ->
    [young] Cables
   *[other] Cables y máquinas
}
web_map-layer-services = Servicios
web_map-layer-data = { $age ->
    [young] Quién mira
   *[other] Quién ve tus datos
}
web_map-zoom-in = Acercar
web_map-zoom-out = Alejar
web_map-whole-map = Ver todo el mapa
web_map-whole-journey = Ver todo el viaje
web_map-follow = Seguir un mensaje
web_map-choose = { $age ->
    [young] ¿Qué mensaje quieres seguir?
   *[other] ¿Qué viaje quieres seguir?
}
web_map-back-to-map = Volver al mapa
web_map-close = Cerrar
web_map-run-by = ¿Quién lo gestiona? { $who }.
web_map-did-you-know = ¿Lo sabías?
web_map-source = Fuente: { $source } · comprobado el { $date }
web_map-alternatives = ¿Qué otra cosa puedo usar?

web_map-step = Paso { $step } de { $count }
web_map-step-back = Paso anterior
web_map-step-forward = Paso siguiente
web_map-play = Reproducir
web_map-pause = Pausa
web_map-replay = Volver a empezar
web_map-compare = Comparar
web_map-ask = { $age ->
    [young] ¡Te toca!
   *[other] Preguntas rápidas
}
web_map-sees-open-letter = { $age ->
    [young] Puede leerlo
   *[other] Puede leer el mensaje
}
web_map-sees-sealed-envelope = { $age ->
    [young] Solo ve el sobre
   *[other] Ve adónde va el sobre, no las palabras
}
web_map-sees-locked-box = { $age ->
    [young] Lleva una caja cerrada con llave
   *[other] Lleva una caja cerrada con llave: no puede leerla
}

web_map-question-count = Pregunta { $number } de { $count }
web_map-right = { $age ->
    [young] ¡Sí! ¡Muy bien!
   *[other] ¡Correcto!
}
web_map-try-again = { $age ->
    [young] Esta no. ¡Prueba otra!
   *[other] No exactamente. ¡Prueba otra respuesta!
}
web_map-next-question = Siguiente pregunta
web_map-back-to-journey = Volver al viaje

web_map-compare-title = { $age ->
    [young] ¿Quién pudo leer tu mensaje?
   *[other] Dos viajes, uno al lado del otro: ¿quién pudo leer y quién lo supo?
}
web_map-could-read = { $count ->
    [0] Nadie pudo leer el mensaje por el camino
    [one] organización pudo leer el mensaje
   *[other] organizaciones pudieron leer el mensaje
}
web_map-knew = { $count ->
    [0] Nadie supo que se había enviado un mensaje
    [one] organización supo que enviabas un mensaje
   *[other] organizaciones supieron que enviabas un mensaje
}
web_map-follow-journey = Seguir este viaje
web_map-layer-kept = Siempre queda una capa encendida. Sin ella, el mapa estaría vacío. Enciende primero otra capa.
