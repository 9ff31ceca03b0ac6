"""What an owner says on /periksa reaches the verdict (issue 21), on a phone (360x740):
"Belum punya" to the P-IRT and the halal certificate sends her to the Dinas Kesehatan and to
BPJPH; "Sedang diurus" is an answer too, never "data belum diisi". Screenshots go to
READINESS_SCREENSHOTS when set (to look at them), else to the test's temporary folder."""

import pytest

from tests.support.web import needs_chromium, shot

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    from readiness.web.app import create_app
    from readiness.web.settings import Settings
    from tests.support.web import serving

    d = tmp_path_factory.mktemp("periksa-answers")
    url = f"sqlite:///{d / 'register.sqlite3'}"
    with serving(create_app(Settings(database_url=url, data_dir=d / "data"))) as base:
        yield base, url


def phone(browser):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1,
                              is_mobile=True, has_touch=True, locale="id-ID")
    return ctx.new_page()


def next_step(page):
    page.click("button[value=next]")
    page.wait_for_load_state()


def dodol_owner(page, base, name):
    page.goto(f"{base}/periksa")
    page.fill("[name='business.name']", name)
    page.fill("[name='business.owner.name']", "Inaq Sari")
    page.fill("[name='business.address.regency']", "Lombok Timur")
    next_step(page)
    page.fill("[name='p0.product.name']", "Dodol Rumput Laut")
    page.check("[name='p0.product.category'][value=packaged_food]")
    page.check("[name='p0.product.channels'][value=event]")
    next_step(page)
    page.check("[name='business.scale'][value=micro]")
    next_step(page)
    assert "Dodol Rumput Laut" in page.locator("h1").inner_text()


def test_belum_punya_sends_her_to_the_offices(live, browser, tmp_path):
    base, _ = live
    page = phone(browser)
    dodol_owner(page, base, "UD Dodol Inaq Sari")
    pirt = page.locator("[name='product.permits[type=pirt]']")
    labels = page.locator("[name='product.permits[type=pirt]']").locator(
        "xpath=ancestor::fieldset[1]").locator(":scope > .opts").inner_text()
    assert pirt.count() == 3
    for words in ("Sudah punya", "Sedang diurus", "Belum punya"):
        assert words in labels
    # a follow-up shows once its answer is given: the licence after an event mark
    assert not page.locator("[name='product.licences[]']").first.is_visible()
    page.fill("[name='product.marks']", "MotoGP")
    assert page.locator("[name='product.licences[]']").first.is_visible()
    page.fill("[name='product.marks']", "")
    assert not page.locator("[name='product.licences[]']").first.is_visible()
    # no craft questions for a food, no codes among the choices
    assert page.locator("[name='product.item_type']").count() == 0
    assert "_" not in page.locator("select[name='product.food_type']").inner_text()
    page.check("[name='product.permits[type=pirt]'][value=tidak]")
    page.check("[name='product.permits[type=halal]'][value=tidak]")
    # what follows "Sudah punya" (the number, the dates) stays hidden after "Belum punya"
    assert not page.locator("[name='product.permits[type=pirt].number']").is_visible()
    shot(page, "answers-1-belum-punya", tmp_path)
    next_step(page)
    assert page.locator("h1").inner_text() == "Hasil pemeriksaan"
    main = page.locator("main").inner_text()
    assert "Dinas Kesehatan" in main and "BPJPH" in main, main
    assert "Belum punya SPP-IRT" in main and "Belum punya sertifikat halal" in main, main
    fill = page.locator("ol.plan > li").first
    if fill.locator("h2").inner_text().startswith("Lengkapi data"):
        assert "Izin produk" not in fill.inner_text()       # her answer is not missing data
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    shot(page, "answers-2-hasil-belum-punya", tmp_path)
    page.context.close()


def test_sedang_diurus_is_an_answer(live, browser, tmp_path):
    base, url = live
    page = phone(browser)
    dodol_owner(page, base, "UD Dodol Amaq Jaya")
    page.check("[name='product.permits[type=pirt]'][value=ya]")
    assert page.locator("[name='product.permits[type=pirt].number']").is_visible()
    page.fill("[name='product.permits[type=pirt].number']", "P-IRT No. 2065203010123-29")
    page.check("[name='product.permits[type=halal]'][value=proses]")
    assert not page.locator("[name='product.permits[type=halal].number']").is_visible()
    shot(page, "answers-3-sedang-diurus", tmp_path)
    next_step(page)
    main = page.locator("main").inner_text()
    assert "Sertifikat halal sedang diurus" in main, main
    assert "BPJPH" in main
    shot(page, "answers-4-hasil-sedang-diurus", tmp_path)
    # sent to the office: the dossier says what she said
    page.check("[name=consent]")
    page.click("form.send button")
    page.wait_for_load_state()
    number = page.locator(".sub b").inner_text()
    from readiness.register.store import Register

    with Register.open(url) as reg:
        app = reg.application(number)
    permits = app.dossier["products"][0]["permits"]
    assert {"type": "halal", "status": "pending"} in permits
    assert any(p["type"] == "pirt" and p["status"] == "issued" for p in permits)
    page.context.close()
