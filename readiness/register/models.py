"""The register's tables (SQLAlchemy 2 declarative models). The migrations in
`readiness/register/migrations/versions/` create exactly these; a test compares them.

- `certificates`: one row per number, never updated or deleted (database triggers refuse it).
- `certificate_events`: the history, append-only the same way: issued (superseding an earlier
  number or not), copy (signed again, unchanged), superseded (by a later number), revoked.
- `current_certificates`: for each business and edition, the certificate issued last: a
  pointer, moved with a compare-and-swap so two desks issuing at once cannot both supersede.
- `number_counters`: the last sequence number given out per prefix (MM27 ...).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, CheckConstraint, Date, DateTime, ForeignKey, Index, Integer,
                        String, Text, UniqueConstraint)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

EVENT_KINDS = ("issued", "copy", "superseded", "revoked")


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
