"""Who may do what on the desk: the permission matrix, and the dependency every desk route
uses to enforce it.

    @router.get("/meja/antrean", dependencies=[Depends(need("queue.view"))])
    @router.post("/meja/...", dependencies=desk_post("decision.record"))   # + CSRF

`need(permission)` finds the session from its cookie (readiness.register.accounts), binds the
CSRF token to it, sends a logged-out visitor to the login page (JSON routes answer 401), sends
someone whose password was reset to change it first, and answers 403 to a role the matrix
does not allow. tests/desk/test_permissions.py tries every route of the app with every role
and logged out, against this table.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import Depends, HTTPException, Request

from readiness.web.security import require_csrf

ROLES = ("officer", "approver", "organizer", "admin")
OFFICE = frozenset({"officer", "approver", "admin"})       # the office's desk
EVERYONE = frozenset(ROLES)

# The permission matrix: the one place that says which role may do what.
PERMISSIONS: dict[str, frozenset] = {
    "desk.home": EVERYONE,                       # /meja: each role's start page
    "account.own": EVERYONE,                     # one's own password
    "queue.view": OFFICE,                        # the queue of applications
    "application.view": OFFICE,                  # an application, its findings (NIK, phone)
    "application.status": OFFICE,                # start a review, return to the business
    "application.upload": OFFICE,                # a dossier received by the office
    "decision.record": OFFICE,                   # waivers and manual verdicts
    "decision.withdraw": OFFICE,                 # one's own (approvers: anyone's)
    "decision.approve": frozenset({"approver", "admin"}),   # a blocker's waiver, not one's own
    "decision.file": OFFICE,                     # export and import the decisions file
    "certificate.view": OFFICE,                  # a certificate with its history, the PDF
    "certificate.issue": OFFICE,
    "certificate.revoke": OFFICE,
    "business.view": OFFICE,                     # a business's timeline, the follow-ups
    "business.assign": OFFICE,                   # its pendamping, community, regency
    "dashboard.view": OFFICE,                    # the funnel and the monthly report
    "vendor.use": frozenset({"organizer", "admin"}),        # the vendor desk (own uploads)
    "vendor.all": frozenset({"admin"}),          # every organizer's uploads
    "audit.view": frozenset({"approver", "admin"}),         # the audit log and its export
    "users.manage": frozenset({"admin"}),        # accounts and roles
    "settings.manage": frozenset({"admin"}),     # e.g. organizers seeing personal data
}
# Roles that see NIK and phone numbers (UU 27/2022); organizers only if an admin allows it.
PERSONAL_DATA = OFFICE
ORGANIZER_PERSONAL_SETTING = "organizer_personal_data"

SESSION_COOKIE = "rd_session"


def allowed(role: str | None, permission: str) -> bool:
    return role is not None and role in PERMISSIONS[permission]


def sees_personal_data(request: Request) -> bool:
    """NIK and phone numbers: the office's roles; an organizer only when an admin allowed it
    (a setting recorded in the audit log)."""
    user = getattr(request.state, "user", None)
    if user is None:
        return False
    if user.role in PERSONAL_DATA:
        return True
    reg = request.app.state.register
    return reg.desk.setting(ORGANIZER_PERSONAL_SETTING, "no") == "yes"


class LoginRequired(Exception):
    """No live session: to the login page (or 401 for JSON)."""


class PasswordChange(Exception):
    """The password was reset: change it before anything else."""


def current_session(request: Request):
    """The live session of the request's cookie, or None (looked up once per request)."""
    if hasattr(request.state, "session"):
        return request.state.session
    token = request.cookies.get(SESSION_COOKIE)
    session = request.app.state.register.accounts.session(token) if token else None
    request.state.session = session
    request.state.user = session.user if session else None
    request.state.csrf_binding = session.id if session else ""
    return session


def need(permission: str):
    if permission not in PERMISSIONS:
        raise KeyError(permission)

    def dependency(request: Request):
        session = current_session(request)
        if session is None:
            raise LoginRequired()
        if session.user.must_change and permission != "account.own":
            raise PasswordChange()
        if not allowed(session.user.role, permission):
            raise HTTPException(status_code=403)
        return session

    dependency.permission = permission
    return dependency


FORM_LIMIT = 256 * 1024                 # a desk form without a file


def body_limit(max_bytes: int):
    """Refuse a request body larger than `max_bytes` before anything reads it (413), and one
    whose size is not announced (411): a form is parsed, and an upload spooled to disk, only
    within the limit."""

    def dependency(request: Request):
        length = request.headers.get("content-length")
        if length is None or not length.isdigit():
            raise HTTPException(status_code=411)
        if int(length) > max_bytes:
            raise HTTPException(status_code=413)

    return dependency


def desk_post(permission: str, max_bytes: int = FORM_LIMIT) -> list:
    """The dependencies of a desk form's POST: the permission, the size of the body, then the
    CSRF token bound to the session."""
    return [Depends(need(permission)), Depends(body_limit(max_bytes)), Depends(require_csrf)]


def install(app) -> None:
    """The redirects for LoginRequired and PasswordChange."""
    from fastapi.responses import JSONResponse, RedirectResponse

    @app.exception_handler(LoginRequired)
    async def to_login(request: Request, exc):
        if request.url.path.endswith(".json"):
            return JSONResponse({"error": "login required"}, status_code=401)
        target = request.url.path
        if request.method == "GET" and request.url.query:
            target += "?" + request.url.query
        # a cookie that opens no session any more: say the session ended
        info = "&info=expired" if request.cookies.get(SESSION_COOKIE) else ""
        return RedirectResponse("/masuk?next=" + quote(target, safe="") + info,
                                status_code=303)

    @app.exception_handler(PasswordChange)
    async def to_account(request: Request, exc):
        return RedirectResponse("/meja/akun", status_code=303)


def permission_for(routers, path: str) -> str | None:
    """The permission of the desk page at `path` (GET) among `routers` (the running app's,
    `request.app.state.routers`), if any route serves it."""
    from starlette.routing import Match

    scope = {"type": "http", "path": path.split("?", 1)[0], "method": "GET"}
    for router in routers:
        for route in router.routes:
            match, _ = route.matches(scope)
            if match == Match.FULL:
                for dep in getattr(route, "dependencies", []):
                    perm = getattr(dep.dependency, "permission", None)
                    if perm:
                        return perm
                return None
    return None


def safe_next(value: str | None) -> str:
    """Where to go after logging in: a desk path of this site only (no open redirect)."""
    v = (value or "").strip()
    if v.startswith("/meja") and "//" not in v and "\\" not in v and len(v) < 400 \
            and all(32 < ord(c) < 127 for c in v):
        return v
    return "/meja"
