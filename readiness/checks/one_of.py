"""one_of: a field's value is one of a list (case-insensitive by default)."""

from __future__ import annotations

from typing import Any

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, is_empty, iter_values, norm, outcome, resolve, validate_path

KIND = "one_of"


class P(Params):
    field: str
    values: list[Any]
    casefold: bool = True

    _field = field_validator("field")(lambda cls, v: validate_path(v))

    def derive(self) -> frozenset:
        return frozenset(norm(x) for x in self.values) if self.casefold else frozenset(map(str, self.values))


def check(p: P, ctx: Context) -> Outcome:
    vals = [(path, v) for path, v in resolve(ctx, p.field) if not is_empty(v)]
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    allowed = p.derived
    for path, v in vals:
        for x in iter_values(v):
            if (norm(x) if p.casefold else str(x)) not in allowed:
                return outcome(FAIL, path, "not_allowed", field=field_name(p.field), value=str(x),
                               allowed=[str(a) for a in p.values])
    return outcome(PASS, vals[0][0])
