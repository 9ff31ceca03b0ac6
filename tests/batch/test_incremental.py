"""Incremental batches: what is unchanged is reused (from the folder or a shared --cache), and
what changed is checked again, for the reason the final line gives."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

from readiness.batch import output, reuse
from readiness.batch.runner import run_batch

ROOT = Path(__file__).resolve().parents[2]
DOSSIERS = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)
CERTIFIED = {"gerabah-banyumulek", "kopi-sembalun", "lulur-mandalika", "tenun-sukarara"}


@pytest.fixture
def pop(tmp_path):
    folder = tmp_path / "pop"
    shutil.copytree(DOSSIERS, folder)
    return folder


@pytest.fixture
def db(tmp_path):
    return f"sqlite:///{tmp_path / 'register.sqlite3'}"


def _files(out: Path, skip=("summary.xlsx", "summary.pdf")) -> dict[str, bytes]:
    """Every output but the state and the ones that carry the run's time (`skip`)."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and ".state" not in p.parts and p.name not in skip
            and p.name != "manifest.json"}   # the run's record: its start and end times


def _mtimes(out: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mtime_ns for p in (out / "documents").iterdir()}


def _certs(out: Path) -> dict[str, str]:
    return {json.loads(x)["business"]["name"]: (json.loads(x).get("certificate") or {}).get("number")
            for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()}


def test_rerun_reuses_everything_and_writes_the_same_files(pop, tmp_path, db):
    pytest.importorskip("weasyprint")
    out = tmp_path / "out"
    first = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    assert (first.checked, first.reused, first.why) == (6, 0, {"new": 6})
    files, mtimes = _files(out, skip=("summary.xlsx",)), _mtimes(out)
    assert {Path(n).stem for n in files if n.startswith("documents/") and n.endswith(".pdf")} == CERTIFIED
    assert {Path(n).stem for n in files if n.endswith(".html")} == {"dapur-inaq-sari",
                                                                   "madu-hutan-sumbawa"}
    again = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    assert (again.checked, again.reused, again.why, again.rendered) == (0, 6, {}, {})
    assert _files(out, skip=("summary.xlsx",)) == files   # byte for byte (the .xlsx: its zip times)
    assert _mtimes(out) == mtimes                     # and the documents not even rewritten
    assert again.issued == {}                         # nothing asked of the register


def test_one_dossier_changed_is_the_only_one_checked(pop, tmp_path):
    out = tmp_path / "out"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    before = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    p = pop / "madu-hutan-sumbawa.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace("Syamsul Hadi", "Syamsul Hadi Baru"),
                 encoding="utf-8")
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    assert (stats.checked, stats.reused, stats.why) == (1, 5, {"dossier_changed": 1})
    after = (out / "results.jsonl").read_text(encoding="utf-8").splitlines()
    changed = [i for i, (a, b) in enumerate(zip(before, after, strict=False)) if a != b]
    assert len(after) == 6 and [json.loads(after[i])["dossier"]["file"] for i in changed] == [
        "madu-hutan-sumbawa.yaml"]


def test_a_file_the_dossier_refers_to_is_part_of_it(pop, tmp_path):
    p = pop / "madu-hutan-sumbawa.yaml"
    p.write_text(p.read_text(encoding="utf-8").replace(
        "holder: Syamsul Hadi\n", "holder: Syamsul Hadi\n      file: pkp.pdf\n"), encoding="utf-8")
    (pop / "pkp.pdf").write_bytes(b"scan 1")
    out = tmp_path / "out"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    assert run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF).checked == 0
    (pop / "pkp.pdf").write_bytes(b"scan 2")
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    assert (stats.checked, stats.why) == (1, {"dossier_changed": 1})


def test_as_of_standard_and_language_recheck_everyone_with_the_reason(pop, tmp_path):
    out = tmp_path / "out"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF + dt.timedelta(days=1))
    assert (stats.checked, stats.reused, stats.why) == (6, 0, {"as_of_changed": 6})
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF + dt.timedelta(days=1),
                      standard="mandalika-motogp@2027.1")
    assert stats.why == {"standard_changed": 6}
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF + dt.timedelta(days=1),
                      standard="mandalika-motogp@2027.1", lang="en")
    assert stats.why == {"options_changed": 6}
    # the same rule set under another file name is the same standard
    from readiness.standards import load_standard

    copy = tmp_path / "copy.yaml"
    shutil.copy(load_standard("mandalika-motogp@2022.1").source, copy)
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF, standard="mandalika-motogp@2022.1")
    assert run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF, standard=str(copy)).reused == 6
    assert run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF, reuse=False).checked == 6


def test_template_change_renders_documents_again_without_checking(pop, tmp_path, db, monkeypatch):
    pytest.importorskip("weasyprint")
    out = tmp_path / "out"
    run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    numbers = _certs(out)
    monkeypatch.setattr(output, "renderer_version", lambda: "templates of tomorrow")
    stats = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    assert (stats.checked, stats.why) == (0, {})
    assert stats.rendered == {"template_changed": 6}
    assert _certs(out) == numbers and stats.issued == {}     # same numbers, register untouched
    # gap reports as PDFs: only the gap reports are made again, certificates are kept
    stats = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db, gap_reports="pdf")
    assert stats.rendered == {"options_changed": 2} and stats.checked == 0
    docs = sorted(p.name for p in (out / "documents").iterdir())
    assert docs == sorted(f"{n}.pdf" for n in CERTIFIED | {"dapur-inaq-sari", "madu-hutan-sumbawa"})
    stats = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db, gap_reports="none")
    assert sorted(p.stem for p in (out / "documents").iterdir()) == sorted(CERTIFIED)
    summary = (out / "summary.csv").read_text(encoding="utf-8-sig")
    assert "documents/dapur" not in summary and "documents/kopi-sembalun.pdf" in summary


def test_a_revoked_certificate_is_not_kept(pop, tmp_path, db):
    pytest.importorskip("weasyprint")
    from readiness.api import revoke_certificate

    out = tmp_path / "out"
    run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    numbers = _certs(out)
    revoked = numbers["UD Kopi Sembalun Lestari"]
    revoke_certificate(revoked, reason="uji", by="tester", database_url=db)
    stats = run_batch([str(pop)], out, jobs=1, as_of=AS_OF, database_url=db)
    assert (stats.checked, stats.why) == (1, {"certificate_changed": 1})
    after = _certs(out)
    assert after["UD Kopi Sembalun Lestari"] not in (None, revoked)   # a new number, never reused
    assert {k: v for k, v in after.items() if k != "UD Kopi Sembalun Lestari"} == \
        {k: v for k, v in numbers.items() if k != "UD Kopi Sembalun Lestari"}


def test_cache_shared_between_folders_and_corrupt_entries_recomputed(pop, tmp_path, db):
    pytest.importorskip("weasyprint")
    cache = tmp_path / "cache"
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    first = run_batch([str(pop)], a, jobs=1, as_of=AS_OF, database_url=db, cache=cache)
    assert first.checked == 6
    second = run_batch([str(pop)], b, jobs=1, as_of=AS_OF, database_url=db, cache=cache)
    assert (second.checked, second.reused) == (0, 6)
    assert _files(a) == _files(b)
    # damage one stored document and one stored result: both are noticed and made again
    stored = [p for kind in ("blobs", "results") for p in sorted((cache / kind).rglob("*"))
              if p.is_file()]
    html = next(p for p in stored if b"<!DOCTYPE" in p.read_bytes()[:20]
                and b"Dapur Inaq Sari" in p.read_bytes())
    html.write_bytes(html.read_bytes().replace(b"<body>", b"<body>x", 1))
    result = next(p for p in stored if "results" in p.parts and b"Sanggar Gerabah" in p.read_bytes())
    result.write_bytes(result.read_bytes().replace(b"Sanggar Gerabah", b"Sanggar Gerabih"))
    third = run_batch([str(pop)], c, jobs=1, as_of=AS_OF, database_url=db, cache=cache)
    assert (third.checked, third.why, third.rendered, third.reused) == (
        1, {"new": 1}, {"damaged": 1}, 5)
    assert _certs(c) == _certs(a)                     # checked again: the same certificate
    fc, fa = _files(c), _files(a)
    assert fc.pop("documents/gerabah-banyumulek.pdf") != fa.pop("documents/gerabah-banyumulek.pdf")
    assert fc == fa                                   # (a new signature: signed at another time)


def test_cli_final_line_says_what_was_reused(pop, tmp_path, capsys):
    from readiness.cli import main

    out = tmp_path / "out"
    args = ["batch", str(pop), "-o", str(out), "--no-pdf", "--jobs", "1", "--lang", "en"]
    for as_of in ("2026-11-27", "2026-11-27", "2026-11-28"):
        with pytest.raises(SystemExit):
            main([*args, "--as-of", as_of])
    lines = capsys.readouterr().err.strip().splitlines()
    finals = [x for x in lines if x.startswith("reused")]
    assert finals == ["reused 0, checked 6 (6 new)", "reused 6, checked 0",
                      "reused 0, checked 6 (6 as-of date changed)"]
    assert lines[-1] == finals[-1]                                    # the run's last line


def test_unchanged_files_are_not_read_again(pop, tmp_path, monkeypatch):
    """A dossier whose size, mtime and inode are those of its marker is not hashed again
    (unless it was modified within 2 s of that run: a coarse clock could hide an edit)."""
    import os

    old = 1_700_000_000
    for p in pop.iterdir():
        os.utime(p, (old, old))
    out = tmp_path / "out"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    hashed = []
    real = reuse._file_sha
    monkeypatch.setattr(reuse, "_file_sha", lambda path: hashed.append(path) or real(path))
    assert run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF).reused == 6
    assert hashed == []
    p = pop / "lulur-mandalika.yaml"
    p.write_text(p.read_text(encoding="utf-8") + "\n# baru\n", encoding="utf-8")
    stats = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    assert hashed == [str(p)] and stats.why == {"dossier_changed": 1}


def test_the_same_folder_spelled_otherwise_reuses_everything(pop, tmp_path, monkeypatch):
    """Input identity is the content and the path under the folder given: an absolute path,
    a relative one from another working directory and a symbolic link are the same inputs
    (issue 25: a "no-op" once re-checked a whole province); the markers name the inputs as
    this run spells them."""
    out = tmp_path / "out"
    first = run_batch([str(pop.absolute())], out, pdf=False, jobs=1, as_of=AS_OF)
    assert first.checked == 6
    link = tmp_path / "link"
    link.symlink_to(pop, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    for spelled in ("pop", "./pop/", str(link), "link"):
        again = run_batch([spelled], out, pdf=False, jobs=1, as_of=AS_OF)
        assert (again.checked, again.reused, again.why) == (0, 6, {}), spelled
        index = (out / ".state" / "index.jsonl").read_text(encoding="utf-8").splitlines()
        assert {str(Path(json.loads(x)["source"]).parent) for x in index} == {str(Path(spelled))}
    (pop / "sub").mkdir()
    shutil.move(pop / "kopi-sembalun.yaml", pop / "sub" / "kopi-sembalun.yaml")
    moved = run_batch(["pop"], out, pdf=False, jobs=1, as_of=AS_OF)
    assert (moved.checked, moved.why) == (1, {"dossier_changed": 1})


def test_summaries_are_written_again_only_when_a_row_changed(pop, tmp_path):
    """A rerun where every marker is the finished index's, in its place, writes no summary
    again; one changed business rewrites them, the rows before it read back from the index,
    the same bytes as a run from scratch (issue 25)."""
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    names = ("summary.csv", "summary.xlsx", "errors.csv")
    before = {n: (out / n).stat().st_mtime_ns for n in names}
    index = (out / ".state" / "index.jsonl").read_bytes()
    assert run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF).reused == 6
    assert {n: (out / n).stat().st_mtime_ns for n in names} == before
    assert (out / ".state" / "index.jsonl").read_bytes() == index       # each line as it was
    p = pop / "tenun-sukarara.yaml"                                      # the last but one
    p.write_text(p.read_text(encoding="utf-8").replace("Sukarara", "Sukarare", 1), encoding="utf-8")
    again = run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    assert (again.checked, again.reused) == (1, 5)
    run_batch([str(pop)], fresh, pdf=False, jobs=1, as_of=AS_OF)
    assert (out / "summary.csv").read_bytes() == (fresh / "summary.csv").read_bytes()
    assert (out / "summary.csv").stat().st_mtime_ns != before["summary.csv"]


def test_the_old_index_is_not_held_in_memory(pop, tmp_path):
    """A rerun keeps where each earlier marker is (an int per business), not the markers."""
    out = tmp_path / "out"
    run_batch([str(pop)], out, pdf=False, jobs=1, as_of=AS_OF)
    old = reuse._Old(out)
    assert len(old.entries) == 6 and all(isinstance(v, int) for v in old.entries.where.values())
    e, res = old.entries.get("kopi-sembalun")
    assert e["key"] == "kopi-sembalun" and res == out / "results.jsonl"
    old.entries.close()
