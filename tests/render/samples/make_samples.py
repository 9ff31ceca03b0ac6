"""Hand-made results following docs/design.md, for developing the documents before the engine
existed. Run: python tests/render/samples/make_samples.py (rewrites the JSON files beside it)."""

import json
from pathlib import Path

HERE = Path(__file__).parent

RULES = {
    "LEG-01": ("NIB terdaftar", "legality", "business.nib: 13 digit NIB dari OSS.", "Daftar di OSS (oss.go.id).", "DPMPTSP kabupaten / Mal Pelayanan Publik", "PP 28/2025 Ps. 206", "blocker", 5),
    "LEG-05": ("NPWP sah", "legality", "business.npwp: 16 digit.", "Urus NPWP di KPP Pratama atau DJP Online.", "KPP Pratama / DJP Online", "PMK 112/2022", "major", 3),
    "EVT-01": ("Lulus kurasi", "event", "Dua kurasi lulus dalam 2 tahun: pemerintah dan MGPA.", "Ikuti kurasi Diskop UKM lalu MGPA.", "Diskop UKM Provinsi NTB; MGPA", "Ketentuan MGPA 2027", "blocker", 5),
    "EVT-02": ("QRIS aktif", "event", "business.payments.qris_nmid: ID + 13 digit.", "Daftar QRIS di bank mana saja.", "Bank / PJP; Bank Indonesia NTB", "Ketentuan MGPA 2027", "major", 3),
    "FOOD-01": ("Izin edar", "food", "Izin P-IRT atau BPOM MD pada produk.", "Urus SPP-IRT via OSS.", "Dinas Kesehatan kabupaten (via OSS)", "PerBPOM 22/2018", "blocker", 5),
    "FOOD-04": ("P-IRT berlaku", "food", "P-IRT berlaku sampai hari terakhir acara.", "Perpanjang SPP-IRT via OSS.", "Dinas Kesehatan kabupaten", "PerBPOM 22/2018", "blocker", 5),
    "HAL-01": ("Sertifikat halal", "halal", "Izin jenis halal pada produk.", "Daftar di SIHALAL.", "BPJPH; Satgas Halal Kanwil Kemenag NTB", "PP 42/2024", "blocker", 5),
    "HAL-02": ("Nomor sertifikat halal sah", "halal", "ID + 17 digit.", "Cetak ulang label.", "BPJPH", "Kepkaban 40/2022", "major", 3),
    "LBL-01": ("Unsur label wajib", "label", "label.elements memuat semua unsur wajib.", "Perbaiki desain label.", "Klinik desain Dinas Perindustrian", "PP 69/1999", "blocker", 5),
    "LBL-06": ("Ukuran huruf", "label", "Huruf terkecil >= 1,0 mm.", "Perbesar huruf.", "Klinik desain Dinas Perindustrian", "PerBPOM 31/2018", "minor", 1),
    "TXT-01": ("Label tekstil", "textile_craft", "Label permanen dengan alamat produsen.", "Jahit label permanen.", "Dinas Perindustrian", "SNI 8498", "major", 3),
    "TXT-03": ("Klaim tenun sesuai", "textile_craft", "technique handwoven dan origin.village.", "Perbaiki klaim.", "Dinas Perindustrian", "UU 8/1999", "major", 3),
    "HTL-01": ("Kapasitas pasokan", "hotel", "capacity_per_month >= 100.", "Gabung Forum IKM.", "Forum IKM", "Ketentuan hotel", "major", 3),
    "IPR-02": ("Merek terdaftar", "ip", "Merek terdaftar atau diajukan.", "Ajukan merek ke DJKI.", "DJKI via Kanwil Kemenkum NTB", "UU 20/2016", "minor", 1),
}


def rules_block(ids):
    out = {}
    for rid in ids:
        t, g, ev, rem, ag, ref, _, _ = RULES[rid]
        out[rid] = {"title": t, "group": g, "evidence": ev, "remediation": rem, "agency": ag,
                    "reference": ref, "rationale": "Alasan: " + t}
    return out


def finding(rid, status, product, msg, gain=0.0, path=None, line=None):
    return {"rule": rid, "status": status, "severity": RULES[rid][6], "weight": RULES[rid][7],
            "product": product, "path": path, "line": line, "message": msg, "gain": gain}


STD = {"id": "mandalika-motogp", "version": "2027.1",
       "title": "Standar Produk IKM MotoGP Mandalika 2027",
       "event": {"name": "MotoGP Mandalika 2027", "start": "2027-10-01", "end": "2027-10-03"},
       "issuer": "Dinas Perindustrian Provinsi Nusa Tenggara Barat"}


def base(name, file, certified, cert, business, products, findings, rules):
    return {"format": "readiness-result/1", "tool": {"name": "readiness", "version": "0.1.0"},
            "lang": "id", "as_of": "2026-11-27", "standard": STD,
            "dossier": {"file": file, "sha256": "ab" * 32}, "certified": certified,
            "certificate": cert, "business": business, "products": products,
            "findings": findings, "rules": rules}


counts = lambda p, f=0, m=0: {"pass": p, "fail": f, "missing": m, "not_applicable": 1, "waived": 0, "manual": 0}  # noqa: E731

certified = base(
    "tenun", "tenun-sukarara.yaml", True,
    {"number": "MGP-2027.1-9120301234599-7C21AB09", "issued": "2026-11-27", "valid_until": "2027-10-03",
     "products": [0, 1],
     "conditions": [
         {"kind": "gap", "rule": "TXT-03", "product": 1,
          "text": "Selendang Tenun Motif Subahnale: kain ditenun mesin tetapi dijual sebagai \"tenun\"; perbaiki klaim atau teknik sebelum acara."},
         {"kind": "waiver", "rule": "EVT-02", "product": None,
          "text": "QRIS dikecualikan oleh petugas (keputusan 2026-11-20): pembayaran tunai di stan koperasi."}]},
    {"name": "Kelompok Tenun Patuh Sukarara", "nib": "9120301234599", "owner": "Inaq Sahnun",
     "address": "Dusun Ketangge, Sukarara, Jonggat, Lombok Tengah, Nusa Tenggara Barat",
     "regency": "Lombok Tengah", "verdict": "conditional", "score": 92.3, "score_without_waivers": 84.6,
     "counts": counts(6)},
    [{"index": 0, "name": "Kain Songket Benang Emas Sukarara", "category": "textile", "channels": ["event", "souvenir"],
      "verdict": "ready", "score": 100.0, "score_without_waivers": 100.0, "counts": counts(5)},
     {"index": 1, "name": "Selendang Tenun Motif Subahnale", "category": "textile", "channels": ["event", "hotel"],
      "verdict": "conditional", "score": 81.8, "score_without_waivers": 81.8, "counts": counts(4, 1)}],
    [finding("LEG-01", "pass", None, "NIB 9120301234599 terdaftar.", path="$.business.nib", line=7),
     finding("EVT-01", "pass", None, "Dua kurasi lulus."),
     finding("EVT-02", "waived", None, "QRIS belum ada; dikecualikan oleh petugas.", path="$.business.payments", line=30),
     finding("IPR-02", "pass", None, "Merek terdaftar."),
     finding("TXT-01", "pass", 0, "Label permanen ada."),
     finding("TXT-03", "pass", 0, "Ditenun tangan di Sukarara."),
     finding("TXT-01", "pass", 1, "Label permanen ada."),
     finding("TXT-03", "fail", 1, "technique = machine, tetapi nama produk memuat \"tenun\".", gain=18.2,
             path="$.products[1].technique", line=88)],
    rules_block(["LEG-01", "EVT-01", "EVT-02", "IPR-02", "TXT-01", "TXT-03"]))

not_certified = base(
    "madu", "madu-hutan-sumbawa.yaml", False, None,
    {"name": "UD Madu Hutan Sumbawa Lestari", "nib": "9120305550001", "owner": "Hj. Siti Aminah",
     "address": "Jl. Garuda No. 5, Brang Bara, Sumbawa, Sumbawa, Nusa Tenggara Barat",
     "regency": "Sumbawa", "verdict": "not_ready", "score": 58.3, "score_without_waivers": 58.3,
     "counts": counts(3, 1, 2)},
    [{"index": 0, "name": "Madu Hutan Sumbawa 500 ml", "category": "packaged_food", "channels": ["hotel"],
      "verdict": "not_ready", "score": 41.2, "score_without_waivers": 41.2, "counts": counts(3, 3, 1)},
     {"index": 1, "name": "Madu Hutan Sachet 20 g", "category": "packaged_food", "channels": ["hotel", "souvenir"],
      "verdict": "conditional", "score": 78.0, "score_without_waivers": 78.0, "counts": counts(6, 1)}],
    [finding("LEG-01", "pass", None, "NIB terdaftar."),
     finding("LEG-05", "missing", None, "NPWP tidak ada di dossier (business.npwp).", gain=12.5, path="$.business"),
     finding("EVT-01", "missing", None, "Tidak ada data kurasi (business.curation).", gain=20.8, path="$.business"),
     finding("IPR-02", "fail", None, "Status merek: none.", gain=4.2, path="$.business.trademark.status", line=15),
     finding("FOOD-01", "pass", 0, "Ada izin P-IRT."),
     finding("FOOD-04", "fail", 0, "P-IRT No. 2065204010456-25 berakhir 1 Januari 2025, sebelum 3 Oktober 2027.", gain=29.4,
             path="$.products[0].permits[0].number", line=52),
     finding("HAL-01", "pass", 0, "Sertifikat halal ada."),
     finding("HAL-02", "fail", 0, "Nomor \"KH-2024-0012\" adalah nomor Ketetapan Halal, bukan nomor sertifikat.", gain=17.6,
             path="$.products[0].permits[1].number", line=58),
     finding("LBL-01", "missing", 0, "label.elements tidak ada di dossier.", gain=29.4, path="$.products[0]"),
     finding("LBL-06", "fail", 0, "Huruf terkecil 0,6 mm (minimal 1,0 mm).", gain=5.9, path="$.products[0].label.smallest_text_mm", line=47),
     finding("HTL-01", "fail", 0, "Kapasitas 40 unit/bulan, minimal 100.", gain=17.6, path="$.products[0].capacity_per_month", line=40),
     finding("FOOD-01", "pass", 1, "Ada izin P-IRT."),
     finding("FOOD-04", "pass", 1, "P-IRT berlaku sampai 2029."),
     finding("HAL-01", "pass", 1, "Sertifikat halal ada."),
     finding("LBL-06", "fail", 1, "Huruf terkecil 0,5 mm (minimal 0,75 mm untuk label <= 10 cm2).", gain=4.0)],
    rules_block(["LEG-01", "LEG-05", "EVT-01", "IPR-02", "FOOD-01", "FOOD-04", "HAL-01", "HAL-02", "LBL-01", "LBL-06", "HTL-01"]))

INJ = '<img src="file:///etc/passwd"></td><style>body{display:none}</style>'
long_name = ("Koperasi Produsen Usaha Mikro Kecil dan Menengah Kerajinan Tangan, Tenun Ikat, Gerabah "
             "dan Olahan Pangan Khas Desa Wisata Sade Rembitan Pujut Lombok Tengah Bersatu Sejahtera")
prods, finds = [], [finding("LEG-01", "pass", None, "NIB terdaftar.")]
for i in range(12):
    prods.append({"index": i, "name": f"Produk Unggulan Nomor {i + 1}: Kain Tenun Ikat Motif Tradisional Sasak Rembitan Ukuran Besar {i + 1}",
                  "category": ["textile", "craft", "packaged_food"][i % 3], "channels": ["event", "hotel", "souvenir"],
                  "verdict": "ready" if i % 4 else "conditional", "score": 100.0 if i % 4 else 84.0,
                  "score_without_waivers": 100.0 if i % 4 else 84.0, "counts": counts(5, 0 if i % 4 else 1)})
    finds.append(finding("TXT-01", "pass" if i % 4 else "fail", i, "Label." if i % 4 else "Label tidak permanen; alamat produsen tidak tercantum pada label jahit.", gain=0.0 if i % 4 else 16.0))
many = base("long", "koperasi-sade.yaml", True,
            {"number": "MGP-2027.1-9120309876543-00FF11AA", "issued": "2026-11-27", "valid_until": "2027-10-03",
             "products": list(range(12)),
             "conditions": [{"kind": "gap", "rule": "TXT-01", "product": i,
                             "text": f"{prods[i]['name']}: pasang label permanen yang memuat alamat produsen."}
                            for i in range(0, 12, 4)]},
            {"name": long_name, "nib": "9120309876543", "owner": "Lalu Muhammad Zainuddin Abdurrahman",
             "address": "Dusun Sade, Desa Rembitan, Kecamatan Pujut, Lombok Tengah, Nusa Tenggara Barat",
             "regency": "Lombok Tengah", "verdict": "conditional", "score": 91.0, "score_without_waivers": 91.0,
             "counts": counts(1)},
            prods, finds, rules_block(["LEG-01", "TXT-01"]))

try:  # the engine's number, so that `verify` accepts certificates made from these samples
    from readiness.report import certificate_number
except ImportError:
    certificate_number = None

for name, doc in [("certified", certified), ("not_certified", not_certified), ("many_products", many)]:
    if certificate_number and doc["certificate"]:
        doc["certificate"]["number"] = certificate_number(doc)
    (HERE / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
print("written")
