"""What a quote number looks like, for every reader of one: the quote store, the chat router, the agent tools.

A saved quote has a per-year sequence number (``Q-2026-0003``); quotes made before numbers were shared, and
unsaved ones, carry a provisional number of the day and a digest (``Q-20261202-D583``). Both stay readable.
"""

from __future__ import annotations

import re

from assistant.reading.words import accent_blind

QUOTE_NUMBER = accent_blind(r"\bQ-(?:\d{4}-\d{4,}|\d{8}-[0-9A-F]{4})\b", re.IGNORECASE)
"""A saved quote's number or a provisional one, anywhere in a text."""
