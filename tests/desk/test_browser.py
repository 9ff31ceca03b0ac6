"""The two main journeys in a real browser (Playwright driving Debian's Chromium), on a phone
(360x740) and on a desk screen (1280x800): an officer reviews a submitted application, waives
a major gap, issues the certificate and opens its verification page; an organizer uploads
the shared registration-form export and downloads the summary. Screenshots go to
READINESS_SCREENSHOTS when set (to look at them), else to the test's temporary folder."""

import re
from pathlib import Path

import pytest

from tests.support.paths import ROOT
from tests.support.desk import PASSWORD
from tests.support.desk import PEOPLE, seed
from tests.support import web as browsing
from tests.support.web import needs_chromium

SIZES = {"phone": (360, 740), "desk": (1280, 800)}
SHARED_EXPORT = Path("/work/shared/examples/registrations-form-export.csv")
EXPORT = SHARED_EXPORT if SHARED_EXPORT.exists() else \
    ROOT / "examples" / "registrations-form-export.csv"

pytestmark = needs_chromium


@pytest.fixture
def live(tmp_path):
    from readiness.web import jobs
    from readiness.web.app import create_app
    from readiness.web.settings import Settings
    from tests.support.web import serving

    url = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    refs = seed(url)
    with serving(create_app(Settings(database_url=url, data_dir=tmp_path / "data"))) as base:
        yield base, refs
    jobs.wait_idle(60)


def shot(page, name, tmp_path):
    browsing.shot(page, f"desk-{name}", tmp_path)


def open_as(browser, base, who, size):
    w, h = SIZES[size]
    page = browser.new_page(viewport={"width": w, "height": h}, locale="id-ID",
                            accept_downloads=True, **({"is_mobile": True, "has_touch": True,
                                                       "device_scale_factor": 2}
                                                      if size == "phone" else {}))
    page.goto(f"{base}/meja/antrean")                 # a desk page: to the login first
    assert "/masuk" in page.url
    page.fill("#name", PEOPLE[who][0])
    page.fill("#password", PASSWORD)
    page.click("button[type=submit]")
    return page


def fits(page, size):
    return page.evaluate("document.documentElement.scrollWidth") <= SIZES[size][0]


@pytest.mark.parametrize("size", ["phone", "desk"])
def test_an_officer_waives_a_major_gap_and_issues_the_certificate(live, browser, size,
                                                                   tmp_path):
    base, refs = live
    ref = refs["tenun-sukarara"]
    page = open_as(browser, base, "officer", size)
    assert page.url.endswith("/meja/antrean")
    assert page.locator("h1").inner_text() == "Antrean pengajuan"
    assert fits(page, size)
    shot(page, f"{size}-1-queue", tmp_path)
    page.click(f"a[href='/meja/pengajuan/{ref}'] >> nth=0")
    assert page.locator("h1").inner_text() == "Kelompok Tenun Dasan Sukarara"
    assert "dikirim pelaku usaha" in page.locator(".sub").inner_text()
    gap = page.locator("ul.findings li.sev-major", has_text="TXT-03")
    assert "Utama" in gap.inner_text() and "perbaiki" in gap.inner_text()    # a major gap
    assert fits(page, size)
    shot(page, f"{size}-2-application", tmp_path)
    gap.locator("a").click()
    assert page.locator("h1").inner_text().startswith("TXT-03")
    assert "$.products[1].technique" in page.locator(".path").inner_text()   # officers see it
    assert page.input_value("#expires") == "2027-10-03"                       # the event's end
    page.fill("#reason", "Dijual sebagai tenun mesin dengan label yang jelas")
    assert fits(page, size)
    shot(page, f"{size}-3-finding", tmp_path)
    page.click("#waiver button[type=submit]")
    assert "Pengecualian dicatat dan berlaku" in page.locator(".flash").inner_text()
    waived = page.locator("ul.findings.waived li", has_text="TXT-03").inner_text()
    assert "Dikecualikan oleh Lalu Ahmad" in waived
    shot(page, f"{size}-4-waived", tmp_path)
    page.fill("#ipw", PASSWORD)                    # issuing is signed with his password
    page.click("text=Terbitkan sertifikat")
    assert "Sertifikat diterbitkan" in page.locator(".flash").inner_text()
    number = page.locator("h1").inner_text().strip()
    assert re.fullmatch(r"MM27-\d{6}-[2-9A-Z]", number)
    assert page.locator(".sub .badge").inner_text() == "berlaku"
    assert fits(page, size)
    shot(page, f"{size}-5-certificate", tmp_path)
    with page.expect_download() as dl:
        page.click("text=Unduh PDF")
    assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
    page.click("text=Buka halaman verifikasi")
    assert page.url.endswith(f"/v/{number}")
    assert page.locator(".status .word").inner_text() == "BERLAKU"
    assert "Kelompok Tenun Dasan Sukarara" in page.locator("main").inner_text()
    shot(page, f"{size}-6-verification", tmp_path)
    page.close()


@pytest.mark.parametrize("size", ["phone", "desk"])
def test_an_organizer_uploads_the_export_and_downloads_the_summary(live, browser, size,
                                                                   tmp_path):
    base, _ = live
    page = open_as(browser, base, "organizer", size)
    assert page.url.endswith("/meja/vendor")
    assert page.locator("nav.desknav a").all_inner_texts() == ["Meja vendor"]
    shot(page, f"{size}-7-vendor", tmp_path)
    page.set_input_files("#file", str(EXPORT))
    page.click("form.box button[type=submit]")
    assert re.search(r"/meja/vendor/[\w-]+$", page.url)
    if page.locator("#progress").count():               # still running: the bar moves
        assert page.locator("progress#bar").count() == 1
        shot(page, f"{size}-8-progress", tmp_path)
    page.wait_for_selector(".totals", timeout=90_000)   # the script reloads when done
    totals = page.locator(".totals").inner_text()
    assert "usaha" in totals and "tersertifikasi" in totals
    assert page.locator("svg.chart").count() >= 2
    assert "UD Kopi Sembalun Lestari" in page.locator("table.sortable").inner_text()
    body = page.content()
    assert "5203014507850001" not in body and "3760-4411" not in body
    assert fits(page, size)
    shot(page, f"{size}-9-summary", tmp_path)
    with page.expect_download() as dl:
        page.click("text=Ringkasan (XLSX)")
    assert dl.value.suggested_filename.endswith("summary.xlsx")
    assert Path(dl.value.path()).read_bytes().startswith(b"PK")
    with page.expect_download() as dl:
        page.click("text=Ringkasan (PDF)")
    assert Path(dl.value.path()).read_bytes().startswith(b"%PDF")
    page.close()
