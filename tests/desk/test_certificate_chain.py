"""Issue #23: the certificates' own tables are in the audit chain's reach. With write access to
the database (the append-only triggers dropped, as the database's owner could), deleting a
revocation, renumbering or renaming a certificate, changing its content or slipping one in
went unnoticed by `register audit` and `verify`; each is now named by both, on SQLite and
PostgreSQL."""

import pytest

from readiness.register import audit
from tests.support.certs import check, issue
from tests.support.cli import run
from tests.support.desk import raw

TABLES = ("certificates", "certificate_events")


@pytest.fixture
def open_tables(reg):
    """The certificates' tables without their append-only triggers, as the database's owner
    could drop them (put back for PostgreSQL, whose database outlives the test)."""
    for table in TABLES:
        if reg.backend == "postgresql":
            raw(reg, f"DROP TRIGGER {table}_append_only ON {table}")
        else:
            raw(reg, f"DROP TRIGGER IF EXISTS {table}_no_update")
            raw(reg, f"DROP TRIGGER IF EXISTS {table}_no_delete")
    yield
    if reg.backend == "postgresql":
        for table in TABLES:
            raw(reg, f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                     "FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")


def audited(reg):
    return run("register", "audit", "--database-url", reg.url, "--lang", "en")


@pytest.fixture
def issued(reg, tmp_path):
    kopi, _ = issue(check("kopi-sembalun"), tmp_path / "kopi.pdf", reg.url)
    tenun, _ = issue(check("tenun-sukarara"), tmp_path / "tenun.pdf", reg.url)
    k, t = kopi["certificate"]["number"], tenun["certificate"]["number"]
    reg.revoke(k, reason="Izin dicabut", by="Lalu Ahmad")
    assert audited(reg).code == 0
    assert audit.check_certificates(reg) == []
    return {"kopi": (k, tmp_path / "kopi.pdf"), "tenun": (t, tmp_path / "tenun.pdf")}


def test_a_deleted_revocation_is_found(reg, issued, open_tables):
    number, pdf = issued["kopi"]
    raw(reg, "DELETE FROM certificate_events WHERE kind = 'revoked'")
    assert reg.get(number).status() == "valid"          # the register alone now says valid
    r = audited(reg)
    assert r.code == 1 and f"certificate {number} does NOT match the audit log" in r.out
    assert "revocation deleted" in r.out
    from readiness.verification import verify_pdf

    rep = verify_pdf(pdf, register=reg.url)
    assert not rep.ok and "register_tampered" in [c for c, _ in rep.problems]
    v = run("verify", pdf, "--register", reg.url, "--lang", "en")
    assert v.code == 1 and "does not match its audit log: the log records its revocation" in v.output


def test_a_renumbered_or_renamed_certificate_is_found(reg, issued, open_tables):
    number, _ = issued["tenun"]
    raw(reg, "UPDATE certificates SET business_name = 'Usaha Lain' WHERE number = :n", n=number)
    assert audit.check_certificates(reg) == [(number, "business")]
    raw(reg, "UPDATE certificates SET number = 'MM27-999999-Z' WHERE number = :n", n=number)
    r = audited(reg)
    assert r.code == 1
    assert audit.check_certificates(reg) == [(number, "missing"), ("MM27-999999-Z", "unrecorded")]


def test_changed_content_is_found(reg, issued, open_tables):
    number, _ = issued["tenun"]
    raw(reg, "UPDATE certificates SET content_digest = :d WHERE number = :n", d="0" * 64, n=number)
    assert audit.check_certificates(reg) == [(number, "content")]
    assert "content differs from what was issued" in audited(reg).out


def test_a_revocation_slipped_in_is_found(reg, issued):
    number, _ = issued["tenun"]
    raw(reg, "INSERT INTO certificate_events (certificate_id, kind, at, actor, reason, "
             "related_number, result_sha256, signer) SELECT id, 'revoked', created_at, 'x', 'x', "
             "'', '', '' FROM certificates WHERE number = :n", n=number)
    assert audit.check_certificates(reg) == [(number, "revocation_unrecorded")]


def test_serve_publishes_the_head_that_register_audit_takes_back(reg, issued, tmp_path):
    """A tail cut off the log still links: the head published at /api/v1/audit/head, kept
    elsewhere, shows it."""
    from fastapi.testclient import TestClient

    from tests.support.desk import make_app

    with TestClient(make_app(reg.url, tmp_path)) as client:
        got = client.get("/api/v1/audit/head").json()
    seq, sha = audit.head(reg)
    assert got["head"] == f"{seq}:{sha}" and got["seq"] == seq
    r = run("register", "audit", "--database-url", reg.url, "--head", got["head"])
    assert r.code == 0, r.output
