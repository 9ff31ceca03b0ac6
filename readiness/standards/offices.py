"""The offices a business visits (a rule set's `offices`, a rule's `office`): the office of a
kind for the business's regency or city, with its address when the rule set carries it, else
the generic name. The engine puts them in the result; the owner's plan groups its visits by
them (issue 24: this lives with the rule sets, so the engine never imports the plan).

Confirmed names (issue 20): every office and every regency entry says whether its name was
checked against an official source (`confirmed: true`). A regency entry without `confirmed`
takes its office's; an office without it is NOT confirmed (a name nobody vouched for is never
printed as a fact). Wherever a name is printed for a person, an unconfirmed one is followed by
"(nama kantor belum diverifikasi)" / "(office name not verified)" (`office_label`); JSON
carries `confirmed` beside the name.

Office placeholders: a rule's texts (title, evidence, remediation, agency, rationale, the
reasons of its exemptions, its officer question) may say `{office}` (the office of the rule's
own `office` kind) or `{office:KIND}` (the office of another kind of the rule set), resolved
for the business's regency (`fill_offices`); an unknown kind is bad rule-set input.
"""

from __future__ import annotations

import re
from typing import Any

from readiness.words import pick, t

# {office} or {office:bpom}
PLACEHOLDER = re.compile(r"\{office(?::([a-z][a-z0-9_]{0,39}))?\}")


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
    regional, confirmed} — the regency's own office when the table has it (regional True),
    else the generic name. None when the kind is unknown."""
    spec = (offices or {}).get(kind)
    if not isinstance(spec, dict):
        return None
    confirmed = spec.get("confirmed") is True
    out = {"kind": kind, "name": pick(spec.get("name"), lang), "address": spec.get("address", ""),
           "online": spec.get("online", ""), "regional": False, "confirmed": confirmed}
    want = regency_key(regency)
    if want:
        for reg, entry in (spec.get("regencies") or {}).items():
            if regency_key(reg) == want and isinstance(entry, dict):
                out.update(name=entry.get("name") or out["name"], address=entry.get("address", ""),
                           regional=True, confirmed=entry.get("confirmed", confirmed) is True)
                break
    return out


def office_label(office: dict | None, lang: str) -> str:
    """An office's name as a person reads it: with the caveat when it is not confirmed."""
    if not office:
        return ""
    name = str(office.get("name") or "")
    if name and office.get("confirmed") is not True:
        return f"{name} {t('msg.office_unverified', lang)}"
    return name


def offices_for(rs, regency: Any, kinds, lang: str) -> dict:
    """{kind: office} for the kinds given (those of the rules a business must act on)."""
    out = {}
    for k in sorted(set(kinds)):
        o = resolve_office(getattr(rs, "offices", None) or {}, k, regency, lang)
        if o is not None:
            out[k] = o
    return out


def placeholder_kinds(text: Any) -> list[str | None]:
    """The office kinds a text's placeholders name (None: `{office}`, the rule's own)."""
    if not isinstance(text, str) or "{office" not in text:
        return []
    return [m.group(1) for m in PLACEHOLDER.finditer(text)]


def fill_offices(text: str, own: str, offices: dict, regency: Any, lang: str) -> str:
    """`text` with its office placeholders replaced by the office of the business's regency
    (`own`: the rule's office kind, for `{office}`), unconfirmed names with their caveat."""
    if "{office" not in text:
        return text

    def name(m: re.Match) -> str:
        o = resolve_office(offices, m.group(1) or own, regency, lang)
        return office_label(o, lang) if o else m.group(0)

    return PLACEHOLDER.sub(name, text)


def uses_placeholders(texts) -> bool:
    """Whether any of the texts ({lang: text} dicts or strings) has an office placeholder."""
    for v in texts:
        vals = v.values() if isinstance(v, dict) else [v]
        if any(isinstance(x, str) and "{office" in x for x in vals):
            return True
    return False
