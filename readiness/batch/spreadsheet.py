"""Spreadsheet rows (one per product) to dossiers (one per business).

Reading is streamed in two passes so memory follows the number of businesses, not of cells:

1. keys: which business each row belongs to (NIB, or the normalised name when the NIB is not
   13 digits, and the name too, so one NIB under two names gives two businesses and a warning),
   and the cross-record checks (same NIB under two names, same product twice in one business);
2. rows parsed with the mapping and emitted as one dossier per business, in order of first
   appearance, as soon as the business's last row has been read.

One bad cell is one missing field, never a lost business: a cell that cannot be read (price
"mahal") is one row of errors.csv with its row, column and why, and the requirements that read
its field are `missing` with the cell named (`BusinessRecord.unread`, `unread_rules`); the rest
of the business is checked. A row is left out only when its product cannot exist without the
cell (its name, category or channels); a business is unreadable only when nothing identifies
it or none of its products can exist. A value the checker can judge (NIB "12AB-778") is kept.
"""

from __future__ import annotations

import functools
import math
import re
from array import array
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from collections.abc import Collection, Iterator

from readiness.sheets.header import find_header
from readiness.sheets.mapping import Mapping, Target, load_mapping, recognise, shipped_mappings
from readiness.values import norm
from readiness.batch.stream import PARQUET_SUFFIXES, KeyIndex, ParquetBook
from readiness.sheets.read import DEFAULT_SHEET_LIMITS, CsvBook, SheetLimits, Undecodable, XlsxBook
from readiness.errors import InputError
from readiness.standards.fields import feeds, unfed_rules, unoffered_choices
from readiness.batch.cells import (_DROP, apply, entry_answer, not_asked, parse_cell,  # noqa: F401
                                   unread_rules)
from readiness.values import CellError, Cells, as_text, is_empty, parse_identifier, parse_timestamp
from readiness.words import Msg, has, render

DOSSIER_FORMAT = "readiness-dossier/1"
SPREADSHEET_SUFFIXES = (".csv", ".xlsx") + PARQUET_SUFFIXES   # Parquet: readiness.batch.stream
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PRODUCT_NEEDS = ("products[].name", "products[].category", "products[].channels")


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
    unread: list[dict] = field(default_factory=list)   # cells that could not be read (see `unread_rules`)

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


# ------------------------------------------------------------------------------ reading tables

def undecodable_message(v: Undecodable, table: Table) -> Msg:
    enc = "UTF-8" if getattr(table.book, "encoding", "").startswith("utf") else "Windows-1252"
    hexes = " ".join(f"0x{b:02X}" for b in v.bytes_)
    return Msg("undecodable", {"bytes": hexes, "enc": enc, "value": repr(str(v))})


class Table:
    """Rows of the first sheet of a CSV or XLSX file: `headers` and `rows()` yielding
    (row number as the spreadsheet shows it, values) for rows with a value. Read by
    `readiness.sheets.read` (limits, no trust in `<dimension>`, typed cells); every problem with the file
    is an `InputError` naming it."""

    def __init__(self, path: str | Path, limits: SheetLimits | None = None,
                 known: Collection[str] | None = None):
        self.path = Path(path)
        self.known = known if known is not None else known_headers()
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
        """The header row, below title rows and merged group headers (readiness.sheets.header)."""
        found = find_header(self.book.rows(), self.known)
        if found is None:
            raise InputError("empty_spreadsheet", file=str(self.path))
        return found

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


def _stamp(when: float) -> str:
    import datetime as dt

    return dt.datetime.fromtimestamp(when).strftime("%d/%m/%Y %H:%M:%S")


def known_headers(mappings: list[Mapping] | None = None) -> set[str]:
    """The normalised headers the mappings (the shipped ones and the generated form's when
    None) read or ignore."""
    if mappings is None:
        return _known_headers()
    out: set[str] = set()
    for m in mappings:
        out |= set(m.columns) | m.ignore
    return out


@functools.lru_cache(maxsize=1)
def _known_headers() -> frozenset:
    return frozenset(known_headers(shipped_mappings() + [generated_mapping()]))


@functools.lru_cache(maxsize=4)
def generated_mapping(standard: str | None = None) -> Mapping:
    """The mapping of the registration form `readiness form` writes for `standard` (the
    current edition by default): its export is read without --mapping."""
    from readiness.load import load_source
    from readiness.regform import dump_yaml, form_columns, form_id, mapping_of
    from readiness.sheets.mapping import LIMITS, parse_mapping
    from readiness.standards import load_standard

    rs = load_standard(standard)
    text = dump_yaml(mapping_of(rs, form_columns(rs)))
    return parse_mapping(load_source(text.encode("utf-8"), name=f"{form_id(rs)}.mapping.yaml",
                                     kind="yaml", limits=LIMITS))


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
    if len(a) == len(b) and all(y.startswith(x) for x, y in zip(a, b, strict=True)):
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
        if mapping is not None and not isinstance(mapping, Mapping):
            mapping = load_mapping(mapping)
        self.table = Table(self.path, known=None if mapping is None else known_headers([mapping]))
        headers = self.table.headers
        found = [h for h in headers if norm(h)]
        if mapping is None:         # a shipped form, the form `readiness form` writes, or close
            mapping = recognise(headers, [generated_mapping()]) or closest_mapping(headers)
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
        self._i_submitted = idx.get(norm(mapping.group_submitted)) if mapping.group_submitted else None
        self._latest = array("d")      # per business: the time of its latest submission
        self._keys_pass()

    def form_gaps(self, rs) -> list[Issue]:
        """One warning per rule of `rs` that this file's columns cannot feed (for the categories
        and channels the mapping offers), naming the fields it lacks and the mapped columns that
        would feed them; `self.unfed` keeps their ids for the businesses' results."""
        from readiness.regform import path_words

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
            fields = ", ".join(dict.fromkeys(path_words(x) for x in lacking))   # words, not paths
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
                    return parse_identifier(raw, t.digits)
                except CellError:
                    break
        return as_text(raw)

    def _keys_pass(self) -> None:
        # kept on disk past a small cache (readiness.batch.stream): a national export's
        # millions of rows must not be held in memory
        self.keys = keys = KeyIndex()
        for rn, row in self.table.rows():
            raw_nib = self._cell(row, self._i_nib)
            raw_name = self._cell(row, self._i_name)
            nib = "" if is_empty(raw_nib) else self._group_nib(raw_nib)
            name = "" if is_empty(raw_name) else as_text(raw_name)
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
            when = self._submitted(row)
            if self._i_submitted is not None:
                while len(self._latest) <= g:
                    self._latest.append(-math.inf)
                if when is not None and when > self._latest[g]:
                    self._latest[g] = when
            pname = self._cell(row, self._i_product)
            if not is_empty(pname):       # a product sent again in a later submission is no duplicate
                first = keys.product(g, norm_name(as_text(pname)) + f"\x1f{when}", rn)
                if first is not None:
                    self.issues.append(Issue(
                        self.source, f"{first}, {rn}", self.mapping.headers.get(
                            norm(self.mapping.group_product), self.mapping.group_product),
                        "warning", "duplicate_product",
                        Msg("duplicate_product", {"product": as_text(pname)}),
                        business=name))
        for nib, n, names in keys.shared_nibs():      # the first few named, all counted
            more = f"; ... (+{n - len(names)})" if n > len(names) else ""
            self.issues.append(Issue(
                self.source, ", ".join(str(r) for _, r in names) + (", ..." if more else ""),
                self.mapping.group_nib, "warning", "duplicate_nib",
                Msg("duplicate_nib", {"nib": nib, "n": n,
                                      "names": "; ".join(repr(x) for x, _ in names) + more}),
                business=names[0][0]))

    def _submitted(self, row: list) -> float | None:
        """When the row was submitted (its Timestamp), as a number to compare; None without."""
        if self._i_submitted is None:
            return None
        stamp = parse_timestamp(self._cell(row, self._i_submitted), self.table.date1904)
        return stamp.timestamp() if stamp is not None else None

    def _superseded(self, g: int, row: list, rn: int, st: dict) -> bool:
        """Whether the row is of an older submission of its business (noted in `st`)."""
        if self._i_submitted is None:
            return False
        when = self._submitted(row)
        if when is None or when >= self._latest[g]:
            return False
        st["superseded"].setdefault(when, []).append(rn)
        return True

    @property
    def count(self) -> int:
        return self.keys.n

    # -- pass 2
    def _parse_row(self, rn: int, row: list) -> tuple[dict, dict, dict, list[Issue], list[dict]]:
        business: dict = {}
        product: dict = {}
        raw_business: dict[str, str] = {}
        errors: list[Issue] = []
        warnings: list[Issue] = []
        later: list[tuple[Target, Any]] = []
        filled: set[str] = set()       # columns of this row that gave a value
        unread: list[dict] = []
        cells = Cells(date1904=self.table.date1904)
        for i, header, targets in self.cols:
            v = self._cell(row, i)
            if is_empty(v):
                continue
            if isinstance(v, Undecodable):
                msg = undecodable_message(v, self.table)
                errors.append(Issue(self.source, str(rn), header, "error", "bad_bytes", msg))
                unread.extend({"path": t.path, "level": t.level, "column": header, "row": rn,
                               "value": str(v)[:80], "code": msg.code, "args": msg.args}
                              for t in targets)
                continue
            for t in targets:
                if t.level == "business":
                    raw_business[header] = as_text(v)
                if not t.presence and (status := entry_answer(v, t, self.mapping)) is not None:
                    # "Belum punya" where the number goes: an answer, the entry's status
                    t = replace(t, path=t.path.rsplit(".", 1)[0] + "#status",
                                segments=t.segments[:-1])
                    apply(t, status, business if t.level == "business" else product)
                    filled.add(norm(header))
                    continue
                try:
                    x = parse_cell(v, t, self.mapping, cells)
                except CellError as e:
                    batch = has("batch." + e.code)   # these name their column themselves
                    errors.append(Issue(self.source, str(rn), header, "error", "bad_cell",
                                        str(e) if batch else Msg("cell_found", {
                                            "detail": Msg(e.code, e.args_), "value": repr(as_text(v))}),
                                        code=e.code if batch else "",
                                        args=dict(e.args_, column=header) if batch else {}))
                    unread.append({"path": t.path, "level": t.level, "column": header, "row": rn,
                                   "value": as_text(v)[:80], "code": ("batch." if batch else "") + e.code,
                                   "args": dict(e.args_, column=header) if batch else dict(e.args_)})
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
        return business, product, raw_business, errors + warnings, unread

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
            st = pending.setdefault(g, {"business": None, "raw": None, "first": None,
                                        "products": [], "good": [], "issues": [], "conflicts": set(),
                                        "warned": set(), "unread": [], "superseded": {}})
            if not self._superseded(g, row, rn, st):
                self._read_row(rn, row, st, self.keys.info(g)[0])
            while next_g < self.keys.n and next_g in pending and self.keys.last(next_g) <= rn:
                yield next_g, self._record(next_g, pending.pop(next_g))
                next_g += 1

    def _read_row(self, rn: int, row: list, st: dict, name: str) -> None:
        business, product, raw, issues, unread = self._parse_row(rn, row)
        for w in issues:          # a business column repeats on every row: say it once
            key = (w.column, w.kind, str(w.message), w.code)
            if w.level == "error" or key not in st["warned"]:
                st["warned"].add(key)
                w.business = name
                st["issues"].append(w)
        # no product without its name, category or channels: that row is left out
        if not any(u["path"] in _PRODUCT_NEEDS and not product.get(u["path"][len("products[]."):])
                   for u in unread):
            self._take(st, rn, business, product, raw, unread, name)

    def _take(self, st: dict, rn: int, business: dict, product: dict, raw: dict,
              unread: list[dict], name: str) -> None:
        """A row read into its business: the business's fields from its first row, a product."""
        if st["business"] is None:
            st["business"], st["raw"], st["first"] = business, raw, rn
            st["unread"].extend(u for u in unread if u["level"] == "business")
        else:
            self._conflicts(st, raw, rn, name)
        st["unread"].extend(dict(u, product=len(st["products"])) for u in unread
                            if u["level"] != "business")
        st["products"].append(product)
        st["good"].append(rn)

    def _conflicts(self, st: dict, raw: dict, rn: int, name: str) -> None:
        """A business column that differs from the business's first row: said once a column."""
        for col in sorted(set(raw) | set(st["raw"]), key=str):
            a, b = st["raw"].get(col, ""), raw.get(col, "")
            if a != b and col not in st["conflicts"]:
                st["conflicts"].add(col)
                st["issues"].append(Issue(
                    self.source, str(rn), col, "warning", "conflicting_value",
                    Msg("conflicting_value", {"first": st["first"], "this": repr(b),
                                              "that": repr(a)}),
                    business=name))

    def _record(self, g: int, st: dict) -> BusinessRecord:
        name, nib = self.keys.info(g)
        info = {"name": name, "nib": nib, "rows": self.keys.rows(g)}
        column = self.mapping.headers.get(norm(self.mapping.group_submitted), self.mapping.group_submitted)
        for when, rows in sorted(st["superseded"].items()):
            st["issues"].insert(0, Issue(
                self.source, ranges(rows), column, "warning", "superseded", "", business=name,
                code="superseded", args={"when": _stamp(when), "latest": _stamp(self._latest[g])}))
        dossier = None
        if st["business"] is not None and not (
                "name" not in st["business"] and any(u["path"] == "business.name" for u in st["unread"])):
            # (a business whose name cannot be read cannot be checked: it is reported)
            dossier = {"format": DOSSIER_FORMAT, "business": st["business"],
                       "products": st["products"]}
        return BusinessRecord(source=self.source, rows=info["rows"], good_rows=st["good"],
                              name=info["name"], nib=info["nib"], dossier=dossier,
                              issues=st["issues"], unread=st["unread"] if dossier else [])
