"""`readiness compare OLD NEW`: improved, regressed, expired since; verdict and score per
subject; refuses results of different businesses."""

from __future__ import annotations

import json
from tests.support.cli import run
from tests.support.paths import AS_OF, EXAMPLES

ARABIKA = "Kopi Arabika Sembalun Bubuk 250 g"
ROBUSTA = "Kopi Robusta Sembalun Biji Sangrai 100 g"


def save(tmp_path, dossier, name, *extra):
    r = run("check", str(dossier), "--format", "json", "--as-of", AS_OF, "--lang", "en", *extra)
    assert r.code in (0, 1), r.err
    p = tmp_path / name
    p.write_text(r.out, encoding="utf-8")
    return p


def two_results(tmp_path, example):
    """The old result (10 November): single-use plastic waived until 20 November. The new one
    (27 November): the waiver has lapsed, the QRIS number was mistyped, the inspection done."""
    base = example("kopi-sembalun").read_text(encoding="utf-8")
    old_dossier, new_dossier = tmp_path / "kopi-old.yaml", tmp_path / "kopi-new.yaml"
    old_text = base.replace("single_use_plastic: false", "single_use_plastic: true", 1)
    old_dossier.write_text(old_text, encoding="utf-8")
    new_dossier.write_text(old_text.replace("qris_nmid: ID1025012345678", "qris_nmid: ID10250"),
                           encoding="utf-8")    # regression
    waiver = ('format: readiness-decisions/1\n'
              'business: {nib: "9120301234567", name: UD Kopi Sembalun Lestari}\nwaivers:\n'
              f"  - {{rule: EVT-05, product: {ARABIKA}, reason: stok kemasan lama, officer: Lalu Ahmad, "
              "date: 2026-11-01, expires: 2026-11-20}\n")
    (tmp_path / "kopi-old.decisions.yaml").write_text(waiver, encoding="utf-8")
    (tmp_path / "kopi-new.decisions.yaml").write_text(
        waiver + "verdicts:\n"
        "  - {rule: EVT-06, verdict: pass, officer: Lalu Ahmad, date: 2026-11-21}\n",
        encoding="utf-8")
    r = run("check", str(old_dossier), "--format", "json", "--as-of", "2026-11-10", "--lang", "en")
    assert r.code in (0, 1), r.err
    old = tmp_path / "old.json"
    old.write_text(r.out, encoding="utf-8")
    new = save(tmp_path, new_dossier, "new.json")
    return old, new


def test_compare_text_and_json(tmp_path, example):
    old, new = two_results(tmp_path, example)
    r = run("compare", str(old), str(new), "--format", "json")
    assert r.code == 0, r.err
    c = json.loads(r.out)
    assert [(e["rule"], e["product"]) for e in c["improved"]] == [("EVT-06", None)]  # the booth
    assert [(e["rule"], e["product"]) for e in c["regressed"]] == [("EVT-02", None)]
    assert [(e["rule"], e["product"]) for e in c["expired"]] == [("EVT-05", ARABIKA)]
    subj = {s["product"]: s for s in c["subjects"]}
    assert subj[None]["old"]["verdict"] == "ready" and subj[None]["new"]["verdict"] == "conditional"
    assert subj[ROBUSTA]["new"]["score"] == subj[ROBUSTA]["old"]["score"] == 100.0
    assert subj[ARABIKA]["new"]["score"] < subj[ARABIKA]["old"]["score"]  # the expired waiver
    t = run("compare", str(old), str(new))
    assert t.code == 0
    # (-4.0): the arabica's score (its GI name waits for an officer under 2027.3, C24)
    for word in ("Improved (1)", "Regressed (1)", "Expired since the old result (1)", "READY", "(-4.0)"):
        assert word in t.out, word
    assert "expired on 20 November 2026" in t.out
    back = json.loads(run("compare", str(new), str(old), "--format", "json").out)
    # backwards the lapsed waiver is in force again: a change, not an improvement of the dossier
    assert {e["rule"] for e in back["improved"]} == {"EVT-02", "EVT-05"}


def test_compare_refuses_other_businesses_and_non_results(tmp_path, example):
    a = save(tmp_path, example("kopi-sembalun"), "a.json")
    b = save(tmp_path, EXAMPLES / "madu-hutan-sumbawa.yaml", "b.json")
    r = run("compare", str(a), str(b))
    assert r.code == 2 and "different businesses" in r.err
    bad = tmp_path / "x.json"
    bad.write_text('{"format": "something"}', encoding="utf-8")
    assert run("compare", str(a), str(bad)).code == 2
    assert run("compare", str(a), str(tmp_path / "nope.json")).code == 2
