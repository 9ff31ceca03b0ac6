"""`readiness applications` over the same services as the desk, on SQLite and PostgreSQL: the
whole loop (add, return with notes, resubmit, approve, issue confirmed with the password, a
revocation that moves the case, re-issuing refused without a change or a reason), `show
--format json`, `assign`, and `report funnel`."""

import json

import yaml

from tests.support.paths import EXAMPLES
from tests.support.cli import run
from tests.support.desk import PASSWORD

KOPI = EXAMPLES / "kopi-sembalun.yaml"


def _audit(reg, action):
    from readiness.register import audit

    return [e for e in audit.entries(reg) if e.action == action]


def test_the_whole_loop_from_the_command_line(reg, people, register_url, tmp_path):
    db = ["--database-url", register_url]
    code, out = run("applications", "add", KOPI, "--by", "lalu.ahmad", *db).pair
    assert code == 0, out
    ref, link = out.split()[:2]
    assert ref.startswith("AJ") and f"/status/{ref}/" in link
    secret = link.rsplit("/", 1)[1]
    assert len(secret) >= 24                          # 18 random bytes, url-safe
    # an account that is not the desk's is refused, one line, exit 2
    code, out = run("applications", "approve", ref, "--by", "mgpa.vendor", *db).pair
    assert code == 2 and "mgpa.vendor" in out and "Traceback" not in out

    code, out = run("applications", "return", ref, "--note", "Lengkapi label",
                        "--about", "LBL-01:1=Tambahkan tanggal produksi", "--by", "lalu.ahmad", *db).pair
    assert code == 0, out
    code, out = run("applications", "return", ref, "--about", "nonsense", "--by",
                        "lalu.ahmad", *db).pair
    assert code == 2 and "RULE=NOTE" in out

    fixed = yaml.safe_load(KOPI.read_text(encoding="utf-8"))
    fixed["business"]["name"] = "UD Kopi Sembalun Lestari Jaya"
    path = tmp_path / "kopi-v2.yaml"
    path.write_text(yaml.safe_dump(fixed, allow_unicode=True), encoding="utf-8")
    code, out = run("applications", "resubmit", ref, path, "--by", "lalu.ahmad", *db).pair
    assert code == 0 and "v2" in out, out

    code, out = run("applications", "approve", ref, "--by", "lalu.ahmad", *db).pair
    assert code == 0 and "approved" in out, out
    code, out = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                        "not-the-password", *db).pair
    assert code == 2 and "wrong password" in out
    assert reg.count() == 0                            # nothing issued
    code, out = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                        PASSWORD, *db).pair
    assert code == 0, out
    number = out.split()[0]
    assert reg.application(ref).status == "certified"

    code, out = run("register", "revoke", number, "--reason", "Label tidak sesuai",
                        "--by", "Lalu Ahmad", *db).pair
    assert code == 0, out
    app = reg.application(ref)
    assert app.status == "revoked" and app.events[-1].note == "Label tidak sesuai"

    # issuing again from the unchanged dossier: refused, exit 2, nothing recorded
    code, out = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                        PASSWORD, *db).pair
    assert code == 2 and "revoked" in out and number in out, out
    assert reg.count() == 1
    # with a reason: issued, and the reason is in the audit log
    code, out = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                        PASSWORD, "--override-reason", "Keputusan Kabid 12/2026", *db).pair
    assert code == 0, out
    assert reg.count() == 2
    assert any(e.data.get("override_reason") == "Keputusan Kabid 12/2026"
               for e in _audit(reg, "application.status"))

    code, out = run("applications", "show", ref, "--format", "json", *db).pair
    assert code == 0, out
    shown = json.loads(out)
    assert shown["status"] == "certified" and shown["version"] == 2
    assert shown["status_link"].endswith(f"/status/{ref}/{secret}")
    assert [v["version"] for v in shown["versions"]] == [1, 2]
    assert shown["notes"][0]["rule"] == "LBL-01" and "tanggal produksi" in shown["notes"][0]["text"]
    assert [h["status"] for h in shown["history"]] == [
        "new", "returned", "new", "approved", "certified", "revoked", "certified"]
    assert all(e.actor == "lalu.ahmad" for e in _audit(reg, "application.resubmit"))


def test_issuing_after_a_revocation_goes_on_once_the_dossier_changed(reg, people,
                                                                      register_url, tmp_path):
    db = ["--database-url", register_url]
    ref = run("applications", "add", KOPI, "--by", "lalu.ahmad", *db).output.split()[0]
    number = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                     PASSWORD, *db).output.split()[0]
    assert run("register", "revoke", number, "--reason", "Izin PIRT dicabut", "--by", "X",
                   *db).code == 0
    fixed = yaml.safe_load(KOPI.read_text(encoding="utf-8"))
    fixed["business"]["name"] = "UD Kopi Sembalun Baru"
    path = tmp_path / "kopi.yaml"
    path.write_text(yaml.safe_dump(fixed, allow_unicode=True), encoding="utf-8")
    assert run("applications", "resubmit", ref, path, "--by", "lalu.ahmad", *db).code == 0
    code, out = run("applications", "issue", ref, "--by", "lalu.ahmad", "--password",
                        PASSWORD, *db).pair
    assert code == 0, out
    assert out.split()[0] != number


def test_assign_and_the_funnel_report(reg, people, register_url, tmp_path):
    db = ["--database-url", register_url]
    refs = [run("applications", "add", EXAMPLES / f"{n}.yaml", "--by", "lalu.ahmad",
                    *db).output.split()[0] for n in ("kopi-sembalun", "tenun-sukarara")]
    code, out = run("applications", "assign", refs[0], "--to", "dewi.s", "--community",
                        "Komunitas Kopi Sembalun", "--by", "lalu.ahmad", *db).pair
    assert code == 0 and "Dewi Sartika" in out, out
    code, out = run("applications", "assign", refs[0], "--to", "mgpa.vendor", "--by",
                        "lalu.ahmad", *db).pair
    assert code == 2
    code, out = run("report", "funnel", "--by", "community", "--format", "json", *db).pair
    assert code == 0, out
    data = json.loads(out)
    assert data["total"]["registered"] == 2
    assert {g["name"] for g in data["groups"]} == {"Komunitas Kopi Sembalun", ""}
    code, out = run("report", "funnel", "--format", "xlsx", *db).pair
    assert code == 2 and "-o" in out
    xlsx = tmp_path / "funnel.xlsx"
    code, out = run("report", "funnel", "--by", "regency", "--format", "xlsx", "-o", xlsx,
                        *db).pair
    assert code == 0 and xlsx.read_bytes()[:2] == b"PK"
    assert any(e.action == "business.update" for e in __import__(
        "readiness.register.audit", fromlist=["entries"]).entries(reg))
