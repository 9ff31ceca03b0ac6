"""includes: a list holds every required item (label elements, KBLI codes of the products).

The message names each item that is missing, so the business knows exactly what to add.
"""

from __future__ import annotations

from pydantic import field_validator, model_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, iter_values, norm, outcome, resolve, validate_path

KIND = "includes"


class P(Params):
    field: str
    required: list[str] | None = None
    required_from: str | None = None

    _field = field_validator("field")(lambda cls, v: validate_path(v))

    @model_validator(mode="after")
    def _one_source(self):
        if (self.required is None) == (self.required_from is None):
            raise ValueError("give exactly one of `required` or `required_from`")
        if self.required_from:
            validate_path(self.required_from)
        return self


def check(p: P, ctx: Context) -> Outcome:
    vals = resolve(ctx, p.field)
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    have = {norm(x) for _, v in vals for x in iter_values(v)}
    if p.required is not None:
        need = list(p.required)
    else:
        need = []
        for _, v in resolve(ctx, p.required_from):
            for x in iter_values(v):
                if str(x) not in need:
                    need.append(str(x))
    lacking = [x for x in need if norm(x) not in have]
    if lacking:
        return outcome(FAIL, vals[0][0], "lacks_items", field=field_name(p.field), items=lacking)
    return outcome(PASS, vals[0][0])
