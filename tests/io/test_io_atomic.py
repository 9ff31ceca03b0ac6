"""atomic_write / atomic_writer: the target holds the old content or the complete new one;
no temporary file is left behind on failure."""

from __future__ import annotations

import os

import pytest

from readiness.files import atomic_write, atomic_writer


def test_writes_bytes_and_text(tmp_path):
    p = tmp_path / "out.json"
    atomic_write(p, b"{}\n")
    assert p.read_bytes() == b"{}\n"
    atomic_write(p, "é\n")
    assert p.read_bytes() == "é\n".encode()
    assert sorted(os.listdir(tmp_path)) == ["out.json"]
    umask = os.umask(0)
    os.umask(umask)
    assert p.stat().st_mode & 0o777 == 0o666 & ~umask


def test_streaming_writer(tmp_path):
    p = tmp_path / "cert.pdf"
    with atomic_writer(p) as f:
        f.write(b"%PDF-1.7\n")
        assert not p.exists()  # nothing visible before the end
        f.write(b"%%EOF\n")
    assert p.read_bytes() == b"%PDF-1.7\n%%EOF\n"
    with atomic_writer(tmp_path / "t.txt", "w") as f:
        f.write("a\nb\n")
    assert (tmp_path / "t.txt").read_bytes() == b"a\nb\n"


class Boom(Exception):
    pass


def test_failure_leaves_old_content_and_no_temp(tmp_path):
    p = tmp_path / "result.json"
    p.write_bytes(b"old")
    with pytest.raises(Boom):
        with atomic_writer(p) as f:
            f.write(b"half of the new")
            raise Boom()
    assert p.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["result.json"]


def test_failure_on_new_file_leaves_nothing(tmp_path):
    class Data(bytes):
        pass

    class Exploding:
        """A writer (like WeasyPrint's) that fails part way."""

        def write_to(self, f):
            f.write(b"x" * 1000)
            raise Boom()

    with pytest.raises(Boom):
        with atomic_writer(tmp_path / "doc.pdf") as f:
            Exploding().write_to(f)
    assert os.listdir(tmp_path) == []
    with pytest.raises(TypeError):
        atomic_write(tmp_path / "x", 123)  # type: ignore[arg-type]
    assert os.listdir(tmp_path) == []


def test_failed_replace_cleans_up(tmp_path, monkeypatch):
    def fail(*a):
        raise OSError("disk gone")
    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        atomic_write(tmp_path / "x.json", b"data")
    assert os.listdir(tmp_path) == []
