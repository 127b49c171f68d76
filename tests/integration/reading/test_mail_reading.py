"""The mail readers with the real embedder on the blind dev set (tests/eval/reading/mail_dev.yaml), with floors.

Only the dev split is read here: the test split is for the benchmark's report (``benchmarks/eval_reading.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from assistant.config import Settings
from assistant.daemon.models import Triage
from assistant.memory import Memory
from assistant.memory.embeddings import Embedder, make_embedder
from assistant.profile import Profile, load_profile
from assistant.reading.services import ServiceReader, memory_examples
from assistant.reading.triage import MailReader
from benchmarks.eval_reading import ANSWERED, Outcome, asks_new_work, build, context, non_inquiry, read_item

REPO = Path(__file__).resolve().parents[3]
DEV = REPO / "tests" / "eval" / "reading" / "mail_dev.yaml"


@pytest.fixture(scope="module")
def profile() -> Profile:
    return load_profile(REPO / "examples" / "profile.toml")


@pytest.fixture(scope="module")
def reader(profile: Profile) -> MailReader:
    return build(profile)


@pytest.fixture(scope="module")
def outcomes(profile: Profile, reader: MailReader) -> list[Outcome]:
    items: list[dict[str, Any]] = yaml.safe_load(DEV.read_text(encoding="utf-8"))
    assert len(items) >= 100
    ctx = context(profile, reader)
    return [read_item(item, profile, reader, ctx) for item in items]


def _share(hits: int, whole: int) -> float:
    return hits / whole if whole else 0.0


def test_triage_on_the_dev_set(outcomes: list[Outcome]) -> None:
    right = sum(o.kind == o.item["kind"] for o in outcomes)
    assert _share(right, len(outcomes)) >= 0.9
    non = [o for o in outcomes if non_inquiry(o.item)]
    assert _share(sum(o.verdict in ANSWERED for o in non), len(non)) <= 0.05
    phishing = [o for o in outcomes if o.item["kind"] == "sales_phishing"]
    assert phishing and not any(o.verdict in ANSWERED for o in phishing)
    inquiries = [o for o in outcomes if o.item["kind"] == "inquiry"]
    assert _share(sum(o.verdict is Triage.NEW_INQUIRY for o in inquiries), len(inquiries)) >= 0.85


def test_services_quantities_and_deadlines_on_the_dev_set(outcomes: list[Outcome]) -> None:
    named = [o for o in outcomes if o.item.get("services") and o.item["kind"] in ("inquiry", "existing_client")]
    assert _share(sum(bool(o.services) and o.services[0] in o.item["services"] for o in named), len(named)) >= 0.95
    counted = [o for o in named if o.item.get("quantities")]
    right = sum(all(o.quantities.get(s) == n for s, n in o.item["quantities"].items()) for o in counted)
    assert _share(right, len(counted)) >= 0.85
    dated = [o for o in outcomes if o.item["kind"] == "inquiry"]
    deadlines = sum(str(o.deadline) == str(o.item.get("deadline")) for o in dated)
    assert _share(deadlines, len(dated)) >= 0.9


def test_a_clients_mail_asking_for_more_is_read_on_the_dev_set(outcomes: list[Outcome]) -> None:
    labelled = [o for o in outcomes if "asks_new_work" in o.item]
    right = sum(asks_new_work(o) == o.item["asks_new_work"] for o in labelled)
    assert len(labelled) >= 10 and _share(right, len(labelled)) >= 0.9
    merch = [o for o in labelled if "merch" in str(o.item.get("note", ""))]
    assert merch and all(asks_new_work(o) for o in merch)  # a mug and a tote bag are more work, though no service


@pytest.fixture(scope="module")
def real_embedder() -> Embedder:
    return make_embedder(Settings().embedder)


def test_past_projects_in_memory_vote_for_the_service(
    tmp_path_factory: pytest.TempPathFactory, real_embedder: Embedder, profile: Profile
) -> None:
    briefs = sorted((REPO / "examples" / "briefs").glob("*.md"))
    chosen = [b for b in briefs if any(word in b.name for word in ("logo", "poster", "mascot"))][:8]
    memory = Memory.open(Settings(), tmp_path_factory.mktemp("memory") / "data", embedder=real_embedder)
    try:
        assert not memory.add(chosen, progress=False).failed
        examples = memory_examples(memory, profile)
    finally:
        memory.close()
    assert {e.label for e in examples} <= {"logo", "poster", "mascot"} and len(examples) == len(chosen)
    services = ServiceReader(profile, real_embedder.embed, examples)
    assert services.read("We are opening a bakery and need a new wordmark and emblem.").service == "logo"
    assert services.read("Our festival needs an illustrated A2 gig poster, screenprinted.").service == "poster"
