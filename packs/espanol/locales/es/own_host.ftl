# Tu pequeño alojamiento.

own_host-intro = { $age ->
    [older] Tu club mantiene un pequeño alojamiento para tu escuela: dos servidores de segunda mano en un alojamiento asociativo. Seis semestres: elige qué hacen los voluntarios con sus horas y con el dinero del club. Todo lo que abras necesitará horas cada semestre.
   *[other] Tu club mantiene un pequeño alojamiento para tu escuela: dos servidores viejos y unos pocos voluntarios. Durante seis semestres, elige qué hacen los voluntarios. Cuidado: ¡cada servicio abierto necesita horas cada semestre!
}
own_host-plan-hint = { $age ->
    [older] Elige el trabajo del semestre. Los servicios ya abiertos se llevan sus horas primero.
   *[other] Elige qué hacen los voluntarios este semestre.
}
own_host-semester = Semestre { $number } de { $count }
own_host-hours-left = Horas que quedan: { $right } de { $count }
own_host-end-semester = Terminar el semestre
own_host-graduated = { $number ->
    [0] Nadie terminó sus estudios este año.
    [one] Un voluntario formado terminó sus estudios y se fue.
   *[other] { $number } voluntarios formados terminaron sus estudios y se fueron.
}
own_host-closed = No quedaba nadie formado: { $number } servicios tuvieron que cerrar.
own_host-too-much = Cuidado: ¡tus servicios necesitan más horas de las que tienen tus voluntarios!
own_host-hours = { $number } horas de voluntarios, { $count } para los servicios
own_host-money = { $number } €
own_host-members = { $right } formados, { $count } aprendiendo
own_host-happiness = Usuarios contentos: { $number } %
own_host-users = { $number } usuarios
own_host-services-title = Tus servicios
own_host-no-service = Todavía no hay ningún servicio abierto.
own_host-service-line = { $number } usuarios · { $count } h por semestre
own_host-actions-title = Este semestre
own_host-cost = { $number } h
own_host-cost-money = { $number } h · { $count } €
own_host-open = Abrir: { $name }
own_host-workshop = Taller o install party
own_host-workshop-what = { $age ->
    [older] Llegan nuevos y conoces gente. 10 € para los carteles.
   *[other] Nuevos miembros se unen al club. 10 € para los carteles.
}
own_host-train = Formar a los nuevos
own_host-train-what = { $age ->
    [older] Dos nuevos aprenden a gestionar los servidores (documentación, en parejas).
   *[other] Dos nuevos aprenden a mantener los servidores.
}
own_host-backup = Hacer copia de seguridad
own_host-backup-what = { $age ->
    [older] Una copia fuera del local de los datos de cada servicio, comprobada.
   *[other] Una copia de todo, guardada en otro sitio.
}
own_host-update = Aplicar las actualizaciones de seguridad
own_host-update-what = { $age ->
    [older] Sistema y servicios corregidos, certificados renovados.
   *[other] Tapar los agujeros que podrían usar los piratas.
}
own_host-improve = Mejorar un servicio
own_host-improve-what = Más bonito, más rápido, mejor explicado: los usuarios están más contentos.
own_host-why-hours = No hay horas suficientes
own_host-why-money = No hay dinero suficiente
own_host-why-skills = Nadie formado para ello
own_host-why-running = Ya está abierto
own_host-why-nothing-open = Ningún servicio abierto

own_host-next-semester = Semestre siguiente
own_host-see-report = Ver el boletín
own_host-overloaded = Tus servicios necesitaban más horas de las que tenían tus voluntarios: algo se rompió y los usuarios esperaron.
own_host-event-disk-title = ¡Se ha muerto un disco!
own_host-event-disk = { $age ->
    [older] Uno de los dos servidores perdió un disco duro durante la noche.
   *[other] Uno de los discos de los servidores se rompió por la noche.
}
own_host-event-flaw-title = Un fallo de seguridad
own_host-event-flaw = { $age ->
    [older] Se ha encontrado un fallo en un programa de tus servicios; los piratas ya lo buscan.
   *[other] Alguien encontró un agujero en el programa de tus servicios.
}
own_host-event-request-title = «¿Por qué no ofrecéis eso también?»
own_host-event-request = El club de teatro te pide abrir un servicio más: { $name }. Tus voluntarios tendrían que ocuparse de él cada semestre.
own_host-event-google-title = «El de Google es mejor»
own_host-event-google = { $age ->
    [older] «Vuestro servicio mola, pero el de Google es mejor: nadie va a cambiarse al vuestro.»
   *[other] Un compañero te dice: «Tu servicio está bien, ¡pero el de Google es mejor!»
}
own_host-event-rush-title = ¡Un éxito!
own_host-event-rush = Una profesora habla de tu servicio más usado a todas las clases: llegan muchos usuarios nuevos de golpe.
own_host-event-donation-title = Un socio protector
own_host-event-donation = Una asociación del barrio se hace socia protectora y da 100 € al club.
own_host-outcome-restored = Tenías una copia de seguridad: todo volvió a su sitio. Nadie perdió nada.
own_host-outcome-lost = Sin copia de seguridad: lo que había en el disco se perdió, y los pads también. Los usuarios están tristes.
own_host-outcome-nothing-yet = Por suerte, todavía no funcionaba nada en él: no se perdió nada. ¡La próxima vez, haz una copia de seguridad!
own_host-outcome-patched = Tus actualizaciones ya habían tapado el agujero. No pasó nada.
own_host-outcome-breached = No se hicieron las actualizaciones: hubo que parar un servicio y limpiarlo. Los usuarios están descontentos.
own_host-outcome-accepted = El nuevo servicio está abierto. Necesitará horas cada semestre.
own_host-outcome-redirected = Los enviaste a otro pequeño alojamiento del colectivo. Lo que ya funciona sigue seguro.
own_host-outcome-improved = Mejorarás el servicio el próximo semestre (5 horas): los usuarios ya están más contentos.
own_host-outcome-explained = Explicaste lo que el club hace con sus datos: nada. Algunos se convencen.
own_host-outcome-coped = Hay bastantes voluntarios formados: los servidores aguantan. ¡Bienvenidos, nuevos usuarios!
own_host-outcome-swamped = Muy pocos voluntarios formados: los servicios van lentos y los usuarios se quejan.
own_host-outcome-donated = ¡100 € más para el club!
own_host-choice-accept = Sí, lo abrimos
own_host-choice-redirect = Enviarlos a otro alojamiento
own_host-choice-improve = Mejorar nuestro servicio
own_host-choice-explain = Explicar por qué importa

own_host-report-title = El boletín de tu club
own_host-report-line = { $right } de { $count } cosas difíciles salieron bien.
own_host-report-messages = mensajes al día
own_host-report-pads = pads escritos
own_host-report-people = personas alcanzadas
own_host-report-members = miembros
own_host-report-services = servicios todavía abiertos
own_host-hard-title = Las tres cosas difíciles de un pequeño alojamiento
own_host-hard-skills-good = Los conocimientos: formaste a nuevos, así el alojamiento sigue cuando los estudiantes se van.
own_host-hard-skills-hard = Los conocimientos: cuando los estudiantes se fueron, su saber se fue con ellos. ¡Forma a nuevos cada año!
own_host-hard-no-good = Decir que no: nunca abriste más de lo que tus voluntarios podían mantener.
own_host-hard-no-hard = Decir que no: tus servicios necesitaban más horas de las que tenías. Decir «nosotros no, pero otro alojamiento sí» protege lo que funciona.
own_host-hard-convincing-good = Convencer: tus usuarios confían en ti y saben por qué importa.
own_host-hard-convincing-hard = Convencer: ¡es difícil! Explica por qué importa, poco a poco.
own_host-lesson = { $age ->
    [older] Un pequeño alojamiento es modesto. El colectivo, no. Puedes usar uno, unirte a uno o ayudar a uno.
   *[other] Un pequeño alojamiento es pequeño. Todos juntos, son grandes. ¡Puedes usar uno, unirte a uno o ayudar a uno!
}
own_host-to-map = Ver los pequeños alojamientos en el mapa
own_host-to-picker = Encontrar servicios libres
own_host-again = Jugar otra vez

own_host-young-scene = El pequeño servidor del club
own_host-young-day = Día { $number } de { $count }
own_host-young-end = ¡El pequeño servidor aguantó tres días!
own_host-young-storm = Pasó la tormenta. ¡Los dibujos están a salvo!
own_host-need-hot = ¡El pequeño servidor tiene mucho calor! ¿Qué necesita?
own_host-need-unplugged = ¡Oh, no, se salió el enchufe! ¿Qué necesita?
own_host-need-storm = ¡Viene una tormenta! ¿Cómo guardamos los dibujos?
own_host-need-friend = Un amigo quiere venir. ¡Hay sitio!
own_host-need-full = Otro amigo quiere venir. Todos los asientos están ocupados.
own_host-answer-fan = Un ventilador
own_host-answer-plug = El enchufe
own_host-answer-copy = Una copia de los dibujos
own_host-answer-welcome = ¡Pasa!
own_host-answer-not-today = Hoy no
own_host-answer-blanket = Una manta
