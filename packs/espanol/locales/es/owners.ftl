# ¿De quién es?

owners-match-title = { $age ->
    [middle] Pon cada app en la empresa a la que pertenece.
   *[older] Arrastra cada app hasta su empresa matriz.
}
owners-match-hint = Arrastra una app hasta una isla. O toca la app y luego la isla.
owners-memory-title = ¡Encuentra cada app y la empresa a la que pertenece!
owners-memory-hint = Da la vuelta a dos cartas. Una app y su empresa forman una pareja.
owners-progress = { $done } de { $count } colocadas
owners-try-again = Casi: { $app } es de otra empresa. ¡Prueba con otra isla!
owners-card = Carta { $number }
owners-done = ¡Muy bien!
owners-score = { $right } de { $count } acertadas a la primera.
owners-memory-score = ¡Has encontrado todas las parejas! Has dado la vuelta a { $flips } cartas.
owners-why = { $age ->
    [young] Unas pocas empresas grandes tienen muchas apps que conoces.
    [middle] Unas pocas grandes empresas son dueñas de la mayoría de las apps que usamos cada día. Pueden cambiar las reglas, poner más anuncios o recoger más datos, y eso lo cambia todo para todo el mundo a la vez.
   *[older] Un puñado de empresas posee la mayoría de las apps que usamos. Cada compra junta más datos sobre nosotros y nos deja menos opciones reales: cuando una empresa cambia sus reglas, millones de personas tienen que seguirlas.
}
owners-island = { $company }
    { $count ->
    [one] 1 app
   *[other] { $count } apps
}
owners-picture = Todas las apps del juego, por dueño. Las que has colocado se ven en color.
owners-alternatives = Buscar otras apps
owners-again = Jugar otra vez
