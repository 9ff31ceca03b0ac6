"""One file per kind of bad input (tests/io/corpus/): each is refused with an InputError that
names the file, and the line where there is one."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from readiness.errors import InputError
from readiness.load import load_data

CORPUS = Path(__file__).parent / "corpus"

# file, words the message must contain, line (None: no line to give)
BAD = [
    # the line where the slip is (the quote opened on line 4, libyaml gives up on line 6)
    ("syntax-error.yaml", ["YAML syntax error", "quote opened on line 4"], 4),
    ("syntax-error-indent.yaml", ["YAML syntax error", "line 4 is not indented like"], 4),
    ("empty.yaml", ["file is empty"], None),
    ("blank.yaml", ["file is empty"], None),
    ("duplicate-key.yaml", ["duplicate key 'nib' at line 7 (first at line 5)"], 7),
    ("duplicate-key.json", ["duplicate key 'nib' at line 5 (first at line 4)"], 5),
    ("alias-bomb.yaml", ["aliases"], None),
    ("alias-bomb-few-aliases.yaml", ["expand to too many values"], None),
    ("alias-recursive.yaml", ["recursive YAML alias", "anchored at line 1"], 1),
    ("deep-nesting.yaml", ["nesting too deep", "40"], 1),
    ("deep-nesting-block.yaml", ["nesting too deep", "40"], 41),
    ("deep-nesting.json", ["nesting too deep", "40"], None),
    ("binary.yaml", ["must be UTF-8 text"], None),
    ("latin1.yaml", ["must be UTF-8 text", "0xE9", "Latin-1"], 3),
    ("utf16-nobom.yaml", ["must be UTF-8 text", "NUL"], 1),
    ("utf16-bom.yaml", ["must be UTF-8 text", "UTF-16"], 1),
    ("python-tag.yaml", ["!!python/object/apply:os.system", "not allowed"], 3),
    ("custom-tag.yaml", ["'!Business' is not allowed"], 2),
    ("binary-tag.yaml", ["!!binary", "not allowed"], 2),
    ("complex-key.yaml", ["mapping key must be plain text"], 2),
    ("multi-document.yaml", ["YAML syntax error", "more than one document"], 2),
    ("control-char.yaml", ["not allowed", "#x0007"], 3),
]


@pytest.mark.parametrize("fname,words,line", BAD, ids=[b[0] for b in BAD])
def test_bad_file_refused_with_file_and_line(fname, words, line):
    path = CORPUS / fname
    t0 = time.process_time()           # CPU time: a loaded machine must not make it look slow
    with pytest.raises(InputError) as ei:
        load_data(path)
    assert time.process_time() - t0 < 1.0
    e = ei.value
    assert e.file == str(path)
    msg = e.one_line()
    assert "\n" not in msg
    assert msg.startswith(str(path))
    for w in words:
        assert w in msg, msg
    if line is not None:
        assert e.line == line, msg
        assert f"{path}:{line}:" in msg
    if e.line is not None:
        assert e.column is not None and e.column >= 1


@pytest.mark.parametrize("fname,words,line", BAD, ids=[b[0] for b in BAD])
def test_bad_bytes_use_given_name(fname, words, line):
    with pytest.raises(InputError) as ei:
        load_data((CORPUS / fname).read_bytes(), name=fname)
    assert ei.value.file == fname
    assert ei.value.one_line().startswith(fname)


def test_python_tag_is_never_executed(tmp_path, monkeypatch):
    import os
    calls = []
    monkeypatch.setattr(os, "system", lambda *a: calls.append(a))
    with pytest.raises(InputError):
        load_data(CORPUS / "python-tag.yaml")
    assert calls == []
