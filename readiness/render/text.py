"""Plain-text report for a person at a terminal: the decision first, each subject's verdict and
score, then the plan (readiness.plan): step 1 the information to fill in, then one step per
office to visit, each requirement once with the products it concerns, what to bring and how to
fix it; what an officer checks or waived apart; passed requirements on one line. No JSON
paths: they are in `--format json`."""

from __future__ import annotations

from readiness.plan import build_plan
from readiness.result import ResultDoc
from readiness.words import Section, cert_text, date_text, label, t

_COLOR = {"ready": "green", "conditional": "yellow", "not_ready": "red"}


def ui(key: str, lang: str, **args) -> str:
    return t("text." + key, lang, **args)


def _style(text: str, color: str | None, on: bool, bold: bool = False) -> str:
    if not on:
        return text
    import click

    return click.style(text, fg=color, bold=bold)


def _gain(value: float, P: Section) -> str:
    return P.gain.format(gain=f"{value:.1f}")


def _manual_lines(plan, P: Section, color: bool) -> list[str]:
    """What an officer decides: nothing to fix now; the officer's questions."""
    if not plan.manual:
        return []
    out = ["", _style(P.manual_title, None, color, bold=True), f"  {P.manual_intro}"]
    for c in plan.manual:
        out.append(f"  ! {c.rule} {c.title} - {', '.join(c.subjects)}")
        out.extend(f"      {P.officer_question}: {q}" for q in c.questions)
    return out


def render_text(result, color: bool = False, plan=None) -> str:
    """The report of a result (a result dict or the typed result): the head, the verdicts, the
    plan's steps (readiness.plan), the certificate's conditions."""
    doc = ResultDoc.read(result)
    lang = doc.lang
    P = Section("plan", lang)
    out = _head_lines(doc, color)
    plan = plan or build_plan(result if isinstance(result, dict) else doc.to_dict())
    out.extend(_plan_lines(plan, P, color))
    out.extend(_manual_lines(plan, P, color))
    if plan.waived:
        out.append("")
        out.append(_style(P.waived_title, None, color, bold=True))
        for c in plan.waived:
            out.append(f"  ~ {c.rule} {c.title} - {', '.join(c.subjects)}: {'; '.join(c.shows)}")
    if not plan.fill and not plan.visits:
        out.append("")
        out.append(f"  {ui('all_met', lang)}")
    if plan.passed:
        out.append("")
        out.append(f"{P.passed_title}: " + ", ".join(f"{r} {title}" for r, title in plan.passed))
    cert = doc.certificate
    if doc.certified and cert is not None and cert.conditions:
        out.append("")
        out.append(ui("conditions", lang) + ":")
        for c in cert.conditions:
            who = "" if c.product is None else f" ({doc.products[c.product].name})"
            out.append(f"  - {c.rule}{who}: {c.text}")
    return "\n".join(out) + "\n"


def _head_lines(doc: ResultDoc, color: bool) -> list[str]:
    """Who, against which edition and event, as of when; the decision; each subject's verdict."""
    lang = doc.lang
    std, ev, biz = doc.standard, doc.standard.event, doc.business
    out: list[str] = []
    head = biz.name + (f" (NIB {biz.nib})" if biz.nib else "")
    out.append(_style(head, None, color, bold=True))
    out.append(f"{ui('standard', lang)}: {std.id}@{std.version} - {std.title or ''}")
    if ev.start:
        dates = f"{date_text(ev.start, lang)} - {date_text(ev.end, lang)}"
        note = f" ({ui('planning_dates', lang)})" if ev.confirmed is False else ""
        out.append(f"{ui('event', lang)}: {ev.name or ''} {dates}{note}".replace("  ", " "))
    out.append(f"{ui('as_of', lang)}: {date_text(doc.as_of, lang)}")
    out.append("")
    if doc.certified and doc.certificate.number:
        out.append(_style(ui("certified", lang), "green", color, bold=True)
                   + f" - {ui('certificate_no', lang)} {doc.certificate.number}")
    elif doc.certified:  # due, not issued yet: the register numbers it when it is issued
        out.append(_style(ui("eligible", lang), "green", color, bold=True)
                   + f" - {cert_text('not_issued_yet', lang)}")
    else:
        out.append(_style(ui("not_certified", lang), "red", color, bold=True))

    def verdict_line(title: str, verdict: str, score: float) -> None:
        out.append(_style(f"{title}: {label('verdict', verdict, lang).upper()} - {ui('score', lang)} "
                          f"{score:.1f}", _COLOR.get(verdict), color, bold=True))

    out.append("")
    verdict_line(ui("business", lang), biz.business_level_verdict or biz.verdict, biz.score)
    for p in doc.products:
        verdict_line(f"{ui('product', lang)} {p.index + 1}: {p.name}", p.verdict, p.score)
        if p.why:     # why not ready (a blocker, or the score), or conditional by C36
            out.append(f"  {p.why}")
    return out


def _plan_lines(plan, P: Section, color: bool) -> list[str]:
    """The steps: the information to fill in, then one step per office to visit."""
    out: list[str] = []
    n = 0
    if plan.fill:
        n += 1
        out.append("")
        out.append(_style(f"{P.step.format(n=n)}: {P.fill_title} ({P.step_gain.format(gain=f'{plan.fill_gain:.1f}')})",
                          None, color, bold=True))
        out.append(f"  {P.fill_intro}")
        for item in plan.fill:
            out.append(f"  ? {item.label} - {', '.join(item.subjects)} ({_gain(item.gain, P)})")
            for d in item.detail:
                out.append(f"      {d}")
            if item.question:
                out.append(f"      {item.question}")
    for v in plan.visits:
        n += 1
        out.append("")
        title = P.self_title if v.kind == "self" else P.visit_title.format(office=v.office)
        out.append(_style(f"{P.step.format(n=n)}: {title} ({P.step_gain.format(gain=f'{v.gain:.1f}')})",
                          None, color, bold=True))
        if v.address:
            out.append(f"  {P.address}: {v.address}")
        elif v.regional:
            out.append(f"  {P.address_unknown}")
        if v.online:
            out.append(f"  {P.online}: {v.online}")
        for c in v.cards:
            out.append(f"  x {c.rule} [{c.severity_label}] {c.title} - {', '.join(c.subjects)} "
                       f"({_gain(c.gain, P)})")
            for s in c.shows:
                out.append(f"      {P.shows}: {s}")
            if c.evidence:
                out.append(f"      {P.bring}: {c.evidence}")
            if c.remediation:
                out.append(f"      {P.how}: {c.remediation}")
    return out
