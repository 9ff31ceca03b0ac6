"""One generic test runs every rule fixture (tests/fixtures/rules/<ID>.yaml): an example
dossier, edits, and the status (and severity) the rule must give (sqlfluff's yaml test cases)."""

from __future__ import annotations

import copy
import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from readiness.api import check_data
from readiness.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = sorted((ROOT / "tests" / "fixtures" / "rules").glob("*.yaml"))
AS_OF = dt.date(2026, 11, 27)
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _tokens(path: str) -> list:
    return [int(i) if i else name for name, i in _TOKEN.findall(path)]


def _set(data, path, value):
    toks = _tokens(path)
    cur = data
    for t, nxt in zip(toks, toks[1:], strict=False):
        if isinstance(t, int):
            cur = cur[t]
        else:
            if cur.get(t) is None:
                cur[t] = [] if isinstance(nxt, int) else {}
            cur = cur[t]
    last = toks[-1]
    if isinstance(last, int) and last == len(cur):
        cur.append(value)
    else:
        cur[last] = value


def _delete(data, path):
    toks = _tokens(path)
    cur = data
    for t in toks[:-1]:
        cur = cur[t]
    if isinstance(toks[-1], int):
        del cur[toks[-1]]
    else:
        cur.pop(toks[-1], None)


def _cases():
    for f in FIXTURES:
        spec = yaml.safe_load(f.read_text(encoding="utf-8"))
        for i, case in enumerate(spec["cases"]):
            yield pytest.param(spec, case, id=f"{spec['rule']}-{i}-{case['name'][:40]}")


@pytest.fixture(scope="module")
def bases():
    cache = {}

    def get(name):
        if name not in cache:
            cache[name] = yaml.safe_load((ROOT / "examples" / "dossiers" / f"{name}.yaml").read_text())
        return copy.deepcopy(cache[name])

    return get


@pytest.mark.parametrize("spec,case", list(_cases()))
def test_rule_case(spec, case, bases):
    data = bases(case.get("base", spec["base"]))
    for path in case.get("delete", []):
        _delete(data, path)
    for path, value in (case.get("set") or {}).items():
        _set(data, path, value)
    rs = load_standard(case.get("standard", spec.get("standard", "mandalika-motogp@2027.1")))
    decisions = None
    if case.get("verdicts"):  # officers' verdicts on manual rules (product: index)
        from readiness.decisions import Decisions, ManualVerdict

        decisions = Decisions(verdicts=tuple(
            ManualVerdict(v["rule"], v.get("product"), v["verdict"], "Fixture Officer", AS_OF)
            for v in case["verdicts"]))
    result = check_data(data, rs, name="fixture", as_of=AS_OF, lang="en", decisions=decisions)
    exp = case["expect"]
    rule = spec["rule"]
    found = [f for f in result.findings if f.rule == rule and f.product == exp.get("product")]
    if exp["status"] == "absent":
        assert found == [], f"{rule} should not be in {rs.ref}"
        return
    assert len(found) == 1, f"expected one {rule} finding for product {exp.get('product')}, got {found}"
    f = found[0]
    assert f.status == exp["status"], f"{rule}: {f.status} ({f.message}); expected {exp['status']}"
    if "severity" in exp:
        assert f.severity == exp["severity"]
    if "message_contains" in exp:
        for part in ([exp["message_contains"]] if isinstance(exp["message_contains"], str) else exp["message_contains"]):
            assert part in f.message
    if f.status in ("fail", "missing"):
        assert f.path and f.path.startswith("$."), "a gap must point at the dossier"
        assert f.message and f.message != "Met."
