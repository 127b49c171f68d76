import tomllib
from decimal import Decimal
from pathlib import Path

import pytest

from assistant.errors import ProfileError
from assistant.profile import Profile, load_profile

STARTER = Path(__file__).resolve().parents[3] / "assistant" / "starter" / "profile.toml"


def test_demo_profile_loads(demo_home: Path) -> None:
    profile = load_profile()
    assert profile.currency == "EUR"
    assert profile.service("mascot").floor > 0


def test_starter_profile_is_valid() -> None:
    profile = Profile.model_validate(tomllib.loads(STARTER.read_text()))
    assert profile.hourly_rate == Decimal("80.00")


def test_missing_profile_hints_at_init(atelier_home: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile()
    assert "atelier init" in caught.value.hint


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        (('floor = "900.00"', 'floor = "-1"'), "services.0.floor", "greater than or equal to 0"),
        (("min_lead_days = 7", "min_lead_days = 30"), "services.0", "min_lead_days must not exceed lead_days"),
        (('currency = "EUR"', 'currency = "euro"'), "currency", "pattern"),
        (('id = "illustration"', 'id = "logo"'), "services", "duplicate service id logo"),
    ],
)
def test_bad_profile_names_file_field_and_reason(
    atelier_home: Path, change: tuple[str, str], field: str, reason: str
) -> None:
    text = STARTER.read_text()
    assert change[0] in text
    path = atelier_home / "profile.toml"
    path.write_text(text.replace(change[0], change[1], 1))
    with pytest.raises(ProfileError) as caught:
        load_profile()
    message = str(caught.value)
    assert str(path) in message and field in message and reason in message


def test_unknown_service_lists_known_ones(demo_home: Path) -> None:
    with pytest.raises(ProfileError) as caught:
        load_profile().service("tattoo")
    assert "logo" in caught.value.hint


def test_senders_resolve_to_known_clients_only(demo_home: Path) -> None:
    profile = load_profile()
    assert profile.client_for("Jonas.Weber@ACME.example") == "Acme"
    assert profile.client_for("lektorat@birkenhain-verlag.example") == "Birkenhain Verlag"
    assert profile.client_for("someone@example.com") == "someone@example.com"
    assert profile.client_for("mallory@evil-acme.example") == "mallory@evil-acme.example"


@pytest.mark.parametrize(
    ("names", "reason"),
    [('{ spanish = "Diseño de logotipo" }', "is not a language code"), ('{ es = "  " }', "the es name is empty")],
)
def test_a_services_names_are_by_language_code_and_not_empty(atelier_home: Path, names: str, reason: str) -> None:
    text = (Path(__file__).resolve().parents[3] / "examples" / "profile.toml").read_text()
    own = (
        'names = { en = "Logo design", de = "Logodesign", fr = "Création de logo", es = "Diseño de logotipo", '
        'it = "Design del logo", nl = "Logo-ontwerp" }'
    )
    assert own in text
    (atelier_home / "profile.toml").write_text(text.replace(own, f"names = {names}", 1))
    with pytest.raises(ProfileError) as caught:
        load_profile()
    assert "services.0.names" in str(caught.value) and reason in str(caught.value)


def test_the_demo_names_every_service_in_the_six_languages() -> None:
    profile = load_profile(Path(__file__).resolve().parents[3] / "examples" / "profile.toml")
    for service in profile.services:
        assert set(service.names) == {"en", "de", "fr", "es", "it", "nl"}, service.id
    packaging = profile.service("packaging")
    assert (packaging.name_in("es"), packaging.name_in("pt")) == ("Diseño de envases", "Packaging design")
