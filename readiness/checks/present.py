"""present: every listed field is given and not empty."""

from __future__ import annotations

from pydantic import field_validator

from .base import MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, is_empty, outcome, resolve, validate_path

KIND = "present"


class P(Params):
    fields: list[str]

    @field_validator("fields")
    @classmethod
    def _paths(cls, v):
        if not v:
            raise ValueError("at least one field")
        return [validate_path(p) for p in v]


def check(p: P, ctx: Context) -> Outcome:
    absent = []
    for f in p.fields:
        vals = resolve(ctx, f)
        if not vals or all(is_empty(v) for _, v in vals):
            absent.append(f)
    if absent:
        return outcome(MISSING, anchor_path(ctx, absent[0]), "absent",
                       fields=[field_name(f) for f in absent])
    return outcome(PASS, resolve(ctx, p.fields[0])[0][0])
