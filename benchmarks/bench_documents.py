"""Benchmark of a batch with documents: gap reports as PDFs against gap reports as HTML pages.

    python benchmarks/bench_documents.py [-n 2000] [--jobs 2] [--rounds 3] [--sample 60]
                                         [--dir benchmarks/out/documents]

On a generated province (benchmarks/gen_province.py; ~85% of its businesses are not ready, so
most documents are gap reports), all in this one run, in --rounds interleaved rounds, each run
into a folder emptied just before it (nothing reused), wall time, on --jobs local processes,
all against one register so the certificates get the same numbers:

- `gap-pdf+gc-default`: `run_batch(..., gap_reports="pdf", tune_gc=False)`: every gap report a
  PDF made from TODAY's gap-report template, the garbage collector's default thresholds in the
  document workers. This is how batch worked before gap reports became HTML pages, but not
  what it cost then: the PDF gap-report template has been slimmed since, so the ratio to it
  is smaller than the one measured against the template of the time (issue 25);
- `gap-pdf`: gap reports as PDFs with the workers' raised GC thresholds (the GC's share);
- `gap-html`: the defaults (gap reports as HTML pages, raised thresholds);

then, in this process on one core and on the first --sample businesses, the per-stage split:
parse (read + YAML), check, render (certificate or gap report, as each mode makes it), write.
Every certificate must be unchanged between the modes (the same businesses, numbers and page
text; the signatures differ only by their time).
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
from harness import Rounds, fresh, header  # noqa: E402

AS_OF = dt.date(2026, 11, 27)
MODES = {"gap-pdf+gc-default": dict(gap_reports="pdf", tune_gc=False),
         "gap-pdf": dict(gap_reports="pdf", tune_gc=True),
         "gap-html": dict(gap_reports="html", tune_gc=True)}


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
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--modes", default=",".join(MODES),
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
    modes = a.modes.split(",")
    # warm the file cache and the imports, so the first mode measured pays no more than the rest
    run_batch([str(p) for p in paths[:20]], fresh(base / "warm-up"), jobs=a.jobs, as_of=AS_OF,
              reuse=False)
    header(f"batch with documents, {a.n} businesses, {a.jobs} local processes")
    stats, certs = {}, {}

    def variant(m: str):
        def go() -> float:
            out = fresh(base / ("out-" + m.replace("+", "-")))
            t = time.perf_counter()
            stats[m] = run_batch([str(src)], out, jobs=a.jobs, as_of=AS_OF, reuse=False, **MODES[m])
            took = time.perf_counter() - t
            certs[m] = certificates(out)
            return took
        return go

    rounds = Rounds(a.rounds)
    for m in modes:
        rounds.add(m, variant(m))
    rounds.run()
    s0 = stats[modes[0]]
    print(f"province: {a.n} businesses ({s0.certified} certified, {s0.not_certified} not)")
    rounds.report(baseline=modes[0])
    first = certs[modes[0]]
    for m in modes[1:]:
        same = certs[m] == first
        print(f"  certificates {m} vs {modes[0]}: {len(certs[m])} vs {len(first)}, "
              f"{'unchanged (numbers and page text)' if same else 'DIFFERENT'}")

    sample = paths[:a.sample]
    tmp = base / "stage-tmp"
    print(f"per-stage split, one core, first {len(sample)} businesses (ms per business):")
    for m in MODES:                                   # all three, whatever --modes ran
        fresh(tmp)
        t = stages(sample, MODES[m]["gap_reports"], MODES[m]["tune_gc"], tmp)
        total = sum(t.values())
        print(f"  {m:7s} " + "  ".join(f"{k} {1000 * v / len(sample):7.1f}" for k, v in t.items())
              + f"  total {1000 * total / len(sample):7.1f}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
