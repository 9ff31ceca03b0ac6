"""The public verification page: what the QR code on a certificate opens.

    GET /                                the page to type a number
    GET /v?number=...                    the typed number, redirected to its page
    GET /v/{number}                      the certificate's status, in colour, for a phone
    GET /api/v1/certificates/{number}    the same as JSON
    GET /api/v1/audit/head               the audit log's head, for `register audit --head`

A loosely typed number (lower case, no dashes, O for 0) is redirected to its canonical page; a
number whose check character does not match says it is mistyped. Nothing personal is shown
(readiness.register.records.CertificateRecord.public).

The two certificate routes are `async` and query the register inline: the lookup is two
indexed queries (~0.1 ms on SQLite), cheaper than the hop to a worker thread a plain `def`
route takes (measured: 0.79 -> 0.58 ms a page in-process; benchmarks/bench_verify_page.py).
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, RedirectResponse

from readiness.web.pages import lang_of, page

router = APIRouter()


def _lang_suffix(request: Request) -> str:
    q = request.query_params.get("lang")
    return f"?lang={q}" if q in ("id", "en") else ""


@router.get("/")
def home(request: Request):
    return page(request, "home.html.j2")


@router.get("/v")
def typed(request: Request, number: str = ""):
    from readiness.register.numbers import parse_number

    canonical = parse_number(number) or number.strip()[:40]
    if not canonical:
        return RedirectResponse("/" + _lang_suffix(request), status_code=303)
    return RedirectResponse(f"/v/{quote(canonical, safe='')}{_lang_suffix(request)}",
                            status_code=303)


@router.get("/v/{number}")
async def certificate_page(request: Request, number: str):
    from readiness.api import certificate_status
    from readiness.register.numbers import parse_number

    canonical = parse_number(number)
    if canonical is not None and canonical != number:
        return RedirectResponse(f"/v/{canonical}{_lang_suffix(request)}", status_code=301)
    found, rec = certificate_status(request.app.state.register, number)
    lang = lang_of(request)
    status = rec["status"] if rec else found
    return page(request, "certificate.html.j2", status=200 if rec else 404, lang=lang,
                number=canonical or number[:40], rec=rec, state=status)


@router.get("/api/v1/certificates/{number}")
async def certificate_json(request: Request, number: str):
    from readiness.api import certificate_status

    found, rec = certificate_status(request.app.state.register, number)
    if rec is None:
        return JSONResponse({"number": number[:40], "status": "unknown",
                             "error": "mistyped" if found == "mistyped" else "not_found"},
                            status_code=404, headers={"cache-control": "no-cache"})
    base = request.app.state.settings.base_url
    rec = {**rec, "url": f"{base}/v/{rec['number']}" if base else f"/v/{rec['number']}"}
    return JSONResponse(rec, headers={"cache-control": "no-cache"})


@router.get("/api/v1/audit/head")
def audit_head(request: Request):
    """The audit log's current head (`SEQ:SHA256`), published so that anyone may keep it and
    `readiness register audit --head` later shows a tail cut off the log."""
    from readiness.register import audit

    got = audit.head(request.app.state.register)
    body = {"format": "readiness-audit-head/1", "seq": got[0] if got else 0,
            "sha256": got[1] if got else audit.GENESIS,
            "head": f"{got[0]}:{got[1]}" if got else None}
    return JSONResponse(body, headers={"cache-control": "no-cache"})
