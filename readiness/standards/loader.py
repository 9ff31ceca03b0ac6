"""Load rule sets: read safely, validate against the JSON Schema, resolve `extends`, compile.

Shipped rule sets live in `standards/*.yaml` (in a wheel: `readiness/_standards/`). A
`--standard` value is an id (newest version), `id@version`, or the path of an organizer's file,
which may `extends:` any shipped rule set or another file beside it.
"""

from __future__ import annotations

import copy
import copyreg
import dataclasses
import datetime as dt
import difflib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from readiness import __version__
from readiness.checks import KINDS
from readiness.conditions import ConditionError, compile_condition
from readiness.errors import InputError, InputErrors
from readiness.load import Source, load_source
from readiness.fieldpaths import json_path
from readiness.conditions import product_gates
from readiness.checks.base import placeholder_fields, validate_path
from readiness.standards.model import Choice, Combo, Leaf, Rule, RulePlan, RuleSet, RuleTexts
from readiness.standards.offices import fill_offices, placeholder_kinds, uses_placeholders
from readiness.vocab import Severity
from readiness.words import LANGS, pick, t
from readiness.standards.schema import FORMAT, rule_set_schema
from readiness.words import Msg

DEFAULT_ID = "mandalika-motogp"
REQUIRED_RULE_FIELDS = ("group", "subject", "title", "rationale", "evidence", "remediation",
                        "agency", "reference", "severity", "check")


def shipped_dir() -> Path:
    pkg = Path(__file__).resolve().parent.parent
    for d in (pkg / "_standards", pkg.parent / "standards"):
        if d.is_dir() and any(d.glob("*.yaml")):
            return d
    return pkg / "_standards"


# --- reading --------------------------------------------------------------------------------


class _Src:
    """A rule-set file read by the one loader (readiness.load: limits, duplicate keys, line
    numbers) and a way to raise an error located in it."""

    def __init__(self, path: Path, source: Source | None = None):
        self.path = path
        self.name = str(path)
        src = source or load_source(path, name=self.name)
        self.data, self._line_of = src.data, src.line_of

    def line_of(self, path: list) -> int | None:
        try:
            return self._line_of(path)
        except Exception:  # noqa: BLE001 - a line number is a courtesy
            return None

    def error(self, code: str, path: list | None = None, **args) -> InputError:
        return InputError(code, file=self.name, line=self.line_of(path or []) if path else None,
                          path=json_path(path) if path else None, **args)


def _hint(word: str, options) -> Msg | None:
    close = difflib.get_close_matches(str(word), [str(o) for o in options], 1)
    return Msg("did_you_mean", {"word": close[0]}) if close else None


def _validate(src: _Src) -> dict:
    data = src.data
    if data is None:
        raise src.error("empty_rule_set", format=FORMAT)
    if not isinstance(data, dict):
        raise src.error("rule_set_not_mapping", kind=type(data).__name__)
    # the engine version first: a newer file's new keys must not read as "unknown key"
    _check_requires(data, src)
    data = _dates_to_text(data)
    validator = _validator()
    from jsonschema.exceptions import best_match

    errors = list(validator.iter_errors(data))
    if not errors:
        return data
    out = []
    for err in sorted(errors, key=lambda e: list(map(str, e.absolute_path)))[:5]:
        err = best_match([err]) if err.context else err
        path = list(err.absolute_path)
        if err.validator == "additionalProperties":
            extra = [k for k in err.instance if k not in err.schema.get("properties", {})]
            known = list(err.schema.get("properties", {}))
            hint = _hint(extra[0], known) if extra else None
            e = src.error("unknown_key", path + extra[:1], key=extra[0] if extra else "?", hint=hint) \
                if hint else src.error("unknown_key_known", path + extra[:1],
                                       key=extra[0] if extra else "?", known=known)
        elif err.validator == "enum":
            e = src.error("unknown_value", path, value=repr(err.instance),
                          options=", ".join(map(str, err.validator_value)),
                          hint=_hint(err.instance, err.validator_value))
        elif err.validator == "oneOf" and path and path[-1] == "check":
            e = src.error("bad_check", path)
        else:  # jsonschema's own words, inside our frame
            e = src.error("schema", path, detail=err.message)
        out.append(e)
    raise out[0] if len(out) == 1 else InputErrors(out)


@lru_cache(maxsize=1)
def _validator():
    import jsonschema

    return jsonschema.Draft202012Validator(rule_set_schema())


def _dates_to_text(v):
    if isinstance(v, dict):
        return {k: _dates_to_text(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_dates_to_text(x) for x in v]
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return v


# --- finding files ----------------------------------------------------------------------------


def _vkey(version: str) -> tuple:
    return tuple(int(x) if x.isdigit() else x for x in version.split("."))


@lru_cache(maxsize=1)
def catalogue() -> dict[tuple[str, str], Path]:
    """Every shipped rule set: (id, version) -> file."""
    return {k: f for k, (f, _) in _shipped().items()}


@lru_cache(maxsize=1)
def _shipped() -> dict[tuple[str, str], tuple[Path, str]]:
    """(id, version) -> (file, status) of every shipped rule set (read by the one loader)."""
    out = {}
    for f in sorted(shipped_dir().glob("*.yaml")):
        head = load_source(f, name=str(f)).data
        if isinstance(head, dict) and "id" in head and "version" in head:
            out[(str(head["id"]), str(head["version"]))] = (f, str(head.get("status", "current")))
    return out


def newest(ident: str) -> str | None:
    """The newest version of a shipped rule set that is not superseded (else the newest)."""
    editions = sorted(((v, st) for (i, v), (_, st) in _shipped().items() if i == ident),
                      key=lambda e: _vkey(e[0]))
    current = [v for v, st in editions if st != "superseded"]
    return (current or [v for v, _ in editions] or [None])[-1]


def find(spec: str, base_dir: Path | None = None) -> Path:
    """The file for an id, id@version, or a path."""
    p = Path(spec)
    looks_like_path = spec.endswith((".yaml", ".yml", ".json")) or os.sep in spec or "/" in spec
    if looks_like_path:
        if not p.is_absolute() and base_dir is not None and not p.exists():
            p = base_dir / p
        if not p.is_file():
            raise InputError("rule_set_not_found", spec=spec, file=str(p))
        return p
    ident, _, version = spec.partition("@")
    cat = catalogue()
    versions = sorted((v for (i, v) in cat if i == ident), key=_vkey)
    if not versions:
        ids = sorted({i for i, _ in cat})
        raise InputError("unknown_standard", ident=ident, hint=_hint(ident, ids), shipped=ids)
    if not version:  # the newest edition in force: a superseded one only by name
        version = newest(ident)
    if version not in versions:
        raise InputError("unknown_version", version=version, ident=ident, available=versions)
    return cat[(ident, version)]


# --- resolving --------------------------------------------------------------------------------


def _merge(base: Any, over: Any) -> Any:
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base[k], v) if k in base else copy.deepcopy(v)
        return out
    return copy.deepcopy(over)


# In an override these are replaced whole: merging two conditions or two checks key by key
# would silently AND them or mix two check kinds.
_REPLACED = ("applies", "check", "severity", "exempt")
# What an edition says of itself only: a file that extends it is not superseded with it.
_OWN = ("status", "superseded_by")


def _override(base: dict, over: dict) -> dict:
    """A rule's override: texts and other mappings merge, expressions are replaced."""
    out = {k: (copy.deepcopy(over[k]) if k in _REPLACED else _merge(v, over[k])) if k in over else v
           for k, v in base.items()}
    out.update({k: copy.deepcopy(v) for k, v in over.items() if k not in base})
    return out


def _is_shipped(path: Path) -> bool:
    try:
        return path.resolve().parent == shipped_dir().resolve()
    except OSError:  # pragma: no cover
        return False


def _resolve(path: Path, stack: tuple[Path, ...]) -> tuple[dict, list[str], dict[str, tuple[_Src, int]], list]:
    """Merged raw data, the chain of refs, where each rule was last defined, and per link of
    the chain (ref, status, superseded_by, shipped)."""
    path = path.resolve()
    if path in stack:
        raise InputError("extends_cycle", chain=" -> ".join(str(p) for p in stack + (path,)),
                         file=str(path))
    src = _Src(path)
    data = _validate(src)
    origin: dict[str, tuple[_Src, int]] = {}
    if "extends" in data:
        try:
            parent_path = find(data["extends"], path.parent)
        except InputError as e:
            raise InputError(e.code, file=str(path), line=src.line_of(["extends"]),
                             path="$.extends", **e.args_) from None
        base, chain, origin, links = _resolve(parent_path, stack + (path,))
    else:
        base, chain, links = {}, [], []
    merged = {k: v for k, v in base.items() if k not in ("rules", "disable", "extends") + _OWN}
    for key in ("id", "version", "title", "description", "format", "requires", "issuer") + _OWN:
        if key in data:
            merged[key] = copy.deepcopy(data[key])
    for key in ("event", "parameters", "scoring", "offices"):
        if key in data:
            merged[key] = _merge(base.get(key, {}), data[key])
    rules = [copy.deepcopy(r) for r in base.get("rules", [])]
    index = {r["id"]: i for i, r in enumerate(rules)}
    for i, r in enumerate(data.get("rules", [])):
        if r["id"] in index:
            rules[index[r["id"]]] = _override(rules[index[r["id"]]], r)
        else:
            index[r["id"]] = len(rules)
            rules.append(copy.deepcopy(r))
        origin[r["id"]] = (src, i)
    merged["rules"] = rules
    disabled = list(base.get("disable", []))
    for rid in data.get("disable", []):
        if rid not in index:
            raise src.error("disable_unknown", ["disable", data["disable"].index(rid)], rule=rid,
                            hint=_hint(rid, list(index)))
        if rid not in disabled:
            disabled.append(rid)
    merged["disable"] = disabled
    if data.get("status") == "superseded" and not data.get("superseded_by"):
        raise src.error("needs_successor", ["status"])
    ref = f"{data['id']}@{data['version']}"
    link = (ref, data.get("status", "current"), data.get("superseded_by"), _is_shipped(path))
    return merged, [ref] + chain, origin, [link] + links


def _supersession(links: list) -> tuple[str, str] | None:
    """(edition, successor) when the rule set is a superseded edition, or an organizer's file
    whose nearest shipped edition is superseded (a shipped `.2` built on a `.1` is not)."""
    for ref, status, successor, shipped in links:
        if shipped or status == "superseded":
            return (ref, successor or "?") if status == "superseded" else None
    return None


def _substitute(v: Any, params: dict, where: list, src: _Src) -> Any:
    if isinstance(v, dict):
        if set(v) == {"param"}:
            name = v["param"]
            if name not in params:
                raise src.error("unknown_parameter", where, name=name, hint=_hint(name, list(params)))
            return copy.deepcopy(params[name])
        return {k: _substitute(x, params, where + [k], src) for k, x in v.items()}
    if isinstance(v, list):
        return [_substitute(x, params, where + [i], src) for i, x in enumerate(v)]
    return v


def _condition(spec: Any, params: dict, where: list, src: _Src):
    """A condition compiled, its `{param: NAME}` values replaced by the rule set's parameters."""
    try:
        return compile_condition(_substitute(spec, params, where, src), "")
    except ConditionError as e:
        raise src.error("bad_condition", where, detail=e.msg) from None


def _compile_check(spec: dict, params: dict, where: list, src: _Src, kinds: list) -> Leaf | Combo | Choice:
    if "if" in spec:
        return Choice(_condition(spec["if"], params, where + ["if"], src),
                      _compile_check(spec["then"], params, where + ["then"], src, kinds),
                      _compile_check(spec["else"], params, where + ["else"], src, kinds)
                      if "else" in spec else None)
    for op in ("all", "any"):
        if op in spec:
            return Combo(op, tuple(_compile_check(s, params, where + [op, i], src, kinds)
                                   for i, s in enumerate(spec[op])))
    kind = KINDS[spec["kind"]]
    kinds.append(spec["kind"])
    body = {k: v for k, v in spec.items() if k not in ("kind", "variants")}
    body = _substitute(body, params, where, src)

    def build(b: dict, w: list):
        try:
            return kind.params.model_validate(b)
        except ValidationError as e:
            err = e.errors(include_url=False)[0]
            raise src.error("bad_parameter", w + [str(x) for x in err["loc"][:1]], kind=spec["kind"],
                            detail=err["msg"].removeprefix("Value error, ")) from None

    variants = []
    for i, var in enumerate(spec.get("variants", [])):
        cond = _condition(var["if"], params, where + ["variants", i, "if"], src)
        vbody = _merge(body, _substitute(var["set"], params, where + ["variants", i, "set"], src))
        variants.append((cond, build(vbody, where + ["variants", i, "set"])))
    return Leaf(spec["kind"], kind.check, build(body, where), tuple(variants))


def _compile(merged: dict, chain: list[str], origin: dict, top: _Src, links: list) -> RuleSet:
    params = merged.get("parameters", {})
    rules = []
    disabled = set(merged.get("disable", []))
    seen = set()
    for r in merged["rules"]:
        src, i = origin.get(r["id"], (top, 0))
        where = ["rules", i]
        if r["id"] in seen:
            raise src.error("duplicate_rule", where + ["id"], rule=r["id"])
        seen.add(r["id"])
        if r["id"] in disabled:
            continue
        lacking = [k for k in REQUIRED_RULE_FIELDS if k not in r]
        if lacking:
            raise src.error("new_rule_needs", where, rule=r["id"], fields=lacking)
        if r["subject"] not in ("business", "product"):
            raise src.error("bad_subject", where + ["subject"])
        applies = _condition(r["applies"], params, where + ["applies"], src) if "applies" in r else None
        exemptions = tuple((_condition(e["if"], params, where + ["exempt", j, "if"], src), e["reason"])
                           for j, e in enumerate(r.get("exempt", [])))
        sev = r["severity"]
        when = []
        if isinstance(sev, dict):
            for j, w in enumerate(sev.get("when", [])):
                when.append((_condition(w["if"], params, where + ["severity", "when", j, "if"], src),
                             Severity(w["then"])))
            sev = sev["default"]
        kinds: list[str] = []
        check = _compile_check(r["check"], params, where + ["check"], src, kinds)
        rules.append(Rule(
            id=r["id"], group=r["group"], subject=r["subject"], title=r["title"],
            rationale=r["rationale"], evidence=r["evidence"], remediation=r["remediation"],
            agency=r["agency"], reference=r["reference"], severity=Severity(sev),
            severity_when=tuple(when),
            weight=r.get("weight"), applies=applies,
            not_applicable=r.get("not_applicable") or {lang: t("msg.not_applicable", lang)
                                                       for lang in LANGS},
            check=check, kinds=tuple(kinds), raw=r, aliases=tuple(r.get("aliases", ())),
            exemptions=exemptions, office=r.get("office", ""),
            question=r.get("question"), sources=tuple(r.get("sources", ())),
        ))
    event = None
    ev = merged.get("event")
    if ev and ev.get("start") and ev.get("end"):
        event = dict(ev)
        event["start"] = dt.date.fromisoformat(ev["start"])
        event["end"] = dt.date.fromisoformat(ev["end"])
        if event["end"] < event["start"]:
            raise top.error("event_order", ["event", "end"])
    scoring = merged.get("scoring", {})
    weights = {"blocker": 5, "major": 3, "minor": 1, **scoring.get("weights", {})}
    thresholds = {"ready": 90, "conditional": 75, **scoring.get("thresholds", {})}
    if thresholds["conditional"] > thresholds["ready"]:
        raise top.error("thresholds_order", ["scoring", "thresholds"])
    if scoring.get("few_rules_weight"):   # C36: products with few applicable requirements
        thresholds["few_rules_weight"] = scoring["few_rules_weight"]
    rules = tuple(rules)
    offices = merged.get("offices", {})
    _check_offices(rules, offices, origin, top)
    plans = [_plan(r, weights) for r in rules]
    return RuleSet(
        id=merged["id"], version=merged["version"],
        title=merged.get("title") or {"id": merged["id"], "en": merged["id"]},
        description=merged.get("description") or {"id": "", "en": ""},
        event=event, issuer=merged.get("issuer") or {"id": "", "en": ""},
        parameters=params, weights=weights, thresholds=thresholds, rules=rules,
        source=str(top.path), chain=tuple(chain), disabled=tuple(sorted(disabled)), raw=merged,
        status=merged.get("status", "current"), superseded_by=merged.get("superseded_by"),
        supersession=_supersession(links),
        business_plan=tuple(p for p in plans if p.rule.subject == "business"),
        product_plan=tuple(p for p in plans if p.rule.subject == "product"),
        texts={lang: RuleTexts.make(rules, lang, pick, _filler(offices, None, lang)) for lang in LANGS},
        offices=offices, regional_texts=_regional(rules, offices),
    )


def _check_offices(rules: tuple[Rule, ...], offices: dict, origin: dict, top: _Src) -> None:
    """Every office has a name; every office a rule or a rule's text names exists."""
    for kind, spec in offices.items():
        if not spec.get("name"):
            raise top.error("office_needs_name", ["offices", kind], office=kind)
    for r in rules:
        src, i = origin.get(r.id, (top, 0))
        if r.office and r.office not in offices:
            raise src.error("unknown_office", ["rules", i, "office"], office=r.office,
                            rule=r.id, hint=_hint(r.office, list(offices)))
        _check_placeholders(r, ["rules", i], src, offices)


def _filler(offices: dict, regency: str | None, lang: str):
    """`fill(text, rule)` for RuleTexts.make: the office placeholders of a text resolved for a
    regency (None: the generic names)."""
    def fill(text: str, rule: Rule) -> str:
        return fill_offices(text, rule.office, offices, regency, lang)
    return fill


def _regional(rules: tuple[Rule, ...], offices: dict):
    """The maker of one regency's texts, when any rule text names an office (else None: every
    business reads the same texts)."""
    if not any(uses_placeholders((r.title, r.rationale, r.evidence, r.remediation, r.agency,
                                  r.not_applicable) + tuple(x for _, x in r.exemptions))
               for r in rules):
        return None

    def make(lang: str, regency: str) -> RuleTexts:
        return RuleTexts.make(rules, lang, pick, _filler(offices, regency or None, lang))
    return make


def _texts_in(v: Any, path: list):
    """Every string of a rule's data, with where it is (for its placeholders)."""
    if isinstance(v, str):
        yield path, v
    elif isinstance(v, dict):
        for k, x in v.items():
            yield from _texts_in(x, path + [k])
    elif isinstance(v, list):
        for k, x in enumerate(v):
            yield from _texts_in(x, path + [k])


def _check_placeholders(r: Rule, where: list, src: _Src, offices: dict) -> None:
    """Office placeholders name a known office kind (`{office}`: the rule needs its own);
    field placeholders of a rule's question are field references."""
    for path, text in _texts_in(r.raw, []):
        for kind in placeholder_kinds(text):
            if kind is None and not r.office:
                raise src.error("office_placeholder_needs_office", where + path, rule=r.id)
            if kind is not None and kind not in offices:
                raise src.error("unknown_office_placeholder", where + path, rule=r.id, office=kind,
                                hint=_hint(kind, list(offices)))
    for lang, text in (r.question or {}).items():
        for ref in placeholder_fields(text):
            try:
                validate_path(ref)
            except ValueError as e:
                raise src.error("bad_placeholder", where + ["question", lang], rule=r.id,
                                name=ref, detail=str(e)) from None


def _plan(rule: Rule, weights: dict) -> RulePlan:
    """What the engine's loop needs for one rule: the severity and weight when no condition
    changes them, a plain leaf check's function and parameters (else the engine walks the
    variants and combinations), and for product rules the categories and channels a product
    needs for the rule to possibly apply (most not-applicable rules are marked from these
    without running the condition; the condition decides the rest)."""
    sev = weight = None
    if not rule.severity_when:
        sev = rule.severity
        weight = float(rule.weight if rule.weight is not None else weights[sev])
    fn = params = None
    if isinstance(rule.check, Leaf) and not rule.check.variants:
        fn, params = rule.check.fn, rule.check.params
    cats = chans = None
    if rule.applies is not None and rule.subject == "product":
        cats, chans = product_gates(rule.raw.get("applies"))
    return RulePlan(rule, sev, weight, rule.applies, fn, params, cats, chans,
                tuple(cond for cond, _ in rule.exemptions))


def _check_requires(data: dict, src: _Src) -> None:
    req = data.get("requires")
    if not req or not isinstance(req, str):
        return
    want = req.lstrip(">= ")
    if _vkey(__version__) < _vkey(want):
        raise src.error("needs_newer", ["requires"], req=req, version=__version__)


@lru_cache(maxsize=32)
def _load_cached(path: str, mtime: float) -> RuleSet:
    p = Path(path)
    merged, chain, origin, links = _resolve(p, ())
    top = _Src.__new__(_Src)
    top.path, top.name, top.data = p, str(p), merged
    src = next((s for s, _ in origin.values() if s.path == p.resolve()), None)
    top._line_of = src._line_of if src else (lambda _: None)
    return _compile(merged, chain, origin, top, links)


def rebuild(merged: dict, chain: tuple, source: str, status: str, superseded_by: str | None,
            supersession: tuple | None) -> RuleSet:
    """A rule set compiled again from its resolved document (`_reduce`): validated where it was
    loaded, so nothing here can fail on it."""
    top = _Src.__new__(_Src)
    top.path, top.name, top.data, top._line_of = Path(source), source, merged, (lambda _: None)
    rs = _compile(merged, list(chain), {}, top, [])
    return dataclasses.replace(rs, source=source, status=status, superseded_by=superseded_by,
                               supersession=supersession)


def _reduce(rs: RuleSet):
    """How pickle carries a RuleSet to another process (a Dask worker, maybe on another
    machine): its resolved document, compiled again there by `rebuild`, so the worker needs no
    standards folder of its own (compiled conditions are closures, which pickle cannot carry)."""
    return (rebuild, (rs.raw, rs.chain, rs.source, rs.status, rs.superseded_by, rs.supersession))


# registered here, where every RuleSet is made, so that the model need not import its loader
copyreg.pickle(RuleSet, _reduce)


def load_standard(spec: str | os.PathLike | None = None) -> RuleSet:
    """Load a rule set by id, id@version or file path; None gives the newest mandalika-motogp."""
    path = find(str(spec) if spec is not None else DEFAULT_ID)
    return _load_cached(str(path.resolve()), path.stat().st_mtime)


def list_standards() -> list[RuleSet]:
    return [load_standard(f"{i}@{v}") for (i, v) in sorted(catalogue(), key=lambda k: (k[0], _vkey(k[1])))]
