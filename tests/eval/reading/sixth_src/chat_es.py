"""Spanish chat turns (sixth blind set)."""

from items import chat

chat("memory", "es", "¿cuánto le cobré a Nordlicht por el logo?")
chat("memory", "es", "cuando trabajé con Hafen Festival la última vez")
chat("memory", "es", "busca mis notas del proyecto de Kiezkind")
chat("memory", "es", "he hecho alguna vez etiquetas de vino?")

chat("quote", "es", "cuánto cobrar por un álbum de 18 dobles páginas", service="book-illustration", quantity=18)
chat("quote", "es", "presupuesto para seis etiquetas de vino", service="packaging", quantity=6)
chat("quote", "es", "precio de una mascota para una escuela infantil", service="mascot", quantity=1)
chat("quote", "es", "cuánto pido por un logo y un cartel para un hostal")
chat("quote", "es", "y una portada de revista? cuánto sería", service="editorial-illustration", quantity=1)

chat(
    "brief",
    "es",
    """De: Lucía Fernández
Asunto: Presupuesto logo y bolsas de café
Hola Mara, necesitamos un logotipo nuevo y dos bolsas, 3.500 €, para el 15 de febrero.""",
)
chat("brief", "es", "hazme un brief del correo de Editorial Brújula")
chat("brief", "es", "resume lo que necesita Andrea de cosmética")

chat("style", "es", "genera dos muestras de estilo para el pulpo de los botones")
chat("style", "es", "enséñame cómo quedaría un girasol mascota con mi estilo")
chat("style", "es", "vista previa de estilo para las etiquetas de vino porfa")

chat("scope", "es", "Greenleaf quiere la lata en español, ¿eso entra en lo acordado?")
chat("scope", "es", "¿una cuarta ronda de cambios está incluida para el museo?")
chat("scope", "es", "hazme una orden de cambio por las poses extra de Acme")

chat("reply", "es", "contesta a Lucía que el 15 de febrero me va bien")
chat("reply", "es", "dile a Raúl que no hago páginas web")
chat("reply", "es", "escribe a Carmen que acepto el encargo del álbum")
chat("reply", "es", "responde a Pablo que 3 carteles por 900 euros es poco")

chat("sent", "es", "ya mandé el presupuesto a Café del Puerto")
chat("sent", "es", "presupuesto enviado a Diego")
chat("sent", "es", "he enviado la oferta Q-2027-0007")

chat("chat", "es", "holaa")
chat("chat", "es", "gracias!!")
chat("chat", "es", "qué tipografía me recomiendas para un cartel de fiestas")
chat("chat", "es", "cómo cambio el idioma de la app?")
chat("chat", "es", "estoy agotada jaja")
