"""`readiness verify` reads the signed result once, as the typed result: a canonical JSON that
is not a readiness result is a damaged result named by its first wrong field."""

import datetime as dt

from readiness.api import check_path, load_standard
from readiness.attachments import RESULT_ATTACHMENT, canonical_json
from readiness.result import ResultDoc
from readiness.verification import Report, _result_from, report_lines


def _atts(result: dict) -> dict:
    return {RESULT_ATTACHMENT: [canonical_json(result)]}


def test_the_attached_result_is_read_typed(examples):
    d = check_path(examples / "tenun-sukarara.yaml", load_standard(None), as_of=dt.date(2026, 11, 27),
                   lang="en").to_dict()
    d = {**d, "certificate": {**d["certificate"], "number": "MM27-000001-3"}}
    rep = Report()
    res = _result_from(_atts(canonical_roundtrip(d)), rep)
    assert isinstance(res, ResultDoc) and rep.problems == []
    rep.result, rep.number = res, "MM27-000001-3"
    facts, _ = report_lines(rep, "en")
    assert any(f.startswith("Business:") and "NIB 0220104455667" in f for f in facts)
    assert any("(Textile; ready)" in f for f in facts)


def test_a_result_of_the_wrong_shape_is_damaged(examples):
    d = canonical_roundtrip(check_path(examples / "kopi-sembalun.yaml", load_standard(None),
                                       as_of=dt.date(2026, 11, 27)).to_dict())
    d["findings"][2]["status"] = "great"
    rep = Report()
    assert _result_from(_atts(d), rep) is None
    (code, args), = rep.problems
    assert code == "bad_result" and args["error"].startswith("$.findings[2].status:")


def canonical_roundtrip(d: dict) -> dict:
    import json

    return json.loads(canonical_json(d))
