"""Spreadsheet import: the shared form export, cell parsers, mapping validation, XLSX."""

from __future__ import annotations

import csv
import textwrap
from pathlib import Path

import pytest

from readiness import values
from readiness.batch import spreadsheet as sp
from readiness.sheets.mapping import load_mapping, recognise, shipped_mappings
from readiness.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"


def _records(path, mapping=None):
    imp = sp.SpreadsheetImport(path, mapping)
    recs = list(imp)
    return imp, recs


def test_shipped_mapping_recognised_from_headers():
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        headers = next(csv.reader(f))
    m = recognise(headers)
    assert m is not None and m.id == "google-form-2026"
    assert recognise(["Nama", "Alamat"]) is None


def test_export_imports_eight_businesses_with_the_broken_cells_reported():
    imp, recs = _records(EXPORT)
    assert imp.count == 8 and len(recs) == 8
    names = [r.name for r in recs]
    assert names[0] == "UD Kopi Sembalun Lestari" and names[-1] == "Kopi Rinjani Jaya"
    broken = next(r for r in recs if r.name == "UD Sasak Craft Mandiri")
    # one bad cell is one missing field: the business is checked on the rest of its row
    assert broken.dossier is not None and broken.rows == [10] and broken.good_rows == [10]
    cols = {i.column for i in broken.issues if i.level == "error"}
    assert cols == {"Harga (Rp)", "Kapasitas/Bulan"}
    assert all(i.row == "10" for i in broken.issues)
    assert {(u["column"], u["row"], u["product"]) for u in broken.unread} == {
        ("Harga (Rp)", 10, 0), ("Kapasitas/Bulan", 10, 0)}
    product = broken.dossier["products"][0]
    assert "price_idr" not in product and "capacity_per_month" not in product
    others = [r for r in recs if r is not broken]
    assert all(r.dossier is not None and not [i for i in r.issues if i.level == "error"]
               for r in others)


def test_duplicate_nib_under_two_names_reported():
    imp, recs = _records(EXPORT)
    dup = [i for i in imp.issues if i.kind == "duplicate_nib"]
    assert len(dup) == 1
    assert "9120301234567" in dup[0].text("en") and "Kopi Rinjani Jaya" in dup[0].text("en")
    assert dup[0].row == "2, 11"
    # two businesses, not merged
    assert sum(r.nib == "9120301234567" for r in recs) == 2


def test_rows_become_dossiers_of_the_dossier_format():
    _, recs = _records(EXPORT)
    kopi = recs[0]
    d = kopi.dossier
    assert d["format"] == "readiness-dossier/1"
    b = d["business"]
    assert b["nib"] == "9120301234567" and b["scale"] == "micro" and b["nib_risk_based"] is True
    assert b["address"] == {"street": "Jl. Raya Sembalun No. 12", "village": "Sembalun Lawang",
                            "district": "Sembalun", "regency": "Lombok Timur",
                            "province": "Nusa Tenggara Barat"}
    assert b["contact"]["phone"] == "+62 812-3760-4411"
    assert b["trademark"]["status"] == "filed"
    assert {c["kind"]: c["date"] for c in b["curation"]} == {"government": "2026-08-14",
                                                             "organizer": "2026-11-05"}
    assert all(c["result"] == "passed" for c in b["curation"])
    assert {"type": "pkp"} in b["documents"]
    assert len(d["products"]) == 2
    p = d["products"][0]
    assert p["category"] == "packaged_food" and p["food_type"] == "coffee_tea"
    assert p["channels"] == ["event", "hotel", "souvenir"]
    assert p["net_content"] == {"amount": 250, "unit": "g"}
    assert p["price_idr"] == 85000 and p["shelf_life_days"] == 365 and p["storage"] == "ambient"
    assert p["label"]["elements"][:3] == ["product_name", "ingredients", "net_content"]
    assert p["label"]["halal_logo"] == "national"
    assert {"type": "pirt", "number": "P-IRT No. 3105203010123-29"} in p["permits"]
    assert {"type": "halal", "number": "ID52110000123450324", "scheme": "self_declare",
            "issued": "2024-03-15"} in p["permits"]
    dapur = recs[1].dossier["business"]
    assert dapur["npwp"] == "52.021.456.7-915.000"
    assert {"type": "slhs", "expires": "2027-05-20"} in dapur["documents"]
    # 'Tidak' for "Sertifikat PKP (Ya/Tidak)" is an answer: the office step follows
    assert {"type": "pkp", "status": "none"} in dapur["documents"]
    tenun = recs[2].dossier
    assert tenun["business"]["kbli"] == ["13121", "13122"]
    assert tenun["products"][0]["price_idr"] == 1750000
    assert tenun["products"][0]["label"]["elements"] == ["product_name", "producer_address",
                                                         "fibre_content", "care"]
    rinjani = recs[-1].dossier["products"][0]
    assert rinjani["marks"] == ["MotoGP"]
    assert rinjani["licences"] == [{"mark": "MotoGP", "expires": "2026-12-31"}]


@pytest.mark.parametrize("raw,expected", [
    ("Rp 1.750.000", 1750000), ("Rp85.000", 85000), ("Rp 85.000,00", 85000), ("85000", 85000),
    ("IDR 85,000", 85000), ("Rp 20 rb", 20000), ("1,5 jt", 1500000), (65000.0, 65000),
])
def test_money(raw, expected):
    assert values.parse_money(raw) == expected


@pytest.mark.parametrize("raw", ["mahal", "Rp", "1.2.3,4,5", ""])
def test_money_rejects(raw):
    with pytest.raises(values.CellError):
        values.parse_money(raw)


def test_dates_quantities_integers():
    import datetime as dt

    assert values.parse_date("05/11/2026") == "2026-11-05"
    assert values.parse_date("5-1-2027") == "2027-01-05"
    assert values.parse_date("02/09/2026 10:14:03") == "2026-09-02"
    assert values.parse_date("2026-11-05") == "2026-11-05"
    assert values.parse_date(dt.datetime(2026, 3, 1, 10)) == "2026-03-01"
    for bad in ("31/02/2026", "2026", "besok"):
        with pytest.raises(values.CellError):
            values.parse_date(bad)
    assert values.parse_quantity("250 g") == {"amount": 250, "unit": "g"}
    assert values.parse_quantity("1,5 kg") == {"amount": 1.5, "unit": "kg"}
    assert values.parse_quantity("500ml") == {"amount": 500, "unit": "ml"}
    assert values.parse_quantity("1 L") == {"amount": 1, "unit": "l"}
    assert values.parse_quantity("8 oz") == {"amount": 8, "unit": "oz"}
    with pytest.raises(values.CellError):
        values.parse_quantity("secukupnya")
    assert values.parse_integer("1.200") == 1200
    with pytest.raises(values.CellError):
        values.parse_integer("banyak")


def _write_mapping(tmp_path, body):
    p = tmp_path / "form.yaml"
    p.write_text(textwrap.dedent(body), encoding="utf-8")
    return p


def test_mapping_errors_name_file_line_and_path(tmp_path):
    p = _write_mapping(tmp_path, """\
        format: readiness-mapping/1
        recognise: [Nama, NIB]
        group: {nib: NIB, name: Nama, product: Produk}
        columns:
          Nama: business.name
          NIB: business.nib
          Produk: products[].name
          Harga: {field: "products[].price_idr", type: uang}
          Kota: {field: alamat.kota}
        """)
    with pytest.raises(InputError) as e:
        load_mapping(p)
    text = e.value.one_line()
    assert f"{p}:8:" in text and '$.columns.Harga.type' in text and "unknown type 'uang'" in text
    assert f"{p}:9:" in text and "business." in text


def test_mapping_bad_yaml_and_unknown_table(tmp_path):
    p = _write_mapping(tmp_path, "format: readiness-mapping/1\ncolumns: {a: [\n")
    with pytest.raises(InputError) as e:
        load_mapping(p)
    assert "YAML syntax error" in e.value.one_line() and str(p) in e.value.one_line()
    p = _write_mapping(tmp_path, """\
        format: readiness-mapping/1
        recognise: [Nama]
        group: {nib: Nama, name: Nama, product: Nama}
        columns:
          Nama: {field: business.scale, values: skala}
        """)
    with pytest.raises(InputError) as e:
        load_mapping(p)
    assert "no table named 'skala'" in e.value.one_line() and ":5:" in e.value.one_line()


def test_custom_mapping_and_conflicting_business_values(tmp_path):
    mp = _write_mapping(tmp_path, """\
        format: readiness-mapping/1
        id: my-form
        recognise: [Usaha, Produk]
        group: {nib: NIB, name: Usaha, product: Produk}
        tables:
          yn: {Ya: true, Tidak: false}
        columns:
          Usaha: business.name
          NIB: business.nib
          Telp: business.contact.phone
          Produk: products[].name
          Harga: {field: "products[].price_idr", type: money}
        """)
    csvp = tmp_path / "list.csv"
    csvp.write_text("Usaha;NIB;Telp;Produk;Harga\n"
                    "Toko A;1234567890123;0812 1;Kopi;Rp 10.000\n"
                    "Toko A;1234567890123;0812 2;Teh;Rp 5.000\n"
                    "Toko A;1234567890123;0812 1;Kopi;Rp 10.000\n", encoding="utf-8")
    imp, recs = _records(csvp, mp)
    assert len(recs) == 1
    r = recs[0]
    assert r.dossier["business"]["contact"]["phone"] == "0812 1"
    assert [p["price_idr"] for p in r.dossier["products"]] == [10000, 5000, 10000]
    kinds = {i.kind for i in r.issues}
    assert "conflicting_value" in kinds
    assert any(i.kind == "duplicate_product" and i.row == "2, 4" for i in imp.issues)


def test_unrecognised_headers_need_a_mapping(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        sp.SpreadsheetImport(p)
    assert "--mapping" in e.value.one_line()


def test_xlsx_reads_like_csv(tmp_path, export_xlsx):
    x = export_xlsx("export.xlsx")
    _, from_csv = _records(EXPORT)
    _, from_xlsx = _records(x)
    assert [r.dossier for r in from_xlsx] == [r.dossier for r in from_csv]
    assert [r.rows for r in from_xlsx] == [r.rows for r in from_csv]


def test_shipped_mappings_are_valid():
    assert [m.id for m in shipped_mappings()] == ["google-form-2026"]


def test_mapping_files_are_read_with_the_input_limits(tmp_path):
    """A mapping is read by readiness.load like any input: a small alias bomb is refused at
    once (the mapping's own loader once spent 20 s expanding one of 442 bytes)."""
    import time

    bomb = "format: readiness-mapping/1\na: &a [x,x,x,x,x,x,x,x,x]\n" + "".join(
        f"{c}: &{c} [{', '.join(['*' + p] * 9)}]\n" for p, c in zip("abcdefg", "bcdefgh", strict=True))
    p = tmp_path / "bomb.yaml"
    p.write_text(bomb, encoding="utf-8")
    t = time.perf_counter()
    with pytest.raises(InputError) as e:
        load_mapping(p)
    assert time.perf_counter() - t < 2
    assert "alias" in e.value.one_line() and str(p) in e.value.one_line()


def test_optional_columns_of_the_2_editions(tmp_path):
    """A 2027 form may add the columns the .2 editions read; the shipped mapping takes them, and
    the 2026 export without them still imports as before."""
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    extra = ["Papan Tidak Halal di Stan (Ya/Tidak)", "Dikemas di Depan Pembeli (Ya/Tidak)",
             "Hanya Penanganan Pascapanen (Ya/Tidak)", "Status Halal", "Jenis Barang", "Bahan Baku",
             "Dokumen Asal Kayu (Ya/Tidak)", "No. SPPT-SNI", "SNI Berlaku s/d"]
    head = rows[0] + extra
    row = rows[1] + ["Ya", "Ya", "Tidak", "Mengandung Bahan Tidak Halal", "", "", "", "SPPT-SNI 3556/2025/0042",
                     "10/01/2029"]
    row[head.index("Jenis Pangan")] = "Garam Beriodium"
    row[head.index("Unsur Label")] += "; Tanggal Produksi; Keterangan Tidak Halal"
    craft = rows[1] + ["", "", "", "", "toy", "kayu cendana, cat", "Ya", "", ""]
    craft[head.index("Nama Produk")] = "Mainan Kayu Cendana"
    craft[head.index("Kategori")] = "Kerajinan"
    p = tmp_path / "form-2027.csv"
    with open(p, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([head, row, craft])
    imp, recs = _records(p)
    assert [i for i in imp.issues if i.level == "error"] == []
    d = recs[0].dossier
    assert d["business"]["declarations"]["non_halal_signage"] is True
    salt, toy = d["products"]
    assert salt["food_type"] == "iodised_salt" and salt["packed_in_front_of_buyer"] is True
    assert salt["minimal_processing"] is False and salt["halal_status"] == "non_halal"
    assert {"production_date", "non_halal_statement"} <= set(salt["label"]["elements"])
    assert salt["permits"][-1] == {"type": "sni", "number": "SPPT-SNI 3556/2025/0042", "expires": "2029-01-10"}
    assert toy["item_type"] == "toy" and toy["materials"] == ["kayu cendana", "cat"]
    assert {"type": "legal_origin"} in toy["documents"]
