"""Files a vendor desk receives that are broken or hostile: each becomes a row of errors.csv, the
run goes on, and every business of the other inputs still gets exactly one result.

The workbooks are made by tests/batch/xlsx_samples.py; the cost of reading each one is measured
in a separate process (time and peak memory), see `test_hostile_workbooks_cost_is_bounded`.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import xlsx_samples as S
from readiness.batch.runner import run_batch

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
AS_OF = "2026-11-27"
EXPORT_BUSINESSES = 8          # the export's businesses (one of them has only a broken row)


def export_rows() -> list[list[str]]:
    with open(EXPORT, encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f))


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def batch(tmp_path, *inputs, lang="en", **kw):
    import datetime as dt

    out = tmp_path / "out"
    stats = run_batch([str(i) for i in inputs], out, pdf=False, jobs=1, lang=lang,
                      as_of=dt.date.fromisoformat(AS_OF), **kw)
    return stats, out


def assert_export_whole(out: Path) -> None:
    """Every business of the shared export has exactly one summary row, and each checked one
    exactly one result line."""
    rows = [r for r in read_csv(out / "summary.csv") if Path(r["Source file"]).name == EXPORT.name]
    names = [r["Business"] for r in rows]
    assert len(rows) == EXPORT_BUSINESSES and len(set(names)) == EXPORT_BUSINESSES
    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    from_export = [r for r in results if r["dossier"]["file"].startswith(EXPORT.name)]
    checked = [r for r in rows if r["Verdict"] != "error"]
    assert len(from_export) == len(checked) == EXPORT_BUSINESSES   # bad cells are missing fields


HOSTILE = {
    "malformed": (S.malformed, "not well-formed XML"),
    "xxe": (S.xxe, "document type (<!DOCTYPE>)"),
    "billion-laughs": (S.billion_laughs, "document type (<!DOCTYPE>)"),
    "far-cell": (S.far_cell, "cell XFD1048576 lies beyond column AMJ"),
    "many-shared-strings": (S.many_shared_strings, "20,000,000 shared strings"),
}


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_workbook_is_one_error_row_and_the_run_goes_on(kind, tmp_path):
    make, words = HOSTILE[kind]
    bad = make(tmp_path / f"{kind}.xlsx", export_rows())
    t = time.perf_counter()
    stats, out = batch(tmp_path, bad, EXPORT)
    assert time.perf_counter() - t < 30
    assert stats.exit_code == 2
    errors = [e for e in read_csv(out / "errors.csv") if Path(e["File"]).name == bad.name]
    assert len(errors) == 1, errors
    assert errors[0]["Kind"] == "unreadable_file" and errors[0]["Level"] == "error"
    assert words in errors[0]["Message"]
    summary = read_csv(out / "summary.csv")
    assert [r["Verdict"] for r in summary if Path(r["Source file"]).name == bad.name] == ["error"]
    assert_export_whole(out)


def test_xxe_never_reads_the_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    bad = S.xxe(tmp_path / "x.xlsx", export_rows(), target=str(secret))
    stats, out = batch(tmp_path, bad)
    for f in out.iterdir():
        if f.is_file():
            assert b"TOP-SECRET-VALUE" not in f.read_bytes()


def test_short_dimension_reads_every_row(tmp_path):
    """`<dimension>` claims two rows: every row is read anyway (it used to be 1 business of 8)."""
    wb = S.short_dimension(tmp_path / "short.xlsx", export_rows())
    stats, out = batch(tmp_path, wb)
    summary = read_csv(out / "summary.csv")
    assert len(summary) == EXPORT_BUSINESSES
    same, _ = batch(tmp_path / "csv", EXPORT)
    assert (stats.total, stats.certified, stats.not_certified) == \
        (same.total, same.certified, same.not_certified)


@pytest.mark.parametrize("make,words", [
    (S.not_a_workbook, "a zip archive but not an .xlsx workbook"),
    (lambda p: (p.write_bytes(b"\xd0\xcf\x11\xe0 an old .xls file" * 40), p)[1],
     "not an .xlsx workbook (not a zip archive"),
])
def test_files_that_are_not_workbooks(make, words, tmp_path):
    bad = make(tmp_path / "daftar.xlsx")
    stats, out = batch(tmp_path, bad, EXPORT)
    assert stats.exit_code == 2
    errors = [e for e in read_csv(out / "errors.csv") if Path(e["File"]).name == "daftar.xlsx"]
    assert len(errors) == 1 and words in errors[0]["Message"]
    assert_export_whole(out)


def test_csv_with_a_bad_byte_far_into_the_file(tmp_path):
    """An undecodable byte after the first 8 KB (and after 64 KB) spoils its row only."""
    rows = export_rows()
    head, data = rows[0], rows[1:]
    lines = [head]
    for i in range(120):            # ~100 KB of good businesses, each its own NIB and name
        r = list(data[0])
        r[1] = f"Usaha Contoh {i:03d}"
        r[3] = f"91203{i:08d}"
        r[2] = "Baiq Nurul Ainé"       # UTF-8 text all along
        lines.append(r)
    text = "\n".join(",".join(f'"{c}"' for c in r) for r in lines) + "\n"
    raw = text.encode("utf-8")
    assert len(raw) > 80_000
    bad_row = 100                   # the spreadsheet row of the 99th business
    target = f"Usaha Contoh {bad_row - 2:03d}".encode()
    assert raw.index(target) > 65_536
    raw = raw.replace(target, b"Usaha Contoh \x81\xfe" + target[-3:])
    src = tmp_path / "daftar.csv"
    src.write_bytes(raw)
    stats, out = batch(tmp_path, src, EXPORT)
    assert stats.exit_code == 2
    errors = [e for e in read_csv(out / "errors.csv")
              if e["File"].endswith("daftar.csv") and e["Kind"] != "form_gap"]
    # the row, and its business which has no other row
    assert [(e["Row"], e["Column"], e["Kind"]) for e in errors] == [
        (str(bad_row), "Nama Usaha", "bad_bytes"), (str(bad_row), "", "no_readable_row")]
    assert "0x81 0xFE" in errors[0]["Message"]
    summary = [r for r in read_csv(out / "summary.csv") if r["Source file"] == "daftar.csv"]
    assert len(summary) == 120
    assert [r["Verdict"] for r in summary].count("error") == 1
    assert_export_whole(out)


def test_windows_1252_csv_is_read_as_such(tmp_path):
    rows = export_rows()
    rows[1][2] = "Baiq Nurul Ainé"
    text = "\r\n".join(",".join(f'"{c}"' for c in r) for r in rows[:3]) + "\r\n"
    src = tmp_path / "excel.csv"
    src.write_bytes(text.encode("cp1252"))
    stats, out = batch(tmp_path, src)
    assert [e for e in read_csv(out / "errors.csv") if e["Level"] == "error"] == []
    result = json.loads((out / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert result["business"]["name"] == rows[1][1]
    assert "Baiq Nurul Ainé" in (out / "results.jsonl").read_text(encoding="utf-8")


# ------------------------------------------------------------------------------ FIFOs

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_check_refuses_a_fifo(tmp_path):
    fifo = tmp_path / "dosir.yaml"
    os.mkfifo(fifo)
    p = subprocess.run([sys.executable, "-m", "readiness", "check", str(fifo)], capture_output=True,
                       text=True, timeout=60, cwd=ROOT)
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "FIFO" in lines[0] and str(fifo) in lines[0]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_batch_skips_fifos_with_a_row(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kopi.yaml").write_bytes((ROOT / "examples/dossiers/kopi-sembalun.yaml").read_bytes())
    os.mkfifo(folder / "pipa.yaml")
    os.mkfifo(tmp_path / "pipa.csv")
    out = tmp_path / "out"
    p = subprocess.run([sys.executable, "-m", "readiness", "batch", str(folder), str(tmp_path / "pipa.csv"),
                        str(EXPORT), "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF,
                        "--lang", "en"], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert p.returncode == 2, p.stderr
    errors = read_csv(out / "errors.csv")
    fifo_rows = [e for e in errors if "pipa" in e["File"]]
    assert sorted(Path(e["File"]).name for e in fifo_rows) == ["pipa.csv", "pipa.yaml"]
    assert all("named pipe (FIFO)" in e["Message"] for e in fifo_rows)
    summary = read_csv(out / "summary.csv")
    assert [r["Verdict"] for r in summary if r["Source file"] == "kopi.yaml"] != ["error"]
    assert_export_whole(out)


# ------------------------------------------------------------------------------ bounded cost

MEASURE = textwrap.dedent("""
    import resource, sys, time
    from readiness.batch.spreadsheet import SpreadsheetImport
    from readiness.errors import InputError
    t = time.perf_counter()
    try:
        imp = SpreadsheetImport(sys.argv[1])
        n = sum(1 for _ in imp)
        outcome = "read %d" % n
    except InputError as e:
        outcome = "refused"
    peak = 0
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) // 1024
    print(outcome, "%.3f" % (time.perf_counter() - t), peak)
""")


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc")
def test_hostile_workbooks_cost_is_bounded(tmp_path):
    """Each hostile workbook is refused or read within 10 s and 300 MB (peak resident memory of
    a process that does nothing else; the issue's bound, with the machine's noise well inside)."""
    import resource

    rows = export_rows()
    made = {kind: make(tmp_path / f"{kind}.xlsx", rows) for kind, (make, _) in HOSTILE.items()}
    made["short-dimension"] = S.short_dimension(tmp_path / "short.xlsx", rows)

    def limit():   # a runaway reader is stopped by the kernel, not by the test's patience
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    for kind, path in made.items():
        p = subprocess.run([sys.executable, "-c", MEASURE, str(path)], capture_output=True,
                           text=True, timeout=60, cwd=ROOT, preexec_fn=limit)
        assert p.returncode == 0, p.stderr
        outcome, secs, mb = p.stdout.split()[-3:] if p.stdout.split()[0] == "refused" else \
            (" ".join(p.stdout.split()[:2]), *p.stdout.split()[2:])
        assert float(secs) <= 10, (kind, secs)
        assert int(mb) <= 300, (kind, mb)
        assert (outcome == "read 8") if kind == "short-dimension" else outcome == "refused", kind


def test_annotated_copy_of_a_workbook_openpyxl_refuses_is_skipped_with_a_row(tmp_path):
    """The streaming reader accepts a workbook whose styles openpyxl cannot load: the results
    are written, the annotated copy is skipped with a warning row, the run goes on."""
    rows = export_rows()
    bad_styles = S.STYLES.replace('<cellXfs count="4">', '<cellXfs count="4"><xf numFmtId="zz"/>')
    wb = S.write(tmp_path / "gaya.xlsx", S.sheet_xml(rows, shared=None), styles=bad_styles)
    stats, out = batch(tmp_path, wb)
    assert stats.exit_code == 2                      # the export's broken row
    skipped = [e for e in read_csv(out / "errors.csv") if e["Kind"] == "copy_skipped"]
    assert len(skipped) == 1 and skipped[0]["Level"] == "warning"
    assert not (out / "gaya.results.xlsx").exists()
    assert len(read_csv(out / "summary.csv")) == EXPORT_BUSINESSES
