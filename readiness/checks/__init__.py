"""The check kinds: a small vocabulary of generic, parameterised, pure functions.

Registered explicitly (no import-time magic): KINDS maps a kind name to its parameter model
and its function. Rule sets name a kind and give parameters; unknown kinds and bad parameters
are rejected when the rule set loads.
"""

from __future__ import annotations

from typing import NamedTuple
from collections.abc import Callable

from . import (at_least, document, equals, gi_name, includes, licensed_marks, manual, none_of, one_of,
               pattern, pirt, present, recent_entries, sum_equals)
from .base import Context, Outcome, Params


class Kind(NamedTuple):
    params: type[Params]
    check: Callable[[Params, Context], Outcome]
    doc: str


def _k(module) -> Kind:
    # the first paragraph of the module's docstring says what the kind checks
    return Kind(module.P, module.check, " ".join((module.__doc__ or "").strip().split("\n\n")[0].split()))


KINDS: dict[str, Kind] = {
    present.KIND: _k(present),
    pattern.KIND: _k(pattern),
    one_of.KIND: _k(one_of),
    none_of.KIND: _k(none_of),
    equals.KIND: _k(equals),
    at_least.KIND: _k(at_least),
    includes.KIND: _k(includes),
    sum_equals.KIND: _k(sum_equals),
    document.KIND: _k(document),
    recent_entries.KIND: _k(recent_entries),
    licensed_marks.KIND: _k(licensed_marks),
    gi_name.KIND: _k(gi_name),
    "pirt_number": Kind(pirt.NumberParams, pirt.check_number, "P-IRT number well formed"),
    "pirt_expiry": Kind(pirt.ExpiryParams, pirt.check_expiry, "P-IRT valid through the event"),
    manual.KIND: _k(manual),
}


def kinds_table() -> str:
    """The table of check kinds in docs/design.md (scripts/gen_docs.py writes it there; a test
    fails when it drifts): each kind, its parameters (defaults), what it checks."""
    rows = ["| kind | params | what it checks |", "|---|---|---|"]
    for name, kind in KINDS.items():
        params = []
        for field, info in kind.params.model_fields.items():
            params.append(f"`{field}`" if info.is_required() else f"`{field}: {info.default!r}`")
        doc = kind.doc.split(":", 1)[-1].strip() if kind.doc.startswith(name) else kind.doc
        rows.append(f"| `{name}` | {', '.join(params)} | {doc} |")
    return "\n".join(rows) + "\n"
