"""Benchmark of `readiness batch --no-pdf` on a synthetic province.

    python benchmarks/bench_batch.py [-n 20000] [--small 1000] [--dir benchmarks/out/province]
                                     [--against OTHER_CHECKOUT]

Measured in one run (figures vary ~10% between runs; each is the best of --rounds, taken
interleaved; compare the ratios):

- bare parse: reading every file and `yaml.load(..., Loader=yaml.CSafeLoader)`, one core, in
  this process: the floor any checker pays;
- `readiness batch DIR -o OUT --no-pdf --jobs 1` and `--jobs 2` on the same files, each a fresh
  process (start-up included), wall time;
- peak memory (ru_maxrss of the batch process and its workers, from wait4) at --small vs -n;
- where the time goes: each stage of a worker's check, in this process, on the first 2,000.

Targets (issue 4): check cost per dossier <= 1.5x the bare parse; >= 1.8x speed-up on 2 jobs;
peak memory at 20,000 <= 1.2x that at 1,000.

With `--against DIR` (another checkout of readiness with its own `.venv`, e.g. the commit
before a refactor), its batch runs interleaved with this one's, round by round, and the
figures are printed side by side (issue 14: no speed lost, within 5%).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from gen_province import generate  # noqa: E402


def bare_parse(paths) -> float:
    import yaml

    t = time.perf_counter()
    for p in paths:
        with open(p, "rb") as f:
            yaml.load(f.read(), Loader=yaml.CSafeLoader)
    return time.perf_counter() - t


def breakdown(paths) -> dict[str, float]:
    """Seconds per stage of checking `paths` in this process, as a batch worker does it:
    safe load, file-reference walk, model, engine (with line numbers), summary row, JSON line."""
    import datetime as dt
    import gc

    from readiness.api import check_file_references, load_standard
    from readiness.batch.work import summary_row
    from readiness.engine import evaluate
    from readiness.load import load_source
    from readiness.model import parse_dossier

    rs = load_standard(None)
    as_of = dt.date(2026, 11, 27)
    gc.collect()
    gc.freeze()                                     # as the workers do
    pc = time.perf_counter
    acc = dict.fromkeys(("safe load", "file refs", "model", "engine", "summary row", "JSON line"), 0.0)
    for p in paths:
        t0 = pc()
        src = load_source(p, name=str(p))
        t1 = pc()
        check_file_references(src.data, p.parent, name=str(p), line_of=src.line_of,
                              text=src.text)
        t2 = pc()
        d = parse_dossier(src.data, file=str(p), line_of=src.line_of)
        t3 = pc()
        res = evaluate(d, rs, as_of=as_of, lang="id", line_of=src.line_of,
                       source={"file": p.name, "sha256": src.sha256})
        t4 = pc()
        summary_row(res)
        t5 = pc()
        res.to_json(indent=None)
        t6 = pc()
        for k, a, b in (("safe load", t0, t1), ("file refs", t1, t2), ("model", t2, t3),
                        ("engine", t3, t4), ("summary row", t4, t5), ("JSON line", t5, t6)):
            acc[k] += b - a
    gc.unfreeze()
    return acc


def run_batch(inputs: list[str], jobs: int, out: Path, root: Path = ROOT) -> tuple[float, int, int]:
    """(wall seconds, peak RSS KiB of the batch process tree, exit code) of the readiness in
    `root` (its own .venv when it has one)."""
    shutil.rmtree(out, ignore_errors=True)
    python = root / ".venv" / "bin" / "python" if root != ROOT else Path(sys.executable)
    cmd = [str(python), "-m", "readiness", "batch", *inputs, "-o", str(out), "--no-pdf",
           "--jobs", str(jobs), "--as-of", "2026-11-27"]
    env = {**os.environ, "PYTHONPATH": str(root)}
    t = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1, 2):
        sys.exit(f"batch failed ({code}): {proc.stderr.read().decode()[-2000:]}")
    return wall, usage.ru_maxrss, code


def compare(other: Path, dirs: list[str], out: Path, rounds: int, n: int) -> None:
    """This checkout's batch and `other`'s, 1 and 2 jobs, interleaved; best of `rounds`."""
    best: dict[tuple[str, int], list[float]] = {}
    for r in range(rounds):
        order = [("this", ROOT), ("other", other)]
        for jobs in (1, 2):
            for name, root in (order if r % 2 == 0 else order[::-1]):
                best.setdefault((name, jobs), []).append(run_batch(dirs, jobs, out, root)[0])
    shutil.rmtree(out, ignore_errors=True)
    print(f"{n} dossiers, best of {rounds} interleaved rounds (this: {ROOT}, other: {other})")
    for jobs in (1, 2):
        t, o = min(best[("this", jobs)]), min(best[("other", jobs)])
        print(f"batch --jobs {jobs}: this {t:.2f} s, other {o:.2f} s, this/other = {t / o:.3f}"
              f"  (all: this {', '.join(f'{x:.2f}' for x in best[('this', jobs)])}; "
              f"other {', '.join(f'{x:.2f}' for x in best[('other', jobs)])})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--small", type=int, default=1000)
    ap.add_argument("--dir", default=str(HERE / "out" / "province"))
    ap.add_argument("--out", default=str(HERE / "out" / "batch"))
    ap.add_argument("--rounds", type=int, default=2, help="measure each this many times, keep the best")
    ap.add_argument("--against", default=None, help="another checkout to compare with, interleaved")
    a = ap.parse_args()
    if a.small % 1000 or a.n % 1000:
        sys.exit("-n and --small must be multiples of 1000 (the province is written 1000 a folder)")

    t = time.perf_counter()
    paths = generate(a.dir, a.n)
    gen = time.perf_counter() - t
    size = sum(p.stat().st_size for p in paths) / len(paths) / 1024
    print(f"province: {len(paths)} dossiers, {size:.1f} KiB each ({gen:.1f} s to generate/verify)")
    small_dirs = [str(Path(a.dir) / f"{i:02d}") for i in range(a.small // 1000)]
    big_dirs = [str(Path(a.dir) / f"{i:02d}") for i in range(a.n // 1000)]
    out = Path(a.out)

    bare_parse(paths[:200])                     # warm the page cache and the loader
    if a.against:
        compare(Path(a.against).resolve(), big_dirs, out, a.rounds, len(paths))
        return
    # the machines here are shared and noisy (a run can be 10% slower than the next): each
    # measure is taken --rounds times, interleaved, and the best of each is compared
    parses, w1s, w2s = [], [], []
    for _ in range(a.rounds):
        parses.append(bare_parse(paths))
        w1s.append(run_batch(big_dirs, 1, out))
        w2s.append(run_batch(big_dirs, 2, out))
    parse = min(parses)
    w1, m1, _ = min(w1s)
    w2, m2, _ = min(w2s)
    ws1, ms1, _ = run_batch(small_dirs, 1, out)
    ws2, ms2, _ = run_batch(small_dirs, 2, out)
    shutil.rmtree(out, ignore_errors=True)

    sample = paths[:2000]
    breakdown(sample[:200])                          # warm
    stages = breakdown(sample)
    sample_parse = min(bare_parse(sample) for _ in range(a.rounds))

    n = len(paths)
    per_parse = parse / n * 1000
    per_1 = w1 / n * 1000
    per_2 = w2 / n * 1000
    print(f"best of {a.rounds} rounds (all: parse {', '.join(f'{x:.1f}' for x in parses)} s; "
          f"1 job {', '.join(f'{x[0]:.1f}' for x in w1s)} s; 2 jobs {', '.join(f'{x[0]:.1f}' for x in w2s)} s)")
    print(f"bare C-loader parse     : {per_parse:7.3f} ms/dossier ({parse:.1f} s)")
    print(f"batch --jobs 1          : {per_1:7.3f} ms/dossier ({w1:.1f} s)  = {per_1 / per_parse:.2f}x parse"
          f"  (target <= 1.5x)")
    print(f"batch --jobs 2          : {per_2:7.3f} ms/dossier ({w2:.1f} s)  speed-up {w1 / w2:.2f}x"
          f"  (target >= 1.8x)")
    print(f"peak RSS --jobs 1       : {a.small}: {ms1 / 1024:.1f} MiB, {n}: {m1 / 1024:.1f} MiB"
          f"  = {m1 / ms1:.2f}x  (target <= 1.2x)")
    print(f"peak RSS --jobs 2       : {a.small}: {ms2 / 1024:.1f} MiB, {n}: {m2 / 1024:.1f} MiB"
          f"  = {m2 / ms2:.2f}x")
    print(f"(small runs: {ws1:.1f} s on 1 job, {ws2:.1f} s on 2 jobs)")
    k = len(sample)
    print(f"where a dossier's time goes, in this process ({k} dossiers; bare parse "
          f"{sample_parse / k * 1000:.3f} ms):")
    for name, t in stages.items():
        print(f"  {name:12s} {t / k * 1000:7.3f} ms  = {t / sample_parse:.2f}x bare parse")
    total = sum(stages.values())
    print(f"  {'sum':12s} {total / k * 1000:7.3f} ms  = {total / sample_parse:.2f}x bare parse"
          f"  (the rest of batch --jobs 1: its own bookkeeping, start-up and summaries)")


if __name__ == "__main__":
    main()
