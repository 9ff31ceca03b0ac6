"""The engine: for each subject x rule, does it apply? -> check kind -> Finding; then scores,
verdicts and the certificate decision (requirements.md, "Verdict and score").

Check kinds say pass / fail / missing / manual; the engine adds the rule id, the effective
severity, the weight, officers' decisions and the words in the chosen language.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any, Callable

from readiness import __version__
from readiness.checks.base import FAIL, MANUAL, MISSING, PASS, Context, Msg, Outcome
from readiness.conditions import product_gates
from readiness.decisions import NO_DECISIONS, Decisions
from readiness.i18n import pick, tr
from readiness.report import GAP, Finding, Result
from readiness.standards.model import Choice, Combo, Leaf, Rule, RuleSet

_RANK = {"not_ready": 0, "conditional": 1, "ready": 2}
_TEXTS: dict[tuple[int, str], tuple[RuleSet, dict, dict, str, dict]] = {}


def _texts(rs: RuleSet, lang: str) -> tuple[dict, dict, str, dict]:
    """The rule texts in one language, made once per rule set and language (not per dossier)."""
    key = (id(rs), lang)
    hit = _TEXTS.get(key)
    if hit is None or hit[0] is not rs:
        rules_out = {
            rule.id: {
                "title": pick(rule.title, lang), "group": rule.group, "subject": rule.subject,
                "evidence": pick(rule.evidence, lang), "remediation": pick(rule.remediation, lang),
                "agency": pick(rule.agency, lang), "reference": rule.reference,
                "rationale": pick(rule.rationale, lang),
            }
            for rule in rs.rules
        }
        na = {rule.id: pick(rule.not_applicable, lang) for rule in rs.rules}
        exempt = {rule.id: tuple(pick(reason, lang) for _, reason in rule.exemptions)
                  for rule in rs.rules if rule.exemptions}
        hit = _TEXTS[key] = (rs, rules_out, na, tr("ok", lang), exempt)
    return hit[1], hit[2], hit[3], hit[4]


_PLANS: dict[int, tuple[RuleSet, tuple, tuple]] = {}


def _plans(rs: RuleSet) -> tuple[tuple, tuple]:
    """Per rule, what the loop in `evaluate` needs, worked out once per rule set: the severity
    and weight when no condition changes them (else None), and a plain leaf check's function
    and parameters (else None: `run_check` walks variants and combinations)."""
    hit = _PLANS.get(id(rs))
    if hit is None or hit[0] is not rs:
        def plan(rule: Rule) -> tuple:
            sev = weight = None
            if not rule.severity_when:
                sev = rule.severity
                weight = float(rule.weight if rule.weight is not None else rs.weights[sev])
            chk = rule.check
            fn = params = None
            if isinstance(chk, Leaf) and not chk.variants:
                fn, params = chk.fn, chk.params
            cats = chans = None
            if rule.applies is not None and rule.subject == "product":
                cats, chans = product_gates((rule.raw or {}).get("applies"))
            return (rule.id, rule, sev, weight, rule.applies, fn, params, chk, cats, chans,
                    tuple(cond for cond, _ in rule.exemptions))

        hit = _PLANS[id(rs)] = (rs, tuple(plan(r) for r in rs.rules if r.subject == "business"),
                                tuple(plan(r) for r in rs.rules if r.subject == "product"))
    return hit[1], hit[2]


def _decide(decisions: Decisions, rid: str, subj: int | None, status: str, msgs: list,
            as_of: dt.date) -> tuple[str, list]:
    """Officers' decisions: a verdict on a manual check, a waiver of a gap (or its expiry)."""
    if status == MANUAL:
        v = decisions.verdict_for(rid, subj)
        if v is not None and v.date > as_of:      # dated after the check: not yet recorded
            msgs = msgs + [Msg("verdict_not_yet", {"officer": v.officer, "date": v.date})]
        elif v is not None:
            status = PASS if v.verdict == "pass" else FAIL
            msgs = [Msg("officer_verdict", {"officer": v.officer, "date": v.date,
                                            "verdict": v.verdict, "note": v.note})]
    if status in GAP:
        w = decisions.waiver_for(rid, subj)
        if w is not None:
            if w.date > as_of:                       # granted in the future: not yet in effect
                msgs = msgs + [Msg("waiver_not_yet", {"officer": w.officer, "date": w.date})]
            elif w.expires >= as_of:
                status = "waived"
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


def severity_of(rule: Rule, ctx: Context) -> str:
    for cond, sev in rule.severity_when:
        if cond(ctx):
            return sev
    return rule.severity


def _json_path(path: str | None) -> str | None:
    return None if path is None else "$." + path


@lru_cache(maxsize=4096)
def _split_path(path: str) -> tuple:
    out: list = []
    for part in path.split("."):
        name, *idx = part.replace("]", "").split("[")
        out.append(name)
        out.extend(int(i) for i in idx if i.isdigit())
    return tuple(out)


def _subject_summary(findings: list[Finding], rs: RuleSet) -> dict:
    counts = {s: 0 for s in ("pass", "fail", "missing", "not_applicable", "waived", "manual")}
    total = passed = strict = 0.0
    blocking = {"blocker": False, "major": False}
    for f in findings:
        counts[f.status] += 1
        if f.status == "not_applicable":
            continue
        total += f.weight
        if f.status in ("pass", "waived"):
            passed += f.weight
        if f.status == "pass":
            strict += f.weight
        if f.status in GAP and f.severity in blocking:
            blocking[f.severity] = True
    score = round(100.0 * passed / total, 1) if total else 100.0
    strict_score = round(100.0 * strict / total, 1) if total else 100.0
    th = rs.thresholds
    if not blocking["blocker"] and not blocking["major"] and score >= th["ready"]:
        verdict = "ready"
    elif not blocking["blocker"] and score >= th["conditional"]:
        verdict = "conditional"
    else:
        verdict = "not_ready"
    return {"verdict": verdict, "score": score, "score_without_waivers": strict_score,
            "counts": counts, "_total": total}


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
) -> Result:
    """Judge a dossier (a `model.Dossier` or its dump) against a resolved rule set."""
    root = dossier.model_dump(mode="python", exclude_none=True) if hasattr(dossier, "model_dump") else dossier
    as_of = as_of or dt.date.today()
    start, end = event or rs.event_dates() or (as_of, as_of)
    decisions = decisions or NO_DECISIONS
    products = root.get("products") or []
    findings: list[Finding] = []
    subjects: list[int | None] = [None] + list(range(len(products)))
    by_subject: dict[int | None, list[Finding]] = {s: [] for s in subjects}
    rules_out, na_text, ok_text, exempt_text = _texts(rs, lang)

    business_plan, product_plan = _plans(rs)
    has_decisions = bool(decisions.waivers or decisions.verdicts)
    for subj in subjects:
        ctx = Context(root, subj, start, end, as_of)
        na_path = f"$.products[{subj}]" if subj is not None else "$.business"
        found = by_subject[subj]
        add = found.append
        category = channels = None
        if subj is not None:
            category = products[subj].get("category")
            channels = products[subj].get("channels") or ()
        for rid, rule, sev, weight, applies, fn, params, check, cats, chans, exempts in (
                business_plan if subj is None else product_plan):
            if sev is None:
                sev = severity_of(rule, ctx)
                weight = float(rule.weight if rule.weight is not None else rs.weights[sev])
            if applies is not None and (
                    (cats is not None and category not in cats)
                    or (chans is not None and chans.isdisjoint(channels))
                    or not applies(ctx)):
                add(Finding(rid, "not_applicable", sev, weight, subj, na_path, None, na_text[rid]))
                continue
            if exempts:
                reason = next((k for k, cond in enumerate(exempts) if cond(ctx)), None)
                if reason is not None:
                    add(Finding(rid, "not_applicable", sev, weight, subj, na_path, None,
                                exempt_text[rid][reason]))
                    continue
            out = fn(params, ctx) if fn is not None else run_check(check, ctx)
            status = out.status
            if status == PASS:
                add(Finding(rid, PASS, sev, weight, subj, _json_path(out.path), None, ok_text))
                continue
            msgs = out.messages
            if has_decisions:
                status, msgs = _decide(decisions, rid, subj, status, list(msgs), as_of)
            message = "; ".join(tr(m.code, lang, **m.args) for m in msgs) if msgs and status != PASS \
                else ok_text
            line = None
            if line_of is not None and status != PASS and out.path:
                try:
                    line = line_of(_split_path(out.path))
                except Exception:  # noqa: BLE001 - a line number is a courtesy
                    line = None
            add(Finding(rid, status, sev, weight, subj, _json_path(out.path), line, message))

    summaries = {s: _subject_summary(by_subject[s], rs) for s in subjects}
    for s in subjects:  # how much the subject's score rises once each gap is fixed
        total = summaries[s].pop("_total")
        if total:
            for f in by_subject[s]:
                if f.status in GAP:
                    f.gain = round(100.0 * f.weight / total, 1)
        findings.extend(by_subject[s])

    biz = root.get("business") or {}
    addr = biz.get("address") or {}
    prod_out = []
    for i, p in enumerate(products):
        prod_out.append({"index": i, "name": p.get("name"), "category": p.get("category"),
                         "channels": p.get("channels", []), "price_idr": p.get("price_idr"),
                         **summaries[i]})
    bsum = dict(summaries[None])
    business_level_verdict = bsum["verdict"]
    best = max((p["verdict"] for p in prod_out), key=_RANK.get, default="not_ready")
    if _RANK[best] < _RANK[bsum["verdict"]]:
        bsum["verdict"] = best
    business_blocked = any(f.status in GAP and f.severity == "blocker" for f in by_subject[None])
    certified_products = [p["index"] for p in prod_out if p["verdict"] in ("ready", "conditional")]
    certified = not business_blocked and bool(certified_products)

    ev = rs.event or {}
    standard = {
        "id": rs.id, "version": rs.version, "title": pick(rs.title, lang),
        "event": {"name": pick(ev.get("name"), lang) if ev else None,
                  "start": start.isoformat(), "end": end.isoformat(),
                  "location": ev.get("location") if ev else None,
                  "confirmed": ev.get("confirmed", True) if ev else None},
        "issuer": pick(rs.issuer, lang), "extends": list(rs.chain[1:]),
    }
    business = {
        "name": biz.get("name"), "nib": biz.get("nib"), "owner": (biz.get("owner") or {}).get("name"),
        "address": ", ".join(str(addr[k]) for k in ("street", "village", "district", "regency", "province")
                             if addr.get(k)),
        "regency": addr.get("regency"), "scale": biz.get("scale"),
        "verdict": bsum["verdict"], "business_level_verdict": business_level_verdict,
        "score": bsum["score"], "score_without_waivers": bsum["score_without_waivers"],
        "counts": bsum["counts"],
    }
    result = Result(
        standard=standard, lang=lang, as_of=as_of.isoformat(), dossier=source or {},
        business=business, products=prod_out, findings=findings, rules=rules_out,
        certified=certified, certificate=None, tool={"name": "readiness", "version": __version__},
        detail=frozenset(f.rule for f in findings if f.status in GAP or f.status == "waived"),
    )
    if certified:
        conditions = []
        for f in findings:
            if f.product is not None and f.product not in certified_products:
                continue
            if f.status == "waived":
                w = decisions.waiver_for(f.rule, f.product)
                conditions.append({"kind": "waiver", "rule": f.rule, "product": f.product,
                                   "severity": f.severity, "text": f.message,
                                   "officer": w.officer if w else "",
                                   "approved_by": (w.approved_by or "") if w else ""})
            elif f.status in GAP and f.severity == "major":
                conditions.append({"kind": "gap", "rule": f.rule, "product": f.product,
                                   "severity": f.severity,
                                   "text": f"{rules_out[f.rule]['title']}: {f.message}"})
            elif f.status == "manual":  # e.g. the organizer's inspection, still to come
                conditions.append({"kind": "manual", "rule": f.rule, "product": f.product,
                                   "severity": f.severity,
                                   "text": f"{rules_out[f.rule]['title']}: {tr('pending_officer', lang)}"})
        # the number comes from the register when the certificate is issued (readiness.issuing)
        result.certificate = {"number": None, "issued": as_of.isoformat(), "valid_until": end.isoformat(),
                              "products": certified_products, "conditions": conditions,
                              "issuer": standard["issuer"]}
    return result
