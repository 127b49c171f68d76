"""Spanish chat turns, hand-written."""
from spec import chat

chat("memory", "es", "cuánto le cobré a spree cycles por el cartel de verano")
chat("memory", "es", "cuándo entregué el libro del faro para hollow oak")
chat("memory", "es", "ya trabajé con alguna cafetería? aparte de nordlicht")
chat("memory", "es", "busca mis notas de la llamada con pixelhaus")
chat("memory", "es", "cuántas horas me llevó la identidad de wolkenfrei")

chat("quote", "es", "cuánto cobro por un logotipo para una cafetería", "logo", 1)
chat("quote", "es", "precio para seis latas de cerveza", "packaging", 6)
chat("quote", "es", "presupuesto de un álbum ilustrado de catorce dobles páginas", "book-illustration", 14)
chat("quote", "es", "cuánto pido por una mascota con 8 expresiones")
chat("quote", "es", "calcula un cartel para fiestas patronales", "poster", 1)

chat("brief", "es", """De: Lucía Navarro
Asunto: Etiquetas para aceite
Hola Mara, tres etiquetas para el 15 de noviembre, presupuesto 4.000 €. ¿Cuánto costaría?""")
chat("brief", "es", "resume lo que quiere jorge del tequila")
chat("brief", "es", "haz un brief del correo de la revista paisaje")
chat("brief", "es", "hola mara, somos una chocolatería en bogotá, queremos un personaje de cacao. camila")
chat("brief", "es", "qué le falta a la consulta de valentina para poder presupuestar")

chat("style", "es", "genera dos muestras en mi estilo de un colibrí")
chat("style", "es", "hazme una vista previa con mi estilo para las etiquetas de aceite")
chat("style", "es", "una prueba en mi estilo de la tortuga que quiere volar")
chat("style", "es", "preview estilo lindqvist: cacao con cara")
chat("style", "es", "quiero ver un boceto en mi estilo del cartel de villaverde")

chat("scope", "es", "acme pide pip también en los cuadernos, está en el encargo?")
chat("scope", "es", "una ronda más de cambios para el museo, entra o se cobra aparte")
chat("scope", "es", "haz una orden de cambio para greenleaf: versión para tote bag")
chat("scope", "es", "spree cycles quiere el logo animado, eso no estaba en el alcance verdad")
chat("scope", "es", "birkenhain añade una portada alternativa, está incluido?")

chat("reply", "es", "contesta a lucía que las etiquetas van bien")
chat("reply", "es", "dile a diego que necesito el nombre exacto de la cafetería")
chat("reply", "es", "escribe a álvaro que no hago murales, con cariño")
chat("reply", "es", "responde a sofía de acme que ya mandé la factura")
chat("reply", "es", "manda un mensaje a paula: empiezo el lunes")

chat("sent", "es", "presupuesto enviado a la almazara")
chat("sent", "es", "le mandé el Q-2026-0022 a andrés")
chat("sent", "es", "ya envié el presupuesto del tequila, apúntalo")
chat("sent", "es", "el presupuesto para marta gil salió ayer")
chat("sent", "es", "presu de paula enviado")

chat("chat", "es", "gracias por el presupuesto!")
chat("chat", "es", "cómo marco un presupuesto como enviado?")
chat("chat", "es", "buenas! qué tal")
chat("chat", "es", "es normal que los clientes pidan revisiones gratis?")
chat("chat", "es", "qué formato le mando a una imprenta para serigrafía")
