"""Identifiers and dates from every kind of spreadsheet cell.

A NIB, NPWP, KBLI or phone number that a spreadsheet program turned into a number gets its
leading 0 back with a warning, or is refused when the number cannot say what was written;
dates stored as numbers are read as dates. The shared export and an .xlsx made from it the way
a spreadsheet program saves it (numbers as numbers, dates as dates) give the same summary.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from pathlib import Path

import pytest

import xlsx_samples as S
from readiness import values
from readiness.batch.runner import run_batch
from readiness.sheets.read import XlsxBook
from readiness.values import excel_date

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
AS_OF = dt.date(2026, 11, 27)
NIB = (13,)            # the lengths of an identifier in full
NPWP = (15, 16)


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


# ------------------------------------------------------------------------------ the rules

@pytest.mark.parametrize("cell,expected,restored", [
    (220104455667, "0220104455667", True),            # a numeric cell, one digit short
    (220104455667.0, "0220104455667", True),          # the same as a float
    ("220104455667", "0220104455667", True),          # CSV: bare digits may be such a number
    ("2.20104455667E+11", "0220104455667", True),     # CSV from Excel: scientific, every digit
    ("2,20104455667E+11", "0220104455667", True),     # ... with an Indonesian decimal comma
    (9120301234567, "9120301234567", False),          # a whole NIB as a number
    ("0220104455667", "0220104455667", False),        # text that kept its 0
    ("12AB-778", "12AB-778", False),                  # text the checker judges
    (12345, "12345", False),                          # not one short: kept for the checker
])
def test_nib_from_cells(cell, expected, restored):
    cells = values.Cells()
    assert values.parse_identifier(cell, NIB, cells) == expected
    assert bool(cells.notes) == restored
    if restored:
        code, args, english = cells.notes[0]
        assert code == "zero_restored" and args["fixed"] == expected and "leading 0" in english


@pytest.mark.parametrize("cell,code", [
    ("2.20104E+11", "number_rounded"),          # CSV: Excel kept 6 digits of 12
    (5203014507850000, "number_rounded"),       # 16 digits: a program kept 15, rounded the rest
    (520214567915000, "number_ambiguous"),      # 15 digits: an old NPWP, or a 16-digit one without its 0?
])
def test_refused_when_the_number_cannot_tell(cell, code):
    target = NIB if code == "number_rounded" and isinstance(cell, str) else NPWP
    with pytest.raises(values.CellError) as e:
        values.parse_identifier(cell, target, values.Cells())
    assert e.value.code == code


def test_npwp_one_short_and_exact():
    cells = values.Cells()
    assert values.parse_identifier(20214567915000, NPWP, cells) == "020214567915000"   # 14 -> 15
    assert values.parse_identifier(5203014507850001, NPWP, cells) == "5203014507850001"  # written exactly
    assert values.parse_identifier("52.021.456.7-915.000", NPWP, cells) == "52.021.456.7-915.000"
    assert [c for c, _, _ in cells.notes] == ["zero_restored"]


@pytest.mark.parametrize("cell,expected,warned", [
    (81917223344, "081917223344", True),       # a mobile number without its 0
    (370123456, "0370123456", True),           # a Mataram landline without its 0
    (6287765432100, "6287765432100", False),   # +62 without the '+': the checker accepts 62
    ("+62 812-3760-4411", "+62 812-3760-4411", False),
])
def test_phone_from_cells(cell, expected, warned):
    cells = values.Cells()
    assert values.parse_phone(cell, cells) == expected
    assert bool(cells.notes) == warned


def test_phone_ambiguous_is_refused():
    """62 and 8 more digits: +62 8123-4567 or 0628-123-4567 (Sidikalang)? Nobody can tell."""
    with pytest.raises(values.CellError) as e:
        values.parse_phone(6281234567, values.Cells())
    assert e.value.code == "phone_ambiguous"


def test_excel_dates_both_epochs():
    assert excel_date(46248, False) == dt.date(2026, 8, 14)
    assert excel_date(44786, True) == dt.date(2026, 8, 14)
    assert excel_date(46248.5, False) == dt.datetime(2026, 8, 14, 12, 0)
    assert excel_date(59, False) == dt.date(1900, 2, 28)
    assert excel_date(60, False) is None              # Excel's phantom 29 February 1900
    assert excel_date(61, False) == dt.date(1900, 3, 1)
    assert values.parse_date(46248) == "2026-08-14"
    assert values.parse_date(44786, date1904=True) == "2026-08-14"
    assert values.parse_date("46248") == "2026-08-14"    # a CSV of a date column that lost its format
    with pytest.raises(values.CellError):
        values.parse_date(2026)                           # a year alone is not a date


def test_every_cell_type_of_a_workbook(tmp_path):
    """Shared and inline strings, numbers, floats, booleans, formulas' cached values, error
    values, date-formatted numbers in the 1900 and the 1904 system."""
    rows = [["a", "b", "c", "d", "e", "f", "g", "h"],
            ["teks", S.Num("2.20104455667E+11"), 1.5, True, S.Formula("A2&\"x\"", "teksx"),
             S.Formula("1+1", 2), S.Styled(46248, 1), S.Styled(46248.75, 2)]]
    for date1904, serial in ((False, 46248), (True, 44786)):
        rows[1][6] = S.Styled(serial, 1)
        rows[1][7] = S.Styled(serial + 0.75, 2)
        p = S.table(tmp_path / f"t{date1904}.xlsx", rows, date1904=date1904)
        got = list(XlsxBook(p).rows())[1][1]
        assert got == ["teks", 220104455667, 1.5, True, "teksx", 2, dt.date(2026, 8, 14),
                       dt.datetime(2026, 8, 14, 18, 0)]
    inline = S.table(tmp_path / "inline.xlsx", rows, use_shared=False)
    assert list(XlsxBook(inline).rows())[1][1][0] == "teks"
    err = tmp_path / "err.xlsx"
    sheet = S.sheet_xml([["a"]], shared=None).replace(
        "</sheetData>", '<row r="2"><c r="A2" t="e"><v>#N/A</v></c></row></sheetData>')
    S.write(err, sheet)
    assert list(XlsxBook(err).rows())[1] == (2, ["#N/A"])


# ------------------------------------------------------------------------------ end to end

def typed_workbook(path: Path) -> Path:
    """The shared export as a spreadsheet program saves it after the data is typed in: digits
    become numbers (a leading 0 and a leading + are lost), DD/MM/YYYY becomes a date, an amount
    in rupiah a number with a currency format; other text stays text."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        for i, row in enumerate(csv.reader(f)):
            ws.append([cell if i == 0 else _typed(cell) for cell in row])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, dt.datetime):
                c.number_format = "dd/mm/yyyy hh:mm:ss" if c.value.time() != dt.time(0) else "dd/mm/yyyy"
            elif isinstance(c.value, int) and c.column_letter == "AE":
                c.number_format = '"Rp" #,##0'
    wb.save(path)
    return path


def _typed(text: str):
    t = text.strip()
    if re.fullmatch(r"\+?\d{1,20}", t):
        return int(t.lstrip("+"))
    m = re.fullmatch(r"(\d{2})/(\d{2})/(\d{4})(?: (\d{2}):(\d{2}):(\d{2}))?", t)
    if m:
        return dt.datetime(int(m[3]), int(m[2]), int(m[1]), *(int(x) for x in m.groups()[3:] if x))
    m = re.fullmatch(r"Rp ([\d.]+)", t)
    if m:
        return int(m[1].replace(".", ""))
    return text


def _batch(tmp_path, src, name):
    out = tmp_path / name
    stats = run_batch([str(src)], out, pdf=False, jobs=1, as_of=AS_OF, lang="en")
    return stats, out


def test_typed_workbook_gives_the_same_summary_as_the_export(tmp_path):
    xlsx = typed_workbook(tmp_path / "pendaftaran.xlsx")
    cs, cout = _batch(tmp_path, EXPORT, "csv")
    xs, xout = _batch(tmp_path, xlsx, "xlsx")
    assert xs.exit_code == cs.exit_code == 2            # the export's broken row, both times

    def summary(out):
        # the certificate number digests the dossier and its source's name: set or not alike
        return [{k: (bool(v) if k == "Certificate number" else v) for k, v in r.items()
                 if k != "Source file"} for r in read_csv(out / "summary.csv")]

    assert summary(xout) == summary(cout)
    assert len(summary(xout)) == 8                      # every business exactly once
    results = [json.loads(x) for x in (xout / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(results) == 8 and len({r["business"]["name"] for r in results}) == 8   # bad cells: missing fields
    tenun = next(r for r in results if r["business"]["name"] == "Kelompok Tenun Dasan Sukarara")
    assert tenun["business"]["nib"] == "0220104455667"
    assert next(f for f in tenun["findings"] if f["rule"] == "LEG-01")["status"] == "pass"
    # the repair is on record, once per business, in the run's language too
    errors = read_csv(xout / "errors.csv")
    restored = [e for e in errors if e["Kind"] == "zero_restored" and e["Column"] == "NIB"]
    assert [(e["Business"], e["Level"]) for e in restored] == [("Kelompok Tenun Dasan Sukarara", "warning")]
    assert "220104455667" in restored[0]["Message"] and "0220104455667" in restored[0]["Message"]
    phones = [e for e in errors if e["Kind"] == "zero_restored" and e["Column"] == "No. HP/WA"]
    assert phones and all("format the column as text" in e["Message"] for e in phones)
    # the CSV had nothing to repair
    assert [e for e in read_csv(cout / "errors.csv") if e["Kind"] == "zero_restored"] == []


def test_zero_restored_row_in_indonesian(tmp_path):
    xlsx = typed_workbook(tmp_path / "pendaftaran.xlsx")
    out = tmp_path / "out"
    run_batch([str(xlsx)], out, pdf=False, jobs=1, as_of=AS_OF)
    row = next(e for e in read_csv(out / "errors.csv") if e["Jenis"] == "zero_restored" and e["Kolom"] == "NIB")
    assert row["Keterangan"].startswith("NIB tersimpan sebagai angka 220104455667")
    assert row["Tingkat"] == "warning"


def test_rounded_npwp_is_a_missing_field_and_the_rest_goes_on(tmp_path):
    """A 16-digit NPWP typed into Excel keeps 15 digits: its NPWP is unknown, so the
    requirements reading it are missing (with the cell named); the business, and every other
    one, gets its result."""
    import openpyxl

    xlsx = typed_workbook(tmp_path / "pendaftaran.xlsx")
    wb = openpyxl.load_workbook(xlsx)
    ws = wb.active
    for r in (2, 3):                                   # UD Kopi Sembalun Lestari's rows
        ws.cell(row=r, column=6).value = 5203014507850000
    wb.save(xlsx)
    stats, out = _batch(tmp_path, xlsx, "out")
    assert stats.exit_code == 2
    errors = [e for e in read_csv(out / "errors.csv") if e["Kind"] == "bad_cell" and e["Column"] == "NPWP"]
    assert [e["Row"] for e in errors] == ["2", "3"]
    assert all("kept only 15 digits" in e["Message"] for e in errors)
    summary = read_csv(out / "summary.csv")
    assert len(summary) == 8
    assert [r["Verdict"] for r in summary if r["Business"] == "UD Kopi Sembalun Lestari"] != ["error"]
    assert sum(r["Verdict"] != "error" for r in summary) == 8
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    kopi = next(r for r in results if r["business"]["name"] == "UD Kopi Sembalun Lestari")
    npwp = [f for f in kopi["findings"] if "'NPWP'" in f["message"]]
    assert npwp and all(f["status"] == "missing" and "row 2" in f["message"] for f in npwp)
