"""Content Credentials (C2PA) on image samples: the signing identity, the manifest, and reading it back.

Every image sample carries a C2PA manifest signed with the freelancer's key, so any C2PA-aware viewer can show
who made it, that it is AI-generated (``trainedAlgorithmicMedia``), that training and data mining are not
allowed, and the licence. The manifest survives what the old PNG text chunks did not (other tools can read it)
and any change to the pixels breaks its hash; a re-encoded copy has no manifest at all and is reported as such.

The signing identity is made by ``atelier init`` (or on first use) in the data dir: a local certificate
authority and a leaf it issues (ES256). c2pa refuses a self-signed leaf, and wants ``digitalSignature``, the
``emailProtection`` EKU and both key identifiers. The CA's private key is thrown away once the leaf is signed,
so it can certify nothing else. Readers report ``signingCredential.untrusted``: the local CA is on no public trust
list, which is the honest answer. The freelancer may bring a key and certificate chain of their own
(``[style] signing_cert`` and ``signing_key``).

Nothing here reaches the network: no timestamp authority, no OCSP, no remote manifests. ``c2pa`` and
``cryptography`` are imported lazily, so text-only use never loads them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict

from assistant.config import StyleSettings
from assistant.errors import ConfigError

if TYPE_CHECKING:
    import c2pa

CREDENTIALS_DIRNAME = "credentials"
CHAIN_FILENAME = "signing-chain.pem"
KEY_FILENAME = "signing-key.pem"
CERT_YEARS = 5
SOURCE_TYPE = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
SAMPLE_ASSERTION = "org.atelier.sample"
TRAINING_MINING = "c2pa.training-mining"
TRAINING_USES = ("c2pa.ai_generative_training", "c2pa.ai_inference", "c2pa.ai_training", "c2pa.data_mining")
_OFFLINE = {"verify": {"ocsp_fetch": False, "remote_manifest_fetch": False}}
"""c2pa settings that keep reading and signing off the network."""
_INTACT_STATES = frozenset({"Valid", "Trusted"})


class SigningIdentity(BaseModel):
    """Where the signing key and its certificate chain (leaf first, PEM) are, and whether Atelier made them."""

    model_config = ConfigDict(frozen=True)

    chain: Path
    key: Path
    local_ca: bool
    """True for the identity made by ``atelier init``; False for one the freelancer brought."""


class SampleFacts(BaseModel):
    """What a sample's manifest says about it."""

    model_config = ConfigDict(frozen=True)

    sample_id: str
    client: str
    author: str
    licence: str
    created_at: dt.datetime
    title: str = ""


class CredentialReport(BaseModel):
    """What a file's Content Credentials say, and whether they still hold."""

    model_config = ConfigDict(frozen=True)

    present: bool
    """False when the file has no C2PA manifest (never signed, or re-encoded since)."""
    intact: bool = False
    """The signature is valid and the content still matches the signed hash."""
    trusted: bool = False
    """The signer chains to a trust list the reader knows; never true for a local CA."""
    state: str = ""
    """c2pa's validation state: ``Valid``, ``Trusted`` or ``Invalid``."""
    failures: tuple[str, ...] = ()
    """c2pa's failure codes, e.g. ``signingCredential.untrusted`` or ``assertion.dataHash.mismatch``."""
    signer: str = ""
    issuer: str = ""
    serial: str = ""
    """The signing certificate's serial number, to tell the freelancer's own key from anyone else's."""
    author: str = ""
    digital_source_type: str = ""
    training_mining: dict[str, str] = {}
    sample_id: str = ""
    client: str = ""
    licence: str = ""
    error: str = ""
    """Why no manifest could be read, when ``present`` is False."""


def identity_paths(data_dir: Path) -> tuple[Path, Path]:
    """The chain and key files of the identity ``atelier init`` makes in ``data_dir``."""
    folder = data_dir / CREDENTIALS_DIRNAME
    return folder / CHAIN_FILENAME, folder / KEY_FILENAME


def configured_identity(settings: StyleSettings, data_dir: Path) -> SigningIdentity:
    """The identity to sign with: the freelancer's own when configured, else the local one in ``data_dir``.

    Raises:
        ConfigError: only one of ``signing_cert`` and ``signing_key`` is set, or a configured file is missing.
    """
    if settings.signing_cert is None and settings.signing_key is None:
        chain, key = identity_paths(data_dir)
        return SigningIdentity(chain=chain, key=key, local_ca=True)
    if settings.signing_cert is None or settings.signing_key is None:
        raise ConfigError(
            "[style] signing_cert and signing_key go together",
            hint="Set both (a PEM certificate chain, leaf first, and its ES256 private key), or neither.",
        )
    for path in (settings.signing_cert, settings.signing_key):
        if not path.is_file():
            raise ConfigError(f"[style] {path}: no such file", hint="Fix the path in config.toml.")
    return SigningIdentity(chain=settings.signing_cert, key=settings.signing_key, local_ca=False)


def ensure_local_identity(data_dir: Path, name: str, *, now: dt.datetime, email: str = "") -> tuple[Path, bool]:
    """Make the local CA and signing certificate for ``name`` unless they exist; returns the chain and "made it"."""
    chain_path, key_path = identity_paths(data_dir)
    if chain_path.is_file() and key_path.is_file():
        return chain_path, False
    chain, key = make_local_identity(name, now=now, email=email)
    chain_path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(key_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(key)
    chain_path.write_bytes(chain)
    return chain_path, True


def make_local_identity(name: str, *, now: dt.datetime, email: str = "") -> tuple[bytes, bytes]:
    """A leaf certificate for ``name`` issued by a one-off local CA: (chain PEM, leaf key PEM).

    The CA key lives only in this call: once it has signed the leaf, nothing else can ever be issued under it.
    """
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    def subject(common_name: str) -> x509.Name:
        attributes = [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{name} (Atelier, local)"),
        ]
        if email:
            attributes.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
        return x509.Name(attributes)

    def usage(*, sign: bool, certify: bool) -> x509.KeyUsage:
        return x509.KeyUsage(
            digital_signature=sign,
            content_commitment=False,
            key_encipherment=False,
            data_encipherment=False,
            key_agreement=False,
            key_cert_sign=certify,
            crl_sign=certify,
            encipher_only=False,
            decipher_only=False,
        )

    start, end = now - dt.timedelta(days=1), now + dt.timedelta(days=365 * CERT_YEARS)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = subject(f"{name} local CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(usage(sign=False, certify=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(subject(name))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage(sign=True, certify=False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    chain = leaf.public_bytes(serialization.Encoding.PEM) + ca.public_bytes(serialization.Encoding.PEM)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return chain, pem


def leaf_serial(identity: SigningIdentity) -> str | None:
    """The serial number of the identity's signing certificate, or None when there is no readable one yet."""
    from cryptography import x509

    try:
        return str(x509.load_pem_x509_certificates(identity.chain.read_bytes())[0].serial_number)
    except (OSError, ValueError, IndexError):
        return None


def manifest(facts: SampleFacts, *, mime: str, generator_version: str) -> dict[str, Any]:
    """The C2PA manifest definition for one sample (see the module docstring for what each part is for)."""
    not_allowed = {use: {"use": "notAllowed"} for use in TRAINING_USES}
    return {
        "claim_generator_info": [{"name": "Atelier", "version": generator_version}],
        "title": facts.title or facts.sample_id,
        "format": mime,
        "assertions": [
            {
                "label": "c2pa.actions",
                "data": {"actions": [{"action": "c2pa.created", "digitalSourceType": SOURCE_TYPE}]},
            },
            {"label": TRAINING_MINING, "data": {"entries": not_allowed}},
            {
                "label": "stds.schema-org.CreativeWork",
                "data": {
                    "@context": "https://schema.org",
                    "@type": "CreativeWork",
                    "identifier": facts.sample_id,
                    "author": [{"@type": "Person", "name": facts.author}],
                    "copyrightHolder": {"@type": "Person", "name": facts.author},
                    "license": facts.licence,
                    "dateCreated": facts.created_at.isoformat(),
                },
            },
            {
                "label": SAMPLE_ASSERTION,
                "data": {"sample_id": facts.sample_id, "client": facts.client, "licence": facts.licence},
            },
        ],
    }


def sign(content: bytes, mime: str, facts: SampleFacts, identity: SigningIdentity) -> bytes:
    """``content`` with a signed C2PA manifest for ``facts`` embedded.

    Raises:
        ConfigError: the key or certificate cannot be read, or c2pa refuses them (e.g. a self-signed leaf).
    """
    from importlib.metadata import version

    import c2pa

    try:
        chain, key = identity.chain.read_bytes(), identity.key.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read the signing identity: {exc}", hint="Run `atelier init` again.") from exc
    definition = manifest(facts, mime=mime, generator_version=version("atelier"))
    out = io.BytesIO()
    try:
        signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, key, None))
        with c2pa.Builder(definition, context=_context()) as builder:
            builder.sign(signer, mime, io.BytesIO(content), out)
    except c2pa.C2paError as exc:
        raise ConfigError(
            f"c2pa refused to sign with {identity.chain}: {exc}",
            hint="The certificate must be an ES256 leaf issued by a CA (not self-signed), with digitalSignature "
            "and the emailProtection EKU. Remove [style] signing_cert/signing_key to use Atelier's own.",
        ) from exc
    return out.getvalue()


def read(content: bytes, mime: str) -> CredentialReport:
    """What the Content Credentials embedded in ``content`` say, checked offline."""
    import c2pa

    try:
        with c2pa.Reader(mime, io.BytesIO(content), context=_context()) as reader:
            state = reader.get_validation_state() or ""
            results = reader.get_validation_results() or {}
            active = reader.get_active_manifest() or {}
    except c2pa.C2paError as exc:
        return CredentialReport(present=False, error=str(exc))
    failures = tuple(str(item.get("code", "")) for item in results.get("activeManifest", {}).get("failure", []))
    assertions = {str(a.get("label", "")): a.get("data", {}) for a in active.get("assertions", [])}
    work = assertions.get("stds.schema-org.CreativeWork", {})
    sample = assertions.get(SAMPLE_ASSERTION, {})
    actions = assertions.get("c2pa.actions.v2", assertions.get("c2pa.actions", {})).get("actions", [])
    entries = assertions.get(TRAINING_MINING, {}).get("entries", {})
    signature = active.get("signature_info", {})
    return CredentialReport(
        present=True,
        intact=state in _INTACT_STATES,
        trusted=state == "Trusted",
        state=state,
        failures=failures,
        signer=str(signature.get("common_name", "")),
        issuer=str(signature.get("issuer", "")),
        serial=str(signature.get("cert_serial_number", "")),
        author=", ".join(str(a.get("name", "")) for a in work.get("author", []) if isinstance(a, dict)),
        digital_source_type=next((str(a["digitalSourceType"]) for a in actions if "digitalSourceType" in a), ""),
        training_mining={str(k): str(v.get("use", "")) for k, v in entries.items() if isinstance(v, dict)},
        sample_id=str(sample.get("sample_id", work.get("identifier", ""))),
        client=str(sample.get("client", "")),
        licence=str(sample.get("licence", work.get("license", ""))),
    )


def _context() -> c2pa.Context:
    import c2pa

    return c2pa.Context(settings=c2pa.Settings.from_json(json.dumps(_OFFLINE)))
