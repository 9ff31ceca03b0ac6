"""Cost of checking a dossier against the cost of merely parsing it, measured in the same run.

Prints, per example dossier: bare `yaml.load(CSafeLoader)` parse time, our safe load, and the
whole check (safe load + model + engine) without and with line numbers, as ratios to the
bare parse. Also `readiness --help` start-up time against `python -c pass`.

    python benchmarks/bench_check.py [--repeat N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import subprocess
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from readiness.api import check_data  # noqa: E402
from readiness.load import load_source  # noqa: E402
from readiness.standards import load_standard  # noqa: E402


def best(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=200)
    args = ap.parse_args()
    rs = load_standard("mandalika-motogp@2027.1")
    as_of = dt.date(2026, 11, 27)
    print(f"{'dossier':<26}{'KiB':>6}{'parse ms':>10}{'load x':>8}{'check x':>9}{'+lines x':>10}")
    ratios = []
    for f in sorted((ROOT / "examples" / "dossiers").glob("*.yaml")):
        text = f.read_text(encoding="utf-8")
        parse = best(lambda text=text: yaml.load(text, Loader=yaml.CSafeLoader), args.repeat)
        load = best(lambda f=f: load_source(f), args.repeat)

        def check(lines: bool, f=f):
            src = load_source(f)
            check_data(src.data, rs, name=f.name, as_of=as_of, line_of=src.line_of if lines else None)

        chk = best(lambda: check(False), args.repeat)
        chk_l = best(lambda: check(True), args.repeat)
        ratios.append(chk / parse)
        print(f"{f.stem:<26}{len(text) / 1024:>6.1f}{parse * 1e3:>10.2f}{load / parse:>8.2f}"
              f"{chk / parse:>9.2f}{chk_l / parse:>10.2f}")
    print(f"median check/parse ratio: {statistics.median(ratios):.2f}")
    base = best(lambda: subprocess.run([sys.executable, "-c", "pass"]), 5)
    helpt = best(lambda: subprocess.run([sys.executable, "-m", "readiness", "--help"], capture_output=True), 5)
    print(f"readiness --help: {helpt * 1e3:.0f} ms ({helpt / base:.1f}x python -c pass)")


if __name__ == "__main__":
    main()
