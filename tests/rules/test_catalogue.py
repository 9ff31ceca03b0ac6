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
    """The requirement rows and the rows of the corrections table (C1, C2, ...)."""
    return [line.rstrip() for line in text.splitlines()
            if re.match(r"\|\s*([A-Z]{2,4}-\d{2}|C\d+)\s*\|", line)]


def _corrections() -> dict[str, dict]:
    """C1 -> {"rules": [...], "change": text, "editions": [...]} from the table of "Editions .2"."""
    text = (REQ if REQ.exists() else SNAPSHOT).read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if re.match(r"\|\s*C\d+\s*\|", line):
            num, rules, change, editions = [c.strip() for c in line.strip().strip("|").split("|")]
            named = re.findall(r"[A-Z]{2,4}-\d{2}", rules)
            out[num] = {"rules": named or re.findall(r"[A-Z]{2,4}-\d{2}", change), "change": change,
                        "in_text": not named,   # "texts": rules named in the text, where they exist
                        "editions": re.findall(r"\d{4}\.2", editions)
                        if "all .2" not in editions else ["2021.2", "2026.2", "2022.2", "2027.2"]}
    return out


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
CORRECTIONS = _corrections()
# rules the corrections add to the catalogue: id -> (severity, Indonesian / English title as the
# correction writes it in bold)
NEW_IN_2 = {"HAL-07": "blocker", "FOOD-08": "blocker", "CRF-04": "major", "EVT-06": "minor"}
EDITIONS_2 = ("mandalika-motogp@2022.2", "mandalika-motogp@2027.2")
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


@pytest.mark.parametrize("edition", EDITIONS_2)
def test_every_requirement_present_in_the_2_editions(edition):
    rs = load_standard(edition)
    have = {r.id for r in rs.rules}
    expected = (set(IDS) | set(NEW_IN_2)) - (ABSENT_2022 if "2022" in edition else set())
    assert expected - have == set() and have - expected == set()
    for rid, sev in NEW_IN_2.items():
        assert rs.rule(rid).severity == sev, rid


def test_corrections_table_parsed_and_new_rules_in_it():
    assert sorted(CORRECTIONS, key=lambda c: int(c[1:])) == [f"C{i}" for i in range(1, 16)]
    named = {r for c in CORRECTIONS.values() for r in c["rules"]}
    assert set(NEW_IN_2) <= named
    for rid, sev in NEW_IN_2.items():
        row = next(c for c in CORRECTIONS.values() if rid in c["rules"])
        assert sev in row["change"].lower(), (rid, sev)


@pytest.mark.parametrize("num", sorted(CORRECTIONS, key=lambda c: int(c[1:])))
def test_every_correction_names_rules_of_its_editions(num):
    """Each rule a correction names is in each .2 edition it names (the tests in
    tests/rules/test_corrections.py show what each changes)."""
    c = CORRECTIONS[num]
    assert c["rules"] and c["editions"], num
    editions = [load_standard(("ikm-baseline@" if v in ("2021.2", "2026.2") else "mandalika-motogp@") + v)
                for v in c["editions"]]
    for rid in c["rules"]:
        where = [rs.ref for rs in editions if rs.rule(rid) is not None]
        if c["in_text"]:   # C14 names rules of some editions only (HYG-03 is 2027's)
            assert where, (num, rid)
        else:
            assert len(where) == len(editions), (num, rid, where)


@pytest.mark.parametrize("rid", sorted(NEW_IN_2))
def test_new_rules_titles_as_the_corrections_write_them(rid):
    row = next(c for c in CORRECTIONS.values() if rid in c["rules"])
    rule = load_standard("mandalika-motogp@2027.2").rule(rid)
    bold = " ".join(re.findall(r"\*\*(.+?)\*\*", row["change"]))
    assert f"{rule.title['id']} / {rule.title['en']}" in bold, rid


def test_superseded_editions_name_their_successors():
    for old in ("ikm-baseline@2021", "ikm-baseline@2026", "mandalika-motogp@2022", "mandalika-motogp@2027"):
        for a, b in ((".1", ".2"), (".2", ".3")):
            rs = load_standard(old + a)
            assert rs.status == "superseded" and rs.superseded_by == old + b
        assert load_standard(old + ".3").status == "current"


def test_default_is_newest_in_force():
    assert load_standard(None).ref == "mandalika-motogp@2027.3"
    assert load_standard("mandalika-motogp").ref == "mandalika-motogp@2027.3"
    assert load_standard("ikm-baseline").ref == "ikm-baseline@2026.3"
    # a superseded edition only by name
    assert load_standard("mandalika-motogp@2027.1").ref == "mandalika-motogp@2027.1"
    assert load_standard("mandalika-motogp@2027.2").ref == "mandalika-motogp@2027.2"


@pytest.mark.parametrize("rs", [r for r in list_standards() if r.status == "current"], ids=lambda r: r.ref)
def test_2_editions_print_no_question_marks(rs):
    """No text of an edition in force hedges with "(?)": an unconfirmed fact is a parameter,
    the text says what the organizer asks for."""
    texts = [rs.title, rs.description]
    for r in rs.rules:
        texts += [r.title, r.rationale, r.evidence, r.remediation, r.agency, r.not_applicable,
                  {"ref": r.reference}] + [reason for _, reason in r.exemptions]
        check = r.raw.get("check") or {}
        texts += [c.get("instructions") or {} for c in [check] + check.get("all", []) if isinstance(c, dict)]
    hedges = ("(?)", "format not yet confirmed", "format ini belum dikonfirmasi", "unconfirmed")
    for t in texts:
        for text in t.values():
            assert not any(h in text for h in hedges), (rs.ref, text)


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


def _changed_in_2() -> set[str]:
    from readiness.standards.diff import diff_rule_sets

    out = set()
    for old, new in (("mandalika-motogp@2022.1", "mandalika-motogp@2022.2"),
                     ("mandalika-motogp@2027.1", "mandalika-motogp@2027.2")):
        d = diff_rule_sets(load_standard(old), load_standard(new))
        # the office a rule sends to (where to go) changes no judgement: no fixture needed
        out |= {r["rule"] for r in d["added"]} | {
            c["rule"] for c in d["changed"] if any(ch["aspect"] != "office" for ch in c["changes"])}
    return out


def test_new_and_changed_rules_have_fixtures_under_a_2_edition():
    """Every rule the .2 editions add or change has cases run against a .2 edition: a pass, a
    fail (or the officer's manual), and the exemption (not applicable) or the `missing` case."""
    fixtures = {p.stem: yaml.safe_load(p.read_text()) for p in (ROOT / "tests" / "fixtures" / "rules").glob("*.yaml")}
    changed = _changed_in_2()
    assert set(NEW_IN_2) <= changed and {"FOOD-01", "HAL-03", "LBL-01", "TXT-01"} <= changed
    for rid in sorted(changed):
        spec = fixtures[rid]
        statuses = {c["expect"]["status"] for c in spec["cases"]
                    if c.get("standard", spec.get("standard", "")).endswith(".2")}
        assert "pass" in statuses, rid
        assert {"fail", "manual"} & statuses, rid
        assert {"not_applicable", "missing"} & statuses, rid


def test_every_check_kind_used():
    used = {k for rs in list_standards() for r in rs.rules for k in r.kinds}
    assert set(KINDS) - used == set()


@pytest.mark.parametrize("edition", ["mandalika-motogp@2027.1", "mandalika-motogp@2027.2"])
def test_titles_match_requirements_md(edition):
    text = REQ.read_text(encoding="utf-8") if REQ.exists() else ""
    rs = load_standard(edition)
    for r in rs.rules:
        if r.id in IDS and text:
            assert r.title["id"] in text, f"{r.id} Indonesian title differs from requirements.md"
            assert r.title["en"] in text, f"{r.id} English title differs from requirements.md"


# --- the .3 editions (requirements.md "Editions .3") -------------------------------------------

# rules the second review adds: id -> severity (EVT-07's default; `banned` makes it a blocker)
NEW_IN_3 = {"HAL-08": "blocker", "TM-01": "blocker", "LEG-08": "major", "EVT-07": "major",
            "HYG-04": "minor", "EVT-08": "minor"}
ONLY_2027_3 = {"EVT-07", "HYG-04", "EVT-08"}   # C39: organizer parameters of the 2027 round
EDITIONS_3 = ("mandalika-motogp@2022.3", "mandalika-motogp@2027.3")


@pytest.mark.parametrize("edition", EDITIONS_3)
def test_every_requirement_present_in_the_3_editions(edition):
    rs = load_standard(edition)
    have = {r.id for r in rs.rules}
    expected = (set(IDS) | set(NEW_IN_2) | set(NEW_IN_3)) - (
        ABSENT_2022 | ONLY_2027_3 if "2022" in edition else set())
    assert expected - have == set() and have - expected == set()
    for rid, sev in NEW_IN_3.items():
        if rid in have:
            assert rs.rule(rid).severity == sev, rid


@pytest.mark.parametrize("rid", sorted(NEW_IN_3))
def test_new_3_rules_titles_as_the_corrections_write_them(rid):
    text = REQ.read_text(encoding="utf-8") if REQ.exists() else ""
    rule = load_standard("mandalika-motogp@2027.3").rule(rid)
    if text:
        assert f"{rule.title['id']} / {rule.title['en']}" in " ".join(re.findall(r"\*\*(.+?)\*\*", text)), rid


def _changed_in_3() -> set[str]:
    from readiness.standards.diff import diff_rule_sets

    out = set()
    for old, new in (("mandalika-motogp@2022.2", "mandalika-motogp@2022.3"),
                     ("mandalika-motogp@2027.2", "mandalika-motogp@2027.3")):
        d = diff_rule_sets(load_standard(old), load_standard(new))
        # texts, references and offices change no judgement: no fixture needed
        out |= {r["rule"] for r in d["added"]} | {
            c["rule"] for c in d["changed"] if any(ch["aspect"] not in ("office", "text") for ch in c["changes"])}
    return out


def test_new_and_changed_rules_have_fixtures_under_a_3_edition():
    """Every rule the .3 editions add or change in what it judges has cases run against a .3
    edition: a pass, a fail (or the officer's manual), and the exemption (not applicable) or the
    `missing` case."""
    fixtures = {p.stem: yaml.safe_load(p.read_text()) for p in (ROOT / "tests" / "fixtures" / "rules").glob("*.yaml")}
    changed = _changed_in_3()
    assert set(NEW_IN_3) <= changed and {"HAL-01", "LBL-02", "FOOD-01", "IPR-03", "TXT-03"} <= changed
    for rid in sorted(changed):
        spec = fixtures[rid]
        statuses = {c["expect"]["status"] for c in spec["cases"]
                    if c.get("standard", spec.get("standard", "")).endswith(".3")}
        assert "pass" in statuses, rid
        assert {"fail", "manual"} & statuses, rid
        assert {"not_applicable", "missing"} & statuses, rid


def test_titles_match_requirements_md_in_2027_3():
    test_titles_match_requirements_md("mandalika-motogp@2027.3")
