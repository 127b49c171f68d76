"""Crashes, restarts, UIDVALIDITY changes and a second daemon, against real Dovecot and SMTP servers."""

from __future__ import annotations

import signal
import sqlite3

import pytest

from tests.integration.daemon.mailenv import MailEnv, make_inquiry, wait_until, write_config
from tests.support import netguard


def _outbox(mailenv: MailEnv) -> list[tuple[str, str, str]]:
    with sqlite3.connect(mailenv.data_dir / "daemon.sqlite") as conn:
        return list(conn.execute("SELECT to_addr, state, reason FROM outbox ORDER BY id"))


def test_uidvalidity_change_causes_no_reprocessing(mailenv: MailEnv) -> None:
    mailenv.deliver(make_inquiry(sender="one@example.com", message_id="<u1@example.com>"))
    mailenv.deliver(make_inquiry(sender="two@example.com", message_id="<u2@example.com>"))
    mailenv.once()
    assert len(_outbox(mailenv)) == 2

    mailenv.imap.set_uidvalidity("INBOX", 4242)
    mailenv.deliver(make_inquiry(sender="three@example.com", message_id="<u3@example.com>"))
    mailenv.once()

    assert [row[0] for row in _outbox(mailenv)] == ["one@example.com", "two@example.com", "three@example.com"]
    assert len(mailenv.folder("Drafts")) == 3
    counts = mailenv.status()["counts"]
    assert counts["uidvalidity_changes"] == 1
    assert counts["duplicates"] == 2
    assert counts["seen"] == 3


def test_a_second_daemon_on_the_same_data_dir_refuses_to_start(mailenv: MailEnv) -> None:
    first = mailenv.start()
    wait_until(lambda: mailenv.status()["running"])
    second = mailenv.once(check=False)
    assert second.returncode == 3, "the status the systemd unit does not restart on (RestartPreventExitStatus)"
    assert "another daemon" in second.stderr and str(first.pid) in second.stderr
    first.send_signal(signal.SIGTERM)
    assert first.wait(timeout=15) == 0
    assert mailenv.once().returncode == 0


def test_restart_with_approvals_pending_sends_each_once(mailenv: MailEnv) -> None:
    proc = mailenv.start()
    for n in range(3):
        mailenv.deliver(make_inquiry(sender=f"c{n}@example.com", message_id=f"<r{n}@example.com>"))
    items = wait_until(lambda: len(mailenv.inbox("list")["items"]) == 3 and mailenv.inbox("list")["items"])
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0

    for item in items[:2]:
        mailenv.cli("inbox", "approve", str(item["id"]))
    assert mailenv.sent_to_smtp() == []
    proc = mailenv.start()
    wait_until(lambda: len(mailenv.sent_to_smtp()) == 2, timeout=15)
    wait_until(lambda: mailenv.status()["last_poll"], timeout=5)
    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=15) == 0
    mailenv.once()
    received = sorted(r.rcpt_tos[0] for r in mailenv.sent_to_smtp())
    assert received == sorted(i["to"] for i in items[:2])
    states = sorted(state for _, state, _ in _outbox(mailenv))
    assert states == ["pending", "sent", "sent"]


@pytest.mark.parametrize(
    ("fault", "smtp_after_kill", "state_after_restart", "smtp_after_restart"),
    [
        ("before_sent_append", 0, "sent", 1),  # nothing left the machine: safe to send, once
        ("after_sent_append", 0, "held", 0),  # a marked copy in Sent: cannot tell, held for the freelancer
        ("after_smtp", 1, "held", 1),  # accepted, not yet marked: unsure, held for the freelancer, not resent
        ("after_sent_mark", 1, "sent", 1),  # accepted and marked in Sent: recorded as sent, not resent
    ],
)
def test_sigkill_while_sending_never_sends_twice(
    mailenv: MailEnv, fault: str, smtp_after_kill: int, state_after_restart: str, smtp_after_restart: int
) -> None:
    write_config(mailenv.home, mailenv.imap, mailenv.smtp.port, mode="auto")
    mailenv.deliver(
        make_inquiry(
            sender="k@example.com",
            subject="question",
            body="Hello, could you make a few posters for our festival? What do you offer?",
        )
    )
    killed = mailenv.once(extra_env={"ATELIER_DAEMON_FAULT": fault}, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert len(mailenv.sent_to_smtp()) == smtp_after_kill
    assert [s for _, s, _ in _outbox(mailenv)] == ["sending"]

    mailenv.once()
    mailenv.once()
    [(to, state, reason)] = _outbox(mailenv)
    assert (to, state) == ("k@example.com", state_after_restart)
    assert len(mailenv.sent_to_smtp()) == smtp_after_restart
    assert len({r.message["Message-ID"] for r in mailenv.sent_to_smtp()}) == smtp_after_restart
    if state_after_restart == "held":
        assert "may have gone out" in reason
    sent_copies = mailenv.folder("Sent")
    assert len(sent_copies) == 1  # one copy in Sent, never two
    if fault == "after_sent_append":
        # The freelancer checks, sees nothing went out, and approves: it goes out once, with one Sent copy.
        [item] = mailenv.inbox("list")["items"]
        mailenv.cli("inbox", "approve", str(item["id"]))
        mailenv.once()
        assert [r.rcpt_tos for r in mailenv.sent_to_smtp()] == [["k@example.com"]]
        assert [flags for _, flags, _ in mailenv.folder("Sent")] == [{b"\\Seen", b"$AtelierSent"}]


def test_tls_imap_and_starttls_smtp_with_a_private_ca(atelier_home, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import os

    from tests.integration.daemon.mailenv import PASSWORD_ENV, REPO, DovecotServer, SmtpRecorder

    imap = DovecotServer(tls=True).start()
    assert imap.cert is not None
    smtp = SmtpRecorder(tmp_path / "spool", tls=(imap.cert, imap.base / "key.pem")).start()
    try:
        write_config(atelier_home, imap, smtp.port, extra=f'tls_ca_file = "{imap.cert}"')
        config = (atelier_home / "config.toml").read_text()
        config = config.replace(f"imap_port = {imap.port}", f"imap_port = {imap.imaps_port}")
        config = config.replace('imap_security = "plain"', 'imap_security = "tls"')
        config = config.replace('imap_host = "127.0.0.1"', 'imap_host = "localhost"')
        config = config.replace('smtp_security = "plain"', 'smtp_security = "starttls"')
        config = config.replace('smtp_host = "127.0.0.1"', 'smtp_host = "localhost"')
        (atelier_home / "config.toml").write_text(config.replace('mode = "draft"', ""))
        (atelier_home / "profile.toml").write_text(
            (atelier_home / "profile.toml").read_text().replace('mode = "draft"', 'mode = "auto"')
        )
        env = {k: v for k, v in os.environ.items() if not k.startswith("ATELIER_")}
        env.update(
            ATELIER_HOME=str(atelier_home),
            PYTHONPATH=netguard.child_pythonpath(str(REPO)),
            **{PASSWORD_ENV: imap.password},
        )
        mail = MailEnv(imap=imap, smtp=smtp, home=atelier_home, env=env)
        mail.deliver(
            make_inquiry(
                sender="tls@example.com",
                subject="question",
                body="Hello, could you make a few posters for our festival? What do you offer?",
            )
        )
        mail.once()
        assert [r.rcpt_tos for r in mail.sent_to_smtp()] == [["tls@example.com"]]
        assert "TLS" in imap.log.read_text()
    finally:
        smtp.stop()
        imap.stop()
