"""A chat-sized summary (`check --format short`): under 1,000 characters of plain text that a
business owner can receive by WhatsApp: the verdict, the certificate number if any, the three
most important gaps with where to go, and how many more there are.

A pure function of the result (read once as `readiness.result.ResultDoc`); the language is
the result's.
"""

from __future__ import annotations

from readiness.result import Finding, ResultDoc, RuleText
from readiness.words import LANGS, Section, cert_text, label
from readiness.words import t as tw

LIMIT = 1000  # characters, strictly fewer
_SEV = {"blocker": 0, "major": 1, "minor": 2}
_GAP = ("fail", "missing")    # what the owner fixes; `manual`: an officer decides



def _cut(text: str | None, n: int) -> str:
    text = " ".join(str(text or "").split())
    if len(text) <= n:
        return text
    return text[: max(n - 1, 1)].rstrip(" ,;:.-") + "…"


def _gaps(result: ResultDoc) -> list[Finding]:
    gaps = [f for f in result.findings if f.status in _GAP]
    # blockers first, then majors, then minors; within a severity, the biggest score gain first;
    # a product's gap only matters for products, the business's for every product: keep order
    return sorted(gaps, key=lambda f: (_SEV.get(f.severity, 3), -(f.gain or 0.0),
                                       f.product is not None, f.product or 0))


def render_short(result, *, limit: int = LIMIT) -> str:
    """The chat message of a result (a result dict or the typed result)."""
    result = ResultDoc.read(result)
    lang = result.lang if result.lang in LANGS else "id"
    t = Section("short", lang)
    biz = result.business
    products = result.products
    rules = result.rules
    # the verdict with the score of the subject that sets it (a capped verdict never stands
    # beside the business level's 100.0)
    verdict, score, who_sets = result.headline()
    offices = result.standard.offices or {}

    def office_of(r: RuleText | None) -> dict:
        return offices.get(getattr(r, "office", None) or "") or {}

    def where(f: Finding, r: RuleText | None) -> str:
        """Where to go for a failed requirement: the office of the business's regency when the
        result names it, else the rule's agency; missing data needs no office."""
        if f.status in ("missing", "manual"):   # an officer decides: nowhere to go
            return ""
        office = office_of(r)
        if office.get("name"):
            return office["name"]
        return getattr(r, "agency", None) or ""

    def caveat(f: Finding, r: RuleText | None) -> str:
        """" (nama kantor belum diverifikasi)" after an unconfirmed office: never cut off
        (older results carry no `confirmed`: as they were)."""
        office = office_of(r)
        if f.status == "missing" or not office.get("name") or office.get("confirmed", True):
            return ""
        return " " + tw("msg.office_unverified", lang)

    def build(name_n: int, title_n: int, msg_n: int, agency_n: int, top: int) -> str:
        lines = [_cut(biz.name, name_n) + (f" (NIB {biz.nib})" if biz.nib else "")]
        head = f"{label('verdict', verdict, lang).upper()} - {t['score']} {score or 0:.1f}"
        if who_sets:
            head += f" ({_cut(who_sets, 48)})"
        lines.append(head)
        cert = result.certificate
        if result.certified and cert is not None and cert.number:
            lines.append(t["cert"].format(n=cert.number))
        elif result.certified and cert is not None:
            lines.append(cert_text("eligible_short", lang))
        else:
            lines.append(t["no_cert"])
        for p in products if msg_n else ():    # why a product is not ready (or conditional)
            if p.why:
                lines.append(_cut(f"{p.name}: {p.why}", msg_n + 20))
        gaps = _gaps(result)
        if gaps and top:
            lines.append(t["top"])
            for i, f in enumerate(gaps[:top], 1):
                r = rules.get(f.rule)
                p = f.product
                who = t["business"] if p is None else (
                    products[p].name if isinstance(p, int) and p < len(products) else str(p))
                lines.append(f"{i}. {_cut((r.title if r is not None else '') or f.rule, title_n)} "
                             f"({_cut(who, 30)}): {_cut(f.message, msg_n)}")
                go = where(f, r)
                if go and agency_n:
                    lines.append(f"   {t['go']}: {_cut(go, agency_n)}{caveat(f, r)}")
            if len(gaps) > top:
                lines.append(t["more"].format(n=len(gaps) - top))
        elif not gaps:
            lines.append(t["none"])
        decided = sum(1 for f in result.findings if f.status == "manual")
        if decided and msg_n:
            lines.append(t["decided"].format(n=decided))
        return "\n".join(lines)

    # shrink the parts until the message fits; the last resort drops gaps one by one
    for sizes in ((80, 60, 120, 80, 3), (60, 50, 90, 60, 3), (40, 40, 60, 45, 3), (30, 30, 40, 35, 3),
                  (30, 30, 30, 30, 2), (30, 25, 20, 25, 1), (30, 25, 0, 0, 0)):
        text = build(*sizes)
        if len(text) < limit:
            return text
    return _cut(text, limit - 1)
