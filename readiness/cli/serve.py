"""`readiness serve`: the web app (the public verification page) on uvicorn."""

from __future__ import annotations

import click

from readiness.cli.common import database_option


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface, behind a proxy).")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@database_option
@click.option("--base-url", default=None, metavar="URL",
              help="The public address of this site (default: the office's base_url).")
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes.")
@click.option("--access-log/--no-access-log", default=False, show_default=True,
              help="Log every request (a proxy in front usually does).")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="The pages' default language (default: Indonesian).")
def serve(host, port, database_url, base_url, workers, access_log, lang):
    """Serve the public verification page (/v/NUMBER, /api/v1/certificates/NUMBER) and the
    office desk (/masuk, /meja: officers, approvers, the organizer's vendor desk; make the
    first account with `readiness users add NAME --role admin`)."""
    import os

    try:
        import fastapi  # noqa: F401 - only to know the web extra is installed
        import uvicorn
    except ImportError:
        from readiness.errors import InputError

        raise InputError("needs_web_extra") from None

    from readiness.office import check_base_url
    from readiness.register.store import Register, describe, resolve_url
    from readiness.web.settings import Settings

    url = resolve_url(database_url)
    Register.open(url, migrate=True).close()           # migrations run before serving
    if base_url:
        base_url = check_base_url(base_url)
    settings = Settings.from_env(database_url=url, base_url=base_url, lang=lang)
    shown = "localhost" if host in ("0.0.0.0", "::") else host
    click.echo(f"readiness: http://{shown}:{port}/ (register: {describe(url)})", err=True)
    common = dict(host=host, port=port, access_log=access_log, log_level="info",
                  proxy_headers=True, server_header=False, date_header=True,
                  http="httptools" if _has("httptools") else "h11")
    if workers > 1:
        # worker processes build the app from the environment
        os.environ["READINESS_DATABASE_URL"] = url
        if settings.base_url:
            os.environ["READINESS_BASE_URL"] = settings.base_url
        if lang:
            os.environ["READINESS_LANG"] = lang
        uvicorn.run("readiness.web.app:app_from_env", factory=True, workers=workers, **common)
    else:
        from readiness.web.app import create_app

        uvicorn.run(create_app(settings), **common)


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None
