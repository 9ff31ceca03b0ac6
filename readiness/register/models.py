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
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EVENT_KINDS = ("issued", "copy", "superseded", "revoked")
APPLICATION_STATUSES = ("new", "in_review", "certified", "returned")


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
        CheckConstraint("status IN ('new', 'in_review', 'certified', 'returned')",
                        name="ck_applications_status"),
        Index("ix_applications_created_at", "created_at"),
        Index("ix_applications_status", "status"),
        Index("ix_applications_regency", "regency"),
        Index("ix_applications_business_key", "business_key"),
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


class ApplicationEvent(Base):
    __tablename__ = "application_events"
    __table_args__ = (
        CheckConstraint("status IN ('new', 'in_review', 'certified', 'returned')",
                        name="ck_application_events_status"),
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
