"""`readiness init`: templates for every category load and check (missing findings, never a
schema error or a crash), carry only the fields the choices need, and the interactive mode
writes the filled dossier."""

from __future__ import annotations

import pytest
import yaml

from readiness.api import check_path
from readiness.init_template import CATEGORIES, CHANNELS
from readiness.standards import load_standard
from tests.support.cli import run
from tests.support.paths import AS_OF

TEMPLATE_STATUSES = {"missing", "not_applicable", "manual"}


def statuses(path):
    result = check_path(path, load_standard(None), as_of=None)
    return {f.status for f in result.findings}, result


@pytest.mark.parametrize("category", CATEGORIES)
def test_template_for_each_category_loads_and_checks(tmp_path, category):
    out = tmp_path / f"{category}.yaml"
    r = run("init", "--category", category, "--channel", "event", "--channel", "hotel",
            "--channel", "souvenir", "-o", str(out), "--no-input")
    assert r.code == 0, r.err
    text = out.read_text(encoding="utf-8")
    assert text.count("\n#") + text.count("# ") > 20  # commented
    assert "format: readiness-dossier/1" in text
    found, result = statuses(out)
    assert found <= TEMPLATE_STATUSES, found
    assert "missing" in found and not result.certified
    c = run("check", str(out), "--as-of", AS_OF)
    assert c.code == 1, c.err  # checked as it is: gaps, never exit 2 or 3


@pytest.mark.parametrize("channel", CHANNELS)
def test_template_per_channel(tmp_path, channel):
    out = tmp_path / "d.yaml"
    assert run("init", "--category", "packaged_food", "--channel", channel, "-o", str(out),
               "--no-input").code == 0
    found, _ = statuses(out)
    assert found <= TEMPLATE_STATUSES


def test_only_the_fields_the_choices_need(tmp_path):
    textile, food = tmp_path / "t.yaml", tmp_path / "f.yaml"
    run("init", "--category", "textile", "--channel", "souvenir", "-o", str(textile), "--no-input")
    run("init", "--category", "packaged_food", "--channel", "event", "-o", str(food), "--no-input")
    t, f = textile.read_text(encoding="utf-8"), food.read_text(encoding="utf-8")
    assert "fibres:" in t and "technique:" in t and "best_before_text:" not in t
    assert "qris_nmid:" not in t  # QRIS is an event requirement
    assert "best_before_text:" in f and "qris_nmid:" in f and "fibres:" not in f
    assert "oss.go.id" in f  # where to find the NIB, in plain Indonesian
    assert "Nomor Induk Berusaha" in f


def test_commented_examples_load_once_uncommented(tmp_path):
    out = tmp_path / "d.yaml"
    run("init", "--category", "ready_to_eat", "--channel", "event", "-o", str(out), "--no-input")
    text = out.read_text(encoding="utf-8").replace("  #  - {", "    - {")
    data = yaml.safe_load(text)
    assert data["business"]["curation"][0]["kind"] == "government"
    out.write_text(text, encoding="utf-8")
    found, _ = statuses(out)
    assert "fail" in found or "pass" in found  # examples are real entries now


def test_refuses_to_overwrite_without_force(tmp_path):
    out = tmp_path / "d.yaml"
    out.write_text("mine\n", encoding="utf-8")
    r = run("init", "-o", str(out), "--no-input")
    assert r.code == 2 and "--force" in r.err and out.read_text() == "mine\n"
    assert run("init", "-o", str(out), "--no-input", "--force").code == 0
    assert out.read_text(encoding="utf-8").startswith("#")


def test_stdout_and_english(tmp_path):
    r = run("init", "--category", "cosmetic", "--channel", "hotel", "-o", "-", "--lang", "en")
    assert r.code == 0 and "Business ID number (NIB)" in r.out and "category: \"cosmetic\"" in r.out


def test_interactive_init_writes_the_filled_dossier(tmp_path):
    out = tmp_path / "mine.yaml"
    answers = "\n".join([
        "Kopi Sembalun Lestari",       # business name
        "Baiq Nurul Aini",             # owner
        "12345",                       # a bad NIB: asked again
        "9120301234567",               # NIB
        "081237604411",                # phone
        "Lombok Timur",                # regency
        "",                            # province: default Nusa Tenggara Barat
        "mikro",                       # as the registration form accepts it
        "2",                           # two products
        "Kopi Arabika 250 g", "packaged_food", "event, hotel",
        "",                            # non-halal material? default no
        "Songket Subahnale", "Tenun", "evnt",   # bad channel: asked again (no halal question)
        "Booth Event",
        # the kopi's permits and documents the rules look for: three answers, Enter skips
        "",                            # BPOM MD: not answered
        "Sedang diurus",               # halal: in process
        "Sudah punya", "P-IRT No. 3105203010123-29", "1 Maret 2024",   # P-IRT: held
        "",                            # Kementan registration (pure honey, 2027.3): not answered
        "",                            # SPPT-SNI: not answered
        "belum punya",                 # lab test
        "mungkin", "",                 # the songket's halal: refused, asked again, skipped
        # the business's documents: under 2027.3 the food handlers' health, their training and
        # the Label HSP come first (HYG-01/02/04 may apply to food packed in front of the buyer)
        "", "", "",
        "Belum",                       # the business's PKP
        "", "", "",                    # scale verification, SKPL, SLHS: not answered
    ]) + "\n"
    r = run("init", "--interactive", "-o", str(out), input=answers)
    assert r.code == 0, r.err + r.out
    data = yaml.safe_load(out.read_text(encoding="utf-8"))
    b = data["business"]
    assert b["name"] == "Kopi Sembalun Lestari" and b["nib"] == "9120301234567"
    assert b["address"]["province"] == "Nusa Tenggara Barat" and b["scale"] == "micro"
    assert [(p["name"], p["category"], p["channels"]) for p in data["products"]] == [
        ("Kopi Arabika 250 g", "packaged_food", ["event", "hotel"]),
        ("Songket Subahnale", "textile", ["event"])]
    assert data["products"][0]["permits"] == [
        {"type": "halal", "status": "pending"},
        {"type": "pirt", "status": "issued", "number": "P-IRT No. 3105203010123-29",
         "issued": "2024-03-01"}]
    assert data["products"][0]["documents"] == [{"type": "lab_test", "status": "none"}]
    assert "permits" not in data["products"][1] or not data["products"][1]["permits"]
    assert b["documents"] == [{"type": "pkp", "status": "none"}]
    assert "Pilih: Sudah punya, Sedang diurus, atau Belum punya" in r.err
    assert "kategori (pangan olahan kemasan, pangan siap saji" in r.err   # words, not codes
    assert "13 angka" in r.out or "13 angka" in r.err  # the NIB question was asked again
    assert "Contoh: 9120301234567" in r.err                # with the form's message
    found, result = statuses(out)
    assert found <= TEMPLATE_STATUSES | {"pass", "fail"}
    # what fails is what she said she has not got yet, in her words
    fails = {f.rule: f.message for f in result.findings if f.status == "fail"}
    assert fails and all(("sedang diurus" in m or "Belum punya" in m) for m in fails.values()), fails
    assert any(f.rule == "LEG-01" and f.status == "pass" for f in result.findings)
    assert run("check", str(out), "--as-of", AS_OF).code == 1


def test_interactive_init_non_halal_product(tmp_path):
    """A food product with non-halal material gets `halal_status: non_halal` and the template
    asks for the "not halal" statement instead of a halal certificate."""
    out = tmp_path / "babi.yaml"
    answers = "\n".join(["Warung Babi Guling Bu Komang", "", "", "", "Kota Mataram", "", "small", "1",
                         "Babi Guling", "ready_to_eat", "event", "y"] + [""] * 10) + "\n"
    r = run("init", "--interactive", "-o", str(out), input=answers)
    assert r.code == 0, r.err + r.out
    text = out.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert data["products"][0]["halal_status"] == "non_halal"
    assert "non_halal_signage" in text
    found, result = statuses(out)
    hal = {f.rule: f.status for f in result.findings if f.product == 0 and f.rule.startswith("HAL-")}
    assert hal["HAL-01"] == "not_applicable" and hal["HAL-07"] == "missing"


def test_template_offers_the_fields_of_the_2_editions():
    r = run("init", "--category", "packaged_food", "--category", "craft", "--category", "ready_to_eat",
            "-o", "-", "--no-input", "--lang", "en")
    assert r.code == 0, r.err
    for field in ("packed_in_front_of_buyer:", "minimal_processing:", "halal_status:", "non_halal_signage:",
                  "production_date", "non_halal_statement", 'type: "legal_origin"', 'type: "sni"'):
        assert field in r.out, field
    # a 2027.1 template does not ask for what that edition never reads
    r = run("init", "--category", "packaged_food", "-o", "-", "--no-input", "--standard", "mandalika-motogp@2027.1")
    assert "packed_in_front_of_buyer:" not in r.out and "halal_status:" not in r.out
    assert "mandalika-motogp@2027.1" in r.err and "mandalika-motogp@2027.2" in r.err   # the one-line note
