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

from readiness.clock import office_today
from readiness.api import check_data, check_path, load_standard
from readiness.batch.pool import ordered_map
from readiness.batch.discover import open_inputs, units
from readiness.batch.work import payload
from readiness.batch.summary import products_text, verdict_word
from readiness.sheets.write import cell_text
from readiness.errors import InputError
from readiness.files import atomic_writer
from readiness.vocab import GAP, Severity
from readiness.words import Section, has, label, render, t


def _findings(d: dict) -> dict[tuple, tuple[Severity, str]]:
    """(rule, product) -> (severity, status) of every finding."""
    return {(f["rule"], f.get("product")): (Severity(f["severity"]), f["status"])
            for f in d["findings"]}


def _blocking(x: tuple[Severity, str] | None) -> bool:
    """A gap that blocks or conditions: blocker or major, failing, missing or to be judged."""
    return x is not None and x[1] in GAP and x[0] in (Severity.BLOCKER, Severity.MAJOR)


def _state(x: tuple[Severity, str] | None) -> str:
    """What a requirement was (or became) for a subject: absent, met, not_applicable, or the
    severity of its gap (worded by `_causes_text`)."""
    if x is None:
        return "absent"
    if x[1] in GAP:
        return x[0].value                 # a gap of this severity
    return "not_applicable" if x[1] == "not_applicable" else "met"


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
    fa, fb = _findings(a), _findings(b)
    worse, better = [], []
    for k, now in fb.items():  # gaps that block or condition under B, milder or absent under A
        before = fa.get(k)
        if _blocking(now) and (not _blocking(before) or now[0].rank > before[0].rank):
            worse.append({"rule": k[0], "product": k[1], "severity": now[0], "status": now[1],
                          "before": _state(before)})
    for k, was in fa.items():  # and the reverse
        after = fb.get(k)
        if _blocking(was) and (not _blocking(after) or after[0].rank < was[0].rank):
            better.append({"rule": k[0], "product": k[1], "severity": was[0], "status": was[1],
                           "after": _state(after)})
    out.update({
        "name": b["business"].get("name", ""), "nib": b["business"].get("nib", ""),
        "from": _standing(a), "to": _standing(b), "worse": worse, "better": better,
    })
    return out


def _standing(d: dict) -> dict:
    """Where a business stands under one edition: certified, its overall verdict, its
    business-level verdict with the business-level score, each product's verdict with its own
    score (a verdict is only ever shown beside its own score)."""
    biz = d["business"]
    return {"certified": d["certified"], "verdict": biz["verdict"],
            "business_verdict": biz.get("business_level_verdict", biz["verdict"]),
            "score": biz["score"],
            "products": [[p.get("name", ""), p["verdict"], p["score"]] for p in d["products"]]}


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
    gain_causes: Counter = field(default_factory=Counter)  # rule -> businesses that gain thanks to it


def run_impact(inputs: list[str], std_from: str, std_to: str, *, jobs: int | None = None,
               mapping: str | None = None, lang: str = "id", as_of: dt.date | None = None,
               csv_path: str | None = None, chunk: int = 8, cluster: str | None = None) -> Impact:
    """Compare; keeps one small row per business (name, verdicts, rule ids). `cluster`: on a
    Dask cluster (`readiness.batch.cluster`) instead of local processes."""
    a, b = load_standard(std_from), load_standard(std_to)
    opts = {"as_of": as_of or office_today(), "lang": lang}
    rep = Impact(a.ref, b.ref)
    p = open_inputs(inputs, mapping)

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
                       lost=lambda x: {"seq": x["seq"], "error": render("worker_died", {}, lang)},
                       cluster=cluster)
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
                for r in {w["rule"] for w in o["better"]}:
                    rep.gain_causes[r] += 1
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
        state = w[key]
        words = t(f"impact.{key}_{state}", lang) if has(f"impact.{key}_{state}") else \
            t(f"impact.{key}_severity", lang, severity=label("severity", state, lang))
        out.append(f"{w['rule']} {label('severity', w['severity'], lang)} ({words})")
    return ", ".join(out)


def _write_csv(path: str, rep: Impact) -> None:
    with atomic_writer(path, "w") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["name", "nib", "source", "rows", "certified_from", "certified_to",
                    "verdict_from", "verdict_to", "business_verdict_from", "business_verdict_to",
                    "business_score_from", "business_score_to", "products_from", "products_to",
                    "changed", "requirements_worse", "requirements_better"])
        for o in rep.rows:
            a, b = o["from"], o["to"]
            w.writerow([cell_text(x) for x in (
                o["name"], o["nib"], o["source"], o["rows"], a["certified"], b["certified"],
                a["verdict"], b["verdict"], a.get("business_verdict", ""), b.get("business_verdict", ""),
                a["score"], b["score"], _products(a, "en"), _products(b, "en"), o["changed"],
                " ".join(dict.fromkeys(x["rule"] for x in o["worse"])),
                " ".join(dict.fromkeys(x["rule"] for x in o["better"])))])


def _score(x) -> str:
    return "" if x is None else f"{float(x):.1f}"


def _products(standing: dict, lang: str) -> str:
    return products_text(standing.get("products", []), Section("summary", lang))


def format_text(rep: Impact, *, lang: str = "id", show_all: bool = False) -> str:
    lines = [t("impact.head", lang, a=rep.std_from, b=rep.std_to, n=rep.total, c=rep.changed,
               lose=rep.lose, gain=rep.gain)]
    for o in rep.rows:
        if not o["changed"] and not show_all:
            continue
        where = f"{os.path.basename(o['source'])}{' ' + o['rows'] if o['rows'] else ''}"
        a, b = o["from"], o["to"]
        fa, fb = (t("impact.cert" if x["certified"] else "impact.nocert", lang) for x in (a, b))
        head = (f"- {o['name']} ({where}): {fa} -> {fb}; {verdict_word(a['verdict'], lang)} -> "
                f"{verdict_word(b['verdict'], lang)}; {t('impact.business', lang)} "
                f"{verdict_word(a.get('business_verdict', a['verdict']), lang)} {_score(a['score'])} -> "
                f"{verdict_word(b.get('business_verdict', b['verdict']), lang)} {_score(b['score'])}")
        for (name, va, sa), (_, vb, sb) in zip(a.get("products", []), b.get("products", []), strict=False):
            if (va, sa) != (vb, sb):
                head += (f"; {name}: {verdict_word(va, lang)} {_score(sa)} -> "
                         f"{verdict_word(vb, lang)} {_score(sb)}")
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
    if rep.gain_causes:
        lines.append(f"{t('impact.gain_causes', lang)}: "
                     + ", ".join(f"{r} ({n})" for r, n in rep.gain_causes.most_common()))
    for where, msg in rep.errors:
        lines.append(f"{t('impact.errors', lang)}: {where}: {msg}")
    return "\n".join(lines) + "\n"
