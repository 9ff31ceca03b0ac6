"""The 1-job check speed before and after a change to the house (issue 24: moves must keep it
within 5 %), measured in the same run on two checkouts of this repository:

- warm: one process loads the standard, then checks every example dossier `--checks` times
  (load + model + engine, as `readiness check` does); the figure is the median CPU time per
  check;
- cold: `python -m readiness check DOSSIER --format json` as a fresh process, its CPU time
  (user + system: imports and the standard's compile included, what the module split could
  cost).

CPU time, not wall time: on a shared machine the time a process waits for a core is not its
own, and would drown a few per cent.

Rounds alternate the two checkouts (before, after, before, after, ...), each in its own
process; printed are the median and spread (min-max) per checkout and the ratio after/before,
with the load average, so a loaded machine shows in the figures.

    python benchmarks/bench_house.py [--before REV] [--rounds 5] [--checks 30]

REV (default: HEAD~1) is extracted with `git archive` into a temporary folder; "after" is the
working tree.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
STANDARD = "mandalika-motogp@2027.3"
AS_OF = "2026-11-27"

WARM = """
import datetime as dt, statistics, sys, time
from pathlib import Path
from readiness.api import check_path, load_standard
rs = load_standard({standard!r})
files = sorted(Path({examples!r}).glob("*.yaml"))
for f in files:
    check_path(f, rs, as_of=dt.date(2026, 11, 27))          # warm-up
times = []
for _ in range({checks}):
    for f in files:
        t = time.process_time()
        check_path(f, rs, as_of=dt.date(2026, 11, 27))
        times.append(time.process_time() - t)
print(statistics.median(times))
"""


def warm(tree: Path, checks: int) -> float:
    code = WARM.format(standard=STANDARD, examples=str(ROOT / "examples" / "dossiers"), checks=checks)
    out = subprocess.run([sys.executable, "-c", code], cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)),
                         check=True, capture_output=True, text=True)
    return float(out.stdout.split()[-1])


def cold(tree: Path, out: Path) -> float:
    dossier = ROOT / "examples" / "dossiers" / "tenun-sukarara.yaml"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    r = subprocess.run([sys.executable, "-m", "readiness", "check", str(dossier), "--standard", STANDARD,
                        "--as-of", AS_OF, "--format", "json", "-o", str(out)],
                       cwd=tree, env=dict(os.environ, PYTHONPATH=str(tree)), capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert r.returncode in (0, 1), r.stderr
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def summary(xs: list[float], scale: float, unit: str) -> str:
    m = statistics.median(xs)
    return f"{m * scale:8.2f} {unit} ({min(xs) * scale:.2f}-{max(xs) * scale:.2f})"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default="HEAD~1")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--checks", type=int, default=30)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp) / "before"
        before.mkdir()
        archive = subprocess.run(["git", "archive", args.before], cwd=ROOT, check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(before)], input=archive.stdout, check=True)
        trees = {"before": before, "after": ROOT}
        got = {k: {"warm": [], "cold": []} for k in trees}
        load0 = os.getloadavg()[0]
        for i in range(args.rounds):
            for name, tree in trees.items():
                got[name]["warm"].append(warm(tree, args.checks))
                got[name]["cold"].append(cold(tree, Path(tmp) / f"{name}-{i}.json"))
        load1 = os.getloadavg()[0]
    print(f"before = {args.before}, after = working tree; {args.rounds} interleaved rounds; "
          f"load average {load0:.2f} -> {load1:.2f}")
    for kind, scale, unit in (("warm", 1e3, "ms CPU per check"), ("cold", 1.0, "s CPU per process")):
        b, a = got["before"][kind], got["after"][kind]
        print(f"{kind:5} before {summary(b, scale, unit)}   after {summary(a, scale, unit)}   "
              f"after/before {statistics.median(a) / statistics.median(b):.3f}")


if __name__ == "__main__":
    main()
