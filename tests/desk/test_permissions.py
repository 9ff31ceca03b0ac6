"""Each role reaches only its pages: every route of the app, tried with every role and
logged out, against the permission matrix (readiness.web.auth.PERMISSIONS), on SQLite and
PostgreSQL. The public pages stay public."""

import re

import pytest
from fastapi.routing import APIRoute

from readiness.web.auth import PERMISSIONS, permission_for
from tests.support.desk import PEOPLE, ROLE_OF, browser, csrf, make_app, seed

PUBLIC = {("GET", "/"), ("GET", "/v"), ("GET", "/v/{number}"),
          ("GET", "/api/v1/certificates/{number}"), ("GET", "/masuk"), ("POST", "/masuk"),
          ("GET", "/keluar")}
# the self-assessment is public too; its forms carry their own CSRF token (not bound to a
# desk session): a desk page's token is refused there (403); never a login, never a 500
SELF_ASSESSMENT = {(m, p) for m in ("GET", "POST") for p in (
    "/periksa", "/periksa/{key}", "/periksa/hasil", "/periksa/laporan.pdf", "/periksa/dosir.yaml",
    "/periksa/kirim", "/periksa/baru")} - {("POST", "/periksa"), ("POST", "/periksa/hasil"),
                                           ("GET", "/periksa/kirim"), ("GET", "/periksa/baru")}
# the owner's status page: public, opened by its secret (its form carries the self-assessment's
# kind of CSRF token)
OWNER = {("GET", "/status/{ref}"), ("GET", "/status/{ref}/{secret}"),
         ("GET", "/status/{ref}/{secret}/qr.svg"), ("GET", "/status/{ref}/{secret}/cetak"),
         ("GET", "/status/{ref}/{secret}/sertifikat.pdf"), ("POST", "/status/{ref}/{secret}/ubah")}
SELF_ASSESSMENT |= OWNER
PUBLIC |= SELF_ASSESSMENT


def permission_of(route: APIRoute) -> str | None:
    for dep in route.dependencies:
        perm = getattr(dep.dependency, "permission", None)
        if perm:
            return perm
    return None


def routes(app):
    """Every route of the app: its routers are the list readiness.web.app.routers() gives."""
    from readiness.web.app import routers

    for router in routers():
        for r in router.routes:
            if isinstance(r, APIRoute):
                for m in sorted(r.methods):
                    yield m, r


@pytest.fixture
def site(register_url, tmp_path):
    from tests.support.certs import check, issue

    refs = seed(register_url)
    kopi, _ = issue(check("kopi-sembalun"), tmp_path / "kopi.pdf", register_url)
    app = make_app(register_url, tmp_path)
    values = {"ref": refs["dapur-inaq-sari"], "rule": "HYG-01", "decision_id": "999999",
              "number": kopi["certificate"]["number"], "name": "nobody", "action": "enable",
              "filename": "summary.xlsx", "secret": "x" * 24, "business_id": "1",
              "month": "2026-12", "fmt": "xlsx"}
    return app, values


def concrete(path: str, values: dict) -> str:
    def fill(m):
        key = m.group(1)
        if key == "ref" and path.startswith("/meja/vendor"):
            return "nojob"
        if key == "name" and "unduh" in path:
            return "summary.xlsx"
        if key == "key" and path.startswith("/periksa"):
            return "usaha"
        return values[key]

    return re.sub(r"\{(\w+)\}", fill, path)


def test_every_desk_route_names_a_permission_and_public_ones_are_known(site):
    app, _ = site
    for method, r in routes(app):
        perm = permission_of(r)
        if (method, r.path) in PUBLIC:
            assert perm is None, (method, r.path)
        else:
            assert r.path.startswith(("/meja", "/keluar")), (method, r.path)
            assert perm in PERMISSIONS, (method, r.path)
    # every permission of the matrix is used by a route
    used = {permission_of(r) for _, r in routes(app)}
    assert used - {None} == set(PERMISSIONS) - {"vendor.all"}


def test_after_login_the_next_page_is_judged_by_its_own_permission(site):
    """The login reads the permission of the page it returns to from the running app's routers
    (readiness.web.auth.permission_for): the same as the route's own, for every desk page."""
    app, values = site
    pages = [r for m, r in routes(app) if m == "GET" and r.path.startswith("/meja")]
    assert len(pages) >= 10
    for r in pages:
        assert permission_for(app.state.routers, concrete(r.path, values)) == permission_of(r), r.path
    assert permission_for(app.state.routers, "/v") is None and permission_for(app.state.routers, "/nowhere") is None


def try_route(client, method, path, token):
    if method == "GET":
        return client.get(path, follow_redirects=False)
    return client.post(path, data={"csrf": token, "once": f"k{hash(path)}"},
                       follow_redirects=False)


@pytest.mark.parametrize("who", [None, *PEOPLE])
def test_each_role_reaches_only_its_pages(site, who):
    app, values = site
    role = ROLE_OF.get(who)
    with browser(app, who) as c:
        token = csrf(c.get("/meja/akun" if who else "/masuk").text)
        tried = 0
        for method, r in routes(app):
            if (method, r.path) == ("POST", "/keluar"):
                continue                                   # logs out: tried last
            path = concrete(r.path, values)
            resp = try_route(c, method, path, token)
            where = f"{who} {method} {path} -> {resp.status_code}"
            to_login = resp.status_code == 303 and resp.headers["location"].startswith("/masuk")
            if (method, r.path) == ("POST", "/masuk"):
                # no name, no password (a token minted for a session is not a login form's)
                assert resp.status_code == (401 if who is None else 403), where
                continue
            if (method, r.path) in SELF_ASSESSMENT:
                assert resp.status_code != 401 and resp.status_code < 500 and not to_login, where
                continue
            if (method, r.path) in PUBLIC:
                assert resp.status_code not in (401, 403) and resp.status_code < 500, where
                continue
            perm = permission_of(r)
            if who is None:
                if path.endswith(".json"):
                    assert resp.status_code == 401, where
                else:
                    assert to_login, where
            elif role in PERMISSIONS[perm]:
                assert resp.status_code not in (401, 403) and not to_login, where
                assert resp.status_code < 500, where
            else:
                assert resp.status_code == 403, where
                assert "Traceback" not in resp.text
            tried += 1
        assert tried >= 30
        if who is not None:
            r = c.post("/keluar", data={"csrf": token}, follow_redirects=False)
            assert r.status_code == 303 and r.headers["location"].startswith("/masuk")
            assert c.get("/meja/akun", follow_redirects=False).status_code == 303
