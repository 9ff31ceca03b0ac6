"""Whose permit is it (C21): a permit counts for the business only when it was issued to it.

A permit's `nib` that differs from the business's NIB means another business holds it; a
`holder` name that matches neither the business's nor its owner's name (after dropping case,
punctuation, titles and legal forms) is for an officer to judge. Used by the `document` kind
when a rule asks for it (`holder: business` or `holder: owner`).
"""

from __future__ import annotations

import re
from typing import Any

from readiness.words import t

from .base import FAIL, MANUAL, Outcome, outcome

# titles and legal forms that do not make a name another name
_DROP = frozenset({"h", "hj", "ir", "dr", "drs", "dra", "st", "se", "sh", "cv", "ud", "pt", "koperasi",
                   "kop", "tbk", "bapak", "ibu", "bpk", "sdr", "sdri", "amd", "mm", "spd"})


def name_key(name: Any) -> str:
    """A name compared as people mean it: case, punctuation, titles (H., Hj., Ir., Dr.) and
    legal forms (CV, UD, PT, Koperasi) ignored."""
    words = re.sub(r"[^\w\s]", " ", str(name or "").casefold().replace(".", "")).split()
    return " ".join(w for w in words if w not in _DROP)


def _digits(v: Any) -> str:
    return re.sub(r"\D", "", str(v or ""))


def _question(key: str, kind: str = "", **args) -> dict[str, str]:
    """The officer's question in both languages (the permit's type in words)."""
    return {lang: t(f"msg.{key}", lang, **args, **({"type": t(f"permit_type.{kind}", lang)} if kind else {}))
            for lang in ("id", "en")}


def holder_problem(entry: dict, path: str, root: dict, who: str) -> Outcome | None:
    """None when the entry may count for the business; else why not (fail: another NIB;
    manual: a holder name an officer must judge). `who`: "business" (the business or its
    owner) or "owner" (the owner, who answers for production)."""
    business = root.get("business") or {}
    owner = (business.get("owner") or {}).get("name")
    nib = entry.get("nib")
    if who == "business" and nib and business.get("nib") and _digits(nib) != _digits(business["nib"]):
        return outcome(FAIL, f"{path}.nib", "permit_other_business", nib=str(nib))
    holder = entry.get("holder")
    if not holder or not name_key(holder):
        return None
    names = [owner] if who == "owner" else [business.get("name"), owner]
    if any(n and name_key(n) == name_key(holder) for n in names):
        return None
    if who == "owner":
        q = _question("holder_owner_question", holder=str(holder))
    else:
        q = _question("holder_question", kind=str(entry.get("type") or "other"),
                      number=str(entry.get("number") or "-"), holder=str(holder),
                      business=str(business.get("name") or ""))
    return outcome(MANUAL, f"{path}.holder", "needs_officer", instructions=q)
