"""The catalogue test: every requirement of requirements.md is encoded, in both editions where
it belongs, with both languages and fixtures; ids unique; every check kind used."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from readiness.checks import KINDS
from readiness.standards import list_standards, load_standard

ROOT = Path(__file__).resolve().parents[2]
REQ = ROOT.parent / "shared" / "domain" / "requirements.md"
SNAPSHOT = ROOT / "tests" / "fixtures" / "requirements-ids.md"   # its id rows, for other checkouts


def _id_rows(text: str) -> list[str]:
    return [line.rstrip() for line in text.splitlines() if re.match(r"\|\s*[A-Z]{2,4}-\d{2}\s*\|", line)]


def _catalogue_ids() -> dict[str, tuple[str, str]]:
    """ID -> (2022.1 severity text, 2027.1 severity text) from the requirement tables."""
    text = (REQ if REQ.exists() else SNAPSHOT).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        m = re.match(r"\|\s*([A-Z]{2,4}-\d{2})\s*\|", line)
        if m:
            cols = [c.strip() for c in line.strip().strip("|").split("|")]
            out[m.group(1)] = cols[3]
    return out


IDS = _catalogue_ids()
# LEG-04 (scale declared): an unknown scale is refused by the dossier schema with the nearest
# valid value suggested, so the rule itself can only pass or be missing.
CANNOT_FAIL = {"LEG-04"}
ABSENT_2022 = {"HAL-06", "HYG-03"}  # "—" in the 2022.1 column: documented in the rule set


def test_catalogue_parsed():
    assert len(IDS) >= 40


@pytest.mark.skipif(not REQ.exists(), reason="the shared folder is not beside this checkout")
def test_snapshot_matches_the_shared_requirements():
    assert _id_rows(SNAPSHOT.read_text(encoding="utf-8")) == _id_rows(REQ.read_text(encoding="utf-8")), (
        f"requirements.md changed: refresh {SNAPSHOT.relative_to(ROOT)} from it")


@pytest.mark.parametrize("edition", ["mandalika-motogp@2022.1", "mandalika-motogp@2027.1"])
def test_every_requirement_present(edition):
    rs = load_standard(edition)
    have = {r.id for r in rs.rules}
    expected = set(IDS) - (ABSENT_2022 if edition.endswith("2022.1") else set())
    assert expected - have == set()
    if edition.endswith("2022.1"):
        assert not (ABSENT_2022 & have)
        for rid in ABSENT_2022:
            assert rid in (rs.description["en"] + rs.description["id"])


def test_default_is_newest():
    assert load_standard(None).ref == "mandalika-motogp@2027.1"
    assert load_standard("mandalika-motogp").ref == "mandalika-motogp@2027.1"


def _sev_text(rule_id):
    return IDS[rule_id]


@pytest.mark.parametrize("rs", list_standards(), ids=lambda r: r.ref)
def test_rules_bilingual_and_unique(rs):
    ids = [r.id for r in rs.rules]
    assert len(ids) == len(set(ids))
    for r in rs.rules:
        for what in ("title", "rationale", "evidence", "remediation", "agency"):
            d = getattr(r, what)
            assert d.get("id") and d.get("en"), f"{r.id}.{what} lacks a language"
        assert r.reference


def test_every_rule_has_fixtures_with_pass_and_fail():
    fixtures = {p.stem: yaml.safe_load(p.read_text()) for p in (ROOT / "tests" / "fixtures" / "rules").glob("*.yaml")}
    all_ids = {r.id for rs in list_standards() for r in rs.rules}
    for rid in sorted(all_ids):
        assert rid in fixtures, f"no fixture for {rid}"
        statuses = {c["expect"]["status"] for c in fixtures[rid]["cases"]}
        assert "pass" in statuses, rid
        if rid in CANNOT_FAIL:  # the dossier schema already refuses what would fail it
            assert "missing" in statuses, rid
        else:
            assert {"fail", "manual"} & statuses, rid


def test_every_check_kind_used():
    used = {k for rs in list_standards() for r in rs.rules for k in r.kinds}
    assert set(KINDS) - used == set()


def test_titles_match_requirements_md():
    text = REQ.read_text(encoding="utf-8") if REQ.exists() else ""
    rs = load_standard("mandalika-motogp@2027.1")
    for r in rs.rules:
        if r.id in IDS and text:
            assert r.title["id"] in text, f"{r.id} Indonesian title differs from requirements.md"
            assert r.title["en"] in text, f"{r.id} English title differs from requirements.md"
