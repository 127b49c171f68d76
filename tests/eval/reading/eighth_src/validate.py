"""Checks mail_eighth.yaml and chat_eighth.yaml; exits 1 on the first list of failures.

Run: /work/main/.venv/bin/python tests/eval/reading/eighth_src/validate.py
"""

from __future__ import annotations

import re
import sys
from datetime import date
from email import message_from_bytes, policy
from email.utils import parsedate_to_datetime
from pathlib import Path

import yaml

OUT = Path(__file__).resolve().parent.parent
KINDS = {"inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"}
LANGS = {"en", "de", "fr", "es", "it", "nl"}
SERVICES = {
    "logo",
    "brand-identity",
    "mascot",
    "mascot-poses",
    "book-illustration",
    "editorial-illustration",
    "packaging",
    "poster",
}
ROUTES = {"memory", "quote", "brief", "style", "scope", "reply", "sent", "chat"}
CLIENT_DOMAINS = {"acme.example", "greenleaf-kombucha.example", "museum-am-ufer.example", "brotzeit-bakery.example"}
CLIENT_EMAILS = {"lektorat@birkenhain-verlag.example"}
MAIL_FIELDS = ["id", "kind", "lang", "services", "quantities", "deadline", "budget"]
BUDGET = re.compile(r"^[0-9]+ [A-Z]{3}$")


def check_mail(item: dict, errors: list[str]) -> None:
    ident = item.get("id", "?")
    keys = list(item)
    expected = MAIL_FIELDS + (["asks_new_work"] if item.get("kind") == "existing_client" else [])
    rest = [k for k in keys if k not in expected]
    if keys[: len(expected)] != expected or rest not in (["eml"], ["note", "eml"]):
        errors.append(f"{ident}: fields {keys}")
        return
    kind = item["kind"]
    if kind not in KINDS or item["lang"] not in LANGS:
        errors.append(f"{ident}: kind/lang {kind} {item['lang']}")
    if not set(item["services"]) <= SERVICES or len(set(item["services"])) != len(item["services"]):
        errors.append(f"{ident}: services {item['services']}")
    if not set(item["quantities"]) <= set(item["services"]):
        errors.append(f"{ident}: quantities outside services")
    if any(not isinstance(v, int) or v < 1 for v in item["quantities"].values()):
        errors.append(f"{ident}: quantity values")
    work = kind in ("inquiry", "existing_client")
    if not work and (item["services"] or item["deadline"] or item["budget"]):
        errors.append(f"{ident}: labels set on {kind}")
    if kind == "inquiry" and not item["services"]:
        errors.append(f"{ident}: inquiry without services")
    if kind == "existing_client" and not item["asks_new_work"] and item["services"]:
        errors.append(f"{ident}: services without new work")
    if item["budget"] is not None and not BUDGET.match(item["budget"]):
        errors.append(f"{ident}: budget {item['budget']}")
    msg = message_from_bytes(item["eml"].encode("utf-8"), policy=policy.default)
    for header in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[header] is None:
            errors.append(f"{ident}: no {header}")
            return
    sent = parsedate_to_datetime(str(msg["Date"]))
    if not (date(2027, 4, 1) <= sent.date() <= date(2027, 6, 30)):
        errors.append(f"{ident}: date {sent}")
    if item["deadline"] is not None:
        due = date.fromisoformat(item["deadline"])
        if due < sent.date():
            errors.append(f"{ident}: deadline {due} before {sent.date()}")
    sender = msg["From"].addresses[0].addr_spec.lower()
    domain = sender.rsplit("@", 1)[-1]
    in_directory = domain in CLIENT_DOMAINS or sender in CLIENT_EMAILS
    if kind == "existing_client" and not in_directory:
        errors.append(f"{ident}: existing_client from {sender}")
    if kind == "inquiry" and in_directory:
        errors.append(f"{ident}: inquiry from a client address {sender}")
    if not domain.endswith(".example"):
        errors.append(f"{ident}: domain {domain}")
    texts = 0
    for part in msg.walk():
        # The field blocks inside message/delivery-status parse as header-only parts: skip those.
        if part.get_content_maintype() == "text" and part["Content-Type"] is not None:
            text = part.get_content()
            texts += 1
            if not text.strip():
                errors.append(f"{ident}: empty text part")
    if texts == 0:
        errors.append(f"{ident}: no text part")


def check_chat(item: dict, errors: list[str]) -> None:
    ident = item.get("id", "?")
    keys = list(item)
    if keys[:4] != ["id", "text", "route", "lang"] or not set(keys[4:]) <= {"service", "quantity"}:
        errors.append(f"{ident}: fields {keys}")
        return
    if item["route"] not in ROUTES or item["lang"] not in LANGS:
        errors.append(f"{ident}: route/lang")
    if ("service" in item or "quantity" in item) and item["route"] != "quote":
        errors.append(f"{ident}: service/quantity on {item['route']}")
    if "service" in item and item["service"] not in SERVICES:
        errors.append(f"{ident}: service {item['service']}")
    if not isinstance(item["text"], str) or not item["text"].strip():
        errors.append(f"{ident}: empty text")


def check_ids(items: list[dict], prefix: str, errors: list[str]) -> None:
    want = [f"{prefix}-{i:04d}" for i in range(1, len(items) + 1)]
    if [i["id"] for i in items] != want:
        errors.append(f"{prefix}: ids not {want[0]}..{want[-1]} in order")


def main() -> int:
    errors: list[str] = []
    mails = yaml.safe_load((OUT / "mail_eighth.yaml").read_text(encoding="utf-8"))
    chats = yaml.safe_load((OUT / "chat_eighth.yaml").read_text(encoding="utf-8"))
    check_ids(mails, "w", errors)
    check_ids(chats, "wc", errors)
    for item in mails:
        check_mail(item, errors)
    for item in chats:
        check_chat(item, errors)
    texts = [c["text"] for c in chats]
    if len(set(texts)) != len(texts):
        errors.append("duplicate chat texts")
    for line in errors:
        print(line)
    print(f"{len(mails)} mails, {len(chats)} chat turns, {len(errors)} problems")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
