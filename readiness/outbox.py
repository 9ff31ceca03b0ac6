"""E-mail to owners through the office's SMTP server, from the register's outbox: queued in
the transaction-free moment after a status change (readiness.applications.notify), sent by
the web server's sender thread (or `deliver_due` from anywhere), retried after 1, 5 and 30
minutes, 2 and 12 hours, then marked failed; every try is audited (`mail.sent`, `mail.retry`,
`mail.failed`).

The server is named by READINESS_SMTP_URL:

    smtp://USER:PASSWORD@HOST:587?from=dinas@example.go.id      STARTTLS (the default on 587)
    smtps://USER:PASSWORD@HOST:465?from=...                     TLS from the start
    smtp://HOST:25?from=...&starttls=0                          a relay inside the office

Without it the office sends no e-mail (the desk's WhatsApp links still work).
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from urllib.parse import parse_qs, unquote, urlsplit

from readiness.errors import InputError

ENV = "READINESS_SMTP_URL"
BACKOFF = (dt.timedelta(minutes=1), dt.timedelta(minutes=5), dt.timedelta(minutes=30),
           dt.timedelta(hours=2), dt.timedelta(hours=12))
LEASE = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class SMTP:
    host: str
    port: int
    sender: str
    user: str = ""
    password: str = field(default="", repr=False)
    tls: str = "starttls"                  # starttls | ssl | none
    timeout: float = 20.0


def parse_url(url: str) -> SMTP:
    u = urlsplit(url.strip())
    if u.scheme not in ("smtp", "smtps") or not u.hostname:
        raise InputError("loop.e_smtp_url", path=ENV)
    q = parse_qs(u.query)
    sender = (q.get("from") or [""])[0] or (unquote(u.username) if u.username and "@" in
                                             unquote(u.username) else "")
    if "@" not in sender:
        raise InputError("loop.e_smtp_from", path=ENV)
    port = u.port or (465 if u.scheme == "smtps" else 587)
    starttls = (q.get("starttls") or ["1"])[0] not in ("0", "no", "false")
    tls = "ssl" if u.scheme == "smtps" else ("starttls" if starttls else "none")
    return SMTP(u.hostname, port, sender, unquote(u.username or ""), unquote(u.password or ""),
                tls)


def from_env() -> SMTP | None:
    url = os.environ.get(ENV, "").strip()
    return parse_url(url) if url else None


def send_one(smtp: SMTP, to: str, subject: str, body: str) -> None:
    import smtplib
    import ssl
    from email.message import EmailMessage
    from email.utils import formatdate, make_msgid

    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = smtp.sender, to, subject
    msg["Date"] = formatdate(localtime=False)
    msg["Message-ID"] = make_msgid(domain=smtp.sender.rsplit("@", 1)[-1])
    msg.set_content(body)
    context = ssl.create_default_context()
    if smtp.tls == "ssl":
        client = smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=smtp.timeout, context=context)
    else:
        client = smtplib.SMTP(smtp.host, smtp.port, timeout=smtp.timeout)
    with client:
        if smtp.tls == "starttls":
            client.starttls(context=context)
        if smtp.user:
            client.login(smtp.user, smtp.password)
        client.send_message(msg)


def deliver_due(reg, smtp: SMTP, *, now: dt.datetime | None = None, limit: int = 20,
                send=send_one) -> tuple[int, int]:
    """Send the e-mails that are due: (sent, tried again later or failed)."""
    now = now or dt.datetime.now(dt.timezone.utc)
    sent = other = 0
    for mail in reg.loop.due_mail(now, limit):
        if not reg.loop.claim_mail(mail, LEASE, now):
            continue
        try:
            send(smtp, mail.to_addr, mail.subject, mail.body)
        except Exception as e:  # noqa: BLE001 - any failure is tried again later
            error = f"{type(e).__name__}: {e}"[:2000]
            nxt = now + BACKOFF[mail.attempts] if mail.attempts < len(BACKOFF) else None
            reg.loop.mail_tried(mail.id, ok=False, error=error, next_at=nxt, now=now)
            other += 1
            continue
        reg.loop.mail_tried(mail.id, ok=True, now=now)
        sent += 1
    return sent, other


def sender_thread(reg, smtp: SMTP, stop, every: float = 30.0):
    """The web server's sender: due e-mail every `every` seconds until `stop` is set."""
    import logging
    import threading

    log = logging.getLogger("readiness.outbox")

    def run():
        while not stop.wait(every):
            try:
                deliver_due(reg, smtp)
            except Exception:  # noqa: BLE001 - the next round tries again
                log.exception("the outbox could not be delivered")

    th = threading.Thread(target=run, name="outbox", daemon=True)
    th.start()
    return th
