"""Check every item of mail_fresh.yaml and chat_fresh.yaml against the field and label rules of the READMEs."""

from __future__ import annotations

import pathlib
import re
import sys
from datetime import date
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
KINDS = {"inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"}
LANGS = {"en", "de", "fr", "es", "it", "nl"}
SERVICES = {"logo", "brand-identity", "mascot", "mascot-poses", "book-illustration", "editorial-illustration",
            "packaging", "poster"}
ROUTES = {"memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"}
MAIL_KEYS = ["id", "kind", "lang", "services", "quantities", "deadline", "budget"]
BUDGET = re.compile(r"^[1-9][0-9]* [A-Z]{3}$")


def check_mail(row: dict, errors: list[str]) -> None:
    rid = row.get("id", "?")
    def bad(msg: str) -> None:
        errors.append(f"{rid}: {msg}")
    if list(row)[:7] != MAIL_KEYS:
        bad(f"fields out of order or missing: {list(row)}")
    allowed = set(MAIL_KEYS) | {"asks_new_work", "note", "eml"}
    if set(row) - allowed:
        bad(f"unknown fields {set(row) - allowed}")
    if not re.fullmatch(r"f-\d{4}", rid):
        bad("id pattern")
    kind = row["kind"]
    if kind not in KINDS:
        bad(f"kind {kind}")
    if row["lang"] not in LANGS:
        bad(f"lang {row['lang']}")
    if not set(row["services"]) <= SERVICES or len(set(row["services"])) != len(row["services"]):
        bad(f"services {row['services']}")
    if not isinstance(row["quantities"], dict):
        bad("quantities not a mapping")
    for key, value in row["quantities"].items():
        if key not in row["services"] or not isinstance(value, int) or isinstance(value, bool) or value < 1:
            bad(f"quantity {key}={value}")
    work = kind in ("inquiry", "existing_client")
    if not work and (row["services"] or row["quantities"] or row["deadline"] or row["budget"]):
        bad("services/quantities/deadline/budget set on a non-work kind")
    if kind == "inquiry" and not row["services"]:
        bad("inquiry without services")
    if kind == "existing_client":
        if not isinstance(row.get("asks_new_work"), bool):
            bad("existing_client needs asks_new_work")
        elif not row["asks_new_work"] and (row["services"] or row["deadline"] or row["budget"]):
            bad("asks_new_work false but work labels set")
    elif "asks_new_work" in row:
        bad("asks_new_work only on existing_client")
    if row["budget"] is not None and not BUDGET.match(row["budget"]):
        bad(f"budget {row['budget']}")
    # 8bit bodies are UTF-8 bytes on the wire, so the text is parsed as bytes, as a mail client would.
    msg = message_from_bytes(row["eml"].encode("utf-8"), policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            bad(f"no {header} header")
    sent = parsedate_to_datetime(str(msg["Date"]))
    if row["deadline"] is not None:
        due = date.fromisoformat(row["deadline"])
        if due < sent.date():
            bad(f"deadline {due} before Date {sent.date()}")
    part = msg.get_body(("plain", "html"))
    if msg.get_content_type() != "multipart/report" and (part is None or not part.get_content().strip()):
        bad("no readable body")
    for leaf in msg.walk():
        if leaf.get_content_maintype() == "text" and "\ufffd" in leaf.get_content():
            bad("a text part does not decode cleanly")
    sender = msg["From"].addresses[0].addr_spec.lower()
    domain = sender.rpartition("@")[2]
    directory = domain in {"acme.example", "greenleaf-kombucha.example", "museum-am-ufer.example"} or \
        sender == "lektorat@birkenhain-verlag.example"
    if kind == "existing_client" and not directory:
        bad(f"existing_client from {sender}, not in the directory")
    if directory and kind not in ("existing_client", "automated"):
        bad(f"directory sender {sender} labelled {kind}")
    if not domain.endswith(".example"):
        bad(f"sender domain {domain} is not .example")


def check_chat(row: dict, errors: list[str]) -> None:
    rid = row.get("id", "?")
    def bad(msg: str) -> None:
        errors.append(f"{rid}: {msg}")
    if list(row)[:4] != ["id", "text", "route", "lang"] or set(row) - {"id", "text", "route", "lang",
                                                                       "service", "quantity"}:
        bad(f"fields {list(row)}")
    if not re.fullmatch(r"fc-\d{4}", rid):
        bad("id pattern")
    if row["route"] not in ROUTES:
        bad(f"route {row['route']}")
    if row["lang"] not in LANGS:
        bad(f"lang {row['lang']}")
    if not isinstance(row["text"], str) or not row["text"].strip():
        bad("empty text")
    if ("service" in row or "quantity" in row) and row["route"] != "quote":
        bad("service/quantity only on quote turns")
    if "service" in row and row["service"] not in SERVICES:
        bad(f"service {row['service']}")
    if "quantity" in row and (not isinstance(row["quantity"], int) or row["quantity"] < 1):
        bad(f"quantity {row['quantity']}")


def main() -> int:
    errors: list[str] = []
    mails = yaml.safe_load((ROOT / "mail_fresh.yaml").read_text(encoding="utf-8"))
    chats = yaml.safe_load((ROOT / "chat_fresh.yaml").read_text(encoding="utf-8"))
    for row in mails:
        check_mail(row, errors)
    for row in chats:
        check_chat(row, errors)
    for rows in (mails, chats):
        ids = [r["id"] for r in rows]
        if len(ids) != len(set(ids)):
            errors.append("duplicate ids")
    texts = [r["text"].strip().lower() for r in chats]
    if len(texts) != len(set(texts)):
        errors.append("duplicate chat texts")
    for line in errors:
        print(line)
    print(f"{len(mails)} mails, {len(chats)} chat turns, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
