"""The owner <-> office loop, for the desk, the owner's status page and `readiness
applications` alike (they are thin faces of this module): an application is sent, reviewed,
returned with the officer's notes per requirement, resubmitted as a new version, approved,
certified, revoked; the owner follows it on her private status page; the officer reaches her
by WhatsApp (a prepared message) or e-mail (the outbox).

    app = submit(reg, data, source="upload", consent=..., actor="lalu.ahmad")
    status_link(app, base_url)                       # BASE/status/AJ26-000123-K/SECRET
    return_to_owner(reg, ref, user, note="...", notes=[("LBL-01", 0, "...")])
    resubmit(reg, ref, data, actor=..., answers=...)  # version 2, back to the queue
    approve(reg, ref, user); issue(reg, ref, user, issuer, folder, password=...)

Statuses: new (diterima), in_review (ditinjau), returned (dikembalikan), approved
(disetujui), certified (bersertifikat), revoked (dicabut). No rule or check lives here: the
engine judges (readiness.desk.review), the register records.
"""

from __future__ import annotations

import dataclasses
import hmac
import re
from dataclasses import dataclass, field
from urllib.parse import quote

from readiness import desk
from readiness.api import check_data
from readiness.clock import office_today
from readiness.errors import InputError
from readiness.register.loop import NoteDraft
from readiness.register.records import application_from_result, summary_of
from readiness.standards import load_standard
from readiness.words import t

# -- the funnel's stages -------------------------------------------------------------------------

STAGES = ("registered", "data_complete", "nib", "permits", "halal", "ready", "certified")
NIB_RULES = frozenset({"LEG-01", "LEG-02"})                  # NIB registered, under OSS RBA
PERMIT_RULES = frozenset({"FOOD-01", "FOOD-02", "FOOD-03", "FOOD-04", "FOOD-05", "COS-01"})
HALAL_GROUP = "halal"
_MET = frozenset({"pass", "waived", "not_applicable"})


def stage_of(result: dict) -> int:
    """How far a result has come (certification aside): the furthest stage of STAGES whose
    stages before it are all reached. A certificate due is `ready` whatever else is open
    (the office judged the rest minor); `data_complete` means nothing is left unanswered;
    `nib`, `permits` (P-IRT or BPOM, and a cosmetic's notification) and `halal` mean every
    requirement of that kind is met, waived or does not apply."""
    if result.get("certified"):
        return STAGES.index("ready")
    findings = result.get("findings") or []
    if any(f.get("status") == "missing" for f in findings):
        return 0
    rules = result.get("rules") or {}
    steps = (lambda f: f["rule"] in NIB_RULES, lambda f: f["rule"] in PERMIT_RULES,
             lambda f: (rules.get(f["rule"]) or {}).get("group") == HALAL_GROUP)
    stage = 1
    for belongs in steps:
        if not all(f.get("status") in _MET for f in findings if belongs(f)):
            break
        stage += 1
    return stage


# -- sending, resubmitting -----------------------------------------------------------------------

def request(data: dict, rs, *, source: str, consent: str, lang: str = "id",
            answers: dict | None = None, name: str = "dossier", result: dict | None = None,
            line_of=None):
    """(ApplicationRequest, result) for a dossier: checked, summarised, its stage."""
    if result is None:
        result = check_data(data, rs, name=name, lang=lang, line_of=line_of).to_dict()
    app = application_from_result(result, data if isinstance(data, dict) else {},
                                  source=source, consent=consent, lang=lang)
    return dataclasses.replace(app, answers=answers, stage=stage_of(result)), result


def submit(reg, data: dict, *, source: str, consent: str, actor: str = "", lang: str = "id",
           standard: str | None = None, answers: dict | None = None, name: str = "dossier",
           result: dict | None = None, rs=None, line_of=None):
    """Put a dossier in the office's queue: its reference and status link."""
    rs = rs or load_standard(standard)
    app, _ = request(data, rs, source=source, consent=consent, lang=lang, answers=answers,
                     name=name, result=result, line_of=line_of)
    return reg.submit_application(app, actor=actor)


def application_or_fail(reg, ref: str):
    app = reg.application(ref)
    if app is None:
        raise InputError("no_such_application", ref=repr(str(ref)[:40]), path="ref")
    return app


def resubmit(reg, ref: str, data: dict, *, actor: str, audit_actor: str | None = None,
             answers: dict | None = None, lang: str | None = None, name: str = "dossier",
             line_of=None):
    """A new version of the application (the owner's changed answers, or a dossier the
    officer received): checked under the application's edition, back in the queue as
    `new`; the version before is kept for the officer to compare."""
    old = application_or_fail(reg, ref)
    rs = desk.standard_for(old)
    app, _ = request(data, rs, source=old.source, consent=old.consent, lang=lang or old.lang,
                     answers=answers, name=name, line_of=line_of)
    return reg.loop.resubmit(old.ref, app, actor=actor, audit_actor=audit_actor)


def refresh(reg, ref: str, *, cause: str = "review", lang: str = "id") -> desk.Review | None:
    """Work the application's result out today (under the decisions in force) and keep it
    for the queue, with the stage it puts the business at."""
    rv = desk.review(reg, ref, lang=lang)
    if rv is None:
        return None
    if (rv.app.result_on != rv.as_of or rv.app.summary != summary_of(rv.result)
            or rv.app.stage != stage_of(rv.result)):
        reg.loop.set_result(rv.app.ref, verdict=rv.result["business"]["verdict"] or "",
                            summary=summary_of(rv.result), stage=stage_of(rv.result),
                            on=rv.as_of, cause=cause)
    return rv


def refresh_stale(reg, apps, *, limit: int = 40) -> int:
    """Applications of a list (the queue's page) whose result was worked out before today:
    worked out again. Returns how many."""
    today = office_today()
    n = 0
    for a in apps:
        if a.result_on != today and n < limit:
            refresh(reg, a.ref, cause="day")
            n += 1
    return n


# -- the desk's moves ----------------------------------------------------------------------------

RETURNABLE = ("new", "in_review", "approved")
APPROVABLE = ("new", "in_review")
ISSUABLE = ("new", "in_review", "approved", "certified", "revoked")


def return_to_owner(reg, ref: str, user, *, note: str = "", notes=(), mail=None):
    """Return the application to the owner with a note and notes per requirement
    (rule, product index or None, text): she reads them on her status page and fixes them."""
    rv = desk._review_or_fail(reg, ref)
    if rv.app.status not in RETURNABLE:
        raise InputError("status_move", now=rv.app.status, to="returned", path="status")
    note = " ".join((note or "").split())[:4000]
    drafts = []
    for rule, product, text in notes:
        text = " ".join((text or "").split())[:2000]
        if not text:
            continue
        if not rv.findings(rule, product):
            raise InputError("loop.e_note_rule", rule=str(rule)[:40], path="notes")
        drafts.append(NoteDraft(rule, product, rv.product_name(product), text))
    if not note and not drafts:
        raise InputError("return_note", path="note")
    app = reg.loop.return_to_owner(rv.app.ref, note=note, notes=drafts, actor=user.full_name,
                                   audit_actor=user.name)
    notify(reg, app, mail)
    return app


def approve(reg, ref: str, user, *, mail=None):
    """The officer approves: the certificate is due under the decisions in force and the
    case waits only for issuing."""
    rv = refresh(reg, ref) or desk._review_or_fail(reg, ref)
    if rv.app.status not in APPROVABLE:
        raise InputError("status_move", now=rv.app.status, to="approved", path="status")
    if not rv.result.get("certified"):
        raise InputError("certificate_not_due", path="ref")
    app = reg.set_application_status(rv.app.ref, "approved", actor=user.full_name,
                                     audit_actor=user.name)
    notify(reg, app, mail)
    return app


def confirm(reg, user, password: str, *, action: str, client: str = "") -> None:
    """The officer's password, asked again before issuing or revoking."""
    if not reg.accounts.confirm(user, password or "", action=action, client=client):
        raise InputError("loop.e_confirm_password", path="password")


def reissue_refusal(reg, app, result: dict, override: str) -> InputError | None:
    """Issuing again after a revocation needs a changed dossier or a reason to override:
    the application's dossier is the one its revoked certificate was issued from, or (a
    certificate a batch issued) the certificate due states exactly what the revoked one did."""
    if (override or "").strip():
        return None
    if app.status == "revoked" and app.certified_sha256 \
            and app.certified_sha256 == app.dossier_sha256:
        return InputError("loop.e_reissue_unchanged", number=app.certificate, path="ref")
    if result.get("certified") and app.business_key:
        from readiness.register.records import request_from_result

        latest = next(iter(reg.records(business_key=app.business_key,
                                       standard=app.edition, limit=1)), None)
        if latest is not None and latest.revocation() is not None:
            try:
                digest = request_from_result(result).content_digest
            except InputError:
                return None
            if digest == latest.content_digest:
                return InputError("loop.e_reissue_unchanged", number=latest.number, path="ref")
    return None


def issue(reg, ref: str, user, issuer, folder, *, password: str, override_reason: str = "",
          client: str = "", lang: str = "id", mail=None) -> desk.IssuedHere:
    """Issue the application's certificate: the officer's password first; refused after a
    revocation unless the dossier changed or `override_reason` says why (audited)."""
    app = application_or_fail(reg, ref)
    if app.status not in ISSUABLE:
        raise InputError("status_move", now=app.status, to="certified", path="status")
    override = " ".join((override_reason or "").split())[:2000]
    confirm(reg, user, password, action=f"certificate.issue {app.ref}", client=client)
    rv = desk._review_or_fail(reg, app.ref, lang=lang)
    refused = reissue_refusal(reg, app, rv.result, override)
    if refused is not None:
        raise refused
    done = desk.issue(reg, app.ref, user, issuer, folder, lang=lang, override=override)
    notify(reg, reg.application(app.ref), mail)
    return done


def revoke(reg, number: str, user, reason: str, *, password: str, client: str = "",
           mail=None):
    """Revoke a certificate (the officer's password first); its applications become
    `revoked` and their owners are told."""
    rec = reg.get(number)
    if rec is None:
        reg.canonical(number)
        raise InputError("no_such_certificate", number=number, path="NUMBER")
    if not " ".join((reason or "").split()):
        raise InputError("revocation_reason", path="reason")
    confirm(reg, user, password, action=f"certificate.revoke {rec.number}", client=client)
    done = desk.revoke(reg, rec.number, user, reason)
    for app in reg.applications(search=rec.number, status="revoked", limit=20, brief=True):
        if app.certificate == rec.number:
            notify(reg, app, mail)
    return done


def assign(reg, ref: str, user, *, pendamping: str | None = None,
           community: str | None = None, regency: str | None = None):
    """Assign the application's business a pendamping (an account of the office; "" no one),
    a commodity community or a regency."""
    app = application_or_fail(reg, ref)
    if app.business_id is None:
        raise InputError("loop.e_no_business", path="ref")
    pid: int | None | bool = False
    if pendamping is not None:
        if pendamping.strip() == "":
            pid = None
        else:
            who = reg.accounts.get(pendamping.strip())
            if who is None or who.disabled or who.role not in ("officer", "approver", "admin"):
                raise InputError("loop.e_pendamping", name=repr(pendamping.strip()[:64]),
                                 path="pendamping")
            pid = who.id
    return reg.loop.update_business(app.business_id, audit_actor=user.name,
                                    community=community, regency=regency, pendamping_id=pid)


def review_waiver(reg, decision_id: int, user, review: str, reason: str):
    """An approver rejects a waiver, or returns it to its officer to correct, with a
    reason; not one's own."""
    found = reg.desk.decision(decision_id)
    if found is None:
        raise InputError("no_such_decision", path="id")
    ref, d = found
    desk.may_approve(reg, d, user)
    reason = " ".join((reason or "").split())[:2000]
    if not reason:
        raise InputError("loop.e_review_reason", path="reason")
    reg.loop.review_decision(decision_id, review, reason=reason, by=user.full_name,
                             audit_actor=user.name)
    refresh(reg, ref, cause="decision")
    return ref


# -- reaching the owner --------------------------------------------------------------------------

def check_secret(app, secret: str | None) -> bool:
    """Whether `secret` opens the application's status page (compared in constant time)."""
    return bool(app is not None and app.secret and secret
                and hmac.compare_digest(app.secret.encode(), str(secret)[:100].encode()))


def status_path(app) -> str:
    return f"/status/{app.ref}/{app.secret}"


def status_link(app, base_url: str | None) -> str:
    """The owner's private status link (the office's base URL, else a path)."""
    return (base_url or "").rstrip("/") + status_path(app)


def owner_contact(app) -> dict:
    """The owner's name, phone (WhatsApp first) and e-mail from the dossier."""
    biz = (app.dossier or {}).get("business") or {}
    owner = biz.get("owner") or {}
    contact = biz.get("contact") or {}
    return {"name": owner.get("name") or "",
            "phone": contact.get("whatsapp") or owner.get("phone") or contact.get("phone") or "",
            "email": contact.get("email") or ""}


def wa_number(phone: str | None) -> str:
    """An Indonesian phone number as WhatsApp's click-to-chat wants it (62...); "" when
    it is not one."""
    digits = re.sub(r"\D", "", str(phone or ""))
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    elif digits.startswith("8"):
        digits = "62" + digits
    return digits if digits.startswith("62") and 10 <= len(digits) <= 15 else ""


def wa_link(phone: str | None, text: str) -> str:
    """https://wa.me/62...?text=...; without a number, a link to choose the chat."""
    number = wa_number(phone)
    return f"https://wa.me/{number}?text={quote(text)}" if number else \
        f"https://wa.me/?text={quote(text)}"


def owner_message(app, link: str, office: str, lang: str = "id") -> str:
    """The message an officer sends the owner about her application (its status and her
    status link), prepared in her language."""
    name = owner_contact(app)["name"] or app.business_name
    return t(f"loop.msg_{app.status}", lang, name=name, business=app.business_name,
             ref=app.ref, link=link, office=office or t("loop.the_office", lang),
             number=app.certificate)


@dataclass
class Mail:
    """How e-mail goes out (the web app's, from READINESS_SMTP_URL), and the links in it."""
    base_url: str = ""
    office: str = ""
    enabled: bool = False
    outbox: list = field(default_factory=list)      # ids queued by this object


def notify(reg, app, mail: Mail | None) -> int | None:
    """Queue an e-mail to the owner about her application's new status, when the office
    sends e-mail and she gave an address."""
    if mail is None or not mail.enabled or app is None:
        return None
    to = owner_contact(app)["email"]
    if not to or "@" not in to or len(to) > 320 or any(c in to for c in "\r\n,;<>"):
        return None
    lang = app.lang if app.lang in ("id", "en") else "id"
    link = status_link(app, mail.base_url)
    subject = t("loop.mail_subject", lang, ref=app.ref,
                status=t(f"loop.st_{app.status}", lang))
    body = owner_message(app, link, mail.office, lang)
    mid = reg.loop.queue_mail(to=to, subject=subject, body=body, target=app.ref,
                              audit_actor="outbox")
    mail.outbox.append(mid)
    return mid
