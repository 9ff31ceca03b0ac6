"""Dossier text is text: no markup, no fetching, nothing attached but our own files."""

import copy
import http.server
import threading

import pytest

from readiness import attachments as carried
from readiness.render import documents as D
from tests.support.pdf import attachments, norm, pdf_text

INJECTION = '<img src="file:///etc/passwd"></td><style>body{display:none}</style>'

OURS = {carried.RESULT_ATTACHMENT, carried.SIGNATURE_ATTACHMENT, carried.PUBKEY_ATTACHMENT,
        carried.NUMBER_ATTACHMENT}


@pytest.fixture(scope="module")
def server():
    """A loopback HTTP server that records every request it receives (bounded lifetime)."""
    hits = []

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *a):
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    srv.timeout = 1
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}", hits
    srv.shutdown()
    srv.server_close()
    t.join(5)


def _poison(obj, url, counter):
    """Every string in the result replaced by markup and URLs pointing at the server (the closed
    vocabularies kept: a result with another verdict is not a result)."""
    if isinstance(obj, dict):
        return {k: (v if k in ("lang", "format", "status", "severity", "verdict", "kind",
                                    "business_level_verdict")
                    else _poison(v, url, counter)) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_poison(v, url, counter) for v in obj]
    if isinstance(obj, str):
        counter[0] += 1
        n = counter[0]
        return (f'{url}/t{n} <img src="{url}/i{n}"> <link rel=stylesheet href="{url}/c{n}">'
                f'<style>@import "{url}/s{n}";</style> url({url}/u{n})')
    return obj


def test_injection_in_business_name_is_literal_text(results):
    r = copy.deepcopy(results[("kopi-sembalun", "id")])
    r["business"]["name"] = INJECTION
    html = D.render_html(r)
    assert "<img src=\"file:///etc/passwd\">" not in html
    assert "&lt;img src=&#34;file:///etc/passwd&#34;&gt;&lt;/td&gt;&lt;style&gt;" in html
    for kind in ("certificate", "gap-report"):
        k, data = D.render_pdf(r, kind)
        assert norm(INJECTION) in norm(pdf_text(data)), kind
        assert set(attachments(data)) <= OURS


def test_urls_in_every_field_fetch_nothing(results, server):
    url, hits = server
    r = _poison(results[("lulur-mandalika", "id")], url, [0])
    r["certified"] = True
    before = len(hits)
    for kind in ("certificate", "gap-report"):
        _, data = D.render_pdf(r, kind)
        assert set(attachments(data)) <= OURS
        assert url in pdf_text(data)  # shown as text
    assert hits[before:] == []


def test_template_level_fetches_are_refused(server):
    """Even if a template (ours, or a future one) asked for external resources, the renderer's
    fetcher refuses them: no network, no local file, no attachment."""
    from weasyprint import HTML

    url, hits = server
    R = D.Renderer.get()
    html = f"""<html><head>
      <link rel=attachment href="file:///etc/passwd">
      <link rel=attachment href="{url}/att">
      <link rel=stylesheet href="{url}/style.css">
      <style>@import url("{url}/imp.css"); body {{ background: url({url}/bg.png) }}</style>
      </head><body>
      <img src="file:///etc/passwd"><img src="{url}/img.png">
      <img src="fonts/../../../signing.py"><img src="../pdf.py">
      <img src="data:image/png;base64,iVBORw0KGgo=">
      <object data="{url}/obj"></object><embed src="{url}/emb">
      <svg><image href="{url}/svgimg.png" width="5" height="5"/></svg>
      <p>x</p></body></html>"""
    before = len(hits)
    data = HTML(string=html, base_url=R.base_url, url_fetcher=R.fetcher).write_pdf(
        font_config=R.font_config)
    assert hits[before:] == []
    assert attachments(data) == {}
    refused = " ".join(R.fetcher.refused)
    assert "file:///etc/passwd" in refused and f"{url}/img.png" in refused


def test_fetcher_serves_only_packaged_assets():
    from readiness.render.fetcher import ASSETS_DIR

    f = D.Renderer.get().fetcher
    ok = f.fetch((ASSETS_DIR / "fonts" / "DejaVuSans.ttf").as_uri())
    assert ok.read(4) == b"\x00\x01\x00\x00"
    for bad in ((ASSETS_DIR / "fonts" / ".." / ".." / "pdf.py").as_uri(),
                (ASSETS_DIR / "nope.ttf").as_uri(), "file:///etc/passwd",
                "file://evil.example/share/x", "https://example.org/x.png",
                "data:text/plain,hello", "ftp://127.0.0.1/x"):
        with pytest.raises(ValueError):
            f.fetch(bad)
