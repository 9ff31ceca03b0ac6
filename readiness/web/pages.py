"""What every page needs: the language of the request, the base template's context, and the
error pages (HTML, or JSON under /api/)."""

from __future__ import annotations

from urllib.parse import quote

from readiness.words import LANGS, cert_text
from readiness.web.security import set_cookie

ERROR_CODES = {400: "w_bad_request", 403: "w_forbidden", 404: "w_not_found", 405: "w_not_found",
               408: "w_too_slow", 411: "w_bad_request", 413: "w_too_large",
               429: "w_too_many", 500: "w_error", 503: "w_busy"}


LANG_COOKIE = "rd_lang"
DESK_PATHS = ("/meja", "/masuk", "/keluar", "/periksa")      # pages that remember the language chosen


def lang_of(request) -> str:
    """?lang=, else (on the desk) the language chosen earlier, kept in a cookie, else the
    site's default (Indonesian). Public pages stay as the link says."""
    q = request.query_params.get("lang")
    if q in ("id", "en"):
        return q
    if request.url.path.startswith(DESK_PATHS):
        c = request.cookies.get(LANG_COOKIE)
        if c in ("id", "en"):
            return c
    return request.app.state.settings.lang


def local_path(path: str) -> str:
    """The request's path as a link that stays on this site (the language link of every page,
    the 404 page's too): "//elsewhere.example" or "/\\elsewhere.example" would leave it, so
    such a path becomes "/"; the rest is percent-encoded (no bidi or control characters)."""
    if not path.startswith("/") or path.startswith("//") or "\\" in path:
        return "/"
    return quote(path, safe="/-._~!$'()*+,;=:@")


def page(request, template: str, status: int = 200, **context):
    from fastapi.responses import HTMLResponse

    lang = context.pop("lang", None) or lang_of(request)
    app = request.app
    other = next(x for x in LANGS if x != lang)   # the page's other language
    html = app.state.templates.get_template(template).render(
        lang=lang, other_lang=other, office=app.state.office, path=local_path(request.url.path),
        **context)
    response = HTMLResponse(html, status_code=status, headers={"cache-control": "no-cache"})
    set_cookie(request, response)      # the CSRF nonce, when a form on the page made one
    remember_lang(request, response)
    return response


def remember_lang(request, response) -> None:
    q = request.query_params.get("lang")
    if q in ("id", "en") and request.cookies.get(LANG_COOKIE) != q \
            and request.url.path.startswith(DESK_PATHS):
        response.set_cookie(LANG_COOKIE, q, max_age=365 * 86400, samesite="lax", path="/",
                            secure=request.url.scheme == "https", httponly=True)


def render_error(request, status: int, *, limit: str = ""):
    """The error page of `status` (JSON under /api/). `limit`: for 413, the size the request
    may have ("5 MB"), said in the message."""
    from fastapi.responses import JSONResponse

    code = ERROR_CODES.get(status, "w_error" if status >= 500 else "w_not_found")
    if status == 413 and limit:
        code = "w_too_large_n"
    lang = lang_of(request)
    if request.url.path.startswith("/api/"):
        return JSONResponse({"error": cert_text(code, "en", limit=limit), "status": status},
                            status_code=status)
    return page(request, "error.html.j2", status=status, lang=lang, status_code=status,
                message=cert_text(code, lang, limit=limit))
