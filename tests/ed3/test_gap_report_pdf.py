"""The gap report PDF as a reader gets it (pdftotext): unconfirmed office names with their
caveat, the requirements an officer decides under "Diputuskan petugas" with nothing to fix,
and each product's line saying why it is not ready (issue 20)."""

import re
import shutil

import pytest

from tests.support.cli import run
from tests.support.pdf import pdftotext
from tests.support.paths import AS_OF, EXAMPLES

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_gap_report_pdf_text(tmp_path, lang):
    out = tmp_path / "gap.pdf"
    r = run("check", str(EXAMPLES / "dapur-inaq-sari.yaml"), "--format", "pdf", "-o", str(out),
            "--as-of", str(AS_OF), "--lang", lang)
    assert r.code == 1, r.err
    text = pdftotext(str(out))
    flat = " ".join(text.split())
    caveat = {"id": "(nama kantor belum diverifikasi)", "en": "(office name not verified)"}[lang]
    assert re.search(r"Dinas Kesehatan Kabupaten Lombok Tengah " + re.escape(caveat), flat)
    title = {"id": "Diputuskan petugas", "en": "Decided by an officer"}[lang]
    intro = {"id": "Petugas akan memutuskan syarat ini; Anda tidak perlu memperbaikinya sekarang.",
             "en": "An officer will decide this requirement; you need not fix anything now."}[lang]
    assert title in flat and intro in flat
    block = flat.split(title, 1)[1]
    assert "EVT-06" in block.split(intro, 1)[1][:400]
    why = {"id": "Tidak siap karena syarat penghalang belum terpenuhi: HYG-01.",
           "en": "Not ready because a blocker requirement is not met: HYG-01."}[lang]
    assert why in flat
    assert "(?)" not in flat and "{office" not in flat
