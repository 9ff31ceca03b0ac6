"""One run per output folder, the run's manifest, the bar, Ctrl-C and a pool that never hangs.

The runs in another process are slowed down by a small wrapper script (`_slow_cli`) that
sleeps in each business's check: the production code has no test hook."""

from __future__ import annotations

import datetime as dt
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from readiness.batch import manifest
from readiness.batch.lock import OutputLock
from readiness.batch.progress import Bar
from readiness.batch.runner import run_batch
from readiness.errors import InputError
from tests.support.batch import AS_OF, EXPORT, ROOT, main_code as cli, population, read_csv

ENV = {**os.environ, "READINESS_LANG": "id"}     # messages as a user sees them by default
SLOW = """
import signal, sys, time
# as from a terminal: a suite started in the background (CI, `make test &`) passes SIGINT
# ignored to its children, and Python then never raises KeyboardInterrupt
signal.signal(signal.SIGINT, signal.default_int_handler)
sys.path.insert(0, {root!r})
import readiness.batch.work as work
_check = work.check_unit
def slow(w, u):
    time.sleep({delay})
    return _check(w, u)
work.check_unit = slow
from readiness.cli import main
main(sys.argv[1:])
"""


def _slow_cli(tmp_path: Path, delay: float = 0.05) -> list[str]:
    script = tmp_path / "slow_readiness.py"
    script.write_text(SLOW.format(root=str(ROOT), delay=delay), encoding="utf-8")
    return [sys.executable, str(script)]


def _wait_for(cond, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not cond():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _holder(out: Path) -> dict:
    try:
        return json.loads((out / ".state" / "lock").read_text(encoding="utf-8") or "{}")
    except (OSError, ValueError):
        return {}


# ------------------------------------------------------------------------------ the lock

def test_second_run_into_a_busy_folder_exits_2_at_once(tmp_path):
    pop, out = tmp_path / "pop", tmp_path / "out"
    population(pop, 60)
    # 60 businesses at 0.2 s each: the first run outlives the second's start on a loaded machine
    first = subprocess.Popen([*_slow_cli(tmp_path, delay=0.2), "batch", str(pop), "-o", str(out),
                              "--no-pdf",
                              "--jobs", "1", "--as-of", AS_OF],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=ENV)
    try:
        _wait_for(lambda: _holder(out).get("pid") == first.pid)
        started = time.monotonic()
        second = subprocess.run([sys.executable, "-m", "readiness", "batch", str(pop), "-o", str(out),
                                 "--no-pdf", "--jobs", "1", "--as-of", AS_OF],
                                capture_output=True, text=True, cwd=ROOT, timeout=60, env=ENV)
        took = time.monotonic() - started
        assert first.poll() is None, "the first run ended before the second one started"
    finally:
        rc = first.wait(timeout=120)
    assert second.returncode == 2
    lines = second.stderr.strip().splitlines()
    assert len(lines) == 1, second.stderr
    assert lines[0].startswith("kesalahan: folder keluaran ")
    assert f"sedang dipakai oleh run lain (pid {first.pid} di {socket.gethostname()}, mulai " in lines[0]
    assert "Traceback" not in second.stderr
    assert took < 20                       # at once: it checked nothing
    # the first run is whole: one result per business
    assert rc == 1, first.stderr.read().decode()
    rows = read_csv(out / "summary.csv")
    assert len(rows) == 60 and len({r["Nama usaha"] for r in rows}) == 60
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == 60
    assert _holder(out) == {}              # released


def test_stale_lock_of_a_dead_run_is_taken_over(tmp_path):
    out = tmp_path / "out"
    (out / ".state").mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True).stdout.strip()
    (out / ".state" / "lock").write_text(json.dumps(
        {"pid": int(dead), "host": socket.gethostname(), "started": "2026-11-29T10:00:00+08:00"}))
    started = time.monotonic()
    lock = OutputLock(out / ".state", out).acquire()
    took = time.monotonic() - started
    try:
        assert lock.taken_over["pid"] == int(dead)
        assert _holder(out)["pid"] == os.getpid()
        assert took < 1
    finally:
        lock.release()
    stats = run_batch([str(ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml")], out, pdf=False,
                      jobs=1, as_of=dt.date.fromisoformat(AS_OF))
    assert stats.total == 1 and stats.checked == 1 and stats.taken_over is None   # released
    # the CLI says when it took a dead run's lock over
    (out / ".state" / "lock").write_text(json.dumps(
        {"pid": int(dead), "host": socket.gethostname(), "started": "2026-11-29T10:00:00+08:00"}))
    r = subprocess.run([sys.executable, "-m", "readiness", "batch", str(EXPORT), "-o", str(out),
                        "--no-pdf", "--jobs", "1", "--as-of", AS_OF],
                       capture_output=True, text=True, cwd=ROOT, timeout=120, env=ENV)
    assert r.returncode == 2                  # the export's broken row
    assert (f"catatan: run sebelumnya di folder ini (pid {dead} di {socket.gethostname()}, mulai "
            "2026-11-29T10:00:00+08:00) berhenti tanpa melepas kuncinya; kunci diambil alih") in r.stderr


def test_a_held_folder_is_refused_in_process(tmp_path):
    out = tmp_path / "out"
    with OutputLock(out / ".state", out):
        with pytest.raises(InputError) as e:
            run_batch([str(EXPORT)], out, pdf=False, jobs=1, as_of=dt.date.fromisoformat(AS_OF))
    assert e.value.code == "output_busy" and e.value.args_["pid"] == os.getpid()
    assert not (out / "summary.csv").exists()


# ------------------------------------------------------------------------------ the manifest

def test_manifest_and_resume_with_other_options_refused(tmp_path, capsys):
    out = tmp_path / "out"
    assert cli("batch", str(EXPORT), "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF) == 2
    m = manifest.read(out)
    assert m["status"] == "complete" and m["as_of"] == AS_OF
    assert m["edition"] == "mandalika-motogp@2027.3" and m["inputs"] == [str(EXPORT)]
    assert m["options"] == {"pdf": False, "summary_pdf": False, "lang": "id", "draft": False,
                            "mapping": None, "gap_reports": "html"}
    assert m["outputs"] == ["errors.csv", "results.jsonl", "summary.csv", "summary.xlsx"]
    assert not list(out.glob(".manifest.json*"))        # written atomically
    capsys.readouterr()
    before = (out / "summary.csv").read_bytes()
    code = cli("batch", str(EXPORT), "-o", str(out), "--no-pdf", "--jobs", "1", "--lang", "en",
               "--resume")
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1
    assert "--resume cannot continue the run in" in err[0]
    assert "--lang differs (that run: id; now: en)" in err[0]
    assert (out / "summary.csv").read_bytes() == before            # nothing touched
    # the same options (without --as-of, the date of the run it continues): everything reused
    stats = run_batch([str(EXPORT)], out, pdf=False, jobs=1, resume=True)
    assert stats.reused == 8 and stats.checked == 0 and stats.total == 8
    assert manifest.read(out)["as_of"] == AS_OF
    # an edition of its own is a difference too
    with pytest.raises(InputError) as e:
        run_batch([str(EXPORT)], out, pdf=False, jobs=1, resume=True,
                  standard="mandalika-motogp@2027.1")
    assert e.value.args_["what"] == "standar"
    # a resume after an upgrade (the desk restarted) is not refused: nothing old is reused
    manifest.write(out, dict(manifest.read(out), readiness="0.0.1"))
    stats = run_batch([str(EXPORT)], out, pdf=False, jobs=1, resume=True)
    assert stats.reused == 0 and stats.checked == 8


def test_no_pdf_rerun_removes_the_old_documents_and_summary_pdf(tmp_path, capsys):
    out = tmp_path / "out"
    dossiers = ROOT / "examples" / "dossiers"
    inputs = [str(dossiers / "kopi-sembalun.yaml"), str(dossiers / "dapur-inaq-sari.yaml")]
    assert cli("batch", *inputs, "-o", str(out), "--draft", "--jobs", "1", "--as-of", AS_OF) == 1
    assert (out / "summary.pdf").exists() and len(list((out / "documents").iterdir())) == 2
    assert manifest.read(out)["documents"] == 2
    capsys.readouterr()
    code = cli("batch", inputs[0], "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF)
    err = capsys.readouterr().err
    assert code == 0
    assert not (out / "summary.pdf").exists() and not (out / "documents").exists()
    # the certificate went as its business's document changed (no PDF); the rest at the end
    assert "2 keluaran run sebelumnya yang tidak ditulis ulang oleh run ini dihapus" in err
    assert "summary.pdf" in err and "documents/dapur-inaq-sari.html" in err
    assert [r["Nama usaha"] for r in read_csv(out / "summary.csv")] == ["UD Kopi Sembalun Lestari"]
    assert manifest.read(out)["options"]["pdf"] is False
    # PDFs again, one business fewer: the other's document is gone, the summary.pdf is back
    assert cli("batch", *inputs, "-o", str(out), "--draft", "--jobs", "1", "--as-of", AS_OF) == 1
    assert cli("batch", inputs[1], "-o", str(out), "--draft", "--jobs", "1", "--as-of", AS_OF) == 1
    docs = sorted(p.name for p in (out / "documents").iterdir())
    assert len(docs) == 1 and docs[0].startswith("dapur") and (out / "summary.pdf").exists()


# ------------------------------------------------------------------------------ Ctrl-C, the bar

def test_ctrl_c_says_how_to_resume_then_resume_completes(tmp_path):
    pop, out = tmp_path / "pop", tmp_path / "out"
    # markers are written a chunk (64) at a time: 200 businesses at 0.1 s make ~6 s between
    # the first chunk's markers and the end, for the interrupt to land in on a loaded machine
    n = 200
    population(pop, n)
    run = subprocess.Popen([*_slow_cli(tmp_path, delay=0.1), "batch", str(pop), "-o", str(out),
                            "--no-pdf", "--jobs", "2", "--as-of", AS_OF],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                           start_new_session=True, env=ENV)
    idx = out / ".state" / "gen-1.index.jsonl"
    _wait_for(lambda: idx.exists() and idx.read_bytes().count(b"\n") >= 32, 60)
    os.killpg(run.pid, signal.SIGINT)               # as a terminal's Ctrl-C: the whole group
    err = run.communicate(timeout=60)[1]
    assert run.returncode == 130, err
    assert "Traceback" not in err and "Warning" not in err and "warning" not in err, err
    last = err.strip().splitlines()[-1]
    assert last.startswith("dihentikan; hasil yang sudah selesai tersimpan di ") and "--resume" in last
    assert _holder(out) == {}
    stats = run_batch([str(pop)], out, pdf=False, jobs=2, resume=True)
    assert stats.reused >= 32 and stats.reused + stats.checked == n
    assert len((out / "results.jsonl").read_text(encoding="utf-8").splitlines()) == n


class _Tty:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s

    def flush(self):
        pass


def test_bar_from_the_search_to_the_end():
    tty = _Tty()
    bar = Bar("id", show=True, stream=tty)
    bar.found(0)
    assert "Mencari berkas: 0 usaha ditemukan" in tty.text          # the first second
    bar.start(1200)
    assert "Memeriksa [" in tty.text and "0/1.200 usaha (0%) · menghitung sisa waktu" in tty.text
    bar.started -= 10                                                # 10 s for 600
    bar.last = 0
    bar.step(600)
    assert "600/1.200 usaha (50%) · sisa ± 10 dtk" in tty.text
    bar.step(600)
    assert "1.200/1.200 usaha (100%) · selesai dalam 10 dtk" in tty.text
    bar.close()
    assert tty.text.endswith("\n")
    # a caller's callable gets (done, total), a quiet bar writes nothing
    calls = []
    b = Bar.make(lambda d, t: calls.append((d, t)))
    b.start(2)
    b.step()
    b.step()
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    quiet = Bar("id", show=False, stream=tty)
    before = tty.text
    quiet.found(5)
    quiet.start(3)
    quiet.step(3)
    quiet.close()
    assert tty.text == before


def test_quiet_when_stderr_is_not_a_terminal(tmp_path):
    out = tmp_path / "out"
    r = subprocess.run([sys.executable, "-m", "readiness", "batch", str(EXPORT), "-o", str(out),
                        "--no-pdf", "--jobs", "1", "--as-of", AS_OF],
                       capture_output=True, text=True, cwd=ROOT, timeout=120, env=ENV)
    assert "Memeriksa" not in r.stderr and "\r" not in r.stderr
    assert ("8 usaha: 1 tersertifikasi (1 bersyarat), 7 belum, 0 tidak dapat diperiksa "
            "(diperiksa 8 + dipakai ulang 0 + gagal 0 = 8)") in r.stderr


# ------------------------------------------------------------------------------ the pool never hangs

def test_a_worker_that_dies_or_a_business_that_raises_is_one_row(tmp_path, monkeypatch):
    """One dossier kills its worker every time, another makes the result's row raise: each
    gets one errors.csv row and every other business its result (2 workers: the pool is
    forked after the patch, so the workers have it too)."""
    import readiness.batch.work as runner

    pop, out = tmp_path / "pop", tmp_path / "out"
    population(pop, 12)
    check, row = runner.check_source, runner.summary_row

    def deadly(src, path, *a, **k):
        if str(path).endswith("d0003.yaml"):
            os._exit(9)
        return check(src, path, *a, **k)

    def broken_row(res):
        if res.business["name"].endswith(" 0007"):
            raise RuntimeError("row cannot be made")
        return row(res)

    monkeypatch.setattr(runner, "check_source", deadly)
    monkeypatch.setattr(runner, "summary_row", broken_row)
    for jobs in (2, 1):
        if jobs == 1:       # in this process a dying "worker" would be the test: raise only
            monkeypatch.setattr(runner, "check_source", check)
        stats = run_batch([str(pop)], out, pdf=False, jobs=jobs, as_of=dt.date.fromisoformat(AS_OF))
        assert stats.total == 12 and stats.exit_code == 2
        errors = [r for r in read_csv(out / "errors.csv") if r["Tingkat"] == "error"]
        assert [r["Jenis"] for r in errors] == (["check_failed", "check_failed"] if jobs == 2
                                                else ["check_failed"])
        if jobs == 2:
            assert "mati tiga kali" in errors[0]["Keterangan"] and errors[0]["Berkas"].endswith("d0003.yaml")
            assert stats.worker_restarts >= 3
        assert "RuntimeError: row cannot be made" in errors[-1]["Keterangan"]
        rows = read_csv(out / "summary.csv")
        assert len(rows) == 12
        assert sum(r["Status"] == "galat" for r in rows) == (2 if jobs == 2 else 1)


def test_an_unfinished_run_started_over_is_said(tmp_path, capsys):
    """Without --resume, a folder holding an unfinished run (its manifest says running) is
    started over, and the run says so rather than dropping its state silently."""
    out = tmp_path / "out"
    one = str(ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml")
    run_batch([one], out, pdf=False, jobs=1, as_of=dt.date.fromisoformat(AS_OF))
    m = manifest.read(out)
    manifest.write(out, dict(m, status="running"))
    capsys.readouterr()
    assert cli("batch", one, "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF) == 0
    err = capsys.readouterr().err
    assert "run sebelumnya di folder ini belum selesai dan diulang dari awal (tanpa --resume)" in err
    assert manifest.read(out)["status"] == "complete"
    capsys.readouterr()
    assert cli("batch", one, "-o", str(out), "--no-pdf", "--jobs", "1", "--as-of", AS_OF) == 0
    assert "belum selesai" not in capsys.readouterr().err
