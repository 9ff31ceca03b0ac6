"""Three answers to "do you have it?" reach the verdict (issue 21): held, in process
(`status: pending`), none (`status: none`). "Belum punya" and "sedang diurus" fail the
requirement with their own words and the office to visit; only not answering is missing data."""

from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
import yaml

from readiness.api import check_data
from readiness.model import dossier_schema
from readiness.plan import build_plan
from readiness.standards import load_standard

from pathlib import Path

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "dossiers"

AS_OF = dt.date(2026, 11, 27)


@pytest.fixture(scope="module")
def rs():
    return load_standard("mandalika-motogp@2027.2")


@pytest.fixture(scope="module")
def kopi():
    return yaml.safe_load((EXAMPLES / "kopi-sembalun.yaml").read_text(encoding="utf-8"))


def _with_permits(data: dict, permits: list[dict] | None, product: int = 0) -> dict:
    d = copy.deepcopy(data)
    if permits is None:
        d["products"][product].pop("permits", None)
    else:
        d["products"][product]["permits"] = permits
    return d


def _findings(result, product: int = 0) -> dict:
    return {f["rule"]: f for f in result.to_dict()["findings"] if f["product"] == product}


def _check(data, rs, lang="id"):
    return check_data(data, rs, name="t.yaml", as_of=AS_OF, lang=lang)


def test_the_examples_permits_pass(rs, kopi):
    f = _findings(_check(kopi, rs))
    assert f["FOOD-01"]["status"] == "pass"
    assert f["HAL-01"]["status"] == "pass"


def test_belum_punya_fails_with_its_words_and_office(rs, kopi):
    data = _with_permits(kopi, [{"type": "pirt", "status": "none"}, {"type": "halal", "status": "none"}])
    result = _check(data, rs)
    f = _findings(result)
    for rid in ("FOOD-01", "HAL-01"):
        assert f[rid]["status"] == "fail", (rid, f[rid])
        assert "belum diisi" not in f[rid]["message"].lower()
    assert "Belum punya sertifikat halal" in f["HAL-01"]["message"]
    assert "Belum punya SPP-IRT" in f["FOOD-01"]["message"]
    # the rules that read a held P-IRT's number or expiry do not ask for one she has not got
    for rid, finding in f.items():
        assert finding["status"] != "missing", (rid, finding)
    plan = build_plan(result, rs)
    offices = " | ".join(v.office for v in plan.visits)
    assert "Dinas Kesehatan" in offices
    assert "BPJPH" in offices or "Halal" in offices
    assert not [i for i in plan.fill if i.field.startswith("product.permits")]


def test_sedang_diurus_fails_in_its_own_words(rs, kopi):
    data = _with_permits(kopi, [kopi["products"][0]["permits"][0], {"type": "halal", "status": "pending"}])
    f = _findings(_check(data, rs))
    assert f["FOOD-01"]["status"] == "pass"
    assert f["HAL-01"]["status"] == "fail"
    assert "sedang diurus" in f["HAL-01"]["message"]
    f_en = _findings(_check(data, rs, lang="en"))
    assert "in process" in f_en["HAL-01"]["message"]
    assert all(x["status"] != "missing" for x in f.values() if x["rule"].startswith("HAL"))


def test_pending_pirt_is_not_asked_for_its_number(rs, kopi):
    data = _with_permits(kopi, [{"type": "pirt", "status": "pending"}, kopi["products"][0]["permits"][1]])
    f = _findings(_check(data, rs))
    assert f["FOOD-01"]["status"] == "fail"
    assert "sedang diurus" in f["FOOD-01"]["message"]
    assert all(x["status"] != "missing" for x in f.values() if x["rule"].startswith("FOOD")), f


def test_rejected_says_apply_again(rs, kopi):
    data = _with_permits(kopi, [{"type": "pirt", "status": "rejected"}, kopi["products"][0]["permits"][1]])
    f = _findings(_check(data, rs))
    assert f["FOOD-01"]["status"] == "fail"
    assert "ditolak" in f["FOOD-01"]["message"]


def test_not_answered_is_missing(rs, kopi):
    f = _findings(_check(_with_permits(kopi, None), rs))
    assert f["FOOD-01"]["status"] == "missing"
    assert f["HAL-01"]["status"] == "missing"


def test_a_list_of_answers_without_a_type_did_not_answer_it(rs, kopi):
    # she answered for the P-IRT ("Ya", with a status) and skipped the halal question
    held = dict(kopi["products"][0]["permits"][0], status="issued")
    f = _findings(_check(_with_permits(kopi, [held]), rs))
    assert f["FOOD-01"]["status"] == "pass"
    assert f["HAL-01"]["status"] == "missing"
    # a plain list (no statuses) keeps its meaning: what is not listed is not held
    plain = kopi["products"][0]["permits"][0]
    f = _findings(_check(_with_permits(kopi, [plain]), rs))
    assert f["HAL-01"]["status"] == "fail"


def test_held_beside_pending_counts(rs, kopi):
    permits = copy.deepcopy(kopi["products"][0]["permits"]) + [{"type": "halal", "status": "pending"}]
    f = _findings(_check(_with_permits(kopi, permits), rs))
    assert f["HAL-01"]["status"] == "pass"
    assert f["HAL-02"]["status"] == "pass"


def test_status_in_the_schema_and_words():
    schema = json.dumps(dossier_schema())
    for status in ("issued", "pending", "rejected", "none"):
        assert f'"{status}"' in schema
    from readiness.words import label

    assert label("entry_status", "pending", "id") == "sedang diurus"
    assert label("entry_status", "none", "id") == "belum ada"


def test_unknown_status_is_bad_input(rs, kopi):
    from readiness.errors import InputError

    data = _with_permits(kopi, [{"type": "pirt", "status": "maybe"}])
    with pytest.raises(InputError):
        _check(data, rs)


def test_the_funnel_counts_her_answer_as_data(rs, kopi):
    """'Belum punya' is data: the business has answered everything (stage `data_complete`)
    and stops at the permits; not answering keeps it at the first stage."""
    from readiness.applications import STAGES, stage_of

    one = dict(kopi, products=kopi["products"][:1])      # one product: no other to certify
    said = _check(_with_permits(one, [{"type": "pirt", "status": "none"},
                                      {"type": "halal", "status": "pending"}]), rs).to_dict()
    skipped = _check(_with_permits(one, None), rs).to_dict()
    assert stage_of(skipped) == 0
    assert 1 <= stage_of(said) < STAGES.index("ready")
    assert STAGES[stage_of(said)] in ("data_complete", "nib")


def test_her_words_for_a_status_in_a_dossier(rs, kopi):
    """A dossier written by hand (or by a form) may say the status in her words."""
    data = _with_permits(kopi, [{"type": "pirt", "status": "Belum punya"},
                                {"type": "halal", "status": "Dalam proses"}])
    f = _findings(_check(data, rs))
    assert "Belum punya SPP-IRT" in f["FOOD-01"]["message"]
    assert "sedang diurus" in f["HAL-01"]["message"]
    from readiness.answers import parse_answer

    assert parse_answer("product.capacity_per_month", "500 bungkus") == 500
    assert parse_answer("product.shelf_life_days", "3 bulan") == 90


def test_the_desk_words_a_changed_status():
    from readiness.pembinaan import answer_words, flatten, path_words

    old = {"products": [{"name": "Kopi", "permits": [{"type": "halal", "status": "pending"}]}]}
    new = {"products": [{"name": "Kopi", "permits": [{"type": "halal", "status": "issued",
                                                      "number": "ID52110000123450324"}]}]}
    a, b = flatten(old), flatten(new)
    p = next(k for k in a if k.endswith(".status"))
    assert (answer_words(p, a[p], "id"), answer_words(p, b[p], "id")) == ("sedang diurus", "sudah punya")
    assert "sertifikat halal" in path_words(p, "id")
