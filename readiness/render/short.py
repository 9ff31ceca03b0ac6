"""A chat-sized summary (`check --format short`): under 1,000 characters of plain text that a
business owner can receive by WhatsApp: the verdict, the certificate number if any, the three
most important gaps with where to go, and how many more there are.

A pure function of the result dict; the language is the result's.
"""

from __future__ import annotations

from readiness.plan import headline
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


def _gaps(result: dict) -> list[dict]:
    gaps = [f for f in result.get("findings", []) if f.get("status") in _GAP]
    # blockers first, then majors, then minors; within a severity, the biggest score gain first;
    # a product's gap only matters for products, the business's for every product: keep order
    return sorted(gaps, key=lambda f: (_SEV.get(f.get("severity"), 3), -(f.get("gain") or 0.0),
                                       f.get("product") is not None, f.get("product") or 0))


def render_short(result: dict, *, limit: int = LIMIT) -> str:
    lang = result.get("lang") if result.get("lang") in LANGS else "id"
    t = Section("short", lang)
    biz = result.get("business") or {}
    products = result.get("products") or []
    rules = result.get("rules") or {}
    # the verdict with the score of the subject that sets it (a capped verdict never stands
    # beside the business level's 100.0)
    verdict, score, who_sets = headline(result)
    offices = (result.get("standard") or {}).get("offices") or {}

    def where(f: dict, r: dict) -> str:
        """Where to go for a failed requirement: the office of the business's regency when the
        result names it, else the rule's agency; missing data needs no office."""
        if f.get("status") in ("missing", "manual"):   # an officer decides: nowhere to go
            return ""
        office = offices.get(r.get("office") or "")
        if office and office.get("name"):
            return office.get("name")
        return r.get("agency") or ""

    def caveat(f: dict, r: dict) -> str:
        """" (nama kantor belum diverifikasi)" after an unconfirmed office: never cut off
        (older results carry no `confirmed`: as they were)."""
        office = offices.get(r.get("office") or "") or {}
        if f.get("status") == "missing" or not office.get("name") or office.get("confirmed", True):
            return ""
        return " " + tw("msg.office_unverified", lang)

    def build(name_n: int, title_n: int, msg_n: int, agency_n: int, top: int) -> str:
        lines = [_cut(biz.get("name"), name_n) + (f" (NIB {biz['nib']})" if biz.get("nib") else "")]
        head = f"{label('verdict', verdict, lang).upper()} - {t['score']} {score or 0:.1f}"
        if who_sets:
            head += f" ({_cut(who_sets, 48)})"
        lines.append(head)
        cert = result.get("certificate")
        if result.get("certified") and cert and cert.get("number"):
            lines.append(t["cert"].format(n=cert.get("number")))
        elif result.get("certified") and cert:
            lines.append(cert_text("eligible_short", lang))
        else:
            lines.append(t["no_cert"])
        for p in products if msg_n else ():    # why a product is not ready (or conditional)
            if p.get("why"):
                lines.append(_cut(f"{p.get('name')}: {p['why']}", msg_n + 20))
        gaps = _gaps(result)
        if gaps and top:
            lines.append(t["top"])
            for i, f in enumerate(gaps[:top], 1):
                r = rules.get(f.get("rule"), {})
                p = f.get("product")
                who = t["business"] if p is None else (
                    products[p]["name"] if isinstance(p, int) and p < len(products) else str(p))
                msg = f.get("message")
                lines.append(f"{i}. {_cut(r.get('title') or f.get('rule'), title_n)} "
                             f"({_cut(who, 30)}): {_cut(msg, msg_n)}")
                go = where(f, r)
                if go and agency_n:
                    lines.append(f"   {t['go']}: {_cut(go, agency_n)}{caveat(f, r)}")
            if len(gaps) > top:
                lines.append(t["more"].format(n=len(gaps) - top))
        elif not gaps:
            lines.append(t["none"])
        decided = sum(1 for f in result.get("findings", []) if f.get("status") == "manual")
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
