"""The self-assessment for IKM owners: a step-by-step form on a phone.

    GET  /periksa                  start (or carry on with the draft the browser holds)
    GET  /periksa/{step}           a step: usaha, produk, rincian, p0, p1, ...
    POST /periksa/{step}           its answers: checked, kept in the draft, on to the next step
    GET  /periksa/hasil            the answer: her gap report as a plan
    GET  /periksa/laporan.pdf      the gap report as a PDF
    GET  /periksa/dosir.yaml       the dossier as YAML
    POST /periksa/kirim            "kirim ke Dinas": stored in the register with her consent
    POST /periksa/baru             start again (forget the draft)

The questions come from readiness.selfcheck (the standard and the dossier model). Nothing
personal is kept on the server before she sends it: the draft travels with the browser, in a
sealed cookie and in a sealed hidden field of every form (encrypted and authenticated, readable
for DRAFT_LIFE: a page reload, a lost connection or a closed tab keeps it). Every POST carries the CSRF token; every field is size-limited;
answers are checked on the server, each message next to its field.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from readiness.answers import MAX_LIST, MAX_TEXT, AnswerError
from readiness.web.downloads import attachment
from readiness.web.pages import lang_of, page
from readiness.web.security import csrf_token, require_csrf

router = APIRouter()

DRAFT_COOKIE = "rd_periksa"
MAX_COOKIE = 3800            # bytes a browser keeps in one cookie (4096 with its name)
MAX_DRAFT = 24_000           # bytes of a draft (signed, compressed) in the hidden field
MAX_FORM = 64 * 1024         # bytes of one step's form
CONSENT = "periksa.consent@1"


# ------------------------------------------------------------------ the draft, sealed

DRAFT_LIFE = 7 * 86400       # seconds a draft (cookie or hidden field) stays readable


def seal(request: Request, draft: dict) -> str:
    """The draft encrypted and authenticated (readiness.web.sealed): the browser carries it
    and can neither read nor change it."""
    from readiness.web.sealed import seal as sealed

    return sealed(request.app.state.settings.secret_key, "periksa.draft", draft)


def unseal(request: Request, token: str | None) -> dict | None:
    from readiness.web.sealed import unseal as opened

    data = opened(request.app.state.settings.secret_key, "periksa.draft", token,
                  max_age=DRAFT_LIFE, max_size=MAX_DRAFT * 4) \
        if token and len(token) <= MAX_DRAFT else None
    return data if isinstance(data, dict) else None


def _draft(request: Request, form=None) -> dict:
    d = unseal(request, form.get("draft") if form is not None else None)
    if d is None:
        d = unseal(request, request.cookies.get(DRAFT_COOKIE))
    return d or {"business": {}, "products": []}


def _keep(request: Request, response: Response, draft: dict) -> None:
    token = seal(request, draft)
    if len(token) <= MAX_COOKIE:
        response.set_cookie(DRAFT_COOKIE, token, max_age=DRAFT_LIFE, httponly=True,
                            samesite="lax", secure=request.url.scheme == "https", path="/periksa")


def _rs(request: Request):
    from readiness.standards import load_standard

    return load_standard(getattr(request.app.state.settings, "standard", None))


def _q(lang: str) -> str:
    return f"?lang={lang}"


# ------------------------------------------------------------------ rendering a step

def _steps(request: Request, draft: dict):
    from readiness.selfcheck import form_steps

    return form_steps(_rs(request), draft)


def _step_page(request: Request, draft: dict, key: str, *, values: dict | None = None,
               errors: dict | None = None, status: int = 200):
    from readiness.selfcheck import product_questions, progress
    from readiness.web import periksa_ui as ui

    lang = lang_of(request)
    steps = _steps(request, draft)
    keys = [s.key for s in steps]
    if key not in keys:
        key = "usaha"
    step = steps[keys.index(key)]
    if key == "usaha" or key == "rincian":
        values = values if values is not None else draft.get("business") or {}
    elif key.startswith("p"):
        if key == "produk":
            values = values if values is not None else {}
        else:
            prods = draft.get("products") or []
            values = values if values is not None else (prods[step.product].get("answers") or {})
    fields = []
    product_blocks = []
    if key == "produk":
        prods = draft.get("products") or []
        n = max(1, min(len(prods) + (1 if (values or {}).get("_add") else 0), 5))
        n = int((values or {}).get("_n") or n)
        for i in range(n):
            p = prods[i] if i < len(prods) else {}
            v = {"product.name": p.get("name", ""), "product.category": p.get("category", ""),
                 "product.channels": p.get("channels") or []}
            if values and f"p{i}.product.name" in values:
                v = {k.split(".", 1)[1]: x for k, x in values.items() if k.startswith(f"p{i}.")}
            product_blocks.append(ui.fields(product_questions(), v, errors or {}, lang,
                                            prefix=f"p{i}.", index=i))
    else:
        fields = ui.fields(step.questions, values or {}, errors or {}, lang)
    i = keys.index(key)
    title = ui.step_title(step, draft, lang)
    number, total, of = progress(_rs(request), steps, key)
    response = page(request, "periksa/step.html.j2", status=status, lang=lang, step=step,
                    key=key, title=title, fields=fields, products=product_blocks,
                    n_products=len(product_blocks), number=number, total=total, of=of,
                    back=keys[i - 1] if i > 0 else None, csrf=csrf_token(request),
                    draft=seal(request, draft), errors=bool(errors),
                    empty=not (draft.get("business") or draft.get("products")))
    return response


@router.get("/periksa")
def start(request: Request):
    draft = _draft(request)
    key = "usaha"
    if draft.get("products"):
        key = "hasil" if draft.get("done") else (draft.get("at") or "usaha")
    if key == "hasil":
        return RedirectResponse("/periksa/hasil" + _q(lang_of(request)), status_code=303)
    return _step_page(request, draft, key)


# ------------------------------------------------------------------ the answer


def _result(request: Request, draft: dict, lang: str):
    from readiness.api import check_data
    from readiness.errors import InputError
    from readiness.selfcheck import build_dossier

    data = build_dossier(draft)
    try:
        return data, check_data(data, _rs(request), name="periksa.yaml", lang=lang)
    except InputError:
        return data, None


@router.get("/periksa/hasil")
def answer(request: Request):
    lang = lang_of(request)
    draft = _draft(request)
    if not draft.get("products"):
        return RedirectResponse("/periksa" + _q(lang), status_code=303)
    return _answer_page(request, draft, lang)


def _answer_page(request: Request, draft: dict, lang: str, **extra):
    from readiness.web import periksa_ui as ui

    data, result = _result(request, draft, lang)
    plan = ui.plan_view(result, lang, rs=_rs(request), dossier=data) if result is not None \
        else None
    sent = draft.get("sent") if isinstance(draft.get("sent"), dict) else {}
    if sent and result is not None:       # sent, and not changed since: say its reference
        blob = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                          default=str)
        if hashlib.sha256(blob.encode("utf-8")).hexdigest() != sent.get("sha"):
            sent = {}
    again = draft.get("again") if isinstance(draft.get("again"), dict) else {}
    return page(request, "periksa/answer.html.j2", lang=lang, plan=plan,
                csrf=csrf_token(request), draft=seal(request, draft),
                **{"sent": sent.get("ref"), "consent_missing": False,
                   "status_link": f"/status/{sent['ref']}/{sent['k']}" if sent.get("k") else "",
                   "again": again.get("ref") or "",
                   "again_link": f"/status/{again['ref']}/{again['k']}" if again.get("k")
                   else "", **extra})


def _pdf(request: Request, draft: dict):
    from readiness.render.documents import render_pdf

    _, result = _result(request, draft, lang_of(request))
    if result is None:
        raise HTTPException(status_code=404)
    _, data = render_pdf(result.to_dict(), "gap-report")
    return Response(data, media_type="application/pdf", headers={
        "content-disposition": attachment("laporan-kesiapan.pdf"),
        "cache-control": "no-store"})


def _yaml(draft: dict):
    import yaml

    from readiness.selfcheck import build_dossier

    if not draft.get("products"):
        raise HTTPException(status_code=404)
    text = yaml.safe_dump(build_dossier(draft), allow_unicode=True, sort_keys=False)
    return Response(text.encode("utf-8"), media_type="application/yaml", headers={
        "content-disposition": attachment("dosir.yaml"), "cache-control": "no-store"})


@router.get("/periksa/laporan.pdf")
def answer_pdf(request: Request):
    return _pdf(request, _draft(request))


@router.post("/periksa/laporan.pdf", dependencies=[Depends(require_csrf)])
async def answer_pdf_post(request: Request):
    return _pdf(request, _draft(request, await _form(request)))


@router.get("/periksa/dosir.yaml")
def answer_yaml(request: Request):
    return _yaml(_draft(request))


@router.post("/periksa/dosir.yaml", dependencies=[Depends(require_csrf)])
async def answer_yaml_post(request: Request):
    return _yaml(_draft(request, await _form(request)))


@router.post("/periksa/kirim", dependencies=[Depends(require_csrf)])
async def send(request: Request):
    """Send to the office (her consent first): a new application, or, when she reopened one
    from her status page, its next version. Then her status page: the private link to keep."""
    from readiness import applications as loop

    lang = lang_of(request)
    form = await _form(request)
    draft = _draft(request, form)
    data, result = _result(request, draft, lang)
    if result is None:
        raise HTTPException(status_code=400)
    if form.get("consent") != "yes":
        return _answer_page(request, draft, lang, consent_missing=True, status=400)
    reg = request.app.state.register
    answers = {"business": draft.get("business") or {}, "products": draft.get("products") or []}
    app, _ = loop.request(data, _rs(request), source="self_assessment", consent=CONSENT,
                          lang=lang, answers=answers, result=result.to_dict())
    again = draft.get("again") if isinstance(draft.get("again"), dict) else None
    # the same answers sent again (a reload, a double tap) keep their first reference
    earlier = [d.get("sent") for d in (draft, _draft(request)) if isinstance(d.get("sent"), dict)]
    sent = next((e for e in earlier if e.get("sha") == app.dossier_sha256 and e.get("k")), None)
    if sent is None and again is not None:
        old = reg.application(str(again.get("ref") or ""))
        if not loop.check_secret(old, again.get("k")):
            raise HTTPException(status_code=400)
        done = loop.resubmit(reg, old.ref, data, actor=t_owner(lang), audit_actor="periksa",
                             answers=answers, lang=lang, name="periksa.yaml")
        sent = {"ref": done.ref, "sha": app.dossier_sha256, "k": done.secret}
    elif sent is None:
        done = reg.submit_application(app, actor="")
        sent = {"ref": done.ref, "sha": app.dossier_sha256, "k": done.secret}
    draft.pop("again", None)
    draft["sent"] = sent
    target = f"/status/{sent['ref']}/{sent['k']}?lang={lang}"
    response = RedirectResponse(target, status_code=303)
    if len(seal(request, draft)) <= MAX_COOKIE:
        _keep(request, response, draft)
    return response


def t_owner(lang: str) -> str:
    """How the history names her (the owner, through the form)."""
    from readiness.words import t

    return t("loop.by_owner", lang)


@router.post("/periksa/baru", dependencies=[Depends(require_csrf)])
async def restart(request: Request):
    response = RedirectResponse("/periksa/usaha" + _q(lang_of(request)), status_code=303)
    response.delete_cookie(DRAFT_COOKIE, path="/periksa")
    return response


# ------------------------------------------------------------------ a step's answers

async def _form(request: Request):
    size = int(request.headers.get("content-length") or 0)
    if size > MAX_FORM:
        raise HTTPException(status_code=413)
    form = await request.form(max_files=0, max_fields=400, max_part_size=MAX_FORM)
    for k, v in form.multi_items():
        if not isinstance(v, str) or len(k) > 120:
            raise HTTPException(status_code=400)
        if len(v) > (MAX_DRAFT if k == "draft" else MAX_TEXT * 2):
            raise HTTPException(status_code=413)
    return form


@router.get("/periksa/{key}")
def step_get(request: Request, key: str):
    draft = _draft(request)
    keys = [s.key for s in _steps(request, draft)]
    if key not in keys:
        raise HTTPException(status_code=404)
    return _step_page(request, draft, key)


@router.post("/periksa/{key}", dependencies=[Depends(require_csrf)])
async def step_post(request: Request, key: str):
    from readiness.selfcheck import MAX_PRODUCTS, product_questions, read_answers

    lang = lang_of(request)
    form = await _form(request)
    draft = _draft(request, form)
    steps = _steps(request, draft)
    keys = [s.key for s in steps]
    if key not in keys:
        raise HTTPException(status_code=404)
    step = steps[keys.index(key)]
    action = form.get("go") or "next"

    def get(prefix: str):
        def inner(name: str, many: bool) -> Any:
            vals = [v.strip() for v in form.getlist(prefix + name)][:MAX_LIST]
            return vals if many else (vals[0] if vals else None)
        return inner

    if key == "produk":
        n = min(int(form.get("n") or 1) if str(form.get("n") or "1").isdigit() else 1, MAX_PRODUCTS)
        products, errors, raw_all = [], {}, {}
        for i in range(n):
            raw, errs = read_answers(product_questions(), get(f"p{i}."))
            raw_all.update({f"p{i}.{k}": v for k, v in raw.items()})
            raw_all[f"p{i}.product.name"] = raw.get("product.name", "")
            if not raw and n > 1:
                continue                      # an empty block: not a product
            if form.get(f"p{i}.remove"):
                continue
            errors.update({f"p{i}.{k}": e for k, e in errs.items()})
            old = (draft.get("products") or [])[i] if i < len(draft.get("products") or []) else {}
            products.append({"name": raw.get("product.name"),
                             "category": _parsed("product.category", raw),
                             "channels": _parsed("product.channels", raw) or [],
                             "answers": old.get("answers") or {}})
        if action == "add" and not errors:
            raw_all["_n"] = str(min(n + 1, MAX_PRODUCTS))
            draft["products"] = products
            return _step_page(request, draft, key, values=raw_all)
        if errors:
            raw_all["_n"] = str(n)
            return _step_page(request, draft, key, values=raw_all, errors=errors, status=422)
        draft["products"] = products
    else:
        raw, errors = read_answers(step.questions, get(""))
        if errors and action != "back":
            return _step_page(request, draft, key, values=raw, errors=errors, status=422)
        if not errors:
            if step.subject == "business":
                draft.setdefault("business", {})
                for q in step.questions:
                    for sub in (q,) + q.parts:
                        draft["business"].pop(sub.path, None)
                draft["business"].update(raw)
            else:
                draft["products"][step.product]["answers"] = raw
    steps = _steps(request, draft)
    keys = [s.key for s in steps]
    i = keys.index(key) if key in keys else 0
    if action == "back":
        nxt = keys[max(i - 1, 0)]
    elif i + 1 < len(keys):
        nxt = keys[i + 1]
    else:
        nxt = "hasil"
    draft["at"] = nxt if nxt != "hasil" else key
    draft["done"] = nxt == "hasil" or bool(draft.get("done"))
    if len(seal(request, draft)) > MAX_COOKIE:     # too big for a cookie: the page carries it
        if nxt == "hasil":
            return _answer_page(request, draft, lang)
        return _step_page(request, draft, nxt)
    response = RedirectResponse(f"/periksa/{nxt}{_q(lang)}", status_code=303)
    _keep(request, response, draft)
    return response


def _parsed(path: str, raw: dict):
    from readiness.answers import parse_answer

    try:
        return parse_answer(path, raw.get(path))
    except AnswerError:
        return None
