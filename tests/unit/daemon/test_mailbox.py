from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import MailSettings
from assistant.daemon.mailbox import ImapChannel, SendResult, SmtpSender, is_loopback, read_password
from assistant.errors import MailError


def test_password_comes_from_the_environment_then_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    secret = tmp_path / "pw"
    secret.write_text("from-file\n")
    settings = MailSettings(password_env="ATELIER_T_PW", password_file=secret)
    assert read_password(settings) == "from-file"
    monkeypatch.setenv("ATELIER_T_PW", "from-env")
    assert read_password(settings) == "from-env"
    monkeypatch.delenv("ATELIER_T_PW")
    with pytest.raises(MailError, match="no mail password") as err:
        read_password(MailSettings(password_env="ATELIER_T_PW"))
    assert "ATELIER_T_PW" in err.value.hint
    with pytest.raises(MailError, match="cannot read"):
        read_password(MailSettings(password_env="ATELIER_T_PW", password_file=tmp_path / "missing"))


def test_plain_connections_only_on_loopback() -> None:
    assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
    assert not is_loopback("192.0.2.10") and not is_loopback("mail.example.com")
    imap = ImapChannel(MailSettings(imap_host="192.0.2.10", imap_security="plain"), "pw")
    with pytest.raises(MailError, match="only allowed on loopback"):
        imap.connect()
    smtp = SmtpSender(MailSettings(smtp_host="mail.example.com", smtp_security="plain"), "pw")
    with pytest.raises(MailError, match="only allowed on loopback"):
        smtp.send(b"x", "a@b.example", "c@d.example")


def test_an_unreachable_smtp_server_is_a_temporary_failure_and_the_password_stays_out() -> None:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again: nothing listens there
    sender = SmtpSender(MailSettings(smtp_port=port, smtp_security="plain"), "very-secret-pw", timeout=2)
    result, detail = sender.send(b"Subject: x\r\n\r\nx", "a@b.example", "c@d.example")
    assert result is SendResult.TEMPORARY
    assert "very-secret-pw" not in detail
