"""The mapping file: which spreadsheet column fills which dossier field, and how.

```yaml
format: readiness-mapping/1
id: google-form-2026
title: ...
recognise: [Nama Usaha, NIB, Nama Produk]     # headers that identify this form (all present)
group: {nib: NIB, name: Nama Usaha, product: Nama Produk,
        submitted: Timestamp}                 # optional: a business's latest submission counts
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
`integer`, `count` ("500 bungkus", "1.000 pcs"), `duration` (days: "3 bulan", "1 tahun", "30"),
`number`, `money` ("Rp 1.750.000", "Rp15rb", "1,5 juta"), `bool` (Ya/Tidak), `date` (DD/MM/YYYY,
"14 Agustus 2026", "5 Nop 2026", a date cell, or a date serial), `quantity` ("250 g"), `share` ("Katun 80%" -> {material, percent}) and
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

from readiness.errors import InputErrors
from readiness.load import Limits, Source, load_source
from readiness.values import norm
from readiness.words import Msg

FORMAT = "readiness-mapping/1"
TYPES = ("text", "identifier", "phone", "integer", "number", "money", "bool", "date", "quantity",
         "list", "share", "duration", "count")
UNKNOWN = ("error", "keep", "drop")
SHIPPED_DIR = Path(__file__).parent / "mappings"
LIMITS = Limits(max_bytes=1 << 20)   # a mapping file is a page of YAML

_NAME = r"[a-z_][a-z0-9_]*"
_SEGMENT = re.compile(rf"^(?P<name>{_NAME})(?:\[(?:(?P<key>{_NAME})=(?P<value>[^\]]+))?\])?$")


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
    choices: tuple[str, ...] | None = None   # the options the form offers (keys of `values`)
    only_with: str | None = None   # fills an entry only when this column of the row is filled
    labels: dict[str, Any] | None = None   # `values` with its keys as written


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
    group_submitted: str = ""              # the column of a row's submission time ("Timestamp")

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

    def choice_gaps(self, field: str, needed: list) -> list[tuple[str, list[str]]]:
        """For the columns of `field` whose form offers fixed `choices`: (column, the labels
        of the `needed` values no choice gives), e.g. ("Unsur Label", ["Tanggal Produksi"])."""
        out = []
        for targets in self.columns.values():
            for t in targets:
                if t.choices is None or t.path != field or t.values is None:
                    continue
                given = {t.values.get(norm(c)) for c in t.choices}
                lacking = [v for v in needed if v not in given]
                if lacking:
                    out.append((t.column, [self.label_of(t, v) for v in lacking]))
        return out

    def label_of(self, t: Target, value) -> str:
        """How a spreadsheet writes `value` in the column of `t` (the first key of its table)."""
        for key, v in (t.labels or {}).items():
            if v == value:
                return key
        return str(value)

    def missing_headers(self, headers: list[str]) -> list[str]:
        have = {norm(h) for h in headers}
        return [h for h in self.recognise if norm(h) not in have]


# ------------------------------------------------------------------ errors with line numbers

class _Errors:
    """Every problem of one mapping file, each located (file, line, column, path)."""

    def __init__(self, src: Source):
        self.src, self.items = src, []

    def add(self, path: tuple, code: str, **args: Any) -> None:
        self.items.append(self.src.error(code, path, column=True, **args))

    def raise_if_any(self):
        if len(self.items) == 1:
            raise self.items[0]
        if self.items:
            raise InputErrors(self.items, limit=10)


def _parse_path(path: str) -> tuple[str, tuple[Segment, ...]] | Msg:
    """`business.a.b` / `products[].x[type=y].z` -> (level, segments) or an error message."""
    if not isinstance(path, str) or not path.strip():
        return Msg("map_path")
    parts = path.strip().split(".")
    root, rest = parts[0], parts[1:]
    if root == "business":
        level = "business"
    elif root == "products[]":
        level = "product"
    else:
        return Msg("map_path_root", {"ref": repr(path)})
    segs = []
    for p in rest:
        m = _SEGMENT.match(p)
        if not m:
            return Msg("map_segment", {"segment": repr(p), "ref": repr(path)})
        segs.append(Segment(m["name"], is_list=p.endswith("[]"), key=m["key"], value=m["value"]))
    if not segs:
        return Msg("map_no_field", {"ref": repr(path)})
    return level, tuple(segs)


# the fields a value of these types has (a quantity is {amount, unit})
_COMPOUND = {"quantity": ("amount", "unit"), "share": ("material", "percent")}

_COLUMN_KEYS = {"field", "type", "item", "separator", "values", "unknown", "presence", "set", "for_each",
                "digits", "choices", "only_with"}


def parse_mapping(src: Source) -> Mapping:
    """Validate a mapping file (as read by readiness.load) and compile it; all problems at once."""
    err = _Errors(src)
    data, file = src.data, src.name
    if not isinstance(data, dict):
        err.add((), "map_top")
        err.raise_if_any()
    known_top = {"format", "id", "title", "description", "recognise", "group", "tables", "ignore",
                 "columns", "booleans"}
    for k in data:
        if k not in known_top:
            err.add((k,), "unknown_key_known", key=k, known=", ".join(sorted(known_top)))
    if data.get("format") != FORMAT:
        err.add(("format",), "map_format", format=FORMAT, found_format=repr(data.get("format")))
    mid = data.get("id") or Path(file).stem
    tables_raw = data.get("tables") or {}
    tables: dict[str, dict[str, Any]] = {}
    if not isinstance(tables_raw, dict):
        err.add(("tables",), "map_tables")
        tables_raw = {}
    for tname, t in tables_raw.items():
        if not isinstance(t, dict) or not t:
            err.add(("tables", tname), "map_table")
            continue
        tables[tname] = {norm(k): v for k, v in t.items()}
        tables["raw:" + str(tname)] = {str(k): v for k, v in t.items()}

    columns_raw = data.get("columns")
    if not isinstance(columns_raw, dict) or not columns_raw:
        err.add(("columns",), "map_columns")
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
            err.add(base, "map_column_twice", header=repr(header))
        columns[norm(header)] = targets
        headers[norm(header)] = str(header)

    for key, targets in columns.items():
        for t in targets:
            if t.only_with is not None and norm(t.only_with) not in columns:
                err.add(("columns", headers[key], "only_with"), "map_only_with",
                        header=repr(t.only_with))

    ignore_raw = data.get("ignore") or []
    if not isinstance(ignore_raw, list):
        err.add(("ignore",), "map_ignore")
        ignore_raw = []

    recognise = data.get("recognise")
    if not isinstance(recognise, list) or not recognise or not all(isinstance(h, str) for h in recognise):
        err.add(("recognise",), "map_recognise")
        recognise = []
    for i, h in enumerate(recognise):
        if norm(h) not in columns and norm(h) not in {norm(x) for x in ignore_raw}:
            err.add(("recognise", i), "map_not_mapped", header=repr(h))

    group = data.get("group")
    g = {}
    if not isinstance(group, dict):
        err.add(("group",), "map_group")
        group = {}
    for k in ("nib", "name", "product", "submitted"):
        v = group.get(k)
        if (k != "submitted" or v is not None) and (not isinstance(v, str) or norm(v) not in (
                columns if k != "submitted" else set(columns) | {norm(x) for x in ignore_raw})):
            err.add(("group", k), "map_group_column", header=repr(v))
        g[k] = v if isinstance(v, str) else ""
    for k in group:
        if k not in ("nib", "name", "product", "submitted"):
            err.add(("group", k), "unknown_key_known", key=k, known="nib, name, product, submitted")

    m = Mapping(id=str(mid), title=str(data.get("title") or mid), file=file, recognise=list(recognise),
                group_nib=g.get("nib", ""), group_name=g.get("name", ""),
                group_product=g.get("product", ""), ignore={norm(h) for h in ignore_raw},
                columns=columns, headers=headers, group_submitted=g.get("submitted", ""))
    _booleans(m, data.get("booleans"), err)
    err.raise_if_any()
    return m


def _booleans(m: Mapping, booleans: Any, err: _Errors) -> None:
    if booleans is not None:
        if (not isinstance(booleans, dict) or set(booleans) - {"true", "false"}
                or not all(isinstance(v, list) for v in booleans.values())):
            err.add(("booleans",), "map_booleans")
        else:
            m.true_words = {norm(w) for w in booleans.get("true", [])} or m.true_words
            m.false_words = {norm(w) for w in booleans.get("false", [])} or m.false_words


def _parse_target(header: str, s: Any, where: tuple, tables: dict, err: _Errors) -> Target | None:
    if isinstance(s, str):
        s = {"field": s}
    if not isinstance(s, dict):
        err.add(where, "map_target")
        return None
    bad = False
    for k in s:
        if k not in _COLUMN_KEYS:
            err.add(where + (k,), "unknown_key_known", key=k, known=", ".join(sorted(_COLUMN_KEYS)))
            bad = True
    parsed = _parse_path(s.get("field"))
    if isinstance(parsed, Msg):
        err.add(where + ("field",), parsed.code, **parsed.args)
        return None
    level, segs = parsed
    typ = s.get("type", "text")
    if typ not in TYPES:
        err.add(where + ("type",), "map_type", type=repr(typ), types=", ".join(TYPES))
        bad = True
    item = s.get("item", "text")
    if item not in TYPES or item == "list":
        err.add(where + ("item",), "map_item", type=repr(item),
                types=", ".join(t for t in TYPES if t != "list"))
        bad = True
    sep = s.get("separator", ";")
    if not isinstance(sep, str) or not sep:
        err.add(where + ("separator",), "map_separator")
        bad = True
    values = s.get("values")
    labels = None                  # the table with its keys as written (for messages)
    if isinstance(values, str):
        if values not in tables:
            err.add(where + ("values",), "map_no_table", table=repr(values))
            bad = True
        else:
            labels = tables.get("raw:" + values)
            values = tables[values]
    elif isinstance(values, dict):
        labels = {str(k): v for k, v in values.items()}
        values = {norm(k): v for k, v in values.items()}
    elif values is not None:
        err.add(where + ("values",), "map_values")
        bad = True
    unknown = s.get("unknown", "error")
    if unknown not in UNKNOWN:
        err.add(where + ("unknown",), "map_unknown", options=", ".join(UNKNOWN), value=repr(unknown))
        bad = True
    presence = s.get("presence", False)
    if presence not in (True, False):
        err.add(where + ("presence",), "map_bool")
        bad = True
    if presence and (typ != "bool" or segs[-1].key is None):
        err.add(where + ("presence",), "map_presence")
        bad = True
    inner = [i for i, sg in enumerate(segs[:-1]) if sg.is_list]
    if inner and (inner != [len(segs) - 2] or "for_each" not in s):
        err.add(where + ("field",), "map_inner_list")
        bad = True
    if segs[-1].is_list and typ != "list":
        err.add(where + ("field",), "map_list_type")
        bad = True
    digits = s.get("digits", ())
    if isinstance(digits, int) and not isinstance(digits, bool):
        digits = (digits,)
    if not (isinstance(digits, (list, tuple)) and all(
            isinstance(d, int) and not isinstance(d, bool) and 1 <= d <= 40 for d in digits)):
        err.add(where + ("digits",), "map_digits")
        bad, digits = True, ()
    ident = typ == "identifier" or (typ == "list" and item == "identifier")
    if ident and not digits:
        err.add(where + ("digits",), "map_identifier_digits")
        bad = True
    if digits and not ident:
        err.add(where + ("digits",), "map_digits_type")
        bad = True
    setv = s.get("set") or {}
    if not isinstance(setv, dict):
        err.add(where + ("set",), "map_set")
        bad = True
        setv = {}
    if setv and not any(sg.key for sg in segs) and "for_each" not in s:
        err.add(where + ("set",), "map_set_selector")
        bad = True
    fe = None
    if "for_each" in s:
        f = s["for_each"]
        ok = isinstance(f, dict) and set(f) == {"values", "key"} and isinstance(f["key"], str)
        p = _parse_path(f.get("values")) if isinstance(f, dict) else None
        if not ok or not isinstance(p, tuple) or p[0] != level:
            err.add(where + ("for_each",), "map_for_each")
            bad = True
        else:
            if len(segs) < 2 or not segs[-2].is_list:
                err.add(where + ("field",), "map_for_each_path")
                bad = True
            fe = (p[1], f["key"])
    choices = s.get("choices")
    if choices is not None:
        if not (isinstance(choices, list) and all(isinstance(c, str) for c in choices)
                and isinstance(values, dict)):
            err.add(where + ("choices",), "map_choices")
            bad = True
        else:
            for i, c in enumerate(choices):
                if norm(c) not in values:
                    err.add(where + ("choices", i), "map_choice_unknown", choice=repr(c))
                    bad = True
            choices = tuple(choices)
    only_with = s.get("only_with")
    if only_with is not None and not isinstance(only_with, str):
        err.add(where + ("only_with",), "map_only_with", header=repr(only_with))
        bad = True
    if bad:
        return None
    return Target(column=header, path=s["field"], level=level, segments=segs, type=typ, item=item,
                  separator=sep, values=values, unknown=unknown, presence=presence,
                  set=dict(setv), for_each=fe, digits=tuple(sorted(set(digits))),
                  choices=choices, only_with=only_with, labels=labels)


def load_mapping(path: str | Path) -> Mapping:
    """Read a mapping file with the one loader (readiness.load: size, alias and depth limits,
    duplicate keys refused with both lines) and validate it."""
    return parse_mapping(load_source(Path(path), name=str(path), kind="yaml", limits=LIMITS))


_shipped_cache: list[Mapping] | None = None


def shipped_mappings() -> list[Mapping]:
    """The mappings the project ships, in file-name order."""
    global _shipped_cache
    if _shipped_cache is None:
        _shipped_cache = [load_mapping(p) for p in sorted(SHIPPED_DIR.glob("*.yaml"))]
    return _shipped_cache


def recognise(headers: list[str], extra: list[Mapping] | None = None) -> Mapping | None:
    """The shipped mapping (or one of `extra`) whose recognising headers the file has all of;
    of several, the one that reads most of the file's columns."""
    have = {norm(h) for h in headers}
    found = [m for m in shipped_mappings() + list(extra or []) if m.recognises(headers)]
    return max(found, key=lambda m: len(have & set(m.columns)), default=None)
