"""A phone's view of the verification page: Playwright (from PyPI) driving Debian's Chromium at
360x740, for a valid and a revoked certificate. Screenshots go to READINESS_SCREENSHOTS when
set (to look at them), else to the test's temporary folder."""

import pytest

from tests.support.web import needs_chromium, shot

pytestmark = needs_chromium


@pytest.fixture(scope="module")
def live(tmp_path_factory):
    from readiness.web.app import create_app
    from readiness.web.settings import Settings
    from tests.support.certs import make_register
    from tests.support.web import serving

    d = tmp_path_factory.mktemp("site")
    url = f"sqlite:///{d / 'register.sqlite3'}"
    numbers = make_register(url, d)
    with serving(create_app(Settings(database_url=url, data_dir=d / "data"))) as base:
        yield base, numbers


def phone(browser):
    return browser.new_page(viewport={"width": 360, "height": 740}, device_scale_factor=2,
                            is_mobile=True, has_touch=True, locale="id-ID")


def colour(page, selector):
    return page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")


def fits_the_screen(page):
    return page.evaluate("document.documentElement.scrollWidth") <= 360


def test_a_valid_certificate_on_a_phone(live, browser, tmp_path):
    base, n = live
    page = phone(browser)
    page.goto(f"{base}/v/{n['valid']}")
    status = page.locator(".status")
    assert status.is_visible()
    assert status.locator(".word").inner_text() == "BERLAKU"
    assert "berlaku sampai 3 Oktober 2027" in status.inner_text()
    assert colour(page, ".status") == "rgb(30, 123, 79)"           # green
    box = status.bounding_box()
    assert box["y"] < 200 and box["width"] <= 360                   # the first thing one sees
    body = page.locator("main").inner_text()
    for needle in ("UD Kopi Sembalun Lestari", "Kopi Arabika Sembalun Bubuk 250 g",
                   "Kopi Robusta Sembalun Biji Sangrai 100 g", "Berlaku sampai",
                   "MotoGP Mandalika 2027", n["valid"]):
        assert needle in body, needle
    assert "Baiq Nurul Aini" not in page.content()                  # no personal data
    assert fits_the_screen(page)
    shot(page, "valid-id", tmp_path)
    page.click("text=English")
    assert page.locator(".status .word").inner_text() == "VALID"
    shot(page, "valid-en", tmp_path)
    page.close()


def test_a_revoked_certificate_on_a_phone(live, browser, tmp_path):
    base, n = live
    page = phone(browser)
    page.goto(f"{base}/v/{n['revoked']}")
    assert page.locator(".status .word").inner_text() == "DICABUT"
    assert "Alasan: Produk ditarik dari peredaran" in page.locator(".status").inner_text()
    assert colour(page, ".status") == "rgb(180, 35, 24)"            # red
    assert "Kelompok Tenun Dasan Sukarara" in page.locator("main").inner_text()
    assert fits_the_screen(page)
    shot(page, "revoked-id", tmp_path)
    # a number typed on the page's form, loosely, finds the superseded one
    page.fill("input[name=number]", n["superseded"].lower().replace("-", " "))
    page.click("button[type=submit]")
    assert page.locator(".status .word").inner_text() == "DIGANTIKAN"
    assert page.url.endswith(f"/v/{n['superseded']}?lang=id")
    shot(page, "superseded-id", tmp_path)
    page.close()
