"""A form export as organizers really send it (issue 21): title rows above the header (merged
cells in the workbook), Indonesian dates ("14 Agustus 2026", "5 Nop 2026", "3 Sept 2026"),
counts and durations with their units, a food type the form does not list, one a synonym reads,
a business that sent the form twice, a cell that cannot be read. Every business with a name is
checked; each unreadable cell is one row of errors.csv; the older submission is superseded."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

from readiness.batch import spreadsheet as sp
from readiness.batch.runner import run_batch

EXPORT = Path(__file__).resolve().parents[2] / "examples" / "registrations-form-export.csv"
AS_OF = dt.date(2026, 11, 27)
TITLE = ["REKAP PENDAFTARAN UMKM - MotoGP Mandalika 2026", "Diunduh dari Google Form, 20/11/2026"]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def messy_rows() -> tuple[list[str], list[list[str]]]:
    """The header and 24 rows of 21 businesses (one of them sent the form twice)."""
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        head, *rows = list(csv.reader(f))
    col = {h: i for i, h in enumerate(head)}
    out = []
    for k in range(23):             # the 10 example rows (8 businesses), then 13 more businesses
        r = list(rows[k % len(rows)])
        if k >= len(rows):
            r[col["Nama Usaha"]] = f"{r[col['Nama Usaha']]} {k}"
            r[col["NIB"]] = f"91203{k:08d}"
            r[col["Harga (Rp)"]], r[col["Kapasitas/Bulan"]] = "Rp 25.000", "100"
        out.append(r)
    first = out[0]
    first[col["Tgl Kurasi Dinas"]] = "14 Agustus 2026"
    first[col["Tgl Kurasi MGPA"]] = "Kamis, 5 Nop 2026"
    first[col["Tgl Terbit Halal"]] = "3 Sept 2026"
    first[col["Kapasitas/Bulan"]] = "500 bungkus"
    first[col["Masa Simpan (hari)"]] = "1 tahun"
    out[1][col["Kapasitas/Bulan"]] = "1.000 pcs"
    out[1][col["Masa Simpan (hari)"]] = "3 bulan"
    out[12][col["Jenis Pangan"]] = "Susu"                  # a synonym the mapping reads
    out[10][col["Jenis Pangan"]] = "Minuman Fermentasi"     # not in the form's list
    # business 15 sent the form again two days later: its older row has another price
    again = list(out[15])
    out[15][col["Timestamp"]] = "01/09/2026 09:00:00"
    out[15][col["Harga (Rp)"]] = "Rp 10.000"
    again[col["Timestamp"]] = "03/09/2026 17:45:10"
    again[col["Harga (Rp)"]] = "Rp15rb"
    out.append(again)
    return head, out


def write_csv(path: Path) -> Path:
    head, rows = messy_rows()
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow([TITLE[0]] + [""] * (len(head) - 1))
        w.writerow([TITLE[1]] + [""] * (len(head) - 1))
        w.writerow([""] * len(head))
        w.writerow(head)
        w.writerows(rows)
    return path


def write_xlsx(path: Path) -> Path:
    import openpyxl

    head, rows = messy_rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append([TITLE[0]])
    ws.append([TITLE[1]])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(head))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=10)
    ws.append([])
    ws.append(head)
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.mark.parametrize("make", [write_csv, write_xlsx], ids=["csv", "xlsx"])
def test_messy_export_read_as_written(tmp_path, make):
    src = make(tmp_path / f"pendaftaran.{make.__name__[6:]}")
    imp = sp.SpreadsheetImport(src)
    assert imp.table.header_row == 4 and imp.mapping.id == "google-form-2026"
    recs = list(imp)
    assert len(recs) == 21 and all(r.dossier is not None for r in recs)
    first = recs[0].dossier
    assert {c["kind"]: c["date"] for c in first["business"]["curation"]} == {
        "government": "2026-08-14", "organizer": "2026-11-05"}
    p = first["products"][0]
    assert p["capacity_per_month"] == 500 and p["shelf_life_days"] == 365
    assert {"type": "halal", "number": "ID52110000123450324", "scheme": "self_declare",
            "issued": "2026-09-03"} in p["permits"]
    assert recs[0].dossier["products"][1]["capacity_per_month"] == 1000
    assert recs[0].dossier["products"][1]["shelf_life_days"] == 90
    names = [r.name for r in recs]
    assert len(set(names)) == 21
    # the synonym: 'Susu' is 'Susu/Olahan Susu'
    susu = next(r for r in recs if r.rows == [17])
    assert susu.dossier["products"][0]["food_type"] == "dairy"
    # the business that sent the form twice: its latest submission, its product once
    twice = next(r for r in recs if len(r.rows) == 2 and r.good_rows != r.rows)
    assert len(twice.dossier["products"]) == 1
    assert twice.dossier["products"][0]["price_idr"] == 15000
    old = [i for i in twice.issues if i.kind == "superseded"]
    assert len(old) == 1 and old[0].row == str(twice.rows[0]) and old[0].level == "warning"
    assert "03/09/2026 17:45:10" in old[0].text("id") and "01/09/2026" in old[0].text("id")
    assert not [i for i in imp.issues if i.kind == "duplicate_product"]


def test_messy_export_every_named_business_checked(tmp_path):
    src = write_csv(tmp_path / "pendaftaran.csv")
    stats = run_batch([str(src)], tmp_path / "out", pdf=False, jobs=1, as_of=AS_OF, lang="id")
    out = tmp_path / "out"
    summary = read_csv(out / "summary.csv")
    assert len(summary) == 21 and stats.total == 21
    assert all(r["Status"] != "galat" for r in summary)         # every business checked
    errors = read_csv(out / "errors.csv")
    bad = sorted((e["Baris"], e["Kolom"]) for e in errors if e["Tingkat"] == "error")
    # each unreadable cell is one row: the example's 'mahal' and 'banyak', and the food type
    # the form does not list
    assert bad == [("13", "Harga (Rp)"), ("13", "Kapasitas/Bulan"), ("15", "Jenis Pangan")]
    unknown = next(e for e in errors if e["Kolom"] == "Jenis Pangan")
    text = unknown["Keterangan"]
    assert "'Minuman Fermentasi'" in text and "Susu/Olahan Susu" in text and "Kopi/Teh" in text
    assert "dairy" not in text and "coffee_tea" not in text
    superseded = [e for e in errors if e["Jenis"] == "superseded"]
    assert len(superseded) == 1 and superseded[0]["Tingkat"] == "warning"
    # the requirements reading an unreadable cell are missing, with the cell named
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(results) == 21
    fermented = next(r for r in results if r["dossier"]["file"].endswith("row 15"))
    said = [f for f in fermented["findings"] if "'Jenis Pangan'" in f["message"]]
    assert [f["rule"] for f in said] == ["FOOD-02"]     # the P-IRT food type: not judged, not failed
    assert all(f["status"] == "missing" and "baris 15" in f["message"] for f in said)


def test_not_asked_is_never_the_vendors_failure(tmp_path, capsys):
    """A requirement the organizer's form does not ask (no column, or no choice for it) is
    'Belum ditanyakan di formulir pendaftaran: bawa/kirim ... ke ...' in the result, the gap
    report and the summary, never the vendor's failure; the run's summary line counts them."""
    import html as html_lib

    from readiness.cli.batch import final_line
    from readiness.render.documents import render_html

    stats = run_batch([str(EXPORT)], tmp_path / "out", pdf=False, jobs=1, as_of=AS_OF, lang="id")
    out = tmp_path / "out"
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    counted = 0
    for r in results:
        unfed = r["dossier"].get("unfed_rules") or []
        counted += len(unfed)
        for f in r["findings"]:
            if f["rule"] in unfed:
                assert f["status"] == "missing", (f["rule"], f["message"])
                assert f["message"].startswith("Belum ditanyakan di formulir pendaftaran: bawa/kirim")
                assert "products[]" not in f["message"] and "dosir" not in f["message"]
    assert counted > 0 and stats.not_asked == counted
    kopi = results[0]
    assert "LBL-01" in kopi["dossier"]["unfed_rules"]          # no 'Tanggal Produksi' to tick
    page = html_lib.unescape(render_html(kopi))
    assert "Belum ditanyakan di formulir pendaftaran" in page
    gaps = [e["Keterangan"] for e in read_csv(out / "errors.csv") if e["Jenis"] == "form_gap"]
    assert gaps and not any("product." in g or "[type=" in g for g in gaps)   # words, not paths
    assert any("Sertifikat halal: Resep tidak berubah" in g for g in gaps)
    notes = [r["Catatan"] for r in read_csv(out / "summary.csv")]
    assert any("belum ditanyakan di formulir pendaftaran, bukan kesalahan usaha" in n for n in notes)
    capsys.readouterr()
    final_line(stats, "id")
    line = capsys.readouterr().err.strip()
    assert line.endswith(f"; {counted} syarat belum ditanyakan di formulir pendaftaran "
                         "(bukan kesalahan usaha; lihat errors.csv)")


def test_a_nib_reused_under_many_names_is_read_in_flat_memory(tmp_path):
    """Issue 23 (weak): a CSV that reuses one NIB under thousands of names gives one warning of
    bounded size (the first names, and how many), and every business under that NIB still gets
    its note in the summary."""
    import tracemalloc

    from readiness.batch import summary
    from readiness.words import Section

    head, rows = messy_rows()
    col = {h: i for i, h in enumerate(head)}

    def write(path, n, shared):
        with open(path, "w", encoding="utf-8", newline="") as f:
            w = csv.writer(f)
            w.writerow(head)
            for k in range(n):
                r = list(rows[0])
                r[col["Nama Usaha"]] = f"Usaha Nomor {k:06d}"
                r[col["NIB"]] = "9120301234567" if shared else f"9{k:012d}"
                r[col["Nama Produk"]] = "Kopi"
                w.writerow(r)
        return path

    def peak(path):
        tracemalloc.start()
        imp = sp.SpreadsheetImport(path)
        issues = list(imp.issues)
        got = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return got, issues

    n = 3000
    peak(write(tmp_path / "hangat.csv", 10, True))       # what is loaded once (mappings, caches)
    shared_peak, issues = peak(write(tmp_path / "sama.csv", n, True))
    plain_peak, _ = peak(write(tmp_path / "beda.csv", n, False))
    assert shared_peak < 1.1 * plain_peak + 300_000, (shared_peak, plain_peak)   # main: 1.8x
    dup = [i for i in issues if i.kind == "duplicate_nib"]
    assert len(dup) == 1 and len(dup[0].text("id")) < 600 and len(dup[0].row) < 80
    assert f"dipakai oleh {n} nama usaha" in dup[0].text("id") and f"(+{n - 5})" in dup[0].text("id")
    notes = summary._notes_by_row(dup)
    last = {"source": dup[0].source, "rows": str(n + 1), "issues": [],
            "row": {"nib": "9120301234567", "form_gaps": []}}
    L = Section("summary", "id")
    cells = summary.summary_cells(n, dict(last, row=dict(_summary_row(), **last["row"])), notes, L)
    assert any("NIB dipakai nama usaha lain" in str(c) for c in cells)


def _summary_row():
    return {"name": "Usaha", "nib": "", "regency": "", "verdict": "not_ready", "certified": False,
            "score": 10.0, "business_verdict": "not_ready", "products": [], "products_ready": 0,
            "products_conditional": 0, "products_total": 0, "blocking": [], "major": [],
            "certificate": "", "categories": [], "form_gaps": []}
