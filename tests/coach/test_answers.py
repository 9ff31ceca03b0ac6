"""One parser for an owner's answers (readiness.answers): what the registration form's export
accepts is accepted by the web form, `init` and `check`; a refused answer says why, with an
example, in the same words everywhere."""

import datetime as dt
import subprocess
import sys

import pytest

from readiness.answers import AnswerError, normalise_dossier, parse_answer
from readiness.errors import InputError


@pytest.mark.parametrize("path,answer,value", [
    ("business.scale", "Mikro", "micro"),
    ("business.scale", "usaha kecil", "small"),
    ("business.scale", "medium", "medium"),
    ("business.nib_risk_based", "Ya", True),
    ("business.nib_risk_based", "tidak", False),
    ("business.nib", "9120 3012 3456 7", "9120301234567"),
    ("business.curation.date", "27/11/2026", dt.date(2026, 11, 27)),
    ("business.curation.date", "2026-11-27", dt.date(2026, 11, 27)),
    ("product.price_idr", "Rp 85.000", 85000),
    ("product.price_idr", "20 rb", 20000),
    ("product.category", "kerajinan", "craft"),
    ("product.category", "Tenun", "textile"),
    ("product.category", "pangan olahan kemasan", "packaged_food"),
    ("product.channels", "Booth Event, Toko Oleh-oleh", ["event", "souvenir"]),
    ("product.net_content", "250 gr", {"amount": 250, "unit": "g"}),
    ("product.label.elements", "Komposisi; Isi Bersih", ["ingredients", "net_content"]),
    ("product.food_type", "Kopi", "coffee_tea"),
    ("product.food_type", "keripik pisang", "keripik pisang"),      # free text stays
    ("product.label.language", "Bahasa Indonesia", "id"),
    ("product.shelf_life_days", "180", 180),
    ("business.name", "  UD  Sari  ", "UD Sari"),
    ("business.npwp", "", None),
])
def test_accepted(path, answer, value):
    assert parse_answer(path, answer) == value


@pytest.mark.parametrize("path,answer,words", [
    ("business.nib", "912030123456", "13 angka; yang tertulis 12 angka. Contoh: 9120301234567"),
    ("business.curation.date", "31/02/2026", "tidak ada di kalender. Contoh: 27/11/2026"),
    ("business.curation.date", "besok", "Contoh: 27/11/2026 atau 27 November 2026"),
    ("product.price_idr", "murah", "Contoh: Rp 85.000"),
    ("business.nib_risk_based", "mungkin", "Ya atau Tidak"),
    ("business.scale", "mikroo", "maksudnya 'mikro'"),
    ("product.net_content", "banyak", "Contoh: 250 g"),
    ("business.name", "x" * 301, "paling banyak 300"),
])
def test_refused_with_a_message_and_an_example(path, answer, words):
    with pytest.raises(AnswerError) as e:
        parse_answer(path, answer)
    assert words in e.value.text("id")
    assert e.value.text("en") != e.value.text("id")


def test_check_reads_the_same_answers_and_says_the_same_words(tmp_path):
    data = {"format": "readiness-dossier/1",
            "business": {"name": "UD Coba", "scale": "Mikro", "nib_risk_based": "Ya",
                         "curation": [{"kind": "government", "date": "27/11/2026"}]},
            "products": [{"name": "Kendi", "category": "Kerajinan", "channels": ["Toko Oleh-oleh"],
                          "price_idr": "Rp 85.000", "food_contact": "tidak"}]}
    out = normalise_dossier(data)
    assert out["business"]["scale"] == "micro" and out["business"]["nib_risk_based"] is True
    assert out["business"]["curation"][0]["date"] == dt.date(2026, 11, 27)
    p = out["products"][0]
    assert (p["category"], p["channels"], p["price_idr"], p["food_contact"]) == \
        ("craft", ["souvenir"], 85000, False)
    bad = {"format": "readiness-dossier/1", "business": {"name": "x", "nib_risk_based": "mungkin"},
           "products": []}
    with pytest.raises(InputError) as e:
        normalise_dossier(bad, file="d.yaml")
    text = e.value.one_line("id")
    assert "d.yaml" in text and "$.business.nib_risk_based" in text
    assert AnswerError("bool").text("id") in text             # the form's very words
    f = tmp_path / "d.yaml"
    f.write_text("format: readiness-dossier/1\nbusiness:\n  name: UD Coba\n  scale: Mikro\n"
                 "  curation:\n    - {kind: government, date: 31/02/2026}\nproducts:\n"
                 "  - {name: Kendi, category: kerajinan, channels: [Hotel]}\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "readiness", "check", str(f), "--lang", "id"], capture_output=True,
                       text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "d.yaml:6" in r.stderr and AnswerError("date_exists").text("id") in r.stderr


def test_the_input_contract_is_untouched():
    """The shipped examples' values are already the model's: nothing changes."""
    import copy
    from pathlib import Path

    from readiness.load import load_source

    for f in sorted(Path("examples/dossiers").glob("*.yaml")):
        data = load_source(f, name=str(f)).data
        before = copy.deepcopy(data)
        assert normalise_dossier(data) == before, f.name
