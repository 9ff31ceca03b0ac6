"""Resolved rule sets, ready for the engine: plain frozen dataclasses with compiled conditions
and validated check parameters."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from readiness.checks.base import Params

SEVERITIES = ("blocker", "major", "minor")


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
    severity: str
    severity_when: tuple[tuple[Callable, str], ...]
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

    def text(self, what: str, lang: str) -> str:
        d = getattr(self, what) or {}
        return d.get(lang) or d.get("id") or d.get("en") or ""


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
