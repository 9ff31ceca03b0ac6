"""The vendor desk's summary page lists every vendor: each one checked, with its own gap
report (a page of its own) and a prepared message, and each one that could not be read, with
the reason and where it is in the upload (no SQL, no browser: the job's page file)."""

import csv
import datetime as dt
import json
from types import SimpleNamespace

from readiness.api import check_path, load_standard
from readiness.web import jobs
from tests.support.paths import AS_OF, EXAMPLES


def test_every_vendor_is_in_the_table(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = check_path(EXAMPLES / "dapur-inaq-sari.yaml", load_standard(), as_of=AS_OF)
    (out / "results.jsonl").write_text(json.dumps(result.to_dict(), ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    with open(out / "errors.csv", "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["source", "row", "column", "level", "kind", "business", "message"])
        w.writerow(["daftar.xlsx", "14", "", "error", "no_readable_row", "CV Rinjani Craft",
                    "baris ini tidak dapat dibaca: NIB kosong"])
        w.writerow(["daftar.xlsx", "14", "E", "error", "bad_cell", "CV Rinjani Craft", "x"])
        # a cell that could not be read: a missing field of a business that was checked
        w.writerow(["daftar.xlsx", "3", "Harga (Rp)", "error", "bad_cell", "Dapur Inaq Sari", "mahal"])
        w.writerow(["daftar.xlsx", "20", "", "warning", "form_gap", "", "tidak ditanyakan"])
    stats = SimpleNamespace(total=2, certified=0, not_certified=1, errors=2, warnings=1)
    job = SimpleNamespace(standard="mandalika-motogp@2027.3", as_of=dt.date(2026, 11, 27),
                          lang="id")
    jobs.write_page(tmp_path, stats, job)
    page = json.loads((tmp_path / jobs.PAGE_FILE).read_text(encoding="utf-8"))
    checked, unreadable = page["rows"]
    assert checked["name"] == "Dapur Inaq Sari" and checked["doc"].endswith(".html")
    report = tmp_path / jobs.REPORTS / checked["doc"]
    assert report.exists() and "Dapur Inaq Sari" in report.read_text(encoding="utf-8")
    assert 0 < len(checked["message"]) <= 1000 and "Dapur Inaq Sari" in checked["message"]
    assert unreadable["verdict"] == "unreadable" and unreadable["name"] == "CV Rinjani Craft"
    assert "NIB kosong" in unreadable["reason"] and unreadable["where"] == "daftar.xlsx 14"
