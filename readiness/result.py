"""The result read back: one frozen, typed model of `readiness-result/1` (issue 24, the spine).

The engine builds a `readiness.report.Result` and writes it as JSON (`check --format json`,
results.jsonl, the result a certificate embeds). Every consumer of that JSON reads it once into
a `ResultDoc` and then uses attributes, not `.get(` chains:

    doc = ResultDoc.read(result_dict)       # a dict from `Result.to_dict()` or from JSON
    doc = load_result(path)                 # a result file (bad input: InputError, exit 2)
    doc.business.verdict, doc.certificate.number, doc.findings[0].status
    doc.flatten()                           # the summary row (batch, the vendor desk's jobs)
    doc.to_dict()                           # the same dict again (keys as read, in order)

The models are frozen (a consumer cannot change the result it was given) and allow fields they
do not name (others add fields; a result of a later minor version still reads). Statuses,
severities and verdicts are the vocabularies' `str` enums, so they compare equal to their codes
and write as them. Dates stay the ISO strings the JSON holds.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from readiness.errors import InputError
from readiness.model import validation_errors
from readiness.vocab import GAP, Severity, Status, Verdict

RESULT_FORMAT = "readiness-result/1"


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="allow", defer_build=True)


class Tool(_Part):
    name: str = "readiness"
    version: str = ""


class Event(_Part):
    name: str | None = None
    start: str | None = None
    end: str | None = None
    location: str | None = None
    confirmed: bool | None = None


class Standard(_Part):
    id: str
    version: str
    title: str | None = None
    event: Event = Field(default_factory=Event)
    issuer: str | None = None
    extends: list[str] = Field(default_factory=list)
    offices: dict[str, Any] | None = None


class Source(_Part):
    """Where the dossier came from: its file name and digest (batch adds `unfed_rules`)."""

    file: str | None = None
    sha256: str | None = None
    unfed_rules: list[str] = Field(default_factory=list)


class Counts(_Part):
    pass_: int = Field(0, alias="pass")
    fail: int = 0
    missing: int = 0
    not_applicable: int = 0
    waived: int = 0
    manual: int = 0


class Business(_Part):
    name: str | None = None
    nib: str | None = None
    owner: str | None = None
    address: str = ""
    regency: str | None = None
    scale: str | None = None
    verdict: Verdict = Verdict.NOT_READY
    business_level_verdict: Verdict | None = None
    score: float | None = None
    score_without_waivers: float | None = None
    counts: Counts = Field(default_factory=Counts)


class Product(_Part):
    index: int
    name: str | None = None
    category: str | None = None
    channels: list[str] = Field(default_factory=list)
    price_idr: int | float | None = None
    verdict: Verdict = Verdict.NOT_READY
    score: float | None = None
    score_without_waivers: float | None = None
    counts: Counts = Field(default_factory=Counts)
    why: str = ""              # why it is not ready, or conditional by C36 (issue 20)


class Question(_Part):
    """A `manual` finding's officer question and what the officer consults (issue 20)."""

    text: str = ""
    sources: list[str] = Field(default_factory=list)


class Finding(_Part):
    rule: str
    status: Status
    severity: Severity
    weight: float = 0.0
    product: int | None = None
    path: str | None = None
    line: int | None = None
    message: str = ""
    gain: float = 0.0
    question: Question | None = None


class Condition(_Part):
    kind: str                      # gap | waiver | manual
    rule: str
    product: int | None = None
    severity: Severity | None = None
    text: str = ""
    officer: str | None = None
    approved_by: str | None = None


class Signatory(_Part):
    name: str | None = None
    nip: str | None = None
    position: str | None = None


class Certificate(_Part):
    """A certificate due (`number` None) or issued (numbered by the register, with the office
    that issued it and the address that verifies it)."""

    number: str | None = None
    issued: str | None = None
    valid_until: str | None = None
    products: list[int] = Field(default_factory=list)
    conditions: list[Condition] = Field(default_factory=list)
    issuer: str | None = None
    office: str | None = None
    place: str | None = None
    signatory: Signatory | None = None
    signer: str | None = None
    trial: bool | None = None
    draft: bool | None = None
    verify_url: str | None = None


class RuleText(_Part):
    """A rule's texts in the result's language: title, group and subject always; the rest
    (rationale, remediation, ...) for the rules this business must act on."""

    title: str = ""
    group: str | None = None
    subject: str | None = None


class ResultDoc(_Part):
    """`readiness-result/1`, read once."""

    format: str = RESULT_FORMAT
    tool: Tool = Field(default_factory=Tool)
    lang: str = "id"
    as_of: str
    standard: Standard
    dossier: Source = Field(default_factory=Source)
    certified: bool = False
    certificate: Certificate | None = None
    business: Business
    products: list[Product] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    rules: dict[str, RuleText] = Field(default_factory=dict)

    @classmethod
    def read(cls, data: dict | ResultDoc) -> ResultDoc:
        """The typed result of a result dict (from `Result.to_dict()` or from JSON)."""
        if isinstance(data, ResultDoc):
            return data
        return cls.model_validate(data)

    @classmethod
    def view(cls, result) -> ResultDoc:
        """The summary's view of the engine's `readiness.report.Result` in a batch worker,
        without validating or copying it: business, products, certificate, dossier and the
        engine's own findings (same attribute names). For `flatten()`; read a whole result
        with `read(result.to_dict())`."""
        cert = result.certificate
        return cls.model_construct(
            as_of=result.as_of, lang=result.lang, certified=result.certified,
            business=Business.model_construct(**result.business),
            products=[Product.model_construct(**p) for p in result.products],
            findings=result.raw_findings,
            certificate=None if cert is None else Certificate.model_construct(
                **{k: v for k, v in cert.items() if k != "conditions"}),
            dossier=Source.model_construct(**(result.dossier or {})))

    def to_dict(self) -> dict:
        """The result as a plain dict again: the keys it was read with, in their order."""
        return self.model_dump(mode="python", by_alias=True, exclude_unset=True)

    def product(self, index: int | None) -> Product | None:
        """The product of a finding's `product` index (None for the business)."""
        if index is None:
            return None
        return next((p for p in self.products if p.index == index), None)

    def headline(self) -> tuple[str, float | None, str]:
        """(verdict, score, subject) that stand together: the business's overall verdict with
        the score of the subject that sets it. The overall verdict is capped at the best
        product's (a business-level 100.0 beside a product's "conditional" would contradict
        it): when it is capped, the score shown is that product's (the highest-scoring product
        with that verdict), as batch's summary pairs each verdict with its own score. subject
        "" is the business."""
        b = self.business
        verdict = b.verdict
        if (b.business_level_verdict or verdict) == verdict:
            return verdict, b.score, ""
        same = [p for p in self.products if p.verdict == verdict]
        if not same:
            return verdict, b.score, ""
        best = max(same, key=lambda p: p.score if p.score is not None else -1)
        return verdict, best.score, str(best.name or "")

    def gap_rules(self) -> tuple[list[str], list[str]]:
        """The rules with a blocking and a major gap, each once, in the findings' order."""
        blocking: list[str] = []
        major: list[str] = []
        for f in self.findings:
            if f.status in GAP:
                if f.severity is Severity.BLOCKER and f.rule not in blocking:
                    blocking.append(f.rule)
                elif f.severity is Severity.MAJOR and f.rule not in major:
                    major.append(f.rule)
        return blocking, major

    def flatten(self) -> dict:
        """The summary row of this business (batch's summaries, the vendor desk's table): the
        values as the result holds them (a business without an NIB has `nib` None)."""
        b = self.business
        cert = self.certificate
        on_cert = set(cert.products) if cert is not None else set()
        blocking, major = self.gap_rules()
        prods = self.products
        return {
            "name": b.name, "nib": b.nib, "regency": b.regency or "",
            "certified": bool(self.certified), "verdict": b.verdict,
            "business_verdict": b.business_level_verdict or b.verdict,
            "score": b.score,
            "products": [[p.name, p.verdict, p.score] for p in prods],
            "products_ready": sum(p.verdict == Verdict.READY for p in prods),
            "products_conditional": sum(p.verdict == Verdict.CONDITIONAL for p in prods),
            "products_total": len(prods),
            "blocking": blocking, "major": major,
            "certificate": (cert.number if cert is not None else "") if self.certified else "",
            "categories": [[p.category, p.index in on_cert] for p in prods],
            "form_gaps": list(self.dossier.unfed_rules),
        }


def read_result(data: Any, *, file: str | None = None, line_of=None) -> ResultDoc:
    """A result from data read from a file: refused (InputError naming the file, the line and
    the field) unless it is a `readiness-result/1` with a business, products and findings."""
    if not isinstance(data, dict) or data.get("format") != RESULT_FORMAT:
        raise InputError("not_a_result", file=file)
    for key in ("business", "products", "findings"):
        if key not in data:
            raise InputError("result_lacks", key=key, file=file)
    try:
        return ResultDoc.model_validate(data)
    except ValidationError as e:
        raise validation_errors(e, file=file, line_of=line_of) from None


def load_result(path) -> ResultDoc:
    """A result file (JSON, as `check --format json` writes it), read once."""
    from readiness.load import load_source

    src = load_source(path, name=str(path), kind="json")
    return read_result(src.data, file=str(path), line_of=src.line_of)
