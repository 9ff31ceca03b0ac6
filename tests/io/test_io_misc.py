"""Odd corners: values PyYAML's constructors choke on, kind detection, the pure-Python
fallback when libyaml is missing, file system errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from readiness.errors import InputError
from readiness.load import load_data

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("raw,word", [
    (b"a: " + b"9" * 5000 + b"\n", "as int"),
    (b"a: 0x_\n", "as int"),
    (b'{"a": ' + b"9" * 5000 + b"}", "JSON value not accepted"),
    (b'{"a": NaN}', "NaN"),
    (b"a: =\n", "not allowed"),
    (b"a: !!set {x}\n", "!!set"),
    (b"<<: 1\n", "merge key"),
    (b"a: &a {<<: *a}\n", "recursive"),
    (b"  # only a comment\n", "no data"),
    (b'{"a": 1,}', "JSON syntax error"),
    (b'{"a": ["\\ud800"]}', "unpaired surrogate"),
    (b'{"\\uDFFF": 1}', "unpaired surrogate"),
])
def test_odd_values_refused(raw, word):
    name = "x.json" if raw.startswith(b"{") else "x.yaml"
    with pytest.raises(InputError) as ei:
        load_data(raw, name=name)
    assert word in ei.value.one_line()


def test_kind_detection():
    assert load_data(b"{a: 1}") == {"a": 1}  # looks like JSON, is YAML: accepted as YAML
    with pytest.raises(InputError) as ei:
        load_data(b'{"a": [1,}', name="x.json")
    assert (ei.value.line, ei.value.column) == (1, 10)
    assert load_data(b"[1, 2]", kind="json") == [1, 2]
    assert load_data(b"a: 1", name="noext", kind="yaml") == {"a": 1}
    with pytest.raises(InputError):
        load_data(b"a: 1", name="x.json")  # .json means JSON


def test_missing_and_directory(tmp_path):
    with pytest.raises(InputError) as ei:
        load_data(tmp_path / "nope.yaml")
    assert ei.value.one_line() == f"{tmp_path / 'nope.yaml'}: file not found"
    with pytest.raises(InputError) as ei:
        load_data(tmp_path)
    assert "directory" in ei.value.message


def test_pure_python_fallback_behaves_the_same():
    code = f"""
import yaml
del yaml.CSafeLoader
import sys; sys.path.insert(0, {str(ROOT)!r})
from readiness import load as loader
from readiness.errors import InputError
assert not loader.C_LOADER
import glob
for f in glob.glob({str(ROOT / 'examples/dossiers/*.yaml')!r}):
    loader.load_data(f)
for f, word in [("duplicate-key.yaml", "first at line 5"), ("alias-bomb.yaml", "alias"),
                ("deep-nesting.yaml", "too deep"), ("control-char.yaml", "#x0007")]:
    try:
        loader.load_data({str(ROOT / 'tests/io/corpus')!r} + "/" + f)
    except InputError as e:
        assert word in e.one_line(), e.one_line()
    else:
        raise SystemExit(f + " accepted")
try:
    loader.load_data(b"- " * 5000 + b"x", name="deep.yaml")
except InputError as e:
    assert "too deep" in e.message, e.one_line()
print("ok")
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.stdout.strip() == "ok", out.stderr


def test_surrogate_pair_escape_accepted():
    assert load_data(b'{"a": "\\ud83d\\ude00"}', name="x.json") == {"a": "\U0001f600"}
