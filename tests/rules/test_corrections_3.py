"""One test per correction C16-C40 of requirements.md ("Editions .3"): the same dossier under the
.2 and the .3 edition, and the outcome that differs (C36, the score of products with few rules,
is tested with its mechanism). A later edit that undid a correction would fail here, next to the
correction it undid."""

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
M27 = ("mandalika-motogp@2027.2", "mandalika-motogp@2027.3")
M22 = ("mandalika-motogp@2022.2", "mandalika-motogp@2022.3")
PIRT = {"type": "pirt", "number": "P-IRT No. 3105203010123-29", "issued": "2024-03-01"}
LABEL = ["product_name", "ingredients", "net_content", "producer_address", "production_code",
         "production_date", "best_before", "permit_number"]


def _example(name: str) -> dict:
    return yaml.safe_load((ROOT / "examples" / "dossiers" / f"{name}.yaml").read_text(encoding="utf-8"))


def _result(data: dict, edition: str):
    return check_data(copy.deepcopy(data), load_standard(edition), name="c", as_of=AS_OF, lang="en")


def _outcome(data: dict, edition: str, rule: str, product) -> tuple[str, str, str]:
    found = [f for f in _result(data, edition).findings if f.rule == rule and f.product == product]
    if not found:
        return ("absent", "", "")
    f = found[0]
    return (f.status, f.severity, f.message)


def _p0(d, **fields):
    d["products"][0].update(fields)


def _bilingual(d):          # "Keripik Pisang / Banana Chips"
    d["products"][0]["label"]["language"] = "bilingual"


def _fruit(d):              # sliced papaya and guava at a stall
    _p0(d, minimal_processing=True, ingredients=["pepaya", "jambu biji"], permits=[PIRT])


def _shared_kitchen(d):     # sambal made beside pork dendeng
    d["products"][1].update(ingredients=["daging babi", "gula aren"], halal_status="non_halal", permits=[PIRT])


def _pork_sausage(d):       # labelled only "tidak halal"
    _p0(d, pork_derived=True, halal_status="non_halal", permits=[PIRT])
    d["products"][0]["label"]["elements"] = LABEL + ["non_halal_statement"]


def _mui_2017(d):           # rengginang with a 2017 LPPOM MUI certificate
    d["products"][0]["permits"][1] = {"type": "halal", "number": "LPPOM-00150012340117", "by": "MUI",
                                      "issued": "2017-05-02", "expires": "2019-05-02"}


def _relatives_pirt(d):     # keripik tempe under a relative's SPP-IRT
    d["products"][0]["permits"][0]["nib"] = "9120309876543"


def _es_cendol(d):          # ladled into cups at the booth
    _p0(d, packed_in_front_of_buyer=True, channels=["event"])
    d["products"][0]["label"]["elements"] = ["product_name"]


def _boreh(d):              # a boreh with POM TR, recorded as traditional medicine
    _p0(d, category="traditional_medicine",
        permits=[{"type": "bpom_tr", "number": "POM TR 123456789", "issued": "2024-01-10"}])


def _boreh_as_cosmetic(d):
    _p0(d, permits=[{"type": "bpom_tr", "number": "POM TR 123456789", "issued": "2024-01-10"}])


def _pearl_ring(d):         # "Cincin Mutiara Lombok" by a non-member
    _p0(d, name="Cincin Mutiara Lombok", gi_member=False)


def _horn_buckle(d):        # a belt with a buffalo-horn buckle
    _p0(d, name="Ikat Pinggang Kulit", animal_derived=True, materials=["kulit sapi", "tanduk kerbau"],
        item_type="belt")


def _kepala_kambing(d):     # a lamp of kepala kambing shell
    _p0(d, materials=["cangkang kepala kambing", "kabel"])


def _refill_depot(d):       # a refill depot with a NIB only
    d["business"]["kbli"] = ["11052"]


def _instant_coffee(d):     # instant coffee with only an SPP-IRT
    _p0(d, food_type="instant_coffee")


def _printed_batik(d):      # a screen-printed "sarung batik"
    _p0(d, name="Sarung Batik Sasak", technique="printing")


def _home_cakes(d):         # cakes baked at home, sold at the stand
    _p0(d, cooked_at_booth=False)


def _online_dodol(d):       # dodol sold online yet marked front-of-buyer
    _p0(d, packed_in_front_of_buyer=True, channels=["event", "online"], permits=[])


def _peanuts_by_weight(d):  # sold by weight, no tera record
    _p0(d, sold_by_weight=True)


def _honey_2025(d):         # honey with a 2025 SPP-IRT
    _p0(d, ingredients=["madu hutan"])
    d["products"][0]["permits"][0] = {"type": "pirt", "number": "P-IRT No. 5204203010123-30",
                                      "issued": "2025-02-10"}


def _arak(d):               # an alcoholic drink at the stand
    _p0(d, food_type="alcoholic")


# correction: (base example, edit, editions (.2, .3), rule, product, outcome .2, outcome .3);
# an outcome is (status, severity or None, words the message holds or None)
CASES = {
    "C16": ("kopi-sembalun", _bilingual, M27, "LBL-02", 0,
            ("fail", "major", None), ("pass", "major", None)),
    "C17": ("kopi-sembalun", _fruit, M27, "HAL-01", 0,
            ("fail", "blocker", None), ("not_applicable", None, "KMA 1360/2021")),
    "C18": ("kopi-sembalun", _shared_kitchen, M27, "HAL-08", 0,
            ("absent", None, None), ("fail", "blocker", None)),
    "C19": ("kopi-sembalun", _pork_sausage, M27, "HAL-07", 0,
            ("pass", "blocker", None), ("fail", "blocker", "pig")),
    "C20": ("kopi-sembalun", _mui_2017, M27, "HAL-01", 0,
            ("pass", "blocker", None), ("fail", "blocker", "2 May 2019")),
    "C21": ("kopi-sembalun", _relatives_pirt, M27, "FOOD-01", 0,
            ("pass", "blocker", None), ("fail", "blocker", "another business")),
    "C22": ("kopi-sembalun", _es_cendol, M27, "LBL-01", 0,
            ("fail", "blocker", None), ("not_applicable", None, "needs no label")),
    "C23": ("lulur-mandalika", _boreh, M27, "TM-01", 0,
            ("absent", None, None), ("pass", "blocker", None)),
    "C24": ("gerabah-banyumulek", _pearl_ring, M27, "IPR-03", 0,
            ("not_applicable", None, None), ("fail", "major", "Mutiara Lombok")),
    "C25": ("gerabah-banyumulek", _horn_buckle, M27, "HAL-06", 0,
            ("fail", "major", None), ("manual", "major", "KMA 748/2021")),
    "C26": ("gerabah-banyumulek", _kepala_kambing, M27, "CRF-02", 0,
            ("pass", "blocker", None), ("fail", "blocker", "kepala kambing")),
    "C28": ("kopi-sembalun", _refill_depot, M27, "LEG-08", None,
            ("absent", None, None), ("manual", "major", "11052")),
    "C33": ("kopi-sembalun", _instant_coffee, M27, "FOOD-08", 0,
            ("not_applicable", None, None), ("fail", "blocker", None)),
    "C35": ("tenun-sukarara", _printed_batik, M27, "TXT-03", 0,
            ("not_applicable", None, None), ("fail", "major", None)),
    "C37": ("dapur-inaq-sari", _home_cakes, M27, "HYG-03", 0,
            ("missing", "major", None), ("not_applicable", None, "Nothing is cooked")),
    "C38": ("kopi-sembalun", _online_dodol, M27, "FOOD-01", 0,
            ("not_applicable", None, None), ("fail", "blocker", None)),
    "C39": ("kopi-sembalun", _peanuts_by_weight, M27, "EVT-08", 0,
            ("absent", None, None), ("fail", "minor", None)),
    "C40": ("madu-hutan-sumbawa", _honey_2025, M27, "FOOD-01", 0,
            ("pass", "blocker", None), ("manual", "blocker", "1 February 2024")),
}


@pytest.mark.parametrize("num", list(CASES))
def test_correction_changes_the_outcome(num):
    base, edit, (old, new), rule, product, want_old, want_new = CASES[num]
    data = _example(base)
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


def test_c17_pure_honey_is_for_an_officer():
    data = _example("kopi-sembalun")
    _p0(data, minimal_processing=True, ingredients=["madu murni"], permits=[PIRT])
    assert _outcome(data, M27[1], "HAL-01", 0)[0] == "manual"
    assert _outcome(data, M27[0], "HAL-01", 0)[0] == "fail"


def test_c18_a_halal_product_with_the_statement_is_for_an_officer():
    data = _example("kopi-sembalun")
    _shared_kitchen(data)
    data["products"][0]["label"]["elements"].append("shared_facility_pork_statement")
    assert _outcome(data, M27[1], "HAL-08", 0)[0] == "manual"
    data["business"]["declarations"]["separate_pork_facility"] = True
    assert _outcome(data, M27[1], "HAL-08", 0)[0] == "pass"


def test_c19_the_pork_mark_passes_and_other_non_halal_keeps_its_statement():
    data = _example("kopi-sembalun")
    _pork_sausage(data)
    data["products"][0]["label"]["elements"].append("pork_mark")
    assert _outcome(data, M27[1], "HAL-07", 0)[0] == "pass"
    data = _example("kopi-sembalun")
    _p0(data, halal_status="non_halal", permits=[PIRT])
    data["products"][0]["label"]["elements"] = LABEL + ["non_halal_statement"]
    assert _outcome(data, M27[1], "HAL-07", 0)[0] == "pass"


def test_c20_the_2021_edition_keeps_mui_certificates_to_their_expiry():
    data = _example("kopi-sembalun")
    _mui_2017(data)
    assert _outcome(data, M22[1], "HAL-02", 0)[0] == "pass"        # not "malformed"
    assert _outcome(data, M27[1], "HAL-02", 0)[0] == "pass"        # 2027.3 keeps the MUI branch


def test_c21_a_holder_name_only_an_officer_can_match():
    data = _example("kopi-sembalun")
    data["products"][0]["permits"][0]["holder"] = "Lalu Ahmad"
    st, _, msg = _outcome(data, M27[1], "FOOD-01", 0)
    assert st == "manual" and "Lalu Ahmad" in msg
    data["products"][0]["permits"][0]["holder"] = "UD. KOPI SEMBALUN LESTARI"
    assert _outcome(data, M27[1], "FOOD-01", 0)[0] == "pass"


def test_c22_front_of_buyer_food_faces_the_hygiene_checks():
    data = _example("kopi-sembalun")
    _es_cendol(data)
    assert _outcome(data, M27[0], "HYG-01", 0)[0] == "not_applicable"
    assert _outcome(data, M27[1], "HYG-01", 0)[0] in ("fail", "missing")
    assert _outcome(data, M27[1], "EVT-04", 0)[0] == "not_applicable"
    assert _outcome(data, M22[1], "EVT-04", 0)[0] == "not_applicable"


def test_c23_a_boreh_recorded_as_cosmetic_is_for_an_officer():
    data = _example("lulur-mandalika")
    _boreh_as_cosmetic(data)
    assert _outcome(data, M27[0], "COS-01", 0)[:2] == ("fail", "blocker")
    assert _outcome(data, M27[1], "COS-01", 0)[0] == "manual"


def test_c24_an_unconfirmed_gi_name_is_for_an_officer_and_2021_has_none():
    data = _example("kopi-sembalun")           # "Kopi Arabika Sembalun Bubuk 250 g"
    assert _outcome(data, M27[1], "IPR-03", 0)[0] == "manual"
    assert _outcome(data, M22[1], "IPR-03", 0)[0] == "not_applicable"


def test_c26_lola_is_for_an_officer():
    data = _example("gerabah-banyumulek")
    _p0(data, materials=["kerang lola"])
    assert _outcome(data, M27[1], "CRF-02", 0)[0] == "manual"


def test_c27_c29_c32_no_rule_text_names_a_retired_or_unverified_office():
    rs = load_standard(M27[1])
    for r in rs.rules:
        for what in ("rationale", "evidence", "remediation", "agency"):
            for text in getattr(r, what).values():
                assert "Balai POM Mataram" not in text and "Balai POM di Mataram" not in text, r.id
                assert "Satgas" not in text and "Halal Task Force" not in text, r.id
    assert rs.rule("EVT-05").office == "dlh"
    assert "KPH" not in rs.rule("EVT-05").agency["id"]
    assert rs.offices["bpom"]["confirmed"] is True
    assert rs.offices["bpom"]["regencies"]["Kota Bima"]["confirmed"] is False


def test_c30_regency_industry_offices():
    regs = load_standard(M27[1]).offices["disperin"]["regencies"]
    assert regs["Sumbawa"]["confirmed"] is True and "Koperasi" in regs["Sumbawa"]["name"]
    assert regs["Lombok Tengah"]["confirmed"] is False


def test_c33_cocoa_only_in_the_2026_law():
    data = _example("kopi-sembalun")
    _p0(data, food_type="cocoa_powder")
    assert _outcome(data, M27[1], "FOOD-08", 0)[0] == "fail"
    assert _outcome(data, M22[1], "FOOD-08", 0)[0] == "not_applicable"


def test_c34_references():
    rs = load_standard(M27[1])
    assert "Permendag 25/2021" in rs.rule("LBL-02").reference
    assert "PP 29/2021" in rs.rule("TXT-01").reference
    assert "PerBPOM 6/2024" in rs.rule("LBL-01").reference


def test_c39_alcohol_needs_an_skpl_and_can_be_banned(tmp_path):
    data = _example("kopi-sembalun")
    _arak(data)
    assert _outcome(data, M27[1], "EVT-07", 0)[:2] == ("fail", "major")
    f = tmp_path / "ban.yaml"
    f.write_text("format: readiness-standard/1\nid: ban\nversion: '2027.1'\nextends: mandalika-motogp@2027.3\n"
                 "parameters: {event_alcohol: banned}\n", encoding="utf-8")
    assert _outcome(data, str(f), "EVT-07", 0)[:2] == ("fail", "blocker")
    f.write_text(f.read_text().replace("banned", "'off'"), encoding="utf-8")
    assert _outcome(data, str(f), "EVT-07", 0)[0] == "not_applicable"


def test_c39_food_handlers_health_at_stalls():
    data = _example("dapur-inaq-sari")
    assert _outcome(data, M27[1], "HYG-04", 0)[:2] == ("fail", "minor")
    assert _outcome(data, M27[0], "HYG-04", 0)[0] == "absent"


def test_c31_kek_mandalika_names_its_offices_without_changing_verdicts():
    data = _example("kopi-sembalun")
    data["business"]["nib"] = "12"          # LEG-01 fails under both editions
    for edition in (M22[1], M27[1]):
        st, _, _ = _outcome(data, edition, "LEG-01", None)
        assert st == "fail"
        rs = load_standard(edition)
        assert "{office:kek_admin}" in rs.rule("LEG-01").remediation["id"]
        assert rs.offices["kek_admin"]["confirmed"] is False
    assert "kek_admin" not in load_standard(M27[0]).offices
