"""The desk's own records (tables of migration 0003_desk): decisions recorded on the desk,
the idempotency keys of its forms, the vendor desk's jobs and the admin's settings.

    desk = reg.desk                                   # on an open Register
    desk.record_decision(ref, DecisionDraft(...), user=..., audit_actor=...)
    desk.decisions(ref)                               # every decision, withdrawn ones too
    desk.approve(decision_id, approver)               # a blocker waiver takes effect
    desk.claim(key, user_id, action)                  # a form submitted twice does one thing

Plain records go in and out; validation against the standard and the dossier is the caller's
(readiness.desk, which uses the decisions file's own validation). Every change is appended to
the audit log in its own transaction.
"""

from __future__ import annotations

import datetime as dt
import secrets
import time
from dataclasses import dataclass, field

from readiness.errors import InputError
from readiness.register import audit, numbers

BUSINESS = -1                      # `product` of a decision about the business


def _utc(v: dt.datetime | None) -> dt.datetime:
    if v is None:
        return dt.datetime.now(dt.timezone.utc)
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


def _utc_or_none(v):
    return _utc(v) if v is not None else None


@dataclass(frozen=True)
class DecisionDraft:
    """A decision as an officer records it (already validated by readiness.desk)."""

    kind: str                      # waiver | verdict
    rule: str
    product: int | None            # None: the business
    product_name: str
    officer: str                   # as printed (the account's full name, or a file's)
    decided_on: dt.date
    reason: str = ""               # a waiver's reason, a verdict's note
    verdict: str = ""              # pass | fail
    expires: dt.date | None = None
    needs_approval: bool = False   # a waiver of a rule that can be a blocker
    approved_by: str = ""
    approver_id: int | None = None
    source: str = "desk"           # desk | import
    claimed_approver: str = ""     # an imported file's approved_by: a claim, audited only


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    kind: str
    rule: str
    product: int | None
    product_name: str
    verdict: str
    reason: str
    officer: str
    officer_id: int | None
    decided_on: dt.date
    expires: dt.date | None
    needs_approval: bool
    approved_by: str
    approver_id: int | None
    approved_at: dt.datetime | None
    withdrawn_by: str
    withdrawn_at: dt.datetime | None
    source: str
    created_at: dt.datetime
    review: str = ""               # an approver's: rejected | returned (then withdrawn)
    review_reason: str = ""

    @property
    def withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def pending(self) -> bool:
        """Waiting for a second officer's approval."""
        return not self.withdrawn and self.needs_approval and self.approver_id is None \
            and not self.approved_by

    @property
    def in_force(self) -> bool:
        return not self.withdrawn and not self.pending


def _decision(m) -> DecisionRecord:
    return DecisionRecord(
        m["id"], m["kind"], m["rule"], None if m["product"] == BUSINESS else m["product"],
        m["product_name"], m["verdict"], m["reason"], m["officer"], m["officer_id"],
        m["decided_on"], m["expires"], bool(m["needs_approval"]), m["approved_by"],
        m["approver_id"], _utc_or_none(m["approved_at"]), m["withdrawn_by"],
        _utc_or_none(m["withdrawn_at"]), m["source"], _utc(m["created_at"]),
        m.get("review") or "", m.get("review_reason") or "")


@dataclass(frozen=True)
class Job:
    ref: str
    user_id: int
    user: str
    filename: str
    input_sha256: str
    standard: str
    as_of: dt.date
    lang: str
    status: str
    total: int
    done: int
    attempts: int
    pid: int | None
    created_at: dt.datetime
    started_at: dt.datetime | None
    heartbeat_at: dt.datetime | None
    finished_at: dt.datetime | None
    stats: dict = field(default_factory=dict)
    error: str = ""

    @property
    def fraction(self) -> float:
        if self.status == "done":
            return 1.0
        return min(1.0, self.done / self.total) if self.total else 0.0


class Claimed(Exception):
    """The form was already submitted: `state` pending or done, with its `result`."""

    def __init__(self, state: str, result: str):
        super().__init__(state)
        self.state, self.result = state, result


class Desk:
    def __init__(self, reg):
        self.reg = reg

    def _app_id(self, conn, ref: str) -> int:
        from sqlalchemy import select

        from readiness.register.models import Application

        canonical = numbers.parse_number(ref) if isinstance(ref, str) else None
        aid = conn.execute(select(Application.id).where(Application.ref == canonical)
                           ).scalar_one_or_none() if canonical else None
        if aid is None:
            raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
        return aid

    # -- decisions ----------------------------------------------------------------------------

    def decisions(self, ref: str) -> list[DecisionRecord]:
        """Every decision recorded for the application, oldest first (withdrawn ones too)."""
        from sqlalchemy import select

        from readiness.register.models import DeskDecision as D

        with self.reg._tx(False) as conn:
            aid = self._app_id(conn, ref)
            return [_decision(m) for m in conn.execute(
                select(D.__table__).where(D.application_id == aid).order_by(D.id)).mappings()]

    def decision(self, decision_id: int) -> tuple[str, DecisionRecord] | None:
        """(application ref, decision) or None."""
        from sqlalchemy import select

        from readiness.register.models import Application
        from readiness.register.models import DeskDecision as D

        with self.reg._tx(False) as conn:
            m = conn.execute(select(D.__table__, Application.ref.label("app_ref"))
                             .join(Application, Application.id == D.application_id)
                             .where(D.id == decision_id)).mappings().first()
        return (m["app_ref"], _decision(m)) if m else None

    def version(self, ref: str) -> tuple | None:
        """What changes whenever the application, its decisions or its status change (a cache
        key; one query); None when there is no such application."""
        from sqlalchemy import func, select

        from readiness.register.models import Application, ApplicationEvent
        from readiness.register.models import DeskDecision as D

        canonical = numbers.parse_number(ref) if isinstance(ref, str) else None
        if canonical is None:
            return None
        mine = D.application_id == Application.id
        q = select(
            Application.id, Application.created_at, Application.dossier_sha256,
            Application.status,
            select(func.count()).where(mine).scalar_subquery(),
            select(func.max(D.id)).where(mine).scalar_subquery(),
            select(func.max(D.approved_at)).where(mine).scalar_subquery(),
            select(func.max(D.withdrawn_at)).where(mine).scalar_subquery(),
            select(func.max(ApplicationEvent.id))
            .where(ApplicationEvent.application_id == Application.id).scalar_subquery(),
        ).where(Application.ref == canonical)
        with self.reg._tx(False) as conn:
            row = conn.execute(q).first()
        return (canonical, *row) if row is not None else None

    def record_decisions(self, ref: str, drafts: list[DecisionDraft], *, officer_id: int | None,
                         audit_actor: str, withdraw: list[int] = (), note: str = "",
                         now: dt.datetime | None = None) -> list[int]:
        """Record decisions for an application in one transaction (an import records several;
        `withdraw`: decisions the import replaces). A second decision in force on the same
        rule and subject is refused by a unique key. Returns the new ids."""
        from sqlalchemy import insert, update
        from sqlalchemy.exc import IntegrityError

        from readiness.register.models import DeskDecision as D

        now = _utc(now)
        ids = []
        try:
            with self.reg._tx(True) as conn:
                aid = self._app_id(conn, ref)
                for did in withdraw:
                    conn.execute(update(D).where(D.id == did, D.application_id == aid,
                                                 D.withdrawn_key == 0)
                                 .values(withdrawn_key=did, withdrawn_at=now,
                                         withdrawn_by=audit_actor))
                records = [audit.Record(audit_actor, "decision.withdraw", f"{ref}#{did}",
                                        {"replaced_by": "import"}) for did in withdraw]
                for d in drafts:
                    did = conn.execute(insert(D).returning(D.id), {
                        "application_id": aid, "kind": d.kind, "rule": d.rule,
                        "product": BUSINESS if d.product is None else d.product,
                        "product_name": d.product_name, "verdict": d.verdict,
                        "reason": d.reason, "officer": d.officer,
                        "officer_id": officer_id, "decided_on": d.decided_on,
                        "expires": d.expires, "needs_approval": d.needs_approval,
                        "approved_by": d.approved_by, "approver_id": d.approver_id,
                        "approved_at": now if d.approved_by else None, "withdrawn_key": 0,
                        "withdrawn_by": "", "withdrawn_at": None, "source": d.source,
                        "created_at": now}).scalar_one()
                    ids.append(did)
                    records.append(audit.Record(audit_actor, "decision.record", f"{ref}#{did}", {
                        "kind": d.kind, "rule": d.rule, "product": d.product_name,
                        "verdict": d.verdict, "reason": d.reason, "officer": d.officer,
                        "date": d.decided_on, "expires": d.expires,
                        "needs_approval": d.needs_approval, "approved_by": d.approved_by,
                        "source": d.source, **({"note": note} if note else {}),
                        **({"claimed_approver": d.claimed_approver}
                           if d.claimed_approver else {})}))
                audit.append(conn, records, now)
        except IntegrityError:
            raise InputError("decision_in_force", path="rule") from None
        return ids

    def approve(self, decision_id: int, *, approver_id: int, approver: str, audit_actor: str,
                now: dt.datetime | None = None) -> DecisionRecord:
        """A second officer approves a blocker waiver (the caller checked who may)."""
        from sqlalchemy import update

        from readiness.register.models import DeskDecision as D

        now = _utc(now)
        with self.reg._tx(True) as conn:
            res = conn.execute(update(D).where(
                D.id == decision_id, D.withdrawn_key == 0, D.needs_approval.is_(True),
                D.approver_id.is_(None), D.approved_by == "")
                .values(approver_id=approver_id, approved_by=approver, approved_at=now))
            if res.rowcount != 1:
                raise InputError("not_waiting_approval", path="id")
            found = self._ref_of(conn, decision_id)
            audit.append(conn, [audit.Record(audit_actor, "decision.approve",
                                             f"{found}#{decision_id}", {"approved_by": approver})],
                         now)
        return self.decision(decision_id)[1]

    def refuse_approval(self, decision_id: int, *, audit_actor: str, reason: str,
                        now: dt.datetime | None = None) -> None:
        """An approval that was refused (who tried, and why) goes into the audit log."""
        now = _utc(now)
        with self.reg._tx(True) as conn:
            found = self._ref_of(conn, decision_id)
            audit.append(conn, [audit.Record(audit_actor, "decision.approve_refused",
                                             f"{found}#{decision_id}", {"reason": reason})], now)

    def withdraw(self, decision_id: int, *, by: str, audit_actor: str, reason: str = "",
                 now: dt.datetime | None = None) -> DecisionRecord:
        from sqlalchemy import update

        from readiness.register.models import DeskDecision as D

        now = _utc(now)
        with self.reg._tx(True) as conn:
            res = conn.execute(update(D).where(D.id == decision_id, D.withdrawn_key == 0)
                               .values(withdrawn_key=decision_id, withdrawn_at=now,
                                       withdrawn_by=by))
            if res.rowcount != 1:
                raise InputError("already_withdrawn", path="id")
            found = self._ref_of(conn, decision_id)
            audit.append(conn, [audit.Record(audit_actor, "decision.withdraw",
                                             f"{found}#{decision_id}", {"reason": reason})], now)
        return self.decision(decision_id)[1]

    def _ref_of(self, conn, decision_id: int) -> str:
        from sqlalchemy import select

        from readiness.register.models import Application
        from readiness.register.models import DeskDecision as D

        return conn.execute(select(Application.ref).join(D, D.application_id == Application.id)
                            .where(D.id == decision_id)).scalar_one()

    def pending_approvals(self, limit: int = 200) -> list[tuple[str, str, DecisionRecord]]:
        """Blocker waivers waiting for a second officer: (ref, business name, decision)."""
        from sqlalchemy import select

        from readiness.register.models import Application
        from readiness.register.models import DeskDecision as D

        q = (select(D.__table__, Application.ref.label("app_ref"),
                    Application.business_name.label("app_name"))
             .join(Application, Application.id == D.application_id)
             .where(D.withdrawn_key == 0, D.needs_approval.is_(True), D.approver_id.is_(None),
                    D.approved_by == "")
             .order_by(D.id).limit(limit))
        with self.reg._tx(False) as conn:
            return [(m["app_ref"], m["app_name"], _decision(m)) for m in conn.execute(q).mappings()]

    def regencies(self) -> list[str]:
        """The regencies of the applications (the queue's filter)."""
        from sqlalchemy import select

        from readiness.register.models import Application

        with self.reg._tx(False) as conn:
            return [r for r in conn.execute(select(Application.regency).distinct()
                                            .order_by(Application.regency)).scalars() if r]

    # -- a form submitted once ----------------------------------------------------------------

    def claim(self, key: str, *, user_id: int, action: str,
              now: dt.datetime | None = None) -> None:
        """Claim a form's idempotency key before acting on it. Raises Claimed when it was
        submitted before (state pending or done, with the result to show)."""
        from sqlalchemy import insert, select, update
        from sqlalchemy.exc import IntegrityError

        from readiness.register.models import DeskRequest as R

        if not key or len(key) > 64:
            raise InputError("form_no_key", path="once")
        try:
            with self.reg._tx(True) as conn:
                conn.execute(insert(R), {"key": key, "user_id": user_id, "action": action,
                                         "state": "pending", "result": "", "at": _utc(now)})
            return
        except IntegrityError:
            pass
        # a submission refused before (bad input) may be sent again, corrected
        with self.reg._tx(True) as conn:
            again = conn.execute(update(R).where(R.key == key, R.user_id == user_id,
                                                 R.state == "failed")
                                 .values(state="pending", at=_utc(now))).rowcount
        if again == 1:
            return
        with self.reg._tx(False) as conn:
            m = conn.execute(select(R.state, R.result, R.user_id).where(R.key == key)).first()
        if m is None or m[2] != user_id:
            raise InputError("form_key_not_yours", path="once")
        raise Claimed(m[0], m[1])

    def settle(self, key: str, state: str, result: str = "") -> None:
        from sqlalchemy import update

        from readiness.register.models import DeskRequest as R

        with self.reg._tx(True) as conn:
            conn.execute(update(R).where(R.key == key).values(state=state, result=result[:400]))

    def wait(self, key: str, timeout: float = 15.0) -> tuple[str, str]:
        """The state and result of a claimed key, waiting while the first submission runs."""
        from sqlalchemy import select

        from readiness.register.models import DeskRequest as R

        deadline = time.monotonic() + timeout
        pause = 0.01
        while True:
            with self.reg._tx(False) as conn:
                m = conn.execute(select(R.state, R.result).where(R.key == key)).first()
            if m is None or m[0] != "pending" or time.monotonic() > deadline:
                return (m[0], m[1]) if m else ("failed", "")
            time.sleep(pause)                  # a double click: the first one is quick
            pause = min(0.2, pause * 1.5)

    # -- settings -----------------------------------------------------------------------------

    def setting(self, key: str, default: str = "") -> str:
        from sqlalchemy import select

        from readiness.register.models import DeskSetting as S

        with self.reg._tx(False) as conn:
            v = conn.execute(select(S.value).where(S.key == key)).scalar()
        return default if v is None else v

    def set_setting(self, key: str, value: str, *, actor: str,
                    now: dt.datetime | None = None) -> None:
        from sqlalchemy import select, update

        from readiness.register.models import DeskSetting as S

        now = _utc(now)
        with self.reg._tx(True) as conn:
            old = conn.execute(select(S.value).where(S.key == key)).scalar()
            if old == value:
                return
            if old is None:
                conn.execute(self.reg._insert_ignore(S, {"key": key, "value": value,
                                                         "updated_at": now, "updated_by": actor}))
            conn.execute(update(S).where(S.key == key).values(value=value, updated_at=now,
                                                              updated_by=actor))
            audit.append(conn, [audit.Record(actor, "setting.change", key,
                                             {"from": old, "to": value})], now)

    # -- the vendor desk's jobs ---------------------------------------------------------------

    @staticmethod
    def new_job_ref() -> str:
        return secrets.token_urlsafe(12)

    def create_job(self, *, user_id: int, user: str, filename: str, input_sha256: str,
                   standard: str, as_of: dt.date, lang: str, ref: str | None = None,
                   now: dt.datetime | None = None) -> str:
        """Queue a job (its input is in place already: a job process may take it at once)."""
        from sqlalchemy import insert

        from readiness.register.models import VendorJob as J

        ref = ref or self.new_job_ref()
        now = _utc(now)
        with self.reg._tx(True) as conn:
            conn.execute(insert(J), {
                "ref": ref, "user_id": user_id, "filename": filename[:200],
                "input_sha256": input_sha256, "standard": standard, "as_of": as_of,
                "lang": lang, "status": "queued", "total": 0, "done": 0, "attempts": 0,
                "pid": None, "created_at": now, "started_at": None, "heartbeat_at": None,
                "finished_at": None, "stats": {}, "error": ""})
            audit.append(conn, [audit.Record(user, "vendor.upload", ref, {
                "file": filename[:200], "sha256": input_sha256, "standard": standard})], now)
        return ref

    def _jobs(self, where=(), limit: int = 100) -> list[Job]:
        from sqlalchemy import select

        from readiness.register.models import User
        from readiness.register.models import VendorJob as J

        q = (select(J.__table__, User.name.label("user_name")).join(User, User.id == J.user_id)
             .where(*where).order_by(J.id.desc()).limit(limit))
        with self.reg._tx(False) as conn:
            rows = conn.execute(q).mappings().all()
        return [Job(m["ref"], m["user_id"], m["user_name"], m["filename"], m["input_sha256"],
                    m["standard"], m["as_of"], m["lang"], m["status"], m["total"], m["done"],
                    m["attempts"], m["pid"], _utc(m["created_at"]),
                    _utc_or_none(m["started_at"]), _utc_or_none(m["heartbeat_at"]),
                    _utc_or_none(m["finished_at"]), m["stats"] or {}, m["error"]) for m in rows]

    def job(self, ref: str) -> Job | None:
        from readiness.register.models import VendorJob as J

        if not isinstance(ref, str) or len(ref) > 32:
            return None
        found = self._jobs([J.ref == ref], 1)
        return found[0] if found else None

    def jobs(self, *, user_id: int | None = None, status: str | None = None,
             limit: int = 100) -> list[Job]:
        from readiness.register.models import VendorJob as J

        where = []
        if user_id is not None:
            where.append(J.user_id == user_id)
        if status:
            where.append(J.status == status)
        return self._jobs(where, limit)

    def claim_job(self, pid: int, *, ref: str | None = None,
                  now: dt.datetime | None = None) -> Job | None:
        """Take the oldest queued job (or `ref`) for this process; None when none is left.
        Two processes never take the same job (compare-and-swap on its status)."""
        from sqlalchemy import select, update

        from readiness.register.models import VendorJob as J

        now = _utc(now)
        for _ in range(20):
            with self.reg._tx(True) as conn:
                q = select(J.id, J.ref).where(J.status == "queued").order_by(J.id).limit(1)
                if ref:
                    q = q.where(J.ref == ref)
                row = conn.execute(q).first()
                if row is None:
                    return None
                res = conn.execute(update(J).where(J.id == row[0], J.status == "queued").values(
                    status="running", pid=pid, started_at=now, heartbeat_at=now,
                    attempts=J.attempts + 1))
                if res.rowcount != 1:
                    continue
            return self.job(row[1])
        return None

    def job_progress(self, ref: str, done: int, total: int,
                     now: dt.datetime | None = None) -> None:
        from sqlalchemy import update

        from readiness.register.models import VendorJob as J

        with self.reg._tx(True) as conn:
            conn.execute(update(J).where(J.ref == ref, J.status == "running").values(
                done=done, total=total, heartbeat_at=_utc(now)))

    def finish_job(self, ref: str, status: str, *, stats: dict | None = None, error: str = "",
                   now: dt.datetime | None = None) -> None:
        from sqlalchemy import update

        from readiness.register.models import VendorJob as J

        now = _utc(now)
        values = {"status": status, "finished_at": now, "heartbeat_at": now, "pid": None,
                  "error": error[:4000]}
        if stats is not None:
            values["stats"] = stats
        if status == "done" and stats:
            values["done"] = values["total"] = int(stats.get("total", 0))
        with self.reg._tx(True) as conn:
            conn.execute(update(J).where(J.ref == ref).values(**values))
            job = conn.execute(J.__table__.select().where(J.ref == ref)).mappings().first()
            audit.append(conn, [audit.Record("vendor-desk", f"vendor.{status}", ref, {
                "error": error[:400], **{k: (stats or {}).get(k) for k in (
                    "total", "certified", "not_certified", "errors")
                    if (stats or {}).get(k) is not None},
                "user_id": job["user_id"] if job else None})], now)

    def requeue_stale(self, alive, *, stale_after: dt.timedelta = dt.timedelta(minutes=2),
                      max_attempts: int = 3, now: dt.datetime | None = None) -> list[str]:
        """Jobs left `running` by a process that is gone (the server restarted, the machine
        rebooted): queued again to resume, or failed after `max_attempts`. A job is gone when
        its heartbeat is older than `stale_after`, or older than 20 s and `alive(pid)` says
        its process is not running here."""
        from sqlalchemy import select, update

        from readiness.register.models import VendorJob as J

        now = _utc(now)
        again = []
        with self.reg._tx(True) as conn:
            rows = conn.execute(select(J.ref, J.pid, J.heartbeat_at, J.attempts)
                                .where(J.status == "running")).all()
            for ref, pid, beat, attempts in rows:
                quiet = now - _utc(beat) if beat else stale_after
                # a job's process beats every few seconds; one whose process is gone from
                # this machine is taken back sooner
                if quiet < stale_after and not (pid and not alive(pid) and
                                                quiet > dt.timedelta(seconds=20)):
                    continue
                if attempts >= max_attempts:
                    conn.execute(update(J).where(J.ref == ref, J.status == "running").values(
                        status="failed", pid=None, finished_at=now,
                        error="the job stopped three times (server restarts?)"))
                else:
                    conn.execute(update(J).where(J.ref == ref, J.status == "running")
                                 .values(status="queued", pid=None))
                    again.append(ref)
        return again
