"""Encodings: UTF-8 with or without BOM and CRLF are accepted; everything else is refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from readiness.errors import InputError
from readiness.load import decode_text, load_data, load_source

CORPUS = Path(__file__).parent / "corpus"
EXPECTED = {
    "format": "readiness-dossier/1",
    "business": {"name": "UD Contoh Jaya", "nib": "9120301234567", "scale": "micro"},
    "products": [{"name": "Keripik Pisang 100 g", "category": "packaged_food",
                  "channels": ["event"]}],
}


def test_utf8_bom_accepted():
    assert load_data(CORPUS / "utf8-bom.yaml") == EXPECTED


def test_crlf_accepted_and_lines_counted():
    src = load_source(CORPUS / "crlf.yaml")
    assert src.data == EXPECTED
    assert src.line_of(["business", "nib"]) == 4


def test_bom_json_accepted():
    assert load_data(b'\xef\xbb\xbf{"a": "\xc3\xa9"}', name="x.json") == {"a": "\u00e9"}


@pytest.mark.parametrize("raw,word", [
    ("nama: Café".encode("latin-1"), "0xE9"),
    ("nama: Caf\u00e9".encode("cp1252"), "Latin-1"),
    ("a: b".encode("utf-16-le"), "NUL"),
    ("a: b".encode("utf-16-be"), "NUL"),
    ("a: b".encode("utf-32"), "UTF-32"),
    ("a: b".encode("utf-16"), "UTF-16"),
    (bytes(range(256)), "UTF-8"),
    (b"\xc3\x28", "UTF-8"),  # truncated sequence
    (b"a: \xed\xa0\x80", "UTF-8"),  # encoded surrogate
])
def test_not_utf8_refused(raw, word):
    with pytest.raises(InputError) as ei:
        load_data(raw, name="f.yaml")
    msg = ei.value.one_line()
    assert "must be UTF-8 text" in msg and word in msg
    assert msg.startswith("f.yaml:1:")


def test_latin1_error_points_at_the_byte():
    with pytest.raises(InputError) as ei:
        decode_text(b"a: ok\nb: caf\xe9\n", "x.yaml")
    assert (ei.value.line, ei.value.column) == (2, 7)
