"""A private PostgreSQL cluster on 127.0.0.1 for tests, run as the ``postgres`` system user."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tests.support.servers import free_port


def _bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    return found[-1]


@contextmanager
def postgres_server() -> Iterator[str]:
    """Start a throw-away cluster and yield its connection URL; everything is removed afterwards.

    The cluster lives in its own folder under the system temp dir, because pytest's temp folders are private
    to root and PostgreSQL refuses to run as root.
    """
    base = Path(tempfile.mkdtemp(prefix="atelier-pg-"))
    data = base / "pgdata"
    data.mkdir()
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
        shutil.chown(data, "postgres")
    run_as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
    subprocess.run([*run_as, _bin("initdb"), "-D", str(data), "-U", "atelier", "--auth=trust"],
                   check=True, capture_output=True)  # fmt: skip
    port = free_port()
    log = base / "postgres.log"
    subprocess.run(
        [*run_as, _bin("pg_ctl"), "-D", str(data), "-l", str(log), "-w", "-t", "60",
         "-o", f"-h 127.0.0.1 -p {port} -k {data}", "start"],
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        yield f"postgresql://atelier@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run([*run_as, _bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)
