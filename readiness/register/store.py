"""The register's database: the only code in readiness that talks to it.

`Register.open(url)` connects (SQLite file by default, PostgreSQL with
`postgresql+psycopg://...`), brings the schema to the newest migration when asked, and offers
`issue`, `revoke`, `get` and `records`. Callers pass and get plain records
(`readiness.register.records`).

Concurrency. Every write is one short transaction:
- SQLite: WAL journal, `BEGIN IMMEDIATE` (the write lock is taken at the start, so two
  processes never deadlock upgrading a read lock) and a generous busy timeout; readers are not
  blocked by a writer.
- PostgreSQL: the counter row of the number prefix is locked (`SELECT ... FOR UPDATE`) before
  the current certificates are read, so issuers of one edition take turns for the few
  milliseconds of their transaction; the current-certificate pointer is moved with a
  compare-and-swap and a unique key, and a transaction that loses a race is retried.
Numbers are unique by a database constraint in any case.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from contextlib import contextmanager
from pathlib import Path
from collections.abc import Callable, Iterator

from readiness.clock import office_date, office_today
from readiness.errors import InputError
from readiness.register import audit, numbers
from readiness.register.loop import revoke_applications
from readiness.words import Msg
from readiness.register.records import (APPLICATION_PREFIX, APPLICATION_STATUSES, COPY, ISSUED,
                                        REVOKED_EV, SUPERSEDED_BY, ApplicationEvent,
                                        ApplicationRecord, ApplicationRequest, CertificateRecord,
                                        Event, IssueOutcome, IssueRequest)

HEAD = "0007_secweb"                     # the newest migration (tests compare with Alembic's head)
DB_FILE = "register.sqlite3"
ENV_URL = "READINESS_DATABASE_URL"
MIGRATIONS = Path(__file__).parent / "migrations"
_LOCK_KEY = 0x52454144              # PostgreSQL advisory lock for migrations ("READ")
_WRITE_LOCKS: dict = {}             # SQLite: one writer at a time per file in this process
_RETRIES = 8


def data_dir() -> Path:
    base = os.environ.get("XDG_DATA_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec says to ignore relative paths
        base = os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "readiness"


def default_url() -> str:
    """READINESS_DATABASE_URL, else the SQLite file in the user's data directory."""
    env = os.environ.get(ENV_URL, "").strip()
    if env:
        return resolve_url(env)
    return "sqlite:///" + str(data_dir() / DB_FILE)


def resolve_url(value: str | os.PathLike | None) -> str:
    """A database URL from what a person passes: a URL (postgresql:// gets the psycopg
    driver), or the path of a SQLite file."""
    if value is None or str(value).strip() == "":
        return default_url()
    v = str(value).strip()
    for plain in ("postgresql://", "postgres://"):
        if v.startswith(plain):
            return "postgresql+psycopg://" + v[len(plain):]
    if "://" in v:
        return v
    return "sqlite:///" + str(Path(v).expanduser().resolve())


def describe(url: str) -> str:
    """The URL without a password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return url.split("@")[-1]


def _utc(v: dt.datetime | None) -> dt.datetime:
    if v is None:
        return dt.datetime.now(dt.timezone.utc)
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


class Conflict(Exception):
    """Another transaction moved a current certificate first: retry."""


class Register:
    """An open register. Use as a context manager or call `close()`."""

    def __init__(self, engine, url: str):
        self.engine = engine
        self.url = url
        self.backend = engine.dialect.name
        self._get_q = None

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str | os.PathLike | None = None, *, migrate: bool = True,
             create: bool = True) -> Register:
        """Connect. `create`: make a missing SQLite file (and its folder); otherwise a missing
        file is an InputError. `migrate`: bring the schema to the newest revision first."""
        from sqlalchemy import create_engine, event
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError, NoSuchModuleError

        url = resolve_url(url)
        try:
            u = make_url(url)
        except ArgumentError:
            raise InputError("bad_database_url", url=repr(url), path="--database-url",
                             expected=Msg("database_urls")) from None
        backend = u.get_backend_name()
        if backend == "sqlite":
            if not u.database or u.database == ":memory:":
                raise InputError("register_in_memory", path="--database-url")
            path = Path(u.database)
            if not path.exists():
                if not create:
                    raise InputError("no_register_here", file=str(path))
                from readiness.files import private_file

                private_file(path)      # 0600 (SQLite's -wal and -shm follow), folder 0700
            engine = create_engine(url, connect_args={"timeout": 60})

            @event.listens_for(engine, "connect")
            def _connect(dbapi_conn, _rec):
                dbapi_conn.isolation_level = None        # we say BEGIN ourselves (below)
                cur = dbapi_conn.cursor()
                for pragma in ("journal_mode=WAL", "busy_timeout=60000", "foreign_keys=ON",
                               "synchronous=NORMAL"):
                    cur.execute("PRAGMA " + pragma)
                cur.close()

            @event.listens_for(engine, "begin")
            def _begin(conn):
                write = conn.get_execution_options().get("readiness_write", False)
                conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")
        elif backend == "postgresql":
            try:
                engine = create_engine(url, pool_size=4, max_overflow=4, pool_pre_ping=True)
            except NoSuchModuleError:
                raise InputError("needs_psycopg", path="--database-url") from None
            except ImportError:
                raise InputError("needs_postgres_extra", path="--database-url") from None
        else:
            raise InputError("unsupported_database", backend=repr(backend), path="--database-url",
                             expected=Msg("database_kinds"))
        reg = cls(engine, url)
        try:
            reg._ping()
            if migrate:
                reg.migrate()
            elif not create:
                reg._require_schema()
        except BaseException:
            engine.dispose()
            raise
        return reg

    def close(self) -> None:
        self.engine.dispose()

    @property
    def accounts(self):
        """The desk's accounts, sessions and lock-out (readiness.register.accounts)."""
        from readiness.register.accounts import Accounts

        return Accounts(self)

    @property
    def loop(self):
        """Versions, notes, stages, businesses, waiver reviews, the outbox
        (readiness.register.loop)."""
        from readiness.register.loop import Loop

        return Loop(self)

    @property
    def desk(self):
        """The desk's decisions, form keys, vendor jobs and settings (readiness.register.desk)."""
        from readiness.register.desk import Desk

        return Desk(self)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _ping(self) -> None:
        from sqlalchemy.exc import OperationalError

        try:
            with self.engine.connect() as c:
                c.exec_driver_sql("SELECT 1")
        except OperationalError as e:
            msg = str(getattr(e, "orig", e)).strip().splitlines()[0][:200]
            raise InputError("cannot_open_register", register=describe(self.url), detail=msg,
                             path="--database-url") from None

    @contextmanager
    def _tx(self, write: bool):
        if write and self.backend == "sqlite":
            # Threads of one process (the web app's) take turns here rather than in SQLite's
            # busy handler, which sleeps in growing steps (up to 100 ms) while another
            # connection holds the write lock: a desk page that writes (a decision, a session
            # renewed) then waits for the writer ahead of it, not for a timer.
            lock = _WRITE_LOCKS.setdefault(self.url, threading.RLock())
            with lock, self.engine.connect() as conn:
                conn.execution_options(readiness_write=write)
                with conn.begin():
                    yield conn
            return
        with self.engine.connect() as conn:
            conn.execution_options(readiness_write=write)
            with conn.begin():
                yield conn

    # -- schema -----------------------------------------------------------------------------

    def _revision(self, conn) -> str | None:
        from sqlalchemy import inspect, text

        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def _require_schema(self) -> None:
        with self._tx(False) as conn:
            rev = self._revision(conn)
        if rev is None:
            raise InputError("not_a_register", path="--register")
        if rev != HEAD:
            self.migrate()

    def migrate(self) -> None:
        """Upgrade the schema to HEAD under a lock (two processes starting together on a new
        database take turns); quick when the schema is already there."""
        from sqlalchemy import text

        with self._tx(True) as conn:
            if self.backend == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _LOCK_KEY})
            if self._revision(conn) == HEAD:
                return
            from alembic import command
            from alembic.config import Config

            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.set_main_option("path_separator", "os")
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    # -- issuing ----------------------------------------------------------------------------

    def issue(self, requests: list[IssueRequest], *, issued_on: list[dt.date] | dt.date | None = None,
              finalize: Callable[[int, str, dt.date], str] | None = None,
              actor: str = "readiness", now: dt.datetime | None = None,
              audit_details: dict | None = None) -> list[IssueOutcome]:
        """Record certificates in one transaction and give each its number.

        For each request: the business's current certificate of that edition has the same
        content (and is not revoked) -> its number again ("same", a "copy" event); it has other
        content -> a new number that supersedes it ("supersedes"); there is none (or it was
        revoked) -> a new number ("new"). `issued_on`: the issue date printed on a new
        certificate (one for all or one per request; default today). `finalize(i, number,
        issued_on)` is called inside the transaction once the number is known and returns the
        SHA-256 of the signed result, recorded in the history. Each outcome is appended to the
        audit log in the same transaction (`actor`, with `audit_details` added).
        """
        if not requests:
            return []
        from sqlalchemy.exc import IntegrityError

        dates = issued_on if isinstance(issued_on, list) else [issued_on] * len(requests)
        dates = [d or office_today() for d in dates]
        last_error = None
        for _ in range(_RETRIES):
            try:
                with self._tx(True) as conn:
                    return self._issue(conn, requests, dates, finalize, actor, _utc(now),
                                       audit_details)
            except (Conflict, IntegrityError) as e:
                last_error = e
                continue
        raise RuntimeError(f"the register stayed busy after {_RETRIES} attempts: {last_error}")

    def _issue(self, conn, requests, dates, finalize, actor, now, extra) -> list[IssueOutcome]:
        from sqlalchemy import insert, select, update

        from readiness.register.models import (Certificate, CertificateEvent,
                                               CurrentCertificate, NumberCounter)

        prefixes = sorted({numbers.prefix_for(r.standard_id, r.standard_version)
                           for r in requests})
        last: dict[str, int] = {}
        for p in prefixes:  # lock the counters in a fixed order (no deadlock between issuers)
            conn.execute(self._insert_ignore(NumberCounter, {"prefix": p, "last_value": 0}))
            last[p] = conn.execute(select(NumberCounter.last_value)
                                   .where(NumberCounter.prefix == p).with_for_update()).scalar_one()
        start = dict(last)

        keys = {r.business_key for r in requests}
        heads: dict[tuple, dict] = {}
        rows = conn.execute(
            select(CurrentCertificate.business_key, CurrentCertificate.standard_id,
                   CurrentCertificate.standard_version, Certificate.id, Certificate.number,
                   Certificate.content_digest, Certificate.issued_on)
            .join(Certificate, Certificate.id == CurrentCertificate.certificate_id)
            .where(CurrentCertificate.business_key.in_(keys))).all()
        for bk, sid, sv, cid, num, digest, iss in rows:
            heads[(bk, sid, sv)] = {"id": cid, "number": num, "digest": digest, "issued_on": iss,
                                    "stored": cid}
        revoked = set()
        if heads:
            revoked = set(conn.execute(
                select(CertificateEvent.certificate_id)
                .where(CertificateEvent.certificate_id.in_([h["id"] for h in heads.values()]),
                       CertificateEvent.kind == REVOKED_EV)).scalars())

        outcomes: list[IssueOutcome] = []
        events: list[dict] = []
        for i, r in enumerate(requests):
            key = (r.business_key, r.standard_id, r.standard_version)
            head = heads.get(key)
            if head is not None and head["id"] not in revoked and head["digest"] == r.content_digest:
                sha = finalize(i, head["number"], head["issued_on"]) if finalize else ""
                events.append({"certificate_id": head["id"], "kind": COPY, "at": now,
                               "actor": actor, "reason": "", "related_number": "",
                               "result_sha256": sha, "signer": r.signer})
                outcomes.append(IssueOutcome(head["number"], head["issued_on"], "same"))
                continue
            prefix = numbers.prefix_for(r.standard_id, r.standard_version)
            last[prefix] += 1
            number = numbers.format_number(prefix, last[prefix])
            cid = conn.execute(insert(Certificate).returning(Certificate.id), {
                "number": number, "prefix": prefix, "seq": last[prefix],
                "business_key": r.business_key, "business_name": r.business_name,
                "regency": r.regency, "standard_id": r.standard_id,
                "standard_version": r.standard_version, "texts": r.texts,
                "event_start": r.event_start, "event_end": r.event_end, "issued_on": dates[i],
                "valid_until": r.valid_until, "products": r.products,
                "conditions": r.conditions, "content_digest": r.content_digest,
                "signer": r.signer, "created_at": now}).scalar_one()
            sha = finalize(i, number, dates[i]) if finalize else ""
            supersedes = head is not None and head["id"] not in revoked
            events.append({"certificate_id": cid, "kind": ISSUED, "at": now, "actor": actor,
                           "reason": "", "related_number": head["number"] if supersedes else "",
                           "result_sha256": sha, "signer": r.signer})
            if supersedes:
                events.append({"certificate_id": head["id"], "kind": SUPERSEDED_BY, "at": now,
                               "actor": actor, "reason": "", "related_number": number,
                               "result_sha256": "", "signer": ""})
            outcomes.append(IssueOutcome(number, dates[i], "supersedes" if supersedes else "new",
                                         head["number"] if supersedes else None))
            new_head = {"id": cid, "number": number, "digest": r.content_digest,
                        "issued_on": dates[i], "stored": head["stored"] if head else None}
            heads[key] = new_head

        # move the current-certificate pointers (compare-and-swap against what was read)
        for (bk, sid, sv), h in heads.items():
            if h["stored"] == h["id"]:
                continue
            if h["stored"] is None:
                conn.execute(insert(CurrentCertificate), {
                    "business_key": bk, "standard_id": sid, "standard_version": sv,
                    "certificate_id": h["id"]})        # a racing insert fails: IntegrityError
            else:
                res = conn.execute(update(CurrentCertificate).where(
                    CurrentCertificate.business_key == bk, CurrentCertificate.standard_id == sid,
                    CurrentCertificate.standard_version == sv,
                    CurrentCertificate.certificate_id == h["stored"]).values(certificate_id=h["id"]))
                if res.rowcount != 1:
                    raise Conflict(f"{bk} {sid}@{sv}")
        for p in prefixes:
            if last[p] != start[p]:
                conn.execute(update(NumberCounter).where(NumberCounter.prefix == p)
                             .values(last_value=last[p]))
        if events:
            conn.execute(insert(CertificateEvent), events)
        audit.append(conn, [audit.Record(
            actor, "certificate.issue", o.number,
            {"outcome": o.outcome, "previous": o.previous, "business_key": r.business_key,
             "business": r.business_name, "edition": f"{r.standard_id}@{r.standard_version}",
             **(extra or {})})
            for o, r in zip(outcomes, requests, strict=True)], now)
        return outcomes

    def _insert_ignore(self, model, values: dict):
        if self.backend == "postgresql":
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(model).values(**values).on_conflict_do_nothing()
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(model).values(**values).on_conflict_do_nothing()

    # -- revoking ---------------------------------------------------------------------------

    def revoke(self, number: str, *, reason: str, by: str, now: dt.datetime | None = None,
               actor: str | None = None) -> CertificateRecord:
        """Withdraw a certificate: an appended event with the reason, the officer and the time.
        A certificate can be revoked once. The audit log records it under `actor` (the desk's
        account; by default the officer's name as given, from the command line)."""
        from sqlalchemy import insert, select

        from readiness.register.models import Certificate, CertificateEvent

        canonical = self.canonical(number)
        reason, by = " ".join((reason or "").split()), " ".join((by or "").split())
        if not reason:
            raise InputError("revocation_reason", path="--reason")
        if not by:
            raise InputError("revocation_officer", path="--by")
        if len(reason) > 2000 or len(by) > 200:
            raise InputError("revocation_too_long", path="--reason")
        with self._tx(True) as conn:
            cid = conn.execute(select(Certificate.id).where(Certificate.number == canonical)
                               ).scalar_one_or_none()
            if cid is None:
                raise InputError("no_such_certificate", number=canonical, path="NUMBER")
            done = conn.execute(select(CertificateEvent.at).where(
                CertificateEvent.certificate_id == cid,
                CertificateEvent.kind == REVOKED_EV)).scalar()
            if done is not None:
                raise InputError("already_revoked", number=canonical,
                                 day=office_date(_utc(done)).isoformat(), path="NUMBER")
            conn.execute(insert(CertificateEvent), {
                "certificate_id": cid, "kind": REVOKED_EV, "at": _utc(now), "actor": by,
                "reason": reason, "related_number": "", "result_sha256": "", "signer": ""})
            moved = revoke_applications(conn, cid, canonical, reason, by, _utc(now))
            audit.append(conn, [audit.Record(actor or f"{by} (cli)", "certificate.revoke",
                                             canonical, {"reason": reason, "by": by,
                                                         **({"applications": moved}
                                                            if moved else {})})], _utc(now))
        return self.get(canonical)

    @staticmethod
    def canonical(number: str) -> str:
        canonical = numbers.parse_number(number)
        if canonical is None:
            why = Msg("number_typo" if numbers.looks_like_number(number) else "number_like")
            raise InputError("not_cert_number", value=repr(str(number)[:40]), why=why, path="NUMBER")
        return canonical

    # -- reading ----------------------------------------------------------------------------

    def get(self, number: str) -> CertificateRecord | None:
        """The certificate with this number and its history, or None. The number may be typed
        loosely (see numbers.parse_number); a malformed number is None. The verification page's
        query: two prepared statements on one connection."""
        canonical = numbers.parse_number(number)
        if canonical is None:
            return None
        cert_q, events_q = self._get_statements()
        with self._tx(False) as conn:
            row = conn.execute(cert_q, {"number": canonical}).mappings().first()
            if row is None:
                return None
            events = conn.execute(events_q, {"cid": row["id"]}).mappings().all()
        return _record(row, events)

    def _get_statements(self):
        if self._get_q is None:
            from sqlalchemy import bindparam, select

            from readiness.register.models import Certificate, CertificateEvent

            self._get_q = (
                select(Certificate.__table__).where(Certificate.number == bindparam("number")),
                select(CertificateEvent.__table__)
                .where(CertificateEvent.certificate_id == bindparam("cid"))
                .order_by(CertificateEvent.id))
        return self._get_q

    def current_numbers(self, numbers: list[str]) -> set[str]:
        """Which of `numbers` are still their business's current certificate for their
        edition and not revoked (a batch keeps a certificate from an earlier run only then)."""
        from sqlalchemy import select

        from readiness.register.models import Certificate, CertificateEvent, CurrentCertificate

        found: set[str] = set()
        numbers = list(dict.fromkeys(numbers))
        for i in range(0, len(numbers), 500):
            part = numbers[i:i + 500]
            with self._tx(False) as conn:
                revoked = (select(CertificateEvent.certificate_id)
                           .where(CertificateEvent.kind == REVOKED_EV))
                found.update(conn.execute(
                    select(Certificate.number)
                    .join(CurrentCertificate, CurrentCertificate.certificate_id == Certificate.id)
                    .where(Certificate.number.in_(part), Certificate.id.not_in(revoked))).scalars())
        return found

    def records(self, *, business_key: str | None = None, standard: str | None = None,
                limit: int | None = None, offset: int = 0) -> Iterator[CertificateRecord]:
        """Certificates, newest first, with their histories."""
        return self._records(business_key=business_key, standard=standard, limit=limit,
                             offset=offset)

    def _records(self, *, number=None, business_key=None, standard=None, limit=None,
                 offset=0, page=500) -> Iterator[CertificateRecord]:
        from sqlalchemy import select

        from readiness.register.models import Certificate, CertificateEvent

        q = select(Certificate)
        if number is not None:
            q = q.where(Certificate.number == number)
        if business_key:
            q = q.where(Certificate.business_key == business_key)
        if standard:
            sid, _, ver = standard.partition("@")
            q = q.where(Certificate.standard_id == sid)
            if ver:
                q = q.where(Certificate.standard_version == ver)
        q = q.order_by(Certificate.id.desc())
        done = 0
        while limit is None or done < limit:
            n = page if limit is None else min(page, limit - done)
            with self._tx(False) as conn:
                rows = conn.execute(q.offset(offset + done).limit(n)).mappings().all()
                if not rows:
                    return
                ids = [r["id"] for r in rows]
                evs: dict[int, list] = {i: [] for i in ids}
                for e in conn.execute(select(CertificateEvent)
                                      .where(CertificateEvent.certificate_id.in_(ids))
                                      .order_by(CertificateEvent.id)).mappings():
                    evs[e["certificate_id"]].append(e)
            for r in rows:
                yield _record(r, evs[r["id"]])
            done += len(rows)
            if len(rows) < n:
                return

    def count(self) -> int:
        from sqlalchemy import func, select

        from readiness.register.models import Certificate

        with self._tx(False) as conn:
            return conn.execute(select(func.count()).select_from(Certificate)).scalar_one()


    # -- applications (the desk's queue) ----------------------------------------------------

    def submit_application(self, app: ApplicationRequest, *, actor: str = "",
                           now: dt.datetime | None = None) -> ApplicationRecord:
        """Record a dossier sent to the office; it gets a reference (AJ26-000123-K) that the
        owner can quote, the secret of her status link, the status `new`, version 1, and its
        business (found by its NIB, else a new one)."""
        import secrets

        from sqlalchemy import insert, select, update

        from readiness.register.models import Application, ApplicationCounter
        from readiness.register.models import ApplicationEvent as EventRow
        from readiness.register.models import ApplicationVersion, StageEvent

        now = _utc(now)
        with self._tx(True) as conn:
            conn.execute(self._insert_ignore(ApplicationCounter,
                                             {"year": now.year, "last_value": 0}))
            seq = conn.execute(select(ApplicationCounter.last_value)
                               .where(ApplicationCounter.year == now.year)
                               .with_for_update()).scalar_one() + 1
            conn.execute(update(ApplicationCounter).where(ApplicationCounter.year == now.year)
                         .values(last_value=seq))
            ref = numbers.format_number(f"{APPLICATION_PREFIX}{now.year % 100:02d}", seq)
            bid = self._business_for(conn, app, now)
            aid = conn.execute(insert(Application).returning(Application.id), {
                "ref": ref, "created_at": now, "source": app.source, "lang": app.lang,
                "business_key": app.business_key, "business_name": app.business_name,
                "regency": app.regency, "categories": app.categories,
                "standard_id": app.standard_id, "standard_version": app.standard_version,
                "dossier": app.dossier, "dossier_sha256": app.dossier_sha256,
                "summary": app.summary, "verdict": app.verdict, "consent": app.consent,
                "status": "new", "secret": secrets.token_urlsafe(18), "version": 1,
                "business_id": bid, "certificate": "", "certified_sha256": "",
                "result_on": office_date(now), "stage": app.stage,
                "updated_at": now}).scalar_one()
            conn.execute(insert(EventRow), {"application_id": aid, "status": "new", "at": now,
                                            "actor": actor, "note": ""})
            conn.execute(insert(ApplicationVersion), {
                "application_id": aid, "version": 1, "created_at": now, "actor": actor,
                "dossier": app.dossier, "dossier_sha256": app.dossier_sha256,
                "answers": app.answers, "summary": app.summary})
            conn.execute(insert(StageEvent), {"business_id": bid, "application_id": aid,
                                              "at": now, "stage": app.stage, "cause": "submit"})
            audit.append(conn, [audit.Record(actor or app.source, "application.submit", ref, {
                "source": app.source, "business_key": app.business_key,
                "business": app.business_name, "dossier_sha256": app.dossier_sha256})], now)
        return self.application(ref)

    def _business_for(self, conn, app, now, current: int | None = None) -> int:
        """The business an application belongs to: the one with its NIB, else `current`
        (a resubmission keeps its business and gives it the NIB it now has), else a new one."""
        from sqlalchemy import insert, select, update

        from readiness.register.models import Business

        key = app.business_key or None
        if key:
            found = conn.execute(select(Business.id).where(Business.key == key)).scalar()
            if found is not None:
                return found
        if current is not None:
            values = {"name": app.business_name, "regency": app.regency}
            if key and conn.execute(select(Business.key).where(Business.id == current)
                                    ).scalar() is None:
                values["key"] = key
            conn.execute(update(Business).where(Business.id == current).values(**values))
            return current
        return conn.execute(insert(Business).returning(Business.id), {
            "key": key, "name": app.business_name, "regency": app.regency, "community": "",
            "pendamping_id": None, "created_at": now}).scalar_one()

    def set_application_status(self, ref: str, status: str, *, actor: str, note: str = "",
                               now: dt.datetime | None = None,
                               audit_actor: str | None = None) -> ApplicationRecord:
        """Move an application to `status` (new, in_review, certified, returned); the change is
        appended to its history with who made it and why, and to the audit log (under
        `audit_actor`, the desk's account, else `actor`)."""
        from sqlalchemy import insert, select, update

        from readiness.register.models import Application
        from readiness.register.models import ApplicationEvent as EventRow

        if status not in APPLICATION_STATUSES:
            raise InputError("application_status", status=repr(status), path="status",
                             expected=", ".join(APPLICATION_STATUSES))
        actor, note = " ".join((actor or "").split()), (note or "").strip()
        if not actor:
            raise InputError("status_officer", path="actor")
        if len(actor) > 200 or len(note) > 4000:
            raise InputError("status_too_long", path="note")
        canonical = numbers.parse_number(ref)
        with self._tx(True) as conn:
            aid = conn.execute(select(Application.id).where(Application.ref == canonical)
                               ).scalar_one_or_none() if canonical else None
            if aid is None:
                raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
            old = conn.execute(select(Application.status).where(Application.id == aid)).scalar()
            conn.execute(update(Application).where(Application.id == aid)
                         .values(status=status, updated_at=_utc(now)))
            conn.execute(insert(EventRow), {"application_id": aid, "status": status,
                                            "at": _utc(now), "actor": actor, "note": note})
            audit.append(conn, [audit.Record(audit_actor or actor, "application.status",
                                             canonical, {"from": old, "to": status,
                                                         "note": note})], _utc(now))
        return self.application(canonical)

    def application(self, ref: str) -> ApplicationRecord | None:
        """The application with this reference (typed loosely, as a certificate number) and its
        history, or None."""
        canonical = numbers.parse_number(ref) if isinstance(ref, str) else None
        if canonical is None:
            return None
        found = self._applications(ref=canonical, limit=1)
        return found[0] if found else None

    def applications(self, *, status: str | None = None, regency: str | None = None,
                     category: str | None = None, verdict: str | None = None,
                     business_key: str | None = None, business_id: int | None = None,
                     search: str | None = None, limit: int = 100,
                     offset: int = 0, brief: bool = False,
                     not_status: str | None = None) -> list[ApplicationRecord]:
        """Applications, newest first, filtered by status (or all but `not_status`), regency,
        category and verdict.
        `search`: a business name (a part of it), a NIB, an application reference or a
        certificate number, however typed. `brief`: without the dossiers and histories (a
        list such as the desk's queue; a dossier is the bulk of a row)."""
        return self._applications(status=status, regency=regency, category=category,
                                  verdict=verdict, business_key=business_key,
                                  business_id=business_id, search=search, limit=limit,
                                  offset=offset, brief=brief, not_status=not_status)

    def _search(self, text: str):
        """The WHERE clause of a queue search (see `applications`)."""
        from sqlalchemy import false, func, or_, select

        from readiness.register.models import Application, Certificate
        from readiness.register.records import business_key

        text = " ".join(text.split())[:80]
        if not text:
            return None
        number = numbers.parse_number(text)
        if number is not None:
            if number.startswith(APPLICATION_PREFIX):
                return Application.ref == number
            key = select(Certificate.business_key).where(Certificate.number == number)
            return or_(Application.certificate == number, Application.business_key.in_(key))
        key = business_key(text)
        clauses = [func.lower(Application.business_name).contains(text.lower(),
                                                                  autoescape=True)]
        if key and key.isdigit() and len(key) >= 6:
            clauses.append(Application.business_key.startswith(key, autoescape=True))
        return or_(*clauses) if clauses else false()

    def _applications(self, *, ref=None, status=None, regency=None, category=None,
                      verdict=None, business_key=None, business_id=None, search=None,
                      limit=100, offset=0, brief=False, not_status=None):
        from sqlalchemy import select

        from readiness.register.models import Application
        from readiness.register.models import ApplicationEvent as EventRow

        table = Application.__table__
        q = select(*[c for c in table.c if c.name != "dossier"]) if brief else select(table)
        for col, value in ((Application.ref, ref), (Application.status, status),
                           (Application.regency, regency), (Application.verdict, verdict),
                           (Application.business_key, business_key),
                           (Application.business_id, business_id)):
            if value:
                q = q.where(col == value)
        if not_status:
            q = q.where(Application.status != not_status)
        where = self._search(search) if search else None
        if where is not None:
            q = q.where(where)
        q = q.order_by(Application.created_at.desc(), Application.id.desc())
        out: list[ApplicationRecord] = []
        with self._tx(False) as conn:
            # categories are a JSON list: filtered here, in pages, so both backends agree
            page, skipped = max(limit, 50), 0
            start = 0
            if not category:                        # no filtering here: the database pages
                start, skipped, page = offset, offset, limit
            while len(out) < limit:
                rows = conn.execute(q.offset(start).limit(page)).mappings().all()
                if not rows:
                    break
                start += len(rows)
                for r in rows:
                    if category and category not in (r["categories"] or []):
                        continue
                    if skipped < offset:
                        skipped += 1
                        continue
                    out.append(r)
                    if len(out) >= limit:
                        break
                if len(rows) < page:
                    break
            ids = [r["id"] for r in out]
            evs: dict[int, list] = {i: [] for i in ids}
            if ids and not brief:
                for e in conn.execute(select(EventRow).where(EventRow.application_id.in_(ids))
                                      .order_by(EventRow.id)).mappings():
                    evs[e["application_id"]].append(
                        ApplicationEvent(e["status"], _utc(e["at"]), e["actor"], e["note"]))
        return [ApplicationRecord(
            ref=r["ref"], created_at=_utc(r["created_at"]), source=r["source"], lang=r["lang"],
            business_key=r["business_key"], business_name=r["business_name"],
            regency=r["regency"], categories=list(r["categories"] or []),
            standard_id=r["standard_id"], standard_version=r["standard_version"],
            dossier=(r.get("dossier") or {}), dossier_sha256=r["dossier_sha256"],
            summary=r["summary"] or {}, verdict=r["verdict"], consent=r["consent"],
            status=r["status"], events=evs[r["id"]], secret=r["secret"] or "",
            version=r["version"] or 1, business_id=r["business_id"],
            certificate=r["certificate"] or "", certified_sha256=r["certified_sha256"] or "",
            result_on=r["result_on"], stage=r["stage"] or 0,
            updated_at=_utc(r["updated_at"]) if r["updated_at"] else None) for r in out]


def _record(r, events) -> CertificateRecord:
    """A CertificateRecord from a certificates row and its event rows (mappings)."""
    return CertificateRecord(
        number=r["number"], business_key=r["business_key"], business_name=r["business_name"],
        regency=r["regency"], standard_id=r["standard_id"],
        standard_version=r["standard_version"], texts=r["texts"] or {},
        event_start=r["event_start"], event_end=r["event_end"], issued_on=r["issued_on"],
        valid_until=r["valid_until"], products=r["products"] or [],
        conditions=r["conditions"] or [], content_digest=r["content_digest"], signer=r["signer"],
        events=[Event(e["kind"], _utc(e["at"]), e["actor"], e["reason"], e["related_number"],
                      e["result_sha256"], e["signer"]) for e in events])
