"""One test per correction C1-C13 of requirements.md ("Editions .2"): the same dossier under the
.1 and the .2 edition, and the outcome that differs. A later edit that undid a correction would
fail here, next to the correction it undid."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from readiness.api import check_data
from readiness.standards import load_standard

ROOT = Path(__file__).resolve().parents[2]
AS_OF = dt.date(2026, 11, 27)
M27 = ("mandalika-motogp@2027.1", "mandalika-motogp@2027.2")
M22 = ("mandalika-motogp@2022.1", "mandalika-motogp@2022.2")
PIRT = {"type": "pirt", "number": "P-IRT No. 3105203010123-29", "issued": "2024-03-01"}


def _example(name: str) -> dict:
    return yaml.safe_load((ROOT / "examples" / "dossiers" / f"{name}.yaml").read_text(encoding="utf-8"))


def _outcome(data: dict, edition: str, rule: str, product) -> tuple[str, str, str]:
    result = check_data(copy.deepcopy(data), load_standard(edition), name="c", as_of=AS_OF, lang="en")
    found = [f for f in result.findings if f.rule == rule and f.product == product]
    if not found:
        return ("absent", "", "")
    f = found[0]
    return (f.status, f.severity, f.message)


def _cake(d):      # a two-day cake, no permit
    p = d["products"][0]
    p.update(shelf_life_days=2, permits=[])


def _year_only_27(d):
    d["products"][0]["permits"][0] = {"type": "pirt", "number": "P-IRT No. 3105203010123-27"}


def _md_no_pkp(d):
    d["business"]["documents"] = []
    d["products"][0]["permits"][0] = {"type": "bpom_md", "number": "BPOM RI MD 224512345678", "expires": "2029-01-10"}


def _non_halal(d):
    p = d["products"][0]
    p["halal_status"] = "non_halal"
    p["permits"] = [PIRT]
    p["label"]["elements"] = p["label"]["elements"] + ["non_halal_statement"]


def _mui(d):
    d["products"][0]["permits"][1].update(number="LPPOM-00150012340115", by="MUI", expires="2022-06-30")


def _old_halal(d):
    d["products"][0]["permits"][1]["issued"] = "2017-01-10"


def _stall_only(d):
    d["products"][0]["channels"] = ["event"]


def _iodised_salt(d):
    d["products"][0]["food_type"] = "iodised_salt"


def _no_production_date(d):
    els = d["products"][0]["label"]["elements"]
    els.remove("production_date")


def _english_label(d):
    d["products"][0]["label"]["language"] = "en"


def _sandalwood(d):
    d["products"][0]["materials"] = ["kayu cendana"]


def _npwp_16(d):
    d["business"]["npwp"] = "5203014507850001"


# correction: (base example, edit, editions (.1, .2), rule, product, outcome .1, outcome .2);
# an outcome is (status, severity or None, words the message holds or None)
CASES = {
    "C1": ("kopi-sembalun", _cake, M27, "FOOD-01", 0,
           ("fail", "blocker", None), ("not_applicable", None, "shelf life under 7 days")),
    "C2": ("kopi-sembalun", _year_only_27, M27, "FOOD-04", 0,
           ("fail", "blocker", "1 January 2027"), ("missing", "blocker", "expiry date is needed")),
    "C3": ("kopi-sembalun", _md_no_pkp, M27, "FOOD-06", 0,
           ("fail", "major", None), ("not_applicable", None, "CPPOB")),
    "C4": ("kopi-sembalun", _non_halal, M27, "HAL-01", 0,
           ("fail", "blocker", None), ("not_applicable", None, "non-halal")),
    "C5": ("kopi-sembalun", _mui, M22, "HAL-02", 0,
           ("fail", "major", None), ("pass", "major", None)),
    "C6": ("kopi-sembalun", _old_halal, M22, "HAL-04", 0,
           ("pass", "major", None), ("fail", "major", "before the event ends")),
    "C7": ("dapur-inaq-sari", _stall_only, M27, "HAL-03", 0,
           ("fail", "major", None), ("pass", "major", None)),
    "C8": ("lulur-mandalika", None, M27, "HAL-01", 0,
           ("not_applicable", None, None), ("fail", "major", "No halal certificate")),
    "C9": ("kopi-sembalun", _iodised_salt, M27, "FOOD-08", 0,
           ("absent", None, None), ("fail", "blocker", None)),
    "C10": ("kopi-sembalun", _no_production_date, M27, "LBL-01", 0,
            ("pass", "blocker", None), ("fail", "blocker", "production date")),
    "C11": ("tenun-sukarara", _english_label, M27, "LBL-02", 0,
            ("fail", "major", None), ("fail", "minor", None)),
    "C12": ("gerabah-banyumulek", _sandalwood, M27, "CRF-02", 0,
            ("fail", "blocker", None), ("pass", "blocker", None)),
    "C13": ("kopi-sembalun", _npwp_16, M22, "LEG-05", None,
            ("pass", "major", None), ("fail", "major", "15 digits")),
}


@pytest.mark.parametrize("num", list(CASES))
def test_correction_changes_the_outcome(num):
    base, edit, (old, new), rule, product, want_old, want_new = CASES[num]
    data = _example(base)
    if edit:
        edit(data)
    got = {old: _outcome(data, old, rule, product), new: _outcome(data, new, rule, product)}
    for edition, (status, severity, words) in ((old, want_old), (new, want_new)):
        st, sev, msg = got[edition]
        assert st == status, (num, edition, got[edition])
        if severity:
            assert sev == severity, (num, edition, got[edition])
        if words:
            assert words in msg, (num, edition, msg)
    assert got[old][:2] != got[new][:2], num


def test_c4_the_exempt_product_must_say_it_is_not_halal():
    data = _example("kopi-sembalun")
    _non_halal(data)
    assert _outcome(data, M27[1], "HAL-07", 0)[0] == "pass"
    data["products"][0]["label"]["elements"].remove("non_halal_statement")
    assert _outcome(data, M27[1], "HAL-07", 0)[:2] == ("fail", "blocker")
    assert _outcome(data, M27[0], "HAL-07", 0)[0] == "absent"


def test_c11_textile_label_severity_follows_the_scale():
    data = _example("tenun-sukarara")
    data["products"][0]["label"]["permanent"] = False
    assert _outcome(data, M27[0], "TXT-01", 0)[:2] == ("fail", "major")
    assert _outcome(data, M27[1], "TXT-01", 0)[:2] == ("fail", "minor")      # a small group
    data["business"]["scale"] = "large"
    assert _outcome(data, M27[1], "TXT-01", 0)[:2] == ("fail", "major")


def test_c12_sandalwood_now_needs_its_legal_origin():
    data = _example("gerabah-banyumulek")
    _sandalwood(data)
    assert _outcome(data, M27[1], "CRF-04", 0)[:2] == ("fail", "major")
    data["products"][0]["documents"].append({"type": "legal_origin", "number": "SVLK-0042"})
    assert _outcome(data, M27[1], "CRF-04", 0)[0] == "pass"


def test_c15_the_booth_inspection_is_judged_once_per_business():
    data = _example("kopi-sembalun")
    assert _outcome(data, M27[0], "EVT-06", 0)[0] == "manual"
    assert _outcome(data, M27[1], "EVT-06", 0)[0] == "absent"
    assert _outcome(data, M27[1], "EVT-06", None)[:2] == ("manual", "minor")
    assert _outcome(data, M22[0], "EVT-06", None)[0] == "absent"
    assert _outcome(data, M22[1], "EVT-06", None)[0] == "manual"
