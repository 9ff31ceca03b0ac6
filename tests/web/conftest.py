"""A register with a valid, a revoked and a superseded certificate, and the web app on it."""

import pytest

from tests.support.certs import make_register


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
