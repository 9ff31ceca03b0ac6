"""Every PDF of the web app is drawn by one renderer (readiness.render.service): a child
process drawing one document at a time, behind a bounded queue, with a time limit.

WeasyPrint is not thread-safe: a dozen concurrent /periksa/laporan.pdf requests deadlocked a
thread of the server inside Pango. The unit tests use cheap functions in place of documents
(the service sends any module-level function by name)."""

import concurrent.futures as cf
import os
import threading
import time
import types

import pytest

from readiness.render import service as rs

pytestmark = pytest.mark.slow          # each test starts a rendering process (seconds)


@pytest.fixture
def renderer():
    r = rs.RenderService(queue=3, timeout=20.0)
    yield r
    r.close()


def test_drawing_happens_in_a_child_process_one_at_a_time(renderer):
    assert renderer.call(os.getpid) != os.getpid()
    t0 = time.monotonic()
    with cf.ThreadPoolExecutor(3) as pool:
        list(pool.map(lambda _: renderer.call(time.sleep, 0.3), range(3)))
    assert time.monotonic() - t0 >= 0.85          # three drawings of 0.3 s, one after another
    assert renderer.started == 1


def test_a_full_queue_is_told_busy_at_once(renderer):
    threads = [threading.Thread(target=renderer.call, args=(time.sleep, 1.0)) for _ in range(3)]
    for t in threads:
        t.start()
    time.sleep(0.3)
    t0 = time.monotonic()
    with pytest.raises(rs.Busy) as e:
        renderer.call(os.getpid)
    assert time.monotonic() - t0 < 0.2 and e.value.retry_after >= 5
    # an officer on the desk waits in line instead
    assert renderer.call(os.getpid, patient=True) > 0
    for t in threads:
        t.join()


def test_a_drawing_past_the_time_limit_ends_its_process(renderer):
    first = renderer.call(os.getpid)                   # started (imports) within 20 s
    renderer.timeout = 1.0
    t0 = time.monotonic()
    with pytest.raises(rs.TimedOut):
        renderer.call(time.sleep, 30)
    assert time.monotonic() - t0 < 3
    with pytest.raises(ProcessLookupError):
        os.kill(first, 0)                              # ended, not left drawing
    renderer.timeout = 20.0
    assert renderer.call(os.getpid) != first           # a fresh one draws the next
    assert renderer.started == 2


def test_a_crashed_renderer_is_replaced(renderer):
    with pytest.raises(rs.Failed):
        renderer.call(os._exit, 3)
    assert renderer.call(os.getpid) > 0
    with pytest.raises(ZeroDivisionError):             # an error comes back as itself
        renderer.call(divmod, 1, 0)


def test_outside_the_web_drawing_stays_in_this_process():
    assert rs.run(os.getpid) == os.getpid()


def _draft_cookie(secret: str) -> str:
    from readiness.web.routers.periksa import seal

    request = types.SimpleNamespace(app=types.SimpleNamespace(state=types.SimpleNamespace(
        settings=types.SimpleNamespace(secret_key=secret))))
    draft = {"business": {"business.name": "UD Sari", "business.scale": "micro"},
             "products": [{"name": "Keripik", "category": "packaged_food",
                           "channels": ["event"], "answers": {}}], "done": True}
    return seal(request, draft)


def test_a_dozen_concurrent_pdf_requests_all_return(tmp_path):
    """On a real server: twelve /periksa/laporan.pdf requests at once, from six clients (two
    each). Every one returns 200, 429 or 503 within the time limit; none hangs; the PDFs are
    whole; they were drawn outside the server's process."""
    import httpx

    from readiness.web.app import create_app
    from readiness.web.limits import Limits
    from readiness.web.settings import Settings
    from tests.support.web import serving

    secret = "s" * 48
    app = create_app(Settings(database_url=f"sqlite:///{tmp_path / 'r.sqlite3'}",
                              data_dir=tmp_path / "data", secret_key=secret,
                              limits=Limits(pdf_burst=1, render_queue=3, render_timeout=60)))
    cookie = _draft_cookie(secret)
    with serving(app) as base:
        def fetch(i: int):
            # six clients, as a proxy in front names them (uvicorn trusts 127.0.0.1)
            headers = {"cookie": f"rd_periksa={cookie}", "x-forwarded-for": f"10.0.0.{i % 6}"}
            with httpx.Client(timeout=90) as c:
                r = c.get(f"{base}/periksa/laporan.pdf", headers=headers)
            return r.status_code, r.content[:5], r.headers.get("retry-after")

        t0 = time.monotonic()
        with cf.ThreadPoolExecutor(12) as pool:
            answers = list(pool.map(fetch, range(12)))
        took = time.monotonic() - t0
    codes = sorted(a[0] for a in answers)
    assert set(codes) <= {200, 429, 503}, answers
    assert 200 in codes and 429 in codes and 503 in codes, codes
    assert all(a[1] == b"%PDF-" for a in answers if a[0] == 200)
    assert all(a[2] for a in answers if a[0] in (429, 503))
    assert codes.count(429) == 6                        # each client's second request
    assert took < 90
