"""at_least: a numeric field is at least a bound (capacity, shelf life, text size, price)."""

from __future__ import annotations

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, outcome, resolve, validate_path

KIND = "at_least"


class P(Params):
    field: str
    min: float
    exclusive: bool = False  # true: strictly greater (price > 0)

    _field = field_validator("field")(lambda cls, v: validate_path(v))


def check(p: P, ctx: Context) -> Outcome:
    vals = resolve(ctx, p.field)
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    bound = int(p.min) if float(p.min).is_integer() else p.min
    for path, v in vals:
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            return outcome(FAIL, path, "not_a_number", field=field_name(p.field), value=str(v))
        if v < p.min or (p.exclusive and v == p.min):
            code = "above_needed" if p.exclusive else "below_min"
            return outcome(FAIL, path, code, field=field_name(p.field), value=v, min=bound)
    return outcome(PASS, vals[0][0])
