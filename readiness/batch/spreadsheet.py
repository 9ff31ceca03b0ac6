"""Spreadsheet rows (one per product) to dossiers (one per business).

Reading is streamed in two passes so memory follows the number of businesses, not of cells:

1. keys: which business each row belongs to (NIB, or the normalised name when the NIB is not
   13 digits, and the name too, so one NIB under two names gives two businesses and a warning),
   and the cross-record checks (same NIB under two names, same product twice in one business);
2. rows parsed with the mapping and emitted as one dossier per business, in order of first
   appearance, as soon as the business's last row has been read.

A cell that cannot be represented (price "mahal") makes its row an error: the row is reported
with its number and column and left out; the business is checked on its other rows, or reported
as unreadable when it has none. A value the checker can judge (NIB "12AB-778") is kept.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from readiness.sheets.mapping import Mapping, Target, load_mapping, norm, recognise, shipped_mappings
from readiness.batch.stream import PARQUET_SUFFIXES, KeyIndex, ParquetBook
from readiness.sheets.read import (DEFAULT_SHEET_LIMITS, CsvBook, SheetLimits, Undecodable,
                                       XlsxBook, excel_date)
from readiness.errors import InputError
from readiness.standards.fields import feeds, unfed_rules, unoffered_choices
from readiness.words import Msg, has, render

DOSSIER_FORMAT = "readiness-dossier/1"
SPREADSHEET_SUFFIXES = (".csv", ".xlsx") + PARQUET_SUFFIXES   # Parquet: readiness.batch.stream
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMPTY = {"", "-", "–", "—"}


@dataclass
class Issue:
    """One line of errors.csv."""

    source: str
    row: str                     # "" for the whole file, "7" or "2, 10"
    column: str
    level: str                   # error | warning
    kind: str                    # unreadable_file | bad_cell | no_business | conflicting_value |
    #                              duplicate_nib | duplicate_product | unmapped_column | ...
    message: str | Msg | InputError   # worded in the run's language by `text`
    business: str = ""
    code: str = ""               # a catalogue code (readiness.words) with `args`, or ""
    args: dict = field(default_factory=dict)

    def text(self, lang: str) -> str:
        if self.code:
            return render(self.code, self.args, lang)
        m = self.message
        if isinstance(m, InputError):
            return m.one_line(lang)
        return m.text(lang) if isinstance(m, Msg) else m


@dataclass
class BusinessRecord:
    source: str                  # file name as given
    rows: list[int]              # spreadsheet row numbers of the business (all of them)
    good_rows: list[int]
    name: str
    nib: str
    dossier: dict | None         # None when no row could be read
    issues: list[Issue] = field(default_factory=list)

    @property
    def label(self) -> str:
        return f"{Path(self.source).name} {'row' if len(self.rows) == 1 else 'rows'} {ranges(self.rows)}"


def ranges(rows: list[int]) -> str:
    """[3, 4, 5, 9] -> '3-5, 9'."""
    out, rows = [], sorted(rows)
    i = 0
    while i < len(rows):
        j = i
        while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
            j += 1
        out.append(str(rows[i]) if i == j else f"{rows[i]}-{rows[j]}")
        i = j + 1
    return ", ".join(out)


# ------------------------------------------------------------------------------ cell parsers

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


def _text(v: Any) -> str:
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
    s = _text(v)
    m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*([^\d\s].*)", s)
    if not m:
        raise CellError("cell_quantity")
    amount = parse_number(m[1], thousands_dot=False)
    unit = m[2].strip().rstrip(".")
    return {"amount": amount, "unit": _UNITS.get(unit.lower(), unit.lower())}


def parse_bool(v: Any, mapping: Mapping) -> bool:
    if isinstance(v, bool):
        return v
    n = norm(_text(v))
    if n in mapping.true_words:
        return True
    if n in mapping.false_words:
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
    shown = _text(v)
    if known < len(digits):
        raise CellError("number_rounded", number=shown, known=known)
    return digits, shown


def parse_identifier(v: Any, t: Target, cells: Cells | None = None) -> str:
    """A NIB or NPWP (`digits`: its lengths in full). Text is kept as written; a number that is
    one digit short of a full length gets its leading 0 back (with a warning); a number the
    spreadsheet rounded, or one that is a full length as it is and also one short of another
    (a 15-digit NPWP: an old NPWP, or a 16-digit one that lost its 0), is refused."""
    got = _whole_number(v)
    if got is None:
        return _text(v)
    digits, shown = got
    n, full = len(digits), t.digits
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
        return _text(v)
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
    s = _text(v)
    m = re.fullmatch(r"(.+?)\s*[:=]?\s*(\d+(?:[.,]\d+)?)\s*%?", s) or None
    if m and not m[1].strip().replace(".", "").isdigit():
        name, pct = m[1], m[2]
    else:
        m = re.fullmatch(r"(\d+(?:[.,]\d+)?)\s*%?\s*(.+)", s)
        if not m:
            raise CellError("cell_share")
        pct, name = m[1], m[2]
    return {"material": name.strip(" :-"), "percent": parse_number(pct, thousands_dot=False)}


def _scalar(v: Any, typ: str, t: Target, mapping: Mapping, cells: Cells | None = None) -> Any:
    if typ == "text":
        return _text(v)
    if typ == "identifier":
        return parse_identifier(v, t, cells)
    if typ == "phone":
        return parse_phone(v, cells)
    if typ == "share":
        return parse_share(v)
    if typ == "integer":
        return parse_integer(v)
    if typ == "number":
        return parse_number(v, thousands_dot=False)
    if typ == "money":
        return parse_money(v)
    if typ == "bool":
        return parse_bool(v, mapping)
    if typ == "date":
        return parse_date(v, cells.date1904 if cells is not None else False)
    if typ == "quantity":
        return parse_quantity(v)
    raise AssertionError(typ)


_DROP = object()


def _translate(value: Any, t: Target) -> Any:
    if t.values is None:
        return value
    key = norm(value) if not isinstance(value, dict) else None
    if key in t.values:
        return t.values[key]
    if t.unknown == "keep":
        return value
    if t.unknown == "drop":
        return _DROP
    known = list(dict.fromkeys(str(x) for x in t.values.values()))
    raise CellError("cell_unknown_value", value=repr(value),
                    known=", ".join(known[:12]) + (", ..." if len(known) > 12 else ""))


def parse_cell(v: Any, t: Target, mapping: Mapping, cells: Cells | None = None) -> Any:
    """The dossier value of one cell for one target, _DROP for nothing; raises CellError.
    Repairs (a leading 0 restored) are noted in `cells.notes`."""
    if t.type == "list":
        parts = re.split("[" + re.escape(t.separator) + "]", _text(v)) if isinstance(v, str) else [v]
        out = []
        for p in parts:
            if is_empty(p):
                continue
            p = p.strip() if isinstance(p, str) else p
            x = _translate(_scalar(p, t.item, t, mapping, cells), t)
            if x is not _DROP and x not in out:
                out.append(x)
        return out if out else _DROP
    x = _scalar(v, t.type, t, mapping, cells)
    if t.presence:
        return x if x else _DROP
    return _translate(x, t)


# ------------------------------------------------------------------------------ applying

def _entry(lst: list, key: str, value: Any, consts: dict) -> dict:
    for e in lst:
        if isinstance(e, dict) and e.get(key) == value:
            return e
    e = {key: value, **consts}
    lst.append(e)
    return e


def _walk(d: dict, segs, consts: dict) -> dict:
    for s in segs:
        if s.key:
            lst = d.setdefault(s.name, [])
            d = _entry(lst, s.key, s.value, consts)
        else:
            nxt = d.get(s.name)
            if not isinstance(nxt, dict):
                nxt = d[s.name] = {}
            d = nxt
    return d


def _get(d: dict, segs) -> Any:
    for s in segs:
        if not isinstance(d, dict):
            return None
        d = d.get(s.name)
    return d


def apply(t: Target, value: Any, root: dict) -> None:
    segs = t.segments
    if t.presence:
        _walk(root, segs, t.set)
        return
    if t.for_each is not None:
        keys = _get(root, t.for_each[0])
        if not isinstance(keys, list):
            return
        holder = _walk(root, segs[:-2], t.set)
        lst = holder.setdefault(segs[-2].name, [])
        for k in keys:
            _entry(lst, t.for_each[1], k, t.set)[segs[-1].name] = value
        return
    last = segs[-1]
    d = _walk(root, segs[:-1], t.set)
    if last.key:
        _entry(d.setdefault(last.name, []), last.key, last.value, t.set)
    else:
        d[last.name] = value


# ------------------------------------------------------------------------------ reading tables

def undecodable_message(v: Undecodable, table: "Table") -> Msg:
    enc = "UTF-8" if getattr(table.book, "encoding", "").startswith("utf") else "Windows-1252"
    hexes = " ".join(f"0x{b:02X}" for b in v.bytes_)
    return Msg("undecodable", {"bytes": hexes, "enc": enc, "value": repr(str(v))})


class Table:
    """Rows of the first sheet of a CSV or XLSX file: `headers` and `rows()` yielding
    (row number as the spreadsheet shows it, values) for rows with a value. Read by
    `readiness.sheets.read` (limits, no trust in `<dimension>`, typed cells); every problem with the file
    is an `InputError` naming it."""

    def __init__(self, path: str | Path, limits: SheetLimits | None = None):
        self.path = Path(path)
        self.kind = self.path.suffix.lower()
        if self.kind not in SPREADSHEET_SUFFIXES:
            raise InputError("not_spreadsheet", file=str(path))
        limits = limits or DEFAULT_SHEET_LIMITS
        self.date1904 = False
        try:
            if self.kind == ".csv":
                self.book: CsvBook | XlsxBook | ParquetBook = CsvBook(self.path, limits)
            elif self.kind in PARQUET_SUFFIXES:
                self.book = ParquetBook(self.path, limits)
            else:
                self.book = XlsxBook(self.path, limits)
                self.date1904 = self.book.date1904
            self.header_row, self.headers = self._find_header()
        except OSError as e:
            raise InputError("cannot_read", reason=e.strerror or str(e), file=str(path)) from None
        except InputError:
            raise
        except Exception as e:  # noqa: BLE001 - whatever else a damaged file raises
            raise InputError("bad_spreadsheet", detail=f"{type(e).__name__}: {e}",
                             file=str(path)) from None

    def _find_header(self) -> tuple[int, list[str]]:
        for i, row in self.book.rows():
            if any(not is_empty(c) for c in row):
                return i, [_text(c) if c is not None else "" for c in row]
        raise InputError("empty_spreadsheet", file=str(self.path))

    def rows(self) -> Iterator[tuple[int, list]]:
        try:
            for i, row in self.book.rows():
                if i <= self.header_row or all(is_empty(c) for c in row):
                    continue
                yield i, row
        except OSError as e:
            raise InputError("cannot_read", reason=e.strerror or str(e), file=str(self.path)) from None


# ------------------------------------------------------------------------------ the import

_NIB = re.compile(r"\d{13}")


def norm_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(name).casefold()).split())


def _input_error(code: str, file: str, line: int | None, **args: Any) -> InputError:
    """An InputError with a catalogue code and arguments (errors.csv words it in the run's
    language); its arguments may use names InputError keeps for itself ("found")."""
    e = InputError(code, file=file, line=line)
    e.args_ = args
    return e


def _tokens(header: str) -> list[str]:
    return re.sub(r"[^\w]+", " ", str(header).casefold()).split()


def header_score(found: str, expected: str) -> float:
    """How close a file's header is to a mapped one: 1 for the same words, 0.9 when each word
    abbreviates the expected one's ("Kab/Kota" for "Kabupaten/Kota"), else the similarity of
    their letters."""
    import difflib

    a, b = _tokens(found), _tokens(expected)
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if len(a) == len(b) and all(y.startswith(x) for x, y in zip(a, b)):
        return 0.9
    return difflib.SequenceMatcher(None, "".join(a), "".join(b)).ratio()


RENAME_AT = 0.8       # read a header as a mapped one from this score (when it is the only one)
SUGGEST_AT = 0.6      # name it as a suggestion from this score


def match_headers(mapping: Mapping, headers: list[str]) -> dict[int, str]:
    """Index of a file header -> the mapped column it is read as: for every mapped column the
    file lacks, the one unmapped header that is close to it (RENAME_AT) and close to no other
    missing column."""
    have = {norm(h) for h in headers}
    absent = [mapping.headers[k] for k in mapping.columns if k not in have]
    free = [i for i, h in enumerate(headers)
            if norm(h) and norm(h) not in mapping.columns and norm(h) not in mapping.ignore]
    out: dict[int, str] = {}
    for exp in absent:
        close = [i for i in free if header_score(headers[i], exp) >= RENAME_AT]
        if len(close) != 1 or close[0] in out:
            continue
        i = close[0]
        rivals = [e for e in absent if e != exp and header_score(headers[i], e) >= RENAME_AT]
        if not rivals:
            out[i] = exp
    return out


def suggest_headers(missing: list[str], candidates: list[str]) -> dict[str, str]:
    """Missing column -> the nearest header found (SUGGEST_AT), for the error message."""
    out = {}
    for m in missing:
        best = max(candidates, key=lambda h: header_score(h, m), default=None)
        if best is not None and header_score(best, m) >= SUGGEST_AT:
            out[m] = best
    return out


def closest_mapping(headers: list[str]) -> Mapping | None:
    """The shipped mapping whose recognising headers the file has most of, at least half of
    them (a form with a renamed column is still that form); None otherwise."""
    have = {norm(h) for h in headers}
    best, score = None, 0.0
    for m in shipped_mappings():
        part = sum(norm(h) in have for h in m.recognise) / max(len(m.recognise), 1)
        if part >= 0.5 and part > score:
            best, score = m, part
    return best


class SpreadsheetImport:
    """One spreadsheet with its mapping: `issues` (file-level and cross-record, known after
    construction), `count` businesses, and iteration yielding `BusinessRecord`s in order of first
    appearance."""

    def __init__(self, path: str | Path, mapping: Mapping | str | Path | None = None):
        self.path = Path(path)
        self.source = str(path)
        self.table = Table(self.path)
        headers = self.table.headers
        found = [h for h in headers if norm(h)]
        if mapping is None:
            mapping = recognise(headers) or closest_mapping(headers)
            if mapping is None:
                raise _input_error(
                    "no_mapping", self.source, self.table.header_row, found=found)
        elif not isinstance(mapping, Mapping):
            mapping = load_mapping(mapping)
        self.issues: list[Issue] = []
        # a renamed or abbreviated header ("Kab/Kota") is read as the mapped column it is
        # nearest to, when it is the only close one; said once per file
        renamed = match_headers(mapping, headers)
        for i, target in renamed.items():
            self.issues.append(Issue(
                self.source, str(self.table.header_row), headers[i], "warning", "header_renamed",
                "", code="header_renamed",
                args={"found": headers[i], "expected": target, "mapping": mapping.id}))
        headers = [renamed.get(i, h) for i, h in enumerate(headers)]
        missing = mapping.missing_headers(headers)
        if missing:
            near = suggest_headers(missing, [h for i, h in enumerate(self.table.headers)
                                             if norm(h) and norm(headers[i]) not in mapping.columns])
            listed = [[m, near.get(m, "")] for m in missing]
            raise _input_error(
                "headers_missing", self.source, self.table.header_row,
                mapping=mapping.id, missing=listed, found=found)
        self.mapping = mapping
        # column index -> targets
        self.cols: list[tuple[int, str, list[Target]]] = []
        seen = set()
        for i, h in enumerate(headers):
            n = norm(h)
            shown = self.table.headers[i]
            if not n:
                continue
            if n in seen:
                self.issues.append(Issue(self.source, str(self.table.header_row), shown, "warning",
                                         "duplicate_column", Msg("duplicate_column")))
                continue
            seen.add(n)
            if n in mapping.columns:
                self.cols.append((i, shown, mapping.columns[n]))
            elif n not in mapping.ignore:
                self.issues.append(Issue(self.source, str(self.table.header_row), shown, "warning",
                                         "unmapped_column", Msg("unmapped_column", {"mapping": mapping.id})))
        self.headers = headers
        idx = {norm(h): i for i, h in reversed(list(enumerate(headers)))}
        self._i_nib = idx[norm(mapping.group_nib)]
        self._i_name = idx[norm(mapping.group_name)]
        self._i_product = idx.get(norm(mapping.group_product))
        self._keys_pass()

    def form_gaps(self, rs) -> list[Issue]:
        """One warning per rule of `rs` that this file's columns cannot feed (for the categories
        and channels the mapping offers), naming the fields it lacks and the mapped columns that
        would feed them; `self.unfed` keeps their ids for the businesses' results."""
        m = self.mapping
        gaps = unfed_rules(rs, m.fed_paths(self.headers), m.offered("products[].category"),
                           m.offered("products[].channels"))
        self.unfed = [r.id for r, _ in gaps]
        out = []
        present = {norm(h) for h in self.headers}
        for rule, column, labels in unoffered_choices(
                rs, lambda f, vs: [g for g in m.choice_gaps(f, vs) if norm(g[0]) in present],
                m.offered("products[].category"), m.offered("products[].channels")):
            if rule.id in self.unfed:
                continue
            self.unfed.append(rule.id)
            title = {lang: rule.text("title", lang) for lang in ("id", "en")}
            out.append(Issue(self.source, "", column, "warning", "form_gap", "",
                             code="form_gap_choice",
                             args={"rule": rule.id, "title": title, "column": column,
                                   "choices": ", ".join(f"'{x}'" for x in labels)}))
        for rule, lacking in gaps:
            columns = [m.headers[key] for key in m.columns
                       if any(feeds(m.fed_paths([m.headers[key]]), p) for p in lacking)]
            title = {lang: rule.text("title", lang) for lang in ("id", "en")}
            fields = ", ".join(dict.fromkeys(lacking))
            out.append(Issue(self.source, "", "", "warning", "form_gap",
                             "",
                             code="form_gap", args={"rule": rule.id, "title": title,
                                                    "fields": fields, "columns": columns}))
        return out

    # -- pass 1
    def _cell(self, row: list, i: int | None) -> Any:
        v = row[i] if i is not None and i < len(row) else None
        if isinstance(v, str) and _CONTROL.search(v):  # pasted from elsewhere: invisible, unprintable
            cleaned = _CONTROL.sub("", v)
            if isinstance(v, Undecodable):
                cleaned = Undecodable(cleaned)
                cleaned.bytes_ = v.bytes_
            v = cleaned
        return v

    def _group_nib(self, raw: Any) -> str:
        """The NIB a row is grouped by: as its column's type reads it (a number that lost its
        leading 0 gets it back), else as written."""
        for t in self.mapping.columns.get(norm(self.mapping.group_nib), []):
            if t.type == "identifier":
                try:
                    return parse_identifier(raw, t)
                except CellError:
                    break
        return _text(raw)

    def _keys_pass(self) -> None:
        # kept on disk past a small cache (readiness.batch.stream): a national export's
        # millions of rows must not be held in memory
        self.keys = keys = KeyIndex()
        for rn, row in self.table.rows():
            raw_nib = self._cell(row, self._i_nib)
            raw_name = self._cell(row, self._i_name)
            nib = "" if is_empty(raw_nib) else self._group_nib(raw_nib)
            name = "" if is_empty(raw_name) else _text(raw_name)
            digits = re.sub(r"[\s.\-]", "", nib)
            if not nib and not name:
                keys.add_row(rn, -1)
                continue
            if _NIB.fullmatch(digits):
                key = ("nib", digits, norm_name(name))
                keys.nib_name(digits, norm_name(name), name, rn)
            else:
                key = ("name", norm_name(name) or norm_name(nib))
            g = keys.group(key, name, nib)
            keys.add_row(rn, g)
            pname = self._cell(row, self._i_product)
            if not is_empty(pname):
                first = keys.product(g, norm_name(_text(pname)), rn)
                if first is not None:
                    self.issues.append(Issue(
                        self.source, f"{first}, {rn}", self.mapping.headers.get(
                            norm(self.mapping.group_product), self.mapping.group_product),
                        "warning", "duplicate_product",
                        Msg("duplicate_product", {"product": _text(pname)}),
                        business=name))
        for nib, names in keys.shared_nibs():
            self.issues.append(Issue(
                self.source, ", ".join(str(r) for _, r in names), self.mapping.group_nib,
                "warning", "duplicate_nib",
                Msg("duplicate_nib", {"nib": nib, "n": len(names),
                                      "names": "; ".join(repr(n) for n, _ in names)}),
                business=names[0][0]))

    @property
    def count(self) -> int:
        return self.keys.n

    # -- pass 2
    def _parse_row(self, rn: int, row: list) -> tuple[dict, dict, dict, list[Issue], list[Issue]]:
        business: dict = {}
        product: dict = {}
        raw_business: dict[str, str] = {}
        errors: list[Issue] = []
        warnings: list[Issue] = []
        later: list[tuple[Target, Any]] = []
        filled: set[str] = set()       # columns of this row that gave a value
        cells = Cells(date1904=self.table.date1904)
        for i, header, targets in self.cols:
            v = self._cell(row, i)
            if is_empty(v):
                continue
            if isinstance(v, Undecodable):
                errors.append(Issue(self.source, str(rn), header, "error", "bad_bytes",
                                    undecodable_message(v, self.table)))
                continue
            for t in targets:
                if t.level == "business":
                    raw_business[header] = _text(v)
                try:
                    x = parse_cell(v, t, self.mapping, cells)
                except CellError as e:
                    batch = has("batch." + e.code)   # these name their column themselves
                    errors.append(Issue(self.source, str(rn), header, "error", "bad_cell",
                                        str(e) if batch else Msg("cell_found", {
                                            "detail": Msg(e.code, e.args_), "value": repr(_text(v))}),
                                        code=e.code if batch else "",
                                        args=dict(e.args_, column=header) if batch else {}))
                    continue
                for code, args, english in cells.notes:
                    warnings.append(Issue(self.source, str(rn), header, "warning", code, english,
                                          code=code, args=dict(args, column=header)))
                cells.notes.clear()
                if x is _DROP:
                    continue
                filled.add(norm(header))
                if t.for_each is not None or t.only_with is not None:
                    later.append((t, x))
                else:
                    apply(t, x, business if t.level == "business" else product)
        for t, x in later:
            if t.only_with is not None and norm(t.only_with) not in filled:
                # e.g. a halal scheme without a halal certificate number: no certificate entry
                # is made from a column that does not hold the certificate
                warnings.append(Issue(self.source, str(rn), t.column, "warning", "only_with",
                                      "", code="only_with",
                                      args={"column": t.column, "anchor": t.only_with}))
                continue
            apply(t, x, business if t.level == "business" else product)
        return business, product, raw_business, errors, warnings

    def __iter__(self) -> Iterator[BusinessRecord]:
        """Every business of the first pass exactly once, in order of first appearance; when
        the file cannot be read to its end this time (changed or damaged since the first
        pass), the businesses not yet complete are reported as unreadable, not lost."""
        emitted = 0                   # businesses come out in order: 0 .. emitted-1 are out
        try:
            for rec_g, rec in self._records():
                emitted = rec_g + 1
                yield rec
        except InputError as e:
            self.issues.append(Issue(self.source, "", "", "error", "unreadable_file",
                                     Msg("reading_stopped", {"detail": e.msg})))
            for g in range(emitted, self.keys.n):
                name, nib = self.keys.info(g)
                yield BusinessRecord(source=self.source, rows=self.keys.rows(g), good_rows=[],
                                     name=name, nib=nib, dossier=None)

    def _records(self) -> Iterator[tuple[int, BusinessRecord]]:
        pending: dict[int, dict] = {}
        next_g = 0
        for rn, row in self.table.rows():
            g = self.keys.group_of(rn)
            if g is None or g < 0:
                # rows with neither NIB nor name belong to nobody: reported, never checked
                if g is not None:
                    self.issues.append(Issue(self.source, str(rn), self.mapping.group_name, "error",
                                             "no_business", Msg("no_business")))
                continue
            info = {"name": self.keys.info(g)[0]}
            st = pending.setdefault(g, {"business": None, "raw": None, "first": None,
                                        "products": [], "good": [], "issues": [], "conflicts": set(),
                                        "warned": set()})
            business, product, raw, errors, warnings = self._parse_row(rn, row)
            for w in warnings:        # a business column repeats on every row: warn once
                key = (w.column, w.message)
                if key not in st["warned"]:
                    st["warned"].add(key)
                    w.business = info["name"]
                    st["issues"].append(w)
            if errors:
                for e in errors:
                    e.business = info["name"]
                st["issues"].extend(errors)
            else:
                if st["business"] is None:
                    st["business"], st["raw"], st["first"] = business, raw, rn
                else:
                    for col in sorted(set(raw) | set(st["raw"]), key=str):
                        a, b = st["raw"].get(col, ""), raw.get(col, "")
                        if a != b and col not in st["conflicts"]:
                            st["conflicts"].add(col)
                            st["issues"].append(Issue(
                                self.source, str(rn), col, "warning", "conflicting_value",
                                Msg("conflicting_value", {"first": st["first"], "this": repr(b),
                                                          "that": repr(a)}),
                                business=info["name"]))
                st["products"].append(product)
                st["good"].append(rn)
            while next_g < self.keys.n and next_g in pending and self.keys.last(next_g) <= rn:
                yield next_g, self._record(next_g, pending.pop(next_g))
                next_g += 1

    def _record(self, g: int, st: dict) -> BusinessRecord:
        name, nib = self.keys.info(g)
        info = {"name": name, "nib": nib, "rows": self.keys.rows(g)}
        dossier = None
        if st["business"] is not None:
            dossier = {"format": DOSSIER_FORMAT, "business": st["business"],
                       "products": st["products"]}
        return BusinessRecord(source=self.source, rows=info["rows"], good_rows=st["good"],
                              name=info["name"], nib=info["nib"], dossier=dossier,
                              issues=st["issues"])
