"""The office's desk: the queue, an application and its findings, decisions, issuing and
revoking, dossiers received by the office. Every route names its permission
(readiness.web.auth); the work is readiness.desk's.

    GET  /meja/antrean                              the queue (filters: status, regency,
                                                    category, verdict)
    GET  /meja/pengajuan/{ref}                      an application: result, findings, decisions
    GET  /meja/pengajuan/{ref}/temuan/{rule}        one finding (?produk=N), with the forms
                                                    to waive it or record a verdict
    POST /meja/pengajuan/{ref}/keputusan            record a waiver or a verdict
    POST /meja/keputusan/{id}/setujui               approve a blocker's waiver
    POST /meja/keputusan/{id}/tarik                 withdraw a decision
    GET  /meja/pengajuan/{ref}/keputusan.yaml       the decisions file
    POST /meja/pengajuan/{ref}/keputusan/impor      read a decisions file
    POST /meja/pengajuan/{ref}/status               start a review, return it, review again
    POST /meja/pengajuan/{ref}/terbitkan            issue the certificate
    GET  /meja/persetujuan                          blocker waivers waiting for approval
    GET  /meja/unggah, POST                         a dossier the office received
    GET  /meja/sertifikat                           the register (search by number or NIB)
    GET  /meja/sertifikat/{number}                  one certificate, its history, revoking
    GET  /meja/sertifikat/{number}/pdf              the PDF issued on the desk
    POST /meja/sertifikat/{number}/cabut            revoke it
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException

from readiness import desk
from readiness.errors import InputError
from readiness.issuing import Issuer
from readiness.register.numbers import parse_number
from readiness.register.records import business_key
from readiness.web.downloads import attachment, clean_name
from readiness.web.auth import desk_post, need
from readiness.web.desk_ui import desk_page, error_text, field_of, submit_once, with_query
from readiness.web.pages import lang_of

router = APIRouter()

PAGE = 25
STATUSES = ("new", "in_review", "returned", "approved", "certified", "revoked", "dismissed")
VERDICTS = ("ready", "conditional", "not_ready")
CATEGORIES = ("packaged_food", "ready_to_eat", "beverage", "textile", "craft", "cosmetic",
              "herbal", "souvenir")
UPLOAD_LIMIT = 5 * 1024 * 1024          # a dossier or one business's rows
DECISIONS_LIMIT = 1024 * 1024


def _reg(request: Request):
    return request.app.state.register


def _regencies(request: Request) -> list[str]:
    """The regencies in the queue, for its filter (kept a minute)."""
    import time

    cache = request.app.state.__dict__.setdefault("desk_regencies", [0.0, []])
    if time.monotonic() - cache[0] > 60:
        cache[:] = [time.monotonic(), _reg(request).desk.regencies()]
    return cache[1]


# -- the queue ----------------------------------------------------------------------------------

@router.get("/meja/antrean", dependencies=[Depends(need("queue.view"))])
def queue(request: Request, status: str = "", regency: str = "", category: str = "",
          verdict: str = "", q: str = "", page: int = 1):
    from readiness import applications as loop

    f = {"status": status if status in STATUSES else "",
         "regency": regency[:120], "category": category if category in CATEGORIES else "",
         "verdict": verdict if verdict in VERDICTS else ""}
    q = " ".join(q.split())[:80]
    page = max(1, min(page, 10_000))
    reg = _reg(request)

    def fetch():
        # dismissed spam is listed only when asked for
        return reg.applications(limit=PAGE + 1, offset=(page - 1) * PAGE, brief=True,
                                search=q or None, **{k: v or None for k, v in f.items()},
                                not_status=None if f["status"] else "dismissed")

    apps = fetch()
    if loop.refresh_stale(reg, apps[:PAGE]):      # today's result, not the day it was sent
        apps = fetch()
    more = len(apps) > PAGE
    pending = len(reg.desk.pending_approvals(limit=100))
    dups = reg.loop.duplicates([a.business_key for a in apps[:PAGE]])
    return desk_page(request, "desk/queue.html.j2", apps=apps[:PAGE], filters=f, page=page,
                     more=more, statuses=STATUSES, verdicts=VERDICTS, categories=CATEGORIES,
                     regencies=_regencies(request), pending=pending, q=q, dups=dups,
                     page_url=lambda n: with_query("/meja/antrean", page=n, q=q, **f))


# -- an application -----------------------------------------------------------------------------

def _refresh(request: Request, ref: str) -> None:
    """The application's result today and its business's stage, after a decision."""
    from readiness import applications as loop

    loop.refresh(_reg(request), ref, cause="decision")


def _review(request: Request, ref: str) -> desk.Review:
    rv = desk.review(_reg(request), ref, lang=lang_of(request))
    if rv is None:
        raise HTTPException(status_code=404)
    return rv


def _subjects(rv: desk.Review) -> list[dict]:
    """Findings by subject (the business, then each product): gaps, waived, the rest."""
    res = rv.result
    subjects = [{"index": None, "name": res["business"]["name"], "verdict": None,
                 "score": None, "why": ""}]
    subjects += [{"index": p["index"], "name": p["name"], "category": p.get("category"),
                  "verdict": p["verdict"], "score": p["score"], "why": p.get("why") or ""}
                 for p in res["products"]]
    order = {"blocker": 0, "major": 1, "minor": 2}
    for s in subjects:
        fs = [f for f in res["findings"] if f["product"] == s["index"]]
        s["gaps"] = sorted((f for f in fs if f["status"] in ("fail", "missing", "manual")),
                           key=lambda f: (order.get(f["severity"], 3), f["rule"]))
        s["waived"] = [f for f in fs if f["status"] == "waived"]
        s["passed"] = [f for f in fs if f["status"] in ("pass", "not_applicable")]
    return subjects


def _owner(rv: desk.Review) -> dict:
    """What an officer sees of the person behind the business (NIK and phone)."""
    biz = rv.app.dossier.get("business") or {}
    owner = biz.get("owner") or {}
    contact = biz.get("contact") or {}
    return {"name": owner.get("name") or "", "nik": owner.get("nik") or "",
            "phone": owner.get("phone") or contact.get("phone") or "",
            "email": contact.get("email") or "", "npwp": biz.get("npwp") or ""}


@router.get("/meja/pengajuan/{ref}", dependencies=[Depends(need("application.view"))])
def application(request: Request, ref: str):
    rv = _review(request, ref)
    if rv.app.ref != ref:
        return RedirectResponse(f"/meja/pengajuan/{rv.app.ref}", status_code=301)
    return _application_page(request, rv)


def _application_page(request: Request, rv: desk.Review, status: int = 200, error: str = "",
                      where: str = ""):
    from readiness import applications as loop
    from readiness import pembinaan
    from readiness.web.routers.status import base_url

    user = request.state.user
    reg = _reg(request)
    pending_mine = {r.id for r in rv.records if r.pending and r.officer_id != user.id}
    link = base_url(request) + loop.status_path(rv.app)
    owner = _owner(rv)
    message = loop.owner_message(rv.app, link, request.app.state.office.name or "",
                                 rv.app.lang if rv.app.lang in ("id", "en") else "id")
    app = rv.app
    return desk_page(request, "desk/application.html.j2", status=status, rv=rv, app=app,
                     res=rv.result, subjects=_subjects(rv), owner=owner,
                     can_approve=user.role in desk.APPROVERS, approvable=pending_mine,
                     error=error, where=where, moves=desk.STATUS_MOVES, status_link=link,
                     wa=loop.wa_link(loop.owner_contact(app)["phone"], message),
                     wa_number=loop.wa_number(loop.owner_contact(app)["phone"]),
                     message=message, changes=pembinaan.changes(reg, app.ref,
                                                                lang=lang_of(request)),
                     notes=reg.loop.notes(app.ref), business=reg.loop.business(
                         app.business_id) if app.business_id is not None else None,
                     dups=[r for r in reg.loop.duplicates([app.business_key]).get(
                         app.business_key, []) if r != app.ref],
                     returnable=app.status in loop.RETURNABLE,
                     approvable_app=app.status in loop.APPROVABLE and rv.result.get("certified"),
                     reissue=app.status == "revoked" or loop.reissue_refusal(
                         reg, app, rv.result, "") is not None,
                     mails=reg.loop.mails(target=app.ref, limit=10))


@router.get("/meja/pengajuan/{ref}/temuan/{rule}",
            dependencies=[Depends(need("application.view"))])
def finding(request: Request, ref: str, rule: str, produk: str = ""):
    rv = _review(request, ref)
    return _finding_page(request, rv, rule, _product(produk))


def _product(value) -> int | None:
    v = str(value or "").strip()
    if v in ("", "usaha", "business"):
        return None
    if not v.isdigit() or len(v) > 4:
        raise HTTPException(status_code=404)
    return int(v)


def _finding_page(request: Request, rv: desk.Review, rule: str, product: int | None,
                  status: int = 200, error: str = "", field: str = "", values=None):
    rule_obj = rv.rs.rule(rule)
    found = rv.findings(rule_obj.id if rule_obj else rule, product)
    if rule_obj is None or not found:
        raise HTTPException(status_code=404)
    f = found[0]
    texts = rv.result["rules"].get(rule_obj.id) or {}
    decisions = [r for r in rv.records if r.rule == rule_obj.id and r.product == product]
    event = rv.rs.event_dates()
    return desk_page(request, "desk/finding.html.j2", status=status, rv=rv, app=rv.app, f=f,
                     rule=rule_obj, texts=texts, product=product,
                     product_name=rv.product_name(product), decisions=decisions,
                     manual="manual" in rule_obj.kinds,
                     blocker=desk.can_be_blocker(rule_obj), today=rv.as_of,
                     event_end=event[1] if event else None, error=error, field=field,
                     values={"kind": "", "reason": "", "verdict": "", "expires": "",
                             **(values or {})})


@router.post("/meja/pengajuan/{ref}/keputusan", dependencies=desk_post("decision.record"))
def record(request: Request, ref: str, kind: str = Form(""), rule: str = Form(""),
           product: str = Form(""), reason: str = Form(""), verdict: str = Form(""),
           expires: str = Form(""), once: str = Form("")):
    rv = _review(request, ref)
    subject = _product(product)
    values = {"kind": kind, "reason": reason[:2000], "verdict": verdict, "expires": expires}

    def run():
        did = desk.record_decision(_reg(request), rv.app.ref, request.state.user,
                                   kind=kind, rule=rule[:40], product=subject,
                                   reason=reason[:2000], verdict=verdict[:8],
                                   expires=expires[:40].strip())
        _refresh(request, rv.app.ref)
        rec = _reg(request).desk.decision(did)[1]
        ok = "pending" if rec.pending else ("waived" if kind == "waiver" else "verdict")
        return f"/meja/pengajuan/{rv.app.ref}?ok={ok}#d{did}"

    try:
        return submit_once(request, once, "decision.record", run)
    except InputError as e:
        return _finding_page(request, rv, rule[:40], subject, status=400,
                             error=error_text(e, lang_of(request)), field=field_of(e),
                             values=values)


def _decision_action(request: Request, decision_id: int, once: str, action: str, fn):
    found = _reg(request).desk.decision(decision_id)
    if found is None:
        raise HTTPException(status_code=404)
    def act(rv):
        fn()
        _refresh(request, rv.app.ref)
        return f"/meja/pengajuan/{rv.app.ref}?ok={action}#d{decision_id}"

    return _on_application(request, found[0], once, f"decision.{action}", f"d{decision_id}",
                           act)


@router.post("/meja/keputusan/{decision_id}/setujui", dependencies=desk_post("decision.approve"))
def approve(request: Request, decision_id: int, once: str = Form("")):
    return _decision_action(request, decision_id, once, "approved", lambda: desk.approve(
        _reg(request), decision_id, request.state.user))


@router.post("/meja/keputusan/{decision_id}/tarik", dependencies=desk_post("decision.withdraw"))
def withdraw(request: Request, decision_id: int, once: str = Form(""), reason: str = Form("")):
    return _decision_action(request, decision_id, once, "withdrawn", lambda: desk.withdraw(
        _reg(request), decision_id, request.state.user, reason[:2000]))


@router.get("/meja/pengajuan/{ref}/keputusan.yaml", dependencies=[Depends(need("decision.file"))])
def export_decisions(request: Request, ref: str):
    rv = _review(request, ref)
    name = f"{rv.app.ref}.decisions.yaml"
    return Response(desk.export_yaml(rv), media_type="application/yaml; charset=utf-8",
                    headers={"content-disposition": attachment(name),
                             "cache-control": "no-store"})


async def _read_upload(upload: UploadFile | None, limit: int) -> tuple[bytes, str]:
    if upload is None or not upload.filename:
        raise InputError("choose_file", path="file")
    raw = await upload.read(limit + 1)
    if len(raw) > limit:
        raise InputError("file_too_large", limit=f"{limit // 1024} KiB", path="file")
    if not raw:
        raise InputError("empty_file", path="file")
    return raw, clean_name(upload.filename)


@router.post("/meja/pengajuan/{ref}/keputusan/impor",
             dependencies=desk_post("decision.file", DECISIONS_LIMIT + 64 * 1024))
async def import_decisions(request: Request, ref: str, file: UploadFile | None = File(None),
                           once: str = Form("")):
    from starlette.concurrency import run_in_threadpool

    try:
        raw, name = await _read_upload(file, DECISIONS_LIMIT)
    except InputError as e:
        rv = await run_in_threadpool(_review, request, ref)
        return await run_in_threadpool(_application_page, request, rv, 400,
                                       error_text(e, lang_of(request)), "decisions")

    def act(rv):
        got = desk.import_file(_reg(request), rv.app.ref, raw, request.state.user, filename=name)
        _refresh(request, rv.app.ref)
        return with_query(f"/meja/pengajuan/{rv.app.ref}", ok="imported",
                          n=got.recorded, same=got.unchanged, wait=got.pending) + "#decisions"

    return await run_in_threadpool(_on_application, request, ref, once, "decision.import",
                                   "decisions", act)


def _on_application(request: Request, ref: str, once: str, action: str, where: str, act):
    """Act once on an application: `act(review)` does it and says where to go next; a
    refusal shows the application again with the message at `where`."""
    rv = _review(request, ref)
    try:
        return submit_once(request, once, action, lambda: act(rv))
    except InputError as e:
        return _application_page(request, _review(request, ref), status=400,
                                 error=error_text(e, lang_of(request)), where=where)


@router.post("/meja/pengajuan/{ref}/status", dependencies=desk_post("application.status"))
def set_status(request: Request, ref: str, status: str = Form(""), note: str = Form(""),
               once: str = Form("")):
    def act(rv):
        desk.set_status(_reg(request), rv.app.ref, request.state.user, status[:16], note[:4000])
        return f"/meja/pengajuan/{rv.app.ref}?ok=status_{status}"

    return _on_application(request, ref, once, "application.status", "status", act)


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


def _issuer(request: Request):
    """The office's issuer (its key and the register), opened once and kept."""
    state = request.app.state
    if getattr(state, "issuer", None) is None:
        state.issuer = Issuer.open(database_url=state.register.url,
                                   config_dir=state.settings.config_dir, migrate=False)
    return state.issuer


def certificates_dir(request: Request) -> Path:
    return Path(request.app.state.settings.data_dir) / "desk" / "certificates"


@router.post("/meja/pengajuan/{ref}/terbitkan", dependencies=desk_post("certificate.issue"))
def issue(request: Request, ref: str, once: str = Form(""), password: str = Form(""),
          override: str = Form("")):
    from readiness import applications as loop

    def act(rv):
        done = loop.issue(_reg(request), rv.app.ref, request.state.user, _issuer(request),
                          certificates_dir(request), password=password[:1024],
                          override_reason=override[:2000], client=_client(request),
                          mail=getattr(request.app.state, "mail", None))
        return f"/meja/sertifikat/{done.number}?ok=issued_{done.outcome}"

    return _on_application(request, ref, once, "certificate.issue", "issue", act)


# -- approvals, uploads -------------------------------------------------------------------------

@router.get("/meja/persetujuan", dependencies=[Depends(need("decision.approve"))])
def approvals(request: Request):
    items = _reg(request).desk.pending_approvals()
    return desk_page(request, "desk/approvals.html.j2", items=items)


@router.get("/meja/unggah", dependencies=[Depends(need("application.upload"))])
def upload_form(request: Request):
    return desk_page(request, "desk/upload.html.j2", error="")


@router.post("/meja/unggah", dependencies=desk_post("application.upload",
                                                    UPLOAD_LIMIT + 64 * 1024))
async def upload(request: Request, file: UploadFile | None = File(None), once: str = Form("")):
    from starlette.concurrency import run_in_threadpool

    lang = lang_of(request)
    try:
        raw, name = await _read_upload(file, UPLOAD_LIMIT)
    except InputError as e:
        return desk_page(request, "desk/upload.html.j2", status=400, error=error_text(e, lang))

    def work():
        def run():
            app = desk.upload(_reg(request), raw, name, request.state.user, lang=lang,
                              tmp_dir=request.app.state.settings.data_dir)
            return f"/meja/pengajuan/{app.ref}?ok=uploaded"

        try:
            return submit_once(request, once, "application.upload", run)
        except InputError as e:
            return desk_page(request, "desk/upload.html.j2", status=400,
                             error=error_text(e, lang))

    return await run_in_threadpool(work)


# -- certificates -------------------------------------------------------------------------------

@router.get("/meja/sertifikat", dependencies=[Depends(need("certificate.view"))])
def certificates(request: Request, q: str = "", page: int = 1):
    reg = _reg(request)
    q = q.strip()[:40]
    page = max(1, min(page, 10_000))
    number = parse_number(q) if q else None
    if number:
        return RedirectResponse(f"/meja/sertifikat/{number}", status_code=303)
    key = business_key(q) if q else None
    records = list(reg.records(business_key=key or None, limit=PAGE + 1,
                               offset=(page - 1) * PAGE))
    return desk_page(request, "desk/certificates.html.j2", records=records[:PAGE], q=q,
                     page=page, more=len(records) > PAGE,
                     page_url=lambda n: with_query("/meja/sertifikat", q=q, page=n))


def _certificate(request: Request, number: str):
    canonical = parse_number(number)
    rec = _reg(request).get(canonical) if canonical else None
    if rec is None:
        raise HTTPException(status_code=404)
    return rec


@router.get("/meja/sertifikat/{number}", dependencies=[Depends(need("certificate.view"))])
def certificate(request: Request, number: str):
    rec = _certificate(request, number)
    if rec.number != number:
        return RedirectResponse(f"/meja/sertifikat/{rec.number}", status_code=301)
    return _certificate_page(request, rec)


def _certificate_page(request: Request, rec, status: int = 200, error: str = ""):
    pdf = (certificates_dir(request) / f"{rec.number}.pdf").exists()
    return desk_page(request, "desk/certificate.html.j2", status=status, rec=rec,
                     state=rec.status(), pdf=pdf, error=error)


@router.get("/meja/sertifikat/{number}/pdf", dependencies=[Depends(need("certificate.view"))])
def certificate_pdf(request: Request, number: str):
    rec = _certificate(request, number)
    path = certificates_dir(request) / f"{rec.number}.pdf"
    if not path.exists():
        raise HTTPException(status_code=404)
    return FileResponse(path, media_type="application/pdf", headers={
        "content-disposition": attachment(f"{rec.number}.pdf"), "cache-control": "no-store"})


@router.post("/meja/sertifikat/{number}/cabut", dependencies=desk_post("certificate.revoke"))
def revoke(request: Request, number: str, reason: str = Form(""), once: str = Form(""),
           password: str = Form("")):
    from readiness import applications as loop

    rec = _certificate(request, number)

    def run():
        loop.revoke(_reg(request), rec.number, request.state.user, reason[:2000],
                    password=password[:1024], client=_client(request),
                    mail=getattr(request.app.state, "mail", None))
        return f"/meja/sertifikat/{rec.number}?ok=revoked"

    try:
        return submit_once(request, once, "certificate.revoke", run)
    except InputError as e:
        return _certificate_page(request, rec, status=400,
                                 error=error_text(e, lang_of(request)))

