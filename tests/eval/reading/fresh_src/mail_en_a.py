"""English mails, batch A: inquiries of many shapes, hand-written."""
from spec import mail

mail("inquiry", "en", "Dana Whitcombe <dana@copperstill-gin.example>", "gin label",
     "2026-09-14 21:47", """Hi Mara,

Long story short: my brother and I have been distilling in a shed behind his house for three years and the
council has finally given us the licence, so Copperstill is becoming a real thing. We need something for the
label of our new gin. Right now it's a sticker I made in Canva and honestly it looks like a pharmacy bottle.

What we imagine: a bottle label (front + a thin neck band, the printer says that counts as one label job),
something with the old copper still we use, maybe hand-drawn botanicals around it - juniper, bog myrtle,
a bit of gorse. We're in Northumberland, so if there's a way to get the moor into it, great.

We want to launch at the Alnwick food fair on 17 October but the printer needs artwork three weeks before
that, so realistically we need final files by 26 September. Is that mad?

We have about £2,500 set aside for the design side. The whole launch (bottles, printing, stand) is more
like £9k but that's not your problem.

Cheers,
Dana
""", services=["packaging"], deadline="2026-09-26", budget="2500 GBP",
     note="service described without its name; design figure vs whole launch; fair date is not the deadline")

mail("inquiry", "en", "Priya Raman <priya.raman@mail.example>", "Sent from my phone",
     "2026-10-02 07:12", """hi saw ur work at the zine fest. need a logo for my dog grooming van, by end of month?
how much roughly

Priya
Sent from my iPhone""", services=["logo"], q={"logo": 1}, deadline="2026-10-31",
     note="two-line phone mail, relative deadline")

mail("inquiry", "en", "Website contact form <noreply@lindqvist.example>", "New message from lindqvist.example",
     "2026-10-05 13:30", """You have a new submission from your contact form.

name: Tom Feeney
email: tom@feeney-fairs.example
company: Feeney Family Fairs
project_type: other
budget_range: 1000-3000
message: We run a small vintage fairground that tours the north of Ireland. We'd love three posters for
next season's stops (Portrush, Newcastle, Ballycastle), each one a bit different but clearly a set. Old
circus lettering, lots of colour. First stop is 1 May but we'd want the artwork by mid-March.
how_did_you_hear: Instagram
consent: yes
""", services=["poster"], q={"poster": 3}, deadline="2027-03-15", budget=None,
     note="contact-form wrapper from Mara's own domain; budget_range is a band, not a stated budget; mid-March read as the 15th",
     headers=[("Reply-To", "tom@feeney-fairs.example")])

mail("inquiry", "en", "Hollis Grant <hollis@grantandmarsh.example>", "Illustrations for a memoir - chapter openers",
     "2026-10-08 16:05", """Dear Ms Lindqvist,

I'm the publisher at Grant & Marsh, a two-person press in Bristol. We're bringing out a memoir by a retired
lighthouse keeper next spring and the author would love little drawings for each chapter - one small
black-and-white vignette at the start of every chapter. There are fourteen chapters and a prologue, so
fifteen drawings in all.

They'd be printed about 6 x 6 cm, so nothing elaborate. We'd need them by 15 January.

Our illustration budget for the book is £1,800 in total.

With best wishes,
Hollis Grant
""", services=["editorial-illustration"], q={"editorial-illustration": 15}, deadline="2027-01-15",
     budget="1800 GBP",
     note="chapter vignettes for an adult memoir, not a picture book; count in words, split and summed")

mail("inquiry", "en", "Marguerite O'Dwyer <mags@odwyer-studio.example>", "Re: kids book??",
     "2026-10-11 10:42", """Hiya,

So this might be a bit of an odd one. My mum wrote a story for my kids years ago about a hedgehog who is
scared of the dark and we'd love to actually get it printed, properly, like a real picture book. Not to sell
really, maybe a few for family and the school library.

She's written it so it's about 12 double pages I think? Maybe 14 if the ending gets its own page, we're not
sure yet how to split it. Does that matter for pricing?

No rush at all honestly, it would be lovely to have it for Christmas next year but whenever.

What kind of money are we talking about? I genuinely have no idea if this is 500 quid or 5000.

Thanks so much,
Mags
""", services=["book-illustration"], deadline=None, budget=None,
     note="count the sender is unsure of (12 or 14) -> no quantity; 'no rush' -> no deadline; price range is a question, not a budget")

mail("inquiry", "en", "Jonas Erikson <jonas@tallbirch-cider.example>", "Cans x 4 + new logo",
     "2026-10-14 09:20", """Hi Mara

Quick brief:
- new logo for Tall Birch Cider (we're dropping the old tree one)
- 4 can designs for the core range: dry, medium, rhubarb, perry
- maybe a festival poster later, not now

Timeline: logo by 20 Nov, cans by 15 Jan (the cannery books slots in late January)
Budget: 9,000 EUR all in

Can you do a call this week?

Jonas
""", services=["logo", "packaging"], q={"packaging": 4}, deadline="2027-01-15", budget="9000 EUR",
     note="bullet brief; poster mentioned as later, not asked now; two deadlines, last delivery used")

mail("inquiry", "en", "Beth Caldwell <beth@fernhillparish.example>", "Harvest supper poster",
     "2026-09-21 11:15", """Hello,

I'm on the committee for the Fernhill harvest supper and we wondered whether you'd do a poster for it. It's on
Saturday 10 October in the village hall. We'd need it up in the shop windows a fortnight before, so by the
26th of September ideally.

We're a small parish so our budget is only about £200 - I hope that's not insulting!

Kind regards,
Beth Caldwell
""", services=["poster"], q={"poster": 1}, deadline="2026-09-26", budget="200 GBP",
     note="event date vs window date; 'about £200' is still a stated budget figure; very low budget")

mail("inquiry", "en", "Simone Achterberg <simone@hearthandhive.example>", "Brand for a honey company (long, sorry)",
     "2026-10-19 22:58", """Hi Mara,

I've been meaning to write to you for literally months. I follow you on Instagram and I love the way you draw
animals - they look like they have opinions.

Some background, sorry this is going to be long. I keep bees on an allotment in Leeds and three years ago it
became a side business, Hearth & Hive. I sell at two farmers' markets and through a little Shopify site. This
year my partner joined full time and we've got stockists interested (a deli chain in Yorkshire, and a
zero-waste shop in York), which means we actually need to look like a business and not a craft stall.

What I think we need (but tell me if I'm wrong):
* a proper visual identity - logo, colours, fonts, the works, something we can hand to whoever does our
  website later (not you, my cousin is doing it)
* jar labels - we have wildflower, heather and a creamed honey, so three labels
* maybe a bee character? My partner is very keen on a mascot for the kids' workshops but I'm not sure it
  isn't a bit much. Let's park that.

We'd like to have everything in place before the stockists' spring orders, which they said is "March".

Budget: we've saved up 6.500 € for this (I'm German-born, sorry about the comma thing, it's six and a half
thousand).

Warmly,
Simone
""", services=["brand-identity", "packaging"], q={"packaging": 3, "brand-identity": 1}, deadline=None, budget="6500 EUR",
     note="long ramble; mascot parked (not asked); website by someone else; vague month deadline; European number format")

mail("inquiry", "en", "Arun Mehta <arun@quillandcompass.example>", "Magazine cover + 2 inside illustrations",
     "2026-10-20 14:03", """Hi Mara,

I'm the art editor at Quill & Compass, a quarterly travel magazine. For our winter issue (theme: night trains)
I'd like to commission a cover illustration and two illustrations for the lead feature inside.

Fee is £600 per illustration, so £1,800 for the three.

Files due Friday 6 November.

Best,
Arun
""", services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="2026-11-06",
     budget="1800 GBP", note="cover + 2 inside summed; per-piece fee")

mail("inquiry", "en", "Camille Ortega <camille@ortega-law.example>", "Logo + website for my practice",
     "2026-10-22 08:51", """Dear Mara,

I'm opening a small immigration law practice in Manchester in January. I need a logo and a website. Could you
quote for both? If you don't build websites, could you do the logo and recommend someone for the site?

My budget is £3,000 for everything, of which I'd like to keep maybe £1,200 for the logo.

Camille Ortega
""", services=["logo"], q={"logo": 1}, deadline=None, budget="1200 GBP",
     note="on-card + off-card; design figure smaller than whole figure")

mail("inquiry", "en", "Ruth Adeyemi <ruth@adeyemi-kitchen.example>", "spice tin designs",
     "2026-10-26 12:12", """Hello Mara,

I sell West African spice blends. I'm moving from plastic bags to tins and want each blend to have its own
tin design with an illustration: suya, jollof, pepper soup, yaji, and a gift tin that holds all four. So five
designs.

I'd like them ready for Christmas, so say early December. Budget is flexible but I'd hoped around
7-8k.

Ruth
""", services=["packaging"], q={"packaging": 5}, deadline=None,
     note="'early December' is vague; budget given as a range 'around 7-8k' -> not normalised",
     budget=None)

mail("inquiry", "en", "Lars Holm <lars.holm@holmbikes.example>", "character for our app",
     "2026-10-28 17:40", """Hey Mara,

we're a tiny startup making a bike-maintenance app. We want a little character who shows up in the app - think
a grumpy spanner or a cheerful chain link, we haven't decided. Needs a front/side/back sheet so our animator can
rig it. Afterwards probably a bunch of poses for onboarding screens, but first the character itself.

We have 3k for this phase. Deadline: two weeks before our beta on 14 December, so 30 November.

Lars
""", services=["mascot"], q={"mascot": 1}, deadline="2026-11-30", budget="3000 EUR",
     note="mascot described without the word; poses are later, not asked now")

mail("inquiry", "en", "Greta Sørensen <greta@nordkap-knits.example>", "Stickers!",
     "2026-11-02 10:10", """Hi! We already have our mascot (Puffin Pelle, drawn by a friend who's moved on to
other things - we have his model sheet and permission). We'd love a sticker set of Pelle in different moods for
our knitting community: knitting, tangled in yarn, sleeping, cheering, confused, and drinking cocoa. Six
stickers. Any chance before 1 December? We have about 700 euros.

Greta
""", services=["mascot-poses"], q={"mascot-poses": 6}, deadline="2026-12-01", budget="700 EUR",
     note="existing character drawn by someone else; 'about 700' stated")

mail("inquiry", "en", "Felix Brandt <felix@brandt-architects.example>", "Annual report illustrations",
     "2026-11-03 15:25", """Dear Mara,

Our practice publishes a short annual report each spring. This year we would like illustrated section openers
instead of photographs: one for each of our four studios (London, Leeds, Glasgow, Cardiff) and one for the
introduction.

Print deadline is 12 March; we'd want final art by 26 February.

We've budgeted GBP 3250.

Kind regards,
Felix Brandt
""", services=["editorial-illustration"], q={"editorial-illustration": 5}, deadline="2027-02-26",
     budget="3250 GBP", note="annual report; four plus one; print date vs art date")

mail("inquiry", "en", "Noor Haddad <noor@haddad-bakes.example>", "bakery re-do",
     "2026-11-05 19:33", """hello mara

my bakery is turning 10 next year and i want to refresh everything - new logo, new colours, new look for the
boxes and the paper bags, maybe a little guide so my staff stop using comic sans on the chalkboard lol.

i don't know what this costs. i don't have a number. tell me what's sensible?

we reopen after the winter break on 1 february, would be great to have it by then but not life or death

noor
""", services=["brand-identity", "packaging"], deadline=None, budget=None,
     note="'would be great ... not life or death' soft deadline; box + bag but count not stated as number")

mail("inquiry", "en", "Olly Pembroke <olly@lowtide-records.example>", "gig posters for the spring tour",
     "2026-11-09 23:02", """yo

label guy here. band's doing 8 dates in march. we want a screenprint poster for each city, same
layout different illustration per city. 8 posters. we'd sell them at the merch table so they need to be
actually good lol

need them by the 1st of feb for printing

we can do 400 per poster

olly
""", services=["poster"], q={"poster": 8}, deadline="2027-02-01", budget="3200 EUR",
     note="per-piece fee multiplied out; currency not stated -> EUR")

mail("inquiry", "en", "Hannah Kowalczyk <hannah.k@mail.example>", "Question about a children's book (self-publishing)",
     "2026-11-12 09:48", """Hello Mara,

I've written a picture book for ages 3-6 about a girl who collects puddles. It's 32 pages, which my
self-publishing platform says is sixteen spreads including the ends. I'd like a cover as well.

I'm hoping to publish in autumn 2027, so there's time; I'd need the illustrations by the end of May 2027.

My budget is between four and five thousand pounds.

Best wishes,
Hannah
""", services=["book-illustration"], deadline="2027-05-31", budget=None,
     note="16 spreads plus cover (compound) -> no quantity; budget range -> none")

mail("inquiry", "en", "Wren Talbot <wren@talbot-events.example>", "Urgent - poster by Friday??",
     "2026-11-16 08:05", """Mara, hi, sorry for the stress-mail.

Our designer has dropped out and we need a poster for a charity gala on 28 November. The printer needs it
this Friday. Can you possibly do it? We'll pay whatever the rush rate is, within reason - up to about
€1,500.

Wren
""", services=["poster"], q={"poster": 1}, deadline="2026-11-20", budget="1500 EUR",
     note="relative 'this Friday' from a Monday; gala date is not the deadline")

mail("inquiry", "en", "Kit Morrow <kit@morrowfarm.example>", "eggs",
     "2026-11-18 13:37", """Hi, we need an egg box design. Just the one box, 6 eggs. We've got 1200 pounds. Early
January if possible. Thanks, Kit (Morrow Farm)""", services=["packaging"], q={"packaging": 1},
     deadline=None, budget="1200 GBP", note="'early January if possible' is vague")

mail("inquiry", "en", "Isabel Thorne <isabel@thorne-tea.example>", "Following up on my message from the summer",
     "2026-11-20 11:11", """Hi Mara,

I wrote to you in July about tea tin labels but I think my message got lost (or I never pressed send, which
is possible). We're now finally ready to go.

It's 3 teas for now: breakfast, earl grey, chamomile. Could we have them by mid-January?

Budget is 5k GBP.

Isabel
""", services=["packaging"], q={"packaging": 3}, deadline="2027-01-15", budget="5000 GBP",
     note="claims previous contact but not a directory client")

mail("inquiry", "en", "Mo Clarke <mo@thegreenbean.example>", "our coffee shop",
     "2026-11-23 16:44", """Hello!! We are opening a second coffee shop and want the same logo but we
realised we don't own the files (the old designer vanished). Could you redraw our logo from a photo of
the sign, clean it up, make it work on cups? And while you're at it, we'd love a poster for the opening on
12 December. Budget for the lot is 2000 euro.

Mo""", services=["logo", "poster"], q={"poster": 1}, deadline=None, budget="2000 EUR",
     note="logo redraw; opening date is the event, no delivery date given")

mail("inquiry", "en", "Evan Price <evan@pricebooks.example>", "15 spreads",
     "2026-11-25 10:00", """Mara,

Fifteen spreads, picture book, animals of the Welsh coast, text is final. We'd need final art by 30 June 2027.
Fee £6,000 plus royalties. Interested?

Evan Price
Price Books, Cardiff
""", services=["book-illustration"], q={"book-illustration": 15}, deadline="2027-06-30",
     budget="6000 GBP", note="terse publisher mail")

mail("inquiry", "en", "Sadie Lo <sadie@lo-and-behold.example>", "tattoo + logo?",
     "2026-11-27 20:20", """hi mara! two things, no pressure on either:
1. would you ever design a tattoo? it's for me, a little otter with a teacup
2. my sister runs a pottery studio and needs a logo, she's too shy to write to you herself. she has about
1000 euros. she wants it before her stall at the january market (jan 16).

sadie""", services=["logo"], q={"logo": 1}, deadline="2027-01-16", budget="1000 EUR",
     note="off-card tattoo + on-card logo for a third person; market date given as the want-by date")

mail("inquiry", "en", "Lucia Fernández <lucia@terraza-events.example>", "Posters for a film season",
     "2026-12-01 12:00", """Hi Mara,

Our cinema club is doing a six-film Scandinavian season from February and we'd like a poster for each film
plus one for the whole season. That's seven.

We'd need them all by 18 January. We're a volunteer club so our budget is €2,100.

Thanks!
Lucia (writing in English for my colleagues, we're based in Lisbon)
""", services=["poster"], q={"poster": 7}, deadline="2027-01-18", budget="2100 EUR",
     note="six plus one summed")

mail("inquiry", "en", "Ada Winslow <ada.winslow@mail.example>", "a birthday present",
     "2026-12-03 09:09", """Dear Mara,

My husband's 60th is in April and I'd love to give him a drawing of our old dog Barney as a character - like a
mascot for the family, with Barney from the front and the side and maybe a couple of faces (grumpy, happy).
We'd print it on a mug and t-shirts for the party.

Is that something you do? I'd spend up to £800.

Ada
""", services=["mascot"], q={"mascot": 1}, deadline=None, budget="800 GBP",
     note="private mascot request; birthday is an event, no delivery date")

mail("inquiry", "en", "Ben Ashford <ben@ashford-climbing.example>", "climbing gym rebrand",
     "2026-12-07 14:14", """Hi Mara,

We're rebranding Ashford Climbing (two gyms, a third opening in June). We want a full brand identity with a
character-driven illustration set - think small climbing creatures in the margins of everything. Launch is
at the new gym opening in June but we'd want the brand guide finished by the end of March so signage can be
made.

Total rebrand budget including signage and website is £40k; for the identity itself we've put aside £12,000.

Ben Ashford
Ops Director
""", services=["brand-identity"], q={"brand-identity": 1}, deadline="2027-03-31", budget="12000 GBP",
     note="design figure vs whole budget; opening is the event")
