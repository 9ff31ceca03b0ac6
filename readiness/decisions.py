"""Officers' decisions about one business: waivers and verdicts on `manual` requirements.

The engine only needs these plain records; loading and validating a decisions file lives in
`load_decisions` (below), which resolves product names to indexes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Waiver:
    rule: str
    product: int | None  # None: the business
    reason: str
    officer: str
    date: dt.date
    expires: dt.date
    approved_by: str | None = None


@dataclass(frozen=True)
class ManualVerdict:
    rule: str
    product: int | None
    verdict: str  # pass | fail
    officer: str
    date: dt.date
    note: str = ""


@dataclass(frozen=True)
class Decisions:
    waivers: tuple[Waiver, ...] = ()
    verdicts: tuple[ManualVerdict, ...] = ()
    source: str | None = None
    officers: tuple[str, ...] = field(default=())

    def waiver_for(self, rule: str, product: int | None) -> Waiver | None:
        for w in self.waivers:
            if w.rule == rule and w.product == product:
                return w
        return None

    def verdict_for(self, rule: str, product: int | None) -> ManualVerdict | None:
        for v in self.verdicts:
            if v.rule == rule and v.product == product:
                return v
        return None


NO_DECISIONS = Decisions()
