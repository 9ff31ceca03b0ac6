"""Rendering benchmark: warm certificate and gap report vs a bare WeasyPrint render of the same
HTML in the same run (target <= 1.1x), and documents per second with 1 and 2 processes
(target >= 1.8x on 2).

    python benchmarks/bench_render.py [--rounds N] [--docs N]

"Ours" = readiness.render.documents.render_pdf: template + QR + canonical JSON + (signature when
a key is present) + PDF/A-3b with attachments, with the process-wide Renderer (one
FontConfiguration, pre-parsed CSS). "Bare" = HTML(string=<the same page, CSS inlined>).write_pdf()
with WeasyPrint's defaults (a new FontConfiguration per call, CSS parsed from the page).
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
AS_OF = dt.date(2026, 11, 27)
CERT, GAP = "kopi-sembalun", "dapur-inaq-sari"


def _results():
    from readiness.api import check_path, load_standard

    std = load_standard(None)
    return {n: check_path(ROOT / "examples" / "dossiers" / f"{n}.yaml", std, lang="id",
                          as_of=AS_OF).to_dict() for n in (CERT, GAP)}


def _median_time(fn, rounds):
    times = []
    for _ in range(rounds):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def warm(rounds: int):
    from readiness.render import documents as D

    res = _results()
    R = D.Renderer.get()
    rows = []
    for name, kind in ((CERT, "certificate"), (GAP, "gap-report")):
        r = res[name]
        html = R.html(kind, D.build_context(r, kind), standalone=True)
        D.render_pdf(r, kind)  # warm up both paths
        R.bare_pdf(html)
        # interleave to share the machine's noise
        ours, bare = [], []
        for _ in range(rounds):
            ours.append(_median_time(lambda r=r, kind=kind: D.render_pdf(r, kind), 1))
            bare.append(_median_time(lambda html=html: R.bare_pdf(html), 1))
        o, b = statistics.median(ours), statistics.median(bare)
        rows.append((kind, o, b))
        print(f"{kind:12s} ours {o * 1000:7.1f} ms   bare WeasyPrint {b * 1000:7.1f} ms   "
              f"ratio {o / b:4.2f}x  (target <= 1.10x)")
    return rows


def _worker(args):
    n, kind, tmp = args
    os.environ["TMPDIR"] = tmp  # WeasyPrint's @font-face copies go here and are cleaned up
    tempfile.tempdir = tmp
    from readiness.render import documents as D

    res = _results()
    r = res[CERT if kind == "certificate" else GAP]
    D.render_pdf(r, kind)  # warm
    t = time.perf_counter()
    for _ in range(n):
        D.render_pdf(r, kind)
    return time.perf_counter() - t


def throughput(docs: int):
    out = []
    for kind in ("certificate", "gap-report"):
        rates = {}
        for procs in (1, 2):
            with tempfile.TemporaryDirectory(prefix="readiness-bench-") as tmp:
                ctx = mp.get_context("spawn")
                # steady-state rate: documents / slowest worker's render time (after warm-up)
                with ctx.Pool(procs) as pool:
                    times = pool.map(_worker, [(docs, kind, tmp)] * procs)
            rates[procs] = procs * docs / max(times)
        out.append((kind, rates[1], rates[2]))
        print(f"{kind:12s} {rates[1]:5.2f} docs/s on 1 process, {rates[2]:5.2f} on 2: "
              f"{rates[2] / rates[1]:4.2f}x  (target >= 1.8x)")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=7)
    ap.add_argument("--docs", type=int, default=12)
    ap.add_argument("--skip-processes", action="store_true")
    a = ap.parse_args()
    from readiness.render.pdf import harfbuzz_subset_available

    print(f"cpus {os.cpu_count()}, HarfBuzz subsetting: {harfbuzz_subset_available()}")
    warm(a.rounds)
    if not a.skip_processes:
        throughput(a.docs)


if __name__ == "__main__":
    main()
