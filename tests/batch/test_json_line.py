"""The compact result line (results.jsonl) is the same text whichever JSON library writes it."""

import datetime as dt
import json

import pytest

from readiness import report
from readiness.api import check_path, load_standard


def _json_text(res) -> str:
    d = res.to_dict()
    rules = d.pop("rules")
    head = json.dumps(d, ensure_ascii=False, separators=(",", ":"), default=str)
    return head[:-1] + ',"rules":' + json.dumps(rules, ensure_ascii=False, separators=(",", ":")) + "}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compact_line_equals_json_dumps(examples, lang):
    rs = load_standard(None)
    for path in sorted(examples.glob("*.yaml")):
        res = check_path(path, rs, as_of=dt.date(2026, 11, 27), lang=lang)
        line = res.to_json(indent=None)
        assert line == _json_text(res), path.name
        assert json.loads(line) == json.loads(res.to_json()), path.name


def test_text_orjson_refuses_falls_back_to_json(examples, monkeypatch):
    """Control characters, line separators and a lone surrogate (possible from a JSON dossier's
    escapes) in a message; an integer beyond 64 bits in a product."""
    res = check_path(examples / "dapur-inaq-sari.yaml", load_standard(None), as_of=dt.date(2026, 11, 27))
    res.findings[0].message = "a\x1fb\n\u2028\u00e9\U0001F600\ud800"
    res.products[0]["price_idr"] = 2 ** 70
    line = res.to_json(indent=None)
    assert line == _json_text(res)
    monkeypatch.setattr(report, "orjson", None)
    assert res.to_json(indent=None) == line


def test_orjson_writes_a_plain_result_without_falling_back(examples):
    """A result line takes the fast path: nothing in it that orjson refuses (an enum as a
    dictionary key made every line fall back to json, several times slower)."""
    orjson = pytest.importorskip("orjson")
    res = check_path(examples / "kopi-sembalun.yaml", load_standard(None), as_of=dt.date(2026, 11, 27))
    assert orjson.dumps(res._head(), default=str)
