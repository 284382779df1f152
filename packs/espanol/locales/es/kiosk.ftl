# Modo quiosco: pantalla de espera, «¿Sigues ahí?», teclado del PIN.

kiosk-touch-to-start = Toca la pantalla para empezar
kiosk-still-there = { $age ->
    [young] ¿Sigues aquí?
   *[other] ¿Sigues ahí?
}
kiosk-still-there-body = { $age ->
    [young] Toca la pantalla para seguir jugando.
    [middle] Toca la pantalla para continuar. Si no, todo vuelve a empezar para la siguiente persona.
   *[other] Toca la pantalla para continuar. Si no, Archipel borra tu visita y espera a la siguiente persona.
}
kiosk-still-here = ¡Sigo aquí!
kiosk-activity-crashed = { $age ->
    [young] ¡Uy! Este juego ha tenido un problema. ¡Elige otro!
   *[other] ¡Uy! Esta actividad ha tenido un problema y se ha cerrado. Puedes elegir otra.
}
kiosk-pin-title = PIN del animador
kiosk-pin-erase = Borrar
kiosk-pin-ok = Aceptar
kiosk-pin-cancel = Cancelar
kiosk-pin-wrong = { $tries ->
    [one] PIN incorrecto. Te queda 1 intento.
   *[other] PIN incorrecto. Te quedan { $tries } intentos.
}
kiosk-pin-locked = Demasiados intentos. Inténtalo de nuevo dentro de { $seconds } s.
kiosk-settings-not-saved = No se han podido guardar los ajustes; se aplican hasta que se cierre Archipel.
