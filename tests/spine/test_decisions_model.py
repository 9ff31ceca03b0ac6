"""The decisions file is declared once (readiness.decisions.DecisionsFile): its JSON Schema is
made from the model, its shape checked by the model, its semantic rules (the event's dates,
the two-officer rule) by the model's validator given the standard and the dossier."""

import pytest

from readiness.decisions import DecisionsFile, WaiverEntry, decisions_from_data, decisions_schema
from readiness.errors import InputError
from readiness.standards import load_standard

GOOD = {"format": "readiness-decisions/1", "business": {"nib": "0220104455667", "name": "Kelompok Tenun"},
        "waivers": [{"rule": "TXT-03", "product": "Selendang", "reason": "r", "officer": "A",
                     "date": "2026-11-20", "expires": "2027-10-03"}]}


def test_schema_is_the_model():
    s = decisions_schema()
    assert s["properties"]["format"]["const"] == "readiness-decisions/1"
    assert list(s["$defs"]["WaiverEntry"]["properties"]) == list(WaiverEntry.model_fields)
    assert s["$defs"]["WaiverEntry"]["required"] == ["rule", "reason", "officer", "date", "expires"]
    assert s["$defs"]["BusinessRef"]["required"] == ["name"]


def test_shape_without_a_standard():
    doc = DecisionsFile.model_validate(GOOD)
    assert doc.waivers[0].expires.isoformat() == "2027-10-03" and doc.business.nib == "0220104455667"


@pytest.mark.parametrize("change, code", [
    ({"expires": "2027-12-31"}, "dec_expires_late"),
    ({"rule": "LEG-01", "product": None}, "dec_needs_second"),
    ({"rule": "LEG-01", "product": None, "approved_by": " a "}, "dec_same_officer"),
])
def test_semantic_rules_are_the_models_validator(change, code):
    rs = load_standard("mandalika-motogp@2027.1")
    data = {**GOOD, "waivers": [{**GOOD["waivers"][0], **change}]}
    if data["waivers"][0]["product"] is None:
        del data["waivers"][0]["product"]
    with pytest.raises(InputError) as e:
        decisions_from_data(data, rs, dossier_data={"business": GOOD["business"],
                                                     "products": [{"name": "Selendang"}]})
    assert e.value.code == code


def test_a_pending_approval_is_the_desks():
    rs = load_standard("mandalika-motogp@2027.1")
    data = {**GOOD, "waivers": [{**GOOD["waivers"][0], "rule": "LEG-01"}]}
    del data["waivers"][0]["product"]
    d = decisions_from_data(data, rs, approvals_pending=True,
                            dossier_data={"business": GOOD["business"], "products": []})
    assert d.waivers[0].rule == "LEG-01" and d.waivers[0].approved_by is None
