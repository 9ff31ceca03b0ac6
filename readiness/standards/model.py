"""Resolved rule sets, ready for the engine: plain frozen dataclasses with compiled conditions,
validated check parameters, and what the engine's loop needs worked out once, when the loader
makes them: each rule's `RulePlan` (fixed severity and weight, the check function, the category
and channel gates) and the rule texts in each language (`RuleTexts`)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any
from collections.abc import Callable

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
    parts: tuple[Leaf | Combo | Choice, ...]


@dataclass(frozen=True)
class Choice:
    """`{if: CONDITION, then: CHECK, else: CHECK}`: the check that fits the subject (no `else`:
    the subject passes)."""

    cond: Callable
    then: Leaf | Combo | Choice
    otherwise: Leaf | Combo | Choice | None = None


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
    # the officer's question for a `manual` outcome that brings none of its own (a manual
    # branch of another check kind), {id, en}; and what to consult (str or {id, en} each)
    question: dict | None = None
    sources: tuple = ()

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
    def make(cls, rules: tuple[Rule, ...], lang: str, pick, fill=None) -> RuleTexts:
        """`fill(text, rule)`: a text with its placeholders resolved (the offices of one
        regency: readiness.standards.offices), else the texts as written."""
        def say(d, r):
            text = pick(d, lang)
            return fill(text, r) if fill is not None and text else text

        out = {
            r.id: {
                "title": say(r.title, r), "group": r.group, "subject": r.subject,
                "evidence": say(r.evidence, r), "remediation": say(r.remediation, r),
                "agency": say(r.agency, r), "reference": r.reference,
                "rationale": say(r.rationale, r), "office": r.office,
            }
            for r in rules
        }

        def dumps(v: Any) -> str:
            return json.dumps(v, ensure_ascii=False, separators=(",", ":"))

        return cls(lang, out, {r.id: say(r.not_applicable, r) for r in rules},
                   {r.id: tuple(say(reason, r) for _, reason in r.exemptions)
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
    # the texts with office placeholders resolved for one regency, `(lang, regency key) ->
    # RuleTexts` (the loader gives it; None: no rule text names an office); see `texts_for`
    regional_texts: Callable | None = field(default=None, repr=False, compare=False)
    _regional: dict = field(default_factory=dict, repr=False, compare=False)

    # A rule set travels to another process (a Dask worker, maybe on another machine) as its
    # resolved document and is compiled again there: readiness.standards.loader, which makes
    # every RuleSet, registers how with copyreg (its compiled conditions are closures, which
    # pickle cannot carry), so this model does not import its loader.

    def texts_for(self, lang: str, regency_key: str) -> RuleTexts:
        """The rule texts in `lang` for a business of the regency `regency_key`
        (readiness.standards.offices.regency_key): the shared texts when no rule text names an
        office; else made once per regency (and language)."""
        if self.regional_texts is None:
            return self.texts[lang]
        key = (lang, regency_key)
        got = self._regional.get(key)
        if got is None:
            got = self.regional_texts(lang, regency_key)
            if len(self._regional) < 256:    # the regencies of a province; bounded all the same
                self._regional[key] = got
        return got

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    @cached_property
    def digest(self) -> str:
        """The resolved rule set's content (SHA-256 of its document): a key for what is worked
        out from a rule set (the self-assessment's form steps), the same for an edition loaded
        twice or copied under another name, different for a tailored file that changed."""
        raw = json.dumps(self.raw, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()

    def rule(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id or rule_id in r.aliases:
                return r
        return None

    def event_dates(self) -> tuple[dt.date, dt.date] | None:
        if self.event and self.event.get("start") and self.event.get("end"):
            return self.event["start"], self.event["end"]
        return None
