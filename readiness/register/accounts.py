"""The desk's accounts, sessions and lock-out (tables of migration 0003_desk).

    accounts = reg.accounts                       # on an open Register
    accounts.add("lalu.ahmad", "officer", password, full_name="Lalu Ahmad", actor="cli:root")
    login = accounts.authenticate("lalu.ahmad", password, client="10.0.0.7")
    token = accounts.start_session(login.user, client=..., agent=...)   # the cookie's value
    session = accounts.session(token)             # None when ended, idle or too old

Passwords are hashed with argon2id (argon2-cffi, RFC 9106's parameters for a server with little
memory; a hash made with other parameters is renewed at the next login), at most
HASHING_AT_ONCE at a time. A session's cookie holds a random token;
the table holds only its SHA-256, so a copy of the database opens no session. Sessions end on
logout, after IDLE without a request, after ABSOLUTE in any case, and when the account is
disabled, reset or its role changes.

Lock-out (readiness.register.lockout): an attempt is counted before its password is judged;
MAX_ACCOUNT failures lock an account, for longer each time, except from an address that has
signed in to it before (which keeps a count of its own); MAX_CLIENT failures from one address
lock the address; a successful login or `users reset` clears an account's count. Every login,
failure, logout and account change is in the audit log; the refusals of one lock are one
entry and a count.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
import threading
import unicodedata
from dataclasses import dataclass

from readiness.errors import InputError
from readiness.register import audit, lockout

ROLES = ("officer", "approver", "organizer", "admin")
WINDOW, LOCK, MAX_ACCOUNT, MAX_CLIENT = (lockout.WINDOW, lockout.LOCK, lockout.MAX_ACCOUNT,
                                         lockout.MAX_CLIENT)
IDLE = dt.timedelta(minutes=30)
ABSOLUTE = dt.timedelta(hours=12)
TOUCH_EVERY = dt.timedelta(seconds=60)     # last_seen is written at most this often
MIN_PASSWORD = 10
MAX_PASSWORD = 1024
# argon2id as RFC 9106 section 4 recommends where memory is scarce ("t=3 iterations, p=4 lanes,
# m=2^16 (64 MiB of RAM)"), pinned here rather than left to argon2-cffi's default; a hash made
# with other parameters still verifies and is renewed at the next login.
ARGON2: dict = {"time_cost": 3, "memory_cost": 65536, "parallelism": 4}
# At most this many hashes are worked out at once (each holds memory_cost KiB): 40 parallel
# logins take 2 x 64 MiB, not 40 x 64 MiB; the others wait their turn.
HASHING_AT_ONCE = 2
_slots = threading.BoundedSemaphore(HASHING_AT_ONCE)
_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{1,63}")


def name_key(name: str) -> str:
    return unicodedata.normalize("NFKC", str(name or "")).strip().casefold()


def check_name(name: str) -> str:
    key = name_key(name)
    if not _NAME.fullmatch(key):
        raise InputError("not_login_name", name=repr(str(name)[:70]), path="NAME")
    return key


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputError("unknown_role", role=repr(str(role)[:30]), roles=", ".join(ROLES),
                         path="--role")
    return role


def check_password(password: str, name: str = "") -> str:
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise InputError("password_short", min=MIN_PASSWORD, path="password")
    if len(password) > MAX_PASSWORD:
        raise InputError("password_long", max=MAX_PASSWORD, path="password")
    if name and name_key(password) == name_key(name):
        raise InputError("password_is_name", path="password")
    return password


_hasher: list = [None, None]          # [parameters, PasswordHasher]


def hasher():
    if _hasher[1] is None or _hasher[0] != ARGON2:
        from argon2 import PasswordHasher

        _hasher[:] = [dict(ARGON2), PasswordHasher(**ARGON2)]
    return _hasher[1]


def hash_password(password: str) -> str:
    with _slots:
        return hasher().hash(password)


_DUMMY: dict = {}


def _verify(stored: str | None, password: str) -> bool:
    """argon2 verification; without an account, the same work against a dummy hash (the
    answer's timing does not tell which names exist)."""
    from argon2.exceptions import InvalidHashError, VerificationError

    h = hasher()
    if stored is None:
        key = repr(ARGON2)
        if key not in _DUMMY:
            _DUMMY[key] = hash_password(secrets.token_urlsafe(16))
        stored = _DUMMY[key]
    try:
        with _slots:
            return h.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def _utc(v: dt.datetime | None) -> dt.datetime:
    if v is None:
        return dt.datetime.now(dt.timezone.utc)
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


def token_id(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class User:
    id: int
    name: str
    full_name: str
    role: str
    disabled: bool
    must_change: bool
    created_at: dt.datetime


@dataclass(frozen=True)
class Session:
    id: str              # the SHA-256 of the cookie's token (binds CSRF tokens)
    user: User
    created_at: dt.datetime
    last_seen: dt.datetime


@dataclass(frozen=True)
class Login:
    """What a login attempt came to: `ok` (user set), `bad` (wrong name or password),
    `locked` (until `until`; `scope` account or client), `disabled`."""

    outcome: str
    user: User | None = None
    until: dt.datetime | None = None
    scope: str = ""


def _user(m) -> User:
    return User(m["id"], m["name"], m["full_name"], m["role"], bool(m["disabled"]),
                bool(m["must_change"]), _utc(m["created_at"]))


class Accounts:
    def __init__(self, reg):
        self.reg = reg

    # -- accounts -----------------------------------------------------------------------------

    def add(self, name: str, role: str, password: str, *, full_name: str = "", actor: str,
            must_change: bool = False, now: dt.datetime | None = None) -> User:
        from sqlalchemy import insert, select
        from sqlalchemy.exc import IntegrityError

        from readiness.register.models import User as U

        key, role = check_name(name), check_role(role)
        check_password(password, key)
        full = " ".join((full_name or "").split()) or key
        if len(full) > 200:
            raise InputError("full_name_long", path="--full-name")
        now = _utc(now)
        digest = hash_password(password)
        try:
            with self.reg._tx(True) as conn:
                if conn.execute(select(U.id).where(U.name_key == key)).first():
                    raise InputError("account_exists", name=repr(key), path="NAME")
                conn.execute(insert(U), {
                    "name": key, "name_key": key, "full_name": full, "role": role,
                    "password_hash": digest, "must_change": must_change, "disabled": False,
                    "created_at": now, "password_changed_at": now})
                audit.append(conn, [audit.Record(actor, "user.add", key,
                                                 {"role": role, "full_name": full})], now)
        except IntegrityError:
            raise InputError("account_exists", name=repr(key), path="NAME") from None
        return self.get(key)

    def get(self, name: str) -> User | None:
        from sqlalchemy import select

        from readiness.register.models import User as U

        with self.reg._tx(False) as conn:
            m = conn.execute(select(U.__table__).where(U.name_key == name_key(name))
                             ).mappings().first()
        return _user(m) if m else None

    def by_id(self, user_id: int) -> User | None:
        from sqlalchemy import select

        from readiness.register.models import User as U

        with self.reg._tx(False) as conn:
            m = conn.execute(select(U.__table__).where(U.id == user_id)).mappings().first()
        return _user(m) if m else None

    def list(self) -> list[User]:
        from sqlalchemy import select

        from readiness.register.models import User as U

        with self.reg._tx(False) as conn:
            return [_user(m) for m in conn.execute(select(U.__table__).order_by(U.name_key))
                    .mappings()]

    def count(self, role: str | None = None) -> int:
        from sqlalchemy import func, select

        from readiness.register.models import User as U

        q = select(func.count()).select_from(U).where(U.disabled.is_(False))
        if role:
            q = q.where(U.role == role)
        with self.reg._tx(False) as conn:
            return conn.execute(q).scalar_one()

    def handled_by(self, name: str, actor: str, *, since: dt.datetime) -> bool:
        """Whether the account `actor` made, promoted, re-enabled or reset the account `name`
        at or after `since` (read from the audit log, whose chain `register audit` checks)."""
        from sqlalchemy import select

        from readiness.register.models import AuditEntry as E

        q = (select(E.seq).where(E.target == name_key(name), E.actor == actor,
                                 E.action.in_(("user.add", "user.role", "user.enable",
                                               "user.reset")),
                                 E.at >= _utc(since)).limit(1))
        with self.reg._tx(False) as conn:
            return conn.execute(q).first() is not None

    def _change(self, name: str, actor: str, action: str, values: dict, details: dict,
                now: dt.datetime | None, *, end_sessions: bool, clear_lock: bool = False,
                guard=None) -> User:
        from sqlalchemy import insert, select, update

        from readiness.register.models import DeskSession, LoginAttempt
        from readiness.register.models import User as U

        key = name_key(name)
        now = _utc(now)
        with self.reg._tx(True) as conn:
            m = conn.execute(select(U.__table__).where(U.name_key == key)).mappings().first()
            if m is None:
                raise InputError("no_account", name=repr(key[:64]), path="NAME")
            if guard is not None:
                guard(conn, _user(m))
            old = {k: m[k] for k in values if k in m and k != "password_hash"}
            conn.execute(update(U).where(U.id == m["id"]).values(**values))
            if end_sessions:
                conn.execute(update(DeskSession).where(DeskSession.user_id == m["id"],
                                                       DeskSession.ended_at.is_(None))
                             .values(ended_at=now))
            if clear_lock:
                conn.execute(insert(LoginAttempt), {"at": now, "name_key": key,
                                                    "client": "reset", "success": True})
            audit.append(conn, [audit.Record(actor, action, key, {**details, **(
                {"from": old} if old else {})})], now)
        return self.get(key)

    def _not_last_admin(self, conn, user: User) -> None:
        from sqlalchemy import func, select

        from readiness.register.models import User as U

        if user.role != "admin" or user.disabled:
            return
        n = conn.execute(select(func.count()).select_from(U).where(
            U.role == "admin", U.disabled.is_(False))).scalar_one()
        if n <= 1:
            raise InputError("last_admin", name=user.name, path="NAME")

    def set_role(self, name: str, role: str, *, actor: str,
                 now: dt.datetime | None = None) -> User:
        role = check_role(role)
        current = self.get(name)
        guard = None if role == "admin" else self._not_last_admin
        if current is not None and current.role == role:
            return current
        return self._change(name, actor, "user.role", {"role": role}, {"role": role}, now,
                            end_sessions=True, guard=guard)

    def disable(self, name: str, *, actor: str, now: dt.datetime | None = None) -> User:
        return self._change(name, actor, "user.disable", {"disabled": True}, {}, now,
                            end_sessions=True, guard=self._not_last_admin)

    def enable(self, name: str, *, actor: str, now: dt.datetime | None = None) -> User:
        return self._change(name, actor, "user.enable", {"disabled": False}, {}, now,
                            end_sessions=False, clear_lock=True)

    def reset(self, name: str, password: str, *, actor: str,
              now: dt.datetime | None = None) -> User:
        """A new password that the person must change at the next login; ends the account's
        sessions and clears its lock-out."""
        check_password(password, name)
        now = _utc(now)
        return self._change(name, actor, "user.reset",
                            {"password_hash": hash_password(password), "must_change": True,
                             "password_changed_at": now}, {}, now, end_sessions=True,
                            clear_lock=True)

    def change_password(self, user: User, old: str, new: str, *, session_id: str = "",
                        now: dt.datetime | None = None) -> User:
        """The person's own new password (the old one first); other sessions end."""
        from sqlalchemy import select, update

        from readiness.register.models import DeskSession
        from readiness.register.models import User as U

        with self.reg._tx(False) as conn:
            stored = conn.execute(select(U.password_hash).where(U.id == user.id)).scalar()
        if not _verify(stored, old or ""):
            raise InputError("password_wrong", path="old")
        check_password(new, user.name)
        if _verify(stored, new):
            raise InputError("password_same", path="new")
        now = _utc(now)
        digest = hash_password(new)
        with self.reg._tx(True) as conn:
            conn.execute(update(U).where(U.id == user.id).values(
                password_hash=digest, must_change=False, password_changed_at=now))
            conn.execute(update(DeskSession).where(DeskSession.user_id == user.id,
                                                   DeskSession.ended_at.is_(None),
                                                   DeskSession.id != session_id)
                         .values(ended_at=now))
            audit.append(conn, [audit.Record(user.name, "user.password", user.name)], now)
        return self.by_id(user.id)

    # -- logging in ---------------------------------------------------------------------------

    def lock(self, key: str, client: str, now: dt.datetime | None = None) -> Login | None:
        """The lock-out in force for this account (from this address) or address, if any."""
        with self.reg._tx(False) as conn:
            got = lockout.in_force(conn, name_key(key)[:64], (client or "")[:64], _utc(now))
        return None if got is None else Login("locked", until=got.until, scope=got.scope)

    def _claim(self, key: str, client: str, shown: str, now: dt.datetime, *,
               with_user: bool = True):
        """Count the attempt before its password is judged (atomically: concurrent attempts
        take turns here). -> (Login "locked", None, None) or (None, attempt id, user row)."""
        from sqlalchemy import select

        from readiness.register.models import User as U

        with self.reg._tx(True) as conn:
            lockout.serialize(conn, key, client)
            locked = lockout.in_force(conn, key, client, now)
            if locked is not None:
                records = lockout.report(conn, key, client, now)
                if lockout.refused(conn, locked, key, client, now):
                    records.append(audit.Record(shown, "login.locked", shown, {
                        "client": client, "scope": locked.scope,
                        "until": audit.stamp(locked.until)}))
                if records:
                    audit.append(conn, records, now)
                return Login("locked", until=locked.until, scope=locked.scope), None, None
            attempt = lockout.claim(conn, key, client, now)
            m = None
            if with_user:
                m = conn.execute(select(U.__table__).where(U.name_key == key)).mappings().first()
        return None, attempt, m

    def authenticate(self, name: str, password: str, *, client: str = "",
                     now: dt.datetime | None = None) -> Login:
        """A login attempt, counted before the password is judged: at most MAX_ACCOUNT
        guesses per lock period are ever judged, however many arrive at once."""
        from sqlalchemy import update

        from readiness.register.models import User as U

        key = name_key(name)[:64]
        valid_name = bool(_NAME.fullmatch(key))
        shown = key if valid_name else "(not a login name)"
        client = (client or "")[:64]
        now = _utc(now)
        locked, attempt, m = self._claim(key, client, shown, now, with_user=valid_name)
        if locked is not None:
            return locked
        ok = _verify(m["password_hash"] if m else None, (password or "")[:MAX_PASSWORD])
        outcome = "ok" if ok and not m["disabled"] else ("disabled" if ok else "bad")
        renewed = None
        if outcome == "ok" and hasher().check_needs_rehash(m["password_hash"]):
            renewed = hash_password(password)          # outside the write transaction
        with self.reg._tx(True) as conn:
            if outcome == "ok":
                lockout.settle(conn, attempt)
            if renewed is not None:
                conn.execute(update(U).where(U.id == m["id"]).values(password_hash=renewed))
            action = {"ok": "login.success", "bad": "login.failure",
                      "disabled": "login.refused"}[outcome]
            records = lockout.report(conn, key, client, now)
            records.append(audit.Record(shown, action, shown, {
                "client": client, **({"reason": "disabled"} if outcome == "disabled" else {}),
                **({"reason": "unknown name" if m is None else "wrong password"}
                   if outcome == "bad" else {})}))
            audit.append(conn, records, now)
        if outcome != "ok":
            # this failure may be the one that locks: say so at once
            return self.lock(key, client, now) or Login(outcome)
        return Login("ok", _user(m))

    def confirm(self, user: User, password: str, *, action: str, client: str = "",
                now: dt.datetime | None = None) -> bool:
        """A signed-in officer confirms an act (issuing, revoking a certificate) with their
        password, as a TTE passphrase is asked per document. The attempt counts as a failed
        login until the password is right (the lock-out applies, counted first) and both
        outcomes are audited (`confirm.success`, `confirm.failure`, with the act). Raises
        InputError while the account or the address is locked out."""
        from sqlalchemy import select

        from readiness.register.models import User as U

        key = name_key(user.name)[:64]
        client = (client or "")[:64]
        now = _utc(now)
        locked, attempt, _ = self._claim(key, client, key, now, with_user=False)
        if locked is not None:
            raise InputError("loop.e_confirm_locked", until=audit.stamp(locked.until),
                             path="password")
        with self.reg._tx(False) as conn:
            stored = conn.execute(select(U.password_hash).where(U.id == user.id)).scalar()
        ok = bool(password) and _verify(stored, (password or "")[:MAX_PASSWORD])
        with self.reg._tx(True) as conn:
            if ok:
                lockout.settle(conn, attempt)
            audit.append(conn, [audit.Record(user.name, "confirm.success" if ok
                                             else "confirm.failure", user.name,
                                             {"for": action, "client": client})], now)
        return ok

    # -- sessions -----------------------------------------------------------------------------

    def start_session(self, user: User, *, client: str = "", agent: str = "",
                      now: dt.datetime | None = None) -> str:
        from sqlalchemy import insert

        from readiness.register.models import DeskSession

        token = secrets.token_urlsafe(32)
        now = _utc(now)
        with self.reg._tx(True) as conn:
            conn.execute(insert(DeskSession), {
                "id": token_id(token), "user_id": user.id, "created_at": now, "last_seen": now,
                "ended_at": None, "client": (client or "")[:64], "agent": (agent or "")[:200]})
        return token

    def session(self, token: str | None, now: dt.datetime | None = None) -> Session | None:
        """The live session of this cookie token, its last_seen renewed (at most once a
        minute); None when there is none, it ended, sat idle too long or is too old, or the
        account is disabled."""
        from sqlalchemy import select, update

        from readiness.register.models import DeskSession
        from readiness.register.models import User as U

        if not token or len(token) > 100:
            return None
        sid = token_id(token)
        now = _utc(now)
        q = (select(DeskSession.created_at, DeskSession.last_seen, DeskSession.ended_at,
                    U.id, U.name, U.full_name, U.role, U.disabled, U.must_change, U.created_at)
             .join(U, U.id == DeskSession.user_id).where(DeskSession.id == sid))
        with self.reg._tx(False) as conn:
            m = conn.execute(q).mappings().first()
        if m is None or m["ended_at"] is not None or m["disabled"]:
            return None
        created, seen = _utc(m["created_at"]), _utc(m["last_seen"])
        if now - seen > IDLE or now - created > ABSOLUTE:
            return None
        if now - seen > TOUCH_EVERY:
            with self.reg._tx(True) as conn:
                conn.execute(update(DeskSession).where(DeskSession.id == sid)
                             .values(last_seen=now))
            seen = now
        user = User(m["id"], m["name"], m["full_name"], m["role"], bool(m["disabled"]),
                    bool(m["must_change"]), _utc(m["created_at"]))
        return Session(sid, user, created, seen)

    def end_session(self, session: Session, *, now: dt.datetime | None = None,
                    reason: str = "logout") -> None:
        from sqlalchemy import update

        from readiness.register.models import DeskSession

        now = _utc(now)
        with self.reg._tx(True) as conn:
            conn.execute(update(DeskSession).where(DeskSession.id == session.id)
                         .values(ended_at=now))
            audit.append(conn, [audit.Record(session.user.name, "logout", session.user.name,
                                             {"reason": reason})], now)
