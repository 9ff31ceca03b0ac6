"""The outputs that must not change while the house is rebuilt (issue 24): every rendering of
the example dossiers and results.jsonl/summary.csv of two batches, byte for byte, against the
digests taken from main before the result spine was typed (tests/fixtures/golden.json,
written by `python scripts/golden.py --write`)."""

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import golden  # noqa: E402


@pytest.fixture(scope="module")
def expected() -> dict:
    return json.loads(golden.GOLDEN.read_text(encoding="utf-8"))


def _differ(got: dict, expected: dict) -> list[str]:
    return sorted(k for k in got if got[k] != expected.get(k))


def test_every_rendering_of_the_examples_is_unchanged(expected):
    got = golden.checks()
    assert len(got) == 60
    assert _differ(got, expected) == []


def test_results_jsonl_and_summary_of_two_batches_are_unchanged(expected):
    got = golden.batches()
    assert "absent" not in got.values()
    assert _differ(got, expected) == []
