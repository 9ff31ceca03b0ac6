"""The web application: the public verification page now; the self-assessment form and the
officers' desk later, as more routers in the same app.

    settings.py   Settings (database URL, base URL, data dir, default language, secret key)
    app.py        create_app(settings): FastAPI, routers, templates, static files, error pages,
                  security headers
    routers/      one module per feature (verification.py: /v/{number} and
                  /api/v1/certificates/{number})
    templates/    Jinja2 pages on one base template; words from readiness.words and
                  readiness.render.format, the renderers' vocabulary
    static/       one small stylesheet (no web fonts, no JavaScript)

Like the CLI, the web app is a thin face of readiness.api: no rule, message or check lives in
a route.
"""
