"""The plan: a result read as what to do, in order (issue 12).

    build_plan(result, rs=None, lang=None, dossier=None) -> ActionPlan

One plan feeds every face that tells an IKM owner what to do: the gap report (PDF and HTML),
the text report, and the self-assessment page's answer. It is a pure function of the result
(a `Result` or its dict), so the same facts appear everywhere:

1. **Lengkapi data** — the `missing` findings as fields to fill in: each field named in plain
   words with the question to answer (the catalogue `init` uses: `field` and `field_hint` in
   readiness.words), which products it is for, and the score it gains. Never an office, never
   the advice meant for a failed requirement.
2. **One visit per office** — the `fail` findings, one card per rule (a rule failing on several
   products is one card naming them), grouped by the office to visit: the office of the
   business's regency with its address when the rule set carries it (`offices` in the rule set,
   `office` on each rule), else the rule's own agency text. Visits are ordered by the score
   they gain (the engine's `gain`: how much a subject's score rises once the gap is fixed,
   summed over the subjects it concerns).
3. Apart: what an officer judges in person (`manual`) and what an officer waived.

Nothing IKM-facing in a plan carries a JSON path or a dossier path: the paths stay in the
result's JSON and in an officer's view. `ActionPlan.to_dict()` is the plan as plain data.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from readiness.result import ResultDoc
from readiness.standards.offices import office_label, offices_for
from readiness.vocab import SEVERITY_ORDER as _SEVERITY
from readiness.words import LANGS, Section, has, label, t

_SEV_NAMES = frozenset(s.value for s in _SEVERITY)


# -- plain words: no paths in IKM-facing text -----------------------------------------------

# "(dosir: business.nib)" / "(dossier: products[].permits ...)" at the end of an evidence text
_DOSSIER_NOTE = re.compile(r"\s*\((?:dosir|dossier)\s*:[^()]*(?:\([^()]*\)[^()]*)*\)")
# a JSON path ($.products[0].label) or a dossier path (business.x.y, product.x, products[].x)
_PATH = re.compile(r"\$\.[\w.\[\]=]*|\b(?:business|products?)(?:\[[^\]]*\])?\.[A-Za-z_][\w.\[\]=]*")


def field_key(path: str | None) -> str:
    """`$.products[0].permits[1].issued` -> `product.permits.issued`; `$.business.npwp` ->
    `business.npwp` (the notation of the field catalogue)."""
    p = (path or "").removeprefix("$").lstrip(".")
    p = re.sub(r"\[[^\]]*\]", "", p)
    if p.startswith("products."):
        p = "product." + p[len("products."):]
    elif p == "products":
        p = "product"
    return p


def field_words(key: str, lang: str) -> str:
    """A field in plain words: the catalogue's label of the field or of its nearest parent
    that has one; a field the catalogue does not know is named by its last part in words."""
    parts = key.split(".")
    for n in range(len(parts), 0, -1):
        k = ".".join(parts[:n])
        for cand in (k, k.removeprefix("product.")):
            if cand and has("field." + cand):
                return t("field." + cand, lang)
    return parts[-1].replace("_", " ") if parts and parts[-1] else ""


# what the template adds for its commented examples ("Contoh, hapus tanda # lalu isi:")
_TEMPLATE_NOTE = re.compile(r"\s*(?:Contoh, hapus tanda #|Example, remove the #)[^.]*:?\s*$")


def field_question(key: str, lang: str) -> tuple[str, str]:
    """(catalogue key, the question `init` asks) of the field or its nearest parent, without
    the template's note on its commented example."""
    parts = key.split(".")
    named = any(has("field." + c) for c in (key, key.removeprefix("product.")))
    for n in range(len(parts), 0, -1):
        k = ".".join(parts[:n])
        if has("field_hint." + k):
            return k, _answer_words(_TEMPLATE_NOTE.sub("", t("field_hint." + k, lang)), lang)
        if named:
            # a field with its own name: its list's question ("izin produk: jenis, nomor...")
            # would ask about something else
            break
    return key, ""


def _answer_words(text: str, lang: str) -> str:
    """The template's hints speak YAML (`true bila ...`); a reader answers Ya or Tidak."""
    yes, no = t("value.true", lang).capitalize(), t("value.false", lang).capitalize()
    text = _QUOTES.sub("", text).replace(", di antara tanda petik", "").replace(", in quotes", "")
    return re.sub(r"\bfalse\b", no, re.sub(r"\btrue\b", yes, text)).strip()


# the template's advice on YAML quoting ("Tulis di antara tanda petik, mis. ...", "(in quotes)")
_QUOTES = re.compile(r"\s*(?:Tulis di antara tanda petik(?:, mis\. \"[^\"]*\")?\.|Write it in quotes\.|In quotes\."
                     r"|\((?:di antara tanda petik|in quotes)\))")


def plain(text: Any, lang: str) -> str:
    """Text an IKM reads: without the "(dosir: ...)" notes and with any path named in words."""
    s = _DOSSIER_NOTE.sub("", str(text or ""))
    return _PATH.sub(lambda m: field_words(field_key(m.group(0)), lang), s).strip()


# -- the plan ---------------------------------------------------------------------------------

@dataclass
class FillItem:
    """A field to fill in (step 1)."""

    field: str                 # catalogue key (business.npwp): for code, not for show
    label: str                 # the field in plain words
    question: str              # what to answer (the hint `init` writes)
    detail: list[str]          # what the check said is missing (plain words), distinct
    subjects: list[str]        # the business and/or the products it is for
    rules: list[str]
    gain: float                # the most one subject's score rises once it is given
    total: float = 0.0         # summed over the subjects (the order of the list)
    by_subject: dict = field(default_factory=dict, repr=False)


@dataclass
class Card:
    """One requirement to act on: one rule, every subject it fails for."""

    rule: str
    title: str
    severity: str
    severity_label: str
    subjects: list[str]
    shows: list[str]           # what the dossier shows (the findings' messages, distinct)
    evidence: str              # what to bring / what is needed
    remediation: str           # how to fix it
    reference: str
    agency: str                # the rule's own agency text (officer's view; the visit names the office)
    gain: float                # the most one subject's score rises once it is fixed
    total: float = 0.0         # summed over the subjects
    by_subject: dict = field(default_factory=dict, repr=False)
    # a requirement an officer decides (`manual`): the officer's questions (distinct) and what
    # the officer consults; the owner has nothing to fix
    questions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)


@dataclass
class Visit:
    """One office to visit (or "done by yourself"), with what to do there."""

    kind: str                  # office kind, or "" when the rule set has none
    office: str
    address: str
    online: str
    regional: bool             # the office of the business's regency
    cards: list[Card]
    gain: float                # the most one subject's score rises after this visit
    total: float = 0.0         # summed over the subjects (the order of the visits)
    confirmed: bool = True     # False: `office` ends with "(nama kantor belum diverifikasi)"
    name: str = ""             # the office's name alone (`office` is as printed)


@dataclass
class ActionPlan:
    lang: str
    regency: str
    fill: list[FillItem]
    visits: list[Visit]
    manual: list[Card]
    waived: list[Card]
    passed: list[tuple[str, str]]          # (rule, title)
    not_applicable: list[str]              # rule ids
    fill_gain: float = 0.0                 # the most one subject's score rises after step 1
    verdict: str = ""
    score: float | None = None             # the score that goes with `verdict`
    score_subject: str = ""                # "" the business; else the product's name
    extra: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        """The plan as plain data (JSON-ready)."""
        def drop(v):
            if isinstance(v, dict):
                return {k: drop(x) for k, x in v.items() if k != "by_subject"}
            if isinstance(v, list):
                return [drop(x) for x in v]
            return v
        return drop(asdict(self))


def headline(result) -> tuple[str, float | None, str]:
    """(verdict, score, subject) that stand together (`ResultDoc.headline`), of a result dict
    or the typed result."""
    return ResultDoc.read(result).headline()


def _merge(parts) -> dict:
    out: dict = {}
    for d in parts:
        for k, v in d.items():
            out[k] = out.get(k, 0.0) + v
    return out


def _up_to(by_subject: dict) -> float:
    """The most one subject's score rises (scores are per subject: gains of different
    subjects do not add up), never past 100."""
    return round(min(100.0, max(by_subject.values(), default=0.0)), 1)


def _as_dict(result, lang: str | None) -> dict:
    """The result as a dict; a `Result` worded in `lang` when asked (its messages are worded
    back in its own language afterwards)."""
    if not hasattr(result, "to_dict"):
        return result
    own = result.lang
    if lang not in LANGS or lang == own or not hasattr(result, "word"):
        return result.to_dict()
    result.lang = lang
    try:
        return result.to_dict()
    finally:
        result.lang = own
        result.word()


def _visits(cards: list[tuple[str, Card]], offices: dict, L: Section, lang: str) -> list[Visit]:
    """The failed requirements' cards (with their office kinds) grouped into visits, in the
    order of what they gain."""
    visits: dict[str, Visit] = {}
    for kind, card in cards:
        office = offices.get(kind) if kind else None
        if office is None:   # no office table: the rule's agency text is the office
            key, kind = "agency:" + card.agency, ""
            office = {"name": card.agency or L.office_unknown, "address": "", "online": "",
                      "regional": False, "confirmed": True}
        else:
            key = kind
        v = visits.get(key)
        if v is None:
            # an office the result names without `confirmed` (results made before issue 20):
            # printed as it was
            known = office.get("confirmed", True) is not False
            v = visits[key] = Visit(kind, office_label(dict(office, confirmed=known), lang),
                                    str(office.get("address") or ""),
                                    str(office.get("online") or ""), bool(office.get("regional")),
                                    [], 0.0, confirmed=known, name=str(office.get("name") or ""))
        v.cards.append(card)
    for v in visits.values():
        v.gain = _up_to(_merge(c.by_subject for c in v.cards))
        v.total = round(sum(c.total for c in v.cards), 1)
        v.cards.sort(key=lambda c: (_SEVERITY[c.severity], -c.total))
    return sorted(visits.values(), key=lambda v: (v.kind == "self", -v.total,
                                                  min(_SEVERITY[c.severity] for c in v.cards)))


def _ask(card: Card, question: Any, msg: str, lang: str) -> None:
    """A manual finding's question (and sources) on its card: the result's `question`, else
    its message (results made before issue 20)."""
    q = question if isinstance(question, dict) else {}
    text = plain(q.get("text") or msg, lang)
    if text and text not in card.questions:
        card.questions.append(text)
    for s in q.get("sources") or ():
        if s and s not in card.sources:
            card.sources.append(str(s))


def build_plan(result, rs=None, lang: str | None = None, dossier=None) -> ActionPlan:
    """The plan of a result (a `Result` or its dict). `rs`: the rule set, to name the offices
    of a regency (else the offices the result carries, `standard.offices`, else each rule's
    agency text); `dossier`: the dossier (dict or model), whose business address's regency
    is used (else the result's); `lang`: the result's language when None (the texts
    of a dict are in its language; a `Result` is worded in `lang`)."""
    res = _as_dict(result, lang)
    lang = lang if lang in LANGS else (res.get("lang") if res.get("lang") in LANGS else "id")
    L = Section("plan", lang)
    rules = res.get("rules") or {}
    biz = res.get("business") or {}
    regency = biz.get("regency") or ""
    if dossier is not None:
        d = dossier.model_dump(mode="python") if hasattr(dossier, "model_dump") else dossier
        regency = (((d or {}).get("business") or {}).get("address") or {}).get("regency") or regency
    names = {p.get("index", i): str(p.get("name") or f"#{i + 1}")
             for i, p in enumerate(res.get("products") or [])}

    def subject(idx) -> str:
        return L.business if idx is None else names.get(idx, f"#{idx}")

    def rtext(rid: str, key: str) -> str:
        return str((rules.get(rid) or {}).get(key) or "")

    fill: dict[str, FillItem] = {}
    absent = t("msg.absent", lang).split("{")[0]     # "Data belum diisi: " (then the field)
    cards: dict[tuple[str, str], Card] = {}
    passed: dict[str, str] = {}
    na: list[str] = []
    for f in res.get("findings") or []:
        status, rid = f.get("status"), str(f.get("rule"))
        gain = float(f.get("gain") or 0.0)
        who = subject(f.get("product"))
        if status == "missing":
            key = field_key(f.get("path"))
            cat_key, question = field_question(key, lang)
            item = fill.get(cat_key)
            if item is None:
                item = fill[cat_key] = FillItem(cat_key, field_words(key, lang), question, [], [], [],
                                                0.0)
            generic = f"{absent}{item.label}".casefold()
            for part in plain(f.get("message"), lang).split("; "):
                part = part.strip()
                if part and part not in item.detail and part.rstrip(".").casefold() != generic:
                    item.detail.append(part)
            if who not in item.subjects:
                item.subjects.append(who)
            if rid not in item.rules:
                item.rules.append(rid)
            item.by_subject[f.get("product")] = item.by_subject.get(f.get("product"), 0.0) + gain
        elif status in ("fail", "manual", "waived"):
            card = cards.get((status, rid))
            sev = f.get("severity") if f.get("severity") in _SEV_NAMES else "minor"
            if card is None:
                card = cards[(status, rid)] = Card(
                    rid, rtext(rid, "title"), sev, label("severity", sev, lang), [], [],
                    plain(rtext(rid, "evidence"), lang), plain(rtext(rid, "remediation"), lang),
                    rtext(rid, "reference"), plain(rtext(rid, "agency"), lang), 0.0)
            elif _SEVERITY[sev] < _SEVERITY[card.severity]:
                card.severity, card.severity_label = sev, label("severity", sev, lang)
            if who not in card.subjects:
                card.subjects.append(who)
            msg = plain(f.get("message"), lang)
            if status == "manual":   # the officer's question, not a gap the owner fixes
                _ask(card, f.get("question"), msg, lang)
            elif msg and msg not in card.shows:
                card.shows.append(msg)
            card.by_subject[f.get("product")] = card.by_subject.get(f.get("product"), 0.0) + gain
        elif status == "pass":
            passed.setdefault(rid, rtext(rid, "title"))
        elif status == "not_applicable" and rid not in na:
            na.append(rid)
    passed = {k: v for k, v in passed.items()
              if not any(k == r for (_, r) in cards) and not any(k in i.rules for i in fill.values())}

    # offices: the rule set's (for the regency), else those the result carries
    kinds = {rtext(c.rule, "office") for (s, _), c in cards.items() if s == "fail"} - {""}
    if rs is not None and getattr(rs, "offices", None):
        offices = offices_for(rs, regency, kinds, lang)
    else:
        offices = ((res.get("standard") or {}).get("offices") or {})
    for c in cards.values():
        c.gain, c.total = _up_to(c.by_subject), round(sum(c.by_subject.values()), 1)
    order = _visits([(rtext(rid, "office"), card) for (status, rid), card in cards.items()
                     if status == "fail"], offices, L, lang)
    for i in fill.values():
        i.gain, i.total = _up_to(i.by_subject), round(sum(i.by_subject.values()), 1)
    items = sorted(fill.values(), key=lambda i: -i.total)
    side = {s: sorted((c for (st, _), c in cards.items() if st == s),
                      key=lambda c: (_SEVERITY[c.severity], c.rule)) for s in ("manual", "waived")}
    verdict, score, who = headline(res)
    return ActionPlan(lang=lang, regency=str(regency or ""), fill=items, visits=order,
                manual=side["manual"], waived=side["waived"], passed=list(passed.items()),
                not_applicable=na, fill_gain=_up_to(_merge(i.by_subject for i in items)),
                verdict=str(verdict), score=score, score_subject=who)
