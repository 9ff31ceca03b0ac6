"""Bad input: exit 2, one line naming the file, the line where there is one and the field path;
no traceback."""

import pytest

from tests.support.cli import run_process as run
from tests.support.paths import ROOT

GOOD = (ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml").read_text()

CASES = {
    "syntax": ("format: readiness-dossier/1\nbusiness: {name: [unclosed\n", ["line 2", "not closed"], "2"),
    "wrong_type": (GOOD.replace("capacity_per_month: 400", "capacity_per_month: banyak"),
                   ["$.products[0].capacity_per_month"], "60"),
    "unknown_category": (GOOD.replace("category: packaged_food", "category: makanan", 1),
                         ["$.products[0].category", "packaged_food"], "50"),
    "impossible_date": (GOOD.replace("issued: 2024-03-01", "issued: 2024-02-30", 1),
                        ["$.products[0].permits[0].issued", "date"], "76"),
    "not_mapping": ("- just\n- a list\n", ["mapping"], None),
    "empty": ("", ["empty"], None),
    "missing_format": (GOOD.replace("format: readiness-dossier/1\n", ""), ["format"], None),
    "unsupported_format": (GOOD.replace("readiness-dossier/1", "readiness-dossier/9"), ["$.format", "readiness-dossier/1"], "4"),
    "unknown_field": (GOOD.replace("  nib_risk_based: true", "  nib_risk_base: true"),
                      ["$.business.nib_risk_base", "nib_risk_based"], "10"),
    "unquoted_nib": (GOOD.replace('nib: "9120301234567"', "nib: 9120301234567"), ["$.business.nib", "quotes"], "9"),
    "duplicate_key": (GOOD.replace('  nib: "9120301234567"\n', '  nib: "9120301234567"\n  nib: "1"\n'),
                      ["nib", "line 9", "10"], None),
    # the .2 fields: an unknown halal status, a negative shelf life
    "unknown_halal_status": (GOOD.replace("    shelf_life_days: 365", "    shelf_life_days: 365\n    halal_status: haram", 1),
                             ["$.products[0].halal_status", "claimed_halal", "non_halal"], "56"),
    "negative_shelf_life": (GOOD.replace("shelf_life_days: 365", "shelf_life_days: -1", 1),
                            ["$.products[0].shelf_life_days", "greater than or equal to 0", "-1"], "55"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_dossier(name, tmp_path):
    text, needles, line = CASES[name]
    f = tmp_path / f"{name}.yaml"
    f.write_text(text)
    out = tmp_path / "out.json"
    p = run("check", f, "--format", "json", "-o", out)
    assert p.returncode == 2, p.stderr
    err = p.stderr.strip()
    assert "Traceback" not in p.stderr
    assert err.startswith("error: ") and f"{name}.yaml" in err
    assert len(err.splitlines()) <= 5
    for n in needles:
        assert n in err, err
    if line:
        assert f"{name}.yaml:{line}" in err, err
    assert not out.exists()


def test_missing_file(tmp_path):
    p = run("check", tmp_path / "nope.yaml")
    assert p.returncode == 2 and "not found" in p.stderr and "Traceback" not in p.stderr


def test_unknown_standard():
    p = run("check", ROOT / "examples/dossiers/kopi-sembalun.yaml", "--standard", "mandalika-motogpp")
    assert p.returncode == 2 and "did you mean 'mandalika-motogp'" in p.stderr


def test_bad_option_is_usage_error():
    p = run("check", ROOT / "examples/dossiers/kopi-sembalun.yaml", "--format", "docx")
    assert p.returncode == 2 and "Traceback" not in p.stderr


def test_bad_as_of():
    p = run("check", ROOT / "examples/dossiers/kopi-sembalun.yaml", "--as-of", "27/11/2026")
    assert p.returncode == 2 and "--as-of" in p.stderr


def test_help_is_fast_and_light():
    import subprocess
    import sys

    code = ("import sys, readiness.cli as c\n"
            "try:\n    c.main(['--help'])\nexcept SystemExit: pass\n"
            "heavy = [m for m in ('weasyprint', 'openpyxl', 'cryptography', 'pydantic', 'jsonschema') if m in sys.modules]\n"
            "print(heavy)")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.stdout.strip().endswith("[]"), p.stdout


def test_json_check_never_imports_weasyprint():
    import subprocess
    import sys

    code = ("import sys\nfrom readiness.cli import cli\n"
            "try:\n    cli.main(['check', 'examples/dossiers/kopi-sembalun.yaml', '--format', 'json'], standalone_mode=False)\n"
            "except SystemExit: pass\n"
            "sys.stderr.write(str('weasyprint' in sys.modules))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.stderr.strip().endswith("False")


def test_errors_in_indonesian_by_default(tmp_path):
    import os

    f = tmp_path / "d.yaml"
    f.write_text(GOOD.replace("  nib_risk_based: true", "  nib_risk_base: true"))
    env = {**os.environ, "READINESS_LANG": "id"}
    p = run("check", f, env=env)
    assert p.returncode == 2
    assert p.stderr.startswith("kesalahan: ") and "kolom 'nib_risk_base' tidak dikenal" in p.stderr
    assert "mungkin maksudnya 'nib_risk_based'" in p.stderr and "d.yaml:10" in p.stderr
    p = run("check", f, "--lang", "en", env=env)
    assert "unknown field 'nib_risk_base'" in p.stderr
    f.write_text(GOOD.replace("issued: 2024-03-01", "issued: 2024-02-30", 1))
    p = run("check", f, "--lang", "id", env=env)
    assert "tanggal '2024-02-30' tidak valid" in p.stderr
