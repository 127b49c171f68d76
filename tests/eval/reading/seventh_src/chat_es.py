"""Spanish chat turns of the seventh blind set, typed by hand."""

from items import chat

chat("memory", "es", "¿cuánto le cobré a Pixelhaus por el personaje?")
chat("memory", "es", "¿he trabajado antes con alguna editorial española?")
chat("memory", "es", "busca mis notas del proyecto de Lumen Yoga")
chat("memory", "es", "cuándo entregué las latas de Greenleaf del 2025")

chat("quote", "es", "¿cuánto cobro por un logotipo para una panadería?", service="logo", quantity=1)
chat("quote", "es", "presupuesto para cuatro latas de conservas", service="packaging", quantity=4)
chat("quote", "es", "precio de dos carteles para un festival indie", service="poster", quantity=2)
chat("quote", "es", "cuanto x una mascota y 12 expresiones")
chat("quote", "es", "estimación para un álbum de diez dobles páginas", service="book-illustration", quantity=10)

chat(
    "brief",
    "es",
    """De: Lucía Fernández
Asunto: Latas para conservas

Hola Mara: cuatro latas (sardinas, mejillones, bonito y pulpo), finales de marzo, unos seis mil euros.""",
)
chat("brief", "es", "hazme un briefing del correo de la bodega de La Rioja")
chat(
    "brief", "es", "¿qué necesita exactamente este cliente? 'hola, heladería en Sevilla, logo, cartel y vasos, 3.000 €'"
)

chat("style", "es", "muéstrame bocetos de un pulpo cocinero en mi estilo")
chat("style", "es", "genera dos previsualizaciones de etiqueta de vino con mi estilo")
chat("style", "es", "vista previa en mi estilo: espiga de trigo para el logo de Marta")

chat("scope", "es", "Greenleaf quiere también la lata en formato grande, ¿entra en lo acordado?")
chat("scope", "es", "¿una tercera ronda de cambios para Diego está incluida?")
chat("scope", "es", "hazme una orden de cambio por el cartel extra que pide el museo")

chat("reply", "es", "contesta a Lucía que sí hago las cuatro latas y pregúntale por los tamaños")
chat("reply", "es", "dile a Diego que el viernes a la misma hora me va bien")
chat("reply", "es", "responde a Marta con amabilidad que 250 € no llega para un logo")
chat("reply", "es", "escríbele a Carlos que los carteles estarán antes del 30 de abril")

chat("sent", "es", "ya mandé el presupuesto a la conservera")
chat("sent", "es", "marca el Q-2027-0025 como enviado")

chat("chat", "es", "holaa")
chat("chat", "es", "gracias, genial")
chat("chat", "es", "¿cómo se marca un presupuesto como enviado?")
chat("chat", "es", "¿es normal que los clientes pidan bocetos gratis?")
chat("chat", "es", "jaja vale")
