"""The adversary's corpus for decisions files (through `check --decisions`), and markup in
every text field of a dossier reaching the documents as literal text."""

from __future__ import annotations


import pytest
import yaml

from tests.support.cli import run
from tests.support.paths import ROOT
from tests.support.corpus import assert_clean_failure, corpus

GOOD_DECISIONS = """\
format: readiness-decisions/1
business:
  nib: "0220104455667"
  name: Kelompok Tenun Dasan Sukarara
waivers:
  - rule: TXT-03
    product: Selendang Tenun Motif Keker
    reason: Label akan diganti sebelum acara
    officer: Budi Santoso
    date: 2026-11-20
    expires: 2027-09-30
"""
DECISIONS_CORPUS = corpus(GOOD_DECISIONS)
DOSSIER = ROOT / "examples/dossiers/tenun-sukarara.yaml"


def test_good_decisions(tmp_path):
    f = tmp_path / "dec.yaml"
    f.write_text(GOOD_DECISIONS)
    p = run("check", DOSSIER, "--decisions", f, "--as-of", "2026-11-27", "--format", "json")
    assert p.code == 0, p.err


@pytest.mark.parametrize("name", list(DECISIONS_CORPUS))
def test_decisions_corpus(name, tmp_path):
    data, needles = DECISIONS_CORPUS[name]
    f = tmp_path / f"{name}.yaml"
    f.write_bytes(data)
    out = tmp_path / "cert.pdf"
    p = run("check", DOSSIER, "--decisions", f, "--format", "pdf", "-o", out)
    assert_clean_failure(p, f"{name}.yaml", needles + ["format", "mapping", "decisions"])
    assert not out.exists()


INJECTION = '<img src="file:///etc/passwd"></td><style>body{display:none}</style>'


def _poison(v, path=()):
    """Every free-text field of a dossier (not enumerations, dates or numbers) gets markup."""
    keep = {"format", "category", "channels", "scale", "type", "scheme", "status", "kind", "result",
            "storage", "technique", "halal_logo", "language", "elements", "unit", "kbli", "nib",
            "npwp", "number", "qris_nmid", "phone", "food_type", "item_type", "issued", "expires", "date"}
    if isinstance(v, dict):
        return {k: (x if k in keep else _poison(x, path + (k,))) for k, x in v.items()}
    if isinstance(v, list):
        return [_poison(x, path) for x in v]
    if isinstance(v, str):
        return v + " " + INJECTION
    return v


@pytest.mark.parametrize("name,document", [("tenun-sukarara", "certificate"), ("dapur-inaq-sari", "gap-report")])
def test_markup_in_every_text_field_is_literal(name, document, tmp_path):
    from pypdf import PdfReader

    data = _poison(yaml.safe_load((ROOT / f"examples/dossiers/{name}.yaml").read_text()))
    f = tmp_path / "d.yaml"
    f.write_text(yaml.safe_dump(data, allow_unicode=True))
    out = tmp_path / "doc.pdf"
    p = run("check", f, "--format", "pdf", "-o", out, "--document", document, "--as-of", "2026-11-27")
    assert p.code in (0, 1), p.err
    reader = PdfReader(str(out))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = " ".join(text.split())
    assert "<img src=\"file:///etc/passwd\">" in flat.replace("\n", "")  # shown, as text
    assert data["business"]["name"].split(" <")[0] in flat
    names = set((reader.attachments or {}).keys())
    assert names <= {"readiness-result.json", "readiness-result.sig", "readiness-issuer.pub.pem",
                     "readiness-certificate-number.txt"}
    assert "root:x:0:0" not in text
    html = run("check", f, "--format", "html", "--document", document, "--as-of", "2026-11-27").out
    assert "<style>body{display:none}</style>" not in html and "&lt;style&gt;" in html
