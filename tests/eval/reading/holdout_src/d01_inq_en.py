from lib import M
I = "inquiry"
M(I, "en", "2026-06-03 10:14", "Hannah Okafor <hannah@tidepool-tea.example>", "Logo + labels for a small tea company",
"""Hi Mara,

I run Tidepool Tea, a tiny loose-leaf tea business in Bristol. We finally have the money to look less
homemade. I'd love a logo and then labels for our tins - we have three blends now and two more coming
in autumn, so five label designs in total.

We'd need everything by 31 August because the new tins get printed in September.
Our budget is £4,800 for the lot.

Is that something you'd take on?

Hannah Okafor
Tidepool Tea · Bristol""",
  services=["logo", "packaging"], q={"packaging": 5}, deadline="2026-08-31", budget="4800 GBP",
  note="split count 3 now + 2 later = 5 labels; GBP")

M(I, "en", "2026-06-09 16:40 +0100", "Tom Ashdown <tom.ashdown@ashdown-ales.example>", "gig posters?",
"""hey, saw your Hafen festival stuff on insta. we're a brewery taproom that does live music fridays,
want a poster series for the autumn season - one for each month sept-dec, so four. 350 each ok?
need all four within six weeks tho, season starts then

cheers
tom""",
  services=["poster"], q={"poster": 4}, deadline="+6w", budget="1400 EUR",
  note="months counted as four; per-piece fee multiplied; currency not stated -> EUR")

M(I, "en", "2026-06-15 08:05", "Priya Raman <priya@little-lanterns.example>", "Picture book illustration - 16 spreads",
"""Dear Ms Lindqvist,

I am the publisher at Little Lanterns, an independent children's publisher in Leeds. We are looking for an
illustrator for a picture book about a girl who keeps bees on a city roof. The text is final.

The book is 32 pages, which means 16 spreads (the cover will be handled by our in-house designer).
Print files are due on 15 December 2026. Our illustration fee for this title is GBP 7,200.

We would be delighted to hear whether you have availability.

With best wishes,
Priya Raman
Publisher, Little Lanterns Books""",
  services=["book-illustration"], q={"book-illustration": 16}, deadline="2026-12-15", budget="7200 GBP",
  enc="qp", html=True)

M(I, "en", "2026-06-22 13:31", "Jonas Berg <jonas@berg-robotics.example>", "Mascot for a robotics kit",
"""Hi there,

We make build-it-yourself robot kits for 8-12 year olds. We want a friendly mascot character (a small robot
or maybe an animal-robot hybrid, open to ideas) and then a set of poses for the instruction manuals and the
app: waving, thinking, pointing, celebrating, confused, sleeping. That's six.

Launch is at the Nuremberg toy fair at the end of January but we need final files by 1 December.
Total budget for the character work is 6k.

Best
Jonas Berg
Head of Product, Berg Robotics""",
  services=["mascot", "mascot-poses"], q={"mascot-poses": 6}, deadline="2026-12-01", budget="6000 EUR",
  note="fair date is not the deadline; delivery date is")

M(I, "en", "2026-07-01 19:02", "Lucy Chen <lucy.chen@mailbox.example>", "Illustrations for my newsletter column",
"""Hello Mara!

I write a monthly column on urban gardening for the Harbourside Gazette and the editor finally agreed to
pay for proper illustrations. We'd need one illustration a month for the next year - twelve in total.
We'd start with the autumn issues, exact dates to follow.

They'll pay 300 per illustration.

Thanks so much, I really love your Atlas Weekly pieces.
Lucy""",
  services=["editorial-illustration"], q={"editorial-illustration": 12}, budget="3600 EUR",
  note="per-piece fee x 12; no deadline yet")

M(I, "en", "2026-07-06 11:20 -0400", "Marcus Bell <mbell@northfield-coop.example>", "Rebrand - Northfield Food Co-op",
"""Hi Mara,

Northfield Food Co-op (Toronto) is doing a full rebrand for our 25th anniversary: new visual identity,
brand guide, and then packaging for our own-label products. The first packaging wave is granola, oats,
lentils, rice, coffee, honey and maple syrup.

The overall project budget is CAD 40,000 (that includes printing, signage, and the web agency); the design
part we've set aside is CAD 18,000.

We'd like everything wrapped up by the end of November (brand guide first, ideally).

Warmly,
Marcus Bell
General Manager

--
Northfield Food Co-op | 112 Lake Rd | Toronto""",
  services=["brand-identity", "packaging"], q={"packaging": 7}, deadline="2026-11-30", budget="18000 CAD",
  note="design share is the budget; seven products listed")

M(I, "en", "2026-07-14 09:48", "Fern Whitaker <fern@whitaker-honey.example>", "Honey jar label",
"""Hi Mara

Quick one - I need a label for our honey jars. Just the one design, in two sizes (same artwork).
Could you do it for around 1000 euros? No rush, sometime this autumn is fine.

Fern""",
  services=["packaging"], q={"packaging": 1}, budget="1000 EUR",
  note="'around 1000 euros' is a stated budget; 'two sizes' are not two designs; vague deadline")

M(I, "en", "2026-07-21 22:15", "Dev Malhotra <dev@spicebox-kitchen.example>", "Re: your website contact form",
"""Hi, following up on the form I filled in last week since I never heard back.

We're a meal-kit startup (Spicebox Kitchen). Need:
- logo (we have a name, nothing else)
- box design for the delivery box
- maybe later stickers/labels for the spice sachets, not sure how many yet, depends on the menu

Timeline: we'd love to launch on Sept 1 so logo + box by Aug 15 would be ideal.
Budget: 5-6k EUR total, flexible for the right person.

Dev

On Tue, Jul 14, 2026 at 10:02 PM Dev Malhotra wrote:
> Hi, I'm looking for someone to design our logo and our packaging. Please get in touch.""",
  services=["logo", "packaging"], deadline="2026-08-15",
  note="budget is a range (5-6k) -> left null; sachet count unsure -> no quantity",
  budget=None)

M(I, "en", "2026-08-03 07:55", "Orla Keane <orla.keane@keane-distillery.example>", "Whiskey label + gift box",
"""Dear Mara,

Keane Distillery (Co. Cork) is releasing a 12-year-old single malt for Christmas. We need a bottle label
and a matching gift box - two pieces of packaging. Our designer left and we're in a bit of a spot.

Artwork must be with the printer by 25 September.
Budget: €5,000 + VAT.

Kind regards,
Orla Keane
Marketing, Keane Distillery""",
  services=["packaging"], q={"packaging": 2}, deadline="2026-09-25", budget="5000 EUR",
  note="'12-year-old' is not a quantity")

M(I, "en", "2026-08-11 14:02", "Sam Rivera <sam@rivera-rides.example>", "Bike shop logo & a poster",
"""Hey Mara,

I'm opening a small bike repair shop in Kreuzberg (Rivera Rides) in October. I need a logo and one big
poster for the window announcing the opening. Opening party is 10 Oct, the poster should be ready a week
before - so by Oct 3rd.

I can spend about 2,500 all in.

Sam""",
  services=["logo", "poster"], q={"poster": 1}, deadline="2026-10-03", budget="2500 EUR",
  note="opening date vs delivery date; 'one big poster' = 1; 'about 2,500' is a budget figure")

M(I, "en", "2026-08-19 10:10", "Beatrice Lowe <b.lowe@quarterly-review.example>", "Commission: three illustrations for our autumn issue",
"""Dear Mara Lindqvist,

The Quarterly Review would like to commission three editorial illustrations for long-form essays in our
autumn issue (on memory, on migration of birds, and on libraries). Final artwork is needed by 9 September.
Our standard fee is £450 per illustration.

Best regards,
Beatrice Lowe
Art Editor, The Quarterly Review""",
  services=["editorial-illustration"], q={"editorial-illustration": 3}, deadline="2026-09-09", budget="1350 GBP")

M(I, "en", "2026-08-27 17:33", "Ines Duarte <ines@duarte-ceramics.example>", "brand identity for ceramics studio",
"""Hi Mara,

I'm a ceramicist and after 6 years I'm finally doing a proper brand: logo, colours, fonts, a little pattern
for tissue paper, brand guide. My friend Lena (you did her yoga studio logo?) recommended you.

I'd like to have it before the Christmas markets, so end of October at the latest.
Budget is 5.500 €.

xx Ines""",
  services=["brand-identity"], deadline="2026-10-31", budget="5500 EUR",
  note="'6 years' not a quantity; German-style thousands separator in English mail")

M(I, "en", "2026-09-02 12:00", "Gideon Frost <gideon@frost-and-fir.example>", "Christmas campaign - posters x 3 and a label",
"""Mara - hi.

Frost & Fir (candles) needs for the Christmas campaign: three posters for our shops (same motif, different
sizes? no - three different motifs, one per shop) and a limited-edition label for the winter candle.

Deliver by November 1st please. Budget 4.2k.

G.""",
  services=["poster", "packaging"], q={"poster": 3, "packaging": 1}, deadline="2026-11-01", budget="4200 EUR",
  note="sender corrects himself mid-sentence: three different motifs")

M(I, "en", "2026-09-09 09:30", "Aisha Bello <aisha@brightpath-charity.example>", "Annual report illustrations",
"""Hello Mara,

BrightPath is a literacy charity. For our annual report we'd like a cover illustration plus five inside
illustrations, one per programme - six in total. The report goes to print on 30 October so we'd need final
art by 20 October.

We are a charity so our budget is modest: 1,800 GBP.

Thank you for considering it,
Aisha Bello
Communications Officer""",
  services=["editorial-illustration"], q={"editorial-illustration": 6}, deadline="2026-10-20", budget="1800 GBP",
  note="print date vs delivery date")

M(I, "en", "2026-09-14 21:47", "Kit <kit.morrow@inbox.example>", "kids book??",
"""hi!! i wrote a picture book for my niece and want to get it illustrated properly and maybe self publish.
its about a snail who wants to go to the moon. i think it's around 12-14 spreads, i'm not sure how to count
pages vs spreads honestly. no deadline really. what would something like that cost?

kit""",
  services=["book-illustration"],
  note="count unsure -> no quantity; no deadline; no budget")

M(I, "en", "2026-09-21 08:12", "Rafael Ortiz <rafael@ortiz-coffee.example>", "Coffee bags - 8 origins",
"""Good morning Mara,

Ortiz Coffee Roasters, Amsterdam. We're redoing our retail bags. Eight single origins, each gets its own
illustrated bag. One shared layout, eight illustrations.

Could you deliver by mid-December? Let's say December 15.
We were thinking 1,200 per bag, so 9,600 euros in total.

Rafael Ortiz""",
  services=["packaging"], q={"packaging": 8}, deadline="2026-12-15", budget="9600 EUR",
  note="sender multiplies out himself")

M(I, "en", "2026-09-29 15:20", "Nadia Petrova <nadia@orbit-games.example>", "Character design for an indie game",
"""Hi Mara,

We're a 4-person indie studio (Orbit Games) working on a cosy space farming game. We need the main
character designed - full turnaround and expressions - and a second character, her robot sidekick.

Two mascots/characters total. Our art budget for this part is USD 5,000.
We'd like finals in six weeks.

Thanks!
Nadia""",
  services=["mascot"], q={"mascot": 2}, deadline="+6w", budget="5000 USD",
  note="'4-person' is not a quantity; relative deadline")

M(I, "en", "2026-10-05 10:00", "Eleanor Price <eleanor.price@hartwell-school.example>", "School centenary poster + logo",
"""Dear Mara,

Hartwell Primary turns 100 next year. The parents' association would like a centenary logo (a badge we can
use on everything that year) and a poster for the celebration day. The celebration is 12 June 2027; we'd
like both the logo and the poster by 1 May at the latest. I've attached nothing yet, sorry, this is a first
feeler.

The PTA has raised £2,000 for the design work.

Best wishes,
Eleanor Price
PTA chair""",
  services=["logo", "poster"], q={"poster": 1}, deadline="2027-05-01", budget="2000 GBP",
  note="celebration date is not the deadline; delivery date 1 May given")

M(I, "en", "2026-10-12 13:45", "Ben Adeyemi <ben@kettle-and-crumb.example>", "Bakery rebrand",
"""Hi Mara,

Kettle & Crumb is a bakery-café in Hackney. We need a rebrand (new logo, colours, menu style, a brand
guide for our staff) and then the bread bags and the cake boxes, so 2 packaging pieces.

Ideally everything by the end of January 2027.
We have put aside ten thousand pounds.

Ben""",
  services=["brand-identity", "packaging"], q={"packaging": 2}, deadline="2027-01-31", budget="10000 GBP",
  note="budget in words")

M(I, "en", "2026-10-20 18:30", "Chloe Martin <chloe@paperkite-studio.example>", "Fwd: illustration request from our client",
"""Hi Mara, forwarding this from our client - we're the agency, we'd contract you directly. Can you do it?
Chloe

---------- Forwarded message ---------
From: Greg Holt <greg@holt-outdoor.example>
Date: Mon, 19 Oct 2026 at 16:02
Subject: magazine ads

Chloe, for the spring campaign we want two illustrations for our sponsored feature article in Trail
magazine, plus a poster for the stores. Needed by 20 Feb. Budget for the illustration side is 3,000 EUR.
Greg""",
  services=["editorial-illustration", "poster"], q={"editorial-illustration": 2, "poster": 1},
  deadline="2027-02-20", budget="3000 EUR",
  note="forwarded by an agency; the request is in the quoted part")

M(I, "en", "2026-10-28 07:40", "Wren Holloway <wren@holloway-farm.example>", "cider labels!",
"""Morning Mara,

Holloway Farm is launching cider. Two cans: a dry and a medium. Maybe a third (perry) next year but don't
count that yet. Need it all by end of February, budget up to 4000.

Wren""",
  services=["packaging"], q={"packaging": 2}, deadline="2027-02-28", budget="4000 EUR",
  note="a possible third can is explicitly not counted")

M(I, "en", "2026-11-03 11:11", "Olu Adebayo <olu@adebayo-law.example>", "Logo for a law firm",
"""Dear Ms Lindqvist,

We are a new immigration law practice in Berlin and require a logo. Also a website, which I gather you
don't build, but perhaps you can recommend someone.

Please let us know your fee and earliest availability. We would like the logo by 15 December.

Yours sincerely,
Olu Adebayo
Adebayo Rechtsanwälte""",
  services=["logo"], deadline="2026-12-15",
  note="on-card + off-card (website) -> inquiry for the logo", enc="qp")

M(I, "en", "2026-11-09 16:25", "Margot Steele <margot@steele-books.example>", "Children's book, 12 spreads",
"""Hi Mara,

Steele Books here - small press, Edinburgh. New picture book by a debut author. 12 spreads; I have the
manuscript and page plan ready to send. We'd need the finished art by 30 April 2027 for an autumn
publication. The fee is £6,000, flat.

Margot""",
  services=["book-illustration"], q={"book-illustration": 12}, deadline="2027-04-30", budget="6000 GBP",
  note="'autumn publication' is not the deadline")

M(I, "en", "2026-11-17 09:05", "Zoe Fischer <zoe@fischer-events.example>", "Festival posters 2027",
"""Hi Mara,

Fischer Events runs the Lakeside Jazz weekend. For 2027 we'd like the main festival poster plus one poster
per night (Fri, Sat, Sun) - so four posters. Festival is 16-18 July 2027. We need all files by 1 May 2027
for the print run.

We pay 800 per poster.

Zoe Fischer""",
  services=["poster"], q={"poster": 4}, deadline="2027-05-01", budget="3200 EUR",
  note="1 + 3 nights = 4; festival date not the deadline")

M(I, "en", "2026-11-24 12:12", "Harriet Nash <harriet@nash-nursery.example>", "Mascot for our plant nursery + stickers",
"""Hi Mara,

We'd love a mascot for Nash Nursery - maybe a hedgehog gardener? Plus a sticker sheet of him doing garden
things. Maybe eight stickers, maybe ten, we don't know yet.

We're thinking spring, garden season starts in March so let's say finished by 1 March.
Budget: £3k.

Harriet""",
  services=["mascot", "mascot-poses"], deadline="2027-03-01", budget="3000 GBP",
  note="sticker count undecided -> no quantity")

M(I, "en", "2026-12-01 20:20", "Ryan O'Connell <ryan@oconnell-brewing.example>", "beer labels",
"""Mara,

O'Connell Brewing. Six new beers for 2027, a label each. All six by April 1, first ones earlier if you can.
€1.1k per label.

Ryan""",
  services=["packaging"], q={"packaging": 6}, deadline="2027-04-01", budget="6600 EUR",
  note="per-piece fee x 6; 'first ones earlier' is not a second deadline")

M(I, "en", "2026-12-08 10:30", "Ivy Tran <ivy@tran-tea-house.example>", "=?utf-8?q?Logo_and_menu?=",
"""Hi Mara,

I'm opening a Vietnamese tea house in Neukölln. I need a logo. And a menu board design but that's probably
not your thing, I can do that myself.

Opening date is 14 February, so the logo should be done by 15 January.
I have 1500 euro.

Thank you!
Ivy""",
  services=["logo"], deadline="2027-01-15", budget="1500 EUR",
  note="menu board is dropped by the sender; opening date vs delivery")

M(I, "en", "2027-01-06 08:45", "Felix Grant <felix@grant-and-co.example>", "Annual report - 4 illustrations",
"""Hi Mara, happy new year.

Grant & Co. (architects) want four illustrations for our 2026 annual report: one per studio (London,
Lisbon, Berlin, Oslo). Report launches 10 March, we need artwork 3 weeks before that - 17 Feb.

The whole report budget is £12,000; illustration is £2,400 of that.

Felix Grant""",
  services=["editorial-illustration"], q={"editorial-illustration": 4}, deadline="2027-02-17", budget="2400 GBP",
  note="design/illustration share is the budget")

M(I, "en", "2027-01-19 14:00", "Amara Nwosu <amara@nwosu-skincare.example>", "Packaging for skincare line",
"""Dear Mara,

Nwosu Skincare is launching with a cleanser, a serum, a moisturiser and a balm: four boxes, plus the jars
for the moisturiser and the balm, so six packaging designs overall.

We're aiming for a June launch; packaging needs to be final in 10 weeks.
Budget: EUR 9,000.

Amara Nwosu
Founder""",
  services=["packaging"], q={"packaging": 6}, deadline="+10w", budget="9000 EUR")

M(I, "en", "2027-02-02 17:17", "Leo Marsh <leo.marsh@marsh-media.example>", "A cover for our magazine?",
"""Hi Mara,

Marsh Media publishes Outpost, a small travel magazine. Would you illustrate our summer cover? One cover.
We'd need it by March 15. Fee is 900.

Best, Leo""",
  services=["editorial-illustration"], q={"editorial-illustration": 1}, deadline="2027-03-15", budget="900 EUR",
  note="magazine cover = editorial illustration, not a book cover")

M(I, "en", "2027-02-16 09:20", "Elsa Moreau <elsa@moreau-wines.example>", "wine labels & brand",
"""Hello Mara,

My family's vineyard is finally bottling under its own name. We need the whole thing: brand identity, and
labels for a red, a white and a rosé.

Harvest festival is in September but we bottle in July, so labels by 30 June please.

Budget: €12.000 for design.

Elsa Moreau
Domaine Moreau""",
  services=["brand-identity", "packaging"], q={"packaging": 3}, deadline="2027-06-30", budget="12000 EUR",
  note="three wines listed = 3 labels")

M(I, "en", "2027-03-03 11:00", "Thea Lund <thea@lund-library.example>", "Reading campaign posters",
"""Hi Mara,

The Lund City Library is running a summer reading campaign for children. Could you design a poster series:
two for the library branches and two for schools? Also a mascot for the campaign, a bookworm perhaps.

Campaign starts 1 June; we need everything by 10 May.
We have a budget of 5000 EUR.

Thea Lund
Children's Services""",
  services=["poster", "mascot"], q={"poster": 4}, deadline="2027-05-10", budget="5000 EUR",
  note="split count 2 + 2 = 4")

M(I, "en", "2027-03-24 15:30", "Noah Price <noah@price-pickles.example>", "pickle jars",
"""hi mara. price pickles here. we need labels for our jars, a dozen flavours. same template, different
colour + illustration. by june 1. 7.2k budget. thx noah""",
  services=["packaging"], q={"packaging": 12}, deadline="2027-06-01", budget="7200 EUR",
  note="'a dozen' = 12")

M(I, "en", "2027-04-14 10:45", "Isla Greer <isla@greer-festival.example>", "Poster for a folk festival",
"""Dear Mara,

Greer Folk Festival (Glasgow) would love one of your posters for our 10th edition. One main poster,
screenprinted. Festival is 22-24 August, the print studio needs files by 30 June. Budget £1,200.

Isla""",
  services=["poster"], q={"poster": 1}, deadline="2027-06-30", budget="1200 GBP",
  note="'10th edition' is not a quantity")

M(I, "en", "2027-05-11 08:30", "Carmen Ruiz <carmen@ruiz-bikes.example>", "Logo + brand guide for cycling club",
"""Hello,

Our cycling club needs a visual identity - a logo, colours, a simple brand guide for kit makers.
Deadline: in four weeks (we order jerseys mid-June). Budget 4800 EUR.

Carmen Ruiz, Ruiz Cycling Club""",
  services=["brand-identity"], deadline="+4w", budget="4800 EUR",
  note="relative deadline; logo is part of brand identity, not a second service")
