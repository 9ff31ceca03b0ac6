"""The front door's limits (readiness.web.limits): bodies are refused by their length, counted
as they arrive and timed, uploads wait for a session before a byte is read, and anonymous
costly requests are rate-limited per client.

The requests go through the app's ASGI interface with a `receive` that hands the body out
lazily and counts what was taken, so "refused before the body was read" is measured, not
assumed (on a server a body that is never received is never spooled)."""

import socket
import time

import anyio
import pytest

from tests.support.desk import browser, csrf, make_app, seed

MB = 1024 * 1024


@pytest.fixture
def app(register_url, tmp_path):
    seed(register_url, names=())
    return make_app(register_url, tmp_path)


@pytest.fixture
def sqlite_app(tmp_path):
    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    seed(url, names=())
    return make_app(url, tmp_path)


def app_with(tmp_path, **limits):
    from readiness.web.app import create_app
    from readiness.web.limits import Limits
    from readiness.web.settings import Settings

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    return create_app(Settings(database_url=url, data_dir=tmp_path / "data",
                               secret_key="s" * 48, limits=Limits(**limits)))


def body(chunk: int, total: int | None, *, stall_after: int | None = None):
    """A body in `chunk`-byte pieces, `total` bytes in all (None: without end); with
    `stall_after`, the client goes quiet after that many pieces."""
    n = 0
    while total is None or n * chunk < total:
        if stall_after is not None and n >= stall_after:
            yield None
        n += 1
        yield b"a" * chunk, total is None or n * chunk < total


def call(client, app, method: str, path: str, *, headers: dict | None = None, chunks=(),
         cookie: str = "", addr: str = "203.0.113.9", timeout: float = 20.0):
    """One request through the app's ASGI interface: (status, headers, bytes taken)."""
    taken = {"bytes": 0}
    pieces = iter(chunks)
    sent = []
    hdrs = [(k.lower().encode(), str(v).encode()) for k, v in (headers or {}).items()]
    if cookie:
        hdrs.append((b"cookie", cookie.encode()))
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
             "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
             "query_string": b"", "root_path": "", "headers": hdrs, "client": (addr, 40000),
             "server": ("testserver", 80)}

    async def receive():
        piece = next(pieces, "end")
        if piece == "end":
            if not taken.get("ended"):
                taken["ended"] = True
                return {"type": "http.request", "body": b"", "more_body": False}
            await anyio.sleep(3600)
        if piece is None:
            await anyio.sleep(3600)          # a slow client: nothing more arrives
        data, more = piece
        taken["bytes"] += len(data)
        return {"type": "http.request", "body": data, "more_body": more}

    async def send(message):
        sent.append(message)

    async def run():
        with anyio.fail_after(timeout):
            await app(scope, receive, send)

    client.portal.call(run)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], {k.decode(): v.decode() for k, v in start["headers"]}, \
        taken["bytes"]


MULTIPART = "multipart/form-data; boundary=xyz"
FORM = "application/x-www-form-urlencoded"


@pytest.mark.parametrize("length", [10 ** 9, None])
def test_a_logged_out_upload_is_refused_before_its_body_is_read(app, length):
    """A 1 GB upload without a session: to the login page, and not one byte taken (FastAPI
    would have spooled it all before the route's login check)."""
    headers = {"content-type": MULTIPART, **({"content-length": length} if length else {})}
    with browser(app) as client:
        for path in ("/meja/vendor", "/meja/unggah", "/meja/pengajuan/X/keputusan/impor"):
            status, hdrs, taken = call(client, app, "POST", path, headers=headers,
                                       chunks=body(MB, None))
            assert status == 303 and hdrs["location"].startswith("/masuk?next="), path
            assert taken == 0, path


def test_an_upload_by_a_role_without_the_permission_is_refused_unread(app):
    with browser(app, "organizer") as client:
        cookie = "; ".join(f"{k}={v}" for k, v in client.cookies.items())
        status, _, taken = call(client, app, "POST", "/meja/unggah", cookie=cookie,
                                headers={"content-type": MULTIPART, "content-length": 10 ** 8},
                                chunks=body(MB, None))
        assert (status, taken) == (403, 0)
        # her own upload route takes her body (within its limit) as before
        status, _, taken = call(client, app, "POST", "/meja/vendor", cookie=cookie,
                                headers={"content-type": MULTIPART, "content-length": 10 ** 9},
                                chunks=body(MB, None))
        assert (status, taken) == (413, 0)


@pytest.mark.parametrize("path", ["/periksa/usaha", "/masuk", "/periksa/kirim"])
def test_an_oversized_form_is_refused_by_its_length(sqlite_app, path):
    with browser(sqlite_app) as client:
        status, hdrs, taken = call(client, sqlite_app, "POST", path, chunks=body(MB, None),
                                   headers={"content-type": FORM, "content-length": 900 * MB})
    assert (status, taken) == (413, 0)
    assert hdrs["connection"] == "close"


@pytest.mark.parametrize("path", ["/periksa/usaha", "/masuk"])
def test_a_chunked_form_without_length_is_counted(sqlite_app, path):
    """No Content-Length: the bytes are counted as they arrive and the request ends past the
    limit (64 KiB public, 256 KiB desk), long before the 8 MB the client meant to send."""
    with browser(sqlite_app) as client:
        status, _, taken = call(client, sqlite_app, "POST", path, chunks=body(16 * 1024, 8 * MB),
                                headers={"content-type": FORM})
    assert status == 413
    assert taken <= 256 * 1024 + 16 * 1024


def test_a_slow_client_times_out(tmp_path):
    app = app_with(tmp_path, idle=0.3)
    with browser(app) as client:
        t0 = time.monotonic()
        status, _, taken = call(client, app, "POST", "/periksa/usaha", timeout=10,
                                headers={"content-type": FORM, "content-length": 50_000},
                                chunks=body(1000, 50_000, stall_after=3))
    assert status == 408 and taken == 3000
    assert time.monotonic() - t0 < 5


def test_a_form_within_its_limit_still_works(sqlite_app):
    with browser(sqlite_app) as client:
        page = client.get("/periksa/usaha")
        r = client.post("/periksa/usaha", data={"csrf": csrf(page.text), "go": "next"},
                        follow_redirects=False)
        assert r.status_code in (303, 422)
        r = client.request("GET", "/periksa/usaha", content=b"12345")
        assert r.status_code == 413
        # a refusal names the route's limit
        r = client.post("/periksa/usaha", content=b"a" * 70_000, headers={"content-type": FORM})
        assert r.status_code == 413 and "paling besar 64 KB" in r.text
        r = client.post("/masuk?lang=en", content=b"a" * 300_000, headers={"content-type": FORM})
        assert r.status_code == 413 and "at most 256 KB" in r.text


def test_anonymous_pdfs_are_rate_limited_per_client(sqlite_app):
    with browser(sqlite_app) as client:
        codes = [client.get("/periksa/laporan.pdf").status_code for _ in range(12)]
        assert 429 not in codes[:6] and codes[6:] == [429] * 6, codes
        r = client.get("/periksa/laporan.pdf")
        assert r.status_code == 429 and 1 <= int(r.headers["retry-after"]) <= 10
        assert "Terlalu banyak permintaan" in r.text
        # another client is not held back by this one
        status, _, _ = call(client, sqlite_app, "GET", "/periksa/laporan.pdf", addr="198.51.100.2")
        assert status != 429


def test_sending_to_the_office_is_rate_limited(tmp_path):
    app = app_with(tmp_path, send_burst=2)
    seed(f"sqlite:///{tmp_path / 'register.sqlite3'}", names=())
    with browser(app) as client:
        codes = [client.post("/periksa/kirim", data={"consent": "yes"}).status_code
                 for _ in range(3)]
    assert codes[:2] == [403, 403] and codes[2] == 429      # (no CSRF token: 403)


def test_bucket_memory_is_bounded():
    from readiness.web.ratelimit import Bucket, client_key

    b = Bucket(1, 60.0, size=100)
    for i in range(1000):
        b.take(f"10.0.{i // 250}.{i % 250}", now=0.0)
    assert len(b.clients) == 100
    assert client_key(("2001:db8:1:2:3:4:5:6", 1)) == client_key(("2001:db8:1:2:ffff::1", 1))


@pytest.mark.slow
def test_the_server_answers_a_huge_logged_out_upload_at_once(sqlite_app):
    """On a real server: a 1 GB upload's headers and its first 256 KiB; the redirect comes
    back at once and the connection is closed (the rest is never read)."""
    from tests.support.web import serving

    with serving(sqlite_app) as base:
        port = int(base.rsplit(":", 1)[1])
        with socket.create_connection(("127.0.0.1", port), timeout=10) as s:
            s.sendall(b"POST /meja/vendor HTTP/1.1\r\nHost: x\r\nContent-Type: " + MULTIPART.encode()
                      + b"\r\nContent-Length: 1000000000\r\n\r\n")
            try:
                s.sendall(b"a" * 256 * 1024)
            except OSError:
                pass
            t0 = time.monotonic()
            reply = s.recv(65536)
        assert reply.startswith(b"HTTP/1.1 303")
        assert time.monotonic() - t0 < 5
