"""The two path notations of readiness, written and read in one place.

- JSON paths locate a value in an input file for the user: `$.products[0].permits[1].number`
  (`json_path`, `parse_json_path`, `concrete_to_json`, `split_concrete`). Every error and
  every finding names its place this way.
- Field references are what a rule set writes to name dossier fields: dotted, from the
  dossier root, `product.` meaning the product being checked, `[]` collecting over a list,
  `[key=value]` selecting list items, `[2]` indexing (`segments`, `validate_field_path`,
  `field_name`, `anchor`). docs/design.md, "Field references".

No dependencies: checks, conditions, the engine, the loaders and the batch all use it.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from collections.abc import Sequence

# --- JSON paths ---------------------------------------------------------------------------------

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


def json_path(path: Sequence[str | int]) -> str:
    """["products", 0, "permits"] -> "$.products[0].permits"; keys that are not identifiers
    are quoted: ["columns", "Harga (Rp)"] -> '$.columns["Harga (Rp)"]'."""
    out = ["$"]
    for p in path:
        if isinstance(p, int) and not isinstance(p, bool):
            out.append(f"[{p}]")
        elif isinstance(p, str) and _IDENT.match(p):
            out.append(f".{p}")
        else:
            out.append("[" + json.dumps(str(p), ensure_ascii=False) + "]")
    return "".join(out)


_PATH_TOKEN = re.compile(
    r"""\.(?P<name>[A-Za-z_][A-Za-z0-9_-]*)|\[(?P<index>-?\d+)\]|\[(?P<quoted>"(?:[^"\\]|\\.)*")\]"""
)


def parse_json_path(text: str | Sequence[str | int]) -> list[str | int]:
    """"$.products[0].x" -> ["products", 0, "x"]; the leading "$" is optional. Lists pass
    through. Raises ValueError on malformed paths (a programming error, not user input)."""
    if not isinstance(text, str):
        return list(text)
    s = text.strip()
    if s.startswith("$"):
        s = s[1:]
    elif s and not s.startswith((".", "[")):
        s = "." + s
    out: list[str | int] = []
    pos = 0
    while pos < len(s):
        m = _PATH_TOKEN.match(s, pos)
        if not m:
            raise ValueError(f"malformed path {text!r} at {pos}")
        if m.group("name") is not None:
            out.append(m.group("name"))
        elif m.group("index") is not None:
            out.append(int(m.group("index")))
        else:
            out.append(json.loads(m.group("quoted")))
        pos = m.end()
    return out


def concrete_to_json(path: str | None) -> str | None:
    """A concrete dossier path as check kinds give it ("products[0].permits[1].number") as
    the JSON path findings carry ("$.products[0].permits[1].number")."""
    return None if path is None else "$." + path


@lru_cache(maxsize=4096)
def split_concrete(path: str) -> tuple:
    """"products[0].permits[1].number" -> ("products", 0, "permits", 1, "number")."""
    out: list = []
    for part in path.split("."):
        name, *idx = part.replace("]", "").split("[")
        out.append(name)
        out.extend(int(i) for i in idx if i.isdigit())
    return tuple(out)


# --- field references ------------------------------------------------------------------------

_SEG = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[[^\]]*\])*)")
_BRACKET = re.compile(r"\[([^\]]*)\]")
_SELECTOR = re.compile(r"\[[A-Za-z_]+=[^\]]*\]")
ROOTS = ("business", "product", "products")


@lru_cache(maxsize=2048)
def segments(path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """"product.permits[type=pirt].number" -> (("product", ()), ("permits", ("type=pirt",)),
    ("number", ())). ValueError when a segment is not a name with brackets."""
    out = []
    for part in path.split("."):
        m = _SEG.fullmatch(part)
        if not m:
            raise ValueError(f"bad field path {path!r}")
        out.append((m.group(1), tuple(_BRACKET.findall(m.group(2)))))
    return tuple(out)


def validate_field_path(path: str) -> str:
    """Raise ValueError unless `path` is a field reference the checks can resolve."""
    segs = segments(path)
    if segs[0][0] not in ROOTS:
        raise ValueError(f"field path must start with business., product. or products[]: {path!r}")
    for _, brackets in segs:
        for b in brackets:
            if not (b == "" or b.isdigit() or re.fullmatch(r"[A-Za-z_]+=[^\]=]*", b)):
                raise ValueError(f"bad selector [{b}] in {path!r}")
    return path


def field_name(path: str) -> str:
    """A field reference as the catalogue's field labels know it:
    `product.permits[type=pirt].number` -> `permits.number`, `business.nib` stays."""
    p = re.sub(r"\[[^\]]*\]", "", path)
    for pre in ("product.", "products.", "business."):
        if p.startswith(pre):
            return p if pre == "business." else p[len(pre):]
    return p


def anchor(path: str, product: int | None) -> str:
    """The concrete path where an absent field would be (to locate a `missing` finding):
    selectors and `[]` dropped, `product.` made `products[i].`."""
    p = _SELECTOR.sub("", path.replace("[]", ""))
    if p.startswith("product.") and product is not None:
        p = f"products[{product}]" + p[len("product"):]
    elif p.startswith("product"):
        p = "business"
    return p
