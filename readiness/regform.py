"""The registration form a standard needs (`readiness form`), generated from the rule set as
the self-assessment (`/periksa`) is: the questions the rules read (readiness.selfcheck), for
every category and channel, in Indonesian, each with its help, type and choices; and from
them, so that they never disagree:

- `questions` (YAML/JSON): the list of questions (column, help, type, choices, who answers it);
- the mapping (`readiness-mapping/1`) that reads the form's export: `batch` recognises it;
- an XLSX template with data validation (a list for each choice, Ya/Tidak, dates), one row
  per product, the business's columns repeated;
- a Google Apps Script that creates the same Google Form.

A permit or document the rules look for is asked with three answers (Sudah punya / Sedang
diurus / Belum punya), then its number and dates.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from readiness import vocab
from readiness.answers import _section, choice_words, field_kind, three_valued
from readiness.words import field_label, has, label, t

ENTRY_CHOICES = ("Sudah punya", "Sedang diurus", "Belum punya")
YES_NO = ("Ya", "Tidak")
SUBMITTED = "Timestamp"             # the column Google Forms adds to every export
_SEL = re.compile(r"\[([a-z_]+)=([^\]]*)\]")
# a question's kind -> the mapping's cell type
_TYPES = {"text": "text", "open_choice": "text", "nib": "identifier", "bool": "bool",
          "date": "date", "money": "money", "number": "number", "integer": "count",
          "quantity": "quantity", "choice": "text", "choices": "list", "list": "list",
          "numbers": "list", "entry": "bool"}


@dataclass
class Column:
    """One question of the form, one column of its export."""

    header: str
    path: str                        # mapping notation: business.x, products[].x
    kind: str                        # text, date, bool, choice, choices, entry, ...
    help: str = ""
    choices: list[str] = field(default_factory=list)      # as the form shows them
    values: dict[str, Any] = field(default_factory=dict)  # words -> dossier value
    level: str = "business"          # business | product
    required: bool = False
    categories: list[str] = field(default_factory=list)   # asked of these products only
    extra: dict = field(default_factory=dict)              # more of its mapping entry

    def spec(self) -> dict:
        """The mapping's entry for this column."""
        s: dict[str, Any] = {"field": self.path, "type": _TYPES.get(self.kind, "text")}
        if self.kind == "nib":
            s["digits"] = 13
        if self.kind == "integer" and self.path.endswith("_days"):
            s["type"] = "duration"
        if self.kind == "entry":
            s["presence"] = True
        if self.kind in ("choice", "choices"):
            s["values"] = dict(self.values)
            s["choices"] = list(self.choices)
        s.update(self.extra)
        if self.kind in ("choices", "list", "numbers", "shares"):
            s["type"], s["separator"] = "list", ",;" if self.kind != "shares" else ";"
            if self.kind in ("numbers", "shares"):
                s["item"] = "number" if self.kind == "numbers" else "share"
        return s

    def question(self) -> dict:
        q = {"column": self.header, "type": self.kind, "help": self.help,
             "required": self.required, "field": self.path}
        if self.choices:
            q["choices"] = list(self.choices)
        if self.categories:
            q["only_for"] = [label("category", c, "id") for c in self.categories]
        return q


def _mapping_path(path: str) -> str:
    return "products[]." + path[len("product."):] if path.startswith("product.") else path


def _plain(path: str) -> str:
    return _SEL.sub("", path.replace("[]", ""))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _label(path: str) -> str:
    plain = _plain(path)
    keys = ["ask." + plain, "field." + plain, "field." + plain.split(".", 1)[-1]]
    if "[" in path:
        keys.insert(0, "ask." + plain.rsplit(".", 1)[-1])
    for key in keys:
        if has(key):
            return _cap(t(key, "id"))
    return _cap(field_label(plain, "id"))


def _entry_what(path: str) -> str:
    """"SPP-IRT (P-IRT)" of `product.permits[type=pirt]`."""
    lst = _plain(path)
    m = _SEL.search(path)
    if not m:
        return _label(lst)
    kind = field_kind(f"{lst}.{m[1]}")
    sec = _section(kind.options, f"{lst}.{m[1]}") if kind is not None and kind.options else None
    return label(sec, m[2], "id") if sec else m[2]


def path_words(path: str) -> str:
    """A dossier path in the form's words ("product.permits[type=halal].recipe_unchanged" ->
    "Sertifikat halal: Resep tidak berubah sejak sertifikat terbit"), for organizers' pages."""
    m = re.match(r"^(.*?\[[a-z_]+=[^\]]*\])(?:\.(.+))?$", path)
    if m is None:
        whole = re.match(r"^(.*?)\[\]\.(.+)$", path)      # a field of every entry of a list
        return f"{_label(whole[1])}: {_label(path)}" if whole else _label(path)
    what = _cap(_entry_what(m[1]))
    return f"{what}: {_label(path)}" if m[2] else what


def _help(path: str) -> str:
    plain = _plain(path)
    for key in ("ask.hint." + plain, "field_hint." + plain):
        if has(key) and "[" not in path:
            text = t(key, "id")
            for cut in (" Tulis di antara tanda petik", " (di antara tanda petik)", ", tulis mis.",
                        "true bila"):
                i = text.find(cut)
                if i >= 0:
                    text = text[:i].rstrip(" ,;.") + "." if i else ""
            return text
    return ""


def _choices(path: str, options: tuple[str, ...]) -> tuple[list[str], dict[str, Any]]:
    """The Indonesian labels of a choice's options, and every spelling -> its value."""
    sec = _section(options, _plain(path))
    shown = [label(sec, o, "id") if sec else o for o in options]
    values: dict[str, Any] = {}
    for word, value in choice_words(_plain(path), options).items():
        values.setdefault(word, value)
    values.update(zip(shown, options, strict=True))
    return shown, values


def _columns_of(q, level: str, categories: list[str]) -> list[Column]:
    """The columns of one self-assessment question (an entry: its answer, then its fields)."""
    kind = q.kind
    path = _mapping_path(q.path)
    if kind.name == "entry":
        lst = _plain(q.path)
        what = _cap(_entry_what(q.path))
        if not three_valued(lst):            # curation by the government: "Kurasi pemerintah"
            what = f"{_label(lst)} {_entry_what(q.path)}"
        if path == "products[].fibres[]":
            col = _column(q, level, categories)
            return [col] if col is not None else []
        out = []
        if three_valued(lst) and _SEL.search(q.path):
            out.append(Column(f"Sudah punya {_entry_what(q.path)}?", path, "entry", level=level,
                              help="Sudah punya / Sedang diurus / Belum punya",
                              choices=list(ENTRY_CHOICES), categories=categories))
        for part in q.parts:
            if not part.path.startswith(q.path + "."):     # a follow-up: a question of its own
                out += _columns_of(part, level, categories)
                continue
            sub = part.path.rsplit(".", 1)[-1]
            col = _column(part, level, categories)
            if col is not None:
                col.header = f"{what}: {_label(part.path)}" if sub != what else col.header
                out.append(col)
        return out
    col = _column(q, level, categories)
    out = [col] if col is not None else []
    for part in q.parts:       # the questions that follow an answer (readiness.selfcheck)
        out += _columns_of(part, level, categories)
    return out


def _shipped_table(path: str) -> tuple[list[str], dict[str, Any]] | None:
    """The choices a shipped mapping offers for `path` (its Indonesian words), if any."""
    from readiness.sheets.mapping import shipped_mappings

    for m in shipped_mappings():
        if m.id.startswith("form-"):
            continue
        for targets in m.columns.values():
            for tg in targets:
                if tg.path == path and tg.labels and tg.unknown == "error":
                    shown = list(dict.fromkeys(m.label_of(tg, v) for v in tg.labels.values()))
                    return shown, dict(tg.labels)
    return None


def _column(q, level: str, categories: list[str]) -> Column | None:
    kind = q.kind
    if kind is None or kind.name in ("record", "group"):
        return None
    path = _mapping_path(q.path)
    if path == "products[].fibres[]":
        return Column(_label("product.fibres"), "products[].fibres", "shares", level=level,
                      help="Contoh: Katun 80%; Sutra 20%", categories=categories)
    if "[]" in path.replace("products[]", ""):
        return None                      # a list of records without a key: not a column
    col = Column(_label(q.path), path, kind.name, help=_help(q.path), level=level,
                 required=q.required, categories=categories)
    table = _shipped_table(path)
    if kind.name == "bool":
        col.choices = list(YES_NO)
    elif kind.name in ("choice", "choices") and kind.options:
        col.choices, col.values = _choices(q.path, kind.options)
    elif table is not None and kind.name in ("text", "open_choice"):
        col.kind, (col.choices, col.values) = "choice", table
    elif kind.name == "open_choice":
        col.kind = "text"
    if col.choices and col.kind != "bool":
        col.help = ""                    # the choices speak for themselves (hints speak codes)
    if col.kind == "choices":            # a checkbox answer is exported joined with ", "
        col.choices = [c.replace(",", " /") for c in col.choices]
        col.values.update({c.replace(",", " /"): v for c, v in col.values.items()})
    return col


def form_columns(rs) -> list[Column]:
    """Every question the rules of `rs` read, business first, then product (once, for every
    category it is asked of), with unique headers."""
    from readiness.selfcheck import _form_steps

    cats = list(vocab.values(vocab.Category))
    chans = list(vocab.values(vocab.Channel))
    steps = _form_steps(rs, [{"category": c, "channels": chans} for c in cats])
    cols: list[Column] = []
    seen: dict[str, Column] = {}
    product_steps = [s for s in steps if s.subject == "product" and s.product is not None]
    for s in steps:
        if s.subject == "business":
            for q in s.questions:
                for c in _columns_of(q, "business", []):
                    if c.path not in seen:
                        seen[c.path] = c
                        cols.append(c)
    from readiness.selfcheck import product_questions

    for q in product_questions():
        for c in _columns_of(q, "product", []):
            seen[c.path] = c
            cols.append(c)
    for s in product_steps:
        cat = cats[s.product]
        for q in s.questions:
            for c in _columns_of(q, "product", [cat]):
                if c.path in seen:
                    if seen[c.path].categories and cat not in seen[c.path].categories:
                        seen[c.path].categories.append(cat)
                    continue
                seen[c.path] = c
                cols.append(c)
    _licences(rs, cols, seen)
    for c in cols:                          # asked of every category: no restriction to say
        if sorted(c.categories) == sorted(cats):
            c.categories = []
    _unique_headers(cols)
    return cols


def _licences(rs, cols: list[Column], seen: dict[str, Column]) -> None:
    """The event marks' licence: one expiry date for the marks the product names (a list of
    records without a key is no column of its own), when a rule reads it."""
    from readiness.standards.fields import rules_reading

    path = "products[].licences[].expires"
    if "products[].marks" in seen and path not in seen and rules_reading(rs, ["products[].licences[].mark"]):
        marks = seen["products[].marks"]
        cols.insert(cols.index(marks) + 1, Column(
            "Lisensi merek event: Berlaku sampai", path, "date", level="product",
            help="Sampai kapan lisensi untuk merek event di kolom sebelumnya berlaku",
            categories=list(marks.categories),
            extra={"for_each": {"values": "products[].marks", "key": "mark"}}))


def _unique_headers(cols: list[Column]) -> None:
    taken: dict[str, int] = {}
    for c in cols:
        h = re.sub(r"\s+", " ", c.header.strip()) or c.path
        n = taken.get(h.casefold(), 0)
        taken[h.casefold()] = n + 1
        c.header = h if n == 0 else f"{h} ({n + 1})"


def form_id(rs) -> str:
    return f"form-{rs.id}-{rs.version}"


def mapping_of(rs, cols: list[Column]) -> dict:
    """The mapping (`readiness-mapping/1`) that reads the generated form's export."""
    by_path = {c.path: c.header for c in cols}
    return {
        "format": "readiness-mapping/1",
        "id": form_id(rs),
        "title": f"Formulir pendaftaran {rs.ref} (dibuat oleh readiness form)",
        "recognise": [by_path["business.name"], by_path["business.nib"],
                      by_path["products[].name"], by_path["products[].category"]],
        "group": {"nib": by_path["business.nib"], "name": by_path["business.name"],
                  "product": by_path["products[].name"], "submitted": SUBMITTED},
        "ignore": [SUBMITTED, "Stempel waktu", "Email Address", "Alamat email"],
        "columns": {c.header: c.spec() for c in cols},
    }


def questions_of(rs, cols: list[Column]) -> dict:
    return {"format": "readiness-form/1", "standard": rs.ref, "id": form_id(rs),
            "note": ("Satu baris (satu kiriman) untuk setiap produk; data usaha diisi sama "
                     "pada setiap baris."),
            "questions": [c.question() for c in cols]}


def dump_yaml(data: Any) -> str:
    import yaml

    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def dump_json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ the XLSX template

def write_template(cols: list[Column], out) -> None:
    """An XLSX template: the header row, its help as cell comments, and data validation on
    1,000 rows (a list for every choice, Ya/Tidak, Sudah punya/Sedang diurus/Belum punya;
    a date for dates), every cell stored as text where text is typed."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    from readiness.sheets.read import column_letters

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Pendaftaran"
    lists = wb.create_sheet("Pilihan")
    rows = 1000
    head_fill = {"business": "DDEBF7", "product": "E2EFDA"}
    for j, c in enumerate(cols, start=1):
        cell = ws.cell(row=1, column=j, value=c.header)
        cell.data_type = "s"
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=head_fill[c.level])
        note = "; ".join(x for x in (c.help, _only_for(c)) if x)
        if note:
            cell.comment = Comment(note, "readiness")
        letter = column_letters(j - 1)
        ws.column_dimensions[letter].width = max(12, min(40, len(c.header) + 2))
        if c.choices:
            for i, choice in enumerate(c.choices, start=1):
                lists.cell(row=i, column=j, value=choice).data_type = "s"
            ref = f"Pilihan!${letter}$1:${letter}${len(c.choices)}"
            dv = DataValidation(type="list", formula1=ref, allow_blank=True,
                                showErrorMessage=c.kind != "choices")
            dv.error, dv.errorTitle = "Pilih salah satu pilihan di daftar.", "Pilihan"
        elif c.kind == "date":
            dv = DataValidation(type="date", operator="greaterThan", formula1="18264",
                                allow_blank=True, showErrorMessage=False)
            dv.prompt, dv.showInputMessage = "Tanggal, mis. 14/08/2026 atau 14 Agustus 2026", True
        else:
            continue
        dv.add(f"{letter}2:{letter}{rows + 1}")
        ws.add_data_validation(dv)
    ws.freeze_panes = "B2"
    lists.sheet_state = "hidden"
    for j, c in enumerate(cols, start=1):     # text columns (NIB, phone): never numbers
        if c.kind in ("nib", "text") and c.path.endswith(("nib", "phone", "npwp", "kbli", "number")):
            for r in range(2, rows + 2):
                ws.cell(row=r, column=j).number_format = "@"
    wb.save(out)


def _only_for(c: Column) -> str:
    if not c.categories:
        return ""
    return "Hanya untuk: " + ", ".join(label("category", x, "id") for x in c.categories)


# ------------------------------------------------------------------ the Google Form

def apps_script(rs, cols: list[Column]) -> str:
    """A Google Apps Script that creates the same form (Extensions > Apps Script, paste, Run):
    the same questions, in the same order, with the same titles (the export's columns)."""
    lines = [
        "// Membuat Google Form pendaftaran vendor yang dibutuhkan standar " + rs.ref + ".",
        "// Dibuat oleh `readiness form`. Buka script.google.com, tempel, lalu jalankan createForm().",
        "// Ekspor jawabannya (CSV/XLSX) dibaca `readiness batch` tanpa --mapping.",
        "function createForm() {",
        "  var form = FormApp.create(" + json.dumps("Pendaftaran vendor " + rs.ref) + ");",
        "  form.setDescription(" + json.dumps(
            "Isi satu kali untuk setiap produk; data usaha diisi sama setiap kali.") + ");",
    ]
    for c in cols:
        title = json.dumps(c.header, ensure_ascii=False)
        help_text = json.dumps("; ".join(x for x in (c.help, _only_for(c)) if x), ensure_ascii=False)
        if c.kind in ("choice", "entry", "bool") and c.choices:
            item = f"form.addMultipleChoiceItem().setTitle({title}).setChoiceValues(" \
                   f"{json.dumps(c.choices, ensure_ascii=False)})"
        elif c.kind == "choices" and c.choices:
            item = f"form.addCheckboxItem().setTitle({title}).setChoiceValues(" \
                   f"{json.dumps(c.choices, ensure_ascii=False)})"
        elif c.kind == "date":
            item = f"form.addDateItem().setTitle({title})"
        else:
            item = f"form.addTextItem().setTitle({title})"
        lines.append(f"  {item}.setHelpText({help_text}).setRequired({str(c.required).lower()});")
    lines += ["  Logger.log('Formulir: ' + form.getEditUrl());", "}", ""]
    return "\n".join(lines)


def write_form(rs, outdir, fmt: str = "yaml") -> list[str]:
    """Write the form's files into `outdir` (made if missing): the questions (YAML or JSON),
    the mapping, the XLSX template and the Apps Script. Returns the names written."""
    import io
    from pathlib import Path

    from readiness.files import atomic_write

    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    cols = form_columns(rs)
    base = form_id(rs)
    dump = dump_json if fmt == "json" else dump_yaml
    files = {f"{base}.questions.{fmt}": dump(questions_of(rs, cols)),
             f"{base}.mapping.yaml": dump_yaml(mapping_of(rs, cols)),
             f"{base}.gs": apps_script(rs, cols)}
    for name, text in files.items():
        atomic_write(out / name, text.encode("utf-8"))
    buf = io.BytesIO()
    write_template(cols, buf)
    atomic_write(out / f"{base}.xlsx", buf.getvalue())
    return list(files) + [f"{base}.xlsx"]
