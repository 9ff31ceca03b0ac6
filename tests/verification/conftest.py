"""Genuine certificates issued by the session's office (trial key) into a register of their
own, and a forger with a key of its own."""

import pytest

from tests.support.certs import check, issue


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    """Two genuine certificates in a register of their own: (folder, register, {name: (pdf,
    result)})."""
    d = tmp_path_factory.mktemp("office")
    reg = f"sqlite:///{d / 'register.sqlite3'}"
    certs = {}
    for name in ("tenun-sukarara", "kopi-sembalun"):
        certs[name] = (d / f"{name}.pdf",) + (issue(check(name), d / f"{name}.pdf", reg)[0],)
    return d, reg, certs


@pytest.fixture(scope="module")
def forger(tmp_path_factory):
    """Another 'office' with a trial key of its own, named like the real one."""
    from readiness.office import key_files
    from readiness.pades import OfficeSigner
    from tests.support.office import make_office

    d = tmp_path_factory.mktemp("forger")
    make_office(d)
    kf = key_files(d)
    return OfficeSigner(kf.key, kf.cert), kf.cert
