"""Declarative conditions: when a rule applies and when its severity changes.

A condition is a mapping; several keys mean all of them must hold. Compiled once when the rule
set loads into a small closure; never evaluated as an expression.

    {category: [packaged_food]}        the product's category is in the list
    {channel: [event, hotel]}          the product sells through any of these channels
    {any_product: COND}                some product satisfies COND (business rules)
    {scale: [micro, small]}            business.scale is in the list
    {field: PATH, equals: V}           also: in, contains, present, matches, at_least, at_most,
                                       below (strictly less), mentions (some value names one of
                                       the terms as whole words: "kayu cendana" mentions cendana),
                                       every_mentions (there are values and each names a term),
                                       every_in (there are values and each is in the list),
                                       before (a date strictly before an ISO date)
    Terms of `mentions` and `every_mentions` may be nested lists (two parameters at once) or
    entries `{name, aliases}` (a list of registered names).
    {value: {param: NAME}, equals: V}  a setting of the rule set (a parameter), not of the dossier:
                                       also `in`; lets a tailored standard switch a rule by a word
    {all: [...]}, {any: [...]}, {not: COND}
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Any
from collections.abc import Callable

from readiness.checks.base import (Context, as_date, is_empty, iter_values, norm, resolver,
                                   same_value, validate_path)
from readiness.words import Msg

Cond = Callable[[Context], bool]

FIELD_OPS = ("equals", "in", "contains", "present", "matches", "at_least", "at_most", "below",
             "mentions", "every_mentions", "every_in", "before")
KEYS = ("category", "channel", "any_product", "scale", "field", "value", "all", "any", "not") + FIELD_OPS


class ConditionError(ValueError):
    """A condition a rule set cannot have: `msg` says why (catalogue code and arguments)."""

    def __init__(self, code: str, path: str = "", **args: Any) -> None:
        self.msg = Msg(code, args)
        super().__init__(self.msg.text("en"))
        self.path = path


def _list(v, where) -> list:
    if isinstance(v, list) and v:
        return v
    if isinstance(v, (str, int, float, bool)):
        return [v]
    raise ConditionError("cond_list", where)


def compile_condition(spec: Any, where: str = "") -> Cond:
    if not isinstance(spec, dict) or not spec:
        raise ConditionError("cond_mapping", where)
    unknown = [k for k in spec if k not in KEYS]
    if unknown:
        hint = difflib.get_close_matches(unknown[0], KEYS, 1)
        raise ConditionError("cond_unknown_key", f"{where}.{unknown[0]}", key=unknown[0],
                             hint=Msg("did_you_mean", {"word": hint[0]}) if hint else None,
                             known=", ".join(KEYS))
    parts: list[Cond] = []
    if "category" in spec:
        # category, channels and scale are enumerations the dossier model has validated, so
        # they compare as they are (rule sets may write them in any case)
        cats = frozenset(str(c).lower() for c in _list(spec["category"], f"{where}.category"))
        parts.append(lambda c, cats=cats: c.product is not None
                     and c.root["products"][c.product].get("category") in cats)
    if "channel" in spec:
        chans = frozenset(str(c).lower() for c in _list(spec["channel"], f"{where}.channel"))
        parts.append(lambda c, chans=chans: c.product is not None and not chans.isdisjoint(
            c.root["products"][c.product].get("channels") or ()))
    if "scale" in spec:
        scales = frozenset(str(s).lower() for s in _list(spec["scale"], f"{where}.scale"))
        parts.append(lambda c, scales=scales: (c.root.get("business") or {}).get("scale") in scales)
    if "any_product" in spec:
        inner = compile_condition(spec["any_product"], f"{where}.any_product")
        parts.append(lambda c, inner=inner: any(
            inner(Context(c.root, i, c.event_start, c.event_end, c.as_of))
            for i in range(len(c.root.get("products") or []))))
    for key in ("all", "any"):
        if key in spec:
            subs = [compile_condition(s, f"{where}.{key}[{i}]")
                    for i, s in enumerate(_list(spec[key], f"{where}.{key}"))]
            parts.append(_all(subs) if key == "all" else _any(subs))
    if "not" in spec:
        inner = compile_condition(spec["not"], f"{where}.not")
        parts.append(lambda c, inner=inner: not inner(c))
    ops = [k for k in FIELD_OPS if k in spec]
    if "value" in spec:
        if "field" in spec or len(ops) != 1 or ops[0] not in ("equals", "in"):
            raise ConditionError("cond_field_op", where, ops="equals, in")
        opts = [spec["equals"]] if ops[0] == "equals" else _list(spec["in"], f"{where}.in")
        holds = any(same_value(spec["value"], o) for o in opts)
        parts.append(lambda c, holds=holds: holds)
    elif "field" in spec or ops:
        if "field" not in spec or len(ops) != 1:
            raise ConditionError("cond_field_op", where, ops=", ".join(FIELD_OPS))
        try:
            path = validate_path(str(spec["field"]))
        except ValueError as e:
            raise ConditionError("cond_path", f"{where}.field", detail=str(e)) from None
        parts.append(_field_cond(path, ops[0], spec[ops[0]], f"{where}.{ops[0]}"))
    if not parts:
        raise ConditionError("cond_empty", where)
    return _all(parts)


def product_gates(spec: Any) -> tuple[frozenset | None, frozenset | None]:
    """(categories, channels) a product needs for the condition `spec` to be possibly true,
    read from its `category`/`channel` keys and those of its top-level `all` (None: no such
    requirement). Lets the engine mark most not-applicable rules without running the
    condition; the condition decides the rest."""
    cats = chans = None
    specs = [spec]
    while specs:
        sp = specs.pop()
        if not isinstance(sp, dict):
            continue
        try:
            if "category" in sp:
                c = frozenset(str(x).lower() for x in _list(sp["category"], ""))
                cats = c if cats is None else cats & c
            if "channel" in sp and chans is None:  # any-of sets do not intersect: one is enough
                chans = frozenset(str(x).lower() for x in _list(sp["channel"], ""))
            if "all" in sp:
                specs.extend(_list(sp["all"], ""))
        except ConditionError:
            return None, None
    return cats, chans


# Conditions run about 60 times a dossier: plain `and`/`or` chains, no generators.

def _all(parts: list[Cond]) -> Cond:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        a, b = parts
        return lambda c: bool(a(c) and b(c))
    parts = tuple(parts)

    def every(c: Context) -> bool:
        for p in parts:
            if not p(c):
                return False
        return True
    return every


def _any(parts: list[Cond]) -> Cond:
    if len(parts) == 1:
        return parts[0]
    if len(parts) == 2:
        a, b = parts
        return lambda c: bool(a(c) or b(c))
    parts = tuple(parts)

    def some(c: Context) -> bool:
        for p in parts:
            if p(c):
                return True
        return False
    return some


def _same_as(o: Any) -> Callable[[Any], bool]:
    """`lambda v: same_value(v, o)`, with `o`'s side worked out once."""
    if isinstance(o, bool):
        return lambda v: v is o
    if isinstance(o, str):
        n = norm(o)
        return lambda v: not isinstance(v, bool) and norm(v) == n
    return lambda v: same_value(v, o)


def _field_cond(path: str, op: str, arg: Any, where: str) -> Cond:
    find = resolver(path)

    def values(c: Context) -> list:
        return [v for _, v in find(c)]
    if op == "present":
        want = bool(arg)
        return lambda c: (any(not is_empty(v) for v in values(c))) == want
    if op in ("equals", "in"):
        if op == "in" and arg == []:     # a list emptied by a tailored standard: never in it
            return lambda c: False
        opts = [arg] if op == "equals" else _list(arg, where)
        if all(isinstance(o, str) for o in opts):
            normed = frozenset(norm(o) for o in opts)

            def one_of(c: Context) -> bool:
                for _, v in find(c):
                    if not isinstance(v, bool) and norm(v) in normed:
                        return True
                return False
            return one_of
        tests = [_same_as(o) for o in opts]
        return lambda c: any(t(v) for v in values(c) for t in tests)
    if op == "contains":
        return lambda c: any(same_value(x, arg) for v in values(c) for x in iter_values(v))
    if op in ("mentions", "every_mentions"):
        if arg == []:       # an empty list of names (a parameter emptied): nothing mentions one
            return lambda c: False
        terms = tuple(f" {norm(t)} " for t in _terms(_list(arg, where)))
        if op == "mentions":
            return lambda c: any(t in f" {norm(x)} " for v in values(c) for x in iter_values(v)
                                 for t in terms)
        return lambda c: _every(values(c), lambda x: any(t in f" {norm(x)} " for t in terms))
    if op == "every_in":
        allowed = frozenset(norm(o) for o in _list(arg, where))
        return lambda c: _every(values(c), lambda x: norm(x) in allowed)
    if op == "before":
        day = _date(arg, where)
        return lambda c: any(as_date(v) is not None and as_date(v) < day for v in values(c))
    if op == "matches":
        try:
            rx = re.compile(str(arg), re.IGNORECASE)
        except re.error as e:
            raise ConditionError("cond_regex", where, detail=str(e)) from None
        return lambda c: any(rx.search(str(x)) for v in values(c) for x in iter_values(v))
    if not isinstance(arg, (int, float)) or isinstance(arg, bool):
        raise ConditionError("cond_number", where)
    if op == "at_least":
        return lambda c: any(_num(v) is not None and _num(v) >= arg for v in values(c))
    if op == "below":
        return lambda c: any(_num(v) is not None and _num(v) < arg for v in values(c))
    return lambda c: any(_num(v) is not None and _num(v) <= arg for v in values(c))


def _terms(items) -> list[str]:
    """The words of a `mentions` list: nested lists flattened, `{name, aliases}` entries read as
    their name and aliases."""
    out: list[str] = []
    for x in items:
        if isinstance(x, list):
            out += _terms(x)
        elif isinstance(x, dict):
            out += [str(n) for n in [x.get("name"), *(x.get("aliases") or [])] if n]
        elif x is not None:
            out.append(str(x))
    return out


def _every(values: list, test) -> bool:
    """Some value is there and every one (list items one by one) passes `test`."""
    items = [x for v in values for x in iter_values(v) if not is_empty(x)]
    return bool(items) and all(test(x) for x in items)


def _date(arg: Any, where: str) -> dt.date:
    d = as_date(arg)
    if d is None:
        raise ConditionError("cond_date", where)
    return d


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None

