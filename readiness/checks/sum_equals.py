"""sum_equals: numbers collected over a list add up to a total (fibre percentages = 100)."""

from __future__ import annotations

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, outcome, resolve, validate_path

KIND = "sum_equals"


class P(Params):
    field: str
    total: float
    tolerance: float = 0.5

    _field = field_validator("field")(lambda cls, v: validate_path(v))


def check(p: P, ctx: Context) -> Outcome:
    vals = resolve(ctx, p.field)
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    nums = [v for _, v in vals if isinstance(v, (int, float)) and not isinstance(v, bool)]
    if len(nums) != len(vals):
        return outcome(FAIL, vals[0][0], "not_a_number", field=field_name(p.field),
                       value=str(next(v for _, v in vals if v not in nums)))
    s = sum(nums)
    if abs(s - p.total) > p.tolerance:
        return outcome(FAIL, vals[0][0].rsplit("[", 1)[0], "bad_sum", field=field_name(p.field),
                       value=round(s, 2), total=p.total)
    return outcome(PASS, vals[0][0].rsplit("[", 1)[0])
