"""What changed between two resolved rule sets: rules added, removed and changed (severity,
parameters, applicability, text), plus the event, scoring and parameters."""

from __future__ import annotations

from readiness.standards.model import RuleSet
from readiness.words import Section, label, pick

_ASPECTS = {
    "severity": ("severity", "weight"),
    "applicability": ("applies", "subject", "not_applicable"),
    "check": ("check",),
    "text": ("title", "rationale", "evidence", "remediation", "agency", "reference", "group"),
}


def _flat(prefix: str, v, out: dict) -> dict:
    if isinstance(v, dict) and v:
        for k, x in v.items():
            _flat(f"{prefix}.{k}" if prefix else str(k), x, out)
    else:
        out[prefix] = v
    return out


def diff_rule_sets(a: RuleSet, b: RuleSet) -> dict:
    ra = {r.id: r for r in a.rules}
    rb = {r.id: r for r in b.rules}
    changed = []
    for rid in [r.id for r in b.rules if r.id in ra]:
        x, y = ra[rid].raw, rb[rid].raw
        changes = []
        for aspect, keys in _ASPECTS.items():
            fx = _flat("", {k: x.get(k) for k in keys}, {})
            fy = _flat("", {k: y.get(k) for k in keys}, {})
            for key in sorted(set(fx) | set(fy)):
                if fx.get(key) != fy.get(key):
                    changes.append({"aspect": aspect, "field": key, "from": fx.get(key), "to": fy.get(key)})
        # parameters the rule refers to may change without the rule changing
        used = _params_used(x.get("check")) | _params_used(y.get("check"))
        for p in sorted(used):
            if a.parameters.get(p) != b.parameters.get(p):
                changes.append({"aspect": "parameters", "field": p, "from": a.parameters.get(p),
                                "to": b.parameters.get(p)})
        if changes:
            changed.append({"rule": rid, "changes": changes})
    pa, pb = _flat("", a.parameters, {}), _flat("", b.parameters, {})
    return {
        "from": a.ref, "to": b.ref,
        "added": [{"rule": r.id, "severity": r.severity, "title": r.title} for r in b.rules if r.id not in ra],
        "removed": [{"rule": r.id, "severity": r.severity, "title": r.title,
                     "disabled": r.id in b.disabled} for r in a.rules if r.id not in rb],
        "changed": changed,
        "event": None if a.event == b.event else {"from": _ev(a), "to": _ev(b)},
        "scoring": None if (a.weights, a.thresholds) == (b.weights, b.thresholds) else {
            "from": {"weights": a.weights, "thresholds": a.thresholds},
            "to": {"weights": b.weights, "thresholds": b.thresholds}},
        "parameters": [{"name": k, "from": pa.get(k), "to": pb.get(k)}
                       for k in sorted(set(pa) | set(pb)) if pa.get(k) != pb.get(k)],
    }


def _ev(rs: RuleSet):
    return None if not rs.event else {"start": str(rs.event["start"]), "end": str(rs.event["end"])}


def _params_used(v) -> set:
    if isinstance(v, dict):
        if set(v) == {"param"}:
            return {v["param"]}
        return set().union(*(_params_used(x) for x in v.values())) if v else set()
    if isinstance(v, list):
        return set().union(*(_params_used(x) for x in v)) if v else set()
    return set()


def _short(v) -> str:
    s = str(v)
    return s if len(s) <= 70 else s[:67] + "..."


def format_diff(d: dict, lang: str = "id") -> str:
    L = Section("standards", lang)
    out = [f"{d['from']} -> {d['to']}"]
    if d["event"]:
        out.append(f"{L.event}: {d['event']['from']} -> {d['event']['to']}")
    if d["scoring"]:
        out.append(f"{L.scoring_short}: {d['scoring']['from']} -> {d['scoring']['to']}")
    for r in d["added"]:
        out.append(f"+ {r['rule']:<8} {L.added} ({label('severity', r['severity'], lang)}): "
                   f"{pick(r['title'], lang)}")
    for r in d["removed"]:
        how = L.switched_off if r["disabled"] else L.removed
        out.append(f"- {r['rule']:<8} {how} ({label('severity', r['severity'], lang)}): "
                   f"{pick(r['title'], lang)}")
    for c in d["changed"]:
        for ch in c["changes"]:
            out.append(f"~ {c['rule']:<8} {ch['aspect']}: {ch['field']}: {_short(ch['from'])} -> {_short(ch['to'])}")
    for p in d["parameters"]:
        out.append(f"  {L.parameter} {p['name']}: {_short(p['from'])} -> {_short(p['to'])}")
    if len(out) == 1:
        out.append(L.no_differences)
    return "\n".join(out) + "\n"
