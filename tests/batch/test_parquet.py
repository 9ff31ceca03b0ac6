"""Parquet exports as batch input (readiness.batch.stream): the same businesses, rows and
errors as the same export in CSV; typed Parquet columns read as typed cells."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from readiness.batch.runner import run_batch  # noqa: E402
from readiness.batch.spreadsheet import SpreadsheetImport  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"


def _as_parquet(rows: list[dict], path: Path, types: dict | None = None) -> Path:
    types = types or {}
    schema = pa.schema([(h, types.get(h, pa.string())) for h in rows[0]])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), path, row_group_size=3)
    return path


def _export_rows() -> list[dict]:
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        return [{k: (v or None) for k, v in r.items()} for r in csv.DictReader(f)]


def _lines(out: Path, name: str) -> list[str]:
    return (out / "results.jsonl").read_text(encoding="utf-8").replace(name, "export").splitlines()


def test_parquet_same_as_csv(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    src = tmp_path / "a" / "export.csv"
    src.write_bytes(EXPORT.read_bytes())
    parquet = _as_parquet(_export_rows(), tmp_path / "b" / "export.parquet")
    kw = {"standard": "mandalika-motogp@2027.3", "pdf": False, "as_of": dt.date(2026, 11, 27),
          "lang": "en", "jobs": 1, "progress": False}
    a = run_batch([str(src)], tmp_path / "out-csv", **kw)
    b = run_batch([str(parquet)], tmp_path / "out-parquet", **kw)
    assert (a.total, a.certified, a.not_certified, a.errors, a.warnings) == \
        (b.total, b.certified, b.not_certified, b.errors, b.warnings) == (8, 1, 7, 2, 14)   # 2027.3: the weaving group is conditional
    strip = [json.loads(x) for x in _lines(tmp_path / "out-csv", "export.csv")]
    other = [json.loads(x) for x in _lines(tmp_path / "out-parquet", "export.parquet")]
    for x in strip + other:
        x["dossier"].pop("sha256", None)      # of the file's bytes
    assert strip == other
    with open(tmp_path / "out-parquet" / "errors.csv", encoding="utf-8-sig", newline="") as f:
        bad = [(r["Row"], r["Column"]) for r in csv.DictReader(f) if r["Kind"] == "bad_cell"]
    assert set(bad) == {("10", "Harga (Rp)"), ("10", "Kapasitas/Bulan")}   # the CSV's row numbers


def test_typed_parquet_columns(tmp_path):
    rows = _export_rows()[:2]
    for r in rows:
        r["Harga (Rp)"] = int(r["Harga (Rp)"].replace("Rp ", "").replace(".", ""))
        r["Masa Simpan (hari)"] = int(r["Masa Simpan (hari)"])
        d, m, y = r["Tgl Kurasi Dinas"].split("/")
        r["Tgl Kurasi Dinas"] = dt.date(int(y), int(m), int(d))
    path = _as_parquet(rows, tmp_path / "typed.parquet",
                       {"Harga (Rp)": pa.int64(), "Masa Simpan (hari)": pa.int32(),
                        "Tgl Kurasi Dinas": pa.date32()})
    imp = SpreadsheetImport(path)
    (rec,) = list(imp)
    assert rec.rows == [2, 3] and not [i for i in rec.issues if i.level == "error"]
    assert [p["price_idr"] for p in rec.dossier["products"]] == [85000, 38000]
    assert [p["shelf_life_days"] for p in rec.dossier["products"]] == [365, 270]
    assert "2026-08-14" in json.dumps(rec.dossier, default=str)
