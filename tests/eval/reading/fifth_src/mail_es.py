"""Spanish mails, typed by hand."""

# ruff: noqa: E501
from items import mail as m

m(
    "inquiry",
    "es",
    "Lucía Gómez <lucia@gomez-aceites.example>",
    "Etiquetas para aceite",
    "2026-12-04 10:30 +0100",
    "Hola Mara,\n\nsomos una almazara familiar en Jaén y queremos renovar las etiquetas de nuestras tres botellas de aceite. Nos gustaría tenerlas antes del 1 de marzo. Presupuesto: 3.500 €.\n\nUn saludo,\nLucía",
    services=("packaging",),
    q={"packaging": 3},
    deadline="2027-03-01",
    budget="3500 EUR",
    cte="qp",
)
m(
    "inquiry",
    "es",
    "Diego Ruiz <diego@editorial-brisa.example>",
    "Libro infantil",
    "2026-12-09 12:00 +0100",
    "Hola, en Editorial Brisa buscamos ilustradora para un cuento infantil de diez dobles páginas más la portada. Entrega a finales de mayo. Presupuesto 6.000 euros.",
    services=("book-illustration",),
    deadline="2027-05-31",
    budget="6000 EUR",
    note="ten spreads plus cover: compound",
    cte="alt",
)
m(
    "inquiry",
    "es",
    "Carmen <carmen.v@correo.example>",
    "logo para mi panadería",
    "2026-12-15 20:00 +0100",
    "hola!! necesito un logo para mi panaderia, abrimos en dos semanas jeje",
    services=("logo",),
    deadline="2026-12-29",
    note="short, informal; 'en dos semanas'",
)
m(
    "inquiry",
    "es",
    "Pablo Serrano <pablo@festival-solsticio.example>",
    "Carteles festival",
    "2027-01-08 11:00 +0100",
    "Buenas, necesitamos dos carteles para el Festival Solsticio (uno general y otro para la programación infantil). Tienen que estar en imprenta el 30 de abril. Pagamos 900 € por cartel.",
    services=("poster",),
    q={"poster": 2},
    deadline="2027-04-30",
    budget="1800 EUR",
    note="per-piece fee",
)
m(
    "inquiry",
    "es",
    "María José Ortega <mj@revista-alameda.example>",
    "Ilustración para portada",
    "2027-01-13 09:00 +0100",
    "Hola Mara, ¿podrías hacernos la portada del número de marzo de la revista Alameda? Necesitamos el archivo el 10 de febrero. Nuestro presupuesto es de 700 €.",
    services=("editorial-illustration",),
    q={"editorial-illustration": 1},
    deadline="2027-02-10",
    budget="700 EUR",
)
m(
    "inquiry",
    "es",
    "Andrés Molina <andres@molina-juguetes.example>",
    "Mascota y web",
    "2027-01-20 15:00 +0100",
    "Hola, tenemos una juguetería online. Queremos una mascota para la marca y una página web nueva. ¿Haces las dos cosas? Presupuesto total 5000, de eso unos 2.500 para la mascota.",
    services=("mascot",),
    budget="2500 EUR",
    note="website off-card; design share 'unos 2.500' of total",
)

m(
    "off_card",
    "es",
    "Sergio Pérez <sergio@perez-tattoo.example>",
    "Diseño de tatuaje",
    "2026-12-11 18:00 +0100",
    "Hola, quiero tatuarme una mascota tipo la de tu portfolio, un zorro. ¿Me harías el diseño del tatuaje?",
    note="tattoo of a mascot",
)
m(
    "off_card",
    "es",
    "Elena Castro <elena@castro-interiores.example>",
    "Interiorismo",
    "2027-01-10 10:00 +0100",
    "Buenos días, buscamos a alguien para el diseño interior de nuestra cafetería, con el logo en la pared. ¿Te interesa?",
    note="interior design",
)

m(
    "not_for_me",
    "es",
    "Imprenta Sol <pedidos@imprenta-sol.example>",
    "Pedido confirmado",
    "2026-12-14 09:00 +0100",
    "Su pedido de 300 tarjetas de visita ha sido confirmado. Entrega estimada: 19/12.",
    note="printer",
)
m(
    "not_for_me",
    "es",
    "Tía Rosa <rosa.lindqvist@correo.example>",
    "Fotos",
    "2027-01-03 13:00 +0100",
    "Mara cariño, te mando las fotos de la cena de Nochevieja. ¡Qué guapa estabas! Besos",
    note="family",
)
m(
    "not_for_me",
    "es",
    "Laura Méndez <laura@ilustra-colectivo.example>",
    "Consulta",
    "2027-01-17 17:00 +0100",
    "Hola Mara, ¿tú cuánto cobras por un logo? Es para saber si estoy cobrando muy poco. Gracias!",
    note="colleague asks about price",
)

m(
    "sales_phishing",
    "es",
    "Soporte Banco <avisos@banco-seguridad.example>",
    "Verificación de cuenta",
    "2026-12-19 04:00 +0100",
    "Estimada clienta, su cuenta será bloqueada. Verifique sus datos aquí: https://banco-seguridad.example",
    note="phishing",
)
m(
    "sales_phishing",
    "es",
    "Proyecto Nuevo <cliente@briefing-seguro.example>",
    "Encargo de logotipo - ver briefing",
    "2027-01-09 03:00 +0100",
    "Hola Mara, queremos encargarte un logotipo. El briefing está en un documento protegido, inicia sesión con tu correo y contraseña para verlo: https://briefing-seguro.example/doc",
    note="login-to-see-brief phishing",
)

m(
    "automated",
    "es",
    "Lucía Gómez <lucia@gomez-aceites.example>",
    "Respuesta automática",
    "2026-12-23 10:00 +0100",
    "Estaré fuera de la oficina hasta el 7 de enero.",
    headers={"Auto-Submitted": "auto-replied"},
    note="short; out-of-office",
)
m(
    "automated",
    "es",
    "Sistema <no-reply@cuenta-correo.example>",
    "Nuevo inicio de sesión",
    "2027-01-18 07:00 +0100",
    "Se ha iniciado sesión en tu cuenta desde un nuevo dispositivo (Berlín, Firefox).",
    note="short; account notice",
)
