"""Property-based: whatever dossier arrives, `check` returns a result or raises the project's
own InputError, never anything else. A small budget here; `make fuzz` runs a larger one."""

from __future__ import annotations

import copy
import datetime as dt
import json
import os
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.api import check_data
from readiness.errors import InputError
from readiness.load import load_data
from readiness.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = {p.stem: yaml.safe_load(p.read_text()) for p in sorted((ROOT / "examples/dossiers").glob("*.yaml"))}
BUDGET = int(os.environ.get("READINESS_FUZZ_EXAMPLES", "60"))
RS = {v: load_standard(f"mandalika-motogp@{v}") for v in ("2022.1", "2027.1")}

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(-10**12, 10**15), st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30), st.sampled_from(["2026-02-30", "2027-10-03", "", "ID52110000123450324", "pirt",
                                           "halal", "event", "hotel", "micro", "packaged_food", "craft",
                                           "P-IRT No. 3105203010123-29", "<script>", "../../etc/passwd"]),
)
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.dictionaries(st.text(max_size=12), inner, max_size=4)),
                      max_leaves=12)


def _paths(v, prefix=()):
    yield prefix
    if isinstance(v, dict):
        for k, x in v.items():
            yield from _paths(x, prefix + (k,))
    elif isinstance(v, list):
        for i, x in enumerate(v):
            yield from _paths(x, prefix + (i,))


@st.composite
def mutated(draw):
    data = copy.deepcopy(EXAMPLES[draw(st.sampled_from(sorted(EXAMPLES)))])
    for _ in range(draw(st.integers(1, 4))):
        paths = [p for p in _paths(data) if p]
        if not paths:           # earlier mutations left nothing to change
            break
        path = draw(st.sampled_from(paths))
        parent = data
        for k in path[:-1]:
            parent = parent[k]
        action = draw(st.sampled_from(["set", "delete", "dup"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "dup" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = draw(values)
    return data


def _check(data, version="2027.1"):
    try:
        r = check_data(data, RS[version], name="fuzz.yaml", as_of=dt.date(2026, 11, 27))
    except InputError as e:
        assert e.one_line()
        return None
    d = r.to_dict()
    json.dumps(d)  # the result is always serialisable
    assert d["certified"] in (True, False)
    for f in d["findings"]:
        assert f["status"] in ("pass", "fail", "missing", "not_applicable", "waived", "manual")
    return d


@settings(max_examples=BUDGET, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(mutated(), st.sampled_from(["2022.1", "2027.1"]))
def test_mutated_dossiers_never_crash(data, version):
    _check(data, version)


@settings(max_examples=BUDGET, deadline=None)
@given(values)
def test_arbitrary_documents_never_crash(data):
    _check(data)


@settings(max_examples=BUDGET, deadline=None)
@given(mutated())
def test_yaml_round_trip_through_safe_loader(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        loaded = load_data(text.encode("utf-8"), name="fuzz.yaml")
    except InputError:
        return
    _check(loaded)
