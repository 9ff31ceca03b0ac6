"""What every check kind shares: the outcome it yields, the message it carries, and how it
reads fields of the dossier.

A check kind never knows the rule id, severity, weight or language: the engine adds those
(yamllint's split between a rule's verdict and the linter's bookkeeping).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from collections.abc import Iterator

from pydantic import BaseModel, ConfigDict, PrivateAttr

from readiness import fieldpaths
from readiness.vocab import NOT_HELD, Status
from readiness.words import Msg, value_label

PASS, FAIL, MISSING, MANUAL = Status.PASS, Status.FAIL, Status.MISSING, Status.MANUAL
__all__ = ["PASS", "FAIL", "MISSING", "MANUAL", "Msg", "Outcome", "outcome", "Context", "Params"]


@dataclass(slots=True)
class Outcome:
    status: Status  # pass | fail | missing | manual
    path: str | None = None  # e.g. "products[0].permits[1].number"
    messages: tuple[Msg, ...] = ()


def outcome(status: str, path: str | None = None, code: str | None = None, **args) -> Outcome:
    return Outcome(status, path, (Msg(code, args),) if code else ())


@dataclass(slots=True)
class Context:
    """Everything a check may read: the whole dossier, which product is the subject (None for
    the business), the event dates and the evaluation date."""

    root: dict
    product: int | None
    event_start: dt.date
    event_end: dt.date
    as_of: dt.date


class Params(BaseModel):
    """Base of every kind's parameter model: unknown parameters are an error at load time."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    _derived: Any = PrivateAttr(default=None)

    def model_post_init(self, _context: Any) -> None:
        self._derived = self.derive()

    def derive(self) -> Any:
        """What the kind derives from its parameters, such as a compiled pattern or a set of
        normalised values: made once, when the rule set loads, not at every check."""
        return None

    @property
    def derived(self) -> Any:
        return self._derived


# --- field paths -------------------------------------------------------------------------------

_MISSING = object()
def validate_path(path: str) -> str:
    """Raise ValueError unless `path` is a field reference this module can resolve."""
    return fieldpaths.validate_field_path(path)


def resolve(ctx: Context, path: str) -> list[tuple[str, Any]]:
    """All (concrete path, value) pairs a field reference reaches.

    `product.` is the product being checked; `[]` collects over a list; `[type=pirt]` keeps the
    list items whose `type` equals `pirt`; `[2]` indexes. Absent or null values are left out,
    so an empty answer means the field is absent.
    """
    fn = _RESOLVERS.get(path)
    if fn is None:
        fn = _compile_path(path)
    return fn(ctx)


def resolver(path: str):
    """`resolve` for one path, as a function of the context (for code that runs it often)."""
    return _RESOLVERS.get(path) or _compile_path(path)


# A rule set names a few hundred paths and checks read them about 60 times a dossier: each
# path is turned once into a small function. Paths without selectors (most of them) walk the
# dicts directly; the rest take the general walk below.
_RESOLVERS: dict[str, Any] = {}
_PRODUCT_PREFIX = tuple(f"products[{i}]" for i in range(512))


def _dig(v: Any, names: tuple[str, ...]) -> Any:
    """The value under the keys `names` from `v`, or None where a step is absent or not a dict."""
    for n in names:
        if not isinstance(v, dict):
            return None
        v = v.get(n)
        if v is None:
            return None
    return v


def _compile_path(path: str):
    segs = fieldpaths.segments(path)
    if any(br for _, br in segs) or len(_RESOLVERS) > 4096:
        fn = lambda ctx: _resolve_general(ctx, path)  # noqa: E731
    elif segs[0][0] == "product":
        names = tuple(n for n, _ in segs[1:])
        suffix = "".join("." + n for n in names)

        def fn(ctx):
            i = ctx.product
            if i is None:
                return []
            v = _dig(ctx.root.get("products", [])[i], names)
            if v is None and names:
                return []
            return [((_PRODUCT_PREFIX[i] if i < 512 else f"products[{i}]") + suffix, v)]
    else:
        names = tuple(n for n, _ in segs)

        def fn(ctx):
            v = _dig(ctx.root, names)
            return [] if v is None else [(path, v)]
    if len(_RESOLVERS) <= 4096:
        _RESOLVERS[path] = fn
    return fn


def _resolve_general(ctx: Context, path: str) -> list[tuple[str, Any]]:
    segs = fieldpaths.segments(path)
    head = segs[0][0]
    if head == "product":
        if ctx.product is None:
            return []
        items = [(f"products[{ctx.product}]", ctx.root.get("products", [])[ctx.product])]
        rest = segs[1:]
    else:
        items = [("", ctx.root)]
        rest = segs
    for name, brackets in rest:
        nxt = []
        for p, v in items:
            if not isinstance(v, dict):
                continue
            val = v.get(name)
            if val is None:
                continue
            cur = [(f"{p}.{name}" if p else name, val)]
            for b in brackets:
                cur2 = []
                for cp, cv in cur:
                    if not isinstance(cv, list):
                        continue
                    if b == "":   # an entry she said she does not hold is not the permit
                        cur2.extend((f"{cp}[{i}]", x) for i, x in enumerate(cv)
                                    if x is not None and not _not_held(x))
                    elif b.isdigit():
                        i = int(b)
                        if i < len(cv) and cv[i] is not None:
                            cur2.append((f"{cp}[{i}]", cv[i]))
                    else:
                        k, want = b.split("=", 1)
                        cur2.extend(
                            (f"{cp}[{i}]", x)
                            for i, x in enumerate(cv)
                            if isinstance(x, dict) and str(x.get(k)) == want and not _not_held(x)
                        )
                cur = cur2
            nxt.extend(cur)
        items = nxt
    return items


def _not_held(x: Any) -> bool:
    """A list item she answered "in process", "rejected" or "Belum punya" for: walks over
    lists (`[]`, `[type=pirt]`) look past it, so a rule that asks for a held permit does not
    see it (only the `document` kind reads it, to say why)."""
    return type(x) is dict and x.get("status") in NOT_HELD


# why an entry of the types asked for does not count, most hopeful first
_NOT_HELD_CODES = (("pending", "entry_pending"), ("rejected", "entry_rejected"), ("none", "entry_none"))


def not_held_outcome(entries: list[tuple[str, dict]]) -> Outcome:
    """FAIL for entries that are not held (path, entry), in the words of the most hopeful of
    them: in process, then rejected, then "Belum punya"."""
    for status, code in _NOT_HELD_CODES:
        for path, e in entries:
            if e.get("status") == status:
                return outcome(FAIL, path, code, type=str(e.get("type")))
    path, e = entries[0]
    return outcome(FAIL, path, "entry_none", type=str(e.get("type")))


def unheld_entries(ctx: Context, path: str) -> list[tuple[str, dict]]:
    """The entries a walk over `path` (`product.permits[type=pirt]`) looked past because she
    does not hold them: the same walk with those entries kept."""
    m = _SELECTOR_TAIL.match(path)
    if not m:
        return []
    base, key, want = m[1], m[2], m[3]
    out = []
    for lpath, lv in resolve(ctx, base):
        for i, x in enumerate(lv if isinstance(lv, list) else []):
            if _not_held(x) and str(x.get(key)) == want:
                out.append((f"{lpath}[{i}]", x))
    return out


_SELECTOR_TAIL = re.compile(r"^(.*)\[([a-z_]+)=([^\]]*)\]$")


def first(ctx: Context, path: str) -> tuple[str, Any]:
    """The first value at `path` and its concrete path; value is None when absent."""
    found = resolve(ctx, path)
    if found:
        return found[0]
    return (anchor_path(ctx, path), None)


def anchor_path(ctx: Context, path: str) -> str:
    """The concrete path where an absent field would be (for locating a `missing` finding)."""
    return fieldpaths.anchor(path, ctx.product)


def is_empty(v: Any) -> bool:
    return v is None or (isinstance(v, (str, list, dict)) and len(v) == 0) or (
        isinstance(v, str) and not v.strip()
    )


def as_date(v: Any) -> dt.date | None:
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v[:10])
        except ValueError:
            return None
    return None


def add_years(d: dt.date, years: int) -> dt.date:
    """`d` moved by `years`; past the calendar's ends (a permit dated 9999-12-31), its last
    or first day."""
    year = d.year + years
    if year > dt.MAXYEAR:
        return dt.date.max
    if year < dt.MINYEAR:
        return dt.date.min
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return d.replace(year=year, day=28)


def norm(v: Any) -> str:
    """Case- and separator-insensitive form used when comparing free text to a list."""
    if type(v) is not str:
        v = str(v)
    if len(v) > 64:  # remember only short texts: a batch's memory must not grow with its inputs
        return _normalise(v)
    return _norm_short(v)


def _normalise(v: str) -> str:
    return " ".join(v.casefold().replace("_", " ").replace("-", " ").split())


_norm_short = lru_cache(maxsize=4096)(_normalise)


def same_value(a: Any, b: Any) -> bool:
    """Equality as rules mean it: booleans exactly, text case- and separator-insensitively."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, str) or isinstance(b, str):
        return norm(a) == norm(b)
    return a == b


field_name = fieldpaths.field_name


# `{product.materials}`, `{business.kbli}`: a dossier value in an officer's question
FIELD_PLACEHOLDER = re.compile(r"\{((?:product|business)\.[A-Za-z_][\w.\[\]=]*)\}")


def placeholder_fields(text: Any) -> list[str]:
    """The field references a question's placeholders name."""
    return FIELD_PLACEHOLDER.findall(text) if isinstance(text, str) and "{" in text else []


def fill_fields(text: str, ctx: Context, lang: str = "id") -> str:
    """`text` with each `{product.x}` / `{business.x}` replaced by the subject's values in
    words (a list joined with commas; "-" when the dossier has none)."""
    if "{" not in text:
        return text

    def value(m: re.Match) -> str:
        found = [v for _, v in resolve(ctx, m.group(1)) if not is_empty(v)]
        vals = [x for v in found for x in iter_values(v)]
        return ", ".join(value_label(x, lang) for x in vals if not isinstance(x, (dict, list))) or "-"

    return FIELD_PLACEHOLDER.sub(value, text)


def fill_text(text: dict | None, ctx: Context) -> dict:
    """A text given in both languages ({id, en}) with its field placeholders filled in."""
    return {k: fill_fields(v, ctx, k) if isinstance(v, str) else v for k, v in (text or {}).items()}


def iter_values(v: Any) -> Iterator[Any]:
    if isinstance(v, list):
        yield from v
    else:
        yield v
