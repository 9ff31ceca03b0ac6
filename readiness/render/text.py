"""Plain-text report for a person at a terminal: the decision first, then each subject's gaps
with what to do and where to go; passes are counted, not listed."""

from __future__ import annotations

from readiness.words import cert_text, date_text, label, t

_MARK = {"fail": "x", "missing": "?", "manual": "!", "waived": "~", "pass": "v", "not_applicable": "-"}
_ORDER = {"blocker": 0, "major": 1, "minor": 2}   # blockers first


def ui(key: str, lang: str, **args) -> str:
    return t("text." + key, lang, **args)
_COLOR = {"ready": "green", "conditional": "yellow", "not_ready": "red"}


def _style(text: str, color: str | None, on: bool, bold: bool = False) -> str:
    if not on:
        return text
    import click

    return click.style(text, fg=color, bold=bold)


def render_text(result: dict, color: bool = False) -> str:
    lang = result["lang"]
    std = result["standard"]
    ev = std.get("event") or {}
    biz = result["business"]
    out: list[str] = []
    head = biz["name"] + (f" (NIB {biz['nib']})" if biz.get("nib") else "")
    out.append(_style(head, None, color, bold=True))
    line = f"{ui('standard', lang)}: {std['id']}@{std['version']} - {std.get('title') or ''}"
    out.append(line)
    if ev.get("start"):
        dates = f"{date_text(ev['start'], lang)} - {date_text(ev['end'], lang)}"
        note = f" ({ui('planning_dates', lang)})" if ev.get("confirmed") is False else ""
        out.append(f"{ui('event', lang)}: {ev.get('name') or ''} {dates}{note}".replace("  ", " "))
    out.append(f"{ui('as_of', lang)}: {date_text(result['as_of'], lang)}")
    out.append("")
    if result["certified"] and result["certificate"].get("number"):
        cert = result["certificate"]
        out.append(_style(ui("certified", lang), "green", color, bold=True)
                   + f" - {ui('certificate_no', lang)} {cert['number']}")
    elif result["certified"]:  # due, not issued yet: the register numbers it when it is issued
        out.append(_style(ui("eligible", lang), "green", color, bold=True)
                   + f" - {cert_text('not_issued_yet', lang)}")
    else:
        out.append(_style(ui("not_certified", lang), "red", color, bold=True))
    rules = result["rules"]
    by_subject: dict = {}
    for f in result["findings"]:
        by_subject.setdefault(f["product"], []).append(f)

    def block(title: str, verdict: str, score: float, findings: list) -> None:
        out.append("")
        out.append(_style(f"{title}: {label('verdict', verdict, lang).upper()} - {ui('score', lang)} {score:.1f}",
                          _COLOR[verdict], color, bold=True))
        gaps = sorted((f for f in findings if f["status"] in ("fail", "missing", "manual", "waived")),
                      key=lambda f: (f["status"] == "waived", _ORDER[f["severity"]]))
        for f in gaps:
            r = rules.get(f["rule"], {})
            where = f["path"] or ""
            if f.get("line"):
                where = f"{ui('line', lang)} {f['line']}, {where}"
            out.append(f"  {_MARK[f['status']]} {f['rule']} [{label('severity', f['severity'], lang)}; "
                       f"{label('status', f['status'], lang)}] {r.get('title', '')}")
            out.append(f"      {f['message']}" + (f" ({where})" if where else ""))
            if f["status"] != "waived":
                out.append(f"      -> {r.get('remediation', '')} {ui('go_to', lang)}: {r.get('agency', '')}."
                           .replace("..", "."))
        if not gaps:
            out.append(f"  {ui('all_met', lang)}")
        counts: dict = {}
        for f in findings:
            counts[f["status"]] = counts.get(f["status"], 0) + 1
        summ = ", ".join(f"{n} {label('status', s, lang)}" for s, n in counts.items())
        out.append(f"  ({summ})")

    block(f"{ui('business', lang)}", biz.get("business_level_verdict", biz["verdict"]), biz["score"],
          by_subject.get(None, []))
    for p in result["products"]:
        block(f"{ui('product', lang)} {p['index'] + 1}: {p['name']}", p["verdict"], p["score"],
              by_subject.get(p["index"], []))
    if result["certified"] and result["certificate"]["conditions"]:
        out.append("")
        out.append(ui("conditions", lang) + ":")
        for c in result["certificate"]["conditions"]:
            who = "" if c["product"] is None else f" ({result['products'][c['product']]['name']})"
            out.append(f"  - {c['rule']}{who}: {c['text']}")
    return "\n".join(out) + "\n"
