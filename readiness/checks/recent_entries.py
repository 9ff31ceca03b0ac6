"""recent_entries: dated entries (curation results) within some years before the event start,
one per required kind (e.g. a government and an organizer curation)."""

from __future__ import annotations

from typing import Any

from pydantic import field_validator

from .base import (FAIL, MISSING, PASS, Context, Outcome, Params, add_years, anchor_path, as_date,
                   field_name, norm, outcome, resolve, validate_path)

KIND = "recent_entries"


class P(Params):
    list: str
    where: dict[str, Any] = {}
    date_field: str = "date"
    within_years: int = 2
    require_kinds: list[str] = []
    kind_field: str = "kind"

    _list = field_validator("list")(lambda cls, v: validate_path(v))


def check(p: P, ctx: Context) -> Outcome:
    found = resolve(ctx, p.list)
    if not found:
        return outcome(MISSING, anchor_path(ctx, p.list), "absent", fields=[field_name(p.list)])
    lpath, entries = found[0]
    if not isinstance(entries, list):
        entries = [entries]
    earliest = add_years(ctx.event_start, -p.within_years)
    recent: list[tuple[int, dict]] = []
    stale: list[tuple[int, dict]] = []
    late: list[tuple[int, dict]] = []
    for i, e in enumerate(entries):
        if not isinstance(e, dict):
            continue
        if any(norm(e.get(k)) != norm(v) for k, v in p.where.items()):
            continue
        d = as_date(e.get(p.date_field))
        if d is None:
            continue
        if d > ctx.event_start:
            late.append((i, e))
        else:
            (recent if d >= earliest else stale).append((i, e))
    kinds_needed = p.require_kinds or [None]
    lacking = []
    for k in kinds_needed:
        if not any(k is None or norm(e.get(p.kind_field)) == norm(k) for _, e in recent):
            lacking.append(k)
    if not lacking:
        return outcome(PASS, f"{lpath}[{recent[0][0]}]")
    if late and not recent and not stale:
        i, e = late[0]
        return outcome(FAIL, f"{lpath}[{i}].{p.date_field}", "entry_after_event",
                       date=str(e.get(p.date_field)), event_start=ctx.event_start.isoformat())
    if stale and not recent:
        i, e = stale[0]
        return outcome(FAIL, f"{lpath}[{i}].{p.date_field}", "entry_too_old",
                       date=str(e.get(p.date_field)), earliest=earliest.isoformat())
    return outcome(FAIL, lpath, "lacks_entry_kinds",
                   kinds=[k for k in lacking if k is not None] or ["any"], earliest=earliest.isoformat())
