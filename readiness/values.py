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
from typing import Any, Collection

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


_DATE_DMY = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?:[ T]\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?")
_DATE_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?")


def parse_date(v: Any, date1904: bool = False) -> str:
    """DD/MM/YYYY (also with '-' or '.', and a time after it), YYYY-MM-DD, a spreadsheet date
    cell, or a date serial (a date cell whose format was lost: 46250, in the workbook's 1900 or
    1904 system; a CSV has the 1900 one) -> 'YYYY-MM-DD'."""
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
    s = str(v).strip()
    m = _DATE_DMY.fullmatch(s)
    try:
        if m:
            return dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        m = _DATE_ISO.fullmatch(s)
        if m:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        raise CellError("cell_date_exists") from None
    raise CellError("cell_date")


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
