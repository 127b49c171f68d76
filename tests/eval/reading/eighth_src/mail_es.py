"""Spanish mails for the eighth blind set, typed by hand one by one."""

from items import mail

OOO = {"Auto-Submitted": "auto-replied"}

# ---------------------------------------------------------------- inquiry

mail("inquiry", "es", "Lucía Ortega <lucia@aceitesortega.example>", "Etiquetas para aceite de oliva", "2027-04-07 12:00 +0200", """
Hola Mara:

Somos una almazara familiar en Jaén. Queremos renovar las etiquetas de nuestros aceites: dos para el
virgen extra (botella y lata) y una para el arbequina. Nuestro presupuesto es de 3.000 euros.

Las necesitaríamos antes del 15 de junio, que empieza la feria.

Un saludo,
Lucía Ortega
""", services=("packaging",), q={"packaging": 3}, deadline="2027-06-15", budget="3000 EUR",
     note="counts in parts; fair start is the only date")

mail("inquiry", "es", "Diego Ramos <diego@cerveceriaramos.example>", "logo + latas", "2027-04-14 19:30 +0200", """
buenas! tenemos una cervecera artesana en Valencia, necesitamos logo nuevo y diseño de 3 latas. Presu
unos 5k. Para cuándo podrías? Nosotros querríamos en dos meses más o menos. Diego
""", services=("logo", "packaging"), q={"packaging": 3}, budget="5000 EUR",
     note="'logo nuevo' without article; 'en dos meses más o menos' is vague")

mail("inquiry", "es", "Marta Iglesias <marta.iglesias@edicionesbrisa.example>", "Álbum ilustrado: «La abuela que coleccionaba nubes»",
     "2027-04-21 10:20 +0200", """
Estimada Mara:

En Ediciones Brisa estamos preparando un álbum ilustrado y nos encantaría contar contigo. Son 13 dobles
páginas; la portada no está incluida, la haremos con la ilustración de una de ellas.

Ofrecemos 6.500 € como anticipo. La entrega final sería a finales de noviembre.

Un cordial saludo,
Marta Iglesias
Editora
""", services=("book-illustration",), q={"book-illustration": 13}, deadline="2027-11-30", budget="6500 EUR",
     enc_subject=True)

mail("inquiry", "es", "Pablo Herrera <pablo@revistaandamio.example>", "Ilustración para artículo", "2027-04-28 09:45 +0200", """
Hola Mara, soy Pablo, de la revista Andamio. ¿Te interesaría hacer dos ilustraciones para un artículo
sobre vivienda? Pagamos 250 € por ilustración. Las necesitaríamos para el lunes 10 de mayo.

Gracias,
Pablo
""", services=("editorial-illustration",), q={"editorial-illustration": 2}, deadline="2027-05-10", budget="500 EUR")

mail("inquiry", "es", "Carmen Vidal <carmen@escuelavidal.example>", "Mascota para nuestra escuela de idiomas", "2027-05-06 13:15 +0200", """
Hola,

tenemos una escuela de idiomas para niños en Sevilla y buscamos una mascota (un loro, claro) y una serie
de 8 poses para los materiales didácticos.

El presupuesto: mil ochocientos euros en total. Nos gustaría tenerlo todo antes de septiembre, cuando
empieza el curso.

Saludos cordiales,
Carmen Vidal
""", services=("mascot", "mascot-poses"), q={"mascot": 1, "mascot-poses": 8}, budget="1800 EUR",
     note="budget in words; 'antes de septiembre' is vague")

mail("inquiry", "es", "Andrés Molina <andres@festivalmar.example>", "Carteles Festival Mar de Fondo", "2027-05-12 11:00 +0200", """
Hola Mara:

Organizamos el festival Mar de Fondo en Cádiz (21-23 de agosto). Queremos un cartel principal y dos
más para los conciertos de clausura. Presupuesto: 900 € por cartel.

Nos harían falta dentro de cuatro semanas para la campaña.

Andrés
""", services=("poster",), q={"poster": 3}, deadline="2027-06-09", budget="2700 EUR",
     note="one main plus two = 3; in four weeks")

mail("inquiry", "es", "Sofía Navarro <sofia.navarro@correo-es.example>", "Identidad de marca para mi estudio de cerámica",
     "2027-05-25 17:40 +0200", "", cte="b64", html_only=True, html="""<html><body>
<p>Hola Mara,</p>
<p>Estoy abriendo un estudio de cerámica en Madrid y busco una identidad de marca completa: logotipo,
paleta de colores, tipografías y tarjetas de visita.</p>
<p>Mi presupuesto ronda los 4.000 €. ¿Sería posible tenerlo para el 1 de julio?</p>
<p>Un abrazo,<br>Sofía</p>
</body></html>""", services=("brand-identity",), q={"brand-identity": 1}, deadline="2027-07-01", budget="4000 EUR",
     enc_subject=True, note="HTML only, base64; logo inside the identity")

mail("inquiry", "es", "Javier Soto <javier@turronessoto.example>", "RE: cajas de turrón", "2027-06-03 10:10 +0200", """
Hola Mara,

perdona la tardanza. Al final serán cinco cajas (no las siete que te dije): los tres turrones clásicos y
dos de chocolate. El presupuesto se mantiene en 6.000 €. Necesitamos los archivos en imprenta el 31 de
agosto para la campaña de Navidad.

Saludos,
Javier

-----Mensaje original-----
De: Javier Soto
Enviado el: lunes, 31 de mayo de 2027 9:02
Asunto: cajas de turrón

Buenos días, buscamos diseño para siete cajas de turrón. Presupuesto 6.000 €.
""", services=("packaging",), q={"packaging": 5}, deadline="2027-08-31", budget="6000 EUR", cte="qp",
     note="thread: latest count wins")

mail("inquiry", "es", "Elena Castro <elena@clinicavet-castro.example>", "presupuesto logo", "2027-06-15 08:30 +0200", """
Hola! Queremos un logotipo para nuestra clínica veterinaria. ¿Con 300 euros llega? Gracias!! Elena
""", services=("logo",), q={"logo": 1}, budget="300 EUR", note="'¿Con 300 euros llega?' is a budget")

mail("inquiry", "es", "Raúl Medina <raul@quesosmedina.example>", "Etiquetas queso + cartel feria", "2027-06-21 12:30 +0200", """
Buenas tardes:

Somos una quesería de Asturias. Queremos una etiqueta nueva para nuestro queso azul y un cartel para la
Feria del Queso. La feria es el 4 de septiembre pero el cartel tiene que estar impreso quince días antes.

Presupuesto entre 2.000 y 3.000 €.

Raúl Medina
""", services=("packaging", "poster"), q={"packaging": 1, "poster": 1}, deadline="2027-08-20",
     note="range budget null; fifteen days before the fair")

# ---------------------------------------------------------------- existing_client

mail("existing_client", "es", "Pilar Ruiz <pilar.ruiz@greenleaf-kombucha.example>", "Latas para España", "2027-04-29 10:00 +0200", """
Hola Mara:

Soy Pilar, llevo la distribución de Greenleaf en España. Para el mercado español queremos adaptar la lata
de membrillo con el texto en castellano. ¿Es solo cambiar textos o lo ves como diseño nuevo? Lo necesitaríamos
antes del 1 de junio.

Gracias,
Pilar
""", services=("packaging",), deadline="2027-06-01", new=True,
     note="adapting a can for a new market: new work on packaging")

mail("existing_client", "es", "Jorge Blanco <jorge.blanco@acme.example>", "Fechas de la sesión de fotos", "2027-05-21 15:20 +0200", """
Hola Mara, la sesión de fotos con los muñecos de Pip se mueve al jueves 3 de junio. ¿Te viene bien pasar
por la tarde? Un saludo, Jorge
""", new=False, note="scheduling")

mail("existing_client", "es", "Pilar Ruiz <pilar.ruiz@greenleaf-kombucha.example>", "factura pagada", "2027-06-24 11:00 +0200", """
Hola Mara, ya hemos pagado tu factura de la lata. ¡Gracias por todo! Pilar
""", new=False)

# ---------------------------------------------------------------- off_card

mail("off_card", "es", "Alba y Nico <albaynico.boda@correo-es.example>", "Fotógrafa de boda", "2027-04-10 22:00 +0200", """
Hola! Nos casamos en octubre en Granada y buscamos fotógrafa. ¿Haces bodas? Un beso, Alba y Nico
""")

mail("off_card", "es", "Tomás Gil <tomas@gilabogados.example>", "Página web para despacho", "2027-05-18 09:30 +0200", """
Buenos días,

ya tenemos logotipo, lo que necesitamos es una página web nueva con blog. ¿Podría enviarnos un presupuesto?

Tomás Gil
""", note="logo named only as existing")

mail("off_card", "es", "Irene Prieto <irene@murales-barrio.example>", "Mural en el colegio", "2027-06-09 16:45 +0200", """
Hola Mara, desde el AMPA del colegio queremos pintar un mural en el patio con los niños y buscamos una
artista que lo dirija. ¿Te animarías? Irene
""")

# ---------------------------------------------------------------- not_for_me

mail("not_for_me", "es", "Lola Fernández <lola@lolafernandez-ilustra.example>", "¿vienes a Madrid?", "2027-04-24 13:00 +0200", """
Mara!! Este año voy a la feria del libro de Madrid con mi stand. ¿Te vienes unos días y compartimos
mesa? Avísame, Lola
""", note="colleague invites to share a stand")

mail("not_for_me", "es", "Domestika <hola@domestika-cursos.example>", "Nuevos cursos de ilustración infantil", "2027-05-14 10:00 +0000", """
Hola Mara,

te recomendamos estos cursos según tus intereses: Ilustración de álbum infantil, Acuarela para principiantes
y Diseño de personajes. ¡Hasta un 70 % de descuento esta semana!
""", note="course newsletter")

mail("not_for_me", "es", "Carlos Méndez <carlos.mendez@inversiones-tajo.example>", "Aprobación presupuesto T3", "2027-05-27 09:00 +0200", """
Hola Mara,

¿me puedes dar el visto bueno al presupuesto del tercer trimestre antes del viernes? Está en la carpeta
compartida.

Gracias,
Carlos
""", enc_from=True, note="misdirected corporate mail")

mail("not_for_me", "es", "Tía Rosa <rosa.lindqvist@correo-es.example>", "fotos de la comunión", "2027-06-06 20:15 +0200", """
Hola cariño, te mando las fotos de la comunión de Lucas. ¡Qué guapa estabas! Besos, tía Rosa
""", note="family")

mail("not_for_me", "es", "Calendly <notifications@calendly-mail.example>", "Nuevo evento: Llamada con Marta Iglesias", "2027-04-23 12:00 +0000", """
Nuevo evento programado

Invitada: Marta Iglesias
Evento: Llamada de 30 minutos
Fecha: martes, 27 de abril de 2027, 11:00 (Europe/Berlin)
""", note="calendar notification of a business event")

# ---------------------------------------------------------------- sales_phishing

mail("sales_phishing", "es", "Correos <notificaciones@correos-envio-pendiente.example>", "Su envío está retenido", "2027-04-18 04:10 +0200", """
Estimado cliente, su envío está retenido por falta de pago de 2,99 € de gastos de aduana. Pague aquí:
https://correos-envio-pendiente.example/pago
""", enc_subject=True)

mail("sales_phishing", "es", "Marketing Digital Pro <info@mkdigitalpro.example>", "¿Quiere más clientes?", "2027-05-09 10:30 +0200", """
Hola, somos una agencia de marketing digital. Posicionamos su web en Google y gestionamos sus redes
sociales desde 199 €/mes. ¿Hablamos?
""")

mail("sales_phishing", "es", "Fundación Niños del Sol <contacto@fundacion-ninosdelsol.example>", "Cuento infantil para nuestra fundación",
     "2027-05-31 03:00 +0200", """
Estimada Mara:

Nuestra fundación quiere publicar un cuento infantil de 10 dobles páginas. Le enviaremos un cheque de
12.000 € por adelantado; usted se queda sus honorarios y transfiere el resto a nuestra imprenta en
Londres. Por favor envíenos sus datos bancarios completos.

Dios la bendiga,
Padre Miguel
""", note="overpayment scam dressed as a book inquiry")

mail("sales_phishing", "es", "Jorge Blanco <jorge.blanco@acme-pagos.example>", "Urgente: cambio de cuenta", "2027-06-17 08:00 +0200", """
Hola Mara, por una auditoría interna necesitamos que nos reenvíes hoy la factura de Pip con una nueva
cuenta bancaria que te indicaremos por este correo. Es urgente. Jorge
""", note="lookalike Acme domain")

# ---------------------------------------------------------------- automated

mail("automated", "es", "Pablo Herrera <pablo@revistaandamio.example>", "Respuesta automática: Ilustraciones vivienda",
     "2027-05-01 09:00 +0200", """
Estoy fuera de la oficina hasta el 5 de mayo. Para temas urgentes escribe a redaccion@revistaandamio.example.
""", headers=OOO, enc_subject=True)

mail("automated", "es", "Postmaster <postmaster@mx1.lindqvist.example>", "Notificación de estado de entrega (retraso)",
     "2027-06-22 05:00 +0200", """
La entrega del mensaje a raul@quesosmedina.example se está retrasando. Seguiremos intentándolo durante
48 horas. No es necesario volver a enviarlo.
""", report={"type": "delivery-status", "Reporting-MTA": "dns; mx1.lindqvist.example",
             "Final-Recipient": "rfc822; raul@quesosmedina.example", "Action": "delayed", "Status": "4.4.1",
             "orig_subject": "Re: Etiquetas queso + cartel feria", "orig_to": "raul@quesosmedina.example"},
     enc_subject=True)

mail("automated", "es", "Banco Ibérico <no-responder@bancoiberico.example>", "Tiene un nuevo documento disponible",
     "2027-04-30 07:00 +0200", """
Tiene un nuevo documento disponible en su buzón de Banca Online. Acceda con sus claves habituales para
consultarlo. Este mensaje es automático, no responda.
""", note="bank document waiting: account status")
