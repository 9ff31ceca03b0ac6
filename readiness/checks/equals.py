"""equals: a field has one given value (true for a declaration, `ambient` for storage, ...)."""

from __future__ import annotations

from typing import Any

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, outcome, resolve, same_value, validate_path

KIND = "equals"


class P(Params):
    field: str
    value: Any

    _field = field_validator("field")(lambda cls, v: validate_path(v))


def check(p: P, ctx: Context) -> Outcome:
    vals = resolve(ctx, p.field)
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    for path, v in vals:
        if not same_value(v, p.value):
            return outcome(FAIL, path, "not_equal", field=field_name(p.field), value=v, expected=p.value)
    return outcome(PASS, vals[0][0])
