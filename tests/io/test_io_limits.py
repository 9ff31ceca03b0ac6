"""Limits: size (before reading), nesting depth, aliases and what they expand to, node count."""

from __future__ import annotations

import time

import pytest

from readiness.errors import InputError
from readiness.load import Limits, load_data


def refused(raw, limits=Limits(), name="t.yaml"):
    # CPU time of this process, not wall time: an expansion would cost seconds of CPU, and a
    # loaded CI machine must not make a refusal look slow
    t0 = time.process_time()
    with pytest.raises(InputError) as ei:
        load_data(raw, name=name, limits=limits)
    return ei.value, time.process_time() - t0


def test_billion_laughs_refused_fast_without_expanding():
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 10):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    e, dt = refused("\n".join(lines).encode())
    assert dt < 1.0, dt                # ~0.02 s here; expanding would take minutes
    assert "alias" in e.message and e.line is not None


def test_few_aliases_huge_expansion_refused_fast():
    # 48 aliases (under max_aliases) that would expand to 2**25 values
    lines = ["l0: &l0 [x, x]"] + [f"l{i}: &l{i} [*l{i - 1}, *l{i - 1}]" for i in range(1, 25)]
    e, dt = refused("\n".join(lines).encode())
    assert dt < 1.0, dt                # ~0.02 s here; expanding would take minutes
    assert "expand to too many values" in e.message


def test_alias_count_limit():
    text = "base: &b {x: 1}\n" + "".join(f"k{i}: *b\n" for i in range(51))
    e, _ = refused(text.encode())
    assert "too many YAML aliases: more than 50" in e.message
    ok = "base: &b {x: 1}\n" + "".join(f"k{i}: *b\n" for i in range(50))
    data = load_data(ok.encode(), name="t.yaml")
    assert data["k49"] == {"x": 1}


def test_aliased_values_are_copies_not_shared():
    data = load_data(b"a: &a {x: [1]}\nb: *a\n", name="t.yaml")
    assert data["a"] == data["b"] and data["a"] is not data["b"]
    assert data["a"]["x"] is not data["b"]["x"]


def test_merge_keys_work_and_explicit_keys_win():
    text = b"base: &b {x: 1, y: 2}\nother: &o {y: 3, z: 4}\nm:\n  <<: [*b, *o]\n  x: 9\n"
    assert load_data(text, name="t.yaml")["m"] == {"x": 9, "y": 2, "z": 4}


def test_oversized_file_refused_before_reading(tmp_path, monkeypatch):
    p = tmp_path / "big.yaml"
    p.write_bytes(b"a: " + b"x" * 5000 + b"\n")
    import builtins
    opened = []
    real_open = builtins.open
    monkeypatch.setattr(builtins, "open", lambda *a, **k: opened.append(a) or real_open(*a, **k))
    e, _ = refused(p, limits=Limits(max_bytes=4096), name=None)
    assert "file too large" in e.message and "4096" in e.message
    assert e.file == str(p)
    assert opened == []  # refused from stat, the file was never opened


def test_oversized_bytes_and_default_limit(tmp_path):
    e, _ = refused(b"a: " + b"x" * (4 * 1024 * 1024))
    assert "file too large" in e.message
    p = tmp_path / "big.yaml"
    p.write_bytes(b"# " + b"x" * (4 * 1024 * 1024) + b"\n")
    e, _ = refused(p)
    assert "file too large" in e.message


def test_fifo_refused_without_blocking(tmp_path):
    # a fifo would block the reader until someone writes (and never end if they keep writing):
    # only regular files are read, refused at once without a writer
    import os
    import time

    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    t = time.monotonic()
    e, _ = refused(fifo, limits=Limits(max_bytes=1000))
    assert time.monotonic() - t < 5
    assert "not a regular file but a named pipe (FIFO)" in e.message


def test_device_refused(tmp_path):
    e, _ = refused("/dev/zero")
    assert "character device" in e.message


@pytest.mark.parametrize("depth,ok", [(40, True), (41, False)])
def test_depth_limit_flow(depth, ok):
    text = ("[" * depth + "1" + "]" * depth).encode()
    if ok:
        assert load_data(text, name="t.yaml") is not None
        assert load_data(text, name="t.json") is not None
    else:
        e, _ = refused(text)
        assert "nesting too deep: more than 40 levels" in e.message
        e, _ = refused(text, name="t.json")
        assert "nesting too deep" in e.message


def test_depth_through_aliases():
    inner = "[" * 30 + "1" + "]" * 30
    text = f"a: &a {inner}\nb: " + "[" * 15 + "*a" + "]" * 15 + "\n"
    e, _ = refused(text.encode())
    assert "nesting too deep" in e.message


def test_very_deep_input_refused_not_crashing():
    for text in ("[" * 100_000, "- " * 100_000 + "x", '{"a":' * 100_000):
        e, dt = refused(text.encode(), name="t.json" if text.startswith("{") else "t.yaml")
        assert dt < 1.0


def test_node_count_limit_on_huge_flat_list_bounded_before_composing():
    text = ("[" + "0," * 300_000 + "0]").encode()
    e, dt = refused(text)
    assert "too many values: more than 200000" in e.message
    assert dt < 2.0
    e, _ = refused(text, name="t.json")
    assert "too many values" in e.message


def test_limits_are_configurable():
    text = b"a: [1, 2, 3, 4, 5]\n"
    e, _ = refused(text, limits=Limits(max_nodes=4))
    assert "too many values" in e.message
    e, _ = refused(b"a: {b: {c: 1}}\n", limits=Limits(max_depth=2))
    assert "more than 2 levels" in e.message
    assert Limits().max_products == 500
