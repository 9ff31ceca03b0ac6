"""The desk through HTTP, on SQLite and PostgreSQL: CSRF refusal, the lock-out, session
cookies, a double-clicked submit, the two-officer rule, password resets, personal data."""

import re

import pytest

from readiness.register import audit
from readiness.register.store import Register
from tests.support.desk import PASSWORD
from tests.support.desk import browser, csrf, form, login, make_app, seed


@pytest.fixture
def site(register_url, tmp_path):
    refs = seed(register_url)
    return make_app(register_url, tmp_path), refs, register_url


def decisions(url, ref):
    with Register.open(url) as reg:
        return reg.desk.decisions(ref)


def waiver(ref, **kw):
    return {"kind": "waiver", "rule": "TXT-03", "product": "1", "reason": "Tenun mesin, label "
            "jelas", "expires": "2027-10-03", **kw}


def test_csrf_refusal(site):
    app, refs, url = site
    ref = refs["tenun-sukarara"]
    page = f"/meja/pengajuan/{ref}/temuan/TXT-03?produk=1"
    action = f"/meja/pengajuan/{ref}/keputusan"
    with browser(app, "officer") as a, browser(app, "officer2") as b:
        html = a.get(page).text
        no_token = a.post(action, data={"once": "k1", **waiver(ref)}, follow_redirects=False)
        assert no_token.status_code == 403 and "Traceback" not in no_token.text
        wrong = a.post(action, data={"csrf": "0" * 64, "once": "k2", **waiver(ref)})
        assert wrong.status_code == 403
        # a token of another session (b's page) does not work in a's
        theirs = csrf(b.get(page).text)
        assert a.post(action, data={"csrf": theirs, "once": "k3", **waiver(ref)}).status_code == 403
        # nor a's token without a's cookies (another site posting a's form)
        from fastapi.testclient import TestClient

        with TestClient(app) as stranger:
            stranger.cookies.set("rd_session", a.cookies.get("rd_session"))
            r = stranger.post(action, data={"csrf": csrf(html), "once": "k4", **waiver(ref)},
                              follow_redirects=False)
            assert r.status_code == 403
        assert decisions(url, ref) == []
        ok = a.post(action, data={"csrf": csrf(html), "once": "k5", **waiver(ref)},
                    follow_redirects=False)
        assert ok.status_code == 303 and len(decisions(url, ref)) == 1


def test_lock_out_with_a_clear_message_and_a_time(site):
    app, _, url = site
    with browser(app) as c:
        for i in range(4):
            r = login(c, "officer", f"wrong password {i}")
            assert r.status_code == 401 and "Nama pengguna atau kata sandi salah" in r.text
        r = login(c, "officer", "wrong password 4")
        assert r.status_code == 403
        assert re.search(r"Terlalu banyak percobaan gagal untuk akun ini\. Coba lagi setelah "
                         r"pukul \d\d:\d\d WITA", r.text), r.text
        r = login(c, "officer")                       # the right password, while locked
        assert r.status_code == 403 and "Terlalu banyak" in r.text
        assert "rd_session" not in c.cookies
        # another account from elsewhere is not affected
    with browser(app, "approver"):
        pass
    with Register.open(url) as reg:
        acts = [e.action for e in audit.entries(reg) if e.target == "lalu.ahmad"]
    assert acts.count("login.failure") == 5 and "login.locked" in acts


def test_session_cookie_and_logout(site):
    app, _, url = site
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="https://testserver") as c:
        r = login(c, "officer")
        cookie = r.headers["set-cookie"]
        assert "rd_session=" in cookie and "HttpOnly" in cookie and "SameSite=lax" in cookie \
            and "Secure" in cookie
        token = c.cookies.get("rd_session")
        with Register.open(url) as reg:
            from sqlalchemy import text

            with reg.engine.connect() as conn:
                stored = conn.execute(text("SELECT id FROM desk_sessions")).scalars().all()
        assert token not in stored                   # only its hash is kept
        page = c.get("/meja/antrean")
        assert page.status_code == 200 and "Lalu Ahmad" in page.text
        r = c.post("/keluar", data={"csrf": csrf(page.text)}, follow_redirects=False)
        assert r.headers["location"] == "/masuk?info=logged_out"
        # the old cookie opens nothing any more
        c.cookies.set("rd_session", token)
        r = c.get("/meja/antrean", follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/masuk?next=")


def test_a_double_clicked_submit_records_once(site):
    app, refs, url = site
    ref = refs["tenun-sukarara"]
    with browser(app, "officer") as c:
        html = c.get(f"/meja/pengajuan/{ref}/temuan/TXT-03?produk=1").text
        body = {"csrf": csrf(html), "once": re.search(r'name="once" value="([^"]+)"',
                                                      html).group(1), **waiver(ref)}
        first = c.post(f"/meja/pengajuan/{ref}/keputusan", data=body, follow_redirects=False)
        second = c.post(f"/meja/pengajuan/{ref}/keputusan", data=body, follow_redirects=False)
        assert first.status_code == second.status_code == 303
        assert first.headers["location"] == second.headers["location"]
        assert len(decisions(url, ref)) == 1
        # issuing twice from the same form: one certificate, one audit entry
        page = c.get(f"/meja/pengajuan/{ref}").text
        issue_key = re.search(r'action="/meja/pengajuan/[^"]+/terbitkan" class="stack confirm">\s*'
                              r'<input type="hidden" name="csrf" value="[0-9a-f]+">'
                              r'<input type="hidden" name="once" value="([^"]+)"', page).group(1)
        body = {"csrf": csrf(page), "once": issue_key, "password": PASSWORD}
        a = c.post(f"/meja/pengajuan/{ref}/terbitkan", data=body, follow_redirects=False)
        b = c.post(f"/meja/pengajuan/{ref}/terbitkan", data=body, follow_redirects=False)
        assert a.status_code == b.status_code == 303
        assert a.headers["location"] == b.headers["location"]
    with Register.open(url) as reg:
        issued = [e for e in audit.entries(reg) if e.action == "certificate.issue"]
        assert len(issued) == 1 and reg.count() == 1
        assert len([e for e in audit.entries(reg) if e.action == "decision.record"]) == 1


def test_a_blocker_waiver_needs_another_approver_on_the_web(site):
    app, refs, url = site
    ref = refs["madu-hutan-sumbawa"]
    page = f"/meja/pengajuan/{ref}/temuan/FOOD-04?produk=0"
    with browser(app, "approver") as boss:
        r = form(boss, page, f"/meja/pengajuan/{ref}/keputusan",
                 waiver(ref, rule="FOOD-04", product="0", expires="2027-03-31"))
        assert r.status_code == 303 and "ok=pending" in r.headers["location"]
        (d,) = decisions(url, ref)
        assert d.pending
        # the approver's own waiver: no button, and a refused POST
        app_page = boss.get(f"/meja/pengajuan/{ref}").text
        assert f"/meja/keputusan/{d.id}/setujui" not in app_page
        r = form(boss, f"/meja/pengajuan/{ref}", f"/meja/keputusan/{d.id}/setujui", {})
        assert r.status_code == 400 and "Anda sendiri yang mencatat" in r.text
    with browser(app, "organizer") as org:
        r = form(org, "/meja/akun", f"/meja/keputusan/{d.id}/setujui", {})
        assert r.status_code == 403
    with browser(app, "officer") as o:
        r = form(o, "/meja/akun", f"/meja/keputusan/{d.id}/setujui", {})
        assert r.status_code == 403                       # officers do not approve
    with browser(app, "admin") as admin:
        listing = admin.get("/meja/persetujuan").text
        assert ref in listing and "FOOD-04" in listing
        r = form(admin, "/meja/persetujuan", f"/meja/keputusan/{d.id}/setujui", {})
        assert r.status_code == 303
    (d,) = decisions(url, ref)
    assert d.in_force and d.approved_by == "Admin Dinas"


def test_a_reset_password_must_be_changed_first(site):
    app, _, url = site
    with Register.open(url) as reg:
        reg.accounts.reset("lalu.ahmad", "sementara-123", actor="test")
    with browser(app) as c:
        r = login(c, "officer", "sementara-123")
        assert r.headers["location"] == "/meja/akun"
        assert c.get("/meja/antrean", follow_redirects=False).headers["location"] == "/meja/akun"
        r = form(c, "/meja/akun", "/meja/akun", {"old": "sementara-123", "new": "baru-dan-panjang",
                                                 "again": "baru-dan-panjang"})
        assert r.status_code == 303
        assert c.get("/meja/antrean").status_code == 200


def test_admin_pages_change_roles_and_are_audited(site):
    app, _, url = site
    with browser(app, "admin") as admin:
        r = form(admin, "/meja/pengguna", "/meja/pengguna/dewi.s/role", {"role": "approver"})
        assert r.status_code == 303
        r = form(admin, "/meja/pengguna", "/meja/pengguna",
                 {"name": "inaq.sri", "full_name": "Inaq Sri", "role": "officer",
                  "password": "sementara-456", "again": "sementara-456"}, pick=-1)
        assert r.status_code == 303, r.text[:300]
        r = form(admin, "/meja/pengaturan", "/meja/pengaturan", {"organizer_personal": "yes"})
        assert r.status_code == 303
        log = admin.get("/meja/audit?check=1").text
        assert "log audit utuh" in log and "user.role" in log and "setting.change" in log
        csv_text = admin.get("/meja/audit/ekspor?format=csv").text
        assert csv_text.startswith("seq,at,actor,action") and "user.add" in csv_text
    with Register.open(url) as reg:
        assert reg.accounts.get("dewi.s").role == "approver"
        assert reg.accounts.get("inaq.sri").must_change
        setting = [e for e in audit.entries(reg) if e.action == "setting.change"][-1]
        assert setting.actor == "admin.dinas" and setting.data["to"] == "yes"


def test_personal_data_is_for_the_office_only(site):
    app, refs, _ = site
    ref = refs["tenun-sukarara"]
    with browser(app, "officer") as o:
        page = o.get(f"/meja/pengajuan/{ref}").text
        assert "+6287765432100" in page and "5202016607700003" in page
    with browser(app, "organizer") as org:
        assert org.get(f"/meja/pengajuan/{ref}").status_code == 403
        assert org.get("/meja/antrean").status_code == 403


def test_pages_are_in_english_on_request_and_never_show_a_trace(site):
    app, refs, _ = site
    with browser(app, "officer") as c:
        en = c.get("/meja/antrean?lang=en").text
        assert "Applications queue" in en
        assert "Applications queue" in c.get("/meja/antrean").text     # remembered
        assert "Antrean pengajuan" in c.get("/meja/antrean?lang=id").text
        r = c.get("/meja/pengajuan/AJ26-999999-Z")
        assert r.status_code == 404 and "Traceback" not in r.text
        r = c.get("/meja/pengajuan/" + refs["tenun-sukarara"] + "/temuan/NOPE-1")
        assert r.status_code == 404


def test_a_body_too_large_is_refused_before_it_is_read(site):
    app, refs, url = site
    with browser(app, "organizer") as org:
        html = org.get("/meja/vendor").text
        big = b"x" * (21 * 1024 * 1024)
        r = org.post("/meja/vendor", data={"csrf": csrf(html), "once": "k"},
                     files={"file": ("daftar.csv", big, "text/csv")})
        assert r.status_code == 413 and "terlalu besar" in r.text
    with browser(app, "officer") as o:
        html = o.get("/meja/akun").text
        r = o.post("/meja/akun", data={"csrf": csrf(html), "old": "x" * 300_000})
        assert r.status_code == 413
