"""Benchmark of incremental batches: a full run with documents against reruns.

    python benchmarks/bench_incremental.py [-n 2000] [--jobs 2] [--rounds 3]
                                           [--dir benchmarks/out/incremental]

On a generated province (benchmarks/gen_province.py), each step a fresh `readiness batch`
process (start-up included), wall time and peak memory (the largest process of its tree), in
--rounds rounds; every round starts from an emptied output folder:

1. `full`: the full run with documents (certificates as signed PDFs, gap reports as HTML
   pages) into an empty folder, the province given as an absolute path;
2. `same`: a rerun with nothing changed;
3. `spelled`: a rerun with the same folder spelled as a relative path from another working
   directory; `symlink`: through a symbolic link to it (both must reuse everything);
4. `names`: a rerun after correcting the business name in 20 dossiers (put back afterwards);
5. `one-pct`: a rerun after changing 1% of the dossiers (every hundredth file gets a comment
   line; put back afterwards).

Targets (issue 25): at 2,000 businesses `same` <= 1.5 s and `names` <= 4 s; at 20,000
`one-pct` <= 4% of `full`; a rerun's peak memory within 1.2x of the full run's. The office key
and the register live in the benchmark folder (a trial key made on first use).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from gen_province import generate  # noqa: E402
from harness import Rounds, fresh, header, median, subprocess_seconds  # noqa: E402

AS_OF = "2026-11-27"
STEPS = ("full", "same", "spelled", "symlink", "names", "one-pct")


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


def batch(src: str, out: Path, env: dict, jobs: int, cwd: Path | None = None) -> tuple[float, float, str]:
    """(seconds, peak MB, the run's last line) of one `readiness batch` process."""
    cmd = [sys.executable, "-m", "readiness", "batch", src, "-o", str(out), "--jobs", str(jobs),
           "--as-of", AS_OF, "--lang", "en"]
    here = os.getcwd()
    try:
        if cwd is not None:
            os.chdir(cwd)
        return subprocess_seconds(cmd, env=env)
    finally:
        os.chdir(here)


def corrected(paths: list[Path], edit) -> dict[Path, bytes]:
    saved = {p: p.read_bytes() for p in paths}
    for p in paths:
        p.write_bytes(edit(saved[p]))
    return saved


def rename(data: bytes) -> bytes:
    """The business's name corrected (its first `name:` line)."""
    head, sep, rest = data.partition(b"\n  name: ")
    line, nl, tail = rest.partition(b"\n")
    return head + sep + line + b" (dikoreksi)" + nl + tail


def put_back(saved: dict[Path, bytes]) -> None:
    for p, data in saved.items():
        p.write_bytes(data)


def sequence(src: Path, base: Path, env: dict, jobs: int, paths: list[Path], lines: dict,
             full: bool = True) -> dict:
    """One round: the full run into an emptied folder (unless not FULL: the reruns only, on
    the folder the last full run made), then the reruns."""
    out = fresh(base / "out") if full else base / "out"
    got = {}
    link = base / "province-link"
    link.unlink(missing_ok=True)
    link.symlink_to(src, target_is_directory=True)
    steps = {"full": lambda: batch(str(src), out, env, jobs)} if full else {}
    steps.update({
             "same": lambda: batch(str(src), out, env, jobs),
             "spelled": lambda: batch(os.path.relpath(src, base.parent), out, env, jobs, cwd=base.parent),
             "symlink": lambda: batch(str(link), out, env, jobs)})
    for name, step in steps.items():
        secs, mb, lines[name] = step()
        got[name], got[name + " MB"] = secs, mb
    for name, chosen, edit in (("names", paths[::max(1, len(paths) // 20)][:20], rename),
                               ("one-pct", paths[::100], lambda d: d + b"\n# corrected by the officer\n")):
        saved = corrected(chosen, edit)
        try:
            secs, mb, lines[name] = batch(str(src), out, env, jobs)
        finally:
            put_back(saved)
        got[name], got[name + " MB"] = secs, mb
        batch(str(src), out, env, jobs)           # back to the files as they were (not measured)
    return got


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--dir", default=str(HERE / "out" / "incremental"))
    ap.add_argument("--reruns-only", action="store_true",
                    help="one full run (timed once, into an emptied folder), then the rounds of "
                         "reruns only (each round starts from the files as they were)")
    a = ap.parse_args()
    base = Path(a.dir).absolute()
    src = base / "province"
    paths = generate(src, a.n)
    if len(list(src.rglob("*.yaml"))) != a.n:
        sys.exit(f"{src} holds another province size: remove it or use another --dir")
    env = env_for(base)
    ensure_key(env)
    shutil.rmtree(base / "data", ignore_errors=True)           # a fresh register
    header(f"reruns of a province of {a.n} with documents (certificates PDF, gap reports HTML), "
           f"{a.jobs} jobs")
    lines: dict[str, str] = {}
    rounds = Rounds(a.rounds)
    first = {}
    if a.reruns_only:
        fresh(base / "out")
        secs, mb, lines["full"] = batch(str(src), base / "out", env, a.jobs)
        first = {"full": secs, "full MB": mb}
        print(f"  full run (once): {secs:.1f} s, peak {mb:.0f} MB; {lines['full']}", flush=True)
    rounds.add("rerun", lambda: {**first, **sequence(src, base, env, a.jobs, paths, lines,
                                                     full=not a.reruns_only)})
    rounds.run()
    rounds.report()
    full = rounds.figures("rerun", "full")
    for step in STEPS[1:]:
        xs = rounds.figures("rerun", step)
        mem = [m / f for m, f in zip(rounds.figures("rerun", step + " MB"), rounds.figures("rerun", "full MB"), strict=True)]
        print(f"  {step:8s} median {median(xs):6.2f} s = {median([x / f for x, f in zip(xs, full, strict=True)]):6.1%} "
              f"of full; peak memory {median(mem):.2f}x the full run's; last: {lines[step]}", flush=True)


if __name__ == "__main__":
    main()
