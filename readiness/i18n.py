"""Message catalogue: what a check outcome means, in Indonesian (default) and English.

Check kinds return a message code and arguments; this module turns them into plain words.
Field names, label elements and document types have labels a business owner understands.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

LANGS = ("id", "en")

MESSAGES: dict[str, dict[str, str]] = {
    "ok": {"id": "Terpenuhi.", "en": "Met."},
    "absent": {"id": "Data belum diisi: {fields}.", "en": "Not given in the dossier: {fields}."},
    "bad_format": {"id": "{field} tertulis '{value}'; seharusnya {expected}.",
                   "en": "{field} reads '{value}'; expected {expected}."},
    "not_allowed": {"id": "{field} bernilai '{value}'; yang diterima: {allowed}.",
                    "en": "{field} is '{value}'; accepted: {allowed}."},
    "forbidden": {"id": "{field} memuat '{value}', yang tidak diperbolehkan.",
                  "en": "{field} includes '{value}', which is not allowed."},
    "not_equal": {"id": "{field} bernilai {value}; seharusnya {expected}.",
                  "en": "{field} is {value}; expected {expected}."},
    "not_a_number": {"id": "{field} bukan angka: '{value}'.", "en": "{field} is not a number: '{value}'."},
    "below_min": {"id": "{field} {value}, kurang dari batas minimal {min}.",
                  "en": "{field} is {value}, below the minimum of {min}."},
    "above_needed": {"id": "{field} {value}; harus lebih dari {min}.",
                     "en": "{field} is {value}; it must be more than {min}."},
    "lacks_items": {"id": "{field} belum memuat: {items}.", "en": "{field} lacks: {items}."},
    "bad_sum": {"id": "Jumlah {field} adalah {value}, seharusnya {total}.",
                "en": "{field} adds up to {value}, not {total}."},
    "no_document": {"id": "Tidak ada {types}.", "en": "No {types}."},
    "bad_number": {"id": "Nomor {type} '{value}' tidak sesuai format.",
                   "en": "The {type} number '{value}' is not well formed."},
    "no_expiry": {"id": "Masa berlaku {type} tidak diketahui (isi tanggal terbit atau berlaku s/d).",
                  "en": "The validity of the {type} is unknown (give its issue or expiry date)."},
    "expires_before_event": {
        "id": "{type} berlaku s/d {expires}, sebelum acara berakhir ({event_end}).",
        "en": "The {type} is valid until {expires}, before the event ends ({event_end})."},
    "entry_too_old": {"id": "Kurasi tanggal {date} sudah lebih dari batas (paling awal {earliest}).",
                      "en": "The curation of {date} is too old (earliest accepted {earliest})."},
    "entry_after_event": {"id": "Kurasi tanggal {date} dilakukan setelah acara dimulai ({event_start}).",
                          "en": "The curation of {date} took place after the event started ({event_start})."},
    "lacks_entry_kinds": {"id": "Belum ada kurasi yang lulus sejak {earliest} oleh: {kinds}.",
                          "en": "No passed curation since {earliest} by: {kinds}."},
    "unlicensed_mark": {"id": "Merek '{mark}' dipakai tanpa lisensi.",
                        "en": "The mark '{mark}' is used without a licence."},
    "pirt_malformed": {"id": "Nomor P-IRT '{value}' tidak terdiri dari 15 digit.",
                       "en": "The P-IRT number '{value}' does not have 15 digits."},
    "pirt_regency": {"id": "Nomor P-IRT '{value}' memuat kode daerah {got}, padahal {regency} berkode {want}.",
                     "en": "The P-IRT number '{value}' carries regency code {got}, but {regency} is {want}."},
    "pirt_year": {"id": "Nomor P-IRT '{value}' berakhir {got}, padahal terbit {issued} berarti {want}.",
                  "en": "The P-IRT number '{value}' ends in {got}, but issued {issued} means {want}."},
    "pirt_expiry_date_needed": {
        "id": "Nomor P-IRT hanya menyebut tahun berakhir {year}, tahun acara: tanggal berakhirnya "
              "sertifikat diperlukan (isi tanggal terbit atau berlaku s/d dari sertifikat SPP-IRT).",
        "en": "The P-IRT number gives only the expiry year {year}, the event's year: the "
              "certificate's expiry date is needed (give its issue or expiry date from the SPP-IRT)."},
    "pirt_year_before_event": {
        "id": "Menurut nomornya, P-IRT berakhir pada tahun {year}, sebelum acara berakhir ({event_end}).",
        "en": "By its number the P-IRT expires in {year}, before the event ends ({event_end})."},
    "needs_officer": {"id": "Perlu penilaian petugas: {instructions}",
                      "en": "Needs an officer's verdict: {instructions}"},
    "pending_officer": {"id": "menunggu penilaian petugas sebelum acara.",
                        "en": "awaiting the officer's verdict before the event."},
    "waived": {"id": "Dikecualikan oleh {officer} s/d {expires}: {reason}",
               "en": "Waived by {officer} until {expires}: {reason}"},
    "waived_approved": {"id": "Dikecualikan oleh {officer}, disetujui oleh {approved_by}, s/d "
                              "{expires}: {reason}",
                        "en": "Waived by {officer}, approved by {approved_by}, until {expires}: "
                              "{reason}"},
    "waiver_expired": {"id": "Pengecualian oleh {officer} sudah berakhir pada {expires}.",
                       "en": "The waiver by {officer} expired on {expires}."},
    "waiver_not_yet": {"id": "Pengecualian oleh {officer} baru berlaku mulai {date}; belum berlaku.",
                       "en": "The waiver by {officer} takes effect only on {date}; not yet in effect."},
    "verdict_not_yet": {"id": "Penilaian petugas {officer} bertanggal {date}, setelah tanggal "
                              "pemeriksaan; belum dicatat.",
                        "en": "Officer {officer}'s verdict is dated {date}, after the check's date; "
                              "not yet recorded."},
    "officer_verdict": {"id": "Penilaian petugas {officer} ({date}): {verdict}. {note}",
                        "en": "Officer {officer}'s verdict ({date}): {verdict}. {note}"},
}

FIELDS: dict[str, dict[str, str]] = {
    "business.nib": {"id": "NIB", "en": "NIB"},
    "business.nib_risk_based": {"id": "NIB berbasis risiko", "en": "risk-based NIB"},
    "business.npwp": {"id": "NPWP", "en": "tax ID (NPWP)"},
    "business.scale": {"id": "skala usaha", "en": "business scale"},
    "business.kbli": {"id": "KBLI usaha", "en": "business KBLI codes"},
    "business.address.province": {"id": "provinsi", "en": "province"},
    "business.address.regency": {"id": "kabupaten/kota", "en": "regency/city"},
    "business.address": {"id": "alamat usaha", "en": "business address"},
    "business.contact.phone": {"id": "nomor telepon", "en": "phone number"},
    "business.trademark.status": {"id": "status merek", "en": "trademark status"},
    "business.payments.qris_nmid": {"id": "NMID QRIS", "en": "QRIS NMID"},
    "business.curation": {"id": "hasil kurasi", "en": "curation results"},
    "business.documents": {"id": "dokumen usaha", "en": "business documents"},
    "business.declarations.no_hazardous_additives": {"id": "pernyataan bebas bahan berbahaya",
                                                     "en": "no-hazardous-additives declaration"},
    "business.declarations.no_subsidised_lpg": {"id": "pernyataan tidak memakai LPG bersubsidi",
                                                "en": "no-subsidised-LPG declaration"},
    "business.declarations.non_halal_signage": {"id": "pemberitahuan \"tidak halal\" di stan dan menu",
                                                "en": "\"not halal\" notice at the booth and on the menu"},
    "permits": {"id": "izin produk", "en": "product permits"},
    "permits.expires": {"id": "tanggal berlaku s/d", "en": "expiry date"},
    "permits.by": {"id": "penerbit", "en": "issuer"},
    "permits.number": {"id": "nomor izin", "en": "permit number"},
    "permits.recipe_unchanged": {"id": "pernyataan resep tidak berubah", "en": "recipe-unchanged statement"},
    "documents": {"id": "dokumen produk", "en": "product documents"},
    "label": {"id": "label", "en": "label"},
    "label.elements": {"id": "unsur label", "en": "label elements"},
    "label.language": {"id": "bahasa label", "en": "label language"},
    "label.halal_logo": {"id": "logo halal pada label", "en": "halal logo on the label"},
    "label.best_before_text": {"id": "tulisan kedaluwarsa", "en": "best-before wording"},
    "label.smallest_text_mm": {"id": "tinggi huruf terkecil (mm)", "en": "smallest text height (mm)"},
    "label.permanent": {"id": "label permanen", "en": "permanent label"},
    "food_type": {"id": "jenis pangan", "en": "food type"},
    "storage": {"id": "cara penyimpanan", "en": "storage"},
    "shelf_life_days": {"id": "masa simpan (hari)", "en": "shelf life (days)"},
    "packed_in_front_of_buyer": {"id": "dikemas di depan pembeli", "en": "packed in front of the buyer"},
    "minimal_processing": {"id": "hanya penanganan pascapanen sederhana", "en": "minimal post-harvest processing only"},
    "halal_status": {"id": "status halal", "en": "halal status"},
    "net_content": {"id": "isi bersih", "en": "net content"},
    "net_content.unit": {"id": "satuan isi bersih", "en": "net content unit"},
    "price_idr": {"id": "harga (Rp)", "en": "price (IDR)"},
    "capacity_per_month": {"id": "kapasitas per bulan", "en": "capacity per month"},
    "packaging.sealed": {"id": "kemasan tersegel", "en": "sealed packaging"},
    "packaging.single_use_plastic": {"id": "plastik sekali pakai", "en": "single-use plastic"},
    "technique": {"id": "teknik pembuatan", "en": "technique"},
    "origin.village": {"id": "desa asal", "en": "village of origin"},
    "fibres.percent": {"id": "persentase serat", "en": "fibre percentages"},
    "fibres": {"id": "komposisi serat", "en": "fibre composition"},
    "item_type": {"id": "jenis barang", "en": "item type"},
    "materials": {"id": "bahan", "en": "materials"},
    "marks": {"id": "merek event", "en": "event marks"},
    "gi_member": {"id": "keanggotaan MPIG", "en": "MPIG membership"},
    "kbli": {"id": "KBLI produk", "en": "product KBLI"},
    "channels": {"id": "saluran penjualan", "en": "sales channels"},
    "category": {"id": "kategori", "en": "category"},
    "number": {"id": "nomor", "en": "number"},
}

TERMS: dict[str, dict[str, str]] = {
    # label elements
    "product_name": {"id": "nama produk", "en": "product name"},
    "ingredients": {"id": "komposisi/daftar bahan", "en": "ingredient list"},
    "net_content": {"id": "isi bersih", "en": "net content"},
    "producer_address": {"id": "nama dan alamat produsen", "en": "producer name and address"},
    "production_code": {"id": "kode produksi", "en": "production code"},
    "best_before": {"id": "tanggal kedaluwarsa", "en": "best-before date"},
    "permit_number": {"id": "nomor izin edar", "en": "permit number"},
    "allergens": {"id": "informasi alergen", "en": "allergen statement"},
    "storage": {"id": "cara penyimpanan", "en": "storage instructions"},
    "halal_logo": {"id": "logo halal", "en": "halal logo"},
    "production_date": {"id": "tanggal produksi", "en": "production date"},
    "non_halal_statement": {"id": "keterangan \"tidak halal\"", "en": "\"not halal\" statement"},
    # permits and documents
    "pirt": {"id": "SPP-IRT (P-IRT)", "en": "SPP-IRT (P-IRT) certificate"},
    "bpom_md": {"id": "izin edar BPOM MD", "en": "BPOM MD registration"},
    "bpom_ml": {"id": "izin edar BPOM ML", "en": "BPOM ML registration"},
    "bpom_na": {"id": "notifikasi kosmetik BPOM (NA)", "en": "BPOM cosmetic notification (NA)"},
    "halal": {"id": "sertifikat halal", "en": "halal certificate"},
    "slhs": {"id": "Sertifikat Laik Higiene Sanitasi (SLHS)", "en": "hygiene certificate (SLHS)"},
    "label_hsp": {"id": "Label Pembinaan/Pengawasan HSP", "en": "HSP hygiene label"},
    "pkp": {"id": "sertifikat PKP (penyuluhan keamanan pangan)", "en": "food-safety counselling (PKP) certificate"},
    "food_handler_training": {"id": "sertifikat pelatihan penjamah pangan", "en": "food-handler training certificate"},
    "lab_test": {"id": "hasil uji laboratorium", "en": "laboratory test report"},
    "lead_free_declaration": {"id": "pernyataan bebas timbal", "en": "lead-free declaration"},
    "legal_origin": {"id": "dokumen asal-usul kayu yang sah (SVLK/V-Legal atau nota asal-usul)",
                     "en": "legal-origin document for the timber (SVLK/V-Legal or a dealer's note)"},
    "sni": {"id": "sertifikat SPPT-SNI", "en": "SNI product certificate (SPPT-SNI)"},
    "MUI": {"id": "MUI (sebelum BPJPH)", "en": "MUI (before BPJPH)"},
    "government": {"id": "pemerintah (dinas provinsi/kabupaten)", "en": "government (provincial or regency office)"},
    "organizer": {"id": "penyelenggara (MGPA)", "en": "organizer (MGPA)"},
    "any": {"id": "siapa pun", "en": "anyone"},
    # enumerated dossier values, as a person would say them
    "registered": {"id": "terdaftar", "en": "registered"},
    "filed": {"id": "dalam proses pendaftaran", "en": "filed"},
    "none": {"id": "belum ada", "en": "none"},
    "micro": {"id": "mikro", "en": "micro"},
    "small": {"id": "kecil", "en": "small"},
    "medium": {"id": "menengah", "en": "medium"},
    "large": {"id": "besar", "en": "large"},
    "handwoven": {"id": "tenun tangan", "en": "handwoven"},
    "machine_woven": {"id": "tenun mesin", "en": "machine-woven"},
    "national": {"id": "Label Halal Indonesia", "en": "the national Halal Indonesia label"},
    "mui_legacy": {"id": "logo MUI lama", "en": "the old MUI logo"},
    "self_declare": {"id": "self-declare", "en": "self-declare"},
    "claimed_halal": {"id": "halal", "en": "halal"},
    "non_halal": {"id": "tidak halal", "en": "not halal"},
    # food and item types under a mandatory SNI (and their neighbours)
    "iodised_salt": {"id": "garam konsumsi beriodium", "en": "iodised salt"},
    "bottled_water": {"id": "air minum dalam kemasan", "en": "bottled drinking water"},
    "wheat_flour": {"id": "tepung terigu", "en": "wheat flour"},
    "refined_sugar": {"id": "gula kristal putih", "en": "refined white sugar"},
    "toy": {"id": "mainan anak", "en": "children's toy"},
    "regular": {"id": "reguler", "en": "regular"},
    "ambient": {"id": "suhu ruang", "en": "room temperature"},
    "chilled": {"id": "dingin", "en": "chilled"},
    "frozen": {"id": "beku", "en": "frozen"},
    "packaged_food": {"id": "pangan olahan kemasan", "en": "packaged food"},
    "ready_to_eat": {"id": "pangan siap saji", "en": "ready-to-eat food"},
    "textile": {"id": "tekstil", "en": "textile"},
    "craft": {"id": "kerajinan", "en": "craft"},
    "cosmetic": {"id": "kosmetik", "en": "cosmetic"},
    "event": {"id": "stan acara", "en": "event booth"},
    "hotel": {"id": "pasokan hotel", "en": "hotel supply"},
    "souvenir": {"id": "toko suvenir", "en": "souvenir shops"},
    True: {"id": "ya", "en": "yes"},
    False: {"id": "tidak", "en": "no"},
    "pass": {"id": "lulus", "en": "pass"},
    "fail": {"id": "tidak lulus", "en": "fail"},
}

STATUS = {
    "pass": {"id": "lulus", "en": "pass"},
    "fail": {"id": "perbaiki", "en": "fix"},
    "missing": {"id": "lengkapi data", "en": "missing data"},
    "not_applicable": {"id": "tidak berlaku", "en": "not applicable"},
    "pending_officer": {"id": "menunggu penilaian petugas sebelum acara.",
                        "en": "awaiting the officer's verdict before the event."},
    "waived": {"id": "dikecualikan", "en": "waived"},
    "manual": {"id": "perlu petugas", "en": "officer to judge"},
}
VERDICT = {
    "ready": {"id": "SIAP", "en": "READY"},
    "conditional": {"id": "SIAP BERSYARAT", "en": "CONDITIONALLY READY"},
    "not_ready": {"id": "BELUM SIAP", "en": "NOT READY"},
}
SEVERITY = {
    "blocker": {"id": "penghalang", "en": "blocker"},
    "major": {"id": "utama", "en": "major"},
    "minor": {"id": "ringan", "en": "minor"},
}

_MONTHS = {
    "id": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
           "Oktober", "November", "Desember"],
}


def pick(d: dict | None, lang: str) -> str:
    if not d:
        return ""
    return d.get(lang) or d.get("id") or next(iter(d.values()), "")


def date_text(value: Any, lang: str) -> str:
    """A date in words for messages: 20 Mei 2027 / 20 May 2027."""
    return _date_text(value if isinstance(value, str) else str(value) if isinstance(value, dt.date) else value,
                      lang) if isinstance(value, (str, dt.date)) else str(value)


@lru_cache(maxsize=1024)
def _date_text(value: Any, lang: str) -> str:
    if isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value[:10])
        except ValueError:
            return value
    if not isinstance(value, dt.date):
        return str(value)
    try:
        from babel.dates import format_date

        return format_date(value, format="long", locale="id_ID" if lang == "id" else "en_GB")
    except ImportError:  # pragma: no cover - babel is a dependency
        return value.isoformat()


def term(value: Any, lang: str) -> str:
    t = TERMS.get(value) if isinstance(value, (str, bool)) else None
    return pick(t, lang) if t else str(value)


def field_label(name: str, lang: str) -> str:
    t = FIELDS.get(name)
    return pick(t, lang) if t else name


def _fmt_arg(key: str, v: Any, lang: str) -> str:
    if key in ("field",):
        return field_label(str(v), lang)
    if key == "fields":
        return ", ".join(field_label(str(x), lang) for x in v)
    if key in ("items", "kinds", "types"):
        return ", ".join(term(x, lang) for x in v)
    if key in ("expires", "event_end", "event_start", "earliest", "date", "issued"):
        return date_text(v, lang)
    if key == "type":
        return term(v, lang)
    if key in ("expected", "instructions") and isinstance(v, dict):
        return pick(v, lang) if v else ("-" if key == "expected" else "")
    if isinstance(v, bool):
        return term(v, lang)
    if key in ("value", "allowed", "expected") and isinstance(v, (str, list)):
        return ", ".join(term(x, lang) for x in (v if isinstance(v, list) else [v]))
    if isinstance(v, list):
        return ", ".join(map(str, v))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


_TR: dict[tuple, str] = {}


def _key(v: Any) -> Any:
    """A hashable form of a message argument that keeps its type (True and 1 read differently)."""
    t = type(v)
    if t is list or t is tuple:
        return (t, tuple(_key(x) for x in v))
    if t is dict:
        return (t, tuple((k, _key(x)) for k, x in v.items()))
    return (t, v)


def tr(code: str, lang: str, **args: Any) -> str:
    """The message `code` in `lang` with its arguments. Batch words the same few dozen messages
    thousands of times, so a wording is remembered (bounded) by its code and arguments."""
    try:
        key = (code, lang, tuple((k, _key(v)) for k, v in args.items()))
        hit = _TR.get(key)
    except TypeError:  # an unhashable argument
        key = hit = None
    if hit is not None:
        return hit
    text = _tr(code, lang, args)
    if key is not None and len(_TR) < 2048:   # bounded: batch memory must not grow
        _TR[key] = text
    return text


def _tr(code: str, lang: str, args: dict) -> str:
    tmpl = MESSAGES.get(code)
    if tmpl is None:
        return code + (" " + repr(args) if args else "")
    text = pick(tmpl, lang)
    values = {k: _fmt_arg(k, v, lang) for k, v in args.items()}
    try:
        text = text.format(**values)
    except (KeyError, IndexError):
        pass
    return text[:1].upper() + text[1:]

UI: dict[str, dict[str, str]] = {
    "standard": {"id": "Standar", "en": "Standard"},
    "event": {"id": "Acara", "en": "Event"},
    "as_of": {"id": "Per tanggal", "en": "As of"},
    "certified": {"id": "SERTIFIKAT DITERBITKAN", "en": "CERTIFICATE ISSUED"},
    "eligible": {"id": "MEMENUHI SYARAT SERTIFIKAT", "en": "A CERTIFICATE IS DUE"},
    "not_certified": {"id": "BELUM ADA SERTIFIKAT (lihat laporan kekurangan)",
                      "en": "NO CERTIFICATE (see the gap report)"},
    "certificate_no": {"id": "Nomor sertifikat", "en": "Certificate number"},
    "business": {"id": "Usaha", "en": "Business"},
    "product": {"id": "Produk", "en": "Product"},
    "score": {"id": "skor", "en": "score"},
    "line": {"id": "baris", "en": "line"},
    "conditions": {"id": "Syarat sertifikat", "en": "Conditions of the certificate"},
    "summary": {"id": "Ringkasan", "en": "Summary"},
    "go_to": {"id": "Hubungi", "en": "Go to"},
    "all_met": {"id": "Semua persyaratan terpenuhi.", "en": "All requirements met."},
    "not_applicable_n": {"id": "{n} tidak berlaku", "en": "{n} not applicable"},
    "planning_dates": {"id": "tanggal perencanaan, belum dikonfirmasi",
                       "en": "planning dates, not yet confirmed"},
    "gain": {"id": "skor naik {gain} poin", "en": "score +{gain} points"},
    "top_gaps": {"id": "Yang perlu diperbaiki dulu", "en": "Fix these first"},
    "more_gaps": {"id": "dan {n} kekurangan lain", "en": "and {n} more gaps"},
    "details": {"id": "Rincian", "en": "Details"},
    # one line on stderr when a superseded edition is used (results stay reproducible)
    "superseded": {"id": "catatan: {edition} sudah digantikan oleh {successor}; pemeriksaan ini tetap "
                         "memakai {edition} (periksa dengan --standard {successor} untuk edisi yang berlaku)",
                   "en": "note: {edition} is superseded by {successor}; this check still uses {edition} "
                         "(use --standard {successor} for the edition in force)"},
    "superseded_base": {"id": "catatan: {ref} memperluas {edition}, yang sudah digantikan oleh {successor}; "
                              "pertimbangkan extends: {successor}",
                        "en": "note: {ref} extends {edition}, which is superseded by {successor}; "
                              "consider extends: {successor}"},
    "status_current": {"id": "berlaku", "en": "in force"},
    "status_superseded": {"id": "digantikan oleh {successor}", "en": "superseded by {successor}"},
    "status_default": {"id": " (dipakai untuk '{id}' tanpa versi)", "en": " (used for '{id}' without a version)"},
}


def ui(key: str, lang: str, **args: Any) -> str:
    text = pick(UI.get(key), lang) or key
    return text.format(**args) if args else text


# --- error messages in Indonesian ------------------------------------------------------------
# Errors are raised in English (they name paths, values and technical terms); the CLI shows
# them in the chosen language by rewriting the phrases below, longest first. Anything not
# listed stays as it is, so a message is never lost, only partly translated.
ERROR_PHRASES_ID: list[tuple[str, str]] = [
    (r"file not found", "berkas tidak ditemukan"),
    (r"rule-set file not found", "berkas standar tidak ditemukan"),
    (r"file is empty; expected a dossier starting with 'format: readiness-dossier/1'",
     "berkas kosong; seharusnya dosir yang diawali 'format: readiness-dossier/1'"),
    (r"file is empty", "berkas kosong"),
    (r"top level must be a mapping \(format:, business:, products:\), found a (\w+)",
     r"isi berkas harus berupa pemetaan (format:, business:, products:), ditemukan \1"),
    (r"top level must be a mapping", "isi berkas harus berupa pemetaan (kunci: nilai)"),
    (r"missing 'format'; expected 'format: ([^']+)' as the first line",
     r"'format' tidak ada; baris pertama seharusnya 'format: \1'"),
    (r"unsupported format ('[^']*'); this version of readiness reads ('[^']*')",
     r"format \1 tidak didukung; versi readiness ini membaca \2"),
    (r"unknown field ('[^']*') \(did you mean ('[^']*')\?\)", r"kolom \1 tidak dikenal (mungkin maksudnya \2?)"),
    (r"unknown field ('[^']*'); known fields here: ", r"kolom \1 tidak dikenal; kolom yang dikenal di sini: "),
    (r"unknown field ('[^']*')", r"kolom \1 tidak dikenal"),
    (r"unknown value (.*?); expected one of (.*?) \(did you mean ('[^']*')\?\)",
     r"nilai \1 tidak dikenal; seharusnya salah satu dari \2 (mungkin maksudnya \3?)"),
    (r"unknown value (.*?); expected one of ", r"nilai \1 tidak dikenal; seharusnya salah satu dari "),
    (r"required field is missing", "kolom wajib belum diisi"),
    (r"not a valid date (.*?); expected an ISO date YYYY-MM-DD that exists",
     r"tanggal \1 tidak valid; seharusnya tanggal yang ada, ditulis TTTT-BB-HH (mis. 2026-07-02)"),
    (r"must be text: put the number in quotes \(e\.g\. \"0220104455667\"\) so leading zeros are kept",
     "harus berupa teks: tulis angkanya di antara tanda kutip (mis. \"0220104455667\") agar angka 0 di depan tidak hilang"),
    (r"input should be a valid integer, unable to parse string as an integer", "seharusnya bilangan bulat"),
    (r"input should be a valid integer", "seharusnya bilangan bulat"),
    (r"input should be a valid number, unable to parse string as a number", "seharusnya angka"),
    (r"input should be a valid number", "seharusnya angka"),
    (r"input should be a valid boolean", "seharusnya true (ya) atau false (tidak)"),
    (r"input should be a valid list", "seharusnya daftar (list)"),
    (r"input should be a valid string", "seharusnya teks"),
    (r"input should be a valid dictionary or instance of \w+", "seharusnya pemetaan (kunci: nilai)"),
    (r"input should be greater than or equal to", "seharusnya paling sedikit"),
    (r"input should be greater than", "seharusnya lebih dari"),
    (r"input should be less than or equal to", "seharusnya paling banyak"),
    (r"list should have at least 1 item after validation, not 0", "daftar tidak boleh kosong"),
    (r"string should have at least 1 character", "teks tidak boleh kosong"),
    (r"too many products: (\d+); at most (\d+) per dossier \(split the business into several dossiers or raise the limit\)",
     r"produk terlalu banyak: \1; paling banyak \2 per dosir (pecah menjadi beberapa dosir)"),
    (r"the file must be UTF-8 text", "berkas harus berupa teks UTF-8"),
    (r"file too large", "berkas terlalu besar"),
    (r"the limit is", "batasnya"),
    (r"YAML syntax error", "kesalahan penulisan YAML"),
    (r"JSON syntax error", "kesalahan penulisan JSON"),
    (r"duplicate key ('[^']*') at line (\d+) \(first at line (\d+)\)",
     r"kunci \1 ditulis dua kali: baris \2 (pertama di baris \3)"),
    (r"duplicate key", "kunci ganda"),
    (r"too many YAML aliases", "terlalu banyak alias YAML"),
    (r"nesting too deep", "susunan terlalu dalam"),
    (r"file reference ('[^']*') refused", r"rujukan berkas \1 ditolak"),
    (r"expected a path relative to the dossier's folder", "seharusnya jalur di dalam folder dosir"),
    (r"'\.\.' is not allowed", "'..' tidak diperbolehkan"),
    (r"absolute paths are not allowed", "jalur absolut tidak diperbolehkan"),
    (r"URLs and drive letters are not allowed", "URL dan huruf drive tidak diperbolehkan"),
    (r"it leads outside the dossier's folder \(symlink\)", "jalurnya keluar dari folder dosir (symlink)"),
    (r"unknown standard ('[^']*')", r"standar \1 tidak dikenal"),
    (r"did you mean ('[^']*')\?", r"mungkin maksudnya \1?"),
    (r"shipped:", "yang tersedia:"),
    (r"no version ([^ ]+) of ('[^']*'); available:", r"tidak ada versi \1 dari \2; yang tersedia:"),
    (r"not a regular file but a named pipe \(FIFO\); only files are read",
     "bukan berkas biasa melainkan pipa bernama (FIFO); hanya berkas yang dibaca"),
    (r"not a regular file but a socket; only files are read",
     "bukan berkas biasa melainkan soket; hanya berkas yang dibaca"),
    (r"not a regular file but a (character|block) device; only files are read",
     "bukan berkas biasa melainkan perangkat (device); hanya berkas yang dibaca"),
    (r"expected a file, found a directory", "seharusnya berkas, ditemukan folder"),
    (r"cannot read file", "berkas tidak dapat dibaca"),
    (r"cannot read the file", "berkas tidak dapat dibaca"),
    (r"contains control characters; expected printable text",
     "memuat karakter kendali (tak terlihat); seharusnya teks biasa"),
    # certificates: the office's key, the register, verification (issue 11)
    (r"the office has no signing key, so no certificate can be issued: run `readiness keys init` "
     r"\(a trial key\) or `readiness keys import OFFICE\.p12`, or use --draft for an unsigned draft",
     "kantor belum punya kunci tanda tangan, jadi sertifikat tidak dapat diterbitkan: jalankan "
     "`readiness keys init` (kunci uji coba) atau `readiness keys import KANTOR.p12`, atau pakai "
     "--draft untuk draf tanpa tanda tangan"),
    (r"the office already has a signing key \(use --force to replace it; the old certificate stays "
     r"trusted so what it signed still verifies\)",
     "kantor sudah punya kunci tanda tangan (pakai --force untuk menggantinya; sertifikat lama "
     "tetap dipercaya sehingga yang sudah ditandatanganinya tetap dapat diperiksa)"),
    (r"no certificate register here \(nothing has been issued with this register yet\)",
     "belum ada register sertifikat di sini (belum ada yang diterbitkan dengan register ini)"),
    (r"cannot open the certificate register ", "register sertifikat tidak dapat dibuka "),
    (r"this database is not a certificate register", "basis data ini bukan register sertifikat"),
    (r"no certificate (\S+) in the register", r"tidak ada sertifikat \1 di register"),
    (r"certificate (\S+) was already revoked on (\S+)", r"sertifikat \1 sudah dicabut pada \2"),
    (r"a revocation needs a reason", "pencabutan perlu alasan"),
    (r"a revocation needs the officer's name", "pencabutan perlu nama petugas"),
    (r"is not a certificate number: its check character does not match \(a typing mistake\?\)",
     "bukan nomor sertifikat: huruf pemeriksanya tidak cocok (salah ketik?)"),
    (r"is not a certificate number: expected a number like", "bukan nomor sertifikat: seharusnya nomor seperti"),
    (r"a certificate needs the business's NIB \(business\.nib\) to be recorded in the register",
     "sertifikat perlu NIB usaha (business.nib) agar dapat dicatat di register"),
    (r"wrong password for the PKCS#12 file", "kata sandi berkas PKCS#12 salah"),
    (r"the private key does not belong to the certificate", "kunci privat bukan milik sertifikat ini"),
    (r"not a certificate or public key the verifier can use",
     "bukan sertifikat atau kunci publik yang dapat dipakai pemeriksa"),
    (r"the logo must be a PNG or JPEG image", "logo harus berupa gambar PNG atau JPEG"),
    (r"is not a web address", "bukan alamat web"),
    (r"is not a civil-servant number", "bukan NIP"),
    # spreadsheet rows (batch errors.csv)
    (r"expected an amount in rupiah such as", "seharusnya jumlah rupiah seperti"),
    (r"expected an amount and a unit such as", "seharusnya jumlah dan satuan seperti"),
    (r"expected a whole number", "seharusnya bilangan bulat"),
    (r"expected a number", "seharusnya angka"),
    (r"expected a date as DD/MM/YYYY", "seharusnya tanggal HH/BB/TTTT"),
    (r"not a calendar date \(expected DD/MM/YYYY\)", "bukan tanggal yang ada (seharusnya HH/BB/TTTT)"),
    (r"expected Ya or Tidak", "seharusnya Ya atau Tidak"),
    (r"no row of this business could be read; not checked",
     "tidak ada baris usaha ini yang terbaca; tidak diperiksa"),
    (r"the same product ('[^']*') is listed twice by this business",
     r"produk \1 tercantum dua kali oleh usaha ini"),
    (r"NIB (\S+) is used by (\d+) business names:", r"NIB \1 dipakai oleh \2 nama usaha:"),
    (r"\(one NIB belongs to one business\)", "(satu NIB hanya untuk satu usaha)"),
    (r"column not in mapping ('[^']*'); ignored", r"kolom tidak ada di pemetaan \1; diabaikan"),
    (r"' or '", "' atau '"),
    (r"; expected ", "; seharusnya "),
    (r", found ", ", ditemukan "),
    (r"^found ", "ditemukan "),
    (r"; found ", "; ditemukan "),
]


# `readiness verify` lines (readiness.signing), for the officer or hotel checking a certificate
VERIFY_PHRASES_ID: list[tuple[str, str]] = [
    (r"^the signature attachment is damaged \(bad key or signature length\)$",
     "lampiran tanda tangan rusak (panjang kunci atau tanda tangan salah)"),
    (r"^the signature attachment is damaged \((.*)\)$", r"lampiran tanda tangan rusak (\1)"),
    (r"^the attached result was changed after signing \(SHA-256 differs\)$",
     "hasil terlampir diubah setelah ditandatangani (SHA-256 berbeda)"),
    (r"^the signature does not match the attached result$",
     "tanda tangan tidak cocok dengan hasil terlampir"),
    (r"^signed with key (\S+), not with the trusted key (\S+)$",
     r"ditandatangani dengan kunci \1, bukan dengan kunci tepercaya \2"),
    (r"^the PDF holds (\d+) attachments named (.*)$", r"PDF memuat \1 lampiran bernama \2"),
    (r"^not a readable PDF \((.*)\)$", r"bukan PDF yang dapat dibaca (\1)"),
    (r"^no attached result \((.*)\): not a readiness document$",
     r"tidak ada hasil terlampir (\1): bukan dokumen readiness"),
    (r"^the attached result is not valid JSON \((.*)\)$", r"hasil terlampir bukan JSON yang sah (\1)"),
    (r"^the attached result is not a result object$", "hasil terlampir bukan objek hasil"),
    (r"^the attached result is not in canonical form \(it was re-written\)$",
     "hasil terlampir tidak dalam bentuk kanonis (sudah ditulis ulang)"),
    (r"^the certificate is unsigned \(no (\S+) attachment\)$",
     r"sertifikat tidak ditandatangani (tidak ada lampiran \1)"),
    (r"^signed by the trusted key (\S+)$", r"ditandatangani dengan kunci tepercaya \1"),
    (r"^signature intact \(key (\S+)\); the issuer is NOT authenticated: pass --trust PUBLIC_KEY "
     r"to check who signed it$",
     r"tanda tangan utuh (kunci \1); penerbit BELUM diautentikasi: berikan --trust KUNCI_PUBLIK "
     r"untuk memeriksa siapa yang menandatangani"),
    (r"^the attached result issues no certificate \(this is not a certificate\)$",
     "hasil terlampir tidak menerbitkan sertifikat (ini bukan sertifikat)"),
    (r"^the printed certificate number is not recorded in the PDF$",
     "nomor sertifikat yang tercetak tidak tercatat di PDF"),
    (r"^certificate number mismatch: the signed result says (\S+), the PDF records (.*)$",
     r"nomor sertifikat tidak cocok: hasil bertanda tangan menyebut \1, PDF mencatat \2"),
    (r"^certificate number mismatch: the signed result says (\S+), the PDF metadata says (.*)$",
     r"nomor sertifikat tidak cocok: hasil bertanda tangan menyebut \1, metadata PDF menyebut \2"),
    (r"^certificate number mismatch: (\S+) \(signed result\) is not the number printed on the page$",
     r"nomor sertifikat tidak cocok: \1 (hasil bertanda tangan) bukan nomor yang tercetak di halaman"),
    (r"^cannot recompute the certificate number \((.*)\)$",
     r"nomor sertifikat tidak dapat dihitung ulang (\1)"),
    (r"^certificate number mismatch: the result gives (\S+), the certificate carries (\S+)$",
     r"nomor sertifikat tidak cocok: menurut hasil \1, sertifikat memuat \2"),
    (r"^certificate number not recomputed \((\S+) is not available\)$",
     r"nomor sertifikat tidak dihitung ulang (\1 tidak tersedia)"),
]

VERIFY_UI = {
    "note": {"id": "catatan", "en": "note"},
    "ok": {"id": "OK: sertifikat {number} utuh ({who})", "en": "OK: certificate {number} is intact ({who})"},
    "authenticated": {"id": "penerbit terautentikasi", "en": "authenticated issuer"},
    "not_authenticated": {"id": "penerbit BELUM diautentikasi", "en": "issuer NOT authenticated"},
    "failed": {"id": "GAGAL", "en": "FAILED"},
}


def localize_verify(text: str, lang: str) -> str:
    """A `readiness verify` line in the chosen language (whole-line phrases; a line without
    a translation stays in English)."""
    if lang != "id":
        return text
    import re

    for p, r in VERIFY_PHRASES_ID:
        new, n = re.subn(p, r, text)
        if n:
            return new
    return text


@lru_cache(maxsize=1)
def _error_patterns():
    import re

    return [(re.compile(p), r) for p, r in ERROR_PHRASES_ID]


def localize_error(text: str, lang: str) -> str:
    """An error line in the chosen language (Indonesian phrases over the English original)."""
    if lang != "id":
        return text
    for rx, repl in _error_patterns():
        text = rx.sub(repl, text)
    return text


# --- batch: rows of errors.csv, notes of the summaries, lines of `readiness batch` --------------
# A batch problem is raised with a code and arguments (readiness.batch.spreadsheet.Issue) and
# worded here, in both languages; `message` in the Issue keeps the English for programs.
BATCH_MESSAGES: dict[str, dict[str, str]] = {
    # identifiers and numbers from spreadsheet cells
    "zero_restored": {
        "id": "{column} tersimpan sebagai angka {number} ({n} digit, kurang satu): angka 0 di depan "
              "dikembalikan menjadi {fixed}; format kolom ini sebagai teks",
        "en": "{column} was stored as the number {number} ({n} digits, one short): its leading 0 is "
              "restored as {fixed}; format the column as text"},
    "number_rounded": {
        "id": "{column} tersimpan sebagai angka {number} dan program spreadsheet hanya menyimpan "
              "{known} digitnya; nomor tidak dapat dipulihkan: format kolom sebagai teks lalu isi lagi",
        "en": "{column} was stored as the number {number}, of which the spreadsheet program kept only "
              "{known} digits; it cannot be recovered: format the column as text and enter it again"},
    "number_ambiguous": {
        "id": "{column} tersimpan sebagai angka {number}: nomor {n} digit, atau nomor {n1} digit yang "
              "kehilangan angka 0 di depan? Format kolom sebagai teks lalu isi lagi",
        "en": "{column} was stored as the number {number}: a {n}-digit number, or a {n1}-digit one "
              "that lost its leading 0? Format the column as text and enter it again"},
    "phone_ambiguous": {
        "id": "{column} tersimpan sebagai angka {number}: {a} atau {b}? Format kolom sebagai teks lalu "
              "tulis lagi dengan 0 atau +62 di depan",
        "en": "{column} was stored as the number {number}: {a} or {b}? Format the column as text and "
              "enter it again with its 0 or +62"},
    # the columns of a spreadsheet
    "header_renamed": {
        "id": "kolom '{found}' dibaca sebagai '{expected}' (kolom terdekat di pemetaan {mapping})",
        "en": "column '{found}' is read as '{expected}' (the nearest column of mapping {mapping})"},
    "headers_missing": {
        "id": "pemetaan {mapping} membutuhkan kolom {missing}, yang tidak ada di berkas ini; kolom yang "
              "ditemukan: {found}",
        "en": "mapping {mapping} needs the column(s) {missing}, which this file lacks; found: {found}"},
    "no_mapping": {
        "id": "tidak ada pemetaan bawaan yang mengenali judul kolom berkas ini (ditemukan: {found}); "
              "tulis berkas pemetaan lalu berikan dengan --mapping",
        "en": "no shipped mapping recognises these column headers (found: {found}); write a mapping "
              "file and pass it with --mapping"},
    "form_gap": {
        "id": "formulir tidak punya kolom untuk {rule} ({title}): {fields}. {rule} tidak dapat dinilai "
              "dari berkas ini; kekurangannya pada usaha dari berkas ini ditandai 'tidak ada di "
              "formulir', bukan kesalahan usaha{columns}",
        "en": "the form has no column for {rule} ({title}): {fields}. {rule} cannot be judged from this "
              "file; its gaps for businesses of this file are marked 'not in the form', not charged "
              "to them{columns}"},
    "form_gap_columns": {"id": "; kolom yang dapat ditambahkan: {columns}",
                         "en": "; columns that would feed it: {columns}"},
    "did_you_mean": {"id": "'{a}' (mungkin '{b}'?)", "en": "'{a}' (did you mean '{b}'?)"},
    "copy_skipped": {
        "id": "salinan bertanda {copy} tidak ditulis ({why}); hasilnya ada di summary.csv dan "
              "summary.xlsx",
        "en": "no annotated copy {copy} was written ({why}); the results are in summary.csv and "
              "summary.xlsx"},
    # the closing lines of `readiness batch`
    "form_gaps_line": {
        "id": "catatan: {file} tidak punya kolom untuk {n} syarat ({rules}); kekurangan itu ditandai "
              "'tidak ada di formulir' (lihat errors.csv)",
        "en": "note: {file} has no column for {n} requirement(s) ({rules}); those gaps are marked "
              "'not in the form' (see errors.csv)"},
}


def _batch_arg(key: str, v: Any, lang: str) -> str:
    if isinstance(v, dict) and set(v) <= set(LANGS):
        return pick(v, lang)
    if key == "missing" and isinstance(v, list):      # [[header, suggestion or ""], ...]
        return ", ".join(batch_text("did_you_mean", lang, a=a, b=b) if b else f"'{a}'"
                         for a, b in v)
    if key == "columns" and isinstance(v, list):
        return batch_text("form_gap_columns", lang, columns=", ".join(f"'{c}'" for c in v)) if v else ""
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return str(v)


def batch_text(code: str, lang: str, **args: Any) -> str | None:
    """A batch message in `lang`, or None when `code` is not in the catalogue."""
    tmpl = BATCH_MESSAGES.get(code)
    if tmpl is None:
        return None
    text = pick(tmpl, lang)
    try:
        return text.format(**{k: _batch_arg(k, v, lang) for k, v in args.items()})
    except (KeyError, IndexError, ValueError):
        return text


# --- certificates: issuing, the register, verification, the public page (issue 11) -------------
# One catalogue of codes with arguments for everything about issued certificates, read by the
# CLI (check, batch, keys, office, register, verify, serve) and the web pages. Arguments named
# date/at/valid_until/issued are written as dates in the language.
CERT_TEXT: dict[str, dict[str, str]] = {
    # issuing (check --format pdf, batch)
    "issued_new": {"id": "sertifikat {number} diterbitkan dan dicatat di register",
                   "en": "certificate {number} issued and recorded in the register"},
    "issued_same": {"id": "sertifikat {number} dicetak ulang (isinya tidak berubah sejak terbit "
                          "{issued})",
                    "en": "certificate {number} printed again (unchanged since it was issued on "
                          "{issued})"},
    "issued_supersedes": {"id": "sertifikat {number} diterbitkan dan menggantikan {previous} "
                                "(isinya berubah)",
                          "en": "certificate {number} issued; it supersedes {previous} (the "
                                "content changed)"},
    "issued_draft": {"id": "DRAF sertifikat (tanpa nomor, tidak ditandatangani, tidak dicatat)",
                     "en": "certificate DRAFT (no number, not signed, not recorded)"},
    "gap_report": {"id": "laporan kesenjangan", "en": "gap report"},
    "not_issued_yet": {"id": "belum diterbitkan: nomor diberikan oleh register saat sertifikat "
                             "diterbitkan (readiness check DOSIR --format pdf -o BERKAS.pdf)",
                       "en": "not issued yet: the register gives the number when the certificate "
                             "is issued (readiness check DOSSIER --format pdf -o FILE.pdf)"},
    "eligible_short": {"id": "Memenuhi syarat sertifikat (nomor diberikan saat diterbitkan).",
                       "en": "Meets the conditions for a certificate (numbered when issued)."},
    "batch_issued": {"id": "register: {new} sertifikat baru, {supersedes} pengganti, {same} "
                           "cetak ulang -> {register}",
                     "en": "register: {new} new certificates, {supersedes} superseding, {same} "
                           "printed again -> {register}"},
    "batch_drafts": {"id": "DRAF: {n} sertifikat tanpa nomor dan tanda tangan, tidak dicatat",
                     "en": "DRAFTS: {n} certificates without number or signature, not recorded"},
    # keys and office
    "key_made": {"id": "kunci uji coba dibuat: {cert}", "en": "trial key made: {cert}"},
    "key_imported": {"id": "kunci kantor diimpor: {cert}", "en": "office key imported: {cert}"},
    "key_subject": {"id": "penanda tangan: {subject}", "en": "signer: {subject}"},
    "key_fingerprint": {"id": "sidik SHA-256: {fingerprint}", "en": "SHA-256 fingerprint: {fingerprint}"},
    "key_valid": {"id": "berlaku: {start} s/d {end}", "en": "valid: {start} to {end}"},
    "key_trial_note": {"id": "catatan: ini kunci UJI COBA; sertifikat yang dipercaya hotel perlu "
                             "kunci dari CA (mis. BSrE): readiness keys import KANTOR.p12",
                       "en": "note: this is a TRIAL key; certificates hotels can trust need one "
                             "from a CA (such as BSrE): readiness keys import OFFICE.p12"},
    "key_give_cert": {"id": "berikan {cert} kepada pemeriksa (readiness verify --trust)",
                      "en": "give {cert} to verifiers (readiness verify --trust)"},
    "office_missing": {"id": "belum diisi untuk sertifikat: {keys} (lihat readiness office set "
                             "--help)",
                       "en": "not set yet for certificates: {keys} (see readiness office set "
                             "--help)"},
    "office_saved": {"id": "pengaturan kantor disimpan: {path}", "en": "office settings saved: {path}"},
    "no_key": {"id": "belum ada kunci kantor (readiness keys init)",
               "en": "no office key yet (readiness keys init)"},
    # the register
    "revoked_ok": {"id": "sertifikat {number} dicabut: {reason} (oleh {by}, {at})",
                   "en": "certificate {number} revoked: {reason} (by {by}, {at})"},
    "exported": {"id": "{n} sertifikat diekspor ke {path}", "en": "{n} certificates exported to {path}"},
    "register_empty": {"id": "register masih kosong", "en": "the register is empty"},
    "evk_issued": {"id": "terbit", "en": "issued"},
    "evk_copy": {"id": "cetak ulang", "en": "copy"},
    "evk_superseded": {"id": "digantikan", "en": "superseded"},
    "evk_revoked": {"id": "dicabut", "en": "revoked"},
    "ev_issued": {"id": "diterbitkan", "en": "issued"},
    "ev_issued_supersedes": {"id": "diterbitkan, menggantikan {related}",
                             "en": "issued, superseding {related}"},
    "ev_copy": {"id": "dicetak ulang (isi sama)", "en": "printed again (same content)"},
    "ev_superseded": {"id": "digantikan oleh {related}", "en": "superseded by {related}"},
    "ev_revoked": {"id": "dicabut oleh {actor}: {reason}", "en": "revoked by {actor}: {reason}"},
    # statuses (register, verify, the page)
    "st_valid": {"id": "berlaku", "en": "valid"},
    "st_revoked": {"id": "dicabut", "en": "revoked"},
    "st_superseded": {"id": "digantikan", "en": "superseded"},
    "st_expired": {"id": "kedaluwarsa", "en": "expired"},
    "st_unknown": {"id": "tidak dikenal", "en": "unknown"},
    # verify: lines of the report
    "v_certificate": {"id": "Sertifikat", "en": "Certificate"},
    "v_business": {"id": "Usaha", "en": "Business"},
    "v_products": {"id": "Produk", "en": "Products"},
    "v_standard": {"id": "Standar", "en": "Standard"},
    "v_event": {"id": "Acara", "en": "Event"},
    "v_validity": {"id": "Masa berlaku", "en": "Validity"},
    "v_validity_text": {"id": "terbit {issued}, berlaku sampai {valid_until}",
                        "en": "issued {issued}, valid until {valid_until}"},
    "v_signer": {"id": "Penanda tangan", "en": "Signed by"},
    "v_signed_at": {"id": "{signer}, pada {at}", "en": "{signer}, on {at}"},
    "v_register": {"id": "Register", "en": "Register"},
    "v_ok": {"id": "OK: sertifikat {number} asli dan {status}: tanda tangan utuh dari penanda "
                   "tangan yang dipercaya, tidak diubah sesudahnya, dan tercatat di register",
             "en": "OK: certificate {number} is genuine and {status}: the signature is intact, "
                   "from a trusted signer, nothing was changed afterwards, and the register "
                   "records it"},
    "v_ok_legacy": {"id": "OK: sertifikat {number} (skema Ed25519 lama) utuh dan ditandatangani "
                          "kunci yang dipercaya",
                    "en": "OK: certificate {number} (earlier Ed25519 scheme) is intact and "
                          "signed by a trusted key"},
    "v_failed": {"id": "GAGAL", "en": "FAILED"},
    "v_note": {"id": "catatan", "en": "note"},
    # verify: what can be wrong (each makes the exit code 1)
    "pdf_unreadable": {"id": "bukan PDF yang dapat dibaca ({error})",
                       "en": "not a readable PDF ({error})"},
    "not_signed": {"id": "PDF ini tidak ditandatangani: bukan sertifikat (draf, laporan, atau "
                         "salinan yang ditulis ulang)",
                   "en": "this PDF is not signed: it is not a certificate (a draft, a report, or "
                         "a rewritten copy)"},
    "several_signatures": {"id": "PDF memuat {n} tanda tangan; sertifikat hanya memuat satu",
                           "en": "the PDF carries {n} signatures; a certificate carries one"},
    "signature_unreadable": {"id": "tanda tangan tidak dapat dibaca ({error})",
                             "en": "the signature cannot be read ({error})"},
    "signature_broken": {"id": "tanda tangan TIDAK utuh: isi berkas diubah setelah "
                               "ditandatangani (ditulis ulang)",
                         "en": "the signature is BROKEN: the file was changed after it was "
                               "signed (rewritten)"},
    "changed_after_signing": {"id": "berkas diubah setelah ditandatangani (ada pembaruan yang "
                                    "ditambahkan sesudah tanda tangan)",
                              "en": "the file was changed after it was signed (an update was "
                                    "appended after the signature)"},
    "untrusted_signer": {"id": "tanda tangan utuh, tetapi penandatangan tidak dipercaya: "
                               "{signer} (berikan --trust SERTIFIKAT-KANTOR)",
                         "en": "the signature is intact, but the signer is not trusted: "
                               "{signer} (pass --trust OFFICE-CERTIFICATE)"},
    "no_trust": {"id": "tidak ada sertifikat kantor yang dipercaya untuk dibandingkan (berikan "
                       "--trust SERTIFIKAT-KANTOR)",
                 "en": "no trusted office certificate to compare with (pass --trust "
                       "OFFICE-CERTIFICATE)"},
    "no_result": {"id": "tidak ada hasil pemeriksaan terlampir: bukan sertifikat readiness",
                  "en": "no attached result: not a readiness certificate"},
    "bad_result": {"id": "hasil terlampir rusak ({error})", "en": "the attached result is damaged ({error})"},
    "not_a_certificate": {"id": "hasil terlampir tidak menerbitkan sertifikat",
                          "en": "the attached result issues no certificate"},
    "draft": {"id": "ini DRAF, bukan sertifikat", "en": "this is a DRAFT, not a certificate"},
    "number_not_on_page": {"id": "nomor {number} dari hasil terlampir tidak tercetak di halaman",
                           "en": "the number {number} of the attached result is not the one "
                                 "printed on the page"},
    "number_mismatch": {"id": "nomor tidak cocok: hasil terlampir {number}, {where} {other}",
                        "en": "number mismatch: the attached result says {number}, {where} "
                              "{other}"},
    "not_in_register": {"id": "nomor {number} tidak ada di register (tidak pernah diterbitkan "
                              "kantor ini)",
                        "en": "the number {number} is not in the register (this office never "
                              "issued it)"},
    "register_other_content": {"id": "register mencatat isi lain untuk {number} (usaha, produk "
                                     "atau syarat berbeda)",
                               "en": "the register records other content for {number} "
                                     "(business, products or conditions differ)"},
    "copy_not_recorded": {"id": "salinan ini tidak tercatat di register (hasil bertanda tangan "
                                "yang tidak dikenal)",
                          "en": "this copy is not recorded in the register (an unknown signed "
                                "result)"},
    "revoked": {"id": "sertifikat {number} DICABUT pada {date}: {reason}",
                "en": "certificate {number} was REVOKED on {date}: {reason}"},
    "superseded": {"id": "sertifikat {number} sudah DIGANTIKAN oleh {by}: periksa sertifikat "
                         "yang baru",
                   "en": "certificate {number} was SUPERSEDED by {by}: check the new "
                         "certificate"},
    "expired": {"id": "sertifikat {number} KEDALUWARSA: berlaku sampai {valid_until} (acara "
                      "sudah lewat)",
                "en": "certificate {number} has EXPIRED: valid until {valid_until} (after the "
                      "event)"},
    "no_register": {"id": "status tidak diperiksa: tidak ada register (berikan --register "
                          "BERKAS-ATAU-URL{hint})",
                    "en": "status not checked: no register (pass --register FILE-OR-URL{hint})"},
    "register_unreachable": {"id": "register tidak dapat dihubungi: {error}",
                             "en": "the register cannot be reached: {error}"},
    "legacy_no_register": {"id": "sertifikat skema lama (Ed25519) terbit sebelum ada register: "
                                 "statusnya tidak tercatat",
                           "en": "a certificate of the earlier scheme (Ed25519), issued before "
                                 "the register: it has no recorded status"},
    "legacy_problem": {"id": "{text}", "en": "{text}"},
    # the public verification page (readiness serve)
    "w_title": {"id": "Verifikasi sertifikat", "en": "Certificate verification"},
    "w_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
    "w_valid": {"id": "BERLAKU", "en": "VALID"},
    "w_revoked": {"id": "DICABUT", "en": "REVOKED"},
    "w_superseded": {"id": "DIGANTIKAN", "en": "SUPERSEDED"},
    "w_expired": {"id": "KEDALUWARSA", "en": "EXPIRED"},
    "w_unknown": {"id": "TIDAK DITEMUKAN", "en": "NOT FOUND"},
    "w_valid_text": {"id": "Sertifikat ini asli dan berlaku sampai {valid_until}.",
                     "en": "This certificate is genuine and valid until {valid_until}."},
    "w_revoked_text": {"id": "Sertifikat ini dicabut pada {date}. Alasan: {reason}",
                       "en": "This certificate was revoked on {date}. Reason: {reason}"},
    "w_superseded_text": {"id": "Sertifikat ini sudah digantikan oleh sertifikat yang lebih baru.",
                          "en": "This certificate was replaced by a newer one."},
    "w_see_new": {"id": "Lihat sertifikat pengganti", "en": "See the new certificate"},
    "w_expired_text": {"id": "Sertifikat ini berlaku sampai {valid_until}; masa berlakunya sudah "
                             "habis.",
                       "en": "This certificate was valid until {valid_until}; it has expired."},
    "w_unknown_text": {"id": "Tidak ada sertifikat dengan nomor ini di register. Periksa kembali "
                             "nomor pada sertifikat.",
                       "en": "The register has no certificate with this number. Check the "
                             "number on the certificate again."},
    "w_mistyped_text": {"id": "Nomor ini salah ketik: huruf terakhirnya (huruf pemeriksa) tidak "
                              "cocok. Periksa kembali nomor pada sertifikat.",
                        "en": "This number is mistyped: its last character (the check "
                              "character) does not match. Check the number on the certificate "
                              "again."},
    "w_business": {"id": "Usaha", "en": "Business"},
    "w_products": {"id": "Produk yang disertifikasi", "en": "Certified products"},
    "w_edition": {"id": "Standar", "en": "Standard"},
    "w_event": {"id": "Acara", "en": "Event"},
    "w_validity": {"id": "Masa berlaku", "en": "Validity"},
    "w_issued": {"id": "Terbit", "en": "Issued"},
    "w_valid_until": {"id": "Berlaku sampai", "en": "Valid until"},
    "w_issuer": {"id": "Penerbit", "en": "Issued by"},
    "w_compare": {"id": "Cocokkan nama usaha, produk dan tanggal di atas dengan sertifikat "
                        "yang Anda lihat.",
                  "en": "Compare the business name, products and dates above with the "
                        "certificate in front of you."},
    "w_search": {"id": "Periksa nomor lain", "en": "Check another number"},
    "w_search_button": {"id": "Periksa", "en": "Check"},
    "w_lang": {"id": "English", "en": "Bahasa Indonesia"},
    "w_not_found": {"id": "Halaman tidak ditemukan.", "en": "Page not found."},
    "w_bad_request": {"id": "Permintaan tidak dapat dibaca.", "en": "The request cannot be read."},
    "w_forbidden": {"id": "Permintaan ditolak: muat ulang halaman lalu coba lagi.", "en": "Request refused: reload the page and try again."},
    "w_back": {"id": "Ke halaman awal", "en": "To the start page"},
    "w_error": {"id": "Terjadi kesalahan di server. Silakan coba lagi nanti.",
                "en": "Something went wrong on the server. Please try again later."},
    "w_home_text": {"id": "Masukkan nomor sertifikat (mis. MM27-000123-K) atau pindai kode QR "
                          "pada sertifikat.",
                    "en": "Enter the certificate number (e.g. MM27-000123-K) or scan the QR "
                          "code on the certificate."},
}

_CERT_DATE_ARGS = ("date", "at", "valid_until", "issued", "start", "end")


def cert_text(code: str, lang: str, **args: Any) -> str:
    """A certificate-related text in `lang` with its arguments (dates written in words)."""
    tmpl = pick(CERT_TEXT.get(code), lang) or code
    values = {k: (date_text(v, lang) if k in _CERT_DATE_ARGS and isinstance(v, (str, dt.date))
                  else v) for k, v in args.items()}
    try:
        return tmpl.format(**values)
    except (KeyError, IndexError):
        return tmpl
