"""Content Credentials with the real c2pa library (offline): signing, reading back, tampering, re-encoding."""

from __future__ import annotations

import datetime as dt
import io
import stat
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from PIL import Image

from assistant.config import StyleSettings
from assistant.errors import ConfigError
from assistant.tools.style import credentials
from assistant.tools.style.verify import verify
from assistant.tools.style.watermark import mark_image

NOW = dt.datetime(2026, 12, 1, 12, tzinfo=dt.UTC)
FACTS = credentials.SampleFacts(
    sample_id="smp_1", client="ben@studio.example", author="Mara Lind", licence="Preview only.", created_at=NOW
)


def _marked_png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (96, 64), (30, 90, 160)).save(out, format="PNG")
    return mark_image(out.getvalue(), sample_id="smp_1", mark="Mara Lind", licence="Preview only.")


@pytest.fixture
def identity(tmp_path: Path) -> credentials.SigningIdentity:
    credentials.ensure_local_identity(tmp_path, "Mara Lind", now=NOW, email="mara@example.com")
    return credentials.configured_identity(StyleSettings(), tmp_path)


def test_local_identity_is_a_ca_issued_leaf_with_what_c2pa_needs(tmp_path: Path) -> None:
    chain_path, made = credentials.ensure_local_identity(tmp_path, "Mara Lind", now=NOW)
    assert made
    leaf, ca = x509.load_pem_x509_certificates(chain_path.read_bytes())
    assert leaf.issuer == ca.subject != leaf.subject
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    ekus = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in ekus
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value
    assert aki.key_identifier == ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    assert isinstance(leaf.public_key(), ec.EllipticCurvePublicKey)
    key_path = credentials.identity_paths(tmp_path)[1]
    assert stat.S_IMODE(key_path.stat().st_mode) == 0o600
    # a second run keeps the identity: samples signed earlier stay signed by the same key
    again, made_again = credentials.ensure_local_identity(tmp_path, "Someone Else", now=NOW)
    assert (again, made_again) == (chain_path, False)
    assert x509.load_pem_x509_certificates(again.read_bytes())[0] == leaf


def test_signed_sample_reads_back_with_author_source_type_and_no_training(
    identity: credentials.SigningIdentity,
) -> None:
    signed = credentials.sign(_marked_png(), "image/png", FACTS, identity)
    report = credentials.read(signed, "image/png")
    assert report.present and report.intact
    assert not report.trusted and report.state == "Valid"
    assert report.failures == ("signingCredential.untrusted",)
    assert report.author == report.signer == "Mara Lind"
    assert report.digital_source_type == credentials.SOURCE_TYPE
    assert report.training_mining == dict.fromkeys(credentials.TRAINING_USES, "notAllowed")
    assert (report.sample_id, report.client, report.licence) == ("smp_1", "ben@studio.example", "Preview only.")
    # the visible watermark is still there: signing does not touch the pixels
    assert Image.open(io.BytesIO(signed)).tobytes() == Image.open(io.BytesIO(_marked_png())).tobytes()


def test_a_re_encoded_copy_has_no_credentials_and_is_unverified(identity: credentials.SigningIdentity) -> None:
    signed = credentials.sign(_marked_png(), "image/png", FACTS, identity)
    resaved = io.BytesIO()
    Image.open(io.BytesIO(signed)).save(resaved, format="PNG")
    result = verify(resaved.getvalue(), lambda content: [])
    assert result.kind == "image" and not result.verified
    assert result.credentials is not None and not result.credentials.present
    assert "no Content Credentials" in result.summary[0]
    own = credentials.leaf_serial(identity)
    assert own and verify(signed, lambda content: [], own).verified
    assert verify(signed, lambda content: [], own).summary[0].startswith("verified: Content Credentials intact")


def test_intact_credentials_from_another_key_are_not_yours(
    identity: credentials.SigningIdentity, tmp_path: Path
) -> None:
    other_dir = tmp_path / "someone-else"
    credentials.ensure_local_identity(other_dir, "Mara Lind", now=NOW)  # same name, another key
    other = credentials.configured_identity(StyleSettings(), other_dir)
    forged = credentials.sign(_marked_png(), "image/png", FACTS, other)
    result = verify(forged, lambda content: [], credentials.leaf_serial(identity))
    assert result.credentials is not None and result.credentials.intact
    assert not result.verified
    assert result.summary[0] == "unverified: intact Content Credentials, but not signed with your key"


def test_changed_pixels_break_the_manifest(identity: credentials.SigningIdentity) -> None:
    signed = bytearray(credentials.sign(_marked_png(), "image/png", FACTS, identity))
    at = signed.index(b"IDAT") + 12
    signed[at] ^= 0xFF
    report = credentials.read(bytes(signed), "image/png")
    assert report.present and not report.intact
    assert "assertion.dataHash.mismatch" in report.failures
    assert not verify(bytes(signed), lambda content: []).verified


def test_a_self_signed_leaf_is_refused_with_a_hint(tmp_path: Path) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Mara Lind")])
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(NOW - dt.timedelta(days=1))
        .not_valid_after(NOW + dt.timedelta(days=30))
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .sign(key, hashes.SHA256())
    )
    chain, pem = tmp_path / "own.pem", tmp_path / "own.key"
    chain.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption()))  # fmt: skip
    own = credentials.configured_identity(StyleSettings(signing_cert=chain, signing_key=pem), tmp_path)
    assert not own.local_ca
    with pytest.raises(ConfigError, match="c2pa refused to sign") as raised:
        credentials.sign(_marked_png(), "image/png", FACTS, own)
    assert "not self-signed" in (raised.value.hint or "")


def test_a_brought_identity_needs_both_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="go together"):
        credentials.configured_identity(StyleSettings(signing_cert=tmp_path / "c.pem"), tmp_path)
    with pytest.raises(ConfigError, match="no such file"):
        credentials.configured_identity(
            StyleSettings(signing_cert=tmp_path / "c.pem", signing_key=tmp_path / "k.pem"), tmp_path
        )
