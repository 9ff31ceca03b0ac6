"""The office's commands: keys init|import|show, office show|set, register list|show|export|
revoke, and check --format json/pdf around the register."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import stat
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOSSIERS = ROOT / "examples" / "dossiers"
AS_OF = "2026-11-27"


def cli(capsys, *args):
    """(exit code, stdout, stderr) of `readiness ARGS`."""
    from readiness.cli import main

    with pytest.raises(SystemExit) as e:
        main([str(a) for a in args])
    out = capsys.readouterr()
    return e.value.code, out.out, out.err


@pytest.fixture
def config(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "readiness"


def test_keys_init_makes_a_trial_key_and_the_office(config, capsys):
    code, out, err = cli(capsys, "keys", "init", "--office", "Dinas Perindustrian Kabupaten Lombok Timur",
                         "--signatory", "Lalu Ahmad", "--nip", "19800101 200501 1 001",
                         "--position", "Kepala Seksi", "--place", "Selong",
                         "--base-url", "https://sertifikat.lotim.example/", "--lang", "en")
    assert code == 0, err
    assert "trial key made" in out and "UJI COBA / TRIAL" in out and "TRIAL key" in out
    key = config / "office-key.pem"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert stat.S_IMODE(os.stat(config).st_mode) == 0o700
    from readiness.office import Office

    o = Office.load()
    assert (o.name, o.signatory.nip, o.place, o.base_url) == (
        "Dinas Perindustrian Kabupaten Lombok Timur", "19800101 200501 1 001", "Selong",
        "https://sertifikat.lotim.example")
    assert o.verify_url("MM27-000001-3") == "https://sertifikat.lotim.example/v/MM27-000001-3"
    # a second init refuses; --force keeps the old certificate among the trusted ones
    code, out, err = cli(capsys, "keys", "init")
    assert code == 2 and "already has a signing key" in err
    old = (config / "office-cert.pem").read_bytes()
    assert cli(capsys, "keys", "init", "--force")[0] == 0
    assert (config / "office-cert.pem").read_bytes() != old
    assert [p.read_bytes() for p in (config / "trusted").iterdir()] == [old]
    code, out, _ = cli(capsys, "keys", "show", "--lang", "en")
    assert code == 0 and "SHA-256 fingerprint" in out


def test_office_show_and_set(config, capsys, tmp_path):
    import zlib
    import struct

    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00\x00\x00\x00")) + chunk(b"IEND", b""))
    (tmp_path / "logo.png").write_bytes(png)
    code, out, err = cli(capsys, "office", "set", "--office", "Dinas X", "--logo", tmp_path / "logo.png",
                         "--lang", "en")
    assert code == 0 and "office settings saved" in out and "signatory.name" in out
    assert (config / "office-logo.png").read_bytes() == png
    code, out, _ = cli(capsys, "office", "show")
    assert "Dinas X" in out and "office-logo.png" in out
    code, _, err = cli(capsys, "office", "set", "--base-url", "javascript:alert(1)")
    assert code == 2 and "not a web address" in err
    (tmp_path / "logo.svg").write_text("<svg/>")
    code, _, err = cli(capsys, "office", "set", "--logo", tmp_path / "logo.svg")
    assert code == 2 and "PNG or JPEG" in err
    code, _, err = cli(capsys, "office", "set", "--nip", "abc")
    assert code == 2


def _ca_and_p12(tmp_path, password=b"rahasia"):
    """A CA (like BSrE) and an office certificate it issued, in a PKCS#12 file."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    now = dt.datetime.now(dt.timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test CA (BSrE-like)")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, key_cert_sign=True, crl_sign=True,
                                       encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Dinas Perindustrian NTB")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(2)
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False, crl_sign=False,
                                         encipher_only=False, decipher_only=False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    p12 = tmp_path / "office.p12"
    p12.write_bytes(pkcs12.serialize_key_and_certificates(
        b"office", key, cert, [ca], serialization.BestAvailableEncryption(password)))
    ca_pem = tmp_path / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem


def test_keys_import_a_ca_issued_certificate(config, capsys, tmp_path, monkeypatch):
    p12, ca_pem = _ca_and_p12(tmp_path)
    (tmp_path / "wrong").write_text("salah\n")
    code, _, err = cli(capsys, "keys", "import", p12, "--password-file", tmp_path / "wrong")
    assert code == 2 and "wrong password" in err
    (tmp_path / "pw").write_text("rahasia\n")
    code, out, err = cli(capsys, "keys", "import", p12, "--password-file", tmp_path / "pw", "--lang", "en")
    assert code == 0, err
    assert "office key imported" in out and "Dinas Perindustrian NTB" in out and "TRIAL" not in out
    assert (config / "office-chain.pem").exists()
    # a certificate signed with it verifies against the office certificate or against the CA
    from readiness.api import check_path, issue_document, load_standard
    from readiness.verification import verify_pdf

    reg = tmp_path / "r.sqlite3"
    res = check_path(DOSSIERS / "kopi-sembalun.yaml", load_standard(None),
                     as_of=dt.date(2026, 11, 27)).to_dict()
    kind, issued = issue_document(res, tmp_path / "c.pdf", database_url=reg)
    assert issued.apply(res)["certificate"]["trial"] is False
    assert verify_pdf(tmp_path / "c.pdf", register=reg).ok
    assert verify_pdf(tmp_path / "c.pdf", register=reg, trust=[ca_pem]).ok
    monkeypatch.setenv("READINESS_P12_PASSWORD", "rahasia")
    code, _, err = cli(capsys, "keys", "import", p12)
    assert code == 2 and "already has a signing key" in err


def test_register_commands(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("READINESS_LANG")           # Indonesian unless --lang en
    reg = tmp_path / "r.sqlite3"
    code, _, err = cli(capsys, "register", "list", "--database-url", reg)
    assert code == 2 and "belum ada register sertifikat di sini" in err
    assert not reg.exists()
    for name in ("kopi-sembalun", "tenun-sukarara"):
        code, _, err = cli(capsys, "check", DOSSIERS / f"{name}.yaml", "--format",
                           "pdf", "-o", tmp_path / f"{name}.pdf", "--database-url", reg)
        assert code == 0 and "diterbitkan dan dicatat di register" in err
    code, out, _ = cli(capsys, "register", "list", "--database-url", reg, "--lang", "en")
    lines = out.strip().splitlines()
    assert len(lines) == 2 and "Kelompok Tenun Dasan Sukarara" in lines[0] and "valid" in lines[0]
    kopi = lines[1].split()[0]
    code, out, err = cli(capsys, "register", "revoke", kopi.lower(), "--reason", "Izin dicabut",
                         "--by", "Petugas A", "--database-url", reg)
    assert code == 0 and f"sertifikat {kopi} dicabut: Izin dicabut (oleh Petugas A" in out
    code, _, err = cli(capsys, "register", "revoke", kopi, "--reason", "lagi", "--by", "B",
                       "--database-url", reg)
    assert code == 2 and "sudah dicabut pada" in err            # Indonesian by default
    code, _, err = cli(capsys, "register", "revoke", "MM27-000001-X", "--reason", "x", "--by", "y",
                       "--database-url", reg)
    assert code == 2 and "huruf pemeriksanya tidak cocok" in err
    code, out, _ = cli(capsys, "register", "list", "--status", "revoked", "--database-url", reg)
    assert len(out.strip().splitlines()) == 1 and kopi in out and "dicabut" in out
    code, out, _ = cli(capsys, "register", "show", kopi, "--database-url", reg, "--lang", "en")
    assert "revoked by Petugas A: Izin dicabut" in out and "NIB 9120301234567" in out
    code, out, _ = cli(capsys, "register", "show", kopi, "--database-url", reg, "--format", "json")
    d = json.loads(out)
    assert d["status"] == "revoked" and [h["kind"] for h in d["history"]] == ["issued", "revoked"]
    # exports
    assert cli(capsys, "register", "export", "-o", tmp_path / "r.csv", "--database-url", reg)[0] == 0
    with open(tmp_path / "r.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["Status"] for r in rows} == {"berlaku", "dicabut"}
    assert next(r for r in rows if r["Nomor"] == kopi)["Alasan pencabutan"] == "Izin dicabut"
    assert cli(capsys, "register", "export", "-o", tmp_path / "h.xlsx", "--history", "--lang", "en",
               "--database-url", reg)[0] == 0
    import openpyxl

    ws = openpyxl.load_workbook(tmp_path / "h.xlsx").active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0][:3] == ["Number", "Event", "Time (UTC)"]
    assert sorted(v[1] for v in values[1:]) == ["issued", "issued", "revoked"]


def test_check_json_before_issuing(capsys):
    code, out, _ = cli(capsys, "check", DOSSIERS / "kopi-sembalun.yaml", "--as-of", AS_OF,
                       "--format", "json")
    d = json.loads(out)
    assert code == 0 and d["certified"] is True and d["certificate"]["number"] is None


def test_trial_signer_names_the_whole_office():
    """A common name has 64 characters: the office's name is shortened with official
    abbreviations, not cut in the middle of the province's name."""
    from readiness.office import TRIAL_MARK, _trial_cn

    cn = _trial_cn("Dinas Perindustrian Provinsi Nusa Tenggara Barat")
    assert cn == f"Dinas Perindustrian Provinsi NTB ({TRIAL_MARK})"
    assert _trial_cn("Dinas Perindustrian") == f"Dinas Perindustrian ({TRIAL_MARK})"
    long = _trial_cn("Dinas Perindustrian dan Perdagangan Kabupaten Lombok Tengah Provinsi "
                     "Nusa Tenggara Barat")
    assert len(long) <= 64 and long.endswith(f"({TRIAL_MARK})") and "Kab. Lombok" in long


def test_a_check_as_of_another_day_makes_a_draft_not_a_backdated_certificate(capsys, tmp_path):
    """Issue #23: `check --as-of PAST --format pdf` issued a real certificate dated in the
    past. A certificate is dated the day it is issued: as of another day, a draft."""
    reg = tmp_path / "r.sqlite3"
    out = tmp_path / "kopi.pdf"
    code, _, err = cli(capsys, "check", DOSSIERS / "kopi-sembalun.yaml", "--as-of", AS_OF,
                       "--format", "pdf", "-o", out, "--database-url", reg, "--lang", "en")
    assert code == 0 and out.exists()
    assert f"--as-of {AS_OF} is not today" in err and "DRAFT" in err
    assert not reg.exists()                        # nothing numbered, nothing recorded
    from readiness.verification import verify_pdf

    assert [c for c, _ in verify_pdf(out).problems] == ["draft"]
