"""The JSON Schema of rule-set files (`format: readiness-standard/1`).

Built from the check kinds' parameter models so that the schema, the loader and the kinds can
never disagree; `rule-set.schema.json` beside this file is the same schema written out (a test
keeps them equal) for editors and for organizers who validate their own files.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from readiness.checks import KINDS

FORMAT = "readiness-standard/1"
SCHEMA_FILE = Path(__file__).with_name("rule-set.schema.json")

_TEXT = {
    "type": "object",
    "description": "Text in Indonesian (id) and English (en).",
    "properties": {"id": {"type": "string", "minLength": 1}, "en": {"type": "string", "minLength": 1}},
    "required": ["id", "en"],
    "additionalProperties": False,
}
_SEVERITY_NAME = {"enum": ["blocker", "major", "minor"]}
_COND = {"type": "object", "minProperties": 1,
         "description": "A declarative condition: category, channel, any_product, scale, field with "
                        "equals/in/contains/present/matches/at_least/at_most/below/mentions/"
                        "every_mentions/every_in/before, all, "
                        "any, not; a value may be {param: NAME}."}
_DATE = {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "ISO date"}
_OFFICE_KIND = {"type": "string", "pattern": r"^[a-z][a-z0-9_]{1,39}$"}
_SOURCES = {"type": "array", "description": "What an officer consults to answer the question "
                                            "(a regulation, a register, a web address).",
            "items": {"oneOf": [{"type": "string", "minLength": 1}, _TEXT]}}
# The offices a business visits, by kind (dpmptsp, dinkes, ...): a generic name, and per
# regency/city the office of that regency with its address where the standard knows it. The
# names and addresses are facts a tailored standard can correct (`confirmed: true` marks what
# has been checked against an official source; anything else is printed with a caveat).
_OFFICES = {
    "type": "object",
    "description": "Offices to visit, by kind; each rule names its kind (`office`). Per regency "
                   "(as written in business.address.regency, without 'Kabupaten'): the office "
                   "of that regency and its address. `confirmed: true` when the name was checked "
                   "against an official source; an office without `confirmed` is not confirmed, "
                   "and a regency entry without it takes its office's. An unconfirmed name is "
                   "printed with '(nama kantor belum diverifikasi)'. Rule texts name offices by "
                   "placeholder: {office} (the rule's own `office`) or {office:KIND}, resolved "
                   "for the business's regency.",
    "propertyNames": _OFFICE_KIND,
    "additionalProperties": {
        "type": "object", "additionalProperties": False,
        "description": "`name` is required once the rule set is resolved (an override of an "
                       "inherited office may give only what it changes)",
        "properties": {
            "name": _TEXT,
            "address": {"type": "string"},
            "online": {"type": "string", "description": "a web address where it can be done online"},
            "confirmed": {"type": "boolean", "description": "true: the name was checked against "
                                                           "an official source (absent: not "
                                                           "confirmed)"},
            "note": _TEXT,
            "regencies": {"type": "object", "additionalProperties": {
                "type": "object", "additionalProperties": False,
                "properties": {"name": {"type": "string", "minLength": 1},
                               "address": {"type": "string"},
                               "confirmed": {"type": "boolean", "description": (
                                   "absent: the office's `confirmed`")}}}},
        },
    },
}


def _check_schema() -> dict:
    one_check = {
        "type": "object",
        "required": ["kind"],
        "properties": {
            "kind": {"enum": sorted(KINDS)},
            "variants": {"type": "array", "items": {
                "type": "object", "required": ["if", "set"], "additionalProperties": False,
                "properties": {"if": _COND, "set": {"type": "object"}}}},
        },
        "allOf": [],
    }
    for name, kind in sorted(KINDS.items()):
        ps = kind.params.model_json_schema()
        props = {k: {} for k in ps.get("properties", {})}
        props.update({"kind": {}, "variants": {}})
        one_check["allOf"].append({
            "if": {"properties": {"kind": {"const": name}}, "required": ["kind"]},
            "then": {"properties": props, "additionalProperties": False,
                     "required": ["kind"] + [r for r in ps.get("required", [])]},
        })
    return {
        "oneOf": [
            {"$ref": "#/$defs/one_check"},
            {"type": "object", "required": ["all"], "additionalProperties": False,
             "properties": {"all": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/check"}}}},
            {"type": "object", "required": ["any"], "additionalProperties": False,
             "properties": {"any": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/check"}}}},
            {"type": "object", "required": ["if", "then"], "additionalProperties": False,
             "description": "The check that fits the subject: `then` when the condition holds, "
                            "else `else` (none: the subject passes).",
             "properties": {"if": _COND, "then": {"$ref": "#/$defs/check"},
                            "else": {"$ref": "#/$defs/check"}}},
        ]
    }, one_check


@lru_cache(maxsize=1)
def rule_set_schema() -> dict:
    check, one_check = _check_schema()
    rule = {
        "type": "object",
        "required": ["id"],
        "additionalProperties": False,
        "properties": {
            "id": {"type": "string", "pattern": r"^[A-Z]{2,5}-\d{2}$"},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "group": {"type": "string"},
            "subject": {"enum": ["business", "product"]},
            "title": _TEXT, "rationale": _TEXT, "evidence": _TEXT, "remediation": _TEXT,
            "agency": _TEXT, "not_applicable": _TEXT,
            "office": dict(_OFFICE_KIND, description="the kind of office to visit (a key of "
                                                     "`offices`); the plan names the office of "
                                                     "the business's regency"),
            "reference": {"type": "string"},
            "severity": {"oneOf": [_SEVERITY_NAME, {
                "type": "object", "required": ["default"], "additionalProperties": False,
                "properties": {"default": _SEVERITY_NAME, "when": {"type": "array", "items": {
                    "type": "object", "required": ["if", "then"], "additionalProperties": False,
                    "properties": {"if": _COND, "then": _SEVERITY_NAME}}}}}]},
            "weight": {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
            "applies": _COND,
            "exempt": {"type": "array", "description": (
                "Exemptions the law grants: the first whose condition holds makes the rule not "
                "applicable to the subject, with its reason."), "items": {
                "type": "object", "required": ["if", "reason"], "additionalProperties": False,
                "properties": {"if": _COND, "reason": _TEXT}}},
            "check": {"$ref": "#/$defs/check"},
            "question": dict(_TEXT, description=(
                "The officer's question when the check's outcome is `manual` and brings none "
                "of its own (a manual branch of another check kind; the `manual` kind asks its "
                "`instructions`). May name dossier values as {product.FIELD} / "
                "{business.FIELD} and offices as {office} / {office:KIND}.")),
            "sources": _SOURCES,
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://readiness.example/schemas/readiness-standard-1.json",
        "title": "readiness rule set (readiness-standard/1)",
        "type": "object",
        "required": ["format", "id", "version"],
        "additionalProperties": False,
        "properties": {
            "format": {"const": FORMAT},
            "id": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]{1,62}$"},
            "version": {"type": "string", "pattern": r"^\d{4}\.\d+$"},
            "extends": {"type": "string", "minLength": 1},
            "status": {"enum": ["current", "superseded"], "description": (
                "superseded: a published edition replaced by `superseded_by`; it stays loadable "
                "so that earlier results can be reproduced")},
            "superseded_by": {"type": "string", "pattern": r"^[a-z0-9][a-z0-9-]{1,62}@\d{4}\.\d+$"},
            "requires": {"type": "string", "description": "minimum readiness version, e.g. '>=0.1'"},
            "title": _TEXT,
            "description": _TEXT,
            "event": {"type": "object", "additionalProperties": False, "properties": {
                "name": _TEXT, "start": _DATE, "end": _DATE, "location": {"type": "string"},
                "confirmed": {"type": "boolean"}, "note": _TEXT}},
            "issuer": _TEXT,
            "parameters": {"type": "object"},
            "offices": _OFFICES,
            "scoring": {"type": "object", "additionalProperties": False, "properties": {
                "weights": {"type": "object", "additionalProperties": False, "properties": {
                    k: {"type": "number", "exclusiveMinimum": 0} for k in ("blocker", "major", "minor")}},
                "thresholds": {"type": "object", "additionalProperties": False, "properties": {
                    "ready": {"type": "number", "minimum": 0, "maximum": 100},
                    "conditional": {"type": "number", "minimum": 0, "maximum": 100}}},
                "few_rules_weight": {"type": "number", "minimum": 0, "description": (
                    "A product (never the business) that is not ready becomes conditional when "
                    "none of its blockers is a gap, exactly one major is, and its applicable "
                    "requirements weigh less than this (its score unchanged). 0 or absent: off.")}}},
            "disable": {"type": "array", "items": {"type": "string"}},
            "rules": {"type": "array", "items": {"$ref": "#/$defs/rule"}},
        },
        "$defs": {"rule": rule, "check": check, "one_check": one_check},
    }
