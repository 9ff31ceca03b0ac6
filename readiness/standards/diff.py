"""What changed between two resolved rule sets: rules added, removed and changed (severity,
applicability and exemptions, check, parameters, text), plus the editions' status, what they
extend, the event, scoring and parameters."""

from __future__ import annotations

import json

from readiness.standards.model import RuleSet
from readiness.words import Section, label, pick

_ASPECTS = {
    "severity": ("severity", "weight"),
    "applicability": ("applies", "exempt", "subject", "not_applicable"),
    "check": ("check",),
    "text": ("title", "rationale", "evidence", "remediation", "agency", "reference", "group"),
    "office": ("office",),
}
# expressions: compared key by key while their shape stays the same, else shown whole
_EXPRESSIONS = ("severity", "applies", "exempt", "check")


def _flat(prefix: str, v, out: dict) -> dict:
    if isinstance(v, dict) and v:
        for k, x in v.items():
            _flat(f"{prefix}.{k}" if prefix else str(k), x, out)
    else:
        out[prefix] = v
    return out


def _shape(v):
    if isinstance(v, dict):
        return {k: _shape(x) for k, x in v.items()}
    if isinstance(v, list) and v and isinstance(v[0], dict):
        return [_shape(x) for x in v]
    return None


def _changes(aspect: str, keys: tuple, x: dict, y: dict) -> list[dict]:
    out = []
    for key in keys:
        vx, vy = x.get(key), y.get(key)
        if vx == vy:
            continue
        if key in _EXPRESSIONS and _shape(vx) != _shape(vy):
            out.append({"aspect": aspect, "field": key, "from": vx, "to": vy})
            continue
        fx, fy = _flat(key, vx, {}), _flat(key, vy, {})
        for k in sorted(set(fx) | set(fy)):
            if fx.get(k) != fy.get(k):
                out.append({"aspect": aspect, "field": k, "from": fx.get(k), "to": fy.get(k)})
    return out


def diff_rule_sets(a: RuleSet, b: RuleSet) -> dict:
    ra = {r.id: r for r in a.rules}
    rb = {r.id: r for r in b.rules}
    changed = []
    for rid in [r.id for r in b.rules if r.id in ra]:
        x, y = ra[rid].raw, rb[rid].raw
        changes = []
        for aspect, keys in _ASPECTS.items():
            changes.extend(_changes(aspect, keys, x, y))
        # parameters the rule refers to (in its check, conditions, severity or exemptions) may
        # change without the rule changing
        used = set().union(*(_params_used(r.get(k)) for r in (x, y) for k in _EXPRESSIONS))
        for p in sorted(used):
            if a.parameters.get(p) != b.parameters.get(p):
                changes.append({"aspect": "parameters", "field": p, "from": a.parameters.get(p),
                                "to": b.parameters.get(p)})
        if changes:
            changed.append({"rule": rid, "changes": changes})
    pa, pb = _flat("", a.parameters, {}), _flat("", b.parameters, {})
    oa, ob = a.offices or {}, b.offices or {}
    offices = []   # a kind added or removed whole, else each name/address that changed
    for kind in sorted(set(oa) | set(ob)):
        if kind not in oa or kind not in ob:
            offices.append({"name": kind, "from": oa.get(kind) and kind, "to": ob.get(kind) and kind})
            continue
        fa, fb = _flat(kind, oa[kind], {}), _flat(kind, ob[kind], {})
        offices.extend({"name": k, "from": fa.get(k), "to": fb.get(k)}
                       for k in sorted(set(fa) | set(fb)) if fa.get(k) != fb.get(k))
    return {
        "from": a.ref, "to": b.ref,
        "status": None if (a.status, a.superseded_by) == (b.status, b.superseded_by) else {
            "from": _status(a), "to": _status(b)},
        "extends": None if a.chain[1:2] == b.chain[1:2] else {
            "from": (a.chain[1:2] or [None])[0], "to": (b.chain[1:2] or [None])[0]},
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
        "offices": offices,
    }


def _status(rs: RuleSet) -> str:
    return f"superseded by {rs.superseded_by}" if rs.status == "superseded" else rs.status


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


def _change(a, b, L: Section) -> str:
    """`a -> b`; for two lists, the items added and removed."""
    if isinstance(a, list) and isinstance(b, list):
        added = [x for x in b if x not in a]
        gone = [x for x in a if x not in b]
        return ", ".join([f"+{x}" for x in added] + [f"-{x}" for x in gone]) or L.reordered
    if a is None and isinstance(b, list):
        return f"{L.new}: {', '.join(map(str, b))}"
    return f"{_short(a)} -> {_short(b)}"


def _compact(v) -> str:
    """An expression on one line, as it would be written in flow YAML."""
    return json.dumps(v, ensure_ascii=False, separators=(", ", ": "), default=str).replace('"', "")


def _window(a, b, width: int = 70) -> tuple[str, str]:
    """Two long texts cut to the part where they differ (with what surrounds it)."""
    a, b = str(a), str(b)
    if len(a) <= width and len(b) <= width:
        return a, b
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    start = max(0, start - 20)
    # back to a word boundary
    while start > 0 and a[start - 1] != " ":
        start -= 1

    def cut(s: str) -> str:
        piece = s[start:start + width]
        return ("..." if start else "") + piece + ("..." if start + width < len(s) else "")
    return cut(a), cut(b)


def format_diff(d: dict, lang: str = "id") -> str:
    L = Section("standards", lang)
    out = [f"{d['from']} -> {d['to']}"]
    if d.get("status"):
        out.append(f"{L.status}: {d['status']['from']} -> {d['status']['to']}")
    if d.get("extends"):
        out.append(f"{L.extends_key}: {d['extends']['from']} -> {d['extends']['to']}")
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
            head = f"~ {c['rule']:<8} {ch['aspect']}: {ch['field']}:"
            if ch["field"] in _EXPRESSIONS:  # an expression whose shape changed: both in full
                out.append(head)
                out.append(f"      {L.from_}: {_compact(ch['from'])}")
                out.append(f"      {L.to}:   {_compact(ch['to'])}")
            elif ch["aspect"] == "text":
                x, y = _window(ch["from"], ch["to"])
                out.append(f"{head} {x} -> {y}")
            else:
                out.append(f"{head} {_change(ch['from'], ch['to'], L)}")
    for p in d["parameters"]:
        out.append(f"  {L.parameter} {p['name']}: {_change(p['from'], p['to'], L)}")
    for o in d.get("offices", []):
        out.append(f"  {L.office} {o['name']}: {_change(o['from'], o['to'], L)}")
    if len(out) == 1:
        out.append(L.no_differences)
    return "\n".join(out) + "\n"
