"""The web application's factory.

    app = create_app(Settings(database_url=..., base_url=...))

One FastAPI app; each feature is a router (readiness/web/routers/) included here. On start-up
the register is opened and migrated; pages are Jinja2 templates (autoescape on) sharing one
base template and the renderers' words; one local stylesheet. Every response carries security
headers; errors are plain pages (or JSON under /api/) and never show a stack trace.
"""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from pathlib import Path

from readiness import __version__
from readiness.render import format as fmt
from readiness.web.settings import Settings
from readiness.words import cert_text, label, pick, value_label

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
LOG = logging.getLogger("readiness.web")

# Content-Security-Policy: our own stylesheet and our own small scripts (the vendor desk's
# progress bar polls its JSON), nothing inline, nothing from elsewhere
SECURITY_HEADERS = [
    (b"content-security-policy", b"default-src 'none'; style-src 'self'; img-src 'self'; "
                                 b"script-src 'self'; connect-src 'self'; "
                                 b"form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def routers() -> list:
    """Every feature's router, in order (add new features here)."""
    from readiness.web.routers import (admin, desk, desk_auth, loop, periksa, status, vendor,
                                       verification)

    return [verification.router, desk_auth.router, desk.router, loop.router, vendor.router,
            admin.router, periksa.router, status.router]


class SecurityHeaders:
    """A plain ASGI middleware (cheaper than BaseHTTPMiddleware): security headers on every
    response, long caching for the versioned static files."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        static = scope.get("path", "").startswith("/static/")

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = [h for h in message.get("headers", [])
                           if h[0].lower() != b"server"] + SECURITY_HEADERS
                if static:
                    headers.append((b"cache-control", b"public, max-age=604800"))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def make_templates():
    """The pages' Jinja2 environment: autoescape on, the renderers' formatting as filters."""
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True,
                             lstrip_blocks=True, auto_reload=False)
    from readiness.web.desk_ui import when
    from readiness.web.personal import redact_text, strip_paths
    from readiness.words import t as word

    def finding_status(status, lang="id"):
        return label("status", status, lang)

    def redact(text, allowed=False):
        """What an organizer reads: no field paths, no NIK or phone unless allowed."""
        text = strip_paths(text)
        return text if allowed else redact_text(text)

    # words from the one catalogue: t(CODE, lang) reads section `cert`, w("section.key",
    # lang) any word (the desk's are section `desk`), label(section, value, lang) any closed
    # vocabulary
    env.globals.update(t=cert_text, w=word, label=label, version=__version__)
    env.filters.update(date=fmt.fmt_date, verdict=fmt.verdict_label, category=fmt.category_label,
                       pick=pick, when=when, score=fmt.fmt_score, severity=fmt.severity_label,
                       fstatus=finding_status, redact=redact, value=value_label)
    return env


def create_app(settings: Settings | None = None):
    from fastapi import FastAPI
    from fastapi.staticfiles import StaticFiles

    settings = (settings or Settings.from_env()).resolved()

    @asynccontextmanager
    async def lifespan(app):
        from readiness.register.store import Register

        app.state.register = Register.open(settings.database_url, migrate=True)
        stop = _start_mail(app, settings)
        try:
            from readiness.web import jobs

            jobs.kick(app.state.register, settings)   # resume uploads a restart interrupted
        except Exception:  # noqa: BLE001 - the site serves even if no job can start now
            LOG.exception("the vendor desk's jobs could not be started")
        try:
            yield
        finally:
            stop.set()
            issuer = getattr(app.state, "issuer", None)
            if issuer is not None:
                issuer.close()
            app.state.register.close()

    app = FastAPI(title="readiness", version=__version__, docs_url=None, redoc_url=None,
                  openapi_url=None, lifespan=lifespan)
    from readiness.office import Office

    app.state.settings = settings
    app.state.office = Office.load(settings.config_dir)
    app.state.templates = make_templates()
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    # the routers in order, kept for auth.permission_for (which must not import this module)
    app.state.routers = routers()
    for router in app.state.routers:
        app.include_router(router)
    from readiness.web import auth

    auth.install(app)
    _error_pages(app)
    from readiness.web.limits import Guard, Limits

    app.add_middleware(Guard, limits=settings.limits or Limits())   # inside SecurityHeaders
    app.add_middleware(SecurityHeaders)
    return app


def _start_mail(app, settings):
    """E-mail to owners when the office set READINESS_SMTP_URL: the desk queues it, a thread
    sends it (readiness.outbox). Returns the event that stops the thread."""
    import threading

    from readiness import outbox
    from readiness.applications import Mail

    from readiness.errors import InputError

    stop = threading.Event()
    try:
        smtp = outbox.from_env()
    except InputError as e:            # the site serves; the log says why no e-mail goes out
        LOG.error("no e-mail to owners: %s", e.one_line("en"))
        smtp = None
    app.state.mail = Mail(base_url=settings.base_url, office=app.state.office.name or "",
                          enabled=smtp is not None)
    if smtp is not None:
        outbox.sender_thread(app.state.register, smtp, stop)
    return stop


def _error_pages(app) -> None:
    from fastapi.exceptions import RequestValidationError
    from starlette.exceptions import HTTPException

    from readiness.web.pages import render_error

    @app.exception_handler(HTTPException)
    async def http_error(request, exc):
        return render_error(request, exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request, exc):
        return render_error(request, 400)

    from readiness.render.service import Busy, Failed

    @app.exception_handler(Busy)
    async def busy(request, exc):     # the renderer's queue is full, or a drawing took too long
        response = render_error(request, 503)
        response.headers["retry-after"] = str(exc.retry_after)
        return response

    @app.exception_handler(Failed)
    async def render_failed(request, exc):   # its process died; the next drawing starts anew
        LOG.error("while answering %s: %s", request.url.path, exc)
        response = render_error(request, 503)
        response.headers["retry-after"] = "5"
        return response

    @app.exception_handler(Exception)
    async def server_error(request, exc):  # logged here; the visitor sees a plain page
        LOG.exception("error while answering %s", request.url.path)
        return render_error(request, 500)


def app_from_env():
    """For `uvicorn --factory readiness.web.app:app_from_env` (several worker processes)."""
    return create_app(Settings.from_env())
