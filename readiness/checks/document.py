"""document: a permit or document of some type exists and, as asked, has a well-formed number,
carries the fields named in `required_fields` (e.g. `expires`), and is valid through the event
(its `expires`, else `issued` + the type's validity in years).

List absent: missing. List present without a matching entry: fail. Several matching entries:
the first that satisfies everything passes; otherwise the most informative problem is shown.

An entry the owner does not hold (`status: pending | rejected | none`, readiness.vocab) is not
the permit: without a held one the check fails and says why ("sedang diurus", "ditolak",
"belum punya"), never "missing data". A list of answers (some entry carries a `status`) that
has no entry of the types at all was not answered for them: missing.
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import field_validator

from readiness.vocab import NOT_HELD

from .holder import holder_problem
from .base import (FAIL, MISSING, PASS, Context, Outcome, Params, add_years, anchor_path, as_date,
                   field_name, is_empty, norm, not_held_outcome, outcome, resolve, validate_path)

KIND = "document"


class P(Params):
    list: str
    types: list[str]
    where: dict[str, Any] = {}
    number_pattern: str | None = None
    number_strip: str = ""
    valid_through_event: bool = False
    validity_years: dict[str, int] = {}
    required_fields: list[str] = []
    # C21: count only entries issued to the business ("business": its NIB and its or its
    # owner's name) or held by its owner ("owner"); "" reads no holder
    holder: Literal["", "business", "owner"] = ""

    _list = field_validator("list")(lambda cls, v: validate_path(v))

    @field_validator("number_pattern")
    @classmethod
    def _compiles(cls, v):
        if v is not None:
            try:
                re.compile(v)
            except re.error as e:
                raise ValueError(f"not a valid regular expression: {e}") from None
        return v

    def derive(self) -> tuple[frozenset, re.Pattern | None, dict]:
        return (frozenset(self.types), re.compile(self.number_pattern) if self.number_pattern else None,
                str.maketrans("", "", self.number_strip))


def expiry_of(entry: dict, validity_years: dict[str, int]):
    exp = as_date(entry.get("expires"))
    if exp:
        return exp
    issued = as_date(entry.get("issued"))
    years = validity_years.get(str(entry.get("type")))
    if issued and years:
        return add_years(issued, years)
    return None




def check(p: P, ctx: Context) -> Outcome:
    lists = resolve(ctx, p.list)
    if not lists:
        return outcome(MISSING, anchor_path(ctx, p.list), "absent", fields=[field_name(p.list)])
    types, rx, table = p.derived
    candidates = []
    undecided = None  # an entry of the right type that lacks a `where` field
    unheld: list[tuple[str, dict]] = []   # entries of the right type she does not hold
    answers = False                       # some entry says its status: a list of answers
    for lpath, lv in lists:
        items = lv if isinstance(lv, list) else [lv]
        for i, e in enumerate(items):
            if not isinstance(e, dict):
                continue
            answers = answers or e.get("status") is not None
            if str(e.get("type")) not in types:
                continue
            epath = f"{lpath}[{i}]" if isinstance(lv, list) else lpath
            if e.get("status") in NOT_HELD:
                unheld.append((epath, e))
                continue
            absent = [k for k in p.where if e.get(k) is None]
            if absent:
                undecided = undecided or outcome(MISSING, f"{epath}.{absent[0]}", "absent",
                                                 fields=[f"permits.{absent[0]}"])
                continue
            if any(norm(e.get(k)) != norm(v) for k, v in p.where.items()):
                continue
            candidates.append((epath, e))
    if not candidates:
        if undecided is not None:
            return undecided
        if unheld:
            return not_held_outcome(unheld)
        if answers:
            return outcome(MISSING, lists[0][0], "not_answered", types=sorted(types))
        return outcome(FAIL, lists[0][0], "no_document", types=sorted(types), where=p.where)
    problems: list[Outcome] = []
    for path, e in candidates:
        if p.holder:
            wrong = holder_problem(e, path, ctx.root, p.holder)
            if wrong is not None:
                problems.append(wrong)
                continue
        if rx is not None:
            num = e.get("number")
            if is_empty(num):
                problems.append(outcome(MISSING, f"{path}.number", "absent", fields=["number"]))
                continue
            text = str(num).strip().translate(table)
            if not rx.search(text):
                problems.append(outcome(FAIL, f"{path}.number", "bad_number", type=e.get("type"),
                                        value=str(num)))
                continue
        absent = next((k for k in p.required_fields if is_empty(e.get(k))), None)
        if absent is not None:
            problems.append(outcome(MISSING, f"{path}.{absent}", "absent", fields=[f"permits.{absent}"]))
            continue
        if p.valid_through_event:
            exp = expiry_of(e, p.validity_years)
            if exp is None:
                problems.append(outcome(MISSING, f"{path}.expires", "no_expiry", type=e.get("type")))
                continue
            if exp < ctx.event_end:
                where = f"{path}.expires" if e.get("expires") else f"{path}.issued"
                problems.append(outcome(FAIL, where, "expires_before_event", type=e.get("type"),
                                        expires=exp.isoformat(), event_end=ctx.event_end.isoformat()))
                continue
        return outcome(PASS, path)
    fails = [o for o in problems if o.status == FAIL]
    return (fails or problems)[0]
