"""Spanish chat turns for the eighth blind set, typed by hand one by one."""

from items import chat

# ---------------------------------------------------------------- quote
chat("quote", "es", "¿cuánto cobro por tres etiquetas de aceite?", "packaging", 3)
chat("quote", "es", "presupuesto para un álbum ilustrado de 13 dobles páginas sin portada", "book-illustration", 13)
chat("quote", "es", "precio de un logotipo para una clínica veterinaria", "logo", 1)
chat("quote", "es", "calcula lo de Carmen: mascota + 8 poses", None, None)
chat("quote", "es", "qué pido por otra lata, la de membrillo en castellano", "packaging", 1)

# ---------------------------------------------------------------- memory
chat("memory", "es", "¿cuánto le cobré a Atlas Weekly por lo de la crisis de vivienda?")
chat("memory", "es", "¿he trabajado alguna vez con una almazara?")
chat("memory", "es", "búscame las notas del proyecto de Pixelhaus")
chat("memory", "es", "¿cuánto tardé con el cartel de Hafen de 2024?")

# ---------------------------------------------------------------- brief
chat("brief", "es", """De: Lucía Ortega
Asunto: Etiquetas para aceite de oliva

Hola Mara: dos etiquetas para el virgen extra y una para el arbequina, 3.000 euros, antes del 15 de junio.""")
chat("brief", "es", "hazme un brief de lo que pide Javier con las cajas de turrón")
chat("brief", "es", "resúmeme el correo de Ediciones Brisa")

# ---------------------------------------------------------------- style
chat("style", "es", "genera una muestra de mi estilo para el loro de la escuela de idiomas")
chat("style", "es", "hazme dos previews de una lata de cerveza a mi estilo")
chat("style", "es", "quiero ver cómo quedaría la abuela de las nubes dibujada como yo dibujo")

# ---------------------------------------------------------------- scope
chat("scope", "es", "Greenleaf España quiere también la versión catalana de la lata, ¿entra en lo acordado?")
chat("scope", "es", "Acme pide retocar las poses ya aprobadas, ¿está dentro del alcance?")
chat("scope", "es", "hazme una orden de cambio por la lata extra de Pilar")

# ---------------------------------------------------------------- reply
chat("reply", "es", "contesta a Elena que con 300 euros no llega para un logo")
chat("reply", "es", "dile a Andrés que los carteles estarán en cuatro semanas")
chat("reply", "es", "responde a Alba y Nico que no hago fotos de boda")
chat("reply", "es", "escríbele a Pablo que acepto las dos ilustraciones")

# ---------------------------------------------------------------- sent
chat("sent", "es", "ya mandé el presupuesto a Turrones Soto")
chat("sent", "es", "presupuesto Q-2027-0060 enviado a Ediciones Brisa")
chat("sent", "es", "marca como enviado el presupuesto de la cervecera")

# ---------------------------------------------------------------- chat
chat("chat", "es", "hola!!")
chat("chat", "es", "gracias, genial")
chat("chat", "es", "¿cómo hago una copia de seguridad de mis proyectos?")
chat("chat", "es", "¿es normal pedir un anticipo del 50 %?")
chat("chat", "es", "dame ideas para el nombre de un loro")
chat("chat", "es", "¿qué tiempo hace en Cádiz en agosto?")
