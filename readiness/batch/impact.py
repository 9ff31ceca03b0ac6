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
from typing import Any

from readiness.batch.runner import plan, units
from readiness.errors import InputError

_W: dict[str, Any] = {}
_RANK = {"minor": 1, "major": 2, "blocker": 3}


def _init(std_a, std_b, opts, parent=None):
    from readiness.api import load_standard
    from readiness.batch.runner import die_with_parent

    if parent is not None:
        die_with_parent(parent)

    _W["a"] = std_a if hasattr(std_a, "rules") else load_standard(std_a)
    _W["b"] = std_b if hasattr(std_b, "rules") else load_standard(std_b)
    _W["opts"] = opts


def _findings(d: dict) -> dict[tuple, tuple[str, str]]:
    """(rule, product) -> (severity, status) of every finding."""
    return {(f["rule"], f.get("product")): (f["severity"], f["status"]) for f in d["findings"]}


def _blocking(x: tuple[str, str] | None) -> bool:
    """A gap that blocks or conditions: blocker or major, failing, missing or to be judged."""
    from readiness.report import GAP

    return x is not None and x[1] in GAP and x[0] in ("blocker", "major")


def _state(x: tuple[str, str] | None) -> str:
    """What a requirement was (or became) for a subject, in the words of `T`."""
    from readiness.report import GAP

    if x is None:
        return "absent"
    if x[1] in GAP:
        return x[0]                       # a gap of this severity
    return "not_applicable" if x[1] == "not_applicable" else "met"


def _compare(u: dict) -> dict:
    from readiness.api import check_data, check_path

    o = _W["opts"]
    out = {"seq": u["seq"]}
    try:
        res = []
        for rs in (_W["a"], _W["b"]):
            if u["kind"] == "file":
                r = check_path(u["path"], rs, as_of=o["as_of"], lang=o["lang"], lines=False)
            else:
                r = check_data(u["dossier"], rs, name=u["label"], as_of=o["as_of"], lang=o["lang"])
            res.append(r.to_dict())
    except InputError as e:
        out["error"] = e.one_line()
        return out
    except Exception as e:  # noqa: BLE001
        out["error"] = f"internal error while checking: {type(e).__name__}: {e}"
        return out
    a, b = res
    fa, fb = _findings(a), _findings(b)
    worse, better = [], []
    for k, now in fb.items():  # gaps that block or condition under B, milder or absent under A
        before = fa.get(k)
        if _blocking(now) and (not _blocking(before) or _RANK[now[0]] > _RANK[before[0]]):
            worse.append({"rule": k[0], "product": k[1], "severity": now[0], "status": now[1],
                          "before": _state(before)})
    for k, was in fa.items():  # and the reverse
        after = fb.get(k)
        if _blocking(was) and (not _blocking(after) or _RANK[after[0]] < _RANK[was[0]]):
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


def _compare_chunk(chunk):
    return [_compare(u) for u in chunk]


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
               csv_path: str | None = None, chunk: int = 8) -> Impact:
    """Compare; keeps one small row per business (name, verdicts, rule ids)."""
    from readiness.api import load_standard
    from readiness.batch.runner import _payload

    a, b = load_standard(std_from), load_standard(std_to)
    opts = {"as_of": as_of or dt.date.today(), "lang": lang}
    rep = Impact(a.ref, b.ref)
    p = plan(inputs, mapping)
    jobs = max(1, jobs or os.cpu_count() or 1)

    def chunks():
        cur = []
        for u in units(p):
            if u.kind == "unreadable":
                for i in u.issues:
                    if i.level == "error":
                        rep.errors.append((f"{i.source} {i.row}".strip(), i.message))
                        break
                continue
            cur.append((u, _payload(u)))
            if len(cur) >= chunk:
                yield cur
                cur = []
        if cur:
            yield cur

    def handle(pairs, outs):
        for (u, _), o in zip(pairs, outs):
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

    if jobs == 1:
        _init(a, b, opts)
        for pairs in chunks():
            handle(pairs, _compare_chunk([x for _, x in pairs]))
    else:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
        with ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init,
                                 initargs=(a, b, opts, os.getpid())) as pool:
            pending = []
            for pairs in chunks():
                pending.append((pairs, pool.submit(_compare_chunk, [x for _, x in pairs])))
                while len(pending) >= jobs * 3:
                    pr, fut = pending.pop(0)
                    handle(pr, fut.result())
            for pr, fut in pending:
                handle(pr, fut.result())
    if csv_path:
        _write_csv(csv_path, rep)
    return rep


def _causes_text(items: list[dict], key: str, t: dict, lang: str) -> str:
    from readiness.i18n import SEVERITY, pick

    seen, out = set(), []
    for w in items:
        tag = (w["rule"], w[key], w["severity"])
        if tag in seen:
            continue
        seen.add(tag)
        state = w[key]
        words = t.get(f"{key}:{state}") or t[f"{key}:severity"].format(pick(SEVERITY[state], lang))
        out.append(f"{w['rule']} {w['severity']} ({words})")
    return ", ".join(out)


def _write_csv(path: str, rep: Impact) -> None:
    from readiness.batch.summary import cell_text
    from readiness.io import atomic_writer

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


T = {
    "id": {"head": "{a} -> {b}: {n} usaha, {c} berubah status ({lose} kehilangan sertifikat, "
                   "{gain} mendapat sertifikat)",
           "cert": "bersertifikat", "nocert": "tanpa sertifikat", "because": "karena",
           "better": "membaik", "causes": "Syarat penyebab kehilangan sertifikat",
           "errors": "Tidak terbaca", "nochange": "tidak berubah",
           "gain_causes": "Syarat penyebab mendapat sertifikat",
           # what a requirement was under A (before:) or became under B (after:)
           "before:absent": "syarat baru", "before:met": "sebelumnya terpenuhi",
           "before:not_applicable": "sebelumnya tidak berlaku", "before:severity": "sebelumnya {}",
           "after:absent": "syarat dihapus", "after:met": "kini terpenuhi",
           "after:not_applicable": "kini tidak berlaku", "after:severity": "kini {}",
           "business": "tingkat usaha"},
    "en": {"head": "{a} -> {b}: {n} businesses, {c} change verdict ({lose} lose the certificate, "
                   "{gain} gain one)",
           "cert": "certified", "nocert": "not certified", "because": "because of",
           "better": "improved by", "causes": "Requirements behind lost certificates",
           "errors": "Unreadable", "nochange": "unchanged",
           "gain_causes": "Requirements behind gained certificates",
           "before:absent": "new requirement", "before:met": "was met",
           "before:not_applicable": "did not apply", "before:severity": "was {}",
           "after:absent": "requirement removed", "after:met": "now met",
           "after:not_applicable": "no longer applies", "after:severity": "now {}",
           "business": "business level"},
}


def _verdict(code: str, lang: str) -> str:
    from readiness.batch.summary import LABELS

    return LABELS[lang]["verdicts"].get(code, code)


def _score(x) -> str:
    return "" if x is None else f"{float(x):.1f}"


def _products(standing: dict, lang: str) -> str:
    from readiness.batch.summary import LABELS, products_text

    return products_text(standing.get("products", []), LABELS[lang])


def format_text(rep: Impact, *, lang: str = "id", show_all: bool = False) -> str:
    t = T[lang]
    lines = [t["head"].format(a=rep.std_from, b=rep.std_to, n=rep.total, c=rep.changed,
                              lose=rep.lose, gain=rep.gain)]
    for o in rep.rows:
        if not o["changed"] and not show_all:
            continue
        where = f"{os.path.basename(o['source'])}{' ' + o['rows'] if o['rows'] else ''}"
        a, b = o["from"], o["to"]
        fa = t["cert"] if a["certified"] else t["nocert"]
        fb = t["cert"] if b["certified"] else t["nocert"]
        head = (f"- {o['name']} ({where}): {fa} -> {fb}; {_verdict(a['verdict'], lang)} -> "
                f"{_verdict(b['verdict'], lang)}; {t['business']} "
                f"{_verdict(a.get('business_verdict', a['verdict']), lang)} {_score(a['score'])} -> "
                f"{_verdict(b.get('business_verdict', b['verdict']), lang)} {_score(b['score'])}")
        for (name, va, sa), (_, vb, sb) in zip(a.get("products", []), b.get("products", [])):
            if (va, sa) != (vb, sb):
                head += f"; {name}: {_verdict(va, lang)} {_score(sa)} -> {_verdict(vb, lang)} {_score(sb)}"
        if not o["changed"]:
            head += f" ({t['nochange']})"
        lines.append(head)
        worse = _causes_text(o["worse"], "before", t, lang)
        better = _causes_text(o["better"], "after", t, lang)
        if worse:
            lines.append(f"    {t['because']}: {worse}")
        if better:
            lines.append(f"    {t['better']}: {better}")
    if rep.causes:
        lines.append(f"{t['causes']}: " + ", ".join(f"{r} ({n})" for r, n in rep.causes.most_common()))
    if rep.gain_causes:
        lines.append(f"{t['gain_causes']}: "
                     + ", ".join(f"{r} ({n})" for r, n in rep.gain_causes.most_common()))
    for where, msg in rep.errors:
        lines.append(f"{t['errors']}: {where}: {msg}")
    return "\n".join(lines) + "\n"
