"""What every desk page needs: the signed-in user, the navigation their role allows, CSRF
tokens bound to their session, a submission key per form (a double-clicked submit does one
thing), local times, and errors worded for people (no file paths or JSON paths)."""

from __future__ import annotations

import datetime as dt
import secrets
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse

from readiness.clock import TZ_LABEL, to_office
from readiness.errors import InputError
from readiness.register.desk import Claimed
from readiness.render.format import fmt_date
from readiness.web.auth import allowed, sees_personal_data
from readiness.web.pages import page
from readiness.web.security import csrf_token
from readiness.words import t

# (permission, path, word) of the navigation, in order
NAV = (
    ("queue.view", "/meja/antrean", "desk.nav_queue"),
    ("business.view", "/meja/tindak-lanjut", "loop.nav_followups"),
    ("dashboard.view", "/meja/dasbor", "loop.nav_dashboard"),
    ("decision.approve", "/meja/persetujuan", "desk.nav_approvals"),
    ("application.upload", "/meja/unggah", "desk.nav_upload"),
    ("certificate.view", "/meja/sertifikat", "desk.nav_certificates"),
    ("vendor.use", "/meja/vendor", "desk.nav_vendor"),
    ("audit.view", "/meja/audit", "desk.nav_audit"),
    ("users.manage", "/meja/pengguna", "desk.nav_users"),
    ("settings.manage", "/meja/pengaturan", "desk.nav_settings"),
)

def when(value, lang: str = "id", *, time_only: bool = False) -> str:
    """A moment in the office's time: '30 Nov 2026 14:05 WITA'."""
    if value is None:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    local = to_office(value)
    if time_only:
        return f"{local:%H:%M} {TZ_LABEL}"

    return f"{fmt_date(local.date(), lang)} {local:%H:%M} {TZ_LABEL}"


def nav(user) -> list[tuple[str, str]]:
    return [(path, word) for perm, path, word in NAV if allowed(user.role, perm)]


def desk_page(request: Request, template: str, status: int = 200, **context):
    """A desk page: `page()` with the user, their navigation and form helpers."""
    user = getattr(request.state, "user", None)
    session = getattr(request.state, "session", None)
    binding = session.id if session else ""
    ok = request.query_params.get("ok", "")
    return page(request, template, status=status, user=user,
                nav=nav(user) if user else [], csrf=csrf_token(request, binding),
                once=lambda: secrets.token_urlsafe(16), ok=ok if ok.isidentifier() else "",
                personal=sees_personal_data(request) if user else False, **context)


def error_text(e: InputError, lang: str) -> str:
    """An error for a person at a form: its message (and what was expected) in their
    language, without the JSON path (the form shows which field); the file and line when it
    is about a file they sent."""
    text = " ".join(e.text(lang).split())
    if e.file and e.line is not None and e.file not in ("desk", "<decisions>"):
        return t("desk.file_line", lang, file=e.file, line=e.line, text=text)
    return text


def field_of(e: InputError) -> str:
    """The form field an error is about (the last name in its path)."""
    path = e.path or ""
    tail = path.rsplit(".", 1)[-1] if "." in path else path
    return tail.split("[", 1)[0]


def with_query(path: str, **params) -> str:
    params = {k: v for k, v in params.items() if v not in (None, "")}
    return path + ("?" + urlencode(params) if params else "")


def submit_once(request: Request, key: str, action: str, run):
    """Act on a form once: claim its submission key, run `run()` (which returns where to go
    next), remember the answer. A second submission of the same form (a double click, a
    reload) goes where the first went, and does nothing again. InputError propagates (the
    caller shows the form with the message; the form may be sent again corrected)."""
    desk = request.app.state.register.desk
    user = request.state.user
    try:
        desk.claim(key, user_id=user.id, action=action)
    except Claimed as c:
        state, result = c.state, c.result
        if state == "pending":
            state, result = desk.wait(key)
        if state == "done" and result:
            return RedirectResponse(result, status_code=303)
        raise InputError("form_pending", path="once") from None
    try:
        target = run()
    except BaseException:
        desk.settle(key, "failed")
        raise
    desk.settle(key, "done", target)
    return RedirectResponse(target, status_code=303)
