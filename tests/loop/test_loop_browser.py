"""The whole loop in a real browser on a phone (360x740): the owner sends her answers, the
officer returns the application with a note on one requirement, her status page shows it, she
reopens her answers, fixes one and sends the changes, the officer sees what changed, approves
and issues (with his password), her status page shows the certificate, then a revocation
with its reason. Playwright driving Debian's Chromium; screenshots go to READINESS_SCREENSHOTS
when set (to look at them), else to the test's temporary folder."""

from types import SimpleNamespace

import pytest
import yaml

from tests.support.paths import EXAMPLES
from tests.support.desk import PASSWORD
from tests.support.desk import PEOPLE, seed
from tests.support.loop import draft_of
from tests.support.web import needs_chromium, shot

pytestmark = needs_chromium
KEY = "k" * 48


@pytest.fixture
def live(tmp_path):
    from readiness.web.app import create_app
    from readiness.web.settings import Settings
    from tests.support.web import serving

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    seed(url, names=())
    with serving(create_app(Settings(database_url=url, data_dir=tmp_path / "data",
                                     secret_key=KEY))) as base:
        yield base, url


def phone(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                              has_touch=True, locale="id-ID", device_scale_factor=1)
    return ctx, ctx.new_page()


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def login(page, base, who):
    page.goto(f"{base}/meja/antrean")
    page.fill("#name", PEOPLE[who][0])
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()


def test_the_whole_loop_on_a_phone(live, browser, tmp_path):
    from readiness.standards import load_standard
    from readiness.web.routers.periksa import DRAFT_COOKIE, seal

    base, url = live
    dossier = yaml.safe_load((EXAMPLES / "tenun-sukarara.yaml").read_text(encoding="utf-8"))
    draft = draft_of(dossier, load_standard(None))
    request = SimpleNamespace(app=SimpleNamespace(state=SimpleNamespace(
        settings=SimpleNamespace(secret_key=KEY))))
    octx, owner = phone(browser)
    octx.add_cookies([{"name": DRAFT_COOKIE, "value": seal(request, draft),
                       "domain": "127.0.0.1", "path": "/periksa"}])   # as the form keeps it

    # she sends her answers (the form's last page: her plan, her consent, "Kirim ke Dinas")
    owner.goto(f"{base}/periksa/hasil")
    owner.check("input[name=consent]")
    owner.click("form.send button[type=submit]")
    owner.wait_for_load_state()
    assert "/status/" in owner.url and "Diterima" in owner.inner_text("main")
    link = owner.url.split("?")[0]
    ref = link.split("/")[4]
    assert "Hubungi Dinas" in owner.inner_text("main") and fits(owner)
    shot(owner, "loop-1-status-received", tmp_path)

    # the officer returns it with a note on one requirement
    dctx, officer = phone(browser)
    login(officer, base, "officer")
    officer.goto(f"{base}/meja/pengajuan/{ref}")
    assert link[len(base):] in officer.content() and fits(officer)
    officer.click("#status summary")
    officer.fill("#note", "Mohon lengkapi sebelum kami setujui.")
    first = officer.locator("textarea[name^='n:']").first
    first.fill("Lampirkan foto label tenun yang dijahit permanen.")
    shot(officer, "loop-2-desk-return", tmp_path)
    officer.click("#status button[type=submit]")
    officer.wait_for_load_state()
    assert "dikembalikan" in officer.inner_text("main").lower()

    # her page shows it; she reopens her answers, changes one and sends the changes
    owner.goto(link)
    text = owner.inner_text("main")
    assert "Dikembalikan untuk diperbaiki" in text and "foto label tenun" in text
    assert fits(owner)
    shot(owner, "loop-3-status-returned", tmp_path)
    owner.click("text=Ubah jawaban dan kirim lagi")
    owner.wait_for_load_state()
    assert "Kirim perubahan" in owner.inner_text("main")
    owner.goto(f"{base}/periksa/usaha")
    owner.fill("[name='business.owner.name']", "Inaq Sumiati Rahayu")
    owner.click("button[value=next]")
    owner.wait_for_load_state()
    owner.goto(f"{base}/periksa/hasil")
    owner.check("input[name=consent]")
    shot(owner, "loop-4-send-changes", tmp_path)
    owner.click("form.send button[type=submit]")
    owner.wait_for_load_state()
    assert owner.url.split("?")[0] == link and "versi 2" in owner.inner_text("main")

    # the officer sees what changed, approves, and issues with his password
    officer.goto(f"{base}/meja/pengajuan/{ref}")
    changes = officer.inner_text("#changes")
    assert "Inaq Sumiati Rahayu" in changes
    shot(officer, "loop-5-desk-changes", tmp_path)
    officer.click("text=Setujui pengajuan")
    officer.wait_for_load_state()
    assert "disetujui" in officer.inner_text("main").lower()
    officer.fill("#ipw", "bukan-sandinya")
    officer.click("form.confirm button[type=submit]")
    officer.wait_for_load_state()
    assert "kata sandi salah" in officer.inner_text("main")
    officer.fill("#ipw", PASSWORD)
    officer.click("form.confirm button[type=submit]")
    officer.wait_for_load_state()
    assert "/meja/sertifikat/" in officer.url
    number = officer.url.split("/meja/sertifikat/")[1].split("?")[0]

    owner.goto(link)
    text = owner.inner_text("main")
    assert "Bersertifikat" in text and number in text
    assert owner.locator("a", has_text="verifikasi").count() == 1 and fits(owner)
    shot(owner, "loop-6-status-certified", tmp_path)

    # a revocation (with the password) shows on her page with its reason
    officer.goto(f"{base}/meja/sertifikat/{number}")
    officer.click("#revoke summary")
    officer.fill("#reason", "Label tidak sesuai dengan produk di stan")
    officer.fill("#rpw", PASSWORD)
    officer.click("#revoke button[type=submit]")
    officer.wait_for_load_state()
    owner.goto(link)
    text = owner.inner_text("main")
    assert "Sertifikat dicabut" in text and "Label tidak sesuai dengan produk di stan" in text
    assert fits(owner)
    shot(owner, "loop-7-status-revoked", tmp_path)
    octx.close()
    dctx.close()
