"""A register with a valid, a revoked and a superseded certificate, and the web app on it."""

import copy

import pytest

from tests.support.certs import check, issue

PERSONAL = ("Baiq Nurul Aini", "Inaq Rahmah", "+62", "0812", "Jl. Raya Sembalun",
            "Dusun Dasan Ketujur", "5203014507850001", "9120301234567", "0220104455667")


def make_register(url, tmp_path):
    """Certificates issued as an office would: {'valid': number, 'revoked': ..., 'superseded':
    ..., 'new': ...}."""
    from readiness.register.store import Register

    kopi, _ = issue(check("kopi-sembalun"), tmp_path / "kopi.pdf", url)
    tenun, _ = issue(check("tenun-sukarara"), tmp_path / "tenun.pdf", url)
    old = tenun["certificate"]["number"]
    changed = copy.deepcopy(check("tenun-sukarara"))
    changed["certificate"]["conditions"] = changed["certificate"]["conditions"][:1]
    new, issued = issue(changed, tmp_path / "tenun2.pdf", url)
    assert issued.previous == old
    with Register.open(url) as reg:
        reg.revoke(new["certificate"]["number"], reason="Produk ditarik dari peredaran",
                   by="Petugas A")
    # valid again: the same business's other edition is not involved; kopi stays valid
    return {"valid": kopi["certificate"]["number"], "superseded": old,
            "revoked": new["certificate"]["number"]}


@pytest.fixture
def site(register_url, tmp_path):
    """(TestClient, numbers) on SQLite and on PostgreSQL."""
    from fastapi.testclient import TestClient

    from readiness.web.app import create_app
    from readiness.web.settings import Settings

    numbers = make_register(register_url, tmp_path)
    app = create_app(Settings(database_url=register_url, data_dir=tmp_path / "data"))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client, numbers
