"""CSRF protection for every form of the web application (the self-assessment, the desk).

A signed double-submit token: the browser holds a random nonce in a cookie (`rd_csrf`,
HttpOnly, SameSite=Lax, Secure over https); each form carries `csrf` = HMAC-SHA256(secret key,
nonce [+ the desk session's id]). A POST is accepted only when the field (or the
`X-CSRF-Token` header, for the few scripted requests) matches the cookie's nonce under the
server's key. Another site can neither read the cookie nor forge the field, and a token minted
for one session does not work in another.

    token = csrf_token(request)          # in a page's context: <input name="csrf" value=...>
    page(request, ...)                   # readiness.web.pages.page sets the cookie when new
    @router.post(..., dependencies=[Depends(require_csrf)])
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from fastapi import HTTPException, Request

COOKIE = "rd_csrf"
FIELD = "csrf"
HEADER = "x-csrf-token"
_NONCE_BYTES = 24


def _nonce(request: Request) -> str:
    """The browser's nonce, or a new one (kept on the request until the response sets it)."""
    existing = getattr(request.state, "csrf_nonce", None)
    if existing:
        return existing
    value = request.cookies.get(COOKIE, "")
    if not (20 <= len(value) <= 64 and value.replace("-", "").replace("_", "").isalnum()):
        value = secrets.token_urlsafe(_NONCE_BYTES)
        request.state.csrf_new = True
    request.state.csrf_nonce = value
    return value


def _sign(request: Request, nonce: str, binding: str = "") -> str:
    key = request.app.state.settings.secret_key.encode("utf-8")
    return hmac.new(key, f"csrf|{nonce}|{binding}".encode(), hashlib.sha256).hexdigest()


def csrf_token(request: Request, binding: str = "") -> str:
    """The token to put in a form's hidden `csrf` field. `binding`: the desk's session id, so
    a token is good for one session only ("" for the public pages)."""
    return _sign(request, _nonce(request), binding)


def set_cookie(request: Request, response) -> None:
    """Give the browser its nonce when this request made a new one (pages.page calls this)."""
    if getattr(request.state, "csrf_new", False):
        response.set_cookie(COOKIE, request.state.csrf_nonce, httponly=True, samesite="lax",
                            secure=request.url.scheme == "https", path="/")


async def require_csrf(request: Request) -> None:
    """FastAPI dependency for every state-changing route: 403 unless the form's token matches
    the browser's nonce (and the desk session bound in `request.state.csrf_binding`)."""
    nonce = request.cookies.get(COOKIE, "")
    sent = request.headers.get(HEADER, "")
    if not sent:
        ctype = request.headers.get("content-type", "")
        if ctype.startswith(("application/x-www-form-urlencoded", "multipart/form-data")):
            form = await request.form()          # Starlette caches it for the route
            sent = str(form.get(FIELD) or "")
    binding = getattr(request.state, "csrf_binding", "")
    if not nonce or not sent or not hmac.compare_digest(sent, _sign(request, nonce, binding)):
        raise HTTPException(status_code=403)
