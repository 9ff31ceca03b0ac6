"""Rule-set loading: schema validation with file, line and path; extends and overrides;
tailoring; diff."""

import json
import textwrap

import pytest

from readiness.errors import InputError
from readiness.standards import load_standard
from readiness.standards.diff import diff_rule_sets
from readiness.standards.schema import SCHEMA_FILE, rule_set_schema
from tests.support.cli import run


def test_shipped_schema_file_in_sync():
    assert json.loads(SCHEMA_FILE.read_text()) == rule_set_schema(), "run scripts/gen_docs.py"


def _write(tmp_path, text, name="tailored.yaml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text))
    return p


TAILORED = """\
    format: readiness-standard/1
    id: mandalika-tailored
    version: "2027.2"
    extends: mandalika-motogp@2027.1
    title: {id: Standar khusus, en: Tailored standard}
    event:
      start: 2027-10-08
      end: 2027-10-10
    parameters:
      min_hotel_capacity_per_month: 50
    disable: [EVT-05]
    rules:
      - id: LEG-07
        severity: major
"""


def test_tailored_standard_extends_and_overrides(tmp_path):
    rs = load_standard(_write(tmp_path, TAILORED))
    assert rs.ref == "mandalika-tailored@2027.2"
    assert rs.chain[:3] == ("mandalika-tailored@2027.2", "mandalika-motogp@2027.1", "ikm-baseline@2026.1")
    assert rs.rule("EVT-05") is None
    assert rs.rule("LEG-07").severity == "major"
    assert str(rs.event["end"]) == "2027-10-10"
    assert rs.parameters["min_hotel_capacity_per_month"] == 50
    # untouched texts are inherited
    assert rs.rule("LEG-07").title["id"] == load_standard("mandalika-motogp@2027.1").rule("LEG-07").title["id"]


def test_diff_shows_every_change(tmp_path):
    a = load_standard("mandalika-motogp@2027.1")
    b = load_standard(_write(tmp_path, TAILORED))
    d = diff_rule_sets(a, b)
    assert [r["rule"] for r in d["removed"]] == ["EVT-05"] and d["removed"][0]["disabled"]
    changed = {c["rule"]: c["changes"] for c in d["changed"]}
    assert any(ch["aspect"] == "severity" for ch in changed["LEG-07"])
    assert any(ch["aspect"] == "parameters" and ch["field"] == "min_hotel_capacity_per_month"
               for ch in changed["HTL-01"])
    assert d["event"]["to"]["end"] == "2027-10-10"


def test_diff_editions():
    d = diff_rule_sets(load_standard("mandalika-motogp@2022.1"), load_standard("mandalika-motogp@2027.1"))
    added = {r["rule"] for r in d["added"]}
    assert {"HAL-06", "HYG-03"} <= added
    sev = {c["rule"] for c in d["changed"] for ch in c["changes"] if ch["aspect"] == "severity"}
    assert {"EVT-01", "EVT-03", "EVT-05", "HAL-05", "HAL-01"} <= sev


def test_cli_diff_and_show():
    p = run("standards", "diff", "mandalika-motogp@2022.1", "mandalika-motogp@2027.1")
    assert p.code == 0 and "+ HAL-06" in p.out and "EVT-01" in p.out
    p = run("standards", "show", "mandalika-motogp@2027.1", "--format", "json")
    data = json.loads(p.out)
    assert data["id"] == "mandalika-motogp" and len(data["rules"]) >= 47
    p = run("standards", "show", "ikm-baseline", "--lang", "en")
    assert p.code == 0 and "LEG-01" in p.out


BAD = {
    "unknown_kind": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: LEG-01
            check: {kind: regex, field: business.nib, pattern: x}
        """, ["$.rules[0].check", "7"]),
    "bad_param": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: LEG-01
            check: {kind: pattern, field: business.nib, pattern: "(("}
        """, ["regular expression", "$.rules[0].check"]),
    "unknown_key": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extnds: mandalika-motogp@2027.1
        """, ["extnds", "did you mean 'extends'", ":4"]),
    "bad_severity": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: LEG-01
            severity: critical
        """, ["critical", "$.rules[0].severity"]),
    "unknown_parent": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2030.1
        """, ["no version 2030.1", "$.extends"]),
    "new_rule_incomplete": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: NEW-01
            severity: minor
        """, ["NEW-01", "needs"]),
    "unknown_param": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: HTL-01
            check: {kind: at_least, field: product.capacity_per_month, min: {param: min_capacity}}
        """, ["unknown parameter 'min_capacity'"]),
    "bad_condition": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: HTL-01
            applies: {chanel: [hotel]}
        """, ["chanel", "did you mean 'channel'"]),
    "disable_unknown": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        disable: [EVT-55]
        """, ["EVT-55"]),
    "needs_newer_tool": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        requires: ">=9.0"
        extends: mandalika-motogp@2027.1
        """, ["pip install --upgrade"]),
    "empty": ("", ["empty"]),
    "superseded_without_successor": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        status: superseded
        extends: mandalika-motogp@2027.1
        """, ["must name its successor", "$.status"]),
    "bad_exempt": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: FOOD-01
            exempt:
              - if: {field: product.shelf_life_days, below: {param: no_such_param}}
                reason: {id: x, en: x}
        """, ["unknown parameter 'no_such_param'", "$.rules[0].exempt[0].if"]),
    "bad_choice": ("""\
        format: readiness-standard/1
        id: my-tailoring
        version: "2027.1"
        extends: mandalika-motogp@2027.1
        rules:
          - id: FOOD-01
            check: {if: {category: [ready_to_eat]}, else: {kind: present, fields: [business.nib]}}
        """, ["$.rules[0].check", "{if: CONDITION, then: CHECK, else: CHECK}"]),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_rule_sets(name, tmp_path):
    text, needles = BAD[name]
    f = _write(tmp_path, text, f"{name}.yaml")
    with pytest.raises(InputError) as e:
        load_standard(f)
    msg = e.value.one_line()
    assert f"{name}.yaml" in msg
    for n in needles:
        assert n in msg, msg
    p = run("standards", "validate", f)
    assert p.code == 2 and "Traceback" not in p.err and f"{name}.yaml" in p.err


def test_validate_ok(tmp_path):
    p = run("standards", "validate", _write(tmp_path, TAILORED))
    assert p.code == 0 and "ok" in p.out


def test_cycle(tmp_path):
    _write(tmp_path, 'format: readiness-standard/1\nid: a\nversion: "2027.1"\nextends: b.yaml\n', "a.yaml")
    _write(tmp_path, 'format: readiness-standard/1\nid: b\nversion: "2027.1"\nextends: a.yaml\n', "b.yaml")
    with pytest.raises(InputError, match="cycle"):
        load_standard(tmp_path / "a.yaml")


def test_check_with_tailored_standard(tmp_path, examples):
    f = _write(tmp_path, TAILORED)
    p = run("check", examples / "madu-hutan-sumbawa.yaml", "--standard", f, "--format", "json", "--as-of", "2026-11-27")
    r = json.loads(p.out)
    assert r["standard"]["id"] == "mandalika-tailored"
    htl = next(x for x in r["findings"] if x["rule"] == "HTL-01")
    assert htl["status"] == "pass"  # capacity 60 meets the tailored minimum of 50 (100 in 2027.1)


OVERRIDES = """\
    format: readiness-standard/1
    id: mandalika-tailored
    version: "2027.1"
    extends: mandalika-motogp@2027.1
    parameters:
      fresh_days: 3
    rules:
      - id: FOOD-01
        applies: {all: [{category: [packaged_food]}, {channel: [hotel]}]}
        exempt:
          - if: {field: product.shelf_life_days, below: {param: fresh_days}}
            reason: {id: "Segar.", en: "Fresh."}
      - id: FOOD-02
        check:
          if: {field: product.food_type, in: [coffee_tea]}
          then: {kind: equals, field: product.storage, value: chilled}
      - id: LEG-05
        severity: {default: minor}
"""


def test_override_replaces_expressions_and_merges_texts(tmp_path):
    """An override replaces a condition, a check or a severity whole (merging two of them key
    by key would AND conditions or mix check kinds); texts still merge."""
    rs = load_standard(_write(tmp_path, OVERRIDES))
    base = load_standard("mandalika-motogp@2027.1")
    food1 = rs.rule("FOOD-01")
    assert food1.raw["applies"] == {"all": [{"category": ["packaged_food"]}, {"channel": ["hotel"]}]}
    assert food1.raw["check"] == base.rule("FOOD-01").raw["check"]
    assert food1.title == base.rule("FOOD-01").title
    assert rs.rule("FOOD-02").raw["check"] == {"if": {"field": "product.food_type", "in": ["coffee_tea"]},
                                               "then": {"kind": "equals", "field": "product.storage",
                                                        "value": "chilled"}}
    assert rs.rule("LEG-05").severity_when == () and rs.rule("LEG-05").severity == "minor"
    # the order of a rule's keys is kept (what `standards show` prints)
    assert list(food1.raw)[:4] == list(base.rule("FOOD-01").raw)[:4]


def test_exemption_and_choice_at_work(tmp_path, examples):
    import yaml

    from readiness.api import check_data

    rs = load_standard(_write(tmp_path, OVERRIDES))
    d = yaml.safe_load((examples / "kopi-sembalun.yaml").read_text())
    d["products"][0]["shelf_life_days"] = 2
    r = check_data(d, rs, name="d", lang="en")
    by = {(f.rule, f.product): f for f in r.findings}
    assert by[("FOOD-01", 0)].status == "not_applicable" and by[("FOOD-01", 0)].message == "Fresh."
    assert by[("FOOD-01", 1)].status == "not_applicable"  # not for hotels: the replaced `applies`
    assert by[("FOOD-01", 1)].message != "Fresh."
    # FOOD-02: coffee must be chilled (the `then`); the condition names coffee_tea
    assert by[("FOOD-02", 0)].status == "fail"
    d["products"][0]["food_type"] = "spices"
    r = check_data(d, rs, name="d", lang="en")
    assert next(f for f in r.findings if f.rule == "FOOD-02" and f.product == 0).status == "pass"  # no `else`


# --- editions: status, successors, the stderr note ------------------------------------------


def test_tailored_standard_on_a_superseded_edition_works_with_one_note(tmp_path, examples):
    f = _write(tmp_path, TAILORED)  # extends mandalika-motogp@2027.1
    rs = load_standard(f)
    assert rs.status == "current" and rs.supersession == ("mandalika-motogp@2027.1", "mandalika-motogp@2027.2")
    for lang, words in (("en", "note: mandalika-tailored@2027.2 extends mandalika-motogp@2027.1, which is "
                                "superseded by mandalika-motogp@2027.2"),
                        ("id", "catatan: mandalika-tailored@2027.2 memperluas mandalika-motogp@2027.1, yang "
                               "sudah digantikan oleh mandalika-motogp@2027.2")):
        p = run("check", examples / "kopi-sembalun.yaml", "--standard", f, "--as-of", "2026-11-27",
                "--format", "short", "--lang", lang)
        assert p.code == 0 and p.err.count("\n") == 1 and words in p.err, p.err
    p = run("standards", "validate", f, "--lang", "en")
    assert p.code == 0 and "ok" in p.out and "superseded by mandalika-motogp@2027.2" in p.err


def test_tailored_standard_on_the_current_edition_is_quiet(tmp_path, examples):
    f = _write(tmp_path, TAILORED.replace("mandalika-motogp@2027.1", "mandalika-motogp@2027.3"))
    assert load_standard(f).supersession is None
    p = run("check", examples / "kopi-sembalun.yaml", "--standard", f, "--as-of", "2026-11-27", "--format", "short")
    assert p.code == 0 and p.err == ""
    # a shipped .3 edition built on a .2 baseline is not "on a superseded edition"
    assert load_standard("ikm-baseline@2021.3").supersession is None
    assert load_standard("mandalika-motogp@2022.3").supersession is None
    # a shipped .2 edition is superseded itself (by its .3), not because its .1 is
    assert load_standard("ikm-baseline@2021.2").supersession == ("ikm-baseline@2021.2", "ikm-baseline@2021.3")


def test_a_tailored_standard_may_itself_be_superseded(tmp_path):
    _write(tmp_path, TAILORED.replace('version: "2027.2"', 'version: "2027.3"'), "new.yaml")
    old = _write(tmp_path, TAILORED.replace("extends: mandalika-motogp@2027.1", "extends: mandalika-motogp@2027.2")
                 + "    status: superseded\n    superseded_by: mandalika-tailored@2027.3\n", "old.yaml")
    rs = load_standard(old)
    assert rs.status == "superseded" and rs.supersession == ("mandalika-tailored@2027.2", "mandalika-tailored@2027.3")


def test_standards_list_shows_status_and_the_default():
    p = run("standards", "list", "--lang", "en")
    assert p.code == 0
    lines = p.out.splitlines()

    def status_of(ref):
        return lines[next(i for i, x in enumerate(lines) if x.startswith(ref + " ")) + 1].strip()
    assert status_of("mandalika-motogp@2027.1").startswith("superseded by mandalika-motogp@2027.2")
    assert status_of("mandalika-motogp@2027.2").startswith("superseded by mandalika-motogp@2027.3")
    assert status_of("mandalika-motogp@2027.3").startswith("in force (used for 'mandalika-motogp' without a version)")
    assert status_of("mandalika-motogp@2022.3").startswith("in force;")
    assert status_of("ikm-baseline@2021.1") == "superseded by ikm-baseline@2021.2"
    p = run("standards", "show", "mandalika-motogp@2027.1", "--lang", "en")
    assert "[superseded by mandalika-motogp@2027.2]" in p.out.splitlines()[0]


def test_diff_2027_editions_lists_every_change():
    p = run("standards", "diff", "mandalika-motogp@2027.1", "mandalika-motogp@2027.2", "--lang", "en")
    assert p.code == 0
    out = p.out
    for needle in (
            "status: superseded by mandalika-motogp@2027.2 -> superseded by mandalika-motogp@2027.3",
            "extends: ikm-baseline@2026.1 -> ikm-baseline@2026.2",
            "+ FOOD-08  added (blocker)", "+ HAL-07   added (blocker)", "+ CRF-04   added (major)",
            "~ FOOD-01  applicability: exempt:",                           # C1
            "~ FOOD-04  check: check:",                                    # C2
            "~ FOOD-06  applicability: exempt:",                           # C3
            "~ HAL-02   applicability: exempt:",                           # C4
            "~ HAL-03   check: check:",                                    # C7
            "~ HAL-03   parameters: self_declare_ready_to_eat_channels: new: event, souvenir",
            "~ HAL-01   severity: severity:", "~ HAL-01   applicability: applies.category:",   # C8
            "~ LBL-01   parameters: label_required_elements: +production_date",             # C10
            "~ LBL-02   severity: severity:", "~ TXT-01   severity: severity:",             # C11
            "~ CRF-02   parameters: protected_materials: -sandalwood, -cendana, -kayu cendana",  # C12
            "~ LEG-05   text: reference: UU KUP; PER-6/PJ/2024 -> UU KUP; PMK 112/2022 jo. PMK 136/2023",
            "~ COS-01   text: reference: PerBPOM 23/2019 (?) -> PerBPOM 12/2020",           # C14
            "~ HYG-03   text: rationale.en:", "~ TXT-03   text: reference:", "~ IPR-02   text: remediation.en:",
            "~ EVT-06   applicability: subject: product -> business",                       # C15
            "~ EVT-06   text: title.en: Organizer's inspection of booth and samples -> Booth and sample inspection",
            "parameter mandatory_sni_types: new: iodised_salt, bottled_water, wheat_flour, refined_sugar, toy"):
        assert needle in out, needle
    d = json.loads(run("standards", "diff", "mandalika-motogp@2027.1", "mandalika-motogp@2027.2",
                       "--format", "json").out)
    assert d["status"] == {"from": "superseded by mandalika-motogp@2027.2",
                           "to": "superseded by mandalika-motogp@2027.3"}
    exempt = next(ch for c in d["changed"] if c["rule"] == "FOOD-01" for ch in c["changes"] if ch["field"] == "exempt")
    assert [e["if"] for e in exempt["to"]][1] == {"field": "product.packed_in_front_of_buyer", "equals": True}
