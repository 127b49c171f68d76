"""``StyleStudio``: the one object the rest of Atelier uses to get style samples for a client.

It is where the freelancer's rules are enforced in code, before and after the service is called: the client's
free-sample quota (counted from the ledger), consent (only consented works are sent as conditioning, and the
service may not claim others; an Automatic1111 service generates with a registered style model whose training
works are all still consented), and protection of the result (watermark or footer, Content Credentials on
images, provenance record, hashes).

The ledger records what really shaped a sample: for the Atelier protocol, the works sent with their excerpts
as sent; for an Automatic1111 service, which takes no works, the style model and the works it was trained on.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import threading
from pathlib import Path
from types import TracebackType
from typing import Self

from pydantic import BaseModel, ConfigDict

from assistant.clock import Clock
from assistant.config import Settings
from assistant.errors import PolicyError, ToolError
from assistant.profile import Profile
from assistant.tools.style import credentials, watermark
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
    StyleModel,
    StyleModelKind,
    StyleModelRef,
    StyleSample,
    Work,
    WorkRef,
)
from assistant.tools.style.style_models import StyleModelRegistry
from assistant.tools.style.verify import Verification, verify
from assistant.tools.style.works import WorkRegistry

SAMPLES_DIRNAME = "style_samples"
MAX_CONDITIONING_WORKS = 3
"""Works sent per request. Small models have small contexts; the most relevant few condition best."""
_WORD = re.compile(r"[a-z0-9]{3,}")


class ConsentChange(BaseModel):
    """A work's new consent, and the style models that must now be retrained without it."""

    model_config = ConfigDict(frozen=True)

    work: Work
    retrain: tuple[StyleModel, ...] = ()
    """Models trained on a work whose consent was just revoked: blocked until the freelancer confirms."""


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
        self._models = StyleModelRegistry(data_dir, self.clock)
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
        self._models.close()
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

    def consent(self, work: str, consented: bool) -> ConsentChange:
        """Give or revoke consent for a work; it applies to every later sample.

        Revoking consent for a work that a registered style model was trained on blocks that model until the
        freelancer confirms it was retrained without the work (:meth:`confirm_retrained`).
        """
        updated = self._works.set_consent(work, consented)
        retrain = () if consented else tuple(self._models.revoke_work(updated.id))
        return ConsentChange(work=updated, retrain=retrain)

    def style_models(self) -> list[StyleModel]:
        """Every registered style model, with the works it was trained on and whether it is blocked."""
        return self._models.all()

    def add_style_model(self, name: str, kind: StyleModelKind, trained_on: list[str]) -> StyleModel:
        """Register a checkpoint or LoRA and the works it was trained on, each of which must be consented.

        Raises:
            ToolError: a work is unknown, or the name is taken.
            PolicyError: a work it was trained on is not consented.
        """
        works = [self._works.get(work_id) for work_id in trained_on]
        refused = [w.id for w in works if not w.consented]
        if refused:
            raise PolicyError(
                f"{name} was trained on works without your consent: {', '.join(refused)}",
                hint="Consent to them first, or retrain the model without them.",
            )
        return self._models.add(name, kind, [w.id for w in works])

    def confirm_retrained(self, name: str) -> StyleModel:
        """The freelancer retrained ``name`` without its revoked works; it may be used again."""
        return self._models.confirm_retrained(name)

    def verify(self, content: bytes) -> Verification:
        """Is ``content`` one of the freelancer's samples, intact? Checks Content Credentials and the ledger."""
        own = credentials.leaf_serial(credentials.configured_identity(self.settings.style, self.data_dir))
        return verify(content, self.find, own or "")  # no identity yet: nothing can be signed with it

    def generate(self, client: str, prompt: str, n: int = 1, kind: Kind = "text") -> list[StyleSample]:
        """Make ``n`` watermarked samples for ``client``, each recorded in the ledger.

        Raises:
            PolicyError: the client's free samples would run out, no consented work can condition the style, or an
                Automatic1111 service has no usable registered style model (none set, blocked, unconsented).
            ToolError: the prompt or ``n`` is unusable, or the configured style model is not registered.
            ConfigError: the signing identity cannot sign an image sample.
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
            service = self._service()
            # An A1111 service takes no works: the registered style model is what shapes its samples.
            style_model = self._style_model() if service.protocol == "a1111" else None
            works = [] if style_model is not None else self._conditioning(prompt, kind)
            request = GenerateRequest(
                prompt=prompt,
                client=client,
                kind=kind,
                n=n,
                max_tokens=self.settings.model.max_tokens,
                works=tuple(ConditioningWork(id=w.id, title=w.title, excerpt=w.excerpt) for w in works),
            )
            raw_samples = service.generate(request, style_model)
            model_ref = self._model_ref(style_model) if style_model is not None else None
            return [self._deliver(client, prompt, raw, request, model_ref) for raw in raw_samples[:n]]

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

    def _style_model(self) -> StyleModel:
        """The configured style model of an Automatic1111 service, checked: registered, unblocked, consented."""
        name = self.settings.style.model
        if not name:
            raise PolicyError(
                "an Automatic1111 service needs a registered style model, or the ledger could not say what made "
                "the samples",
                hint="Register it with `atelier style models add NAME --kind lora --work ID ...`, then set "
                "[style] model = NAME in config.toml.",
            )
        model = self._models.get(name)
        if model.blocked:
            raise PolicyError(
                f"style model {name} was trained on works whose consent you revoked ({', '.join(model.revoked)}); "
                "it must be retrained without them",
                hint=f"Retrain it, then confirm with `atelier style models confirm {name}`.",
            )
        unconsented = [w for w in model.trained_on if not self._works.get(w).consented]
        if unconsented:
            raise PolicyError(f"style model {name} was trained on unconsented works: {', '.join(unconsented)}")
        return model

    def _model_ref(self, model: StyleModel) -> StyleModelRef:
        works = [self._works.get(w) for w in model.trained_on]
        return StyleModelRef(
            name=model.name, kind=model.kind, trained_on=tuple(WorkRef(id=w.id, title=w.title) for w in works)
        )

    def signing_identity(self) -> tuple[credentials.SigningIdentity, bool]:
        """The Content Credentials identity, and whether it was just made (``atelier init``, or the first image).

        The freelancer's own (``[style] signing_cert``/``signing_key``) when configured; otherwise the local-CA
        one in the data dir, made for the profile's name on first use.
        """
        identity = credentials.configured_identity(self.settings.style, self.data_dir)
        made = False
        if identity.local_ca:
            _, made = credentials.ensure_local_identity(
                self.data_dir, self.profile.name, now=self.clock.utcnow(), email=self.profile.email
            )
        return identity, made

    def _service(self) -> StyleClient:
        if self._client is None:
            self._client = StyleClient.from_settings(self.settings.style)
        return self._client

    def _deliver(
        self, client: str, prompt: str, raw: RawSample, request: GenerateRequest, model: StyleModelRef | None
    ) -> StyleSample:
        """Watermark one raw sample (and sign images), save it, and record its provenance."""
        sample_id = f"smp_{secrets.token_hex(6)}"
        now = self.clock.utcnow()
        used = [w for w in request.works if raw.works is None or w.id in raw.works]
        refs = tuple(WorkRef(id=w.id, title=w.title, excerpt=w.excerpt) for w in used)
        licence = self.profile.style.licence
        raw_hash = hashlib.sha256(raw.content).hexdigest()
        if raw.kind == "text":
            body = raw.content.decode("utf-8")
            content = watermark.mark_text(body, sample_id=sample_id, mark=self.mark, licence=licence).encode("utf-8")
            mime, suffix = "text/plain", ".txt"
        else:
            marked = watermark.mark_image(raw.content, sample_id=sample_id, mark=self.mark, licence=licence)
            mime, suffix = "image/png", ".png"
            facts = credentials.SampleFacts(
                sample_id=sample_id,
                client=client,
                author=self.profile.name,
                licence=licence,
                created_at=now,
                title=f"{sample_id}{suffix}",
            )
            content = credentials.sign(marked, mime, facts, self.signing_identity()[0])
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
            style_model=model,
            credentials=raw.kind == "image",
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
