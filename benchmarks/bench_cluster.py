"""Scale: `batch` on a Dask LocalCluster of 1 and 2 workers against the local process pool, and
the client's peak memory from 20,000 to 200,000 businesses.

    python benchmarks/bench_cluster.py [--n 20000] [--big 200000] [--work DIR] [--skip-big]

Inputs are national exports made by benchmarks/gen_national.py (CSV, mostly not ready), run
without documents (--no-pdf: the documents' cost is the same work wherever it runs, and is
measured by bench_batch.py). Every run is a fresh process (`--one`), so its peak RSS
(`resource.getrusage`, RUSAGE_SELF: the client only; pool and Dask workers are other
processes) is its own. Same machine, same run, one after the other.

Targets (issue 16): LocalCluster with 2 workers >= 0.9x the local pool of 2 processes;
client peak memory at 200,000 <= 1.2x that at 20,000.

Measured (issue 16c, 2 shared cores), client peak RSS: LocalCluster(2) with Dask's default
developer logs 130.6 MB at 20,000 -> 204.7 MB at 80,000 (1.24 KB a business); with the short
logs of readiness.batch.cluster 98.5 -> 121.1 -> 158.3 MB at 200,000, the local pool's own slope
then (76.4 -> 95.2 -> 134.1 MB): the runner kept every per-business warning for errors.csv.
With errors.csv streamed from the index: 92.6 MB at 20,000 -> 102.4 MB at 200,000 (1.11x);
throughput at 20,000 (one run, the three side by side): pool of 2 907/s, LocalCluster 1 worker 718/s (0.79x),
2 workers 852/s (0.94x).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
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
    ap.add_argument("--work", default="/tmp/readiness-bench-cluster")
    ap.add_argument("--skip-big", action="store_true", help="only the throughput runs")
    ap.add_argument("--one", nargs=3, metavar=("INPUT", "OUT", "WHERE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one(*a.one)))
        return
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    small = export(work, a.n)
    print(f"# {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}", flush=True)
    pool = run(small, work / "out-pool", "pool:2")
    c1 = run(small, work / "out-c1", "local:1")
    c2 = run(small, work / "out-c2", "local:2")
    same = (work / "out-pool" / "results.jsonl").read_bytes() == (work / "out-c2" / "results.jsonl").read_bytes()
    print(f"throughput ({a.n:,} businesses, no documents): pool of 2 {pool['rows_per_s']}/s, "
          f"LocalCluster 1 worker {c1['rows_per_s']}/s ({c1['rows_per_s'] / pool['rows_per_s']:.2f}x), "
          f"2 workers {c2['rows_per_s']}/s ({c2['rows_per_s'] / pool['rows_per_s']:.2f}x); "
          f"results.jsonl identical: {same}", flush=True)
    if a.skip_big:
        return
    big = export(work, a.big)
    b2 = run(big, work / "out-big", "local:2")
    print(f"client peak RSS on LocalCluster(2): {a.n:,} -> {c2['peak_rss_mb']} MB, "
          f"{a.big:,} -> {b2['peak_rss_mb']} MB ({b2['peak_rss_mb'] / c2['peak_rss_mb']:.2f}x); "
          f"pool of 2 at {a.n:,}: {pool['peak_rss_mb']} MB; "
          f"{a.big:,} at {b2['rows_per_s']}/s", flush=True)


if __name__ == "__main__":
    main()
