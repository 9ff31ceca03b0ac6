"""What changed between two results of the same business (`readiness compare OLD NEW`):
requirements that improved, regressed or expired since, and each subject's verdict and score.

Reads two result dicts (the JSON of `check --format json`) and decides from their structure,
never from the words of their messages: a requirement "expired" when it was met and is now a
gap because time ran out on it: an officer's waiver no longer in force (waived -> gap), or a
document, licence or curation whose date no longer reaches (met -> fail at a validity date).
"""

from __future__ import annotations

from readiness.errors import InputError
from readiness.load import load_source
from readiness.report import RESULT_FORMAT
from readiness.vocab import GAP, MET, Status
from readiness.words import Section, label, value_label

COMPARISON_FORMAT = "readiness-comparison/1"
# where a finding points when a date is what fails it (document `expires`/`issued`, a
# curation's `date`)
_VALIDITY_FIELDS = ("expires", "issued", "date")


def load_result(path) -> dict:
    """A result file (JSON), checked to be one."""
    data = load_source(path, name=str(path), kind="json").data
    if not isinstance(data, dict) or data.get("format") != RESULT_FORMAT:
        raise InputError("not_a_result", file=str(path))
    for key in ("business", "products", "findings"):
        if key not in data:
            raise InputError("result_lacks", key=key, file=str(path))
    return data


def _subject_name(result: dict, product) -> str | None:
    if product is None:
        return None
    for p in result.get("products", []):
        if p.get("index") == product:
            return p.get("name")
    return f"#{product}"


def _expired(old: dict, new: dict) -> bool:
    if old["status"] == Status.WAIVED and new["status"] in GAP:
        return True        # the waiver lapsed (or was withdrawn)
    path = new.get("path") or ""
    return (old["status"] == Status.PASS and new["status"] == Status.FAIL
            and path.rsplit(".", 1)[-1] in _VALIDITY_FIELDS)


def _same_business(ob: dict, nb: dict) -> bool:
    if ob.get("nib") and nb.get("nib"):
        return str(ob["nib"]) == str(nb["nib"])
    return " ".join(str(ob.get("name", "")).casefold().split()) == \
        " ".join(str(nb.get("name", "")).casefold().split())


def compare_results(old: dict, new: dict) -> dict:
    """What changed between two results of the same business (a dict; the JSON of compare)."""
    ob, nb = old["business"], new["business"]
    if not _same_business(ob, nb):
        raise InputError("other_business", a=ob.get("name"), a_nib=ob.get("nib"),
                         b=nb.get("name"), b_nib=nb.get("nib"))

    def index(result):
        return {(f["rule"], _subject_name(result, f.get("product"))): f for f in result["findings"]}

    oi, ni = index(old), index(new)
    improved, regressed, expired, changed = [], [], [], []
    for key in list(oi) + [k for k in ni if k not in oi]:
        of, nf = oi.get(key), ni.get(key)
        os_ = of["status"] if of else None
        ns = nf["status"] if nf else None
        if os_ == ns:
            continue
        entry = {"rule": key[0], "product": key[1], "old": os_, "new": ns,
                 "severity": (nf or of)["severity"], "message": (nf or {}).get("message")}
        if os_ in GAP and ns in MET:
            improved.append(entry)
        elif os_ in MET and ns in GAP and _expired(of, nf):
            expired.append(entry)
        elif os_ in MET and ns in GAP:
            regressed.append(entry)
        else:
            changed.append(entry)
    subjects = []
    for name, o, n in [(None, ob, nb)] + [
            (p.get("name"), p, next((q for q in new["products"] if q.get("name") == p.get("name")), None))
            for p in old["products"]] + [
            (q.get("name"), None, q) for q in new["products"]
            if not any(p.get("name") == q.get("name") for p in old["products"])]:
        subjects.append({"product": name,
                         "old": None if o is None else {"verdict": o.get("verdict"), "score": o.get("score")},
                         "new": None if n is None else {"verdict": n.get("verdict"), "score": n.get("score")}})
    return {
        "format": COMPARISON_FORMAT,
        "business": {"name": nb.get("name"), "nib": nb.get("nib")},
        "old": {"as_of": old.get("as_of"), "standard": _std(old), "certified": old.get("certified")},
        "new": {"as_of": new.get("as_of"), "standard": _std(new), "certified": new.get("certified")},
        "improved": improved, "regressed": regressed, "expired": expired, "changed": changed,
        "subjects": subjects,
    }


def _std(result: dict) -> str | None:
    s = result.get("standard") or {}
    return f"{s.get('id')}@{s.get('version')}" if s.get("id") else None


def compare_text(c: dict, lang: str, rules: dict | None = None) -> str:
    L = Section("compare", lang)
    rules = rules or {}
    out = [L.title.format(name=c["business"]["name"], old=c["old"]["as_of"], new=c["new"]["as_of"])]
    if c["old"]["standard"] != c["new"]["standard"]:
        out.append(L.std_changed.format(old=c["old"]["standard"], new=c["new"]["standard"]))
    out.append(f"{L.cert}: {value_label(bool(c['old']['certified']), lang)} -> "
               f"{value_label(bool(c['new']['certified']), lang)}")

    def st(s):
        return label("status", s, lang) if s else "-"

    for key in ("improved", "regressed", "expired", "changed"):
        out.append("")
        out.append(f"{L[key]} ({len(c[key])}):")
        for e in c[key]:
            who = L.business if e["product"] is None else e["product"]
            title = (rules.get(e["rule"]) or {}).get("title") or ""
            out.append(f"  {e['rule']} {title} ({who}): {st(e['old'])} -> {st(e['new'])}")
            if key in ("regressed", "expired") and e.get("message"):
                out.append(f"      {e['message']}")
        if not c[key]:
            out.append(f"  {L.none}")
    out.append("")
    out.append(f"{L.subjects}:")
    for s in c["subjects"]:
        who = L.business if s["product"] is None else s["product"]

        def v(x):
            return "-" if x is None else f"{label('verdict', x['verdict'], lang).upper()} {x['score']:.1f}"

        delta = ""
        if s["old"] and s["new"]:
            delta = f" ({s['new']['score'] - s['old']['score']:+.1f})"
        out.append(f"  {who}: {v(s['old'])} -> {v(s['new'])}{delta}")
    return "\n".join(out) + "\n"
