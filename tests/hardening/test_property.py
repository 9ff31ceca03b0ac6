"""Property-based: whatever dossier arrives, `check` returns a result or raises the project's
own InputError, never anything else. A small budget here; `make fuzz` runs a larger one."""

from __future__ import annotations

import datetime as dt
import json

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from readiness.api import check_data
from readiness.errors import InputError
from readiness.load import load_data
from readiness.standards import load_standard
from tests.support.fuzz import BUDGET, mutated, values

RS = {v: load_standard(f"mandalika-motogp@{v}") for v in ("2022.1", "2027.1")}


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
