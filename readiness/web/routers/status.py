"""The owner's status page: her private link to follow what the office does with what she
sent, and to fix and resend what it returned.

    GET  /status/{ref}/{secret}                 the status, the officer's notes, what next,
                                                the certificate, the office's contact
    GET  /status/{ref}/{secret}/qr.svg          the link as a QR code (to print, to share)
    GET  /status/{ref}/{secret}/cetak           a card to print: the reference, the link, its QR
    GET  /status/{ref}/{secret}/sertifikat.pdf  her signed certificate
    POST /status/{ref}/{secret}/ubah            reopen her answers in /periksa to resend them
    GET  /status/{ref}                          no secret: the plain page below

The secret (18 random bytes, url-safe) is compared in constant time; a wrong secret, an
unknown reference and a missing secret all get the same plain page, which names nobody and
says what to do (the office's contact). Nothing is cached by the browser or a proxy.
"""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, Request
from fastapi.responses import FileResponse, RedirectResponse, Response

from readiness import applications as loop
from readiness.web.downloads import attachment
from readiness.web.pages import lang_of, page
from readiness.web.security import csrf_token, require_csrf

router = APIRouter()

CONTACT_KEYS = ("phone", "whatsapp", "email", "address", "hours")
PRIVATE = {"cache-control": "no-store", "x-robots-tag": "noindex, nofollow"}


def office_contact(request: Request) -> dict:
    """The office's contact as an admin set it on the desk (Pengaturan)."""
    desk = request.app.state.register.desk
    out = {k: desk.setting(f"office.{k}", "") for k in CONTACT_KEYS}
    out["name"] = request.app.state.office.name or ""
    out["wa"] = loop.wa_number(out["whatsapp"])
    return out


def base_url(request: Request) -> str:
    return request.app.state.settings.base_url or str(request.base_url).rstrip("/")


def _app(request: Request, ref: str, secret: str):
    """The application when the secret opens it, else None."""
    if len(ref) > 40 or len(secret) > 100:
        return None
    app = request.app.state.register.application(ref)
    return app if loop.check_secret(app, secret) else None


def _unknown(request: Request):
    """One plain page for a wrong secret, an unknown reference or none: no personal data."""
    response = page(request, "status/unknown.html.j2", contact=office_contact(request),
                    lang_path="/status")
    response.headers.update(PRIVATE)
    return response


@router.get("/status/{ref}")
def no_secret(request: Request, ref: str):
    return _unknown(request)


def _view(request: Request, app, lang: str) -> dict:
    """What her page shows, from the register (her words, the officer's, the office's)."""
    from readiness import desk

    reg = request.app.state.register
    rv = desk.review(reg, app.ref, lang=lang)
    titles = {rid: (r or {}).get("title", "") for rid, r in (rv.result["rules"] if rv else {}
                                                             ).items()}
    notes = reg.loop.notes(app.ref)
    returned = [e for e in app.events if e.status == "returned"]
    last_return = returned[-1] if returned else None
    latest = [n for n in notes if n.version == max((x.version for x in notes), default=0)]
    cert = reg.get(app.certificate) if app.certificate else None
    revoked = next((e for e in reversed(app.events) if e.status == "revoked"), None)
    versions = reg.loop.versions(app.ref)
    reopen = app.status not in ("certified", "approved") and bool(
        versions and versions[-1].answers)
    link = base_url(request) + loop.status_path(app)
    share = loop.owner_message(app, link, request.app.state.office.name or "", lang)
    pdf = bool(cert) and (Path(request.app.state.settings.data_dir) / "desk" / "certificates"
                          / f"{cert.number}.pdf").exists()
    return {"a": app, "link": link, "notes": latest if app.status == "returned" else [],
            "note": last_return.note if last_return and app.status == "returned" else "",
            "returned_at": last_return.at if last_return else None, "titles": titles,
            "cert": cert, "cert_state": cert.status() if cert else "", "pdf": pdf,
            "revoked": revoked, "reopen": reopen, "share": loop.wa_link("", share),
            "verify": f"{base_url(request)}/v/{cert.number}" if cert else "",
            "history": [e for e in app.events], "contact": office_contact(request),
            "upload": app.source != "self_assessment", "decided": _decided(rv, lang)}


def _decided(rv, lang: str) -> list[dict]:
    """What an officer will decide (issue 20): the requirements still `manual`, with the
    officer's question; the owner has nothing to fix for them."""
    if rv is None:
        return []
    from readiness.plan import build_plan

    return [{"title": c.title, "who": ", ".join(c.subjects), "questions": c.questions}
            for c in build_plan(rv.result, lang=lang).manual]


@router.get("/status/{ref}/{secret}")
def status(request: Request, ref: str, secret: str):
    app = _app(request, ref, secret)
    if app is None:
        return _unknown(request)
    lang = lang_of(request)
    response = page(request, "status/status.html.j2", lang=lang, csrf=csrf_token(request),
                    **_view(request, app, lang))
    response.headers.update(PRIVATE)
    return response


@router.get("/status/{ref}/{secret}/qr.svg")
def qr(request: Request, ref: str, secret: str):
    import io

    import segno

    app = _app(request, ref, secret)
    if app is None:
        return _unknown(request)
    out = io.BytesIO()
    segno.make(base_url(request) + loop.status_path(app), error="m").save(
        out, kind="svg", scale=6, border=2, xmldecl=False, svgns=True)
    return Response(out.getvalue(), media_type="image/svg+xml", headers=PRIVATE)


@router.get("/status/{ref}/{secret}/cetak")
def card(request: Request, ref: str, secret: str):
    app = _app(request, ref, secret)
    if app is None:
        return _unknown(request)
    response = page(request, "status/card.html.j2", a=app,
                    link=base_url(request) + loop.status_path(app),
                    contact=office_contact(request))
    response.headers.update(PRIVATE)
    return response


@router.get("/status/{ref}/{secret}/sertifikat.pdf")
def certificate(request: Request, ref: str, secret: str):
    app = _app(request, ref, secret)
    if app is None or not app.certificate:
        return _unknown(request)
    path = (Path(request.app.state.settings.data_dir) / "desk" / "certificates"
            / f"{app.certificate}.pdf")
    if not path.exists():
        return _unknown(request)
    return FileResponse(path, media_type="application/pdf", headers={
        **PRIVATE, "content-disposition": attachment(f"{app.certificate}.pdf")})


@router.post("/status/{ref}/{secret}/ubah", dependencies=[Depends(require_csrf)])
async def reopen(request: Request, ref: str, secret: str):
    """Her answers of the last version back in the form, marked as a resubmission of this
    application (the draft is signed; the secret is checked again when she sends)."""
    from readiness.web.routers import periksa

    app = _app(request, ref, secret)
    if app is None:
        return _unknown(request)
    versions = request.app.state.register.loop.versions(app.ref)
    answers = versions[-1].answers if versions else None
    if not answers or app.status in ("certified", "approved"):
        return RedirectResponse(loop.status_path(app), status_code=303)
    draft = {**answers, "again": {"ref": app.ref, "k": secret, "v": app.version},
             "done": True, "at": "usaha"}
    draft.pop("sent", None)
    lang = lang_of(request)
    if len(periksa.seal(request, draft)) > periksa.MAX_COOKIE:
        return periksa._answer_page(request, draft, lang)
    response = RedirectResponse(f"/periksa/hasil?lang={lang}", status_code=303)
    periksa._keep(request, response, draft)
    return response
