"""Spanish chat turns, typed by hand."""

# ruff: noqa: E501
from items import chat as c

c("memory", "es", "cuánto le cobré a atlas weekly por lo de la vivienda")
c("memory", "es", "he trabajado alguna vez con una editorial española?")
c("memory", "es", "busca mis notas de la llamada con pixelhaus")
c("memory", "es", "cuántas horas me llevó el logo de nordlicht")
c("memory", "es", "qué proyectos hice en 2024")
c("memory", "es", "el presupuesto que mandé a greenleaf por las latas, cuál era el total?")
c("quote", "es", "cuánto cobro por un logo para una panadería", service="logo", quantity=1)
c("quote", "es", "presupuesto para tres etiquetas de aceite", service="packaging", quantity=3)
c("quote", "es", "precio para dos carteles de festival", service="poster", quantity=2)
c("quote", "es", "cuanto por una portada de revista", service="editorial-illustration", quantity=1)
c("quote", "es", "diez dobles páginas más portada, qué pido?", service="book-illustration")
c("quote", "es", "mascota + web para una juguetería, cuánto?")
c("quote", "es", "una mascota para una tienda online, precio", service="mascot", quantity=1)
c(
    "brief",
    "es",
    "De: Lucía Gómez\nAsunto: Etiquetas para aceite\n\nHola Mara, queremos renovar las etiquetas de tres botellas antes del 1 de marzo. Presupuesto 3.500 €.",
)
c("brief", "es", "hazme un brief del correo de editorial brisa")
c("brief", "es", "resume lo que pide Andrés: mascota y web, 5000 en total")
c("brief", "es", "hola mara!! necesito un logo para mi panaderia abrimos en dos semanas jeje -- Carmen")
c("style", "es", "haz dos muestras de estilo para el cuento de Brisa")
c("style", "es", "enséñame cómo quedaría un zorro mascota con mi estilo")
c("style", "es", "genera una vista previa del cartel del solsticio en mi estilo")
c("scope", "es", "el museo quiere una versión en español del cartel, entra en lo acordado?")
c("scope", "es", "orden de cambio para acme: dos poses más")
c("scope", "es", "una tercera ronda de correcciones para birkenhain está incluida?")
c("reply", "es", "contesta a Lucía que sí, mando presupuesto mañana")
c("reply", "es", "dile a Sergio que no hago tatuajes")
c("reply", "es", "escribe a María José que el 10 de febrero me va bien")
c("reply", "es", "responde a la tía rosa? no, espera, a Pablo: 900 por cartel está bien")
c("sent", "es", "presupuesto enviado a Lucía")
c("sent", "es", "mandé el Q-2027-0005 a la revista Alameda")
c("sent", "es", "ya le envié el precio a Diego")
c("chat", "es", "hola")
c("chat", "es", "gracias!")
c("chat", "es", "qué es el sangrado en impresión")
c("chat", "es", "cómo marco un presupuesto como enviado?")
c("chat", "es", "escríbeme un post para instagram sobre el cartel")
c("chat", "es", "estoy cansadísima hoy")
