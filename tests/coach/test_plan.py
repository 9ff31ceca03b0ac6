"""The plan (readiness.plan): missing data first, as fields and questions, never an office; the
failed rules grouped by the office of the business's regency, one card per rule, ordered by the
score gained; offices as rule-set data a tailored standard can correct; no paths anywhere."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import textwrap
from pathlib import Path

import pytest

from readiness.api import check_path
from readiness.errors import InputError
from readiness.load import load_data
from readiness.plan import build_plan, headline, plain
from readiness.standards.offices import regency_key
from readiness.render.short import render_short
from readiness.standards import load_standard
from readiness.words import t

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)
PATH = re.compile(r"\$\.|\b(?:business|products?)(?:\[[^\]]*\])?\.[a-z_]")


@pytest.fixture(scope="module")
def rs():
    return load_standard("mandalika-motogp@2027.3")


def _check(name, rs, lang="id", dossier=None):
    return check_path(EXAMPLES / f"{name}.yaml", rs, lang=lang, as_of=AS_OF)


def _ikm_texts(plan) -> list[str]:
    """Every text of the plan an IKM reads (not the catalogue keys meant for code)."""
    out = []
    for i in plan.fill:
        out += [i.label, i.question, *i.detail, *i.subjects]
    for v in plan.visits:
        out += [v.office, v.address]
        for c in v.cards:
            out += [c.title, c.evidence, c.remediation, *c.shows, *c.subjects]
    for c in plan.manual + plan.waived:
        out += [c.title, c.evidence, *c.shows]
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_fill_first_then_offices_of_the_regency(rs, lang):
    res = _check("dapur-inaq-sari", rs, lang)
    plan = build_plan(res, rs, lang)
    # step 1: the missing declaration, once for both products, with the question `init` asks
    assert [i.field for i in plan.fill] == ["business.declarations.no_subsidised_lpg"]
    item = plan.fill[0]
    # init's question, in the words of someone answering (Ya/Tidak, not YAML's true/false)
    hint = t("field_hint.business.declarations.no_subsidised_lpg", lang)
    assert item.question == hint.replace("true", "Ya" if lang == "id" else "Yes")
    assert "true" not in item.question
    # scores are per subject: "up to" the most one subject gains, the total orders (2027.3: HYG-04 weighs too)
    assert item.subjects == ["Ayam Taliwang", "Plecing Kangkung"] and (item.gain, item.total) == (10.7, 18.2)
    offices = [v.office for v in plan.visits]
    assert "Dinas Kesehatan Kabupaten Lombok Tengah" in [v.name for v in plan.visits]  # the regency's
    # an unconfirmed name says so wherever it is printed (issue 20)
    dinkes = next(v for v in plan.visits if v.kind == "dinkes")
    assert not dinkes.confirmed and dinkes.office == dinkes.name + " " + t("msg.office_unverified", lang)
    for text in [item.label, item.question, *item.detail]:                # never an office
        assert not any(o in text for o in offices) and "Ke:" not in text
    # one visit per office, one card per rule (HYG-01 fails for both products: one card)
    assert len(set(offices)) == len(offices)
    hyg = [c for v in plan.visits for c in v.cards if c.rule == "HYG-01"]
    assert len(hyg) == 1 and hyg[0].subjects == ["Ayam Taliwang", "Plecing Kangkung"]
    assert (hyg[0].gain, hyg[0].total) == (17.9, 30.4)                    # per product; the most
    gains = [v.total for v in plan.visits if v.kind != "self"]
    assert gains == sorted(gains, reverse=True)
    assert [c.rule for c in plan.manual] == ["EVT-06"]
    assert not any(PATH.search(x) for x in _ikm_texts(plan)), [x for x in _ikm_texts(plan) if PATH.search(x)]
    json.dumps(plan.to_dict())                                             # plain data


def test_plan_from_the_result_dict_alone_is_the_same(rs):
    res = _check("madu-hutan-sumbawa", rs)
    a = build_plan(res, rs).to_dict()
    b = build_plan(json.loads(res.to_json())).to_dict()                    # offices the result carries
    assert a == b
    assert any(v["name"] == "Dinas Kesehatan Kabupaten Sumbawa" and v["regional"] for v in a["visits"])


def test_regency_from_the_dossier_and_the_generic_office_without_one(rs):
    res = _check("madu-hutan-sumbawa", rs)
    d = load_data(EXAMPLES / "madu-hutan-sumbawa.yaml")
    d["business"]["address"]["regency"] = "Kabupaten Bima"
    plan = build_plan(res, rs, "id", dossier=d)
    assert "Dinas Kesehatan Kabupaten Bima" in [v.name for v in plan.visits]
    d["business"]["address"]["regency"] = "Jakarta Selatan"               # not in the table
    plan = build_plan(res, rs, "id", dossier=d)
    dinkes = next(v for v in plan.visits if v.kind == "dinkes")
    assert dinkes.name == "Dinas Kesehatan kabupaten/kota" and not dinkes.regional


def test_regency_names_as_written():
    assert regency_key("Kabupaten Lombok Timur") == regency_key("lombok timur") == "lombok timur"
    assert regency_key("Mataram") == regency_key("KOTA MATARAM") == "kota mataram"
    assert regency_key("Kab. Bima") == "bima" != regency_key("Kota Bima")


def test_an_edition_without_offices_groups_by_the_agency_text():
    rs1 = load_standard("mandalika-motogp@2027.1")
    assert not rs1.offices and not any(r.office for r in rs1.rules)      # published: unchanged
    res = _check("dapur-inaq-sari", rs1)
    assert "offices" not in res.to_dict()["standard"]
    plan = build_plan(res, rs1)
    agencies = {res.rules[c.rule]["agency"] for v in plan.visits for c in v.cards}
    assert {v.office for v in plan.visits} == agencies
    assert not any(v.regional for v in plan.visits)


def test_plain_words_drop_paths():
    assert plain("Ada NIB. (dosir: business.nib, products[].permits)", "id") == "Ada NIB."
    assert plain("Lihat $.business.npwp", "id") == "Lihat NPWP"
    assert plain("product.label.elements kurang", "id") == "unsur label kurang"


def test_a_tailored_standard_corrects_an_office(tmp_path):
    p = tmp_path / "tailored.yaml"
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-tailored
        version: "2027.1"
        extends: mandalika-motogp@2027.3
        offices:
          dinkes:
            regencies:
              Lombok Tengah: {name: "Dinas Kesehatan Lombok Tengah", address: "Jl. Contoh 1, Praya", confirmed: true}
        """))
    rs = load_standard(p)
    plan = build_plan(_check("dapur-inaq-sari", rs), rs)
    v = next(v for v in plan.visits if v.kind == "dinkes")
    assert (v.office, v.address, v.regional) == ("Dinas Kesehatan Lombok Tengah", "Jl. Contoh 1, Praya", True)
    assert rs.offices["dinkes"]["regencies"]["Lombok Timur"]["name"] == "Dinas Kesehatan Kabupaten Lombok Timur"
    from readiness.standards.diff import diff_rule_sets, format_diff

    text = format_diff(diff_rule_sets(load_standard("mandalika-motogp@2027.3"), rs), "en")
    assert "office dinkes.regencies.Lombok Tengah.address: None -> Jl. Contoh 1, Praya" in text
    text = format_diff(diff_rule_sets(load_standard("mandalika-motogp@2027.1"),
                                      load_standard("mandalika-motogp@2027.3")), "en")
    assert "~ LEG-01   office: office: None -> dpmptsp" in text and "  office mgpa: None -> mgpa" in text


def test_a_rule_naming_an_unknown_office_is_refused(tmp_path):
    p = tmp_path / "bad.yaml"
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-bad
        version: "2027.1"
        extends: mandalika-motogp@2027.3
        rules:
          - id: LEG-01
            office: dinkess
        """))
    with pytest.raises(InputError) as e:
        load_standard(p)
    assert e.value.line == 7 and "dinkess" in e.value.one_line() and "dinkes" in e.value.one_line()


def test_verdict_and_score_agree_in_short_and_headline(rs):
    """A business-level 100.0 never stands beside a capped "conditionally ready"."""
    res = _check("lulur-mandalika", rs).to_dict()
    assert res["business"]["score"] == 100.0 and res["business"]["verdict"] == "conditional"
    verdict, score, who = headline(res)
    product = res["products"][0]
    assert (verdict, score, who) == ("conditional", product["score"], product["name"])
    text = render_short(res)
    assert "SIAP BERSYARAT - skor 75.0" in text and "100.0" not in text
    ready = _check("kopi-sembalun", rs).to_dict()
    assert headline(ready) == (ready["business"]["verdict"], ready["business"]["score"], "")
    broken = copy.deepcopy(res)
    broken["products"] = []
    assert headline(broken)[1] == 100.0                                   # nothing else to show


def test_a_new_office_needs_a_name(tmp_path):
    p = tmp_path / "noname.yaml"
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-noname
        version: "2027.1"
        extends: mandalika-motogp@2027.3
        offices:
          koperasi: {online: "example.go.id"}
        """))
    with pytest.raises(InputError) as e:
        load_standard(p)
    assert "koperasi" in e.value.one_line() and "name" in e.value.one_line()


def test_a_result_object_in_another_language(rs):
    res = _check("madu-hutan-sumbawa", rs, "id")
    en = build_plan(res, rs, "en")
    titles = {c.title for v in en.visits for c in v.cards}
    assert en.lang == "en" and rs.rule("IPR-02").title["en"] in titles, titles
    # init's question without its advice on YAML quotes
    assert en.fill[0].question == t("field_hint.business.npwp", "en").removesuffix(" In quotes.")
    assert res.lang == "id" and res.findings[0].message == res.to_dict()["findings"][0]["message"]
    assert "Data belum diisi" in next(f.message for f in res.findings if f.status == "missing")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_step_one_questions_speak_to_a_person_not_to_yaml(rs, lang):
    """An almost empty dossier (one product of each category, every channel): every field to
    fill has a question in plain words: no true/false, no advice on YAML quotes, and a field
    with its own name never gets its list's question (a halal permit's recipe statement is not
    asked as "izin produk: jenis, nomor, ...")."""
    from readiness.api import check_data

    cats = ["packaged_food", "ready_to_eat", "textile", "craft", "cosmetic"]
    data = {"format": "readiness-dossier/1",
            "business": {"name": "Usaha Uji", "address": {"regency": "Lombok Timur"}},
            "products": [{"name": f"Produk {c}", "category": c,
                          "channels": ["event", "hotel", "souvenir"]} for c in cats]}
    res = check_data(data, rs, lang=lang, as_of=AS_OF)
    plan = build_plan(res, rs, lang)
    assert len(plan.fill) > 10
    yaml_words = re.compile(r"\b(?:true|false)\b|tanda petik|in quotes", re.I)
    for item in plan.fill:
        assert not yaml_words.search(item.question), (item.field, item.question)
    permit_q = t("field_hint.product.permits", lang)[:20]
    for item in plan.fill:
        if item.field.startswith("product.permits."):
            assert not item.question.startswith(permit_q), item.field
