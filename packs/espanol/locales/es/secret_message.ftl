# Mensaje secreto

secret_message-choose-title = Elige un mensaje
secret_message-choose-hint = { $age ->
    [young] ¿Qué imagen quieres enviarle a tu amigo?
   *[other] Elige la palabra que vas a enviarle a tu amigo. Un mensajero la llevará… y es muy curioso.
}
secret_message-encode-title = Gira la rueda
secret_message-encode-hint = { $age ->
    [young] Gira la rueda: cada letra se convierte en otra. ¡Luego envíala!
   *[other] Cada letra del anillo exterior se convierte en la letra que tiene debajo, en el anillo interior. Gira la rueda para elegir tu clave secreta y luego envía.
}
secret_message-your-word = Tu palabra
secret_message-coded = Lo que verá el mensajero
secret_message-key = Clave: { $number }
secret_message-turn-back = Girar la rueda hacia atrás
secret_message-turn-on = Girar la rueda hacia delante
secret_message-send = Enviar
secret_message-postman-title = El mensajero curioso
secret_message-postman-hint = { $age ->
    [young] El mensajero intenta leer tu mensaje. ¡No puede!
   *[other] El mensajero abre el sobre… y solo ve letras que no significan nada.
}
secret_message-postman-says = ¿«{ $name }»? ¿Qué significa eso?
secret_message-be-postman = ¡Ahora el mensajero eres tú!
secret_message-crack-title = Haz de mensajero
secret_message-crack-hint = { $age ->
    [young] Alguien ha enviado una palabra secreta. ¡Gira la rueda hasta poder leerla!
   *[other] Has interceptado una palabra codificada y no conoces la clave. Gira la rueda hasta que la palabra tenga sentido.
}
secret_message-intercepted = La palabra codificada
secret_message-attempt = Leída con tu rueda
secret_message-cracked-title = { $tries ->
    [one] ¡Descifrado en 1 giro!
   *[other] ¡Descifrado en { $tries } giros!
}
secret_message-next-level = Siguiente: la caja con candado
secret_message-padlock-title = La caja con candado
secret_message-alice = Alice
secret_message-postman = El mensajero
secret_message-bob = Bob
secret_message-padlock = El candado de Alice
secret_message-key-thing = La llave de Alice
secret_message-box = La caja de Bob
secret_message-step-send-padlock = { $age ->
    [young] Bob quiere enviarle un secreto a Alice. Primero, Alice le envía a Bob su candado abierto. Arrástralo hasta Bob.
   *[other] Bob quiere enviarle un secreto a Alice. Alice se queda con su llave y le envía a Bob su candado abierto: arrastra el candado hasta Bob.
}
secret_message-step-lock-box = { $age ->
    [young] Bob mete su carta en la caja. Arrastra el candado sobre la caja para cerrarla.
   *[other] Bob mete su carta en la caja y la cierra con el candado de Alice: arrastra el candado sobre la caja.
}
secret_message-step-send-box = La caja está cerrada. Envíasela a Alice: el mensajero la llevará.
secret_message-step-open-box = { $age ->
    [young] Solo la llave de Alice abre su candado. Arrastra la llave sobre la caja.
   *[other] Solo la llave de Alice abre su candado: arrastra la llave sobre la caja. (O deja que el mensajero intente abrirla…)
}
secret_message-refusal-key = { $age ->
    [young] ¡No! Alice se queda con su llave. Quien tiene la llave puede abrir la caja.
   *[other] No: Alice nunca da su llave. Quien la tenga puede abrir todas las cajas cerradas con su candado.
}
secret_message-refusal-open-box = La caja sigue abierta. ¡El mensajero podría leer la carta! Ciérrala primero.
secret_message-refusal-postman = El mensajero lo intenta… pero no tiene ninguna llave para el candado de Alice. ¡La caja sigue cerrada!
secret_message-refusal-not-now = Eso no va ahí ahora. Mira lo que dice la frase de arriba.
secret_message-e2e-title = ¿De extremo a extremo o no?
secret_message-e2e-question = Le envías «Nos vemos a las 5» a un amigo. Mira el recorrido resaltado: ¿puede leer el mensaje el servidor del medio?
secret_message-e2e-wrong = No del todo: fíjate en lo que tiene el servidor. ¿Una carta abierta con su llave o una caja cerrada sin ella?
secret_message-route-server = El servicio guarda la clave (cifrado solo hasta su servidor)
secret_message-route-e2e = Cifrado de extremo a extremo (solo los dos teléfonos tienen las claves)
secret_message-e2e-yes = Sí, puede leerlo
secret_message-e2e-no = No, no puede
secret_message-finish = Terminar
secret_message-end-title = ¡Muy bien, agente secreto!
secret_message-end-body = { $age ->
    [young] Has escondido un mensaje y has encontrado una palabra secreta. Solo Alice podía abrir la caja.
   *[other] Has escondido un mensaje, has descifrado otro y has enviado una caja que solo su destinatario podía abrir. Esto es lo que debes recordar.
}
secret_message-see-map = Seguir un mensaje en el mapa
secret_message-again = Jugar otra vez
secret_message-next-e2e = Siguiente: ¿de extremo a extremo o no?
secret_message-e2e-right = Correcto: el servidor tiene la clave, así que puede abrir el mensaje.
secret_message-bob-letter = «¡Nos vemos a las 5 en el parque!»
