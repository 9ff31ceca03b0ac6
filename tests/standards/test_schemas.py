"""The JSON Schemas that `readiness schema` prints are valid and accept the shipped files, so
editors can autocomplete and organizers can validate with any JSON Schema tool."""

import json
from pathlib import Path

import jsonschema
import pytest

from readiness.load import load_data
from readiness.model import dossier_schema
from readiness.standards.schema import rule_set_schema
from tests.support.cli import run

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("make,files", [
    (dossier_schema, sorted((ROOT / "examples/dossiers").glob("*.yaml"))),
    (rule_set_schema, sorted((ROOT / "standards").glob("*.yaml"))),
])
def test_schema_accepts_shipped_files(make, files):
    schema = make()
    jsonschema.Draft202012Validator.check_schema(schema)
    v = jsonschema.Draft202012Validator(schema)
    for f in files:
        assert [e.message for e in v.iter_errors(load_data(f))] == [], f


def test_dossier_schema_rejects_unknown_category():
    v = jsonschema.Draft202012Validator(dossier_schema())
    d = load_data(ROOT / "examples/dossiers/kopi-sembalun.yaml")
    d["products"][0]["category"] = "makanan"
    assert list(v.iter_errors(d))


@pytest.mark.parametrize("what", ["dossier", "standard", "decisions"])
def test_cli_prints_schema(what):
    p = run("schema", what)
    assert p.code == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(p.out))


def test_dossier_schema_has_the_fields_of_the_2_editions():
    s = dossier_schema()
    product = s["$defs"]["Product"]["properties"]
    for field in ("packed_in_front_of_buyer", "minimal_processing", "halal_status"):
        assert product[field]["description"], field
    assert product["halal_status"]["anyOf"][0]["enum"] == ["claimed_halal", "non_halal"]
    assert {"iodised_salt", "bottled_water", "wheat_flour", "refined_sugar"} <= set(product["food_type"]["examples"])
    assert "toy" in product["item_type"]["examples"]
    assert "non_halal_signage" in s["$defs"]["Declarations"]["properties"]
    assert "MUI" in s["$defs"]["Permit"]["properties"]["by"]["description"]
    text = json.dumps(s)
    assert "non_halal_statement" in text and "legal_origin" in text
    v = jsonschema.Draft202012Validator(s)
    d = load_data(ROOT / "examples/dossiers/kopi-sembalun.yaml")
    d["products"][0]["halal_status"] = "haram"
    assert not v.is_valid(json.loads(json.dumps(d, default=str)))
