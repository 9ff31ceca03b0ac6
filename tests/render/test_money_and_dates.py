"""Money and dates on the certificate are formatted for the language by Babel."""

import pytest

from readiness.render import documents as D
from tests.support.pdf import norm, pdf_text


@pytest.mark.parametrize("lang,price,issued,until", [
    ("id", "Rp 85.000", "27 November 2026", "3 Oktober 2027"),
    ("en", "IDR 85,000", "27 November 2026", "3 October 2027"),
])
def test_certificate_money_and_dates(results, lang, price, issued, until):
    _, pdf = D.render_pdf(results[("kopi-sembalun", lang)])   # a draft: no number yet
    text = norm(pdf_text(pdf))  # whitespace removed: PDF text wraps anywhere
    for needle in (price, "Rp 38.000" if lang == "id" else "IDR 38,000", issued, until):
        assert norm(needle) in text
