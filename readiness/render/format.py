"""Language-dependent formatting for the documents: dates, money, scores (Babel/CLDR, never
hand tables); their words come from the catalogue (readiness.words, section `doc`).

Searchable text stays in plain ASCII punctuation (no non-breaking hyphens) so that pypdf and
pdftotext find "P-IRT", "MGP-2027.1-...", etc.
"""

from __future__ import annotations

import datetime as _dt

from readiness.words import LANGS, Section, capfirst, label


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


def labels(lang: str) -> Section:
    """The fixed words of the documents (catalogue section `doc`): `L.cert_title`."""
    return Section("doc", _lang(lang))


def verdict_label(verdict, lang: str = "id") -> str:
    return capfirst(label("verdict", verdict, _lang(lang))) if verdict else "-"


def severity_label(sev, lang: str = "id") -> str:
    return capfirst(label("severity", sev, _lang(lang)))


def category_label(cat, lang: str = "id") -> str:
    return capfirst(label("category", cat, _lang(lang)))
