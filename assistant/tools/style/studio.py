"""``StyleStudio``: the one object the rest of Atelier uses to get style samples for a client.

It is where the freelancer's rules are enforced in code, before and after the service is called: the client's
free-sample quota (counted from the ledger), consent (only consented works are sent as conditioning, and the
service may not claim others), and protection of the result (watermark or footer, provenance record, hashes).
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

from assistant.clock import Clock
from assistant.config import Settings
from assistant.errors import PolicyError, ToolError
from assistant.profile import Profile
from assistant.tools.style import watermark
from assistant.tools.style.client import StyleClient
from assistant.tools.style.ledger import ProvenanceLedger, normalise_client
from assistant.tools.style.models import (
    MAX_PROMPT_CHARS,
    MAX_SAMPLES_PER_REQUEST,
    ConditioningWork,
    GenerateRequest,
    Kind,
    ProvenanceRecord,
    RawSample,
    StyleSample,
    Work,
    WorkRef,
)
from assistant.tools.style.works import WorkRegistry

SAMPLES_DIRNAME = "style_samples"
MAX_CONDITIONING_WORKS = 3
"""Works sent per request. Small models have small contexts; the most relevant few condition best."""
_WORD = re.compile(r"[a-z0-9]{3,}")


class StyleStudio:
    """Style samples for clients, with consent, quotas, provenance and watermarks enforced in code."""

    def __init__(
        self,
        settings: Settings,
        profile: Profile,
        data_dir: Path,
        *,
        client: StyleClient | None = None,
        clock: Clock | None = None,
    ) -> None:
        """Open the ledger and the works registry in ``data_dir``.

        Args:
            settings: the ``[style]`` section says where the service is.
            profile: the freelancer's name, licence terms, watermark text and free-sample quota.
            data_dir: holds ``provenance.sqlite`` and the delivered samples.
            client: a ready service client; by default one is built from ``settings`` on first use.
            clock: stamps each sample's provenance record.
        """
        self.settings = settings
        self.profile = profile
        self.data_dir = data_dir
        self._client = client
        self.clock = clock or Clock.from_env()
        self._ledger = ProvenanceLedger(data_dir)
        self._works = WorkRegistry(data_dir, self.clock)
        self._lock = threading.Lock()

    def __enter__(self) -> Self:
        """Use the studio in a ``with`` block."""
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        """Close the stores and the service client."""
        self.close()

    def close(self) -> None:
        """Close the stores and the service client."""
        self._ledger.close()
        self._works.close()
        if self._client is not None:
            self._client.close()

    @property
    def quota(self) -> int:
        """Free samples each client may receive (``[style] free_samples_per_client`` in the profile)."""
        return self.profile.style.free_samples_per_client

    @property
    def mark(self) -> str:
        """The visible watermark text: the profile's ``style.watermark``, or the freelancer's name."""
        return self.profile.style.watermark or self.profile.name

    def remaining(self, client: str) -> int:
        """Free samples this client may still receive."""
        return max(0, self.quota - self._ledger.count(_checked_client(client)))

    def ledger(self, client: str | None = None) -> list[ProvenanceRecord]:
        """Provenance records, oldest first: all of them, or one client's."""
        return self._ledger.records(client)

    def find(self, content: bytes) -> list[ProvenanceRecord]:
        """Records of a file's content: "is this one of my previews, and whose?".

        Text is also looked up without surrounding whitespace and without its preview footer, so a copy whose
        footer was cut off is still found by the hash of the service's raw output.
        """
        candidates = {content}
        try:
            text = content.decode("utf-8")
        except UnicodeDecodeError:
            text = None
        if text is not None:
            candidates |= {text.strip().encode("utf-8"), watermark.strip_text_footer(text).encode("utf-8")}
        found: dict[str, ProvenanceRecord] = {}
        for candidate in candidates:
            for record in self._ledger.find_by_hash(hashlib.sha256(candidate).hexdigest()):
                found[record.id] = record
        return sorted(found.values(), key=lambda r: r.created_at)

    def works(self) -> list[Work]:
        """Every registered work with its consent flag."""
        return self._works.all()

    def add_work(
        self, title: str, *, kind: Kind = "text", path: Path | None = None, excerpt: str = "", consented: bool = False
    ) -> Work:
        """Register one of the freelancer's works; it conditions nothing until consented."""
        return self._works.add(title, kind=kind, path=path, excerpt=excerpt, consented=consented)

    def consent(self, work: str, consented: bool) -> Work:
        """Give or revoke consent for a work; it applies to every later sample."""
        return self._works.set_consent(work, consented)

    def generate(self, client: str, prompt: str, n: int = 1, kind: Kind = "text") -> list[StyleSample]:
        """Make ``n`` watermarked samples for ``client``, each recorded in the ledger.

        Raises:
            PolicyError: the client's free samples would run out, or no consented work can condition the style.
            ToolError: the prompt or ``n`` is unusable.
            StyleServiceError: the service is down, slow, or answered badly.
        """
        client = _checked_client(client)
        prompt = prompt.strip()
        if not prompt or len(prompt) > MAX_PROMPT_CHARS:
            raise ToolError(f"a style prompt needs 1 to {MAX_PROMPT_CHARS} characters", hint="Shorten the prompt.")
        if not 1 <= n <= MAX_SAMPLES_PER_REQUEST:
            raise ToolError(f"ask for 1 to {MAX_SAMPLES_PER_REQUEST} samples at a time, not {n}")
        # One generation at a time per studio: two calls must not both pass the quota check before either records.
        with self._lock:
            self._check_quota(client, n)
            works = self._conditioning(prompt, kind)
            request = GenerateRequest(
                prompt=prompt,
                client=client,
                kind=kind,
                n=n,
                max_tokens=self.settings.model.max_tokens,
                works=tuple(ConditioningWork(id=w.id, title=w.title, excerpt=w.excerpt) for w in works),
            )
            raw_samples = self._service().generate(request)
            return [self._deliver(client, prompt, raw, works) for raw in raw_samples[:n]]

    def _check_quota(self, client: str, n: int) -> None:
        used = self._ledger.count(client)
        left = max(0, self.quota - used)
        if n > left:
            raise PolicyError(
                f"{client} has had {used} of {self.quota} free style samples; {left} left, {n} asked for",
                hint="Send a quote for paid samples, or raise style.free_samples_per_client in profile.toml.",
            )

    def _conditioning(self, prompt: str, kind: Kind) -> list[Work]:
        """The consented works of this kind most related to the prompt (shared words), at most a few."""
        consented = self._works.consented(kind)
        if not consented:
            raise PolicyError(
                f"no consented {kind} work may condition the style",
                hint="Register a work with `atelier style works add ... --consent`, or consent to one.",
            )
        wanted = set(_WORD.findall(prompt.casefold()))

        def overlap(work: Work) -> int:
            return len(wanted & set(_WORD.findall(f"{work.title} {work.excerpt}".casefold())))

        ranked = sorted(consented, key=overlap, reverse=True)
        return ranked[:MAX_CONDITIONING_WORKS]

    def _service(self) -> StyleClient:
        if self._client is None:
            self._client = StyleClient.from_settings(self.settings.style)
        return self._client

    def _deliver(self, client: str, prompt: str, raw: RawSample, sent: list[Work]) -> StyleSample:
        """Watermark one raw sample, save it, and record its provenance."""
        sample_id = f"smp_{secrets.token_hex(6)}"
        now = self.clock.utcnow()
        used = [w for w in sent if raw.works is None or w.id in raw.works]
        refs = tuple(WorkRef(id=w.id, title=w.title) for w in used)
        licence = self.profile.style.licence
        raw_hash = hashlib.sha256(raw.content).hexdigest()
        if raw.kind == "text":
            body = raw.content.decode("utf-8")
            content = watermark.mark_text(body, sample_id=sample_id, mark=self.mark, licence=licence).encode("utf-8")
            mime, suffix = "text/plain", ".txt"
        else:
            provenance = {
                "sample_id": sample_id,
                "client": client,
                "created_at": now.isoformat(),
                "licence": licence,
                "works": [w.id for w in used],
                "raw_sha256": raw_hash,
            }
            content = watermark.mark_image(
                raw.content, sample_id=sample_id, mark=self.mark, licence=licence, provenance=provenance
            )
            mime, suffix = "image/png", ".png"
        folder = self.data_dir / SAMPLES_DIRNAME
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{sample_id}{suffix}"
        path.write_bytes(content)
        service = self._service()
        record = ProvenanceRecord(
            id=sample_id,
            client=client,
            prompt=prompt,
            kind=raw.kind,
            mime=mime,
            created_at=now,
            content_sha256=hashlib.sha256(content).hexdigest(),
            raw_sha256=raw_hash,
            works=refs,
            licence=licence,
            service=f"{service.protocol} {service.base_url}",
            service_sample_id=raw.service_id,
            path=str(path),
        )
        self._ledger.record(record)
        return StyleSample(record=record, content=content, path=path)


def _checked_client(client: str) -> str:
    normalised = normalise_client(client)
    if not normalised:
        raise ToolError("a style sample needs a client", hint="Pass the client's name or e-mail address.")
    return normalised
