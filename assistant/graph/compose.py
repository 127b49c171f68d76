"""Composing the answer: the model phrases, code supplies every fact and number.

The answer has up to three parts, streamed in this order:

1. the lead: the model's words, in the freelancer's voice, filtered sentence by sentence by :class:`Guard`
   (numbers, names and claims the context does not hold are dropped); or, when ``[model] prose`` keeps the
   model quiet (a model too small to stay grounded) or every sentence was dropped, one sentence that code writes
   from the citations and the tool's outcome (:mod:`assistant.graph.lead`);
2. what code produced: the tool's rendered result (a quote, a brief, or what went wrong and what to give it
   instead) or, for memory questions, the facts read from the cited projects' front matter (price, hours
   estimated and actual, outcome), and, when code wrote the lead, the opening of each cited passage that has
   no such facts (call notes, e-mails), quoted as it is;
3. the list of sources behind the ``[n]`` markers.

Every word code writes here (the records' labels, "Sources:", the lead) follows the language the freelancer
typed in, from the gettext catalogs (:func:`assistant.reading.language.turn_language`); names, numbers and dates are
the records' own.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from langchain_core.messages import AIMessage, AnyMessage, HumanMessage, SystemMessage

from assistant import i18n, prompts
from assistant.errors import TurnCancelledError
from assistant.events import Citation, Token
from assistant.graph.context import Context
from assistant.graph.guard import Guard
from assistant.graph.lead import lead_sentence
from assistant.i18n import N_
from assistant.prose import prose_allowed
from assistant.reading.language import turn_language
from assistant.titles import client_title

HISTORY_TURNS = 6
"""How many earlier human/AI messages the model sees."""
SNIPPET_CHARS = 600
PASSAGE_CHARS = 240
"""How much of a passage without facts is quoted when code writes the answer."""
OUTCOMES = {
    "completed": N_("completed"),
    "accepted": N_("accepted"),
    "cancelled": N_("cancelled"),
    "declined": N_("declined"),
    "lost": N_("lost"),
}
"""The outcomes past briefs' front matter uses, translated when shown; any other value is shown as written."""


def compose_answer(
    context: Context,
    *,
    history: Sequence[AnyMessage],
    request: str,
    route: str,
    citations: Sequence[Citation],
    outcome: dict[str, Any],
    emit: Callable[[Any], None],
) -> str:
    """Stream and return the whole answer for this turn."""
    lang = turn_language(request)
    facts = project_facts(citations, context.profile.currency, lang) if route in ("chat", "memory") else ""
    tool_text = str(outcome.get("text", "")) if outcome else ""
    context_text = _context_block(citations, tool_text, facts)
    shown: list[str] = []
    generated = 0  # stream chunks since the last piece shown: one per token on llama.cpp and OpenAI servers

    def show(text: str) -> None:
        nonlocal generated
        if text and (shown or text.strip()):
            shown.append(text)
            emit(Token(text=text, tokens=generated))
            generated = 0

    if prose_allowed(context.prose, context.model):
        earlier = _recent_history(history)
        system = prompts.render(
            "compose",
            name=context.profile.name,
            business=context.profile.business or "freelance studio",
            tone=context.profile.tone.notes or "friendly and concise",
            rules=_rules_block(context.rules),
            context=context_text or "(nothing relevant was found)",
        )
        messages = [SystemMessage(system), *earlier, HumanMessage(request or "(empty message)")]
        guard = Guard("\n".join([context_text, _profile_words(context), *(m.text for m in earlier)]), request)
        for chunk in context.model.stream(messages):
            if context.cancel.is_set():
                raise TurnCancelledError("the turn was cancelled")
            generated += 1
            for safe in guard.feed(chunk.text):
                show(safe)
            if guard.looping:
                break  # the rest would be the same sentence again
        for safe in guard.finish():
            show(safe)
    passages = ""
    if not shown:  # the model was kept quiet, or its own words were all unusable
        show(lead_sentence(route=route, request=request, citations=citations, outcome=outcome, profile=context.profile))
        passages = unpriced_passages(citations)  # nobody summarised them: show what they say
    tail = "\n\n".join(part for part in (tool_text, facts, passages, _sources(citations, lang)) if part)
    if tail:
        show(("\n\n" if shown else "") + tail)
    return "".join(shown).strip()


def project_facts(citations: Sequence[Citation], currency: str, lang: str = "en") -> str:
    """One line per cited past project, from its front matter: what was charged and how long it really took.

    The labels are in ``lang`` ("berechnet 2400 EUR, geschätzt 20 h"); names, numbers and dates are as recorded.
    """
    t = i18n.translator(lang)
    lines: list[str] = []
    seen: set[str] = set()
    for citation in citations:
        meta = citation.metadata
        if citation.source in seen or not meta.get("client") or meta.get("price") in (None, ""):
            continue
        seen.add(citation.source)
        title = meta.get("title") or meta.get("service") or citation.label
        price = f"{meta['price']} {meta.get('currency') or currency}"
        pieces = [t.gettext("charged %(price)s") % {"price": price}]
        if meta.get("hours_estimated") not in (None, ""):
            pieces.append(t.gettext("estimated %(hours)s h") % {"hours": meta["hours_estimated"]})
        if meta.get("hours_actual") not in (None, ""):
            pieces.append(t.gettext("actually took %(hours)s h") % {"hours": meta["hours_actual"]})
        if meta.get("outcome"):
            outcome = str(meta["outcome"])
            pieces.append(t.gettext(OUTCOMES[outcome]) if outcome in OUTCOMES else outcome)
        date = f", {meta['date']}" if meta.get("date") else ""
        lines.append(
            f"- {client_title(str(meta['client']), str(title))}{date}: {', '.join(pieces)} [{citation.number}]"
        )
    return t.gettext("From your records:") + "\n" + "\n".join(lines) if lines else ""


def unpriced_passages(citations: Sequence[Citation]) -> str:
    """The opening of each cited passage whose source has no price (notes, e-mails), as quoted lines."""
    lines = []
    for citation in citations:
        if citation.metadata.get("price") in (None, ""):
            text = " ".join(citation.text.split())
            cut = text if len(text) <= PASSAGE_CHARS else text[:PASSAGE_CHARS].rsplit(" ", 1)[0] + " …"
            lines.append(f"> {cut} [{citation.number}]")
    return "\n".join(lines)


def _context_block(citations: Sequence[Citation], tool_text: str, facts: str) -> str:
    blocks = [f"[{c.number}] {c.label}: {c.text[:SNIPPET_CHARS]}" for c in citations]
    if facts:
        blocks.append(facts)
    if tool_text:
        blocks.append(f"Tool result:\n{tool_text}")
    return "\n\n".join(blocks)


def _profile_words(context: Context) -> str:
    """What the model may say about the freelancer: who they are, where, and what they offer."""
    profile = context.profile
    services = "; ".join(f"{s.name}: {s.description}" for s in profile.services)
    return f"{profile.name}, {profile.business}, {profile.location}, {profile.currency}. {services}"


def _rules_block(rules: Sequence[str]) -> str:
    return "Rules from the freelancer:\n" + "\n".join(f"- {rule}" for rule in rules) if rules else ""


def _recent_history(history: Sequence[AnyMessage]) -> list[AnyMessage]:
    """Earlier human and AI text turns (not the current request, not tool plumbing)."""
    earlier = list(history)
    if earlier and isinstance(earlier[-1], HumanMessage):
        earlier = earlier[:-1]
    else:
        for index in range(len(earlier) - 1, -1, -1):
            if isinstance(earlier[index], HumanMessage):
                earlier = earlier[:index]
                break
    texts = [m for m in earlier if isinstance(m, HumanMessage) or (isinstance(m, AIMessage) and not m.tool_calls)]
    return cast(list[AnyMessage], texts[-HISTORY_TURNS:])


def _sources(citations: Sequence[Citation], lang: str = "en") -> str:
    if not citations:
        return ""
    return i18n.translator(lang).gettext("Sources:") + "\n" + "\n".join(f"[{c.number}] {c.label}" for c in citations)
