# La pantalla «Tus datos».

about-title = { $age ->
    [young] Tus datos son tuyos
   *[other] Qué hace Archipel con tus datos
}
about-nothing-collected-title = { $age ->
    [young] No se guarda nada
   *[other] No se recoge nada personal
}
about-nothing-collected-body = { $age ->
    [young] Cuando te vas, Archipel olvida todo lo que has hecho.
    [middle] Archipel no guarda tu nombre, ni lo que eliges, ni nada de lo que tocas. Cuando te vas, la pantalla vuelve a empezar para la siguiente persona.
   *[other] Archipel no registra ningún dato personal: ni nombre, ni foto, ni historial de lo que eliges. Lo que haces aquí se queda en la memoria del ordenador durante tu visita y después se borra.
}
about-no-account-title = Sin cuenta
about-no-account-body = { $age ->
    [young] No tienes que dar tu nombre para jugar.
    [middle] No hay nada que rellenar: ni registro, ni dirección de correo electrónico, ni contraseña.
   *[other] Sin registro, sin dirección de correo electrónico, sin contraseña: no tienes que dar nada para usar Archipel.
}
about-no-network-title = { $age ->
    [young] Sin Internet
   *[other] Sin conexión a la red
}
about-no-network-body = { $age ->
    [young] Archipel funciona sin Internet. Nada sale de aquí.
    [middle] Archipel funciona sin Internet. No envía nada a ninguna parte: todo está dentro de este ordenador.
   *[other] Archipel nunca abre una conexión a la red. Sus textos, imágenes y sonidos están dentro del propio programa; no se envía nada a ningún servidor.
}
about-counters = { $age ->
    [young] Archipel solo cuenta cuántos niños han jugado, sin nombres.
    [middle] Archipel solo cuenta las visitas y las actividades abiertas, hora a hora, sin nombres. Estos números se quedan en este ordenador, para el animador.
   *[other] Lo único que guarda Archipel: contadores anónimos (visitas, actividades abiertas y terminadas, idioma y franja de edad elegidos), hora a hora, nunca con más detalle. Se quedan en este ordenador. Archipel es software libre: cualquiera puede comprobar en su código lo que dice esta página.
}
