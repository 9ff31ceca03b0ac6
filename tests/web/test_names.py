"""Names and links people can plant: a right-to-left override (or any control or format
character) never survives in a download's name, and the language link of a page (the 404
page's too) never leaves the site."""

import re
from pathlib import Path

import pytest

from readiness.web.downloads import attachment, clean_name

ROOT = Path(__file__).resolve().parents[2]
BIDI = ["\u202e", "\u202d", "\u202a", "\u202b", "\u202c", "\u2066", "\u2067", "\u2068",
        "\u2069", "\u200e", "\u200f", "\u061c", "\u200b", "\ufeff", "\x00", "\x1b", "\n", "\r"]


@pytest.mark.parametrize("ch", BIDI)
def test_no_bidi_or_control_character_survives_in_a_download_name(ch):
    name = f"rekap{ch}xslx.exe"
    clean = clean_name(name)
    assert ch not in clean and clean == "rekapxslx.exe"
    header = attachment(name)
    encoded = "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
    assert ch not in header and encoded not in header.upper()


def test_a_download_name_is_one_plain_name():
    assert clean_name("C:\\Users\\sari\\daftar vendor.csv") == "daftar vendor.csv"
    assert clean_name("../../etc/passwd") == "passwd"
    assert clean_name('a"b;c\\d.csv') == "d.csv"
    assert clean_name("") == "berkas" and clean_name("\u202e") == "berkas"
    long = clean_name("x" * 500 + ".xlsx")
    assert len(long) == 120 and long.endswith(".xlsx")
    h = attachment("Daftar Usaha Lombok Tengah – 2027.xlsx")
    assert h.startswith('attachment; filename="Daftar Usaha Lombok Tengah 2027.xlsx"')
    assert "filename*=UTF-8''Daftar%20Usaha%20Lombok%20Tengah%20%E2%80%93%202027.xlsx" in h


def test_no_route_writes_a_download_name_by_hand():
    """Every download's Content-Disposition comes from `attachment` (FileResponse's own
    `filename=` would let a planted name through percent-encoded)."""
    for path in (ROOT / "readiness" / "web").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "filename=\"" not in text.replace('filename="{ascii_name}"', ""), path
        assert not re.search(r"FileResponse\([^)]*filename=", text, re.S), path


@pytest.fixture
def app(tmp_path):
    from tests.support.desk import make_app

    return make_app(f"sqlite:///{tmp_path / 'r.sqlite3'}", tmp_path)


@pytest.mark.parametrize("path", ["//evil.example/x", "/\\evil.example", "//evil.example",
                                  "/\u202eelpmaxe.live"])
def test_the_language_link_of_a_404_page_stays_on_the_site(app, path):
    from tests.support.desk import browser

    with browser(app) as client:
        status, html = _page(client, app, path)
    assert status == 404
    links = re.findall(r'class="lang" href="([^"]*)"', html)
    assert links and all(h.startswith("/") and not h.startswith(("//", "/\\")) for h in links)
    from urllib.parse import urljoin, urlsplit

    assert all(urlsplit(urljoin("https://site.example/a/b", h)).netloc == "site.example"
               for h in links)
    assert "\u202e" not in html


def _page(client, app, path):
    """The HTML the app answers for a raw path (httpx would normalise it)."""
    import anyio

    body, status = [], []
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": path, "raw_path": path.encode(), "query_string": b"",
             "root_path": "", "headers": [], "client": ("203.0.113.5", 1),
             "server": ("testserver", 80)}

    async def receive():
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            status.append(message["status"])
        if message["type"] == "http.response.body":
            body.append(message.get("body", b""))

    async def run():
        with anyio.fail_after(20):
            await app(scope, receive, send)

    client.portal.call(run)
    return status[0], b"".join(body).decode("utf-8")
