"""A national-scale registration export: N businesses as the shared form's CSV or Parquet
export (seeded, reproducible, written as it is generated: any size in flat memory).

    python benchmarks/gen_national.py OUT.csv|OUT.parquet [-n 200000] [--seed 2027]

Rows are the columns of the shared Google Form export (examples/registrations-form-export.csv,
mapping google-form-2026), one row per product, the rows of a business together. Each business
is one of the export's own businesses (coffee, catering, weaving, chips, a cooperative's food,
pearls) re-made with its own name, NIB, NPWP and phone, in a regency drawn from a national mix
weighted like the IKM census (Java heavy), with one to four products; most are not ready: the
gaps officers see (no halal number, curation missing or stale, P-IRT missing, an expired
hygiene certificate, a label without its elements), so that a national run writes mostly gap
reports, as NTB's province does (benchmarks/gen_province.py keeps its category weights).
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_province import CATEGORY_WEIGHTS  # noqa: E402  (one category mix for both generators)

# (regency or city, weight ~ its share of Indonesia's IKM); NTB's ten keep their form spelling
REGENCIES = [
    ("Kota Surabaya", 30), ("Kabupaten Bandung", 34), ("Kota Semarang", 22), ("Kabupaten Bogor", 36),
    ("Kabupaten Malang", 30), ("Kabupaten Jepara", 28), ("Kabupaten Klaten", 24), ("Kabupaten Sleman", 20),
    ("Kota Yogyakarta", 14), ("Kabupaten Tasikmalaya", 22), ("Kabupaten Pekalongan", 18),
    ("Kota Medan", 20), ("Kabupaten Deli Serdang", 16), ("Kota Makassar", 16), ("Kabupaten Gowa", 10),
    ("Kota Denpasar", 10), ("Kabupaten Gianyar", 12), ("Kota Padang", 10), ("Kabupaten Agam", 8),
    ("Kota Palembang", 12), ("Kota Banjarmasin", 8), ("Kota Pontianak", 8), ("Kota Manado", 6),
    ("Kota Kupang", 6), ("Kota Jayapura", 4), ("Kota Ambon", 4),
    ("Lombok Barat", 6), ("Lombok Tengah", 8), ("Lombok Timur", 10), ("Sumbawa", 4), ("Dompu", 2),
    ("Bima", 3), ("Sumbawa Barat", 2), ("Lombok Utara", 3), ("Kota Mataram", 10), ("Kota Bima", 2),
]
# the export's category labels for gen_province's categories (cosmetics: the nearest the
# shared export has is a cooperative's packaged food; the form has no cosmetics business)
LABELS = {"packaged_food": "Pangan Olahan Kemasan", "ready_to_eat": "Kuliner Siap Saji",
          "textile": "Tekstil/Tenun", "craft": "Kerajinan", "cosmetic": "Pangan Olahan Kemasan"}
FIRST = ["Baiq", "Lalu", "Siti", "Made", "Ni Luh", "Agus", "Dewi", "Rudi", "Wayan", "Sri", "Budi",
         "Nur", "Andi", "Rina", "Hendra", "Yuli", "Ahmad", "Putu", "Fitri", "Joko"]
LAST = ["Aini", "Wulandari", "Hidayat", "Saputra", "Lestari", "Santoso", "Rahmawati", "Pratama",
        "Kurniawan", "Susanti", "Nugroho", "Yulianti", "Setiawan", "Handayani", "Wijaya"]
WORDS = ["Sejahtera", "Lestari", "Mandiri", "Jaya", "Makmur", "Berkah", "Sentosa", "Abadi",
         "Harapan", "Mulia", "Indah", "Bersama", "Maju", "Sari", "Rejeki"]


def templates() -> tuple[list[str], dict[str, list[list[dict]]]]:
    """The export's header and its readable businesses by category label (rows as dicts)."""
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        header = list(reader.fieldnames or [])
        rows = list(reader)
    by_business: dict[str, list[dict]] = {}
    for r in rows:
        if not r["NIB"].isdigit() or r["Nama Usaha"] == "Kopi Rinjani Jaya":
            continue          # the export's broken row and its duplicate NIB stay in the examples
        by_business.setdefault(r["Nama Usaha"], []).append(r)
    by_label: dict[str, list[list[dict]]] = {}
    for biz in by_business.values():
        by_label.setdefault(biz[0]["Kategori"], []).append(biz)
    return header, by_label


def business(rng: random.Random, i: int, by_label: dict) -> list[dict]:
    """The rows of business `i` (its own name, NIB, regency, 1-4 products, its gaps)."""
    cat = rng.choices([c for c, _ in CATEGORY_WEIGHTS], [w for _, w in CATEGORY_WEIGHTS])[0]
    template = rng.choice(by_label[LABELS[cat]])
    regency = rng.choices([r for r, _ in REGENCIES], [w for _, w in REGENCIES])[0]
    owner = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    kind = template[0]["Nama Usaha"].split()[0]
    name = f"{kind if kind in ('UD', 'CV', 'Koperasi', 'Kelompok') else 'UD'} " \
           f"{rng.choice(WORDS)} {rng.choice(WORDS)} {i:07d}"
    nib = f"{9_100_000_000_000 + i:013d}"
    biz = {"Nama Usaha": name, "Nama Pemilik": owner, "NIB": nib, "Kabupaten/Kota": regency,
           "NPWP": f"{3_200_000_000_000_000 + i * 7:016d}",
           "No. HP/WA": f"08{rng.randrange(11, 99)}{rng.randrange(10**7, 10**8)}"}
    gaps = rng.random() < 0.85                      # mostly not ready
    if gaps and rng.random() < 0.5:
        biz["Tgl Kurasi Dinas"] = ""                # never curated
    if gaps and rng.random() < 0.3:
        biz["Tgl Kurasi MGPA"] = ""
    if gaps and rng.random() < 0.3 and template[0]["SLHS Berlaku s/d"]:
        biz["SLHS Berlaku s/d"] = "31/12/2025"      # expired
    n_products = rng.choices([1, 2, 3, 4], [45, 30, 15, 10])[0]
    rows = []
    for j in range(n_products):
        base = template[j % len(template)]
        row = dict(base, **biz)
        row["Nama Produk"] = f"{base['Nama Produk']} {j + 1}"
        if gaps and rng.random() < 0.4 and row["No. Sertifikat Halal"]:
            row["No. Sertifikat Halal"] = ""        # halal missing
        if gaps and rng.random() < 0.3 and row["No. P-IRT"]:
            row["No. P-IRT"] = ""
        if gaps and rng.random() < 0.3 and row["Unsur Label"]:
            row["Unsur Label"] = "Nama Produk; Isi Bersih"
        rows.append(row)
    return rows


def generate(out: str | Path, n: int, seed: int = 2027, row_group: int = 50_000) -> int:
    """Write N businesses to OUT (.csv or .parquet); returns the number of rows."""
    out = Path(out)
    header, by_label = templates()
    rows_written = 0

    def rows():
        for i in range(n):
            yield from business(random.Random(f"{seed}:{i}"), i, by_label)

    if out.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([(h, pa.string()) for h in header])
        with pq.ParquetWriter(out, schema) as w:
            batch: list[dict] = []
            for r in rows():
                batch.append(r)
                if len(batch) >= row_group:
                    w.write_table(pa.Table.from_pylist(batch, schema=schema))
                    rows_written += len(batch)
                    batch = []
            if batch:
                w.write_table(pa.Table.from_pylist(batch, schema=schema))
                rows_written += len(batch)
        return rows_written
    with open(out, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, header, lineterminator="\n")
        w.writeheader()
        for r in rows():
            w.writerow(r)
            rows_written += 1
    return rows_written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", help="OUT.csv or OUT.parquet")
    ap.add_argument("-n", type=int, default=200_000, help="businesses")
    ap.add_argument("--seed", type=int, default=2027)
    a = ap.parse_args()
    rows = generate(a.out, a.n, a.seed)
    print(f"{a.n} businesses, {rows} rows -> {a.out}")


if __name__ == "__main__":
    main()
