"""E-mail to the owner through the office's SMTP server: queued in the register's outbox when
her application changes status, sent to a real SMTP server (a small one started here on
127.0.0.1), retried with a growing pause while the server refuses, then marked failed; every
try audited (SQLite and PostgreSQL)."""

import datetime as dt
import socketserver
import threading

import pytest

from readiness import applications as loop
from readiness import outbox
from readiness.register import audit
from tests.support.desk import seed


class Smtp(socketserver.StreamRequestHandler):
    """Just enough SMTP (RFC 5321) to receive a message; `server.refuse` answers 451."""

    def reply(self, line: str) -> None:
        self.wfile.write((line + "\r\n").encode())

    def handle(self):
        self.reply("220 test ESMTP")
        mail: dict = {"to": []}
        while True:
            line = self.rfile.readline().decode("utf-8", "replace").rstrip("\r\n")
            if not line:
                return
            verb = line[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 test")
            elif verb == "MAIL":
                if self.server.refuse:
                    self.reply("451 try again later")
                    continue
                mail["from"] = line
                self.reply("250 ok")
            elif verb == "RCPT":
                mail["to"].append(line.split(":", 1)[1].strip(" <>"))
                self.reply("250 ok")
            elif verb == "DATA":
                self.reply("354 go on")
                body = []
                while (data := self.rfile.readline()) not in (b".\r\n", b""):
                    body.append(data)
                mail["data"] = b"".join(body).decode("utf-8", "replace")
                self.server.received.append(mail)
                mail = {"to": []}
                self.reply("250 queued")
            elif verb == "QUIT":
                self.reply("221 bye")
                return
            else:
                self.reply("250 ok")


@pytest.fixture
def smtp_server():
    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Smtp)
    server.daemon_threads = True
    server.received, server.refuse = [], False
    th = threading.Thread(target=server.serve_forever, daemon=True)
    th.start()
    yield server
    server.shutdown()
    server.server_close()


def test_the_owner_hears_of_a_return_by_email(reg, smtp_server, register_url):
    refs = seed(register_url, names=("kopi-sembalun",))
    ref = refs["kopi-sembalun"]
    app = reg.application(ref)
    assert loop.owner_contact(app)["email"]            # the example gives an address
    mail = loop.Mail(base_url="https://dinas.example.go.id", office="Dinas Perindustrian NTB",
                     enabled=True)
    loop.return_to_owner(reg, ref, reg.accounts.get("lalu.ahmad"), note="Lengkapi label",
                         notes=[("LBL-01", 0, "Tambahkan tanggal produksi")], mail=mail)
    (queued,) = reg.loop.mails(target=ref)
    assert queued.status == "queued" and "dikembalikan" in queued.subject
    assert f"https://dinas.example.go.id/status/{ref}/{app.secret}" in queued.body

    url = f"smtp://127.0.0.1:{smtp_server.server_address[1]}?from=dinas@example.go.id&starttls=0"
    smtp = outbox.parse_url(url)
    t0 = dt.datetime.now(dt.timezone.utc)
    smtp_server.refuse = True
    assert outbox.deliver_due(reg, smtp, now=t0) == (0, 1)
    (m,) = reg.loop.mails(target=ref)
    assert m.status == "queued" and m.attempts == 1 and "451" in m.last_error
    assert m.next_at == t0 + outbox.BACKOFF[0]          # tried again after a minute
    assert outbox.deliver_due(reg, smtp, now=t0) == (0, 0)       # not due yet
    smtp_server.refuse = False
    assert outbox.deliver_due(reg, smtp, now=t0 + dt.timedelta(minutes=2)) == (1, 0)
    (got,) = smtp_server.received
    assert got["to"] == [loop.owner_contact(app)["email"]]
    assert f"/status/{ref}/{app.secret}" in got["data"]
    assert reg.loop.mails(target=ref)[0].status == "sent"
    actions = [e.action for e in audit.entries(reg) if e.action.startswith("mail.")]
    assert actions == ["mail.queue", "mail.retry", "mail.sent"]


def test_a_mail_that_keeps_failing_is_marked_failed(reg, register_url):
    refs = seed(register_url, names=("kopi-sembalun",))
    mid = reg.loop.queue_mail(to="a@example.go.id", subject="s", body="b",
                              target=refs["kopi-sembalun"], audit_actor="test")
    smtp = outbox.parse_url("smtp://127.0.0.1:9?from=dinas@example.go.id&starttls=0")
    now = dt.datetime.now(dt.timezone.utc)

    def down(*_):
        raise ConnectionRefusedError("refused")

    for _ in range(len(outbox.BACKOFF) + 1):
        outbox.deliver_due(reg, smtp, now=now, send=down)
        now += dt.timedelta(days=1)
    (m,) = reg.loop.mails()
    assert m.id == mid and m.status == "failed" and m.attempts == len(outbox.BACKOFF) + 1
    assert outbox.deliver_due(reg, smtp, now=now, send=down) == (0, 0)


@pytest.mark.parametrize("url,why", [("http://x", "smtp://"), ("smtp://host:25", "from=")])
def test_a_wrong_smtp_url_says_what_is_expected(url, why):
    from readiness.errors import InputError

    with pytest.raises(InputError) as e:
        outbox.parse_url(url)
    assert why in e.value.one_line("en")
