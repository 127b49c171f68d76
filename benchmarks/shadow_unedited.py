"""Shadow mode: the share of replies that would go out unedited, with the voice learned from *other* mails only.

Each past inquiry is replayed through ``Assistant.shadow_report`` (the daemon's triage and drafter, templates
only unless ``--model``) in a fresh home, and compared with the reply the freelancer really sent. "Unedited" is a
word-level edit distance of at most 0.05 (see ``assistant/daemon/shadow_report.py``).

Learning the voice from the very replies that are replayed would be a leak, so:

- ``examples/past-mail`` (the demo's 8 pairs) is scored leave-one-out: the voice book is learned from the other
  seven pairs, then the eighth is replayed;
- ``tests/eval/voice`` (a blind set, when present) is learned from ``learn/`` and scored on ``eval/``, which is
  never tuned on.

The baseline, in the same run, is the same replay with an empty voice book (catalog and profile words only).

    .venv/bin/python benchmarks/shadow_unedited.py [--model] [--show N] [--set past-mail|voice|both]
        [--voice-set tests/eval/voice]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.api import Assistant  # noqa: E402
from assistant.daemon.shadow_report import PastExchange, ShadowCase, pair_exchanges, read_folder  # noqa: E402
from assistant.daemon.voice import DB_NAME, VoiceBook, learn_exchange  # noqa: E402
from assistant.mail.message import InboundMessage  # noqa: E402

PAST_MAIL = REPO / "examples" / "past-mail"
VOICE_SET = REPO / "tests" / "eval" / "voice"


def exchanges(folder: Path) -> list[PastExchange]:
    """The inquiry/reply pairs of a folder of .eml files: a reply is a mail whose In-Reply-To is another's id."""
    messages = read_folder(folder)
    ids = {m.message_id for m in messages if m.message_id}
    own = {m.sender for m in messages if m.in_reply_to in ids}
    return pair_exchanges(messages, own)


def _file(msg: InboundMessage) -> Path:
    """The .eml file a message was read from (:func:`read_folder` numbers the sorted files from 1)."""
    return sorted(Path(msg.mailbox).rglob("*.eml"))[msg.uid - 1]


def _replay(atelier: Assistant, pairs: list[PastExchange], *, use_model: bool) -> list[ShadowCase]:
    """Replay ``pairs`` through the daemon as shadow mode does (the pairs' mails copied to a folder of their own)."""
    with tempfile.TemporaryDirectory() as folder:
        for number, pair in enumerate(pairs):
            for part, msg in (("inquiry", pair.inquiry), ("sent", pair.reply)):
                shutil.copy(_file(msg), Path(folder, f"{number:03d}.{part}.eml"))
        return atelier.shadow_report(mail=Path(folder), use_model=use_model).cases


def _learn(atelier: Assistant, pairs: list[PastExchange]) -> int:
    """A fresh voice book in the assistant's data dir, learned from ``pairs``; returns the snippets kept."""
    path = atelier.paths.data_dir / DB_NAME
    path.unlink(missing_ok=True)
    book = VoiceBook(path, atelier.memory.embedder.embed)
    return sum(learn_exchange(book, pair.inquiry, pair.reply) for pair in pairs)


def _print(title: str, learned: list[ShadowCase], baseline: list[ShadowCase], snippets: list[int], show: int) -> None:
    print(f"\n== {title}: {len(learned)} replies, {statistics.fmean(snippets) if snippets else 0:.1f} snippets learned")
    for number, (case, base) in enumerate(zip(learned, baseline, strict=True), 1):
        print(
            f"{number:>2} {case.language:<2} voice {case.distance:.3f}  catalog {base.distance:.3f}  "
            f"{case.subject[:50]}"
        )
        if number == show:
            print(case.diff)
    for name, cases in (("learned voice", learned), ("catalog only (baseline)", baseline)):
        share = sum(c.unedited for c in cases) / len(cases)
        distances = [c.distance for c in cases]
        print(
            f"{name:<24} unedited {sum(c.unedited for c in cases)}/{len(cases)} ({share:.0%}), "
            f"edit distance mean {statistics.fmean(distances):.3f}, median {statistics.median(distances):.3f}"
        )


def leave_one_out(atelier: Assistant, folder: Path, *, use_model: bool, show: int) -> None:
    """Each pair replayed with the voice learned from all the others, next to the catalog-only replay."""
    pairs = exchanges(folder)
    learned: list[ShadowCase] = []
    snippets: list[int] = []
    for index, pair in enumerate(pairs):
        snippets.append(_learn(atelier, pairs[:index] + pairs[index + 1 :]))
        learned.extend(_replay(atelier, [pair], use_model=use_model))
    _learn(atelier, [])
    baseline = _replay(atelier, pairs, use_model=use_model)
    _print(f"{folder}, leave-one-out", learned, baseline, snippets, show)


def learn_then_eval(atelier: Assistant, root: Path, *, use_model: bool, show: int) -> None:
    """Learn from ``root/learn``, replay ``root/eval``; the catalog-only replay of ``eval`` beside it."""
    pairs = exchanges(root / "eval")
    _learn(atelier, [])
    baseline = _replay(atelier, pairs, use_model=use_model)
    snippets = [_learn(atelier, exchanges(root / "learn"))]
    learned = _replay(atelier, pairs, use_model=use_model)
    _print(f"{root}: learn/ -> eval/", learned, baseline, snippets, show)


def main() -> None:
    """Print, per set, the share unedited and the distances with the learned voice and with the catalog only."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model", action="store_true", help="let the configured model phrase the openings")
    parser.add_argument("--show", type=int, default=0, help="print the diff of this case (1-based)")
    parser.add_argument(
        "--set",
        choices=("past-mail", "voice", "both", "learn"),
        default="both",
        help="learn: leave-one-out over the blind set's learn/ only (for tuning; eval/ is never read)",
    )
    parser.add_argument("--voice-set", type=Path, default=VOICE_SET, help="the blind set's folder (learn/, eval/)")
    args = parser.parse_args()
    voice_set = args.voice_set.resolve()
    sets = [("past-mail", PAST_MAIL, REPO / "examples" / "profile.toml")]
    if (voice_set / "eval").is_dir():
        own_profile = voice_set / "profile.toml"
        sets.append(("voice", voice_set, own_profile if own_profile.exists() else REPO / "examples" / "profile.toml"))
    elif args.set != "past-mail":
        print(f"(no blind voice set at {voice_set}/eval yet)")
    if args.set == "learn":
        sets = [("learn", voice_set / "learn", REPO / "examples" / "profile.toml")]
    for name, folder, profile in sets:
        if args.set not in (name, "both") and name != "learn":
            continue
        with tempfile.TemporaryDirectory() as home:
            shutil.copy(profile, Path(home) / "profile.toml")
            with Assistant(home) as atelier:
                if name in ("past-mail", "learn"):
                    leave_one_out(atelier, folder, use_model=args.model, show=args.show)
                else:
                    learn_then_eval(atelier, folder, use_model=args.model, show=args.show)


if __name__ == "__main__":
    main()
