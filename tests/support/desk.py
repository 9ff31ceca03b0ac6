"""The desk as a browser sees it: an app on a register with accounts of every role and a few
applications, and helpers to log in and submit forms."""

import datetime as dt
import re
from contextlib import contextmanager

import yaml

from tests.support.paths import AS_OF, EXAMPLES

T0 = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.timezone.utc)
PASSWORD = "sandi-yang-panjang"

PEOPLE = {"officer": ("lalu.ahmad", "Lalu Ahmad"), "officer2": ("dewi.s", "Dewi Sartika"),
          "approver": ("baiq.rina", "Baiq Rina"), "organizer": ("mgpa.vendor", "MGPA Vendor"),
          "admin": ("admin.dinas", "Admin Dinas")}
ROLE_OF = {"officer": "officer", "officer2": "officer", "approver": "approver",
           "organizer": "organizer", "admin": "admin"}


def seed(url, names=("tenun-sukarara", "madu-hutan-sumbawa", "dapur-inaq-sari")) -> dict:
    """Accounts of every role and applications of the named examples: {name: ref}."""
    from readiness.api import check_path, load_standard
    from readiness.register.records import application_from_result
    from readiness.register.store import Register

    refs = {}
    with Register.open(url) as reg:
        for key, (name, full) in PEOPLE.items():
            reg.accounts.add(name, ROLE_OF[key], PASSWORD, full_name=full, actor="test")
        for n in names:
            p = EXAMPLES / f"{n}.yaml"
            res = check_path(p, load_standard(), as_of=AS_OF).to_dict()
            app = reg.submit_application(application_from_result(
                res, yaml.safe_load(p.read_text(encoding="utf-8")), source="self_assessment",
                consent="consent.v1"))
            refs[n] = app.ref
    return refs


def make_app(url, tmp_path):
    from readiness.web.app import create_app
    from readiness.web.settings import Settings

    return create_app(Settings(database_url=url, data_dir=tmp_path / "data",
                               secret_key="s" * 48))


def csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([0-9a-f]{64})"', html).group(1)


def once(html: str) -> str:
    return re.search(r'name="once" value="([^"]+)"', html).group(1)


def login(client, who: str, password: str = PASSWORD):
    """Log `who` (a key of PEOPLE, or a login name) in; returns the POST's response."""
    name = PEOPLE[who][0] if who in PEOPLE else who
    page = client.get("/masuk")
    return client.post("/masuk", data={"csrf": csrf(page.text), "name": name,
                                       "password": password, "next": ""},
                       follow_redirects=False)


@contextmanager
def browser(app, who: str | None = None):
    """A TestClient with its own cookies, logged in as `who` (None: logged out)."""
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as c:
        if who is not None:
            r = login(c, who)
            assert r.status_code == 303, r.text[:400]
        yield c


def form(client, page_path: str, action: str, data: dict, *, files=None, pick=0):
    """Submit a form as a person would: open the page, take its CSRF token and (the
    `pick`-th) submission key, post `data` to `action`."""
    html = client.get(page_path).text
    keys = re.findall(r'name="once" value="([^"]+)"', html)
    body = {"csrf": csrf(html), **({"once": keys[pick]} if keys else {}), **data}
    return client.post(action, data=body, files=files, follow_redirects=False)


def raw(reg, sql: str, **params):
    """Raw SQL behind the application's back (as someone with the database's password)."""
    from sqlalchemy import text

    with reg.engine.connect() as c:
        with c.begin():
            return c.execute(text(sql), params)
