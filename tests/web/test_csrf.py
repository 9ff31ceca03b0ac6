"""CSRF protection (readiness.web.security), on a throwaway form route: a POST passes only
with the token minted for this browser's nonce (and this session, when bound)."""

import pytest
from fastapi import Depends, Request
from fastapi.responses import PlainTextResponse

from readiness.web.security import COOKIE, csrf_token, require_csrf


@pytest.fixture
def client(tmp_path):
    from fastapi.testclient import TestClient

    from readiness.web.app import create_app
    from readiness.web.pages import page
    from readiness.web.settings import Settings

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}",
                              data_dir=tmp_path / "data", secret_key="k" * 40))

    @app.get("/t/form")
    def form(request: Request):
        request.state.csrf_binding = request.query_params.get("s", "")
        return page(request, "error.html.j2", status_code=200,
                    message=csrf_token(request, request.state.csrf_binding))

    @app.post("/t/form", dependencies=[Depends(require_csrf)])
    async def post(request: Request):
        return PlainTextResponse("ok")

    @app.middleware("http")
    async def bind(request: Request, call_next):  # a desk would bind its session id here
        request.state.csrf_binding = request.headers.get("x-test-session", "")
        return await call_next(request)

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def token_of(html):
    import re

    return re.search(r"[0-9a-f]{64}", html).group(0)


def test_form_round_trip_and_refusals(client):
    r = client.get("/t/form")
    assert COOKIE in r.cookies and "httponly" in r.headers["set-cookie"].lower()
    token = token_of(r.text)
    assert client.post("/t/form", data={"csrf": token}).text == "ok"
    assert client.post("/t/form", headers={"X-CSRF-Token": token}).text == "ok"
    # the same browser keeps its nonce (no new cookie on the next page)
    assert COOKIE not in client.get("/t/form").cookies
    # no token, a wrong token, a token without the cookie
    assert client.post("/t/form", data={}).status_code == 403
    assert client.post("/t/form", data={"csrf": "0" * 64}).status_code == 403
    nonce = client.cookies.get(COOKIE)
    client.cookies.clear()
    r = client.post("/t/form", data={"csrf": token})
    assert r.status_code == 403 and "Traceback" not in r.text
    # another browser's cookie with this browser's token
    client.cookies.set(COOKIE, nonce[::-1])
    assert client.post("/t/form", data={"csrf": token}).status_code == 403


def test_token_bound_to_a_session(client):
    token = token_of(client.get("/t/form?s=session-a").text)
    ok = client.post("/t/form", data={"csrf": token}, headers={"x-test-session": "session-a"})
    assert ok.text == "ok"
    other = client.post("/t/form", data={"csrf": token}, headers={"x-test-session": "session-b"})
    assert other.status_code == 403
