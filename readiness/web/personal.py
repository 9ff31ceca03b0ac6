"""Personal data in what the vendor desk gives an organizer (UU 27/2022): NIK and phone
numbers are left out unless an admin allowed organizers to see them.

- The annotated workbook is a copy of the uploaded list: the columns the spreadsheet mapping
  reads into a personal field (the owner's NIK and phone, the business's phone, the NPWP,
  which for a person is their NIK) are emptied.
- errors.csv quotes cell values in its messages: NIK-like numbers (16 digits) and phone
  numbers in any cell are replaced by a mark.
The summary files (summary.csv/.xlsx/.pdf) and the summary page hold no such data.

Dossier field paths (`product.permits[type=halal].recipe_unchanged`, `$.business.npwp`) are
for officers: what an organizer reads has them taken out (`strip_paths`).
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from readiness.sheets.mapping import recognise
from readiness.values import norm
from readiness.files import atomic_write, atomic_writer

PERSONAL_FIELDS = ("business.owner.nik", "business.owner.phone", "business.contact.phone",
                   "business.npwp")
MARK = "***"
# 16 digits (a NIK, a person's NPWP), grouped or not; Indonesian phone numbers (+62 or 0, 8-13
# more digits with spaces, dots or dashes)
_NIK = re.compile(r"(?<!\d)\d(?:[ .\-]?\d){15}(?!\d)")
_PHONE = re.compile(r"(?<![\w+])(?:\+62|62|0)[ .\-]?8(?:[ .\-]?\d){7,12}(?!\d)")


_PATHS = re.compile(r":\s+(?:(?:\$\.|business\.|products?\.)[\w.\[\]=\-]+?"
                    r"(?:,\s+|(?=[.;]\s)|(?=[.;]?$)))+")


def strip_paths(text: str) -> str:
    """A message without the dossier field paths it names (': product.label.permanent.')."""
    if not isinstance(text, str) or "." not in text:
        return text
    return _PATHS.sub("", text)


def redact_text(text: str) -> str:
    if not isinstance(text, str) or not any(c.isdigit() for c in text):
        return text
    return _PHONE.sub(MARK, _NIK.sub(MARK, text))


def personal_columns(headers: list[str]) -> set[int]:
    """0-based indexes of the columns the shipped mapping reads into a personal field."""
    mapping = recognise(headers)
    if mapping is None:
        return set()
    out = set()
    for i, h in enumerate(headers):
        targets = mapping.columns.get(norm(h)) or []
        if any(t.path in PERSONAL_FIELDS for t in targets):
            out.add(i)
    return out


def organizer_errors_csv(src: Path, dest: Path, *, personal: bool) -> None:
    """errors.csv as an organizer gets it: no field paths, and (unless `personal`) no NIK or
    phone number."""
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    buf = io.StringIO()
    buf.write("\ufeff")                     # as batch writes it (spreadsheet programs)
    w = csv.writer(buf, lineterminator="\n")
    for i, row in enumerate(rows):
        if i:
            row = [strip_paths(c) for c in row]
            if not personal:
                row = [redact_text(c) for c in row]
        w.writerow(row)
    with atomic_writer(dest, "w") as f:
        f.write(buf.getvalue())


def redact_workbook(src: Path, dest: Path) -> None:
    """The annotated workbook without the personal columns' values (and no NIK or phone
    number in any other cell)."""
    import openpyxl


    wb = openpyxl.load_workbook(src)
    ws = wb.worksheets[0]
    header_row, headers = None, []
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 50)):
        if any(c.value not in (None, "") for c in row):
            header_row = row[0].row
            headers = ["" if c.value is None else str(c.value) for c in row]
            break
    if header_row is not None:
        blank = personal_columns(headers)
        for row in ws.iter_rows(min_row=header_row + 1, max_row=ws.max_row):
            for c in row:
                if c.column - 1 in blank and c.value not in (None, ""):
                    c.value = MARK
                elif isinstance(c.value, str):
                    c.value = redact_text(c.value)
                elif isinstance(c.value, int) and len(str(abs(c.value))) >= 10:
                    text = str(c.value)
                    if redact_text(text) != text:
                        c.value = MARK
    buf = io.BytesIO()
    wb.save(buf)
    atomic_write(dest, buf.getvalue())
