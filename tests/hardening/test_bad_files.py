"""The adversary's corpus, for dossiers (`check`) and rule sets (`standards validate`): every
kind of bad file gives exit 2, one message naming the file (and the line where there is one),
no traceback, and no output file left behind."""

from __future__ import annotations


import pytest

from tests.support.cli import run
from tests.support.corpus import GOOD_DOSSIER, GOOD_STANDARD, assert_clean_failure, corpus
from tests.support.paths import ROOT

DOSSIER_CORPUS = corpus(GOOD_DOSSIER)
STANDARD_CORPUS = corpus(GOOD_STANDARD)


@pytest.mark.parametrize("name", list(DOSSIER_CORPUS))
def test_dossier_corpus(name, tmp_path):
    data, needles = DOSSIER_CORPUS[name]
    f = tmp_path / f"{name}.yaml"
    f.write_bytes(data)
    out = tmp_path / "result.json"
    p = run("check", f, "--format", "json", "-o", out)
    assert_clean_failure(p, f"{name}.yaml", needles)
    assert list(tmp_path.iterdir()) == [f]  # nothing written, not even a temporary file


@pytest.mark.parametrize("name", list(STANDARD_CORPUS))
def test_standard_corpus(name, tmp_path):
    data, needles = STANDARD_CORPUS[name]
    f = tmp_path / f"{name}.yaml"
    f.write_bytes(data)
    p = run("standards", "validate", f)
    assert_clean_failure(p, f"{name}.yaml", needles)


def test_good_files_pass(tmp_path):
    f = tmp_path / "std.yaml"
    f.write_text(GOOD_STANDARD)
    assert run("standards", "validate", f).code == 0
    f = tmp_path / "d.yaml"
    f.write_text(GOOD_DOSSIER)
    assert run("check", f, "--format", "json", "-o", tmp_path / "o.json").code == 0


@pytest.mark.parametrize("ref", ["../secret.png", "/etc/passwd", "http://127.0.0.1:9/x.png", "file:///etc/passwd"])
def test_file_references_stay_inside(ref, tmp_path):
    text = GOOD_DOSSIER.replace("      area_cm2: 96\n", f"      area_cm2: 96\n      photo: \"{ref}\"\n")
    f = tmp_path / "d.yaml"
    f.write_text(text)
    p = run("check", f)
    assert_clean_failure(p, "d.yaml", ["refused"])
    assert "$.products[0].label.photo" in p.err


@pytest.mark.parametrize("key", ['"\\x66ile"', '"ph\\u006fto"', "'photo'"])
def test_escaped_file_keys_are_still_checked(key, tmp_path):
    """check_path skips the file-reference walk when the text cannot name a file key; a key
    spelt with escapes must not slip past that shortcut."""
    base = GOOD_DOSSIER.replace("status: filed", "status: registered")
    assert "file" not in base and "photo" not in base and "\\" not in base
    text = base.replace("      area_cm2: 96\n", f"      area_cm2: 96\n      {key}: ../secret.png\n")
    f = tmp_path / "d.yaml"
    f.write_text(text)
    p = run("check", f)
    assert_clean_failure(p, "d.yaml", ["refused"])


def test_symlink_out_refused(tmp_path):
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"x")
    inner = tmp_path / "dossier"
    inner.mkdir()
    (inner / "label.png").symlink_to(outside)
    text = GOOD_DOSSIER.replace("      area_cm2: 96\n", "      area_cm2: 96\n      photo: label.png\n")
    (inner / "d.yaml").write_text(text)
    p = run("check", inner / "d.yaml")
    assert_clean_failure(p, "d.yaml", ["outside"])


def test_too_many_products(tmp_path):
    import yaml

    d = yaml.safe_load(GOOD_DOSSIER)
    import copy

    d["products"] = [copy.deepcopy(p) for p in d["products"] * 300]
    f = tmp_path / "many.yaml"
    f.write_text(yaml.safe_dump(d))
    p = run("check", f)
    assert_clean_failure(p, "many.yaml", ["too many products"])


def test_internal_error_is_short_without_debug(tmp_path):
    import subprocess
    import sys

    code = ("import readiness.engine as e\n"
            "def boom(*a, **k):\n    raise RuntimeError('boom')\n"
            "e.evaluate = boom\nimport readiness.api as a\na.evaluate = boom\n"
            "import sys\nfrom readiness.cli import main\n"
            f"main(['check', {str(ROOT / 'examples/dossiers/kopi-sembalun.yaml')!r}])")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert p.returncode == 3 and "internal error" in p.stderr and "Traceback" not in p.stderr
    assert "report" in p.stderr
