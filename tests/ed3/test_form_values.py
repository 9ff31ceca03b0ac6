"""The shipped registration form's mapping reads the `.3` editions' values where the form's
columns carry them (issue 20): instant coffee and cocoa powder, a bilingual label, the pork
marks among the label's elements. The 2026 form offers neither traditional medicine nor online
sales (its category and channel choices stay as they are: the form-coverage test holds every
rule of the categories it offers to a column)."""

import csv

from readiness.batch import spreadsheet as sp
from tests.support.paths import EXPORT


def test_the_form_reads_the_new_values(tmp_path):
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    head, first = rows[0], rows[1]
    col = {h: i for i, h in enumerate(head)}
    out = []
    for i, (cat, chan, food, lang, elems) in enumerate([
            ("Kosmetik", "Hotel", "", "Dwibahasa", "Nama Produk; Komposisi"),
            ("Pangan Olahan Kemasan", "Booth Event; Toko Suvenir", "Kopi Instan", "Indonesia",
             "Nama Produk; Mengandung Babi; Fasilitas Bersama Babi"),
            ("Pangan Olahan Kemasan", "Toko Suvenir", "Kakao Bubuk", "Bilingual", "Nama Produk")]):
        row = list(first)
        row[col["Nama Produk"]] = f"Produk {i}"
        row[col["Kategori"]], row[col["Saluran Penjualan"]] = cat, chan
        row[col["Jenis Pangan"]], row[col["Bahasa Label"]] = food, lang
        row[col["Unsur Label"]] = elems
        out.append(row)
    path = tmp_path / "form.csv"
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([head] + out)
    (rec,) = list(sp.SpreadsheetImport(path, None))
    p = rec.dossier["products"]
    assert [x["category"] for x in p] == ["cosmetic", "packaged_food", "packaged_food"]
    assert [x.get("food_type") for x in p[1:]] == ["instant_coffee", "cocoa_powder"]
    assert [x["label"]["language"] for x in p] == ["bilingual", "id", "bilingual"]
    assert {"pork_mark", "shared_facility_pork_statement"} <= set(p[1]["label"]["elements"])
    assert not [i for i in rec.issues if i.level == "error" and i.column in (
        "Kategori", "Saluran Penjualan", "Jenis Pangan", "Bahasa Label", "Unsur Label")]
