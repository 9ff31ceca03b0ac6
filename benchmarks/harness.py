"""What every benchmark here shares, so that its figures can be quoted (issue 25):

- `fresh(path)`: an empty output folder, every time (a second invocation never measures a
  rerun by accident);
- `Rounds`: variants measured in at least three interleaved rounds (the order turns each round,
  so none is always first or last), the load average before each round;
- `Rounds.report(baseline=...)`: per variant the median, the spread (min-max) and every value,
  and its ratio to a baseline measured in the same run (the median of the per-round ratios, so
  a noisy round moves both sides), with the load average seen.

    from harness import Rounds, fresh, header
    header("certificates")
    r = Rounds(rounds=3)
    r.add("before", lambda: ...)           # returns seconds (or a dict of named figures)
    r.add("after", lambda: ...)
    r.run()
    r.report(baseline="before")

A baseline is code that exists: the current path, or a pre-change template or code path kept
under a named file in benchmarks/ (benchmarks/baselines/), never a figure from a note.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from collections.abc import Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MIN_ROUNDS = 3


def loadavg() -> str:
    a, b, c = os.getloadavg()
    return f"{a:.2f} {b:.2f} {c:.2f}"


def header(title: str) -> None:
    """The title, the machine and its load: printed before any figure."""
    print(f"# {title}", flush=True)
    print(f"# {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"load average {loadavg()}, {time.strftime('%Y-%m-%d %H:%M:%S UTC', time.gmtime())}",
          flush=True)


def fresh(path: str | os.PathLike) -> Path:
    """PATH as an empty folder (whatever an earlier run left in it is removed)."""
    p = Path(path)
    shutil.rmtree(p, ignore_errors=True)
    p.mkdir(parents=True)
    return p


def timed(fn: Callable[[], object]) -> float:
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def cpu_timed(fn: Callable[[], object]) -> float:
    """Seconds of this process's CPU (user + system) that FN took."""
    t = time.process_time()
    fn()
    return time.process_time() - t


def subprocess_seconds(cmd: list[str], env: dict | None = None, ok=(0, 1)) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB of the process tree's largest process, last stderr line) of a
    fresh process; exits with its stderr when its code is not in OK."""
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    err = proc.stderr.read().decode("utf-8", "replace")
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"{' '.join(cmd)} failed ({code}): {err[-2000:]}")
    lines = err.strip().splitlines()
    return wall, usage.ru_maxrss / 1024, lines[-1] if lines else ""


def median(xs: list[float]) -> float:
    return statistics.median(xs)


@dataclass
class Variant:
    name: str
    fn: Callable[[], float | dict]
    before: Callable[[], None] | None = None     # not timed: run before each measurement
    values: dict[str, list[float]] = field(default_factory=dict)


class Rounds:
    """Variants measured in interleaved rounds. A variant's function returns seconds, or a
    dict of named figures (the first is the one ratios use)."""

    def __init__(self, rounds: int = MIN_ROUNDS, unit: str = "s", scale: float = 1.0) -> None:
        if rounds < MIN_ROUNDS:
            print(f"# {rounds} rounds asked; at least {MIN_ROUNDS} are run", flush=True)
        self.rounds = max(rounds, MIN_ROUNDS)
        self.unit, self.scale = unit, scale
        self.variants: list[Variant] = []
        self.loads: list[str] = []

    def add(self, name: str, fn: Callable[[], float | dict], before: Callable[[], None] | None = None) -> None:
        self.variants.append(Variant(name, fn, before))

    def run(self, quiet: bool = False) -> Rounds:
        k = len(self.variants)
        for r in range(self.rounds):
            self.loads.append(loadavg())
            order = self.variants[r % k:] + self.variants[:r % k]      # turn the order each round
            if r % 2:
                order = order[::-1]
            for v in order:
                if v.before is not None:
                    v.before()
                got = v.fn()
                got = got if isinstance(got, dict) else {"": got}
                for key, x in got.items():
                    v.values.setdefault(key, []).append(float(x))
                if not quiet:
                    shown = ", ".join(f"{key or 'value'} {x * self.scale:.4g}" for key, x in got.items())
                    print(f"  round {r + 1}/{self.rounds} {v.name}: {shown}", flush=True)
        return self

    def figures(self, name: str, key: str | None = None) -> list[float]:
        v = next(v for v in self.variants if v.name == name)
        return v.values[key if key is not None else next(iter(v.values))]

    def med(self, name: str, key: str | None = None) -> float:
        return median(self.figures(name, key))

    def report(self, baseline: str | None = None, key: str | None = None, lower_is_better: bool = True) -> None:
        """Median, spread and every round of each variant; with BASELINE, the ratio to it (the
        median of the per-round ratios: each round's pair ran side by side)."""
        print(f"# {self.rounds} interleaved rounds; load average before each: {'; '.join(self.loads)}")
        for v in self.variants:
            for n, (k2, xs) in enumerate(v.values.items()):
                if key is not None and k2 != key:
                    continue
                s = self.scale
                unit = f" {self.unit}" if not k2 else ""      # a named figure says its unit
                line = (f"  {v.name}{(' ' + k2) if k2 else ''}: median {median(xs) * s:.4g}{unit}, "
                        f"spread {min(xs) * s:.4g}-{max(xs) * s:.4g} "
                        f"(rounds: {', '.join(f'{x * s:.4g}' for x in xs)})")
                if baseline and v.name != baseline and (n == 0 or k2 == key):
                    base = self.figures(baseline, k2 if k2 in self._values(baseline) else None)
                    ratios = [b / x if lower_is_better else x / b for x, b in zip(xs, base, strict=True) if x]
                    if ratios:
                        line += (f"; {median(ratios):.2f}x vs {baseline} "
                                 f"(per round {min(ratios):.2f}-{max(ratios):.2f})")
                print(line, flush=True)

    def _values(self, name: str) -> dict:
        return next(v for v in self.variants if v.name == name).values
