"""Decisions files: each load-time rule accepts a good file and rejects a bad one with a clear
one-line error; waivers and verdicts change findings, verdicts and the certificate."""

from __future__ import annotations

import json
import textwrap

import jsonschema
import pytest

from readiness.decisions import decisions_schema, load_decisions
from readiness.errors import InputError
from readiness.load import load_data
from readiness.standards import load_standard
from tests.support.cli import run
from tests.support.paths import AS_OF, EXAMPLES

TENUN = EXAMPLES / "tenun-sukarara.yaml"
SCARF = "Selendang Tenun Motif Keker"
SONGKET = "Kain Tenun Songket Subahnale"
HEAD = 'format: readiness-decisions/1\nbusiness: {nib: "0220104455667", name: Kelompok Tenun Dasan Sukarara}\n'


@pytest.fixture(scope="module")
def rs():
    return load_standard("mandalika-motogp@2027.1")


def write(tmp_path, body: str, head: str = HEAD):
    p = tmp_path / "tenun.decisions.yaml"
    p.write_text(head + textwrap.dedent(body), encoding="utf-8")
    return p


def load(tmp_path, rs, body, head=HEAD):
    return load_decisions(write(tmp_path, body, head), rs, dossier=TENUN)


def rejected(tmp_path, rs, body, *needles, head=HEAD) -> str:
    with pytest.raises(InputError) as ei:
        load(tmp_path, rs, body, head)
    line = ei.value.one_line()
    assert "\n" not in line and "tenun.decisions.yaml" in line
    for n in needles:
        assert n in line, line
    return line


WAIVER = """\
waivers:
  - rule: {rule}
    product: {product}
    reason: Dijual sebagai tenun mesin dengan label jelas
    officer: Lalu Ahmad
    date: 2026-11-20
    expires: {expires}
"""


def waiver(rule="TXT-03", product=SCARF, expires="2027-10-03"):
    return WAIVER.format(rule=rule, product=product, expires=expires)


def test_accepts_a_waiver_and_a_verdict_and_resolves_product_names(tmp_path, rs):
    d = load(tmp_path, rs, waiver() + """\
verdicts:
  - {rule: EVT-06, product: Kain Tenun Songket Subahnale, verdict: pass, officer: Lalu Ahmad, date: 2026-11-21, note: Sampel sesuai}
""")
    assert d.waiver_for("TXT-03", 1).reason.startswith("Dijual")
    assert d.verdict_for("EVT-06", 0).verdict == "pass"
    assert "Lalu Ahmad" in d.officers


def test_unknown_rule_id_suggests_the_nearest(tmp_path, rs):
    line = rejected(tmp_path, rs, waiver(rule="TXT-3"), "unknown requirement 'TXT-3'",
                    "did you mean 'TXT-03'", "$.waivers[0].rule")
    assert ".yaml:4:" in line  # the line of the rule in the file


def test_rule_ids_are_case_insensitive(tmp_path, rs):
    assert load(tmp_path, rs, waiver(rule="txt-03")).waivers[0].rule == "TXT-03"


def test_unknown_product_suggests_the_nearest(tmp_path, rs):
    rejected(tmp_path, rs, waiver(product="Selendang Tenun Motif Kekar"),
             "no product named 'Selendang Tenun Motif Kekar'", f"did you mean '{SCARF}'")


def test_waiver_may_end_on_but_not_after_the_event_last_day(tmp_path, rs):
    assert load(tmp_path, rs, waiver(expires="2027-10-03")).waivers[0].expires.isoformat() == "2027-10-03"
    rejected(tmp_path, rs, waiver(expires="2027-10-04"), "after the event's last day (2027-10-03)",
             "$.waivers[0].expires")


BLOCKER = """\
waivers:
  - rule: LEG-01
    reason: NIB sedang diperbarui di OSS
    officer: Lalu Ahmad
    date: 2026-11-20
    expires: 2027-01-31
"""


def test_blocker_waiver_needs_a_second_officer(tmp_path, rs):
    rejected(tmp_path, rs, BLOCKER, "LEG-01 is a blocker", "approved_by")
    rejected(tmp_path, rs, BLOCKER + "    approved_by: lalu  ahmad\n", "second officer",
             "$.waivers[0].approved_by")
    d = load(tmp_path, rs, BLOCKER + "    approved_by: Baiq Rina\n")
    assert d.waivers[0].approved_by == "Baiq Rina"


def test_verdict_only_for_manual_rules(tmp_path, rs):
    body = "verdicts:\n  - {rule: %s, product: %s, verdict: pass, officer: Lalu Ahmad, date: 2026-11-21}\n"
    rejected(tmp_path, rs, body % ("TXT-03", SCARF), "TXT-03 is checked from the dossier", "manual")
    assert load(tmp_path, rs, body % ("EVT-06", SCARF)).verdict_for("EVT-06", 1).verdict == "pass"


def test_verdict_must_be_pass_or_fail(tmp_path, rs):
    rejected(tmp_path, rs, "verdicts:\n  - {rule: EVT-06, product: %s, verdict: passed, officer: A, "
             "date: 2026-11-21}\n" % SCARF, "unknown verdict 'passed'", "did you mean 'pass'")


def test_unknown_field_suggests_the_nearest(tmp_path, rs):
    rejected(tmp_path, rs, waiver().replace("reason:", "reson:"), "unknown field 'reson'",
             "did you mean 'reason'")
    rejected(tmp_path, rs, "waiver: []\n", "unknown field 'waiver'", "did you mean 'waivers'")


@pytest.mark.parametrize("bad", ["2027-13-01", "1/10/2027", "2027-02-30"])
def test_dates_must_be_iso(tmp_path, rs, bad):
    rejected(tmp_path, rs, waiver(expires=bad), "$.waivers[0].expires")


def test_business_must_match_the_dossier(tmp_path, rs):
    rejected(tmp_path, rs, waiver(), "dossier's NIB is 0220104455667",
             head='format: readiness-decisions/1\nbusiness: {nib: "9120301234567", '
                  'name: Kelompok Tenun Dasan Sukarara}\n')
    rejected(tmp_path, rs, waiver(), "dossier's business is 'Kelompok Tenun Dasan Sukarara'",
             head='format: readiness-decisions/1\nbusiness: {nib: "0220104455667", '
                  'name: UD Kopi Sembalun Lestari}\n')
    rejected(tmp_path, rs, waiver(), "needs 'business'", head="format: readiness-decisions/1\n")


def test_bound_by_nib_and_name(tmp_path, rs):
    """The same NIB under another name (as in the shared export) takes nothing; a dossier with a
    NIB needs it named; a dossier without a NIB never takes decisions meant for a NIB."""
    rejected(tmp_path, rs, waiver(), "name it here as 'nib' too",
             head="format: readiness-decisions/1\nbusiness: {name: Kelompok Tenun Dasan Sukarara}\n")
    rejected(tmp_path, rs, waiver(), "needs 'name'",
             head='format: readiness-decisions/1\nbusiness: {nib: "0220104455667"}\n')
    import yaml

    data = yaml.safe_load(TENUN.read_text(encoding="utf-8"))
    del data["business"]["nib"]
    no_nib = tmp_path / "tanpa-nib.yaml"
    no_nib.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_decisions(write(tmp_path, waiver()), rs, dossier=no_nib)
    assert "these decisions are for NIB 0220104455667, but the dossier has no NIB" in e.value.one_line()
    # by name alone, when the business has no NIB
    head = "format: readiness-decisions/1\nbusiness: {name: 'kelompok tenun  dasan sukarara'}\n"
    assert load_decisions(write(tmp_path, waiver(), head), rs, dossier=no_nib).waivers


@pytest.mark.parametrize("approver", [
    "lalu  ahmad",                     # case and spacing
    "Lаlu Ahmad",                      # a Cyrillic а
    "Lalu\u200b Ahmad",                # a zero-width space
    "La\u200dlu Ah\u00admad",          # a zero-width joiner and a soft hyphen
    "Ｌａｌｕ Ａｈｍａｄ",                 # full-width letters
    "Lalú Ahmad",                      # an accent
    "\u202eLalu Ahmad",                # a bidi override
    "ＬＡＬＵ　ΑΗΜΑＤ",                   # full-width, an ideographic space, Greek capitals
])
def test_second_officer_cannot_be_the_first_in_disguise(approver, tmp_path, rs):
    body = BLOCKER + f'    approved_by: "{approver}"\n'
    rejected(tmp_path, rs, body, "second officer", "$.waivers[0].approved_by")


def test_waiver_dated_in_the_future_is_not_yet_in_effect(tmp_path, rs):
    from readiness.api import check_path

    body = waiver().replace("date: 2026-11-20", "date: 2027-03-01")
    d = load(tmp_path, rs, body)
    import datetime as dt

    before = check_path(TENUN, rs, as_of=dt.date(2026, 11, 27), decisions=d, lang="en").to_dict()
    f = next(x for x in before["findings"] if x["rule"] == "TXT-03" and x["product"] == 1)
    assert f["status"] != "waived" and "not yet in effect" in f["message"]
    assert not any(c["kind"] == "waiver" for c in (before["certificate"] or {}).get("conditions", []))
    after = check_path(TENUN, rs, as_of=dt.date(2027, 3, 1), decisions=d).to_dict()
    f = next(x for x in after["findings"] if x["rule"] == "TXT-03" and x["product"] == 1)
    assert f["status"] == "waived"


def test_subject_must_fit_the_rule(tmp_path, rs):
    rejected(tmp_path, rs, waiver(product="").replace("    product: \n", ""), "checked per product")
    rejected(tmp_path, rs, BLOCKER.replace("    reason:", f"    product: {SCARF}\n    reason:"),
             "about the business")


def test_one_waiver_per_rule_and_subject(tmp_path, rs):
    rejected(tmp_path, rs, waiver() + waiver().split("\n", 1)[1], "second waiver of TXT-03")


def test_expired_waivers_still_load(tmp_path, rs):
    d = load(tmp_path, rs, waiver(expires="2026-11-25"))
    assert d.waivers[0].expires.isoformat() == "2026-11-25"


def test_schema_accepts_a_good_file_and_cli_prints_it(tmp_path, rs):
    p = write(tmp_path, waiver() + "verdicts:\n  - {rule: EVT-06, product: %s, verdict: fail, officer: A, "
              "date: 2026-11-21}\n" % SONGKET)
    jsonschema.Draft202012Validator(decisions_schema()).validate(load_data(p))
    r = run("schema", "decisions")
    assert r.code == 0 and json.loads(r.out)["properties"]["format"]["const"] == "readiness-decisions/1"


# --- end to end: the engine applies what was loaded ----------------------------------------


def check(path, *extra, lang="en"):
    r = run("check", str(path), "--format", "json", "--as-of", AS_OF, "--lang", lang, *extra)
    assert r.code in (0, 1), r.err
    return r.json()


def finding(result, rule, product):
    return next(f for f in result["findings"] if f["rule"] == rule and f["product"] == product)


def test_waiver_changes_the_verdict_and_is_a_certificate_condition(example):
    dossier = example("tenun-sukarara")
    before = check(dossier)
    assert before["products"][1]["verdict"] == "conditional"
    dossier.with_name("tenun-sukarara.decisions.yaml").write_text(HEAD + waiver(), encoding="utf-8")
    after = check(dossier)  # found beside the dossier
    scarf = after["products"][1]
    assert finding(after, "TXT-03", 1)["status"] == "waived"
    assert scarf["verdict"] == "ready"
    assert scarf["score"] > scarf["score_without_waivers"] == before["products"][1]["score"]
    conds = after["certificate"]["conditions"]
    assert any({"kind": "waiver", "rule": "TXT-03", "product": 1}.items() <= c.items() for c in conds)
    assert [c for c in conds if c["kind"] == "waiver"] and not [c for c in conds if c["kind"] == "gap"]


def test_expired_waiver_no_longer_applies_and_says_so(example, tmp_path):
    dossier = example("tenun-sukarara")
    dec = tmp_path / "other-name.yaml"
    dec.write_text(HEAD + waiver(expires="2026-11-25"), encoding="utf-8")
    result = check(dossier, "--decisions", str(dec))
    f = finding(result, "TXT-03", 1)
    assert f["status"] == "fail" and "expired on 25 November 2026" in f["message"]
    assert result["products"][1]["verdict"] == "conditional"


def test_blocker_waiver_without_approval_is_refused_by_check(example):
    dossier = example("tenun-sukarara")
    dossier.with_name("tenun-sukarara.decisions.yaml").write_text(HEAD + BLOCKER, encoding="utf-8")
    r = run("check", str(dossier), "--as-of", AS_OF)
    assert r.code == 2 and "approved_by" in r.err


def test_manual_rule_stays_manual_without_a_verdict(example):
    # 2027.2: the organizer inspects the business's booth (EVT-06 is a business requirement)
    result = check(example("kopi-sembalun"))
    f = finding(result, "EVT-06", None)
    assert f["status"] == "manual" and f["severity"] == "minor" and "officer" in f["message"].lower()
    # minor by design: the pending inspection lowers the score but does not block readiness
    assert result["business"]["verdict"] == "ready" and result["business"]["score"] < 100
    # 2027.3: the arabica's name is a geographical indication an officer must confirm (C24)
    assert [p["score"] for p in result["products"]] == [95.9, 100.0]
    # 2027.1 judged it per product
    result = check(example("kopi-sembalun"), "--standard", "mandalika-motogp@2027.1")
    for i in (0, 1):
        f = finding(result, "EVT-06", i)
        assert f["status"] == "manual" and f["severity"] == "minor"
        assert result["products"][i]["verdict"] == "ready" and result["products"][i]["score"] < 100


def test_verdicts_pass_and_fail(example):
    dossier = example("kopi-sembalun")
    decisions = dossier.with_name("kopi-sembalun.decisions.yaml")
    decisions.write_text(
        "format: readiness-decisions/1\nbusiness: {nib: \"9120301234567\", name: UD Kopi Sembalun Lestari}\nverdicts:\n"
        "  - {rule: EVT-06, verdict: fail, officer: Lalu Ahmad, date: 2026-11-21, note: Sampel beda kemasan}\n",
        encoding="utf-8")
    result = check(dossier)
    f = finding(result, "EVT-06", None)
    assert f["status"] == "fail" and "Sampel beda kemasan" in f["message"]
    decisions.write_text(decisions.read_text(encoding="utf-8").replace("verdict: fail", "verdict: pass"),
                         encoding="utf-8")
    result = check(dossier)
    assert finding(result, "EVT-06", None)["status"] == "pass" and result["business"]["score"] == 100.0


def test_verdicts_per_product_under_2027_1(example):
    dossier = example("kopi-sembalun")
    dossier.with_name("kopi-sembalun.decisions.yaml").write_text(
        "format: readiness-decisions/1\nbusiness: {nib: \"9120301234567\", name: UD Kopi Sembalun Lestari}\n"
        "verdicts:\n"
        "  - {rule: EVT-06, product: Kopi Arabika Sembalun Bubuk 250 g, verdict: pass, officer: Lalu Ahmad, date: 2026-11-21}\n"
        "  - {rule: EVT-06, product: Kopi Robusta Sembalun Biji Sangrai 100 g, verdict: fail, officer: Lalu Ahmad, date: 2026-11-21, note: Sampel beda kemasan}\n",
        encoding="utf-8")
    result = check(dossier, "--standard", "mandalika-motogp@2027.1")
    assert finding(result, "EVT-06", 0)["status"] == "pass"
    assert result["products"][0]["score"] == 100.0
    f = finding(result, "EVT-06", 1)
    assert f["status"] == "fail" and "Sampel beda kemasan" in f["message"]
    # the same file under 2027.2, where the booth is judged once per business: one clear line
    r = run("check", str(dossier), "--as-of", AS_OF)
    assert r.code == 2 and "EVT-06 is about the business in mandalika-motogp@2027.3" in r.err


@pytest.mark.parametrize("name,cert,verdicts", [
    ("kopi-sembalun", True, ["conditional", "ready"]),   # 2027.3: IPR-03 waits for an officer (C24)
    ("tenun-sukarara", True, ["ready", "conditional"]),
    ("gerabah-banyumulek", True, ["ready", "not_ready"]),
    ("lulur-mandalika", True, ["conditional"]),   # 2027.2: cosmetics need halal (HAL-01 major)
    ("madu-hutan-sumbawa", False, ["not_ready"]),
    ("dapur-inaq-sari", False, None),
])
def test_examples_keep_their_verdicts_with_evt06(name, cert, verdicts):
    r = run("check", str(EXAMPLES / f"{name}.yaml"), "--format", "json", "--as-of", AS_OF)
    result = r.json()
    assert result["certified"] is cert and r.code == (0 if cert else 1)
    if verdicts:
        assert [p["verdict"] for p in result["products"]] == verdicts
