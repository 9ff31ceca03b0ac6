"""Anonymous "kirim ke Dinas" can be spammed (it is rate-limited per client, see
tests/web/test_limits.py); an officer dismisses what is spam: it leaves the queue, the
history and the audit log say who and why, and it can be taken back (SQLite and
PostgreSQL; migration 0007_secweb)."""

import re

from readiness.register import audit
from readiness.register.store import Register
from tests.support.desk import browser, form, make_app, seed


def test_an_officer_dismisses_spam_out_of_the_queue_and_can_take_it_back(register_url, tmp_path):
    refs = seed(register_url, names=("tenun-sukarara", "madu-hutan-sumbawa"))
    app = make_app(register_url, tmp_path)
    spam, kept = refs["tenun-sukarara"], refs["madu-hutan-sumbawa"]
    page = f"/meja/pengajuan/{spam}"
    with browser(app, "officer") as officer:
        html = officer.get(page).text
        assert "Tandai spam" in html
        r = form(officer, page, f"{page}/status", {"status": "dismissed",
                                                  "note": "isian palsu, dikirim 40 kali"})
        assert r.status_code == 303 and "ok=status_dismissed" in r.headers["location"]
        queue = officer.get("/meja/antrean").text
        assert spam not in queue and kept in queue
        assert spam in officer.get("/meja/antrean?status=dismissed").text
        html = officer.get(page).text
        assert "tidak diproses (spam)" in html and "isian palsu" in html
        # taken back into review
        r = form(officer, page, f"{page}/status", {"status": "in_review"})
        assert r.status_code == 303
        assert spam in officer.get("/meja/antrean").text
    with Register.open(register_url) as reg:
        moves = [(e.actor, e.data.get("to"), e.data.get("note")) for e in audit.entries(reg)
                 if e.action == "application.status" and e.target == spam]
        assert ("lalu.ahmad", "dismissed", "isian palsu, dikirim 40 kali") in moves
        assert moves[-1][:2] == ("lalu.ahmad", "in_review")
        assert audit.verify(reg).broken is None


def test_an_organizer_cannot_dismiss(register_url, tmp_path):
    refs = seed(register_url, names=("tenun-sukarara",))
    app = make_app(register_url, tmp_path)
    ref = refs["tenun-sukarara"]
    with browser(app, "officer") as officer:
        html = officer.get(f"/meja/pengajuan/{ref}").text
        token = re.search(r'name="csrf" value="([0-9a-f]{64})"', html).group(1)
    with browser(app, "organizer") as org:
        r = org.post(f"/meja/pengajuan/{ref}/status", data={"status": "dismissed", "csrf": token},
                     follow_redirects=False)
        assert r.status_code == 403
    with Register.open(register_url) as reg:
        assert reg.application(ref).status == "new"
