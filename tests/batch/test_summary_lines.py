"""A status and a score on one line are always the same subject's: the summary carries the
overall verdict, the business-level verdict beside the business-level score, and each product's
verdict beside its own score; `impact` prints the same pairs."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

from readiness.batch.runner import run_batch

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
DOSSIERS = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)
WORDS = {"ready": "ready", "conditional": "conditionally ready", "not_ready": "not ready"}


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def test_summary_pairs_each_status_with_its_own_score(tmp_path):
    out = tmp_path / "out"
    run_batch([str(EXPORT), str(DOSSIERS)], out, pdf=False, jobs=1, as_of=AS_OF, lang="en")
    rows = [r for r in read_csv(out / "summary.csv") if r["Verdict"] != "error"]
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == len(results) == 14      # the export's 8 (none lost to a bad cell) + 6 dossiers
    for row, res in zip(rows, results, strict=True):
        b = res["business"]
        assert row["Verdict"] == WORDS[b["verdict"]]                       # overall (capped)
        assert row["Business-level verdict"] == WORDS[b["business_level_verdict"]]
        assert float(row["Business-level score"]) == b["score"]
        assert row["Products: verdict (score)"] == "; ".join(
            f"{p['name']}: {WORDS[p['verdict']]} ({p['score']:.1f})" for p in res["products"])
    # the weaver of the export: its textile-label questions are not asked by the 2026 form, so
    # conditionally ready overall (conditions to bring to the desk, not failures), its business
    # level ready; each status beside its own subject's score
    tenun = next(r for r in rows if r["Business"] == "Kelompok Tenun Dasan Sukarara"
                 and r["Source file"].endswith(".csv"))
    assert (tenun["Verdict"], tenun["Business-level verdict"]) == ("conditionally ready", "ready")
    assert float(tenun["Business-level score"]) >= 90
    assert "Kain Tenun Songket Subahnale: conditionally ready (" in tenun["Products: verdict (score)"]


def test_impact_shows_verdicts_beside_their_scores(tmp_path):
    from readiness.batch.impact import format_text, run_impact

    rep = run_impact([str(DOSSIERS)], "mandalika-motogp@2022.1", "mandalika-motogp@2027.1",
                     jobs=1, as_of=AS_OF, lang="en", csv_path=str(tmp_path / "impact.csv"))
    text = format_text(rep, lang="en")
    line = next(x for x in text.splitlines() if x.startswith("- UD Kopi Sembalun Lestari"))
    # before: 'certified -> certified; conditional -> ready; 88.5 -> 100.0' (which 88.5?)
    assert "certified -> certified; conditionally ready -> ready; " \
           "business level conditionally ready 88.5 -> ready 100.0" in line
    assert "Kopi Arabika Sembalun Bubuk 250 g: ready 100.0 -> ready 98.6" in line
    row = next(r for r in read_csv(tmp_path / "impact.csv") if r["name"] == "UD Kopi Sembalun Lestari")
    assert (row["business_verdict_from"], row["business_score_from"],
            row["business_verdict_to"], row["business_score_to"]) == ("conditional", "88.5", "ready", "100.0")
    assert row["products_to"].startswith("Kopi Arabika Sembalun Bubuk 250 g: ready (98.6)")
    id_text = format_text(rep, lang="id")
    assert "tingkat usaha siap bersyarat 88.5 -> siap 100.0" in id_text


def test_summary_pdf_is_the_overview_and_xlsx_lists_and_links_the_businesses(tmp_path):
    import openpyxl
    import pypdf
    import pytest

    pytest.importorskip("weasyprint")
    out = tmp_path / "out"
    run_batch([str(DOSSIERS)], out, pdf=True, jobs=1, as_of=AS_OF, lang="id")
    text = " ".join("".join(p.extract_text() for p in pypdf.PdfReader(out / "summary.pdf").pages).split())
    assert "Ringkasan pemeriksaan kesiapan IKM" in text and "UMKM" not in text
    from readiness.api import load_standard

    assert f"Edisi {load_standard(None).version}" in text and "Per tanggal: 27 November 2026" in text
    rows = read_csv(out / "summary.csv")
    # the organizer's overview (issue 25): counts, regencies, the gaps met most often; the
    # businesses by name are in summary.xlsx and summary.csv, which it names
    assert "Usaha 6 Tersertifikasi 4 Belum 2" in text and "Lombok Timur" in text
    assert "summary.xlsx dan summary.csv" in text
    for r in rows:
        assert " ".join(r["Nama usaha"].split()) not in text
    ws = openpyxl.load_workbook(out / "summary.xlsx").active
    head = [c.value for c in ws[1]]
    col = openpyxl.utils.get_column_letter(head.index("Dokumen") + 1)
    name_col = openpyxl.utils.get_column_letter(head.index("Nama usaha") + 1)
    assert ws.column_dimensions[name_col].width == 32
    assert ws.column_dimensions[col].width == 32
    for i, r in enumerate(rows, start=2):
        cell = ws[f"{col}{i}"]
        assert cell.value == r["Dokumen"] and cell.hyperlink.target == r["Dokumen"]
        data = (out / cell.hyperlink.target).read_bytes()
        if r["Nomor sertifikat"]:                                    # signed certificates
            assert cell.hyperlink.target.endswith(".pdf") and data.startswith(b"%PDF")
        else:                                                        # gap reports as pages
            assert cell.hyperlink.target.endswith(".html") and data.startswith(b"<!DOCTYPE html>")
