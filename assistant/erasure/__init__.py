"""Erasure: forget a client, a memory source or a sender address in every store Atelier writes, and say what went.

>>> report = assistant.forget(client="Acme", dry_run=True)             # doctest: +SKIP
>>> for line in report.lines(): print(line)                            # doctest: +SKIP

See :mod:`assistant.erasure.run` for the order of work, :mod:`assistant.erasure.journal` for how a killed
erasure is finished, and :mod:`assistant.erasure.matcher` for what "mentions the client" means.
"""

from __future__ import annotations

from assistant.erasure.journal import ErasureRequest
from assistant.erasure.matcher import Matcher, fold
from assistant.erasure.report import ErasureReport, StoreReport
from assistant.erasure.run import erase, matcher_for, resume

__all__ = ["ErasureReport", "ErasureRequest", "Matcher", "StoreReport", "erase", "fold", "matcher_for", "resume"]
