"""licensed_marks: every event mark on a product has a licence for it, valid through the event."""

from __future__ import annotations

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, as_date, norm, outcome, resolve, validate_path

KIND = "licensed_marks"


class P(Params):
    marks: str
    licences: str

    _m = field_validator("marks", "licences")(lambda cls, v: validate_path(v))


def check(p: P, ctx: Context) -> Outcome:
    marks = resolve(ctx, p.marks)
    if not marks or not marks[0][1]:
        return outcome(PASS, marks[0][0] if marks else None)
    mpath, mv = marks[0]
    lic = resolve(ctx, p.licences)
    licences = lic[0][1] if lic and isinstance(lic[0][1], list) else []
    lpath = lic[0][0] if lic else mpath.rsplit(".", 1)[0] + ".licences"
    for i, mark in enumerate(mv if isinstance(mv, list) else [mv]):
        held = [(j, x) for j, x in enumerate(licences)
                if isinstance(x, dict) and norm(x.get("mark")) == norm(mark)]
        if not held:
            return outcome(FAIL, f"{mpath}[{i}]", "unlicensed_mark", mark=str(mark))
        ok = False
        last = None
        for j, x in held:
            exp = as_date(x.get("expires"))
            if exp is None:
                last = outcome(MISSING, f"{lpath}[{j}].expires", "no_expiry", type=str(mark))
            elif exp < ctx.event_end:
                last = outcome(FAIL, f"{lpath}[{j}].expires", "expires_before_event", type=str(mark),
                               expires=exp.isoformat(), event_end=ctx.event_end.isoformat())
            else:
                ok = True
                break
        if not ok:
            return last
    return outcome(PASS, mpath)
