"""Language-dependent formatting for the documents: dates, money, scores (Babel/CLDR, never
hand tables) and the fixed words of the two documents in Indonesian and English.

Searchable text stays in plain ASCII punctuation (no non-breaking hyphens) so that pypdf and
pdftotext find "P-IRT", "MGP-2027.1-...", etc.
"""

from __future__ import annotations

import datetime as _dt

LANGS = ("id", "en")


def _lang(lang: str | None) -> str:
    return lang if lang in LANGS else "id"


def _to_date(value) -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def fmt_date(value, lang: str = "id") -> str:
    """'2022-03-20' -> '20 Maret 2022' (id) / '20 March 2022' (en); unparsable values as given."""
    from babel.dates import format_date

    d = _to_date(value)
    if d is None:
        return "" if value is None else str(value)
    return format_date(d, "d MMMM y", locale=_lang(lang))


def fmt_date_range(start, end, lang: str = "id") -> str:
    a, b = fmt_date(start, lang), fmt_date(end, lang)
    if not a:
        return b
    if not b or a == b:
        return a
    return f"{a} - {b}"


def fmt_money(amount, lang: str = "id", currency: str = "IDR") -> str:
    """85000 -> 'Rp 85.000' (id) / 'IDR 85,000' (en, CLDR's English symbol for the rupiah)."""
    from babel.numbers import format_currency

    if amount is None:
        return ""
    return format_currency(amount, currency, format="\u00a4 #,##0", currency_digits=False,
                           locale=_lang(lang)).replace("\u00a0", " ")


def fmt_score(value, lang: str = "id") -> str:
    """96.4 -> '96,4' (id) / '96.4' (en); None -> '-'."""
    from babel.numbers import format_decimal

    if value is None:
        return "-"
    try:
        return format_decimal(float(value), format="#,##0.0", locale=_lang(lang))
    except (TypeError, ValueError):
        return str(value)


def fmt_gain(value, lang: str = "id") -> str:
    if not value:
        return "+0"
    return "+" + fmt_score(value, lang)


# The fixed words of the documents. Rule texts and messages come from the result (in its lang).
LABELS: dict[str, dict[str, str]] = {
    "id": {
        "cert_title": "Sertifikat Kesiapan Produk IKM",
        "cert_kicker": "Sertifikat",
        "awarded_to": "Diberikan kepada",
        "nib": "NIB",
        "owner": "Pemilik",
        "address": "Alamat",
        "standard": "Standar",
        "event": "Acara",
        "cert_number": "Nomor sertifikat",
        "issued": "Tanggal terbit",
        "valid_until": "Berlaku sampai",
        "business_score": "Skor usaha",
        "products_certified": "Produk yang disertifikasi",
        "statement": "Usaha di atas telah diperiksa terhadap standar tersebut dan dinyatakan siap "
                     "memasok produk berikut, dengan syarat dan catatan yang tercantum.",
        "product": "Produk",
        "price": "Harga",
        "category": "Kategori",
        "verdict": "Status",
        "score": "Skor",
        "conditions": "Syarat dan catatan",
        "no_conditions": "Tanpa syarat tambahan.",
        "cond_gap": "Perbaiki",
        "cond_waiver": "Pengecualian",
        "cond_manual": "Pemeriksaan petugas",
        "cond_other": "Catatan",
        "whole_business": "seluruh usaha",
        "issuer": "Diterbitkan oleh",
        # the certificate's signature block and how to check it (issue 11)
        "nip": "NIP",
        "stamp": "Cap dinas",
        "e_signed": "Ditandatangani secara elektronik",
        "trial_key": "dengan kunci UJI COBA, bukan tanda tangan elektronik tersertifikasi",
        "scan_or_open": "Pindai kode QR atau buka",
        "ask_office": "Untuk memeriksa keaslian sertifikat ini, hubungi kantor penerbit dan "
                      "sebutkan nomornya.",
        "draft_mark": "DRAF — BUKAN SERTIFIKAT",
        "draft_number": "DRAF",
        "draft_note": "DRAF untuk diperiksa: tanpa nomor, tanpa tanda tangan, tidak tercatat "
                      "di register.",
        "draft_unsigned": "DRAF: tidak ditandatangani",
        "certificate_eligible": "Memenuhi syarat sertifikat",
        "dossier": "Dossier",
        "generated_by": "Dibuat oleh",
        "as_of": "Per tanggal",
        "report_title": "Laporan Kesenjangan dan Rencana Perbaikan",
        "report_kicker": "Laporan kesiapan",
        "summary": "Ringkasan",
        "business": "Usaha",
        "scores_chart": "Skor per subjek (0-100)",
        "fix_title": "Perbaiki",
        "fix_intro": "Persyaratan yang tidak terpenuhi menurut isi dossier.",
        "missing_title": "Lengkapi data",
        "missing_intro": "Informasi yang belum ada di dossier. Tambahkan agar dapat diperiksa.",
        "manual_title": "Perlu pemeriksaan petugas",
        "manual_intro": "Persyaratan yang diperiksa langsung oleh petugas.",
        "waived_title": "Dikecualikan (waiver)",
        "none_here": "Tidak ada.",
        "shows": "Yang ada di dossier",
        "needed": "Yang dibutuhkan",
        "how": "Cara memperbaiki",
        "agency": "Ke mana",
        "gain": "Kenaikan skor",
        "points": "poin",
        "reference": "Dasar",
        "subject": "Untuk",
        "passed_title": "Persyaratan yang sudah terpenuhi",
        "passed_intro": "Persyaratan berikut sudah dipenuhi.",
        "not_applicable": "tidak berlaku",
        "rule": "Persyaratan",
        "subjects": "Subjek",
        "page": "Halaman",
        "of": "dari",
        "gaps_count": "kesenjangan",
        "certificate_issued": "Sertifikat diterbitkan",
        "certificate_not_issued": "Sertifikat belum dapat diterbitkan",
        "field": "Lokasi data",
        "line": "baris",
        "sev_blocker": "Penghalang",
        "sev_major": "Utama",
        "sev_minor": "Kecil",
        "v_ready": "Siap",
        "v_conditional": "Siap bersyarat",
        "v_not_ready": "Belum siap",
        "v_incomplete": "Data belum lengkap",
    },
    "en": {
        "cert_title": "IKM Product Readiness Certificate",
        "cert_kicker": "Certificate",
        "awarded_to": "Awarded to",
        "nib": "NIB",
        "owner": "Owner",
        "address": "Address",
        "standard": "Standard",
        "event": "Event",
        "cert_number": "Certificate number",
        "issued": "Date of issue",
        "valid_until": "Valid until",
        "business_score": "Business score",
        "products_certified": "Products certified",
        "statement": "The business above has been checked against this standard and is found "
                     "ready to supply the products below, subject to the conditions listed.",
        "product": "Product",
        "price": "Price",
        "category": "Category",
        "verdict": "Verdict",
        "score": "Score",
        "conditions": "Conditions and notes",
        "no_conditions": "No further conditions.",
        "cond_gap": "To fix",
        "cond_waiver": "Waiver",
        "cond_manual": "Officer check",
        "cond_other": "Note",
        "whole_business": "whole business",
        "issuer": "Issued by",
        # the certificate's signature block and how to check it (issue 11)
        "nip": "NIP",
        "stamp": "Office stamp",
        "e_signed": "Signed electronically",
        "trial_key": "with a TRIAL key, not a certified electronic signature",
        "scan_or_open": "Scan the QR code or open",
        "ask_office": "To check that this certificate is genuine, contact the issuing office "
                      "and quote its number.",
        "draft_mark": "DRAFT — NOT A CERTIFICATE",
        "draft_number": "DRAFT",
        "draft_note": "DRAFT for review: no number, not signed, not recorded in the register.",
        "draft_unsigned": "DRAFT: not signed",
        "certificate_eligible": "Meets the conditions for a certificate",
        "dossier": "Dossier",
        "generated_by": "Generated by",
        "as_of": "As of",
        "report_title": "Gap Report and Action Plan",
        "report_kicker": "Readiness report",
        "summary": "Summary",
        "business": "Business",
        "scores_chart": "Score per subject (0-100)",
        "fix_title": "To fix",
        "fix_intro": "Requirements the dossier shows are not met.",
        "missing_title": "Information to complete",
        "missing_intro": "Information the dossier does not give yet. Add it so it can be checked.",
        "manual_title": "Officer check needed",
        "manual_intro": "Requirements an officer checks in person.",
        "waived_title": "Waived",
        "none_here": "None.",
        "shows": "What the dossier shows",
        "needed": "What is needed",
        "how": "How to fix it",
        "agency": "Who to go to",
        "gain": "Score gain",
        "points": "points",
        "reference": "Reference",
        "subject": "For",
        "passed_title": "Requirements already met",
        "passed_intro": "The following requirements are met.",
        "not_applicable": "not applicable",
        "rule": "Requirement",
        "subjects": "Subjects",
        "page": "Page",
        "of": "of",
        "gaps_count": "gaps",
        "certificate_issued": "Certificate issued",
        "certificate_not_issued": "No certificate can be issued yet",
        "field": "Data location",
        "line": "line",
        "sev_blocker": "Blocker",
        "sev_major": "Major",
        "sev_minor": "Minor",
        "v_ready": "Ready",
        "v_conditional": "Ready with conditions",
        "v_not_ready": "Not ready",
        "v_incomplete": "Incomplete data",
    },
}

CATEGORIES = {
    "id": {"packaged_food": "Pangan olahan kemasan", "ready_to_eat": "Siap saji",
           "beverage": "Minuman", "textile": "Tekstil", "craft": "Kerajinan",
           "cosmetic": "Kosmetik", "herbal": "Jamu/herbal", "souvenir": "Suvenir"},
    "en": {"packaged_food": "Packaged food", "ready_to_eat": "Ready to eat",
           "beverage": "Beverage", "textile": "Textile", "craft": "Craft",
           "cosmetic": "Cosmetic", "herbal": "Herbal", "souvenir": "Souvenir"},
}


def labels(lang: str) -> dict[str, str]:
    return LABELS[_lang(lang)]


def verdict_label(verdict, lang: str = "id") -> str:
    if not verdict:
        return "-"
    return LABELS[_lang(lang)].get(f"v_{verdict}", str(verdict).replace("_", " "))


def severity_label(sev, lang: str = "id") -> str:
    if not sev:
        return ""
    return LABELS[_lang(lang)].get(f"sev_{sev}", str(sev))


def category_label(cat, lang: str = "id") -> str:
    if not cat:
        return ""
    return CATEGORIES[_lang(lang)].get(cat, str(cat).replace("_", " "))
