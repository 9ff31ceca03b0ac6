"""The desk's login lock-out, counted in the database *before* a password is judged.

Every function here runs inside the caller's write transaction, after `serialize` (which
makes concurrent attempts on one account or from one address take turns, on SQLite by its
single writer and on PostgreSQL by advisory locks). An attempt is recorded as a failure
(`claim`) before the slow password hash is checked and turned into a success afterwards
(`settle`), so however many requests arrive at once, at most MAX_ACCOUNT guesses per lock
period are ever judged.

The rules (`in_force`):

- Account. MAX_ACCOUNT failures since the account's last successful login (or an admin's
  reset), within HORIZON, lock it for LOCK; every further MAX_ACCOUNT failures lock it again
  for twice as long as the time before (at most MAX_LOCK). Failures from addresses that never
  signed in to this account are counted together; an address that has signed in to it before
  has a count of its own, so a stranger's guessing does not lock its owner out.
- Address. MAX_CLIENT failures from one address within WINDOW (any accounts) lock that
  address for LOCK.
- While locked, attempts are refused without being judged or counted. The first refusal of
  each lock is in the audit log; the rest are counted on the lock's row (`login_locks`) and
  reported once, as one `login.locked_repeats` entry, after the lock has ended (`report`):
  the audit log grows by at most two entries a lock, however many attempts come.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readiness.register import audit

WINDOW = dt.timedelta(minutes=15)       # the address count's window
LOCK = dt.timedelta(minutes=15)         # the first lock; later ones double
MAX_LOCK = dt.timedelta(hours=4)
HORIZON = dt.timedelta(hours=24)        # failures older than this are forgotten
MAX_ACCOUNT = 5
MAX_CLIENT = 20
RESET = "reset"                          # the address of an admin's reset (a success row)
_NS = 230023                             # PostgreSQL advisory lock namespace of logins


@dataclass(frozen=True)
class Lock:
    until: dt.datetime
    scope: str               # account | client
    who: str                 # what is locked: the account, the account from an address, an address


def _utc(v: dt.datetime) -> dt.datetime:
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


def serialize(conn, key: str, client: str) -> None:
    """Attempts on one account, and from one address, take turns (to the transaction's end)."""
    from sqlalchemy import text

    if conn.dialect.name != "postgresql":
        return                  # SQLite: BEGIN IMMEDIATE already lets one writer in at a time
    for part in (f"k:{key}", f"c:{client}"):          # always in this order: no deadlock
        conn.execute(text("SELECT pg_advisory_xact_lock(:ns, hashtext(:k))"),
                     {"ns": _NS, "k": part})


def _known(conn, key: str, client: str) -> bool:
    from sqlalchemy import select

    from readiness.register.models import LoginAttempt as A

    if not client or client == RESET:
        return False
    return conn.execute(select(A.id).where(A.name_key == key, A.client == client,
                                           A.success.is_(True)).limit(1)).first() is not None


def _account_lock(conn, key: str, client: str, now: dt.datetime) -> Lock | None:
    from sqlalchemy import func, select

    from readiness.register.models import LoginAttempt as A

    last_ok = conn.execute(select(func.max(A.at)).where(A.name_key == key,
                                                        A.success.is_(True))).scalar()
    start = now - HORIZON
    if last_ok is not None:
        start = max(start, _utc(last_ok))
    who = [A.name_key == key, A.success.is_(False), A.at > start]
    if _known(conn, key, client):
        who.append(A.client == client)
        name = f"{key} @{client}"
    else:
        known = select(A.client).where(A.name_key == key, A.success.is_(True),
                                       A.client.not_in(("", RESET)))
        who.append(A.client.not_in(known))
        name = key
    n = conn.execute(select(func.count()).select_from(A).where(*who)).scalar_one()
    if n < MAX_ACCOUNT:
        return None
    level = n // MAX_ACCOUNT
    at = conn.execute(select(A.at).where(*who).order_by(A.at, A.id)
                      .offset(level * MAX_ACCOUNT - 1).limit(1)).scalar_one()
    until = _utc(at) + min(LOCK * 2 ** (level - 1), MAX_LOCK)
    return Lock(until, "account", name) if until > now else None


def _client_lock(conn, client: str, now: dt.datetime) -> Lock | None:
    from sqlalchemy import select

    from readiness.register.models import LoginAttempt as A

    if not client:
        return None
    fails = conn.execute(select(A.at).where(A.client == client, A.success.is_(False),
                                            A.at > now - WINDOW)
                         .order_by(A.at.desc()).limit(MAX_CLIENT)).scalars().all()
    if len(fails) < MAX_CLIENT:
        return None
    until = _utc(fails[0]) + LOCK
    return Lock(until, "client", f"@{client}") if until > now else None


def in_force(conn, key: str, client: str, now: dt.datetime) -> Lock | None:
    """The lock-out in force for this account (from this address) or this address."""
    return _account_lock(conn, key, client, now) or _client_lock(conn, client, now)


def claim(conn, key: str, client: str, now: dt.datetime) -> int:
    """Count an attempt as a failure before its password is judged; its id for `settle`."""
    from sqlalchemy import insert

    from readiness.register.models import LoginAttempt as A

    return conn.execute(insert(A).returning(A.id), {
        "at": now, "name_key": key, "client": client, "success": False}).scalar_one()


def settle(conn, attempt: int) -> None:
    """The attempt `claim` counted turned out to be a success."""
    from sqlalchemy import update

    from readiness.register.models import LoginAttempt as A

    conn.execute(update(A).where(A.id == attempt).values(success=True))


def refused(conn, lock: Lock, key: str, client: str, now: dt.datetime) -> bool:
    """Note an attempt refused by `lock`; True for the first of that lock (audit it), else
    it only adds to the lock's count of repeats."""
    from sqlalchemy import insert, select, update

    from readiness.register.models import LoginLock as L

    lock_key = f"{lock.scope}|{lock.who}|{audit.stamp(lock.until)}"[:200]
    row = conn.execute(select(L.id).where(L.lock_key == lock_key)).first()
    if row is not None:
        conn.execute(update(L).where(L.id == row[0]).values(repeats=L.repeats + 1,
                                                             last_at=now))
        return False
    conn.execute(insert(L), {"lock_key": lock_key, "name_key": key if lock.scope == "account"
                             else "", "client": client if lock.scope == "client" else "",
                             "scope": lock.scope, "until": lock.until, "first_at": now,
                             "last_at": now, "repeats": 0, "reported": False})
    return True


def report(conn, key: str, client: str, now: dt.datetime) -> list[audit.Record]:
    """One audit record per ended lock of this account or address whose repeated refusals
    were not reported yet."""
    from sqlalchemy import or_, select, update

    from readiness.register.models import LoginLock as L

    mine = or_(L.name_key == key, L.client == client) if client else L.name_key == key
    rows = conn.execute(select(L.__table__).where(mine, L.reported.is_(False), L.repeats > 0,
                                                  L.until <= now).order_by(L.id)
                        ).mappings().all()
    if not rows:
        return []
    conn.execute(update(L).where(L.id.in_([r["id"] for r in rows])).values(reported=True))
    return [audit.Record(r["name_key"] or r["client"], "login.locked_repeats",
                         r["name_key"] or r["client"], {
                             "scope": r["scope"], "repeats": r["repeats"],
                             "first": audit.stamp(r["first_at"]),
                             "last": audit.stamp(r["last_at"]),
                             "until": audit.stamp(r["until"])}) for r in rows]
