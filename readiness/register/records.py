"""Plain records of the register (no database here): what is asked to be issued, what the
register holds, and the statuses derived from a certificate's history.

Everything outside `readiness.register` sees only these objects.
"""

from __future__ import annotations

from readiness.clock import office_date, office_today
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any

# statuses of a certificate, derived from its history and the date
VALID, REVOKED, SUPERSEDED, EXPIRED, UNKNOWN = "valid", "revoked", "superseded", "expired", "unknown"
STATUSES = (VALID, REVOKED, SUPERSEDED, EXPIRED)

# kinds of history events (append-only)
ISSUED = "issued"          # a new number (possibly superseding an earlier one: related_number)
COPY = "copy"              # the same certificate signed again (same content, same number)
SUPERSEDED_BY = "superseded"  # this number was replaced by related_number
REVOKED_EV = "revoked"     # withdrawn: reason, actor
EVENT_KINDS = (ISSUED, COPY, SUPERSEDED_BY, REVOKED_EV)


def business_key(nib: Any) -> str:
    """The business's identity in the register: its NIB with spaces, dots and dashes removed,
    so that '0220104455667', '0220 1044 5566 7' and '0220.1044.5566.7' (YAML, CSV, XLSX) are
    one business. Empty when there is no NIB."""
    if nib is None:
        return ""
    if isinstance(nib, float) and nib.is_integer():  # a spreadsheet cell read as a number
        nib = str(int(nib))
    return re.sub(r"[^0-9A-Za-z]", "", str(nib)).upper()


def _norm_text(v: Any) -> str:
    return " ".join(str(v or "").split())


@dataclass(frozen=True)
class IssueRequest:
    """A certificate to record, built from a Result (see `request_from_result`)."""

    business_key: str
    business_name: str
    regency: str
    standard_id: str
    standard_version: str
    texts: dict          # {"standard_title": {id, en}, "event_name": {id, en}, "issuer": {id, en}}
    event_start: dt.date | None
    event_end: dt.date | None
    valid_until: dt.date
    products: list       # [{"name", "category", "verdict"}], sorted
    conditions: list     # [{"kind", "rule", "product"}], sorted
    content_digest: str
    signer: str = ""

    @property
    def edition(self) -> str:
        return f"{self.standard_id}@{self.standard_version}"


@dataclass(frozen=True)
class IssueOutcome:
    number: str
    issued_on: dt.date
    outcome: str                   # "new" | "same" (unchanged: the same number) | "supersedes"
    previous: str | None = None    # the number superseded (outcome "supersedes")


@dataclass(frozen=True)
class Event:
    kind: str
    at: dt.datetime
    actor: str
    reason: str = ""
    related_number: str = ""
    result_sha256: str = ""
    signer: str = ""


@dataclass
class CertificateRecord:
    number: str
    business_key: str
    business_name: str
    regency: str
    standard_id: str
    standard_version: str
    texts: dict
    event_start: dt.date | None
    event_end: dt.date | None
    issued_on: dt.date
    valid_until: dt.date
    products: list
    conditions: list
    content_digest: str
    signer: str
    events: list[Event] = field(default_factory=list)

    @property
    def edition(self) -> str:
        return f"{self.standard_id}@{self.standard_version}"

    def revocation(self) -> Event | None:
        return next((e for e in self.events if e.kind == REVOKED_EV), None)

    def superseded_by(self) -> str | None:
        e = next((e for e in self.events if e.kind == SUPERSEDED_BY), None)
        return e.related_number if e else None

    def supersedes(self) -> str | None:
        e = next((e for e in self.events if e.kind == ISSUED and e.related_number), None)
        return e.related_number if e else None

    def status(self, today: dt.date | None = None) -> str:
        """revoked > superseded > expired > valid."""
        if self.revocation() is not None:
            return REVOKED
        if self.superseded_by():
            return SUPERSEDED
        if self.valid_until < (today or office_today()):
            return EXPIRED
        return VALID

    def result_digests(self) -> set[str]:
        return {e.result_sha256 for e in self.events if e.result_sha256}

    def public(self, today: dt.date | None = None) -> dict:
        """What anyone may know about this certificate (the verification page and its JSON):
        no NIK, phone, street address nor NIB (UU 27/2022); the officer who revoked it is not
        named, the reason is given."""
        rev = self.revocation()
        return {
            "format": "readiness-certificate-status/1",
            "number": self.number,
            "status": self.status(today),
            "business": {"name": self.business_name, "regency": self.regency},
            "products": [{"name": p.get("name"), "category": p.get("category"),
                          "verdict": p.get("verdict")} for p in self.products],
            "standard": {"id": self.standard_id, "version": self.standard_version,
                         "title": self.texts.get("standard_title") or {}},
            "event": {"name": self.texts.get("event_name") or {},
                      "start": self.event_start.isoformat() if self.event_start else None,
                      "end": self.event_end.isoformat() if self.event_end else None},
            "issuer": self.texts.get("issuer") or {},
            "issued": self.issued_on.isoformat(),
            "valid_until": self.valid_until.isoformat(),
            "revoked": {"date": office_date(rev.at).isoformat(), "reason": rev.reason} if rev else None,
            "superseded_by": self.superseded_by(),
            "supersedes": self.supersedes(),
            "content_digest": self.content_digest,
        }


def parse_date(v: Any) -> dt.date | None:
    """A date from a date or an ISO string; None when there is none."""
    if v in (None, ""):
        return None
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def content_digest(basis: dict) -> str:
    return hashlib.sha256(json.dumps(basis, sort_keys=True, ensure_ascii=False,
                                     separators=(",", ":")).encode("utf-8")).hexdigest()


def request_from_result(result: dict, rs=None, *, signer: str = "") -> IssueRequest:
    """What the register records for a certified result (`Result.to_dict()`).

    The content digest covers what the certificate states, in codes: the edition and its event
    dates, the business (NIB and name), the certified products (name, category, verdict) and
    the conditions (kind, rule, product name), each list sorted. It leaves out what does not
    change the certificate: the date of the check, the language, the file the dossier came
    from (YAML, CSV or XLSX) and the scores. The same business with the same products and
    conditions therefore keeps its number; a changed verdict or condition gets a new number
    that supersedes the old one.
    """
    from readiness.errors import InputError
    from readiness.words import Msg

    cert = result.get("certificate") or {}
    std = result.get("standard") or {}
    biz = result.get("business") or {}
    key = business_key(biz.get("nib"))
    if not key:
        raise InputError("needs_nib", path="$.business.nib", expected=Msg("nib_13"))
    event = std.get("event") or {}
    by_index = {p.get("index", i): p for i, p in enumerate(result.get("products") or [])}
    products = sorted(
        ({"name": _norm_text(by_index.get(i, {}).get("name")),
          "category": by_index.get(i, {}).get("category") or "",
          "verdict": by_index.get(i, {}).get("verdict") or ""}
         for i in cert.get("products") or []),
        key=lambda p: (p["name"].casefold(), p["category"], p["verdict"]))
    conditions = sorted(
        ({"kind": c.get("kind") or "", "rule": c.get("rule") or "",
          "product": _norm_text(by_index.get(c.get("product"), {}).get("name"))
          if c.get("product") is not None else ""}
         for c in cert.get("conditions") or []),
        key=lambda c: (c["kind"], c["rule"], c["product"].casefold()))
    valid_until = parse_date(cert.get("valid_until")) or parse_date(event.get("end"))
    if valid_until is None:
        raise InputError("no_validity", path="$.certificate.valid_until")
    name = _norm_text(biz.get("name"))
    basis = {
        "edition": f"{std.get('id')}@{std.get('version')}",
        "event": [event.get("start"), event.get("end")], "valid_until": valid_until.isoformat(),
        "business": [key, name], "products": products, "conditions": conditions,
    }
    office = _norm_text(cert.get("office"))     # the issuing office's own name, when set
    texts = {"standard_title": _texts(rs, "title", std.get("title")),
             "event_name": _texts(rs, "event_name", event.get("name")),
             "issuer": {"id": office, "en": office} if office else
             _texts(rs, "issuer", std.get("issuer"))}
    return IssueRequest(
        business_key=key, business_name=name, regency=_norm_text(biz.get("regency")),
        standard_id=str(std.get("id") or ""), standard_version=str(std.get("version") or ""),
        texts=texts, event_start=parse_date(event.get("start")),
        event_end=parse_date(event.get("end")),
        valid_until=valid_until, products=products, conditions=conditions,
        content_digest=content_digest(basis), signer=signer)


def _texts(rs, what: str, fallback) -> dict:
    """A text of the rule set in both languages ({id, en}), else the result's one text."""
    src = None
    if rs is not None:
        if what == "event_name":
            src = (getattr(rs, "event", None) or {}).get("name")
        else:
            src = getattr(rs, what, None)
    if isinstance(src, dict) and src:
        return {k: str(v) for k, v in src.items() if k in ("id", "en") and v}
    if isinstance(fallback, dict):
        return {k: str(v) for k, v in fallback.items() if k in ("id", "en") and v}
    return {"id": str(fallback)} if fallback else {}


# -- applications (the desk's queue) ---------------------------------------------------------

# `dismissed`: spam, dismissed by an officer (0007_secweb); it leaves the queue
APPLICATION_STATUSES = ("new", "in_review", "returned", "approved", "certified", "revoked",
                        "dismissed")
APPLICATION_SOURCES = ("self_assessment", "upload")
APPLICATION_PREFIX = "AJ"          # "pengajuan": AJ26-000123-K, read out like a certificate number


@dataclass(frozen=True)
class ApplicationRequest:
    """A dossier sent to the office, with what the queue shows about it. Built by
    `application_from_result`; `dossier` is the validated dossier as plain JSON data (only what
    the form asked)."""

    source: str
    lang: str
    business_key: str
    business_name: str
    regency: str
    categories: list
    standard_id: str
    standard_version: str
    dossier: dict
    dossier_sha256: str
    summary: dict        # {"verdict", "score", "certified", "products": [{name, category, verdict, score}]}
    verdict: str         # the business's verdict (the queue filters by it)
    consent: str         # which consent text she agreed to (a catalogue key and its version)
    answers: dict | None = None   # the self-assessment's answers as she gave them (to reopen)
    stage: int = 0       # the funnel stage its result reached (readiness.applications.stage_of)


@dataclass(frozen=True)
class ApplicationEvent:
    status: str
    at: dt.datetime
    actor: str = ""
    note: str = ""


@dataclass
class ApplicationRecord:
    ref: str
    created_at: dt.datetime
    source: str
    lang: str
    business_key: str
    business_name: str
    regency: str
    categories: list
    standard_id: str
    standard_version: str
    dossier: dict
    dossier_sha256: str
    summary: dict
    verdict: str
    consent: str
    status: str
    events: list[ApplicationEvent] = field(default_factory=list)
    secret: str = ""               # of her status link (/status/REF/SECRET)
    version: int = 1               # 1 as sent, one more per resubmission
    business_id: int | None = None
    certificate: str = ""          # the number last issued from it
    certified_sha256: str = ""     # the dossier's digest when it was issued
    result_on: dt.date | None = None   # the day `verdict` and `summary` were worked out
    stage: int = 0                 # the funnel stage of its result (certification aside)
    updated_at: dt.datetime | None = None

    @property
    def edition(self) -> str:
        return f"{self.standard_id}@{self.standard_version}"


@dataclass(frozen=True)
class ApplicationVersion:
    version: int
    at: dt.datetime
    actor: str
    dossier: dict
    dossier_sha256: str
    answers: dict | None
    summary: dict


@dataclass(frozen=True)
class ApplicationNote:
    id: int
    version: int
    rule: str                      # "" a note about the whole application
    product: int | None            # None: the business
    product_name: str
    text: str
    author: str
    at: dt.datetime
    event_id: int | None = None


@dataclass(frozen=True)
class BusinessRecord:
    id: int
    key: str                       # the NIB key; "" none yet
    name: str
    regency: str
    community: str
    pendamping_id: int | None
    pendamping: str                # the account's full name
    created_at: dt.datetime


@dataclass(frozen=True)
class MailRecord:
    id: int
    to_addr: str
    subject: str
    body: str
    target: str
    status: str
    attempts: int
    next_at: dt.datetime
    sent_at: dt.datetime | None
    last_error: str


def application_from_result(result: dict, dossier: dict, *, source: str, consent: str,
                            lang: str | None = None) -> ApplicationRequest:
    """What the queue records for a dossier and its result (`Result.to_dict()`)."""
    if source not in APPLICATION_SOURCES:
        raise ValueError(f"unknown application source {source!r}")
    std = result.get("standard") or {}
    biz = result.get("business") or {}
    products = result.get("products") or []
    blob = json.dumps(dossier, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)
    return ApplicationRequest(
        source=source, lang=lang or result.get("lang") or "id",
        business_key=business_key(biz.get("nib")), business_name=_norm_text(biz.get("name")),
        regency=_norm_text(biz.get("regency")),
        categories=sorted({str(p.get("category")) for p in products if p.get("category")}),
        standard_id=str(std.get("id") or ""), standard_version=str(std.get("version") or ""),
        dossier=json.loads(blob), dossier_sha256=hashlib.sha256(blob.encode("utf-8")).hexdigest(),
        summary=summary_of(result), verdict=str(biz.get("verdict") or ""), consent=consent)


def summary_of(result: dict) -> dict:
    """What the queue shows of a result: the business's verdict and score, whether a
    certificate is due, each product's verdict and score."""
    biz = result.get("business") or {}
    return {"verdict": biz.get("verdict") or "", "score": biz.get("score"),
            "certified": bool(result.get("certified")),
            "products": [{"name": p.get("name"), "category": p.get("category"),
                          "verdict": p.get("verdict"), "score": p.get("score")}
                         for p in result.get("products") or []]}
