"""What the self-assessment's templates show: a question as an input (its label, hint,
example, choices, the answer given and the message next to it), a step's title, and the
answer as a plan. The words come from the catalogue (readiness.words); nothing is per rule."""

from __future__ import annotations

from typing import Any

from readiness.answers import MAX_TEXT, field_kind, option_label
from readiness.selfcheck import Question, _plain
from readiness.words import field_label, has, label, t

# an example answer per kind (section `ask`, key `ex_KIND`)
_INPUT = {"date": "text", "nib": "text", "money": "text", "number": "text", "integer": "text",
          "quantity": "text", "text": "text", "list": "text", "numbers": "text"}
_INPUTMODE = {"nib": "numeric", "integer": "numeric", "money": "numeric", "number": "decimal",
              "date": "numeric"}


def _word(key: str, lang: str) -> str:
    """A word whose key is made of parts (`ask.ex_date`), "" when the catalogue has none."""
    return t(key, lang) if has(key) else ""


def question_label(path: str, lang: str) -> str:
    plain = _plain(path)
    keys = ["ask." + plain, "field." + plain, "field." + plain.split(".", 1)[-1]]
    if "[" in path:                   # an entry's field: its own name (number, issued, ...)
        keys.insert(0, "ask." + plain.rsplit(".", 1)[-1])
    for key in keys:
        if has(key):
            return t(key, lang)[:1].upper() + t(key, lang)[1:]
    return field_label(plain, lang)


def _entry_label(q: Question, lang: str) -> str:
    """"Do you have: SPP-IRT (P-IRT)?" from the entry's selector and its model."""
    from readiness.answers import _section

    lst = _plain(q.path)
    if "[" in q.path and "=" in q.path:
        sel = q.path[q.path.rindex("[") + 1:-1]
        k, v = sel.split("=", 1)
        kind = field_kind(f"{lst}.{k}")
        sec = _section(kind.options, f"{lst}.{k}") if kind is not None and kind.options else None
        what = label(sec, v, lang) if sec else v
        return t("ask.have_entry", lang, what=what, list=question_label(lst, lang).lower())
    own = "ask." + lst
    what = t(own, lang) if has(own) else question_label(lst, lang)
    return t("ask.have", lang, what=what)


def _hint(path: str, lang: str) -> str:
    plain = _plain(path)
    own = "ask.hint." + plain
    if has(own):                   # the form's own words where the template's speak YAML
        return t(own, lang)
    key = "field_hint." + plain
    if not has(key) or "[" in path:
        return ""
    kind = field_kind(plain)
    if kind is not None and kind.name in ("choice", "choices", "open_choice", "record"):
        return ""              # the choices speak for themselves; a list's hint speaks YAML
    text = t(key, lang)
    # the hints were written for the YAML template: drop what only concerns YAML
    for cut in (" Tulis di antara tanda petik", " Write it in quotes", " In quotes",
                " (di antara tanda petik)", ", tulis mis.", ", write e.g.", "true bila",
                "true when"):
        i = text.find(cut)
        if i == 0:
            return ""
        if i > 0:
            text = text[:i].rstrip(" ,;.:") + "."
    return text


def field_view(q: Question, values: dict, errors: dict, lang: str, prefix: str = "") -> dict:
    name = prefix + q.path
    kind = q.kind.name
    err = errors.get(name)
    view: dict[str, Any] = {
        "name": name, "id": "f-" + "".join(c if c.isalnum() else "-" for c in name),
        "label": _entry_label(q, lang) if q.entry else question_label(q.path, lang),
        "hint": "" if q.entry else _hint(q.path, lang),
        "kind": kind, "error": err.text(lang) if err is not None else "",
        "required": q.required, "maxlength": MAX_TEXT, "value": values.get(q.path, ""),
        "options": [], "inputmode": _INPUTMODE.get(kind, "text"),
        "example": _word("ask.ex_" + kind, lang),
        "parts": [], "section": "",
        # the answers that show what follows (an entry's fields after "Sudah punya")
        "when": " ".join(q.when) or ("ya" if kind in ("entry", "bool") else ""),
    }
    if kind in ("choice", "choices", "open_choice"):
        opts = q.kind.options
        view["options"] = [(o, option_label(_plain(q.path), opts, o, lang)) for o in opts]
        chosen = values.get(q.path) or ([] if kind == "choices" else "")
        view["value"] = _as_values(q.path, chosen, kind)
        view["control"] = "checks" if kind == "choices" else ("radios" if len(opts) <= 6
                                                              else "select")
        if kind == "open_choice" and view["value"] and view["value"] not in opts:
            view["options"].append((view["value"], view["value"]))   # a value of her own
        view["parts"] = [field_view(p, values, errors, lang, prefix) for p in q.parts]
    elif kind == "entry" and q.kind.options:     # a permit or document: three answers
        view["options"] = [(o, t(_ENTRY_WORDS[o], lang)) for o in q.kind.options]
        view["value"] = _as_entry(q.path, values.get(q.path))
        view["control"] = "radios"
        view["parts"] = [field_view(p, values, errors, lang, prefix) for p in q.parts]
    elif kind in ("bool", "entry"):
        view["options"] = [("ya", t("ask.yes", lang)), ("tidak", t("ask.no", lang))]
        view["value"] = _as_bool(values.get(q.path))
        view["control"] = "radios"
        view["parts"] = [field_view(p, values, errors, lang, prefix) for p in q.parts]
    else:
        v = values.get(q.path, "")
        view["value"] = ", ".join(v) if isinstance(v, list) else str(v or "")
        view["control"] = "input"
        view["type"] = _INPUT.get(kind, "text")
        view["parts"] = [field_view(p, values, errors, lang, prefix) for p in q.parts]
    return view


def _as_values(path: str, chosen: Any, kind: str):
    """The option values an earlier answer chose (she may have typed "Mikro")."""
    from readiness.answers import AnswerError, parse_answer

    try:
        v = parse_answer(_plain(path), chosen)
    except AnswerError:
        return chosen
    return v if v is not None else ([] if kind == "choices" else "")


_ENTRY_WORDS = {"ya": "ask.entry_ya", "proses": "ask.entry_proses", "tidak": "ask.entry_tidak"}
_ENTRY_OPTION = {"issued": "ya", "pending": "proses", "none": "tidak", "rejected": "tidak"}


def _as_entry(path: str, v: Any) -> str:
    """The option an earlier answer chose (she may have typed "sedang diurus")."""
    from readiness.selfcheck import entry_answer

    return _ENTRY_OPTION.get(entry_answer(path, v) or "", "")


def _as_bool(v: Any) -> str:
    from readiness.answers import AnswerError, Kind, parse_answer

    try:
        b = parse_answer("", v, Kind("bool"))
    except AnswerError:
        return ""
    return "" if b is None else ("ya" if b else "tidak")


def _group(path: str) -> str:
    """The part of the dossier a question belongs to (label, packaging, permits...), when the
    catalogue has a heading for it (`ask.sec_NAME`); else ""."""
    parts = _plain(path).split(".")
    return parts[1] if len(parts) > 1 and has("ask.sec_" + parts[1]) else ""


def fields(questions, values: dict, errors: dict, lang: str, prefix: str = "",
           index: int | None = None) -> list[dict]:
    """The questions as inputs; a heading (`section`) where the part of the dossier changes
    (Kemasan, Label, Izin...), so a long step reads in blocks on a phone."""
    out, last = [], ""
    for q in questions:
        view = field_view(q, {k[len(prefix):] if prefix and k.startswith(prefix) else k: v
                              for k, v in values.items()}, errors, lang, prefix)
        group = _group(q.path)
        view["section"] = _word("ask.sec_" + (group or "other"), lang) if group != last else ""
        last = group
        out.append(view)
    return out


def step_title(step, draft: dict, lang: str) -> str:
    if step.product is not None:
        p = (draft.get("products") or [])[step.product]
        return t("ask.step_product", lang, name=p.get("name") or "",
                 category=label("category", p.get("category"), lang))
    return _word("ask.step_" + step.key, lang)


# ------------------------------------------------------------------ the answer as a plan

def plan_view(result, lang: str, rs=None, dossier=None) -> dict:
    """The gap report as the page shows it: readiness.plan's plan (what to fill in first, then
    one visit per office of her regency, the score each step gains), its texts for a phone:
    the form's own question for a field to fill in and a link to the step that asks it; no
    JSON or dossier paths."""
    from readiness.plan import build_plan

    plan = build_plan(result, rs, lang, dossier=dossier)
    d = result.to_dict() if hasattr(result, "to_dict") else result
    names = [str(p.get("name") or "") for p in d.get("products") or []]

    def card(c) -> dict:
        return {"title": c.title, "who": ", ".join(c.subjects), "what": " ".join(c.shows),
                "how": c.remediation, "gain": c.gain, "severity": c.severity_label}

    def step(item) -> str:
        idx = next((names.index(s) for s in item.subjects if s in names), None)
        return step_of(item.field, idx)

    absent = t("msg.absent", lang).split("{")[0]          # "Data belum diisi: ..."
    fill = [{"field": i.label[:1].upper() + i.label[1:], "who": ", ".join(i.subjects),
             "question": _hint(i.field, lang), "gain": i.gain, "step": step(i),
             "detail": [x for x in i.detail if not (absent and x.startswith(absent))]}
            for i in plan.fill]
    # each step's gain is the engine's for that gap alone; together they cannot raise the
    # score past 100, so a group's sum is capped at the score still missing
    room = max(0.0, 100.0 - float(plan.score or 0.0))
    offices = [{"office": v.office, "address": v.address, "online": v.online,
                "steps": [card(c) for c in v.cards], "gain": round(min(v.gain, room), 1)}
               for v in plan.visits]
    return {"fill": fill, "fill_gain": round(min(plan.fill_gain, room), 1), "offices": offices,
            "manual": [{"title": c.title, "who": ", ".join(c.subjects), "questions": c.questions}
                       for c in plan.manual], "verdict": plan.verdict,
            "score": plan.score, "score_subject": plan.score_subject, "business": d["business"], "products": d.get("products") or [],
            "certified": d.get("certified")}


def step_of(path: str, product: int | None) -> str:
    """The form's step that asks a field: the business's first step, its details, or the
    product's own step."""
    from readiness.selfcheck import BUSINESS_FIRST

    if path.startswith("business."):
        return "usaha" if path in BUSINESS_FIRST else "rincian"
    return f"p{product}" if product is not None else "produk"
