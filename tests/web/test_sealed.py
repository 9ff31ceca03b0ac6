"""The self-assessment's draft is sealed (readiness.web.sealed): the browser holds it, but
neither it nor anyone who copies the cookie can read or change it, and it expires in a week
(it was a readable, signed-only cookie kept for 30 days)."""

import base64
import re
import zlib

import pytest

from readiness.web import sealed


def test_a_sealed_draft_opens_only_unchanged_for_its_purpose_and_in_time():
    token = sealed.seal("k" * 48, "periksa.draft", {"name": "UD Sari"}, now=1000)
    assert sealed.unseal("k" * 48, "periksa.draft", token, max_age=60, now=1010) == \
        {"name": "UD Sari"}
    assert sealed.unseal("k" * 48, "periksa.draft", token, max_age=60, now=1100) is None
    assert sealed.unseal("k" * 48, "other", token, max_age=60, now=1010) is None
    assert sealed.unseal("x" * 48, "periksa.draft", token, max_age=60, now=1010) is None
    flipped = token[:-3] + ("A" if token[-3] != "A" else "B") + token[-2:]
    assert sealed.unseal("k" * 48, "periksa.draft", flipped, max_age=60, now=1010) is None
    assert sealed.unseal("k" * 48, "periksa.draft", "garbage.garbage", max_age=60) is None
    # never inflated past its limit
    big = sealed.seal("k" * 48, "p", {"x": "a" * 1_000_000})
    assert sealed.unseal("k" * 48, "p", big, max_age=60, max_size=10_000) is None


def _readable(token: str, needle: bytes) -> bool:
    """Whether `needle` shows in the token by any plain decoding (base64, then zlib)."""
    for part in re.split(r"[.]", token):
        try:
            raw = base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
        except ValueError:
            continue
        for data in (raw, raw[8:]):
            try:
                data = zlib.decompress(data)
            except zlib.error:
                pass
            if needle in data:
                return True
    return False


@pytest.fixture
def client(tmp_path):
    from fastapi.testclient import TestClient

    from readiness.web.app import create_app
    from readiness.web.settings import Settings

    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}",
                              data_dir=tmp_path / "data", secret_key="s" * 48))
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def test_the_draft_cookie_cannot_be_read_and_lives_a_week(client):
    page = client.get("/periksa").text
    csrf = re.search(r'name="csrf" value="([^"]*)"', page)[1]
    draft = re.search(r'name="draft" value="([^"]*)"', page)[1]
    r = client.post("/periksa/usaha", follow_redirects=False, data={
        "csrf": csrf, "draft": draft, "go": "next", "business.name": "UD Rahasia Sari",
        "business.nib": "9120301234567", "business.address.regency": "Lombok Tengah",
        "business.owner.name": "Sari"})
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    token = re.search(r"rd_periksa=([^;]+)", cookie)[1].strip('"')
    assert not _readable(token, b"Rahasia") and not _readable(token, b"9120301234567")
    age = int(re.search(r"Max-Age=(\d+)", cookie, re.I)[1])
    assert age <= 7 * 86400
    # the form carries it sealed too, and the next step reads it back
    nxt = client.get("/periksa/produk").text
    hidden = re.search(r'name="draft" value="([^"]*)"', nxt)[1]
    assert not _readable(hidden, b"Rahasia")
    assert "UD Rahasia Sari" in client.get("/periksa/usaha").text
