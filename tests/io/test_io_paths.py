"""Files a dossier names stay inside its folder; output names cannot escape or collide."""

from __future__ import annotations

import os

import pytest

from readiness.errors import InputError
from readiness.files import safe_filename, safe_relative_path, unique_filename


@pytest.fixture
def base(tmp_path):
    d = tmp_path / "dossier"
    (d / "foto").mkdir(parents=True)
    (d / "foto" / "label.jpg").write_bytes(b"jpg")
    (tmp_path / "secret.txt").write_text("secret")
    return d


@pytest.mark.parametrize("ref", ["foto/label.jpg", "./foto/label.jpg", "foto\\label.jpg",
                                 "foto//label.jpg", "new/not-yet.pdf"])
def test_inside_accepted(base, ref):
    p = safe_relative_path(base, ref)
    assert p.is_relative_to(base.resolve())


@pytest.mark.parametrize("ref,why", [
    ("../secret.txt", ".."),
    ("foto/../../secret.txt", ".."),
    ("foto/../label.jpg", ".."),
    ("..\\secret.txt", ".."),
    ("/etc/passwd", "absolute"),
    ("\\\\server\\share\\x", "absolute"),
    ("~/x", "absolute"),
    ("file:///etc/passwd", "URL"),
    ("file:secret.txt", "URL"),
    ("https://example.com/a.jpg", "URL"),
    ("data:image/png;base64,AAAA", "URL"),
    ("C:\\Windows\\win.ini", "URL"),
    ("foto/label.jpg\x00.png", "control"),
    ("", "empty"),
    ("   ", "empty"),
])
def test_escapes_refused(base, ref, why):
    with pytest.raises(InputError) as ei:
        safe_relative_path(base, ref, file="d.yaml", path="$.products[0].label.photo")
    msg = ei.value.one_line()
    assert why in msg and msg.startswith("d.yaml: $.products[0].label.photo:")
    assert "\n" not in msg


def test_symlink_out_refused(base, tmp_path):
    os.symlink(tmp_path / "secret.txt", base / "innocent.jpg")
    os.symlink(tmp_path, base / "up")
    for ref in ("innocent.jpg", "up/secret.txt"):
        with pytest.raises(InputError) as ei:
            safe_relative_path(base, ref)
        assert "outside" in ei.value.message


def test_symlink_inside_accepted(base):
    os.symlink(base / "foto" / "label.jpg", base / "alias.jpg")
    assert safe_relative_path(base, "alias.jpg") == (base / "foto" / "label.jpg").resolve()


@pytest.mark.parametrize("text,expected", [
    ("UD Kopi Sembalun Lestari", "UD-Kopi-Sembalun-Lestari"),
    ("Tenun Ikat Sukarara — Ibu Ni’ Léa", "Tenun-Ikat-Sukarara-Ibu-Ni-Lea"),
    ("../../etc/passwd", "etc-passwd"),
    ("a/b\\c", "a-b-c"),
    ("..", "unnamed"),
    ("", "unnamed"),
    ("\x00\x1f\x7f", "unnamed"),
    ("CON", "_CON"),
    ("nul.txt", "_nul.txt"),
    ("com1", "_com1"),
    ("LPT9.pdf", "_LPT9.pdf"),
    (".hidden", "hidden"),
    ("name.", "name"),
    ("漢字", "unnamed"),
    ("ＵＤ　Ｍａｄｕ", "UD-Madu"),
    ("a..b", "a.b"),
])
def test_safe_filename(text, expected):
    assert safe_filename(text) == expected


def test_safe_filename_properties():
    for text in ["x" * 500, "a " * 200, "Ä" * 300, "-" * 100 + "y"]:
        s = safe_filename(text, max_len=40)
        assert 1 <= len(s) <= 40
        assert "/" not in s and "\\" not in s and ".." not in s and not s.startswith(".")
        assert s.isascii() and s.isprintable()


def test_unique_filename_no_overwrites():
    taken: set[str] = set()
    names = [unique_filename(f"{safe_filename(n)}.pdf", taken)
             for n in ["UD Kopi", "UD  Kopi", "UD/Kopi", "ud kopi", "UD Kopi"]]
    assert names == ["UD-Kopi.pdf", "UD-Kopi-2.pdf", "UD-Kopi-3.pdf", "ud-kopi-4.pdf",
                     "UD-Kopi-5.pdf"]
    assert len({n.casefold() for n in names}) == len(names)
    assert unique_filename("README", taken) == "README"
    assert unique_filename("README", taken) == "README-2"
