"""Small workbooks written byte by byte, as a spreadsheet program or an adversary would: the
hostile ones (malformed XML, entity declarations, a cell at XFD1048576, a short `<dimension>`,
millions of shared strings) and ordinary ones with typed cells (numbers, dates, formulas).

Used by the tests and by benchmarks/bench_xlsx_read.py; nothing here needs openpyxl.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from readiness.sheets.read import column_letters as col

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>"""
RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WB_RELS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>
<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>
</Relationships>"""
# style 0: general; 1: a date (numFmt 14, d/m/yyyy); 2: a custom date format; 3: text (@)
STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="{NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts>
<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>"""


def workbook_xml(date1904: bool = False) -> str:
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{NS}" '
            f'xmlns:r="{REL}">{pr}<sheets><sheet name="Form Responses 1" sheetId="1" '
            f'r:id="rId1"/></sheets></workbook>')


class Num(float):
    """A number cell written with exactly this text in <v> (e.g. '2.20104455667E+11')."""

    def __new__(cls, text: str):
        x = super().__new__(cls, float(text))
        x.text = text
        return x


class Formula:
    """A formula cell with its cached value."""

    def __init__(self, formula: str, cached: Any):
        self.formula, self.cached = formula, cached


class Styled:
    """A number cell with a style index (1, 2: dates; 3: text format)."""

    def __init__(self, value: float, style: int):
        self.value, self.style = value, style


def cell_xml(ref: str, v: Any, shared: list[str] | None) -> str:
    if v is None:
        return ""
    if isinstance(v, Styled):
        return f'<c r="{ref}" s="{v.style}"><v>{v.value!r}</v></c>'
    if isinstance(v, Formula):
        inner = f"<f>{escape(v.formula)}</f>"
        if isinstance(v.cached, str):
            return f'<c r="{ref}" t="str">{inner}<v>{escape(v.cached)}</v></c>'
        return f'<c r="{ref}">{inner}<v>{v.cached!r}</v></c>'
    if isinstance(v, bool):
        return f'<c r="{ref}" t="b"><v>{int(v)}</v></c>'
    if isinstance(v, Num):
        return f'<c r="{ref}"><v>{v.text}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v!r}</v></c>'
    if shared is not None:              # one entry per distinct text, as spreadsheet programs do
        index = _index_of(shared, str(v))
        return f'<c r="{ref}" t="s"><v>{index}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(str(v))}</t></is></c>'


_INDEXES: dict[int, dict[str, int]] = {}


def _index_of(shared: list[str], text: str) -> int:
    idx = _INDEXES.setdefault(id(shared), {})
    if len(idx) != len(shared):            # a new list (or one filled elsewhere): index it again
        idx.clear()
        idx.update({t: i for i, t in enumerate(shared)})
    i = idx.get(text)
    if i is None:
        i = idx[text] = len(shared)
        shared.append(text)
    return i


def sheet_xml(rows: list[list[Any]], *, shared: list[str] | None = None, dimension: str | None = None,
              extra_cells: str = "", prolog: str = "", start_row: int = 1) -> str:
    body = []
    for i, row in enumerate(rows, start=start_row):
        cells = "".join(cell_xml(f"{col(j)}{i}", v, shared) for j, v in enumerate(row))
        body.append(f'<row r="{i}">{cells}</row>')
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
            f'<worksheet xmlns="{NS}">{dim}<sheetData>{"".join(body)}{extra_cells}</sheetData></worksheet>')


def shared_xml(strings: list[str]) -> str:
    items = "".join(f"<si><t xml:space=\"preserve\">{escape(s)}</t></si>" for s in strings)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{NS}" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')


def write(path: Path, sheet: str, *, shared: str | None = None, date1904: bool = False,
          styles: str = STYLES) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", workbook_xml(date1904))
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        z.writestr("xl/sharedStrings.xml", shared if shared is not None else shared_xml([]))
    return path


def table(path: Path, rows: list[list[Any]], *, use_shared: bool = True, date1904: bool = False,
          **kw) -> Path:
    """A workbook whose first sheet holds `rows` (the first is the header)."""
    strings: list[str] | None = [] if use_shared else None
    sheet = sheet_xml(rows, shared=strings, **kw)
    return write(path, sheet, shared=shared_xml(strings or []), date1904=date1904)


# ------------------------------------------------------------------------------ the hostile ones

def malformed(path: Path, rows: list[list[Any]]) -> Path:
    """Well-formed up to the third row, then a cell that never closes."""
    good = sheet_xml(rows[:3], shared=None)
    broken = good.replace("</sheetData>", '<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is>'
                                          '</row></sheetData>')
    return write(path, broken)


def xxe(path: Path, rows: list[list[Any]], target: str = "/etc/hostname") -> Path:
    """An external entity in the sheet: a parser that follows it would put a local file in a cell."""
    prolog = f'<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file://{target}">]>'
    rows = [list(r) for r in rows]
    rows[1][1] = "&xxe;"   # escaped by cell_xml: undone below so the entity is referenced
    sheet = sheet_xml(rows, shared=None, prolog=prolog).replace("&amp;xxe;", "&xxe;")
    return write(path, sheet)


def billion_laughs(path: Path, rows: list[list[Any]], depth: int = 9) -> Path:
    ents = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, depth + 1)]
    prolog = f"<!DOCTYPE worksheet [{''.join(ents)}]>"
    rows = [list(r) for r in rows]
    rows[1][1] = f"&lol{depth};"
    sheet = sheet_xml(rows, shared=None, prolog=prolog).replace(f"&amp;lol{depth};", f"&lol{depth};")
    return write(path, sheet)


def far_cell(path: Path, rows: list[list[Any]], ref: str = "XFD1048576") -> Path:
    extra = f'<row r="{ref.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")}"><c r="{ref}" t="inlineStr"><is><t>x</t></is></c></row>'
    return write(path, sheet_xml(rows, shared=None, dimension=f"A1:{ref}", extra_cells=extra))


def short_dimension(path: Path, rows: list[list[Any]]) -> Path:
    """`<dimension>` says two rows; the data has more."""
    last = col(len(rows[0]) - 1)
    return write(path, sheet_xml(rows, shared=None, dimension=f"A1:{last}2"))


def many_shared_strings(path: Path, rows: list[list[Any]], n: int = 20_000_000) -> Path:
    """`n` empty shared strings: a few hundred KB compressed, hundreds of MB inflated."""
    strings: list[str] = []
    sheet = sheet_xml(rows, shared=strings)
    head = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="{NS}" '
            f'count="{n}" uniqueCount="{n}">')
    real = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("xl/workbook.xml", workbook_xml())
        z.writestr("xl/_rels/workbook.xml.rels", WB_RELS)
        z.writestr("xl/styles.xml", STYLES)
        z.writestr("xl/worksheets/sheet1.xml", sheet)
        with z.open("xl/sharedStrings.xml", "w", force_zip64=True) as f:
            f.write((head + real).encode())
            block = b"<si><t/></si>" * 100_000
            left = n - len(strings)
            while left > 0:
                k = min(left, 100_000)
                f.write(block if k == 100_000 else b"<si><t/></si>" * k)
                left -= k
            f.write(b"</sst>")
    return path


def not_a_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "a zip file, not a workbook")
    return path
