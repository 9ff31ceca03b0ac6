"""The self-assessment's server side: each step checked on the server (the message next to the
field), the draft in a signed cookie and hidden field (nothing stored before she sends it),
CSRF on every form, size limits, escaping, small pages, and "kirim ke Dinas" storing only what
the form asked, with her consent (SQLite and PostgreSQL)."""

import re

import pytest

from tests.support.periksa import fill, hidden, post

MAX_PAGE = 60 * 1024


@pytest.fixture
def client(register_url, tmp_path):
    from fastapi.testclient import TestClient

    from readiness.web.app import create_app
    from readiness.web.settings import Settings

    app = create_app(Settings(database_url=register_url, data_dir=tmp_path / "data"))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_a_step_is_checked_on_the_server(client):
    r = client.get("/periksa")
    assert r.status_code == 200 and len(r.content) <= MAX_PAGE
    bad = post(client, "usaha", r.text, {"business.name": "", "business.nib": "12345"})
    assert bad.status_code == 422
    block = bad.text.split('name="business.nib"', 1)[1].split("</div>", 1)[0]
    assert "NIB terdiri dari 13 angka; yang tertulis 5 angka" in block       # next to the field
    assert 'aria-invalid="true"' in bad.text and "Wajib diisi." in bad.text
    en = client.get("/periksa/usaha?lang=en")
    bad = post(client, "usaha", en.text, {"business.nib": "12345"}, params={"lang": "en"})
    assert "A NIB has 13 digits" in bad.text


def test_the_answer_page_groups_the_plan_and_stores_on_consent(client, register_url):
    r = fill(client)
    assert r.status_code == 200 and len(r.content) <= MAX_PAGE
    html = r.text
    assert "UD &lt;b&gt;Sari&lt;/b&gt;" in html and "<b>Sari</b>" not in html   # escaped
    first = html.split('<ol class="plan">', 1)[1].split("</li>", 1)[0]
    assert "Lengkapi data" in first
    assert "$." not in re.sub(r"<[^>]+>", "", html)                   # no JSON paths
    # the draft lives in the browser: the cookie alone brings the answer back
    again = client.get("/periksa/hasil")
    assert "Lengkapi data" in again.text
    refused = client.post("/periksa/kirim", data={"csrf": hidden(html, "csrf"),
                                                  "draft": hidden(html, "draft")})
    assert refused.status_code == 400 and "Centang persetujuan" in refused.text
    sent = client.post("/periksa/kirim", data={"csrf": hidden(html, "csrf"),
                                               "draft": hidden(html, "draft"), "consent": "yes"})
    ref = re.search(r"AJ\d\d-\d{6}-\w", sent.text)[0]
    assert 'action="/periksa/kirim' not in sent.text               # sent: no second button
    again = client.post("/periksa/kirim", data={"csrf": hidden(html, "csrf"),   # a reload
                                                "draft": hidden(html, "draft"), "consent": "yes"})
    assert re.search(r"AJ\d\d-\d{6}-\w", again.text)[0] == ref
    from readiness.register.store import Register

    with Register.open(register_url) as reg:
        assert len(reg.applications()) == 1
        app = reg.application(ref)
    assert app.source == "self_assessment" and app.consent == "periksa.consent@1"
    assert app.dossier["business"] == {"name": "UD <b>Sari</b>", "nib": "9120301234567",
                                       "owner": {"name": "Sari"}, "scale": "micro",
                                       "address": {"regency": "Lombok Tengah"}}
    assert app.dossier["products"] == [{"name": "Keripik", "category": "packaged_food",
                                        "channels": ["event", "hotel"], "price_idr": 15000}]
    pdf = client.post("/periksa/laporan.pdf", data={"csrf": hidden(html, "csrf"),
                                                    "draft": hidden(html, "draft")})
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    y = client.post("/periksa/dosir.yaml", data={"csrf": hidden(html, "csrf"),
                                                 "draft": hidden(html, "draft")})
    import yaml

    from readiness.model import parse_dossier

    parse_dossier(yaml.safe_load(y.text))


def test_nothing_is_stored_before_she_sends(client, register_url):
    fill(client)
    from readiness.register.store import Register

    with Register.open(register_url) as reg:
        assert list(reg.applications()) == []


def test_csrf_limits_and_tampering(client):
    r = client.get("/periksa")
    for path in ("/periksa/usaha", "/periksa/kirim", "/periksa/baru", "/periksa/laporan.pdf"):
        assert client.post(path, data={"business.name": "x"}).status_code == 403
    too_long = post(client, "usaha", r.text, {"business.name": "x" * 5000})
    assert too_long.status_code == 413 and "Traceback" not in too_long.text
    long_ok = post(client, "usaha", r.text, {"business.name": "x" * 301})
    assert long_ok.status_code == 422 and "paling banyak 300 huruf" in long_ok.text
    # a forged draft is ignored (the signature does not match): back to an empty form
    forged = post(client, "usaha", r.text.replace(hidden(r.text, "draft"), "eJxx.abc"),
                  {"business.name": "UD Sari"})
    assert forged.status_code in (200, 303)
    client.cookies.set("rd_periksa", "garbage.garbage", path="/periksa")
    page = client.get("/periksa/hasil", follow_redirects=True)
    assert page.status_code == 200 and "Traceback" not in page.text
    assert client.get("/periksa/nope").status_code == 404
