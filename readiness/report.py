"""The Result: the one object every output is made from.

Plain frozen data. `Result.to_dict()` is the JSON that `readiness check --format json` prints,
that batch writes to results.jsonl and that a certificate embeds; renderers read only that.
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

STATUSES = ("pass", "fail", "missing", "not_applicable", "waived", "manual")
GAP = ("fail", "missing", "manual")  # not passed, and not decided for the business
VERDICTS = ("not_ready", "conditional", "ready")
RESULT_FORMAT = "readiness-result/1"


_RULES_JSON: dict[int, tuple[dict, dict[str, tuple[str, str]]]] = {}


@dataclass(slots=True, eq=False)
class Finding:
    """One requirement judged for one subject. Plain and cheap to make (a dossier has about a
    hundred); treat it as read-only."""

    rule: str
    status: str
    severity: str
    weight: float
    product: int | None
    path: str | None
    line: int | None
    message: str
    gain: float = 0.0

    def __eq__(self, other):  # location and rule, not wording (yamllint's LintProblem)
        return isinstance(other, Finding) and (self.rule, self.product, self.status, self.path) == (
            other.rule, other.product, other.status, other.path)

    def __hash__(self):
        return hash((self.rule, self.product, self.status, self.path))


@dataclass(frozen=True, slots=True)
class Subject:
    verdict: str
    score: float
    score_without_waivers: float
    counts: dict[str, int]


@dataclass
class Result:
    standard: dict
    lang: str
    as_of: str
    dossier: dict
    business: dict
    products: list[dict]
    findings: list[Finding]
    rules: dict[str, dict]          # every rule's texts (shared by all results of a rule set)
    certified: bool
    certificate: dict | None
    tool: dict = field(default_factory=dict)
    detail: frozenset = frozenset()  # rules with a gap or waiver here: all their texts go out

    BRIEF = ("title", "group", "subject")

    def rules_out(self) -> dict:
        """Full texts for the rules this business must act on (gaps, waivers); the title, group
        and subject for the rest (a passed or not-applicable requirement needs its name only).
        Keeps a result line small: the full texts of 48 rules were 75% of it."""
        return {k: (dict(v) if k in self.detail else {b: v[b] for b in self.BRIEF})
                for k, v in self.rules.items()}

    def to_dict(self) -> dict:
        return {
            "format": RESULT_FORMAT,
            "tool": self.tool,
            "lang": self.lang,
            "as_of": self.as_of,
            "standard": self.standard,
            "dossier": self.dossier,
            "certified": self.certified,
            "certificate": self.certificate,
            "business": self.business,
            "products": self.products,
            "findings": [{"rule": f.rule, "status": f.status, "severity": f.severity, "weight": f.weight,
                          "product": f.product, "path": f.path, "line": f.line, "message": f.message,
                          "gain": f.gain} for f in self.findings],
            "rules": self.rules_out(),
        }

    def _head(self) -> dict:
        """`to_dict()` without `rules`, findings left as `Finding` objects (orjson writes
        dataclasses in field order, the order `to_dict()` gives)."""
        return {
            "format": RESULT_FORMAT, "tool": self.tool, "lang": self.lang, "as_of": self.as_of,
            "standard": self.standard, "dossier": self.dossier, "certified": self.certified,
            "certificate": self.certificate, "business": self.business, "products": self.products,
            "findings": self.findings,
        }

    def to_json(self, indent: int | None = 2, *, data: dict | None = None) -> str:
        """The result as JSON; compact (one line) with indent=None.

        The `rules` texts are the same for every dossier checked against one rule set in one
        language, so their JSON is made once and spliced in (batch writes thousands of lines).
        Compact JSON is made by orjson when it is installed: the same text as
        `json.dumps(..., ensure_ascii=False, separators=(",", ":"))` (tested), several times
        faster; what orjson refuses (integers beyond 64 bits, lone surrogates) goes to json.
        """
        if indent is not None:
            return json.dumps(data if data is not None else self.to_dict(), ensure_ascii=False,
                              indent=indent)
        key = id(self.rules)
        hit = _RULES_JSON.get(key)
        if hit is None or hit[0] is not self.rules:
            dumps = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
            hit = _RULES_JSON[key] = (self.rules, {
                k: (dumps(k) + ":" + dumps(v), dumps(k) + ":" + dumps({b: v[b] for b in self.BRIEF}))
                for k, v in self.rules.items()})
        parts = hit[1]
        rules = ",".join(parts[k][0 if k in self.detail else 1] for k in self.rules)
        head = compact_json({k: v for k, v in data.items() if k != "rules"} if data is not None
                            else self._head(),
                            fallback=lambda: {k: v for k, v in (data or self.to_dict()).items()
                                              if k != "rules"})
        return head[:-1] + ',"rules":{' + rules + "}}"

    def gaps(self, product: int | None | str = "any") -> list[Finding]:
        return [f for f in self.findings if f.status in GAP and (product == "any" or f.product == product)]


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
