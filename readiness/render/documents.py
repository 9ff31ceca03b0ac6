"""The two documents made from a result: the readiness certificate and the gap report.

Entry points (called by `readiness check --format pdf|html` and by batch):

    choose_document(result, document="auto") -> "certificate" | "gap-report"
    render_html(result, document="auto") -> str
    write_document(result, path, *, fmt="pdf", document="auto", key_path=None) -> str
    Renderer.get()  # the process-wide renderer (fonts, stylesheets, templates), for batches

Both documents are pure functions of the result dict (`Result.to_dict()`, docs/design.md): the
verdicts, scores, gains, certificate number and conditions come from the engine; nothing here
re-evaluates a rule. Dossier values only ever appear as escaped text, never in an attribute
(href, src, style) nor in CSS.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from readiness.errors import InputError
from readiness.io import atomic_write
from readiness.render import format as fmt
from readiness.render.pdf import Renderer
from readiness.vocab import Severity, Verdict
from readiness.signing import (NUMBER_ATTACHMENT, PUBKEY_ATTACHMENT, RESULT_ATTACHMENT,
                               SIGNATURE_ATTACHMENT, canonical_json, find_signer)

__all__ = ["choose_document", "render_html", "render_pdf", "write_document", "Renderer"]

SEVERITY_ORDER = {"blocker": 0, "major": 1, "minor": 2}
# SVG presentation attributes (WeasyPrint does not apply CSS fill/stroke to inline SVG)
BAR_FILL = {"ready": "#1e7b4f", "conditional": "#b7791f", "not_ready": "#b42318",
            "none": "#8a929e"}


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
_SEVERITIES = frozenset(Severity)


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


def result_digest(result: dict) -> str:
    return hashlib.sha256(canonical_json(result)).hexdigest()


def qr_payload(result: dict, key_id: str | None) -> str:
    """The verification data in the QR code: short, ASCII, '|'-separated."""
    cert = result.get("certificate") or {}
    std = result.get("standard") or {}
    biz = result.get("business") or {}
    return "|".join([
        "READINESS-CERT/1", _s(cert.get("number")), _s(biz.get("nib")),
        f"{_s(std.get('id'))}@{_s(std.get('version'))}", _s(cert.get("valid_until")),
        "sha256:" + result_digest(result)[:32], "key:" + (key_id or "unsigned"),
    ])


def qr_svg(data: str) -> str:
    """The QR code as one SVG path (a single element: cheap to lay out, unlike ~280 rects)."""
    import io

    import segno

    buf = io.BytesIO()
    segno.make(data, error="m", micro=False).save(
        buf, kind="svg", xmldecl=False, svgns=True, nl=False, omitsize=True, border=2,
        dark="#111111", light="#ffffff", svgclass="qr", lineclass=None)
    return buf.getvalue().decode("ascii")


def _chart(subjects: list[dict]) -> dict:
    """Geometry of the horizontal bar chart (numbers only: no dossier text in the SVG)."""
    row, top, left, width = 16, 6, 34, 330
    bars = []
    for i, s in enumerate(subjects):
        score = s["score_value"]
        w = 0.0 if score is None else max(0.0, min(100.0, float(score))) * width / 100.0
        bars.append({"y": top + i * row, "w": round(w, 2), "label": s["short"],
                     "value": s["score"], "fill": BAR_FILL.get(s["verdict_key"], BAR_FILL["none"]),
                     "tx": round(left + w + 4, 2)})
    height = top + len(subjects) * row + 16
    ticks = [{"x": round(left + t * width / 100.0, 2), "t": t} for t in (0, 25, 50, 75, 100)]
    return {"bars": bars, "height": height, "left": left, "width": width, "ticks": ticks,
            "axis_y": top + len(subjects) * row + 2, "total_w": left + width + 40, "row": row}


def build_context(result: dict, kind: str, *, key_id: str | None = None,
                  signed: bool = False) -> dict:
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
        "signed": signed, "key_id": key_id or "",
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
                "score": fmt.fmt_score(p.get("score"), lang),
            })
        conditions = []
        for c in cert.get("conditions") or []:
            k = _s(c.get("kind"))
            conditions.append({
                "kind": k, "kind_label": L.get(f"cond_{k}", L["cond_other"]),
                "rule": _s(c.get("rule")), "title": rule_title(c.get("rule")),
                "subject": subject_name(c.get("product")), "text": _s(c.get("text")),
            })
        ctx["cert"] = {
            "number": _s(cert.get("number")),
            "issued": fmt.fmt_date(cert.get("issued"), lang),
            "valid_until": fmt.fmt_date(cert.get("valid_until"), lang),
            "products": cert_products, "conditions": conditions,
        }
        # rough amount of content: rows of products and conditions, long names count more
        load = sum(1 + len(p["name"]) // 60 for p in cert_products) + \
            sum(1 + len(c["text"]) // 90 for c in conditions) + len(ctx["business"]["name"]) // 60
        ctx["density_hint"] = 0 if load <= 12 else 1 if load <= 20 else 2 if load <= 30 else 3
        ctx["qr_svg"] = qr_svg(qr_payload(result, key_id if signed else None))
        return ctx

    # gap report
    subjects = [{"short": L.business_short, "name": ctx["business"]["name"],
                 "label": L["business"], "score": ctx["business"]["score"],
                 "score_value": biz.get("score"), "verdict": ctx["business"]["verdict"],
                 "verdict_key": _css_key(biz.get("verdict"), _VERDICTS), "category": ""}]
    for i, p in enumerate(products):
        idx = p.get("index", i)
        subjects.append({"short": f"{L.product_short}{idx + 1}", "name": _s(p.get("name")),
                         "label": f"{L['product']} {idx + 1}",
                         "score": fmt.fmt_score(p.get("score"), lang),
                         "score_value": p.get("score"),
                         "verdict": fmt.verdict_label(p.get("verdict"), lang),
                         "verdict_key": _css_key(p.get("verdict"), _VERDICTS),
                         "category": fmt.category_label(p.get("category"), lang)})
    ctx["subjects"] = subjects
    ctx["chart"] = _chart(subjects)

    groups = {"fail": [], "missing": [], "manual": [], "waived": []}
    passed: dict[str, dict] = {}
    not_applicable: dict[str, dict] = {}
    for order, f in enumerate(result.get("findings") or []):
        status = f.get("status")
        rid = _s(f.get("rule"))
        r = rules.get(rid) or {}
        if status in groups:
            line = f.get("line")
            groups[status].append({
                "order": order, "rule": rid, "title": _s(r.get("title")),
                "severity": _css_key(f.get("severity"), _SEVERITIES),
                "severity_label": fmt.severity_label(f.get("severity"), lang),
                "subject": subject_name(f.get("product")),
                "message": _s(f.get("message")), "evidence": _s(r.get("evidence")),
                "remediation": _s(r.get("remediation")), "agency": _s(r.get("agency")),
                "reference": _s(r.get("reference")),
                "gain": fmt.fmt_gain(f.get("gain"), lang), "gain_value": f.get("gain") or 0,
                "where": _s(f.get("path")) + (f" ({L['line']} {line})" if line else ""),
            })
        elif status in ("pass", "not_applicable"):
            bucket = passed if status == "pass" else not_applicable
            e = bucket.setdefault(rid, {"rule": rid, "title": _s(r.get("title")), "subjects": []})
            e["subjects"].append(subject_name(f.get("product")))
    for k in ("fail", "missing", "manual"):
        groups[k].sort(key=lambda g: (SEVERITY_ORDER.get(g["severity"], 3), g["order"]))
    ctx["fix"], ctx["missing"], ctx["manual"], ctx["waived"] = (
        groups["fail"], groups["missing"], groups["manual"], groups["waived"])
    ctx["passed"] = list(passed.values())
    ctx["not_applicable"] = list(not_applicable.values())
    ctx["gap_count"] = len(groups["fail"]) + len(groups["missing"]) + len(groups["manual"])
    ctx["cert_number"] = _s((result.get("certificate") or {}).get("number")) if cert else ""
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


def render_pdf(result: dict, document: str = "auto", *, key_path=None,
               signer=None) -> tuple[str, bytes]:
    """(kind, PDF bytes): PDF/A-3b with the result (and, when a key is available, its Ed25519
    signature and the public key) attached."""
    _check_result(result)
    kind = choose_document(result, document)
    if signer is None:
        signer = find_signer(key_path)
    data = canonical_json(result)
    attachments = [(RESULT_ATTACHMENT, data, "readiness result (canonical JSON)")]
    if signer is not None:
        attachments.append((SIGNATURE_ATTACHMENT, signer.sign(data),
                            "Ed25519 signature of readiness-result.json"))
        attachments.append((PUBKEY_ATTACHMENT, signer.public_pem(), "issuer public key"))
    ctx = build_context(result, kind, key_id=signer.key_id if signer else None,
                        signed=signer is not None)
    if kind == "certificate":
        attachments.append((NUMBER_ATTACHMENT, ctx["cert"]["number"].encode("ascii", "replace"),
                            "certificate number as printed"))
    when = _when(result)
    pdf = Renderer.get().pdf(kind, ctx, attachments=attachments, when=when,
                             one_page=(kind == "certificate"))
    return kind, pdf


def _when(result: dict) -> _dt.datetime:
    """A stable timestamp for the PDF (the date the result is as of), so that the same result
    gives the same document."""
    try:
        d = _dt.date.fromisoformat(str(result.get("as_of"))[:10])
        return _dt.datetime(d.year, d.month, d.day, 12, 0, 0)
    except ValueError:
        return _dt.datetime.now()


def write_document(result: dict, path, *, fmt: str = "pdf", document: str = "auto",
                   key_path=None) -> str:
    """Render and write the document atomically; returns the kind written."""
    if fmt == "pdf":
        kind, data = render_pdf(result, document, key_path=key_path)
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
