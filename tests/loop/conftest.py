"""The owner <-> office loop's tests: a register (SQLite and PostgreSQL) with the desk's
accounts and a few applications."""

import pytest

from readiness.register.store import Register
from tests.support.desk import PASSWORD, PEOPLE, ROLE_OF


@pytest.fixture
def reg(register_url):
    r = Register.open(register_url)
    yield r
    r.close()


@pytest.fixture
def people(reg):
    """Accounts of every role: {key: User}."""
    return {k: reg.accounts.add(name, ROLE_OF[k], PASSWORD, full_name=full, actor="test")
            for k, (name, full) in PEOPLE.items()}
