"""Benchmark of incremental batches: a full run with documents against reruns.

    python benchmarks/bench_incremental.py [-n 20000] [--jobs 2] [--dir benchmarks/out/incremental]

On a generated province (benchmarks/gen_province.py), each a fresh `readiness batch` process
(start-up included), wall time, all in this one run:

1. the full run with documents (certificates as signed PDFs, gap reports as HTML pages) into
   an empty folder;
2. a rerun with nothing changed;
3. a rerun after changing 1% of the dossiers (every hundredth file gets a comment line; the
   files are put back afterwards);
4. a rerun with --cache into a second, empty folder, after a cached run (the shared store).

Targets (issue 16): 3 costs <= 5% of 1, 2 costs <= 2% of 1. The office key and the register
live in the benchmark folder (a trial key made on first use).
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

from gen_province import generate  # noqa: E402

AS_OF = "2026-11-27"


def env_for(base: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "XDG_CONFIG_HOME": str(base / "config"),
           "XDG_DATA_HOME": str(base / "data")}
    env.pop("READINESS_DATABASE_URL", None)
    return env


def ensure_key(env: dict) -> None:
    """A trial office key in the benchmark's own config folder."""
    if Path(env["XDG_CONFIG_HOME"], "readiness").is_dir():
        return
    subprocess.run([sys.executable, "-m", "readiness", "keys", "init", "--office",
                    "Dinas Perindustrian Provinsi Nusa Tenggara Barat", "--signatory", "Uji Coba",
                    "--nip", "198001012005011001", "--position", "Kepala Dinas",
                    "--place", "Mataram", "--base-url", "https://example.invalid"],
                   env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def batch(src: Path, out: Path, env: dict, jobs: int, *extra: str) -> tuple[float, str]:
    t = time.perf_counter()
    p = subprocess.run([sys.executable, "-m", "readiness", "batch", str(src), "-o", str(out),
                        "--jobs", str(jobs), "--as-of", AS_OF, "--lang", "en", *extra],
                       env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    took = time.perf_counter() - t
    if p.returncode not in (0, 1):
        sys.exit(p.stderr)
    return took, p.stderr.strip().splitlines()[-1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=20000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dir", default=str(HERE / "out" / "incremental"))
    a = ap.parse_args()
    base = Path(a.dir)
    src = base / "province"
    paths = generate(src, a.n)
    # only the first n files of the shared generated folder
    if len(list(src.rglob("*.yaml"))) != a.n:
        sys.exit(f"{src} holds another province size: remove it or use another --dir")
    env = env_for(base)
    ensure_key(env)
    out, out2, cache = base / "out", base / "out2", base / "cache"
    for d in (out, out2, cache):
        shutil.rmtree(d, ignore_errors=True)
    shutil.rmtree(base / "data", ignore_errors=True)           # a fresh register

    full, line_full = batch(src, out, env, a.jobs)
    same, line_same = batch(src, out, env, a.jobs)
    changed = paths[::100]
    saved = {p: p.read_bytes() for p in changed}
    try:
        for p in changed:
            p.write_bytes(saved[p] + b"\n# corrected by the officer\n")
        one, line_one = batch(src, out, env, a.jobs)
    finally:
        for p, data in saved.items():
            p.write_bytes(data)
    back, line_back = batch(src, out, env, a.jobs)          # the files as they were
    # the shared store: one cached run fills it, a second folder is made from it
    cached, _ = batch(src, out, env, a.jobs, "--cache", str(cache))
    other, line_other = batch(src, out2, env, a.jobs, "--cache", str(cache))

    print(f"province: {a.n} businesses, {a.jobs} jobs, documents (certificates PDF, gap reports HTML)")
    print(f"  full run                      {full:8.1f} s   {line_full}")
    print(f"  rerun, nothing changed        {same:8.1f} s   {same / full:6.1%} of full (target <= 2%)   {line_same}")
    print(f"  rerun, {len(changed)} changed ({len(changed) / a.n:.0%})     {one:8.1f} s   {one / full:6.1%} of full (target <= 5%)   {line_one}")
    print(f"  rerun, changes undone         {back:8.1f} s   {back / full:6.1%} of full   {line_back}")
    print(f"  rerun filling --cache         {cached:8.1f} s   {cached / full:6.1%} of full")
    print(f"  new folder from --cache       {other:8.1f} s   {other / full:6.1%} of full   {line_other}")


if __name__ == "__main__":
    main()
