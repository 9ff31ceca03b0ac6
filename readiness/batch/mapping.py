"""The mapping file: which spreadsheet column fills which dossier field, and how.

```yaml
format: readiness-mapping/1
id: google-form-2026
title: ...
recognise: [Nama Usaha, NIB, Nama Produk]     # headers that identify this form (all present)
group: {nib: NIB, name: Nama Usaha, product: Nama Produk}
tables:                                       # named value translations, reusable
  yes_no: {Ya: true, Tidak: false}
ignore: [Timestamp]                           # columns known and deliberately unused
columns:
  Nama Usaha: business.name                   # short form: a path, text
  Harga (Rp): {field: products[].price_idr, type: money}
  Skala Usaha: {field: business.scale, values: {Mikro: micro, Kecil: small}}
  Kabupaten/Kota:                             # one column, several fields
    - business.address.regency
    - {field: business.address.province, values: ntb_regencies, unknown: drop}
  No. P-IRT: {field: "products[].permits[type=pirt].number"}
  Tgl Kurasi MGPA: {field: "business.curation[kind=organizer].date", type: date,
                    set: {result: passed}}
  Sertifikat PKP (Ya/Tidak): {field: "business.documents[type=pkp]", type: bool, presence: true}
  Lisensi Merek Event s/d: {field: "products[].licences[].expires", type: date,
                            for_each: {values: products[].marks, key: mark}}
```

Types: `text` (default), `identifier` with `digits: 13` or `[15, 16]` (the lengths it has in
full: a NIB, NPWP or KBLI that a spreadsheet turned into a number gets its leading 0 back with a
warning, or is refused when the number cannot tell), `phone` (an Indonesian number, likewise),
`integer`, `number`, `money` ("Rp 1.750.000"), `bool` (Ya/Tidak), `date` (DD/MM/YYYY, a date
cell, or a date serial), `quantity` ("250 g"), `share` ("Katun 80%" -> {material, percent}) and
`list` (of `item:` values split at `separator:`).

Paths start at `business.` (one value per business: taken from its first row) or `products[].`
(the product of the row). A segment `name[key=value]` selects the entry of a list whose `key`
equals `value`, creating it (with the `set:` constants) when the cell is not empty.

Every problem is reported with the file, the line and the path inside the mapping:
`my-form.yaml:14:5: $.columns["Harga (Rp)"].type: unknown type 'uang'; expected one of ...`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from readiness.errors import InputError, InputErrors

FORMAT = "readiness-mapping/1"
TYPES = ("text", "identifier", "phone", "integer", "number", "money", "bool", "date", "quantity",
         "list", "share")
UNKNOWN = ("error", "keep", "drop")
SHIPPED_DIR = Path(__file__).parent / "mappings"
MAX_BYTES = 1 << 20                # a mapping file is a page of YAML

_NAME = r"[a-z_][a-z0-9_]*"
_SEGMENT = re.compile(rf"^(?P<name>{_NAME})(?:\[(?:(?P<key>{_NAME})=(?P<value>[^\]]+))?\])?$")


def norm(text: Any) -> str:
    """Header / translation key normal form: trimmed, inner whitespace collapsed, casefolded."""
    return " ".join(str(text).replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Segment:
    name: str
    is_list: bool = False          # `name[]` (only `products[]` and for_each targets)
    key: str | None = None         # `name[key=value]`: select/create the entry
    value: str | None = None


@dataclass(frozen=True)
class Target:
    """One dossier field filled from one column."""

    column: str
    path: str
    level: str                     # "business" | "product"
    segments: tuple[Segment, ...]  # after the root segment
    type: str = "text"
    item: str = "text"             # item type of a list
    separator: str = ";"
    values: dict[str, Any] | None = None   # normalised key -> value
    unknown: str = "error"
    presence: bool = False         # bool cell: true creates the entry, false sets nothing
    set: dict[str, Any] = field(default_factory=dict)
    for_each: tuple[tuple[Segment, ...], str] | None = None   # (path in product, key)
    digits: tuple[int, ...] = ()   # identifier: the lengths it has when written in full


@dataclass
class Mapping:
    id: str
    title: str
    file: str
    recognise: list[str]
    group_nib: str
    group_name: str
    group_product: str
    ignore: set[str]
    columns: dict[str, list[Target]]       # normalised header -> targets
    headers: dict[str, str]                # normalised header -> header as written
    true_words: set[str] = field(default_factory=lambda: {"ya", "y", "yes", "true", "1", "benar", "ada"})
    false_words: set[str] = field(default_factory=lambda: {"tidak", "t", "no", "n", "false", "0", "salah", "tidak ada", "belum"})

    def recognises(self, headers: list[str]) -> bool:
        have = {norm(h) for h in headers}
        return all(norm(h) in have for h in self.recognise)

    def fed_paths(self, headers: list[str] | None = None) -> list[str]:
        """The dossier paths (mapping notation) that the columns `headers` (all mapped columns
        when None) can fill: each target's path, the constants its entry gets (`set:`), and the
        key of a `for_each` entry."""
        have = None if headers is None else {norm(h) for h in headers}
        out: list[str] = []
        for key, targets in self.columns.items():
            if have is not None and key not in have:
                continue
            for t in targets:
                out.append(t.path)
                kind = t.item if t.type == "list" else t.type
                out.extend(f"{t.path}.{k}" for k in _COMPOUND.get(kind, ()))
                parts = t.path.split(".")
                entry = max((i for i, p in enumerate(parts) if "=" in p), default=None)
                if entry is not None:
                    out.extend(".".join(parts[:entry + 1] + [k]) for k in t.set)
                if t.for_each is not None:
                    out.append(".".join(parts[:-1] + [t.for_each[1]]))
        return out

    def offered(self, field: str) -> list[str] | None:
        """The dossier values a column of `field` (e.g. products[].category) can give, from its
        value table; None when the mapping has no such column or it takes any value."""
        for targets in self.columns.values():
            for t in targets:
                if t.path == field and t.values is not None:
                    return sorted({str(v) for v in t.values.values()})
        return None

    def missing_headers(self, headers: list[str]) -> list[str]:
        have = {norm(h) for h in headers}
        return [h for h in self.recognise if norm(h) not in have]


# ------------------------------------------------------------------ loading with line numbers

def _load_with_lines(text: str, file: str) -> tuple[Any, dict[tuple, tuple[int, int]]]:
    """Parse YAML (safe) and remember the line/column of every node by its path."""
    import yaml

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        node = yaml.compose(text, Loader=loader_cls)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"not valid YAML: {getattr(e, 'problem', None) or e}", file=file,
                         line=mark.line + 1 if mark else None,
                         column=mark.column + 1 if mark else None) from None
    lines: dict[tuple, tuple[int, int]] = {}

    def walk(n, path):
        lines[path] = (n.start_mark.line + 1, n.start_mark.column + 1)
        if isinstance(n, yaml.MappingNode):
            seen = set()
            for k, v in n.value:
                if k.value in seen:
                    raise InputError(f"duplicate key {k.value!r}", file=file,
                                     line=k.start_mark.line + 1, column=k.start_mark.column + 1,
                                     path=_fmt(path))
                seen.add(k.value)
                walk(v, path + (k.value,))
        elif isinstance(n, yaml.SequenceNode):
            for i, v in enumerate(n.value):
                walk(v, path + (i,))

    if node is None:
        return None, lines
    walk(node, ())
    data = yaml.load(text, Loader=loader_cls)
    return data, lines


def _fmt(path: tuple) -> str:
    out = "$"
    for p in path:
        if isinstance(p, int):
            out += f"[{p}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", str(p)):
            out += f".{p}"
        else:
            out += f"[{str(p)!r}]".replace("'", '"')
    return out


class _Errors:
    def __init__(self, file, lines):
        self.file, self.lines, self.items = file, lines, []

    def add(self, path: tuple, message: str):
        line = col = None
        p = path
        while p not in self.lines and p:
            p = p[:-1]
        if p in self.lines:
            line, col = self.lines[p]
        self.items.append(InputError(message, file=self.file, line=line, column=col, path=_fmt(path)))

    def raise_if_any(self):
        if len(self.items) == 1:
            raise self.items[0]
        if self.items:
            raise InputErrors(self.items, limit=10)


def _parse_path(path: str) -> tuple[str, tuple[Segment, ...]] | str:
    """`business.a.b` / `products[].x[type=y].z` -> (level, segments) or an error message."""
    if not isinstance(path, str) or not path.strip():
        return "expected a field path such as business.nib or products[].name"
    parts = path.strip().split(".")
    root, rest = parts[0], parts[1:]
    if root == "business":
        level = "business"
    elif root == "products[]":
        level = "product"
    else:
        return f"a path starts with 'business.' or 'products[].', found {path!r}"
    segs = []
    for p in rest:
        m = _SEGMENT.match(p)
        if not m:
            return (f"bad segment {p!r} in {path!r}; expected a lower-case name, name[] or "
                    f"name[key=value]")
        segs.append(Segment(m["name"], is_list=p.endswith("[]"), key=m["key"], value=m["value"]))
    if not segs:
        return f"{path!r} names no field"
    return level, tuple(segs)


# the fields a value of these types has (a quantity is {amount, unit})
_COMPOUND = {"quantity": ("amount", "unit"), "share": ("material", "percent")}

_COLUMN_KEYS = {"field", "type", "item", "separator", "values", "unknown", "presence", "set", "for_each",
                "digits"}


def parse_mapping(data: Any, *, file: str, lines: dict | None = None) -> Mapping:
    """Validate a mapping (already parsed) and compile it; all problems at once."""
    err = _Errors(file, lines or {})
    if not isinstance(data, dict):
        err.add((), "a mapping file is a YAML mapping with format, recognise, group and columns")
        err.raise_if_any()
    known_top = {"format", "id", "title", "description", "recognise", "group", "tables", "ignore",
                 "columns", "booleans"}
    for k in data:
        if k not in known_top:
            err.add((k,), f"unknown key {k!r}; expected one of {', '.join(sorted(known_top))}")
    if data.get("format") != FORMAT:
        err.add(("format",), f"expected format: {FORMAT}, found {data.get('format')!r}")
    mid = data.get("id") or Path(file).stem
    tables_raw = data.get("tables") or {}
    tables: dict[str, dict[str, Any]] = {}
    if not isinstance(tables_raw, dict):
        err.add(("tables",), "expected a mapping of table name -> {form value: dossier value}")
        tables_raw = {}
    for tname, t in tables_raw.items():
        if not isinstance(t, dict) or not t:
            err.add(("tables", tname), "expected a non-empty mapping {form value: dossier value}")
            continue
        tables[tname] = {norm(k): v for k, v in t.items()}

    columns_raw = data.get("columns")
    if not isinstance(columns_raw, dict) or not columns_raw:
        err.add(("columns",), "expected a mapping of column header -> field path or spec")
        columns_raw = {}
    columns: dict[str, list[Target]] = {}
    headers: dict[str, str] = {}
    for header, spec in columns_raw.items():
        base = ("columns", header)
        if spec is None:
            continue
        specs = spec if isinstance(spec, list) else [spec]
        targets = []
        for i, s in enumerate(specs):
            where = base + (i,) if isinstance(spec, list) else base
            t = _parse_target(str(header), s, where, tables, err)
            if t is not None:
                targets.append(t)
        if norm(header) in columns:
            err.add(base, f"column {header!r} is mapped twice (headers are compared ignoring case "
                          f"and spaces)")
        columns[norm(header)] = targets
        headers[norm(header)] = str(header)

    ignore_raw = data.get("ignore") or []
    if not isinstance(ignore_raw, list):
        err.add(("ignore",), "expected a list of column headers")
        ignore_raw = []

    recognise = data.get("recognise")
    if not isinstance(recognise, list) or not recognise or not all(isinstance(h, str) for h in recognise):
        err.add(("recognise",), "expected a non-empty list of column headers that identify the form")
        recognise = []
    for i, h in enumerate(recognise):
        if norm(h) not in columns and norm(h) not in {norm(x) for x in ignore_raw}:
            err.add(("recognise", i), f"{h!r} is not one of the mapped columns")

    group = data.get("group")
    g = {}
    if not isinstance(group, dict):
        err.add(("group",), "expected {nib: COLUMN, name: COLUMN, product: COLUMN}")
        group = {}
    for k in ("nib", "name", "product"):
        v = group.get(k)
        if not isinstance(v, str) or norm(v) not in columns:
            err.add(("group", k), f"expected one of the mapped column headers, found {v!r}")
        g[k] = v if isinstance(v, str) else ""
    for k in group:
        if k not in ("nib", "name", "product"):
            err.add(("group", k), f"unknown key {k!r}; expected nib, name, product")

    m = Mapping(id=str(mid), title=str(data.get("title") or mid), file=file, recognise=list(recognise),
                group_nib=g.get("nib", ""), group_name=g.get("name", ""),
                group_product=g.get("product", ""), ignore={norm(h) for h in ignore_raw},
                columns=columns, headers=headers)
    booleans = data.get("booleans")
    if booleans is not None:
        if (not isinstance(booleans, dict) or set(booleans) - {"true", "false"}
                or not all(isinstance(v, list) for v in booleans.values())):
            err.add(("booleans",), "expected {true: [words], false: [words]}")
        else:
            m.true_words = {norm(w) for w in booleans.get("true", [])} or m.true_words
            m.false_words = {norm(w) for w in booleans.get("false", [])} or m.false_words
    err.raise_if_any()
    return m


def _parse_target(header: str, s: Any, where: tuple, tables: dict, err: _Errors) -> Target | None:
    if isinstance(s, str):
        s = {"field": s}
    if not isinstance(s, dict):
        err.add(where, "expected a field path or {field: PATH, type: ..., values: ...}")
        return None
    bad = False
    for k in s:
        if k not in _COLUMN_KEYS:
            err.add(where + (k,), f"unknown key {k!r}; expected one of {', '.join(sorted(_COLUMN_KEYS))}")
            bad = True
    parsed = _parse_path(s.get("field"))
    if isinstance(parsed, str):
        err.add(where + ("field",), parsed)
        return None
    level, segs = parsed
    typ = s.get("type", "text")
    if typ not in TYPES:
        err.add(where + ("type",), f"unknown type {typ!r}; expected one of {', '.join(TYPES)}")
        bad = True
    item = s.get("item", "text")
    if item not in TYPES or item == "list":
        err.add(where + ("item",), f"unknown item type {item!r}; expected one of "
                                   f"{', '.join(t for t in TYPES if t != 'list')}")
        bad = True
    sep = s.get("separator", ";")
    if not isinstance(sep, str) or not sep:
        err.add(where + ("separator",), "expected one or more separator characters, e.g. ';'")
        bad = True
    values = s.get("values")
    if isinstance(values, str):
        if values not in tables:
            err.add(where + ("values",), f"no table named {values!r} under tables:")
            bad = True
        else:
            values = tables[values]
    elif isinstance(values, dict):
        values = {norm(k): v for k, v in values.items()}
    elif values is not None:
        err.add(where + ("values",), "expected a table name or a mapping {form value: dossier value}")
        bad = True
    unknown = s.get("unknown", "error")
    if unknown not in UNKNOWN:
        err.add(where + ("unknown",), f"expected one of {', '.join(UNKNOWN)}, found {unknown!r}")
        bad = True
    presence = s.get("presence", False)
    if presence not in (True, False):
        err.add(where + ("presence",), "expected true or false")
        bad = True
    if presence and (typ != "bool" or segs[-1].key is None):
        err.add(where + ("presence",), "presence: true needs type: bool and a path ending in an "
                                       "entry selector such as business.documents[type=pkp]")
        bad = True
    inner = [i for i, sg in enumerate(segs[:-1]) if sg.is_list]
    if inner and (inner != [len(segs) - 2] or "for_each" not in s):
        err.add(where + ("field",), "'[]' inside a path needs for_each: and may only come just "
                                    "before the last field, e.g. products[].licences[].expires")
        bad = True
    if segs[-1].is_list and typ != "list":
        err.add(where + ("field",), "a path ending in [] needs type: list")
        bad = True
    digits = s.get("digits", ())
    if isinstance(digits, int) and not isinstance(digits, bool):
        digits = (digits,)
    if not (isinstance(digits, (list, tuple)) and all(
            isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 40 for d in digits)):
        err.add(where + ("digits",), "expected the number of digits the identifier has when written "
                                     "in full, e.g. 13, or a list such as [15, 16]")
        bad, digits = True, ()
    ident = typ == "identifier" or (typ == "list" and item == "identifier")
    if ident and not digits:
        err.add(where + ("digits",), "type: identifier needs digits: (its length in full, e.g. 13 for "
                                     "a NIB), so that a number that lost its leading 0 is recognised")
        bad = True
    if digits and not ident:
        err.add(where + ("digits",), "digits: belongs to type: identifier (or item: identifier)")
        bad = True
    setv = s.get("set") or {}
    if not isinstance(setv, dict):
        err.add(where + ("set",), "expected a mapping of constant fields for the created entry")
        bad = True
        setv = {}
    if setv and not any(sg.key for sg in segs) and "for_each" not in s:
        err.add(where + ("set",), "set: needs an entry selector such as [kind=organizer] in the path")
        bad = True
    fe = None
    if "for_each" in s:
        f = s["for_each"]
        ok = isinstance(f, dict) and set(f) == {"values", "key"} and isinstance(f["key"], str)
        p = _parse_path(f.get("values")) if isinstance(f, dict) else "?"
        if not ok or isinstance(p, str) or p[0] != level:
            err.add(where + ("for_each",), "expected {values: PATH of a list on the same level, "
                                           "key: FIELD}, e.g. {values: products[].marks, key: mark}")
            bad = True
        else:
            if len(segs) < 2 or not segs[-2].is_list:
                err.add(where + ("field",), "for_each needs a path like products[].licences[].expires")
                bad = True
            fe = (p[1], f["key"])
    if bad:
        return None
    return Target(column=header, path=s["field"], level=level, segments=segs, type=typ, item=item,
                  separator=sep, values=values, unknown=unknown, presence=presence,
                  set=dict(setv), for_each=fe, digits=tuple(sorted(set(digits))))


def load_mapping(path: str | Path) -> Mapping:
    path = Path(path)
    from readiness.io import open_regular

    try:
        with open_regular(path) as f:          # a FIFO would block the run forever
            raw = f.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            raise InputError(f"file too large: more than {MAX_BYTES} bytes, the limit is "
                             f"{MAX_BYTES} bytes", file=str(path))
        text = raw.decode("utf-8-sig")
    except OSError as e:
        raise InputError(f"cannot read the mapping file: {e.strerror}", file=str(path)) from None
    except UnicodeDecodeError:
        raise InputError("the mapping file is not UTF-8 text", file=str(path)) from None
    data, lines = _load_with_lines(text, str(path))
    return parse_mapping(data, file=str(path), lines=lines)


_shipped_cache: list[Mapping] | None = None


def shipped_mappings() -> list[Mapping]:
    """The mappings the project ships, in file-name order."""
    global _shipped_cache
    if _shipped_cache is None:
        _shipped_cache = [load_mapping(p) for p in sorted(SHIPPED_DIR.glob("*.yaml"))]
    return _shipped_cache


def recognise(headers: list[str]) -> Mapping | None:
    for m in shipped_mappings():
        if m.recognises(headers):
            return m
    return None
