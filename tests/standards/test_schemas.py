"""The JSON Schemas that `readiness schema` prints are valid and accept the shipped files, so
editors can autocomplete and organizers can validate with any JSON Schema tool."""

import json
from pathlib import Path

import jsonschema
import pytest

from readiness.io import load_data
from readiness.model import dossier_schema
from readiness.standards.schema import rule_set_schema
from tests.cli.helpers import run

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
    assert p.returncode == 0
    jsonschema.Draft202012Validator.check_schema(json.loads(p.stdout))
