"""Independent check of the two YAML files as written (run from /work/holdout: python3 src/validate.py)."""
import yaml, re, datetime, email, collections
from email import policy
from email.parser import BytesParser
SV = {"logo", "brand-identity", "mascot", "mascot-poses", "book-illustration", "editorial-illustration", "packaging", "poster"}
mail = yaml.safe_load(open("mail_holdout.yaml", encoding="utf-8"))
chat = yaml.safe_load(open("chat_holdout.yaml", encoding="utf-8"))
ids = [m["id"] for m in mail] + [c["id"] for c in chat]
assert len(ids) == len(set(ids))
assert all(re.fullmatch(r"h-\d{4}", m["id"]) for m in mail) and all(re.fullmatch(r"hc-\d{4}", c["id"]) for c in chat)
for m in mail:
    assert m["kind"] in {"inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"}
    assert m["lang"] in {"en", "de", "fr", "es", "it", "nl"}
    assert set(m["services"]) <= SV and set(m["quantities"]) <= set(m["services"])
    assert ("asks_new_work" in m) == (m["kind"] == "existing_client")
    msg = BytesParser(policy=policy.default).parsebytes(m["eml"].encode("utf-8"))
    assert not msg.defects, m["id"]
    d = email.utils.parsedate_to_datetime(msg["Date"]).date()
    assert datetime.date(2026, 6, 1) <= d <= datetime.date(2027, 6, 30)
    for p in msg.walk():
        assert not p.defects, m["id"]
        if p.get_content_maintype() == "text":
            p.get_payload(decode=True).decode(p.get_content_charset() or "us-ascii")
    if m["deadline"]:
        assert datetime.date.fromisoformat(m["deadline"]) > d
    if m["budget"]:
        assert re.fullmatch(r"[1-9]\d* [A-Z]{3}", m["budget"])
    if m["kind"] not in ("inquiry", "existing_client"):
        assert not (m["services"] or m["quantities"] or m["deadline"] or m["budget"])
for c in chat:
    assert c["route"] in {"memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"}
    assert c["lang"] in {"en", "de", "fr", "es", "it", "nl"}
    assert set(c) <= {"id", "text", "route", "lang", "service", "quantity"}
    if "service" in c or "quantity" in c:
        assert c["route"] == "quote" and c.get("service") in SV
print("ok", len(mail), "mails,", len(chat), "chat turns")
