from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ToolError
from assistant.tools.style.works import WorkRegistry, slugify


def test_works_are_unconsented_until_opted_in(tmp_path: Path) -> None:
    registry = WorkRegistry(tmp_path)
    registry.add("River Notes", excerpt="The river kept its hours.")
    registry.add("Harbour Series", kind="image", excerpt="ink harbours", consented=True)

    assert [w.id for w in registry.all()] == ["river-notes", "harbour-series"]
    assert registry.get("river-notes").consented is False
    assert [w.id for w in registry.consented()] == ["harbour-series"]
    assert registry.consented("text") == []
    registry.close()


def test_consent_and_revocation_are_logged_and_change_conditioning(tmp_path: Path) -> None:
    registry = WorkRegistry(tmp_path)
    registry.add("River Notes", excerpt="The river.")
    given = registry.set_consent("river-notes", True)
    assert given.consented and given.consent_changed_at is not None
    assert [w.id for w in registry.consented("text")] == ["river-notes"]

    revoked = registry.set_consent("river-notes", False)
    assert revoked.consented is False
    assert registry.consented("text") == []
    assert [state for state, _ in registry.consent_history("river-notes")] == [True, False]
    # setting the same state again changes nothing and logs nothing
    registry.set_consent("river-notes", False)
    assert len(registry.consent_history("river-notes")) == 2
    registry.close()


def test_excerpt_is_read_from_a_text_file(tmp_path: Path) -> None:
    piece = tmp_path / "essay.md"
    piece.write_text("# Essay\n\nSalt on the sill." + "x" * 5000, encoding="utf-8")
    registry = WorkRegistry(tmp_path / "data")
    work = registry.add("Essay", path=piece)
    assert work.excerpt.startswith("# Essay\n\nSalt on the sill.")
    assert len(work.excerpt) == 2000
    assert work.path == str(piece)
    registry.close()


def test_bad_works_are_refused_with_a_hint(tmp_path: Path) -> None:
    registry = WorkRegistry(tmp_path)
    picture = tmp_path / "cover.png"
    picture.write_bytes(b"\x89PNG")
    with pytest.raises(ToolError, match="cannot take an excerpt") as caught:
        registry.add("Cover", path=picture)
    assert "--excerpt" in caught.value.hint
    with pytest.raises(ToolError, match="needs a title"):
        registry.add("  ")
    registry.add("Cover", kind="image", path=picture, excerpt="a blue cover")
    with pytest.raises(ToolError, match="already registered"):
        registry.add("Cover", kind="image", excerpt="again")
    with pytest.raises(ToolError, match="no work with id 'nope'") as missing:
        registry.set_consent("nope", True)
    assert "cover" in missing.value.hint
    registry.close()


def test_slugify() -> None:
    assert slugify("Harbour Letters, vol. 2!") == "harbour-letters-vol-2"
    assert slugify("***") == "work"
