"""Every user-facing word of readiness, in Indonesian (`id`, the default) and English (`en`).

One catalogue, one lookup: `t("section.key", lang, **args)`. The CLI, the text and chat
reports, the PDFs and HTML pages, the batch spreadsheets and the web pages all take their
words from here, and nothing else holds words (tests/test_words.py refuses `{"id": ..., "en":
...}` tables elsewhere and checks that every value the model accepts has both languages).

Add a word: put it in the section it belongs to below, in both languages, and look it up by
its key. Sections:

- the closed vocabularies, one section per value set: `status`, `severity`, `verdict`,
  `category`, `channel`, `scale` (the enums of `readiness.vocab`) and the other values a
  dossier accepts (`label_element`, `permit_type`, `document_type`, ... one per `Literal` in
  `readiness.model`, named in `VALUE_SETS`);
- `field`: labels of dossier fields as messages name them (`field_hint`: what to fill in);
- `msg`: what a finding says (check kinds and the engine return a code and its arguments);
- `error`: what is wrong with an input (an `InputError` carries a code and its arguments);
- one section per face: `cli`, `click`, `text`, `short`, `doc`, `summary`, `impact`, `init`,
  `explain`, `compare`, `standards`, `cert`.

Texts are `str.format` templates. The arguments of `msg` and `error` texts are worded by
their name (`field`: a field label, `date`/`expires`/...: a date in words, `types`/`items`: a
list of values in words, a nested `Msg`: its own text; see `_word`). In a Jinja2 template:
`{{ t("doc.cert_title", lang) }}`, `{{ label("verdict", v, lang) }}` (registered as globals).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

LANGS = ("id", "en")
DEFAULT_LANG = "id"


@dataclass(frozen=True, slots=True)
class Msg:
    """A message as data: a catalogue code (a key of the `msg` or `error` section, or a full
    `section.key`) and its arguments; worded only when shown, in the reader's language."""

    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.code, self.args, lang)


def lang_of(lang: Any) -> str:
    return lang if lang in LANGS else DEFAULT_LANG


def pick(text: dict | None, lang: str) -> str:
    """A text given in both languages (a rule set's `{id: ..., en: ...}`) in `lang`."""
    if not text:
        return ""
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()), "")


def t(key: str, lang: str = DEFAULT_LANG, /, **args: Any) -> str:
    """The word or text `key` ("section.key") in `lang`, formatted with `args` as given (no
    wording of the arguments; see `render` for messages). An unknown key reads as itself, so
    a missing word never stops a report (tests/test_words.py keeps every key used known)."""
    entry = WORDS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if args:
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def has(key: str) -> bool:
    return key in WORDS


def label(section: str, value: Any, lang: str = DEFAULT_LANG) -> str:
    """A value of a closed vocabulary in words (`label("verdict", "ready", "en")`); a value
    the catalogue does not know reads as itself."""
    if value is None or value == "":
        return ""
    key = f"{section}.{value}"
    return t(key, lang) if key in WORDS else str(value)


class Section:
    """The words of one section in one language, for code and templates that use many of
    them: `L = Section("doc", lang)`, then `L.cert_title`, `L["cert_title"]`, `L.get(key,
    default)`. An unknown word is an AttributeError (a template with StrictUndefined fails)."""

    __slots__ = ("_section", "_lang", "_over")

    def __init__(self, name: str, lang: str, over: dict[str, str] | None = None) -> None:
        self._section, self._lang, self._over = name, lang_of(lang), over or {}

    def replace(self, **words: str) -> "Section":
        """The same words with some of them replaced (a document that says "eligible" where
        another says "issued")."""
        return Section(self._section, self._lang, {**self._over, **words})

    @property
    def lang(self) -> str:
        return self._lang

    def __getattr__(self, key: str) -> str:
        if key in self._over:
            return self._over[key]
        full = f"{self._section}.{key}"
        if full not in WORDS:
            raise AttributeError(full)
        return t(full, self._lang)

    def __getitem__(self, key: str) -> str:
        return self.__getattr__(key)

    def get(self, key: str, default: str | None = None) -> str | None:
        if key in self._over:
            return self._over[key]
        full = f"{self._section}.{key}"
        return t(full, self._lang) if full in WORDS else default


_CERT_DATE_ARGS = ("date", "at", "valid_until", "issued", "start", "end")


def cert_text(code: str, lang: str = DEFAULT_LANG, **args: Any) -> str:
    """A text of section `cert` (issued certificates) in `lang`, its date arguments in words."""
    return t("cert." + code, lang, **{
        k: date_text(v, lang) if k in _CERT_DATE_ARGS and isinstance(v, (str, dt.date)) else v
        for k, v in args.items()})


def batch_text(code: str, lang: str = DEFAULT_LANG, **args: Any) -> str | None:
    """A text of section `batch` in `lang`, or None when `code` is not there. The argument
    `missing` ([[header, suggestion or ""], ...]) and `columns` (a list) are worded."""
    key = "batch." + code
    if key not in WORDS:
        return None
    return t(key, lang, **{k: _batch_arg(k, v, lang) for k, v in args.items()})


def _batch_arg(key: str, v: Any, lang: str) -> str:
    if isinstance(v, Msg):
        return v.text(lang)
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


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- values a dossier accepts, by set (the catalogue section of each) -------------------------

# In the order a message's value is looked up when its set is not known (first hit).
VALUE_SETS = ("label_element", "permit_type", "document_type", "curation_kind", "curation_result",
              "trademark_status", "scale", "technique", "halal_logo", "halal_scheme", "halal_status",
              "storage", "category", "channel", "officer_verdict", "food_type", "item_type", "issuer")


def value_label(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A dossier value as a person would say it ("pirt" -> "SPP-IRT (P-IRT)", True -> "ya")."""
    if isinstance(value, bool):
        return t("value.true" if value else "value.false", lang)
    if isinstance(value, str):
        key = _VALUE_KEYS.get(value)
        if key is not None:
            return t(key, lang)
    return str(value)


def field_label(name: str, lang: str = DEFAULT_LANG) -> str:
    """A dossier field as messages name it ("business.nib" -> "NIB", "label.elements" ->
    "unsur label"); an unknown field reads as its path."""
    key = "field." + name
    return t(key, lang) if key in WORDS else name


def date_text(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A date in words for messages: 20 Mei 2027 / 20 May 2027 (anything else as given)."""
    if isinstance(value, dt.date):
        value = value.isoformat()[:10]
    if not isinstance(value, str):
        return str(value)
    return _date_text(value, lang)


@lru_cache(maxsize=1024)
def _date_text(value: str, lang: str) -> str:
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    from babel.dates import format_date

    return format_date(d, format="long", locale="id_ID" if lang == "id" else "en_GB")


# --- messages: a code and arguments, worded ---------------------------------------------------

_DATES = frozenset(("expires", "event_end", "event_start", "earliest", "date", "issued"))
_VALUE_LISTS = frozenset(("items", "kinds", "types"))


def _word(key: str, v: Any, lang: str) -> str:
    """One argument of a message in words, by its name."""
    if isinstance(v, Msg):
        return render(v.code, v.args, lang)
    if v is None:
        return ""
    if key == "field":
        return field_label(str(v), lang)
    if key == "fields":
        return ", ".join(field_label(str(x), lang) for x in v)
    if key in _VALUE_LISTS:
        return ", ".join(value_label(x, lang) for x in v)
    if key in _DATES:
        return date_text(v, lang)
    if key == "type":
        return value_label(v, lang)
    if key in ("expected", "instructions") and isinstance(v, dict):
        return pick(v, lang) if v else ("-" if key == "expected" else "")
    if isinstance(v, bool):
        return value_label(v, lang)
    if key in ("value", "allowed", "expected") and isinstance(v, (str, list)):
        return ", ".join(value_label(x, lang) for x in (v if isinstance(v, list) else [v]))
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def render(code: str, args: dict, lang: str = DEFAULT_LANG) -> str:
    """The message `code` in `lang` with its arguments in words. `code` is a key of the `msg`
    section, of the `error` section, or a full "section.key"; an unknown code reads as itself
    with its arguments (never lost). Batch words the same few dozen messages thousands of
    times: a wording is remembered (bounded) by its code and arguments."""
    try:
        key = (code, lang, tuple((k, _key(v)) for k, v in args.items()))
        hit = _RENDERED.get(key)
    except TypeError:  # an unhashable argument
        key = hit = None
    if hit is not None:
        return hit
    text = _render(code, args, lang)
    if key is not None and len(_RENDERED) < 2048:   # bounded: batch memory must not grow
        _RENDERED[key] = text
    return text


_RENDERED: dict[tuple, str] = {}


def _key(v: Any) -> Any:
    """A hashable form of a message argument that keeps its type (True and 1 read differently)."""
    tp = type(v)
    if tp is list or tp is tuple:
        return (tp, tuple(_key(x) for x in v))
    if tp is dict:
        return (tp, tuple((k, _key(x)) for k, x in v.items()))
    if tp is Msg:
        return (tp, v.code, tuple((k, _key(x)) for k, x in v.args.items()))
    return (tp, v)


def _resolve(code: str) -> str:
    """The catalogue key of a message code: a full "section.key", else a `msg`, an `error` or
    a `batch` text."""
    if "." in code:
        return code
    for section in ("msg", "error", "batch"):
        if f"{section}.{code}" in WORDS:
            return f"{section}.{code}"
    return "error." + code


def _render(code: str, args: dict, lang: str) -> str:
    key = _resolve(code)
    if key.startswith("batch."):
        return batch_text(key[len("batch."):], lang, **args) or key
    entry = WORDS.get(key)
    if entry is None:
        return code + (" " + repr(args) if args else "")
    text = entry.get(lang) or entry[DEFAULT_LANG]
    try:
        text = text.format(**{k: _word(k, v, lang) for k, v in args.items()})
    except (KeyError, IndexError, ValueError):
        pass
    # a finding's message is a sentence; an error's text follows a location ("file:3: ...")
    return capfirst(text) if key.startswith("msg.") else text


def message(msgs, lang: str = DEFAULT_LANG) -> str:
    """Several messages as one text ("; " between them)."""
    return "; ".join(render(m.code, m.args, lang) for m in msgs)



# --- the catalogue ---------------------------------------------------------------------------

SECTIONS: dict[str, dict[str, dict[str, str]]] = {
    "status": {
        "pass": {"id": "lulus", "en": "pass"},
        "fail": {"id": "perbaiki", "en": "fix"},
        "missing": {"id": "lengkapi data", "en": "missing data"},
        "not_applicable": {"id": "tidak berlaku", "en": "not applicable"},
        "waived": {"id": "dikecualikan", "en": "waived"},
        "manual": {"id": "perlu petugas", "en": "officer to judge"},
    },
    "severity": {
        "blocker": {"id": "penghalang", "en": "blocker"},
        "major": {"id": "utama", "en": "major"},
        "minor": {"id": "ringan", "en": "minor"},
    },
    "verdict": {
        "not_ready": {"id": "belum siap", "en": "not ready"},
        "conditional": {"id": "siap bersyarat", "en": "conditionally ready"},
        "ready": {"id": "siap", "en": "ready"},
    },
    "category": {
        "packaged_food": {"id": "pangan olahan kemasan", "en": "packaged food"},
        "ready_to_eat": {"id": "pangan siap saji", "en": "ready-to-eat food"},
        "textile": {"id": "tekstil", "en": "textile"},
        "craft": {"id": "kerajinan", "en": "craft"},
        "cosmetic": {"id": "kosmetik", "en": "cosmetic"},
    },
    "category_hint": {
        "packaged_food": {
            "id": "pangan olahan kemasan (kopi, keripik, madu, sambal botol, ...)",
            "en": "packaged food (coffee, chips, honey, bottled sambal, ...)"},
        "ready_to_eat": {
            "id": "pangan siap saji (makanan/minuman dimasak dan dijual langsung)",
            "en": "ready-to-eat food (cooked and sold on the spot)"},
        "textile": {
            "id": "kain dan busana (tenun, songket, batik, kaos)",
            "en": "textiles (woven cloth, clothing)"},
        "craft": {
            "id": "kerajinan (gerabah, anyaman, ukiran, perhiasan)",
            "en": "crafts (pottery, basketry, carving, jewellery)"},
        "cosmetic": {
            "id": "kosmetik dan perawatan tubuh (lulur, sabun, minyak)",
            "en": "cosmetics and body care"},
    },
    "channel": {
        "event": {"id": "stan acara", "en": "event booth"},
        "hotel": {"id": "pasokan hotel", "en": "hotel supply"},
        "souvenir": {"id": "toko suvenir", "en": "souvenir shops"},
    },
    "channel_hint": {
        "event": {"id": "dijual di area acara MotoGP", "en": "sold at the MotoGP venue"},
        "hotel": {"id": "dipasok ke hotel", "en": "supplied to hotels"},
        "souvenir": {
            "id": "dijual sebagai oleh-oleh di toko/galeri",
            "en": "sold as a souvenir in shops/galleries"},
    },
    "scale": {
        "micro": {"id": "mikro", "en": "micro"},
        "small": {"id": "kecil", "en": "small"},
        "medium": {"id": "menengah", "en": "medium"},
        "large": {"id": "besar", "en": "large"},
    },
    "label_element": {
        "product_name": {"id": "nama produk", "en": "product name"},
        "ingredients": {"id": "komposisi/daftar bahan", "en": "ingredient list"},
        "net_content": {"id": "isi bersih", "en": "net content"},
        "producer_name": {"id": "nama produsen", "en": "producer name"},
        "producer_address": {"id": "nama dan alamat produsen", "en": "producer name and address"},
        "production_code": {"id": "kode produksi", "en": "production code"},
        "production_date": {"id": "tanggal produksi", "en": "production date"},
        "best_before": {"id": "tanggal kedaluwarsa", "en": "best-before date"},
        "permit_number": {"id": "nomor izin edar", "en": "permit number"},
        "halal_logo": {"id": "logo halal", "en": "halal logo"},
        "halal_number": {"id": "nomor sertifikat halal", "en": "halal certificate number"},
        "allergens": {"id": "informasi alergen", "en": "allergen statement"},
        "storage": {"id": "cara penyimpanan", "en": "storage instructions"},
        "nutrition": {"id": "informasi nilai gizi", "en": "nutrition facts"},
        "usage": {"id": "cara penggunaan", "en": "directions for use"},
        "warnings": {"id": "peringatan", "en": "warnings"},
        "origin": {"id": "asal produk", "en": "origin"},
        "fibre_content": {"id": "komposisi serat", "en": "fibre content"},
        "care": {"id": "petunjuk perawatan", "en": "care instructions"},
        "size": {"id": "ukuran", "en": "size"},
        "price": {"id": "harga", "en": "price"},
        "non_halal_statement": {"id": "keterangan \"tidak halal\"", "en": "\"not halal\" statement"},
    },
    "permit_type": {
        "pirt": {"id": "SPP-IRT (P-IRT)", "en": "SPP-IRT (P-IRT) certificate"},
        "bpom_md": {"id": "izin edar BPOM MD", "en": "BPOM MD registration"},
        "bpom_ml": {"id": "izin edar BPOM ML", "en": "BPOM ML registration"},
        "bpom_na": {"id": "notifikasi kosmetik BPOM (NA)", "en": "BPOM cosmetic notification (NA)"},
        "halal": {"id": "sertifikat halal", "en": "halal certificate"},
        "sni": {"id": "sertifikat SPPT-SNI", "en": "SNI product certificate (SPPT-SNI)"},
        "other": {"id": "lainnya", "en": "other"},
    },
    "document_type": {
        "pkp": {
            "id": "sertifikat PKP (penyuluhan keamanan pangan)",
            "en": "food-safety counselling (PKP) certificate"},
        "slhs": {
            "id": "Sertifikat Laik Higiene Sanitasi (SLHS)",
            "en": "hygiene certificate (SLHS)"},
        "label_hsp": {"id": "Label Pembinaan/Pengawasan HSP", "en": "HSP hygiene label"},
        "food_handler_training": {
            "id": "sertifikat pelatihan penjamah pangan",
            "en": "food-handler training certificate"},
        "lab_test": {"id": "hasil uji laboratorium", "en": "laboratory test report"},
        "lead_free_declaration": {"id": "pernyataan bebas timbal", "en": "lead-free declaration"},
        "legal_origin": {"id": "dokumen asal-usul kayu yang sah (SVLK/V-Legal atau nota asal-usul)",
                         "en": "legal-origin document for the timber (SVLK/V-Legal or a dealer's note)"},
        "sertifikat_standar": {
            "id": "Sertifikat Standar (OSS)",
            "en": "standard certificate (OSS)"},
        "other": {"id": "lainnya", "en": "other"},
    },
    "curation_kind": {
        "government": {
            "id": "pemerintah (dinas provinsi/kabupaten)",
            "en": "government (provincial or regency office)"},
        "organizer": {"id": "penyelenggara (MGPA)", "en": "organizer (MGPA)"},
    },
    "curation_result": {
        "passed": {"id": "lulus", "en": "passed"},
        "failed": {"id": "tidak lulus", "en": "failed"},
        "pending": {"id": "menunggu hasil", "en": "pending"},
    },
    "trademark_status": {
        "registered": {"id": "terdaftar", "en": "registered"},
        "filed": {"id": "dalam proses pendaftaran", "en": "filed"},
        "none": {"id": "belum ada", "en": "none"},
    },
    "halal_logo": {
        "national": {"id": "Label Halal Indonesia", "en": "the national Halal Indonesia label"},
        "mui_legacy": {"id": "logo MUI lama", "en": "the old MUI logo"},
        "none": {"id": "belum ada", "en": "none"},
    },
    "halal_scheme": {
        "self_declare": {"id": "self-declare", "en": "self-declare"},
        "regular": {"id": "reguler", "en": "regular"},
    },
    "halal_status": {
        "claimed_halal": {"id": "halal", "en": "halal"},
        "non_halal": {"id": "tidak halal", "en": "not halal"},
    },
    # food and item types the shipped standards name (free text in the dossier: only those with
    # a name of their own in messages are here)
    "food_type": {
        "iodised_salt": {"id": "garam konsumsi beriodium", "en": "iodised salt"},
        "bottled_water": {"id": "air minum dalam kemasan", "en": "bottled drinking water"},
        "wheat_flour": {"id": "tepung terigu", "en": "wheat flour"},
        "refined_sugar": {"id": "gula kristal putih", "en": "refined white sugar"},
    },
    "item_type": {
        "toy": {"id": "mainan anak", "en": "children's toy"},
    },
    # who issued a permit, where a name means more than itself
    "issuer": {
        "MUI": {"id": "MUI (sebelum BPJPH)", "en": "MUI (before BPJPH)"},
    },
    "storage": {
        "ambient": {"id": "suhu ruang", "en": "room temperature"},
        "chilled": {"id": "dingin", "en": "chilled"},
        "frozen": {"id": "beku", "en": "frozen"},
    },
    "technique": {
        "handwoven": {"id": "tenun tangan", "en": "handwoven"},
        "machine_woven": {"id": "tenun mesin", "en": "machine-woven"},
        "handmade": {"id": "buatan tangan", "en": "handmade"},
        "machine_made": {"id": "buatan mesin", "en": "machine-made"},
    },
    "officer_verdict": {
        "pass": {"id": "lulus", "en": "pass"},
        "fail": {"id": "tidak lulus", "en": "fail"},
    },
    "value": {
        "true": {"id": "ya", "en": "yes"},
        "false": {"id": "tidak", "en": "no"},
        "any": {"id": "siapa pun", "en": "anyone"},
    },
    "field": {
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
        "business.declarations.no_hazardous_additives": {
            "id": "pernyataan bebas bahan berbahaya",
            "en": "no-hazardous-additives declaration"},
        "business.declarations.no_subsidised_lpg": {
            "id": "pernyataan tidak memakai LPG bersubsidi",
            "en": "no-subsidised-LPG declaration"},
        "business.declarations.non_halal_signage": {"id": "pemberitahuan \"tidak halal\" di stan dan menu",
                                                    "en": "\"not halal\" notice at the booth and on the menu"},
        "permits": {"id": "izin produk", "en": "product permits"},
        "permits.expires": {"id": "tanggal berlaku s/d", "en": "expiry date"},
        "permits.by": {"id": "penerbit", "en": "issuer"},
        "permits.number": {"id": "nomor izin", "en": "permit number"},
        "permits.recipe_unchanged": {
            "id": "pernyataan resep tidak berubah",
            "en": "recipe-unchanged statement"},
        "documents": {"id": "dokumen produk", "en": "product documents"},
        "label": {"id": "label", "en": "label"},
        "label.elements": {"id": "unsur label", "en": "label elements"},
        "label.language": {"id": "bahasa label", "en": "label language"},
        "label.halal_logo": {"id": "logo halal pada label", "en": "halal logo on the label"},
        "label.best_before_text": {"id": "tulisan kedaluwarsa", "en": "best-before wording"},
        "label.smallest_text_mm": {
            "id": "tinggi huruf terkecil (mm)",
            "en": "smallest text height (mm)"},
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
    },
    "field_hint": {
        "business.name": {
            "id": "Nama usaha persis seperti pada NIB.",
            "en": "Business name exactly as on the NIB."},
        "business.owner.name": {
            "id": "Nama pemilik/penanggung jawab seperti pada KTP.",
            "en": "Owner's name as on the ID card (KTP)."},
        "business.nib": {
            "id": "Nomor Induk Berusaha, 13 digit: ada di dokumen NIB dari OSS (oss.go.id). Tulis di antara tanda petik, mis. \"9120301234567\".",
            "en": "Business ID number (NIB), 13 digits: on the NIB document from OSS (oss.go.id). Write it in quotes."},
        "business.nib_risk_based": {
            "id": "true bila NIB terbit lewat OSS berbasis risiko (sejak 2021; tertulis \"Berbasis Risiko\" di dokumen NIB), selain itu false.",
            "en": "true when the NIB was issued by risk-based OSS (since 2021; says \"Berbasis Risiko\"), else false."},
        "business.npwp": {
            "id": "NPWP usaha atau pemilik (16 digit, sama dengan NIK untuk orang pribadi): ada di kartu NPWP atau akun DJP Online. Tulis di antara tanda petik.",
            "en": "Tax ID (NPWP, 16 digits; the NIK for individuals): on the NPWP card or DJP Online. In quotes."},
        "business.scale": {
            "id": "Skala usaha seperti tertulis di NIB: micro (mikro), small (kecil), medium (menengah) atau large (besar).",
            "en": "Business scale as on the NIB: micro, small, medium or large."},
        "business.kbli": {
            "id": "Kode KBLI (5 digit) yang terdaftar di NIB, mis. [\"10761\"]: lihat lampiran NIB di OSS.",
            "en": "KBLI codes (5 digits) registered on the NIB, e.g. [\"10761\"]: see the NIB annex in OSS."},
        "business.address.street": {
            "id": "Alamat usaha: jalan dan nomor, seperti pada NIB.",
            "en": "Business address: street and number, as on the NIB."},
        "business.address.village": {
            "id": "Desa/kelurahan.",
            "en": "Village."},
        "business.address.district": {
            "id": "Kecamatan.",
            "en": "District (kecamatan)."},
        "business.address.regency": {
            "id": "Kabupaten/kota, mis. Lombok Timur (tanpa kata \"Kabupaten\").",
            "en": "Regency/city, e.g. Lombok Timur."},
        "business.address.province": {
            "id": "Provinsi, mis. Nusa Tenggara Barat.",
            "en": "Province, e.g. Nusa Tenggara Barat."},
        "business.contact.phone": {
            "id": "Nomor telepon/WhatsApp usaha, mis. \"081234567890\" (di antara tanda petik).",
            "en": "Business phone/WhatsApp number, e.g. \"081234567890\" (in quotes)."},
        "business.trademark.name": {
            "id": "Merek dagang usaha (bila ada).",
            "en": "The business's brand name (if any)."},
        "business.trademark.status": {
            "id": "Status merek di DJKI: registered (terdaftar), filed (sudah diajukan) atau none (belum). Cek di pdki-indonesia.dgip.go.id.",
            "en": "Trademark status at DJKI: registered, filed or none. Check pdki-indonesia.dgip.go.id."},
        "business.payments.qris_nmid": {
            "id": "NMID QRIS: kode \"ID\" + 13 digit yang tercetak di stiker QRIS dari bank Anda.",
            "en": "QRIS NMID: \"ID\" + 13 digits printed on your bank's QRIS sticker."},
        "business.curation": {
            "id": "Hasil kurasi (surat hasil kurasi dari dinas dan dari MGPA). Contoh, hapus tanda # lalu isi:",
            "en": "Curation results (letters from the government office and from MGPA). Example, remove the # and fill in:"},
        "business.documents": {
            "id": "Dokumen usaha (sertifikat PKP, SLHS, pelatihan penjamah pangan, ...): jenis, nomor, tanggal terbit dan berlaku s/d seperti tertulis di dokumen. Contoh, hapus tanda # lalu isi:",
            "en": "Business documents (PKP, SLHS, food-handler training, ...): type, number, issue and expiry dates as on the document. Example, remove the # and fill in:"},
        "business.declarations.no_hazardous_additives": {
            "id": "true bila Anda menyatakan tidak memakai bahan berbahaya (boraks, formalin, pewarna tekstil).",
            "en": "true when you declare no hazardous additives (borax, formalin, textile dyes)."},
        "business.declarations.no_subsidised_lpg": {
            "id": "true bila Anda menyatakan tidak memakai LPG 3 kg bersubsidi di stan.",
            "en": "true when you declare no subsidised 3 kg LPG at the stand."},
        "business.declarations.non_halal_signage": {
            "id": "Untuk makanan siap saji yang tidak halal: true bila ada pemberitahuan \"tidak halal\" di stan dan di menu.",
            "en": "For ready-to-eat food that is not halal: true when a \"not halal\" notice is shown at the booth and on the menu."},
        "product.name": {
            "id": "Nama produk seperti pada label.",
            "en": "Product name as on the label."},
        "product.category": {
            "id": "Kategori: packaged_food, ready_to_eat, textile, craft atau cosmetic.",
            "en": "Category: packaged_food, ready_to_eat, textile, craft or cosmetic."},
        "product.channels": {
            "id": "Saluran penjualan: event (area acara), hotel, souvenir (oleh-oleh).",
            "en": "Sales channels: event, hotel, souvenir."},
        "product.kbli": {
            "id": "Kode KBLI produk ini (5 digit, di antara tanda petik); harus ada di KBLI usaha.",
            "en": "This product's KBLI code (5 digits, in quotes); must be among the business's KBLI."},
        "product.food_type": {
            "id": "Jenis pangan, mis. coffee_tea, sugar_confectionery_honey, spices (lihat daftar jenis pangan P-IRT di standar: readiness explain FOOD-02). Pangan wajib SNI: iodised_salt (garam beriodium), bottled_water (air minum dalam kemasan), wheat_flour (tepung terigu), refined_sugar (gula kristal putih).",
            "en": "Food type, e.g. coffee_tea, sugar_confectionery_honey, spices (see readiness explain FOOD-02). Under a mandatory SNI: iodised_salt, bottled_water, wheat_flour, refined_sugar."},
        "product.item_type": {
            "id": "Jenis barang, mis. kendi, vas, gelang; toy untuk mainan anak (wajib SNI). Benda tajam seperti keris atau pisau dilarang di area acara.",
            "en": "Item type, e.g. jug, vase, bracelet; toy for a children's toy (mandatory SNI). Bladed items are banned at the venue."},
        "product.net_content": {
            "id": "Isi bersih per kemasan: angka dan satuan metrik (g, kg, ml, l), tulis mis. net_content: {amount: 250, unit: g}",
            "en": "Net content per pack: number and metric unit (g, kg, ml, l), e.g. net_content: {amount: 250, unit: g}"},
        "product.shelf_life_days": {
            "id": "Masa simpan dalam hari (dari tanggal produksi sampai kedaluwarsa); kurang dari 7 hari tidak memerlukan izin edar.",
            "en": "Shelf life in days; under 7 days needs no distribution permit."},
        "product.packed_in_front_of_buyer": {
            "id": "true bila produk dikemas di depan pembeli, sedikit-sedikit sesuai pesanan (mis. kopi atau jus yang dituang di stan): tidak memerlukan izin edar.",
            "en": "true when the product is packed in front of the buyer, in small amounts on request (e.g. coffee or juice poured at the booth): needs no distribution permit."},
        "product.minimal_processing": {
            "id": "true bila produk hanya dicuci, dikeringkan, digiling, dipotong, digarami, dibekukan, dicampur atau diblansir, tanpa bahan tambahan pangan: tidak memerlukan izin edar.",
            "en": "true when the product is only washed, dried, milled, cut, salted, frozen, mixed or blanched, with no food additives: needs no distribution permit."},
        "product.halal_status": {
            "id": "Status halal: claimed_halal (halal, bawaan bila kosong) atau non_halal (mengandung babi, alkohol atau bahan tidak halal lain: tidak perlu sertifikat halal, tetapi wajib keterangan \"tidak halal\").",
            "en": "Halal status: claimed_halal (the default when empty) or non_halal (contains pork, alcohol or other non-halal material: no halal certificate, but a \"not halal\" statement is required)."},
        "product.storage": {
            "id": "Cara penyimpanan: ambient (suhu ruang), chilled (dingin) atau frozen (beku).",
            "en": "Storage: ambient, chilled or frozen."},
        "product.ingredients": {
            "id": "Komposisi/bahan, mis. [biji kopi arabika sangrai].",
            "en": "Ingredients, e.g. [roasted arabica beans]."},
        "product.allergens": {
            "id": "Bahan alergen (susu, telur, kacang, gandum, ...); [] bila tidak ada.",
            "en": "Allergens (milk, egg, nuts, wheat, ...); [] if none."},
        "product.price_idr": {
            "id": "Harga jual dalam rupiah, tanpa titik, mis. 85000.",
            "en": "Selling price in rupiah, no separators, e.g. 85000."},
        "product.capacity_per_month": {
            "id": "Berapa unit yang sanggup Anda produksi per bulan.",
            "en": "How many units you can produce per month."},
        "product.packaging.materials": {
            "id": "Bahan kemasan, mis. [kraft paper, aluminium foil].",
            "en": "Packaging materials."},
        "product.packaging.sealed": {
            "id": "true bila kemasan tersegel (seal panas, segel tutup).",
            "en": "true when the pack is sealed."},
        "product.packaging.single_use_plastic": {
            "id": "true bila memakai plastik sekali pakai (kantong, sedotan, wadah), false bila tidak.",
            "en": "true when single-use plastic is used, else false."},
        "product.label.language": {
            "id": "Bahasa label: id (Indonesia) atau bilingual (Indonesia dan bahasa lain).",
            "en": "Label language: id or bilingual."},
        "product.label.elements": {
            "id": "Apa saja yang tercetak di label: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement (keterangan \"tidak halal\").",
            "en": "What the label shows: product_name, ingredients, net_content, producer_address, production_code, production_date, best_before, permit_number, halal_logo, allergens, storage, non_halal_statement."},
        "product.label.halal_logo": {
            "id": "Logo halal di label: national (logo BPJPH ungu), mui_legacy (logo MUI lama) atau none.",
            "en": "Halal logo on the label: national, mui_legacy or none."},
        "product.label.best_before_text": {
            "id": "Tulisan kedaluwarsa di label, mis. \"Baik digunakan sebelum 12 2027\".",
            "en": "Best-before wording on the label."},
        "product.label.smallest_text_mm": {
            "id": "Tinggi huruf terkecil di label, dalam mm (ukur dengan penggaris).",
            "en": "Smallest text height on the label, in mm."},
        "product.label.area_cm2": {
            "id": "Luas label dalam cm2 (panjang x lebar).",
            "en": "Label area in cm2."},
        "product.label.permanent": {
            "id": "true bila label dijahit/permanen pada kain.",
            "en": "true when the label is sewn in/permanent."},
        "product.permits": {
            "id": "Izin produk (P-IRT, BPOM, sertifikat halal, notifikasi kosmetik, SPPT-SNI): jenis, nomor, tanggal terbit/berlaku seperti pada sertifikat; sertifikat halal lama dari MUI ditandai by: MUI. Contoh, hapus tanda # lalu isi:",
            "en": "Product permits (P-IRT, BPOM, halal, cosmetic notification, SPPT-SNI): type, number, dates as on the certificate; an old MUI halal certificate has by: MUI. Example, remove the # and fill in:"},
        "product.documents": {
            "id": "Dokumen produk (hasil uji laboratorium, pernyataan bebas timbal, dokumen asal-usul kayu SVLK/V-Legal atau nota asal-usul). Contoh, hapus tanda # lalu isi:",
            "en": "Product documents (lab test report, lead-free declaration, legal-origin document for timber: SVLK/V-Legal or a dealer's note). Example, remove the # and fill in:"},
        "product.materials": {
            "id": "Bahan baku, mis. [tanah liat, bambu].",
            "en": "Materials, e.g. [clay, bamboo]."},
        "product.food_contact": {
            "id": "true bila barang dipakai untuk makanan/minuman (piring, kendi, gelas).",
            "en": "true when the item touches food or drink."},
        "product.animal_derived": {
            "id": "true bila memakai bahan hewani (kulit, tulang, sutra).",
            "en": "true when animal-derived materials are used."},
        "product.marks": {
            "id": "Logo/nama acara yang tercetak di produk (mis. MotoGP); kosongkan bila tidak ada.",
            "en": "Event logos/names on the product (e.g. MotoGP); leave empty if none."},
        "product.licences": {
            "id": "Lisensi untuk setiap merek acara di atas. Contoh, hapus tanda # lalu isi:",
            "en": "A licence for each event mark above. Example, remove the # and fill in:"},
        "product.gi_claim": {
            "id": "Indikasi geografis yang diklaim (mis. Tenun Ikat Sumba); kosongkan bila tidak ada.",
            "en": "Geographical indication claimed; leave empty if none."},
        "product.gi_member": {
            "id": "true bila Anda anggota MPIG (Masyarakat Perlindungan Indikasi Geografis) tersebut.",
            "en": "true when you are a member of the GI association (MPIG)."},
        "product.technique": {
            "id": "Teknik: handwoven (tenun tangan), machine_woven (tenun mesin), handmade (buatan tangan) atau machine_made.",
            "en": "Technique: handwoven, machine_woven, handmade or machine_made."},
        "product.origin.village": {
            "id": "Desa asal pembuatan, mis. Sukarara.",
            "en": "Village of origin."},
        "product.fibres": {
            "id": "Komposisi serat dalam persen (jumlah 100). Contoh, hapus tanda # lalu isi:",
            "en": "Fibre composition in percent (adding up to 100). Example, remove the # and fill in:"},
    },
    "msg": {
        "ok": {"id": "Terpenuhi.", "en": "Met."},
        "absent": {
            "id": "Data belum diisi: {fields}.",
            "en": "Not given in the dossier: {fields}."},
        "bad_format": {
            "id": "{field} tertulis '{value}'; seharusnya {expected}.",
            "en": "{field} reads '{value}'; expected {expected}."},
        "not_allowed": {
            "id": "{field} bernilai '{value}'; yang diterima: {allowed}.",
            "en": "{field} is '{value}'; accepted: {allowed}."},
        "forbidden": {
            "id": "{field} memuat '{value}', yang tidak diperbolehkan.",
            "en": "{field} includes '{value}', which is not allowed."},
        "not_equal": {
            "id": "{field} bernilai {value}; seharusnya {expected}.",
            "en": "{field} is {value}; expected {expected}."},
        "not_a_number": {
            "id": "{field} bukan angka: '{value}'.",
            "en": "{field} is not a number: '{value}'."},
        "below_min": {
            "id": "{field} {value}, kurang dari batas minimal {min}.",
            "en": "{field} is {value}, below the minimum of {min}."},
        "above_needed": {
            "id": "{field} {value}; harus lebih dari {min}.",
            "en": "{field} is {value}; it must be more than {min}."},
        "lacks_items": {"id": "{field} belum memuat: {items}.", "en": "{field} lacks: {items}."},
        "bad_sum": {
            "id": "Jumlah {field} adalah {value}, seharusnya {total}.",
            "en": "{field} adds up to {value}, not {total}."},
        "no_document": {"id": "Tidak ada {types}.", "en": "No {types}."},
        "bad_number": {
            "id": "Nomor {type} '{value}' tidak sesuai format.",
            "en": "The {type} number '{value}' is not well formed."},
        "no_expiry": {
            "id": "Masa berlaku {type} tidak diketahui (isi tanggal terbit atau berlaku s/d).",
            "en": "The validity of the {type} is unknown (give its issue or expiry date)."},
        "expires_before_event": {
            "id": "{type} berlaku s/d {expires}, sebelum acara berakhir ({event_end}).",
            "en": "The {type} is valid until {expires}, before the event ends ({event_end})."},
        "entry_too_old": {
            "id": "Kurasi tanggal {date} sudah lebih dari batas (paling awal {earliest}).",
            "en": "The curation of {date} is too old (earliest accepted {earliest})."},
        "entry_after_event": {
            "id": "Kurasi tanggal {date} dilakukan setelah acara dimulai ({event_start}).",
            "en": "The curation of {date} took place after the event started ({event_start})."},
        "lacks_entry_kinds": {
            "id": "Belum ada kurasi yang lulus sejak {earliest} oleh: {kinds}.",
            "en": "No passed curation since {earliest} by: {kinds}."},
        "unlicensed_mark": {
            "id": "Merek '{mark}' dipakai tanpa lisensi.",
            "en": "The mark '{mark}' is used without a licence."},
        "pirt_malformed": {
            "id": "Nomor P-IRT '{value}' tidak terdiri dari 15 digit.",
            "en": "The P-IRT number '{value}' does not have 15 digits."},
        "pirt_regency": {
            "id": "Nomor P-IRT '{value}' memuat kode daerah {got}, padahal {regency} berkode {want}.",
            "en": "The P-IRT number '{value}' carries regency code {got}, but {regency} is {want}."},
        "pirt_year": {
            "id": "Nomor P-IRT '{value}' berakhir {got}, padahal terbit {issued} berarti {want}.",
            "en": "The P-IRT number '{value}' ends in {got}, but issued {issued} means {want}."},
        "pirt_expiry_date_needed": {
            "id": "Nomor P-IRT hanya menyebut tahun berakhir {year}, tahun acara: tanggal berakhirnya sertifikat diperlukan (isi tanggal terbit atau berlaku s/d dari sertifikat SPP-IRT).",
            "en": "The P-IRT number gives only the expiry year {year}, the event's year: the certificate's expiry date is needed (give its issue or expiry date from the SPP-IRT)."},
        "pirt_year_before_event": {
            "id": "Menurut nomornya, P-IRT berakhir pada tahun {year}, sebelum acara berakhir ({event_end}).",
            "en": "By its number the P-IRT expires in {year}, before the event ends ({event_end})."},
        "waiver_not_yet": {
            "id": "Pengecualian oleh {officer} baru berlaku mulai {date}; belum berlaku.",
            "en": "The waiver by {officer} takes effect only on {date}; not yet in effect."},
        "verdict_not_yet": {
            "id": "Penilaian petugas {officer} bertanggal {date}, setelah tanggal pemeriksaan; belum dicatat.",
            "en": "Officer {officer}'s verdict is dated {date}, after the check's date; not yet recorded."},
        "needs_officer": {
            "id": "Perlu penilaian petugas: {instructions}",
            "en": "Needs an officer's verdict: {instructions}"},
        "not_applicable": {"id": "Tidak berlaku untuk subjek ini.", "en": "Does not apply to this subject."},
        "exempt": {"id": "Dikecualikan (pengecualian {reason} aturan ini).",
                   "en": "Exempt (exemption {reason} of the rule)."},
        "pending_officer": {
            "id": "menunggu penilaian petugas sebelum acara.",
            "en": "awaiting the officer's verdict before the event."},
        "waived": {
            "id": "Dikecualikan oleh {officer} s/d {expires}: {reason}",
            "en": "Waived by {officer} until {expires}: {reason}"},
        "waived_approved": {
            "id": "Dikecualikan oleh {officer}, disetujui oleh {approved_by}, s/d {expires}: "
                  "{reason}",
            "en": "Waived by {officer}, approved by {approved_by}, until {expires}: {reason}"},
        "waiver_expired": {
            "id": "Pengecualian oleh {officer} sudah berakhir pada {expires}.",
            "en": "The waiver by {officer} expired on {expires}."},
        "officer_verdict": {
            "id": "Penilaian petugas {officer} ({date}): {verdict}. {note}",
            "en": "Officer {officer}'s verdict ({date}): {verdict}. {note}"},
    },
    "text": {
        "standard": {"id": "Standar", "en": "Standard"},
        "event": {"id": "Acara", "en": "Event"},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "certified": {"id": "SERTIFIKAT DITERBITKAN", "en": "CERTIFICATE ISSUED"},
        "not_certified": {
            "id": "BELUM ADA SERTIFIKAT (lihat laporan kekurangan)",
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
        "planning_dates": {
            "id": "tanggal perencanaan, belum dikonfirmasi",
            "en": "planning dates, not yet confirmed"},
        "gain": {"id": "skor naik {gain} poin", "en": "score +{gain} points"},
        "top_gaps": {"id": "Yang perlu diperbaiki dulu", "en": "Fix these first"},
        "more_gaps": {"id": "dan {n} kekurangan lain", "en": "and {n} more gaps"},
        "details": {"id": "Rincian", "en": "Details"},
        "eligible": {"id": "MEMENUHI SYARAT SERTIFIKAT", "en": "A CERTIFICATE IS DUE"},
        # one line on stderr when a superseded edition is used (results stay reproducible)
        "superseded": {
            "id": "catatan: {edition} sudah digantikan oleh {successor}; pemeriksaan ini tetap memakai {edition} (periksa dengan --standard {successor} untuk edisi yang berlaku)",
            "en": "note: {edition} is superseded by {successor}; this check still uses {edition} (use --standard {successor} for the edition in force)"},
        "superseded_base": {
            "id": "catatan: {ref} memperluas {edition}, yang sudah digantikan oleh {successor}; pertimbangkan extends: {successor}",
            "en": "note: {ref} extends {edition}, which is superseded by {successor}; consider extends: {successor}"},
        "status_current": {"id": "berlaku", "en": "in force"},
        "status_superseded": {"id": "digantikan oleh {successor}", "en": "superseded by {successor}"},
        "status_default": {"id": " (dipakai untuk '{id}' tanpa versi)", "en": " (used for '{id}' without a version)"},
    },
    "short": {
        "business": {"id": "usaha", "en": "business"},
        "cert": {"id": "Sertifikat: {n}", "en": "Certificate: {n}"},
        "no_cert": {"id": "Belum ada sertifikat.", "en": "No certificate yet."},
        "score": {"id": "skor", "en": "score"},
        "top": {"id": "Perbaiki dulu:", "en": "Fix first:"},
        "go": {"id": "Ke", "en": "Go to"},
        "more": {
            "id": "+{n} kekurangan lain (lihat laporan lengkap).",
            "en": "+{n} more gaps (see the full report)."},
        "none": {"id": "Tidak ada kekurangan.", "en": "No gaps."},
        "manual": {"id": "menunggu penilaian petugas", "en": "awaiting an officer's verdict"},
    },
    # YAML syntax errors in plain words (readiness.yamlerrors): the likely line and the usual
    # cause; `check`, `init` and the self-assessment form say the same
    "yaml": {
        "tab": {
            "id": "baris {line} menjorok dengan karakter tab; YAML hanya menerima spasi. Ganti tab dengan spasi (2 spasi per tingkat)",
            "en": "line {line} is indented with a tab; YAML accepts spaces only. Replace the tab with spaces (2 per level)"},
        "indent": {
            "id": "jarak menjorok baris {line} tidak sejajar dengan baris setingkat di atasnya. Samakan jumlah spasi di depan nama kolom yang setingkat (2 spasi per tingkat)",
            "en": "line {line} is not indented like the lines at its level above it. Give keys at the same level the same number of leading spaces (2 per level)"},
        "colon": {
            "id": "nilai '{key}' di baris {line} mengandung titik dua. Apit nilainya dengan tanda petik: {key}: \"{value}\"",
            "en": "the value of '{key}' on line {line} contains a colon. Put the value in quotes: {key}: \"{value}\""},
        "no_colon": {
            "id": "baris {line} tidak punya titik dua setelah nama kolom. Tulis seperti ini: nama: nilai",
            "en": "line {line} has no colon after the key. Write it like this: name: value"},
        "quote": {
            "id": "tanda petik yang dibuka di baris {line} tidak ditutup. Tutup dengan tanda petik yang sama di akhir nilai",
            "en": "the quote opened on line {line} is never closed. Close it with the same quote at the end of the value"},
        "bracket": {
            "id": "kurung [ atau {{ yang dibuka di baris {line} tidak ditutup dengan benar. Tutup dengan ] atau }}, dan pisahkan isinya dengan koma",
            "en": "the [ or {{ opened on line {line} is not closed properly. Close it with ] or }}, and separate its items with commas"},
        "documents": {
            "id": "berkas berisi lebih dari satu dokumen (ada '---' atau '...' di baris {line}); satu berkas hanya untuk satu dosir",
            "en": "the file holds more than one document ('---' or '...' on line {line}); one file is for one dossier"},
        "other": {
            "id": "penulisan di sekitar baris {line} tidak dapat dibaca ({detail}). Periksa spasi di depan baris, titik dua dan tanda petik",
            "en": "the text around line {line} cannot be read ({detail}). Check the leading spaces, the colons and the quotes"},
    },
    # the plan (readiness.plan): what to do, in order, as the gap report and /periksa say it
    "plan": {
        "business": {"id": "usaha", "en": "the business"},
        "office_unknown": {"id": "kantor terkait", "en": "the office concerned"},
        "step": {"id": "Langkah {n}", "en": "Step {n}"},
        "fill_title": {"id": "Lengkapi data", "en": "Fill in the missing information"},
        "fill_intro": {
            "id": "Isi dulu data berikut di dosir atau formulir; tanpa data ini persyaratannya belum dapat diperiksa. Tidak perlu ke kantor mana pun untuk langkah ini.",
            "en": "Fill in this information in the dossier or form first; without it the requirements cannot be checked. No office visit is needed for this step."},
        "visit_title": {"id": "Ke {office}", "en": "Visit {office}"},
        "self_title": {"id": "Kerjakan sendiri", "en": "Do it yourself"},
        "address": {"id": "Alamat", "en": "Address"},
        "address_unknown": {
            "id": "alamat: lihat situs resmi pemerintah kabupaten/kota",
            "en": "address: see the regency/city government's official website"},
        "online": {"id": "Daring", "en": "Online"},
        "for": {"id": "Untuk", "en": "For"},
        "question": {"id": "Pertanyaan", "en": "Question"},
        "shows": {"id": "Yang tercatat", "en": "What we found"},
        "bring": {"id": "Yang dibawa / dibutuhkan", "en": "What to bring / what is needed"},
        "how": {"id": "Cara memperbaiki", "en": "How to fix it"},
        "gain": {"id": "+{gain} poin", "en": "+{gain} points"},
        "step_gain": {"id": "skor naik hingga {gain} poin", "en": "score up to +{gain} points"},
        "manual_title": {"id": "Diperiksa petugas", "en": "Checked by an officer"},
        "manual_intro": {
            "id": "Persyaratan ini dinilai petugas secara langsung; siapkan barang dan dokumennya.",
            "en": "An officer judges these in person; have the goods and documents ready."},
        "waived_title": {"id": "Dikecualikan petugas", "en": "Waived by an officer"},
        "passed_title": {"id": "Sudah terpenuhi", "en": "Already met"},
        "not_applicable": {"id": "Tidak berlaku", "en": "Not applicable"},
        "nothing": {"id": "Tidak ada yang perlu dilakukan.", "en": "Nothing to do."},
        "reference": {"id": "Dasar", "en": "Reference"},
    },
    "doc": {
        "business_short": {"id": "U", "en": "B"},
        "product_short": {"id": "P", "en": "P"},
        "cert_title": {
            "id": "Sertifikat Kesiapan Produk IKM",
            "en": "IKM Product Readiness Certificate"},
        "cert_kicker": {"id": "Sertifikat", "en": "Certificate"},
        "awarded_to": {"id": "Diberikan kepada", "en": "Awarded to"},
        "nib": {"id": "NIB", "en": "NIB"},
        "owner": {"id": "Pemilik", "en": "Owner"},
        "address": {"id": "Alamat", "en": "Address"},
        "standard": {"id": "Standar", "en": "Standard"},
        "event": {"id": "Acara", "en": "Event"},
        "cert_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "issued": {"id": "Tanggal terbit", "en": "Date of issue"},
        "valid_until": {"id": "Berlaku sampai", "en": "Valid until"},
        "business_score": {"id": "Skor usaha", "en": "Business score"},
        "products_certified": {"id": "Produk yang disertifikasi", "en": "Products certified"},
        "statement": {
            "id": "Usaha di atas telah diperiksa terhadap standar tersebut dan dinyatakan siap memasok produk berikut, dengan syarat dan catatan yang tercantum.",
            "en": "The business above has been checked against this standard and is found ready to supply the products below, subject to the conditions listed."},
        "product": {"id": "Produk", "en": "Product"},
        "price": {"id": "Harga", "en": "Price"},
        "category": {"id": "Kategori", "en": "Category"},
        "verdict": {"id": "Status", "en": "Verdict"},
        "score": {"id": "Skor", "en": "Score"},
        "conditions": {"id": "Syarat dan catatan", "en": "Conditions and notes"},
        "no_conditions": {"id": "Tanpa syarat tambahan.", "en": "No further conditions."},
        "cond_gap": {"id": "Perbaiki", "en": "To fix"},
        "cond_waiver": {"id": "Pengecualian", "en": "Waiver"},
        "cond_manual": {"id": "Pemeriksaan petugas", "en": "Officer check"},
        "cond_other": {"id": "Catatan", "en": "Note"},
        "whole_business": {"id": "seluruh usaha", "en": "whole business"},
        "issuer": {"id": "Diterbitkan oleh", "en": "Issued by"},
        "dossier": {"id": "Dossier", "en": "Dossier"},
        "generated_by": {"id": "Dibuat oleh", "en": "Generated by"},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "report_title": {
            "id": "Laporan Kesenjangan dan Rencana Perbaikan",
            "en": "Gap Report and Action Plan"},
        "report_kicker": {"id": "Laporan kesiapan", "en": "Readiness report"},
        "summary": {"id": "Ringkasan", "en": "Summary"},
        "business": {"id": "Usaha", "en": "Business"},
        "scores_chart": {"id": "Skor per subjek (0-100)", "en": "Score per subject (0-100)"},
        "fix_title": {"id": "Perbaiki", "en": "To fix"},
        "fix_intro": {
            "id": "Persyaratan yang tidak terpenuhi menurut isi dossier.",
            "en": "Requirements the dossier shows are not met."},
        "missing_title": {"id": "Lengkapi data", "en": "Information to complete"},
        "missing_intro": {
            "id": "Informasi yang belum ada di dossier. Tambahkan agar dapat diperiksa.",
            "en": "Information the dossier does not give yet. Add it so it can be checked."},
        "manual_title": {"id": "Perlu pemeriksaan petugas", "en": "Officer check needed"},
        "manual_intro": {
            "id": "Persyaratan yang diperiksa langsung oleh petugas.",
            "en": "Requirements an officer checks in person."},
        "waived_title": {"id": "Dikecualikan (waiver)", "en": "Waived"},
        "none_here": {"id": "Tidak ada.", "en": "None."},
        "shows": {"id": "Yang ada di dossier", "en": "What the dossier shows"},
        "needed": {"id": "Yang dibutuhkan", "en": "What is needed"},
        "how": {"id": "Cara memperbaiki", "en": "How to fix it"},
        "agency": {"id": "Ke mana", "en": "Who to go to"},
        "gain": {"id": "Kenaikan skor", "en": "Score gain"},
        "points": {"id": "poin", "en": "points"},
        "reference": {"id": "Dasar", "en": "Reference"},
        "subject": {"id": "Untuk", "en": "For"},
        "passed_title": {
            "id": "Persyaratan yang sudah terpenuhi",
            "en": "Requirements already met"},
        "passed_intro": {
            "id": "Persyaratan berikut sudah dipenuhi.",
            "en": "The following requirements are met."},
        "not_applicable": {"id": "tidak berlaku", "en": "not applicable"},
        "rule": {"id": "Persyaratan", "en": "Requirement"},
        "subjects": {"id": "Subjek", "en": "Subjects"},
        "page": {"id": "Halaman", "en": "Page"},
        "of": {"id": "dari", "en": "of"},
        "gaps_count": {"id": "kesenjangan", "en": "gaps"},
        "certificate_issued": {"id": "Sertifikat diterbitkan", "en": "Certificate issued"},
        "certificate_not_issued": {
            "id": "Sertifikat belum dapat diterbitkan",
            "en": "No certificate can be issued yet"},
        "field": {"id": "Lokasi data", "en": "Data location"},
        "line": {"id": "baris", "en": "line"},
        # the certificate's signature block and how to check it (issue 11)
        "nip": {"id": "NIP", "en": "NIP"},
        "stamp": {"id": "Cap dinas", "en": "Office stamp"},
        "e_signed": {"id": "Ditandatangani secara elektronik", "en": "Signed electronically"},
        "trial_key": {"id": "dengan kunci UJI COBA, bukan tanda tangan elektronik tersertifikasi", "en": "with a TRIAL key, not a certified electronic signature"},
        "scan_or_open": {"id": "Pindai kode QR atau buka", "en": "Scan the QR code or open"},
        "ask_office": {"id": "Untuk memeriksa keaslian sertifikat ini, hubungi kantor penerbit dan sebutkan nomornya.", "en": "To check that this certificate is genuine, contact the issuing office and quote its number."},
        "draft_mark": {"id": "DRAF — BUKAN SERTIFIKAT", "en": "DRAFT — NOT A CERTIFICATE"},
        "draft_number": {"id": "DRAF", "en": "DRAFT"},
        "draft_note": {"id": "DRAF untuk diperiksa: tanpa nomor, tanpa tanda tangan, tidak tercatat di register.", "en": "DRAFT for review: no number, not signed, not recorded in the register."},
        "draft_unsigned": {"id": "DRAF: tidak ditandatangani", "en": "DRAFT: not signed"},
        "certificate_eligible": {"id": "Memenuhi syarat sertifikat", "en": "Meets the conditions for a certificate"},
    },
    "summary": {
        "no": {"id": "No", "en": "No"},
        "name": {"id": "Nama usaha", "en": "Business"},
        "nib": {"id": "NIB", "en": "NIB"},
        "regency": {"id": "Kabupaten/Kota", "en": "Regency"},
        "source": {"id": "Berkas sumber", "en": "Source file"},
        "rows": {"id": "Baris", "en": "Rows"},
        "certified": {"id": "Tersertifikasi", "en": "Certified"},
        "verdict": {"id": "Status", "en": "Verdict"},
        "score": {"id": "Skor tingkat usaha", "en": "Business-level score"},
        "products_ready": {"id": "Produk siap", "en": "Products ready"},
        "products_conditional": {"id": "Produk bersyarat", "en": "Products conditional"},
        "products_total": {"id": "Jumlah produk", "en": "Products total"},
        "blocking": {"id": "Syarat penghalang (blocker)", "en": "Blocking requirements"},
        "major": {"id": "Kekurangan utama (major)", "en": "Major gaps"},
        "certificate": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "document": {"id": "Dokumen", "en": "Document"},
        "notes": {"id": "Catatan", "en": "Notes"},
        "e_source": {"id": "Berkas", "en": "File"},
        "e_row": {"id": "Baris", "en": "Row"},
        "e_column": {"id": "Kolom", "en": "Column"},
        "e_level": {"id": "Tingkat", "en": "Level"},
        "e_kind": {"id": "Jenis", "en": "Kind"},
        "e_business": {"id": "Usaha", "en": "Business"},
        "e_message": {"id": "Keterangan", "en": "Message"},
        "dup_nib": {
            "id": "NIB dipakai nama usaha lain (baris {rows})",
            "en": "NIB also used under another business name (rows {rows})"},
        "dup_product": {
            "id": "produk tercantum dua kali (baris {rows})",
            "en": "product listed twice (rows {rows})"},
        "bad_rows": {
            "id": "{n} baris tidak terbaca, lihat errors.csv",
            "en": "{n} row(s) unreadable, see errors.csv"},
        "conflict": {
            "id": "nilai usaha berbeda antarbaris (kolom {col}), dipakai baris pertama",
            "en": "business values differ between rows (column {col}); first row used"},
        "error": {
            "id": "tidak dapat diperiksa, lihat errors.csv",
            "en": "could not be checked, see errors.csv"},
        "title": {"id": "Ringkasan pemeriksaan kesiapan IKM", "en": "Readiness check of IKM businesses: summary"},
        "by_regency": {
            "id": "Tersertifikasi per kabupaten/kota (usaha)",
            "en": "Certified by regency (businesses)"},
        "by_category": {
            "id": "Produk dalam sertifikat per kategori",
            "en": "Products on a certificate by category"},
        "top_rules": {
            "id": "Syarat yang paling sering tidak terpenuhi (blocker/major, jumlah usaha)",
            "en": "Requirements failed most often (blocker/major, businesses)"},
        "businesses": {"id": "Usaha", "en": "Businesses"},
        "certified_n": {"id": "Tersertifikasi", "en": "Certified"},
        "not_certified_n": {"id": "Belum", "en": "Not certified"},
        "errors_n": {"id": "Tidak terbaca", "en": "Unreadable"},
        "standard": {"id": "Standar", "en": "Standard"},
        "generated": {"id": "Dibuat", "en": "Generated"},
        "r_col_cert": {"id": "Hasil: tersertifikasi", "en": "Result: certified"},
        "r_col_verdict": {"id": "Hasil: status", "en": "Result: verdict"},
        "r_col_score": {"id": "Hasil: skor", "en": "Result: score"},
        "r_col_blocking": {"id": "Hasil: syarat penghalang", "en": "Result: blocking requirements"},
        "r_col_doc": {"id": "Hasil: dokumen", "en": "Result: document"},
        "r_col_note": {"id": "Hasil: catatan", "en": "Result: note"},
        "unknown": {"id": "(tidak diketahui)", "en": "(unknown)"},
        "verdict_error": {"id": "galat", "en": "error"},
        "business_verdict": {"id": "Status tingkat usaha", "en": "Business-level verdict"},
        "products": {"id": "Produk: status (skor)", "en": "Products: verdict (score)"},
        "form_gaps": {"id": "Tidak ada di formulir", "en": "Not in the form"},
        "form_gap_note": {"id": "{n} syarat tidak dapat diisi dari formulir ({rules})", "en": "{n} requirement(s) the form cannot feed ({rules})"},
        "list": {"id": "Daftar usaha IKM", "en": "IKM businesses"},
        "as_of": {"id": "Per tanggal", "en": "As of"},
        "edition": {"id": "Edisi", "en": "Edition"},
        "level_pair": {"id": "Tingkat usaha (status, skor)", "en": "Business level (verdict, score)"},
        "best_pair": {"id": "Produk terbaik (status, skor)", "en": "Best product (verdict, score)"},
        "more": {"id": "dan {n} usaha lain: lihat summary.xlsx", "en": "and {n} more businesses: see summary.xlsx"},
    },
    "impact": {
        "head": {
            "id": "{a} -> {b}: {n} usaha, {c} berubah status ({lose} kehilangan sertifikat, {gain} mendapat sertifikat)",
            "en": "{a} -> {b}: {n} businesses, {c} change verdict ({lose} lose the certificate, {gain} gain one)"},
        "cert": {"id": "bersertifikat", "en": "certified"},
        "nocert": {"id": "tanpa sertifikat", "en": "not certified"},
        "because": {"id": "karena", "en": "because of"},
        "better": {"id": "membaik", "en": "improved by"},
        "causes": {
            "id": "Syarat penyebab kehilangan sertifikat",
            "en": "Requirements behind lost certificates"},
        "errors": {"id": "Tidak terbaca", "en": "Unreadable"},
        "nochange": {"id": "tidak berubah", "en": "unchanged"},
        "gain_causes": {"id": "Syarat penyebab mendapat sertifikat", "en": "Requirements behind gained certificates"},
        "business": {"id": "tingkat usaha", "en": "business level"},
        # what a requirement was under A (before_) or became under B (after_)
        "before_absent": {"id": "syarat baru", "en": "new requirement"},
        "before_met": {"id": "sebelumnya terpenuhi", "en": "was met"},
        "before_not_applicable": {"id": "sebelumnya tidak berlaku", "en": "did not apply"},
        "before_severity": {"id": "sebelumnya {severity}", "en": "was {severity}"},
        "after_absent": {"id": "syarat dihapus", "en": "requirement removed"},
        "after_met": {"id": "kini terpenuhi", "en": "now met"},
        "after_not_applicable": {"id": "kini tidak berlaku", "en": "no longer applies"},
        "after_severity": {"id": "kini {severity}", "en": "now {severity}"},
    },
    "init": {
        "head_title": {"id": "Dosir produk IKM untuk standar {ref}: {title}.",
                       "en": "IKM product dossier for the standard {ref}: {title}."},
        "head_fill": {
            "id": "Isi setiap kolom sesuai dokumen asli; biarkan kosong bila belum punya (hasil pemeriksaan akan menyebutnya 'lengkapi data'). Tulis nomor (NIB, NPWP, telepon, KBLI) di antara tanda petik.",
            "en": "Fill in every field from the original documents; leave it empty when you do not have it yet (the check will call it 'missing data'). Write numbers (NIB, NPWP, phone, KBLI) in quotes."},
        "head_check": {
            "id": "Periksa dengan: readiness check NAMA-FILE.yaml  -  arti setiap syarat: readiness explain ID-SYARAT",
            "en": "Check it with: readiness check FILE.yaml  -  what each requirement means: readiness explain RULE-ID"},
        "event": {"id": "Acara", "en": "Event"},
        "business_name": {"id": "Nama usaha", "en": "Business name"},
        "product_n": {"id": "Produk {n}", "en": "Product {n}"},
        "intro": {
            "id": "Menyiapkan dosir produk untuk {std}. Tekan Enter untuk melewati pertanyaan yang belum bisa dijawab.",
            "en": "Preparing a product dossier for {std}. Press Enter to skip a question you cannot answer yet."},
        "name": {"id": "Nama usaha (seperti pada NIB)", "en": "Business name (as on the NIB)"},
        "owner": {"id": "Nama pemilik", "en": "Owner's name"},
        "nib": {
            "id": "NIB, 13 digit (dokumen NIB dari OSS)",
            "en": "NIB, 13 digits (the NIB document from OSS)"},
        "nib_bad": {
            "id": "NIB terdiri dari 13 digit angka; coba lagi atau tekan Enter untuk mengisi nanti.",
            "en": "A NIB has 13 digits; try again or press Enter to fill it in later."},
        "phone": {"id": "Nomor telepon/WhatsApp usaha", "en": "Business phone/WhatsApp number"},
        "regency": {"id": "Kabupaten/kota", "en": "Regency/city"},
        "province": {"id": "Provinsi", "en": "Province"},
        "scale": {
            "id": "Skala usaha (Mikro, Kecil, Menengah, Besar)",
            "en": "Business scale (micro, small, medium, large)"},
        "scale_bad": {
            "id": "Pilih micro, small, medium atau large, atau tekan Enter.",
            "en": "Choose micro, small, medium or large, or press Enter."},
        "count": {
            "id": "Berapa produk yang ingin diperiksa?",
            "en": "How many products do you want to check?"},
        "p_name": {"id": "Produk {i}: nama produk", "en": "Product {i}: name"},
        "p_cat": {
            "id": "Produk {i}: kategori ({choices})",
            "en": "Product {i}: category ({choices})"},
        "p_chan": {
            "id": "Produk {i}: dijual di mana, pisahkan dengan koma (Event, Hotel, Toko Oleh-oleh)",
            "en": "Product {i}: sales channels, separated by commas (event, hotel, souvenir)"},
        "p_non_halal": {"id": "Produk {i}: mengandung bahan tidak halal (babi, alkohol, ...)?",
                        "en": "Product {i}: does it contain non-halal material (pork, alcohol, ...)?"},
        "written": {
            "id": "Dosir ditulis ke {path}. Lengkapi kolom yang kosong, lalu jalankan: readiness check {path}",
            "en": "Dossier written to {path}. Fill in the empty fields, then run: readiness check {path}"},
        "exists": {
            "id": "file sudah ada; pakai --force untuk menimpanya",
            "en": "the file already exists; use --force to overwrite it"},
    },
    "explain": {
        "group": {"id": "Kelompok", "en": "Group"},
        "subject": {"id": "Berlaku untuk", "en": "Applies to"},
        "business": {"id": "usaha", "en": "the business"},
        "product": {"id": "setiap produk", "en": "each product"},
        "severity": {"id": "Tingkat", "en": "Severity"},
        "applies": {"id": "Berlaku bila", "en": "Applies when"},
        "always": {"id": "selalu", "en": "always"},
        "otherwise": {"id": "bila tidak berlaku", "en": "when it does not apply"},
        "evidence": {"id": "Yang dibutuhkan", "en": "What is needed"},
        "why": {"id": "Mengapa", "en": "Why"},
        "reference": {"id": "Dasar", "en": "Reference"},
        "fix": {"id": "Cara memenuhi", "en": "How to fix it"},
        "agency": {"id": "Hubungi", "en": "Go to"},
        "manual": {"id": "Dinilai oleh petugas", "en": "Judged by an officer"},
        "weight": {"id": "bobot", "en": "weight"},
        "default": {"id": "biasanya", "en": "normally"},
        "when": {"id": "bila", "en": "when"},
        "and": {"id": " dan ", "en": " and "},
        "or": {"id": " atau ", "en": " or "},
        "not": {"id": "bukan", "en": "not"},
        "any_product": {"id": "ada produk yang", "en": "some product has"},
        "category": {"id": "kategori produk", "en": "product category"},
        "channel": {"id": "saluran penjualan", "en": "sales channel"},
        "scale": {"id": "skala usaha", "en": "business scale"},
        "present": {"id": "terisi", "en": "given"},
        "absent": {"id": "kosong", "en": "empty"},
        "equals": {"id": "=", "en": "="},
        "in": {"id": "salah satu dari", "en": "one of"},
        "contains": {"id": "memuat", "en": "contains"},
        "matches": {"id": "cocok dengan", "en": "matches"},
        "at_least": {"id": ">=", "en": ">="},
        "at_most": {"id": "<=", "en": "<="},
        "below": {"id": "<", "en": "<"},
        "mentions": {"id": "menyebut salah satu dari", "en": "names one of"},
        "exempt": {"id": "Dikecualikan bila", "en": "Exempt when"},
        "std": {"id": "Standar", "en": "Standard"},
    },
    "compare": {
        "title": {
            "id": "Perbandingan {name}: {old} -> {new}",
            "en": "Comparison of {name}: {old} -> {new}"},
        "improved": {"id": "Membaik", "en": "Improved"},
        "regressed": {"id": "Memburuk", "en": "Regressed"},
        "expired": {"id": "Kedaluwarsa sejak hasil lama", "en": "Expired since the old result"},
        "subjects": {"id": "Kesiapan dan skor", "en": "Readiness and score"},
        "business": {"id": "Usaha", "en": "Business"},
        "none": {"id": "(tidak ada)", "en": "(none)"},
        "cert": {"id": "Sertifikat", "en": "Certificate"},
        "std_changed": {
            "id": "Catatan: standar berbeda ({old} -> {new}); sebagian perubahan berasal dari standar.",
            "en": "Note: the standards differ ({old} -> {new}); some changes come from the standard."},
        "changed": {"id": "Berubah lainnya", "en": "Other changes"},
    },
    "cli": {
        "error": {"id": "kesalahan", "en": "error"},
        "aborted": {"id": "dibatalkan", "en": "aborted"},
        "interrupted": {"id": "dihentikan", "en": "interrupted"},
        "internal_error": {
            "id": "galat internal: {detail}\nIni kesalahan di readiness, bukan di masukan Anda. Jalankan lagi dengan --debug untuk rinciannya dan laporkan, bersama perintah yang dijalankan dan traceback-nya, kepada pengelola readiness (pelacak isu proyek; lihat README.md).",
            "en": "internal error: {detail}\nThis is a bug in readiness, not in your input. Run again with --debug for details and report it, with the command you ran and the traceback, to the readiness maintainers (the project's issue tracker; see README.md)."},
        "batch_done": {
            "id": "{total} usaha: {cert} tersertifikasi ({cond} bersyarat), {nc} belum, {bad} tidak dapat diperiksa (diperiksa {checked} + dipakai ulang {reused} + gagal {bad} = {total}); errors.csv: {err} galat, {warn} peringatan -> {out}",
            "en": "{total} businesses: {cert} certified ({cond} conditional), {nc} not certified, {bad} could not be checked (checked {checked} + reused {reused} + failed {bad} = {total}); errors.csv: {err} errors, {warn} warnings -> {out}"},
        "worker_restarts": {
            "id": "catatan: {n} kali proses pekerja mati (dihentikan atau kehabisan memori); usaha yang terdampak sudah diperiksa ulang.",
            "en": "note: a worker process died {n} time(s) (killed or out of memory); the businesses it was checking were checked again."},
        "thousands": {"id": ".", "en": ","},
        "progress_found": {"id": "Mencari berkas: {n} usaha ditemukan", "en": "Searching the inputs: {n} businesses found"},
        "progress_bar": {"id": "Memeriksa [{bar}] {done}/{total} usaha ({pct}%) · {left}",
                         "en": "Checking [{bar}] {done}/{total} businesses ({pct}%) · {left}"},
        "progress_eta": {"id": "sisa ± {d}", "en": "about {d} left"},
        "progress_eta_unknown": {"id": "menghitung sisa waktu", "en": "estimating the time left"},
        "progress_took": {"id": "selesai dalam {d}", "en": "done in {d}"},
        "duration_h": {"id": "{h} jam {m} mnt", "en": "{h} h {m} min"},
        "duration_m": {"id": "{m} mnt {s} dtk", "en": "{m} min {s} s"},
        "duration_s": {"id": "{s} dtk", "en": "{s} s"},
        "batch_interrupted": {
            "id": "dihentikan; hasil yang sudah selesai tersimpan di {out}. Lanjutkan dengan perintah yang sama ditambah --resume",
            "en": "interrupted; the results done so far are kept in {out}. Continue with the same command plus --resume"},
        "batch_restarted": {
            "id": "catatan: run sebelumnya di folder ini belum selesai dan diulang dari awal (tanpa --resume)",
            "en": "note: the earlier run in this folder was unfinished and was started over (no --resume)"},
        "batch_taken_over": {
            "id": "catatan: run sebelumnya di folder ini (pid {pid} di {host}, mulai {started}) berhenti tanpa melepas kuncinya; kunci diambil alih",
            "en": "note: the earlier run in this folder (pid {pid} on {host}, started {started}) ended without releasing its lock; the lock was taken over"},
        "batch_removed": {
            "id": "catatan: {n} keluaran run sebelumnya yang tidak ditulis ulang oleh run ini dihapus ({what})",
            "en": "note: {n} output(s) of the earlier run that this run did not write again were removed ({what})"},
        "written": {"id": "{kind}: {path}", "en": "{kind}: {path}"},
        "reuse_line": {"id": "dipakai ulang {reused}, diperiksa {checked}",
                       "en": "reused {reused}, checked {checked}"},
        "reuse_checked_why": {"id": " ({why})", "en": " ({why})"},
        "reuse_rendered": {"id": "; dokumen dibuat ulang {n} ({why})",
                           "en": "; documents made again {n} ({why})"},
        "reuse_reason": {"id": "{n} {why}", "en": "{n} {why}"},
        "why_new": {"id": "baru", "en": "new"},
        "why_dossier_changed": {"id": "berkas berubah", "en": "dossier changed"},
        "why_standard_changed": {"id": "standar berubah", "en": "standard changed"},
        "why_as_of_changed": {"id": "tanggal berubah", "en": "as-of date changed"},
        "why_decisions_changed": {"id": "keputusan berubah", "en": "decisions changed"},
        "why_template_changed": {"id": "templat berubah", "en": "template changed"},
        "why_options_changed": {"id": "opsi berubah", "en": "options changed"},
        "why_certificate_changed": {"id": "sertifikat berubah di register",
                                    "en": "certificate changed in the register"},
        "why_damaged": {"id": "hasil lama rusak", "en": "earlier output damaged"},
        "why_retry": {"id": "gagal sebelumnya", "en": "failed before"},
        "hint": {"id": "saran", "en": "hint"},
    },
    "standards": {
        "extends": {"id": "memperluas {ref}", "en": "extends {ref}"},
        "scoring": {
            "id": "penilaian: bobot {blocker_word} {blocker}, {major_word} {major}, {minor_word} {minor}; siap >= {ready}, bersyarat >= {conditional}",
            "en": "scoring: weights {blocker_word} {blocker}, {major_word} {major}, {minor_word} {minor}; ready >= {ready}, conditional >= {conditional}"},
        "disabled": {"id": "dimatikan", "en": "disabled"},
        "when": {"id": "bila ...", "en": "when ..."},
        "rules_n": {"id": "{n} aturan", "en": "{n} rules"},
        "valid": {"id": "{file}: ok - {ref}, {n} aturan", "en": "{file}: ok - {ref}, {n} rules"},
        "event": {"id": "acara", "en": "event"},
        "scoring_short": {"id": "penilaian", "en": "scoring"},
        "added": {"id": "ditambahkan", "en": "added"},
        "removed": {"id": "dihapus", "en": "removed"},
        "switched_off": {"id": "dimatikan", "en": "switched off"},
        "parameter": {"id": "parameter", "en": "parameter"},
        "office": {"id": "kantor", "en": "office"},
        "no_differences": {"id": "tidak ada perbedaan", "en": "no differences"},
        "status": {"id": "status", "en": "status"},
        "extends_key": {"id": "memperluas", "en": "extends"},
        "from_": {"id": "dari", "en": "from"},
        "to": {"id": "menjadi", "en": "to"},
        "reordered": {"id": "urutan berubah", "en": "reordered"},
        "new": {"id": "baru", "en": "new"},
    },
    # certificates: issuing, the register, verification, the public page (issue 11); read by
    # cert_text(), which writes the arguments named date/at/valid_until/issued/start/end as dates
    "cert": {
        "issued_new": {
            "id": "sertifikat {number} diterbitkan dan dicatat di register",
            "en": "certificate {number} issued and recorded in the register"},
        "issued_same": {
            "id": "sertifikat {number} dicetak ulang (isinya tidak berubah sejak terbit {issued})",
            "en": "certificate {number} printed again (unchanged since it was issued on {issued})"},
        "issued_supersedes": {
            "id": "sertifikat {number} diterbitkan dan menggantikan {previous} (isinya berubah)",
            "en": "certificate {number} issued; it supersedes {previous} (the content changed)"},
        "issued_draft": {
            "id": "DRAF sertifikat (tanpa nomor, tidak ditandatangani, tidak dicatat)",
            "en": "certificate DRAFT (no number, not signed, not recorded)"},
        "gap_report": {
            "id": "laporan kesenjangan",
            "en": "gap report"},
        "not_issued_yet": {
            "id": "belum diterbitkan: nomor diberikan oleh register saat sertifikat diterbitkan (readiness check DOSIR --format pdf -o BERKAS.pdf)",
            "en": "not issued yet: the register gives the number when the certificate is issued (readiness check DOSSIER --format pdf -o FILE.pdf)"},
        "eligible_short": {
            "id": "Memenuhi syarat sertifikat (nomor diberikan saat diterbitkan).",
            "en": "Meets the conditions for a certificate (numbered when issued)."},
        "batch_issued": {
            "id": "register: {new} sertifikat baru, {supersedes} pengganti, {same} cetak ulang -> {register}",
            "en": "register: {new} new certificates, {supersedes} superseding, {same} printed again -> {register}"},
        "batch_drafts": {
            "id": "DRAF: {n} sertifikat tanpa nomor dan tanda tangan, tidak dicatat",
            "en": "DRAFTS: {n} certificates without number or signature, not recorded"},
        "key_made": {
            "id": "kunci uji coba dibuat: {cert}",
            "en": "trial key made: {cert}"},
        "key_imported": {
            "id": "kunci kantor diimpor: {cert}",
            "en": "office key imported: {cert}"},
        "key_subject": {
            "id": "penanda tangan: {subject}",
            "en": "signer: {subject}"},
        "key_fingerprint": {
            "id": "sidik SHA-256: {fingerprint}",
            "en": "SHA-256 fingerprint: {fingerprint}"},
        "key_valid": {
            "id": "berlaku: {start} s/d {end}",
            "en": "valid: {start} to {end}"},
        "key_trial_note": {
            "id": "catatan: ini kunci UJI COBA; sertifikat yang dipercaya hotel perlu kunci dari CA (mis. BSrE): readiness keys import KANTOR.p12",
            "en": "note: this is a TRIAL key; certificates hotels can trust need one from a CA (such as BSrE): readiness keys import OFFICE.p12"},
        "key_give_cert": {
            "id": "berikan {cert} kepada pemeriksa (readiness verify --trust)",
            "en": "give {cert} to verifiers (readiness verify --trust)"},
        "office_missing": {
            "id": "belum diisi untuk sertifikat: {keys} (lihat readiness office set --help)",
            "en": "not set yet for certificates: {keys} (see readiness office set --help)"},
        "office_saved": {
            "id": "pengaturan kantor disimpan: {path}",
            "en": "office settings saved: {path}"},
        "no_key": {
            "id": "belum ada kunci kantor (readiness keys init)",
            "en": "no office key yet (readiness keys init)"},
        "revoked_ok": {
            "id": "sertifikat {number} dicabut: {reason} (oleh {by}, {at})",
            "en": "certificate {number} revoked: {reason} (by {by}, {at})"},
        "exported": {
            "id": "{n} sertifikat diekspor ke {path}",
            "en": "{n} certificates exported to {path}"},
        "register_empty": {
            "id": "register masih kosong",
            "en": "the register is empty"},
        "evk_issued": {
            "id": "terbit",
            "en": "issued"},
        "evk_copy": {
            "id": "cetak ulang",
            "en": "copy"},
        "evk_superseded": {
            "id": "digantikan",
            "en": "superseded"},
        "evk_revoked": {
            "id": "dicabut",
            "en": "revoked"},
        "ev_issued": {
            "id": "diterbitkan",
            "en": "issued"},
        "ev_issued_supersedes": {
            "id": "diterbitkan, menggantikan {related}",
            "en": "issued, superseding {related}"},
        "ev_copy": {
            "id": "dicetak ulang (isi sama)",
            "en": "printed again (same content)"},
        "ev_superseded": {
            "id": "digantikan oleh {related}",
            "en": "superseded by {related}"},
        "ev_revoked": {
            "id": "dicabut oleh {actor}: {reason}",
            "en": "revoked by {actor}: {reason}"},
        "st_valid": {
            "id": "berlaku",
            "en": "valid"},
        "st_revoked": {
            "id": "dicabut",
            "en": "revoked"},
        "st_superseded": {
            "id": "digantikan",
            "en": "superseded"},
        "st_expired": {
            "id": "kedaluwarsa",
            "en": "expired"},
        "st_unknown": {
            "id": "tidak dikenal",
            "en": "unknown"},
        "v_certificate": {
            "id": "Sertifikat",
            "en": "Certificate"},
        "v_business": {
            "id": "Usaha",
            "en": "Business"},
        "v_products": {
            "id": "Produk",
            "en": "Products"},
        "v_standard": {
            "id": "Standar",
            "en": "Standard"},
        "v_event": {
            "id": "Acara",
            "en": "Event"},
        "v_validity": {
            "id": "Masa berlaku",
            "en": "Validity"},
        "v_validity_text": {
            "id": "terbit {issued}, berlaku sampai {valid_until}",
            "en": "issued {issued}, valid until {valid_until}"},
        "v_signer": {
            "id": "Penanda tangan",
            "en": "Signed by"},
        "v_signed_at": {
            "id": "{signer}, pada {at}",
            "en": "{signer}, on {at}"},
        "v_register": {
            "id": "Register",
            "en": "Register"},
        "v_ok": {
            "id": "OK: sertifikat {number} asli dan {status}: tanda tangan utuh dari penanda tangan yang dipercaya, tidak diubah sesudahnya, dan tercatat di register",
            "en": "OK: certificate {number} is genuine and {status}: the signature is intact, from a trusted signer, nothing was changed afterwards, and the register records it"},
        "v_ok_legacy": {
            "id": "OK: sertifikat {number} (skema Ed25519 lama) utuh dan ditandatangani kunci yang dipercaya",
            "en": "OK: certificate {number} (earlier Ed25519 scheme) is intact and signed by a trusted key"},
        "v_failed": {
            "id": "GAGAL",
            "en": "FAILED"},
        "v_note": {
            "id": "catatan",
            "en": "note"},
        "pdf_unreadable": {
            "id": "bukan PDF yang dapat dibaca ({error})",
            "en": "not a readable PDF ({error})"},
        "not_signed": {
            "id": "PDF ini tidak ditandatangani: bukan sertifikat (draf, laporan, atau salinan yang ditulis ulang)",
            "en": "this PDF is not signed: it is not a certificate (a draft, a report, or a rewritten copy)"},
        "several_signatures": {
            "id": "PDF memuat {n} tanda tangan; sertifikat hanya memuat satu",
            "en": "the PDF carries {n} signatures; a certificate carries one"},
        "signature_unreadable": {
            "id": "tanda tangan tidak dapat dibaca ({error})",
            "en": "the signature cannot be read ({error})"},
        "signature_broken": {
            "id": "tanda tangan TIDAK utuh: isi berkas diubah setelah ditandatangani (ditulis ulang)",
            "en": "the signature is BROKEN: the file was changed after it was signed (rewritten)"},
        "changed_after_signing": {
            "id": "berkas diubah setelah ditandatangani (ada pembaruan yang ditambahkan sesudah tanda tangan)",
            "en": "the file was changed after it was signed (an update was appended after the signature)"},
        "untrusted_signer": {
            "id": "tanda tangan utuh, tetapi penandatangan tidak dipercaya: {signer} (berikan --trust SERTIFIKAT-KANTOR)",
            "en": "the signature is intact, but the signer is not trusted: {signer} (pass --trust OFFICE-CERTIFICATE)"},
        "no_trust": {
            "id": "tidak ada sertifikat kantor yang dipercaya untuk dibandingkan (berikan --trust SERTIFIKAT-KANTOR)",
            "en": "no trusted office certificate to compare with (pass --trust OFFICE-CERTIFICATE)"},
        "no_result": {
            "id": "tidak ada hasil pemeriksaan terlampir: bukan sertifikat readiness",
            "en": "no attached result: not a readiness certificate"},
        "bad_result": {
            "id": "hasil terlampir rusak ({error})",
            "en": "the attached result is damaged ({error})"},
        "not_a_certificate": {
            "id": "hasil terlampir tidak menerbitkan sertifikat",
            "en": "the attached result issues no certificate"},
        "draft": {
            "id": "ini DRAF, bukan sertifikat",
            "en": "this is a DRAFT, not a certificate"},
        "number_not_on_page": {
            "id": "nomor {number} dari hasil terlampir tidak tercetak di halaman",
            "en": "the number {number} of the attached result is not the one printed on the page"},
        "number_mismatch": {
            "id": "nomor tidak cocok: hasil terlampir {number}, {where} {other}",
            "en": "number mismatch: the attached result says {number}, {where} {other}"},
        "not_in_register": {
            "id": "nomor {number} tidak ada di register (tidak pernah diterbitkan kantor ini)",
            "en": "the number {number} is not in the register (this office never issued it)"},
        "register_other_content": {
            "id": "register mencatat isi lain untuk {number} (usaha, produk atau syarat berbeda)",
            "en": "the register records other content for {number} (business, products or conditions differ)"},
        "copy_not_recorded": {
            "id": "salinan ini tidak tercatat di register (hasil bertanda tangan yang tidak dikenal)",
            "en": "this copy is not recorded in the register (an unknown signed result)"},
        "revoked": {
            "id": "sertifikat {number} DICABUT pada {date}: {reason}",
            "en": "certificate {number} was REVOKED on {date}: {reason}"},
        "superseded": {
            "id": "sertifikat {number} sudah DIGANTIKAN oleh {by}: periksa sertifikat yang baru",
            "en": "certificate {number} was SUPERSEDED by {by}: check the new certificate"},
        "expired": {
            "id": "sertifikat {number} KEDALUWARSA: berlaku sampai {valid_until} (acara sudah lewat)",
            "en": "certificate {number} has EXPIRED: valid until {valid_until} (after the event)"},
        "no_register": {
            "id": "status tidak diperiksa: tidak ada register (berikan --register BERKAS-ATAU-URL{hint})",
            "en": "status not checked: no register (pass --register FILE-OR-URL{hint})"},
        "register_unreachable": {
            "id": "register tidak dapat dihubungi: {error}",
            "en": "the register cannot be reached: {error}"},
        "legacy_no_register": {
            "id": "sertifikat skema lama (Ed25519) terbit sebelum ada register: statusnya tidak tercatat",
            "en": "a certificate of the earlier scheme (Ed25519), issued before the register: it has no recorded status"},
        "legacy_problem": {
            "id": "{text}",
            "en": "{text}"},
        "w_title": {
            "id": "Verifikasi sertifikat",
            "en": "Certificate verification"},
        "w_number": {
            "id": "Nomor sertifikat",
            "en": "Certificate number"},
        "w_valid": {
            "id": "BERLAKU",
            "en": "VALID"},
        "w_revoked": {
            "id": "DICABUT",
            "en": "REVOKED"},
        "w_superseded": {
            "id": "DIGANTIKAN",
            "en": "SUPERSEDED"},
        "w_expired": {
            "id": "KEDALUWARSA",
            "en": "EXPIRED"},
        "w_unknown": {
            "id": "TIDAK DITEMUKAN",
            "en": "NOT FOUND"},
        "w_valid_text": {
            "id": "Sertifikat ini asli dan berlaku sampai {valid_until}.",
            "en": "This certificate is genuine and valid until {valid_until}."},
        "w_revoked_text": {
            "id": "Sertifikat ini dicabut pada {date}. Alasan: {reason}",
            "en": "This certificate was revoked on {date}. Reason: {reason}"},
        "w_superseded_text": {
            "id": "Sertifikat ini sudah digantikan oleh sertifikat yang lebih baru.",
            "en": "This certificate was replaced by a newer one."},
        "w_see_new": {
            "id": "Lihat sertifikat pengganti",
            "en": "See the new certificate"},
        "w_expired_text": {
            "id": "Sertifikat ini berlaku sampai {valid_until}; masa berlakunya sudah habis.",
            "en": "This certificate was valid until {valid_until}; it has expired."},
        "w_unknown_text": {
            "id": "Tidak ada sertifikat dengan nomor ini di register. Periksa kembali nomor pada sertifikat.",
            "en": "The register has no certificate with this number. Check the number on the certificate again."},
        "w_mistyped_text": {
            "id": "Nomor ini salah ketik: huruf terakhirnya (huruf pemeriksa) tidak cocok. Periksa kembali nomor pada sertifikat.",
            "en": "This number is mistyped: its last character (the check character) does not match. Check the number on the certificate again."},
        "w_business": {
            "id": "Usaha",
            "en": "Business"},
        "w_products": {
            "id": "Produk yang disertifikasi",
            "en": "Certified products"},
        "w_edition": {
            "id": "Standar",
            "en": "Standard"},
        "w_event": {
            "id": "Acara",
            "en": "Event"},
        "w_validity": {
            "id": "Masa berlaku",
            "en": "Validity"},
        "w_issued": {
            "id": "Terbit",
            "en": "Issued"},
        "w_valid_until": {
            "id": "Berlaku sampai",
            "en": "Valid until"},
        "w_issuer": {
            "id": "Penerbit",
            "en": "Issued by"},
        "w_compare": {
            "id": "Cocokkan nama usaha, produk dan tanggal di atas dengan sertifikat yang Anda lihat.",
            "en": "Compare the business name, products and dates above with the certificate in front of you."},
        "w_search": {
            "id": "Periksa nomor lain",
            "en": "Check another number"},
        "w_search_button": {
            "id": "Periksa",
            "en": "Check"},
        "w_lang": {
            "id": "English",
            "en": "Bahasa Indonesia"},
        "w_not_found": {
            "id": "Halaman tidak ditemukan.",
            "en": "Page not found."},
        "w_bad_request": {
            "id": "Permintaan tidak dapat dibaca.",
            "en": "The request cannot be read."},
        "w_forbidden": {
            "id": "Permintaan ditolak: muat ulang halaman lalu coba lagi.",
            "en": "Request refused: reload the page and try again."},
        "w_too_large": {
            "id": "Kiriman terlalu besar (berkas paling besar 20 MB).",
            "en": "What was sent is too large (files up to 20 MB)."},
        "w_back": {
            "id": "Ke halaman awal",
            "en": "To the start page"},
        "w_error": {
            "id": "Terjadi kesalahan di server. Silakan coba lagi nanti.",
            "en": "Something went wrong on the server. Please try again later."},
        "w_home_text": {
            "id": "Masukkan nomor sertifikat (mis. MM27-000123-K) atau pindai kode QR pada sertifikat.",
            "en": "Enter the certificate number (e.g. MM27-000123-K) or scan the QR code on the certificate."},
    },
    # batch: rows of errors.csv, notes of the summaries, lines of `readiness batch` (issue 15);
    # read through batch_text(), which words the arguments `missing` and `columns`
    "batch": {
        "zero_restored": {
            "id": "{column} tersimpan sebagai angka {number} ({n} digit, kurang satu): angka 0 di depan dikembalikan menjadi {fixed}; format kolom ini sebagai teks",
            "en": "{column} was stored as the number {number} ({n} digits, one short): its leading 0 is restored as {fixed}; format the column as text"},
        "number_rounded": {
            "id": "{column} tersimpan sebagai angka {number} dan program spreadsheet hanya menyimpan {known} digitnya; nomor tidak dapat dipulihkan: format kolom sebagai teks lalu isi lagi",
            "en": "{column} was stored as the number {number}, of which the spreadsheet program kept only {known} digits; it cannot be recovered: format the column as text and enter it again"},
        "number_ambiguous": {
            "id": "{column} tersimpan sebagai angka {number}: nomor {n} digit, atau nomor {n1} digit yang kehilangan angka 0 di depan? Format kolom sebagai teks lalu isi lagi",
            "en": "{column} was stored as the number {number}: a {n}-digit number, or a {n1}-digit one that lost its leading 0? Format the column as text and enter it again"},
        "phone_ambiguous": {
            "id": "{column} tersimpan sebagai angka {number}: {a} atau {b}? Format kolom sebagai teks lalu tulis lagi dengan 0 atau +62 di depan",
            "en": "{column} was stored as the number {number}: {a} or {b}? Format the column as text and enter it again with its 0 or +62"},
        "header_renamed": {
            "id": "kolom '{found}' dibaca sebagai '{expected}' (kolom terdekat di pemetaan {mapping})",
            "en": "column '{found}' is read as '{expected}' (the nearest column of mapping {mapping})"},
        "headers_missing": {
            "id": "pemetaan {mapping} membutuhkan kolom {missing}, yang tidak ada di berkas ini; kolom yang ditemukan: {found}",
            "en": "mapping {mapping} needs the column(s) {missing}, which this file lacks; found: {found}"},
        "no_mapping": {
            "id": "tidak ada pemetaan bawaan yang mengenali judul kolom berkas ini (ditemukan: {found}); tulis berkas pemetaan lalu berikan dengan --mapping",
            "en": "no shipped mapping recognises these column headers (found: {found}); write a mapping file and pass it with --mapping"},
        "form_gap": {
            "id": "formulir tidak punya kolom untuk {rule} ({title}): {fields}. {rule} tidak dapat dinilai dari berkas ini; kekurangannya pada usaha dari berkas ini ditandai 'tidak ada di formulir', bukan kesalahan usaha{columns}",
            "en": "the form has no column for {rule} ({title}): {fields}. {rule} cannot be judged from this file; its gaps for businesses of this file are marked 'not in the form', not charged to them{columns}"},
        "form_gap_choice": {
            "id": "formulir tidak dapat memenuhi {rule} ({title}): pilihan {choices} tidak ada di kolom {column}. Kekurangan {rule} pada usaha dari berkas ini ditandai 'tidak ada di formulir', bukan kesalahan usaha; tambahkan pilihan itu ke formulir",
            "en": "the form cannot meet {rule} ({title}): the choice {choices} is not in the column {column}. {rule} gaps of businesses from this file are marked 'not in the form', not charged to them; add that choice to the form"},
        "only_with": {
            "id": "kolom {column} diisi tetapi {anchor} kosong; nilainya tidak dipakai (entrinya hanya dibuat dari {anchor})",
            "en": "{column} is filled but {anchor} is empty; its value is not used (the entry is only made from {anchor})"},
        "form_gap_columns": {
            "id": "; kolom yang dapat ditambahkan: {columns}",
            "en": "; columns that would feed it: {columns}"},
        "did_you_mean": {
            "id": "'{a}' (mungkin '{b}'?)",
            "en": "'{a}' (did you mean '{b}'?)"},
        "copy_skipped": {
            "id": "salinan bertanda {copy} tidak ditulis ({why}); hasilnya ada di summary.csv dan summary.xlsx",
            "en": "no annotated copy {copy} was written ({why}); the results are in summary.csv and summary.xlsx"},
        "form_choice_line": {
            "id": "catatan: {file}: pilihan {choices} tidak ada di kolom {column}, jadi {rule} tidak dapat dipenuhi dari formulir; kekurangan itu ditandai 'tidak ada di formulir' (lihat errors.csv)",
            "en": "note: {file}: the choice {choices} is not in the column {column}, so {rule} cannot be met from the form; those gaps are marked 'not in the form' (see errors.csv)"},
        "form_gaps_line": {
            "id": "catatan: {file} tidak punya kolom untuk {n} syarat ({rules}); kekurangan itu ditandai 'tidak ada di formulir' (lihat errors.csv)",
            "en": "note: {file} has no column for {n} requirement(s) ({rules}); those gaps are marked 'not in the form' (see errors.csv)"},
    },
    "click": {
        "Usage:": {"id": "Cara pakai:", "en": "Usage:"},
        "Options": {"id": "Opsi", "en": "Options"},
        "Commands": {"id": "Perintah", "en": "Commands"},
        "Error: {message}": {"id": "Kesalahan: {message}", "en": "Error: {message}"},
        "Try '{command} {option}' for help.": {"id": "Coba '{command} {option}' untuk bantuan.",
                                                "en": "Try '{command} {option}' for help."},
        "Missing argument": {"id": "Argumen belum diberikan", "en": "Missing argument"},
        "Missing option": {"id": "Opsi belum diberikan", "en": "Missing option"},
        "Missing parameter": {"id": "Parameter belum diberikan", "en": "Missing parameter"},
        "Missing command.": {"id": "Perintah belum diberikan.", "en": "Missing command."},
        "No such command {name!r}.": {"id": "Tidak ada perintah {name!r}.", "en": "No such command {name!r}."},
        "No such option {name!r}.": {"id": "Tidak ada opsi {name!r}.", "en": "No such option {name!r}."},
        "Invalid value for {param_hint}: {message}": {"id": "Nilai tidak sah untuk {param_hint}: {message}",
                                                      "en": "Invalid value for {param_hint}: {message}"},
        "Invalid value: {message}": {"id": "Nilai tidak sah: {message}", "en": "Invalid value: {message}"},
        "Show this message and exit.": {"id": "Tampilkan pesan ini lalu keluar.", "en": "Show this message and exit."},
        "Show the version and exit.": {"id": "Tampilkan versi lalu keluar.", "en": "Show the version and exit."},
        "Aborted!": {"id": "Dibatalkan!", "en": "Aborted!"},
        "default: {default}": {"id": "bawaan: {default}", "en": "default: {default}"},
        "Option {name!r} requires an argument.": {"id": "Opsi {name!r} memerlukan argumen.",
                                                  "en": "Option {name!r} requires an argument."},
        "Got unexpected extra argument ({args})": {"id": "Ada argumen tambahan yang tidak diharapkan ({args})",
                                                   "en": "Got unexpected extra argument ({args})"},
        "Got unexpected extra arguments ({args})": {"id": "Ada argumen tambahan yang tidak diharapkan ({args})",
                                                    "en": "Got unexpected extra arguments ({args})"},
        "{value!r} is not {choice}.": {"id": "{value!r} bukan {choice}.", "en": "{value!r} is not {choice}."},
        "{value!r} is not one of {choices}.": {"id": "{value!r} bukan salah satu dari {choices}.",
                                               "en": "{value!r} is not one of {choices}."},
        "{value!r} is not a valid {number_type}.": {"id": "{value!r} bukan {number_type} yang sah.",
                                                    "en": "{value!r} is not a valid {number_type}."},
        "{value} is not in the range {range}.": {"id": "{value} di luar rentang {range}.",
                                                 "en": "{value} is not in the range {range}."},
        "{name} {filename!r} does not exist.": {"id": "{name} {filename!r} tidak ada.",
                                                "en": "{name} {filename!r} does not exist."},
        "{name} {filename!r} is a directory.": {"id": "{name} {filename!r} adalah folder.",
                                                "en": "{name} {filename!r} is a directory."},
        "Did you mean {possibility}?": {"id": "Mungkin maksudnya {possibility}?", "en": "Did you mean {possibility}?"},
        "(Did you mean one of: {possibilities}?)": {"id": "(Mungkin maksudnya salah satu dari: {possibilities}?)",
                                                    "en": "(Did you mean one of: {possibilities}?)"},
        "file": {"id": "berkas", "en": "file"},
        "directory": {"id": "folder", "en": "directory"},
        "path": {"id": "jalur", "en": "path"},
    },
    "error": {
        # reading any input (readiness.load)
        "expected_suffix": {"id": "; seharusnya {expected}", "en": "; expected {expected}"},
        "found_suffix": {"id": ", ditemukan {found}", "en": ", found {found}"},
        "and_more": {"id": "... dan {n} lagi", "en": "... and {n} more"},
        "did_you_mean": {"id": " (mungkin maksudnya '{word}'?)", "en": " (did you mean '{word}'?)"},
        "utf8_bom": {
            "id": "berkas harus berupa teks UTF-8; ditemukan penanda urutan byte {enc} (simpan sebagai UTF-8)",
            "en": "the file must be UTF-8 text; found a {enc} byte order mark (save it as UTF-8)"},
        "utf8_nul": {
            "id": "berkas harus berupa teks UTF-8; ditemukan byte NUL (berkas biner, atau UTF-16/32 tanpa penanda urutan byte)",
            "en": "the file must be UTF-8 text; found a NUL byte (a binary file, or UTF-16/32 without byte order mark)"},
        "utf8_invalid": {
            "id": "berkas harus berupa teks UTF-8; ditemukan byte tidak sah {byte} (Latin-1, Windows-1252 atau berkas biner? simpan sebagai UTF-8)",
            "en": "the file must be UTF-8 text; found the invalid byte {byte} (Latin-1, Windows-1252 or a binary file? save it as UTF-8)"},
        "file_not_found": {"id": "berkas tidak ditemukan", "en": "file not found"},
        "cannot_read": {"id": "berkas tidak dapat dibaca: {reason}", "en": "cannot read the file: {reason}"},
        "not_regular": {"id": "bukan berkas biasa melainkan {kind}; hanya berkas yang dibaca",
                        "en": "not a regular file but {kind}; only files are read"},
        "file_fifo": {"id": "pipa bernama (FIFO)", "en": "a named pipe (FIFO)"},
        "file_socket": {"id": "soket", "en": "a socket"},
        "file_chardev": {"id": "perangkat karakter", "en": "a character device"},
        "file_blockdev": {"id": "perangkat blok", "en": "a block device"},
        "file_other": {"id": "bukan berkas biasa", "en": "not a regular file"},
        "is_directory": {"id": "seharusnya berkas, ditemukan folder", "en": "expected a file, found a directory"},
        "too_large": {"id": "berkas terlalu besar: {size} byte, batasnya {limit} byte",
                      "en": "file too large: {size} bytes, the limit is {limit} bytes"},
        "too_large_stream": {"id": "berkas terlalu besar: lebih dari {limit} byte, batasnya {limit} byte",
                             "en": "file too large: more than {limit} bytes, the limit is {limit} bytes"},
        "too_many_aliases": {"id": "terlalu banyak alias YAML: lebih dari {max}",
                             "en": "too many YAML aliases: more than {max}"},
        "too_many_aliases_at": {
            "id": "terlalu banyak alias YAML: lebih dari {max} (yang ini merujuk nilai berjangkar di baris {anchor})",
            "en": "too many YAML aliases: more than {max} (this one refers to the value anchored at line {anchor})"},
        "alias_bomb": {
            "id": "alias YAML mengembang menjadi terlalu banyak nilai: lebih dari {max} (nilai berjangkar di baris {anchor} diulang terlalu sering)",
            "en": "YAML aliases expand to too many values: more than {max} (the value anchored at line {anchor} is repeated too often)"},
        "too_many_values": {"id": "terlalu banyak nilai: lebih dari {max}", "en": "too many values: more than {max}"},
        "too_deep": {"id": "susunan terlalu dalam: lebih dari {max} tingkat",
                     "en": "nesting too deep: more than {max} levels"},
        "yaml_tag": {
            "id": "tag YAML '{tag}' tidak diperbolehkan; seharusnya teks biasa, angka, true/false, null, daftar dan pemetaan",
            "en": "YAML tag '{tag}' is not allowed; expected plain text, numbers, true/false, null, lists and mappings"},
        "yaml_scalar": {"id": "'{value}' tidak dapat dibaca sebagai {kind}", "en": "cannot read '{value}' as {kind}"},
        "yaml_recursive": {
            "id": "alias YAML rekursif: nilai berjangkar di baris {anchor} memuat alias ke dirinya sendiri",
            "en": "recursive YAML alias: the value anchored at line {anchor} contains an alias to itself"},
        "complex_key": {"id": "kunci pemetaan harus berupa teks biasa; ditemukan daftar atau pemetaan sebagai kunci",
                        "en": "a mapping key must be plain text; found a list or mapping as key"},
        "duplicate_key": {"id": "kunci '{key}' ditulis dua kali (baris {at}); setiap kunci hanya sekali per pemetaan",
                          "en": "duplicate key '{key}' at line {at}; expected each key once per mapping"},
        "duplicate_key_first": {
            "id": "kunci '{key}' ditulis dua kali: baris {at} (pertama di baris {first}); setiap kunci hanya sekali per pemetaan",
            "en": "duplicate key '{key}' at line {at} (first at line {first}); expected each key once per mapping"},
        "duplicate_json_key": {"id": "kunci '{key}' ditulis dua kali; setiap kunci hanya sekali per objek",
                               "en": "duplicate key '{key}'; expected each key once per object"},
        "yaml_merge": {"id": "kunci gabung '<<' harus berisi pemetaan atau daftar pemetaan",
                       "en": "a merge key '<<' expects a mapping or a list of mappings"},
        "empty_file": {"id": "berkas kosong", "en": "file is empty"},
        "only_comments": {"id": "berkas tidak berisi data (hanya komentar)", "en": "file has no data (only comments)"},
        "yaml_syntax": {"id": "kesalahan penulisan YAML: {detail}", "en": "YAML syntax error: {detail}"},
        "yaml_char": {"id": "kesalahan penulisan YAML: karakter {char} tidak diperbolehkan ({reason})",
                      "en": "YAML syntax error: character {char} is not allowed ({reason})"},
        "json_syntax": {"id": "kesalahan penulisan JSON: {problem}", "en": "JSON syntax error: {problem}"},
        "json_value": {"id": "nilai JSON tidak diterima: {problem}", "en": "JSON value not accepted: {problem}"},
        "json_surrogate": {
            "id": "teks JSON memuat escape surrogate tanpa pasangan di '{text}'; seharusnya teks Unicode yang sah",
            "en": "JSON text holds an unpaired surrogate escape in '{text}'; expected valid Unicode text"},
        "file_ref_refused": {
            "id": "rujukan berkas '{ref}' ditolak: {why}; seharusnya jalur di dalam folder dosir",
            "en": "file reference '{ref}' refused: {why}; expected a path relative to the dossier's folder"},
        "file_ref_empty": {"id": "rujukan berkas kosong; seharusnya jalur di dalam folder dosir",
                           "en": "file reference is empty; expected a path relative to the dossier's folder"},
        "ref_control_chars": {"id": "memuat karakter kendali", "en": "it contains control characters"},
        "ref_url": {"id": "URL dan huruf drive tidak diperbolehkan", "en": "URLs and drive letters are not allowed"},
        "ref_absolute": {"id": "jalur absolut tidak diperbolehkan", "en": "absolute paths are not allowed"},
        "ref_parent": {"id": "'..' tidak diperbolehkan", "en": "'..' is not allowed"},
        "ref_symlink": {"id": "jalurnya keluar dari folder dosir (symlink)",
                        "en": "it leads outside the dossier's folder (symlink)"},
        # dossiers (readiness.model)
        "unknown_field": {"id": "kolom '{name}' tidak dikenal{hint}", "en": "unknown field '{name}'{hint}"},
        "unknown_field_known": {"id": "kolom '{name}' tidak dikenal; kolom yang dikenal di sini: {known}",
                                "en": "unknown field '{name}'; known fields here: {known}"},
        "required_field": {"id": "kolom wajib belum diisi", "en": "required field is missing"},
        "one_or_other": {"id": "{some} atau {last}", "en": "{some} or {last}"},
        "unknown_value": {"id": "nilai {value} tidak dikenal; seharusnya salah satu dari {options}{hint}",
                          "en": "unknown value {value}; expected one of {options}{hint}"},
        "must_be_text": {
            "id": "harus berupa teks: tulis angkanya di antara tanda kutip (mis. \"0220104455667\") agar angka 0 di depan tidak hilang",
            "en": "must be text: put the number in quotes (e.g. \"0220104455667\") so leading zeros are kept"},
        "control_chars": {"id": "memuat karakter kendali (tak terlihat); seharusnya teks biasa",
                          "en": "contains control characters; expected printable text"},
        "answer_refused": {"id": "{value}: {detail}", "en": "{value}: {detail}"},
        "bad_date": {"id": "tanggal {value} tidak valid; seharusnya tanggal yang ada, ditulis TTTT-BB-HH (mis. 2026-07-02)",
                     "en": "not a valid date {value}; expected an ISO date YYYY-MM-DD that exists"},
        "expected_integer": {"id": "seharusnya bilangan bulat",
                             "en": "input should be a valid integer, unable to parse string as an integer"},
        "expected_whole": {"id": "seharusnya bilangan bulat, bukan pecahan",
                           "en": "input should be a valid integer, got a number with a fractional part"},
        "expected_number": {"id": "seharusnya angka", "en": "input should be a valid number, unable to parse string as a number"},
        "expected_bool": {"id": "seharusnya true (ya) atau false (tidak)",
                          "en": "input should be a valid boolean, unable to interpret input"},
        "expected_list": {"id": "seharusnya daftar (list)", "en": "input should be a valid list"},
        "expected_mapping": {"id": "seharusnya pemetaan (kunci: nilai)", "en": "input should be a valid dictionary"},
        "expected_text": {"id": "seharusnya teks", "en": "input should be a valid string"},
        "at_least": {"id": "seharusnya paling sedikit {ge}", "en": "input should be greater than or equal to {ge}"},
        "more_than": {"id": "seharusnya lebih dari {gt}", "en": "input should be greater than {gt}"},
        "at_most": {"id": "seharusnya paling banyak {le}", "en": "input should be less than or equal to {le}"},
        "less_than": {"id": "seharusnya kurang dari {lt}", "en": "input should be less than {lt}"},
        "too_short": {"id": "daftar harus memuat paling sedikit {min_length} butir, bukan {actual_length}",
                      "en": "list should have at least {min_length} item after validation, not {actual_length}"},
        "text_too_short": {"id": "teks harus memuat paling sedikit {min_length} karakter", "en": "string should have at least {min_length} character"},
        "text_too_long": {"id": "teks terlalu panjang (paling banyak {max_length} karakter)",
                          "en": "string should have at most {max_length} characters"},
        "invalid_value": {"id": "nilai tidak sah: {detail}", "en": "{detail}"},
        "empty_dossier": {"id": "berkas kosong; seharusnya dosir yang diawali 'format: {format}'",
                          "en": "file is empty; expected a dossier starting with 'format: {format}'"},
        "dossier_not_mapping": {
            "id": "isi berkas harus berupa pemetaan (format:, business:, products:), ditemukan {kind}",
            "en": "top level must be a mapping (format:, business:, products:), found a {kind}"},
        "missing_format": {"id": "'format' tidak ada; baris pertama seharusnya 'format: {format}'",
                           "en": "missing 'format'; expected 'format: {format}' as the first line"},
        "unsupported_format": {"id": "format {found_format} tidak didukung; versi readiness ini membaca '{format}'",
                               "en": "unsupported format {found_format}; this version of readiness reads '{format}'"},
        "too_many_products": {
            "id": "produk terlalu banyak: {n}; paling banyak {max} per dosir (pecah usaha menjadi beberapa dosir atau naikkan batasnya)",
            "en": "too many products: {n}; at most {max} per dossier (split the business into several dossiers or raise the limit)"},
        "found_after": {"id": "{detail}; ditemukan {value}", "en": "{detail}; found {value}"},
        "cell_found": {"id": "{detail}, ditemukan {value}", "en": "{detail}, found {value}"},
        # rule sets (readiness.standards, readiness.conditions)
        "empty_rule_set": {"id": "berkas kosong; seharusnya standar yang diawali 'format: {format}'",
                           "en": "file is empty; expected a rule set starting with 'format: {format}'"},
        "rule_set_not_mapping": {"id": "isi berkas harus berupa pemetaan, ditemukan {kind}",
                                 "en": "top level must be a mapping, found a {kind}"},
        "unknown_key": {"id": "kunci '{key}' tidak dikenal{hint}", "en": "unknown key '{key}'{hint}"},
        "unknown_key_known": {"id": "kunci '{key}' tidak dikenal; seharusnya salah satu dari {known}",
                              "en": "unknown key '{key}'; expected one of {known}"},
        "bad_check": {
            "id": "pemeriksaan harus berbentuk {{kind: ..., parameter...}}, {{all: [...]}}, {{any: [...]}} atau {{if: SYARAT, then: PEMERIKSAAN, else: PEMERIKSAAN}}",
            "en": "a check must be {{kind: ..., params...}}, {{all: [...]}}, {{any: [...]}} or {{if: CONDITION, then: CHECK, else: CHECK}}"},
        "needs_successor": {"id": "edisi yang sudah digantikan harus menyebut penggantinya: superseded_by: ID@VERSI",
                            "en": "a superseded edition must name its successor: superseded_by: ID@VERSION"},
        "schema": {"id": "tidak sesuai skema: {detail}", "en": "{detail}"},
        "rule_set_not_found": {"id": "berkas standar tidak ditemukan: {spec}", "en": "rule-set file not found: {spec}"},
        "unknown_standard": {"id": "standar '{ident}' tidak dikenal{hint}; yang tersedia: {shipped}",
                             "en": "unknown standard '{ident}'{hint}; shipped: {shipped}"},
        "unknown_version": {"id": "tidak ada versi {version} dari '{ident}'; yang tersedia: {available}",
                            "en": "no version {version} of '{ident}'; available: {available}"},
        "extends_cycle": {"id": "standar saling memperluas dalam lingkaran: {chain}",
                          "en": "rule sets extend each other in a cycle: {chain}"},
        "disable_unknown": {"id": "aturan '{rule}' tidak dikenal, jadi tidak dapat dimatikan{hint}",
                            "en": "cannot disable unknown rule '{rule}'{hint}"},
        "unknown_parameter": {"id": "parameter '{name}' tidak dikenal{hint}", "en": "unknown parameter '{name}'{hint}"},
        "office_needs_name": {"id": "kantor '{office}' perlu `name` (id dan en)",
                              "en": "office '{office}' needs a `name` (id and en)"},
        "unknown_office": {"id": "aturan {rule} menyebut jenis kantor '{office}' yang tidak ada di `offices`{hint}",
                           "en": "rule {rule} names the office kind '{office}', which is not in `offices`{hint}"},
        "bad_parameter": {"id": "parameter salah untuk jenis pemeriksaan '{kind}': {detail}",
                          "en": "bad parameter for check kind '{kind}': {detail}"},
        "bad_condition": {"id": "syarat berlaku salah: {detail}", "en": "bad condition: {detail}"},
        "duplicate_rule": {"id": "id aturan '{rule}' ditulis dua kali", "en": "duplicate rule id '{rule}'"},
        "new_rule_needs": {"id": "aturan '{rule}' baru di sini, jadi memerlukan: {fields}",
                           "en": "rule '{rule}' is new here, so it needs: {fields}"},
        "bad_subject": {"id": "subject harus business atau product", "en": "subject must be business or product"},
        "event_order": {"id": "acara berakhir sebelum dimulai", "en": "event ends before it starts"},
        "thresholds_order": {"id": "scoring.thresholds.conditional lebih tinggi daripada ready",
                             "en": "scoring.thresholds.conditional is above ready"},
        "needs_newer": {
            "id": "standar ini memerlukan readiness {req}, sedangkan yang terpasang versi {version}; jalankan `pip install --upgrade readiness`",
            "en": "this rule set needs readiness {req} but version {version} is installed; run `pip install --upgrade readiness`"},
        "cond_list": {"id": "seharusnya daftar yang tidak kosong", "en": "expected a non-empty list"},
        "cond_mapping": {"id": "seharusnya pemetaan seperti {{category: [packaged_food]}}",
                         "en": "expected a mapping such as {{category: [packaged_food]}}"},
        "cond_unknown_key": {"id": "kunci syarat '{key}' tidak dikenal{hint}; seharusnya salah satu dari {known}",
                             "en": "unknown condition key '{key}'{hint}; expected one of {known}"},
        "cond_field_op": {"id": "syarat kolom memerlukan `field` dan tepat satu dari {ops}",
                          "en": "a field condition needs `field` and exactly one of {ops}"},
        "cond_path": {"id": "jalur kolom salah: {detail}", "en": "{detail}"},
        "cond_empty": {"id": "syarat kosong", "en": "empty condition"},
        "cond_regex": {"id": "bukan regular expression yang sah: {detail}", "en": "not a valid regular expression: {detail}"},
        "cond_number": {"id": "seharusnya angka", "en": "expected a number"},
        # officers' decisions (readiness.decisions)
        "dec_what_file": {"id": "berkas keputusan", "en": "a decisions file"},
        "dec_what_business": {"id": "business", "en": "business"},
        "dec_what_waiver": {"id": "pengecualian (waiver)", "en": "a waiver"},
        "dec_what_verdict": {"id": "penilaian (verdict)", "en": "a verdict"},
        "dec_not_mapping": {"id": "{what} harus berupa pemetaan ({fields}), ditemukan {kind}",
                            "en": "{what} must be a mapping ({fields}), found {kind}"},
        "dec_unknown_field": {"id": "kolom '{name}' tidak dikenal{hint}; kolom yang dikenal di sini: {fields}",
                              "en": "unknown field '{name}'{hint}; known fields here: {fields}"},
        "dec_needs": {"id": "{what} memerlukan '{name}'", "en": "{what} needs '{name}'"},
        "dec_text": {"id": "seharusnya teks, ditemukan {kind}", "en": "expected text, found {kind}"},
        "dec_text_empty": {"id": "seharusnya teks, ditemukan nilai kosong", "en": "expected text, found an empty value"},
        "dec_date": {"id": "seharusnya tanggal TTTT-BB-HH, ditemukan {value}", "en": "expected an ISO date YYYY-MM-DD, found {value}"},
        "dec_date_exists": {"id": "{value} bukan tanggal yang ada", "en": "{value} is not a date that exists"},
        "dec_top": {"id": "isi berkas harus berupa pemetaan (format, business, waivers, verdicts), ditemukan {kind}",
                    "en": "top level must be a mapping (format, business, waivers, verdicts), found {kind}"},
        "dec_format": {"id": "format {found_format} tidak didukung; seharusnya '{format}'",
                       "en": "unsupported format {found_format}; expected '{format}'"},
        "dec_needs_business": {"id": "berkas keputusan memerlukan 'business' (nib atau nama usaha yang dimaksud)",
                               "en": "a decisions file needs 'business' (nib or name of the business it is about)"},
        "dec_business_id": {"id": "business memerlukan 'nib' atau 'name' untuk menyebut usaha yang dimaksud",
                            "en": "business needs 'nib' or 'name' to say which business the decisions are about"},
        "dec_needs_name": {
            "id": "business memerlukan 'name' (dan 'nib' bila usaha punya NIB) untuk menyebut usaha yang dimaksud",
            "en": "business needs 'name' (and 'nib' when the business has one) to say which business the decisions are about"},
        "dec_dossier_no_nib": {"id": "keputusan ini untuk NIB {nib}, padahal dosir tidak punya NIB",
                               "en": "these decisions are for NIB {nib}, but the dossier has no NIB"},
        "dec_name_the_nib": {
            "id": "usaha di dosir punya NIB {dossier_nib}: sebutkan juga di sini sebagai 'nib' (keputusan terikat pada NIB dan nama)",
            "en": "the dossier's business has NIB {dossier_nib}: name it here as 'nib' too (decisions are bound to the NIB and the name)"},
        "dec_other_nib": {"id": "keputusan ini untuk NIB {nib}, padahal NIB dosir adalah {dossier_nib}",
                          "en": "these decisions are for NIB {nib}, but the dossier's NIB is {dossier_nib}"},
        "dec_other_name": {"id": "keputusan ini untuk '{name}', padahal usaha di dosir adalah '{dossier_name}'",
                           "en": "these decisions are for '{name}', but the dossier's business is '{dossier_name}'"},
        "unknown_rule": {"id": "persyaratan '{rule}' tidak dikenal di {standard}{hint}",
                         "en": "unknown requirement '{rule}' in {standard}{hint}"},
        "dec_per_product": {"id": "{rule} diperiksa per produk di {standard}: sebutkan produknya ('product: <nama seperti di dosir>')",
                            "en": "{rule} is checked per product in {standard}: name the product ('product: <name as in the dossier>')"},
        "dec_business_rule": {"id": "{rule} menyangkut usaha di {standard}, bukan produk: hapus 'product'",
                              "en": "{rule} is about the business in {standard}, not a product: leave 'product' out"},
        "dec_no_dossier": {"id": "nama produk tidak dapat dicocokkan tanpa dosir",
                           "en": "cannot resolve a product name without the dossier"},
        "dec_no_product": {"id": "tidak ada produk bernama '{name}' di dosir{hint}",
                           "en": "no product named '{name}' in the dossier{hint}"},
        "dec_list": {"id": "'{key}' harus berupa daftar, ditemukan {kind}", "en": "'{key}' must be a list, found {kind}"},
        "dec_expires_early": {"id": "pengecualian berakhir ({expires_on}) sebelum diberikan ({granted})",
                              "en": "the waiver expires ({expires_on}) before it was granted ({granted})"},
        "dec_expires_late": {"id": "pengecualian tidak boleh berakhir setelah hari terakhir acara ({last_day}); ditemukan {expires_on}",
                             "en": "a waiver may not expire after the event's last day ({last_day}); found {expires_on}"},
        "dec_needs_second": {"id": "{rule} adalah penghalang: pengecualiannya memerlukan petugas kedua sebagai 'approved_by'",
                             "en": "{rule} is a blocker: its waiver needs a second officer as 'approved_by'"},
        "dec_same_officer": {
            "id": "{rule} adalah penghalang: 'approved_by' harus petugas kedua, bukan petugas yang memberi pengecualian ({officer})",
            "en": "{rule} is a blocker: 'approved_by' must be a second officer, not the officer who granted the waiver ({officer})"},
        "dec_second_waiver": {"id": "pengecualian kedua untuk {rule} pada subjek yang sama (yang pertama waivers[{first}]); simpan satu",
                              "en": "a second waiver of {rule} for the same subject (the first is waivers[{first}]); keep one"},
        "dec_not_manual": {
            "id": "{rule} diperiksa dari dosir, bukan oleh petugas: penilaian hanya untuk persyaratan yang pemeriksaannya manual (untuk mengesampingkannya, catat pengecualian)",
            "en": "{rule} is checked from the dossier, not by an officer: a verdict is only for requirements whose check is manual (to set it aside, record a waiver)"},
        "dec_verdict": {"id": "penilaian '{verdict}' tidak dikenal; seharusnya pass atau fail{hint}",
                        "en": "unknown verdict '{verdict}'; expected pass or fail{hint}"},
        "dec_second_verdict": {"id": "penilaian kedua untuk {rule} pada subjek yang sama (yang pertama verdicts[{first}]); simpan satu",
                               "en": "a second verdict on {rule} for the same subject (the first is verdicts[{first}]); keep one"},
        # documents and signatures (readiness.render, readiness.signing)
        "must_be_signed": {"id": "sertifikat bernomor harus ditandatangani (tidak ada sertifikat tanpa tanda tangan)",
                           "en": "a numbered certificate must be signed (no unsigned certificates)"},
        "no_certificate": {
            "id": "tidak ada sertifikat yang diterbitkan untuk dosir ini; pakai --document gap-report (atau auto) untuk mendapat laporan kekurangan",
            "en": "no certificate is issued for this dossier; use --document gap-report (or auto) to get the gap report"},
        "unknown_document": {"id": "dokumen {document} tidak dikenal", "en": "unknown document {document}"},
        "unknown_document_format": {"id": "format dokumen {format} tidak dikenal", "en": "unknown document format {format}"},
        "not_a_result_doc": {"id": "bukan hasil readiness (seharusnya JSON dari `readiness check --format json`)",
                             "en": "not a readiness result (expected the JSON of `readiness check --format json`)"},
        "cannot_read_key": {"id": "kunci tanda tangan tidak dapat dibaca: {reason}", "en": "cannot read the signing key: {reason}"},
        "cannot_read_trusted": {"id": "kunci tepercaya tidak dapat dibaca: {reason}", "en": "cannot read the trusted key: {reason}"},
        "not_public_key": {
            "id": "bukan kunci publik Ed25519; seharusnya kunci publik PEM seperti yang ditulis `readiness keys init`",
            "en": "not an Ed25519 public key; expected a PEM public key as written by `readiness keys init`"},
        "sig_damaged": {"id": "lampiran tanda tangan rusak ({detail})", "en": "the signature attachment is damaged ({detail})"},
        "sig_length": {"id": "lampiran tanda tangan rusak (panjang kunci atau tanda tangan salah)",
                       "en": "the signature attachment is damaged (bad key or signature length)"},
        "sig_changed": {"id": "hasil terlampir diubah setelah ditandatangani (SHA-256 berbeda)",
                        "en": "the attached result was changed after signing (SHA-256 differs)"},
        "sig_mismatch": {"id": "tanda tangan tidak cocok dengan hasil terlampir",
                         "en": "the signature does not match the attached result"},
        "sig_other_key": {"id": "ditandatangani dengan kunci {key}, bukan dengan kunci tepercaya {trusted}",
                          "en": "signed with key {key}, not with the trusted key {trusted}"},
        "sig_trusted": {"id": "ditandatangani dengan kunci tepercaya {key}", "en": "signed by the trusted key {key}"},
        "sig_intact": {
            "id": "tanda tangan utuh (kunci {key}); penerbit BELUM diautentikasi: berikan --trust KUNCI_PUBLIK untuk memeriksa siapa yang menandatangani",
            "en": "signature intact (key {key}); the issuer is NOT authenticated: pass --trust PUBLIC_KEY to check who signed it"},
        "pdf_many": {"id": "PDF memuat {n} lampiran bernama {name}", "en": "the PDF holds {n} attachments named {name}"},
        "pdf_unreadable": {"id": "bukan PDF yang dapat dibaca ({detail})", "en": "not a readable PDF ({detail})"},
        "pdf_no_result": {"id": "tidak ada hasil terlampir ({name}): bukan dokumen readiness",
                          "en": "no attached result ({name}): not a readiness document"},
        "pdf_bad_json": {"id": "hasil terlampir bukan JSON yang sah ({detail})", "en": "the attached result is not valid JSON ({detail})"},
        "pdf_not_result": {"id": "hasil terlampir bukan objek hasil", "en": "the attached result is not a result object"},
        "pdf_not_canonical": {"id": "hasil terlampir tidak dalam bentuk kanonis (sudah ditulis ulang)",
                              "en": "the attached result is not in canonical form (it was re-written)"},
        "pdf_unsigned": {"id": "sertifikat tidak ditandatangani (tidak ada lampiran {name})",
                         "en": "the certificate is unsigned (no {name} attachment)"},
        "pdf_no_certificate": {"id": "hasil terlampir tidak menerbitkan sertifikat (ini bukan sertifikat)",
                               "en": "the attached result issues no certificate (this is not a certificate)"},
        "number_not_recorded": {"id": "nomor sertifikat yang tercetak tidak tercatat di PDF",
                                "en": "the printed certificate number is not recorded in the PDF"},
        "number_recorded": {"id": "nomor sertifikat tidak cocok: hasil bertanda tangan menyebut {number}, PDF mencatat {recorded}",
                            "en": "certificate number mismatch: the signed result says {number}, the PDF records {recorded}"},
        "number_metadata": {"id": "nomor sertifikat tidak cocok: hasil bertanda tangan menyebut {number}, metadata PDF menyebut {recorded}",
                            "en": "certificate number mismatch: the signed result says {number}, the PDF metadata says {recorded}"},
        "number_not_printed": {"id": "nomor sertifikat tidak cocok: {number} (hasil bertanda tangan) bukan nomor yang tercetak di halaman",
                               "en": "certificate number mismatch: {number} (signed result) is not the number printed on the page"},
        "number_recompute": {"id": "nomor sertifikat tidak dapat dihitung ulang ({detail})",
                             "en": "cannot recompute the certificate number ({detail})"},
        "number_recomputed": {"id": "nomor sertifikat tidak cocok: menurut hasil {expected}, sertifikat memuat {number}",
                              "en": "certificate number mismatch: the result gives {expected}, the certificate carries {number}"},
        # the command line (readiness.cli)
        "cluster_needs_dask": {"id": "--cluster memerlukan Dask: pasang dengan pip install 'readiness[cluster]'",
                               "en": "--cluster needs Dask: install it with pip install 'readiness[cluster]'"},
        "cluster_bad_address": {"id": "--cluster '{value}' tidak dikenal; seharusnya tcp://HOST:PORT atau local:N",
                                "en": "--cluster '{value}' is not understood; expected tcp://HOST:PORT or local:N"},
        "cluster_unreachable": {"id": "penjadwal Dask {address} tidak dapat dihubungi ({detail})",
                                "en": "cannot reach the Dask scheduler {address} ({detail})"},
        "cluster_no_workers": {"id": "penjadwal Dask {address} tidak punya pekerja (jalankan dask worker {address})",
                               "en": "the Dask scheduler {address} has no workers (start dask worker {address})"},
        "cluster_with_jobs": {"id": "--jobs tidak berlaku bersama --cluster: pekerjanya milik klaster (local:N, atau pekerja penjadwal); hapus salah satunya",
                              "en": "--jobs does not apply with --cluster: the cluster's workers do the work (local:N, or the scheduler's workers); drop one of them"},
        "parquet_needs_pyarrow": {"id": "membaca Parquet memerlukan pyarrow: pasang dengan pip install 'readiness[parquet]'",
                                  "en": "reading Parquet needs pyarrow: install it with pip install 'readiness[parquet]'"},
        "bad_date_option": {"id": "{option} '{value}' bukan tanggal; seharusnya TTTT-BB-HH",
                            "en": "{option} '{value}' is not a date; expected YYYY-MM-DD"},
        "event_end_before_start": {"id": "--event-end {end} lebih awal daripada --event-start {start}",
                                   "en": "--event-end {end} is before --event-start {start}"},
        "pdf_needs_output": {"id": "--format pdf memerlukan -o BERKAS", "en": "--format pdf needs -o FILE"},
        "file_exists": {"id": "berkas sudah ada; pakai --force untuk menimpanya",
                        "en": "the file already exists; use --force to overwrite it"},
        "unknown_requirement": {"id": "persyaratan '{rule}' tidak dikenal di {standard}{hint}; lihat daftarnya dengan: readiness standards show",
                                "en": "unknown requirement '{rule}' in {standard}{hint}; list them with: readiness standards show"},
        "not_a_result": {
            "id": "bukan hasil readiness; seharusnya JSON dari `readiness check --format json` (format: readiness-result/1)",
            "en": "not a readiness result; expected the JSON of `readiness check --format json` (format: readiness-result/1)"},
        "result_lacks": {"id": "hasil tidak memuat '{key}'", "en": "the result lacks '{key}'"},
        "other_business": {"id": "kedua hasil dari usaha yang berbeda: {a} (NIB {a_nib}) dan {b} (NIB {b_nib})",
                           "en": "the two results are of different businesses: {a} (NIB {a_nib}) and {b} (NIB {b_nib})"},
        "bad_channel": {"id": "saluran '{channel}' tidak dikenal{hint}; seharusnya {options}",
                        "en": "unknown channel '{channel}'{hint}; expected {options}"},
        "no_channel": {"id": "sebutkan paling sedikit satu saluran: {options}", "en": "give at least one channel: {options}"},
        # spreadsheets and mappings (readiness.batch)
        "no_such_input": {"id": "berkas atau folder tidak ada", "en": "no such file or folder"},
        "no_readable_row": {"id": "tidak ada baris usaha ini yang terbaca; tidak diperiksa",
                            "en": "no row of this business could be read; not checked"},
        "document_failed": {"id": "PDF tidak dapat ditulis: {detail}", "en": "the PDF could not be written: {detail}"},
        "check_failed": {"id": "galat internal saat memeriksa: {detail}", "en": "internal error while checking: {detail}"},
        "not_recorded": {"id": "sertifikat tidak dapat dicatat: {detail}",
                         "en": "the certificate could not be recorded: {detail}"},
        "output_busy": {
            "id": "folder keluaran {outdir} sedang dipakai oleh run lain (pid {pid} di {host}, mulai {started}); tunggu sampai selesai atau pakai folder lain (-o)",
            "en": "the output folder {outdir} is in use by another run (pid {pid} on {host}, started {started}); wait for it to finish or use another folder (-o)"},
        "resume_differs": {
            "id": "--resume tidak dapat melanjutkan run di {outdir}: {what} berbeda (run itu: {then}; sekarang: {now}); jalankan dengan opsi yang sama, atau tanpa --resume untuk mengulang semuanya",
            "en": "--resume cannot continue the run in {outdir}: {what} differs (that run: {then}; now: {now}); run with the same options, or without --resume to start over"},
        "worker_died": {"id": "proses pekerja yang memeriksa dosir ini mati tiga kali (dihentikan atau kehabisan memori)",
                        "en": "the worker process checking this dossier died three times (killed or out of memory)"},
        "not_spreadsheet": {"id": "bukan lembar kerja (seharusnya .csv atau .xlsx)", "en": "not a spreadsheet (expected .csv or .xlsx)"},
        "bad_spreadsheet": {"id": "lembar kerja tidak dapat dibaca: {detail}", "en": "cannot read the spreadsheet: {detail}"},
        "empty_spreadsheet": {"id": "lembar kerja kosong (tidak ada baris judul)", "en": "the spreadsheet is empty (no header row)"},
        "bad_csv": {"id": "bukan CSV yang sah: {detail}", "en": "not valid CSV: {detail}"},
        "cell_number": {"id": "seharusnya angka", "en": "expected a number"},
        "cell_money": {"id": "seharusnya jumlah rupiah seperti 'Rp 85.000'", "en": "expected an amount in rupiah such as 'Rp 85.000'"},
        "cell_integer": {"id": "seharusnya bilangan bulat", "en": "expected a whole number"},
        "cell_date_exists": {"id": "bukan tanggal yang ada (seharusnya HH/BB/TTTT)", "en": "not a calendar date (expected DD/MM/YYYY)"},
        "cell_date": {"id": "seharusnya tanggal HH/BB/TTTT", "en": "expected a date as DD/MM/YYYY"},
        "cell_quantity": {"id": "seharusnya jumlah dan satuan seperti '250 g'", "en": "expected an amount and a unit such as '250 g'"},
        "cell_share": {"id": "seharusnya bahan dan persentasenya seperti 'Katun 80%'",
                       "en": "expected a material and its percentage such as 'Katun 80%'"},
        "undecodable": {
            "id": "byte {bytes} tidak dapat dibaca: berkas di sini bukan teks {enc}, ditemukan {value}; simpan lagi berkas sebagai CSV UTF-8",
            "en": "undecodable byte(s) {bytes}: the file is not {enc} text here, found {value}; save the file again as CSV UTF-8"},
        "reading_stopped": {"id": "pembacaan berhenti di tengah: {detail}", "en": "reading stopped part way: {detail}"},
        # reading a workbook (readiness.batch.sheetread): limits and damage
        "xlsx_not_zip": {
            "id": "bukan buku kerja .xlsx (bukan arsip zip; berkas .xls lama atau berkas yang diganti namanya? simpan sebagai .xlsx atau CSV)",
            "en": "not an .xlsx workbook (not a zip archive; an old .xls file or a renamed file? save it as .xlsx or CSV)"},
        "xlsx_no_workbook": {"id": "arsip zip tetapi bukan buku kerja .xlsx (tidak ada xl/workbook.xml)",
                             "en": "a zip archive but not an .xlsx workbook (no xl/workbook.xml)"},
        "xlsx_no_sheet": {"id": "buku kerja tidak memiliki lembar kerja", "en": "the workbook has no worksheet"},
        "xlsx_sheet_missing": {"id": "lembar kerja pertama ({sheet}) tidak ada di buku kerja",
                               "en": "the first worksheet ({sheet}) is missing from the workbook"},
        "xlsx_part_size": {"id": "{part} mengembang menjadi {size} bita; batasnya {limit}",
                           "en": "{part} inflates to {size} bytes; the limit is {limit}"},
        "xlsx_part_over": {"id": "{part} mengembang melebihi {limit} bita (batasnya)",
                           "en": "{part} inflates to more than {limit} bytes (the limit)"},
        "xlsx_refused": {"id": "{part}: {why}", "en": "{part}: {why}"},
        "xlsx_bad_xml": {
            "id": "{part} bukan XML yang benar (baris {line_no}, kolom {col}: {detail}); buka berkas di program lembar kerja lalu simpan lagi",
            "en": "{part} is not well-formed XML (line {line_no}, column {col}: {detail}); open the file in a spreadsheet program and save it again"},
        "xlsx_inflate": {"id": "{part} tidak dapat dikembangkan ({detail})", "en": "{part} cannot be inflated ({detail})"},
        "xlsx_doctype": {
            "id": "XML menyatakan jenis dokumen (<!DOCTYPE>), yang tidak pernah ditulis program lembar kerja; ditolak demi keamanan (tipuan entitas)",
            "en": "the XML declares a document type (<!DOCTYPE>), which spreadsheet programs never write; refused for safety (entity tricks)"},
        "xlsx_formats": {"id": "lebih dari {limit} format sel", "en": "more than {limit} cell formats"},
        "xlsx_declared_strings": {"id": "menyatakan {n} teks bersama; batasnya {limit}",
                                  "en": "it declares {n} shared strings; the limit is {limit}"},
        "xlsx_strings": {"id": "lebih dari {limit} teks bersama (batasnya)", "en": "more than {limit} shared strings (the limit)"},
        "xlsx_long_string": {"id": "teks bersama {n} lebih panjang dari {limit} karakter (batas untuk satu sel)",
                             "en": "shared string {n} is longer than {limit} characters (the limit for one cell)"},
        "xlsx_strings_chars": {"id": "teks bersama berisi lebih dari {limit} karakter (batasnya)",
                               "en": "the shared strings hold more than {limit} characters (the limit)"},
        "xlsx_elements": {"id": "lebih dari {limit} elemen XML (batasnya)", "en": "more than {limit} XML elements (the limit)"},
        "xlsx_bad_ref": {"id": "rujukan sel {ref} tidak berbentuk seperti A1", "en": "a cell reference {ref} is not like A1"},
        "xlsx_long_cell": {"id": "sel {cell} berisi lebih dari {limit} karakter (batas untuk satu sel)",
                           "en": "cell {cell} holds more than {limit} characters (the limit for one cell)"},
        "xlsx_no_string": {"id": "sel {cell} merujuk teks bersama {ref}, yang tidak ada di buku kerja",
                           "en": "cell {cell} refers to shared string {ref}, which the workbook does not have"},
        "xlsx_beyond_column": {
            "id": "sel {cell} berada di luar kolom {last} ({n} kolom yang dibaca); hapus isinya atau pindahkan ke dalam tabel",
            "en": "cell {cell} lies beyond column {last} ({n} columns are read); delete what is there or move it into the table"},
        "xlsx_row_order": {
            "id": "{sheet}: baris {row} muncul sesudah baris {last}; urutan lembar kacau (simpan lagi di program lembar kerja)",
            "en": "{sheet}: row {row} comes after row {last}; the sheet is out of order (save it again in a spreadsheet program)"},
        "sheet_rows": {"id": "lebih dari {limit} baris berisi nilai (batasnya); pecah berkasnya",
                       "en": "more than {limit} rows with values (the limit); split the file"},
        # no annotated copy of a workbook (readiness.batch.summary.annotated_copy): why
        "copy_reopen": {"id": "buku kerja tidak dapat dibuka lagi ({detail})", "en": "the workbook cannot be opened again ({detail})"},
        "copy_too_big": {"id": "buku kerja mengembang menjadi {size} bita, lebih dari {limit}",
                         "en": "the workbook inflates to {size} bytes, more than {limit}"},
        "copy_failed": {"id": "{detail}", "en": "{detail}"},
        "csv_bad_row": {"id": "baris {row} bukan CSV yang benar: {detail}", "en": "row {row} is not valid CSV: {detail}"},
        "csv_beyond_column": {"id": "ada nilai di luar kolom {last} ({n} kolom yang dibaca)",
                              "en": "a value lies beyond column {last} ({n} columns are read)"},
        "csv_long_cell": {"id": "kolom {column_name} berisi lebih dari {limit} karakter (batas untuk satu sel)",
                          "en": "column {column_name} holds more than {limit} characters (the limit for one cell)"},
        "cell_bool": {"id": "seharusnya Ya atau Tidak", "en": "expected Ya or Tidak"},
        "cell_unknown_value": {"id": "nilai {value} tidak dikenal; pemetaan hanya menerjemahkan nilai yang didaftarnya (ke: {known})",
                               "en": "unknown value {value}; the mapping translates only its listed values (to: {known})"},
        "duplicate_column": {"id": "kolom muncul dua kali; yang pertama dipakai", "en": "column appears twice; the first is used"},
        "unmapped_column": {"id": "kolom tidak ada di pemetaan '{mapping}'; diabaikan", "en": "column not in mapping '{mapping}'; ignored"},
        "duplicate_product": {"id": "produk '{product}' tercantum dua kali oleh usaha ini",
                              "en": "the same product '{product}' is listed twice by this business"},
        "duplicate_nib": {"id": "NIB {nib} dipakai oleh {n} nama usaha: {names} (satu NIB hanya untuk satu usaha)",
                          "en": "NIB {nib} is used by {n} business names: {names} (one NIB belongs to one business)"},
        "no_business": {"id": "baris tidak memuat nama usaha maupun NIB", "en": "row has neither a business name nor a NIB"},
        "conflicting_value": {"id": "berbeda dari baris {first} ({this} vs {that}); nilai baris {first} yang dipakai",
                              "en": "differs from row {first} ({this} vs {that}); the value of row {first} is used"},
        "map_path": {"id": "seharusnya jalur kolom seperti business.nib atau products[].name",
                     "en": "expected a field path such as business.nib or products[].name"},
        "map_path_root": {"id": "jalur diawali 'business.' atau 'products[].', ditemukan {ref}",
                          "en": "a path starts with 'business.' or 'products[].', found {ref}"},
        "map_segment": {"id": "segmen {segment} salah di {ref}; seharusnya nama huruf kecil, nama[] atau nama[kunci=nilai]",
                        "en": "bad segment {segment} in {ref}; expected a lower-case name, name[] or name[key=value]"},
        "map_no_field": {"id": "{ref} tidak menyebut kolom", "en": "{ref} names no field"},
        "map_top": {"id": "berkas pemetaan adalah pemetaan YAML dengan format, recognise, group dan columns",
                    "en": "a mapping file is a YAML mapping with format, recognise, group and columns"},
        "map_format": {"id": "seharusnya format: {format}, ditemukan {found_format}", "en": "expected format: {format}, found {found_format}"},
        "map_tables": {"id": "seharusnya pemetaan nama tabel -> {{nilai formulir: nilai dosir}}",
                       "en": "expected a mapping of table name -> {{form value: dossier value}}"},
        "map_table": {"id": "seharusnya pemetaan yang tidak kosong {{nilai formulir: nilai dosir}}",
                      "en": "expected a non-empty mapping {{form value: dossier value}}"},
        "map_columns": {"id": "seharusnya pemetaan judul kolom -> jalur kolom atau spesifikasi",
                        "en": "expected a mapping of column header -> field path or spec"},
        "map_column_twice": {"id": "kolom {header} dipetakan dua kali (judul dibandingkan tanpa membedakan huruf besar dan spasi)",
                             "en": "column {header} is mapped twice (headers are compared ignoring case and spaces)"},
        "map_ignore": {"id": "seharusnya daftar judul kolom", "en": "expected a list of column headers"},
        "map_recognise": {"id": "seharusnya daftar judul kolom yang tidak kosong yang mengenali formulir",
                          "en": "expected a non-empty list of column headers that identify the form"},
        "map_not_mapped": {"id": "{header} bukan salah satu kolom yang dipetakan", "en": "{header} is not one of the mapped columns"},
        "map_group": {"id": "seharusnya {{nib: KOLOM, name: KOLOM, product: KOLOM}}", "en": "expected {{nib: COLUMN, name: COLUMN, product: COLUMN}}"},
        "map_group_column": {"id": "seharusnya salah satu judul kolom yang dipetakan, ditemukan {header}",
                             "en": "expected one of the mapped column headers, found {header}"},
        "map_booleans": {"id": "seharusnya {{true: [kata], false: [kata]}}", "en": "expected {{true: [words], false: [words]}}"},
        "map_target": {"id": "seharusnya jalur kolom atau {{field: JALUR, type: ..., values: ...}}",
                       "en": "expected a field path or {{field: PATH, type: ..., values: ...}}"},
        "map_type": {"id": "jenis {type} tidak dikenal; seharusnya salah satu dari {types}", "en": "unknown type {type}; expected one of {types}"},
        "map_item": {"id": "jenis butir {type} tidak dikenal; seharusnya salah satu dari {types}",
                     "en": "unknown item type {type}; expected one of {types}"},
        "map_separator": {"id": "seharusnya satu atau beberapa karakter pemisah, mis. ';'",
                          "en": "expected one or more separator characters, e.g. ';'"},
        "map_no_table": {"id": "tidak ada tabel bernama {table} di bawah tables:", "en": "no table named {table} under tables:"},
        "map_values": {"id": "seharusnya nama tabel atau pemetaan {{nilai formulir: nilai dosir}}",
                       "en": "expected a table name or a mapping {{form value: dossier value}}"},
        "map_unknown": {"id": "seharusnya salah satu dari {options}, ditemukan {value}", "en": "expected one of {options}, found {value}"},
        "map_bool": {"id": "seharusnya true atau false", "en": "expected true or false"},
        "map_choices": {"id": "choices: memerlukan values: dan daftar pilihan formulir (teks)",
                        "en": "choices: needs values: and a list of the form's options (text)"},
        "map_choice_unknown": {"id": "pilihan {choice} tidak ada di tabel values: kolom ini",
                               "en": "the choice {choice} is not in this column's values: table"},
        "map_only_with": {"id": "only_with: seharusnya judul kolom lain di pemetaan ini, ditemukan {header}",
                          "en": "only_with: expected the header of another column of this mapping, found {header}"},
        "map_presence": {
            "id": "presence: true memerlukan type: bool dan jalur yang berakhir dengan pemilih entri seperti business.documents[type=pkp]",
            "en": "presence: true needs type: bool and a path ending in an entry selector such as business.documents[type=pkp]"},
        "map_inner_list": {
            "id": "'[]' di dalam jalur memerlukan for_each: dan hanya boleh tepat sebelum kolom terakhir, mis. products[].licences[].expires",
            "en": "'[]' inside a path needs for_each: and may only come just before the last field, e.g. products[].licences[].expires"},
        "map_list_type": {"id": "jalur yang berakhir dengan [] memerlukan type: list", "en": "a path ending in [] needs type: list"},
        "map_set": {"id": "seharusnya pemetaan kolom tetap untuk entri yang dibuat",
                    "en": "expected a mapping of constant fields for the created entry"},
        "map_set_selector": {"id": "set: memerlukan pemilih entri seperti [kind=organizer] di jalur",
                             "en": "set: needs an entry selector such as [kind=organizer] in the path"},
        "map_for_each": {
            "id": "seharusnya {{values: JALUR daftar pada tingkat yang sama, key: KOLOM}}, mis. {{values: products[].marks, key: mark}}",
            "en": "expected {{values: PATH of a list on the same level, key: FIELD}}, e.g. {{values: products[].marks, key: mark}}"},
        "map_digits": {"id": "seharusnya banyaknya digit pengenal bila ditulis lengkap, mis. 13, atau daftar seperti [15, 16]",
                       "en": "expected the number of digits the identifier has when written in full, e.g. 13, or a list such as [15, 16]"},
        "map_identifier_digits": {
            "id": "type: identifier memerlukan digits: (panjang lengkapnya, mis. 13 untuk NIB), agar angka yang kehilangan 0 di depan dikenali",
            "en": "type: identifier needs digits: (its length in full, e.g. 13 for a NIB), so that a number that lost its leading 0 is recognised"},
        "map_digits_type": {"id": "digits: hanya untuk type: identifier (atau item: identifier)",
                            "en": "digits: belongs to type: identifier (or item: identifier)"},
        "map_for_each_path": {"id": "for_each memerlukan jalur seperti products[].licences[].expires",
                              "en": "for_each needs a path like products[].licences[].expires"},
        # certificates: the office, its key, the register (issue 11)
        "no_office_key": {
            "id": "kantor belum punya kunci tanda tangan, jadi sertifikat tidak dapat diterbitkan: jalankan `readiness keys init` (kunci uji coba) atau `readiness keys import KANTOR.p12`, atau pakai --draft untuk draf tanpa tanda tangan",
            "en": "the office has no signing key, so no certificate can be issued: run `readiness keys init` (a trial key) or `readiness keys import OFFICE.p12`, or use --draft for an unsigned draft"},
        "office_mapping": {"id": "seharusnya pemetaan (name:, signatory:, place:, base_url:)",
                           "en": "expected a mapping (name:, signatory:, place:, base_url:)"},
        "office_format": {"id": "format {found_format} tidak didukung", "en": "unsupported format {found_format}"},
        "signatory_mapping": {"id": "seharusnya pemetaan (name:, nip:, position:)", "en": "expected a mapping (name:, nip:, position:)"},
        "setting_too_long": {"id": "{key}: paling banyak 300 karakter", "en": "{key}: at most 300 characters"},
        "bad_nip": {"id": "NIP {value} bukan nomor induk pegawai", "en": "NIP {value} is not a civil-servant number"},
        "nip_digits": {"id": "18 digit (boleh dengan spasi)", "en": "18 digits (spaces allowed)"},
        "unknown_setting": {"id": "pengaturan {key} tidak dikenal", "en": "unknown setting {key}"},
        "bad_base_url": {"id": "alamat dasar {value} bukan alamat web", "en": "base URL {value} is not a web address"},
        "base_url_example": {"id": "https://HOST[/JALUR], mis. https://sertifikat.disperin.ntbprov.go.id",
                             "en": "https://HOST[/PATH], e.g. https://sertifikat.disperin.ntbprov.go.id"},
        "cannot_read_logo": {"id": "logo tidak dapat dibaca: {reason}", "en": "cannot read the logo: {reason}"},
        "logo_too_large": {"id": "logo lebih besar dari 1 MiB", "en": "the logo is larger than 1 MiB"},
        "logo_format": {"id": "logo harus berupa gambar PNG atau JPEG", "en": "the logo must be a PNG or JPEG image"},
        "logo_files": {"id": "berkas .png atau .jpg", "en": "a .png or .jpg file"},
        "office_key_exists": {
            "id": "kantor sudah punya kunci tanda tangan (pakai --force untuk menggantinya; sertifikat lama tetap dipercaya sehingga yang sudah ditandatanganinya tetap dapat diperiksa)",
            "en": "the office already has a signing key (use --force to replace it; the old certificate stays trusted so what it signed still verifies)"},
        "p12_too_large": {"id": "bukan berkas kunci PKCS#12 (lebih besar dari 1 MiB)", "en": "not a PKCS#12 key file (larger than 1 MiB)"},
        "p12_password": {"id": "kata sandi berkas PKCS#12 salah", "en": "wrong password for the PKCS#12 file"},
        "not_p12": {"id": "bukan berkas kunci PKCS#12 (.p12/.pfx) ({detail})", "en": "not a PKCS#12 (.p12/.pfx) key file ({detail})"},
        "p12_empty": {"id": "berkas PKCS#12 tidak memuat kunci privat beserta sertifikatnya",
                      "en": "the PKCS#12 file holds no private key with its certificate"},
        "key_type": {"id": "jenis kunci tidak didukung (yang didukung: RSA, ECDSA, Ed25519)", "en": "unsupported key type (RSA, ECDSA or Ed25519 are)"},
        "key_not_cert": {"id": "kunci privat bukan milik sertifikat ini", "en": "the private key does not belong to the certificate"},
        "cert_not_signing": {"id": "sertifikat ini bukan untuk menandatangani (key usage)", "en": "the certificate is not for signing (key usage)"},
        "cert_expired": {"id": "sertifikat sudah kedaluwarsa pada {day}", "en": "the certificate expired on {day}"},
        "cannot_load_key": {"id": "kunci tanda tangan kantor tidak dapat dimuat{detail}", "en": "cannot load the office's signing key{detail}"},
        "cannot_read_trusted_cert": {"id": "sertifikat tepercaya tidak dapat dibaca: {reason}", "en": "cannot read the trusted certificate: {reason}"},
        "trust_too_large": {"id": "bukan sertifikat (lebih besar dari 1 MiB)", "en": "not a certificate (larger than 1 MiB)"},
        "not_trust": {"id": "bukan sertifikat atau kunci publik yang dapat dipakai pemeriksa",
                      "en": "not a certificate or public key the verifier can use"},
        "trust_files": {"id": "sertifikat X.509 (PEM atau DER), seperti office-cert.pem",
                        "en": "an X.509 certificate (PEM or DER), such as office-cert.pem"},
        "export_format": {"id": "format ekspor {format} tidak dikenal", "en": "unknown export format {format}"},
        "needs_nib": {"id": "sertifikat perlu NIB usaha (business.nib) agar dapat dicatat di register",
                      "en": "a certificate needs the business's NIB (business.nib) to be recorded in the register"},
        "nib_13": {"id": "NIB 13 digit", "en": "the 13-digit NIB"},
        "no_validity": {"id": "sertifikat tidak punya tanggal berlaku", "en": "the certificate has no validity date"},
        "bad_database_url": {"id": "bukan URL basis data atau berkas: {url}", "en": "not a database URL or file: {url}"},
        "database_urls": {"id": "berkas SQLite atau postgresql+psycopg://PENGGUNA@HOST/DB",
                          "en": "a SQLite file or postgresql+psycopg://USER@HOST/DB"},
        "register_in_memory": {"id": "register memerlukan berkas atau server, bukan basis data di memori",
                               "en": "the register needs a file or a server, not an in-memory database"},
        "no_register_here": {"id": "belum ada register sertifikat di sini (belum ada yang diterbitkan dengan register ini)",
                             "en": "no certificate register here (nothing has been issued with this register yet)"},
        "needs_psycopg": {"id": "PostgreSQL memerlukan driver psycopg: pakai URL yang diawali postgresql+psycopg://",
                          "en": "PostgreSQL needs the psycopg driver: use a URL starting postgresql+psycopg://"},
        "unsupported_database": {"id": "basis data {backend} tidak didukung", "en": "unsupported database {backend}"},
        "database_kinds": {"id": "SQLite (sebuah berkas) atau PostgreSQL (postgresql+psycopg://...)",
                           "en": "SQLite (a file) or PostgreSQL (postgresql+psycopg://...)"},
        "cannot_open_register": {"id": "register sertifikat {register} tidak dapat dibuka: {detail}",
                                 "en": "cannot open the certificate register {register}: {detail}"},
        "not_a_register": {"id": "basis data ini bukan register sertifikat", "en": "this database is not a certificate register"},
        "revocation_reason": {"id": "pencabutan perlu alasan", "en": "a revocation needs a reason"},
        "revocation_officer": {"id": "pencabutan perlu nama petugas", "en": "a revocation needs the officer's name"},
        "revocation_too_long": {"id": "alasan (2.000 karakter) atau nama petugas (200) terlalu panjang",
                                "en": "the reason (2,000 characters) or the officer's name (200) is too long"},
        "no_such_certificate": {"id": "tidak ada sertifikat {number} di register", "en": "no certificate {number} in the register"},
        "already_revoked": {"id": "sertifikat {number} sudah dicabut pada {day}", "en": "certificate {number} was already revoked on {day}"},
        "not_cert_number": {"id": "{value} bukan nomor sertifikat: {why}", "en": "{value} is not a certificate number: {why}"},
        "number_typo": {"id": "huruf pemeriksanya tidak cocok (salah ketik?)", "en": "its check character does not match (a typing mistake?)"},
        "number_like": {"id": "seharusnya nomor seperti MM27-000123-K", "en": "expected a number like MM27-000123-K"},
        "application_status": {"id": "status pengajuan {status} tidak dikenal", "en": "unknown application status {status}"},
        "status_officer": {"id": "perubahan status perlu nama petugas", "en": "a status change needs the officer's name"},
        "status_too_long": {"id": "nama petugas (200 karakter) atau catatan (4.000) terlalu panjang",
                            "en": "the officer's name (200 characters) or the note (4,000) is too long"},
        "no_such_application": {"id": "tidak ada pengajuan {ref} di register", "en": "no application {ref} in the register"},
        "pdf_too_large": {"id": "lebih besar dari 20 MiB: bukan sertifikat", "en": "larger than 20 MiB: not a certificate"},
        # the office desk (readiness serve: /masuk, /meja)
        "not_login_name": {"id": "{name} bukan nama pengguna: 2-64 huruf, angka, titik, tanda "
                                 "hubung atau garis bawah, diawali huruf atau angka (mis. lalu.ahmad)",
                           "en": "{name} is not a login name: 2 to 64 letters, digits, dots, dashes "
                                 "or underscores, starting with a letter or digit (e.g. lalu.ahmad)"},
        "unknown_role": {"id": "peran {role} tidak dikenal; pilih {roles}",
                         "en": "unknown role {role}; choose {roles}"},
        "password_short": {"id": "kata sandi terlalu pendek (paling sedikit {min} karakter)",
                           "en": "the password is too short (at least {min} characters)"},
        "password_long": {"id": "kata sandi terlalu panjang (paling banyak {max} karakter)",
                          "en": "the password is too long (at most {max} characters)"},
        "password_is_name": {"id": "kata sandi tidak boleh sama dengan nama pengguna",
                             "en": "the password must not be the login name"},
        "password_wrong": {"id": "kata sandi sekarang tidak benar",
                           "en": "the current password is not right"},
        "password_same": {"id": "kata sandi baru harus berbeda dari yang sekarang",
                          "en": "the new password must differ from the current one"},
        "password_mismatch": {"id": "kedua kata sandi tidak sama", "en": "the two passwords differ"},
        "full_name_long": {"id": "nama lengkap terlalu panjang (200 karakter)",
                           "en": "the full name is too long (200 characters)"},
        "account_exists": {"id": "sudah ada akun {name}", "en": "there is already an account {name}"},
        "no_account": {"id": "tidak ada akun {name}", "en": "no account {name}"},
        "last_admin": {"id": "{name} adalah admin terakhir: tambahkan admin lain dulu",
                       "en": "{name} is the last admin: add another admin first"},
        "own_account_disable": {"id": "akun sendiri tidak dapat dinonaktifkan",
                                "en": "you cannot disable your own account"},
        "decision_in_force": {"id": "sudah ada keputusan yang berlaku untuk syarat ini pada "
                                    "subjek ini: tarik dulu",
                              "en": "there is already a decision in force on this requirement for "
                                    "this subject: withdraw it first"},
        "not_waiting_approval": {"id": "pengecualian ini tidak sedang menunggu persetujuan",
                                 "en": "this waiver is not waiting for approval"},
        "already_withdrawn": {"id": "keputusan ini sudah ditarik", "en": "this decision was already withdrawn"},
        "no_such_decision": {"id": "keputusan tidak ditemukan", "en": "no such decision"},
        "unknown_decision": {"id": "jenis keputusan {kind} tidak dikenal",
                             "en": "unknown kind of decision {kind}"},
        "no_such_product": {"id": "tidak ada produk nomor {n} dalam dosir ini",
                            "en": "no product {n} in this dossier"},
        "approver_only": {"id": "hanya penyetuju yang dapat menyetujui pengecualian syarat penghalang",
                          "en": "only an approver can approve a blocker's waiver"},
        "own_blocker_waiver": {"id": "pengecualian syarat penghalang perlu petugas kedua: "
                                     "pengecualian ini Anda sendiri yang mencatat",
                               "en": "a waiver of a blocker needs a second officer: you recorded "
                                     "this one"},
        "withdraw_who": {"id": "hanya petugas yang mencatat, atau penyetuju, yang dapat menarik "
                               "keputusan ini",
                         "en": "only the officer who recorded a decision, or an approver, can "
                               "withdraw it"},
        "certificate_not_due": {"id": "sertifikat belum dapat diterbitkan: masih ada kekurangan "
                                      "yang menghalangi",
                                "en": "no certificate is due: the business still has gaps that "
                                      "block it"},
        "status_move": {"id": "pengajuan berstatus {now} tidak dapat menjadi {to}",
                        "en": "an application that is {now} cannot become {to}"},
        "return_note": {"id": "tuliskan apa yang harus dilakukan pelaku usaha sebelum mengirim lagi",
                        "en": "say what the business must do before it sends the dossier again"},
        "upload_kind": {"id": "seharusnya dosir (.yaml, .yml, .json) atau baris-baris satu usaha "
                              "dalam spreadsheet (.csv, .xlsx)",
                        "en": "expected a dossier (.yaml, .yml, .json) or one business's rows in a "
                              "spreadsheet (.csv, .xlsx)"},
        "upload_one_business": {"id": "spreadsheet ini memuat {n} usaha; unggah baris-baris satu "
                                      "usaha di sini (daftar lengkap diperiksa di meja vendor)",
                                "en": "the spreadsheet holds {n} businesses; upload one business's "
                                      "rows here (the vendor desk takes whole lists)"},
        "form_no_key": {"id": "formulir tidak punya kunci kiriman: muat ulang halaman",
                        "en": "the form has no submission key: reload the page"},
        "form_key_not_yours": {"id": "kunci kiriman formulir ini bukan milik Anda: muat ulang halaman",
                               "en": "the form's submission key is not yours: reload the page"},
        "form_pending": {"id": "formulir ini sudah dikirim dan masih diproses: muat ulang "
                               "halaman sebentar lagi",
                         "en": "this form was already sent and is still being handled: reload "
                               "the page in a moment"},
        "choose_file": {"id": "pilih berkas yang akan diunggah", "en": "choose a file to upload"},
        "file_too_large": {"id": "berkas lebih besar dari {limit}", "en": "the file is larger than {limit}"},
        "vendor_kind": {"id": "seharusnya ekspor formulir pendaftaran berupa .csv atau .xlsx",
                        "en": "expected the registration form's export as .csv or .xlsx"},
        "not_a_workbook": {"id": ".xlsx ini bukan workbook (simpan ulang dari program spreadsheet)",
                           "en": "this .xlsx is not a workbook (save it again from the spreadsheet "
                                 "program)"},
        "csv_not_text": {"id": ".csv ini bukan teks (workbook? simpan sebagai .xlsx)",
                         "en": "this .csv is not text (is it a workbook? save it as .xlsx)"},
        "date_iso": {"id": "seharusnya tanggal TTTT-BB-HH", "en": "expected the date as YYYY-MM-DD"},
        "job_input_gone": {"id": "berkas yang diunggah sudah tidak ada", "en": "the uploaded file is gone"},
        "not_audit_head": {"id": "{value} bukan kepala log audit: seharusnya URUTAN:SHA256 seperti "
                                 "yang dicetak readiness register audit",
                           "en": "{value} is not an audit head: expected SEQ:SHA256 as printed by "
                                 "readiness register audit"},
        "audit_export_kind": {"id": "ekspor berupa berkas .csv atau .jsonl",
                              "en": "the export is a .csv or a .jsonl file"},
    },
    # the office desk's pages and `readiness users`, `readiness register audit`
    # -- the self-assessment's answers (readiness.answers): the form, init and check say these --
    "answer": {
        "required": {"id": "Wajib diisi.", "en": "Required."},
        "too_long": {"id": "Terlalu panjang: paling banyak {max} huruf.",
                     "en": "Too long: at most {max} characters."},
        "too_many": {"id": "Terlalu banyak: paling banyak {max} isian.",
                     "en": "Too many: at most {max} items."},
        "control": {"id": "Berisi tanda yang tidak bisa dibaca; ketik ulang.",
                    "en": "Contains characters that cannot be read; type it again."},
        "nib": {"id": "NIB terdiri dari 13 angka; yang tertulis {n} angka. Contoh: 9120301234567.",
                "en": "A NIB has 13 digits; this has {n}. Example: 9120301234567."},
        "bool": {"id": "Jawab Ya atau Tidak.", "en": "Answer Ya (yes) or Tidak (no)."},
        "date": {"id": "Tulis tanggal sebagai hari/bulan/tahun. Contoh: 27/11/2026.",
                 "en": "Write the date as day/month/year. Example: 27/11/2026."},
        "date_exists": {"id": "Tanggal itu tidak ada di kalender. Contoh: 27/11/2026.",
                        "en": "That date is not in the calendar. Example: 27/11/2026."},
        "money": {"id": "Tulis jumlah rupiah. Contoh: Rp 85.000.",
                  "en": "Write an amount in rupiah. Example: Rp 85.000."},
        "number": {"id": "Tulis angka. Contoh: 2,5.", "en": "Write a number. Example: 2.5."},
        "integer": {"id": "Tulis bilangan bulat. Contoh: 180.",
                    "en": "Write a whole number. Example: 180."},
        "quantity": {"id": "Tulis jumlah dan satuannya. Contoh: 250 g.",
                     "en": "Write the amount and its unit. Example: 250 g."},
        "choice": {"id": "'{value}' tidak dikenal; pilih salah satu: {options}.",
                   "en": "'{value}' is not known; choose one of: {options}."},
        "choice_close": {"id": "'{value}' tidak dikenal; maksudnya '{word}'? Pilihan: {options}.",
                         "en": "'{value}' is not known; did you mean '{word}'? Choices: {options}."},
        "unknown_field": {"id": "Kolom ini tidak dikenal.", "en": "This field is not known."},
    },
    # -- the self-assessment's pages (/periksa) ---------------------------------------------------
    "ask": {
        "title": {"id": "Periksa kesiapan usaha", "en": "Check your business's readiness"},
        "intro": {"id": "Jawab pertanyaan langkah demi langkah. Lewati yang belum Anda ketahui: "
                        "hasilnya akan menyebut apa yang perlu dilengkapi. Jawaban disimpan di "
                        "peramban Anda saja, sampai Anda memilih mengirimkannya ke Dinas.",
                  "en": "Answer the questions step by step. Skip what you do not know yet: the "
                        "answer will say what to fill in. Your answers stay in your browser "
                        "until you choose to send them to the office."},
        "progress": {"id": "Langkah {n} dari {total}", "en": "Step {n} of {total}"},
        "step_usaha": {"id": "Usaha Anda", "en": "Your business"},
        "step_produk": {"id": "Produk Anda", "en": "Your products"},
        "step_rincian": {"id": "Izin dan dokumen usaha", "en": "Business permits and documents"},
        "step_product": {"id": "{name} ({category})", "en": "{name} ({category})"},
        "product_n": {"id": "Produk {n}", "en": "Product {n}"},
        "add_product": {"id": "Tambah produk", "en": "Add a product"},
        "sec_packaging": {"id": "Kemasan", "en": "Packaging"},
        "sec_label": {"id": "Label", "en": "Label"},
        "sec_permits": {"id": "Izin dan sertifikat", "en": "Permits and certificates"},
        "sec_documents": {"id": "Dokumen", "en": "Documents"},
        "sec_declarations": {"id": "Pernyataan", "en": "Declarations"},
        "sec_curation": {"id": "Kurasi", "en": "Curation"},
        "sec_other": {"id": "Lainnya", "en": "Other"},
        "remove_product": {"id": "Hapus produk ini", "en": "Remove this product"},
        "next": {"id": "Simpan dan lanjut", "en": "Save and continue"},
        "back": {"id": "Kembali", "en": "Back"},
        "fix_marked": {"id": "Periksa isian yang ditandai merah.",
                       "en": "Check the answers marked in red."},
        "nothing_here": {"id": "Tidak ada pertanyaan lagi di langkah ini.",
                         "en": "No more questions in this step."},
        "draft_note": {"id": "Jawaban tersimpan di peramban ini; Anda bisa menutup halaman dan "
                             "melanjutkan nanti.",
                       "en": "Your answers are kept in this browser; you can close the page and "
                             "carry on later."},
        "yes": {"id": "Ya", "en": "Yes"},
        "no": {"id": "Tidak / belum", "en": "No / not yet"},
        "have": {"id": "Sudah punya {what}?", "en": "Do you have: {what}?"},
        "have_entry": {"id": "Sudah punya {list}: {what}?", "en": "Do you have {list}: {what}?"},
        "ex_date": {"id": "27/11/2026", "en": "27/11/2026"},
        "ex_nib": {"id": "9120301234567", "en": "9120301234567"},
        "ex_money": {"id": "Rp 85.000", "en": "Rp 85,000"},
        "ex_quantity": {"id": "250 g", "en": "250 g"},
        "ex_integer": {"id": "180", "en": "180"},
        "ex_list": {"id": "pisahkan dengan koma", "en": "separate with commas"},
        "product.allergens": {"id": "Bahan alergen", "en": "Allergens"},
        "product.animal_derived": {"id": "Memakai bahan hewani (kulit, tulang, sutra)",
                                   "en": "Made with animal material (leather, bone, silk)"},
        "product.food_contact": {"id": "Dipakai untuk makanan/minuman (piring, kendi, gelas)",
                                 "en": "Used for food or drink (plates, jugs, glasses)"},
        "product.gi_claim": {"id": "Indikasi geografis yang diklaim",
                             "en": "Geographical indication claimed"},
        "product.label.area_cm2": {"id": "Luas label (cm2)", "en": "Label area (cm2)"},
        "product.licences": {"id": "lisensi merek acara (mis. MotoGP)",
                             "en": "a licence for the event's marks (e.g. MotoGP)"},
        "product.fibres": {"id": "komposisi serat", "en": "the fibre content"},
        "hint.product.allergens": {"id": "Mis. susu, telur, kacang; kosongkan bila tidak ada.",
                                   "en": "E.g. milk, egg, peanut; leave empty when there is none."},
        "hint.product.net_content": {"id": "Angka dan satuan metrik (g, kg, ml, l).",
                                     "en": "A number and a metric unit (g, kg, ml, l)."},
        "hint.product.kbli": {"id": "Kode KBLI produk ini, 5 angka; harus ada di KBLI usaha.",
                              "en": "This product's KBLI code, 5 digits; it must be among the business's."},
        "hint.business.kbli": {"id": "Kode KBLI (5 angka) yang terdaftar di NIB, mis. 10761; "
                                     "lihat lampiran NIB di OSS.",
                               "en": "KBLI codes (5 digits) registered on the NIB, e.g. 10761; "
                                     "see the NIB annex in OSS."},
        "hint.business.npwp": {"id": "16 angka (untuk orang pribadi sama dengan NIK): ada di "
                                     "kartu NPWP atau akun DJP Online.",
                               "en": "16 digits (the NIK for individuals): on the NPWP card or "
                                     "in DJP Online."},
        "hint.business.nib_risk_based": {"id": "Tertulis \"Berbasis Risiko\" di dokumen NIB "
                                               "(terbit lewat OSS sejak 2021).",
                                         "en": "The NIB document says \"Berbasis Risiko\" (issued "
                                               "by OSS since 2021)."},
        "hint.product.label.language": {"id": "Indonesia, atau bilingual (Indonesia dan bahasa lain).",
                                        "en": "Indonesia, or bilingual (Indonesian and another language)."},
        "hint.product.materials": {"id": "Bahan baku, mis. tanah liat, bambu.",
                                   "en": "Raw materials, e.g. clay, bamboo."},
        "hint.product.marks": {"id": "Logo/nama acara yang tercetak di produk (mis. MotoGP); "
                                     "kosongkan bila tidak ada.",
                               "en": "Event logos or names printed on the product (e.g. MotoGP); "
                                     "leave empty when there is none."},
        "hint.business.contact.phone": {"id": "Nomor telepon/WhatsApp usaha, mis. 081234567890.",
                                        "en": "The business's phone/WhatsApp, e.g. 081234567890."},
        "business.name": {"id": "Nama usaha", "en": "Business name"},
        "business.owner.name": {"id": "Nama pemilik", "en": "Owner's name"},
        "business.address.street": {"id": "Alamat (jalan, nomor)", "en": "Address (street, number)"},
        "business.address.village": {"id": "Desa/kelurahan", "en": "Village"},
        "business.address.district": {"id": "Kecamatan", "en": "District"},
        "product.name": {"id": "Nama produk", "en": "Product name"},
        "product.category": {"id": "Jenis produk", "en": "Kind of product"},
        "product.channels": {"id": "Dijual di mana", "en": "Sold where"},
        "date": {"id": "Tanggal", "en": "Date"},
        "result": {"id": "Hasil", "en": "Result"},
        "number": {"id": "Nomor", "en": "Number"},
        "issued": {"id": "Tanggal terbit", "en": "Date issued"},
        "expires": {"id": "Berlaku sampai", "en": "Valid until"},
        "scheme": {"id": "Skema sertifikasi halal", "en": "Halal certification scheme"},
        "recipe_unchanged": {"id": "Resep tidak berubah sejak sertifikat terbit",
                             "en": "Recipe unchanged since the certificate"},
        "mark": {"id": "Merek/logo", "en": "Mark/logo"},
        "material": {"id": "Bahan serat", "en": "Fibre"},
        "percent": {"id": "Persen", "en": "Percent"},
        "answer_title": {"id": "Hasil pemeriksaan", "en": "Your result"},
        "score": {"id": "skor", "en": "score"},
        "all_met": {"id": "Semua syarat terpenuhi.", "en": "Every requirement is met."},
        "pdf": {"id": "Unduh laporan (PDF)", "en": "Download the report (PDF)"},
        "yaml": {"id": "Unduh dosir (YAML)", "en": "Download the dossier (YAML)"},
        "send_title": {"id": "Kirim ke Dinas", "en": "Send to the office"},
        "consent": {"id": "Saya setuju jawaban di atas (nama usaha, pemilik, NIB, alamat, telepon "
                          "dan data produk) disimpan oleh Dinas Perindustrian untuk memeriksa "
                          "kesiapan usaha saya dan menghubungi saya tentang hal itu.",
                    "en": "I agree that the answers above (business name, owner, NIB, address, "
                          "phone and product data) are kept by the office of industry to check "
                          "my business's readiness and to contact me about it."},
        "consent_needed": {"id": "Centang persetujuan dulu untuk mengirim.",
                           "en": "Tick the consent box first to send."},
        "send": {"id": "Kirim ke Dinas", "en": "Send to the office"},
        "sent": {"id": "Terkirim. Nomor pengajuan Anda: {ref}. Sebutkan nomor ini bila "
                       "menghubungi Dinas.",
                 "en": "Sent. Your application number: {ref}. Quote it when you contact the "
                       "office."},
        "cannot_check": {"id": "Jawaban belum bisa diperiksa: lengkapi nama usaha dan produk.",
                         "en": "The answers cannot be checked yet: fill in the business and "
                               "product names."},
        "back_to_form": {"id": "Kembali ke formulir", "en": "Back to the form"},
        "restart": {"id": "Mulai dari awal (hapus jawaban)", "en": "Start again (clear answers)"},
    },
    "desk": {
        # -- every desk page ------------------------------------------------------------------------
        "title": {"id": "Meja dinas", "en": "Office desk"},
        "file_line": {"id": "{file}, baris {line}: {text}", "en": "{file}, line {line}: {text}"},
        "job_internal": {"id": "kesalahan internal saat memeriksa daftar (lihat log server)",
                         "en": "an internal error while checking the list (see the server's log)"},
        "logout": {"id": "Keluar", "en": "Log out"},
        "nav_queue": {"id": "Antrean", "en": "Queue"},
        "nav_approvals": {"id": "Persetujuan", "en": "Approvals"},
        "nav_upload": {"id": "Unggah dosir", "en": "Upload a dossier"},
        "nav_certificates": {"id": "Sertifikat", "en": "Certificates"},
        "nav_vendor": {"id": "Meja vendor", "en": "Vendor desk"},
        "nav_audit": {"id": "Log audit", "en": "Audit log"},
        "nav_users": {"id": "Pengguna", "en": "Accounts"},
        "nav_settings": {"id": "Pengaturan", "en": "Settings"},
        "nav_account": {"id": "Akun saya", "en": "My account"},
        "role_officer": {"id": "petugas", "en": "officer"},
        "role_approver": {"id": "kepala seksi (penyetuju)", "en": "head of section (approver)"},
        "role_organizer": {"id": "penyelenggara (meja vendor)", "en": "organizer (vendor desk)"},
        "role_admin": {"id": "admin", "en": "admin"},
        "save": {"id": "Simpan", "en": "Save"},
        "unknown": {"id": "(tidak diketahui)", "en": "(unknown)"},
        "newer": {"id": "Lebih baru", "en": "Newer"},
        "older": {"id": "Lebih lama", "en": "Older"},
        "f_all": {"id": "Semua", "en": "All"},
        "f_apply": {"id": "Tampilkan", "en": "Show"},
        "f_status": {"id": "Status", "en": "Status"},
        "f_regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "f_category": {"id": "Kategori", "en": "Category"},
        "f_verdict": {"id": "Hasil", "en": "Verdict"},
        # -- what just happened ---------------------------------------------------------------------
        "ok_password_changed": {"id": "Kata sandi diganti.", "en": "Password changed."},
        "ok_waived": {"id": "Pengecualian dicatat dan berlaku.",
                           "en": "Waiver recorded; it is in force."},
        "ok_pending": {"id": "Pengecualian dicatat. Karena syarat ini dapat menjadi penghalang "
                                  "(blocker), pengecualian baru berlaku setelah disetujui petugas "
                                  "lain yang berperan penyetuju.",
                            "en": "Waiver recorded. This requirement can be a blocker, so the waiver "
                                  "takes effect once another officer with the approver role "
                                  "approves it."},
        "ok_verdict": {"id": "Penilaian dicatat.", "en": "Verdict recorded."},
        "ok_approved": {"id": "Pengecualian disetujui dan kini berlaku.",
                             "en": "Waiver approved; it is now in force."},
        "ok_withdrawn": {"id": "Keputusan ditarik.", "en": "Decision withdrawn."},
        "ok_imported": {"id": "Berkas keputusan dibaca: {n} dicatat, {same} sudah sama, {wait} "
                                   "menunggu persetujuan.",
                             "en": "Decisions file read: {n} recorded, {same} already the same, "
                                   "{wait} waiting for approval."},
        "ok_status_in_review": {"id": "Pengajuan sedang ditinjau.",
                                     "en": "The application is under review."},
        "ok_status_returned": {"id": "Pengajuan dikembalikan ke pelaku usaha.",
                                    "en": "The application was returned to the business."},
        "ok_uploaded": {"id": "Dosir diperiksa dan masuk antrean.",
                             "en": "The dossier was checked and put in the queue."},
        "ok_issued_new": {"id": "Sertifikat diterbitkan, dicatat di register dan "
                                     "ditandatangani.",
                               "en": "Certificate issued, recorded in the register and signed."},
        "ok_issued_same": {"id": "Isi sertifikat tidak berubah: nomor yang sama dicetak ulang.",
                                "en": "The certificate's content is unchanged: the same number was "
                                      "printed again."},
        "ok_issued_supersedes": {"id": "Sertifikat baru diterbitkan; menggantikan nomor "
                                            "sebelumnya.",
                                      "en": "A new certificate was issued; it supersedes the "
                                            "previous number."},
        "ok_revoked": {"id": "Sertifikat dicabut. Halaman verifikasi kini menyatakan DICABUT.",
                            "en": "Certificate revoked. Its verification page now says REVOKED."},
        "ok_user_added": {"id": "Akun dibuat. Pemiliknya memilih kata sandi sendiri saat "
                                     "pertama masuk.",
                               "en": "Account created. Its owner chooses a password at the first "
                                     "login."},
        "ok_user_role": {"id": "Peran diganti; sesi akun itu diakhiri.",
                              "en": "Role changed; that account's sessions ended."},
        "ok_user_disable": {"id": "Akun dinonaktifkan.", "en": "Account disabled."},
        "ok_user_enable": {"id": "Akun diaktifkan.", "en": "Account enabled."},
        "ok_user_reset": {"id": "Kata sandi sementara dipasang; kunci percobaan dibuka.",
                               "en": "Temporary password set; the lock-out cleared."},
        "ok_settings_saved": {"id": "Pengaturan disimpan (dicatat di log audit).",
                                   "en": "Settings saved (recorded in the audit log)."},
        # -- logging in -----------------------------------------------------------------------------
        "login_title": {"id": "Masuk ke meja dinas", "en": "Log in to the office desk"},
        "login_name": {"id": "Nama pengguna", "en": "User name"},
        "login_password": {"id": "Kata sandi", "en": "Password"},
        "login_button": {"id": "Masuk", "en": "Log in"},
        "login_hint": {"id": "Akun dibuat oleh admin dinas. Lupa kata sandi? Minta admin "
                                  "mengatur ulang.",
                            "en": "Accounts are made by the office's admin. Forgot your password? "
                                  "Ask the admin to reset it."},
        "login_bad": {"id": "Nama pengguna atau kata sandi salah.",
                           "en": "Wrong user name or password."},
        "login_disabled": {"id": "Akun ini dinonaktifkan. Hubungi admin dinas.",
                                "en": "This account is disabled. Contact the office's admin."},
        "login_locked_account": {"id": "Terlalu banyak percobaan gagal untuk akun ini. Coba "
                                            "lagi setelah pukul {until}, atau minta admin mengatur "
                                            "ulang kata sandi.",
                                      "en": "Too many failed attempts for this account. Try again "
                                            "after {until}, or ask the admin to reset the "
                                            "password."},
        "login_locked_client": {"id": "Terlalu banyak percobaan gagal dari perangkat/jaringan "
                                           "ini. Coba lagi setelah pukul {until}.",
                                     "en": "Too many failed attempts from this device or network. "
                                           "Try again after {until}."},
        "logged_out": {"id": "Anda sudah keluar.", "en": "You are logged out."},
        "expired": {"id": "Sesi berakhir; silakan masuk lagi.",
                         "en": "Your session ended; please log in again."},
        "account_title": {"id": "Akun saya", "en": "My account"},
        "full_name": {"id": "Nama lengkap (dicetak pada sertifikat)",
                           "en": "Full name (printed on certificates)"},
        "role": {"id": "Peran", "en": "Role"},
        "must_change": {"id": "Kata sandi Anda diatur ulang: pilih kata sandi baru sebelum "
                                   "melanjutkan.",
                             "en": "Your password was reset: choose a new one before you go on."},
        "change_password": {"id": "Ganti kata sandi", "en": "Change password"},
        "old_password": {"id": "Kata sandi sekarang", "en": "Current password"},
        "new_password": {"id": "Kata sandi baru (paling sedikit 10 karakter)",
                              "en": "New password (at least 10 characters)"},
        "new_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
        # -- the queue ------------------------------------------------------------------------------
        "queue_title": {"id": "Antrean pengajuan", "en": "Applications queue"},
        "queue_pending": {"id": "{n} pengecualian syarat penghalang menunggu persetujuan",
                               "en": "{n} blocker waiver(s) waiting for approval"},
        "queue_empty": {"id": "Tidak ada pengajuan yang cocok.",
                             "en": "No application matches."},
        "col_ref": {"id": "Nomor", "en": "Reference"},
        "col_business": {"id": "Usaha", "en": "Business"},
        "col_regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "col_verdict": {"id": "Hasil", "en": "Verdict"},
        "col_status": {"id": "Status", "en": "Status"},
        "col_received": {"id": "Diterima", "en": "Received"},
        "col_decision": {"id": "Keputusan", "en": "Decision"},
        "col_subject": {"id": "Untuk", "en": "For"},
        "col_by": {"id": "Oleh", "en": "By"},
        "col_state": {"id": "Keadaan", "en": "State"},
        "col_number": {"id": "Nomor sertifikat", "en": "Certificate number"},
        "col_issued": {"id": "Terbit", "en": "Issued"},
        "col_file": {"id": "Berkas", "en": "File"},
        "col_no": {"id": "No", "en": "No"},
        "col_score": {"id": "Skor", "en": "Score"},
        "col_products": {"id": "Produk", "en": "Products"},
        "col_gaps": {"id": "Kekurangan", "en": "Gaps"},
        "col_row": {"id": "Baris", "en": "Row"},
        "col_problem": {"id": "Masalah", "en": "Problem"},
        "app_new": {"id": "baru", "en": "new"},
        "app_in_review": {"id": "ditinjau", "en": "in review"},
        "app_returned": {"id": "dikembalikan", "en": "returned"},
        "app_certified": {"id": "bersertifikat", "en": "certified"},
        "src_self_assessment": {"id": "dikirim pelaku usaha", "en": "sent by the business"},
        "src_upload": {"id": "diunggah petugas", "en": "uploaded by an officer"},
        # -- an application -------------------------------------------------------------------------
        "today_verdict": {"id": "Hasil hari ini", "en": "Verdict today"},
        "score": {"id": "skor", "en": "score"},
        "cert_due": {"id": "Sertifikat dapat diterbitkan.", "en": "A certificate is due."},
        "cert_not_due": {"id": "Belum dapat diberi sertifikat.",
                              "en": "No certificate is due yet."},
        "issue_button": {"id": "Terbitkan sertifikat", "en": "Issue the certificate"},
        "move_start": {"id": "Mulai tinjau", "en": "Start the review"},
        "move_again": {"id": "Tinjau lagi", "en": "Review again"},
        "return_title": {"id": "Kembalikan ke pelaku usaha", "en": "Return to the business"},
        "return_note": {"id": "Apa yang harus dilakukan pelaku usaha sebelum mengirim lagi",
                             "en": "What the business must do before sending it again"},
        "return_button": {"id": "Kembalikan", "en": "Return"},
        "certs_of_business": {"id": "Sertifikat usaha ini", "en": "This business's certificates"},
        "business": {"id": "Data usaha", "en": "The business"},
        "regency": {"id": "Kabupaten/kota", "en": "Regency"},
        "owner": {"id": "Pemilik", "en": "Owner"},
        "phone": {"id": "Telepon/WA", "en": "Phone/WhatsApp"},
        "address": {"id": "Alamat", "en": "Address"},
        "findings": {"id": "Temuan", "en": "Findings"},
        "the_business": {"id": "Usaha (seluruhnya)", "en": "The business (as a whole)"},
        "no_gaps": {"id": "Tidak ada kekurangan.", "en": "No gaps."},
        "passed": {"id": "{n} syarat terpenuhi atau tidak berlaku",
                        "en": "{n} requirement(s) met or not applicable"},
        "decisions": {"id": "Keputusan petugas", "en": "Officers' decisions"},
        "no_decisions": {"id": "Belum ada keputusan.", "en": "No decisions yet."},
        "kind_waiver": {"id": "pengecualian", "en": "waiver"},
        "kind_verdict": {"id": "penilaian", "en": "verdict"},
        "verdict_pass": {"id": "memenuhi", "en": "pass"},
        "verdict_fail": {"id": "tidak memenuhi", "en": "fail"},
        "until": {"id": "s/d", "en": "until"},
        "imported": {"id": "dari berkas", "en": "from a file"},
        "approved_by": {"id": "disetujui oleh", "en": "approved by"},
        "state_in_force": {"id": "berlaku", "en": "in force"},
        "state_pending": {"id": "menunggu persetujuan", "en": "waiting for approval"},
        "state_withdrawn": {"id": "ditarik oleh {by}", "en": "withdrawn by {by}"},
        "approve": {"id": "Setujui", "en": "Approve"},
        "withdraw": {"id": "Tarik", "en": "Withdraw"},
        "own_waiver": {"id": "dicatat oleh Anda: perlu penyetuju lain",
                            "en": "recorded by you: needs another approver"},
        "export_decisions": {"id": "Unduh berkas keputusan (YAML)",
                                  "en": "Download the decisions file (YAML)"},
        "import_decisions": {"id": "Baca berkas keputusan", "en": "Read a decisions file"},
        "import_button": {"id": "Baca", "en": "Read"},
        "history": {"id": "Riwayat", "en": "History"},
        # -- a finding ------------------------------------------------------------------------------
        "field_path": {"id": "Kolom dosir", "en": "Dossier field"},
        "evidence": {"id": "Yang dinilai", "en": "What is judged"},
        "why": {"id": "Mengapa", "en": "Why"},
        "fix": {"id": "Cara memenuhi", "en": "How to meet it"},
        "agency": {"id": "Instansi", "en": "Agency"},
        "legal": {"id": "Dasar hukum", "en": "Legal basis"},
        "waive_title": {"id": "Catat pengecualian", "en": "Record a waiver"},
        "waive_blocker_note": {"id": "Syarat ini dapat menjadi penghalang (blocker): "
                                          "pengecualiannya baru berlaku setelah disetujui petugas "
                                          "lain yang berperan penyetuju.",
                                    "en": "This requirement can be a blocker: its waiver takes "
                                          "effect only once another officer with the approver role "
                                          "approves it."},
        "waive_reason": {"id": "Alasan (dicetak pada sertifikat)",
                              "en": "Reason (printed on the certificate)"},
        "waive_expires": {"id": "Berlaku sampai", "en": "In force until"},
        "waive_expires_hint": {"id": "Paling lambat hari terakhir acara ({end}).",
                                    "en": "At the latest the event's last day ({end})."},
        "waive_button": {"id": "Catat pengecualian", "en": "Record the waiver"},
        "verdict_title": {"id": "Penilaian petugas", "en": "Officer's verdict"},
        "verdict_note": {"id": "Catatan", "en": "Note"},
        "verdict_button": {"id": "Catat penilaian", "en": "Record the verdict"},
        "back_to_application": {"id": "Kembali ke pengajuan", "en": "Back to the application"},
        # -- approvals, uploads, certificates -------------------------------------------------------
        "approvals_title": {"id": "Menunggu persetujuan", "en": "Waiting for approval"},
        "approvals_hint": {"id": "Pengecualian syarat penghalang (blocker) baru berlaku setelah "
                                      "disetujui petugas kedua. Anda tidak dapat menyetujui "
                                      "pengecualian yang Anda catat sendiri.",
                                "en": "A blocker's waiver takes effect only once a second officer "
                                      "approves it. You cannot approve a waiver you recorded "
                                      "yourself."},
        "approvals_none": {"id": "Tidak ada yang menunggu persetujuan.",
                                "en": "Nothing is waiting for approval."},
        "upload_title": {"id": "Unggah dosir", "en": "Upload a dossier"},
        "upload_text": {"id": "Dosir yang diterima dinas (YAML atau JSON, atau baris-baris satu "
                                   "usaha dari ekspor formulir pendaftaran, CSV/XLSX) diperiksa lalu "
                                   "masuk antrean. Daftar banyak usaha diperiksa di meja vendor.",
                             "en": "A dossier the office received (YAML or JSON, or one business's "
                                   "rows of the registration form's export, CSV/XLSX) is checked and "
                                   "put in the queue. Lists of many businesses go to the vendor "
                                       ""},
        "upload_file": {"id": "Berkas dosir", "en": "Dossier file"},
        "upload_button": {"id": "Periksa dan masukkan antrean", "en": "Check and queue it"},
        "certs_title": {"id": "Sertifikat terbit", "en": "Certificates issued"},
        "certs_search": {"id": "Nomor sertifikat atau NIB", "en": "Certificate number or NIB"},
        "certs_none": {"id": "Tidak ada sertifikat.", "en": "No certificates."},
        "open_verification": {"id": "Buka halaman verifikasi", "en": "Open the verification page"},
        "download_pdf": {"id": "Unduh PDF", "en": "Download the PDF"},
        "signer": {"id": "Penanda tangan", "en": "Signed by"},
        "conditions": {"id": "Catatan sertifikat", "en": "Certificate conditions"},
        "cond_waiver": {"id": "pengecualian", "en": "waiver"},
        "cond_gap": {"id": "kekurangan", "en": "gap"},
        "cond_manual": {"id": "menunggu penilaian", "en": "awaiting a verdict"},
        "revoke_title": {"id": "Cabut sertifikat", "en": "Revoke the certificate"},
        "revoke_reason": {"id": "Alasan (tampil di halaman verifikasi)",
                               "en": "Reason (shown on the verification page)"},
        "revoke_hint": {"id": "Pencabutan tidak dapat dibatalkan.",
                             "en": "A revocation cannot be undone."},
        "revoke_button": {"id": "Cabut", "en": "Revoke"},
        # -- the vendor desk ------------------------------------------------------------------------
        "vendor_title": {"id": "Meja vendor", "en": "Vendor desk"},
        "vendor_text": {"id": "Unggah ekspor formulir pendaftaran (CSV atau XLSX). Semua usaha "
                                   "diperiksa di latar belakang; baris yang rusak dicatat, tidak "
                                   "menghentikan pemeriksaan.",
                             "en": "Upload the registration form's export (CSV or XLSX). Every "
                                   "business is checked in the background; a broken row is listed, "
                                   "it does not stop the run."},
        "vendor_file": {"id": "Ekspor formulir pendaftaran", "en": "Registration form export"},
        "vendor_standard": {"id": "Standar", "en": "Standard"},
        "vendor_as_of": {"id": "Per tanggal", "en": "As of"},
        "vendor_lang": {"id": "Bahasa hasil", "en": "Language of the results"},
        "vendor_button": {"id": "Unggah dan periksa", "en": "Upload and check"},
        "vendor_uploads": {"id": "Unggahan saya", "en": "My uploads"},
        "vendor_uploads_all": {"id": "Semua unggahan", "en": "All uploads"},
        "vendor_none": {"id": "Belum ada unggahan.", "en": "No uploads yet."},
        "vendor_again": {"id": "Unggah lagi", "en": "Upload again"},
        "job_queued": {"id": "menunggu giliran", "en": "queued"},
        "job_running": {"id": "sedang diperiksa", "en": "being checked"},
        "job_done": {"id": "selesai", "en": "done"},
        "job_failed": {"id": "gagal", "en": "failed"},
        "job_counts": {"id": "{total} usaha, {certified} tersertifikasi",
                            "en": "{total} businesses, {certified} certified"},
        "job_progress": {"id": "{done} dari {total} usaha diperiksa",
                              "en": "{done} of {total} businesses checked"},
        "job_waiting": {"id": "Menunggu giliran...", "en": "Waiting for its turn..."},
        "job_hint": {"id": "Halaman boleh ditutup atau dimuat ulang; pemeriksaan berjalan "
                                "terus di server.",
                          "en": "You may close or reload this page; the check goes on on the "
                                "server."},
        "job_refresh": {"id": "Muat ulang", "en": "Reload"},
        "as_of": {"id": "per", "en": "as of"},
        "uploaded": {"id": "diunggah", "en": "uploaded"},
        "job_took": {"id": "diperiksa dalam {seconds} detik", "en": "checked in {seconds} s"},
        "t_businesses": {"id": "usaha", "en": "businesses"},
        "t_certified": {"id": "tersertifikasi", "en": "certified"},
        "t_not_certified": {"id": "belum", "en": "not certified"},
        "t_unreadable": {"id": "tidak terbaca", "en": "unreadable"},
        "t_table": {"id": "Semua usaha", "en": "Every business"},
        "sort_by": {"id": "Urutkan menurut", "en": "Sort by"},
        "sort_dir": {"id": "Arah", "en": "Order"},
        "sort_asc": {"id": "naik", "en": "ascending"},
        "sort_desc": {"id": "turun", "en": "descending"},
        "downloads": {"id": "Unduhan", "en": "Downloads"},
        "file_summary_xlsx": {"id": "Ringkasan (XLSX)", "en": "Summary (XLSX)"},
        "file_summary_pdf": {"id": "Ringkasan (PDF)", "en": "Summary (PDF)"},
        "file_errors_csv": {"id": "Daftar masalah (CSV)", "en": "Problems (CSV)"},
        "file_annotated_xlsx": {"id": "Berkas Anda dengan hasilnya (XLSX)",
                                     "en": "Your file with its results (XLSX)"},
        "personal_left_out": {"id": "NIK dan nomor telepon tidak disertakan (UU 27/2022 "
                                         "tentang Pelindungan Data Pribadi).",
                                   "en": "NIK and phone numbers are left out (Law 27/2022 on "
                                         "Personal Data Protection)."},
        "chart_regency": {"id": "Per kabupaten/kota (usaha)", "en": "By regency (businesses)"},
        "chart_category": {"id": "Per kategori (produk)", "en": "By category (products)"},
        "chart_rules": {"id": "Syarat yang paling sering tidak terpenuhi",
                             "en": "Requirements failed most often"},
        "chart_certified": {"id": "tersertifikasi", "en": "certified"},
        "chart_not_certified": {"id": "belum", "en": "not certified"},
        "chart_on_certificate": {"id": "dalam sertifikat", "en": "on a certificate"},
        "chart_not_on_certificate": {"id": "belum", "en": "not yet"},
        "certifiable": {"id": "dapat disertifikasi", "en": "certifiable"},
        "products_ready": {"id": "{ready} dari {total} siap", "en": "{ready} of {total} ready"},
        "problems": {"id": "Masalah dalam daftar ({n})", "en": "Problems in the list ({n})"},
        "problems_more": {"id": "Daftar lengkap ada di berkas masalah (CSV).",
                               "en": "The full list is in the problems file (CSV)."},
        "level_error": {"id": "galat", "en": "error"},
        "level_warning": {"id": "peringatan", "en": "warning"},
        # -- accounts, settings, audit --------------------------------------------------------------
        "users_title": {"id": "Pengguna", "en": "Accounts"},
        "user_active": {"id": "aktif", "en": "active"},
        "user_disabled": {"id": "nonaktif", "en": "disabled"},
        "user_must_change": {"id": "harus ganti kata sandi", "en": "must change the password"},
        "user_disable": {"id": "Nonaktifkan", "en": "Disable"},
        "user_enable": {"id": "Aktifkan", "en": "Enable"},
        "user_reset": {"id": "Atur ulang kata sandi", "en": "Reset the password"},
        "user_add": {"id": "Tambah akun", "en": "Add an account"},
        "user_add_hint": {"id": "Berikan kata sandi sementara kepada pemilik akun secara "
                                     "langsung; ia menggantinya saat pertama masuk.",
                               "en": "Give the temporary password to the account's owner in person; "
                                     "they replace it at the first login."},
        "temp_password": {"id": "Kata sandi sementara", "en": "Temporary password"},
        "settings_title": {"id": "Pengaturan", "en": "Settings"},
        "setting_personal": {"id": "Data pribadi untuk penyelenggara",
                                  "en": "Personal data for organizers"},
        "setting_personal_hint": {"id": "NIK dan nomor telepon pelaku usaha hanya untuk yang "
                                             "memerlukannya (UU 27/2022). Perubahan dicatat di log "
                                             "audit.",
                                       "en": "Business owners' NIK and phone numbers are only for "
                                             "those who need them (Law 27/2022). A change is "
                                             "recorded in the audit log."},
        "setting_personal_no": {"id": "Penyelenggara tidak melihat NIK dan nomor telepon "
                                           "(disarankan)",
                                     "en": "Organizers do not see NIK and phone numbers "
                                           "(recommended)"},
        "setting_personal_yes": {"id": "Penyelenggara melihat NIK dan nomor telepon dalam "
                                            "unduhan",
                                      "en": "Organizers see NIK and phone numbers in downloads"},
        "audit_title": {"id": "Log audit", "en": "Audit log"},
        "audit_hint": {"id": "Setiap keputusan, penerbitan, pencabutan, proses masuk dan "
                                  "keluar, perubahan peran dan status tercatat di sini dan tidak "
                                  "dapat diubah: setiap entri memuat hash entri sebelumnya.",
                            "en": "Every decision, issue, revocation, login and logout, role and "
                                  "status change is recorded here and cannot be changed: each entry "
                                  "holds the hash of the one before."},
        "audit_check": {"id": "Periksa rantai hash", "en": "Check the hash chain"},
        "audit_export_csv": {"id": "Ekspor CSV", "en": "Export CSV"},
        "audit_export_jsonl": {"id": "Ekspor JSONL", "en": "Export JSONL"},
        "audit_when": {"id": "Waktu", "en": "When"},
        "audit_actor": {"id": "Pelaku", "en": "Who"},
        "audit_action": {"id": "Tindakan", "en": "Action"},
        "audit_details": {"id": "Rincian", "en": "Details"},
        # -- readiness users ------------------------------------------------------------------------
        "cli_password": {"id": "Kata sandi", "en": "Password"},
        "cli_password_again": {"id": "Ulangi kata sandi", "en": "Repeat the password"},
        "cli_added": {"id": "akun {name} ({role}) dibuat; masuk di {url}",
                           "en": "account {name} ({role}) created; log in at {url}"},
        "cli_disabled": {"id": "akun {name} dinonaktifkan; sesinya diakhiri",
                              "en": "account {name} disabled; its sessions ended"},
        "cli_enabled": {"id": "akun {name} diaktifkan kembali",
                             "en": "account {name} enabled again"},
        "cli_reset": {"id": "kata sandi {name} diganti; ia harus memilih kata sandi baru saat "
                                 "masuk berikutnya (kunci percobaan gagal dihapus, sesinya diakhiri)",
                           "en": "{name}'s password replaced; they must choose a new one at the next "
                                 "login (failed attempts cleared, sessions ended)"},
        "cli_role": {"id": "peran {name} sekarang {role}; sesinya diakhiri",
                          "en": "{name}'s role is now {role}; their sessions ended"},
        "cli_none": {"id": "belum ada akun: buat admin pertama dengan `readiness users add "
                                "NAMA --role admin`",
                          "en": "no accounts yet: make the first admin with `readiness users add "
                                "NAME --role admin`"},
        "cli_list_disabled": {"id": "nonaktif", "en": "disabled"},
        "cli_list_must_change": {"id": "harus ganti sandi", "en": "must change password"},
        # -- readiness register audit -----------------------------------------------------------------
        "audit_ok": {"id": "log audit utuh: {n} entri; kepala {head}",
                          "en": "audit log intact: {n} entries; head {head}"},
        "audit_empty": {"id": "log audit masih kosong", "en": "the audit log is empty"},
        "audit_broken": {"id": "log audit RUSAK pada entri {seq}: {why}",
                              "en": "audit log BROKEN at entry {seq}: {why}"},
        "audit_why_missing": {"id": "entri {missing} hilang (dihapus); entri {next} menyusul "
                                         "entri {prev}",
                                   "en": "entry {missing} is missing (deleted); entry {next} follows "
                                         "entry {prev}"},
        "audit_why_changed": {"id": "isinya diubah setelah ditulis (tidak cocok dengan "
                                         "hash-nya)",
                                   "en": "it was changed after it was written (its content does "
                                         "not match its hash)"},
        "audit_why_unlinked": {"id": "tidak menyambung ke entri {prev}: hash entri "
                                          "sebelumnya berbeda (entri {prev} atau entri ini diubah)",
                                    "en": "it does not follow entry {prev}: the previous entry's "
                                          "hash differs (entry {prev} or this one was changed)"},
        "audit_why_head": {"id": "kepala yang dicatat ({head}) tidak ada lagi: log kini "
                                      "berakhir di entri {n}",
                                "en": "the head remembered ({head}) is no longer there: the log "
                                      "now ends at entry {n}"},
        "audit_exported": {"id": "{n} entri ditulis ke {path}",
                                "en": "{n} entries written to {path}"},
    },
}

# one flat table: "section.key" -> {"id": ..., "en": ...}
WORDS: dict[str, dict[str, str]] = {f"{s}.{k}": v for s, d in SECTIONS.items() for k, v in d.items()}
_VALUE_KEYS: dict[str, str] = {}
for _s in reversed(VALUE_SETS + ("value",)):
    for _k in SECTIONS[_s]:
        _VALUE_KEYS[_k] = f"{_s}.{_k}"
