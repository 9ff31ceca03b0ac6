"""Scale: `batch` on a Dask LocalCluster of 1, 2 and 4 workers against the local process pool
of 2, and the client's peak memory from 20,000 to 200,000 businesses.

    python benchmarks/bench_cluster.py [--n 20000] [--big 200000] [--rounds 3] [--work DIR]
                                       [--skip-big] [--workers 1,2,4]

Inputs are national exports made by benchmarks/gen_national.py (CSV, mostly not ready), run
without documents (--no-pdf: the documents' cost is the same work wherever it runs, and is
measured by bench_documents.py). Every run is a fresh process (`--one`) writing into a folder
emptied just before it (benchmarks/harness.py: `fresh`), so no run measures a rerun; its peak
RSS (`resource.getrusage`, RUSAGE_SELF: the client only; pool and Dask workers are other
processes) is its own. The variants run in --rounds interleaved rounds (the order turns each
round); the median, the spread and the ratio to the pool of 2 in the same round are printed
with the load average.

Targets (issue 25): LocalCluster with 2 workers within 10% of the local pool of 2 processes
(or a profile saying why not); client peak memory at 200,000 <= 1.2x that at 20,000.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
AS_OF = "2026-11-27"


def one(inp: str, out: str, where: str) -> dict:
    """One run in this process: seconds, businesses, peak RSS of this process (MB)."""
    import datetime as dt

    from readiness.batch.runner import run_batch

    t = time.perf_counter()
    kw = {"jobs": int(where[len("pool:"):])} if where.startswith("pool:") else {"cluster": where}
    stats = run_batch([inp], out, standard="mandalika-motogp@2027.3", pdf=False,
                      as_of=dt.date.fromisoformat(AS_OF), progress=False, **kw)
    secs = time.perf_counter() - t
    ru = resource.getrusage(resource.RUSAGE_SELF)
    # the client's own CPU per business (reading rows, writing results; with a LocalCluster
    # also its scheduler): the serial part of a run, whatever the number of workers
    cpu = ru.ru_utime + ru.ru_stime
    return {"where": where, "n": stats.total, "seconds": round(secs, 1),
            "rows_per_s": round(stats.total / secs, 1), "peak_rss_mb": round(ru.ru_maxrss / 1024, 1),
            "client_cpu_ms_per_business": round(1000 * cpu / max(1, stats.total), 3)}


def run(inp: Path, out: Path, where: str) -> dict:
    cmd = [sys.executable, __file__, "--one", str(inp), str(out), where]
    res = subprocess.run(cmd, capture_output=True, text=True, check=True)
    r = json.loads(res.stdout.strip().splitlines()[-1])
    print(json.dumps(r), flush=True)
    return r


def export(work: Path, n: int) -> Path:
    path = work / f"national-{n}.csv"
    if not path.exists():
        subprocess.run([sys.executable, str(HERE / "gen_national.py"), str(path), "-n", str(n)],
                       check=True)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--big", type=int, default=200_000)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--workers", default="1,2,4", help="LocalCluster sizes to measure")
    ap.add_argument("--work", default="/tmp/readiness-bench-cluster")
    ap.add_argument("--skip-big", action="store_true", help="only the throughput runs")
    ap.add_argument("--one", nargs=3, metavar=("INPUT", "OUT", "WHERE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(*a.one)))
        return
    from harness import Rounds, fresh, header

    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    small = export(work, a.n)
    header(f"batch --no-pdf on {a.n:,} businesses: the local pool of 2 against Dask LocalClusters")
    rounds = Rounds(a.rounds)
    last: dict[str, dict] = {}

    def variant(where: str):
        out = work / f"out-{where.replace(':', '')}"

        def go() -> dict:
            fresh(out)
            r = last[where] = run(small, out, where)
            return {"s": r["seconds"], "client MB": r["peak_rss_mb"],
                    "client CPU ms/business": r["client_cpu_ms_per_business"]}
        return go

    wheres = ["pool:2"] + [f"local:{w}" for w in a.workers.split(",")]
    for where in wheres:
        rounds.add(where, variant(where))
    rounds.run()
    rounds.report(baseline="pool:2")
    pool_res = (work / "out-pool2" / "results.jsonl").read_bytes()
    for where in wheres[1:]:
        same = (work / f"out-{where.replace(':', '')}" / "results.jsonl").read_bytes() == pool_res
        print(f"  results.jsonl of {where} identical to the pool's: {same}", flush=True)
    if a.skip_big:
        return
    big = export(work, a.big)
    b2 = run(big, fresh(work / "out-big"), "local:2")
    c2 = rounds.med("local:2", "client MB")
    print(f"client peak RSS on LocalCluster(2): {a.n:,} -> {c2} MB (median), "
          f"{a.big:,} -> {b2['peak_rss_mb']} MB ({b2['peak_rss_mb'] / c2:.2f}x, one run); "
          f"pool of 2 at {a.n:,}: {rounds.med('pool:2', 'client MB')} MB; "
          f"{a.big:,} at {b2['rows_per_s']}/s", flush=True)


if __name__ == "__main__":
    main()
