"""Reading workbooks: openpyxl's read-only mode against readiness's own streaming reader
(readiness/sheets/read.py), on an ordinary large registration export and on the hostile
workbooks of the tests (tests/batch/xlsx_samples.py).

Each read runs in its own process, with a time limit, and reports its wall time and peak
resident memory (ru_maxrss of that process), so one pathological read cannot disturb the
others:

    .venv/bin/python benchmarks/bench_xlsx_read.py [--rows 40000] [--timeout 60]
"""

from __future__ import annotations

import argparse
import csv
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "batch"))

import xlsx_samples as S  # noqa: E402

READ = {
    "openpyxl": """
import openpyxl
wb = openpyxl.load_workbook(PATH, read_only=True, data_only=True)
n = 0
for row in wb.worksheets[0].iter_rows(values_only=True):
    if any(c is not None for c in row):
        n += 1
print("rows", n)
""",
    "readiness": """
from readiness.sheets.read import XlsxBook
n = 0
for rn, row in XlsxBook(PATH).rows():
    n += 1
print("rows", n)
""",
}

WRAP = """
import resource, sys, time
PATH = sys.argv[1]
t = time.perf_counter()
try:
{body}
    outcome = "read"
except Exception as e:
    outcome = "refused: " + type(e).__name__ + ": " + str(e)[:90]
def peak_mb():
    # VmHWM: this process's own peak after exec (ru_maxrss would include the forked parent's)
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
print("RESULT", outcome, "%.2f" % (time.perf_counter() - t), peak_mb())
"""


def run(reader: str, path: Path, timeout: float) -> str:
    body = "\n".join("    " + line for line in READ[reader].strip().splitlines())
    code = WRAP.format(body=body)
    t = time.perf_counter()
    try:
        p = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                           timeout=timeout, cwd=ROOT)
    except subprocess.TimeoutExpired:
        return f"not finished after {timeout:.0f} s (killed)"
    line = next((x for x in p.stdout.splitlines() if x.startswith("RESULT")), None)
    rows = next((x for x in p.stdout.splitlines() if x.startswith("rows")), "")
    if line is None:
        return f"crashed ({p.returncode}) after {time.perf_counter() - t:.1f} s: {p.stderr[-200:]}"
    *what, secs, mb = line.split(" ")[1:]
    return f"{secs:>6} s {mb:>5} MB  {' '.join(what)[:110]} {rows}"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=40_000, help="data rows of the ordinary workbook")
    ap.add_argument("--timeout", type=float, default=60)
    a = ap.parse_args()
    with open(ROOT / "examples/registrations-form-export.csv", encoding="utf-8-sig", newline="") as f:
        export = list(csv.reader(f))
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        data = export[1:]
        big = [export[0]] + [data[i % len(data)] for i in range(a.rows)]
        files = {
            f"ordinary, {a.rows:,} rows x {len(export[0])} columns": S.table(d / "big.xlsx", big),
            "short <dimension> (A1:AT2)": S.short_dimension(d / "short.xlsx", export),
            "one cell at XFD1048576": S.far_cell(d / "far.xlsx", export),
            "20M shared strings": S.many_shared_strings(d / "sst.xlsx", export),
            "20M shared strings, no count": S.many_shared_strings(d / "sst2.xlsx", export),
            "billion laughs": S.billion_laughs(d / "laughs.xlsx", export),
            "external entity (XXE)": S.xxe(d / "xxe.xlsx", export),
            "malformed XML": S.malformed(d / "bad.xlsx", export),
        }
        # the same shared strings without the count attributes, so only the running count stops it
        raw = (d / "sst2.xlsx")
        _strip_counts(raw)
        for label, path in files.items():
            print(f"{label} ({path.stat().st_size:,} bytes)")
            for reader in READ:
                print(f"  {reader:<10} {run(reader, path, a.timeout)}")


def _strip_counts(path: Path) -> None:
    """Rewrite sharedStrings.xml without its count/uniqueCount attributes (streamed)."""
    import re
    import zipfile

    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info.filename, src.read(info.filename))
                continue
            with src.open(info) as f, dst.open(info.filename, "w", force_zip64=True) as g:
                head = f.read(1 << 16)
                g.write(re.sub(rb' (unique)?[cC]ount="\d+"', b"", head))
                while chunk := f.read(1 << 20):
                    g.write(chunk)
    os.replace(tmp, path)


if __name__ == "__main__":
    main()
