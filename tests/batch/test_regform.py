"""`readiness form` (issue 21): the registration form the current standard needs, generated from
its rules. Its template, filled in and exported as CSV (with the Timestamp a Google Form adds)
and as XLSX, gives the same results as the equivalent dossiers; `batch` reads the export
without --mapping."""

from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from readiness.api import check_data
from readiness.batch.runner import run_batch
from readiness.regform import form_columns, form_id, write_form
from readiness.standards import load_standard
from readiness.words import label

AS_OF = dt.date(2026, 11, 27)

# two businesses as an owner answers the form (by dossier path), and the same as dossiers
KOPI = {
    "business.name": "UD Kopi Sembalun", "business.owner.name": "Baiq Nurul", "business.nib": "9120301234567",
    "business.address.regency": "Lombok Timur", "business.address.province": "Nusa Tenggara Barat",
    "business.scale": label("scale", "micro", "id"),
    "business.documents[type=pkp]": "Belum punya",
    "products[].name": "Kopi Arabika Bubuk 250 g", "products[].category": label("category", "packaged_food", "id"),
    "products[].channels": ", ".join(label("channel", c, "id") for c in ("event", "souvenir")),
    "products[].food_type": "Kopi/Teh", "products[].net_content": "250 g",
    "products[].shelf_life_days": "1 tahun", "products[].storage": label("storage", "ambient", "id"),
    "products[].price_idr": "Rp 85.000", "products[].capacity_per_month": "500 bungkus",
    "products[].permits[type=pirt]": "Sudah punya",
    "products[].permits[type=pirt].number": "P-IRT No. 3105203010123-29",
    "products[].permits[type=halal]": "Sedang diurus",
    "products[].label.elements": ", ".join(label("label_element", e, "id") for e in
                                           ("product_name", "ingredients", "net_content")),
}
KOPI_DOSSIER = {
    "format": "readiness-dossier/1",
    "business": {"name": "UD Kopi Sembalun", "owner": {"name": "Baiq Nurul"}, "nib": "9120301234567",
                 "address": {"regency": "Lombok Timur", "province": "Nusa Tenggara Barat"},
                 "scale": "micro", "documents": [{"type": "pkp", "status": "none"}]},
    "products": [{"name": "Kopi Arabika Bubuk 250 g", "category": "packaged_food",
                  "channels": ["event", "souvenir"], "food_type": "coffee_tea",
                  "net_content": {"amount": 250, "unit": "g"}, "shelf_life_days": 365,
                  "storage": "ambient", "price_idr": 85000, "capacity_per_month": 500,
                  "permits": [{"type": "pirt", "number": "P-IRT No. 3105203010123-29"},
                              {"type": "halal", "status": "pending"}],
                  "label": {"elements": ["product_name", "ingredients", "net_content"]}}],
}
TENUN = {
    "business.name": "Kelompok Tenun Sukarara", "business.nib": "0220104455667",
    "business.address.regency": "Lombok Tengah", "business.scale": label("scale", "small", "id"),
    "products[].name": "Songket Subahnale", "products[].category": label("category", "textile", "id"),
    "products[].channels": label("channel", "event", "id"), "products[].price_idr": "1,5 juta",
    "products[].technique": label("technique", "handwoven", "id"),
    "products[].origin.village": "Sukarara", "products[].fibres": "Katun 80%; Sutra 20%",
    "products[].label.permanent": "Ya",
}
TENUN_DOSSIER = {
    "format": "readiness-dossier/1",
    "business": {"name": "Kelompok Tenun Sukarara", "nib": "0220104455667",
                 "address": {"regency": "Lombok Tengah"}, "scale": "small"},
    "products": [{"name": "Songket Subahnale", "category": "textile", "channels": ["event"],
                  "price_idr": 1500000, "technique": "handwoven", "origin": {"village": "Sukarara"},
                  "fibres": [{"material": "Katun", "percent": 80}, {"material": "Sutra", "percent": 20}],
                  "label": {"permanent": True}}],
}


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    rs = load_standard(None)
    out = tmp_path_factory.mktemp("form")
    names = write_form(rs, out)
    return rs, out, names, form_columns(rs)


def _row(cols, answers):
    by_path = {c.path: c for c in cols}
    assert set(answers) <= set(by_path), set(answers) - set(by_path)
    return [answers.get(c.path, "") for c in cols]


def test_the_form_has_what_the_rules_read_in_indonesian(form):
    rs, out, names, cols = form
    base = form_id(rs)
    assert sorted(names) == sorted([f"{base}.questions.yaml", f"{base}.mapping.yaml", f"{base}.gs",
                                    f"{base}.xlsx"])
    import yaml

    questions = yaml.safe_load((out / f"{base}.questions.yaml").read_text(encoding="utf-8"))
    byc = {q["column"]: q for q in questions["questions"]}
    pirt = next(c for c in cols if c.path == "products[].permits[type=pirt]")
    assert byc[pirt.header]["choices"] == ["Sudah punya", "Sedang diurus", "Belum punya"]
    assert byc[pirt.header]["only_for"] == ["pangan olahan kemasan"]
    category = next(c for c in cols if c.path == "products[].category")
    assert "pangan olahan kemasan" in byc[category.header]["choices"]
    assert not any(code in json.dumps(questions, ensure_ascii=False)
                   for code in ("packaged_food", "coffee_tea", "\"ambient\""))
    script = (out / f"{base}.gs").read_text(encoding="utf-8")
    assert "FormApp.create" in script and script.count(".setTitle(") == len(cols)
    import openpyxl

    wb = openpyxl.load_workbook(out / f"{base}.xlsx")
    ws = wb["Pendaftaran"]
    assert [c.value for c in ws[1]] == [c.header for c in cols]
    assert len(ws.data_validations.dataValidation) >= 10


def test_the_filled_form_gives_the_results_of_the_equivalent_dossiers(form, tmp_path):
    import openpyxl

    rs, out, names, cols = form
    rows = [_row(cols, KOPI), _row(cols, TENUN)]
    # as the template, filled in and saved (XLSX)
    wb = openpyxl.load_workbook(out / f"{form_id(rs)}.xlsx")
    ws = wb["Pendaftaran"]
    for r, values in enumerate(rows, start=2):
        for j, v in enumerate(values, start=1):
            if v:
                ws.cell(row=r, column=j, value=v)
    xlsx = tmp_path / "isian.xlsx"
    wb.save(xlsx)
    # as a Google Form's CSV export (a Timestamp column first)
    export = tmp_path / "ekspor.csv"
    with open(export, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Timestamp"] + [c.header for c in cols])
        for k, values in enumerate(rows):
            w.writerow([f"0{k + 1}/09/2026 10:00:00"] + values)
    want = [check_data(d, rs, as_of=AS_OF, lang="id").to_dict() for d in (KOPI_DOSSIER, TENUN_DOSSIER)]

    def judged(res):
        return (res["business"]["verdict"], res["business"]["score"],
                [(f["rule"], f["product"], f["status"]) for f in res["findings"]])

    for src in (xlsx, export):
        stats = run_batch([str(src)], tmp_path / src.stem, pdf=False, jobs=1, as_of=AS_OF, lang="id")
        assert stats.total == 2
        got = [json.loads(x) for x in (tmp_path / src.stem / "results.jsonl").read_text(
            encoding="utf-8").splitlines()]
        assert [judged(g) for g in got] == [judged(w) for w in want], src.name
        with open(tmp_path / src.stem / "errors.csv", encoding="utf-8-sig", newline="") as f:
            problems = [r for r in csv.DictReader(f) if r["Tingkat"] == "error"]
        assert problems == []


def test_the_cli_writes_the_form_and_batch_reads_its_export_without_a_mapping(tmp_path, capsys):
    from tests.support.batch import main_code as cli

    assert cli("form", "-o", str(tmp_path / "formulir"), "--format", "json") == 0
    err = capsys.readouterr().err
    assert "tanpa --mapping" in err
    rs = load_standard(None)
    names = sorted(p.name for p in (tmp_path / "formulir").iterdir())
    assert names == sorted(f"{form_id(rs)}{x}" for x in (".questions.json", ".mapping.yaml", ".gs",
                                                           ".xlsx"))
    cols = form_columns(rs)
    export = tmp_path / "ekspor.csv"
    with open(export, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["Timestamp"] + [c.header for c in cols])
        w.writerow(["01/09/2026 10:00:00"] + _row(cols, TENUN))
    assert cli("batch", str(export), "-o", str(tmp_path / "out"), "--no-pdf", "--jobs", "1",
               "--as-of", AS_OF.isoformat()) in (0, 1)
    err = capsys.readouterr().err
    assert "tidak punya kolom" not in err and "tidak dapat dipenuhi dari formulir" not in err
    assert "belum ditanyakan" not in err          # the form asks all that the standard needs
    with open(tmp_path / "out" / "summary.csv", encoding="utf-8-sig", newline="") as f:
        assert [r["Nama usaha"] for r in csv.DictReader(f)] == ["Kelompok Tenun Sukarara"]
