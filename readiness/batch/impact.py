"""`readiness impact`: the same population under two editions of a standard.

For every business: certified and verdict under A and under B, and the requirements that make
the difference: gaps (fail, missing, manual) at blocker or major severity under B that were not
such gaps under A (a new rule, a raised severity, a stricter check), and the reverse for
businesses that improve. What an organizer must know before publishing a new edition.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections import Counter
from dataclasses import dataclass, field

from readiness.api import check_data, check_path, load_standard
from readiness.batch.pool import ordered_map
from readiness.batch.runner import payload, plan, units
from readiness.batch.summary import cell_text
from readiness.errors import InputError
from readiness.io import atomic_writer
from readiness.vocab import GAP, Severity
from readiness.words import label, render, t


def _gaps(d: dict) -> dict[tuple, tuple[str, str]]:
    """(rule, product) -> (severity, status) of every gap that blocks or conditions."""
    return {(f["rule"], f.get("product")): (Severity(f["severity"]), f["status"])
            for f in d["findings"]
            if f["status"] in GAP and f["severity"] in (Severity.BLOCKER, Severity.MAJOR)}


def _setup(std_a, std_b, opts: dict) -> tuple:
    return std_a, std_b, opts


def _compare(state: tuple, u: dict) -> dict:
    """One business under both standards (in a worker); never raises for bad input."""
    a_rs, b_rs, o = state
    out = {"seq": u["seq"]}
    try:
        res = []
        for rs in (a_rs, b_rs):
            if u["kind"] == "file":
                r = check_path(u["path"], rs, as_of=o["as_of"], lang=o["lang"], lines=False)
            else:
                r = check_data(u["dossier"], rs, name=u["label"], as_of=o["as_of"], lang=o["lang"])
            res.append(r.to_dict())
    except InputError as e:
        out["error"] = e.one_line(o["lang"])
        return out
    except Exception as e:  # noqa: BLE001
        out["error"] = render("check_failed", {"detail": f"{type(e).__name__}: {e}"}, o["lang"])
        return out
    a, b = res
    ga, gb = _gaps(a), _gaps(b)
    worse, better = [], []
    for k, (sev, status) in gb.items():
        before = ga.get(k)
        if before is None or sev.rank > before[0].rank:
            worse.append({"rule": k[0], "product": k[1], "severity": sev, "status": status,
                          "before": "not a gap" if before is None else before[0]})
    for k, (sev, status) in ga.items():
        after = gb.get(k)
        if after is None or after[0].rank < sev.rank:
            better.append({"rule": k[0], "product": k[1], "severity": sev, "status": status,
                           "after": "not a gap" if after is None else after[0]})
    out.update({
        "name": b["business"].get("name", ""), "nib": b["business"].get("nib", ""),
        "from": {"certified": a["certified"], "verdict": a["business"]["verdict"],
                 "score": a["business"]["score"]},
        "to": {"certified": b["certified"], "verdict": b["business"]["verdict"],
               "score": b["business"]["score"]},
        "worse": worse, "better": better,
    })
    return out


@dataclass
class Impact:
    std_from: str
    std_to: str
    rows: list[dict] = field(default_factory=list)      # changed businesses (or all, see keep_all)
    total: int = 0
    changed: int = 0
    lose: int = 0
    gain: int = 0
    errors: list[tuple[str, str]] = field(default_factory=list)
    causes: Counter = field(default_factory=Counter)     # rule -> businesses that lose because of it


def run_impact(inputs: list[str], std_from: str, std_to: str, *, jobs: int | None = None,
               mapping: str | None = None, lang: str = "id", as_of: dt.date | None = None,
               csv_path: str | None = None, chunk: int = 8) -> Impact:
    """Compare; keeps one small row per business (name, verdicts, rule ids)."""
    a, b = load_standard(std_from), load_standard(std_to)
    opts = {"as_of": as_of or dt.date.today(), "lang": lang}
    rep = Impact(a.ref, b.ref)
    p = plan(inputs, mapping)

    def checkable():
        for u in units(p):
            if u.kind == "unreadable":
                for i in u.issues:
                    if i.level == "error":
                        rep.errors.append((f"{i.source} {i.row}".strip(), i.text(lang)))
                        break
                continue
            yield u

    units_by_seq = {}

    def payloads():
        for u in checkable():
            units_by_seq[u.seq] = u
            yield payload(u)

    work = ordered_map(_compare, payloads(), jobs=max(1, jobs or os.cpu_count() or 1),
                       setup=_setup, setup_args=(a, b, opts), chunk=chunk,
                       lost=lambda x: {"seq": x["seq"], "error": render("worker_died", {}, lang)})
    for x, o in work:
        u = units_by_seq.pop(x["seq"])
        rep.total += 1
        if "error" in o:
            rep.errors.append((f"{u.source} {u.rows}".strip(), o["error"]))
            continue
        o["source"], o["rows"] = u.source, u.rows
        changed = (o["from"]["certified"] != o["to"]["certified"]
                   or o["from"]["verdict"] != o["to"]["verdict"])
        o["changed"] = changed
        if changed:
            rep.changed += 1
            if o["from"]["certified"] and not o["to"]["certified"]:
                rep.lose += 1
                for r in {w["rule"] for w in o["worse"]}:
                    rep.causes[r] += 1
            elif o["to"]["certified"] and not o["from"]["certified"]:
                rep.gain += 1
        rep.rows.append(o)
    if csv_path:
        _write_csv(csv_path, rep)
    return rep


def _causes_text(items: list[dict], key: str, lang: str) -> str:
    seen, out = set(), []
    for w in items:
        tag = (w["rule"], w[key], w["severity"])
        if tag in seen:
            continue
        seen.add(tag)
        if key == "before":   # a gap under B
            was = t("impact.new_gap", lang) if w["before"] == "not a gap" else \
                t("impact.was", lang, severity=label("severity", w["before"], lang))
        else:                 # a gap under A that is gone or milder under B
            was = t("impact.met", lang) if w["after"] == "not a gap" else \
                t("impact.now", lang, severity=label("severity", w["after"], lang))
        out.append(f"{w['rule']} {label('severity', w['severity'], lang)} ({was})")
    return ", ".join(out)


def _write_csv(path: str, rep: Impact) -> None:
    with atomic_writer(path, "w") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "nib", "source", "rows", "certified_from", "certified_to",
                    "verdict_from", "verdict_to", "score_from", "score_to", "changed",
                    "requirements_worse", "requirements_better"])
        for o in rep.rows:
            w.writerow([cell_text(x) for x in (
                o["name"], o["nib"], o["source"], o["rows"], o["from"]["certified"],
                o["to"]["certified"], o["from"]["verdict"], o["to"]["verdict"],
                o["from"]["score"], o["to"]["score"], o["changed"],
                " ".join(dict.fromkeys(x["rule"] for x in o["worse"])),
                " ".join(dict.fromkeys(x["rule"] for x in o["better"])))])


def format_text(rep: Impact, *, lang: str = "id", show_all: bool = False) -> str:
    lines = [t("impact.head", lang, a=rep.std_from, b=rep.std_to, n=rep.total, c=rep.changed,
               lose=rep.lose, gain=rep.gain)]
    for o in rep.rows:
        if not o["changed"] and not show_all:
            continue
        where = f"{os.path.basename(o['source'])}{' ' + o['rows'] if o['rows'] else ''}"
        fa, fb = (t("impact.cert" if x["certified"] else "impact.nocert", lang)
                  for x in (o["from"], o["to"]))
        va, vb = (label("verdict", x["verdict"], lang) for x in (o["from"], o["to"]))
        head = (f"- {o['name']} ({where}): {fa} -> {fb}; {va} -> {vb}; "
                f"{o['from']['score']} -> {o['to']['score']}")
        if not o["changed"]:
            head += f" ({t('impact.nochange', lang)})"
        lines.append(head)
        worse = _causes_text(o["worse"], "before", lang)
        better = _causes_text(o["better"], "after", lang)
        if worse:
            lines.append(f"    {t('impact.because', lang)}: {worse}")
        if better:
            lines.append(f"    {t('impact.better', lang)}: {better}")
    if rep.causes:
        lines.append(f"{t('impact.causes', lang)}: "
                     + ", ".join(f"{r} ({n})" for r, n in rep.causes.most_common()))
    for where, msg in rep.errors:
        lines.append(f"{t('impact.errors', lang)}: {where}: {msg}")
    return "\n".join(lines) + "\n"
