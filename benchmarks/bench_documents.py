"""Benchmark of a batch with documents: gap reports as PDFs (before) against HTML pages (after).

    python benchmarks/bench_documents.py [-n 2000] [--jobs 2] [--sample 60]
                                         [--dir benchmarks/out/documents]

On a generated province (benchmarks/gen_province.py; ~85% of its businesses are not ready, so
most documents are gap reports), all in this one run:

- `before`: `run_batch(..., gap_reports="pdf", tune_gc=False)`: every gap report a PDF, the
  garbage collector's default thresholds in the document workers (what `batch` did before);
- `pdf+gc`: gap reports as PDFs with the workers' raised GC thresholds (the GC's share);
- `after`: the defaults (gap reports as HTML pages, raised thresholds);

each into an empty folder, nothing reused, wall time, on --jobs local processes, all three
against one register so the certificates get the same numbers. Then, in this process on one
core and on the first --sample businesses, the per-stage split: parse (read + YAML), check,
render (certificate or gap report, as each mode makes it), write.

Targets (issue 16): `after` >= 10x faster than `before`; every certificate unchanged (the same
businesses, numbers and pages; the signatures differ only by their time).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from gen_province import generate  # noqa: E402

AS_OF = dt.date(2026, 11, 27)
MODES = {"before": dict(gap_reports="pdf", tune_gc=False),
         "pdf+gc": dict(gap_reports="pdf", tune_gc=True),
         "after": dict(gap_reports="html", tune_gc=True)}


def certificates(out: Path) -> dict[str, tuple[str, str]]:
    """business name -> (certificate number, the certificate's page text)."""
    from pypdf import PdfReader

    found = {}
    for line in (out / "results.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        number = (r.get("certificate") or {}).get("number")
        if r.get("certified") and number:
            found[r["business"]["name"]] = number
    idx = [json.loads(x) for x in (out / ".state" / "index.jsonl").read_text(encoding="utf-8").splitlines()]
    pages = {e["row"]["name"]: " ".join(PdfReader(out / e["doc"]).pages[0].extract_text().split())
             for e in idx if e.get("doc_kind") == "certificate" and e.get("doc")}
    return {k: (v, pages.get(k, "")) for k, v in found.items()}


def stages(paths: list[Path], gap_reports: str, tune_gc: bool, tmp: Path) -> dict[str, float]:
    """Seconds per stage over `paths`, one core, as a document worker does it."""
    from readiness.api import check_source, load_standard
    from readiness.files import atomic_write
    from readiness.load import load_source
    from readiness.issuing import Issuer
    from readiness.render.documents import Renderer, choose_document, render_html

    rs = load_standard(None)
    Renderer.get()
    old = gc.get_threshold()
    if tune_gc:
        gc.set_threshold(50_000, 50, 100)
    gc.collect()
    gc.freeze()
    t = dict.fromkeys(("parse", "check", "render", "write"), 0.0)
    try:
        with Issuer.open(draft=True) as issuer:       # drafts: the register is not the point here
            for i, p in enumerate(paths):
                c0 = time.perf_counter()
                src = load_source(p, name=str(p))
                c1 = time.perf_counter()
                d = check_source(src, p, rs, as_of=AS_OF).to_dict()
                c2 = time.perf_counter()
                kind = choose_document(d)
                if kind == "gap-report" and gap_reports == "html":
                    data, ext = render_html(d, kind).encode("utf-8"), "html"
                else:
                    issuer.number([d], rs)
                    data, ext = issuer.document(d, kind)[1], "pdf"
                c3 = time.perf_counter()
                atomic_write(tmp / f"{i}.{ext}", data)
                c4 = time.perf_counter()
                for k, a, b in (("parse", c0, c1), ("check", c1, c2), ("render", c2, c3),
                                ("write", c3, c4)):
                    t[k] += b - a
    finally:
        gc.unfreeze()
        gc.set_threshold(*old)
    return t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample", type=int, default=60)
    ap.add_argument("--dir", default=str(HERE / "out" / "documents"))
    ap.add_argument("--modes", default="before,pdf+gc,after",
                    help="which full runs to make (the per-stage split always shows all three)")
    a = ap.parse_args()
    base = Path(a.dir)
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")
    os.environ["XDG_DATA_HOME"] = str(base / "data")
    os.environ.pop("READINESS_DATABASE_URL", None)
    from readiness.batch.runner import run_batch

    src = base / "province"
    paths = generate(src, a.n)
    if len(list(src.rglob("*.yaml"))) != a.n:
        sys.exit(f"{src} holds another province size: remove it or use another --dir")
    shutil.rmtree(base / "data", ignore_errors=True)               # a fresh register
    if not (base / "config" / "readiness").is_dir():
        from readiness.cli import main as cli

        try:
            cli(["keys", "init", "--office", "Dinas Perindustrian Provinsi Nusa Tenggara Barat",
                 "--signatory", "Uji Coba", "--nip", "198001012005011001", "--position",
                 "Kepala Dinas", "--place", "Mataram", "--base-url", "https://example.invalid"])
        except SystemExit:
            pass
    wall, stats, certs = {}, {}, {}
    modes = a.modes.split(",")
    # warm the file cache and the imports, so the first mode measured pays no more than the rest
    run_batch([str(p) for p in paths[:20]], base / "warm-up", jobs=a.jobs, as_of=AS_OF, reuse=False)
    for m in modes:
        out = base / f"out-{m}"
        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        stats[m] = run_batch([str(src)], out, jobs=a.jobs, as_of=AS_OF, reuse=False, **MODES[m])
        wall[m] = time.perf_counter() - t
        certs[m] = certificates(out)
    s0 = stats[modes[0]]
    print(f"province: {a.n} businesses ({s0.certified} certified, {s0.not_certified} not), "
          f"{a.jobs} local processes")
    for m in modes:
        ratio = wall[modes[0]] / wall[m]
        print(f"  {m:7s} {wall[m]:8.1f} s  {a.n / wall[m]:7.1f} businesses/s  {ratio:5.2f}x vs {modes[0]}")
    first = certs[modes[0]]
    for m in modes[1:]:
        same = certs[m] == first
        print(f"  certificates {m} vs {modes[0]}: {len(certs[m])} vs {len(first)}, "
              f"{'unchanged (numbers and page text)' if same else 'DIFFERENT'}")

    sample = paths[:a.sample]
    tmp = base / "stage-tmp"
    print(f"per-stage split, one core, first {len(sample)} businesses (ms per business):")
    for m in MODES:                                   # all three, whatever --modes ran
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        t = stages(sample, MODES[m]["gap_reports"], MODES[m]["tune_gc"], tmp)
        total = sum(t.values())
        print(f"  {m:7s} " + "  ".join(f"{k} {1000 * v / len(sample):7.1f}" for k, v in t.items())
              + f"  total {1000 * total / len(sample):7.1f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
