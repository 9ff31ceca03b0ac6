"""manual: a requirement only an officer can judge (an inspection of the booth or samples, a
point of law not yet confirmed). It stays `manual` until a verdict is recorded in the decisions
file.

`instructions` is the officer's question ({id, en}); it may name dossier values of the subject
as `{product.FIELD}` / `{business.FIELD}` and offices as `{office}` / `{office:KIND}`.
`sources` lists what to consult (a regulation, a register, a web address; text or {id, en}).
The finding carries both (its `question`); the owner reads that an officer will decide.
"""

from __future__ import annotations

from pydantic import field_validator

from .base import MANUAL, Context, Outcome, Params, fill_text, outcome, placeholder_fields, validate_path

KIND = "manual"


class P(Params):
    instructions: dict[str, str] = {}
    sources: list[str | dict[str, str]] = []

    @field_validator("instructions")
    @classmethod
    def _fields_known(cls, v: dict[str, str]) -> dict[str, str]:
        for text in v.values():
            for ref in placeholder_fields(text):
                validate_path(ref)
        return v

    def derive(self) -> bool:
        # whether the question names dossier values (filled per subject)
        return any(placeholder_fields(x) for x in self.instructions.values())


def check(p: P, ctx: Context) -> Outcome:
    path = f"products[{ctx.product}]" if ctx.product is not None else "business"
    question = fill_text(p.instructions, ctx) if p.derived else p.instructions
    return outcome(MANUAL, path, "needs_officer", instructions=question, sources=tuple(
        s if isinstance(s, str) else dict(s) for s in p.sources))
