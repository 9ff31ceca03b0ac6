"""The shipped example dossiers load exactly as yaml.safe_load reads them, except that dates
stay strings; locate() finds the lines a person sees in the file."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

import pytest
import yaml

from readiness.fieldpaths import json_path, parse_json_path
from readiness.load import load_data, load_source, locate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples" / "dossiers").glob("*.yaml"))


def dates_as_text(obj):
    if isinstance(obj, dict):
        return {k: dates_as_text(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [dates_as_text(v) for v in obj]
    if isinstance(obj, (datetime.date, datetime.datetime)):
        return obj.isoformat()
    return obj


def test_six_examples_present():
    assert len(EXAMPLES) == 6


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_example_loads_like_safe_load_with_dates_as_strings(path):
    data = load_data(path)
    assert data == dates_as_text(yaml.safe_load(path.read_text(encoding="utf-8")))
    # nothing but JSON types: the same data survives a JSON round trip and loads as JSON
    text = json.dumps(data, ensure_ascii=False)
    assert load_data(text.encode(), name=path.stem + ".json") == data
    assert load_data(text.encode()) == data  # sniffed from the first character


def test_dates_stay_strings():
    data = load_data(b"a: 2026-07-02\nb: 2026-07-02 10:00:00\nc: !!timestamp 2026-07-02\n"
                     b"d: '2026-07-02'\n", name="d.yaml")
    assert data == {"a": "2026-07-02", "b": "2026-07-02 10:00:00", "c": "2026-07-02",
                    "d": "2026-07-02"}


def test_scalars_like_safe_load():
    text = "a: 0x1F\nb: 0o17\nc: 1_000\nd: 1.5e3\ne: .inf\nf: yes\ng: ~\nh: '012'\ni: 012\n"
    assert load_data(text.encode(), name="s.yaml") == yaml.safe_load(text)


def line_of(path: Path, prefix: str, start: int = 0) -> int:
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if i > start and line.lstrip().startswith(prefix):
            return i
    raise AssertionError(prefix)


def test_locate_kopi_sembalun():
    path = ROOT / "examples" / "dossiers" / "kopi-sembalun.yaml"
    text = path.read_text(encoding="utf-8")
    nib = line_of(path, "nib:")
    assert nib == 9
    assert locate(text, ["business", "nib"]) == (9, text.splitlines()[8].index('"') + 1)
    assert locate(text, "$.business.nib") == locate(text, ["business", "nib"])
    # products[0].permits[1].number: the second "number:" after the first "permits:"
    permits = line_of(path, "permits:")
    first_number = line_of(path, "- type:", permits)
    second = line_of(path, "number:", line_of(path, "- type:", first_number))
    assert locate(text, ["products", 0, "permits", 1, "number"])[0] == second
    # a missing key falls back to the nearest existing ancestor (a mapping: its key's line)
    assert locate(text, ["business", "no_such_field"]) == (line_of(path, "business:"), 1)
    assert locate(text, ["products", 99, "name"]) == (line_of(path, "products:"), 1)
    assert locate(text, []) == (line_of(path, "format:"), 1)  # the root mapping, after the comments


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_locate_every_scalar_of_every_example(path):
    """Every scalar value's line holds that value's text (or its key, for block scalars)."""
    src = load_source(path)
    lines = src.text.splitlines()

    def walk(obj, p):
        if isinstance(obj, dict):
            for k, v in obj.items():
                yield from walk(v, p + [k])
        elif isinstance(obj, list):
            for i, v in enumerate(obj):
                yield from walk(v, p + [i])
        else:
            yield p, obj

    for p, value in walk(src.data, []):
        line = src.line_of(p)
        assert line is not None
        shown = lines[line - 1]
        text = value if isinstance(value, str) else str(value).lower()
        if isinstance(value, (bool, type(None))) or not isinstance(value, str):
            continue  # numbers/bools: written form may differ (1.2 vs 1.20)
        if "\n" not in text and len(text) < 60:
            assert text.split()[0] in shown or str(p[-1]) in shown, (p, shown)


def test_source_fields_and_cached_line_of(tmp_path):
    p = tmp_path / "d.yaml"
    p.write_bytes(b"a:\n  b: [1, 2]\n")
    src = load_source(p)
    import hashlib
    assert src.name == str(p) and src.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()
    assert src.line_of("$.a.b[1]") == 2 and src.line_of(["a", "b", 1]) == 2
    assert src.locate("$.a.b[1]") == (2, 10)
    assert src.line_of(("a", "b", 1)) == 2
    assert load_source(b"x: 1", name="n.yaml").name == "n.yaml"
    assert load_source(b"x: 1").name == "<input>"


def test_locate_json_and_unparsable():
    text = '{\n  "a": {\n    "b": [1,\n      2]\n  }\n}\n'
    assert locate(text, ["a", "b", 1]) == (4, 7)
    assert locate("a: [", ["a"]) is None


@pytest.mark.parametrize("path,text", [
    (["products", 0, "permits", 1, "number"], "$.products[0].permits[1].number"),
    ([], "$"),
    (["a b", 0, 'q"x'], '$["a b"][0]["q\\"x"]'),
    (["label", "halal_logo"], "$.label.halal_logo"),
])
def test_json_path_round_trip(path, text):
    assert json_path(path) == text
    assert parse_json_path(text) == path


def test_parse_json_path_relative_and_errors():
    assert parse_json_path("products[0].permits[1].number") == ["products", 0, "permits", 1,
                                                                "number"]
    with pytest.raises(ValueError):
        parse_json_path("$.a[")
