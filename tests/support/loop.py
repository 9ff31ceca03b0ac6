"""A dossier's answers as the self-assessment form holds them (its draft), for tests that
start from a known dossier: each question the form asks, answered as an owner types it."""

import datetime as dt
import re


def value_at(node, path: str):
    for part in path.split("."):
        m = re.fullmatch(r"([a-z_]+)(?:\[(?:([a-z_]+)=([^\]]*))?\])?", part)
        if m is None or not isinstance(node, dict):
            return None
        node = node.get(m[1])
        if part.endswith("[]"):
            node = node[0] if isinstance(node, list) and node else None
        elif m[2]:
            node = next((e for e in node or [] if isinstance(e, dict)
                         and str(e.get(m[2])) == m[3]), None)
    return node


def typed(v):
    """A value as an owner types it."""
    if isinstance(v, bool):
        return "ya" if v else "tidak"
    if isinstance(v, dt.date):
        return v.strftime("%d/%m/%Y")
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return dt.date.fromisoformat(v).strftime("%d/%m/%Y")
    if isinstance(v, list):
        return [str(x) for x in v]
    if isinstance(v, dict) and "amount" in v:
        return f"{v['amount']} {v.get('unit', '')}".strip()
    return str(v)


def answers(questions, root: dict, prefix: str) -> dict:
    out = {}
    for q in questions:
        rel = q.path[len(prefix) + 1:]
        v = value_at(root, rel)
        if q.entry:
            if v is None:
                continue
            out[q.path] = "ya"
            for part in q.parts:
                pv = value_at(root, part.path[len(prefix) + 1:])
                if pv is not None:
                    out[part.path] = typed(pv)
        elif v is not None:
            out[q.path] = typed(v)
    return out


def draft_of(dossier: dict, rs) -> dict:
    """The form's draft whose answers make (as far as the form asks) this dossier."""
    from readiness.selfcheck import form_steps

    biz = dossier["business"]
    draft = {"business": {}, "products": [
        {"name": p["name"], "category": p["category"], "channels": list(p.get("channels") or []),
         "answers": {}} for p in dossier["products"]]}
    for step in form_steps(rs, draft):
        if step.key == "produk":
            continue
        if step.subject == "business":
            draft["business"].update(answers(step.questions, biz, "business"))
        else:
            draft["products"][step.product]["answers"].update(
                answers(step.questions, dossier["products"][step.product], "product"))
    draft["done"], draft["at"] = True, "usaha"
    return draft
