"""A spreadsheet cell to a dossier value, and what a cell leaves missing (issue 21).

- `parse_cell`: one cell for one mapped target (the mapping's type, its value table, a
  permit's three answers: `entry_answer`); `apply` puts the value where its path says;
- `unread_rules`: the requirements that read a cell that could not be read (`missing`, said
  with the cell); `not_asked`: those the organizer's form does not ask (not the vendor's
  failure). Both feed the engine's `unread`.
"""

from __future__ import annotations

import re
from typing import Any

from readiness.sheets.mapping import Mapping, Target
from readiness.standards.fields import rules_reading
from readiness.values import (CellError, Cells, as_text, is_empty, norm, parse_bool, parse_count,
                              parse_date, parse_duration_days, parse_identifier, parse_integer,
                              parse_money, parse_number, parse_phone, parse_quantity, parse_share)
from readiness.words import Msg

def _scalar(v: Any, typ: str, t: Target, mapping: Mapping, cells: Cells | None = None) -> Any:
    if typ == "text":
        return as_text(v)
    if typ == "identifier":
        return parse_identifier(v, t.digits, cells)
    if typ == "phone":
        return parse_phone(v, cells)
    if typ == "share":
        return parse_share(v)
    if typ == "integer":
        return parse_integer(v)
    if typ == "count":
        return parse_count(v)
    if typ == "duration":
        return parse_duration_days(v)
    if typ == "number":
        return parse_number(v, thousands_dot=False)
    if typ == "money":
        return parse_money(v)
    if typ == "bool":
        return parse_bool(v, mapping.true_words, mapping.false_words)
    if typ == "date":
        return parse_date(v, cells.date1904 if cells is not None else False)
    if typ == "quantity":
        return parse_quantity(v)
    raise AssertionError(typ)


_DROP = object()


def _translate(value: Any, t: Target) -> Any:
    if t.values is None:
        return value
    key = norm(value) if not isinstance(value, dict) else None
    if key in t.values:
        return t.values[key]
    if t.unknown == "keep":
        return value
    if t.unknown == "drop":
        return _DROP
    # the choices in the words the form shows them (its labels), never the dossier's codes
    known = list(t.choices or dict.fromkeys(
        next(k for k, v in (t.labels or {}).items() if v == x) for x in t.values.values()))
    raise CellError("cell_unknown_value", value=repr(value),
                    known=", ".join(known[:40]) + (", ..." if len(known) > 40 else ""))


_NUMBER_OF_ENTRY = re.compile(r".*\[type=[a-z_]+\]\.number")


def entry_answer(v: Any, t: Target, mapping: Mapping) -> str | None:
    """The status a cell gives a permit or document entry (readiness.answers.parse_entry:
    issued, pending, none, rejected), for a presence column ("Sertifikat PKP (Ya/Tidak)":
    'Tidak' is an answer, the office step follows) or a number column that holds an answer
    instead of a number ("Belum punya", "Sedang diurus"); None when it is not such a cell."""
    from readiness.answers import AnswerError, parse_entry

    if not (t.presence or _NUMBER_OF_ENTRY.fullmatch(t.path)) or not isinstance(v, (str, bool)):
        return None
    if isinstance(v, str) and re.search(r"\d", v):
        return None                                     # a number, however written
    if t.presence and isinstance(v, str):
        n = norm(v)
        if n in mapping.true_words:
            return "issued"
        if n in mapping.false_words:
            return "none"
    try:
        return parse_entry(v)
    except AnswerError:
        return None


def parse_cell(v: Any, t: Target, mapping: Mapping, cells: Cells | None = None) -> Any:
    """The dossier value of one cell for one target, _DROP for nothing; raises CellError.
    Repairs (a leading 0 restored) are noted in `cells.notes`. A presence column gives the
    entry's status (issued, pending, none, rejected)."""
    if t.type == "list":
        parts = re.split("[" + re.escape(t.separator) + "]", as_text(v)) if isinstance(v, str) else [v]
        out = []
        for p in parts:
            if is_empty(p):
                continue
            p = p.strip() if isinstance(p, str) else p
            x = _translate(_scalar(p, t.item, t, mapping, cells), t)
            if x is not _DROP and x not in out:
                out.append(x)
        return out if out else _DROP
    if t.presence:
        status = entry_answer(v, t, mapping)
        if status is None:
            raise CellError("cell_bool")
        return status
    return _translate(_scalar(v, t.type, t, mapping, cells), t)


# ------------------------------------------------------------------------------ applying

def _entry(lst: list, key: str, value: Any, consts: dict) -> dict:
    for e in lst:
        if isinstance(e, dict) and e.get(key) == value:
            return e
    e = {key: value, **consts}
    lst.append(e)
    return e


def _walk(d: dict, segs, consts: dict) -> dict:
    for s in segs:
        if s.key:
            lst = d.setdefault(s.name, [])
            d = _entry(lst, s.key, s.value, consts)
        else:
            nxt = d.get(s.name)
            if not isinstance(nxt, dict):
                nxt = d[s.name] = {}
            d = nxt
    return d


def _get(d: dict, segs) -> Any:
    for s in segs:
        if not isinstance(d, dict):
            return None
        d = d.get(s.name)
    return d


def apply(t: Target, value: Any, root: dict) -> None:
    segs = t.segments
    if t.presence or t.path.endswith("]#status"):
        entry = _walk(root, segs, t.set)
        if value != "issued" or "status" in entry:     # absent: issued (held)
            entry["status"] = value
        return
    if t.for_each is not None:
        keys = _get(root, t.for_each[0])
        if not isinstance(keys, list):
            return
        holder = _walk(root, segs[:-2], t.set)
        lst = holder.setdefault(segs[-2].name, [])
        for k in keys:
            _entry(lst, t.for_each[1], k, t.set)[segs[-1].name] = value
        return
    last = segs[-1]
    d = _walk(root, segs[:-1], t.set)
    if last.key:
        _entry(d.setdefault(last.name, []), last.key, last.value, t.set)
    else:
        d[last.name] = value


# ------------------------------------------------------------------------------ unread cells

_READING: dict[tuple[int, str], list[str]] = {}


def unread_rules(rs, unread: list[dict]) -> dict[tuple[str, int | None], tuple[Msg, ...]]:
    """(rule, product index or None) -> why its data could not be read, for the engine
    (`evaluate(unread=...)`): every rule that reads the field of a cell in `unread`."""

    out: dict[tuple[str, int | None], tuple[Msg, ...]] = {}
    for u in unread:
        key = (id(rs), u["path"])
        rules = _READING.get(key)
        if rules is None:
            if len(_READING) > 4096:
                _READING.clear()
            rules = _READING[key] = rules_reading(rs, [u["path"]])
        msg = Msg("cell_unread", {"column": u["column"], "row": u["row"],
                                  "cell_value": repr(u["value"]),
                                  "detail": Msg(u["code"], u["args"])})
        for r in rules:
            k = (r, u.get("product"))
            out[k] = out.get(k, ()) + (msg,)
    return out


_DOSSIER_HINT = re.compile(r"\s*\((?:dosir|dossier):[^)]*\)\s*$")


def not_asked(rs, rules: list[str]) -> dict[tuple[str, Any], tuple[Msg, ...]]:
    """For the engine (`evaluate(unread=...)`, every subject): the requirements a spreadsheet's
    form does not ask are not the vendor's failure: each says "not asked in the registration
    form: bring or send the evidence ..." (the rule's evidence, without its dossier paths)."""
    by_id = {r.id: r for r in rs.rules}
    out: dict[tuple[str, Any], tuple[Msg, ...]] = {}
    for rid in rules:
        rule = by_id.get(rid)
        if rule is None:
            continue
        evidence = {lang: _DOSSIER_HINT.sub("", text).rstrip(". ")
                    for lang, text in (rule.evidence or {}).items()}
        out[(rid, "*")] = (Msg("not_asked", {"evidence": evidence}),)
    return out
