"""Declarative conditions: when a rule applies and when its severity changes.

A condition is a mapping; several keys mean all of them must hold. Compiled once when the rule
set loads into a small closure; never evaluated as an expression.

    {category: [packaged_food]}        the product's category is in the list
    {channel: [event, hotel]}          the product sells through any of these channels
    {any_product: COND}                some product satisfies COND (business rules)
    {scale: [micro, small]}            business.scale is in the list
    {field: PATH, equals: V}           also: in, contains, present, matches, at_least, at_most
    {all: [...]}, {any: [...]}, {not: COND}
"""

from __future__ import annotations

import re
from typing import Any, Callable

from readiness.checks.base import Context, is_empty, iter_values, resolve, same_value, validate_path

Cond = Callable[[Context], bool]

FIELD_OPS = ("equals", "in", "contains", "present", "matches", "at_least", "at_most")
KEYS = ("category", "channel", "any_product", "scale", "field", "all", "any", "not") + FIELD_OPS


class ConditionError(ValueError):
    def __init__(self, message: str, path: str = "") -> None:
        super().__init__(message)
        self.path = path


def _list(v, where) -> list:
    if isinstance(v, list) and v:
        return v
    if isinstance(v, (str, int, float, bool)):
        return [v]
    raise ConditionError("expected a non-empty list", where)


def compile_condition(spec: Any, where: str = "") -> Cond:
    if not isinstance(spec, dict) or not spec:
        raise ConditionError("expected a mapping such as {category: [packaged_food]}", where)
    unknown = [k for k in spec if k not in KEYS]
    if unknown:
        import difflib

        hint = difflib.get_close_matches(unknown[0], KEYS, 1)
        raise ConditionError(
            f"unknown condition key '{unknown[0]}'" + (f" (did you mean '{hint[0]}'?)" if hint else "")
            + f"; expected one of {', '.join(KEYS)}", f"{where}.{unknown[0]}")
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
            parts.append((lambda c, subs=subs: all(s(c) for s in subs)) if key == "all"
                         else (lambda c, subs=subs: any(s(c) for s in subs)))
    if "not" in spec:
        inner = compile_condition(spec["not"], f"{where}.not")
        parts.append(lambda c, inner=inner: not inner(c))
    ops = [k for k in FIELD_OPS if k in spec]
    if "field" in spec or ops:
        if "field" not in spec or len(ops) != 1:
            raise ConditionError("a field condition needs `field` and exactly one of "
                                 + ", ".join(FIELD_OPS), where)
        try:
            path = validate_path(str(spec["field"]))
        except ValueError as e:
            raise ConditionError(str(e), f"{where}.field") from None
        parts.append(_field_cond(path, ops[0], spec[ops[0]], f"{where}.{ops[0]}"))
    if not parts:
        raise ConditionError("empty condition", where)
    if len(parts) == 1:
        return parts[0]
    return lambda c, parts=parts: all(p(c) for p in parts)


def _field_cond(path: str, op: str, arg: Any, where: str) -> Cond:
    def values(c: Context) -> list:
        return [v for _, v in resolve(c, path)]

    if op == "present":
        want = bool(arg)
        return lambda c: (any(not is_empty(v) for v in values(c))) == want
    if op == "equals":
        return lambda c: any(same_value(v, arg) for v in values(c))
    if op == "in":
        opts = _list(arg, where)
        return lambda c: any(same_value(v, o) for v in values(c) for o in opts)
    if op == "contains":
        return lambda c: any(same_value(x, arg) for v in values(c) for x in iter_values(v))
    if op == "matches":
        try:
            rx = re.compile(str(arg), re.IGNORECASE)
        except re.error as e:
            raise ConditionError(f"not a valid regular expression: {e}", where) from None
        return lambda c: any(rx.search(str(x)) for v in values(c) for x in iter_values(v))
    if not isinstance(arg, (int, float)) or isinstance(arg, bool):
        raise ConditionError("expected a number", where)
    if op == "at_least":
        return lambda c: any(_num(v) is not None and _num(v) >= arg for v in values(c))
    return lambda c: any(_num(v) is not None and _num(v) <= arg for v in values(c))


def _num(v):
    return v if isinstance(v, (int, float)) and not isinstance(v, bool) else None

