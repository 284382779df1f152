# ¿Quién me sigue?

trackers-hint = { $age ->
    [young] Unos bichitos espían esta página. ¡Tócalos para atraparlos!
   *[other] Hay rastreadores enganchados a esta página. ¡Toca cada uno antes de que su círculo se llene!
}
trackers-pixel-hint = Un píxel invisible se esconde en algún lugar de la página. ¡Enciende la lupa y búscalo!
trackers-page-done = { $age ->
    [young] ¡Ya está! Vamos a la página siguiente.
   *[other] No queda ningún rastreador en esta página. ¡A por la siguiente!
}
trackers-blocked = { $age ->
    [young] ¡Atrapado!
   *[other] Bloqueado: { $name } ({ $company }, { $country }).
}
trackers-sent = { $age ->
    [young] ¡Uy, uno se ha escapado con lo que vio!
   *[other] Demasiado tarde: un rastreador ha enviado lo que vio a su empresa.
}
trackers-creature = Rastreador { $name }
trackers-page = Página { $number } de { $count }
trackers-like = Me gusta
trackers-ad = ANUNCIO
trackers-magnifier = Lupa
trackers-ready = ¿Todo listo? ¡Adelante!
trackers-next-page = Página siguiente
trackers-see-profile = ¿Qué han averiguado?
trackers-sent-to = Se lo han enviado a:
trackers-jar = { $count ->
    [0] El tarro está vacío
    [one] 1 rastreador en el tarro
   *[other] { $count } rastreadores en el tarro
}
trackers-end-title = Lo que han averiguado sobre ti
trackers-score = Rastreadores bloqueados: { $right } de { $count }.
trackers-profile = { $age ->
    [young] Lo que saben de ti
   *[other] Tu perfil, hecho de pequeños trozos
}
trackers-profile-empty = { $age ->
    [young] ¡Nada de nada! Los has atrapado a todos.
   *[other] ¡Nada! Has bloqueado todos los rastreadores, así que no se ha podido crear ningún perfil.
}
trackers-via = a través de { $name }
trackers-no-company = ¡Ninguna empresa ha conseguido nada de ti!
trackers-tips = { $age ->
    [young] Para alejar a los bichitos
   *[other] Tres cosas que puedes hacer
}
trackers-again = Jugar otra vez
trackers-seen-before = { $age ->
    [young] Ya estaba en otra página: ¡te está siguiendo!
   *[other] Ya te había visto en otro sitio: ahora puede relacionar las dos visitas.
}
trackers-credit = Datos de los rastreadores: WhoTracks.me (CC BY 4.0), versión de 2022; propietarios comprobados en 2026.
