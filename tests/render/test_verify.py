"""`readiness verify` and the signing keys: a fresh certificate passes; every kind of tampering
fails with exit 1 and the reason."""

import io
import json
import os
import stat
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli import cli
from readiness.render import documents as D


def run(*args):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def rebuild(src, dst, change):
    """Copy a PDF with its attachments passed through `change(name, bytes) -> bytes | None`."""
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(src.read_bytes()))
    w = PdfWriter()
    for page in reader.pages:
        w.add_page(page)
    w.add_metadata({k: str(v) for k, v in (reader.metadata or {}).items()})
    for name, items in reader.attachments.items():
        for data in items:
            new = change(name, data)
            if new is not None:
                w.add_attachment(name, new)
    buf = io.BytesIO()
    w.write(buf)
    dst.write_bytes(buf.getvalue())
    return dst


def test_fresh_certificate_verifies(signed_cert, keydir):
    r = run("verify", signed_cert, "--trust", keydir / "office.pub.pem")
    assert r.exit_code == 0, r.output
    assert "OK" in r.output and "authenticated issuer" in r.output
    r = run("verify", signed_cert)
    assert r.exit_code == 0, r.output
    assert "NOT authenticated" in r.output


def test_wrong_trusted_key(signed_cert, keydir):
    r = run("verify", signed_cert, "--trust", keydir / "other.pub.pem")
    assert r.exit_code == 1 and "not with the trusted key" in r.output


def test_edited_attachment(signed_cert, keydir, tmp_path):
    from readiness.signing import canonical_json

    def change(name, data):
        if name == D.RESULT_ATTACHMENT:
            res = json.loads(data)
            res["business"]["name"] = "Someone Else"
            return canonical_json(res)
        return data

    bad = rebuild(signed_cert, tmp_path / "edited.pdf", change)
    r = run("verify", bad, "--trust", keydir / "office.pub.pem")
    assert r.exit_code == 1 and "changed after signing" in r.output


def test_edited_signature(signed_cert, keydir, tmp_path):
    import base64

    def change(name, data):
        if name == D.SIGNATURE_ATTACHMENT:
            doc = json.loads(data)
            sig = bytearray(base64.b64decode(doc["signature"]))
            sig[5] ^= 0x01
            doc["signature"] = base64.b64encode(bytes(sig)).decode()
            return json.dumps(doc).encode()
        return data

    bad = rebuild(signed_cert, tmp_path / "sig.pdf", change)
    r = run("verify", bad, "--trust", keydir / "office.pub.pem")
    assert r.exit_code == 1 and "signature does not match" in r.output


def test_number_mismatch_even_if_signed(signed_cert, keydir, tmp_path):
    """A validly signed result whose certificate number is not the printed one."""
    from readiness.signing import canonical_json, load_signer

    signer = load_signer(keydir / "office.pem")
    res = {}

    def change(name, data):
        if name == D.RESULT_ATTACHMENT:
            r = json.loads(data)
            r["certificate"]["number"] = r["certificate"]["number"][:-4] + "0000"
            res["data"] = canonical_json(r)
            return res["data"]
        if name == D.SIGNATURE_ATTACHMENT:
            return signer.sign(res["data"])
        return data

    bad = rebuild(signed_cert, tmp_path / "num.pdf", change)
    r = run("verify", bad, "--trust", keydir / "office.pub.pem")
    assert r.exit_code == 1 and "certificate number mismatch" in r.output


def test_stripped_signature_and_gap_report(signed_cert, results, tmp_path):
    bad = rebuild(signed_cert, tmp_path / "nosig.pdf",
                  lambda n, d: None if n == D.SIGNATURE_ATTACHMENT else d)
    r = run("verify", bad)
    assert r.exit_code == 1 and "unsigned" in r.output
    gap = tmp_path / "gap.pdf"
    D.write_document(results[("madu-hutan-sumbawa", "id")], gap)
    r = run("verify", gap)
    assert r.exit_code == 1 and "not a certificate" in r.output
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 nonsense")
    assert run("verify", junk).exit_code == 1


def test_keys_init_show_in_xdg_config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    r = run("keys", "init")
    assert r.exit_code == 0, r.output
    key = tmp_path / "readiness" / "signing-key.pem"
    assert key.exists() and (tmp_path / "readiness" / "signing-key.pub.pem").exists()
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    with pytest.raises(Exception):
        run("keys", "init")  # refuses to overwrite (InputError)
    r = run("keys", "show")
    assert r.exit_code == 0 and "BEGIN PUBLIC KEY" in r.output
    from readiness.signing import find_signer

    assert find_signer(None).path == str(key)


def test_doctor_reports(monkeypatch):
    r = run("doctor")
    assert r.exit_code == 0
    for word in ("WeasyPrint", "Pango", "HarfBuzz", "CSafeLoader", "DejaVuSans.ttf"):
        assert word in r.output


# every line `verify` can print (readiness.signing), as it prints it
def test_every_verify_problem_reads_in_both_languages():
    import re

    from readiness import signing
    from readiness.words import WORDS

    src = Path(signing.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'(?:Msg|SignatureProblem)\(\s*"([a-z_]+)"', src))
    assert len(codes) >= 20
    for code in codes:
        entry = WORDS["error." + code]
        assert entry["id"] != entry["en"], code


def test_verify_speaks_indonesian_by_default(signed_cert, keydir, monkeypatch):
    monkeypatch.delenv("READINESS_LANG", raising=False)
    r = run("verify", signed_cert, "--trust", keydir / "office.pub.pem")
    assert r.exit_code == 0 and "utuh" in r.output and "penerbit terautentikasi" in r.output
    r = run("verify", signed_cert, "--trust", keydir / "other.pub.pem")
    assert r.exit_code == 1 and "GAGAL: ditandatangani dengan kunci" in r.output
    r = run("verify", signed_cert, "--trust", keydir / "other.pub.pem", "--lang", "en")
    assert "FAILED: signed with key" in r.output
