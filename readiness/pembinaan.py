"""Pembinaan: guiding a business until it holds its permits. What changed between two
versions of an application (answers and findings), a business's timeline (submissions,
scores, permits gained, decisions, certificates), and the follow-ups of the week (returned
and not resubmitted, permits or waivers expiring before the event, permits "sedang diurus"
for too long)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from readiness import desk
from readiness.api import check_data
from readiness.clock import office_today
from readiness.words import field_label, value_label

RETURNED_DAYS = 7          # returned and not sent again for this long: call her
PENDING_DAYS = 30          # a permit "sedang diurus" for this long: ask how it goes
_LISTS_BY = {"permits": "type", "documents": "type", "certifications": "type"}


def flatten(node, prefix: str = "") -> dict[str, str]:
    """A dossier as {field path: value in words}: entries of a list of permits or documents
    keyed by their type, products by their name."""
    out: dict[str, str] = {}
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "format":
                continue
            out.update(flatten(v, f"{prefix}.{k}" if prefix else k))
    elif isinstance(node, list) and node and all(isinstance(x, dict) for x in node):
        name = prefix.rsplit(".", 1)[-1]
        key = _LISTS_BY.get(name, "name" if name == "products" else None)
        for i, x in enumerate(node):
            tag = x.get(key) if key else None
            out.update(flatten(x, f"{prefix}[{tag if tag not in (None, '') else i}]"))
    elif isinstance(node, list):
        out[prefix] = ", ".join(str(x) for x in node)
    elif node is not None:
        out[prefix] = str(node)
    return out


def _plain(path: str) -> str:
    import re

    return re.sub(r"\[[^\]]*\]", "", path).replace("products.", "product.", 1)


def path_words(path: str, lang: str) -> str:
    """'products[Kopi].permits[pirt].number' -> 'Kopi: P-IRT: nomor'-like words."""
    import re

    parts = []
    m = re.match(r"products\[([^\]]*)\]\.?(.*)", path)
    rest = path
    if m:
        parts.append(m.group(1))
        rest = "product." + m.group(2)
    for tag in re.findall(r"\[([^\]]*)\]", rest):
        if not tag.isdigit():
            parts.append(value_label(tag, lang) if tag else tag)
    parts.append(_field_words(_plain(rest), lang))
    return ": ".join(p for p in parts if p)


def _field_words(plain: str, lang: str) -> str:
    """A field in words: its label, else the form's question, else its last name's label."""
    from readiness.words import has, t

    tail = plain.split(".", 1)[1] if "." in plain else plain
    for key in ("field." + plain, "ask." + plain, "field." + tail):
        if has(key):
            return t(key, lang)
    return field_label(plain.rsplit(".", 1)[-1], lang)


def answer_words(path: str, value: str, lang: str) -> str:
    """An answer as the desk's list of changes shows it: a permit's or document's status in
    words ("sedang diurus", not "pending")."""
    if value and path.endswith(".status") and ("permits[" in path or "documents[" in path):
        return value_label(value, lang)
    return value


@dataclass
class Changes:
    version: int                      # the newer version
    answers: list[tuple[str, str, str]]        # (field in words, before, after)
    findings: list[tuple[str, int | None, str, str, str]]   # rule, product, title, before, after


def changes(reg, ref: str, *, lang: str = "id", older: int | None = None) -> Changes | None:
    """What changed from the version before the last (or `older`) to the last: the answers,
    and the findings (both checked today under the decisions in force)."""
    versions = reg.loop.versions(ref)
    if len(versions) < 2:
        return None
    new = versions[-1]
    old = next((v for v in versions if v.version == older), versions[-2])
    a, b = flatten(old.dossier), flatten(new.dossier)
    answers = [(path_words(p, lang), answer_words(p, a.get(p, ""), lang),
                answer_words(p, b.get(p, ""), lang))
               for p in sorted(set(a) | set(b)) if a.get(p) != b.get(p)]
    rv = desk.review(reg, ref, lang=lang)
    findings = []
    if rv is not None:
        decisions = desk.in_force(rv.records)
        before = check_data(old.dossier, rv.rs, name=ref, as_of=rv.as_of, lang=lang,
                            decisions=decisions).to_dict()
        after = rv.result
        was = {(f["rule"], f["product"]): f["status"] for f in before["findings"]}
        for f in after["findings"]:
            k = (f["rule"], f["product"])
            if was.get(k) != f["status"]:
                findings.append((f["rule"], f["product"],
                                 after["rules"].get(f["rule"], {}).get("title", ""),
                                 was.get(k, ""), f["status"]))
    return Changes(new.version, answers, findings)


# -- a business's timeline -----------------------------------------------------------------------

@dataclass
class Moment:
    at: dt.datetime | dt.date
    kind: str                  # submitted | status | permit | decision | certificate
    ref: str
    words: dict                # what the page words it with


def _permits(dossier: dict) -> set[tuple[str, str]]:
    out = set()
    for i, p in enumerate(dossier.get("products") or []):
        for e in (p.get("permits") or []):
            if isinstance(e, dict) and e.get("number") and e.get("status") in (None, "issued"):
                out.add((str(p.get("name") or i), str(e.get("type") or "")))
    for e in ((dossier.get("business") or {}).get("documents") or []):
        if isinstance(e, dict) and e.get("number") and e.get("status") in (None, "issued"):
            out.add(("", str(e.get("type") or "")))
    return out


def timeline(reg, business_id: int) -> list[Moment]:
    """Everything that happened to a business, oldest first."""
    out: list[Moment] = []
    apps = reg.applications(business_id=business_id, limit=200)
    keys = set()
    for app in apps:
        keys.add(app.business_key)
        had: set = set()
        for v in reg.loop.versions(app.ref):
            out.append(Moment(v.at, "submitted", app.ref, {
                "version": v.version, "verdict": v.summary.get("verdict") or "",
                "score": v.summary.get("score"),
                "products": [(p.get("name") or "", p.get("verdict") or "", p.get("score"))
                             for p in v.summary.get("products") or []]}))
            now = _permits(v.dossier)
            for product, kind in sorted(now - had) if v.version > 1 else ():
                out.append(Moment(v.at, "permit", app.ref, {"product": product, "type": kind}))
            had = now
        for e in app.events:
            if e.status != "new":
                out.append(Moment(e.at, "status", app.ref, {"status": e.status,
                                                            "actor": e.actor, "note": e.note}))
        for d in reg.desk.decisions(app.ref):
            out.append(Moment(d.created_at, "decision", app.ref, {
                "kind": d.kind, "rule": d.rule, "product": d.product_name,
                "verdict": d.verdict, "officer": d.officer, "review": d.review,
                "withdrawn": d.withdrawn, "pending": d.pending}))
    for key in sorted(k for k in keys if k):
        for c in reg.records(business_key=key, limit=50):
            for e in c.events:
                if e.kind in ("issued", "revoked"):
                    out.append(Moment(e.at, "certificate", c.number, {
                        "event": e.kind, "reason": e.reason}))
    return sorted(out, key=lambda m: (m.at if isinstance(m.at, dt.datetime)
                                      else dt.datetime.combine(m.at, dt.time(),
                                                               dt.timezone.utc)))


# -- the follow-ups of the week ------------------------------------------------------------------

@dataclass
class FollowUp:
    kind: str                  # returned | expiring | waiver | pending
    ref: str
    business: str
    business_id: int | None
    pendamping_id: int | None
    words: dict
    since: dt.date | None = None


def _day(at) -> dt.date:
    from readiness.clock import office_date

    return office_date(at) if isinstance(at, dt.datetime) else at


def follow_ups(reg, *, today: dt.date | None = None, returned_days: int = RETURNED_DAYS,
               pending_days: int = PENDING_DAYS, pendamping_id: int | None = None,
               limit: int = 2000) -> list[FollowUp]:
    """What to do this week, oldest first in each kind."""
    today = today or office_today()
    owners = {b.id: b.pendamping_id for b in reg.loop.businesses()}
    out: list[FollowUp] = []
    seen_business: set = set()
    for app in reg.applications(limit=limit):          # newest first: a business's latest
        key = app.business_id if app.business_id is not None else app.ref
        if key in seen_business:
            continue
        seen_business.add(key)
        pid = owners.get(app.business_id)
        if pendamping_id is not None and pid != pendamping_id:
            continue

        def add(kind, since=None, app=app, pid=pid, **words):
            out.append(FollowUp(kind, app.ref, app.business_name, app.business_id, pid, words,
                                since))

        if app.status == "returned":
            back = max((e.at for e in app.events if e.status == "returned"), default=None)
            if back is not None and (today - _day(back)).days >= returned_days:
                add("returned", _day(back), days=(today - _day(back)).days)
        if app.status == "revoked":
            continue
        try:
            rs = desk.standard_for(app)
            start, end = rs.event_dates() or (None, None)
        except Exception:  # noqa: BLE001 - an edition no longer shipped: no event dates
            start = end = None
        for subject, entry in _entries(app.dossier):
            expires = _date(entry.get("expires"))
            if end is not None and expires is not None and today <= expires < end:
                add("expiring", expires, what=entry.get("type") or "", subject=subject,
                    expires=expires)
            if entry.get("status") == "pending":
                first = _pending_since(reg, app.ref, subject, entry.get("type"))
                if first is not None and (today - first).days >= pending_days:
                    add("pending", first, what=entry.get("type") or "", subject=subject,
                        days=(today - first).days)
        if start is not None:
            for d in reg.desk.decisions(app.ref):
                if d.in_force and d.kind == "waiver" and d.expires and d.expires < start:
                    add("waiver", d.expires, rule=d.rule, subject=d.product_name,
                        expires=d.expires)
    order = {"returned": 0, "pending": 1, "expiring": 2, "waiver": 3}
    return sorted(out, key=lambda f: (order[f.kind], f.since or today, f.ref))


def _date(v) -> dt.date | None:
    if isinstance(v, dt.date):
        return v
    try:
        return dt.date.fromisoformat(str(v)[:10]) if v else None
    except ValueError:
        return None


def _entries(dossier: dict):
    """(subject name, permit or document entry) of a dossier."""
    biz = dossier.get("business") or {}
    for e in biz.get("documents") or []:
        if isinstance(e, dict):
            yield "", e
    for p in dossier.get("products") or []:
        for e in (p.get("permits") or []) + (p.get("documents") or []):
            if isinstance(e, dict):
                yield str(p.get("name") or ""), e


def _pending_since(reg, ref: str, subject: str, kind) -> dt.date | None:
    """The day of the first version in a row (to the last) saying the entry is in process."""
    first = None
    for v in reg.loop.versions(ref):
        pending = any(s == subject and e.get("type") == kind and e.get("status") == "pending"
                      for s, e in _entries(v.dossier))
        if pending and first is None:
            first = _day(v.at)
        elif not pending:
            first = None
    return first
