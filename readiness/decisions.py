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
from typing import Annotated, ClassVar

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError, ValidationInfo, WithJsonSchema, \
    model_validator
from pydantic_core import PydanticCustomError

from readiness.errors import InputError
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


# --- the decisions file (`format: readiness-decisions/1`): one declaration ---------------------
#
# The file's shape is the pydantic models below (their JSON Schema is `readiness schema
# decisions`); what the shape alone cannot say (the rule exists in the standard in use, the
# product in the dossier, the business is the dossier's, a waiver ends within the event, a
# blocker's waiver has a second officer, one decision per rule and subject) is the file model's
# validator, given the standard and the dossier in the validation context. Every problem is an
# InputError with the file, the line, the field's path and what was expected.

FORMAT = "readiness-decisions/1"
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


def _text(value) -> str:
    """A text field: a string (numbers are read as their text), stripped, not empty."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PydanticCustomError("dec_text", "text", {"kind": type(value).__name__})
    text = str(value).strip()
    if not text:
        raise PydanticCustomError("dec_text_empty", "text")
    return text


def _optional_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise PydanticCustomError("dec_text", "text", {"kind": type(value).__name__})
    return str(value).strip() or None


def _date(value) -> dt.date:
    if isinstance(value, dt.date):  # a caller handing already-typed data
        return value
    text = str(value).strip() if value is not None else ""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        raise PydanticCustomError("dec_date", "date", {"value": repr(text)})
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise PydanticCustomError("dec_date_exists", "date", {"value": repr(text)}) from None


_TEXT = {"type": "string", "minLength": 1}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "ISO date YYYY-MM-DD"}
Text = Annotated[str, BeforeValidator(_text), WithJsonSchema(_TEXT)]
OptionalText = Annotated[str | None, BeforeValidator(_optional_text), WithJsonSchema(_TEXT)]
Note = Annotated[str | None, BeforeValidator(_optional_text), WithJsonSchema({"type": "string"})]
IsoDate = Annotated[dt.date, BeforeValidator(_date), WithJsonSchema(_DATE)]
RuleId = Annotated[str, BeforeValidator(_text), WithJsonSchema(
    {**_TEXT, "description": "Requirement id in the standard in use, e.g. HAL-01"})]
ProductName = Annotated[str | None, BeforeValidator(_optional_text), WithJsonSchema(
    {**_TEXT, "description": "Product name exactly as in the dossier; omit for business requirements"})]


class _Part(BaseModel):
    """A mapping of the file: refused unless a mapping; an unknown field names the nearest
    known one; a required field absent or empty is named (before the values are read)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)
    WHAT: ClassVar[str] = ""
    REQUIRED: ClassVar[tuple[str, ...]] = ()

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, value):
        return _shape_of(cls, value)


def _shape_of(cls, value):
    """What every mapping of the file must be (see `_Part`)."""
    fields = tuple(cls.model_fields)
    if not isinstance(value, dict):
        raise PydanticCustomError("dec_not_mapping", "mapping", {
            "what": Msg(cls.WHAT), "fields": fields, "kind": type(value).__name__})
    for k in value:
        if k not in fields:
            raise PydanticCustomError("dec_unknown_field", "field", {
                "at": k, "name": k, "hint": _nearest(k, fields), "fields": fields})
    for k in cls.REQUIRED:
        if value.get(k) in (None, ""):
            raise PydanticCustomError("dec_needs", "needs", {
                "at": k if k in value else None, "what": Msg(cls.WHAT), "name": k})
    return value


class BusinessRef(_Part):
    """The business these decisions are about: its name and, when it has one, its NIB; both
    must match the dossier."""

    model_config = ConfigDict(json_schema_extra={"required": ["name"]})
    WHAT: ClassVar[str] = "dec_what_business"
    nib: Annotated[str | None, BeforeValidator(_optional_text), WithJsonSchema(
        {"type": "string", "pattern": r"^\d{13}$", "description": "Required when the business has a NIB"})] = None
    name: OptionalText = None

    @model_validator(mode="after")
    def _named(self):
        if self.name is None:
            raise PydanticCustomError("dec_needs_name", "name")
        return self


class WaiverEntry(_Part):
    WHAT: ClassVar[str] = "dec_what_waiver"
    REQUIRED: ClassVar[tuple[str, ...]] = ("rule", "reason", "officer", "date", "expires")
    rule: RuleId
    product: ProductName = None
    reason: Text
    officer: Text
    date: IsoDate
    expires: Annotated[dt.date, BeforeValidator(_date), WithJsonSchema(
        {**_DATE, "description": "Not after the event's last day"})]
    approved_by: Annotated[str | None, BeforeValidator(_optional_text), WithJsonSchema(
        {**_TEXT, "description": "Second officer; required to waive a blocker, different from officer"})] = None
    note: Note = None

    @model_validator(mode="after")
    def _not_before_granted(self):
        if self.expires < self.date:
            raise PydanticCustomError("dec_expires_early", "expires", {
                "at": "expires", "expires_on": self.expires.isoformat(), "granted": self.date.isoformat()})
        return self


def _verdict(value) -> str:
    text = _text(value)
    if text not in VERDICTS:
        raise PydanticCustomError("dec_verdict", "verdict", {"verdict": text, "hint": _nearest(text, VERDICTS)})
    return text


class VerdictEntry(_Part):
    WHAT: ClassVar[str] = "dec_what_verdict"
    REQUIRED: ClassVar[tuple[str, ...]] = ("rule", "verdict", "officer", "date")
    rule: Annotated[str, BeforeValidator(_text), WithJsonSchema(
        {**_TEXT, "description": "A requirement whose check is manual, e.g. EVT-06"})]
    product: ProductName = None
    verdict: Annotated[str, BeforeValidator(_verdict), WithJsonSchema({"enum": list(VERDICTS)})]
    officer: Text
    date: IsoDate
    note: Note = None


def _entries(value, key: str):
    if value is None:
        return []
    if not isinstance(value, list):
        raise PydanticCustomError("dec_list", "list", {"key": key, "kind": type(value).__name__})
    return value


class DecisionsFile(_Part):
    """readiness officers' decisions (readiness-decisions/1): waivers of gaps and verdicts on
    requirements an officer checks, about one business."""

    WHAT: ClassVar[str] = "dec_what_file"
    REQUIRED: ClassVar[tuple[str, ...]] = ("format",)
    format: Annotated[str, WithJsonSchema({"const": FORMAT})]
    business: BusinessRef
    waivers: Annotated[list[WaiverEntry], BeforeValidator(lambda v: _entries(v, "waivers"))] = []
    verdicts: Annotated[list[VerdictEntry], BeforeValidator(lambda v: _entries(v, "verdicts"))] = []
    notes: Note = None

    @model_validator(mode="before")
    @classmethod
    def _shape(cls, value):          # the file itself: in place of _Part's
        if not isinstance(value, dict):
            raise PydanticCustomError("dec_top", "top", {"kind": type(value).__name__})
        value = _shape_of(cls, value)
        if value.get("format") != FORMAT:
            raise PydanticCustomError("dec_format", "format", {
                "at": "format", "found_format": repr(value.get("format")), "format": FORMAT})
        if value.get("business") is None:
            raise PydanticCustomError("dec_needs_business", "business")
        return value

    @model_validator(mode="after")
    def _in_context(self, info: ValidationInfo):
        """The checks that need the standard and the dossier (`info.context`, see
        `decisions_from_data`); the decisions they resolve go back in the context."""
        ctx = info.context
        if ctx is not None:
            ctx["decisions"] = _resolve(self, ctx)
        return self


def _business_matches(f: Source, b: BusinessRef, info) -> None:
    """Bound by NIB and name: one NIB may appear under two names in a registration list, and
    a dossier without a NIB must never take decisions meant for a NIB holder."""
    if info is None:
        return
    biz_info = info[0]
    d_nib, d_name = biz_info.get("nib"), biz_info.get("name")
    if b.nib is not None and d_nib in (None, ""):
        raise f.error("dec_dossier_no_nib", ["business", "nib"], nib=b.nib)
    if b.nib is None and d_nib not in (None, ""):
        raise f.error("dec_name_the_nib", ["business"], dossier_nib=d_nib)
    if b.nib is not None and not _same_nib(d_nib, b.nib):
        raise f.error("dec_other_nib", ["business", "nib"], nib=b.nib, dossier_nib=d_nib)
    if not _same_name(b.name, d_name or ""):
        raise f.error("dec_other_name", ["business", "name"], name=b.name, dossier_name=d_name)


class _Resolver:
    """Rule ids and product names of the file, as the standard and the dossier know them."""

    def __init__(self, f: Source, rs, product_names: list[str] | None):
        self.f, self.rs, self.product_names = f, rs, product_names

    def rule(self, rid: str, where: list):
        rs = self.rs
        rule = rs.rule(rid) or next((r for r in rs.rules if r.id.casefold() == rid.casefold()), None)
        if rule is None:
            raise self.f.error("unknown_rule", where, rule=rid, standard=rs.ref,
                               hint=_nearest(rid, [r.id for r in rs.rules]))
        return rule

    def product(self, pname: str | None, rule, where: list) -> int | None:
        f, rs = self.f, self.rs
        if pname is None:
            if rule.subject == "product":
                raise f.error("dec_per_product", where, rule=rule.id, standard=rs.ref)
            return None
        if rule.subject == "business":
            raise f.error("dec_business_rule", where + ["product"], rule=rule.id, standard=rs.ref)
        if self.product_names is None:
            raise f.error("dec_no_dossier", where + ["product"])
        names = self.product_names
        hit = next((i for i, n in enumerate(names) if n == pname), None)
        if hit is None:
            hit = next((i for i, n in enumerate(names) if _same_name(n, pname)), None)
        if hit is None:
            raise f.error("dec_no_product", where + ["product"], name=pname, hint=_nearest(pname, names))
        return hit


def _resolve(doc: DecisionsFile, ctx: dict) -> Decisions:
    """The semantic rules of the file, in the file's order; the plain records the engine
    reads (product names become indexes)."""
    f, rs, info = ctx["source"], ctx["rs"], ctx["dossier"]
    _business_matches(f, doc.business, info)
    event = ctx["event"] or rs.event_dates()
    r = _Resolver(f, rs, info[1] if info is not None else None)
    waivers: list[Waiver] = []
    seen: dict = {}
    for i, w in enumerate(doc.waivers):
        where = ["waivers", i]
        rule = r.rule(w.rule, where + ["rule"])
        prod = r.product(w.product, rule, where)
        if event is not None and w.expires > event[1]:
            raise f.error("dec_expires_late", where + ["expires"], last_day=event[1].isoformat(),
                          expires_on=w.expires.isoformat())
        if can_be_blocker(rule):      # the two-officer rule
            if w.approved_by is None and not ctx["approvals_pending"]:
                raise f.error("dec_needs_second", where, rule=rule.id)
            if _same_name(w.approved_by, w.officer):
                raise f.error("dec_same_officer", where + ["approved_by"], rule=rule.id, officer=w.officer)
        if (rule.id, prod) in seen:
            raise f.error("dec_second_waiver", where, rule=rule.id, first=seen[(rule.id, prod)])
        seen[(rule.id, prod)] = i
        waivers.append(Waiver(rule.id, prod, w.reason, w.officer, w.date, w.expires, w.approved_by))
    verdicts: list[ManualVerdict] = []
    seen = {}
    for i, v in enumerate(doc.verdicts):
        where = ["verdicts", i]
        rule = r.rule(v.rule, where + ["rule"])
        if "manual" not in rule.kinds:
            raise f.error("dec_not_manual", where + ["rule"], rule=rule.id)
        prod = r.product(v.product, rule, where)
        if (rule.id, prod) in seen:
            raise f.error("dec_second_verdict", where, rule=rule.id, first=seen[(rule.id, prod)])
        seen[(rule.id, prod)] = i
        verdicts.append(ManualVerdict(rule.id, prod, v.verdict, v.officer, v.date, v.note or ""))
    officers = sorted({x.officer for x in waivers} | {x.approved_by for x in waivers if x.approved_by}
                      | {x.officer for x in verdicts})
    return Decisions(tuple(waivers), tuple(verdicts), source=f.name, officers=tuple(officers))


def _file_error(f: Source, exc: ValidationError) -> InputError:
    """The first problem pydantic found, as the file format words it (our error types carry
    the catalogue's code; `at` is the field below the location the problem is about)."""
    err = exc.errors(include_url=False)[0]
    loc = [p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-"))]
    args = dict(err.get("ctx") or {})
    code = err["type"]
    if args.get("at") is not None:
        loc.append(args["at"])
    args.pop("at", None)
    if code == "dec_needs_name":
        loc = loc[:1]
    elif code == "missing":          # a field the shape check did not see (cannot happen)
        code, args = "dec_needs", {"what": Msg("dec_what_file"), "name": loc[-1]}
    return f.error(code, loc, **args)


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
    ctx = {"source": f, "rs": rs, "dossier": _dossier_info(dossier, dossier_data), "event": event,
           "approvals_pending": approvals_pending}
    try:
        DecisionsFile.model_validate(f.data, context=ctx)
    except ValidationError as e:
        raise _file_error(f, e) from None
    return ctx["decisions"]


def decisions_schema() -> dict:
    """JSON Schema of the decisions file (`readiness schema decisions`), made from its model."""
    schema = DecisionsFile.model_json_schema()
    schema.update({"$schema": "https://json-schema.org/draft/2020-12/schema",
                   "$id": "https://readiness.example/schemas/readiness-decisions-1.json",
                   "title": f"readiness officers' decisions ({FORMAT})"})
    return schema
