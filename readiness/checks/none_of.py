"""none_of: no value of a field (text or list) is, or contains, a forbidden term."""

from __future__ import annotations

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, iter_values, norm, outcome, resolve, validate_path

KIND = "none_of"


class P(Params):
    field: str
    values: list[str]
    substring: bool = True  # "black coral beads" contains "black coral"

    _field = field_validator("field")(lambda cls, v: validate_path(v))

    def derive(self) -> tuple[str, ...]:
        return tuple(norm(t) for t in self.values)


def check(p: P, ctx: Context) -> Outcome:
    vals = resolve(ctx, p.field)
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    terms = p.derived
    for path, v in vals:
        for x in iter_values(v):
            nx = norm(x)
            hit = next((t for t in terms if (f" {t} " in f" {nx} " if p.substring else nx == t)), None)
            if hit is not None:
                return outcome(FAIL, path, "forbidden", field=field_name(p.field), value=str(x))
    return outcome(PASS, vals[0][0])
