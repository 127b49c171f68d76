"""Atelier: a personal AI assistant that a freelancer owns and runs on their own machine.

Scripts use the library directly::

    from assistant import Assistant

    with Assistant() as atelier:
        print(atelier.chat("How much did I charge Acme for the mascot?").text)
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
