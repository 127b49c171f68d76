"""Checkpointers for conversation threads beyond the default SQLite file: Postgres, for scale-out.

``[threads] checkpointer = "postgres"`` with ``postgres_url`` moves every thread's state to a PostgreSQL server,
so several machines (or a TUI and a daemon on different hosts) share threads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assistant.errors import ConfigError

if TYPE_CHECKING:
    from langgraph.checkpoint.postgres import PostgresSaver


def postgres_checkpointer(url: str | None) -> PostgresSaver:
    """Connect to PostgreSQL at ``url`` and make sure the checkpoint tables exist."""
    if not url:
        raise ConfigError("[threads] checkpointer is postgres but postgres_url is empty", hint="Set postgres_url.")
    import psycopg
    from langgraph.checkpoint.postgres import PostgresSaver
    from psycopg.rows import dict_row

    try:
        conn = psycopg.Connection.connect(url, autocommit=True, prepare_threshold=0, row_factory=dict_row)
    except psycopg.OperationalError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise ConfigError(f"cannot reach PostgreSQL: {first_line}", hint="Check [threads] postgres_url.") from exc
    saver = PostgresSaver(conn)
    saver.setup()
    return saver
