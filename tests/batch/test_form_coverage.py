"""The form and the rules: the shipped mapping can feed every rule of the shipped standards;
`batch` says, once per run, which rules a file's columns cannot feed and marks those gaps on the
businesses; a renamed header is read as the nearest mapped one, a missing one is named with
what was found."""

from __future__ import annotations

import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from readiness.sheets.mapping import shipped_mappings
from readiness.batch.runner import run_batch
from readiness.standards.fields import unfed_rules
from readiness.standards.loader import list_standards

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
AS_OF = dt.date(2026, 11, 27)
FORM = shipped_mappings()[0]


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def export() -> tuple[list[str], list[list[str]]]:
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def write(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, *rows])
    return path


@pytest.mark.parametrize("rs", list_standards(), ids=lambda rs: rs.ref)
def test_shipped_form_feeds_every_rule_of_the_shipped_standards(rs):
    cats = FORM.offered("products[].category")
    assert sorted(cats) == ["cosmetic", "craft", "packaged_food", "ready_to_eat", "textile"]
    assert unfed_rules(rs, FORM.fed_paths(), cats, FORM.offered("products[].channels")) == []


def test_fields_come_from_the_rule_set_itself(tmp_path):
    """A tailored standard with a rule on a field no column fills: reported as unfed."""
    std = tmp_path / "tailored.yaml"
    std.write_text("""format: readiness-standard/1
id: tailored
version: "2027.9"
extends: mandalika-motogp@2027.1
title: {id: Uji, en: Test}
rules:
  - id: PKG-09
    group: label
    subject: product
    title: {id: Bahan kemasan, en: Packaging materials}
    rationale: {id: r, en: r}
    evidence: {id: e, en: e}
    remediation: {id: m, en: m}
    agency: {id: a, en: a}
    reference: "-"
    severity: minor
    applies: {category: [craft]}
    check: {kind: present, fields: [product.packaging.materials]}
""", encoding="utf-8")
    from readiness.standards import load_standard

    rs = load_standard(str(std))
    cats = FORM.offered("products[].category")
    unfed = unfed_rules(rs, FORM.fed_paths(), cats, FORM.offered("products[].channels"))
    assert [(r.id, miss) for r, miss in unfed] == [("PKG-09", ["product.packaging.materials"])]
    # a form offering no craft cannot be charged with it
    assert unfed_rules(rs, FORM.fed_paths(), ["packaged_food"], ["event"]) == []


def test_export_reports_each_rule_it_cannot_feed_once_and_marks_the_businesses(tmp_path, capsys):
    from readiness.cli import main

    out = tmp_path / "out"
    with pytest.raises(SystemExit) as e:
        main(["batch", str(EXPORT), str(EXPORT.with_name("registrations-form-export.csv")),
              "-o", str(out), "--no-pdf", "-j", "1", "--as-of", "2026-11-27"])
    assert e.value.code == 2
    gaps = [r for r in read_csv(out / "errors.csv") if r["Jenis"] == "form_gap"]
    rules = [g["Keterangan"].split(" ")[5] for g in gaps]
    assert "TXT-01" in rules and len(rules) == len(set(rules))      # once per run
    txt01 = next(g for g in gaps if "TXT-01" in g["Keterangan"])
    assert txt01["Tingkat"] == "warning"
    assert txt01["Keterangan"].startswith("formulir tidak punya kolom untuk TXT-01 (Label tekstil)")
    assert "'Label Permanen (Ya/Tidak)'" in txt01["Keterangan"]
    err = capsys.readouterr().err
    assert err.count("tidak punya kolom untuk") == 1 and "TXT-01" in err
    summary = {r["Nama usaha"]: r for r in read_csv(out / "summary.csv")}
    tenun = summary["Kelompok Tenun Dasan Sukarara"]
    assert tenun["Tidak ada di formulir"] == "TXT-01 TXT-02 TXT-03"
    assert "3 syarat belum ditanyakan di formulir pendaftaran, bukan kesalahan usaha (TXT-01 TXT-02 TXT-03)" in tenun["Catatan"]
    # the result says it too, and only for the business's own gaps
    results = {json.loads(x)["business"]["name"]: json.loads(x)
               for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()}
    assert results["Kelompok Tenun Dasan Sukarara"]["dossier"]["unfed_rules"] == ["TXT-01", "TXT-02", "TXT-03"]
    assert "TXT-01" not in results["Dapur Inaq Sari"]["dossier"]["unfed_rules"]


def test_weaver_from_a_revised_form_is_judged_like_the_dossier(tmp_path):
    """With the optional columns the form can carry, the weaver of the export is judged on the
    same facts as tenun-sukarara.yaml and gets the same verdict, with no form gap left."""
    header, rows = export()
    extra = ["Label Permanen (Ya/Tidak)", "Komposisi Serat", "Teknik Pembuatan", "Desa Asal Pembuatan",
             "Bahan Hewani (Ya/Tidak)"]
    tenun = [r + v for r in rows if r[1] == "Kelompok Tenun Dasan Sukarara"
             for v in ([["Ya", "Katun 85%; Benang logam 15%", "Tenun tangan", "Sukarara", "Tidak"]]
                       if "Songket" in r[21] else
                       [["Ya", "Poliester 60%; Katun 40%", "Tenun mesin", "", "Tidak"]])]
    src = write(tmp_path / "revisi.csv", header + extra, tenun)
    out = tmp_path / "out"
    run_batch([str(src)], out, pdf=False, jobs=1, as_of=AS_OF, lang="en")
    row = read_csv(out / "summary.csv")[0]
    from readiness.api import check_path, load_standard

    want = check_path(ROOT / "examples/dossiers/tenun-sukarara.yaml", load_standard(None), as_of=AS_OF)
    assert row["Certified"] == ("yes" if want.certified else "no") == "yes"
    assert row["Verdict"] == {"ready": "ready", "conditional": "conditionally ready"}[want.business["verdict"]]
    assert row["Not in the form"] == ""
    assert [e for e in read_csv(out / "errors.csv") if e["Kind"] == "form_gap"] == [
        e for e in read_csv(out / "errors.csv") if e["Kind"] == "form_gap" and "TXT" not in e["Message"]]


def test_renamed_header_is_read_as_the_nearest_one(tmp_path):
    header, rows = export()
    header = ["Kab/Kota" if h == "Kabupaten/Kota" else h for h in header]
    src = write(tmp_path / "kab.csv", header, rows)
    out = tmp_path / "out"
    stats = run_batch([str(src)], out, pdf=False, jobs=1, as_of=AS_OF)
    base = run_batch([str(EXPORT)], tmp_path / "base", pdf=False, jobs=1, as_of=AS_OF)
    assert (stats.certified, stats.not_certified, stats.exit_code) == \
        (base.certified, base.not_certified, base.exit_code)
    renamed = [e for e in read_csv(out / "errors.csv") if e["Jenis"] == "header_renamed"]
    assert [(e["Kolom"], e["Keterangan"]) for e in renamed] == [
        ("Kab/Kota", "kolom 'Kab/Kota' dibaca sebagai 'Kabupaten/Kota' (kolom terdekat di pemetaan "
                     "google-form-2026)")]
    summary = read_csv(out / "summary.csv")
    assert summary[0]["Kabupaten/Kota"] == "Lombok Timur"


@pytest.mark.parametrize("lang,words", [
    ("id", ["pemetaan google-form-2026 membutuhkan kolom 'Kabupaten/Kota' (mungkin 'Kabupatn Kota "
            "ATAU Kota'?), 'Harga (Rp)', yang tidak ada", "kolom yang ditemukan: Timestamp, ", ", Price, "]),
    ("en", ["mapping google-form-2026 needs the column(s) 'Kabupaten/Kota' (did you mean 'Kabupatn "
            "Kota ATAU Kota'?), 'Harga (Rp)', which", "found: Timestamp, ", ", Price, "]),
])
def test_missing_headers_are_listed_with_what_was_found(lang, words, tmp_path):
    header, rows = export()
    header = [{"Harga (Rp)": "Price", "Kabupaten/Kota": "Kabupatn Kota ATAU Kota"}.get(h, h) for h in header]
    src = write(tmp_path / "lain.csv", header, rows)
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "readiness", "batch", str(src), str(EXPORT), "-o", str(out),
                        "--no-pdf", "-j", "1", "--as-of", "2026-11-27", "--lang", lang],
                       capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert p.returncode == 2, p.stderr
    errors = [e for e in read_csv(out / "errors.csv") if e[list(e)[0]].endswith("lain.csv")]
    assert len(errors) == 1
    message = errors[0][list(errors[0])[-1]]
    for w in words:
        assert w in message, message
    # the other file is processed in full
    summary = read_csv(out / "summary.csv")
    assert len(summary) == 1 + 8


def test_a_choice_the_form_lacks_is_a_gap_of_the_form(tmp_path, capsys):
    """LBL-01 of the .2 editions needs the production date on the label; the form's "Unsur
    Label" has no such choice: one errors.csv row and one final line say so, the businesses'
    LBL-01 gaps are marked as the form's; under 2027.1 (no production date) there is none."""
    from readiness.cli import main

    out = tmp_path / "out"
    with pytest.raises(SystemExit) as e:
        main(["batch", str(EXPORT), "-o", str(out), "--no-pdf", "-j", "1", "--as-of", "2026-11-27",
              "--standard", "mandalika-motogp@2027.3"])
    assert e.value.code == 2
    rows = [r for r in read_csv(out / "errors.csv") if "LBL-01" in r["Keterangan"]]
    assert len(rows) == 1
    assert rows[0]["Jenis"] == "form_gap" and rows[0]["Kolom"] == "Unsur Label"
    assert "pilihan 'Tanggal Produksi' tidak ada di kolom Unsur Label" in rows[0]["Keterangan"]
    err = capsys.readouterr().err
    assert err.count("pilihan 'Tanggal Produksi' tidak ada di kolom Unsur Label") == 1
    assert "LBL-01" not in err.split("tidak punya kolom untuk")[1].splitlines()[0]
    summary = {r["Nama usaha"]: r for r in read_csv(out / "summary.csv")}
    kopi = summary["UD Kopi Sembalun Lestari"]
    assert "LBL-01" in kopi["Syarat penghalang (blocker)"].split()
    assert "LBL-01" in kopi["Tidak ada di formulir"].split()
    # a business whose LBL-01 passes (none here: the form cannot say it) or does not apply is
    # not marked: the weaver sells no packaged food
    assert "LBL-01" not in summary["Kelompok Tenun Dasan Sukarara"]["Tidak ada di formulir"]

    out1 = tmp_path / "out-2027.1"
    run_batch([str(EXPORT)], out1, pdf=False, jobs=1, as_of=AS_OF,
              standard="mandalika-motogp@2027.1")
    assert not [r for r in read_csv(out1 / "errors.csv") if "LBL-01" in r["Keterangan"]]


def test_halal_entry_only_from_the_certificate_column(tmp_path):
    """A scheme, an issue date or "recipe unchanged" without a certificate number makes no
    halal certificate entry (a warning says the value is not used); with the number they
    describe it."""
    from readiness.batch.spreadsheet import SpreadsheetImport

    header, rows = export()
    i = {h: n for n, h in enumerate(header)}
    rinjani = next(r for r in rows if r[1] == "Kopi Rinjani Jaya")
    assert rinjani[i["No. Sertifikat Halal"]] == ""
    rinjani[i["Jalur Halal"]] = "Self declare"
    rinjani[i["Tgl Terbit Halal"]] = "01/02/2025"
    src = write(tmp_path / "halal.csv", header, [rinjani, rows[0]])
    recs = {r.name: r for r in SpreadsheetImport(src)}
    product = recs["Kopi Rinjani Jaya"].dossier["products"][0]
    assert [p for p in product.get("permits", []) if p["type"] == "halal"] == []
    notes = [x for x in recs["Kopi Rinjani Jaya"].issues if x.kind == "only_with"]
    assert sorted(x.column for x in notes) == ["Jalur Halal", "Tgl Terbit Halal"]
    assert notes[0].text("id").endswith("kosong; nilainya tidak dipakai (entrinya hanya dibuat dari No. Sertifikat Halal)")
    kopi = recs["UD Kopi Sembalun Lestari"].dossier["products"][0]
    halal = [p for p in kopi["permits"] if p["type"] == "halal"]
    assert len(halal) == 1 and halal[0]["number"] == "ID52110000123450324"
    assert halal[0]["scheme"] == "self_declare" and str(halal[0]["issued"]) == "2024-03-15"


def test_choices_and_only_with_are_checked_in_a_mapping(tmp_path):
    from readiness.sheets.mapping import load_mapping
    from readiness.errors import InputError

    m = tmp_path / "m.yaml"
    m.write_text("""format: readiness-mapping/1
id: t
recognise: [Nama]
group: {nib: NIB, name: Nama, product: Produk}
tables:
  el: {Nama Produk: product_name, Tanggal Produksi: production_date}
columns:
  NIB: business.nib
  Nama: business.name
  Produk: products[].name
  Unsur: {field: "products[].label.elements", type: list, values: el, choices: [Nama Produk, Kode]}
  Jalur: {field: "products[].permits[type=halal].scheme", only_with: Nomor}
""", encoding="utf-8")
    with pytest.raises(Exception) as e:
        load_mapping(m)
    text = str(e.value) if not isinstance(e.value, InputError) else e.value.one_line("en")
    assert "the choice 'Kode' is not in this column's values: table" in text
    assert "only_with: expected the header of another column of this mapping, found 'Nomor'" in text
