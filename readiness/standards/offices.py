"""The offices a business visits (a rule set's `offices`, a rule's `office`): the office of a
kind for the business's regency or city, with its address when the rule set carries it, else
the generic name. The engine puts them in the result; the owner's plan groups its visits by
them (issue 24: this lives with the rule sets, so the engine never imports the plan).
"""

from __future__ import annotations

from typing import Any

from readiness.words import pick


def regency_key(name: Any) -> str:
    """A regency/city as the offices table keys it: case and 'Kabupaten'/'Kab.' ignored;
    'Mataram' is Kota Mataram (the only Mataram); 'Bima' alone is the regency, not the city."""
    s = " ".join(str(name or "").casefold().replace(".", ". ").split())
    for prefix in ("kabupaten ", "kab. ", "kab "):
        if s.startswith(prefix):
            s = s[len(prefix):]
    s = s.replace("kota. ", "kota ")
    return "kota mataram" if s == "mataram" else s


def resolve_office(offices: dict, kind: str, regency: Any, lang: str) -> dict | None:
    """The office of `kind` for a business in `regency`: {kind, name, address, online,
    regional} — the regency's own office when the table has it (regional True), else the
    generic name. None when the kind is unknown."""
    spec = (offices or {}).get(kind)
    if not isinstance(spec, dict):
        return None
    out = {"kind": kind, "name": pick(spec.get("name"), lang), "address": spec.get("address", ""),
           "online": spec.get("online", ""), "regional": False}
    want = regency_key(regency)
    if want:
        for reg, entry in (spec.get("regencies") or {}).items():
            if regency_key(reg) == want and isinstance(entry, dict):
                out.update(name=entry.get("name") or out["name"], address=entry.get("address", ""),
                           regional=True)
                break
    return out


def offices_for(rs, regency: Any, kinds, lang: str) -> dict:
    """{kind: office} for the kinds given (those of the rules a business must act on)."""
    out = {}
    for k in sorted(set(kinds)):
        o = resolve_office(getattr(rs, "offices", None) or {}, k, regency, lang)
        if o is not None:
            out[k] = o
    return out
