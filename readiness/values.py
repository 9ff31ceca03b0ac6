"""Values as people write them, read the same way everywhere: a YAML dossier, an owner's answer
on the self-assessment form and a spreadsheet cell meet here (issue 24: the inputs floor).

- numbers and money: `parse_number` ('1.750.000', '1,5'), `parse_money` ('Rp 1.750.000',
  'IDR 85,000', '20 rb'), `parse_integer`;
- dates: `parse_date` (DD/MM/YYYY with '/', '-' or '.', ISO, a spreadsheet date cell or a date
  serial in the 1900 or 1904 system: `excel_date`) -> 'YYYY-MM-DD';
- quantities and shares: `parse_quantity` ('250 g'), `parse_share` ('Katun 80%');
- yes/no: `parse_bool` with the caller's words for each;
- identifiers: `parse_identifier` (NIB, NPWP: a number that lost its leading 0 gets it back, a
  number the spreadsheet rounded is refused: `number_digits`), `parse_phone`;
- `is_empty`, `norm` (the normal form of a header or a value word), `as_text`.

A value that cannot be read raises `CellError` with a catalogue code (readiness.words,
section `error`, or `batch` for the messages that name their column) and its arguments.
Repairs are noted in `Cells.notes` when the caller passes one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Collection

from readiness.words import render

_EMPTY = {"", "-", "–", "—"}


def norm(text: Any) -> str:
    """Header / translation key normal form: trimmed, inner whitespace collapsed, casefolded."""
    return " ".join(str(text).replace("\ufeff", "").split()).casefold()


class CellError(ValueError):
    """A cell that cannot become a dossier value: `code` and `args` say why (readiness.words:
    section `error`, or `batch` for the messages that name their column)."""

    def __init__(self, code: str, **args: Any):
        self.code, self.args_ = code, args
        super().__init__(render(code, args, "en"))


@dataclass
class Cells:
    """What parsing one row's cells needs besides the cell: the workbook's date system, and a
    list that collects warnings (code, args, English text) about values that were repaired."""

    date1904: bool = False
    notes: list[tuple[str, dict, str]] = field(default_factory=list)


def is_empty(v: Any) -> bool:
    return v is None or (isinstance(v, str) and v.strip() in _EMPTY)


def as_text(v: Any) -> str:
    """A cell as text: whole floats without '.0', dates in ISO, inner whitespace collapsed."""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, dt.datetime):
        return v.isoformat(sep=" ")
    if isinstance(v, dt.date):
        return v.isoformat()
    return " ".join(str(v).split())


def parse_number(v: Any, *, thousands_dot: bool) -> int | float:
    """'1.750.000' -> 1750000 (dots group thousands), '1,5' -> 1.5, '12.5' -> 12.5 (when not
    thousands_dot, or when the dot cannot be a thousands separator)."""
    if isinstance(v, bool):
        raise CellError("cell_number")
    if isinstance(v, (int, float)):
        return int(v) if float(v).is_integer() else float(v)
    s = str(v).strip().replace("\u00a0", "").replace(" ", "")
    neg = s.startswith("-")
    if neg:
        s = s[1:]
    if re.fullmatch(r"\d+", s):
        n: int | float = int(s)
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+(,\d+)?", s) and (thousands_dot or "," in s or s.count(".") > 1):
        n = float(s.replace(".", "").replace(",", "."))
    elif re.fullmatch(r"\d{1,3}(,\d{3})+(\.\d+)?", s) and (s.count(",") > 1 or "." in s):
        n = float(s.replace(",", ""))
    elif re.fullmatch(r"\d+,\d+", s):
        n = float(s.replace(",", "."))
    elif re.fullmatch(r"\d*\.\d+", s):
        n = float(s)
    else:
        raise CellError("cell_number")
    if isinstance(n, float) and n.is_integer():
        n = int(n)
    return -n if neg else n


def parse_money(v: Any) -> int | float:
    """'Rp 1.750.000', 'Rp1.750.000,00', 'IDR 85,000', '85000', '20 rb' -> rupiah."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return parse_number(v, thousands_dot=True)
    s = str(v).strip()
    s = re.sub(r"^(rp\.?|idr)\s*", "", s, flags=re.I)
    s = re.sub(r"\s*(?:rupiah|rp\.?)$", "", s, flags=re.I)                 # '15 ribu rupiah'
    s = re.sub(r"\s*(?:/|per\s+)\s*[a-z]+\.?$", "", s.strip(), flags=re.I)   # 'Rp15rb/pcs'
    s = re.sub(r",-$|,00$|\.-$", "", s.strip())
    mult = 1
    m = re.fullmatch(r"(.+?)\s*(rb|ribu|k|jt|juta)\.?", s, flags=re.I)
    if m:
        s, unit = m[1], m[2].lower()
        mult = 1_000_000 if unit in ("jt", "juta") else 1000
    if mult == 1 and re.fullmatch(r"\d{1,3}(,\d{3})+", s.strip()):
        s = s.replace(",", "")          # 'IDR 85,000': rupiah have no thousandths
    try:
        n = parse_number(s, thousands_dot=mult == 1)
    except CellError:
        raise CellError("cell_money") from None
    n = n * mult
    return int(n) if float(n).is_integer() else n


def parse_integer(v: Any) -> int:
    try:
        n = parse_number(v, thousands_dot=True)
    except CellError:
        raise CellError("cell_integer") from None
    if not isinstance(n, int):
        raise CellError("cell_integer")
    return n


_DATE_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4}|\d{2})"
                       r"(?:[ T,]+(?:pukul\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit))?)?",
                       re.I)
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")

# Month names as Indonesians write them, and the English ones a phone's keyboard or a
# spreadsheet in English puts beside them. Not dateparser: its Indonesian data lacks "Nop",
# "Ags", "Pebruari" and "Djuli"-era spellings, it guesses a missing day or year from today and
# reads relative words ("kemarin"), and it weighs ~1 MB of imports; a date on a permit is read
# strictly or reported, never guessed.
_MONTHS = {
    1: ("januari", "jan", "january"),
    2: ("februari", "pebruari", "feb", "peb", "february"),
    3: ("maret", "mar", "march"),
    4: ("april", "apr"),
    5: ("mei", "may"),
    6: ("juni", "jun", "june"),
    7: ("juli", "jul", "july"),
    8: ("agustus", "agt", "agu", "ags", "agust", "aug", "august"),
    9: ("september", "sep", "sept", "sept"),
    10: ("oktober", "okt", "oct", "october"),
    11: ("november", "nopember", "nov", "nop"),
    12: ("desember", "des", "dec", "december", "dess"),
}
MONTH_WORDS = {w: m for m, ws in _MONTHS.items() for w in ws}
_DAY_NAMES = ("senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu", "ahad",
              "sen", "sel", "rab", "kam", "jum", "sab", "min", "monday", "tuesday", "wednesday",
              "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
              "sat", "sun")
_DATE_WORDS = re.compile(
    r"(?:(?:" + "|".join(re.escape(d) for d in _DAY_NAMES) + r")\.?,?\s+)?"
    r"(?:tanggal\s+|tgl\.?\s*)?(\d{1,2})[\s\-/.]*([a-z]+)\.?[\s\-/.,]*(\d{4})"
    r"(?:[ T,]+(?:pukul\s*|jam\s*)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:wib|wita|wit))?)?",
    re.I)


def _year(text: str) -> int:
    y = int(text)
    return 2000 + y if len(text) == 2 else y       # '14/08/26': this century


def parse_date(v: Any, date1904: bool = False) -> str:
    """A date as people write it -> 'YYYY-MM-DD'. Day first, always: DD/MM/YYYY (also with
    '-' or '.', a two-digit year, and a time after it), '14 Agustus 2026', '5 Nop 2026',
    '3 Sept 2026', 'Senin, 14 Agt 2026', '14-Aug-2026', YYYY-MM-DD, a spreadsheet date cell,
    or a date serial (a date cell whose format was lost: 46250, in the workbook's 1900 or 1904
    system; a CSV has the 1900 one). 05/11/2026 is 5 November, never 11 May; a date without
    its day or year is refused, not guessed."""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    serial = v if isinstance(v, (int, float)) and not isinstance(v, bool) else None
    if isinstance(v, str) and re.fullmatch(r"\s*\d{5}(\.\d+)?\s*", v):
        serial = float(v)
    if serial is not None:     # only serials of 1950-2100 (a year alone, 2026, is no date)
        d = excel_date(float(serial), date1904)
        if d is None or not 1950 <= d.year <= 2100:
            raise CellError("cell_date")
        return (d.date() if isinstance(d, dt.datetime) else d).isoformat()
    s = " ".join(str(v).split())
    try:
        m = _DATE_DMY.fullmatch(s)
        if m:
            return dt.date(_year(m[3]), int(m[2]), int(m[1])).isoformat()
        m = _DATE_ISO.fullmatch(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        m = _DATE_WORDS.fullmatch(s)
        if m and m[2].casefold() in MONTH_WORDS:
            return dt.date(int(m[3]), MONTH_WORDS[m[2].casefold()], int(m[1])).isoformat()
    except ValueError:
        raise CellError("cell_date_exists") from None
    raise CellError("cell_date")


def parse_timestamp(v: Any, date1904: bool = False) -> dt.datetime | None:
    """A form's submission time ('02/09/2026 10:14:03', a date-time cell, '14 Agustus 2026
    10.14') as a datetime to order submissions by; None when it cannot be read."""
    if isinstance(v, dt.datetime):
        return v
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        d = excel_date(float(v), date1904)
        return d if isinstance(d, dt.datetime) else (
            dt.datetime.combine(d, dt.time()) if d is not None else None)
    if isinstance(v, dt.date):
        return dt.datetime.combine(v, dt.time())
    s = " ".join(str(v).split())
    try:
        day = dt.date.fromisoformat(parse_date(s, date1904))
    except CellError:
        return None
    t = re.search(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*(?:wib|wita|wit))?$", s, re.I)
    if t and not re.search(r"\d{4}$", s):
        try:
            return dt.datetime.combine(day, dt.time(int(t[1]), int(t[2]), int(t[3] or 0)))
        except ValueError:
            return None
    return dt.datetime.combine(day, dt.time())


# durations into days; a month is 30 days, a year 365 (what a label's shelf life means)
_DURATION = {"hari": 1, "hr": 1, "h": 1, "day": 1, "days": 1,
             "minggu": 7, "mgg": 7, "pekan": 7, "week": 7, "weeks": 7,
             "bulan": 30, "bln": 30, "month": 30, "months": 30,
             "tahun": 365, "thn": 365, "th": 365, "year": 365, "years": 365}


def parse_duration_days(v: Any) -> int:
    """'3 bulan' -> 90, '1 tahun' -> 365, '2 minggu' -> 14, '30 hari' / '30' -> 30,
    '1,5 tahun' -> 548 (rounded to whole days)."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        n = parse_number(v, thousands_dot=True)
        if isinstance(n, int):
            return n
        raise CellError("cell_duration")
    s = norm(as_text(v))
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([a-z]+)?\.?", s)
    if not m or (m[2] and m[2] not in _DURATION):
        raise CellError("cell_duration")
    try:
        n = parse_number(m[1], thousands_dot=False) if m[2] else parse_number(m[1], thousands_dot=True)
    except CellError:
        raise CellError("cell_duration") from None
    days = n * _DURATION[m[2]] if m[2] else n
    if not float(days).is_integer() and not m[2]:
        raise CellError("cell_duration")
    return int(round(days))


_COUNT_UNITS = ("bungkus", "bks", "pcs", "pc", "buah", "bh", "botol", "btl", "kotak", "box",
                "dus", "pak", "pack", "pax", "lembar", "lbr", "helai", "potong", "ptg", "porsi",
                "toples", "cup", "gelas", "sachet", "saset", "kemasan", "unit", "biji", "butir",
                "ekor", "kain", "set", "pasang", "psg", "item", "produk", "piece", "pieces",
                "kaleng", "karton", "ikat", "kg", "liter", "lusin")


def parse_count(v: Any) -> int:
    """A whole count with or without its unit: '500 bungkus' -> 500, '1.000 pcs' -> 1000,
    '400', '500 bungkus/bulan', '± 300 pcs per bulan', '2 lusin' -> 24."""
    if isinstance(v, (int, float)) and not isinstance(v, bool):
        return parse_integer(v)
    s = norm(as_text(v))
    s = re.sub(r"^(?:±|\+-|kurang lebih|kira-kira|sekitar|kurleb|kl\.?)\s*", "", s)
    s = re.sub(r"\s*(?:/|per\s+|tiap\s+|setiap\s+)\s*(?:bulan|bln|bl|month)\.?$", "", s)
    m = re.fullmatch(r"(\d[\d.,]*)\s*([a-z]+)?\.?", s)
    if not m or (m[2] and m[2] not in _COUNT_UNITS):
        raise CellError("cell_count")
    try:
        n = parse_integer(m[1])
    except CellError:
        raise CellError("cell_count") from None
    return n * 12 if m[2] == "lusin" else n


_UNITS = {"g": "g", "gr": "g", "gram": "g", "kg": "kg", "kilogram": "kg", "mg": "mg",
          "ml": "ml", "mililiter": "ml", "l": "l", "lt": "l", "ltr": "l", "liter": "l", "litre": "l"}


def parse_quantity(v: Any) -> dict:
    """'250 g' -> {amount: 250, unit: g}; '1,5 kg'; '500ml'. A non-metric unit is kept as
    written (the checker judges it)."""
    s = as_text(v)
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([^\d\s].*)", s)
    if not m:
        raise CellError("cell_quantity")
    amount = parse_number(m[1], thousands_dot=False)
    unit = m[2].strip().rstrip(".")
    return {"amount": amount, "unit": _UNITS.get(unit.lower(), unit.lower())}


def parse_bool(v: Any, true_words: Collection[str], false_words: Collection[str]) -> bool:
    """Yes or no: a bool as it is, else text among the (normalised) words for true or false."""
    if isinstance(v, bool):
        return v
    n = norm(as_text(v))
    if n in true_words:
        return True
    if n in false_words:
        return False
    raise CellError("cell_bool")


# ------------------------------------------------------------------------------ identifiers

_SCIENTIFIC = re.compile(r"\s*(\d)(?:[.,](\d+))?[eE]\+?(\d{1,2})\s*")
_SIGNIFICANT = 15          # what a spreadsheet program keeps of a number


def number_digits(v: Any) -> tuple[str, int] | None:
    """When an identifier cell holds a number: its digits and how many of them are known.

    A number is a numeric workbook cell, or CSV text a spreadsheet program wrote for one: bare
    digits not starting with 0 (in a CSV every cell is text, so "220104455667" may be a number
    that lost its 0), or scientific notation ("2.20104455667E+11": 12 digits known;
    "2.20104E+11": 6 of 12). A numeric cell's whole number of more than 15 digits ending in
    zeros counts only 15 as known: spreadsheet programs keep 15 significant digits and round
    the rest to 0.
    Text that keeps its leading 0, or anything else, is not a number here (None)."""
    if isinstance(v, bool):
        return None
    if isinstance(v, float):
        if not v.is_integer() or v < 0:
            return None
        v = int(v)
    if isinstance(v, int):
        if v < 0:
            return None
        digits = str(v)
    elif isinstance(v, str):
        t = v.strip()
        m = _SCIENTIFIC.fullmatch(t)
        if m:
            frac, exp = m[2] or "", int(m[3])
            if exp < len(frac):
                return None           # not a whole number
            known = (m[1] + frac).lstrip("0")
            digits = m[1] + frac + "0" * (exp - len(frac))
            return (digits, len(known)) if digits[0] != "0" else None
        if not t.isdigit() or not t.isascii() or t.startswith("0"):
            return None
        return t, len(t)      # CSV text: whatever wrote it, every digit it shows is there
    else:
        return None
    known = len(digits)
    if known > _SIGNIFICANT and digits[_SIGNIFICANT:].strip("0") == "":
        known = _SIGNIFICANT
    return digits, known


def _note(cells: Cells | None, code: str, english: str, **args: Any) -> None:
    if cells is not None:
        cells.notes.append((code, args, english))


def _whole_number(v: Any) -> tuple[str, str] | None:
    """(digits, the cell as shown) when an identifier cell holds a number whose every digit is
    known; None for text; refuses a number the spreadsheet rounded."""
    got = number_digits(v)
    if got is None:
        return None
    digits, known = got
    shown = as_text(v)
    if known < len(digits):
        raise CellError("number_rounded", number=shown, known=known)
    return digits, shown


def parse_identifier(v: Any, digits: Collection[int], cells: Cells | None = None) -> str:
    """A NIB or NPWP (`digits`: its lengths in full). Text is kept as written; a number that is
    one digit short of a full length gets its leading 0 back (with a warning); a number the
    spreadsheet rounded, or one that is a full length as it is and also one short of another
    (a 15-digit NPWP: an old NPWP, or a 16-digit one that lost its 0), is refused."""
    got = _whole_number(v)
    if got is None:
        return as_text(v)
    full = digits
    digits, shown = got
    n = len(digits)
    if n in full and n + 1 in full:
        raise CellError("number_ambiguous", number=shown, n=n, n1=n + 1)
    if n not in full and n + 1 in full:
        fixed = "0" + digits
        _note(cells, "zero_restored", f"stored as the number {shown} ({n} digits, one short): "
              f"its leading 0 is restored as {fixed}; format the column as text",
              number=shown, n=n, fixed=fixed)
        return fixed
    return digits


def parse_phone(v: Any, cells: Cells | None = None) -> str:
    """An Indonesian phone number. Text is kept as written. A number lost its leading 0
    (081234567890 -> 81234567890): the 0 is restored with a warning, unless it starts with 62,
    the country code written without '+', which is kept as it is; a number starting with 62
    of at most 11 digits could be either (+62 812-3456-78 or 0628-123-4567 of North Sumatra)
    and is refused, as is one the spreadsheet rounded."""
    got = _whole_number(v)
    if got is None:
        return as_text(v)
    digits, shown = got
    national = 9 <= len(digits) + 1 <= 13
    if digits.startswith("62") and len(digits) >= 10:
        if len(digits) <= 11:
            raise CellError("phone_ambiguous", number=shown, a="+" + digits, b="0" + digits)
        return digits
    if national:
        fixed = "0" + digits
        _note(cells, "zero_restored", f"stored as the number {shown} ({len(digits)} digits, one "
              f"short): its leading 0 is restored as {fixed}; format the column as text",
              number=shown, n=len(digits), fixed=fixed)
        return fixed
    return digits


def parse_share(v: Any) -> dict:
    """'Katun 80%' / 'katun 80' / '80% katun' -> {material: katun, percent: 80}."""
    s = as_text(v)
    m = re.fullmatch(r"(.+?)\s*[:=]?\s*(\d+(?:[.,]\d+)?)\s*%?", s) or None
    if m and not m[1].strip().replace(".", "").isdigit():
        name, pct = m[1], m[2]
    else:
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?\s*(.+)", s)
        if not m:
            raise CellError("cell_share")
        pct, name = m[1], m[2]
    return {"material": name.strip(" :-"), "percent": parse_number(pct, thousands_dot=False)}


def excel_date(serial: float, date1904: bool) -> dt.date | dt.datetime | None:
    """A date serial as Excel means it (1900 system with its phantom 29 February 1900, or the
    1904 system); None outside 1 January 1900/1904 .. 31 December 9999."""
    if serial != serial or serial < 0:
        return None
    days = int(serial)
    frac = serial - days
    if date1904:
        base = dt.datetime(1904, 1, 1)
    elif days >= 61:
        base = dt.datetime(1899, 12, 30)
    elif days == 60:
        return None              # 29 February 1900 does not exist
    elif days >= 1:
        base = dt.datetime(1899, 12, 31)
    else:
        return None              # a time of day without a date
    try:
        stamp = base + dt.timedelta(days=days, seconds=round(frac * 86400))
    except OverflowError:
        return None
    if stamp.year > 9999:
        return None
    return stamp.date() if stamp.time() == dt.time(0) else stamp


# ------------------------------------------------------------------------------ for the model

def _lenient(parse, v: Any, plain: re.Pattern[str]) -> Any:
    """`parse(v)` for text that is not already in the model's own form, else `v` unchanged
    (pydantic then reads it, or reports what it expected)."""
    if not isinstance(v, str) or plain.fullmatch(v.strip()):
        return v
    try:
        return parse(v)
    except CellError:
        return v


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_PLAIN_INT = re.compile(r"-?\d+")
_PLAIN_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def words_date(v: Any) -> Any:
    return _lenient(parse_date, v, _ISO_DATE)


def words_days(v: Any) -> Any:
    return _lenient(parse_duration_days, v, _PLAIN_INT)


def words_count(v: Any) -> Any:
    return _lenient(parse_count, v, _PLAIN_INT)


def words_money(v: Any) -> Any:
    return _lenient(parse_money, v, _PLAIN_NUMBER)
