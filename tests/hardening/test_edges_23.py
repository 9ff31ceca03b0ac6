"""Issue #23's weak edges on the command line and the disk: a permit dated 9999-12-31, `-o`
into a missing folder, and the register's and the server's data kept to their owner."""

from __future__ import annotations

import os
import stat

import pytest

from tests.support.cli import run
from tests.support.paths import ROOT

KOPI = ROOT / "examples/dossiers/kopi-sembalun.yaml"


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_permit_dated_at_the_calendars_end_is_no_internal_error(date, tmp_path):
    """A P-IRT issued 9999-12-31 has an expiry past the last representable year: that was
    `ValueError: year 10004 is out of range`, exit 3 (and HTTP 500 on /periksa)."""
    text = KOPI.read_text(encoding="utf-8").replace("issued: 2024-03-01", f"issued: {date}")
    f = tmp_path / "d.yaml"
    f.write_text(text, encoding="utf-8")
    for fmt in ("text", "json"):
        p = run("check", f, "--format", fmt)
        assert p.code in (0, 1), p.err
        assert "internal" not in p.err and "internal" not in p.out


def test_output_into_a_missing_folder_is_exit_2_before_anything_is_recorded(tmp_path):
    reg = tmp_path / "r.sqlite3"
    for fmt in ("text", "json", "html", "pdf"):
        out = tmp_path / "nope" / f"x.{fmt}"
        p = run("check", KOPI, "--format", fmt, "-o", out, "--database-url", reg, "--lang", "en")
        assert p.code == 2, p.output
        assert p.err.count("\n") == 1 and "the folder" in p.err and "does not exist" in p.err
        assert "Traceback" not in p.output
    assert not (tmp_path / "nope").exists() and not reg.exists()


def test_atomic_write_into_a_missing_folder_says_so():
    from readiness.errors import InputError
    from readiness.files import atomic_write

    with pytest.raises(InputError, match="does not exist"):
        atomic_write("/nonexistent-folder-23/x.txt", b"x")


def mode(p) -> int:
    return stat.S_IMODE(os.stat(p).st_mode)


def test_a_new_register_is_readable_by_its_owner_only(tmp_path):
    from readiness.register.store import Register

    old = os.umask(0o022)
    try:
        folder = tmp_path / "data" / "readiness"
        with Register.open(folder / "register.sqlite3") as reg:
            reg.accounts.add("lalu.ahmad", "officer", "sandi-yang-panjang", actor="t")
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert mode(folder / "register.sqlite3") == 0o600
    for side in ("register.sqlite3-wal", "register.sqlite3-shm"):
        if (folder / side).exists():
            assert mode(folder / side) & 0o077 == 0, side


def test_the_servers_data_folder_is_its_owners_only(tmp_path):
    from readiness.web.settings import Settings

    d = tmp_path / "served"
    d.mkdir(mode=0o755)
    os.chmod(d, 0o755)
    Settings(data_dir=d).resolved()
    assert mode(d) == 0o700


def test_hidden_and_dot_dot_like_dossiers_are_skipped_with_a_note(tmp_path):
    """`.x.yaml`, `..x.yaml` and files in hidden folders are not checked (an editor's backup,
    a sync tool's copy), but errors.csv now says each was skipped, instead of nothing."""
    import csv
    import shutil

    folder = tmp_path / "in"
    (folder / ".sync").mkdir(parents=True)
    for name in ("kopi.yaml", ".kopi.yaml", "..kopi.yaml", ".sync/kopi.yaml"):
        shutil.copy(KOPI, folder / name)
    out = tmp_path / "out"
    p = run("batch", folder, "-o", out, "--no-pdf", "--jobs", "1", "--lang", "en")
    assert p.code in (0, 1), p.output
    with open(out / "errors.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    notes = sorted(r["Message"] for r in rows if "hidden" in r["Message"])
    assert notes == sorted(f"skipped: {n} is hidden (its name starts with a dot); rename it if "
                           "it is a dossier to check" for n in (".kopi.yaml", "..kopi.yaml",
                                                                 ".sync/"))
    assert all(r["Level"] == "warning" for r in rows if "hidden" in r["Message"])
