"""manual: a requirement only an officer can judge (an inspection of the booth or samples).
It stays `manual` until a verdict is recorded in the decisions file."""

from __future__ import annotations

from .base import MANUAL, Context, Outcome, Params, outcome

KIND = "manual"


class P(Params):
    instructions: dict[str, str] = {}


def check(p: P, ctx: Context) -> Outcome:
    path = f"products[{ctx.product}]" if ctx.product is not None else "business"
    return outcome(MANUAL, path, "needs_officer", instructions=p.instructions)
