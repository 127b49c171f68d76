"""Helpers to turn hand-written mail items into RFC 5322 text. Labels are written by hand in the data files."""
import base64, quopri, hashlib, datetime, re
from email.header import Header
from email.utils import format_datetime, formataddr

MAILS = []
STUDIO = "Mara Lindqvist <studio@lindqvist.example>"

def _dt(s):
    # "2026-07-14 09:12" or "2026-07-14 09:12 -0500"
    parts = s.split()
    d = datetime.datetime.strptime(parts[0] + " " + parts[1], "%Y-%m-%d %H:%M")
    if len(parts) > 2:
        tz = parts[2]
    else:
        tz = "+0200" if 4 <= d.month <= 10 else "+0100"
    sign = 1 if tz[0] == "+" else -1
    off = datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return d.replace(tzinfo=datetime.timezone(off))

def _hdr(v, charset="utf-8", force=False):
    if force or any(ord(c) > 127 for c in v):
        return Header(v, charset).encode()
    return v

def _addr(a, charset="utf-8", force=False):
    m = re.match(r"^(.*?)\s*<([^>]+)>$", a)
    if not m:
        return a
    name, addr = m.group(1).strip().strip('"'), m.group(2)
    if not name:
        return addr
    if force or any(ord(c) > 127 for c in name):
        return f"{Header(name, charset).encode()} <{addr}>"
    if re.search(r'[(),.:;@\[\]"]', name):
        return f'"{name}" <{addr}>'
    return f"{name} <{addr}>"

def _encode_body(text, enc, charset):
    """Return (cte, encoded_text)."""
    text = text.replace("\r\n", "\n")
    if enc == "auto":
        enc = "7bit" if all(ord(c) < 128 for c in text) else "8bit"
    if enc == "7bit":
        assert all(ord(c) < 128 for c in text), text[:80]
        return "7bit", text
    if enc == "8bit":
        assert charset == "utf-8"
        return "8bit", text
    raw = text.encode(charset)
    if enc == "qp":
        out = quopri.encodestring(raw).decode("ascii")
        return "quoted-printable", out
    if enc == "b64":
        b = base64.encodebytes(raw).decode("ascii")
        return "base64", b
    raise ValueError(enc)

def _html(text):
    import html as H
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<p>" + H.escape(p).replace("\n", "<br>\n") + "</p>")
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"{cs}\"></head>\n<body style=\"font-family:Arial,sans-serif;font-size:14px\">\n"
            + "\n".join(out) + "\n</body></html>\n")

def M(kind, lang, date, frm, subj, body, *, to=STUDIO, cc=None, services=(), q=None, deadline=None,
      budget=None, anw=None, note=None, enc="auto", charset="utf-8", html=False, html_enc=None,
      force_subj=False, force_from=False, extra=(), reply_to=None, report=None, ctype_extra="", parts=None, single_html=False):
    d = _dt(date)
    if charset not in ("utf-8",):
        for cs in (charset, "iso-8859-15", "windows-1252", "utf-8"):
            try:
                body.encode(cs); charset = cs; break
            except UnicodeEncodeError:
                pass
    n = len(MAILS) + 1
    mid = hashlib.sha1(f"{n}{frm}{subj}".encode()).hexdigest()[:16]
    dom = re.search(r"@([^>]+)>?$", frm).group(1)
    H = []
    H.append(("Date", format_datetime(d)))
    H.append(("From", _addr(frm, charset if charset != "us-ascii" else "utf-8", force_from)))
    H.append(("To", ", ".join(_addr(x) for x in ([to] if isinstance(to, str) else to))))
    if cc:
        H.append(("Cc", ", ".join(_addr(x) for x in ([cc] if isinstance(cc, str) else cc))))
    if reply_to:
        H.append(("Reply-To", _addr(reply_to)))
    H.append(("Subject", _hdr(subj, charset if charset not in ("us-ascii",) else "utf-8", force_subj)))
    H.append(("Message-ID", f"<{mid}@{dom}>"))
    for k, v in extra:
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    boundary = "=_b" + mid
    if parts is not None:
        subtype, plist = parts
        H.append(("Content-Type", f'multipart/{subtype}; boundary="{boundary}"'))
        chunks = []
        for p in plist:
            pcs = p.get("charset", "utf-8")
            if p["ctype"].startswith("message/"):
                chunks.append(f"--{boundary}\nContent-Type: {p['ctype']}\n\n{p['body']}")
                continue
            pcte, pb = _encode_body(p["body"], p.get("enc", "auto"), pcs)
            extra_ct = p.get("ct_extra", "")
            chunks.append(f"--{boundary}\nContent-Type: {p['ctype']}; charset=\"{pcs}\"{extra_ct}\nContent-Transfer-Encoding: {pcte}\n\n{pb}")
        payload = "".join(c if c.endswith("\n") else c + "\n" for c in chunks) + f"--{boundary}--\n"
    elif single_html:
        cte, b = _encode_body(body, enc, charset)
        H.append(("Content-Type", f'text/html; charset="{charset}"'))
        H.append(("Content-Transfer-Encoding", cte))
        payload = b if b.endswith("\n") else b + "\n"
    elif report is not None:
        # report = ("delivery-status" | "disposition-notification", status_text, original_headers)
        rtype, stat, orig = report
        H.append(("Content-Type", f'multipart/report; report-type={rtype}; boundary="{boundary}"'))
        cte, b = _encode_body(body, enc, charset)
        sub = "delivery-status" if rtype == "delivery-status" else "disposition-notification"
        parts = [
            f"--{boundary}\nContent-Type: text/plain; charset={charset}\nContent-Transfer-Encoding: {cte}\n\n{b}",
            f"--{boundary}\nContent-Type: message/{sub}\n\n{stat.strip()}\n",
            f"--{boundary}\nContent-Type: text/rfc822-headers\n\n{orig.strip()}\n",
        ]
        payload = "This is a MIME-encapsulated message.\n\n" + "\n".join(p if p.endswith("\n") else p + "\n" for p in parts) + f"--{boundary}--\n"
    elif html:
        H.append(("Content-Type", f'multipart/alternative; boundary="{boundary}"'))
        cte, b = _encode_body(body, enc, charset)
        hcte, hb = _encode_body(_html(body).replace("{cs}", charset), html_enc or ("qp" if enc in ("auto", "7bit", "8bit") else enc), charset)
        payload = (f"--{boundary}\nContent-Type: text/plain; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n\n{b}"
                   + ("" if b.endswith("\n") else "\n")
                   + f"--{boundary}\nContent-Type: text/html; charset=\"{charset}\"\nContent-Transfer-Encoding: {hcte}\n\n{hb}"
                   + ("" if hb.endswith("\n") else "\n") + f"--{boundary}--\n")
    else:
        cte, b = _encode_body(body, enc, charset)
        H.append(("Content-Type", f"text/plain; charset=\"{charset}\"{ctype_extra}"))
        H.append(("Content-Transfer-Encoding", cte))
        payload = b if b.endswith("\n") else b + "\n"
    eml = "".join(f"{k}: {v}\n" for k, v in H) + "\n" + payload
    item = {"kind": kind, "lang": lang,
            "services": list(services) if kind in ("inquiry", "existing_client") else [],
            "quantities": dict(q or {}), "deadline": None, "budget": None}
    if kind in ("inquiry", "existing_client"):
        if deadline:
            if deadline.startswith("+"):
                m = re.match(r"\+(\d+)([dw])", deadline)
                days = int(m.group(1)) * (7 if m.group(2) == "w" else 1)
                deadline = (d.date() + datetime.timedelta(days=days)).isoformat()
            item["deadline"] = deadline
        item["budget"] = budget
    if kind == "existing_client":
        assert anw is not None
        item["asks_new_work"] = anw
    else:
        assert anw is None
    if note:
        item["note"] = note
    item["eml"] = eml
    item["_date"] = d
    MAILS.append(item)
    return item
