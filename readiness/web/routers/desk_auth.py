"""Logging in and out of the desk, and one's own account.

    GET  /masuk            the login form (?next=/meja/... to return to)
    POST /masuk            name and password: a session cookie, or the reason there is none
    GET  /keluar           a button to log out (logging out is a POST, with its CSRF token)
    POST /keluar
    GET  /meja             each role's start page
    GET  /meja/akun        one's account; POST: a new password (required after a reset)
"""

from __future__ import annotations

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import RedirectResponse

from readiness.errors import InputError
from readiness.web.auth import SESSION_COOKIE, allowed, current_session, desk_post, need, permission_for, safe_next
from readiness.web.desk_ui import desk_page, error_text, submit_once, when
from readiness.web.pages import lang_of
from readiness.web.security import require_csrf
from readiness.words import t

router = APIRouter()

START = {"officer": "/meja/antrean", "approver": "/meja/antrean", "admin": "/meja/antrean",
         "organizer": "/meja/vendor"}


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


@router.get("/masuk")
def login_form(request: Request, next: str = ""):
    if current_session(request) is not None:
        return RedirectResponse(safe_next(next), status_code=303)
    notice = request.query_params.get("info", "")
    return desk_page(request, "desk/login.html.j2", next=safe_next(next), name="",
                     error="", notice=notice if notice in ("logged_out", "expired") else "")


@router.post("/masuk", dependencies=[Depends(require_csrf)])
def login(request: Request, name: str = Form(""), password: str = Form(""),
          next: str = Form("")):
    lang = lang_of(request)
    accounts = request.app.state.register.accounts
    got = accounts.authenticate(name[:200], password[:2048], client=_client(request))
    if got.outcome != "ok":
        if got.outcome == "locked":
            key = {"account": "desk.login_locked_account", "client": "desk.login_locked_client"}
            msg = t(key[got.scope], lang, until=when(got.until, lang, time_only=True))
        elif got.outcome == "disabled":
            msg = t("desk.login_disabled", lang)
        else:
            msg = t("desk.login_bad", lang)
        return desk_page(request, "desk/login.html.j2", status=401 if got.outcome == "bad"
                         else 403, next=safe_next(next), name=name[:64], error=msg, notice="")
    token = accounts.start_session(got.user, client=_client(request),
                                   agent=request.headers.get("user-agent", ""))
    target = "/meja/akun" if got.user.must_change else safe_next(next)
    perm = permission_for(request.app.state.routers, target)
    if target == "/meja" or (perm is not None and not allowed(got.user.role, perm)):
        target = START[got.user.role]          # a page this role may not see: its own start
    response = RedirectResponse(target, status_code=303)
    response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="lax", path="/",
                        secure=request.url.scheme == "https")
    return response


@router.get("/keluar")
def logout_form(request: Request):
    if current_session(request) is None:
        return RedirectResponse("/masuk", status_code=303)
    return desk_page(request, "desk/logout.html.j2")


@router.post("/keluar", dependencies=desk_post("account.own"))
def logout(request: Request):
    request.app.state.register.accounts.end_session(request.state.session)
    response = RedirectResponse("/masuk?info=logged_out", status_code=303)
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/meja", dependencies=[Depends(need("desk.home"))])
def desk_home(request: Request):
    target = START[request.state.user.role]
    ok = request.query_params.get("ok", "")
    return RedirectResponse(target + (f"?ok={ok}" if ok.isidentifier() else ""),
                            status_code=303)


@router.get("/meja/akun", dependencies=[Depends(need("account.own"))])
def account(request: Request):
    return desk_page(request, "desk/account.html.j2", error="")


@router.post("/meja/akun", dependencies=desk_post("account.own"))
def change_password(request: Request, old: str = Form(""), new: str = Form(""),
                    again: str = Form(""), once: str = Form("")):
    lang = lang_of(request)
    user, session = request.state.user, request.state.session

    def run():
        if new != again:
            raise InputError("password_mismatch", path="again")
        request.app.state.register.accounts.change_password(user, old, new,
                                                            session_id=session.id)
        return "/meja?ok=password_changed"

    try:
        return submit_once(request, once, "account.password", run)
    except InputError as e:
        return desk_page(request, "desk/account.html.j2", status=400,
                         error=error_text(e, lang))
