"""The office desk's work, for the web pages (and anything else) to call: an application's
review (its result today under the decisions in force), decisions recorded with the decisions
file's own validation, their export to and import from that file format, issuing and
revoking, and dossiers an officer uploads. No rule, message or check lives here: the engine
judges, `readiness.decisions` validates, the register records.

The two-officer rule. A waiver of a rule that can be a blocker (`decisions.can_be_blocker`)
is recorded as pending and takes effect only when a *different account* with the approver
role (or an admin) approves it; the certificate then says who waived and who approved. A
decisions file cannot bypass this with a typed name: the officer and approver a file names are
what it claims, not accounts. An imported blocker waiver always waits: the account that imported
it stands behind it (as the officer's account does for one recorded on the desk), and a
different approver account approves it on the desk. Nor can a person make a second account for
the purpose: an account that the recorder's own account created, promoted, re-enabled or reset
after the waiver was recorded cannot approve it. Every refused approval is in the audit log.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import OrderedDict
from dataclasses import dataclass, field

from readiness.clock import office_today
from readiness.api import check_data
from readiness.batch.spreadsheet import SpreadsheetImport, unread_rules
from readiness.decisions import (
    FORMAT,
    Decisions,
    ManualVerdict,
    Waiver,
    can_be_blocker,
    decisions_from_data,
    same_person,
)
from readiness.errors import InputError
from readiness.load import load_source
from readiness.register.desk import DecisionDraft
from readiness.register.records import application_from_result, business_key
from readiness.standards import load_standard

APPROVERS = ("approver", "admin")


@dataclass
class Review:
    """An application as the desk shows it."""
    app: object                  # readiness.register.records.ApplicationRecord
    rs: object                   # the RuleSet of its edition
    records: list                # every DecisionRecord (withdrawn too), oldest first
    result: dict                 # Result.to_dict() as of `as_of`, under the decisions in force
    as_of: dt.date
    certificates: list = field(default_factory=list)   # the business's certificates

    @property
    def live(self) -> list:
        return [r for r in self.records if not r.withdrawn]

    def product_name(self, index: int | None) -> str:
        if index is None:
            return ""
        prods = (self.app.dossier or {}).get("products") or []
        if 0 <= index < len(prods) and isinstance(prods[index], dict):
            return str(prods[index].get("name") or "")
        return ""

    def findings(self, rule: str, product: int | None) -> list[dict]:
        return [f for f in self.result["findings"]
                if f["rule"] == rule and f["product"] == product]


def standard_for(app):
    return load_standard(f"{app.standard_id}@{app.standard_version}")


def in_force(records) -> Decisions:
    """The decisions the engine applies: not withdrawn, and approved where approval is due."""
    waivers = tuple(Waiver(r.rule, r.product, r.reason, r.officer, r.decided_on, r.expires,
                           r.approved_by or None)
                    for r in records if r.in_force and r.kind == "waiver")
    verdicts = tuple(ManualVerdict(r.rule, r.product, r.verdict, r.officer, r.decided_on,
                                   r.reason)
                     for r in records if r.in_force and r.kind == "verdict")
    officers = sorted({w.officer for w in waivers} | {w.approved_by for w in waivers
                                                      if w.approved_by}
                      | {v.officer for v in verdicts})
    return Decisions(waivers, verdicts, source="desk", officers=tuple(officers))


def _business(app) -> dict:
    biz = (app.dossier or {}).get("business") or {}
    out = {}
    if biz.get("nib") not in (None, ""):
        out["nib"] = str(biz.get("nib"))
    out["name"] = str(biz.get("name") or app.business_name)
    return out


def file_data(app, records, *, approved: dict | None = None) -> dict:
    """The decisions in the file format (readiness-decisions/1): every decision not withdrawn;
    `approved` {decision id: approver's name} adds approvals not yet recorded."""
    approved = approved or {}
    waivers, verdicts = [], []
    for r in records:
        if r.withdrawn:
            continue
        entry = {"rule": r.rule}
        if r.product is not None:
            entry["product"] = r.product_name
        if r.kind == "waiver":
            entry.update(reason=r.reason, officer=r.officer, date=r.decided_on.isoformat(),
                         expires=r.expires.isoformat() if r.expires else "")
            if r.approved_by or r.id in approved:
                entry["approved_by"] = r.approved_by or approved[r.id]
            waivers.append(entry)
        else:
            entry.update(verdict=r.verdict, officer=r.officer, date=r.decided_on.isoformat())
            if r.reason:
                entry["note"] = r.reason
            verdicts.append(entry)
    return {"format": FORMAT, "business": _business(app), "waivers": waivers,
            "verdicts": verdicts}


def _validate(app, rs, doc: dict, *, source=None) -> Decisions:
    """The decisions file's own validation (approvals may still be pending)."""
    return decisions_from_data(doc, rs, name="desk", source=source, dossier_data=app.dossier,
                               approvals_pending=True)


# -- reviews -----------------------------------------------------------------------------------

_CACHE: OrderedDict = OrderedDict()
_CACHE_SIZE = 256
_CACHE_LOCK = threading.Lock()


def review(reg, ref: str, *, lang: str = "id", as_of: dt.date | None = None) -> Review | None:
    """The application `ref` with its result today under the decisions in force (None when
    there is no such application). Results are kept while the application's decisions and
    status do not change."""
    version = reg.desk.version(ref)
    if version is None:
        return None
    as_of = as_of or office_today()
    key = (reg.url, version, as_of, lang)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
        if hit is not None:
            _CACHE.move_to_end(key)
    if hit is not None:
        app, records, result = hit
    else:
        app = reg.application(ref)
        if app is None:
            return None
        records = reg.desk.decisions(app.ref)
        result = check_data(app.dossier, standard_for(app), name=app.ref, as_of=as_of,
                            lang=lang, decisions=in_force(records)).to_dict()
        with _CACHE_LOCK:
            _CACHE[key] = (app, records, result)
            while len(_CACHE) > _CACHE_SIZE:
                _CACHE.popitem(last=False)
    certs = list(reg.records(business_key=business_key(app.business_key), limit=20)) \
        if app.business_key else []
    certs = [c for c in certs if c.standard_id == app.standard_id]
    return Review(app, standard_for(app), records, result, as_of, certs)


def _review_or_fail(reg, ref: str, lang: str = "id") -> Review:
    rv = review(reg, ref, lang=lang)
    if rv is None:
        raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
    return rv


def _start_review(reg, app, user) -> None:
    if app.status == "new":
        reg.set_application_status(app.ref, "in_review", actor=user.full_name,
                                   audit_actor=user.name)


# -- decisions ---------------------------------------------------------------------------------

def record_decision(reg, ref: str, user, *, kind: str, rule: str, product: int | None,
                    reason: str = "", verdict: str = "", expires: dt.date | str | None = None,
                    today: dt.date | None = None) -> int:
    """Record a waiver (reason, expiry) or a manual verdict (pass/fail, note) on the desk for
    one requirement and subject, validated exactly as a decisions file is: the whole set with
    the new entry must pass. Raises InputError (its path names the field at fault)."""
    if kind not in ("waiver", "verdict"):
        raise InputError("unknown_decision", kind=repr(str(kind)[:20]), path="kind")
    rv = _review_or_fail(reg, ref)
    today = today or office_today()
    if product is not None and not rv.product_name(product):
        raise InputError("no_such_product", n=product, path="product")
    doc = file_data(rv.app, rv.records)
    entry = {"rule": rule}
    if product is not None:
        entry["product"] = rv.product_name(product)
    if kind == "waiver":
        entry.update(reason=reason, officer=user.full_name, date=today.isoformat(),
                     expires=expires.isoformat() if isinstance(expires, dt.date)
                     else (expires or ""))
        doc["waivers"].append(entry)
    else:
        entry.update(verdict=verdict, officer=user.full_name, date=today.isoformat())
        if reason:
            entry["note"] = reason
        doc["verdicts"].append(entry)
    decs = _validate(rv.app, rv.rs, doc)
    if kind == "waiver":
        w = decs.waivers[-1]
        draft = DecisionDraft("waiver", w.rule, w.product, rv.product_name(w.product),
                              user.full_name, today, reason=w.reason, expires=w.expires,
                              needs_approval=can_be_blocker(rv.rs.rule(w.rule)))
    else:
        v = decs.verdicts[-1]
        draft = DecisionDraft("verdict", v.rule, v.product, rv.product_name(v.product),
                              user.full_name, today, reason=v.note, verdict=v.verdict)
    (did,) = reg.desk.record_decisions(rv.app.ref, [draft], officer_id=user.id,
                                       audit_actor=user.name)
    _start_review(reg, rv.app, user)
    return did


def may_approve(reg, d, user) -> None:
    """Whether `user` may approve (or review) the pending blocker waiver `d`: an approver (or
    admin) account other than the one that recorded or imported it, and not one that account
    created, promoted, re-enabled or reset since; a refusal of a second account is audited."""
    if user.role not in APPROVERS:
        raise InputError("approver_only", path="id")
    if not d.pending:
        raise InputError("not_waiting_approval", path="id")
    why = ""
    if d.officer_id == user.id:
        why = "own_blocker_waiver"
    elif d.officer_id is not None:
        recorder = reg.accounts.by_id(d.officer_id)
        if recorder is not None and reg.accounts.handled_by(user.name, recorder.name,
                                                            since=d.created_at):
            why = "approver_made_by_recorder"
    if why:
        reg.desk.refuse_approval(d.id, audit_actor=user.name, reason=why)
        raise InputError(why, path="id")


def approve(reg, decision_id: int, user):
    """A second officer approves a blocker waiver: an approver (or admin) other than the
    account that recorded it, whose name also differs from the officer's (the file's rule)."""
    found = reg.desk.decision(decision_id)
    if found is None:
        raise InputError("no_such_decision", path="id")
    ref, d = found
    may_approve(reg, d, user)
    rv = _review_or_fail(reg, ref)
    _validate(rv.app, rv.rs, file_data(rv.app, rv.records, approved={d.id: user.full_name}))
    return reg.desk.approve(decision_id, approver_id=user.id, approver=user.full_name,
                            audit_actor=user.name)


def withdraw(reg, decision_id: int, user, reason: str = ""):
    """Withdraw a decision: the officer who recorded it, or an approver or admin."""
    found = reg.desk.decision(decision_id)
    if found is None:
        raise InputError("no_such_decision", path="id")
    _, d = found
    if d.officer_id != user.id and user.role not in APPROVERS:
        raise InputError("withdraw_who", path="id")
    return reg.desk.withdraw(decision_id, by=user.full_name, audit_actor=user.name,
                             reason=(reason or "").strip()[:2000])


def export_yaml(rv: Review) -> str:
    """The decisions in force as a decisions file (`readiness check --decisions` reads it);
    waivers still waiting for approval are named in `notes`, not as decisions."""
    import yaml

    doc = file_data(rv.app, [r for r in rv.records if r.in_force])
    pending = [r for r in rv.records if r.pending]
    if pending:
        doc["notes"] = "; ".join(
            f"waiting for approval: {r.rule}" + (f" ({r.product_name})" if r.product_name else "")
            + f" waived by {r.officer}" for r in pending)
    if not doc["waivers"]:
        del doc["waivers"]
    if not doc["verdicts"]:
        del doc["verdicts"]
    return (f"# {rv.app.ref}: {rv.app.business_name} ({rv.app.edition})\n"
            + yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100))


@dataclass
class Imported:
    recorded: int
    unchanged: int
    pending: int               # blocker waivers waiting for an approval on the desk
    replaced: int


def import_file(reg, ref: str, raw: bytes, user, *, filename: str = "decisions.yaml") -> Imported:
    """Read a decisions file (YAML or JSON) into the application's decisions: validated as
    `readiness check --decisions` validates it; a decision on a rule and subject replaces the
    one in force there (unless they are the same)."""
    import hashlib

    rv = _review_or_fail(reg, ref)
    src = load_source(raw, name=filename[:120])
    decs = _validate(rv.app, rv.rs, src.data, source=src)
    live = {(r.kind, r.rule, r.product): r for r in rv.live}
    drafts, unchanged, replaced = [], 0, []
    for w in decs.waivers:
        # a file's approved_by is a claim: a blocker waiver waits for an approver's account
        drafts.append(DecisionDraft("waiver", w.rule, w.product, rv.product_name(w.product),
                                    w.officer, w.date, reason=w.reason, expires=w.expires,
                                    needs_approval=can_be_blocker(rv.rs.rule(w.rule)),
                                    claimed_approver=w.approved_by or "", source="import"))
    for v in decs.verdicts:
        drafts.append(DecisionDraft("verdict", v.rule, v.product, rv.product_name(v.product),
                                    v.officer, v.date, reason=v.note, verdict=v.verdict,
                                    source="import"))
    todo = []
    for d in drafts:
        old = live.get((d.kind, d.rule, d.product))
        if old is not None and _same(old, d):
            unchanged += 1
            continue
        if old is not None:
            replaced.append(old.id)
        todo.append(d)
    if todo or replaced:
        note = f"{src.name} sha256:{hashlib.sha256(raw).hexdigest()}"
        reg.desk.record_decisions(rv.app.ref, todo, officer_id=user.id, audit_actor=user.name,
                                  withdraw=replaced, note=note)
        _start_review(reg, rv.app, user)
    pending = sum(1 for d in todo if d.needs_approval and not d.approved_by)
    return Imported(len(todo), unchanged, pending, len(replaced))


def _same(r, d) -> bool:
    return (r.reason == d.reason and r.verdict == d.verdict and r.decided_on == d.decided_on
            and r.expires == d.expires and same_person(r.officer, d.officer))


# -- issuing, revoking, status -----------------------------------------------------------------

_ISSUE_LOCK = threading.Lock()


@dataclass
class IssuedHere:
    number: str
    outcome: str               # new | same | supersedes
    previous: str | None
    path: object               # the signed PDF


def issue(reg, ref: str, user, issuer, folder, *, lang: str = "id",
          override: str = "") -> IssuedHere:
    """Issue the application's certificate from the desk: its result today under the
    decisions in force, numbered in the register (audited as the user), signed with the
    office's key held by the server, written to `folder/NUMBER.pdf`; the application becomes
    `certified` and remembers the number and the dossier it came from (`override`: why it
    was issued again unchanged after a revocation, audited). Raises InputError when no
    certificate is due. (readiness.applications.issue asks the password and guards
    re-issuing; call that one.)"""
    from pathlib import Path

    rv = _review_or_fail(reg, ref, lang=lang)
    result = rv.result      # issuing adds to a copy (Issued.apply), never to the review's
    if not result.get("certified"):
        raise InputError("certificate_not_due", path="ref")
    with _ISSUE_LOCK:       # one render and signature at a time (WeasyPrint, pyHanko)
        issued = issuer.number([result], rv.rs, actor=user.name)[0]
        if issued is None or issued.outcome == "error" or not issued.number:
            raise InputError("not_recorded", detail=issued.error if issued else "", path="ref")
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{issued.number}.pdf"
        issuer.write(issued.apply(result), path, "certificate", canonical=issued.canonical)
    reg.loop.mark_certified(rv.app.ref, number=issued.number,
                            dossier_sha256=rv.app.dossier_sha256, actor=user.full_name,
                            audit_actor=user.name, override=override)
    return IssuedHere(issued.number, issued.outcome, issued.previous, path)


def revoke(reg, number: str, user, reason: str):
    return reg.revoke(number, reason=reason, by=user.full_name, actor=user.name)


STATUS_MOVES = {"in_review": ("new", "returned", "approved", "certified", "revoked",
                              "dismissed"),
                "returned": ("new", "in_review", "approved"),
                # spam (anonymous "kirim ke Dinas"): out of the queue, audited, reversible
                "dismissed": ("new", "in_review", "returned")}


def set_status(reg, ref: str, user, status: str, note: str = ""):
    """Start a review, return the application to the business (with what it must do), review
    it again, or dismiss it as spam. `certified` is set by issuing only."""
    app = reg.application(ref)
    if app is None:
        raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
    if status not in STATUS_MOVES or app.status not in STATUS_MOVES[status]:
        raise InputError("status_move", now=app.status, to=str(status)[:16], path="status")
    if status == "returned" and not (note or "").strip():
        raise InputError("return_note", path="note")
    return reg.set_application_status(app.ref, status, actor=user.full_name, note=note,
                                      audit_actor=user.name)


# -- dossiers an officer uploads ---------------------------------------------------------------

UPLOAD_SUFFIXES = (".yaml", ".yml", ".json", ".csv", ".xlsx")


def upload(reg, raw: bytes, filename: str, user, *, standard: str | None = None,
           lang: str = "id", tmp_dir=None):
    """A dossier an officer received (YAML, JSON, or a spreadsheet holding one business's
    rows) checked and put in the queue as an application (source `upload`)."""
    import tempfile
    from pathlib import Path


    name = Path(filename or "dossier").name[:120] or "dossier"
    suffix = Path(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        raise InputError("upload_kind", file=name)
    rs = load_standard(standard)
    if suffix in (".csv", ".xlsx"):
        with tempfile.TemporaryDirectory(dir=tmp_dir) as d:
            path = Path(d) / ("upload" + suffix)
            path.write_bytes(raw)
            records = list(SpreadsheetImport(path))
        found = [r for r in records if r.dossier is not None]
        if len(records) != 1 or not found:
            raise InputError("upload_one_business", n=len(records), file=name)
        data, line_of, unread = found[0].dossier, None, unread_rules(rs, found[0].unread)
    else:
        src = load_source(raw, name=name)
        data, line_of, unread = src.data, src.line_of, None
    result = check_data(data, rs, name=name, lang=lang, line_of=line_of, unread=unread).to_dict()
    dossier = data if isinstance(data, dict) else {}
    app = application_from_result(result, dossier, source="upload", consent="officer-upload",
                                  lang=lang)
    return reg.submit_application(app, actor=user.name)
