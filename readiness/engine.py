"""The engine: for each subject x rule, does it apply? -> check kind -> Finding; then scores,
verdicts and the certificate decision (requirements.md, "Verdict and score").

Check kinds say pass / fail / missing / manual with message codes; the engine adds the rule
id, the effective severity, the weight and officers' decisions. What the loop needs per rule
was worked out when the rule set loaded (`RuleSet.business_plan`, `.product_plan`); words are
chosen when the result is rendered (`Result.to_dict`, `to_json`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from collections.abc import Callable

from readiness.clock import office_today
from readiness import __version__
from readiness.checks.base import Context, Msg, Outcome, fill_text
from readiness.decisions import NO_DECISIONS, Decisions
from readiness.fieldpaths import concrete_to_json, split_concrete
from readiness.standards.offices import fill_offices, offices_for, regency_key
from readiness.report import Condition, Finding, Result
from readiness.standards.model import Choice, Combo, Leaf, Rule, RuleSet
from readiness.vocab import GAP, MET, Severity, Status, Verdict
from readiness.words import pick

PASS, FAIL, MISSING, MANUAL = Status.PASS, Status.FAIL, Status.MISSING, Status.MANUAL
NOT_APPLICABLE, WAIVED = Status.NOT_APPLICABLE, Status.WAIVED
_BLOCKING = (Severity.BLOCKER, Severity.MAJOR)
_STATUS_NAMES = tuple(s.value for s in Status)


def _decide(decisions: Decisions, rid: str, subj: int | None, status: str, msgs: list,
            as_of: dt.date) -> tuple[str, list]:
    """Officers' decisions: a verdict on a manual check, a waiver of a gap (or its expiry)."""
    if status == MANUAL:
        v = decisions.verdict_for(rid, subj)
        if v is not None and v.date > as_of:      # dated after the check: not yet recorded
            msgs = msgs + [Msg("verdict_not_yet", {"officer": v.officer, "date": v.date})]
        elif v is not None:
            status = PASS if v.verdict == PASS else FAIL
            msgs = [Msg("officer_verdict", {"officer": v.officer, "date": v.date,
                                            "verdict": v.verdict, "note": v.note})]
    if status in GAP:
        w = decisions.waiver_for(rid, subj)
        if w is not None:
            if w.date > as_of:                       # granted in the future: not yet in effect
                msgs = msgs + [Msg("waiver_not_yet", {"officer": w.officer, "date": w.date})]
            elif w.expires >= as_of:
                status = WAIVED
                # who waived it and, for a blocker, the second officer who approved it
                msgs = [Msg("waived_approved" if w.approved_by else "waived",
                            {"officer": w.officer, "approved_by": w.approved_by or "",
                             "expires": w.expires, "reason": w.reason})] + msgs
            else:
                msgs = msgs + [Msg("waiver_expired", {"officer": w.officer, "expires": w.expires})]
    return status, msgs


def run_check(check: Leaf | Combo | Choice, ctx: Context) -> Outcome:
    if isinstance(check, Choice):
        chosen = check.then if check.cond(ctx) else check.otherwise
        return Outcome(PASS) if chosen is None else run_check(chosen, ctx)
    if isinstance(check, Leaf):
        params = check.params
        for cond, p in check.variants:
            if cond(ctx):
                params = p
                break
        return check.fn(params, ctx)
    outs = [run_check(c, ctx) for c in check.parts]
    if check.op == "all":
        for status in (FAIL, MISSING, MANUAL):
            bad = [o for o in outs if o.status == status]
            if bad:
                return Outcome(status, bad[0].path, tuple(m for o in bad for m in o.messages))
        return Outcome(PASS, outs[0].path, ())
    passed = [o for o in outs if o.status == PASS]
    if passed:
        return Outcome(PASS, passed[0].path, ())
    for status in (MISSING, MANUAL, FAIL):
        bad = [o for o in outs if o.status == status]
        if bad:
            return Outcome(status, bad[0].path, tuple(m for o in outs for m in o.messages))
    return outs[0]


def severity_of(rule: Rule, ctx: Context) -> Severity:
    for cond, sev in rule.severity_when:
        if cond(ctx):
            return sev
    return rule.severity


def _subject_summary(findings: list[Finding], rs: RuleSet, product: bool = False) -> dict:
    counts = dict.fromkeys(_STATUS_NAMES, 0)   # plain str keys: orjson writes only those
    total = passed = strict = 0.0
    blocking = dict.fromkeys(_BLOCKING, False)
    for f in findings:
        counts[f.status] += 1
        if f.status is NOT_APPLICABLE:
            continue
        total += f.weight
        if f.status in MET:
            passed += f.weight
        if f.status is PASS:
            strict += f.weight
        if f.status in GAP and f.severity in blocking:
            blocking[f.severity] = True
    score = round(100.0 * passed / total, 1) if total else 100.0
    strict_score = round(100.0 * strict / total, 1) if total else 100.0
    th = rs.thresholds
    if not blocking[Severity.BLOCKER] and not blocking[Severity.MAJOR] and score >= th["ready"]:
        verdict = Verdict.READY
    elif not blocking[Severity.BLOCKER] and score >= th["conditional"]:
        verdict = Verdict.CONDITIONAL
    else:
        verdict = Verdict.NOT_READY
    why = None
    if product and verdict is Verdict.NOT_READY:
        verdict, why = _why_not_ready(findings, rs, score, total)
    return {"verdict": verdict, "score": score, "score_without_waivers": strict_score,
            "counts": counts, "_total": total, "_why": why}


def _why_not_ready(findings: list[Finding], rs: RuleSet, score: float, total: float) -> tuple:
    """A product that is not ready: why (a blocker gap, or the score), and C36 (issue 20): a
    product with few applicable requirements (weighing less than `scoring.few_rules_weight`)
    whose only gap besides minors is one major, and no blocker gap, is conditional (its score
    unchanged)."""
    gaps = [f for f in findings if f.status in GAP]
    blockers = [f.rule for f in gaps if f.severity is Severity.BLOCKER]
    if blockers:
        return Verdict.NOT_READY, Msg("not_ready_blocker", {"rules": list(dict.fromkeys(blockers))})
    majors = [f.rule for f in gaps if f.severity is Severity.MAJOR]
    few = rs.thresholds.get("few_rules_weight") or 0
    if len(majors) == 1 and total < few:
        n = sum(1 for f in findings if f.status is not NOT_APPLICABLE)
        return Verdict.CONDITIONAL, Msg("few_rules", {"score": score, "n": n, "rule": majors[0],
                                                       "threshold": rs.thresholds["conditional"]})
    return Verdict.NOT_READY, Msg("not_ready_score", {"score": score,
                                                      "threshold": rs.thresholds["conditional"]})


def _officer_question(rule: Rule, msgs, ctx: Context, rs: RuleSet, regency: Any) -> tuple:
    """(question, messages) of a `manual` finding: the question the outcome asks (the manual
    kind's `instructions`), else the rule's `question` (a manual branch of another kind), its
    offices named for the business's regency; the sources of both. The text is None when
    neither gives one (the finding's own message is then the question)."""
    text, sources, out = None, [], []
    for m in msgs:
        if m.code == "needs_officer":
            asked = m.args.get("instructions") or None
            if asked and rs.offices:
                asked = {k: fill_offices(v, rule.office, rs.offices, regency, k)
                         for k, v in asked.items()}
                m = Msg(m.code, {**m.args, "instructions": asked})
            text = text or asked
            sources.extend(m.args.get("sources") or ())
        out.append(m)
    if not text and rule.question:
        text = fill_text(rule.question, ctx)
        if rs.offices:
            text = {k: fill_offices(v, rule.office, rs.offices, regency, k) for k, v in text.items()}
    uniq = []
    for src in list(sources) + list(rule.sources):
        if src not in uniq:
            uniq.append(src)
    return {"text": text, "sources": tuple(uniq)}, tuple(out)


def _texts(rs: RuleSet, regency: Any) -> dict:
    """The rule texts per language, their office placeholders resolved for the regency."""
    if rs.regional_texts is None:
        return rs.texts
    return {k: rs.texts_for(k, regency_key(regency)) for k in rs.texts}


def evaluate(
    dossier: Any,
    rs: RuleSet,
    *,
    as_of: dt.date | None = None,
    event: tuple[dt.date, dt.date] | None = None,
    lang: str = "id",
    decisions: Decisions | None = None,
    line_of: Callable[[list], int | None] | None = None,
    source: dict | None = None,
    unread: dict[tuple[str, Any], tuple[Msg, ...]] | None = None,
) -> Result:
    """Judge a dossier (a `model.Dossier` or its dump) against a resolved rule set: each
    subject judged (`judge_subject`), summarised (`summarise`), then the certificate decided
    (`certify`). `unread`: (rule, subject or "*" for all) -> why the data it reads could not
    be read (a spreadsheet cell), or was not asked (the organizer's form lacks it): such a
    requirement not met is `missing`, said with why, never the vendor's failure."""
    root = dossier.model_dump(mode="python", exclude_none=True) if hasattr(dossier, "model_dump") else dossier
    as_of = as_of or office_today()
    start, end = event or rs.event_dates() or (as_of, as_of)
    decisions = decisions or NO_DECISIONS
    products = root.get("products") or []
    subjects: list[int | None] = [None] + list(range(len(products)))
    by_subject = {s: judge_subject(root, s, rs, Context(root, s, start, end, as_of), decisions,
                                   line_of, unread) for s in subjects}
    findings, business, prod_out, why = summarise(root, by_subject, rs)
    certified_products = [p["index"] for p in prod_out
                          if p["verdict"] in (Verdict.READY, Verdict.CONDITIONAL)]
    business_blocked = any(f.status in GAP and f.severity is Severity.BLOCKER
                           for f in by_subject[None])
    certified = not business_blocked and bool(certified_products)
    detail = frozenset(f.rule for f in findings if f.status in GAP or f.status is WAIVED)
    addr = (root.get("business") or {}).get("address") or {}
    result = Result(
        standard=standard_of(rs, lang, start, end, addr.get("regency"), detail), lang=lang,
        as_of=as_of.isoformat(), dossier=source or {}, business=business, products=prod_out,
        raw_findings=findings, texts=_texts(rs, addr.get("regency")), certified=certified,
        certificate=None, tool={"name": "readiness", "version": __version__}, detail=detail, why=why,
    )
    if certified:
        certify(result, certified_products, decisions, as_of, end)
    return result


def judge_subject(root: dict, subj: int | None, rs: RuleSet, ctx: Context, decisions: Decisions,
                  line_of: Callable[[list], int | None] | None,
                  unread: dict[tuple[str, Any], tuple[Msg, ...]] | None = None) -> list[Finding]:
    """Every rule of the subject's plan judged for one subject (the business: None, or a
    product's index): not applicable, exempt, or the check kind's outcome under the officers'
    decisions, with the line of the field it points at."""
    as_of = ctx.as_of
    na_path = f"$.products[{subj}]" if subj is not None else "$.business"
    found: list[Finding] = []
    add = found.append
    category = channels = None
    if subj is not None:
        category = root["products"][subj].get("category")
        channels = root["products"][subj].get("channels") or ()
    has_decisions = bool(decisions.waivers or decisions.verdicts)
    regency = ((root.get("business") or {}).get("address") or {}).get("regency")
    for plan in rs.business_plan if subj is None else rs.product_plan:
        rule = plan.rule
        rid = rule.id
        sev, weight, applies = plan.severity, plan.weight, plan.applies
        if sev is None:
            sev = severity_of(rule, ctx)
            weight = float(rule.weight if rule.weight is not None else rs.weights[sev])
        if applies is not None and (
                (plan.categories is not None and category not in plan.categories)
                or (plan.channels is not None and plan.channels.isdisjoint(channels))
                or not applies(ctx)):
            add(Finding(rid, NOT_APPLICABLE, sev, weight, subj, na_path, None))
            continue
        if plan.exemptions:
            reason = next((k for k, cond in enumerate(plan.exemptions) if cond(ctx)), None)
            if reason is not None:   # the law exempts this subject: worded with its reason
                add(Finding(rid, NOT_APPLICABLE, sev, weight, subj, na_path, None,
                            _msgs=(Msg("exempt", {"reason": reason}),)))
                continue
        out = plan.fn(plan.params, ctx) if plan.fn is not None else run_check(rule.check, ctx)
        status = out.status
        if status is PASS:
            add(Finding(rid, PASS, sev, weight, subj, concrete_to_json(out.path), None))
            continue
        msgs = out.messages
        if unread and status in (FAIL, MISSING):
            # a cell it reads could not be read, or the organizer's form does not ask for it:
            # not the vendor's failure
            why = unread.get((rid, subj)) or unread.get((rid, "*"))
            if why:
                status, msgs = MISSING, tuple(why) + (tuple(msgs) if status is FAIL else ())
        if has_decisions:
            status, msgs = _decide(decisions, rid, subj, status, list(msgs), as_of)
            if status is PASS:
                msgs = ()
        ask = None
        if status is MANUAL:   # the officer's question and what to consult
            ask, msgs = _officer_question(rule, msgs, ctx, rs, regency)
        line = None
        if line_of is not None and status is not PASS and out.path:
            try:
                line = line_of(split_concrete(out.path))
            except Exception:  # noqa: BLE001 - a line number is a courtesy
                line = None
        add(Finding(rid, status, sev, weight, subj, concrete_to_json(out.path), line,
                    _msgs=tuple(msgs), _ask=ask))
    return found


def summarise(root: dict, by_subject: dict[int | None, list[Finding]],
              rs: RuleSet) -> tuple[list[Finding], dict, list[dict], dict]:
    """Scores and verdicts per subject, each gap's gain, the business's verdict (its best
    product's at most): (every finding in subject order, the business, the products, why
    each product that is not ready is not (C36): product index -> Msg)."""
    summaries = {s: _subject_summary(found, rs, s is not None) for s, found in by_subject.items()}
    why = {s: m for s in by_subject if (m := summaries[s].pop("_why")) is not None}
    findings: list[Finding] = []
    for s, found in by_subject.items():  # how much the subject's score rises once each gap is fixed
        total = summaries[s].pop("_total")
        if total:
            for f in found:
                if f.status in GAP:
                    f.gain = round(100.0 * f.weight / total, 1)
        findings.extend(found)
    products = root.get("products") or []
    prod_out = [{"index": i, "name": p.get("name"), "category": p.get("category"),
                 "channels": p.get("channels", []), "price_idr": p.get("price_idr"),
                 **summaries[i], "why": ""} for i, p in enumerate(products)]
    bsum = dict(summaries[None])
    business_level_verdict = bsum["verdict"]
    best = max((p["verdict"] for p in prod_out), key=lambda v: v.rank, default=Verdict.NOT_READY)
    if best.rank < bsum["verdict"].rank:
        bsum["verdict"] = best
    biz = root.get("business") or {}
    addr = biz.get("address") or {}
    business = {
        "name": biz.get("name"), "nib": biz.get("nib"), "owner": (biz.get("owner") or {}).get("name"),
        "address": ", ".join(str(addr[k]) for k in ("street", "village", "district", "regency", "province")
                             if addr.get(k)),
        "regency": addr.get("regency"), "scale": biz.get("scale"),
        "verdict": bsum["verdict"], "business_level_verdict": business_level_verdict,
        "score": bsum["score"], "score_without_waivers": bsum["score_without_waivers"],
        "counts": bsum["counts"],
    }
    return findings, business, prod_out, why


def standard_of(rs: RuleSet, lang: str, start: dt.date, end: dt.date, regency: str | None,
                detail: frozenset) -> dict:
    """The edition the result was judged against, its event's dates, and the offices to visit
    for this business's gaps (those of its regency)."""
    ev = rs.event or {}
    standard = {
        "id": rs.id, "version": rs.version, "title": pick(rs.title, lang),
        "event": {"name": pick(ev.get("name"), lang) if ev else None,
                  "start": start.isoformat(), "end": end.isoformat(),
                  "location": ev.get("location") if ev else None,
                  "confirmed": ev.get("confirmed", True) if ev else None},
        "issuer": pick(rs.issuer, lang), "extends": list(rs.chain[1:]),
    }
    if rs.offices:
        standard["offices"] = offices_for(
            rs, regency, (r.office for r in rs.rules if r.office and r.id in detail), lang)
    return standard


def certify(result: Result, certified_products: list[int], decisions: Decisions,
            as_of: dt.date, end: dt.date) -> None:
    """The certificate due: its products and conditions (major gaps, waivers, verdicts to
    come). The number comes from the register when it is issued (readiness.issuing);
    `conditions` holds its place (Result.certificate_dict() words them)."""
    conditions = []
    for f in result.raw_findings:
        if f.product is not None and f.product not in certified_products:
            continue
        if f.status is WAIVED:
            w = decisions.waiver_for(f.rule, f.product)
            conditions.append(Condition("waiver", f, w.officer if w else "",
                                        (w.approved_by or "") if w else ""))
        elif f.status in GAP and f.severity is Severity.MAJOR:
            conditions.append(Condition("gap", f))
        elif f.status is MANUAL:  # e.g. the organizer's inspection, still to come
            conditions.append(Condition("manual", f))
    result.conditions = conditions
    result.certificate = {"number": None, "issued": as_of.isoformat(), "valid_until": end.isoformat(),
                          "products": certified_products, "conditions": None,
                          "issuer": result.standard["issuer"]}
