"""Puts the test suite's network guard into every Python process a test starts (this folder is on PYTHONPATH).

It loads ``tests/support/netguard.py`` from its file path, so it works whatever the child's ``sys.path``, and
only when the suite named a log (``TEST_NETGUARD_LOG``), so a stray PYTHONPATH changes nothing elsewhere.
"""

import importlib.util
import os
import sys
from pathlib import Path

if os.environ.get("TEST_NETGUARD_LOG"):
    _spec = importlib.util.spec_from_file_location("_atelier_netguard", Path(__file__).parents[1] / "netguard.py")
    if _spec is not None and _spec.loader is not None:
        _guard = importlib.util.module_from_spec(_spec)
        sys.modules["_atelier_netguard"] = _guard
        _spec.loader.exec_module(_guard)
        _guard.install()
