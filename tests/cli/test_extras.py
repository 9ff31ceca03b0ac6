"""The optional extras: without `readiness[web]` `serve` says which extra to install, and
without `readiness[postgres]` a PostgreSQL register does too (one line, exit 2); checking a
dossier needs neither."""

import sys

from tests.support.cli import run
from tests.support.paths import EXAMPLES


def test_serve_without_the_web_extra(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "uvicorn", None)       # import uvicorn -> ImportError
    r = run("serve", "--database-url", tmp_path / "r.sqlite3")
    assert r.code == 2 and r.out == ""
    assert r.err.strip() == "error: readiness serve needs the web extra: pip install 'readiness[web]'"


def test_postgres_without_the_postgres_extra(monkeypatch):
    for name in [m for m in sys.modules if m == "psycopg" or m.startswith("psycopg.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "psycopg", None)
    r = run("register", "list", "--database-url", "postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert r.code == 2, r.output
    assert "pip install 'readiness[postgres]'" in r.err and len(r.err.strip().splitlines()) == 1


def test_checking_needs_neither_extra(monkeypatch):
    for name in ("uvicorn", "fastapi", "starlette", "psycopg", "multipart"):
        monkeypatch.setitem(sys.modules, name, None)
    r = run("check", EXAMPLES / "kopi-sembalun.yaml", "--format", "short", "--as-of", "2026-11-27")
    assert r.code in (0, 1) and "kopi" in r.out.lower(), r.output
