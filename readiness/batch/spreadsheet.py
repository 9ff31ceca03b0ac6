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

import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from readiness.batch.mapping import Mapping, Target, load_mapping, norm, recognise
from readiness.errors import InputError
from readiness.words import Msg

DOSSIER_FORMAT = "readiness-dossier/1"
SPREADSHEET_SUFFIXES = (".csv", ".xlsx")
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
    message: str | Msg | InputError   # worded for errors.csv, in the run's language
    business: str = ""

    def text(self, lang: str) -> str:
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
    """A cell that cannot be read: `msg` says what was expected (catalogue code, arguments)."""

    def __init__(self, code: str, **args: Any) -> None:
        self.msg = Msg(code, args)
        super().__init__(self.msg.text("en"))


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


def parse_date(v: Any) -> str:
    """DD/MM/YYYY (also with '-' or '.', and a time after it), YYYY-MM-DD, or a spreadsheet
    date cell -> 'YYYY-MM-DD'."""
    if isinstance(v, dt.datetime):
        return v.date().isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
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


def _scalar(v: Any, typ: str, t: Target, mapping: Mapping) -> Any:
    if typ == "text":
        return _text(v)
    if typ == "integer":
        return parse_integer(v)
    if typ == "number":
        return parse_number(v, thousands_dot=False)
    if typ == "money":
        return parse_money(v)
    if typ == "bool":
        return parse_bool(v, mapping)
    if typ == "date":
        return parse_date(v)
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


def parse_cell(v: Any, t: Target, mapping: Mapping) -> Any:
    """The dossier value of one cell for one target, _DROP for nothing; raises CellError."""
    if t.type == "list":
        parts = re.split("[" + re.escape(t.separator) + "]", _text(v)) if isinstance(v, str) else [v]
        out = []
        for p in parts:
            if is_empty(p):
                continue
            p = p.strip() if isinstance(p, str) else p
            x = _translate(_scalar(p, t.item, t, mapping), t)
            if x is not _DROP and x not in out:
                out.append(x)
        return out if out else _DROP
    x = _scalar(v, t.type, t, mapping)
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

def _csv_encoding(path: Path) -> str:
    import codecs

    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        with open(path, "rb") as f:
            while chunk := f.read(1 << 20):
                dec.decode(chunk)
            dec.decode(b"", final=True)
        return "utf-8-sig"
    except UnicodeDecodeError:
        return "cp1252"


def _delimiter(line: str) -> str:
    counts = {d: line.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


class Table:
    """Rows of the first sheet of a CSV or XLSX file: `headers` and `rows()` yielding
    (row number as the spreadsheet shows it, values)."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.kind = self.path.suffix.lower()
        if self.kind not in SPREADSHEET_SUFFIXES:
            raise InputError("not_spreadsheet", file=str(path))
        try:
            if self.kind == ".csv":
                self.encoding = _csv_encoding(self.path)
                with open(self.path, encoding=self.encoding, newline="") as f:
                    first = f.readline()
                self.delimiter = _delimiter(first)
            self.header_row, self.headers = self._find_header()
        except OSError as e:
            raise InputError("cannot_read", reason=e.strerror or str(e), file=str(path)) from None
        except InputError:
            raise
        except Exception as e:  # noqa: BLE001 - a corrupt xlsx raises anything (zipfile, KeyError...)
            raise InputError("bad_spreadsheet", detail=f"{type(e).__name__}: {e}",
                             file=str(path)) from None

    def _raw(self) -> Iterator[tuple[int, list]]:
        if self.kind == ".csv":
            with open(self.path, encoding=self.encoding, newline="") as f:
                for i, row in enumerate(csv.reader(f, delimiter=self.delimiter), start=1):
                    yield i, row
        else:
            import openpyxl

            wb = openpyxl.load_workbook(self.path, read_only=True, data_only=True)
            try:
                ws = wb.worksheets[0]
                for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
                    yield i, list(row)
            finally:
                wb.close()

    def _find_header(self) -> tuple[int, list[str]]:
        for i, row in self._raw():
            if any(not is_empty(c) for c in row):
                return i, [_text(c) if c is not None else "" for c in row]
        raise InputError("empty_spreadsheet", file=str(self.path))

    def rows(self) -> Iterator[tuple[int, list]]:
        try:
            for i, row in self._raw():
                if i <= self.header_row or all(is_empty(c) for c in row):
                    continue
                yield i, row
        except csv.Error as e:
            raise InputError("bad_csv", detail=str(e), file=str(self.path)) from None


# ------------------------------------------------------------------------------ the import

_NIB = re.compile(r"\d{13}")


def norm_name(name: str) -> str:
    return " ".join(re.sub(r"[^\w]+", " ", str(name).casefold()).split())


class SpreadsheetImport:
    """One spreadsheet with its mapping: `issues` (file-level and cross-record, known after
    construction), `count` businesses, and iteration yielding `BusinessRecord`s in order of first
    appearance."""

    def __init__(self, path: str | Path, mapping: Mapping | str | Path | None = None):
        self.path = Path(path)
        self.source = str(path)
        self.table = Table(self.path)
        headers = self.table.headers
        if mapping is None:
            mapping = recognise(headers)
            if mapping is None:
                raise InputError("no_mapping", file=self.source, line=self.table.header_row)
        elif not isinstance(mapping, Mapping):
            mapping = load_mapping(mapping)
        missing = mapping.missing_headers(headers)
        if missing:
            raise InputError("mapping_needs_columns", mapping=mapping.id,
                             columns=", ".join(repr(h) for h in missing), file=self.source,
                             line=self.table.header_row)
        self.mapping = mapping
        self.issues: list[Issue] = []
        # column index -> targets
        self.cols: list[tuple[int, str, list[Target]]] = []
        seen = set()
        for i, h in enumerate(headers):
            n = norm(h)
            if not n:
                continue
            if n in seen:
                self.issues.append(Issue(self.source, str(self.table.header_row), h, "warning",
                                         "duplicate_column", Msg("duplicate_column")))
                continue
            seen.add(n)
            if n in mapping.columns:
                self.cols.append((i, h, mapping.columns[n]))
            elif n not in mapping.ignore:
                self.issues.append(Issue(self.source, str(self.table.header_row), h, "warning",
                                         "unmapped_column", Msg("unmapped_column", {"mapping": mapping.id})))
        idx = {norm(h): i for i, h in reversed(list(enumerate(headers)))}
        self._i_nib = idx[norm(mapping.group_nib)]
        self._i_name = idx[norm(mapping.group_name)]
        self._i_product = idx.get(norm(mapping.group_product))
        self._keys_pass()

    # -- pass 1
    def _cell(self, row: list, i: int | None) -> Any:
        v = row[i] if i is not None and i < len(row) else None
        if isinstance(v, str) and _CONTROL.search(v):  # pasted from elsewhere: invisible, unprintable
            v = _CONTROL.sub("", v)
        return v

    def _keys_pass(self) -> None:
        groups: dict[tuple, int] = {}
        self.row_group: dict[int, int] = {}      # row number -> group index (-1: no business)
        self.groups: list[dict] = []             # {name, nib, rows: [..]}
        names_by_nib: dict[str, dict[str, tuple[str, int]]] = {}
        products: dict[tuple[int, str], int] = {}
        for rn, row in self.table.rows():
            raw_nib = self._cell(row, self._i_nib)
            raw_name = self._cell(row, self._i_name)
            nib = "" if is_empty(raw_nib) else _text(raw_nib)
            name = "" if is_empty(raw_name) else _text(raw_name)
            digits = re.sub(r"[\s.\-]", "", nib)
            if not nib and not name:
                self.row_group[rn] = -1
                continue
            if _NIB.fullmatch(digits):
                key = ("nib", digits, norm_name(name))
                byname = names_by_nib.setdefault(digits, {})
                byname.setdefault(norm_name(name), (name, rn))
            else:
                key = ("name", norm_name(name) or norm_name(nib))
            g = groups.get(key)
            if g is None:
                g = groups[key] = len(self.groups)
                self.groups.append({"name": name, "nib": nib, "rows": []})
            self.groups[g]["rows"].append(rn)
            self.row_group[rn] = g
            pname = self._cell(row, self._i_product)
            if not is_empty(pname):
                pk = (g, norm_name(_text(pname)))
                if pk in products:
                    self.issues.append(Issue(
                        self.source, f"{products[pk]}, {rn}", self.mapping.headers.get(
                            norm(self.mapping.group_product), self.mapping.group_product),
                        "warning", "duplicate_product",
                        Msg("duplicate_product", {"product": _text(pname)}),
                        business=name))
                else:
                    products[pk] = rn
        for nib, byname in names_by_nib.items():
            if len(byname) > 1:
                names = list(byname.values())
                self.issues.append(Issue(
                    self.source, ", ".join(str(r) for _, r in names), self.mapping.group_nib,
                    "warning", "duplicate_nib",
                    Msg("duplicate_nib", {"nib": nib, "n": len(names),
                                          "names": "; ".join(repr(n) for n, _ in names)}),
                    business=names[0][0]))
        for g in self.groups:
            g["last"] = g["rows"][-1]

    @property
    def count(self) -> int:
        return len(self.groups)

    # -- pass 2
    def _parse_row(self, rn: int, row: list) -> tuple[dict, dict, dict, list[Issue]]:
        business: dict = {}
        product: dict = {}
        raw_business: dict[str, str] = {}
        errors: list[Issue] = []
        later: list[tuple[Target, Any]] = []
        for i, header, targets in self.cols:
            v = self._cell(row, i)
            if is_empty(v):
                continue
            for t in targets:
                if t.level == "business":
                    raw_business[header] = _text(v)
                try:
                    x = parse_cell(v, t, self.mapping)
                except CellError as e:
                    errors.append(Issue(self.source, str(rn), header, "error", "bad_cell",
                                        Msg("cell_found", {"detail": e.msg, "value": repr(_text(v))})))
                    continue
                if x is _DROP:
                    continue
                if t.for_each is not None:
                    later.append((t, x))
                else:
                    apply(t, x, business if t.level == "business" else product)
        for t, x in later:
            apply(t, x, business if t.level == "business" else product)
        return business, product, raw_business, errors

    def __iter__(self) -> Iterator[BusinessRecord]:
        pending: dict[int, dict] = {}
        next_g = 0
        for rn, row in self.table.rows():
            g = self.row_group.get(rn, -1)
            if g < 0:
                # rows with neither NIB nor name belong to nobody: reported, never checked
                if rn in self.row_group:
                    self.issues.append(Issue(self.source, str(rn), self.mapping.group_name, "error",
                                             "no_business", Msg("no_business")))
                continue
            info = self.groups[g]
            st = pending.setdefault(g, {"business": None, "raw": None, "first": None,
                                        "products": [], "good": [], "issues": [], "conflicts": set()})
            business, product, raw, errors = self._parse_row(rn, row)
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
            while next_g < len(self.groups) and next_g in pending and \
                    self.groups[next_g]["last"] <= rn:
                yield self._record(next_g, pending.pop(next_g))
                next_g += 1

    def _record(self, g: int, st: dict) -> BusinessRecord:
        info = self.groups[g]
        dossier = None
        if st["business"] is not None:
            dossier = {"format": DOSSIER_FORMAT, "business": st["business"],
                       "products": st["products"]}
        return BusinessRecord(source=self.source, rows=info["rows"], good_rows=st["good"],
                              name=info["name"], nib=info["nib"], dossier=dossier,
                              issues=st["issues"])
