import datetime as dt

from langchain_core.messages import ToolMessage

from assistant.profile import Profile
from assistant.tools.brief_models import Brief
from assistant.tools.parts import Parts
from assistant.tools.quote_models import Deliverable, Quote
from assistant.tools.registry import build_tools
from assistant.tools.scope_check import ScopeCheck
from tests.unit.tools.tools_helpers import TODAY


def make_tools(profile: Profile) -> list[object]:
    tools = build_tools(Parts(profile=profile, today=lambda: TODAY))
    assert set(tools) == {"quote", "draft_brief", "check_scope"}  # the others need a store, a studio or mail
    return [tools["quote"], tools["draft_brief"], tools["check_scope"]]


def _call(tool: object, name: str, args: dict[str, object]) -> ToolMessage:
    message = tool.invoke({"type": "tool_call", "id": "call-1", "name": name, "args": args})  # type: ignore[attr-defined]
    assert isinstance(message, ToolMessage)
    return message


def test_the_model_sees_only_what_it_may_choose(profile: Profile) -> None:
    quote, brief, scope = make_tools(profile)
    assert set(quote.tool_call_schema.model_json_schema()["properties"]) == {
        "text",
        "service",
        "quantity",
        "deadline",
        "description",
    }
    assert set(scope.tool_call_schema.model_json_schema()["properties"]) == {"message"}
    assert brief.name == "draft_brief"


def test_quote_tool_returns_text_and_the_computed_quote(profile: Profile) -> None:
    quote, _, _ = make_tools(profile)
    message = _call(quote, "quote", {"service": "spot", "quantity": 2, "deadline": "2027-01-10", "client": "Ada"})
    assert isinstance(message.artifact, Quote)
    assert message.artifact.client == "Ada" and message.artifact.delivery_date == dt.date(2027, 1, 10)
    assert message.artifact.number in message.content


def test_tool_errors_go_back_to_the_model(profile: Profile) -> None:
    quote, _, scope = make_tools(profile)
    bad = _call(quote, "quote", {"service": "mural"})
    assert bad.status == "error" and "unknown service" in str(bad.content)
    no_brief = _call(scope, "check_scope", {"message": "2 more spot illustrations please"})
    assert no_brief.status == "error"


def test_brief_and_scope_tools(profile: Profile) -> None:
    _, brief, scope = make_tools(profile)
    drafted = _call(brief, "draft_brief", {"inquiry": "We need 3 gig posters by 2027-02-01."})
    assert isinstance(drafted.artifact, Brief) and drafted.artifact.service == "poster"
    agreed = Brief(title="Posters", service="poster", deliverables=[Deliverable(description="posters", quantity=3)])
    checked = _call(scope, "check_scope", {"message": "Could you add 2 more posters?", "brief": agreed})
    assert isinstance(checked.artifact, ScopeCheck) and not checked.artifact.in_scope
    assert "Outside the brief: 2 x more posters" in str(checked.content)


def test_quote_tool_reads_a_request_in_words(profile: Profile) -> None:
    quote, _, _ = make_tools(profile)
    message = _call(quote, "quote", {"text": "Could you do 2 spot illustrations by 10 January 2027?", "client": "Ada"})
    assert message.status != "error", message.content
    assert isinstance(message.artifact, Quote)
    assert message.artifact.client == "Ada"
    assert message.artifact.delivery_date == dt.date(2027, 1, 10)


def test_quote_tool_asks_instead_of_guessing(profile: Profile) -> None:
    quote, _, _ = make_tools(profile)
    message = _call(quote, "quote", {"text": "What would something like that cost roughly?"})
    assert message.status == "error"
    assert "I need more before I can quote" in str(message.content) and "?" in str(message.content)


def test_scope_tool_names_rounds_and_what_it_cannot_price(profile: Profile) -> None:
    _, _, scope = make_tools(profile)
    agreed = Brief(title="Spots", service="spot", deliverables=[Deliverable(description="spots", quantity=6)])
    rounds = _call(scope, "check_scope", {"message": "Could we have one more round of revisions?", "brief": agreed})
    assert "Outside the brief: 1 extra revision round(s)." in str(rounds.content)
    merch = _call(scope, "check_scope", {"message": "Can you also do the mug?", "brief": agreed})
    assert "not priced: mug" in str(merch.content) and "Outside the brief: ." not in str(merch.content)


def test_the_chat_tools_read_services_with_the_assistants_reader(profile: Profile) -> None:
    from assistant.reading.services import ServiceReader, ServiceReading
    from tests.support.fakes import HashingEmbedder

    class Reader(ServiceReader):
        """The real reader (rate card over an embedder), remembering what it was asked to read."""

        asked: list[str] = []

        def read(self, text: str, subject: str = "") -> ServiceReading:
            self.asked.append(text)
            return super().read(text, subject)

    reader = Reader(profile, HashingEmbedder().embed)
    tools = build_tools(Parts(profile=profile, today=lambda: TODAY, services=lambda: reader))
    quoted = _call(tools["quote"], "quote", {"text": "Quote 3 gig posters by 2027-02-01."})
    drafted = _call(tools["draft_brief"], "draft_brief", {"inquiry": "We need 3 gig posters by 2027-02-01."})
    assert isinstance(quoted.artifact, Quote) and isinstance(drafted.artifact, Brief)
    assert [t.startswith(("Quote 3 gig", "We need 3 gig")) for t in reader.asked] == [True, True]


def test_a_chat_quote_is_written_in_the_language_it_was_asked_in(profile: Profile) -> None:
    quote, _, _ = make_tools(profile)
    german = _call(quote, "quote", {"text": "Angebot für 2 spot illustrations bis zum 10. Januar 2027, bitte"})
    assert german.status != "error", german.content
    text = str(german.content)
    assert isinstance(german.artifact, Quote) and german.artifact.language == "de"
    assert (
        "# Angebot" in text and "| Position | Menge | Einzelpreis | Betrag |" in text and "Zahlungsbedingungen" in text
    )
    assert "An wen soll ich das Angebot richten" in text
    for english in ("Unit price", "Payment terms", "Options", "Deposit", "Who should I address"):
        assert english not in text, english
    french = _call(quote, "quote", {"text": "Un devis pour 2 spot illustrations pour le 10 janvier 2027, merci"})
    assert french.status != "error", french.content
    assert "# Devis" in str(french.content) and "Prix unitaire" in str(french.content)
    english = _call(quote, "quote", {"text": "Could you do 2 spot illustrations by 10 January 2027?"})
    assert "| Item | Quantity | Unit price | Amount |" in str(english.content)
