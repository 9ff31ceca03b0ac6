"""The loop on the web, on SQLite and PostgreSQL: the owner's status page and its privacy,
returning with notes per requirement, resending from /periksa as a new version, what the
officer sees changed, approving, issuing and revoking only with the officer's password,
re-issuing refused after a revocation without a change, an approver rejecting or returning a
waiver, the queue's search and duplicate NIBs, the dashboard and the monthly report."""

import re

import pytest

from readiness.register.store import Register
from tests.support.desk import browser, form, make_app, seed
from tests.support.desk import PASSWORD
from tests.support.periksa import fill, hidden


@pytest.fixture
def site(register_url, tmp_path):
    refs = seed(register_url)
    return make_app(register_url, tmp_path), refs, register_url


def _open(url):
    return Register.open(url)


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_the_status_page_shows_nothing_without_its_secret(site):
    app, refs, url = site
    with _open(url) as reg:
        a = reg.application(refs["dapur-inaq-sari"])
        b = reg.application(refs["tenun-sukarara"])
    assert a.secret != b.secret and len(a.secret) >= 24
    assert re.fullmatch(r"[A-Za-z0-9_-]+", a.secret)        # url-safe, 144 random bits
    with browser(app) as c:
        good = c.get(f"/status/{a.ref}/{a.secret}")
        assert good.status_code == 200 and a.business_name in good.text
        assert good.headers["cache-control"] == "no-store"
        wrong = [c.get(f"/status/{a.ref}/{a.secret[:-1]}{'A' if a.secret[-1] != 'A' else 'B'}"),
                 c.get(f"/status/{a.ref}/{b.secret}"), c.get(f"/status/{a.ref}"),
                 c.get("/status/AJ26-999999-X/" + a.secret), c.get(f"/status/{a.ref}/" + "x" * 30),
                 c.get(f"/status/{a.ref}/{b.secret}/qr.svg"),
                 c.get(f"/status/{a.ref}/{b.secret}/cetak")]
        bodies = {r.text for r in wrong}
        assert len(bodies) == 1 and all(r.status_code == 200 for r in wrong)   # one plain page
        plain = _text(wrong[0].text)
        for secret_thing in (a.business_name, a.ref, b.business_name, a.business_key,
                             "Dapur", "Inaq"):
            assert secret_thing not in plain
        assert "Tautan tidak dikenali" in plain
        assert wrong[5].headers["content-type"].startswith("text/html")
        qr = c.get(f"/status/{a.ref}/{a.secret}/qr.svg")
        assert qr.headers["content-type"] == "image/svg+xml" and b"<svg" in qr.content


def test_the_loop_between_owner_and_office(site, tmp_path):
    app, refs, url = site
    from fastapi.testclient import TestClient

    with TestClient(app, raise_server_exceptions=False) as owner:
        page = fill(owner)
        sent = owner.post("/periksa/kirim", data={"csrf": hidden(page.text, "csrf"),
                                                  "draft": hidden(page.text, "draft"),
                                                  "consent": "yes"}, follow_redirects=False)
        assert sent.status_code == 303
        link = sent.headers["location"].split("?")[0]
        ref = link.split("/")[2]
        first = owner.get(link)
        assert "Diterima" in first.text and "Hubungi Dinas" in first.text

        with browser(app, "officer") as officer:
            desk = officer.get(f"/meja/pengajuan/{ref}").text
            assert link in desk and "wa.me" in desk
            r = form(officer, f"/meja/pengajuan/{ref}", f"/meja/pengajuan/{ref}/kembalikan",
                     {"note": "Lengkapi tanggal produksi", "n:LBL-01:0":
                      "Cantumkan tanggal produksi pada label"})
            assert r.status_code == 303, r.text[:300]
            bad = form(officer, f"/meja/pengajuan/{ref}", f"/meja/pengajuan/{ref}/kembalikan",
                       {"note": "x", "n:ZZZ-99:0": "y"})
            assert bad.status_code == 400

        back = owner.get(link).text
        assert "Dikembalikan untuk diperbaiki" in back
        assert "Cantumkan tanggal produksi pada label" in back and "Lengkapi tanggal produksi" in back
        # she reopens her answers, fixes one and sends the changes: version 2
        reopened = owner.post(f"{link}/ubah", data={"csrf": hidden(back, "csrf")},
                              follow_redirects=True)
        assert "Kirim perubahan" in reopened.text and ref in reopened.text
        step = owner.get("/periksa/rincian")
        fixed = owner.post("/periksa/rincian", data={
            "csrf": hidden(step.text, "csrf"), "draft": hidden(step.text, "draft"),
            "go": "next", "business.scale": "small"}, follow_redirects=True)
        answer = owner.get("/periksa/hasil")
        again = owner.post("/periksa/kirim", data={"csrf": hidden(answer.text, "csrf"),
                                                   "draft": hidden(answer.text, "draft"),
                                                   "consent": "yes"}, follow_redirects=False)
        assert again.headers["location"].split("?")[0] == link, fixed.status_code
        with _open(url) as reg:
            a = reg.application(ref)
            assert a.version == 2 and a.status == "new" and len(reg.applications()) == 4
            assert [v.version for v in reg.loop.versions(ref)] == [1, 2]

        with browser(app, "officer") as officer:
            desk = officer.get(f"/meja/pengajuan/{ref}").text
            assert "Yang berubah di versi 2" in desk
            changes = desk.split('id="changes"', 1)[1].split("</section>", 1)[0]
            assert "micro" in changes.lower() or "mikro" in changes.lower()
            assert "small" in changes.lower() or "kecil" in changes.lower()
        assert "Sedang ditinjau" in owner.get(link).text or "Diterima" in owner.get(link).text


def test_issuing_and_revoking_need_the_password_and_reissue_needs_a_change(site):
    app, refs, url = site
    ref = refs["tenun-sukarara"]
    with browser(app, "officer") as c:
        page = f"/meja/pengajuan/{ref}"
        assert 'type="password" name="password"' in c.get(page).text
        for pw in ("", "salah-sandinya-ini"):
            r = form(c, page, f"{page}/terbitkan", {"password": pw})
            assert r.status_code == 400, r.status_code
            assert "kata sandi salah" in r.text
        with _open(url) as reg:
            assert reg.count() == 0
            assert [e.action for e in __import__("readiness.register.audit", fromlist=["x"])
                    .entries(reg) if e.action.startswith("confirm.")] == ["confirm.failure"] * 2
        r = form(c, page, f"{page}/terbitkan", {"password": PASSWORD})
        assert r.status_code == 303, r.text[:500]
        number = r.headers["location"].split("/")[3].split("?")[0]
        cert = f"/meja/sertifikat/{number}"
        r = form(c, cert, f"{cert}/cabut", {"reason": "Label palsu", "password": "salah-lagi-ya"})
        assert r.status_code == 400
        with _open(url) as reg:
            assert reg.get(number).status() == "valid"
        r = form(c, cert, f"{cert}/cabut", {"reason": "Label palsu", "password": PASSWORD})
        assert r.status_code == 303
        with _open(url) as reg:
            assert reg.get(number).status() == "revoked"
            assert reg.application(ref).status == "revoked"
        text = c.get(page).text
        assert "pernah dicabut" in text
        r = form(c, page, f"{page}/terbitkan", {"password": PASSWORD})
        assert r.status_code == 400 and "belum berubah" in r.text
        r = form(c, page, f"{page}/terbitkan", {"password": PASSWORD,
                                                 "override": "Putusan Kabid no. 7"})
        assert r.status_code == 303
    with browser(app) as owner, _open(url) as reg:
        a = reg.application(ref)
        assert "Bersertifikat" in owner.get(f"/status/{ref}/{a.secret}").text


def _pending_waiver(c, ref):
    """An officer waives a blocker of the application (it waits for an approver)."""
    r = form(c, f"/meja/pengajuan/{ref}/temuan/FOOD-04?produk=0",
             f"/meja/pengajuan/{ref}/keputusan",
             {"kind": "waiver", "rule": "FOOD-04", "product": "0", "reason": "P-IRT diperpanjang",
              "expires": "2027-03-31"})
    assert r.status_code == 303, r.text[:400]
    return int(r.headers["location"].rsplit("#d", 1)[1])


def test_an_approver_rejects_or_returns_a_waiver(site):
    app, refs, url = site
    ref = refs["madu-hutan-sumbawa"]
    with browser(app, "officer") as c:
        first = _pending_waiver(c, ref)
    with browser(app, "approver") as c:
        page = c.get(f"/meja/pengajuan/{ref}").text
        assert f'action="/meja/keputusan/{first}/tinjau"' in page
        r = form(c, f"/meja/pengajuan/{ref}", f"/meja/keputusan/{first}/tinjau",
                 {"review": "rejected", "reason": ""})
        assert r.status_code == 400
        r = form(c, f"/meja/pengajuan/{ref}", f"/meja/keputusan/{first}/tinjau",
                 {"review": "rejected", "reason": "NIB wajib dimiliki sebelum acara"})
        assert r.status_code == 303
    with _open(url) as reg:
        d = reg.desk.decision(first)[1]
        assert d.review == "rejected" and not d.in_force and not d.pending
        assert "NIB wajib" in d.review_reason
    with browser(app, "officer") as c:
        second = _pending_waiver(c, ref)                 # a new one may be recorded
        r = form(c, f"/meja/pengajuan/{ref}", f"/meja/keputusan/{second}/tinjau",
                 {"review": "returned", "reason": "x"})
        assert r.status_code == 403                      # an officer cannot review
    with browser(app, "approver") as c:
        r = form(c, f"/meja/pengajuan/{ref}", f"/meja/keputusan/{second}/tinjau",
                 {"review": "returned", "reason": "Sebutkan nomor pendaftaran OSS"})
        assert r.status_code == 303
        assert "dikembalikan" in c.get(f"/meja/pengajuan/{ref}").text
    with _open(url) as reg:
        actions = [e.action for e in __import__("readiness.register.audit", fromlist=["x"])
                   .entries(reg)]
        assert "decision.reject" in actions and "decision.return" in actions


def test_the_queue_searches_and_flags_the_same_nib(site, tmp_path):
    app, refs, url = site
    with _open(url) as reg:
        from readiness import applications as loop
        import yaml

        from tests.support.paths import EXAMPLES

        data = yaml.safe_load((EXAMPLES / "tenun-sukarara.yaml").read_text(encoding="utf-8"))
        twin = loop.submit(reg, data, source="upload", consent="x", actor="test")
        nib = twin.business_key
    with browser(app, "officer") as c:
        q = c.get("/meja/antrean?q=" + nib[:8]).text
        assert twin.ref in q and refs["tenun-sukarara"] in q and refs["dapur-inaq-sari"] not in q
        assert "NIB ganda" in q
        assert refs["dapur-inaq-sari"] in c.get("/meja/antrean?q=inaq").text
        only = c.get("/meja/antrean?q=" + twin.ref.lower().replace("-", " ")).text
        assert twin.ref in only and f'href="/meja/pengajuan/{refs["tenun-sukarara"]}"' not in only
        assert "NIB yang sama ada di pengajuan lain" in c.get(f"/meja/pengajuan/{twin.ref}").text


def test_the_dashboard_and_its_monthly_report(site):
    app, refs, url = site
    with browser(app, "officer") as c:
        page = c.get("/meja/dasbor")
        assert page.status_code == 200 and "<svg" in page.text and "terdaftar" in page.text
        x = c.get("/meja/dasbor/laporan-2026-12.xlsx")
        assert x.status_code == 200 and x.content[:2] == b"PK"
        p = c.get("/meja/dasbor/laporan-2026-12.pdf")
        assert p.status_code == 200 and p.content[:4] == b"%PDF"
        from io import BytesIO

        from pypdf import PdfReader

        text = PdfReader(BytesIO(p.content)).pages[0].extract_text()
        assert "Laporan bulanan" in text and "2026-12" in text
        assert c.get("/meja/dasbor/laporan-2026-13.pdf").status_code == 404
    with browser(app, "organizer") as c:
        assert c.get("/meja/dasbor").status_code == 403
