"""Fixtures for the daemon's integration tests: a fresh Dovecot and SMTP recorder per test."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.integration.daemon.mailenv import PASSWORD_ENV, REPO, DovecotServer, MailEnv, SmtpRecorder, write_config
from tests.support import netguard

if shutil.which("dovecot") is None:
    pytest.fail("dovecot is not installed: apt-get install -y dovecot-imapd", pytrace=False)


@pytest.fixture
def mailenv(atelier_home: Path, tmp_path: Path) -> Iterator[MailEnv]:
    imap = DovecotServer().start()
    smtp = SmtpRecorder(tmp_path / "spool").start()
    write_config(atelier_home, imap, smtp.port)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
    env.update(
        ATELIER_HOME=str(atelier_home), PYTHONPATH=netguard.child_pythonpath(str(REPO)), **{PASSWORD_ENV: imap.password}
    )
    mail = MailEnv(imap=imap, smtp=smtp, home=atelier_home, env=env)
    try:
        yield mail
    finally:
        mail.stop_all()
        smtp.stop()
        imap.stop()
