"""What changed between two results of the same business (`readiness compare OLD NEW`):
requirements that improved, regressed or expired since, and each subject's verdict and score.

Reads two results (the JSON of `check --format json`, as `readiness.result.ResultDoc`) and decides from their structure,
never from the words of their messages: a requirement "expired" when it was met and is now a
gap because time ran out on it: an officer's waiver no longer in force (waived -> gap), or a
document, licence or curation whose date no longer reaches (met -> fail at a validity date).
"""

from __future__ import annotations

from readiness.errors import InputError
from readiness.result import Finding, ResultDoc, RuleText, load_result
from readiness.vocab import GAP, MET, Status
from readiness.words import Section, label, value_label

__all__ = ["compare_results", "compare_text", "load_result"]

COMPARISON_FORMAT = "readiness-comparison/1"
# where a finding points when a date is what fails it (document `expires`/`issued`, a
# curation's `date`)
_VALIDITY_FIELDS = ("expires", "issued", "date")


def _subject_name(result: ResultDoc, product: int | None) -> str | None:
    if product is None:
        return None
    p = result.product(product)
    return p.name if p is not None else f"#{product}"


def _expired(old: Finding, new: Finding) -> bool:
    if old.status == Status.WAIVED and new.status in GAP:
        return True        # the waiver lapsed (or was withdrawn)
    path = new.path or ""
    return (old.status == Status.PASS and new.status == Status.FAIL
            and path.rsplit(".", 1)[-1] in _VALIDITY_FIELDS)


def _same_business(ob, nb) -> bool:
    if ob.nib and nb.nib:
        return str(ob.nib) == str(nb.nib)
    return " ".join(str(ob.name or "").casefold().split()) == \
        " ".join(str(nb.name or "").casefold().split())


def _changes(old: ResultDoc, new: ResultDoc) -> dict[str, list]:
    """The requirements whose status changed: improved, regressed, expired, changed."""
    def index(result: ResultDoc) -> dict:
        return {(f.rule, _subject_name(result, f.product)): f for f in result.findings}

    oi, ni = index(old), index(new)
    out: dict[str, list] = {"improved": [], "regressed": [], "expired": [], "changed": []}
    for key in list(oi) + [k for k in ni if k not in oi]:
        of, nf = oi.get(key), ni.get(key)
        os_ = of.status if of else None
        ns = nf.status if nf else None
        if os_ == ns:
            continue
        entry = {"rule": key[0], "product": key[1], "old": os_, "new": ns,
                 "severity": (nf or of).severity, "message": nf.message if nf else None}
        if os_ in GAP and ns in MET:
            out["improved"].append(entry)
        elif os_ in MET and ns in GAP and _expired(of, nf):
            out["expired"].append(entry)
        elif os_ in MET and ns in GAP:
            out["regressed"].append(entry)
        else:
            out["changed"].append(entry)
    return out


def _subjects(old: ResultDoc, new: ResultDoc) -> list[dict]:
    """Each subject's verdict and score, old and new (products matched by name)."""
    def vs(x):
        return None if x is None else {"verdict": x.verdict, "score": x.score}

    pairs = [(None, old.business, new.business)]
    pairs += [(p.name, p, next((q for q in new.products if q.name == p.name), None))
              for p in old.products]
    pairs += [(q.name, None, q) for q in new.products
              if not any(p.name == q.name for p in old.products)]
    return [{"product": name, "old": vs(o), "new": vs(n)} for name, o, n in pairs]


def compare_results(old: ResultDoc, new: ResultDoc) -> dict:
    """What changed between two results of the same business (a dict; the JSON of compare)."""
    old, new = ResultDoc.read(old), ResultDoc.read(new)
    ob, nb = old.business, new.business
    if not _same_business(ob, nb):
        raise InputError("other_business", a=ob.name, a_nib=ob.nib, b=nb.name, b_nib=nb.nib)
    return {
        "format": COMPARISON_FORMAT,
        "business": {"name": nb.name, "nib": nb.nib},
        "old": {"as_of": old.as_of, "standard": _std(old), "certified": old.certified},
        "new": {"as_of": new.as_of, "standard": _std(new), "certified": new.certified},
        **_changes(old, new),
        "subjects": _subjects(old, new),
    }


def _std(result: ResultDoc) -> str:
    return f"{result.standard.id}@{result.standard.version}"


def compare_text(c: dict, lang: str, rules: dict[str, RuleText] | None = None) -> str:
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
            rule = rules.get(e["rule"])
            title = (rule.title if rule is not None else "") or ""
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
