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
            text = text[:i].rstrip(" ,;.") + "."
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
    return view


def _as_values(path: str, chosen: Any, kind: str):
    """The option values an earlier answer chose (she may have typed "Mikro")."""
    from readiness.answers import AnswerError, parse_answer

    try:
        v = parse_answer(_plain(path), chosen)
    except AnswerError:
        return chosen
    return v if v is not None else ([] if kind == "choices" else "")


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

def plan_view(result, lang: str) -> dict:
    """The gap report grouped as a plan: what to fill in first (the field and its question),
    then what to fix, grouped by the office to visit, with the score each step gains. Built
    from the Result's findings; no JSON path reaches the page."""
    from readiness.vocab import Status
    from readiness.web.personal import strip_paths

    d = result.to_dict()
    rules = d.get("rules") or {}
    names = [p.get("name") for p in d.get("products") or []]
    fill: dict[str, dict] = {}
    offices: dict[str, list] = {}
    for f in d.get("findings") or []:
        status = f.get("status")
        if status not in (Status.MISSING, Status.FAIL, Status.MANUAL):
            continue
        rule = rules.get(f["rule"]) or {}
        who = names[f["product"]] if f.get("product") is not None and f["product"] < len(names) \
            else d["business"].get("name")
        if status == Status.MISSING:
            path = _field_of(f.get("path") or "")
            key = f"{who}|{path}"
            item = fill.setdefault(key, {"who": who, "field": question_label(path, lang),
                                         "question": _hint(path, lang), "gain": 0.0,
                                         "rules": [], "step": step_of(path, f.get("product"))})
            item["gain"] += f.get("gain") or 0.0
            item["rules"].append(rule.get("title") or f["rule"])
            continue
        office = strip_paths(rule.get("agency") or "") or t("ask.no_office", lang)
        offices.setdefault(office, []).append({
            "who": who, "title": rule.get("title") or f["rule"],
            "what": strip_paths(f.get("message") or ""),
            "how": strip_paths(rule.get("remediation") or ""),
            "severity": f.get("severity"), "gain": f.get("gain") or 0.0,
            "manual": status == Status.MANUAL})
    # a step's gain is what its findings add, never more than the score still missing
    room = max(0.0, 100.0 - float(d["business"].get("score") or 0.0))
    groups = [{"office": k, "steps": v, "gain": round(min(room, sum(i["gain"] for i in v)), 1)}
              for k, v in offices.items()]
    groups.sort(key=lambda g: -g["gain"])
    fills = sorted(fill.values(), key=lambda i: -i["gain"])
    for i in fills:
        i["gain"] = round(i["gain"], 1)
    return {"fill": fills, "fill_gain": round(min(room, sum(i["gain"] for i in fills)), 1),
            "offices": groups, "business": d["business"], "products": d.get("products") or [],
            "certified": d.get("certified")}


def step_of(path: str, product: int | None) -> str:
    """The form's step that asks a field: the business's first step, its details, or the
    product's own step."""
    from readiness.selfcheck import BUSINESS_FIRST

    if path.startswith("business."):
        return "usaha" if path in BUSINESS_FIRST else "rincian"
    return f"p{product}" if product is not None else "produk"


def _field_of(json_path: str) -> str:
    """`$.products[0].permits[?(@.type=='pirt')]` -> product.permits (the field asked)."""
    import re

    p = re.sub(r"^\$\.", "", json_path)
    p = re.sub(r"^products\[\d+\]", "product", p)
    p = re.sub(r"\[[^\]]*\]", "", p)
    p = p.split(".")
    # the question is the field the dossier model knows, as deep as it goes
    from readiness.answers import field_kind

    best = ".".join(p[:2])
    for i in range(2, len(p) + 1):
        if field_kind(".".join(p[:i])) is not None:
            best = ".".join(p[:i])
    return best
