import os
from pathlib import Path

import pytest

from tests.support.office import make_office
from tests.support.paths import EXAMPLES, ROOT

# Tests pin English error messages (the user's default is Indonesian; see test_errors_in_indonesian).
os.environ["READINESS_LANG"] = "en"



@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES


# -- isolation of the user's directories and the register's databases ---------------------------

@pytest.fixture(scope="session", autouse=True)
def isolated_user_dirs(tmp_path_factory):
    """No test reads or writes the developer's config (keys, office settings) or data (the
    register): both point into the session's temporary folder; READINESS_DATABASE_URL is
    ignored."""
    saved = {k: os.environ.get(k) for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME",
                                             "READINESS_DATABASE_URL")}
    base = tmp_path_factory.mktemp("user")
    os.environ["XDG_CONFIG_HOME"] = str(base / "config")
    os.environ["XDG_DATA_HOME"] = str(base / "data")
    os.environ.pop("READINESS_DATABASE_URL", None)
    make_office(base / "config" / "readiness")
    yield base
    for k, v in saved.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


@pytest.fixture(scope="session", autouse=True)
def quick_password_hashing():
    """argon2 with its smallest cost in tests (the desk's logins are many here; the real
    parameters are argon2-cffi's RFC 9106 defaults, ~0.1-0.3 s a hash on this machine)."""
    from readiness.register import accounts

    saved = accounts.ARGON2
    accounts.ARGON2 = {"time_cost": 1, "memory_cost": 8, "parallelism": 1}
    yield
    accounts.ARGON2 = saved


PG_ADMIN = os.environ.get("READINESS_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_url():
    """A PostgreSQL database of its own for this test session (uniquely named, so several
    worktrees can run their suites at once), dropped at the end. Skips the PostgreSQL half of
    the register tests when no server answers, unless READINESS_REQUIRE_POSTGRES=1."""
    import uuid

    try:
        import psycopg

        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except Exception as e:  # noqa: BLE001
        if os.environ.get("READINESS_REQUIRE_POSTGRES") == "1":
            raise
        pytest.skip(f"PostgreSQL is not reachable at {PG_ADMIN} ({type(e).__name__}); the "
                    "register tests ran on SQLite only")
    name = f"readiness_test_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _empty_pg(url: str) -> None:
    """Empty the register's tables (TRUNCATE does not fire the append-only row triggers)."""
    import psycopg

    dsn = url.replace("postgresql+psycopg://", "postgresql://", 1)
    with psycopg.connect(dsn, autocommit=True) as c:
        present = {r[0] for r in c.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()}
        # every table but Alembic's (the schema stays at its revision)
        tables = sorted(present - {"alembic_version"})
        if tables:
            c.execute(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request, tmp_path):
    """An empty register's database URL, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.sqlite3'}"
    url = request.getfixturevalue("pg_url")
    _empty_pg(url)
    return url


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through Playwright, one per test module (the browser tests mark
    themselves `needs_chromium`)."""
    from tests.support.web import chromium

    with chromium() as b:
        yield b


# -- markers: `make quick` runs the core suite (no slow, browser or PostgreSQL tests) ----------

# Modules whose tests start processes, servers, clusters or build wheels: seconds each.
SLOW_MODULES = {
    "tests/test_wheel.py", "tests/batch/test_cluster.py", "tests/batch/test_run_folder.py",
    "tests/batch/test_batch_register.py", "tests/batch/test_gen_province.py",
    "tests/batch/test_hostile_inputs.py", "tests/batch/test_incremental.py",
    "tests/hardening/test_property.py", "tests/io/test_io_fuzz.py", "tests/web/test_serve.py",
    "tests/register/test_concurrency.py", "tests/cli/test_bad_input.py",
    "tests/loop/test_outbox.py",
}


def pytest_collection_modifyitems(config, items):
    root = Path(str(config.rootpath))
    for item in items:
        rel = Path(str(item.path)).relative_to(root).as_posix()
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("register_url") == "postgresql" or "pg_url" in item.fixturenames:
            item.add_marker(pytest.mark.postgres)
        if "browser" in item.fixturenames or item.get_closest_marker("skipif") and any(
                "chromium" in str(m.kwargs.get("reason", "")) for m in item.iter_markers("skipif")):
            item.add_marker(pytest.mark.browser)
        if rel in SLOW_MODULES:
            item.add_marker(pytest.mark.slow)
