"""Certificates signed with the earlier Ed25519 scheme (before PAdES and the register) still
verify: the fixture was made by that code, with its key."""

import io
import json
import re
from pathlib import Path


from readiness import attachments
from tests.support.cli import run

HERE = Path(__file__).parent / "legacy"
CERT = HERE / "tenun-sukarara-ed25519.pdf"
PUB = HERE / "office-ed25519.pub.pem"


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


def test_legacy_certificate_verifies_against_its_key(monkeypatch):
    r = run("verify", CERT, "--trust", PUB, "--lang", "en", "--accept-legacy")
    assert r.code == 0, r.output
    assert "earlier Ed25519 scheme" in r.output and "MM-2027.1-0220104455667-872086A6" in r.output
    assert "Kelompok Tenun Dasan Sukarara" in r.output and "issued before the register" in r.output
    monkeypatch.delenv("READINESS_LANG")           # Indonesian by default
    r = run("verify", CERT, "--trust", PUB, "--accept-legacy")
    assert r.code == 0 and "skema Ed25519 lama" in r.output


def test_a_legacy_certificate_fails_unless_accepted():
    """Issue #23: a legacy certificate with its page painted over still verified (the scheme
    signed the result, not the page, and there is no register status). Without
    --accept-legacy it now fails, saying to compare the printed page."""
    r = run("verify", CERT, "--trust", PUB, "--lang", "en")
    assert r.code == 1
    assert "no register status; compare the printed page" in r.output
    assert "--accept-legacy" in r.output


def test_verify_prints_no_cryptography_deprecation_warning():
    import subprocess
    import sys

    got = subprocess.run([sys.executable, "-m", "readiness", "verify", str(CERT), "--trust",
                          str(PUB), "--accept-legacy"], capture_output=True, text=True)
    assert got.returncode == 0, got.stderr
    assert "Warning" not in got.stderr and "deprecated" not in got.stderr


def test_legacy_certificate_needs_a_trusted_key(tmp_path):
    r = run("verify", CERT, "--lang", "en")
    assert r.code == 1 and "the signer is not trusted" in r.output
    # the office's PAdES certificate is no Ed25519 key either
    from readiness.office import CERT_FILE, config_dir

    r = run("verify", CERT, "--trust", config_dir() / CERT_FILE, "--lang", "en")
    assert r.code == 1 and "not trusted" in r.output


def test_legacy_edited_attachment_fails(tmp_path):
    from readiness.attachments import canonical_json

    def change(name, data):
        if name == attachments.RESULT_ATTACHMENT:
            res = json.loads(data)
            res["business"]["name"] = "Someone Else"
            return canonical_json(res)
        return data

    bad = rebuild(CERT, tmp_path / "edited.pdf", change)
    r = run("verify", bad, "--trust", PUB, "--lang", "en")
    assert r.code == 1 and "changed after signing" in r.output


# every line the Ed25519 verifier can print (readiness.signing), as it prints it
VERIFY_LINES = [
    "the signature attachment is damaged (Expecting value: line 1 column 1 (char 0))",
    "the signature attachment is damaged (bad key or signature length)",
    "the attached result was changed after signing (SHA-256 differs)",
    "the signature does not match the attached result",
    "signed with key 3F2A-91C0, not with the trusted key 77AB-0012",
    "the PDF holds 2 attachments named readiness-result.json",
    "not a readable PDF (PdfReadError: EOF marker not found)",
    "no attached result (readiness-result.json): not a readiness document",
    "the attached result is not valid JSON (Expecting value: line 1 column 1 (char 0))",
    "the attached result is not a result object",
    "the attached result is not in canonical form (it was re-written)",
    "the certificate is unsigned (no readiness-result.sig attachment)",
    "signed by the trusted key 3F2A-91C0",
    "signature intact (key 3F2A-91C0); the issuer is NOT authenticated: pass --trust PUBLIC_KEY "
    "to check who signed it",
    "the attached result issues no certificate (this is not a certificate)",
    "the printed certificate number is not recorded in the PDF",
    "certificate number mismatch: the signed result says MM-2027.1-1-AB, the PDF records MM-X",
    "certificate number mismatch: the signed result says MM-2027.1-1-AB, the PDF metadata says MM-X",
    "certificate number mismatch: MM-2027.1-1-AB (signed result) is not the number printed on the page",
    "cannot recompute the certificate number (KeyError: 'standard')",
    "certificate number mismatch: the result gives MM-2027.1-1-AB, the certificate carries MM-X",
    "certificate number not recomputed (readiness.report.certificate_number is not available)",
]


def test_every_legacy_verify_problem_reads_in_both_languages():
    from readiness import signing
    from readiness.words import WORDS

    src = (Path(signing.__file__)).read_text(encoding="utf-8")
    codes = set(re.findall(r'(?:Msg|SignatureProblem)\(\s*"([a-z_]+)"', src))
    assert len(codes) >= 20
    for code in codes:
        entry = WORDS["error." + code]
        assert entry["id"] != entry["en"], code

