"""Batch with PDFs issues certificates through the register: numbered before the PDFs are
made, the same numbers when run again, one business read from CSV or XLSX is one business,
drafts record nothing, no key means exit 2, and two batches at once stay consistent."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from readiness.register.store import Register
from tests.support.batch import AS_OF, DOSSIERS, EXPORT, main_code as cli, read_csv

CERTIFIED = ("UD Kopi Sembalun Lestari", "UD Keripik Mawar Pringgasela")


def numbers(out):
    """{business name: certificate number} from summary.csv (in either language)."""
    out_rows = {}
    for r in read_csv(out / "summary.csv"):
        name = r.get("Nama usaha", r.get("Business"))
        number = r.get("Nomor sertifikat", r.get("Certificate number"))
        if number:
            out_rows[name] = number
    return out_rows


def attached(pdf: Path) -> dict:
    from pypdf import PdfReader

    return json.loads(PdfReader(io.BytesIO(pdf.read_bytes())).attachments["readiness-result.json"][0])


def test_batch_numbers_signs_and_records(tmp_path, capsys, export_xlsx):
    reg = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    out = tmp_path / "out"
    old = ("--standard", "mandalika-motogp@2027.1")   # where two of the export are certified
    code = cli("batch", str(EXPORT), "-o", str(out), "--jobs", "2", "--as-of", AS_OF,
               "--database-url", reg, *old)
    assert code == 2                                   # the shared export has a broken row
    err = capsys.readouterr().err
    assert "register: 2 sertifikat baru, 0 pengganti, 0 cetak ulang" in err
    got = numbers(out)
    assert set(got) == set(CERTIFIED)
    lines = {json.loads(x)["business"]["name"]: json.loads(x)
             for x in (out / "results.jsonl").read_text(encoding="utf-8").splitlines()}
    rows = {r["Nama usaha"]: r for r in read_csv(out / "summary.csv")}
    with Register.open(reg) as r:
        assert r.count() == 2
        for name, number in got.items():
            rec = r.get(number)
            assert rec.business_name == name and rec.status() == "valid"
            assert lines[name]["certificate"]["number"] == number
            pdf = out / rows[name]["Dokumen"]
            assert attached(pdf)["certificate"]["number"] == number
            from readiness.verification import verify_pdf

            assert verify_pdf(pdf, register=reg).ok
    # the same run again: the same numbers, printed again
    code = cli("batch", str(EXPORT), "-o", str(tmp_path / "again"), "--jobs", "1", "--as-of",
               AS_OF, "--database-url", reg, *old)
    assert numbers(tmp_path / "again") == got
    assert "0 sertifikat baru, 0 pengganti, 2 cetak ulang" in capsys.readouterr().err
    # the same rows from a workbook: the same businesses, the same numbers
    cli("batch", str(export_xlsx()), "-o", str(tmp_path / "xlsx"), "--jobs", "1", "--as-of",
        AS_OF, "--database-url", reg, *old)
    assert numbers(tmp_path / "xlsx") == got
    with Register.open(reg) as r:
        assert r.count() == 2


def test_yaml_and_json_copies_of_a_dossier_are_one_business(tmp_path):
    """A certificate's identity is the NIB and what it states, not the file format or name."""
    import yaml

    reg = f"sqlite:///{tmp_path / 'register.sqlite3'}"
    data = yaml.safe_load((DOSSIERS / "kopi-sembalun.yaml").read_text(encoding="utf-8"))
    data["business"]["nib"] = "9120 3012 3456 7"      # written with spaces this time
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "kopi-copy.json").write_text(json.dumps(data, default=str), encoding="utf-8")
    cli("batch", str(DOSSIERS / "kopi-sembalun.yaml"), "-o", str(tmp_path / "a"), "--jobs", "1",
        "--as-of", AS_OF, "--database-url", reg)
    cli("batch", str(tmp_path / "in"), "-o", str(tmp_path / "b"), "--jobs", "1",
        "--as-of", "2026-11-28", "--lang", "en", "--database-url", reg)
    a = read_csv(tmp_path / "a" / "summary.csv")[0]["Nomor sertifikat"]
    b = read_csv(tmp_path / "b" / "summary.csv")[0]["Certificate number"]
    assert a and a == b


def test_drafts_record_nothing(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-key"))
    reg = tmp_path / "register.sqlite3"
    out = tmp_path / "out"
    code = cli("batch", str(DOSSIERS / "kopi-sembalun.yaml"), "-o", str(out), "--jobs", "1",
               "--as-of", AS_OF, "--draft", "--database-url", str(reg), "--lang", "en")
    assert code == 0 and not reg.exists()
    assert "DRAFTS: 1 certificates without number or signature, not recorded" in capsys.readouterr().err
    assert numbers(out) == {}
    assert attached(out / "documents" / "kopi-sembalun.pdf")["certificate"]["draft"] is True
    from tests.support.pdf import pdf_text

    assert "DRAF" in pdf_text((out / "documents" / "kopi-sembalun.pdf").read_bytes())


def test_no_key_gives_results_gap_reports_and_drafts(tmp_path, capsys, monkeypatch):
    """An organizer's laptop has no office key: the batch still gives every result and gap
    report, and certificates as drafts that say the Dinas issues the real one; it never
    advises making a key, and records nothing."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "no-key"))
    out, reg = tmp_path / "out", tmp_path / "r.sqlite3"
    code = cli("batch", str(DOSSIERS / "kopi-sembalun.yaml"), str(DOSSIERS / "tenun-sukarara.yaml"),
               "-o", str(out), "--as-of", AS_OF, "--jobs", "1", "--database-url", str(reg))
    err = capsys.readouterr().err
    assert code in (0, 1) and not reg.exists()
    assert "keys init" not in err and "keys import" not in err and "--draft" not in err
    assert "kunci kantor Dinas" in err and "sertifikat resmi diterbitkan oleh Dinas" in err
    assert numbers(out) == {}
    from tests.support.pdf import pdf_text

    cert = out / "documents" / "kopi-sembalun.pdf"
    assert attached(cert)["certificate"]["draft"] is True
    text = " ".join(pdf_text(cert.read_bytes()).split())
    assert "DRAF" in text and "Sertifikat resmi hanya diterbitkan oleh Dinas" in text
    assert len(read_csv(out / "summary.csv")) == 2
    assert any(p.suffix in (".html", ".pdf") and "tenun" in p.name for p in (out / "documents").iterdir())


def test_two_batches_at_once(register_url, tmp_path):
    """Two batches against one register at the same time, over the same six businesses and
    ten of their own: every business gets one number, the shared ones the same in both."""
    import yaml

    shared = tmp_path / "shared"
    shared.mkdir()
    base = yaml.safe_load((DOSSIERS / "kopi-sembalun.yaml").read_text(encoding="utf-8"))
    for i in range(6):
        d = json.loads(json.dumps(base, default=str))
        d["business"]["nib"] = f"91203012345{i:02d}"
        d["business"]["name"] = f"UD Kopi Bersama {i}"
        (shared / f"s{i}.json").write_text(json.dumps(d), encoding="utf-8")
    own = {}
    for who in ("A", "B"):
        own[who] = tmp_path / f"own{who}"
        own[who].mkdir()
        for i in range(10):
            d = json.loads(json.dumps(base, default=str))
            d["business"]["nib"] = f"8{ord(who)}{i:011d}"[:13]
            d["business"]["name"] = f"UD Kopi {who}{i}"
            (own[who] / f"{who}{i}.json").write_text(json.dumps(d), encoding="utf-8")
    Register.open(register_url).close()
    procs = [subprocess.Popen([sys.executable, "-m", "readiness", "batch", str(shared), str(own[w]),
                               "-o", str(tmp_path / f"out{w}"), "--jobs", "2", "--as-of", AS_OF,
                               "--database-url", register_url],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for w in ("A", "B")]
    for p in procs:
        _, err = p.communicate(timeout=600)
        assert p.returncode == 0, err[-3000:]
    a, b = numbers(tmp_path / "outA"), numbers(tmp_path / "outB")
    assert len(a) == len(b) == 16
    for i in range(6):
        assert a[f"UD Kopi Bersama {i}"] == b[f"UD Kopi Bersama {i}"]
    with Register.open(register_url) as r:
        assert r.count() == 26
        assert len(set(a.values()) | set(b.values())) == 26
