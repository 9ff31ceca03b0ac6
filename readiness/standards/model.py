"""Resolved rule sets, ready for the engine: plain frozen dataclasses with compiled conditions,
validated check parameters, and what the engine's loop needs worked out once, when the loader
makes them: each rule's `RulePlan` (fixed severity and weight, the check function, the category
and channel gates) and the rule texts in each language (`RuleTexts`)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any, Callable

from readiness.checks.base import Params
from readiness.vocab import Severity


@dataclass(frozen=True)
class Leaf:
    kind: str
    fn: Callable
    params: Params
    variants: tuple[tuple[Callable, Params], ...] = ()


@dataclass(frozen=True)
class Combo:
    op: str  # all | any
    parts: tuple["Leaf | Combo | Choice", ...]


@dataclass(frozen=True)
class Choice:
    """`{if: CONDITION, then: CHECK, else: CHECK}`: the check that fits the subject (no `else`:
    the subject passes)."""

    cond: Callable
    then: "Leaf | Combo | Choice"
    otherwise: "Leaf | Combo | Choice | None" = None


@dataclass(frozen=True)
class Rule:
    id: str
    group: str
    subject: str  # business | product
    title: dict
    rationale: dict
    evidence: dict
    remediation: dict
    agency: dict
    reference: str
    severity: Severity
    severity_when: tuple[tuple[Callable, Severity], ...]
    weight: float | None
    applies: Callable | None
    not_applicable: dict
    check: Leaf | Combo | Choice
    kinds: tuple[str, ...]
    raw: dict = field(repr=False, compare=False)
    aliases: tuple[str, ...] = ()
    # (condition, reason {id, en}): the rule applies, but the law exempts this subject; the
    # first that holds makes the finding not_applicable with its reason
    exemptions: tuple[tuple[Callable, dict], ...] = ()
    office: str = ""    # the kind of office to visit (a key of RuleSet.offices), "" unknown

    def text(self, what: str, lang: str) -> str:
        d = getattr(self, what) or {}
        return d.get(lang) or d.get("id") or d.get("en") or ""


@dataclass(frozen=True)
class RulePlan:
    """One rule as the engine's loop runs it."""

    rule: Rule
    severity: Severity | None      # None: it depends on the subject (rule.severity_when)
    weight: float | None           # with a fixed severity
    applies: Callable | None
    fn: Callable | None            # a plain leaf check (else the engine walks rule.check)
    params: Params | None
    categories: frozenset | None   # a product outside these categories: not applicable
    channels: frozenset | None     # a product selling through none of these: not applicable
    exemptions: tuple[Callable, ...] = ()   # the first that holds: not applicable, its reason


BRIEF = ("title", "group", "subject")


@dataclass(frozen=True)
class RuleTexts:
    """Every rule's texts in one language, as results carry them (`rules`), with their JSON
    made once (a batch writes them into thousands of result lines)."""

    lang: str
    rules: dict[str, dict]              # rule id -> title, group, subject, evidence, ...
    not_applicable: dict[str, str]      # rule id -> why it does not apply
    exempt: dict[str, tuple[str, ...]]  # rule id -> the reason of each exemption
    json_full: dict[str, str] = field(repr=False)    # rule id -> '"ID":{...all texts}'
    json_brief: dict[str, str] = field(repr=False)   # rule id -> '"ID":{title,group,subject}'

    @classmethod
    def make(cls, rules: tuple[Rule, ...], lang: str, pick) -> "RuleTexts":
        out = {
            r.id: {
                "title": pick(r.title, lang), "group": r.group, "subject": r.subject,
                "evidence": pick(r.evidence, lang), "remediation": pick(r.remediation, lang),
                "agency": pick(r.agency, lang), "reference": r.reference,
                "rationale": pick(r.rationale, lang), "office": r.office,
            }
            for r in rules
        }

        def dumps(v: Any) -> str:
            return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

        return cls(lang, out, {r.id: pick(r.not_applicable, lang) for r in rules},
                   {r.id: tuple(pick(reason, lang) for _, reason in r.exemptions)
                    for r in rules if r.exemptions},
                   {k: dumps(k) + ":" + dumps(v) for k, v in out.items()},
                   {k: dumps(k) + ":" + dumps({b: v[b] for b in BRIEF}) for k, v in out.items()})


@dataclass(frozen=True)
class RuleSet:
    id: str
    version: str
    title: dict
    description: dict
    event: dict | None  # {"name": {...}, "start": date, "end": date, ...}
    issuer: dict
    parameters: dict
    weights: dict
    thresholds: dict
    rules: tuple[Rule, ...]
    source: str
    chain: tuple[str, ...]  # this rule set, then what it extends, nearest first
    disabled: tuple[str, ...]
    raw: dict = field(repr=False, compare=False)
    status: str = "current"             # current | superseded (a published edition replaced)
    superseded_by: str | None = None    # ID@VERSION of its successor
    # (edition, successor) when this rule set is, or is a tailoring of, a superseded edition:
    # the note `check` prints on stderr
    supersession: tuple[str, str] | None = None
    business_plan: tuple[RulePlan, ...] = field(default=(), repr=False, compare=False)
    product_plan: tuple[RulePlan, ...] = field(default=(), repr=False, compare=False)
    texts: dict[str, RuleTexts] = field(default_factory=dict, repr=False, compare=False)
    offices: dict = field(default_factory=dict, repr=False, compare=False)  # kind -> office

    # A rule set travels to another process (a Dask worker, maybe on another machine) as its
    # resolved document and is compiled again there: readiness.standards.loader, which makes
    # every RuleSet, registers how with copyreg (its compiled conditions are closures, which
    # pickle cannot carry), so this model does not import its loader.

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def rule(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id or rule_id in r.aliases:
                return r
        return None

    def event_dates(self) -> tuple[dt.date, dt.date] | None:
        if self.event and self.event.get("start") and self.event.get("end"):
            return self.event["start"], self.event["end"]
        return None
