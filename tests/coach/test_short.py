"""`check --format short`: a chat message under 1,000 characters."""

from __future__ import annotations

import copy
import json

import pytest

from readiness.render.short import render_short
from tests.support.cli import run
from tests.support.paths import AS_OF, EXAMPLES


def result(name, lang="id", *extra):
    r = run("check", str(EXAMPLES / f"{name}.yaml"), "--format", "json", "--as-of", AS_OF, "--lang", lang,
            *extra)
    return json.loads(r.out)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_most_gaps_example_fits_and_leads_with_blockers(lang):
    r = run("check", str(EXAMPLES / "dapur-inaq-sari.yaml"), "--format", "short", "--as-of", AS_OF,
            "--lang", lang)
    assert r.code == 1
    text = r.out.rstrip("\n")
    assert 0 < len(text) < 1000
    assert ("BELUM SIAP" if lang == "id" else "NOT READY") in text
    assert "Dapur Inaq Sari" in text
    assert text.count("\n1. ") == 1 and "\n3. " in text and "\n4. " not in text
    assert ("Ke: " if lang == "id" else "Go to: ") in text
    res = result("dapur-inaq-sari", lang)
    gaps = [f for f in res["findings"] if f["status"] in ("fail", "missing")]
    assert str(len(gaps) - 3) in text.splitlines()[-2]
    # what an officer decides is not a gap to fix (issue 20)
    decided = sum(1 for f in res["findings"] if f["status"] == "manual")
    assert text.splitlines()[-1].startswith(f"{decided} ")
    blockers = [f for f in gaps if f["severity"] == "blocker"]
    first_title = res["rules"][max(blockers, key=lambda f: f["gain"])["rule"]]["title"]
    assert first_title in text.split("\n1. ")[1].splitlines()[0]


def test_certificate_number_when_certified():
    res = result("kopi-sembalun", "en")
    text = render_short(res)
    assert res["certificate"]["number"] is None      # numbered by the register when issued
    assert "numbered when issued" in text and "READY" in text
    res = copy.deepcopy(res)
    res["certificate"]["number"] = "MM27-000123-9"
    assert "Certificate: MM27-000123-9" in render_short(res)


def test_stays_short_with_absurdly_long_texts():
    res = result("dapur-inaq-sari", "en")
    res = copy.deepcopy(res)
    res["business"]["name"] = "Usaha " * 300
    for p in res["products"]:
        p["name"] = "Produk yang sangat panjang " * 40
    for f in res["findings"]:
        f["message"] = "x" * 3000
    for r in res["rules"].values():
        r["title"] = "T" * 800
        r["agency"] = "Dinas " * 200
    text = render_short(res)
    assert len(text) < 1000
    assert "NOT READY" in text


def test_no_gaps():
    # under 2027.1 the hotel amenities had no gap (2027.2 asks cosmetics for a halal certificate)
    res = result("lulur-mandalika", "id", "--standard", "mandalika-motogp@2027.1")
    text = render_short(res)
    assert "Tidak ada kekurangan." in text and len(text) < 1000
