"""The public verification page and its JSON, on SQLite and PostgreSQL: status in colour, the
facts to compare, no personal data, forgiving about how a number is typed, strict about what
it shows; security headers on every answer, error pages without stack traces."""

import re

from tests.support.certs import PERSONAL


def text_of(html):
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_valid_certificate_page(site):
    client, n = site
    r = client.get(f"/v/{n['valid']}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    t = text_of(r.text)
    for needle in ("BERLAKU", "Sertifikat ini asli dan berlaku sampai 3 Oktober 2027",
                   n["valid"], "UD Kopi Sembalun Lestari", "Lombok Timur",
                   "Kopi Arabika Sembalun Bubuk 250 g", "Pangan olahan kemasan", "Siap",
                   "mandalika-motogp@2027.3", "1 Oktober 2027 - 3 Oktober 2027",
                   "Terbit 27 November 2026", "Dinas Perindustrian Provinsi Nusa Tenggara Barat"):
        assert needle in t, needle
    assert 's-valid' in r.text and 'lang="id"' in r.text
    for personal in PERSONAL:
        assert personal not in r.text, personal
    assert len(r.content) < 6000                   # small for a weak connection


def test_revoked_and_superseded_pages(site):
    client, n = site
    t = text_of(client.get(f"/v/{n['revoked']}?lang=en").text)
    assert "REVOKED" in t and "Reason: Produk ditarik dari peredaran" in t
    assert "Petugas A" not in t                    # the officer is not named in public
    r = client.get(f"/v/{n['superseded']}")
    t = text_of(r.text)
    assert "DIGANTIKAN" in t and f"Lihat sertifikat pengganti: {n['revoked']}" in t
    assert f'href="/v/{n["revoked"]}?lang=id"' in r.text


def test_numbers_as_people_type_them(site):
    client, n = site
    loose = n["valid"].lower().replace("-", "")
    r = client.get(f"/v/{loose}?lang=en", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == f"/v/{n['valid']}?lang=en"
    r = client.get("/v", params={"number": " " + loose + " "}, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == f"/v/{n['valid']}"
    wrong = n["valid"][:-1] + ("Z" if n["valid"][-1] != "Z" else "Y")
    r = client.get(f"/v/{wrong}")
    assert r.status_code == 404 and "salah ketik" in r.text
    r = client.get("/v/MM27-999999-" + __import__("readiness.register.numbers", fromlist=["x"])
                   .check_char("MM27999999"))
    assert r.status_code == 404 and "TIDAK DITEMUKAN" in r.text
    r = client.get("/v/<script>alert(1)</script>")
    assert r.status_code == 404 and "<script>" not in r.text


def test_json_api(site):
    client, n = site
    r = client.get(f"/api/v1/certificates/{n['revoked']}")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    d = r.json()
    assert d["status"] == "revoked" and d["revoked"]["reason"] == "Produk ditarik dari peredaran"
    assert d["business"] == {"name": "Kelompok Tenun Dasan Sukarara", "regency": "Lombok Tengah"}
    assert d["valid_until"] == "2027-10-03" and d["supersedes"] == n["superseded"]
    assert d["url"].endswith(f"/v/{n['revoked']}")
    for personal in PERSONAL:
        assert personal not in r.text, personal
    assert client.get(f"/api/v1/certificates/{n['superseded']}").json()["superseded_by"] == n["revoked"]
    r = client.get("/api/v1/certificates/nonsense")
    assert r.status_code == 404 and r.json()["status"] == "unknown"


def test_headers_and_error_pages(site, monkeypatch):
    client, n = site
    for path in ("/", f"/v/{n['valid']}", "/api/v1/certificates/x", "/static/site.css", "/nope"):
        r = client.get(path)
        h = r.headers
        assert "default-src 'none'" in h["content-security-policy"], path
        assert h["x-content-type-options"] == "nosniff" and h["x-frame-options"] == "DENY"
        assert h["referrer-policy"] == "no-referrer" and "server" not in h
    assert "max-age" in client.get("/static/site.css").headers["cache-control"]
    assert client.get(f"/v/{n['valid']}").headers["cache-control"] == "no-cache"
    r = client.get("/nope?lang=en")
    assert r.status_code == 404 and "Page not found" in r.text
    assert client.post(f"/v/{n['valid']}").status_code == 405

    import readiness.api

    def boom(*a, **k):
        raise RuntimeError("database exploded: secret detail")

    monkeypatch.setattr(readiness.api, "certificate_status", boom)
    r = client.get(f"/v/{n['valid']}")
    assert r.status_code == 500 and "Terjadi kesalahan" in r.text
    assert "Traceback" not in r.text and "secret detail" not in r.text
    r = client.get(f"/api/v1/certificates/{n['valid']}")
    assert r.status_code == 500 and "secret detail" not in r.text


def test_home_and_english(site):
    client, n = site
    r = client.get("/?lang=en")
    assert r.status_code == 200 and "Enter the certificate number" in r.text
    assert 'href="/?lang=id"' in r.text
    assert '<form method="get" action="/v"' in r.text and "<script" not in r.text


def test_verify_asks_the_verification_service(site, tmp_path):
    """`readiness verify --register https://...` looks the status up on the office's page."""
    import threading

    import uvicorn

    from tests.support.cli import run

    client, n = site
    app = client.app
    config = uvicorn.Config(app, host="127.0.0.1", port=0, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    import time

    deadline = time.time() + 10
    while not server.started and time.time() < deadline:
        time.sleep(0.02)
    try:
        port = server.servers[0].sockets[0].getsockname()[1]
        base = f"http://127.0.0.1:{port}"
        code, out = run("verify", tmp_path / "kopi.pdf", "--register", base).pair
        assert code == 0, out
        code, out = run("verify", tmp_path / "tenun2.pdf", "--register", base).pair
        assert code == 1 and "REVOKED" in out and "Produk ditarik" in out
        code, out = run("verify", tmp_path / "tenun.pdf", "--register", base).pair
        assert code == 1 and f"SUPERSEDED by {n['revoked']}" in out
    finally:
        server.should_exit = True
        thread.join(10)
