"""The PDF gap report before and after it became the plan (issues 12 and 16), in the same run.

    python benchmarks/bench_gap_report.py [--before REF] [--generated N] [--rounds R]

"Before" is the code of git revision REF (default: the commit before the redesign), extracted
with `git archive` into a temporary folder; "after" is this working tree. Both render the gap
report (PDF/A-3b, the process-wide Renderer, warm) of the same results: the shared example
dossiers and the first N not-ready dossiers of the generated province (benchmarks/gen_province.py),
each checked by its own code against its own newest mandalika-motogp edition, as of
2026-11-27. Each side runs in its own process, twice, alternating; the figure is the better of
the two (the machine is shared). Prints ms per report, pages per report, and after/before.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import io
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BEFORE = "a148133"   # main before the plan: the gap report with tables in cards
EXAMPLES = ROOT / "examples" / "dossiers"

WORKER = r"""
import datetime as dt, io, json, sys, time
sys.path.insert(0, TREE)
import readiness
assert readiness.__file__.startswith(TREE), readiness.__file__
from pypdf import PdfReader
from readiness.api import check_path, load_standard
from readiness.render.documents import render_pdf
std = load_standard(None)
results = [check_path(p, std, lang="id", as_of=dt.date(2026, 11, 27)).to_dict() for p in PATHS]
render_pdf(results[0], "gap-report")        # warm: fonts, stylesheets, templates
times, pages = [], []
for _ in range(ROUNDS):
    for r in results:
        t = time.perf_counter()
        _, pdf = render_pdf(r, "gap-report")
        times.append(time.perf_counter() - t)
        pages.append(len(PdfReader(io.BytesIO(pdf)).pages))
print(json.dumps({"ms": 1000 * sum(times) / len(times), "pages": sum(pages) / len(pages),
                  "n": len(results)}))
"""


def _extract(ref: str, into: Path) -> Path:
    data = subprocess.run(["git", "-C", str(ROOT), "archive", ref, "readiness", "standards"],
                          check=True, capture_output=True).stdout
    with tarfile.open(fileobj=io.BytesIO(data)) as tar:
        tar.extractall(into, filter="data")
    return into


def _not_ready(n: int, folder: Path) -> list[Path]:
    """The first n generated dossiers that get a gap report (checked by this tree)."""
    import datetime as dt

    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.path.insert(0, str(ROOT))
    from gen_province import generate

    from readiness.api import check_path, load_standard

    std = load_standard(None)
    out = []
    for p in generate(folder, n=max(4 * n, 20)):
        if not check_path(p, std, lang="id", as_of=dt.date(2026, 11, 27)).certified:
            out.append(p)
        if len(out) == n:
            break
    return out


def _run(tree: Path, paths: list[Path], rounds: int) -> dict:
    code = (f"TREE = {str(tree)!r}\nPATHS = {[str(p) for p in paths]!r}\nROUNDS = {rounds}\n"
            + WORKER)
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                         cwd=str(tree))
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--before", default=BEFORE)
    ap.add_argument("--generated", type=int, default=24)
    ap.add_argument("--rounds", type=int, default=2)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        old = _extract(a.before, tmp / "before")
        paths = sorted(EXAMPLES.glob("*.yaml")) + _not_ready(a.generated, tmp / "province")
        best: dict[str, dict] = {}
        for _ in range(2):
            for side, tree in (("before", old), ("after", ROOT)):
                r = _run(tree, paths, a.rounds)
                if side not in best or r["ms"] < best[side]["ms"]:
                    best[side] = r
    b, f = best["before"], best["after"]
    print(f"gap reports: {b['n']} results ({len(list(EXAMPLES.glob('*.yaml')))} examples + "
          f"{a.generated} generated not-ready), {a.rounds} rounds, before = {a.before}")
    print(f"{'':8}{'ms/report':>12}{'pages/report':>14}")
    print(f"{'before':8}{b['ms']:12.1f}{b['pages']:14.2f}")
    print(f"{'after':8}{f['ms']:12.1f}{f['pages']:14.2f}")
    print(f"speed-up {b['ms'] / f['ms']:.2f}x; pages {b['pages']:.2f} -> {f['pages']:.2f} "
          f"({f['pages'] / b['pages']:.2f}x)")


if __name__ == "__main__":
    main()
