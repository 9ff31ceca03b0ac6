"""`readiness verify` on certificates signed with PAdES: what it prints, where it looks for
trust and status, and its exit codes."""

import datetime as dt


from tests.support.certs import check, issue
from tests.support.cli import run
from tests.support.paths import AS_OF


def test_a_genuine_certificate_verifies(office, monkeypatch):
    d, reg, certs = office
    pdf, r = certs["tenun-sukarara"]
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 0, out
    number = r["certificate"]["number"]
    for needle in (f"OK: certificate {number} is genuine and valid", "Kelompok Tenun Dasan Sukarara",
                   "NIB 0220104455667", "Kain Tenun Songket Subahnale (Textile; ready)",
                   "Selendang Tenun Motif Keker (Textile; conditionally ready)",
                   "mandalika-motogp@2027.3", "1 October 2027 - 3 October 2027",
                   "issued 27 November 2026, valid until 3 October 2027", "UJI COBA / TRIAL",
                   "Register:        valid"):
        assert needle in out, (needle, out)
    monkeypatch.delenv("READINESS_LANG")
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 0 and "asli dan berlaku" in out and "berlaku sampai 3 Oktober 2027" in out


def test_trust_from_a_file_a_folder_or_the_config(office, tmp_path):
    from readiness.office import CERT_FILE, config_dir

    d, reg, certs = office
    pdf = certs["kopi-sembalun"][0]
    cert = config_dir() / CERT_FILE
    assert run("verify", pdf, "--register", reg, "--trust", cert).code == 0
    folder = tmp_path / "trusted"
    folder.mkdir()
    (folder / "office.pem").write_bytes(cert.read_bytes())
    assert run("verify", pdf, "--register", reg, "--trust", folder).code == 0
    der = tmp_path / "office.der"
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    der.write_bytes(x509.load_pem_x509_certificate(cert.read_bytes()).public_bytes(
        serialization.Encoding.DER))
    assert run("verify", pdf, "--register", reg, "--trust", der).code == 0


def test_without_a_trusted_certificate_never_exit_0(office, tmp_path, monkeypatch):
    d, reg, certs = office
    pdf = certs["kopi-sembalun"][0]
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))     # a machine without the office's key
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 1
    assert "the signature is intact, but the signer is not trusted" in out
    assert "no trusted office certificate" in out
    monkeypatch.delenv("READINESS_LANG")
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 1 and "tanda tangan utuh, tetapi penandatangan tidak dipercaya" in out


def test_status_needs_a_register(office, monkeypatch, tmp_path):
    d, reg, certs = office
    pdf = certs["kopi-sembalun"][0]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))       # no register on this machine
    code, out = run("verify", pdf).pair
    assert code == 1 and "status not checked: no register" in out
    assert "--register https://sertifikat.example.go.id" in out
    monkeypatch.setenv("READINESS_DATABASE_URL", reg)
    assert run("verify", pdf).code == 0


def test_a_number_the_register_does_not_know(office, tmp_path):
    d, reg, certs = office
    other = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    from readiness.register.store import Register

    Register.open(other).close()
    code, out = run("verify", certs["kopi-sembalun"][0], "--register", other).pair
    assert code == 1 and "is not in the register (this office never issued it)" in out


def test_expired_after_the_event(tmp_path):
    from readiness.verification import verify_pdf

    reg = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    _, _ = issue(check("kopi-sembalun"), tmp_path / "k.pdf", reg)
    rep = verify_pdf(tmp_path / "k.pdf", register=reg, today=dt.date(2027, 10, 4))
    assert not rep.ok and rep.status == "expired"
    assert [c for c, _ in rep.problems] == ["expired"]
    assert verify_pdf(tmp_path / "k.pdf", register=reg, today=dt.date(2027, 10, 3)).ok


def test_drafts_gap_reports_and_junk_are_not_certificates(tmp_path):
    from readiness.api import issue_document

    reg = tmp_path / "r.sqlite3"
    draft = tmp_path / "draft.pdf"
    issue_document(check("kopi-sembalun"), draft, draft=True, database_url=reg)
    assert not reg.exists()                      # a draft records nothing
    code, out = run("verify", draft).pair
    assert code == 1 and "this is a DRAFT, not a certificate" in out
    gap = tmp_path / "gap.pdf"
    kind, issued = issue_document(check("madu-hutan-sumbawa"), gap, database_url=reg)
    assert kind == "gap-report" and issued is None and not reg.exists()
    code, out = run("verify", gap).pair
    assert code == 1 and "this PDF is not signed" in out
    junk = tmp_path / "junk.pdf"
    junk.write_bytes(b"%PDF-1.7 nonsense")
    code, out = run("verify", junk).pair
    assert code == 1
    missing = run("verify", tmp_path / "missing.pdf")
    assert missing.code == 2 and "file not found" in missing.err
    not_key = run("verify", gap, "--trust", gap)
    assert not_key.code == 2 and "not a certificate or public key" in not_key.err


def test_a_certified_check_without_a_key_refuses_to_issue(tmp_path, monkeypatch):
    """No unsigned certificates: without the office's key, exit 2 with the hint."""
    import subprocess
    import sys

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "empty"))
    from tests.support.paths import EXAMPLES

    p = subprocess.run([sys.executable, "-m", "readiness", "check", str(EXAMPLES / "kopi-sembalun.yaml"),
                        "--format", "pdf", "-o", str(tmp_path / "c.pdf"),
                        "--database-url", str(tmp_path / "r.sqlite3")],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 2 and "readiness keys init" in p.stderr and "Traceback" not in p.stderr
    assert not (tmp_path / "c.pdf").exists() and not (tmp_path / "r.sqlite3").exists()
    # a gap report needs no key
    p = subprocess.run([sys.executable, "-m", "readiness", "check", str(EXAMPLES / "madu-hutan-sumbawa.yaml"),
                        "--as-of", AS_OF.isoformat(), "--format", "pdf", "-o", str(tmp_path / "g.pdf")],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 1 and (tmp_path / "g.pdf").exists()
