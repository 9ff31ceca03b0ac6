"""The register's side of the owner <-> office loop (tables of migration 0005_loop): versions
of an application (a resubmission keeps the dossier before it), the officer's notes to the
owner, the application's result today and the stage its business reached (the office's
funnel, week by week), certification and its link to the application, businesses (regency,
commodity community, pendamping), an approver's rejection or return of a waiver, and the
e-mail outbox.

    loop = reg.loop                                   # on an open Register
    loop.resubmit(ref, ApplicationRequest(...), actor=...)
    loop.return_to_owner(ref, note=..., notes=[NoteDraft(...)], actor=..., audit_actor=...)

Plain records in and out; what a stage or a verdict is, is the caller's
(readiness.applications). Every change is appended to the audit log in its transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from readiness.clock import office_date
from readiness.errors import InputError
from readiness.register import audit, numbers
from readiness.register.records import (ApplicationNote, ApplicationRecord, ApplicationRequest,
                                        ApplicationVersion, BusinessRecord, MailRecord)

CERTIFIED_STAGE = 6
BUSINESS = -1                      # `product` of a note about the business


def _utc(v: dt.datetime | None) -> dt.datetime:
    if v is None:
        return dt.datetime.now(dt.timezone.utc)
    return v.astimezone(dt.timezone.utc) if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


@dataclass(frozen=True)
class NoteDraft:
    rule: str                      # "" the whole application
    product: int | None
    product_name: str
    text: str


class StageRow(NamedTuple):
    id: int
    business_id: int
    at: dt.datetime
    stage: int


def revoke_applications(conn, cid: int, number: str, reason: str, by: str,
                        now: dt.datetime) -> list[str]:
    """The case follows the certificate: the applications it was issued from (or, for a
    certificate a batch issued, the business's certified applications of that edition)
    become `revoked`, with the reason in their history and the business's stage."""
    from sqlalchemy import insert, or_, select, update

    from readiness.register.models import Application, Certificate, StageEvent
    from readiness.register.models import ApplicationEvent as EventRow

    cert = conn.execute(select(Certificate.business_key, Certificate.standard_id,
                               Certificate.standard_version)
                        .where(Certificate.id == cid)).first()
    rows = conn.execute(select(Application.id, Application.ref, Application.business_id,
                               Application.stage).where(
        Application.status != "revoked",
        or_(Application.certificate == number,
            (Application.certificate == "") & (Application.status == "certified")
            & (Application.business_key == cert[0]) & (Application.business_key != "")
            & (Application.standard_id == cert[1])
            & (Application.standard_version == cert[2])))).all()
    for aid, _ref, bid, stage in rows:
        conn.execute(update(Application).where(Application.id == aid)
                     .values(status="revoked", updated_at=now))
        conn.execute(insert(EventRow), {"application_id": aid, "status": "revoked",
                                        "at": now, "actor": by, "note": reason})
        if bid is not None:
            conn.execute(insert(StageEvent), {"business_id": bid, "application_id": aid,
                                              "at": now, "stage": min(stage or 0, 5),
                                              "cause": "revoke"})
    return [r[1] for r in rows]


class Loop:
    def __init__(self, reg):
        self.reg = reg

    def _row(self, conn, ref: str, *, lock: bool = False):
        from sqlalchemy import select

        from readiness.register.models import Application as A

        canonical = numbers.parse_number(ref) if isinstance(ref, str) else None
        q = select(A.id, A.ref, A.status, A.version, A.business_id, A.stage, A.certificate,
                   A.dossier_sha256).where(A.ref == canonical)
        row = conn.execute(q.with_for_update() if lock else q).mappings().first() \
            if canonical else None
        if row is None:
            raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
        return row

    def _stage_event(self, conn, bid: int | None, aid: int, stage: int, cause: str,
                     now: dt.datetime) -> None:
        """Append the business's stage when it changed."""
        from sqlalchemy import insert, select

        from readiness.register.models import StageEvent as S

        if bid is None:
            return
        last = conn.execute(select(S.stage).where(S.business_id == bid)
                            .order_by(S.at.desc(), S.id.desc()).limit(1)).scalar()
        if last != stage:
            conn.execute(insert(S), {"business_id": bid, "application_id": aid, "at": now,
                                     "stage": stage, "cause": cause})

    # -- versions -----------------------------------------------------------------------------

    def resubmit(self, ref: str, app: ApplicationRequest, *, actor: str,
                 audit_actor: str | None = None,
                 now: dt.datetime | None = None) -> ApplicationRecord:
        """A new version of the application: its dossier (and the form's answers), the
        result then, back to `new` for the desk; the one before is kept."""
        from sqlalchemy import insert, update

        from readiness.register.models import Application as A
        from readiness.register.models import ApplicationEvent as EventRow
        from readiness.register.models import ApplicationVersion as V

        now = _utc(now)
        with self.reg._tx(True) as conn:
            row = self._row(conn, ref, lock=True)
            version = row["version"] + 1
            bid = self.reg._business_for(conn, app, now, current=row["business_id"])
            conn.execute(update(A).where(A.id == row["id"]).values(
                business_key=app.business_key, business_name=app.business_name,
                regency=app.regency, categories=app.categories, dossier=app.dossier,
                dossier_sha256=app.dossier_sha256, summary=app.summary, verdict=app.verdict,
                status="new", version=version, business_id=bid, result_on=office_date(now),
                stage=app.stage, updated_at=now))
            conn.execute(insert(V), {"application_id": row["id"], "version": version,
                                     "created_at": now, "actor": actor,
                                     "dossier": app.dossier,
                                     "dossier_sha256": app.dossier_sha256,
                                     "answers": app.answers, "summary": app.summary})
            conn.execute(insert(EventRow), {"application_id": row["id"], "status": "new",
                                            "at": now, "actor": actor,
                                            "note": f"v{version}"})
            self._stage_event(conn, bid, row["id"], app.stage, "resubmit", now)
            audit.append(conn, [audit.Record(audit_actor or actor or app.source,
                                             "application.resubmit", row["ref"], {
                "version": version, "from": row["status"],
                "dossier_sha256": app.dossier_sha256,
                "changed": app.dossier_sha256 != row["dossier_sha256"]})], now)
        return self.reg.application(row["ref"])

    def versions(self, ref: str) -> list[ApplicationVersion]:
        """Every dossier the application held, oldest first."""
        from sqlalchemy import select

        from readiness.register.models import ApplicationVersion as V

        with self.reg._tx(False) as conn:
            aid = self._row(conn, ref)["id"]
            rows = conn.execute(select(V.__table__).where(V.application_id == aid)
                                .order_by(V.version)).mappings().all()
        return [ApplicationVersion(r["version"], _utc(r["created_at"]), r["actor"],
                                   r["dossier"] or {}, r["dossier_sha256"], r["answers"],
                                   r["summary"] or {}) for r in rows]

    # -- returning it with notes ----------------------------------------------------------------

    def return_to_owner(self, ref: str, *, note: str, notes: list[NoteDraft], actor: str,
                        audit_actor: str, now: dt.datetime | None = None) -> ApplicationRecord:
        """Status `returned`, with a note about the whole application and one per
        requirement the owner must fix (her status page shows them)."""
        from sqlalchemy import insert, update

        from readiness.register.models import Application as A
        from readiness.register.models import ApplicationEvent as EventRow
        from readiness.register.models import ApplicationNote as N

        now = _utc(now)
        with self.reg._tx(True) as conn:
            row = self._row(conn, ref, lock=True)
            conn.execute(update(A).where(A.id == row["id"]).values(status="returned",
                                                                   updated_at=now))
            eid = conn.execute(insert(EventRow).returning(EventRow.id), {
                "application_id": row["id"], "status": "returned", "at": now, "actor": actor,
                "note": note}).scalar_one()
            for n in notes:
                conn.execute(insert(N), {
                    "application_id": row["id"], "version": row["version"], "event_id": eid,
                    "rule": n.rule, "product": BUSINESS if n.product is None else n.product,
                    "product_name": n.product_name, "text": n.text, "author": actor,
                    "at": now})
            audit.append(conn, [audit.Record(audit_actor, "application.status", row["ref"], {
                "from": row["status"], "to": "returned", "note": note,
                "notes": [{"rule": n.rule, "product": n.product_name, "text": n.text}
                          for n in notes]})], now)
        return self.reg.application(row["ref"])

    def notes(self, ref: str) -> list[ApplicationNote]:
        from sqlalchemy import select

        from readiness.register.models import ApplicationNote as N

        with self.reg._tx(False) as conn:
            aid = self._row(conn, ref)["id"]
            rows = conn.execute(select(N.__table__).where(N.application_id == aid)
                                .order_by(N.id)).mappings().all()
        return [ApplicationNote(r["id"], r["version"], r["rule"],
                                None if r["product"] == BUSINESS else r["product"],
                                r["product_name"], r["text"], r["author"], _utc(r["at"]),
                                r["event_id"]) for r in rows]

    # -- the result today, certification --------------------------------------------------------

    def set_result(self, ref: str, *, verdict: str, summary: dict, stage: int, on: dt.date,
                   cause: str, now: dt.datetime | None = None) -> None:
        """The application's result as worked out on `on` (the queue shows it) and the stage
        it puts the business at (certified stays certified)."""
        from sqlalchemy import update

        from readiness.register.models import Application as A

        now = _utc(now)
        with self.reg._tx(True) as conn:
            row = self._row(conn, ref, lock=True)
            conn.execute(update(A).where(A.id == row["id"]).values(
                verdict=verdict, summary=summary, stage=stage, result_on=on))
            combined = CERTIFIED_STAGE if row["status"] == "certified" else stage
            self._stage_event(conn, row["business_id"], row["id"], combined, cause, now)

    def mark_certified(self, ref: str, *, number: str, dossier_sha256: str, actor: str,
                       audit_actor: str, override: str = "",
                       now: dt.datetime | None = None) -> ApplicationRecord:
        """The certificate `number` was issued from this application (its dossier then)."""
        from sqlalchemy import insert, update

        from readiness.register.models import Application as A
        from readiness.register.models import ApplicationEvent as EventRow

        now = _utc(now)
        with self.reg._tx(True) as conn:
            row = self._row(conn, ref, lock=True)
            conn.execute(update(A).where(A.id == row["id"]).values(
                status="certified", certificate=number, certified_sha256=dossier_sha256,
                updated_at=now))
            conn.execute(insert(EventRow), {"application_id": row["id"], "status": "certified",
                                            "at": now, "actor": actor, "note": number})
            self._stage_event(conn, row["business_id"], row["id"], CERTIFIED_STAGE, "issue",
                              now)
            audit.append(conn, [audit.Record(audit_actor, "application.status", row["ref"], {
                "from": row["status"], "to": "certified", "note": number,
                **({"override_reason": override} if override else {})})], now)
        return self.reg.application(row["ref"])

    # -- businesses -----------------------------------------------------------------------------

    def _businesses(self, where=()) -> list[BusinessRecord]:
        from sqlalchemy import select

        from readiness.register.models import Business as B
        from readiness.register.models import User

        q = (select(B.__table__, User.full_name.label("pendamping"))
             .outerjoin(User, User.id == B.pendamping_id).where(*where).order_by(B.id))
        with self.reg._tx(False) as conn:
            rows = conn.execute(q).mappings().all()
        return [BusinessRecord(r["id"], r["key"] or "", r["name"], r["regency"], r["community"],
                               r["pendamping_id"], r["pendamping"] or "",
                               _utc(r["created_at"])) for r in rows]

    def business(self, business_id: int) -> BusinessRecord | None:
        from readiness.register.models import Business as B

        found = self._businesses([B.id == business_id])
        return found[0] if found else None

    def businesses(self, *, pendamping_id: int | None = None) -> list[BusinessRecord]:
        from readiness.register.models import Business as B

        return self._businesses([B.pendamping_id == pendamping_id]
                                if pendamping_id is not None else [])

    def communities(self) -> list[str]:
        from sqlalchemy import select

        from readiness.register.models import Business as B

        with self.reg._tx(False) as conn:
            return [c for c in conn.execute(select(B.community).distinct()
                                            .order_by(B.community)).scalars() if c]

    def update_business(self, business_id: int, *, audit_actor: str,
                        community: str | None = None, regency: str | None = None,
                        pendamping_id: int | None | bool = False,
                        now: dt.datetime | None = None) -> BusinessRecord:
        """Change a business's community, regency or pendamping (`pendamping_id=None`: no
        one; False: unchanged). Audited as `business.update` with what changed."""
        from sqlalchemy import select, update

        from readiness.register.models import Business as B

        now = _utc(now)
        values = {}
        if community is not None:
            values["community"] = " ".join(community.split())[:120]
        if regency is not None:
            values["regency"] = " ".join(regency.split())[:120]
        if pendamping_id is not False:
            values["pendamping_id"] = pendamping_id
        with self.reg._tx(True) as conn:
            old = conn.execute(select(B.__table__).where(B.id == business_id)).mappings().first()
            if old is None:
                raise InputError("loop.e_no_business", path="business")
            changed = {k: v for k, v in values.items() if old[k] != v}
            if changed:
                conn.execute(update(B).where(B.id == business_id).values(**changed))
                audit.append(conn, [audit.Record(audit_actor, "business.update",
                                                 old["key"] or f"#{business_id}", {
                    k: {"from": old[k], "to": v} for k, v in changed.items()})], now)
        return self.business(business_id)

    def stage_rows(self, after: int = 0) -> list[StageRow]:
        """Every stage any business reached (those recorded after the row `after`), oldest
        first (the dashboard's week by week)."""
        from sqlalchemy import select

        from readiness.register.models import StageEvent as S

        with self.reg._tx(False) as conn:
            rows = conn.execute(select(S.id, S.business_id, S.at, S.stage)
                                .where(S.id > after).order_by(S.at, S.id)).all()
        if rows and rows[0][2].tzinfo is None:         # SQLite keeps them naive (UTC)
            utc = dt.timezone.utc
            return [StageRow(i, b, at.replace(tzinfo=utc), st) for i, b, at, st in rows]
        return [StageRow(*r) for r in rows]

    def stage_count(self) -> tuple[int, int]:
        """(rows, the last row's id) of the stage history."""
        from sqlalchemy import func, select

        from readiness.register.models import StageEvent as S

        with self.reg._tx(False) as conn:
            n, top = conn.execute(select(func.count(), func.max(S.id))).one()
        return n or 0, top or 0

    def changed(self) -> tuple:
        """What grows with every change the register records (the audit log's last entry,
        the last stage): a cache of what is read from it is good while this stays the same."""
        from sqlalchemy import func, select

        from readiness.register.models import AuditEntry, StageEvent

        with self.reg._tx(False) as conn:
            return tuple(conn.execute(select(
                select(func.max(AuditEntry.seq)).scalar_subquery(),
                select(func.max(StageEvent.id)).scalar_subquery())).one())

    def business_cells(self) -> dict[int, tuple[str, str]]:
        """{business id: (regency, community)} of every business."""
        from sqlalchemy import select

        from readiness.register.models import Business as B

        with self.reg._tx(False) as conn:
            return {i: (r or "", c or "") for i, r, c in conn.execute(
                select(B.id, B.regency, B.community))}

    def duplicates(self, keys: list[str]) -> dict[str, list[str]]:
        """{NIB key: the references of every application with it} for the keys that more
        than one application holds."""
        from sqlalchemy import func, select

        from readiness.register.models import Application as A

        keys = sorted({k for k in keys if k})
        if not keys:
            return {}
        with self.reg._tx(False) as conn:
            many = conn.execute(select(A.business_key).where(A.business_key.in_(keys))
                                .group_by(A.business_key).having(func.count() > 1)
                                ).scalars().all()
            out: dict[str, list[str]] = {k: [] for k in many}
            if many:
                for k, ref in conn.execute(select(A.business_key, A.ref)
                                           .where(A.business_key.in_(many)).order_by(A.id)):
                    out[k].append(ref)
        return out

    # -- an approver's review of a waiver -------------------------------------------------------

    def review_decision(self, decision_id: int, review: str, *, reason: str, by: str,
                        audit_actor: str, now: dt.datetime | None = None) -> str:
        """An approver rejects a waiver waiting for approval, or returns it to its officer
        to correct: it is no longer in force nor waiting (a new one may be recorded), and
        keeps the review and the reason. Returns the application's reference."""
        from sqlalchemy import select, update

        from readiness.register.models import Application
        from readiness.register.models import DeskDecision as D

        if review not in ("rejected", "returned"):
            raise InputError("loop.e_review_kind", path="review")
        now = _utc(now)
        with self.reg._tx(True) as conn:
            res = conn.execute(update(D).where(
                D.id == decision_id, D.withdrawn_key == 0, D.needs_approval.is_(True),
                D.approver_id.is_(None), D.approved_by == "")
                .values(withdrawn_key=decision_id, withdrawn_at=now, withdrawn_by=by,
                        review=review, review_reason=reason))
            if res.rowcount != 1:
                raise InputError("not_waiting_approval", path="id")
            ref = conn.execute(select(Application.ref).join(D, D.application_id == Application.id)
                               .where(D.id == decision_id)).scalar_one()
            audit.append(conn, [audit.Record(audit_actor, f"decision.{review[:-2]}",
                                             f"{ref}#{decision_id}", {"reason": reason,
                                                                      "by": by})], now)
        return ref

    # -- the e-mail outbox ----------------------------------------------------------------------

    def queue_mail(self, *, to: str, subject: str, body: str, target: str, audit_actor: str,
                   now: dt.datetime | None = None) -> int:
        from sqlalchemy import insert

        from readiness.register.models import Outbox as O

        now = _utc(now)
        with self.reg._tx(True) as conn:
            mid = conn.execute(insert(O).returning(O.id), {
                "created_at": now, "to_addr": to[:320], "subject": subject[:400], "body": body,
                "target": target[:40], "status": "queued", "attempts": 0, "next_at": now,
                "sent_at": None, "last_error": ""}).scalar_one()
            audit.append(conn, [audit.Record(audit_actor, "mail.queue", target[:40],
                                             {"id": mid, "to": to[:320],
                                              "subject": subject[:400]})], now)
        return mid

    def _mails(self, where=(), limit: int = 100, order=None) -> list[MailRecord]:
        from sqlalchemy import select

        from readiness.register.models import Outbox as O

        q = select(O.__table__).where(*where).order_by(*(order or [O.id.desc()])).limit(limit)
        with self.reg._tx(False) as conn:
            rows = conn.execute(q).mappings().all()
        return [MailRecord(r["id"], r["to_addr"], r["subject"], r["body"], r["target"],
                           r["status"], r["attempts"], _utc(r["next_at"]),
                           _utc(r["sent_at"]) if r["sent_at"] else None, r["last_error"])
                for r in rows]

    def mails(self, *, target: str | None = None, limit: int = 100) -> list[MailRecord]:
        from readiness.register.models import Outbox as O

        return self._mails([O.target == target] if target else [], limit)

    def due_mail(self, now: dt.datetime | None = None, limit: int = 20) -> list[MailRecord]:
        from readiness.register.models import Outbox as O

        return self._mails([O.status == "queued", O.next_at <= _utc(now)], limit,
                           [O.next_at, O.id])

    def claim_mail(self, mail: MailRecord, lease: dt.timedelta,
                   now: dt.datetime | None = None) -> bool:
        """Take a due e-mail for one try (two server processes never send it twice): its
        next try moves `lease` ahead by compare-and-swap."""
        from sqlalchemy import update

        from readiness.register.models import Outbox as O

        with self.reg._tx(True) as conn:
            return conn.execute(update(O).where(
                O.id == mail.id, O.status == "queued", O.next_at == mail.next_at)
                .values(next_at=_utc(now) + lease)).rowcount == 1

    def mail_tried(self, mail_id: int, *, ok: bool, error: str = "",
                   next_at: dt.datetime | None = None, now: dt.datetime | None = None) -> None:
        """After a try: sent; or queued again for `next_at`; or failed (no `next_at`)."""
        from sqlalchemy import select, update

        from readiness.register.models import Outbox as O

        now = _utc(now)
        status = "sent" if ok else ("queued" if next_at is not None else "failed")
        with self.reg._tx(True) as conn:
            target, attempts = conn.execute(select(O.target, O.attempts)
                                            .where(O.id == mail_id)).one()
            conn.execute(update(O).where(O.id == mail_id).values(
                status=status, attempts=attempts + 1, sent_at=now if ok else None,
                next_at=_utc(next_at) if next_at is not None else now,
                last_error=error[:2000]))
            action = {"sent": "mail.sent", "queued": "mail.retry", "failed": "mail.failed"}
            audit.append(conn, [audit.Record("outbox", action[status], target, {
                "id": mail_id, "attempts": attempts + 1,
                **({"error": error[:400]} if error else {})})], now)
