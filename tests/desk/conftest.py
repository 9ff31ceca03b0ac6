"""The desk's tests: an open register (SQLite and PostgreSQL) and its accounts."""

import datetime as dt

import pytest

from readiness.register.store import Register

T0 = dt.datetime(2026, 11, 30, 1, 0, tzinfo=dt.timezone.utc)
PASSWORD = "sandi-yang-panjang"


@pytest.fixture
def reg(register_url):
    r = Register.open(register_url)
    yield r
    r.close()


def raw(reg, sql: str, **params):
    """Raw SQL behind the application's back (as someone with the database's password)."""
    from sqlalchemy import text

    with reg.engine.connect() as c:
        with c.begin():
            return c.execute(text(sql), params)


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


def cli_run(*args) -> tuple[int, str]:
    """`readiness ARGS` in-process through its entry point (exit codes, errors as one line);
    (exit code, stdout + stderr)."""
    from click.testing import CliRunner

    from readiness.cli import main

    runner = CliRunner()
    with runner.isolation() as (out, err, *_):
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else 1
        text = out.getvalue().decode("utf-8", "replace")
        if err is not None and hasattr(err, "getvalue"):
            text += err.getvalue().decode("utf-8", "replace")
    return code, text
