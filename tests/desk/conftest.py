"""The desk's tests: an open register (SQLite and PostgreSQL) and its accounts."""

import pytest

from readiness.register.store import Register
from tests.support.desk import raw

@pytest.fixture
def reg(register_url):
    r = Register.open(register_url)
    yield r
    r.close()


@pytest.fixture
def tamper(reg):
    """Drop the audit log's append-only triggers, as someone with the database's password
    could; they are put back afterwards (the PostgreSQL database outlives the test)."""
    dropped = []

    def drop():
        if reg.backend == "postgresql":
            raw(reg, "DROP TRIGGER audit_log_append_only ON audit_log")
        else:
            raw(reg, "DROP TRIGGER audit_log_no_update")
            raw(reg, "DROP TRIGGER audit_log_no_delete")
        dropped.append(True)

    yield drop
    if dropped and reg.backend == "postgresql":
        raw(reg, "CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                 "FOR EACH ROW EXECUTE FUNCTION readiness_append_only()")
