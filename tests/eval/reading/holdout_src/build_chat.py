import random, collections, yaml, re
import chat_other  # noqa
from chat_en import C
ROUTES = {"memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"}
LANGS = {"en", "de", "fr", "es", "it", "nl"}
SERVICES = {"logo", "brand-identity", "mascot", "mascot-poses", "book-illustration", "editorial-illustration", "packaging", "poster"}
texts = set()
for r, l, t, s, q in C:
    assert r in ROUTES and l in LANGS, (r, l, t)
    assert t not in texts, t; texts.add(t)
    if r != "quote": assert s is None and q is None, t
    if s is not None: assert s in SERVICES, t
    if q is not None: assert s is not None and isinstance(q, int) and q > 0, t
rng = random.Random(20261202)
order = list(range(len(C))); rng.shuffle(order)
out = []
for i, idx in enumerate(order, 1):
    r, l, t, s, q = C[idx]
    o = {"id": f"hc-{i:04d}", "text": t, "route": r, "lang": l}
    if s: o["service"] = s
    if q: o["quantity"] = q
    out.append(o)
class D(yaml.SafeDumper): pass
D.add_representer(str, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|" if "\n" in s else None))
hdr = "# Atelier blind hold-out chat-turn set. CC0 1.0. Fields as in tests/eval/reading/README_chat.md; see README.md here.\n"
open("../chat_holdout.yaml", "w", encoding="utf-8").write(hdr + yaml.dump(out, Dumper=D, allow_unicode=True, sort_keys=False, width=4096))
back = yaml.safe_load(open("../chat_holdout.yaml", encoding="utf-8"))
assert [b["text"] for b in back] == [o["text"] for o in out]
assert len({b["id"] for b in back}) == len(back)
slash = sum(1 for b in back if b["text"].startswith("/"))
print(len(back), "slash", slash, collections.Counter(b["route"] for b in back), collections.Counter(b["lang"] for b in back))
import json; json.dump({f"{r}|{l}": v for (r, l), v in collections.Counter((b["route"], b["lang"]) for b in back).items()}, open("./chat_counts.json", "w"))
