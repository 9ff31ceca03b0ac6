"""The web app's front door: every limit that must hold before a route reads a byte of a body.

    app.add_middleware(Guard, limits=Limits())     # in create_app, inside SecurityHeaders

FastAPI parses `File`/`Form` bodies before a route's dependencies run, so a size or login
check written as a dependency comes after the body was spooled (measured: a logged-out 1 GB
upload spooled 939 MB before the redirect to login). This plain ASGI middleware answers first:

1. per client, a token bucket for what is costly and anonymous (PDFs outside the desk, "kirim
   ke Dinas"): 429 with `Retry-After` (readiness.web.ratelimit);
2. an upload route checks the desk session (and the role) before its body is read: logged
   out, a redirect to the login page (401 for JSON); a role without the permission, 403;
3. a body larger than its route allows (`route_limit`: uploads, desk forms, public forms; no
   body at all on GET) is refused by its `Content-Length` with 413 before anything is read;
4. while the body arrives its bytes are counted (a chunked body has no length): past the
   limit the request ends with 413; a client that sends nothing for `idle` seconds, or takes
   longer than the route's `deadline` for the whole body, gets 408.

The numbers live in `Limits` (docs/security.md lists them and what each test proves).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import quote

from starlette.exceptions import HTTPException

KIB = 1024
MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The web app's limits (Settings.limits overrides them, e.g. in tests)."""
    form: int = 64 * KIB            # a public form (/periksa, the status page)
    desk_form: int = 256 * KIB      # a desk form without a file (auth.FORM_LIMIT)
    upload_slack: int = 64 * KIB    # the multipart envelope and the form's other fields
    idle: float = 20.0              # seconds a client may send nothing while its body is due
    form_deadline: float = 30.0     # seconds for a whole form's body
    upload_deadline: float = 300.0  # seconds for a whole upload (20 MB at ~0.6 Mbit/s)
    pdf_burst: int = 6              # anonymous PDFs a client may fetch at once ...
    pdf_every: float = 10.0         # ... then one every this many seconds
    send_burst: int = 20            # "kirim ke Dinas" (and resending from the status page) ...
    send_every: float = 180.0       # ... then one every three minutes (a workshop shares one IP)
    render_queue: int = 4           # PDF renders waiting or running at once (then 503)
    render_timeout: float = 60.0    # seconds a render may take (then its process is ended)
    buckets: int = 10_000           # clients remembered per bucket (oldest forgotten first)
    uploads: dict = field(default_factory=dict)   # path pattern -> bytes (tests)


@dataclass(frozen=True)
class Route:
    """What a request may send: `body` bytes, in `deadline` seconds; an upload needs a desk
    session with `permission` before its body is read."""
    body: int
    deadline: float
    permission: str = ""
    shown: int = 0          # the size a refusal names (an upload's file, without the form)

    def limit_text(self) -> str:
        n = self.shown or self.body
        if not n:
            return ""
        return f"{n / MIB:.0f} MB" if n >= MIB else f"{max(1, n // KIB)} KB"


def upload_routes(limits: Limits) -> list[tuple[re.Pattern, int, str]]:
    """(path pattern, file bytes, permission) of every route that takes a file."""
    from readiness.web.routers import desk, vendor

    routes = [(r"/meja/vendor", vendor.UPLOAD_LIMIT, "vendor.use"),
              (r"/meja/unggah", desk.UPLOAD_LIMIT, "application.upload"),
              (r"/meja/pengajuan/[^/]+/keputusan/impor", desk.DECISIONS_LIMIT, "decision.file")]
    sizes = {p: limits.uploads.get(p, n) for p, n, _ in routes}
    return [(re.compile(p + r"/?\Z"), sizes[p], perm) for p, _, perm in routes]


DESK = ("/meja", "/masuk", "/keluar")


def route_limit(method: str, path: str, limits: Limits, uploads) -> Route:
    """The limits of one request, by its method and path."""
    if method in ("GET", "HEAD", "OPTIONS", "DELETE"):
        return Route(0, limits.form_deadline)
    if method == "POST":
        for pattern, size, permission in uploads:
            if pattern.match(path):
                return Route(size + limits.upload_slack, limits.upload_deadline, permission,
                             shown=size)
        if path.startswith(DESK):
            return Route(limits.desk_form, limits.form_deadline)
    return Route(limits.form, limits.form_deadline)


class Refused(HTTPException):
    """The guard refused the request while its body arrived (413, 408). An HTTPException, so
    that FastAPI passes it on from its body parser instead of making it a 400."""


class Guard:
    """The ASGI middleware; see the module's docstring."""

    def __init__(self, app, limits: Limits | None = None):
        from readiness.web.ratelimit import RateLimits

        self.app = app
        self.limits = limits or Limits()
        self.uploads = upload_routes(self.limits)
        self.rates = RateLimits(self.limits)
        from readiness.render import service

        self.renderer = service.shared(queue=self.limits.render_queue,
                                       timeout=self.limits.render_timeout)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        method, path = scope["method"], scope.get("path", "")
        wait = self.rates.check(method, path, scope.get("client"))
        if wait:
            return await _answer(scope, send, 429, retry_after=wait,
                                 close=method not in ("GET", "HEAD"))   # a body left unread
        route = route_limit(method, path, self.limits, self.uploads)
        if route.permission:
            refusal = await _desk_refusal(scope, route.permission)
            if refusal is not None:
                return await refusal(scope, _no_body, send)
        length = _content_length(scope)
        if length is not None and length > route.body:
            return await _answer(scope, send, 413, limit=route.limit_text())
        if length is None and _has_bad_length(scope):
            return await _answer(scope, send, 400)
        from readiness.render import service

        # every PDF of this request drawn by the one renderer; the desk's waits in line
        with service.using(self.renderer, patient=path.startswith("/meja")):
            await self._run(scope, receive, send, route, length)

    async def _run(self, scope, receive, send, route: Route, length):
        """The app with a receive that counts and times the body, and a send that gives our
        refusal instead of whatever the app made of the broken body."""
        import anyio

        state = {"seen": 0, "done": route.body == 0 and length in (None, 0),
                 "refused": 0, "started": False}
        deadline = anyio.current_time() + route.deadline

        async def counted():
            if state["refused"]:
                raise Refused(state["refused"])
            if state["done"]:
                return await receive()
            timeout = min(self.limits.idle, deadline - anyio.current_time())
            try:
                with anyio.fail_after(max(timeout, 0.0)):
                    message = await receive()
            except TimeoutError:
                state["refused"] = 408
                raise Refused(408) from None
            if message["type"] == "http.request":
                state["seen"] += len(message.get("body", b""))
                if state["seen"] > route.body:
                    state["refused"] = 413
                    raise Refused(413)
                state["done"] = not message.get("more_body", False)
            return message

        async def watched(message):
            if message["type"] == "http.response.start":
                if state["refused"] and not state["started"]:
                    state["started"] = True
                    await _answer(scope, send, state["refused"], close=True,
                                  limit=route.limit_text())
                    return
                state["started"] = True
            elif state["refused"]:
                return                         # the app's own page for the broken body
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except Refused as e:
            if state["started"]:
                raise
            await _answer(scope, send, e.status_code, close=True, limit=route.limit_text())


def _content_length(scope) -> int | None:
    for k, v in scope.get("headers", ()):
        if k == b"content-length":
            return int(v) if v.isdigit() and len(v) < 19 else None
    return None


def _has_bad_length(scope) -> bool:
    """A Content-Length that is not a plain number (a request smuggler's favourite)."""
    return any(k == b"content-length" for k, _ in scope.get("headers", ()))


async def _no_body():
    """The receive of a refused request: its body is never read."""
    return {"type": "http.disconnect"}


async def _desk_refusal(scope, permission: str):
    """A response when this request has no desk session allowing `permission`, else None."""
    from fastapi.responses import JSONResponse, RedirectResponse
    from starlette.concurrency import run_in_threadpool
    from starlette.requests import Request

    from readiness.web import auth

    request = Request(scope)
    token = request.cookies.get(auth.SESSION_COOKIE)
    reg = scope["app"].state.register
    session = await run_in_threadpool(reg.accounts.session, token) if token else None
    if session is None:
        path = scope.get("path", "")
        if path.endswith(".json"):
            return JSONResponse({"error": "login required"}, status_code=401)
        info = "&info=expired" if token else ""
        return RedirectResponse("/masuk?next=" + quote(path, safe="") + info, status_code=303,
                                headers={"connection": "close"})
    if not auth.allowed(session.user.role, permission):
        return _error(scope, 403, close=True)
    return None


def _error(scope, status: int, *, retry_after: int = 0, close: bool = False,
           limit: str = ""):
    from starlette.requests import Request

    from readiness.web.pages import render_error

    response = render_error(Request(scope, _no_body), status,
                            limit=limit if status == 413 else "")
    if retry_after:
        response.headers["retry-after"] = str(int(retry_after))
    if close:     # the body we did not read must not be taken for the next request
        response.headers["connection"] = "close"
    return response


async def _answer(scope, send, status: int, *, retry_after: int = 0, close: bool = False,
                  limit: str = ""):
    response = _error(scope, status, retry_after=retry_after, close=close or status != 429,
                      limit=limit)
    await response(scope, _no_body, send)
