"""The register's tables (SQLAlchemy 2 declarative models). The migrations in
`readiness/register/migrations/versions/` create exactly these; a test compares them.

- `certificates`: one row per number, never updated or deleted (database triggers refuse it).
- `certificate_events`: the history, append-only the same way: issued (superseding an earlier
  number or not), copy (signed again, unchanged), superseded (by a later number), revoked.
- `current_certificates`: for each business and edition, the certificate issued last: a
  pointer, moved with a compare-and-swap so two desks issuing at once cannot both supersede.
- `number_counters`: the last sequence number given out per prefix (MM27 ...).
- `applications`: dossiers sent to the office (the self-assessment's "kirim ke Dinas", an
  officer's upload) for the desk's queue, with their current status; `application_events`:
  the status history, append-only; `application_counters`: the last reference per year.

The office desk (migration 0003_desk):
- `users`: accounts with a role (officer, approver, organizer, admin) and an argon2 hash;
  `desk_sessions`: server-side sessions (the cookie holds a random token, the table its
  SHA-256); `login_attempts`: for the lock-out.
- `audit_log`: every decision, issue, revocation, login, logout, role change and status change,
  append-only (triggers), each entry holding the SHA-256 of the previous one (a hash chain).
- `desk_decisions`: waivers and manual verdicts recorded on the desk for an application;
  `desk_requests`: the idempotency keys of the desk's forms (a double-clicked submit does one
  thing); `vendor_jobs`: the organizer's uploads run on the batch engine; `desk_settings`:
  what an admin allows (organizers seeing personal data).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, Boolean, CheckConstraint, Date, DateTime, ForeignKey, Index,
                        Integer, String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EVENT_KINDS = ("issued", "copy", "superseded", "revoked")
APPLICATION_STATUSES = ("new", "in_review", "returned", "approved", "certified", "revoked",
                        "dismissed")
_APP_STATUS_CHECK = ("status IN ('new', 'in_review', 'returned', 'approved', 'certified', "
                     "'revoked', 'dismissed')")
ROLES = ("officer", "approver", "organizer", "admin")


class Base(DeclarativeBase):
    pass


class Certificate(Base):
    __tablename__ = "certificates"
    __table_args__ = (UniqueConstraint("number", name="uq_certificates_number"),
                      UniqueConstraint("prefix", "seq", name="uq_certificates_prefix_seq"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(24))
    prefix: Mapped[str] = mapped_column(String(8))
    seq: Mapped[int] = mapped_column(Integer)
    business_key: Mapped[str] = mapped_column(String(40), index=True)
    business_name: Mapped[str] = mapped_column(String(400))
    regency: Mapped[str] = mapped_column(String(120), default="")
    standard_id: Mapped[str] = mapped_column(String(120))
    standard_version: Mapped[str] = mapped_column(String(40))
    texts: Mapped[dict] = mapped_column(JSON)
    event_start: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    event_end: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    issued_on: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    products: Mapped[list] = mapped_column(JSON)
    conditions: Mapped[list] = mapped_column(JSON)
    content_digest: Mapped[str] = mapped_column(String(64))
    signer: Mapped[str] = mapped_column(String(400), default="")
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class CertificateEvent(Base):
    __tablename__ = "certificate_events"
    __table_args__ = (
        CheckConstraint("kind IN ('issued', 'copy', 'superseded', 'revoked')",
                        name="ck_certificate_events_kind"),
        Index("ix_certificate_events_certificate_id", "certificate_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    related_number: Mapped[str] = mapped_column(String(24), default="")
    result_sha256: Mapped[str] = mapped_column(String(64), default="")
    signer: Mapped[str] = mapped_column(String(400), default="")


class CurrentCertificate(Base):
    __tablename__ = "current_certificates"

    business_key: Mapped[str] = mapped_column(String(40), primary_key=True)
    standard_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    standard_version: Mapped[str] = mapped_column(String(40), primary_key=True)
    certificate_id: Mapped[int] = mapped_column(ForeignKey("certificates.id"))


class NumberCounter(Base):
    __tablename__ = "number_counters"

    prefix: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


class Application(Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("ref", name="uq_applications_ref"),
        CheckConstraint(_APP_STATUS_CHECK, name="ck_applications_status"),
        Index("ix_applications_created_at", "created_at"),
        Index("ix_applications_status", "status"),
        Index("ix_applications_regency", "regency"),
        Index("ix_applications_business_key", "business_key"),
        Index("ix_applications_business_id", "business_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(24))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    source: Mapped[str] = mapped_column(String(24))
    lang: Mapped[str] = mapped_column(String(4))
    business_key: Mapped[str] = mapped_column(String(40))
    business_name: Mapped[str] = mapped_column(String(400))
    regency: Mapped[str] = mapped_column(String(120))
    categories: Mapped[list] = mapped_column(JSON)
    standard_id: Mapped[str] = mapped_column(String(120))
    standard_version: Mapped[str] = mapped_column(String(40))
    dossier: Mapped[dict] = mapped_column(JSON)
    dossier_sha256: Mapped[str] = mapped_column(String(64))
    summary: Mapped[dict] = mapped_column(JSON)
    verdict: Mapped[str] = mapped_column(String(16))
    consent: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16))
    # the owner <-> office loop (0005_loop)
    secret: Mapped[str] = mapped_column(String(64), server_default="")   # her status link's
    version: Mapped[int] = mapped_column(Integer, server_default="1")    # resubmissions + 1
    business_id: Mapped[int | None] = mapped_column(
        ForeignKey("businesses.id", name="fk_applications_business_id"), nullable=True)
    certificate: Mapped[str] = mapped_column(String(24), server_default="")  # issued from it
    certified_sha256: Mapped[str] = mapped_column(String(64), server_default="")
    result_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # verdict's date
    stage: Mapped[int] = mapped_column(Integer, server_default="0")
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                           nullable=True)


class ApplicationEvent(Base):
    __tablename__ = "application_events"
    __table_args__ = (
        CheckConstraint(_APP_STATUS_CHECK, name="ck_application_events_status"),
        Index("ix_application_events_application_id", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    status: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ApplicationCounter(Base):
    __tablename__ = "application_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer)


# -- the office desk (0003_desk) ---------------------------------------------------------------

class User(Base):
    __tablename__ = "users"
    __table_args__ = (
        UniqueConstraint("name_key", name="uq_users_name_key"),
        CheckConstraint("role IN ('officer', 'approver', 'organizer', 'admin')",
                        name="ck_users_role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64))          # the login name as created
    name_key: Mapped[str] = mapped_column(String(64))      # compared: case-folded, NFKC
    full_name: Mapped[str] = mapped_column(String(200))    # as printed on certificates
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change: Mapped[bool] = mapped_column(Boolean)     # after `users reset`
    disabled: Mapped[bool] = mapped_column(Boolean)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    password_changed_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class DeskSession(Base):
    __tablename__ = "desk_sessions"
    __table_args__ = (Index("ix_desk_sessions_user_id", "user_id"),)

    id: Mapped[str] = mapped_column(String(64), primary_key=True)   # SHA-256 of the cookie
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    client: Mapped[str] = mapped_column(String(64))
    agent: Mapped[str] = mapped_column(String(200))


class LoginAttempt(Base):
    __tablename__ = "login_attempts"
    __table_args__ = (Index("ix_login_attempts_name_key_at", "name_key", "at"),
                      Index("ix_login_attempts_client_at", "client", "at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    name_key: Mapped[str] = mapped_column(String(64))
    client: Mapped[str] = mapped_column(String(64))
    success: Mapped[bool] = mapped_column(Boolean)


class LoginLock(Base):
    """A lock-out that refused attempts: the first refusal is audited, the rest counted here
    and audited once as `login.locked_repeats` after the lock ends (readiness.register.lockout)."""
    __tablename__ = "login_locks"
    __table_args__ = (UniqueConstraint("lock_key", name="uq_login_locks_lock_key"),
                      Index("ix_login_locks_name_key", "name_key"),
                      Index("ix_login_locks_client", "client"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lock_key: Mapped[str] = mapped_column(String(200))      # scope|who|until
    name_key: Mapped[str] = mapped_column(String(64))       # "" for an address's lock
    client: Mapped[str] = mapped_column(String(64))         # "" for an account's lock
    scope: Mapped[str] = mapped_column(String(8))
    until: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    first_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    last_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    repeats: Mapped[int] = mapped_column(Integer)
    reported: Mapped[bool] = mapped_column(Boolean)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200))
    details: Mapped[str] = mapped_column(Text)               # canonical JSON, as hashed
    prev_sha256: Mapped[str] = mapped_column(String(64))
    sha256: Mapped[str] = mapped_column(String(64))


class DeskDecision(Base):
    __tablename__ = "desk_decisions"
    __table_args__ = (
        CheckConstraint("kind IN ('waiver', 'verdict')", name="ck_desk_decisions_kind"),
        # one decision in force per rule and subject: withdrawn ones carry their own id here
        UniqueConstraint("application_id", "kind", "rule", "product", "withdrawn_key",
                         name="uq_desk_decisions_in_force"),
        Index("ix_desk_decisions_application_id", "application_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    kind: Mapped[str] = mapped_column(String(8))
    rule: Mapped[str] = mapped_column(String(40))
    product: Mapped[int] = mapped_column(Integer)          # -1: the business
    product_name: Mapped[str] = mapped_column(String(400))
    verdict: Mapped[str] = mapped_column(String(8))        # pass | fail (verdicts)
    reason: Mapped[str] = mapped_column(Text)              # a waiver's reason, a verdict's note
    officer: Mapped[str] = mapped_column(String(200))
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_on: Mapped[dt.date] = mapped_column(Date)
    expires: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    needs_approval: Mapped[bool] = mapped_column(Boolean)
    approved_by: Mapped[str] = mapped_column(String(200))
    approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    approved_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    withdrawn_key: Mapped[int] = mapped_column(Integer)    # 0 while in force
    withdrawn_by: Mapped[str] = mapped_column(String(200))
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                            nullable=True)
    source: Mapped[str] = mapped_column(String(16))        # desk | import
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    review: Mapped[str] = mapped_column(String(12), server_default="")   # rejected | returned
    review_reason: Mapped[str] = mapped_column(Text, server_default="")


class DeskRequest(Base):
    __tablename__ = "desk_requests"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    action: Mapped[str] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(12))          # pending | done | failed
    result: Mapped[str] = mapped_column(String(400))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class VendorJob(Base):
    __tablename__ = "vendor_jobs"
    __table_args__ = (
        UniqueConstraint("ref", name="uq_vendor_jobs_ref"),
        CheckConstraint("status IN ('queued', 'running', 'done', 'failed')",
                        name="ck_vendor_jobs_status"),
        Index("ix_vendor_jobs_user_id", "user_id"),
        Index("ix_vendor_jobs_status", "status"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ref: Mapped[str] = mapped_column(String(32))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    filename: Mapped[str] = mapped_column(String(200))
    input_sha256: Mapped[str] = mapped_column(String(64))
    standard: Mapped[str] = mapped_column(String(120))
    as_of: Mapped[dt.date] = mapped_column(Date)
    lang: Mapped[str] = mapped_column(String(4))
    status: Mapped[str] = mapped_column(String(12))
    total: Mapped[int] = mapped_column(Integer)
    done: Mapped[int] = mapped_column(Integer)
    attempts: Mapped[int] = mapped_column(Integer)
    pid: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    started_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    heartbeat_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                            nullable=True)
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True),
                                                           nullable=True)
    stats: Mapped[dict] = mapped_column(JSON)
    error: Mapped[str] = mapped_column(Text)


class DeskSetting(Base):
    __tablename__ = "desk_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    updated_by: Mapped[str] = mapped_column(String(200))


# -- the owner <-> office loop (0005_loop) -----------------------------------------------------

class Business(Base):
    """A business the office guides: its NIB key (NULL until it has one), regency, commodity
    community and pendamping (the officer assigned to it)."""

    __tablename__ = "businesses"
    __table_args__ = (UniqueConstraint("key", name="uq_businesses_key"),
                      Index("ix_businesses_regency", "regency"),
                      Index("ix_businesses_community", "community"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str | None] = mapped_column(String(40), nullable=True)
    name: Mapped[str] = mapped_column(String(400))
    regency: Mapped[str] = mapped_column(String(120))
    community: Mapped[str] = mapped_column(String(120))
    pendamping_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class ApplicationVersion(Base):
    """Each dossier an application held (version 1 as sent; one more per resubmission), with
    the form's answers when it came from the self-assessment. Append-only."""

    __tablename__ = "application_versions"
    __table_args__ = (UniqueConstraint("application_id", "version",
                                       name="uq_application_versions"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    actor: Mapped[str] = mapped_column(String(200))
    dossier: Mapped[dict] = mapped_column(JSON)
    dossier_sha256: Mapped[str] = mapped_column(String(64))
    answers: Mapped[dict | None] = mapped_column(JSON, nullable=True)
    summary: Mapped[dict] = mapped_column(JSON)


class ApplicationNote(Base):
    """An officer's note to the owner when returning an application: about one requirement
    of the business (product -1) or of a product, or general (rule ''). Append-only."""

    __tablename__ = "application_notes"
    __table_args__ = (Index("ix_application_notes_application_id", "application_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"))
    version: Mapped[int] = mapped_column(Integer)
    event_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule: Mapped[str] = mapped_column(String(40))
    product: Mapped[int] = mapped_column(Integer)
    product_name: Mapped[str] = mapped_column(String(400))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))


class StageEvent(Base):
    """A business reached a stage of the funnel (0 registered ... 6 certified), or fell back
    to one: appended whenever it changes. Append-only."""

    __tablename__ = "stage_events"
    __table_args__ = (Index("ix_stage_events_business_id_at", "business_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    business_id: Mapped[int] = mapped_column(ForeignKey("businesses.id"))
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id"),
                                                       nullable=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    stage: Mapped[int] = mapped_column(Integer)
    cause: Mapped[str] = mapped_column(String(24))


class Outbox(Base):
    """E-mail to send through the office's SMTP server: retried with a growing pause."""

    __tablename__ = "outbox"
    __table_args__ = (CheckConstraint("status IN ('queued', 'sent', 'failed')",
                                      name="ck_outbox_status"),
                      Index("ix_outbox_status_next_at", "status", "next_at"))

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    to_addr: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(400))
    body: Mapped[str] = mapped_column(Text)
    target: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12))
    attempts: Mapped[int] = mapped_column(Integer)
    next_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True))
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    last_error: Mapped[str] = mapped_column(Text)
