"""A learned second opinion on "is this an inquiry at all": a ridge reader over a bank of labelled mail.

The rules of :mod:`assistant.reading.triage` call a mail an inquiry when it asks for something and names a
service; a colleague's "the client approved the logo budget" and a cold pitch for "your next logo project" do
both. This reader learns the kind from whole mails instead: the bundled embedder's vector of the subject and the
start of the body, next to hashed words and character n-grams (:mod:`assistant.reading.ridge`), trained on
``banks/mail_kinds.yaml`` (built by ``scripts/build_mail_bank.py`` from the labelled tuning sets). The rules keep
the last word on what is work; when this reader is sure a mail is not for the freelancer, sales or phishing, or
automated, that kind wins (:meth:`MailReader.read <assistant.reading.triage.MailReader.read>`).

The confidence is a softmax of the six ridge scores at :data:`TEMPERATURE`, fitted by leave-one-set-out
cross-validation (``benchmarks/eval_mail_kind.py``), so that 0.8 means right about four times in five there.
The bank's vectors and the weights are cached on disk under a hash of the bank and of the embedder's own
output, so a changed bank or a different embedder is never read with stale weights.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import numpy as np

from assistant.reading.bank_cache import fingerprint
from assistant.reading.ridge import RidgeReader, cached_fit
from assistant.reading.semantic import Embed, Example, ExampleBank, Vectors, load_bank_file

log = logging.getLogger(__name__)

BODY_CHARS = 600
"""How much of the body the reader reads: the greeting, the ask and the sign-off of most mail."""
KINDS = ("inquiry", "existing_client", "off_card", "not_for_me", "sales_phishing", "automated")
OVERRULING = frozenset({"not_for_me", "sales_phishing", "automated"})
"""The kinds that may overrule the rules' "inquiry" or "off_card" (never drafted, never declined)."""
KIND_OF_BANK_LABEL = {
    "inquiry": "inquiry",
    "off_card": "off_card",
    "client_update": "existing_client",
    "personal": "not_for_me",
    "notification": "not_for_me",
    "sales": "sales_phishing",
    "phishing": "sales_phishing",
}
"""The labels of :mod:`assistant.reading.mail_examples` as kinds."""
TEMPERATURE = 4.5
"""Softmax temperature on the ridge scores, fitted on the cross-validation (lowest log-loss)."""
CACHE_VERSION = 1
"""Bump when features or training change, so that cached weights are redone."""


def bank_path() -> Path:
    """The bank shipped with Atelier."""
    return Path(str(resources.files("assistant.reading") / "banks" / "mail_kinds.yaml"))


def mail_text(subject: str, body: str) -> str:
    """What the reader reads of a mail: the subject, then the first :data:`BODY_CHARS` of the body, spaces folded."""
    return f"{subject.strip()}\n{' '.join(body.split())[:BODY_CHARS]}".strip()


@dataclass(frozen=True)
class BankMail:
    """One labelled mail of the bank."""

    source: str
    """``set:id`` of the tuning set it comes from, or ``bank:n`` for a hand-written example."""
    kind: str
    lang: str
    subject: str
    body: str

    @property
    def text(self) -> str:
        """The text the reader trains on."""
        return mail_text(self.subject, self.body)


def load_bank(path: Path | None = None) -> list[BankMail]:
    """Read a bank file; an unknown kind is refused."""
    path = path or bank_path()
    rows = load_bank_file(path) or []
    mails = [BankMail(str(r["source"]), str(r["kind"]), str(r.get("lang") or ""), str(r["subject"] or ""),
                      str(r["body"] or "")) for r in rows]  # fmt: skip
    unknown = sorted({mail.kind for mail in mails} - set(KINDS))
    if unknown:
        raise ValueError(f"{path}: unknown kinds {unknown}")
    return mails


@dataclass(frozen=True)
class KindReading:
    """What the learned reader read in one mail."""

    kind: str
    confidence: float
    """The calibrated probability of ``kind``."""
    reason: str


class MailKindReader:
    """A ridge reader over the bank of labelled mail, with the nearest mail of the winning kind as the reason."""

    def __init__(self, mails: Sequence[BankMail], embed: Embed, *, cache_dir: Path | None = None) -> None:
        """Embed and train on ``mails`` (or load both from ``cache_dir`` when the bank and embedder are unchanged)."""
        self._embed = embed
        examples = [Example(mail.text, mail.kind, mail.source) for mail in mails]
        vectors, self._reader = _trained(examples, embed, cache_dir)
        self._bank = ExampleBank.from_vectors(examples, vectors, embed, k=1)

    def __len__(self) -> int:
        """How many mails the reader was trained on."""
        return len(self._bank)

    def scores(self, text: str, vector: Vectors | None = None) -> dict[str, float]:
        """Each kind's ridge score for ``text`` (a :func:`mail_text`): about 1 for a clear match."""
        return self._reader.scores(vector if vector is not None else self._embed([text])[0], text)

    def probabilities(self, text: str, vector: Vectors | None = None) -> dict[str, float]:
        """Each kind's calibrated probability for ``text`` (a :func:`mail_text`)."""
        scores = self.scores(text, vector)
        top = max(scores.values())
        weights = {kind: float(np.exp(TEMPERATURE * (score - top))) for kind, score in scores.items()}
        total = sum(weights.values())
        return {kind: weight / total for kind, weight in weights.items()}

    def read(self, subject: str, body: str) -> KindReading:
        """The kind of one mail, its probability, and the nearest bank mail of that kind."""
        text = mail_text(subject, body)
        vector = self._embed([text])[0]
        probabilities = self.probabilities(text, vector)
        kind = max(probabilities, key=lambda k: probabilities[k])
        shown = self._bank.closest(vector, kind)
        nearest = f"{shown[0].text.splitlines()[0][:50]!r} ({shown[0].source}, {shown[1]:.2f})" if shown else "none"
        confidence = probabilities[kind]
        return KindReading(kind, confidence, f"reads like {kind} ({confidence:.2f}), nearest: {nearest}")


_SHARED: dict[tuple[str, Path | None], MailKindReader] = {}
_SHARED_LOCK = threading.Lock()


def shared_reader(embed: Embed, cache_dir: Path | None) -> MailKindReader:
    """The reader over the shipped bank for this embedder, trained once per process (every mail reader shares it)."""
    key = (fingerprint(embed), cache_dir)
    with _SHARED_LOCK:
        if key not in _SHARED:
            _SHARED[key] = MailKindReader(load_bank(), embed, cache_dir=cache_dir)
        return _SHARED[key]


def _trained(examples: Sequence[Example], embed: Embed, cache_dir: Path | None) -> tuple[Vectors, RidgeReader]:
    """The examples' vectors and the reader trained on them, from the cache when bank and embedder are unchanged."""
    texts = [example.text for example in examples]
    labels = [example.label for example in examples]
    path = None
    if cache_dir is not None:
        key = "\n".join([fingerprint(embed), f"v{CACHE_VERSION}", *(f"{x.label}\t{x.text}" for x in examples)])
        path = cache_dir / f"mail-kinds-{hashlib.sha256(key.encode()).hexdigest()[:24]}.npz"
    return cached_fit(texts, labels, embed, path)
