"""The synthetic province (benchmarks/gen_province.py) makes valid dossiers, holds the cases the
.2 editions judge differently, and stays reproducible."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import yaml

from readiness.model import parse_dossier

ROOT = Path(__file__).resolve().parents[2]


def _gen():
    spec = importlib.util.spec_from_file_location("gen_province", ROOT / "benchmarks" / "gen_province.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_province_is_valid_and_has_the_2_cases(tmp_path):
    paths = _gen().generate(tmp_path / "p", n=400)
    seen = set()
    for p in paths:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
        d = parse_dossier(data, file=str(p))
        if d.business.declarations and d.business.declarations.non_halal_signage is not None:
            seen.add("signage")
        for prod in d.products:
            seen.add(prod.category)
            if prod.halal_status == "non_halal":
                seen.add(f"non_halal {prod.category}")
            if prod.shelf_life_days is not None and prod.shelf_life_days < 7:
                seen.add("short shelf life")
            if prod.packed_in_front_of_buyer:
                seen.add("packed in front of the buyer")
            if prod.minimal_processing:
                seen.add("minimal processing")
            if prod.food_type == "iodised_salt":
                seen.add("iodised salt")
            if prod.item_type == "toy":
                seen.add("toy")
            if any("cendana" in m for m in prod.materials or []):
                seen.add("sandalwood")
            if prod.category == "cosmetic" and any(x.type == "halal" for x in prod.permits or []):
                seen.add("halal cosmetic")
            if prod.category == "ready_to_eat" and any(x.scheme == "self_declare" for x in prod.permits or []) \
                    and prod.channels == ["event"]:
                seen.add("self-declared stall")
    want = {"cosmetic", "non_halal packaged_food", "non_halal ready_to_eat", "signage", "short shelf life",
            "packed in front of the buyer", "minimal processing", "iodised salt", "toy", "sandalwood",
            "halal cosmetic", "self-declared stall"}
    assert want <= seen, want - seen
    # the first n files of a larger run are the same
    again = _gen().generate(tmp_path / "q", n=20)
    assert [p.read_bytes() for p in again] == [p.read_bytes() for p in paths[:20]]
