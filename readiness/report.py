"""The Result: the one object every output is made from.

Plain data. Findings carry their messages as codes and arguments (`readiness.words.Msg`);
words are chosen when the result is rendered: `Result.to_dict()` / `to_json()` give the JSON
that `readiness check --format json` prints, that batch writes to results.jsonl and that a
certificate embeds, with every `message` (and condition `text`) in the result's language;
renderers read only that.
"""

from __future__ import annotations

import hashlib
import json

try:  # compact JSON (batch writes one ~25 KiB line per business): 5x faster than json.dumps
    import orjson
except ImportError:  # pragma: no cover - a dependency; json gives the same text
    orjson = None
from dataclasses import dataclass, field
from typing import Any

from readiness.standards.model import BRIEF, RuleTexts
from readiness.vocab import Severity, Status
from readiness.words import Msg, message, pick, render, t

RESULT_FORMAT = "readiness-result/1"


@dataclass(slots=True, eq=False)
class Finding:
    """One requirement judged for one subject. Plain and cheap to make (a dossier has about a
    hundred); treat it as read-only. `message` is the worded form of `msgs`, filled in when
    the result is rendered (in the result's language)."""

    rule: str
    status: Status
    severity: Severity
    weight: float
    product: int | None
    path: str | None
    line: int | None
    message: str = ""
    gain: float = 0.0
    # a `manual` finding: the officer's question and what to consult, {text, sources} in the
    # result's language (None otherwise); filled in from `_ask` when the result is rendered
    question: dict | None = None
    _msgs: tuple[Msg, ...] = ()     # what it says, as codes (not written to JSON)
    _ask: dict | None = None        # the question in both languages (not written to JSON)

    @property
    def msgs(self) -> tuple[Msg, ...]:
        return self._msgs

    def __eq__(self, other):  # location and rule, not wording (yamllint's LintProblem)
        return isinstance(other, Finding) and (self.rule, self.product, self.status, self.path) == (
            other.rule, other.product, other.status, other.path)

    def __hash__(self):
        return hash((self.rule, self.product, self.status, self.path))


@dataclass(slots=True)
class Condition:
    """A condition of a certificate: a major gap, an officer's waiver or a verdict to come."""

    kind: str           # gap | waiver | manual
    finding: Finding
    officer: str = ""          # a waiver: who granted it
    approved_by: str = ""      # a blocker's waiver: the second officer who approved it

    def to_dict(self, texts: RuleTexts) -> dict:
        f = self.finding
        extra = {}
        if self.kind == "waiver":
            text = f.message
            extra = {"officer": self.officer, "approved_by": self.approved_by}
        elif self.kind == "gap":
            text = f"{texts.rules[f.rule]['title']}: {f.message}"
        else:  # e.g. the organizer's inspection, still to come
            text = f"{texts.rules[f.rule]['title']}: {render('pending_officer', {}, texts.lang)}"
        return {"kind": self.kind, "rule": f.rule, "product": f.product, "severity": f.severity,
                "text": text, **extra}


@dataclass
class Result:
    standard: dict
    lang: str
    as_of: str
    dossier: dict
    business: dict
    products: list[dict]
    raw_findings: list[Finding]     # as the engine made them: messages as codes
    texts: dict[str, RuleTexts]     # the rule set's texts, per language
    certified: bool
    certificate: dict | None        # without `conditions`: see `conditions`
    tool: dict = field(default_factory=dict)
    detail: frozenset = frozenset()  # rules with a gap or waiver here: all their texts go out
    conditions: list[Condition] = field(default_factory=list)
    why: dict = field(default_factory=dict)   # product index -> Msg: why its verdict (C36)
    _worded: str | None = None       # the language the findings' messages are in

    @property
    def findings(self) -> list[Finding]:
        """The findings, their messages worded in the result's language."""
        self.word()
        return self.raw_findings

    @property
    def rules(self) -> dict[str, dict]:
        """Every rule's texts in the result's language."""
        return self.texts[self.lang].rules

    def word(self) -> Result:
        """Fill in every finding's message in the result's language (done once per language)."""
        if self._worded == self.lang:
            return self
        texts = self.texts[self.lang]
        ok = t("msg.ok", self.lang)
        na = texts.not_applicable
        for f in self.raw_findings:
            s = f.status
            if s is Status.NOT_APPLICABLE:   # why not: the rule's words, or an exemption's
                f.message = texts.exempt[f.rule][f._msgs[0].args["reason"]] if f._msgs \
                    else na[f.rule]
            elif s is Status.PASS or not f._msgs:
                f.message = ok
            else:
                f.message = message(f._msgs, self.lang)
            if f._ask is not None:
                f.question = worded_question(f._ask, f.message, self.lang)
        for p in self.products:
            m = self.why.get(p.get("index"))
            p["why"] = m.text(self.lang) if m is not None else ""
        self._worded = self.lang
        return self

    def certificate_dict(self) -> dict | None:
        if self.certificate is None:
            return None
        texts = self.texts[self.lang]
        cert = dict(self.certificate)
        cert["conditions"] = [c.to_dict(texts) for c in self.conditions]
        return cert

    def rules_out(self) -> dict:
        """Full texts for the rules this business must act on (gaps, waivers); the title, group
        and subject for the rest (a passed or not-applicable requirement needs its name only).
        Keeps a result line small: the full texts of 48 rules were 75% of it."""
        return {k: (dict(v) if k in self.detail else {b: v[b] for b in BRIEF})
                for k, v in self.rules.items()}

    def to_dict(self) -> dict:
        self.word()
        return {
            "format": RESULT_FORMAT,
            "tool": self.tool,
            "lang": self.lang,
            "as_of": self.as_of,
            "standard": self.standard,
            "dossier": self.dossier,
            "certified": self.certified,
            "certificate": self.certificate_dict(),
            "business": self.business,
            "products": self.products,
            "findings": [{"rule": f.rule, "status": f.status, "severity": f.severity, "weight": f.weight,
                          "product": f.product, "path": f.path, "line": f.line, "message": f.message,
                          "gain": f.gain, "question": f.question} for f in self.findings],
            "rules": self.rules_out(),
        }

    def _head(self) -> dict:
        """`to_dict()` without `rules`, findings left as `Finding` objects (orjson writes
        dataclasses in field order, the order `to_dict()` gives, and leaves out `_msgs`)."""
        self.word()
        return {
            "format": RESULT_FORMAT, "tool": self.tool, "lang": self.lang, "as_of": self.as_of,
            "standard": self.standard, "dossier": self.dossier, "certified": self.certified,
            "certificate": self.certificate_dict(), "business": self.business,
            "products": self.products, "findings": self.findings,
        }

    def to_json(self, indent: int | None = 2) -> str:
        """The result as JSON; compact (one line) with indent=None.

        The `rules` texts are the same for every dossier checked against one rule set in one
        language, so their JSON is made once (with the rule set) and spliced in. Compact JSON
        is made by orjson when it is installed: the same text as `json.dumps(...,
        ensure_ascii=False, separators=(",", ":"))` (tested), several times faster; what
        orjson refuses (integers beyond 64 bits, lone surrogates) goes to json.
        """
        if indent is not None:
            return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)
        texts = self.texts[self.lang]
        full, brief, detail = texts.json_full, texts.json_brief, self.detail
        rules = ",".join(full[k] if k in detail else brief[k] for k in texts.rules)
        head = compact_json(self._head(), fallback=lambda: {
            k: v for k, v in self.to_dict().items() if k != "rules"})
        return head[:-1] + ',"rules":{' + rules + "}}"


def worded_question(ask: dict, msg: str, lang: str) -> dict:
    """A manual finding's question in `lang`: {text, sources}. Without a question of its own
    (a check kind that words its question as its message), the message is the question."""
    text = pick(ask.get("text"), lang) if ask.get("text") else msg
    return {"text": text, "sources": [pick(s, lang) if isinstance(s, dict) else str(s)
                                      for s in ask.get("sources") or ()]}


def compact_json(obj: Any, fallback=None) -> str:
    """One-line JSON, the text of `json.dumps(obj, ensure_ascii=False, separators=(",", ":"),
    default=str)`: by orjson when it can (several times faster), else by json, on `fallback()`
    when given (for objects only orjson can write, such as dataclasses)."""
    if orjson is not None:
        try:
            return orjson.dumps(obj, default=str).decode("utf-8")
        except (TypeError, orjson.JSONEncodeError):
            pass
    return json.dumps(fallback() if fallback is not None else obj, ensure_ascii=False,
                      separators=(",", ":"), default=str)


def certificate_number(result: dict) -> str:
    """The number of a certificate of the earlier Ed25519 scheme: a digest of what it states
    (standard, business, as-of date, certified products, conditions). Kept so that `readiness
    verify` can recompute it for those certificates; numbers are now given by the register
    (readiness.register.numbers) when a certificate is issued."""
    cert = result.get("certificate") or {}
    std = result["standard"]
    basis = {
        "standard": f"{std['id']}@{std['version']}",
        "event": (std.get("event") or {}).get("end"),
        "business": [result["business"].get("nib"), result["business"].get("name")],
        "as_of": result["as_of"],
        "products": [[p["index"], p["name"], p["verdict"]] for p in result["products"]
                     if p["index"] in cert.get("products", [])],
        "conditions": [[c["kind"], c["rule"], c.get("product")] for c in cert.get("conditions", [])],
        "dossier": (result.get("dossier") or {}).get("sha256"),
    }
    digest = hashlib.sha256(json.dumps(basis, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
    prefix = "".join(w[0] for w in std["id"].split("-")).upper()
    nib = result["business"].get("nib") or "0"
    return f"{prefix}-{std['version']}-{nib}-{digest[:8].upper()}"
