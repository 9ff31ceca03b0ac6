"""Genuine certificates issued by the session's office (trial key) into a register of their
own, a forger with a key of its own, and helpers to run `readiness verify`."""

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner

from readiness.cli import cli

AS_OF = dt.date(2026, 11, 27)
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "dossiers"


def run(*args, lang="en"):
    """`readiness verify ...` in-process; (exit code, stdout + stderr)."""
    args = [str(a) for a in args]
    if lang and "--lang" not in args:
        args += ["--lang", lang]
    r = CliRunner().invoke(cli, args, catch_exceptions=False)
    return r.exit_code, r.output


def check(name, lang="id", **kw):
    from readiness.api import check_path, load_standard

    return check_path(EXAMPLES / f"{name}.yaml", load_standard(None), as_of=kw.pop("as_of", AS_OF),
                      lang=lang, **kw).to_dict()


def issue(result, path, register):
    from readiness.api import issue_document

    kind, issued = issue_document(result, path, database_url=register)
    assert kind == "certificate"
    return issued.apply(result), issued


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
    from tests.conftest import make_office

    d = tmp_path_factory.mktemp("forger")
    make_office(d)
    kf = key_files(d)
    return OfficeSigner(kf.key, kf.cert), kf.cert
