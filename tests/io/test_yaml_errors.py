"""YAML syntax errors in plain words (readiness.yamlerrors): the likely line and the usual cause,
in Indonesian by default and in English, through `check` and for the web form's own use."""

from __future__ import annotations

import pytest
import yaml

from readiness.errors import InputError
from readiness.load import load_data
from readiness.yamlerrors import explain_yaml_error

HEAD = "format: readiness-dossier/1\nbusiness:\n"
CASES = [  # (name, body after HEAD, line, Indonesian words, English words)
    ("tab", '  name: UD Contoh\n\tnib: "9120301234567"\nproducts: []\n', 4,
     ["karakter tab", "spasi"], ["indented with a tab"]),
    ("indent_more", '  name: UD Contoh\n     nib: "9120301234567"\nproducts: []\n', 4,
     ["jarak menjorok baris 4"], ["line 4 is not indented like"]),
    ("indent_less", '  name: UD Contoh\n nib: "9120301234567"\nproducts: []\n', 4,
     ["jarak menjorok baris 4"], ["line 4 is not indented like"]),
    ("colon", '  name: Toko: Kopi Sembalun\n  nib: "9120301234567"\nproducts: []\n', 3,
     ["titik dua", 'name: "Toko: Kopi Sembalun"'], ["contains a colon", "quotes"]),
    ("quote", '  name: "UD Contoh\n  nib: "9120301234567"\n  scale: micro\nproducts: []\n', 3,
     ["tanda petik yang dibuka di baris 3"], ["quote opened on line 3"]),
    ("no_colon", '  name: "UD Contoh"\n  nib "9120301234567"\nproducts: []\n', 4,
     ["tidak punya titik dua"], ["no colon after the key"]),
]


def _exc(text: str):
    try:
        yaml.safe_load(text)
    except yaml.YAMLError as e:
        return e
    raise AssertionError("no error")


@pytest.mark.parametrize("name,body,line,id_words,en_words", CASES, ids=[c[0] for c in CASES])
def test_explained_with_line_and_cause(name, body, line, id_words, en_words):
    text = HEAD + body
    n, msg = explain_yaml_error(_exc(text), text, "id")
    assert n == line and all(w in msg for w in id_words), msg
    n, msg = explain_yaml_error(_exc(text), text, "en")
    assert n == line and all(w in msg for w in en_words), msg


@pytest.mark.parametrize("name,body,line,id_words,en_words", CASES[:4], ids=[c[0] for c in CASES[:4]])
def test_check_names_file_line_and_cause(tmp_path, name, body, line, id_words, en_words):
    p = tmp_path / f"{name}.yaml"
    p.write_text(HEAD + body, encoding="utf-8")
    with pytest.raises(InputError) as ei:
        load_data(p)
    e = ei.value
    assert e.line == line
    one = e.one_line("id")
    assert one.startswith(f"{p}:{line}") and "\n" not in one
    assert "kesalahan penulisan YAML" in one and all(w in one for w in id_words), one
    assert all(w in e.one_line("en") for w in en_words)


def test_check_cli_exit_2_plain_indonesian(tmp_path):
    from tests.support.cli import run

    p = tmp_path / "d.yaml"
    p.write_text(HEAD + CASES[0][1], encoding="utf-8")
    r = run("check", p, "--lang", "id")
    assert r.code == 2
    assert "Traceback" not in r.err
    assert f"{p}:4" in r.err and "karakter tab" in r.err
    r = run("check", p, "--lang", "en")
    assert r.code == 2 and "indented with a tab" in r.err
