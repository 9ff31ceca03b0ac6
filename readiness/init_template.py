"""The dossier template `readiness init` writes: only the fields the standard needs for the
chosen product categories and sales channels, each commented in plain words (what it is and
where to find it), Indonesian by default.

Which fields: a rule is relevant to a product when its `applies` condition can hold for the
product's category and channels (a condition on a dossier field the owner has not filled yet
counts as "can hold"); its fields are the dossier paths its check and its condition refer to.
Identity fields (names, NIB, address, contact) are always there.

Values left empty are YAML nulls and lists are commented examples, so a template checked as it
is loads and gives `missing` findings, never a schema error.
"""

from __future__ import annotations

import json
import re
from typing import Any

from readiness.model import FORMAT
from readiness.standards.fields import needed_fields

CATEGORIES = ("packaged_food", "ready_to_eat", "textile", "craft", "cosmetic")
CHANNELS = ("event", "hotel", "souvenir")
SCALES = ("micro", "small", "medium", "large")
# categories whose products may declare `halal_status` (halal certification or a "not halal"
# statement)
HALAL_CATEGORIES = ("packaged_food", "ready_to_eat", "cosmetic")

CATEGORY_TEXT = {
    "packaged_food": {"id": "pangan olahan kemasan (kopi, keripik, madu, sambal botol, ...)",
                      "en": "packaged food (coffee, chips, honey, bottled sambal, ...)"},
    "ready_to_eat": {"id": "pangan siap saji (makanan/minuman dimasak dan dijual langsung)",
                     "en": "ready-to-eat food (cooked and sold on the spot)"},
    "textile": {"id": "kain dan busana (tenun, songket, batik, kaos)", "en": "textiles (woven cloth, clothing)"},
    "craft": {"id": "kerajinan (gerabah, anyaman, ukiran, perhiasan)", "en": "crafts (pottery, basketry, carving, jewellery)"},
    "cosmetic": {"id": "kosmetik dan perawatan tubuh (lulur, sabun, minyak)", "en": "cosmetics and body care"},
}
CHANNEL_TEXT = {
    "event": {"id": "dijual di area acara MotoGP", "en": "sold at the MotoGP venue"},
    "hotel": {"id": "dipasok ke hotel", "en": "supplied to hotels"},
    "souvenir": {"id": "dijual sebagai oleh-oleh di toko/galeri", "en": "sold as a souvenir in shops/galleries"},
}

# (key, kind, {id, en} comment, example for lists/mappings or None)
# kind: scalar | flag | list (of text) | mapping (a small fixed mapping) | records (list of mappings)
_B = "business."
_P = "product."
FIELDS: list[tuple[str, str, dict, Any]] = [
    # --- business -------------------------------------------------------------------------
    (_B + "name", "scalar", {"id": "Nama usaha persis seperti pada NIB.", "en": "Business name exactly as on the NIB."}, None),
    (_B + "owner.name", "scalar", {"id": "Nama pemilik/penanggung jawab seperti pada KTP.", "en": "Owner's name as on the ID card (KTP)."}, None),
    (_B + "nib", "scalar", {"id": "Nomor Induk Berusaha, 13 digit: ada di dokumen NIB dari OSS (oss.go.id). Tulis di antara tanda petik, mis. \"9120301234567\".",
                            "en": "Business ID number (NIB), 13 digits: on the NIB document from OSS (oss.go.id). Write it in quotes."}, None),
    (_B + "nib_risk_based", "flag", {"id": "true bila NIB terbit lewat OSS berbasis risiko (sejak 2021; tertulis \"Berbasis Risiko\" di dokumen NIB), selain itu false.",
                                     "en": "true when the NIB was issued by risk-based OSS (since 2021; says \"Berbasis Risiko\"), else false."}, None),
    (_B + "npwp", "scalar", {"id": "NPWP usaha atau pemilik (16 digit, sama dengan NIK untuk orang pribadi): ada di kartu NPWP atau akun DJP Online. Tulis di antara tanda petik.",
                             "en": "Tax ID (NPWP, 16 digits; the NIK for individuals): on the NPWP card or DJP Online. In quotes."}, None),
    (_B + "scale", "scalar", {"id": "Skala usaha seperti tertulis di NIB: micro (mikro), small (kecil), medium (menengah) atau large (besar).",
                              "en": "Business scale as on the NIB: micro, small, medium or large."}, None),
    (_B + "kbli", "list", {"id": "Kode KBLI (5 digit) yang terdaftar di NIB, mis. [\"10761\"]: lihat lampiran NIB di OSS.",
                           "en": "KBLI codes (5 digits) registered on the NIB, e.g. [\"10761\"]: see the NIB annex in OSS."}, None),
    (_B + "address.street", "scalar", {"id": "Alamat usaha: jalan dan nomor, seperti pada NIB.", "en": "Business address: street and number, as on the NIB."}, None),
    (_B + "address.village", "scalar", {"id": "Desa/kelurahan.", "en": "Village."}, None),
    (_B + "address.district", "scalar", {"id": "Kecamatan.", "en": "District (kecamatan)."}, None),
    (_B + "address.regency", "scalar", {"id": "Kabupaten/kota, mis. Lombok Timur (tanpa kata \"Kabupaten\").", "en": "Regency/city, e.g. Lombok Timur."}, None),
    (_B + "address.province", "scalar", {"id": "Provinsi, mis. Nusa Tenggara Barat.", "en": "Province, e.g. Nusa Tenggara Barat."}, None),
    (_B + "contact.phone", "scalar", {"id": "Nomor telepon/WhatsApp usaha, mis. \"081234567890\" (di antara tanda petik).",
                                      "en": "Business phone/WhatsApp number, e.g. \"081234567890\" (in quotes)."}, None),
    (_B + "trademark.name", "scalar", {"id": "Merek dagang usaha (bila ada).", "en": "The business's brand name (if any)."}, None),
    (_B + "trademark.status", "scalar", {"id": "Status merek di DJKI: registered (terdaftar), filed (sudah diajukan) atau none (belum). Cek di pdki-indonesia.dgip.go.id.",
                                         "en": "Trademark status at DJKI: registered, filed or none. Check pdki-indonesia.dgip.go.id."}, None),
    (_B + "payments.qris_nmid", "scalar", {"id": "NMID QRIS: kode \"ID\" + 13 digit yang tercetak di stiker QRIS dari bank Anda.",
                                           "en": "QRIS NMID: \"ID\" + 13 digits printed on your bank's QRIS sticker."}, None),
    (_B + "curation", "records", {"id": "Hasil kurasi (surat hasil kurasi dari dinas dan dari MGPA). Contoh, hapus tanda # lalu isi:",
                                  "en": "Curation results (letters from the government office and from MGPA). Example, remove the # and fill in:"},
     [{"by": "Dinas Koperasi dan UKM Provinsi NTB", "kind": "government", "date": "2026-08-14", "result": "passed"},
      {"by": "Mandalika Grand Prix Association (MGPA)", "kind": "organizer", "date": "2026-11-05", "result": "passed"}]),
    (_B + "documents", "records", {"id": "Dokumen usaha (sertifikat PKP, SLHS, pelatihan penjamah pangan, ...): jenis, nomor, tanggal terbit dan berlaku s/d seperti tertulis di dokumen. Contoh, hapus tanda # lalu isi:",
                                   "en": "Business documents (PKP, SLHS, food-handler training, ...): type, number, issue and expiry dates as on the document. Example, remove the # and fill in:"},
     "documents"),
    (_B + "declarations.no_hazardous_additives", "flag", {"id": "true bila Anda menyatakan tidak memakai bahan berbahaya (boraks, formalin, pewarna tekstil).",
                                                          "en": "true when you declare no hazardous additives (borax, formalin, textile dyes)."}, None),
    (_B + "declarations.no_subsidised_lpg", "flag", {"id": "true bila Anda menyatakan tidak memakai LPG 3 kg bersubsidi di stan.",
                                                     "en": "true when you declare no subsidised 3 kg LPG at the stand."}, None),
    (_B + "declarations.non_halal_signage", "flag", {"id": "Untuk makanan siap saji yang tidak halal: true bila ada pemberitahuan \"tidak halal\" di stan dan di menu.",
                                                     "en": "For ready-to-eat food that is not halal: true when a \"not halal\" notice is shown at the booth and on the menu."}, None),
    # --- product --------------------------------------------------------------------------
    (_P + "name", "scalar", {"id": "Nama produk seperti pada label.", "en": "Product name as on the label."}, None),
    (_P + "category", "scalar", {"id": "Kategori: packaged_food, ready_to_eat, textile, craft atau cosmetic.", "en": "Category: packaged_food, ready_to_eat, textile, craft or cosmetic."}, None),
    (_P + "channels", "list", {"id": "Saluran penjualan: event (area acara), hotel, souvenir (oleh-oleh).", "en": "Sales channels: event, hotel, souvenir."}, None),
    (_P + "kbli", "scalar", {"id": "Kode KBLI produk ini (5 digit, di antara tanda petik); harus ada di KBLI usaha.", "en": "This product's KBLI code (5 digits, in quotes); must be among the business's KBLI."}, None),
    (_P + "food_type", "scalar", {"id": "Jenis pangan, mis. coffee_tea, sugar_confectionery_honey, spices (lihat daftar jenis pangan P-IRT di standar: readiness explain FOOD-02). Pangan wajib SNI: iodised_salt (garam beriodium), bottled_water (air minum dalam kemasan), wheat_flour (tepung terigu), refined_sugar (gula kristal putih).",
                                  "en": "Food type, e.g. coffee_tea, sugar_confectionery_honey, spices (see readiness explain FOOD-02). Under a mandatory SNI: iodised_salt, bottled_water, wheat_flour, refined_sugar."}, None),
    (_P + "item_type", "scalar", {"id": "Jenis barang, mis. kendi, vas, gelang; toy untuk mainan anak (wajib SNI). Benda tajam seperti keris atau pisau dilarang di area acara.",
                                  "en": "Item type, e.g. jug, vase, bracelet; toy for a children's toy (mandatory SNI). Bladed items are banned at the venue."}, None),
    (_P + "net_content", "mapping", {"id": "Isi bersih per kemasan: angka dan satuan metrik (g, kg, ml, l), tulis mis. net_content: {amount: 250, unit: g}",
                                     "en": "Net content per pack: number and metric unit (g, kg, ml, l), e.g. net_content: {amount: 250, unit: g}"},
     {"amount": 250, "unit": "g"}),
    (_P + "shelf_life_days", "scalar", {"id": "Masa simpan dalam hari (dari tanggal produksi sampai kedaluwarsa); kurang dari 7 hari tidak memerlukan izin edar.",
                                        "en": "Shelf life in days; under 7 days needs no distribution permit."}, None),
    (_P + "packed_in_front_of_buyer", "flag", {"id": "true bila produk dikemas di depan pembeli, sedikit-sedikit sesuai pesanan (mis. kopi atau jus yang dituang di stan): tidak memerlukan izin edar.",
                                               "en": "true when the product is packed in front of the buyer, in small amounts on request (e.g. coffee or juice poured at the booth): needs no distribution permit."}, None),
    (_P + "minimal_processing", "flag", {"id": "true bila produk hanya dicuci, dikeringkan, digiling, dipotong, digarami, dibekukan, dicampur atau diblansir, tanpa bahan tambahan pangan: tidak memerlukan izin edar.",
                                         "en": "true when the product is only washed, dried, milled, cut, salted, frozen, mixed or blanched, with no food additives: needs no distribution permit."}, None),
    (_P + "halal_status", "scalar", {"id": "Status halal: claimed_halal (halal, bawaan bila kosong) atau non_halal (mengandung babi, alkohol atau bahan tidak halal lain: tidak perlu sertifikat halal, tetapi wajib keterangan \"tidak halal\").",
                                     "en": "Halal status: claimed_halal (the default when empty) or non_halal (contains pork, alcohol or other non-halal material: no halal certificate, but a \"not halal\" statement is required)."}, None),
    (_P + "storage", "scalar", {"id": "Cara penyimpanan: ambient (suhu ruang), chilled (dingin) atau frozen (beku).", "en": "Storage: ambient, chilled or frozen."}, None),
    (_P + "ingredients", "list", {"id": "Komposisi/bahan, mis. [biji kopi arabika sangrai].", "en": "Ingredients, e.g. [roasted arabica beans]."}, None),
    (_P + "allergens", "list", {"id": "Bahan alergen (susu, telur, kacang, gandum, ...); [] bila tidak ada.", "en": "Allergens (milk, egg, nuts, wheat, ...); [] if none."}, None),
    (_P + "price_idr", "scalar", {"id": "Harga jual dalam rupiah, tanpa titik, mis. 85000.", "en": "Selling price in rupiah, no separators, e.g. 85000."}, None),
    (_P + "capacity_per_month", "scalar", {"id": "Berapa unit yang sanggup Anda produksi per bulan.", "en": "How many units you can produce per month."}, None),
    (_P + "packaging.materials", "list", {"id": "Bahan kemasan, mis. [kraft paper, aluminium foil].", "en": "Packaging materials."}, None),
    (_P + "packaging.sealed", "flag", {"id": "true bila kemasan tersegel (seal panas, segel tutup).", "en": "true when the pack is sealed."}, None),
    (_P + "packaging.single_use_plastic", "flag", {"id": "true bila memakai plastik sekali pakai (kantong, sedotan, wadah), false bila tidak.", "en": "true when single-use plastic is used, else false."}, None),
    (_P + "label.language", "scalar", {"id": "Bahasa label: id (Indonesia) atau bilingual (Indonesia dan bahasa lain).", "en": "Label language: id or bilingual."}, None),
    (_P + "label.elements", "list", {"id": "Apa saja yang tercetak di label: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement (keterangan \"tidak halal\").",
                                     "en": "What the label shows: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement."}, None),
    (_P + "label.halal_logo", "scalar", {"id": "Logo halal di label: national (logo BPJPH ungu), mui_legacy (logo MUI lama) atau none.", "en": "Halal logo on the label: national, mui_legacy or none."}, None),
    (_P + "label.best_before_text", "scalar", {"id": "Tulisan kedaluwarsa di label, mis. \"Baik digunakan sebelum 12 2027\".", "en": "Best-before wording on the label."}, None),
    (_P + "label.smallest_text_mm", "scalar", {"id": "Tinggi huruf terkecil di label, dalam mm (ukur dengan penggaris).", "en": "Smallest text height on the label, in mm."}, None),
    (_P + "label.area_cm2", "scalar", {"id": "Luas label dalam cm2 (panjang x lebar).", "en": "Label area in cm2."}, None),
    (_P + "label.permanent", "flag", {"id": "true bila label dijahit/permanen pada kain.", "en": "true when the label is sewn in/permanent."}, None),
    (_P + "permits", "records", {"id": "Izin produk (P-IRT, BPOM, sertifikat halal, notifikasi kosmetik, SPPT-SNI): jenis, nomor, tanggal terbit/berlaku seperti pada sertifikat; sertifikat halal lama dari MUI ditandai by: MUI. Contoh, hapus tanda # lalu isi:",
                                 "en": "Product permits (P-IRT, BPOM, halal, cosmetic notification, SPPT-SNI): type, number, dates as on the certificate; an old MUI halal certificate has by: MUI. Example, remove the # and fill in:"},
     "permits"),
    (_P + "documents", "records", {"id": "Dokumen produk (hasil uji laboratorium, pernyataan bebas timbal, dokumen asal-usul kayu SVLK/V-Legal atau nota asal-usul). Contoh, hapus tanda # lalu isi:",
                                   "en": "Product documents (lab test report, lead-free declaration, legal-origin document for timber: SVLK/V-Legal or a dealer's note). Example, remove the # and fill in:"},
     "documents"),
    (_P + "materials", "list", {"id": "Bahan baku, mis. [tanah liat, bambu].", "en": "Materials, e.g. [clay, bamboo]."}, None),
    (_P + "food_contact", "flag", {"id": "true bila barang dipakai untuk makanan/minuman (piring, kendi, gelas).", "en": "true when the item touches food or drink."}, None),
    (_P + "animal_derived", "flag", {"id": "true bila memakai bahan hewani (kulit, tulang, sutra).", "en": "true when animal-derived materials are used."}, None),
    (_P + "marks", "list", {"id": "Logo/nama acara yang tercetak di produk (mis. MotoGP); kosongkan bila tidak ada.", "en": "Event logos/names on the product (e.g. MotoGP); leave empty if none."}, None),
    (_P + "licences", "records", {"id": "Lisensi untuk setiap merek acara di atas. Contoh, hapus tanda # lalu isi:", "en": "A licence for each event mark above. Example, remove the # and fill in:"},
     [{"mark": "MotoGP", "holder": "Dorna Sports", "number": "...", "expires": "2027-12-31"}]),
    (_P + "gi_claim", "scalar", {"id": "Indikasi geografis yang diklaim (mis. Tenun Ikat Sumba); kosongkan bila tidak ada.", "en": "Geographical indication claimed; leave empty if none."}, None),
    (_P + "gi_member", "flag", {"id": "true bila Anda anggota MPIG (Masyarakat Perlindungan Indikasi Geografis) tersebut.", "en": "true when you are a member of the GI association (MPIG)."}, None),
    (_P + "technique", "scalar", {"id": "Teknik: handwoven (tenun tangan), machine_woven (tenun mesin), handmade (buatan tangan) atau machine_made.", "en": "Technique: handwoven, machine_woven, handmade or machine_made."}, None),
    (_P + "origin.village", "scalar", {"id": "Desa asal pembuatan, mis. Sukarara.", "en": "Village of origin."}, None),
    (_P + "fibres", "records", {"id": "Komposisi serat dalam persen (jumlah 100). Contoh, hapus tanda # lalu isi:", "en": "Fibre composition in percent (adding up to 100). Example, remove the # and fill in:"},
     [{"material": "katun", "percent": 80}, {"material": "sutra", "percent": 20}]),
]
IDENTITY = {_B + "name", _B + "owner.name", _B + "nib", _B + "address.street", _B + "address.village",
            _B + "address.district", _B + "address.regency", _B + "address.province",
            _B + "contact.phone", _P + "name", _P + "category", _P + "channels"}
_FIELD_KEYS = [f[0] for f in FIELDS]

_EXAMPLE_RECORDS = {
    "pirt": {"type": "pirt", "number": "P-IRT No. 3105203010123-29", "issued": "2024-03-01"},
    "bpom_md": {"type": "bpom_md", "number": "BPOM RI MD 123456789012", "issued": "2024-01-10", "expires": "2029-01-10"},
    "bpom_na": {"type": "bpom_na", "number": "NA18230100123", "issued": "2024-01-10", "expires": "2027-01-10"},
    "halal": {"type": "halal", "number": "ID52110000123450324", "scheme": "self_declare", "issued": "2024-03-15", "recipe_unchanged": True},
    "pkp": {"type": "pkp", "number": "PKP/5203/2024/0117", "holder": "Nama pemilik", "issued": "2024-02-20"},
    "slhs": {"type": "slhs", "number": "SLHS/5202/DINKES/2024/031", "issued": "2024-05-20", "expires": "2027-05-20"},
    "label_hsp": {"type": "label_hsp", "number": "...", "issued": "2025-01-15"},
    "food_handler_training": {"type": "food_handler_training", "holder": "Nama pemilik", "issued": "2023-11-10"},
    "lab_test": {"type": "lab_test", "by": "Balai Standardisasi dan Pelayanan Jasa Industri", "number": "...", "issued": "2025-06-01"},
    "lead_free_declaration": {"type": "lead_free_declaration", "issued": "2025-06-01"},
    "legal_origin": {"type": "legal_origin", "by": "Pedagang kayu bersertifikat SVLK", "number": "...", "issued": "2025-06-01"},
    "sni": {"type": "sni", "by": "LSPro", "number": "...", "issued": "2025-01-10", "expires": "2029-01-10"},
}


# --- which fields matter: readiness.standards.fields.needed_fields -------------------------


def _selected(paths: set[str], prefix: str) -> list[str]:
    keys = []
    for key in _FIELD_KEYS:
        if not key.startswith(prefix):
            continue
        if key in IDENTITY or any(p == key or p.startswith(key + ".") or key.startswith(p + ".")
                                  for p in paths):
            keys.append(key)
    return keys


# --- writing YAML with comments -------------------------------------------------------------


def _scalar(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    return json.dumps(str(v), ensure_ascii=False)


def _flow(v: Any) -> str:
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k}: {_flow(x)}" for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(_flow(x) for x in v) + "]"
    return _scalar(v)


def _wrap(text: str, indent: str, width: int = 96) -> list[str]:
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(indent) + 2 + len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    if cur:
        lines.append(cur)
    return [f"{indent}# {line}" for line in lines]


def _emit(keys: list[str], prefix: str, values: dict, indent: str, lang: str, types: dict) -> list[str]:
    """Lines for the fields under prefix; nested mappings grouped under their parent."""
    spec = {f[0]: f for f in FIELDS}
    out: list[str] = []
    open_parents: list[str] = []
    for key in keys:
        rel = key[len(prefix):]
        parts = rel.split(".")
        # open the parent mappings (address:, label:, ...) once
        for depth, part in enumerate(parts[:-1]):
            parent = ".".join(parts[: depth + 1])
            if parent not in open_parents:
                open_parents.append(parent)
                out.append(f"{indent}{'  ' * depth}{part}:")
        ind = indent + "  " * (len(parts) - 1)
        _, kind, comment, example = spec[key]
        name = parts[-1]
        val = values.get(key)
        out.extend(_wrap(comment.get(lang) or comment["id"], ind))
        if kind == "records":
            if val:
                out.append(f"{ind}{name}:")
                for rec in val:
                    out.append(f"{ind}  - {_flow(rec)}")
                continue
            recs = example
            if isinstance(example, str):  # types chosen by the rules that apply
                wanted = sorted(types.get(key, set()))
                recs = [_EXAMPLE_RECORDS[t] for t in wanted if t in _EXAMPLE_RECORDS] or \
                    [{"type": wanted[0] if wanted else "other", "number": "..."}]
            out.append(f"{ind}{name}:")
            for rec in recs:
                out.append(f"{ind}#  - {_flow(rec)}")
        elif kind == "mapping":
            out.append(f"{ind}{name}:" + (f" {_flow(val)}" if val else ""))
        elif kind == "list":
            out.append(f"{ind}{name}:" + (f" {_flow(val)}" if val else ""))
        else:
            out.append(f"{ind}{name}:" + (f" {_scalar(val)}" if val is not None else ""))
    return out


def render_template(rs, products: list[dict], business: dict | None = None, *, lang: str = "id") -> str:
    """The YAML text of a commented dossier template.

    products: [{"name": ..., "category": ..., "channels": [...]}, ...]; business: values for
    business fields keyed like "business.nib" (optional; interactive init fills them)."""
    business = dict(business or {})
    biz_paths, per_paths, types, _ = needed_fields(rs, products)
    ev = rs.event or {}
    title = (rs.title or {}).get(lang) or (rs.title or {}).get("id") or rs.id
    head_id = [
        f"Dosir produk IKM untuk standar {rs.ref}: {title}.",
        "Isi setiap kolom sesuai dokumen asli; biarkan kosong bila belum punya (hasil pemeriksaan akan "
        "menyebutnya 'lengkapi data'). Tulis nomor (NIB, NPWP, telepon, KBLI) di antara tanda petik.",
        "Periksa dengan: readiness check NAMA-FILE.yaml  -  arti setiap syarat: readiness explain ID-SYARAT",
    ]
    head_en = [
        f"IKM product dossier for the standard {rs.ref}: {title}.",
        "Fill in every field from the original documents; leave it empty when you do not have it yet (the "
        "check will call it 'missing data'). Write numbers (NIB, NPWP, phone, KBLI) in quotes.",
        "Check it with: readiness check FILE.yaml  -  what each requirement means: readiness explain RULE-ID",
    ]
    lines: list[str] = []
    for h in (head_en if lang == "en" else head_id):
        lines.extend(_wrap(h, ""))
    if ev.get("start"):
        lines.append(f"# {'Event' if lang == 'en' else 'Acara'}: {ev.get('start')} - {ev.get('end')}")
    lines.append(f"format: {FORMAT}")
    lines.append("business:")
    business.setdefault("business.name", "Nama usaha" if lang != "en" else "Business name")
    lines.extend(_emit(_selected(biz_paths, _B), _B, business, "  ", lang, types[0]))
    lines.append("products:")
    for i, p in enumerate(products):
        vals = {k if k.startswith(_P) else _P + k: v for k, v in (p.get("values") or {}).items()}
        vals[_P + "name"] = p.get("name") or (f"Produk {i + 1}" if lang != "en" else f"Product {i + 1}")
        vals[_P + "category"] = p["category"]
        vals[_P + "channels"] = list(p["channels"])
        cat = (CATEGORY_TEXT.get(p["category"]) or {}).get(lang) or p["category"]
        chans = ", ".join((CHANNEL_TEXT.get(c) or {}).get(lang, c) for c in p["channels"])
        lines.append(f"  # --- {'Product' if lang == 'en' else 'Produk'} {i + 1}: {cat}; {chans}")
        body = _emit(_selected(per_paths[i], _P), _P, vals, "    ", lang, types[i + 1])
        # the first key of a list item carries the dash
        first = next(j for j, line in enumerate(body) if not line.lstrip().startswith("#"))
        body[first] = "  - " + body[first][4:]
        lines.extend(body)
    return "\n".join(lines) + "\n"


def parse_channels(text: str) -> list[str]:
    """"event, hotel" -> ["event", "hotel"]; raises ValueError naming the unknown one."""
    import difflib

    out = []
    for part in re.split(r"[,\s]+", text.strip()):
        if not part:
            continue
        p = part.casefold()
        if p not in CHANNELS:
            hint = difflib.get_close_matches(p, CHANNELS, 1)
            raise ValueError(f"unknown channel '{part}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")
                             + f"; expected {', '.join(CHANNELS)}")
        if p not in out:
            out.append(p)
    if not out:
        raise ValueError(f"give at least one channel: {', '.join(CHANNELS)}")
    return out
