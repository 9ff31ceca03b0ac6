"""What a batch run shows while it works (stderr, a terminal only), or tells a caller.

    Mencari berkas: 12.480 usaha ditemukan
    Memeriksa [##########··········] 4.200/12.480 usaha (34%) · sisa ± 3 mnt 10 dtk

From the first second: the search for inputs counts what it finds, then the bar counts the
businesses done with the time left (from the pace so far, once there is one). At most ten
updates a second, and always the last. A callable instead of a terminal (the office desk's
jobs, `readiness.web.jobs`) gets `(done, total)` the same way.
"""

from __future__ import annotations

import sys
import time

from readiness.words import t

WIDTH = 24


def _num(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", t("cli.thousands", lang))


def duration(seconds: float, lang: str) -> str:
    s = max(0, int(round(seconds)))
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    if h:
        return t("cli.duration_h", lang, h=h, m=m)
    if m:
        return t("cli.duration_m", lang, m=m, s=s)
    return t("cli.duration_s", lang, s=s)


class Bar:
    """`found(n)` while the inputs are searched, `start(total)`, `step()` per business done,
    `close()`. `Bar.make(True | False | callable, lang)`."""

    def __init__(self, lang: str = "id", report=None, show: bool = False, stream=None) -> None:
        self.lang, self.report, self.show = lang, report, show
        self.stream = stream or sys.stderr
        self.total = self.done = 0
        self.started = self.last = 0.0
        self.drawn = False

    @classmethod
    def make(cls, enabled, lang: str = "id") -> Bar:
        if callable(enabled) and not isinstance(enabled, bool):
            return cls(lang, report=enabled)
        return cls(lang, show=bool(enabled))

    def _due(self, final: bool) -> bool:
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return False
        self.last = now
        return True

    def _draw(self, text: str) -> None:
        self.stream.write("\r" + text + "\x1b[K")
        self.stream.flush()
        self.drawn = True

    def found(self, n: int) -> None:
        """`n` businesses found so far while the inputs are searched."""
        if self.show and self._due(n == 0):
            self._draw(t("cli.progress_found", self.lang, n=_num(n, self.lang)))

    def start(self, total: int) -> Bar:
        self.total, self.done = total, 0
        self.started = time.monotonic()
        if self.report is not None:
            self.report(0, total)
        elif self.show:
            self.last = 0.0
            self._line(final=True)
        return self

    def step(self, n: int = 1) -> None:
        self.done += n
        final = self.done >= self.total
        if self.report is not None:
            if self._due(final):
                self.report(self.done, self.total)
            return
        if self.show and self._due(final):
            self._line(final)

    def _line(self, final: bool) -> None:
        frac = self.done / self.total if self.total else 1.0
        bar = "#" * int(frac * WIDTH)
        elapsed = time.monotonic() - self.started
        if final and self.done >= self.total:
            left = t("cli.progress_took", self.lang, d=duration(elapsed, self.lang))
        elif self.done and elapsed >= 1:
            left = t("cli.progress_eta", self.lang,
                     d=duration(elapsed / self.done * (self.total - self.done), self.lang))
        else:
            left = t("cli.progress_eta_unknown", self.lang)
        self._draw(t("cli.progress_bar", self.lang, bar=f"{bar:·<{WIDTH}}",
                     done=_num(self.done, self.lang), total=_num(self.total, self.lang),
                     pct=int(frac * 100), left=left))

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.stream.flush()
            self.drawn = False
