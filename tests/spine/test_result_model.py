"""The typed result (readiness.result.ResultDoc): read once from a result dict or its JSON, it
gives the same dict back, cannot be changed, keeps fields it does not name, and its summary row
is the batch's."""

import datetime as dt
import json

import pytest
from pydantic import ValidationError

from readiness.api import check_path, load_standard
from readiness.errors import InputError
from readiness.result import ResultDoc, load_result, read_result
from readiness.vocab import Status, Verdict

AS_OF = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def results(examples):
    rs = load_standard(None)
    return {p.stem: check_path(p, rs, as_of=AS_OF, lang="en") for p in sorted(examples.glob("*.yaml"))}


def test_reads_every_example_and_gives_the_same_dict_back(results):
    for name, res in results.items():
        d = res.to_dict()
        doc = ResultDoc.read(d)
        assert doc.to_dict() == d, name
        assert json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) == res.to_json(), name
        j = json.loads(res.to_json())
        assert ResultDoc.read(j).to_dict() == j, name
        assert ResultDoc.read(doc) is doc


def test_attributes_are_typed(results):
    doc = ResultDoc.read(results["kopi-sembalun"].to_dict())
    assert doc.business.verdict in tuple(Verdict)
    assert isinstance(doc.findings[0].status, Status)
    assert doc.standard.event.start == "2027-10-01" or doc.standard.event.start
    assert doc.certified == (doc.certificate is not None)
    assert doc.product(0).name == doc.products[0].name and doc.product(None) is None


def test_frozen(results):
    doc = ResultDoc.read(results["kopi-sembalun"].to_dict())
    with pytest.raises(ValidationError):
        doc.certified = False
    with pytest.raises(ValidationError):
        doc.business.name = "x"


def test_keeps_fields_it_does_not_name():
    d = json.loads(json.dumps({
        "format": "readiness-result/1", "as_of": "2026-11-27", "lang": "id",
        "standard": {"id": "s", "version": "1", "later": {"a": 1}},
        "business": {"name": "B", "verdict": "ready", "new_field": [1, 2]},
        "products": [], "findings": [{"rule": "R-1", "status": "fail", "severity": "major",
                                       "holder": "UD B"}]}))
    doc = ResultDoc.read(d)
    assert doc.to_dict() == d
    assert doc.business.new_field == [1, 2]


def test_flatten_is_the_same_from_the_engine_and_from_json(results):
    """The batch worker flattens the engine's Result (ResultDoc.view), the vendor desk's job
    a line of results.jsonl: the same row."""
    for name, res in results.items():
        row = ResultDoc.view(res).flatten()
        assert ResultDoc.read(json.loads(res.to_json())).flatten() == row, name
        assert row["products_total"] == len(res.products) and row["name"] == res.business["name"]
    res = results["kopi-sembalun"]
    row = ResultDoc.view(res).flatten()
    assert row["certified"] and row["certificate"] is None      # due, not numbered yet
    assert row["categories"] == [[p["category"], True] for p in res.products]
    res = results["dapur-inaq-sari"]
    row = ResultDoc.read(res.to_dict()).flatten()
    assert row["blocking"] and not row["certified"] and row["certificate"] == ""


def test_bad_result_files_are_input_errors(tmp_path, results):
    with pytest.raises(InputError) as e:
        read_result({"format": "x"}, file="a.json")
    assert e.value.code == "not_a_result"
    d = results["kopi-sembalun"].to_dict()
    del d["findings"]
    with pytest.raises(InputError) as e:
        read_result(d, file="a.json")
    assert e.value.code == "result_lacks"
    p = tmp_path / "r.json"
    d = json.loads(results["kopi-sembalun"].to_json())
    d["findings"][3]["status"] = "passed"
    p.write_text(json.dumps(d, indent=2), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_result(p)
    line = e.value.one_line("en")
    assert line.startswith(f"{p}:") and "$.findings[3].status" in line and "passed" in line
