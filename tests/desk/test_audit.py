"""The audit log: a hash chain the database keeps append-only, checked by `readiness register
audit`, which names the first entry changed or deleted behind the application's back (with
raw SQL after dropping the trigger), on SQLite and PostgreSQL."""

import datetime as dt
import json
import threading

import pytest
from readiness.register import audit
from readiness.register.store import Register
from tests.support.cli import run
from tests.support.desk import PASSWORD, T0, raw


def fill(reg, n=6):
    a = reg.accounts
    a.add("admin.satu", "admin", PASSWORD, actor="cli:root", now=T0)
    a.add("lalu.ahmad", "officer", PASSWORD, actor="admin.satu", now=T0)
    for i in range(n - 2):
        a.authenticate("lalu.ahmad", PASSWORD if i % 2 else "wrong-password",
                       now=T0 + dt.timedelta(seconds=i))


def run_audit(url, *args):
    return run("register", "audit", "--database-url", url, "--lang", "en", *args)


def test_an_intact_chain(reg, register_url):
    assert audit.verify(reg).head is None
    assert "empty" in run_audit(register_url).output
    fill(reg)
    check = audit.verify(reg)
    assert check.broken is None and check.count == 6
    es = list(audit.entries(reg))
    assert [e.seq for e in es] == [1, 2, 3, 4, 5, 6]
    assert es[0].prev_sha256 == audit.GENESIS
    assert all(b.prev_sha256 == a.sha256 == audit.entry_hash(a) for a, b in zip(es, es[1:], strict=False))
    r = run_audit(register_url)
    assert r.code == 0, r.output
    assert f"intact: 6 entries; head 6:{es[-1].sha256}" in r.output
    # newest first and filtered, for the desk's page
    assert [e.seq for e in audit.entries(reg, newest_first=True, limit=3)] == [6, 5, 4]
    assert [e.action for e in audit.entries(reg, action="login.*")][:1] == ["login.failure"]


def test_the_database_refuses_changes(reg):
    from sqlalchemy.exc import DBAPIError

    fill(reg, 3)
    for sql in ("UPDATE audit_log SET actor = 'someone' WHERE seq = 2",
                "DELETE FROM audit_log WHERE seq = 3"):
        with pytest.raises(DBAPIError, match="append-only"):
            raw(reg, sql)
    assert audit.verify(reg).broken is None


def test_an_edited_entry_is_named(reg, register_url, tamper):
    fill(reg)
    tamper()
    raw(reg, "UPDATE audit_log SET actor = 'someone.else' WHERE seq = 3")
    check = audit.verify(reg)
    assert (check.broken, check.code) == (3, "changed")
    r = run_audit(register_url)
    assert r.code == 1
    assert "BROKEN at entry 3" in r.output and "changed after it was written" in r.output


def test_an_edit_with_its_hash_recomputed_breaks_the_next_link(reg, register_url, tamper):
    fill(reg)
    tamper()
    e = next(x for x in audit.entries(reg) if x.seq == 3)
    assert e.action == "login.failure"
    forged = audit.Entry(e.seq, e.at, e.actor, "login.success", e.target, e.details,
                         e.prev_sha256, "")
    raw(reg, "UPDATE audit_log SET action = 'login.success', sha256 = :h WHERE seq = 3",
        h=audit.entry_hash(forged))
    check = audit.verify(reg)
    assert (check.broken, check.code) == (4, "unlinked")
    assert "BROKEN at entry 4" in run_audit(register_url).output


def test_a_deleted_entry_is_named(reg, register_url, tamper):
    fill(reg)
    tamper()
    raw(reg, "DELETE FROM audit_log WHERE seq IN (3, 4)")
    check = audit.verify(reg)
    assert (check.broken, check.code, check.next_seq) == (3, "missing", 5)
    r = run_audit(register_url)
    assert r.code == 1
    assert "entry 3-4 is missing (deleted); entry 5 follows entry 2" in r.output


def test_a_cut_off_tail_shows_against_a_remembered_head(reg, register_url, tamper):
    fill(reg)
    head = audit.verify(reg).head
    remembered = f"{head[0]}:{head[1]}"
    assert run_audit(register_url, "--head", remembered).code == 0
    tamper()
    raw(reg, "DELETE FROM audit_log WHERE seq = 6")
    assert run_audit(register_url).code == 0          # the chain alone cannot tell
    r = run_audit(register_url, "--head", remembered)
    assert r.code == 1 and "no longer there" in r.output
    assert run_audit(register_url, "--head", "6:xyz").code == 2


def test_export_csv_and_jsonl(reg, register_url, tmp_path):
    fill(reg, 4)
    assert run_audit(register_url, "-o", str(tmp_path / "a.jsonl")).code == 0
    lines = (tmp_path / "a.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines]
    assert [r["seq"] for r in rows] == [1, 2, 3, 4] and rows[0]["action"] == "user.add"
    assert rows[1]["prev_sha256"] == rows[0]["sha256"]
    assert run_audit(register_url, "-o", str(tmp_path / "a.csv")).code == 0
    import csv

    with open(tmp_path / "a.csv", encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert [r["sha256"] for r in table] == [r["sha256"] for r in rows]
    assert run_audit(register_url, "-o", str(tmp_path / "a.txt")).code == 2


def test_appenders_at_once_keep_one_chain(register_url):
    """Several connections appending at the same time: no fork, no gap, nothing lost."""
    with Register.open(register_url) as reg:
        pass
    errors = []

    def work(k):
        try:
            with Register.open(register_url, migrate=False) as r:
                for i in range(15):
                    with r._tx(True) as conn:
                        audit.append(conn, [audit.Record(f"w{k}", "test.append", str(i))],
                                     dt.datetime.now(dt.timezone.utc))
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    with Register.open(register_url, migrate=False) as reg:
        check = audit.verify(reg)
        assert check.broken is None and check.count == 60
        mine = sorted((e.actor, int(e.target)) for e in audit.entries(reg))
        assert mine == sorted((f"w{k}", i) for k in range(4) for i in range(15))


def test_register_actions_are_audited(reg, tmp_path):
    """Issues (CLI and batch), revocations and application changes reach the log."""
    from tests.support.certs import check, issue

    url = reg.url
    kopi, _ = issue(check("kopi-sembalun"), tmp_path / "kopi.pdf", url)
    number = kopi["certificate"]["number"]
    reg.revoke(number, reason="Produk ditarik", by="Lalu Ahmad")
    got = [(e.actor, e.action, e.target) for e in audit.entries(reg)]
    assert got == [("readiness", "certificate.issue", number),
                   ("Lalu Ahmad (cli)", "certificate.revoke", number)]
    first = next(audit.entries(reg))
    assert first.data["outcome"] == "new" and first.data["business_key"] == "9120301234567"
