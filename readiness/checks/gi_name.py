"""gi_name: a product named after a registered geographical indication comes from a member of
its MPIG (the name's producer community); a name whose registration is not confirmed is for an
officer to judge.

`names` lists `{name, aliases, confirmed}`; the first entry the product's name mentions (whole
words, case-insensitive) decides: confirmed -> `member_field` must be true (fail otherwise);
unconfirmed -> manual, with the officer's question naming it. No entry mentioned: pass.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, field_validator

from readiness.words import t

from .base import FAIL, MANUAL, PASS, Context, Outcome, Params, anchor_path, first, norm, outcome, validate_path

KIND = "gi_name"


class Name(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str
    aliases: list[str] = []
    confirmed: bool = False


class P(Params):
    names: list[Name]
    name_field: str = "product.name"
    member_field: str = "product.gi_member"

    _fields = field_validator("name_field", "member_field")(lambda cls, v: validate_path(v))

    def derive(self) -> tuple:
        return tuple((n, tuple(f" {norm(w)} " for w in [n.name, *n.aliases])) for n in self.names)


def check(p: P, ctx: Context) -> Outcome:
    path, name = first(ctx, p.name_field)
    text = f" {norm(name or '')} "
    entry = next((n for n, words in p.derived if any(w in text for w in words)), None)
    if entry is None:
        return outcome(PASS, path)
    if not entry.confirmed:
        return outcome(MANUAL, path, "needs_officer",
                       instructions={lang: t("msg.gi_question", lang, name=entry.name) for lang in ("id", "en")})
    mpath, member = first(ctx, p.member_field)
    if member is True:
        return outcome(PASS, mpath)
    return outcome(FAIL, mpath if member is not None else anchor_path(ctx, p.member_field),
                   "gi_not_member", name=entry.name)
