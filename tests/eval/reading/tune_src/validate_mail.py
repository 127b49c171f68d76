"""Check mail_tune.yaml against the field rules in README.md and the brief's counts; print counts.

Run from this folder: python validate_mail.py
"""

from __future__ import annotations

import email
import random
import re
import sys
from collections import Counter
from datetime import date
from email import policy
from pathlib import Path

import build_mail
import yaml

SET = Path(__file__).resolve().parent.parent / "mail_tune.yaml"
KINDS = ["inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"]
LANGS = ["en", "de", "fr", "es", "it", "nl"]
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
CLIENT_DOMAINS = {"acme.example", "greenleaf-kombucha.example", "museum-am-ufer.example"}
CLIENT_EMAILS = {"lektorat@birkenhain-verlag.example"}
BUDGET = re.compile(r"^[1-9][0-9]* [A-Z]{3}$")


def _sender(msg: email.message.Message) -> str:
    return email.utils.parseaddr(str(msg["From"]))[1].lower()


def _is_client(addr: str) -> bool:
    return addr in CLIENT_EMAILS or addr.split("@")[-1] in CLIENT_DOMAINS


def check(rows: list[dict]) -> list[str]:
    errors: list[str] = []
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        errors.append("duplicate ids")
    for r in rows:
        rid = r["id"]
        if not re.fullmatch(r"t-\d{4}", rid):
            errors.append(f"{rid}: bad id")
        if r["kind"] not in KINDS or r["lang"] not in LANGS:
            errors.append(f"{rid}: bad kind or lang")
        if not set(r["services"]) <= SERVICES or not set(r["quantities"]) <= set(r["services"]):
            errors.append(f"{rid}: services/quantities")
        if any(not isinstance(v, int) or v < 1 for v in r["quantities"].values()):
            errors.append(f"{rid}: quantity not a positive int")
        on_card = r["kind"] in ("inquiry", "existing_client")
        if not on_card and (r["services"] or r["quantities"] or r["deadline"] or r["budget"]):
            errors.append(f"{rid}: labels set on a non-request")
        if r["kind"] == "inquiry" and not r["services"]:
            errors.append(f"{rid}: inquiry without services")
        if ("asks_new_work" in r) != (r["kind"] == "existing_client"):
            errors.append(f"{rid}: asks_new_work only on existing_client")
        no_new_work = r["kind"] == "existing_client" and not r["asks_new_work"]
        if no_new_work and (r["services"] or r["deadline"] or r["budget"]):
            errors.append(f"{rid}: no new work but services/deadline/budget")
        if r["budget"] is not None and not BUDGET.match(r["budget"]):
            errors.append(f"{rid}: budget format")
        msg = email.message_from_bytes(r["eml"].encode("utf-8"), policy=policy.default)
        for head in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[head] is None:
                errors.append(f"{rid}: missing {head}")
        sent = msg["Date"].datetime.date()
        if r["deadline"] is not None and date.fromisoformat(r["deadline"]) <= sent:
            errors.append(f"{rid}: deadline not after Date")
        client = _is_client(_sender(msg))
        if r["kind"] == "existing_client" and not client:
            errors.append(f"{rid}: existing_client from outside the directory")
        if client and r["kind"] not in ("existing_client", "automated"):
            errors.append(f"{rid}: directory sender labelled {r['kind']}")
        if msg.get_content_type() == "multipart/report" and r["kind"] != "automated":
            errors.append(f"{rid}: report not automated")
        if not msg.get_body(preferencelist=("plain", "html")):
            errors.append(f"{rid}: no readable body")
    return errors


def _norm(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip().splitlines())


def check_round_trip(rows: list[dict]) -> list[str]:
    """Every decoded body and subject must equal the hand-written source, so the MIME wrapping lost nothing."""
    items = build_mail.load_items()
    random.Random(build_mail.SEED).shuffle(items)
    if len(items) != len(rows):
        return ["mail_tune.yaml is stale: rebuild it"]
    errors = []
    for item, row in zip(items, rows, strict=True):
        msg = email.message_from_bytes(row["eml"].encode("utf-8"), policy=policy.default)
        if str(msg["Subject"]) != item["subj"] or row["kind"] != item["kind"]:
            errors.append(f"{row['id']}: subject or kind differs from its source")
        if item.get("html_only"):
            continue
        body = msg.get_body(preferencelist=("plain",))
        if body is None or _norm(body.get_content()) != _norm(item["body"]):
            errors.append(f"{row['id']}: body differs from its source")
    return errors


def counts(rows: list[dict]) -> str:
    table = Counter((r["kind"], r["lang"]) for r in rows)
    lines = ["| kind | " + " | ".join(LANGS) + " | total |", "|---" * (len(LANGS) + 2) + "|"]
    for k in KINDS:
        row = [table[(k, lang)] for lang in LANGS]
        lines.append(f"| {k} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    col = [sum(table[(k, lang)] for k in KINDS) for lang in LANGS]
    lines.append("| total | " + " | ".join(map(str, col)) + f" | {sum(col)} |")
    return "\n".join(lines)


def main() -> int:
    rows = yaml.safe_load(SET.read_text(encoding="utf-8"))
    errors = check(rows) + check_round_trip(rows)
    langs = Counter(r["lang"] for r in rows)
    share = sum(r["kind"] != "inquiry" for r in rows) / len(rows)
    if len(rows) < 170:
        errors.append(f"only {len(rows)} mails")
    if share < 0.65:
        errors.append(f"non-inquiry share {share:.2f} < 0.65")
    errors += [f"only {langs[lang]} mails in {lang}" for lang in LANGS[1:] if langs[lang] < 15]
    print(counts(rows))
    print(f"\n{len(rows)} mails, {share:.1%} not new inquiries")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
