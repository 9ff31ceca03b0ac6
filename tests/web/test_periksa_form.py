"""The self-assessment asks exactly what the applicable rules read, for every category and
channel; a rule added to a rule set brings its field into the form without a change to the
web code. The expectation is derived from the rule set with the fields module's own reading
(`rule_needs`, `needed_fields`), not from the form's code."""

import itertools
import re

import pytest

from readiness.answers import model_field
from readiness.selfcheck import (BUSINESS_FIRST, PRODUCT_FIRST, asked_paths, build_dossier,
                                 form_steps)
from readiness.standards import load_standard
from readiness.standards.fields import field_paths, may_apply, needed_fields, rule_needs
from readiness.vocab import Category, Channel, values

COMBOS = [(c, list(ch)) for c in values(Category)
          for n in (1, 2) for ch in itertools.combinations(values(Channel), n)]


def plain(path):
    p = re.sub(r"\[[^\]]*\]", "", path)
    return "product." + p[len("products."):] if p.startswith("products.") else p


def expected_reads(rs, products):
    """The plain paths the rules that can apply read (init's reading) and the needs of their
    checks (the feeding analysis), as (reads, [(rule, need)])."""
    biz, per, _, _ = needed_fields(rs, products)
    reads = set(biz) | set().union(*per)
    needs = []
    for rule in rs.rules:
        applies = rule.raw.get("applies")
        if rule.subject == "business":
            ok = applies is None or may_apply(applies, None, [], products) is not False
        else:
            ok = any(applies is None or may_apply(applies, p["category"], p["channels"], products)
                     is not False for p in products)
        if ok:
            needs.append((rule, rule_needs(rule)))
    return reads, needs


def _related(a, b):
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


@pytest.mark.parametrize("category,channels", COMBOS, ids=lambda v: str(v))
def test_the_form_asks_what_the_rules_read(category, channels):
    rs = load_standard("mandalika-motogp@2027.3")
    products = [{"category": category, "channels": channels}]
    steps = form_steps(rs, {"products": [dict(products[0], name="x")]})
    asked = asked_paths(steps)
    reads, needs = expected_reads(rs, products)
    fed = field_paths(asked)
    for rule, need in needs:                      # every rule can be fed by the answers
        assert need.fed(fed), (rule.id, need.missing(fed))
    identity = set(BUSINESS_FIRST) | set(PRODUCT_FIRST)
    read_plain = reads | {plain(p) for _, n in needs for p in _need_texts(n)}
    questions = {sub.path for s in steps for q in s.questions for sub in (q,) + q.parts}
    for path in questions:                        # and nothing is asked that no rule reads
        p = plain(path)
        if p in identity:
            continue
        info = model_field(p)
        if info is not None and info.is_required():   # an entry's key the model insists on
            assert any(_related(p.rsplit(".", 1)[0], r) for r in read_plain), path
            continue
        assert any(_related(p, r) for r in read_plain), path


def _need_texts(need):
    if need.op == "path":
        yield need.text
    for p in need.parts:
        yield from _need_texts(p)


def test_a_new_rule_brings_its_field_into_the_form(tmp_path):
    rs = load_standard("mandalika-motogp@2027.3")
    draft = {"products": [{"name": "Kendi", "category": "craft", "channels": ["souvenir"]}]}
    assert "product.dimensions_cm" not in asked_paths(form_steps(rs, draft))
    tailored = tmp_path / "tailored.yaml"
    tailored.write_text("""format: readiness-standard/1
id: tailored-test
version: "2027.1"
extends: mandalika-motogp@2027.3
title: {id: "Uji", en: "Test"}
rules:
  - id: CRF-99
    group: textile_craft
    subject: product
    title: {id: "Ukuran barang", en: "Item size"}
    rationale: {id: "Uji.", en: "Test."}
    evidence: {id: "Ukuran.", en: "Size."}
    remediation: {id: "Ukur.", en: "Measure."}
    agency: {id: "Pelaku usaha", en: "The business"}
    reference: "uji"
    severity: minor
    applies: {category: [craft]}
    check: {kind: present, fields: [product.dimensions_cm]}
""", encoding="utf-8")
    mine = load_standard(str(tailored))
    asked = asked_paths(form_steps(mine, draft))
    assert "product.dimensions_cm" in asked
    food = {"products": [{"name": "Kopi", "category": "packaged_food", "channels": ["event"]}]}
    assert "product.dimensions_cm" not in asked_paths(form_steps(mine, food))


def test_the_dossier_holds_only_what_was_answered():
    draft = {"business": {"business.name": "UD Sari", "business.nib": "9120 3012 3456 7",
                          "business.scale": "Mikro",
                          "business.documents[type=pkp]": "Tidak",
                          "business.documents[type=pkp].number": "ignored: she said no",
                          "business.curation[kind=government]": "ya",
                          "business.curation[kind=government].date": "27/11/2026"},
             "products": [{"name": "Kopi", "category": "packaged_food", "channels": ["event"],
                           "answers": {"product.price_idr": "Rp 85.000",
                                       "product.net_content": "250 gr",
                                       "product.label.elements": ["product_name", "Komposisi"],
                                       "product.permits[type=pirt]": "Ya",
                                       "product.permits[type=pirt].number": "P-IRT 123"}}]}
    d = build_dossier(draft)
    # "Tidak" to a document is an answer ("Belum punya"): recorded, without what followed it
    assert d["business"] == {"name": "UD Sari", "nib": "9120301234567", "scale": "micro",
                             "documents": [{"type": "pkp", "status": "none"}],
                             "curation": [{"kind": "government", "date": "2026-11-27"}]}
    p = d["products"][0]
    assert p["price_idr"] == 85000 and p["net_content"] == {"amount": 250, "unit": "g"}
    assert p["label"] == {"elements": ["product_name", "ingredients"]}
    assert p["permits"] == [{"type": "pirt", "status": "issued", "number": "P-IRT 123"}]
    from readiness.model import parse_dossier

    parse_dossier(d)


def test_an_entry_she_has_needs_what_the_model_requires():
    from readiness.answers import field_kind
    from readiness.selfcheck import read_answers

    rs = load_standard("mandalika-motogp@2027.3")
    draft = {"products": [{"name": "Songket", "category": "textile", "channels": ["event"]}]}
    step = form_steps(rs, draft)[-1]
    fibres = next(q for q in step.questions if q.path == "product.fibres[]")
    assert {p.path for p in fibres.parts} >= {"product.fibres[].material", "product.fibres[].percent"}
    answers = {"product.fibres[]": "Ya", "product.fibres[].percent": "80"}
    raw, errors = read_answers(step.questions, lambda name, many: answers.get(name))
    assert errors["product.fibres[].material"].code == "required"
    answers["product.fibres[]"] = "Tidak"                 # no entry: its fields are not asked
    assert not read_answers(step.questions, lambda name, many: answers.get(name))[1]
    d = build_dossier({"products": [dict(draft["products"][0], answers=answers)]})
    assert "fibres" not in d["products"][0]
    assert field_kind("product.fibres").name == "record"
