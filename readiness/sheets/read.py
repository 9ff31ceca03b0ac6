"""Reading spreadsheets that nobody vouches for: the first sheet of an .xlsx workbook, or a CSV
file, as rows of cell values, in bounded time and memory.

A workbook is a zip of XML parts. It is streamed here with expat rather than read with
openpyxl, which (measured, benchmarks/bench_xlsx_read.py) trusts `<dimension>` in read-only mode
and silently drops the rows beyond it, pads a sheet with one cell at XFD1048576 to a million
rows of 16,384 cells, and took more than five minutes and 1.3 GB for 20 million empty shared
strings in a 0.5 MB file. Here:

- a part with a document type declaration (`<!DOCTYPE`, needed for any entity trick: external
  entities, billion laughs) is refused before its first element; spreadsheet programs never
  write one;
- rows and cells are placed by their own `r` references, never by `<dimension>`;
- every part is inflated through a counter (`max_part_bytes`), and rows with a value, columns,
  shared strings, their total size and the size of one cell have limits (`SheetLimits`); a file
  past one is refused with a message that says which limit and where;
- cells come typed: shared and inline strings, numbers (as int when whole, so a 13-digit NIB
  keeps every digit), booleans, formula results (the cached value), errors (`#N/A` as text), and
  numbers formatted as dates as `datetime.date` / `datetime.datetime` (1900 and 1904 epochs).

CSV: the encoding is UTF-8 when the file has UTF-8 text in it, else Windows-1252 (what Excel
writes as "CSV" on Windows); a byte that does not decode is not fatal to the file: its cell
comes back as `Undecodable` text (with U+FFFD in its place) for the importer to report the row.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
import zipfile
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import IO, Any
from collections.abc import Callable, Iterator

from readiness.errors import InputError
from readiness.words import Msg
from readiness.files import open_regular
from readiness.values import excel_date


@dataclass(frozen=True)
class SheetLimits:
    """What one spreadsheet may hold. A province registers a few thousand businesses of a few
    products each; every limit is far above a real registration export and far below what
    would exhaust time or memory."""

    # rows with at least one value: a national export (4.4 million businesses, ~8.4 million
    # rows) fits; the first pass keeps its findings on disk (readiness.batch.stream)
    max_rows: int = 20_000_000
    max_columns: int = 1024              # a value beyond column AMJ refuses the file
    max_cell_chars: int = 32_767         # Excel's own limit for one cell
    max_shared_strings: int = 1_000_000
    max_shared_chars: int = 64_000_000   # all shared strings together
    max_part_bytes: int = 256 * 1024 * 1024   # one XML part, inflated
    max_elements: int = 30_000_000       # XML elements in one part (empty styled cells too)


DEFAULT_SHEET_LIMITS = SheetLimits()
_CHUNK = 1 << 16


class Undecodable(str):
    """CSV cell text with bytes that are not text in the file's encoding (each shown as
    U+FFFD); `bytes_` lists the first few of them."""

    bytes_: tuple[int, ...] = ()


def column_letters(i: int) -> str:
    """0 -> A, 1023 -> AMJ."""
    s, i = "", i + 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


_REF = re.compile(r"([A-Za-z]{1,3})(\d{1,7})$")
_DIGITS = "0123456789"


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n - 1


# ------------------------------------------------------------------------------ XLSX

class _Refused(Exception):
    """Raised inside expat handlers; turned into an InputError with the part's name. A
    catalogue code with its arguments (readiness.words)."""

    def __init__(self, code: str, **args: Any) -> None:
        super().__init__(code)
        self.msg = Msg(code, args)


def _local(name: str) -> str:
    return name.rpartition(" ")[2] if " " in name else name.rpartition(":")[2]


def _refuse_dtd(*_a) -> None:
    raise _Refused("xlsx_doctype")


class _Part:
    """One XML part of the workbook, inflated in chunks through a byte counter and fed to an
    expat parser whose handlers the caller sets."""

    def __init__(self, book: XlsxBook, z: zipfile.ZipFile, name: str):
        self.book, self.z, self.name = book, z, name
        info = z.getinfo(name)
        lim = book.limits.max_part_bytes
        if info.file_size > lim:
            raise book.error("xlsx_part_size", part=name, size=f"{info.file_size:,}", limit=f"{lim:,}")
        self.info = info

    def parser(self, namespaces: bool = True):
        import pyexpat

        # the worksheet is parsed without namespace processing (40% faster); its elements are
        # told apart by their local names
        p = pyexpat.ParserCreate(namespace_separator=" ") if namespaces else pyexpat.ParserCreate()
        p.StartDoctypeDeclHandler = _refuse_dtd
        p.EntityDeclHandler = _refuse_dtd
        p.SetParamEntityParsing(pyexpat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.buffer_text = True
        p.buffer_size = _CHUNK
        return p

    def feed(self, p, after_chunk: Callable[[], Any] | None = None) -> Iterator[Any]:
        """Parse the part; after each chunk yield what `after_chunk()` returns (if anything)."""
        import pyexpat

        lim = self.book.limits.max_part_bytes
        total = 0
        try:
            with self.z.open(self.info) as f:
                while True:
                    chunk = f.read(_CHUNK)
                    total += len(chunk)
                    if total > lim:
                        raise self.book.error("xlsx_part_over", part=self.name, limit=f"{lim:,}")
                    p.Parse(chunk, not chunk)
                    if after_chunk is not None:
                        out = after_chunk()
                        if out:
                            yield out
                    if not chunk:
                        break
        except _Refused as e:
            raise self.book.error("xlsx_refused", part=self.name, why=e.msg) from None
        except pyexpat.ExpatError as e:
            raise self.book.error("xlsx_bad_xml", part=self.name, line_no=e.lineno, col=e.offset + 1,
                                  detail=pyexpat.ErrorString(e.code)) from None
        except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError, RuntimeError) as e:
            raise self.book.error("xlsx_inflate", part=self.name,
                                  detail=f"{type(e).__name__}: {e}") from None


# Built-in number formats that show a date (ECMA-376 18.8.30; 27-36 and 50-58: East Asian dates)
_DATE_FORMAT_IDS = set(range(14, 18)) | {22} | set(range(27, 37)) | set(range(50, 59))
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def is_date_format(code: str) -> bool:
    """A custom number format shows a date when, outside quoted text, escapes and [colour]
    sections, it has a day or a year (a month alone may be minutes)."""
    text = _QUOTED.sub("", code.split(";")[0]).lower()
    return "d" in text or "y" in text


def _number(text: str) -> int | float | None:
    t = text.strip()
    if re.fullmatch(r"-?\d{1,400}", t):
        return int(t)
    try:
        d = Decimal(t)
    except InvalidOperation:
        return None
    if not d.is_finite():
        return None
    if d == d.to_integral_value() and abs(d.adjusted()) < 400:
        return int(d)
    f = float(d)
    return f if f not in (float("inf"), float("-inf")) else None


class XlsxBook:
    """The first worksheet of an .xlsx workbook. Construction reads the workbook's structure,
    its styles and its shared strings (once); `rows()` streams the sheet (each call reads it
    again) as (row number, [values]) for rows with at least one value."""

    def __init__(self, path: str | Path, limits: SheetLimits = DEFAULT_SHEET_LIMITS):
        self.path = Path(path)
        self.file = str(path)
        self.limits = limits
        with self._open() as z:
            self._structure(z)
            self.date_styles = self._styles(z)
            self.strings = self._shared_strings(z)

    def error(self, code: str, **args: Any) -> InputError:
        return InputError(code, file=self.file, **args)

    def _open(self) -> zipfile.ZipFile:
        f = open_regular(self.path, self.file)
        try:
            z = zipfile.ZipFile(f)
        except zipfile.BadZipFile:
            f.close()
            raise self.error("xlsx_not_zip") from None
        except BaseException:
            f.close()
            raise
        return _Closing(z, f)

    def _names(self, z) -> set[str]:
        return set(z.namelist())

    def _structure(self, z) -> None:
        names = self._names(z)
        if "xl/workbook.xml" not in names:
            raise self.error("xlsx_no_workbook")
        sheets: list[str] = []
        self.date1904 = False

        def start(name, attrs):
            tag = _local(name)
            if tag == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k) == "id"), None)
                sheets.append(rid)
            elif tag == "workbookPr":
                self.date1904 = attrs.get("date1904") in ("1", "true")

        self._parse(z, "xl/workbook.xml", start)
        if not sheets:
            raise self.error("xlsx_no_sheet")
        targets: dict[str, str] = {}

        def rel(name, attrs):
            if _local(name) == "Relationship":
                targets[attrs.get("Id", "")] = attrs.get("Target", "")

        if "xl/_rels/workbook.xml.rels" in names:
            self._parse(z, "xl/_rels/workbook.xml.rels", rel)
        target = targets.get(sheets[0] or "", "")
        if target.startswith("/"):
            sheet = target.lstrip("/")
        elif target:
            sheet = "xl/" + target
        else:
            sheet = "xl/worksheets/sheet1.xml"
        sheet = "/".join(p for p in _normpath(sheet))
        if sheet not in names:
            raise self.error("xlsx_sheet_missing", sheet=sheet)
        self.sheet = sheet
        self.shared_name = next(("xl/" + t if not t.startswith("/") else t.lstrip("/")
                                 for t in targets.values() if t.endswith("sharedStrings.xml")),
                                "xl/sharedStrings.xml")
        self.styles_name = next((("xl/" + t if not t.startswith("/") else t.lstrip("/"))
                                 for t in targets.values() if t.endswith("styles.xml")),
                                "xl/styles.xml")

    def _parse(self, z, name: str, start, end=None, chars=None) -> None:
        part = _Part(self, z, name)
        p = part.parser()
        p.StartElementHandler = start
        if end is not None:
            p.EndElementHandler = end
        if chars is not None:
            p.CharacterDataHandler = chars
        for _ in part.feed(p):
            pass

    def _styles(self, z) -> set[int]:
        """Indexes of the cell formats (the `s` of a cell) that show a date."""
        if self.styles_name not in self._names(z):
            return set()
        custom: dict[int, str] = {}
        xfs: list[int] = []
        where = []

        def start(name, attrs):
            tag = _local(name)
            if tag == "numFmt":
                try:
                    custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
                except ValueError:
                    pass
            elif tag in ("cellXfs", "cellStyleXfs"):
                where.append(tag)
            elif tag == "xf" and where and where[-1] == "cellXfs":
                try:
                    xfs.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    xfs.append(0)
                if len(xfs) > 100_000:
                    raise _Refused("xlsx_formats", limit="100,000")

        def end(name):
            if _local(name) in ("cellXfs", "cellStyleXfs") and where:
                where.pop()

        self._parse(z, self.styles_name, start, end)
        out = set()
        for i, fid in enumerate(xfs):
            if fid in _DATE_FORMAT_IDS or (fid in custom and is_date_format(custom[fid])):
                out.add(i)
        return out

    def _shared_strings(self, z) -> list[str]:
        if self.shared_name not in self._names(z):
            return []
        lim = self.limits
        strings: list[str] = []
        buf: list[str] = []
        state = {"depth_si": 0, "in_t": False, "skip": 0, "chars": 0, "total": 0}

        def start(name, attrs):
            tag = _local(name)
            if tag == "sst":
                declared = attrs.get("uniqueCount") or attrs.get("count") or "0"
                if declared.isdigit() and int(declared) > lim.max_shared_strings:
                    raise _Refused("xlsx_declared_strings", n=f"{int(declared):,}",
                                   limit=f"{lim.max_shared_strings:,}")
            elif tag == "si":
                buf.clear()
                state["chars"] = 0
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] += 1          # phonetic guides are not the cell's text
            elif tag == "t" and not state["skip"]:
                state["in_t"] = True

        def end(name):
            tag = _local(name)
            if tag == "t":
                state["in_t"] = False
            elif tag in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif tag == "si":
                if len(strings) >= lim.max_shared_strings:
                    raise _Refused("xlsx_strings", limit=f"{lim.max_shared_strings:,}")
                strings.append("".join(buf))

        def chars(data):
            if state["in_t"]:
                state["chars"] += len(data)
                state["total"] += len(data)
                if state["chars"] > lim.max_cell_chars:
                    raise _Refused("xlsx_long_string", n=len(strings), limit=f"{lim.max_cell_chars:,}")
                if state["total"] > lim.max_shared_chars:
                    raise _Refused("xlsx_strings_chars", limit=f"{lim.max_shared_chars:,}")
                buf.append(data)

        self._parse(z, self.shared_name, start, end, chars)
        return strings

    def rows(self) -> Iterator[tuple[int, list]]:
        """(row number, values) for every row with a value, in sheet order. The handlers below
        run once per XML element of the sheet (five per cell), so they are written for speed:
        closures over local state, no namespace processing (an element's prefix, if any, is cut
        once per distinct name), character data collected only inside <v> and <t>."""
        lim = self.limits
        strings, date_styles, date1904 = self.strings, self.date_styles, self.date1904
        max_columns, max_chars, max_rows, max_elements = (
            lim.max_columns, lim.max_cell_chars, lim.max_rows, lim.max_elements)
        done: list[tuple[int, list]] = []
        names: dict[str, str] = {}
        buf: list[str] = []
        cells: dict[int, Any] = {}
        row = 0                 # current row number
        row_text = "0"          # ... as its reference writes it
        columns: dict[str, int] = {}   # "AB" -> 27
        col = -1                # current column index
        ctype = "n"
        style = 0
        ref = ""
        inline: str | None = None
        capture = False
        nchars = 0
        skip = 0                # inside a phonetic run (rPh): not the cell's text
        nrows = 0
        elements = 0

        def local(name: str) -> str:
            tag = names.get(name)
            if tag is None:
                tag = names[name] = name.rpartition(":")[2]
            return tag

        def where() -> str:
            return ref or f"{column_letters(max(col, 0))}{row}"

        def flush() -> None:
            nonlocal cells, nrows
            nrows += 1
            if nrows > max_rows:
                raise _Refused("sheet_rows", limit=f"{max_rows:,}")
            values = [None] * (max(cells) + 1)
            for c, v in cells.items():
                values[c] = v
            done.append((row, values))
            cells = {}

        def start(name, attrs):
            nonlocal elements, row, row_text, col, ctype, style, ref, inline, capture, nchars, skip
            elements += 1
            if elements > max_elements:
                raise _Refused("xlsx_elements", limit=f"{max_elements:,}")
            tag = names.get(name) or local(name)
            if tag == "c":
                ref = attrs.get("r", "")
                if ref:
                    letters = ref.rstrip(_DIGITS)
                    c = columns.get(letters)
                    if c is None:
                        m = _REF.match(ref)
                        if m is None:
                            raise _Refused("xlsx_bad_ref", ref=repr(ref[:20]))
                        c = columns[letters] = _column_index(m[1])
                    col = c
                    digits = ref[len(letters):]
                    if digits != row_text:   # a cell outside its row element: trust its reference
                        if not digits.isdigit() or len(digits) > 7:
                            raise _Refused("xlsx_bad_ref", ref=repr(ref[:20]))
                        if int(digits) != row:
                            if cells:
                                flush()
                            row = int(digits)
                        row_text = digits
                else:
                    col += 1
                ctype = attrs.get("t", "n")
                s = attrs.get("s")
                style = int(s) if s is not None and s.isdigit() else 0
                inline = None
                buf.clear()
            elif tag == "v" or tag == "t":
                if not skip:
                    if tag == "v":
                        buf.clear()
                    capture = True
                    nchars = 0
            elif tag == "row":
                if cells:
                    flush()
                r = attrs.get("r")
                row = int(r) if r is not None and r.isdigit() and len(r) <= 7 else row + 1
                row_text = str(row)
                col = -1
            elif tag == "is":
                inline = ""
                buf.clear()
            elif tag == "rPh":
                skip += 1

        def chars(data):
            nonlocal nchars
            if capture:
                nchars += len(data)
                if nchars > max_chars:
                    raise _Refused("xlsx_long_cell", cell=where(), limit=f"{max_chars:,}")
                buf.append(data)

        def end(name):
            nonlocal capture, skip
            tag = names.get(name) or local(name)
            if tag == "c":
                capture = False
                if buf or inline is not None:
                    cell()
            elif tag == "v" or tag == "t":
                capture = False
            elif tag == "row":
                if cells:
                    flush()
            elif tag == "rPh":
                skip -= 1

        def cell() -> None:
            text = "".join(buf)
            t = ctype
            if t == "s":
                try:
                    value: Any = strings[int(text)]
                except (ValueError, IndexError):
                    raise _Refused("xlsx_no_string", cell=where(), ref=repr(text[:12])) from None
            elif t == "n":
                value = _number(text)
                if value is None:
                    value = text
                elif style in date_styles:
                    d = excel_date(float(value), date1904)
                    value = d if d is not None else value
            elif t in ("inlineStr", "str", "e"):
                value = text
            elif t == "b":
                value = text.strip() in ("1", "true")
            elif t == "d":
                value = _iso_date(text)
            else:
                value = text
            if value == "" or value is None:
                return
            if col >= max_columns:
                raise _Refused("xlsx_beyond_column", cell=where(),
                               last=column_letters(max_columns - 1), n=f"{max_columns:,}")
            cells[col] = value

        def take():
            if done:
                out = list(done)
                done.clear()
                return out
            return None

        with self._open() as z:
            part = _Part(self, z, self.sheet)
            p = part.parser(namespaces=False)
            p.StartElementHandler = start
            p.EndElementHandler = end
            p.CharacterDataHandler = chars
            last = 0
            for batch in part.feed(p, take):
                for rn, values in batch:
                    if rn <= last:
                        raise self.error("xlsx_row_order", sheet=self.sheet, row=rn, last=last)
                    last = rn
                    yield rn, values
            if cells:
                try:
                    flush()
                except _Refused as e:
                    raise self.error("xlsx_refused", part=self.sheet, why=e.msg) from None
            for rn, values in take() or []:
                yield rn, values


def _iso_date(text: str) -> Any:
    try:
        d = dt.datetime.fromisoformat(text.strip().rstrip("Z"))
    except ValueError:
        return text
    return d.date() if d.time() == dt.time(0) else d


def _normpath(path: str) -> list[str]:
    out: list[str] = []
    for p in path.split("/"):
        if p in ("", "."):
            continue
        if p == "..":
            if out:
                out.pop()
            continue
        out.append(p)
    return out


class _Closing:
    """A ZipFile that also closes the file it was opened on."""

    def __init__(self, z: zipfile.ZipFile, f: IO[bytes]):
        self.z, self.f = z, f

    def __getattr__(self, name):
        return getattr(self.z, name)

    def __enter__(self):
        return self.z

    def __exit__(self, *exc):
        self.z.close()
        self.f.close()


# ------------------------------------------------------------------------------ CSV

def csv_encoding(path: str | Path, file: str | None = None) -> str:
    """'utf-8-sig' when the file holds UTF-8 text (some stray bytes are then reported per row),
    else 'cp1252': no multi-byte UTF-8 character at all, and bytes above 0x7F, is what Excel's
    "CSV" on Windows writes."""
    dec = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    bad = wide = 0
    with open_regular(path, file) as f:
        while chunk := f.read(1 << 20):
            text = dec.decode(chunk)
            if not text.isascii():
                for ch in text:
                    o = ord(ch)
                    if 0xDC80 <= o <= 0xDCFF:
                        bad += 1
                    elif o > 0x7F:
                        wide += 1
        dec.decode(b"", final=True)
    return "utf-8-sig" if not bad or wide else "cp1252"


_SURROGATE = re.compile("[\udc80-\udcff]")


def clean_text(value: str) -> str:
    """Cell text with undecodable bytes replaced by U+FFFD (an `Undecodable`), else itself."""
    if not _SURROGATE.search(value):
        return value
    out = Undecodable(_SURROGATE.sub("\ufffd", value))
    out.bytes_ = tuple(ord(c) - 0xDC00 for c in _SURROGATE.findall(value)[:4])
    return out


class CsvBook:
    """A CSV file as rows of text, read with limits; the delimiter is guessed from the first
    line (comma, semicolon or tab)."""

    def __init__(self, path: str | Path, limits: SheetLimits = DEFAULT_SHEET_LIMITS):
        self.path = Path(path)
        self.file = str(path)
        self.limits = limits
        self.encoding = csv_encoding(self.path, self.file)
        with self._open() as f:
            first = f.readline(1 << 20)
        counts = {d: first.count(d) for d in (",", ";", "\t")}
        self.delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","

    def _open(self) -> IO[str]:
        raw = open_regular(self.path, self.file)
        return io.TextIOWrapper(raw, encoding=self.encoding, errors="surrogateescape", newline="")

    def rows(self) -> Iterator[tuple[int, list]]:
        lim = self.limits
        n = rn = 0
        with self._open() as f:
            reader = csv.reader(f, delimiter=self.delimiter)
            while True:
                rn += 1        # the record's number: the row a spreadsheet program shows
                try:
                    row = next(reader)
                except StopIteration:
                    return
                except csv.Error as e:
                    raise InputError("csv_bad_row", file=self.file, line=reader.line_num, row=rn,
                                     detail=str(e)) from None
                if len(row) > lim.max_columns and any(c.strip() for c in row[lim.max_columns:]):
                    raise InputError("csv_beyond_column", file=self.file, line=rn,
                                     last=column_letters(lim.max_columns - 1),
                                     n=f"{lim.max_columns:,}")
                row = row[:lim.max_columns]
                for j, c in enumerate(row):
                    if len(c) > lim.max_cell_chars:
                        raise InputError("csv_long_cell", file=self.file, line=rn,
                                         column_name=column_letters(j),
                                         limit=f"{lim.max_cell_chars:,}")
                    if not c.isascii():
                        row[j] = clean_text(c)
                if any(c.strip() for c in row):
                    n += 1
                    if n > lim.max_rows:
                        raise InputError("sheet_rows", file=self.file, line=rn,
                                         limit=f"{lim.max_rows:,}")
                yield rn, row
