import yaml, collections
L = ["en", "de", "fr", "es", "it", "nl"]
def table(items, key, rows):
    c = collections.Counter((x[key], x["lang"]) for x in items)
    out = [f"| {key} | " + " | ".join(L) + " | total |", "|---|" + "---|" * (len(L) + 1)]
    for r in rows:
        out.append(f"| {r} | " + " | ".join(str(c[(r, l)]) for l in L) + f" | {sum(c[(r, l)] for l in L)} |")
    lt = collections.Counter(x["lang"] for x in items)
    out.append("| total | " + " | ".join(str(lt[l]) for l in L) + f" | {len(items)} |")
    return "\n".join(out)
mail = yaml.safe_load(open("mail_holdout.yaml", encoding="utf-8"))
chat = yaml.safe_load(open("chat_holdout.yaml", encoding="utf-8"))
print(table(mail, "kind", ["inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated"]))
print()
print(table(chat, "route", ["brief", "chat", "memory", "quote", "reply", "scope", "sent", "style"]))
