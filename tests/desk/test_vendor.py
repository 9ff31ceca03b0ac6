"""The vendor desk: an organizer uploads the registration-form export; it runs as a
background job (a process of its own) on the batch engine; the summary page and the files to
download; two uploads at once both finish; a broken row is listed, never fatal; NIK and phone
numbers stay out of an organizer's downloads unless an admin allows it."""

import csv
import io
import json
import re
import time

import pytest

from tests.support.paths import ROOT
from tests.support.desk import browser, form, make_app, seed

EXPORT = ROOT / "examples" / "registrations-form-export.csv"


@pytest.fixture
def site(register_url, tmp_path):
    seed(register_url, names=())
    app = make_app(register_url, tmp_path)
    yield app
    from readiness.web import jobs

    jobs.wait_idle(60)


def upload(client, name, data: bytes, **fields):
    return form(client, "/meja/vendor", "/meja/vendor", {"as_of": "2026-11-27", **fields},
                files={"file": (name, data, "text/csv")})


def wait_done(client, ref, timeout=120):
    deadline = time.time() + timeout
    seen = []
    while time.time() < deadline:
        s = client.get(f"/meja/vendor/{ref}/status.json").json()
        seen.append(s["status"])
        if s["status"] in ("done", "failed"):
            return s, seen
        time.sleep(0.3)
    raise AssertionError(f"job {ref} did not finish: {seen[-5:]}")


def test_an_upload_runs_in_the_background_and_gives_the_summary(site):
    with browser(site, "organizer") as org:
        r = upload(org, "registrations-form-export.csv", EXPORT.read_bytes())
        assert r.status_code == 303, r.text[:500]
        ref = r.headers["location"].rsplit("/", 1)[1]
        page = org.get(f"/meja/vendor/{ref}").text        # a progress page meanwhile
        assert "<progress" in page or "Ringkasan" in page
        status, _ = wait_done(org, ref)
        assert status["status"] == "done" and status["percent"] == 100.0
        page = org.get(f"/meja/vendor/{ref}").text
        assert "27 November 2026" in page                  # the as-of date
        assert page.count("<svg") >= 2 and "Per kabupaten/kota" in page
        assert "UD Kopi Sembalun Lestari" in page
        # no personal data, no JSON paths for an organizer
        for secret in ("5203014507850001", "+62 812-3760-4411", "812-3760-4411", "$.products",
                       "$.business", "product.permits", "product.label", "/desk/jobs/"):
            assert secret not in page, secret
        # sortable: by score, descending
        rows = org.get(f"/meja/vendor/{ref}?sort=score&dir=desc").text
        scores = [float(x.replace(",", ".")) for x in re.findall(
            r'data-k="Skor">([\d,]+)</td>', rows)]
        assert scores == sorted(scores, reverse=True) and len(scores) >= 5
        # the downloads
        for name, magic in (("summary.xlsx", b"PK"), ("summary.pdf", b"%PDF"),
                            ("annotated.xlsx", b"PK")):
            d = org.get(f"/meja/vendor/{ref}/unduh/{name}")
            assert d.status_code == 200 and d.content.startswith(magic), name
        errors = org.get(f"/meja/vendor/{ref}/unduh/errors.csv")
        assert errors.status_code == 200 and "form_gap" in errors.text
        assert "5203014507850001" not in errors.text
        assert "product.label" not in errors.text and "/desk/jobs/" not in errors.text
        annotated = org.get(f"/meja/vendor/{ref}/unduh/annotated.xlsx").content
        assert personal_in_workbook(annotated)       # her own workbook, as she sent it
        assert org.get(f"/meja/vendor/{ref}/unduh/results.jsonl").status_code == 404
        # each vendor's gap report alone, all of them as one ZIP, a message per vendor
        import io
        import zipfile

        page = org.get(f"/meja/vendor/{ref}").text
        reports = re.findall(rf'href="/meja/vendor/{ref}/laporan/([^"]+\.html)"', page)
        assert reports and "wa.me/?text=" in page
        one = org.get(f"/meja/vendor/{ref}/laporan/{reports[0]}")
        assert one.status_code == 200 and "<html" in one.text
        assert "5203014507850001" not in one.text
        assert org.get(f"/meja/vendor/{ref}/laporan/..%2Fpage.json").status_code == 404
        z = zipfile.ZipFile(io.BytesIO(org.get(f"/meja/vendor/{ref}/laporan.zip").content))
        assert reports[0] in z.namelist() and len(z.namelist()) >= len(reports)
    # another organizer does not see it; an admin does, with the personal data
    with browser(site, "admin") as admin:
        assert admin.get(f"/meja/vendor/{ref}").status_code == 200
        annotated = admin.get(f"/meja/vendor/{ref}/unduh/annotated.xlsx").content
        assert personal_in_workbook(annotated)


def personal_in_workbook(data: bytes) -> bool:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True)
    text = " ".join(str(c) for row in wb.worksheets[0].iter_rows(values_only=True) for c in row
                    if c is not None)
    return "5203014507850001" in text or "812-3760-4411" in text


def test_two_uploads_at_once_both_finish_and_a_broken_row_is_listed(site, register_url):
    from readiness.register.store import Register

    with Register.open(register_url) as reg:
        reg.accounts.add("mgpa.dua", "organizer", "sandi-yang-panjang", actor="test")
    text = EXPORT.read_text(encoding="utf-8")
    lines = text.splitlines()
    broken = lines[:3] + [lines[3].replace("Lombok", "Lombok", 1).split(",", 3)[0] + ",,,"] + \
        lines[4:]
    broken_csv = ("\n".join(broken) + "\n").encode("utf-8")
    with browser(site, "organizer") as a, browser(site, "mgpa.dua") as b:
        ra = upload(a, "daftar-a.csv", EXPORT.read_bytes())
        rb = upload(b, "daftar-b.csv", broken_csv, lang="en")
        refs = [r.headers["location"].rsplit("/", 1)[1] for r in (ra, rb)]
        sa, _ = wait_done(a, refs[0])
        sb, _ = wait_done(b, refs[1])
        assert sa["status"] == sb["status"] == "done"
        page = b.get(f"/meja/vendor/{refs[1]}").text
        assert "Masalah dalam daftar" in page and "<svg" in page
        assert re.search(r'data-k="Baris">4\b', page), page[page.find("Masalah"):][:800]
        # each organizer sees only their own
        assert b.get(f"/meja/vendor/{refs[0]}").status_code == 404
        assert refs[0] not in b.get("/meja/vendor").text


def test_a_file_that_is_not_a_list_is_refused_at_once(site):
    with browser(site, "organizer") as org:
        r = form(org, "/meja/vendor", "/meja/vendor", {},
                 files={"file": ("daftar.xlsx", b"not a workbook", "application/octet-stream")})
        assert r.status_code == 400 and "workbook" in r.text
        r = form(org, "/meja/vendor", "/meja/vendor", {},
                 files={"file": ("daftar.pdf", b"%PDF-1.7", "application/pdf")})
        assert r.status_code == 400


def test_a_csv_turned_into_a_workbook_checks_the_same(tmp_path):
    """The vendor desk runs a CSV upload as a workbook of its text (for the annotated copy):
    the results are the CSV's, row numbers included."""
    from readiness.batch.runner import run_batch
    from readiness.web.jobs import csv_to_xlsx

    xlsx = tmp_path / "export.xlsx"
    csv_to_xlsx(EXPORT, xlsx)

    def results(src, out):
        run_batch([str(src)], out, pdf=False, jobs=1, progress=False)
        lines = [json.loads(x) for x in (out / "results.jsonl").read_text(
            encoding="utf-8").splitlines()]
        with open(out / "errors.csv", encoding="utf-8-sig", newline="") as f:
            problems = [(r[1], r[2], r[4], r[6]) for r in list(csv.reader(f))[1:]]
        return ([(r["business"]["name"], r["business"]["verdict"], r["business"]["score"],
                  [(x["rule"], x["status"], x["message"]) for x in r["findings"]])
                 for r in lines], problems)

    a, b = results(EXPORT, tmp_path / "a"), results(xlsx, tmp_path / "b")
    assert a[0] == b[0] and a[1] == b[1] and len(a[0]) >= 5
