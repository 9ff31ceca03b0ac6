"""The desk's side of the owner <-> office loop (the work is readiness.applications,
readiness.pembinaan and readiness.funnel):

    POST /meja/pengajuan/{ref}/kembalikan     return to the owner, a note per requirement
    POST /meja/pengajuan/{ref}/setujui        approve (a certificate is due)
    POST /meja/keputusan/{decision_id}/tinjau an approver rejects or returns a waiver
    GET  /meja/usaha/{business_id}            a business: timeline, pendamping, community
    POST /meja/usaha/{business_id}            assign its pendamping, community, regency
    GET  /meja/tindak-lanjut                  the follow-ups of the week (?saya=1: mine)
    GET  /meja/dasbor                         the funnel by regency or community, week by week
    GET  /meja/dasbor/laporan-{month}.{fmt}   the monthly report, xlsx or pdf
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import Response
from starlette.exceptions import HTTPException

from readiness import applications as loop
from readiness import funnel as fn
from readiness import pembinaan
from readiness.clock import office_today
from readiness.errors import InputError
from readiness.web.downloads import attachment
from readiness.web.auth import desk_post, need
from readiness.web.desk_ui import desk_page, error_text, submit_once
from readiness.web.pages import lang_of

router = APIRouter()


def _reg(request: Request):
    return request.app.state.register


def _mail(request: Request):
    return getattr(request.app.state, "mail", None)


def _again(request: Request, ref: str, e: InputError, where: str):
    from readiness.web.routers.desk import _application_page, _review

    return _application_page(request, _review(request, ref), status=400,
                             error=error_text(e, lang_of(request)), where=where)


@router.post("/meja/pengajuan/{ref}/kembalikan", dependencies=desk_post("application.status"))
async def give_back(request: Request, ref: str):
    """The return form: a general note and a note beside each gap (`n:RULE:PRODUCT`)."""
    from starlette.concurrency import run_in_threadpool

    form = await request.form(max_files=0, max_fields=400)
    once, note = str(form.get("once") or ""), str(form.get("note") or "")[:4000]
    notes = []
    for k, v in form.multi_items():
        if k.startswith("n:") and isinstance(v, str) and v.strip():
            _, rule, product = (k.split(":", 2) + [""])[:3]
            notes.append((rule[:40], int(product) if product.isdigit() else None, v[:2000]))

    def work():
        def run():
            loop.return_to_owner(_reg(request), ref, request.state.user, note=note,
                                 notes=notes, mail=_mail(request))
            return f"/meja/pengajuan/{_reg(request).application(ref).ref}?ok=status_returned"

        try:
            return submit_once(request, once, "application.return", run)
        except InputError as e:
            return _again(request, ref, e, "status")

    return await run_in_threadpool(work)


@router.post("/meja/pengajuan/{ref}/setujui", dependencies=desk_post("application.status"))
def approve(request: Request, ref: str, once: str = Form("")):
    def run():
        app = loop.approve(_reg(request), ref, request.state.user, mail=_mail(request))
        return f"/meja/pengajuan/{app.ref}?ok=approved_app"

    try:
        return submit_once(request, once, "application.approve", run)
    except InputError as e:
        return _again(request, ref, e, "issue")


@router.post("/meja/keputusan/{decision_id}/tinjau", dependencies=desk_post("decision.approve"))
def review_waiver(request: Request, decision_id: int, review: str = Form(""),
                  reason: str = Form(""), once: str = Form("")):
    found = _reg(request).desk.decision(decision_id)
    if found is None:
        raise HTTPException(status_code=404)

    def run():
        ref = loop.review_waiver(_reg(request), decision_id, request.state.user,
                                 review[:12], reason[:2000])
        return f"/meja/pengajuan/{ref}?ok=waiver_{'rejected' if review == 'rejected' else 'returned'}#d{decision_id}"

    try:
        return submit_once(request, once, "decision.review", run)
    except InputError as e:
        return _again(request, found[0], e, f"d{decision_id}")


# -- pembinaan -----------------------------------------------------------------------------------

def _business(request: Request, business_id: int):
    biz = _reg(request).loop.business(business_id)
    if biz is None:
        raise HTTPException(status_code=404)
    return biz


def _officers(request: Request) -> list:
    return [u for u in _reg(request).accounts.list()
            if not u.disabled and u.role in ("officer", "approver", "admin")]


@router.get("/meja/usaha/{business_id}", dependencies=[Depends(need("business.view"))])
def business(request: Request, business_id: int):
    return _business_page(request, business_id)


def _business_page(request: Request, business_id: int, status: int = 200, error: str = ""):
    reg = _reg(request)
    biz = _business(request, business_id)
    apps = reg.applications(business_id=business_id, limit=50, brief=True)
    return desk_page(request, "desk/business.html.j2", status=status, biz=biz, apps=apps,
                     moments=pembinaan.timeline(reg, business_id), officers=_officers(request),
                     communities=reg.loop.communities(), error=error)


@router.post("/meja/usaha/{business_id}", dependencies=desk_post("business.assign"))
def assign(request: Request, business_id: int, pendamping: str = Form(""),
           community: str = Form(""), regency: str = Form(""), once: str = Form("")):
    biz = _business(request, business_id)
    apps = _reg(request).applications(business_id=business_id, limit=1, brief=True)

    def run():
        if not apps:
            raise InputError("loop.e_no_business", path="business")
        loop.assign(_reg(request), apps[0].ref, request.state.user,
                    pendamping=pendamping[:64], community=community[:120],
                    regency=regency[:120] or biz.regency)
        return f"/meja/usaha/{business_id}?ok=business_saved"

    try:
        return submit_once(request, once, "business.assign", run)
    except InputError as e:
        return _business_page(request, business_id, 400, error_text(e, lang_of(request)))


@router.get("/meja/tindak-lanjut", dependencies=[Depends(need("business.view"))])
def follow_ups(request: Request, saya: str = ""):
    user = request.state.user
    mine = saya == "1"
    items = pembinaan.follow_ups(_reg(request), pendamping_id=user.id if mine else None)
    return desk_page(request, "desk/followups.html.j2", items=items, mine=mine,
                     returned_days=pembinaan.RETURNED_DAYS,
                     pending_days=pembinaan.PENDING_DAYS)


# -- the dashboard -------------------------------------------------------------------------------

@router.get("/meja/dasbor", dependencies=[Depends(need("dashboard.view"))])
def dashboard(request: Request, per: str = "regency"):
    from readiness.render.charts import funnel_bars, week_lines

    lang = lang_of(request)
    by = per if per in ("regency", "community") else "regency"
    f = fn.funnel(_reg(request), by=by)
    heads = [fn.stage_word(s, lang) for s in fn.STAGES]
    today = office_today()
    months = []
    y, m = today.year, today.month
    for _ in range(6):
        months.append(f"{y:04d}-{m:02d}")
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return desk_page(request, "desk/dashboard.html.j2", f=f, heads=heads, by=by,
                     chart=funnel_bars(list(zip(heads, f.total, strict=True)),
                                       title=fn.stage_word("registered", lang)),
                     weeks=week_lines(f.weeks, heads, title=heads[0]), months=months,
                     change=[b - a for a, b in zip(f.weeks[-2][1], f.weeks[-1][1], strict=True)]
                     if len(f.weeks) > 1 else [0] * len(heads))


@router.get("/meja/dasbor/laporan-{month}.{fmt}", dependencies=[Depends(need("dashboard.view"))])
def month_report(request: Request, month: str, fmt: str):
    from readiness import desk

    if fmt not in ("xlsx", "pdf"):
        raise HTTPException(status_code=404)
    lang = lang_of(request)
    try:
        m = fn.month_report(_reg(request), month[:7])
    except InputError:
        raise HTTPException(status_code=404) from None
    if fmt == "xlsx":
        data = fn.xlsx(fn.funnel(_reg(request), by="regency"), lang, month=m)
        media = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        with desk._ISSUE_LOCK:          # one WeasyPrint render at a time in this process
            data = fn.month_pdf(m, lang, request.app.state.office.name or "")
        media = "application/pdf"
    return Response(data, media_type=media, headers={
        "content-disposition": attachment(f"laporan-ikm-{m.month}.{fmt}"),
        "cache-control": "no-store"})
