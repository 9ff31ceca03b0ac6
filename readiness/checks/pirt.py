"""P-IRT numbers (SPP-IRT, PerBPOM 22/2018), decoded.

A P-IRT number has 15 digits, written `P-IRT No. 1234567890123-45` (prefix and dash optional):
d1 packaging, d2-3 food type, d4-7 province + regency code, d8-9 product serial, d10-13 IRTP
serial, d14-15 the year the certificate expires. Two kinds read it:

- pirt_number: well formed, the regency digits equal the business's regency code, and when
  `issued` is given the year digits equal issued + validity years;
- pirt_expiry: valid through the event: `expires`, else `issued` + validity years, else the
  year digits. `year_only: january_1` (the .1 editions) takes 1 January of 20YY as the expiry;
  `year_only: whole_year` knows only the year: before the event's year fails, after it passes,
  the event's own year is `missing` (the certificate's expiry date is needed).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import field_validator

from .base import (FAIL, MISSING, PASS, Context, Outcome, Params, add_years, anchor_path, as_date,
                   first, is_empty, norm, not_held_outcome, outcome, resolve, unheld_entries,
                   validate_path)

_PREFIX = re.compile(r"^\s*P\s*-?\s*IRT\s*(No\.?)?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"^\d{13}-?\d{2}$")


def decode(number: str) -> str | None:
    """The 15 digits of a P-IRT number, or None when it is not well formed."""
    text = _PREFIX.sub("", str(number)).replace(" ", "")
    if not _NUMBER.match(text):
        return None
    return text.replace("-", "")


class NumberParams(Params):
    list: str  # the P-IRT permits, e.g. product.permits[type=pirt]
    regency_codes: dict[str, str] = {}
    regency_field: str = "business.address.regency"
    validity_years: int = 5

    _p = field_validator("list", "regency_field")(lambda cls, v: validate_path(v))


class ExpiryParams(Params):
    list: str
    validity_years: int = 5
    year_only: Literal["january_1", "whole_year"] = "january_1"

    _p = field_validator("list")(lambda cls, v: validate_path(v))


def _permits(ctx: Context, path: str):
    return [(p, v) for p, v in resolve(ctx, path) if isinstance(v, dict)]


def _no_permit(path: str, ctx: Context) -> Outcome:
    """No held P-IRT: why, when she said it is in process or she has none; else missing."""
    unheld = unheld_entries(ctx, path)
    if unheld:
        return not_held_outcome(unheld)
    return outcome(MISSING, anchor_path(ctx, path), "absent", fields=["permits"])


def check_number(p: NumberParams, ctx: Context) -> Outcome:
    permits = _permits(ctx, p.list)
    if not permits:
        return _no_permit(p.list, ctx)
    _, regency = first(ctx, p.regency_field)
    codes = {norm(k): str(v) for k, v in p.regency_codes.items()}
    for path, e in permits:
        num = e.get("number")
        if is_empty(num):
            return outcome(MISSING, f"{path}.number", "absent", fields=["permits.number"])
        digits = decode(num)
        if digits is None:
            return outcome(FAIL, f"{path}.number", "pirt_malformed", value=str(num))
        if regency and codes:
            want = codes.get(norm(regency))
            if want is not None and digits[3:7] != want:
                return outcome(FAIL, f"{path}.number", "pirt_regency", value=str(num),
                               got=digits[3:7], want=want, regency=str(regency))
        issued = as_date(e.get("issued"))
        if issued is not None:
            want_year = (issued.year + p.validity_years) % 100
            if int(digits[13:15]) != want_year:
                return outcome(FAIL, f"{path}.number", "pirt_year", value=str(num),
                               got=digits[13:15], want=f"{want_year:02d}", issued=issued.isoformat())
    return outcome(PASS, f"{permits[0][0]}.number")


def expiry(e: dict, validity_years: int) -> dt.date | None:
    exp = as_date(e.get("expires"))
    if exp:
        return exp
    issued = as_date(e.get("issued"))
    if issued:
        return add_years(issued, validity_years)
    digits = decode(e.get("number") or "")
    if digits:
        return dt.date(2000 + int(digits[13:15]), 1, 1)
    return None


def check_expiry(p: ExpiryParams, ctx: Context) -> Outcome:
    permits = _permits(ctx, p.list)
    if not permits:
        return _no_permit(p.list, ctx)
    worst = None
    for path, e in permits:
        exp = expiry(e, p.validity_years)
        if (p.year_only == "whole_year" and exp is not None and not e.get("expires")
                and not e.get("issued") and exp.year == ctx.event_end.year):
            # only the year is known, and it is the event's: the date decides
            worst = worst or outcome(MISSING, f"{path}.expires", "pirt_expiry_date_needed",
                                     year=str(exp.year), event_end=ctx.event_end.isoformat())
            continue
        if exp is None:
            worst = worst or outcome(MISSING, f"{path}.expires", "no_expiry", type="pirt")
            continue
        if exp >= ctx.event_end:
            return outcome(PASS, path)
        src = "expires" if e.get("expires") else ("issued" if e.get("issued") else "number")
        if src == "number" and p.year_only == "whole_year":
            worst = outcome(FAIL, f"{path}.number", "pirt_year_before_event", year=str(exp.year),
                            event_end=ctx.event_end.isoformat())
            continue
        worst = outcome(FAIL, f"{path}.{src}", "expires_before_event", type="pirt",
                        expires=exp.isoformat(), event_end=ctx.event_end.isoformat())
    return worst
