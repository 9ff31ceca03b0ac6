"""Issue 20's mechanisms for the `.3` editions: office names confirmed or not (and the caveat
wherever one is printed), office placeholders in rule texts resolved by the business's regency,
officer questions carried by `manual` findings to the result, the plan and its faces, and C36
(a product with few applicable requirements and one major gap is conditional; every product
says why it is not ready)."""

from __future__ import annotations

import copy
import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from readiness.api import check_path
from readiness.engine import evaluate
from readiness.errors import InputError
from readiness.load import load_data
from readiness.plan import build_plan
from readiness.render.short import render_short
from readiness.render.text import render_text
from readiness.standards import load_standard
from readiness.standards.offices import fill_offices, office_label, resolve_office
from readiness.words import t

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)
CAVEAT = {"id": "(nama kantor belum diverifikasi)", "en": "(office name not verified)"}

QUESTION_RULE = """\
  - id: TST-01
    group: legality
    subject: product
    office: bpom
    applies: {category: packaged_food}
    severity: major
    title: {id: "Uji pertanyaan petugas", en: "Officer question test"}
    rationale: {id: "Belum pasti.", en: "Not settled."}
    evidence: {id: "Petugas memutuskan.", en: "An officer decides."}
    remediation: {id: "Tanyakan ke {office}.", en: "Ask {office}."}
    agency: {id: "{office}; {office:dinkes}", en: "{office}; {office:dinkes}"}
    reference: "PerBPOM 22/2018"
    check:
      kind: manual
      instructions:
        id: "Apakah produk {product.name} ({product.category}) wajib izin edar menurut {office}?"
        en: "Does {product.name} ({product.category}) need a permit according to {office}?"
      sources: ["PerBPOM 22/2018", {id: "data OSS usaha", en: "the business's OSS record"}]
  - id: TST-02
    group: legality
    subject: product
    office: dinkes
    applies: {category: packaged_food}
    severity: minor
    title: {id: "Uji cabang manual", en: "Manual branch test"}
    rationale: {id: "-", en: "-"}
    evidence: {id: "-", en: "-"}
    remediation: {id: "-", en: "-"}
    agency: {id: "-", en: "-"}
    reference: "-"
    question: {id: "Apakah {product.name} dijual daring?", en: "Is {product.name} sold online?"}
    sources: ["PerBPOM 8/2020"]
    check:
      if: {field: product.shelf_life_days, present: true}
      then: {kind: manual}
"""


def _tailored(tmp_path, body: str, name: str = "tailored.yaml") -> Path:
    p = tmp_path / name
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-tailored
        version: "2027.1"
        extends: mandalika-motogp@2027.2
        """) + body)
    return p


def _dossier(name: str, regency: str | None = None) -> dict:
    d = load_data(EXAMPLES / f"{name}.yaml")
    if regency is not None:
        d["business"]["address"]["regency"] = regency
    return d


# -- offices: confirmed, caveat ----------------------------------------------------------------

def test_confirmed_per_office_and_regency_entry():
    offices = {"bpom": {"name": {"id": "Balai Besar POM di Mataram", "en": "BBPOM in Mataram"},
                        "confirmed": True,
                        "regencies": {"Bima": {"name": "Loka POM di Kabupaten Bima", "confirmed": False},
                                      "Dompu": {"name": "Loka POM di Kabupaten Bima"}}},
               "dinkes": {"name": {"id": "Dinas Kesehatan", "en": "Health office"},
                          "regencies": {"Sumbawa": {"name": "Dinkes Sumbawa", "confirmed": True}}}}
    assert resolve_office(offices, "bpom", "Lombok Tengah", "id")["confirmed"] is True
    assert resolve_office(offices, "bpom", "Kab. Bima", "id")["confirmed"] is False
    assert resolve_office(offices, "bpom", "Dompu", "id")["confirmed"] is True      # the office's
    assert resolve_office(offices, "dinkes", None, "id")["confirmed"] is False      # absent: no
    assert resolve_office(offices, "dinkes", "Sumbawa", "id")["confirmed"] is True
    for lang in ("id", "en"):
        o = resolve_office(offices, "bpom", "Bima", lang)
        assert office_label(o, lang) == f"Loka POM di Kabupaten Bima {CAVEAT[lang]}"
        assert office_label(resolve_office(offices, "bpom", "Mataram", lang), lang) == pick_name(lang)
        assert t("msg.office_unverified", lang) == CAVEAT[lang]
    text = fill_offices("Ke {office} atau {office:dinkes}.", "bpom", offices, "Kota Bima", "id")
    assert text == "Ke Balai Besar POM di Mataram atau Dinas Kesehatan (nama kantor belum diverifikasi)."


def pick_name(lang):
    return "Balai Besar POM di Mataram" if lang == "id" else "BBPOM in Mataram"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_unconfirmed_office_carries_the_caveat_in_every_face(lang):
    rs = load_standard("mandalika-motogp@2027.2")
    res = check_path(EXAMPLES / "dapur-inaq-sari.yaml", rs, lang=lang, as_of=AS_OF)
    d = json.loads(res.to_json())
    dinkes = d["standard"]["offices"]["dinkes"]
    assert dinkes["confirmed"] is False and CAVEAT[lang] not in dinkes["name"]   # JSON: beside
    assert d["standard"]["offices"]["tax"]["confirmed"] is True
    text = render_text(d)
    assert f"{dinkes['name']} {CAVEAT[lang]}" in text
    short = render_short(d)
    assert f"{dinkes['name']} {CAVEAT[lang]}" in short and len(short) < 1000
    tax = d["standard"]["offices"]["tax"]["name"]
    assert f"{tax} {CAVEAT[lang]}" not in text


# -- office placeholders -------------------------------------------------------------------------

def test_placeholders_resolve_by_regency(tmp_path):
    rs = load_standard(_tailored(tmp_path, "offices:\n  bpom:\n    regencies:\n"
                                           "      Lombok Timur: {name: \"Balai POM Uji\", confirmed: true}\n"
                                           "rules:\n" + QUESTION_RULE))
    assert rs.regional_texts is not None
    generic = rs.texts["id"].rules["TST-01"]
    assert "{office" not in json.dumps(rs.texts["id"].rules, ensure_ascii=False)
    assert generic["remediation"] == "Tanyakan ke Balai POM di Mataram (nama kantor belum diverifikasi)."
    for regency, want in (("Kota Bima", "Loka POM di Kabupaten Bima (nama kantor belum diverifikasi)"),
                          ("Lombok Timur", "Balai POM Uji")):
        res = evaluate(_dossier("kopi-sembalun", regency), rs, as_of=AS_OF)
        d = json.loads(res.to_json(indent=None))
        assert d["rules"]["TST-01"]["remediation"] == f"Tanyakan ke {want}."
        assert d["rules"]["TST-01"]["agency"].startswith(f"{want}; Dinas Kesehatan ")
        assert d == res.to_dict()                                     # compact = indented
    assert rs.texts_for("id", "kota bima") is rs.texts_for("id", "kota bima")   # made once


@pytest.mark.parametrize("text, code", [
    ("Ke {office:pajak_daerah}.", "unknown_office_placeholder"),
    ("Ke {office}.", "office_placeholder_needs_office"),
])
def test_unknown_placeholder_is_bad_rule_set_input(tmp_path, text, code):
    rule = QUESTION_RULE.split("  - id: TST-02")[0].replace("Tanyakan ke {office}.", text)
    if code == "office_placeholder_needs_office":
        rule = rule.replace("    office: bpom\n", "").replace("{office}", "{office:bpom}").replace(
            "remediation: {id: \"Ke {office:bpom}.\"", "remediation: {id: \"Ke {office}.\"")
    p = _tailored(tmp_path, "rules:\n" + rule)
    with pytest.raises(InputError) as e:
        load_standard(p)
    assert e.value.code == code
    line = e.value.one_line()
    assert str(p) in line and "TST-01" in line and "$.rules[0].remediation.id" in line


# -- officer questions ---------------------------------------------------------------------------

def test_manual_finding_carries_question_and_sources(tmp_path):
    rs = load_standard(_tailored(tmp_path, "rules:\n" + QUESTION_RULE))
    for lang in ("id", "en"):
        res = evaluate(_dossier("kopi-sembalun", "Dompu"), rs, as_of=AS_OF, lang=lang)
        d = json.loads(res.to_json(indent=None))
        f1 = next(f for f in d["findings"] if f["rule"] == "TST-01" and f["product"] == 0)
        assert f1["status"] == "manual"
        q = f1["question"]
        name = d["products"][0]["name"]
        if lang == "id":
            assert q["text"] == (f"Apakah produk {name} (pangan olahan kemasan) wajib izin edar menurut "
                                 "Loka POM di Kabupaten Bima (nama kantor belum diverifikasi)?")
            assert q["sources"] == ["PerBPOM 22/2018", "data OSS usaha"]
        else:
            assert q["sources"] == ["PerBPOM 22/2018", "the business's OSS record"]
        assert q["text"] in f1["message"]                          # the message asks it too
        f2 = next(f for f in d["findings"] if f["rule"] == "TST-02" and f["product"] == 0)
        assert f2["status"] == "manual" and f2["question"]["sources"] == ["PerBPOM 8/2020"]
        assert f2["question"]["text"] == ("Apakah {} dijual daring?" if lang == "id"
                                          else "Is {} sold online?").format(name)
        assert all(f["question"] is None for f in d["findings"] if f["status"] != "manual")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_plan_groups_manual_as_decided_by_an_officer(tmp_path, lang):
    rs = load_standard(_tailored(tmp_path, "rules:\n" + QUESTION_RULE))
    res = evaluate(_dossier("kopi-sembalun"), rs, as_of=AS_OF, lang=lang)
    plan = build_plan(res, rs)
    cards = {c.rule: c for c in plan.manual}
    assert {"TST-01", "TST-02", "EVT-06"} <= set(cards)
    assert not any(c.rule.startswith("TST") for v in plan.visits for c in v.cards)   # nothing to fix
    assert len(cards["TST-01"].questions) == 2                     # one per product, distinct
    text = render_text(res.to_dict())
    title = {"id": "Diputuskan petugas", "en": "Decided by an officer"}[lang]
    intro = {"id": "Petugas akan memutuskan syarat ini; Anda tidak perlu memperbaikinya sekarang.",
             "en": "An officer will decide this requirement; you need not fix anything now."}[lang]
    block = text.split(title + "\n", 1)[1]
    assert block.startswith(f"  {intro}\n") and cards["TST-01"].questions[0] in block
    assert "{" not in text


def test_the_question_without_one_of_its_own_is_the_message():
    from readiness.report import worded_question

    assert worded_question({"text": None, "sources": ("S",)}, "Apakah X?", "id") == {
        "text": "Apakah X?", "sources": ["S"]}


# -- C36 ------------------------------------------------------------------------------------------

SCARF = "scoring:\n  thresholds: {conditional: 80}\n"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_few_rules_one_major_gap_is_conditional(tmp_path, lang):
    off = load_standard(_tailored(tmp_path, SCARF, "off.yaml"))
    on = load_standard(_tailored(tmp_path, SCARF + "  few_rules_weight: 20\n", "on.yaml"))
    a = check_path(EXAMPLES / "tenun-sukarara.yaml", off, lang=lang, as_of=AS_OF).to_dict()
    b = check_path(EXAMPLES / "tenun-sukarara.yaml", on, lang=lang, as_of=AS_OF).to_dict()
    pa, pb = a["products"][1], b["products"][1]
    assert (pa["verdict"], pa["score"]) == ("not_ready", 75.0)
    assert (pb["verdict"], pb["score"]) == ("conditional", 75.0)          # the score unchanged
    assert pa["why"] == {"id": "Tidak siap karena skor 75 di bawah 80, bukan karena syarat penghalang.",
                         "en": "Not ready because the score 75 is below 80, not because of a blocker."}[lang]
    assert pb["why"] == {
        "id": "Bersyarat walau skor 75 di bawah 80: hanya 6 syarat berlaku dan kekurangannya satu syarat utama (TXT-03).",
        "en": "Conditional although the score 75 is below 80: only 6 requirements apply and the one gap is major (TXT-03)."}[lang]
    assert b["products"][0]["why"] == ""                                  # ready: nothing to say
    assert b["business"]["business_level_verdict"] == a["business"]["business_level_verdict"]
    assert pb["why"] in render_text(b) and pa["why"] in render_text(a)
    assert any(c["rule"] == "TXT-03" and c["kind"] == "gap" for c in b["certificate"]["conditions"])


def test_few_rules_never_lifts_a_blocker_gap_or_a_heavy_product(tmp_path):
    on = load_standard(_tailored(tmp_path, "scoring:\n  few_rules_weight: 20\n"))
    d = _dossier("dapur-inaq-sari")
    res = evaluate(d, on, as_of=AS_OF).to_dict()
    for p in res["products"]:
        assert p["verdict"] == "not_ready" and p["why"].startswith("Tidak siap karena syarat penghalang")
    d2 = copy.deepcopy(_dossier("tenun-sukarara"))
    heavy = load_standard(_tailored(tmp_path, SCARF + "  few_rules_weight: 12\n", "heavy.yaml"))
    p = evaluate(d2, heavy, as_of=AS_OF).to_dict()["products"][1]
    assert p["verdict"] == "not_ready"                                    # weighs 12, not < 12


def test_the_why_line_on_the_certificate_and_the_desk_page(tmp_path):
    from readiness.render.documents import render_html

    on = load_standard(_tailored(tmp_path, SCARF + "  few_rules_weight: 20\n", "on.yaml"))
    res = check_path(EXAMPLES / "tenun-sukarara.yaml", on, as_of=AS_OF).to_dict()
    why = res["products"][1]["why"]
    assert why.startswith("Bersyarat walau skor 75")
    assert why in render_html(res, "certificate")
    assert why in render_html(res, "gap_report")


def test_explain_and_show_name_offices_and_sources(tmp_path):
    from tests.support.cli import run

    p = _tailored(tmp_path, "rules:\n" + QUESTION_RULE)
    r = run("explain", "TST-01", "--standard", str(p))
    assert r.code == 0, r.err
    assert "{office" not in r.out and "Balai POM di Mataram (nama kantor belum diverifikasi)" in r.out
    assert "PerBPOM 22/2018; data OSS usaha" in " ".join(r.out.split())
    r = run("explain", "TST-02", "--standard", str(p), "--lang", "en")
    assert "Is [name] sold online?" in r.out and "{product." not in r.out and "PerBPOM 8/2020" in r.out
    r = run("standards", "show", str(p))
    assert r.code == 0 and "{office" not in r.out
