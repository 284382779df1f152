# ¿Todos los huevos en la misma cesta?

federation-giant-title = Un solo servidor gigante
federation-giant-intro = { $age ->
    [young] Todo el pueblo habla usando un gran ordenador: un servidor.
   *[other] Todo el pueblo chatea a través de un único servidor gigante. Es sencillo… hasta que algo sale mal.
}
federation-what-if = ¿Qué pasa si…?
federation-next-event = Otro día…
federation-build = Construir algo mejor
federation-build-title = Pequeños servidores conectados entre sí
federation-build-hint = { $age ->
    [young] Monta 3 servidores pequeños en el pueblo. Conéctalos entre sí. Después reparte a la gente entre ellos.
   *[other] Monta pequeños servidores con tus monedas y conéctalos para que la gente pueda hablar de uno a otro. Después toca un servidor y toca personas para pasarlas a él.
}
federation-costs = Un servidor cuesta 3 monedas; una conexión, 1 moneda.
# Un tipo de proveedor ya instalado, en gris en la tienda.
federation-host-placed = { $name } (en el pueblo)
federation-coins = Monedas: { $right } de { $count }
federation-link = Conectar { $name } con { $who }
federation-share-out = Repartir a los demás
federation-clear = Empezar de nuevo
federation-ready = ¡Listo!
federation-results = Ver los resultados
federation-level = Nivel { $number } de { $count }
federation-working = Conversaciones que siguen funcionando: { $right } de { $count }
federation-biggest = Servidor más grande: { $right } de { $count } personas
federation-results-title = { $age ->
    [young] ¿Quién podía seguir hablando?
   *[other] ¿Una sola cesta o muchas?
}
# Los resultados, como una fila de diez amigos: cuántos podían seguir hablando, de media.
federation-friends-talked = { $right ->
    [0] Ningún amigo de { $count } podía seguir hablando.
    [one] { $right } amigo de { $count } podía seguir hablando.
   *[other] { $right } amigos de { $count } podían seguir hablando.
}
federation-one-giant = Un solo servidor gigante
federation-your-network = Tu red
federation-giant-survived = El { $number } % de las conversaciones seguían funcionando después de cada suceso.
federation-giant-held = { $age ->
    [young] Un solo servidor tenía al { $number } % de la gente.
   *[other] Un solo servidor reunía al { $number } % de la gente y todos sus mensajes.
}
federation-ours-survived = { $age ->
    [young] El { $number } % de las conversaciones seguían funcionando, de media.
   *[other] El { $number } % de las conversaciones seguían funcionando después de cada suceso, de media.
}
federation-ours-held = { $age ->
    [young] El mayor servidor tenía al { $number } % de la gente.
   *[other] El servidor más grande reunía al { $number } % de la gente: ningún servidor tenía los mensajes de todo el mundo.
}
federation-next-level = Siguiente nivel
federation-again = Jugar otra vez
federation-legend-talks = Todavía puede hablar con todos sus amigos
federation-legend-cut = Ha perdido algunas conversaciones
federation-legend-alone = No puede hablar con nadie
federation-legend-down = Su servidor se ha caído
