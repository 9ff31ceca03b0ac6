"""The self-assessment on a phone (360x740), as an IKM owner fills it in: Playwright (from PyPI)
driving Debian's Chromium. A packaged-food owner with one mistake on the way, a weaver, and
the same form with JavaScript off. Screenshots of every step go to READINESS_SCREENSHOTS when
set (to look at them), else to the test's temporary folder."""

import pytest

from tests.support.web import needs_chromium, shot

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    from readiness.web.app import create_app
    from readiness.web.settings import Settings
    from tests.support.web import serving

    d = tmp_path_factory.mktemp("periksa")
    url = f"sqlite:///{d / 'register.sqlite3'}"
    with serving(create_app(Settings(database_url=url, data_dir=d / "data"))) as base:
        yield base, url


def phone(browser, js=True):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, device_scale_factor=1,
                              is_mobile=True, has_touch=True, locale="id-ID",
                              java_script_enabled=js)
    return ctx.new_page()


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def error_next_to(page, name):
    """The message shown in the question block of the field `name`."""
    return page.locator(f"[name='{name}']").locator("xpath=ancestor::div[contains(@class,'q')][1]"
                                                    ).locator(".err").inner_text()


def next_step(page):
    page.click("button[value=next]")
    page.wait_for_load_state()


def test_packaged_food_owner_with_one_mistake(live, browser, tmp_path):
    base, url = live
    page = phone(browser)
    page.goto(f"{base}/periksa")
    assert page.locator("h1").inner_text() == "Usaha Anda"
    page.fill("[name='business.name']", "UD Kopi Sembalun Lestari")
    page.fill("[name='business.owner.name']", "Baiq Nurul Aini")
    page.fill("[name='business.nib']", "912030123456")             # 12 digits: the mistake
    page.fill("[name='business.address.regency']", "Lombok Timur")
    page.fill("[name='business.contact.phone']", "0812 3456 7890")
    shot(page, "food-1-usaha", tmp_path)
    next_step(page)
    assert "13 angka" in error_next_to(page, "business.nib")
    assert page.locator("[name='business.name']").input_value() == "UD Kopi Sembalun Lestari"
    assert fits(page)
    shot(page, "food-2-nib-refused", tmp_path)
    page.fill("[name='business.nib']", "9120 3012 3456 7")
    next_step(page)
    assert page.locator("h1").inner_text() == "Produk Anda"
    page.fill("[name='p0.product.name']", "Kopi Arabika Bubuk 250 g")
    page.check("[name='p0.product.category'][value=packaged_food]")
    page.check("[name='p0.product.channels'][value=event]")
    shot(page, "food-3-produk", tmp_path)
    next_step(page)
    assert page.locator("h1").inner_text() == "Izin dan dokumen usaha"
    page.check("[name='business.scale'][value=micro]")
    page.check("[name='business.curation[kind=government]'][value=ya]")
    page.fill("[name='business.curation[kind=government].date']", "27/11/2026")   # accepted
    shot(page, "food-4-rincian", tmp_path)
    next_step(page)
    assert "Kopi Arabika Bubuk 250 g" in page.locator("h1").inner_text()
    assert page.locator(".err").count() == 0
    page.fill("[name='product.price_idr']", "Rp 85.000")
    page.check("[name='product.permits[type=pirt]'][value=ya]")
    page.fill("[name='product.permits[type=pirt].number']", "P-IRT No. 2065203010123-29")
    assert fits(page)
    shot(page, "food-5-produk-rincian", tmp_path)
    next_step(page)
    assert page.locator("h1").inner_text() == "Hasil pemeriksaan"
    first = page.locator("ol.plan > li").first
    assert first.locator("h2").inner_text().startswith("Lengkapi data")
    assert "NPWP" in first.inner_text()                   # a field she left empty
    assert "$." not in page.locator("main").inner_text()  # no JSON paths
    assert fits(page)
    shot(page, "food-6-hasil", tmp_path)
    # kirim ke Dinas: refused without consent, then stored
    page.click("form.send button")
    assert "Centang persetujuan" in page.locator(".send .err").inner_text()
    page.check("[name=consent]")
    page.click("form.send button")
    page.wait_for_load_state()
    # sent: her status page, the private link to keep (readiness.web.routers.status)
    assert "/status/" in page.url and "Diterima" in page.locator(".state").inner_text()
    number = page.locator(".sub b").inner_text()
    assert number.startswith("AJ")
    shot(page, "food-7-terkirim", tmp_path)
    from readiness.register.store import Register

    with Register.open(url) as reg:
        app = reg.application(number)
    assert app.dossier["business"]["nib"] == "9120301234567"
    assert app.dossier["business"]["curation"] == [{"kind": "government", "date": "2026-11-27"}]
    assert "npwp" not in app.dossier["business"]                     # only what was answered
    page.context.close()


def test_a_weaver(live, browser, tmp_path):
    base, _ = live
    page = phone(browser)
    page.goto(f"{base}/periksa/usaha?lang=en")
    assert page.locator("h1").inner_text() == "Your business"
    page.fill("[name='business.name']", "Kelompok Tenun Dasan Sukarara")
    page.fill("[name='business.nib']", "0220104455667")
    next_step(page)
    page.fill("[name='p0.product.name']", "Songket Subahnale")
    page.check("[name='p0.product.category'][value=textile]")
    page.check("[name='p0.product.channels'][value=souvenir]")
    page.evaluate("window.noReload = true")
    page.click("button[value=add]")                     # with JavaScript: no reload
    assert page.locator("[name='p1.product.name']").count() == 1
    assert page.evaluate("window.noReload === true")
    assert page.locator("[name='p1.product.name']").input_value() == ""
    assert page.locator("input[name=n]").input_value() == "2"
    next_step(page)                     # the empty second block is no product
    next_step(page)                     # the business's details: skipped for now
    assert page.locator("[name='product.technique']").count() > 0     # what a weaver is asked
    assert page.locator("[name='product.permits[type=pirt]']").count() == 0
    page.select_option("[name='product.technique']", "handwoven")   # 8 techniques in .3: a list
    page.fill("[name='product.origin.village']", "Sukarara")
    shot(page, "tenun-1-produk", tmp_path)
    next_step(page)
    assert page.locator("h1").inner_text() == "Your result"
    assert page.locator("ol.plan > li h2").first.inner_text().startswith("Fill in the missing information")
    assert fits(page)
    shot(page, "tenun-2-result", tmp_path)
    page.context.close()


def test_the_form_without_javascript(live, browser, tmp_path):
    base, _ = live
    page = phone(browser, js=False)
    page.goto(f"{base}/periksa")
    page.fill("[name='business.name']", "Gerabah Banyumulek")
    next_step(page)
    page.fill("[name='p0.product.name']", "Kendi")
    page.check("[name='p0.product.category'][value=craft]")
    page.check("[name='p0.product.channels'][value=souvenir]")
    page.click("button[value=add]")                           # a second product, no script
    page.wait_for_load_state()
    assert page.locator("[name='p1.product.name']").count() == 1
    assert page.locator("[name='p0.product.name']").input_value() == "Kendi"
    page.fill("[name='p1.product.name']", "Vas bunga")
    page.check("[name='p1.product.category'][value=craft]")
    page.check("[name='p1.product.channels'][value=hotel]")
    shot(page, "nojs-1-produk", tmp_path)
    next_step(page)
    page.reload()                                             # the draft survives a reload
    assert page.locator("h1").count() == 1
    while page.locator("button[value=next]").count():
        next_step(page)
    assert page.locator("h1").inner_text() == "Hasil pemeriksaan"
    text = page.locator("main").inner_text()
    assert "Kendi" in text and "Vas bunga" in text
    shot(page, "nojs-2-hasil", tmp_path)
    page.context.close()
