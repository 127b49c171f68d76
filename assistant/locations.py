"""Where Atelier keeps its files, resolved when asked and never at import.

``ATELIER_HOME=DIR`` puts everything under DIR (config files in DIR, data in DIR/data), which is what tests
and demos use. Otherwise platformdirs gives ``$XDG_CONFIG_HOME/atelier`` and ``$XDG_DATA_HOME/atelier``.
Files derived from installed models go to ``$XDG_CACHE_HOME/atelier`` in every case (see :func:`cache_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "atelier"


def home_override() -> Path | None:
    """The ``ATELIER_HOME`` directory, if set."""
    value = os.environ.get("ATELIER_HOME")
    return Path(value).expanduser() if value else None


def config_dir() -> Path:
    """Directory that holds ``config.toml`` and ``profile.toml``."""
    home = home_override()
    if home is not None:
        return home
    from platformdirs import user_config_path

    return user_config_path(APP_NAME)


def data_dir() -> Path:
    """Directory for the Chroma store, SQLite files and logs (``ATELIER_DATA_DIR`` wins)."""
    explicit = os.environ.get("ATELIER_DATA_DIR")
    if explicit:
        return Path(explicit).expanduser()
    home = home_override()
    if home is not None:
        return home / "data"
    from platformdirs import user_data_path

    return user_data_path(APP_NAME)


def cache_dir() -> Path:
    """Directory for files derived from installed models (``ATELIER_CACHE_DIR`` wins).

    Shared by every ``ATELIER_HOME``, since what it holds depends only on the model files; deleting it only
    costs a conversion on the next run.
    """
    explicit = os.environ.get("ATELIER_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME)


def config_file() -> Path:
    """Path of ``config.toml`` (``ATELIER_CONFIG`` wins)."""
    explicit = os.environ.get("ATELIER_CONFIG")
    return Path(explicit).expanduser() if explicit else config_dir() / "config.toml"


def profile_file() -> Path:
    """Path of ``profile.toml``, next to the config (``ATELIER_PROFILE`` wins)."""
    explicit = os.environ.get("ATELIER_PROFILE")
    return Path(explicit).expanduser() if explicit else config_file().parent / "profile.toml"


class Paths:
    """The three places an :class:`~assistant.Assistant` uses, fixed when it is created."""

    def __init__(self, home: Path | None = None) -> None:
        """With ``home``, everything lives under it (like ``ATELIER_HOME``); otherwise the usual resolution."""
        if home is not None:
            home = Path(home).expanduser()
            self.config_file = home / "config.toml"
            self.profile_file = home / "profile.toml"
            self.data_dir = home / "data"
        else:
            self.config_file = config_file()
            self.profile_file = profile_file()
            self.data_dir = data_dir()
