"""`readiness explain RULE`: the rule set's own texts, in both languages; unknown ids exit 2
with the nearest id."""

from __future__ import annotations

import pytest

from readiness.standards import load_standard
from tests.support.cli import run



@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("rule_id", ["HAL-01", "EVT-06", "IPR-02", "LEG-06"])
def test_explain_uses_the_rule_set_texts(rule_id, lang):
    from readiness.standards.offices import fill_offices

    rs = load_standard(None)
    rule = rs.rule(rule_id)
    r = run("explain", rule_id, "--lang", lang)
    assert r.code == 0, r.err
    flat = " ".join(r.out.split())
    for what in ("title", "evidence", "rationale", "remediation", "agency"):
        # the .3 texts name offices by placeholder: explain shows the generic office
        text = fill_offices(rule.text(what, lang), rule.office, rs.offices, None, lang)
        assert " ".join(text.split()) in flat, what
    assert rule.reference in flat
    assert ("Hubungi:" if lang == "id" else "Go to:") in r.out


def test_explain_shows_conditional_severity_and_applicability():
    r = run("explain", "IPR-02", "--lang", "en")
    assert "normally minor; major when some product has sales channel: hotel" in r.out
    r = run("explain", "EVT-06", "--lang", "en")
    assert "Judged by an officer" in r.out and "sales channel: event" in r.out
    assert "when it does not apply" in r.out


def test_explain_older_standard_and_lowercase_id():
    r = run("explain", "evt-05", "--standard", "mandalika-motogp@2022.1", "--lang", "en")
    assert r.code == 0 and "mandalika-motogp@2022.1" in r.out and "Severity: minor" in r.out


def test_unknown_rule_suggests_the_nearest():
    r = run("explain", "EVT-6")
    assert r.code == 2 and "did you mean 'EVT-06'" in r.err
    r = run("explain", "EVT-06", "--standard", "mandalika-motogp@2022.1")
    assert r.code == 2 and "unknown requirement" in r.err


def test_explain_shows_exemptions_with_parameter_values():
    r = run("explain", "FOOD-01", "--lang", "en")
    assert r.code == 0
    assert "Exempt when shelf life (days) < 7:" in r.out           # the parameter's value
    # C22: only when every sales channel is a stand or souvenir shop
    assert "Exempt when packed in front of the buyer = yes and sales channels each one of event, souvenir:" in r.out
    r = run("explain", "FOOD-01", "--lang", "id", "--standard", "mandalika-motogp@2027.1")
    assert "Dikecualikan" not in r.out                               # the .1 edition had none
    r = run("explain", "CRF-04")
    assert "bahan menyebut salah satu dari sandalwood, cendana, ebony, eboni" in r.out
