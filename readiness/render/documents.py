"""The two documents made from a result: the readiness certificate and the gap report.

Entry points (called by `readiness check --format pdf|html` and by batch):

    choose_document(result, document="auto") -> "certificate" | "gap-report"
    render_html(result, document="auto") -> str
    render_pdf(result, document="auto", *, sign=None, logo=None) -> (kind, bytes)
    write_document(result, path, *, fmt="pdf", document="auto") -> str
    Renderer.get()  # the process-wide renderer (fonts, stylesheets, templates), for batches

Both documents are pure functions of the result dict (`Result.to_dict()`, docs/design.md): the
verdicts, scores, gains, conditions come from the engine; the certificate's number, issue date,
verification address, signatory and signer are written into `result["certificate"]` by the
issuing code (readiness.issuing) before rendering. Nothing here re-evaluates a rule or talks to
the register. A certificate without a register number is a draft: it says so on every page.
Dossier values only ever appear as escaped text, never in an attribute (href, src, style) nor
in CSS.
"""

from __future__ import annotations

import datetime as _dt

from readiness.errors import InputError
from readiness.files import atomic_write
from readiness.plan import build_plan, headline
from readiness.render import format as fmt
from readiness.render.pdf import Renderer
from readiness.attachments import NUMBER_ATTACHMENT, RESULT_ATTACHMENT, canonical_json
from readiness.vocab import Verdict
from readiness.words import Section

__all__ = ["choose_document", "render_html", "render_pdf", "write_document", "Renderer", "is_draft"]


def choose_document(result: dict, document: str = "auto") -> str:
    """'certificate' when one is issued (auto) or asked for; 'gap-report' otherwise. Asking for
    a certificate that was not issued is an InputError."""
    if document in (None, "", "auto"):
        return "certificate" if _issued(result) else "gap-report"
    if document in ("gap-report", "gap_report", "gap"):
        return "gap-report"
    if document == "certificate":
        if not _issued(result):
            raise InputError("no_certificate", path="--document", expected="auto, gap-report",
                             found="certificate")
        return "certificate"
    raise InputError("unknown_document", document=repr(document), path="--document",
                     expected="auto, certificate, gap-report", found=str(document))


def _issued(result: dict) -> bool:
    return bool(result.get("certified")) and isinstance(result.get("certificate"), dict)


# -- the view model ---------------------------------------------------------------------------

_VERDICTS = frozenset(Verdict)


def _css_key(value, allowed) -> str:
    """A class-name token from the result, only from a fixed set (never free text)."""
    return value if value in allowed else "none"


def _s(value) -> str:
    """Any value as display text (None -> '')."""
    if value is None:
        return ""
    if isinstance(value, dict):  # a {id, en} text that slipped through untranslated
        return str(value.get("id") or value.get("en") or "")
    return str(value)


def _product_names(result: dict) -> dict:
    names = {}
    for i, p in enumerate(result.get("products") or []):
        idx = p.get("index", i)
        names[idx] = _s(p.get("name")) or f"#{idx + 1}"
    return names


def is_draft(result: dict) -> bool:
    """A certificate the register has not numbered (or one issued with --draft)."""
    cert = result.get("certificate") or {}
    return bool(cert.get("draft")) or not cert.get("number")


def qr_svg(data: str) -> str:
    """The QR code as one SVG path (a single element: cheap to lay out, unlike ~280 rects)."""
    import io

    import segno

    buf = io.BytesIO()
    segno.make(data, error="m", micro=False).save(
        buf, kind="svg", xmldecl=False, svgns=True, nl=False, omitsize=True, border=2,
        dark="#111111", light="#ffffff", svgclass="qr", lineclass=None)
    return buf.getvalue().decode("ascii")


def build_context(result: dict, kind: str, *, logo: str | None = None) -> dict:
    lang = result.get("lang") if result.get("lang") in fmt.LANGS else "id"
    L = fmt.labels(lang)
    std = result.get("standard") or {}
    event = std.get("event") or {}
    biz = result.get("business") or {}
    rules = result.get("rules") or {}
    names = _product_names(result)
    products = result.get("products") or []
    cert = result.get("certificate") if _issued(result) else None

    def subject_name(idx):
        if idx is None:
            return L["whole_business"]
        return names.get(idx, f"#{idx}")

    def rule_title(rid):
        return _s((rules.get(rid) or {}).get("title"))

    ctx = {
        "lang": lang, "L": L, "kind": kind, "density": 0,
        "standard": {
            "id": _s(std.get("id")), "version": _s(std.get("version")),
            "title": _s(std.get("title")), "issuer": _s(std.get("issuer")),
            "event_name": _s(event.get("name")),
            "event_dates": fmt.fmt_date_range(event.get("start"), event.get("end"), lang),
        },
        "business": {
            "name": _s(biz.get("name")), "nib": _s(biz.get("nib")),
            "owner": _s(biz.get("owner")), "address": _s(biz.get("address")),
            "verdict": fmt.verdict_label(biz.get("verdict"), lang),
            "verdict_key": _css_key(biz.get("verdict"), _VERDICTS),
            "score": fmt.fmt_score(biz.get("score"), lang),
        },
        "as_of": fmt.fmt_date(result.get("as_of"), lang),
        "dossier_file": _s((result.get("dossier") or {}).get("file")),
        "dossier_sha": _s((result.get("dossier") or {}).get("sha256"))[:16],
        "tool": "%s %s" % (_s((result.get("tool") or {}).get("name") or "readiness"),
                           _s((result.get("tool") or {}).get("version"))),
        "certified": cert is not None,
        "logo": logo or "",
    }

    if kind == "certificate":
        cert_products = []
        by_index = {p.get("index", i): p for i, p in enumerate(products)}
        for idx in cert.get("products") or []:
            p = by_index.get(idx) or {}
            cert_products.append({
                "n": (idx + 1) if isinstance(idx, int) else idx,
                "name": _s(p.get("name")) or subject_name(idx),
                "category": fmt.category_label(p.get("category"), lang),
                "price": fmt.fmt_money(p["price_idr"], lang) if isinstance(p.get("price_idr"), (int, float))
                and p["price_idr"] > 0 else "",
                "verdict": fmt.verdict_label(p.get("verdict"), lang),
                "verdict_key": _css_key(p.get("verdict"), _VERDICTS),
                "score": fmt.fmt_score(p.get("score"), lang), "why": _s(p.get("why")),
            })
        conditions = []
        for c in cert.get("conditions") or []:
            k = _s(c.get("kind"))
            title, text = rule_title(c.get("rule")), _s(c.get("text"))
            if title and text.startswith(title + ": "):
                # the result's text leads with the title (it is read alone in JSON); the
                # certificate prints the title beside the rule ID already
                text = text[len(title) + 2:]
            conditions.append({
                "kind": k, "kind_label": L.get(f"cond_{k}", L["cond_other"]),
                "rule": _s(c.get("rule")), "title": title,
                "subject": subject_name(c.get("product")), "text": text,
            })
        signatory = cert.get("signatory") if isinstance(cert.get("signatory"), dict) else {}
        draft = is_draft(result)
        ctx["cert"] = {
            "number": "" if draft else _s(cert.get("number")),
            "draft": draft,
            "issued": fmt.fmt_date(cert.get("issued"), lang),
            "valid_until": fmt.fmt_date(cert.get("valid_until"), lang),
            "products": cert_products, "conditions": conditions,
            "office": _s(cert.get("office")),
            "place": _s(cert.get("place")),
            "signatory": {k: _s(signatory.get(k)) for k in ("name", "nip", "position")},
            "trial": bool(cert.get("trial")),
            "verify_url": "" if draft else _s(cert.get("verify_url")),
        }
        # rough lines of content at the roomiest layout (a product takes its name, wrapped at
        # ~30 characters, and its price line; a condition wraps at ~95), so that the first
        # layout tried is usually the one that fits: each extra try costs a whole layout
        lines = sum(2 + len(p["name"]) // 30 for p in cert_products) + \
            sum(1 + (len(c["text"]) + len(c["title"]) + 20) // 95 for c in conditions) + \
            len(ctx["business"]["name"]) // 35 + len(ctx["business"]["address"]) // 90
        ctx["density_hint"] = 0 if lines <= 9 else 1 if lines <= 14 else 2 if lines <= 22 else 3
        url = ctx["cert"]["verify_url"]
        ctx["qr_svg"] = qr_svg(url) if url else ""
        return ctx

    # gap report: the plan (readiness.plan) — step 1 the information to fill in, then one step
    # per office to visit; each score beside its own verdict
    plan = build_plan(result, lang=lang)
    verdict, score, who = headline(result)
    ctx["headline"] = {"verdict": fmt.verdict_label(verdict, lang),
                       "verdict_key": _css_key(verdict, _VERDICTS),
                       "score": fmt.fmt_score(score, lang), "subject": who}
    subjects = [{"name": L["business"], "score": ctx["business"]["score"],
                 "verdict": fmt.verdict_label(biz.get("business_level_verdict", biz.get("verdict")), lang),
                 "verdict_key": _css_key(biz.get("business_level_verdict", biz.get("verdict")), _VERDICTS),
                 "category": "", "why": ""}]
    for i, p in enumerate(products):
        subjects.append({"name": f"{i + 1}. {_s(p.get('name'))}",
                         "score": fmt.fmt_score(p.get("score"), lang),
                         "verdict": fmt.verdict_label(p.get("verdict"), lang),
                         "verdict_key": _css_key(p.get("verdict"), _VERDICTS),
                         "category": fmt.category_label(p.get("category"), lang), "why": _s(p.get("why"))})
    ctx["subjects"] = subjects
    ctx["plan"] = plan
    ctx["P"] = Section("plan", lang)
    ctx["gap_count"] = len(plan.fill) + sum(len(v.cards) for v in plan.visits) + len(plan.manual)
    ctx["cert_number"] = _s((result.get("certificate") or {}).get("number")) if cert else ""
    if cert and not ctx["cert_number"]:
        ctx["L"] = L.replace(certificate_issued=L.certificate_eligible)
    return ctx


# -- entry points -----------------------------------------------------------------------------

def _check_result(result) -> None:
    if not isinstance(result, dict) or not isinstance(result.get("business"), dict):
        raise InputError("not_a_result_doc", expected="format readiness-result/1")


def render_html(result: dict, document: str = "auto") -> str:
    """The document as one self-contained HTML page (stylesheet inlined), in result['lang']."""
    _check_result(result)
    kind = choose_document(result, document)
    ctx = build_context(result, kind)
    return Renderer.get().html(kind, ctx, standalone=True)


def render_pdf(result: dict, document: str = "auto", *, sign=None,
               logo: bytes | None = None, canonical: bytes | None = None) -> tuple[str, bytes]:
    """(kind, PDF bytes): PDF/A-3b with the result attached (and the printed certificate number
    beside it). A certificate with a register number must be signed: `sign(pdf) -> pdf` (the
    office's PAdES signature, the last revision of the file); without a number it is a draft,
    watermarked on every page, and is not signed. `logo`: the office's PNG/JPEG logo.
    `canonical`: the result's canonical JSON when the caller made it already (issuing does,
    to record its digest), else made here."""
    from readiness.render import service

    _check_result(result)
    kind = choose_document(result, document)
    if kind == "certificate" and not is_draft(result) and sign is None:
        raise InputError("must_be_signed")
    # drawn by the process's one renderer (in the web app a child process, one at a time);
    # signed here, where the office's key is
    pdf = service.run(draw_pdf, result, kind, logo, canonical)
    if kind == "certificate" and sign is not None and not is_draft(result):
        pdf = sign(pdf)
    return kind, pdf


def draw_pdf(result: dict, kind: str, logo: bytes | None, canonical: bytes | None = None) -> bytes:
    """The unsigned PDF of a checked result (render_pdf's drawing; module-level, so that the
    rendering process can be sent it by name). `canonical`: as render_pdf's."""
    data = canonical if canonical is not None else canonical_json(result)
    attachments = [(RESULT_ATTACHMENT, data, "readiness result (canonical JSON)")]
    renderer = Renderer.get()
    logo_ref = renderer.office_logo(logo) if kind == "certificate" else None
    ctx = build_context(result, kind, logo=logo_ref)
    if kind == "certificate":
        printed = ctx["cert"]["number"] or ctx["L"]["draft_number"]
        attachments.append((NUMBER_ATTACHMENT, printed.encode("ascii", "replace"),
                            "certificate number as printed"))
    return renderer.pdf(kind, ctx, attachments=attachments, when=_when(result),
                        one_page=(kind == "certificate"))


def _when(result: dict) -> _dt.datetime:
    """A stable timestamp for the PDF (the date the result is as of), so that the same result
    gives the same document."""
    try:
        d = _dt.date.fromisoformat(str(result.get("as_of"))[:10])
        return _dt.datetime(d.year, d.month, d.day, 12, 0, 0)
    except ValueError:
        return _dt.datetime.now()


def write_document(result: dict, path, *, fmt: str = "pdf", document: str = "auto",
                   sign=None, logo: bytes | None = None) -> str:
    """Render and write the document atomically; returns the kind written."""
    if fmt == "pdf":
        kind, data = render_pdf(result, document, sign=sign, logo=logo)
    elif fmt == "html":
        kind = choose_document(result, document)
        data = render_html(result, kind).encode("utf-8")
    else:
        raise InputError("unknown_document_format", format=repr(fmt), path="--format",
                         expected="pdf, html", found=str(fmt))
    if str(path) == "-":
        import sys

        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        atomic_write(path, data)
    return kind
