"""`readiness batch` and `readiness impact` end to end on the shared examples."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readiness.batch.runner import run_batch

from tests.support.batch import AS_OF, DOSSIERS, EXPORT, ROOT, main_code as cli, population, read_csv


def test_shared_export(tmp_path, capsys):
    out = tmp_path / "out"
    code = cli("batch", str(EXPORT), "-o", str(out), "--no-pdf", "--jobs", "1",
               "--as-of", AS_OF, "--lang", "en", "--standard", "mandalika-motogp@2027.1")
    assert code == 2                          # two cells of one row could not be read
    # the businesses add up; the error lines are counted apart
    err = capsys.readouterr().err
    assert ("8 businesses: 2 certified (2 conditional), 6 not certified, 0 could not be checked"
            " (checked 8 + reused 0 + failed 0 = 8); errors.csv: ") in err
    assert err.startswith("note: mandalika-motogp@2027.1 is superseded by mandalika-motogp@2027.2")
    rows = read_csv(out / "summary.csv")
    assert len(rows) == 8
    assert [r["Business"] for r in rows][:2] == ["UD Kopi Sembalun Lestari", "Dapur Inaq Sari"]
    broken = next(r for r in rows if r["Business"] == "UD Sasak Craft Mandiri")
    # one bad cell is one missing field: the business is checked on the rest of its row
    assert broken["Verdict"] == "not ready" and broken["Rows"] == "10"
    assert "2 cell(s) unreadable" in broken["Notes"]
    checked = [r for r in rows if r["Verdict"] != "error"]
    assert len(checked) == 8
    assert all(r["Verdict"] in ("ready", "conditionally ready", "not ready") for r in checked)
    errors = read_csv(out / "errors.csv")
    bad = [e for e in errors if e["Kind"] == "bad_cell"]
    assert {(e["Row"], e["Column"]) for e in bad} == {("10", "Harga (Rp)"), ("10", "Kapasitas/Bulan")}
    assert "mahal" in " ".join(e["Message"] for e in bad)
    dup = [e for e in errors if e["Kind"] == "duplicate_nib"]
    assert len(dup) == 1 and "9120301234567" in dup[0]["Message"]
    # the duplicate NIB is in the summary too, on both businesses
    flagged = [r["Business"] for r in rows if "NIB also used" in r["Notes"]]
    assert flagged == ["UD Kopi Sembalun Lestari", "Kopi Rinjani Jaya"]
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 8
    sasak = next(json.loads(x) for x in lines if "Sasak" in x)
    price = [f for f in sasak["findings"] if "'Harga (Rp)'" in f["message"]]
    assert price and all(f["status"] == "missing" and "row 10" in f["message"] and "'mahal'"
                         in f["message"] for f in price)
    first = json.loads(lines[0])
    assert first["format"] == "readiness-result/1" and first["business"]["name"] == "UD Kopi Sembalun Lestari"
    assert first["dossier"]["file"] == "registrations-form-export.csv rows 2-3"
    assert (out / "summary.xlsx").exists()


def test_shared_export_under_the_default_edition(tmp_path, capsys):
    """The 2026 form has no "Tanggal Produksi" among the label elements, so under 2027.3 (the
    production date is a mandatory label element, C10) its food products cannot show one."""
    out = tmp_path / "out"
    assert cli("batch", str(EXPORT), "-o", str(out), "--no-pdf", "--jobs", "1",
               "--as-of", AS_OF, "--lang", "en") == 2
    # what the form does not ask is not the vendor's failure: the weaving group's textile label
    # questions (TXT-01..03) are conditions to bring to the desk, so it is conditionally ready
    assert "8 businesses: 1 certified (1 conditional), 7 not certified" in capsys.readouterr().err
    first = json.loads((out / "results.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["standard"]["version"] == "2027.3"
    lbl = [f for f in first["findings"] if f["rule"] == "LBL-01"]
    # not asked by the form: not the vendor's failure, and what else the label lacks is said
    assert lbl and all(f["status"] == "missing" and "production date" in f["message"]
                       and f["message"].startswith("Not asked in the registration form") for f in lbl)


def test_folder_of_dossiers_same_as_check(tmp_path):
    from readiness.api import check_path, load_standard

    out = tmp_path / "out"
    code = cli("batch", str(DOSSIERS), "-o", str(out), "--no-pdf", "--jobs", "2", "--as-of", AS_OF)
    assert code == 1                          # some are not certified, all readable
    rows = read_csv(out / "summary.csv")
    files = sorted(p.name for p in DOSSIERS.glob("*.yaml"))
    assert [r["Berkas sumber"] for r in rows] == files
    rs = load_standard("mandalika-motogp")
    assert rs.ref == "mandalika-motogp@2027.3"
    import datetime as dt

    results = [json.loads(x) for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()]
    for f, r, got in zip(files, rows, results, strict=True):
        want = check_path(DOSSIERS / f, rs, as_of=dt.date.fromisoformat(AS_OF)).to_dict()
        assert got == json.loads(json.dumps(want, default=str))
        assert r["Tersertifikasi"] == ("ya" if want["certified"] else "tidak")
        assert r["Status"] == {"ready": "siap", "conditional": "siap bersyarat",
                               "not_ready": "belum siap"}[want["business"]["verdict"]]
    assert read_csv(out / "errors.csv") == []


def test_all_certified_exits_0(tmp_path):
    out = tmp_path / "out"
    code = cli("batch", str(DOSSIERS / "lulur-mandalika.yaml"), str(DOSSIERS / "kopi-sembalun.yaml"),
               "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF)
    assert code == 0


def test_xlsx_round_trip(tmp_path, export_xlsx):
    import openpyxl

    src = export_xlsx("pendaftaran.xlsx")
    out = tmp_path / "out"
    stats = run_batch([str(src)], out, pdf=False, jobs=1, as_of=dt.date.fromisoformat(AS_OF), lang="en")
    assert stats.exit_code == 2 and stats.total == 8
    copy = openpyxl.load_workbook(out / "pendaftaran.results.xlsx")
    ws = copy.worksheets[0]
    head = [c.value for c in ws[1]]
    assert head[:46] == [c.value for c in openpyxl.load_workbook(src).worksheets[0][1]]
    assert head[46:] == ["Result: certified", "Result: verdict", "Result: score",
                         "Result: blocking requirements", "Result: document", "Result: note"]
    summary = {r["Business"]: r for r in read_csv(out / "summary.csv")}
    for rn in range(2, 12):
        name = ws.cell(row=rn, column=2).value
        verdict = ws.cell(row=rn, column=48).value
        fill = ws.cell(row=rn, column=48).fill.fgColor.rgb
        if name == "UD Sasak Craft Mandiri":      # checked without its two unreadable cells
            assert verdict == summary[name]["Verdict"] == "not ready"
            assert "mahal" in ws.cell(row=rn, column=52).value
        else:
            assert verdict == summary[name]["Verdict"]
            assert fill.endswith({"ready": "C6EFCE", "conditionally ready": "FFEB9C",
                                  "not ready": "FFC7CE"}[verdict])
    # the original data is untouched
    assert ws.cell(row=4, column=6).value == "52.021.456.7-915.000"


def _markers(out: Path) -> list[dict]:
    entries = []
    for p in sorted((out / ".state").glob("*index.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines(keepends=True):
            if line.endswith("\n"):
                entries.append(json.loads(line))
    return entries


def _orphans(out: Path) -> list[int]:
    found = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                cmd = (d / "cmdline").read_bytes()
            except OSError:
                continue
            if str(out).encode() in cmd and b"batch" in cmd:
                found.append(int(d.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for orphans")
def test_resume_after_kill(tmp_path):
    n = 400
    pop = tmp_path / "pop"
    population(pop, n)
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "readiness", "batch", str(pop), "-o", str(out),
                             "--no-pdf", "--jobs", "2", "--as-of", AS_OF],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    idx = out / ".state" / "gen-1.index.jsonl"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if idx.exists() and idx.read_bytes().count(b"\n") >= 40:
            break
        time.sleep(0.005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # its workers do not outlive it
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and _orphans(out):
        time.sleep(0.1)
    assert _orphans(out) == []
    assert not (out / "results.jsonl").exists(), "the run finished before it could be killed"
    # the summaries are written during the run, but only a complete run makes them visible
    assert not (out / "summary.csv").exists() and not (out / "summary.xlsx").exists()
    assert list(out.glob(".summary.*.tmp"))
    before = _markers(out)
    assert 40 <= len(before) < n
    done_before = {e["key"] for e in before}

    stats = run_batch([str(pop)], out, pdf=False, jobs=2, resume=True, as_of=dt.date.fromisoformat(AS_OF))
    assert stats.reused == len(before)                      # nothing done twice
    assert stats.checked == n - len(before)                 # nothing lost
    entries = _markers(out)
    assert len(entries) == n and len({e["key"] for e in entries}) == n
    assert {e["key"] for e in entries if e["gen"] == 1} == done_before
    lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == n
    names = [json.loads(x)["business"]["name"] for x in lines]
    assert names == [f"{json.loads(x)['business']['name'][:-5]} {i:04d}" for i, x in enumerate(lines)]
    # no partial or temporary file is left behind
    leftovers = [p.name for p in out.rglob("*") if p.is_file()
                 and (p.name.startswith("gen-") or p.name.endswith(".tmp"))]
    assert leftovers == []
    # the same as an uninterrupted run
    fresh = tmp_path / "fresh"
    run_batch([str(pop)], fresh, pdf=False, jobs=1, as_of=dt.date.fromisoformat(AS_OF))
    assert (fresh / "results.jsonl").read_bytes() == (out / "results.jsonl").read_bytes()
    assert (fresh / "summary.csv").read_bytes() == (out / "summary.csv").read_bytes()
    # a second resume reuses everything; a changed dossier is checked again
    p = pop / "d0007.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("0007", "0007 baru"), encoding="utf-8")
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, resume=True, as_of=dt.date.fromisoformat(AS_OF))
    assert (stats.checked, stats.reused) == (1, n - 1)


def test_impact_2022_to_2027(tmp_path):
    from readiness.batch.impact import format_text, run_impact

    rep = run_impact([str(DOSSIERS)], "mandalika-motogp@2022.1", "mandalika-motogp@2027.1",
                     jobs=1, as_of=dt.date.fromisoformat(AS_OF), lang="en", csv_path=str(tmp_path / "impact.csv"))
    assert rep.total == 6 and not rep.errors
    by = {o["name"]: o for o in rep.rows}
    dapur = by["Dapur Inaq Sari"]
    assert dapur["from"]["certified"] and not dapur["to"]["certified"]
    rules = {w["rule"] for w in dapur["worse"]}
    assert {"HAL-01", "HYG-03"} <= rules          # halal became a blocker; LPG is new in 2027.1
    assert rep.lose >= 1 and rep.causes["HAL-01"] >= 1
    text = format_text(rep, lang="en")
    assert "Dapur Inaq Sari" in text and "HYG-03 major (new requirement)" in text
    rows = read_csv(tmp_path / "impact.csv")
    assert {r["name"] for r in rows} == set(by)
    # and through the CLI, in parallel
    assert cli("impact", "--from", "mandalika-motogp@2022.1", "--to", "mandalika-motogp@2027.1",
               str(DOSSIERS), "--jobs", "2", "--as-of", AS_OF) == 0


def test_unreadable_inputs_reported_and_rest_processed(tmp_path):
    bad = tmp_path / "rusak.yaml"
    bad.write_text("format: readiness-dossier/1\nbusiness: [\n", encoding="utf-8")
    other = tmp_path / "lain.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "out"
    code = cli("batch", str(bad), str(other), str(DOSSIERS / "lulur-mandalika.yaml"), "-o", str(out),
               "--no-pdf", "--jobs", "1", "--as-of", AS_OF)
    assert code == 2
    errors = read_csv(out / "errors.csv")
    assert {Path(e["Berkas"]).name for e in errors} == {"rusak.yaml", "lain.csv"}
    assert any("--mapping" in e["Keterangan"] for e in errors)
    rows = read_csv(out / "summary.csv")
    assert [r["Status"] for r in rows] == ["galat", "galat", "siap bersyarat"]  # lulur, 2027.3


def test_bad_mapping_file_stops_with_a_clear_error(tmp_path, capsys):
    m = tmp_path / "m.yaml"
    m.write_text("format: readiness-mapping/1\ncolumns: {}\n", encoding="utf-8")
    code = cli("batch", str(EXPORT), "-o", str(tmp_path / "o"), "--mapping", str(m), "--no-pdf")
    assert code == 2
    err = capsys.readouterr().err
    assert "m.yaml" in err and "$.columns" in err


def test_pdfs_for_each_business(tmp_path):
    pytest.importorskip("weasyprint")
    out = tmp_path / "out"
    code = cli("batch", str(DOSSIERS / "lulur-mandalika.yaml"), str(DOSSIERS / "madu-hutan-sumbawa.yaml"),
               "-o", str(out), "--pdf", "--jobs", "1", "--as-of", AS_OF)
    assert code == 1
    rows = read_csv(out / "summary.csv")
    # the certificate is a signed PDF, the gap report an HTML page (the default)
    assert [r["Dokumen"] for r in rows] == ["documents/lulur-mandalika.pdf",
                                           "documents/madu-hutan-sumbawa.html"]
    assert (out / rows[0]["Dokumen"]).read_bytes().startswith(b"%PDF")
    page = (out / rows[1]["Dokumen"]).read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page
    assert "url(" not in page and "@font-face" not in page          # fetches nothing
    assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the workers")
def test_workers_killed_part_way_then_resume(tmp_path):
    """SIGKILL the worker processes while they write PDFs: the batch starts new workers and
    checks the lost businesses again; a resume afterwards reuses everything. Every business
    ends with exactly one result and one complete document, and nothing partial is on disk."""

    n = 24
    pop = tmp_path / "pop"
    pop.mkdir()
    src = (ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml").read_text(encoding="utf-8")
    for i in range(n):
        # each its own NIB: one business's later certificate would supersede the earlier
        (pop / f"k{i:02d}.yaml").write_text(src.replace("UD Kopi Sembalun Lestari", f"UD Kopi {i:02d}")
                                            .replace("9120301234567", f"91203012345{i:02d}"),
                                            encoding="utf-8")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "readiness", "batch", str(pop), "-o", str(out),
                             "--jobs", "2", "--as-of", AS_OF],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    docs = out / "documents"
    killed = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and killed < 2 and proc.poll() is None:
        if docs.is_dir() and len(list(docs.glob("*.pdf"))) >= 3 * (killed + 1):
            kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
            for pid in kids:
                os.kill(int(pid), signal.SIGKILL)
            killed += bool(kids)
        time.sleep(0.01)
    outp, errp = proc.communicate(timeout=300)
    assert killed >= 1, "the run finished before its workers could be killed"
    assert proc.returncode == 0, errp.decode()
    assert "Traceback" not in errp.decode()

    def check_outputs():
        lines = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
        names = [json.loads(x)["business"]["name"] for x in lines]
        assert names == [f"UD Kopi {i:02d}" for i in range(n)]          # each exactly once, in order
        pdfs = sorted(p.name for p in docs.iterdir())
        assert pdfs == sorted(f"k{i:02d}.pdf" for i in range(n))        # no temporary files
        from pypdf import PdfReader

        for p in docs.iterdir():
            assert "UD Kopi" in PdfReader(str(p)).pages[0].extract_text()  # complete documents
        assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]

    check_outputs()
    stats = run_batch([str(pop)], out, pdf=True, jobs=2, resume=True, as_of=dt.date.fromisoformat(AS_OF))
    assert (stats.checked, stats.reused) == (0, n)                      # nothing done twice
    check_outputs()
    shutil.rmtree(pop)
