import random, re, sys, datetime, collections, yaml, email
from email import policy
from email.parser import BytesParser
import lib
import d01_inq_en, d02_inq_de, d03_inq_rom, d04_existing, d05_offcard, d06_nfm, d07_sales, d08_auto, d09_more  # noqa

KINDS = {"inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"}
LANGS = {"en", "de", "fr", "es", "it", "nl"}
SERVICES = {"logo", "brand-identity", "mascot", "mascot-poses", "book-illustration", "editorial-illustration", "packaging", "poster"}
DIRECTORY_DOMAINS = {"acme.example", "greenleaf-kombucha.example", "museum-am-ufer.example"}
DIRECTORY_EMAILS = {"lektorat@birkenhain-verlag.example"}
LO, HI = datetime.date(2026, 6, 1), datetime.date(2027, 6, 30)

def in_directory(addr):
    addr = addr.lower()
    return addr in DIRECTORY_EMAILS or addr.split("@")[-1] in DIRECTORY_DOMAINS

errors = []
items = lib.MAILS
for n, it in enumerate(items):
    tag = f"#{n} {it['kind']} {it['lang']}"
    msg = BytesParser(policy=policy.default).parsebytes(it["eml"].encode("utf-8"))
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if msg[h] is None:
            errors.append(f"{tag}: missing {h}")
    if msg.defects:
        errors.append(f"{tag}: defects {msg.defects}")
    for part in msg.walk():
        if part.defects:
            errors.append(f"{tag}: part defects {part.defects}")
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        raw = part.get_payload(decode=True)
        if ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            try:
                raw.decode(cs)
            except Exception as e:
                errors.append(f"{tag}: {ct} does not decode as {cs}: {e}")
            txt = part.get_content()
            if cte == "base64":
                import base64
                base64.b64decode("".join(part.get_payload().split()), validate=True)
            if cte == "7bit" and any(ord(c) > 127 for c in part.get_payload()):
                errors.append(f"{tag}: 7bit with 8bit data")
    # header decode
    for h in ("From", "Subject", "To"):
        str(msg[h])
    d = email.utils.parsedate_to_datetime(msg["Date"]).date()
    if not (LO <= d <= HI):
        errors.append(f"{tag}: date {d} out of range")
    frm = msg["From"].addresses[0].addr_spec
    for hname in ("From", "To", "Cc", "Reply-To"):
        if msg[hname]:
            for a in msg[hname].addresses:
                if not a.addr_spec.lower().endswith(".example"):
                    errors.append(f"{tag}: non-.example address {a.addr_spec}")
    k = it["kind"]
    if k not in KINDS: errors.append(f"{tag}: kind")
    if it["lang"] not in LANGS: errors.append(f"{tag}: lang")
    for s in it["services"]:
        if s not in SERVICES: errors.append(f"{tag}: service {s}")
    for s, v in it["quantities"].items():
        if s not in it["services"]: errors.append(f"{tag}: quantity for unlisted service {s}")
        if not isinstance(v, int) or v < 1: errors.append(f"{tag}: quantity {v}")
    if it["budget"] is not None and not re.fullmatch(r"[1-9][0-9]* [A-Z]{3}", it["budget"]):
        errors.append(f"{tag}: budget {it['budget']}")
    if it["deadline"] is not None:
        dd = datetime.date.fromisoformat(it["deadline"])
        if dd <= d: errors.append(f"{tag}: deadline {dd} not after date {d}")
    if k not in ("inquiry", "existing_client"):
        if it["services"] or it["quantities"] or it["deadline"] or it["budget"]:
            errors.append(f"{tag}: labels on {k}")
    if k == "existing_client":
        if not in_directory(frm): errors.append(f"{tag}: existing_client not from directory: {frm}")
        if not it["asks_new_work"] and (it["services"] or it["quantities"]):
            errors.append(f"{tag}: asks_new_work false but services")
    elif k in ("inquiry", "off_card", "not_for_me", "sales_phishing"):
        if in_directory(frm): errors.append(f"{tag}: {k} from directory address {frm}")
    if k == "inquiry" and not it["services"]:
        errors.append(f"{tag}: inquiry without services")
    it["_from"] = frm

if errors:
    print("\n".join(errors)); sys.exit(1)

rng = random.Random(20261201)
order = list(range(len(items)))
rng.shuffle(order)
out = []
for i, idx in enumerate(order, 1):
    it = items[idx]
    o = {"id": f"h-{i:04d}", "kind": it["kind"], "lang": it["lang"], "services": it["services"],
         "quantities": it["quantities"], "deadline": it["deadline"], "budget": it["budget"]}
    if "asks_new_work" in it: o["asks_new_work"] = it["asks_new_work"]
    if "note" in it: o["note"] = it["note"]
    o["eml"] = it["eml"]
    out.append(o)

class D(yaml.SafeDumper): pass
def str_rep(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)
D.add_representer(str, str_rep)
D.add_representer(dict, lambda d, m: d.represent_mapping("tag:yaml.org,2002:map", m.items(), flow_style=None if m else True))
hdr = ("# Atelier blind hold-out mail set. CC0 1.0. Written blind; see README.md in this folder.\n"
       "# Fields as in tests/eval/reading/README.md. Ids h-0001.. assigned after a fixed-seed shuffle.\n")
text = hdr + yaml.dump(out, Dumper=D, allow_unicode=True, sort_keys=False, width=4096)
open("../mail_holdout.yaml", "w", encoding="utf-8").write(text)
back = yaml.safe_load(open("../mail_holdout.yaml", encoding="utf-8"))
assert len(back) == len(out) and len({x["id"] for x in back}) == len(back)
for a, b in zip(back, out):
    assert a["eml"] == b["eml"], a["id"]
c = collections.Counter((x["kind"], x["lang"]) for x in back)
print(len(back), collections.Counter(x["kind"] for x in back), collections.Counter(x["lang"] for x in back))
import json; json.dump({f"{k}|{l}": v for (k, l), v in c.items()}, open("./mail_counts.json", "w"))
