"""Officers' decisions about one business: waivers and verdicts on `manual` requirements.

The engine only needs these plain records; loading and validating a decisions file lives in
`load_decisions` (below), which resolves product names to indexes.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path

from readiness.load import Source, load_data, load_source
from readiness.words import Msg


@dataclass(frozen=True)
class Waiver:
    rule: str
    product: int | None  # None: the business
    reason: str
    officer: str
    date: dt.date
    expires: dt.date
    approved_by: str | None = None


@dataclass(frozen=True)
class ManualVerdict:
    rule: str
    product: int | None
    verdict: str  # pass | fail
    officer: str
    date: dt.date
    note: str = ""


@dataclass(frozen=True)
class Decisions:
    waivers: tuple[Waiver, ...] = ()
    verdicts: tuple[ManualVerdict, ...] = ()
    source: str | None = None
    officers: tuple[str, ...] = field(default=())

    def waiver_for(self, rule: str, product: int | None) -> Waiver | None:
        for w in self.waivers:
            if w.rule == rule and w.product == product:
                return w
        return None

    def verdict_for(self, rule: str, product: int | None) -> ManualVerdict | None:
        for v in self.verdicts:
            if v.rule == rule and v.product == product:
                return v
        return None


NO_DECISIONS = Decisions()


# --- the decisions file (`format: readiness-decisions/1`) -----------------------------------

FORMAT = "readiness-decisions/1"
TOP_FIELDS = ("format", "business", "waivers", "verdicts", "notes")
BUSINESS_FIELDS = ("nib", "name")
WAIVER_FIELDS = ("rule", "product", "reason", "officer", "date", "expires", "approved_by", "note")
WAIVER_REQUIRED = ("rule", "reason", "officer", "date", "expires")
VERDICT_FIELDS = ("rule", "product", "verdict", "officer", "date", "note")
VERDICT_REQUIRED = ("rule", "verdict", "officer", "date")
VERDICTS = ("pass", "fail")


def can_be_blocker(rule) -> bool:
    """True when the rule is a blocker for some subject: its default severity or any of its
    conditional severities. A waiver of such a rule needs a second officer, whatever the dossier
    says today (a dossier edit must not silently turn an unapproved waiver into a blocker waiver)."""
    return rule.severity == "blocker" or any(sev == "blocker" for _, sev in rule.severity_when)


def _nearest(word: str, options, n: int = 1) -> Msg | None:
    opts = [str(o) for o in options]
    hit = difflib.get_close_matches(str(word), opts, n, 0.5)
    if not hit:  # ids differ mostly in case and digits: try case-insensitively
        folded = {o.casefold(): o for o in opts}
        hit = [folded[h] for h in difflib.get_close_matches(str(word).casefold(), list(folded), n, 0.5)]
    return Msg("did_you_mean", {"word": hit[0]}) if hit else None


def _mapping(f: Source, value, where: list, fields: tuple, required: tuple, what: str) -> dict:
    if not isinstance(value, dict):
        raise f.error("dec_not_mapping", where, what=Msg(what), fields=fields,
                      kind=type(value).__name__)
    for k in value:
        if k not in fields:
            raise f.error("dec_unknown_field", where + [k], name=k, hint=_nearest(k, fields),
                          fields=fields)
    for k in required:
        if value.get(k) in (None, ""):
            raise f.error("dec_needs", where + [k] if k in value else where, what=Msg(what), name=k)
    return value


def _text(f: Source, value, where: list, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise f.error("dec_text", where, kind=type(value).__name__)
    text = str(value).strip()
    if not text and not optional:
        raise f.error("dec_text_empty", where)
    return text or None


def _date(f: Source, value, where: list) -> dt.date:
    if isinstance(value, dt.date):  # a caller handing already-typed data
        return value
    text = str(value).strip() if value is not None else ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise f.error("dec_date", where, value=repr(text))
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise f.error("dec_date_exists", where, value=repr(text)) from None


def _dossier_info(dossier, dossier_data) -> tuple[dict, list[str]] | None:
    data = dossier_data
    if data is None and dossier is not None:
        data = load_data(dossier, name=str(dossier))
    if data is None:
        return None
    if hasattr(data, "model_dump"):
        data = data.model_dump(mode="python", exclude_none=True)
    if not isinstance(data, dict):
        return {}, []
    biz = data.get("business") if isinstance(data.get("business"), dict) else {}
    prods = data.get("products") if isinstance(data.get("products"), list) else []
    names = [str(p.get("name")) if isinstance(p, dict) and p.get("name") is not None else "" for p in prods]
    return biz, names


def _same_name(a: str, b: str) -> bool:
    return person_key(a) == person_key(b)


# Letters of other scripts that look like Latin ones (Unicode's confusables for the Latin
# alphabet, Cyrillic and Greek), so that 'Lаlu' with a Cyrillic а is not a second officer
_CONFUSABLE_UPPER = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԛ": "Q", "Ԝ": "W",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_CONFUSABLE = str.maketrans({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "ȷ": "j",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
    "τ": "t", "υ": "u", "χ": "x", "γ": "y", "ϲ": "c", "ϳ": "j", "ω": "w",
})


def person_key(name: str) -> str:
    """A person's name as compared: Unicode-normalised (NFKC: full-width and styled letters are
    letters), accents and other combining marks dropped, invisible and format characters
    (zero-width spaces and joiners, bidi marks, soft hyphens) removed, look-alike letters of
    other scripts read as the Latin letter, case-folded, spaces collapsed. Two officers whose
    names have the same key are one officer."""
    import unicodedata

    text = unicodedata.normalize("NFKC", str(name))
    text = unicodedata.normalize("NFKD", text)
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Mn", "Me", "Cf", "Cc", "Co", "Cn") or ch in "\u115f\u1160\u3164\uffa0":
            continue                     # marks, invisible and format characters, fillers
        kept.append(" " if cat.startswith("Z") else ch)
    text = unicodedata.normalize("NFKC", "".join(kept)).translate(_CONFUSABLE_UPPER)
    text = text.casefold().translate(_CONFUSABLE)
    return " ".join(text.split())


def _same_nib(a, b) -> bool:
    import re

    return re.sub(r"[\s.\-]", "", str(a)) == re.sub(r"[\s.\-]", "", str(b))


def same_person(a: str, b: str) -> bool:
    """Whether two names are one officer's, as this file format compares them (the desk
    uses it too, so an account cannot approve a waiver recorded under its own name)."""
    return _same_name(a, b)


def load_decisions(path, rs, *, dossier=None, dossier_data=None, event=None) -> Decisions:
    """Read and validate an officers' decisions file against the rule set in use and the dossier
    it is about; product names become product indexes. Raises InputError (file, line, path) on
    the first problem. Expired waivers load: the engine reports them as expired."""
    src = load_source(Path(path), name=str(path))
    return decisions_from_data(src.data, rs, source=src, dossier=dossier,
                               dossier_data=dossier_data, event=event)


def decisions_from_data(data, rs, *, name: str = "<decisions>", source: Source | None = None,
                        dossier=None, dossier_data=None, event=None,
                        approvals_pending: bool = False) -> Decisions:
    """Validate decisions already read (a decisions file's data, with its `source` for line
    numbers, or what the desk records, in the same form): every rule of the file format
    applies. `approvals_pending`: a blocker's waiver may still lack its second officer (the
    desk records it, and it takes effect once an approver approves it); everything else is
    checked as for a file."""
    f = source if source is not None else Source(name=name, text="", data=data, sha256="")
    data = f.data
    if not isinstance(data, dict):
        raise f.error("dec_top", [], kind=type(data).__name__)
    _mapping(f, data, [], TOP_FIELDS, ("format",), "dec_what_file")
    if data.get("format") != FORMAT:
        raise f.error("dec_format", ["format"], found_format=repr(data.get("format")), format=FORMAT)

    info = _dossier_info(dossier, dossier_data)
    biz_info, product_names = info if info is not None else ({}, None)

    # --- the business the decisions are about
    if data.get("business") is None:
        raise f.error("dec_needs_business", [])
    b = _mapping(f, data["business"], ["business"], BUSINESS_FIELDS, (), "dec_what_business")
    nib = _text(f, b.get("nib"), ["business", "nib"], optional=True)
    name = _text(f, b.get("name"), ["business", "name"], optional=True)
    if name is None:
        raise f.error("dec_needs_name", ["business"])
    if info is not None:
        # bound by NIB and name: one NIB may appear under two names in a registration list, and
        # a dossier without a NIB must never take decisions meant for a NIB holder
        d_nib, d_name = biz_info.get("nib"), biz_info.get("name")
        if nib is not None and d_nib in (None, ""):
            raise f.error("dec_dossier_no_nib", ["business", "nib"], nib=nib)
        if nib is None and d_nib not in (None, ""):
            raise f.error("dec_name_the_nib", ["business"], dossier_nib=d_nib)
        if nib is not None and not _same_nib(d_nib, nib):
            raise f.error("dec_other_nib", ["business", "nib"], nib=nib, dossier_nib=d_nib)
        if not _same_name(name, d_name or ""):
            raise f.error("dec_other_name", ["business", "name"], name=name, dossier_name=d_name)

    event = event or rs.event_dates()
    rule_ids = [r.id for r in rs.rules]

    def resolve_rule(value, where):
        rid = _text(f, value, where)
        rule = rs.rule(rid)
        if rule is None:
            rule = next((r for r in rs.rules if r.id.casefold() == rid.casefold()), None)
        if rule is None:
            raise f.error("unknown_rule", where, rule=rid, standard=rs.ref, hint=_nearest(rid, rule_ids))
        return rule

    def resolve_product(entry, rule, where):
        if entry.get("product") in (None, ""):
            if rule.subject == "product":
                raise f.error("dec_per_product", where, rule=rule.id, standard=rs.ref)
            return None
        if rule.subject == "business":
            raise f.error("dec_business_rule", where + ["product"], rule=rule.id, standard=rs.ref)
        pname = _text(f, entry["product"], where + ["product"])
        if product_names is None:
            raise f.error("dec_no_dossier", where + ["product"])
        for i, n in enumerate(product_names):
            if n == pname:
                return i
        for i, n in enumerate(product_names):
            if _same_name(n, pname):
                return i
        raise f.error("dec_no_product", where + ["product"], name=pname,
                      hint=_nearest(pname, product_names))

    def entries(key):
        v = data.get(key)
        if v is None:
            return []
        if not isinstance(v, list):
            raise f.error("dec_list", [key], key=key, kind=type(v).__name__)
        return v

    waivers: list[Waiver] = []
    seen: dict = {}
    for i, w in enumerate(entries("waivers")):
        where = ["waivers", i]
        _mapping(f, w, where, WAIVER_FIELDS, WAIVER_REQUIRED, "dec_what_waiver")
        rule = resolve_rule(w["rule"], where + ["rule"])
        prod = resolve_product(w, rule, where)
        officer = _text(f, w["officer"], where + ["officer"])
        reason = _text(f, w["reason"], where + ["reason"])
        date = _date(f, w["date"], where + ["date"])
        expires = _date(f, w["expires"], where + ["expires"])
        approved = _text(f, w.get("approved_by"), where + ["approved_by"], optional=True)
        if expires < date:
            raise f.error("dec_expires_early", where + ["expires"], expires_on=expires.isoformat(),
                          granted=date.isoformat())
        if event is not None and expires > event[1]:
            raise f.error("dec_expires_late", where + ["expires"], last_day=event[1].isoformat(),
                          expires_on=expires.isoformat())
        if can_be_blocker(rule):
            if approved is None and approvals_pending:
                pass
            elif approved is None:
                raise f.error("dec_needs_second", where, rule=rule.id)
            if _same_name(approved, officer):
                raise f.error("dec_same_officer", where + ["approved_by"], rule=rule.id,
                              officer=officer)
        key = (rule.id, prod)
        if key in seen:
            raise f.error("dec_second_waiver", where, rule=rule.id, first=seen[key])
        seen[key] = i
        waivers.append(Waiver(rule.id, prod, reason, officer, date, expires, approved))

    verdicts: list[ManualVerdict] = []
    seen = {}
    for i, v in enumerate(entries("verdicts")):
        where = ["verdicts", i]
        _mapping(f, v, where, VERDICT_FIELDS, VERDICT_REQUIRED, "dec_what_verdict")
        rule = resolve_rule(v["rule"], where + ["rule"])
        if "manual" not in rule.kinds:
            raise f.error("dec_not_manual", where + ["rule"], rule=rule.id)
        prod = resolve_product(v, rule, where)
        verdict = _text(f, v["verdict"], where + ["verdict"])
        if verdict not in VERDICTS:
            raise f.error("dec_verdict", where + ["verdict"], verdict=verdict,
                          hint=_nearest(verdict, VERDICTS))
        officer = _text(f, v["officer"], where + ["officer"])
        date = _date(f, v["date"], where + ["date"])
        note = _text(f, v.get("note"), where + ["note"], optional=True) or ""
        key = (rule.id, prod)
        if key in seen:
            raise f.error("dec_second_verdict", where, rule=rule.id, first=seen[key])
        seen[key] = i
        verdicts.append(ManualVerdict(rule.id, prod, verdict, officer, date, note))

    officers = sorted({x.officer for x in waivers} | {x.approved_by for x in waivers if x.approved_by}
                      | {x.officer for x in verdicts})
    return Decisions(tuple(waivers), tuple(verdicts), source=f.name, officers=tuple(officers))


def decisions_schema() -> dict:
    """JSON Schema of the decisions file (`readiness schema decisions`)."""
    date = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "ISO date YYYY-MM-DD"}
    text = {"type": "string", "minLength": 1}
    rule = {"type": "string", "minLength": 1,
            "description": "Requirement id in the standard in use, e.g. HAL-01"}
    product = {"type": "string", "minLength": 1,
               "description": "Product name exactly as in the dossier; omit for business requirements"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://readiness.example/schemas/readiness-decisions-1.json",
        "title": f"readiness officers' decisions ({FORMAT})",
        "type": "object",
        "additionalProperties": False,
        "required": ["format", "business"],
        "properties": {
            "format": {"const": FORMAT},
            "business": {
                "type": "object", "additionalProperties": False,
                "description": "The business these decisions are about: its name and, when it "
                               "has one, its NIB; both must match the dossier",
                "properties": {"nib": {"type": "string", "pattern": r"^\d{13}$",
                                       "description": "Required when the business has a NIB"},
                               "name": text},
                "required": ["name"],
            },
            "waivers": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": list(WAIVER_REQUIRED),
                "properties": {
                    "rule": rule, "product": product, "reason": text, "officer": text,
                    "date": date,
                    "expires": {**date, "description": "Not after the event's last day"},
                    "approved_by": {**text, "description": "Second officer; required to waive a "
                                                           "blocker, different from officer"},
                    "note": {"type": "string"},
                }}},
            "verdicts": {"type": "array", "items": {
                "type": "object", "additionalProperties": False,
                "required": list(VERDICT_REQUIRED),
                "properties": {
                    "rule": {**rule, "description": "A requirement whose check is manual, e.g. EVT-06"},
                    "product": product, "verdict": {"enum": list(VERDICTS)}, "officer": text,
                    "date": date, "note": {"type": "string"},
                }}},
            "notes": {"type": "string"},
        },
    }
