"""Accounts, settings and the audit log.

    GET  /meja/pengguna                       accounts (admin)
    POST /meja/pengguna                       a new account
    POST /meja/pengguna/{name}/{action}       role, disable, enable, reset (a temporary password)
    GET  /meja/pengaturan, POST               organizers seeing NIK and phone numbers (admin)
    GET  /meja/audit                          the audit log, newest first; ?check=1 checks the
                                              chain (approver, admin)
    GET  /meja/audit/ekspor?format=csv|jsonl  the whole log, for the office's records
"""

from __future__ import annotations


from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import StreamingResponse
from starlette.exceptions import HTTPException

from readiness.clock import office_today
from readiness.errors import InputError
from readiness.register import audit
from readiness.register.accounts import ROLES
from readiness.web.routers.status import CONTACT_KEYS
from readiness.web.downloads import attachment
from readiness.web.auth import ORGANIZER_PERSONAL_SETTING, desk_post, need
from readiness.web.desk_ui import desk_page, error_text, submit_once, with_query
from readiness.web.pages import lang_of

router = APIRouter()

ACTIONS = ("role", "disable", "enable", "reset")


def _accounts(request: Request):
    return request.app.state.register.accounts


def _users_page(request: Request, status: int = 200, error: str = "", where: str = ""):
    return desk_page(request, "desk/users.html.j2", status=status, users=_accounts(request).list(),
                     roles=ROLES, error=error, where=where)


@router.get("/meja/pengguna", dependencies=[Depends(need("users.manage"))])
def users(request: Request):
    return _users_page(request)


@router.post("/meja/pengguna", dependencies=desk_post("users.manage"))
def add_user(request: Request, name: str = Form(""), full_name: str = Form(""),
             role: str = Form(""), password: str = Form(""), again: str = Form(""),
             once: str = Form("")):
    lang = lang_of(request)

    def run():
        if password != again:
            raise InputError("password_mismatch", path="again")
        u = _accounts(request).add(name[:64], role, password, full_name=full_name[:200],
                                   actor=request.state.user.name, must_change=True)
        return with_query("/meja/pengguna", ok="user_added") + f"#u-{u.name}"

    try:
        return submit_once(request, once, "users.add", run)
    except InputError as e:
        return _users_page(request, 400, error_text(e, lang), "add")


@router.post("/meja/pengguna/{name}/{action}", dependencies=desk_post("users.manage"))
def change_user(request: Request, name: str, action: str, role: str = Form(""),
                password: str = Form(""), once: str = Form("")):
    if action not in ACTIONS:
        raise HTTPException(status_code=404)
    accounts, actor = _accounts(request), request.state.user.name

    def run():
        if action == "role":
            accounts.set_role(name, role, actor=actor)
        elif action == "disable":
            if accounts.get(name) and accounts.get(name).id == request.state.user.id:
                raise InputError("own_account_disable", path="NAME")
            accounts.disable(name, actor=actor)
        elif action == "enable":
            accounts.enable(name, actor=actor)
        else:
            accounts.reset(name, password, actor=actor)
        return with_query("/meja/pengguna", ok=f"user_{action}") + f"#u-{name}"

    try:
        return submit_once(request, once, f"users.{action}", run)
    except InputError as e:
        return _users_page(request, 400, error_text(e, lang_of(request)), name)


@router.get("/meja/pengaturan", dependencies=[Depends(need("settings.manage"))])
def settings(request: Request):
    return _settings_page(request)


def _settings_page(request: Request, status: int = 200, error: str = ""):
    desk = request.app.state.register.desk
    return desk_page(request, "desk/settings.html.j2", status=status, error=error,
                     organizer_personal=desk.setting(ORGANIZER_PERSONAL_SETTING, "no") == "yes",
                     contact={k: desk.setting(f"office.{k}", "") for k in CONTACT_KEYS})


@router.post("/meja/pengaturan", dependencies=desk_post("settings.manage"))
def save_settings(request: Request, organizer_personal: str = Form("no"), once: str = Form(""),
                  office_phone: str = Form(""), office_whatsapp: str = Form(""),
                  office_email: str = Form(""), office_address: str = Form(""),
                  office_hours: str = Form("")):
    given = {"phone": office_phone, "whatsapp": office_whatsapp, "email": office_email,
             "address": office_address, "hours": office_hours}

    def run():
        desk = request.app.state.register.desk
        desk.set_setting(ORGANIZER_PERSONAL_SETTING,
                         "yes" if organizer_personal == "yes" else "no",
                         actor=request.state.user.name)
        for k in CONTACT_KEYS:      # the office's contact, on every owner's status page
            value = " ".join(given[k].split())[:300 if k == "address" else 120]
            if value != desk.setting(f"office.{k}", ""):
                desk.set_setting(f"office.{k}", value, actor=request.state.user.name)
        return "/meja/pengaturan?ok=settings_saved"

    try:
        return submit_once(request, once, "settings", run)
    except InputError as e:
        return _settings_page(request, 400, error_text(e, lang_of(request)))


@router.get("/meja/audit", dependencies=[Depends(need("audit.view"))])
def audit_log(request: Request, action: str = "", actor: str = "", check: str = ""):
    reg = request.app.state.register
    action, actor = action.strip()[:40], actor.strip()[:200]
    entries = list(audit.entries(reg, newest_first=True, limit=200, actor=actor or None,
                                 action=(action + "*") if action else None))
    verdict = audit.verify(reg) if check else None
    return desk_page(request, "desk/audit.html.j2", entries=entries, action=action,
                     actor=actor, verdict=verdict)


@router.get("/meja/audit/ekspor", dependencies=[Depends(need("audit.view"))])
def audit_export(request: Request, format: str = "csv"):
    from starlette.concurrency import iterate_in_threadpool


    fmt = "jsonl" if format == "jsonl" else "csv"
    reg = request.app.state.register
    stamp = office_today().isoformat()
    media = "application/x-ndjson" if fmt == "jsonl" else "text/csv; charset=utf-8"
    lines = audit.export_lines(audit.entries(reg), fmt)
    return StreamingResponse(iterate_in_threadpool(lines), media_type=media, headers={
        "content-disposition": attachment(f"audit-{stamp}.{fmt}"),
        "cache-control": "no-store"})
