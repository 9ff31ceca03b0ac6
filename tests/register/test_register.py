"""The register on SQLite and on a real PostgreSQL server (the same tests for both): issuing,
idempotency, superseding, revocation, append-only history, migrations."""

import datetime as dt

import pytest

from readiness.errors import InputError
from readiness.register.numbers import parse_number
from readiness.register.records import IssueRequest, business_key, content_digest
from readiness.register.store import HEAD, Register


def req(nib="0220104455667", digest="d1", *, version="2027.1", name="Tenun Sukarara",
        valid_until=dt.date(2027, 10, 3)):
    return IssueRequest(
        business_key=business_key(nib), business_name=name, regency="Lombok Tengah",
        standard_id="mandalika-motogp", standard_version=version,
        texts={"standard_title": {"id": "Standar", "en": "Standard"}},
        event_start=dt.date(2027, 10, 1), event_end=dt.date(2027, 10, 3), valid_until=valid_until,
        products=[{"name": "Songket", "category": "textile", "verdict": "ready"}],
        conditions=[], content_digest=digest, signer="Office (TRIAL) [SHA-256 0000]")


@pytest.fixture
def reg(register_url):
    r = Register.open(register_url)
    yield r
    r.close()


def test_new_same_and_superseding(reg):
    a, b = reg.issue([req("0220104455667", "d1"), req("9120301234567", "e1")],
                     issued_on=dt.date(2026, 11, 27))
    assert (a.outcome, b.outcome) == ("new", "new")
    assert a.number.startswith("MM27-000001-") and b.number.startswith("MM27-000002-")
    assert parse_number(a.number) == a.number
    # the same content again (another day, another format of the NIB): the same number
    again = reg.issue([req("0220 1044 5566 7", "d1")], issued_on=dt.date(2026, 12, 1))[0]
    assert (again.number, again.outcome, again.issued_on) == (a.number, "same", dt.date(2026, 11, 27))
    # changed content: a new number that supersedes the old one
    new = reg.issue([req("0220104455667", "d2")])[0]
    assert new.outcome == "supersedes" and new.previous == a.number and new.number != a.number
    old = reg.get(a.number)
    assert old.status() == "superseded" and old.superseded_by() == new.number
    assert [e.kind for e in old.events] == ["issued", "copy", "superseded"]
    cur = reg.get(new.number)
    assert cur.status() == "valid" and cur.supersedes() == a.number
    # the other edition of the same business is another certificate
    other = reg.issue([req("0220104455667", "d2", version="2022.1")])[0]
    assert other.outcome == "new" and other.number.startswith("MM22-000001-")


def test_one_transaction_with_the_same_business_twice(reg):
    out = reg.issue([req(digest="x"), req(digest="x"), req(digest="y")])
    assert [o.outcome for o in out] == ["new", "same", "supersedes"]
    assert out[0].number == out[1].number == out[2].previous


def test_finalize_records_the_signed_result_digest(reg):
    seen = []

    def finalize(i, number, issued_on):
        seen.append((i, number, issued_on))
        return f"{i:064d}"

    out = reg.issue([req()], issued_on=dt.date(2026, 11, 27), finalize=finalize)
    assert seen == [(0, out[0].number, dt.date(2026, 11, 27))]
    reg.issue([req()], finalize=lambda i, n, d: "f" * 64)
    assert reg.get(out[0].number).result_digests() == {"0" * 64, "f" * 64}


def test_revocation(reg):
    n = reg.issue([req()])[0].number
    with pytest.raises(InputError, match="reason"):
        reg.revoke(n, reason=" ", by="Petugas A")
    with pytest.raises(InputError, match="officer"):
        reg.revoke(n, reason="Izin dicabut", by="")
    rec = reg.revoke(n.lower(), reason="Izin P-IRT dicabut", by="Petugas A",
                     now=dt.datetime(2027, 1, 5, 3, 0, tzinfo=dt.timezone.utc))
    assert rec.status() == "revoked"
    ev = rec.revocation()
    assert (ev.reason, ev.actor, ev.at.date()) == ("Izin P-IRT dicabut", "Petugas A", dt.date(2027, 1, 5))
    with pytest.raises(InputError, match="already revoked on 2027-01-05"):
        reg.revoke(n, reason="again", by="Petugas B")
    with pytest.raises(InputError, match="no certificate"):
        reg.revoke("MM27-999999-" + __import__("readiness.register.numbers", fromlist=["x"])
                   .check_char("MM27999999"), reason="x", by="y")
    with pytest.raises(InputError, match="check character"):
        reg.revoke(n[:-1] + ("Z" if n[-1] != "Z" else "Y"), reason="x", by="y")
    # the same content after a revocation: a new number, not the revoked one again
    again = reg.issue([req()])[0]
    assert again.outcome == "new" and again.number != n


def test_statuses_in_order_of_precedence(reg):
    first = reg.issue([req(digest="a", valid_until=dt.date(2022, 3, 20))])[0].number
    assert reg.get(first).status(dt.date(2022, 3, 20)) == "valid"
    assert reg.get(first).status(dt.date(2022, 3, 21)) == "expired"
    reg.issue([req(digest="b")])
    assert reg.get(first).status() == "superseded"
    reg.revoke(first, reason="salah terbit", by="Petugas A")
    assert reg.get(first).status() == "revoked"


def test_history_is_append_only_in_the_database(reg):
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    reg.issue([req()])
    for stmt in ("UPDATE certificate_events SET reason = 'x'", "DELETE FROM certificate_events",
                 "UPDATE certificates SET business_name = 'x'", "DELETE FROM certificates"):
        with pytest.raises(DBAPIError, match="append-only"):
            with reg.engine.begin() as c:
                c.execute(text(stmt))


def test_numbers_are_unique_by_constraint(reg):
    from sqlalchemy import text
    from sqlalchemy.exc import IntegrityError

    n = reg.issue([req()])[0].number
    row = ("INSERT INTO certificates (number, prefix, seq, business_key, business_name, regency, "
           "standard_id, standard_version, texts, issued_on, valid_until, products, conditions, "
           "content_digest, signer, created_at) VALUES (:n, 'MM27', :s, 'k', 'n', '', 'x', 'y', "
           "'{}', '2026-01-01', '2026-01-01', '[]', '[]', 'd', '', '2026-01-01 00:00:00')")
    for n_, s in ((n, 99), ("MM27-000099-X", 1)):
        with pytest.raises(IntegrityError):
            with reg.engine.begin() as c:
                c.execute(text(row), {"n": n_, "s": s})


def test_listing_and_filters(reg):
    reg.issue([req("1111111111111", "a"), req("2222222222222", "b"),
               req("2222222222222", "b", version="2022.1")])
    assert reg.count() == 3
    assert [r.business_key for r in reg.records()] == ["2222222222222", "2222222222222",
                                                        "1111111111111"]
    assert len(list(reg.records(business_key="2222222222222"))) == 2
    assert len(list(reg.records(standard="mandalika-motogp@2022.1"))) == 1
    assert len(list(reg.records(limit=2))) == 2
    assert reg.get("not a number") is None and reg.get("MM27-000404-" + "2") is None


def test_schema_is_the_migrations_and_reopening_is_cheap(register_url):
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.config import Config

    from readiness.register.models import Base
    from readiness.register.store import MIGRATIONS

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD
    reg = Register.open(register_url)
    reg2 = Register.open(register_url)        # at head: nothing to do
    try:
        with reg.engine.connect() as c:
            diff = compare_metadata(MigrationContext.configure(c), Base.metadata)
        assert diff == [], diff
    finally:
        reg.close()
        reg2.close()


def test_opening_errors(tmp_path):
    with pytest.raises(InputError, match="no certificate register"):
        Register.open(tmp_path / "missing.sqlite3", create=False)
    (tmp_path / "other.sqlite3").write_bytes(b"")
    with pytest.raises(InputError, match="not a certificate register"):
        Register.open(tmp_path / "other.sqlite3", migrate=False, create=False)
    with pytest.raises(InputError, match="unsupported database"):
        Register.open("mysql://x@localhost/db")
    with pytest.raises(InputError, match="cannot open"):
        Register.open("postgresql://nobody@127.0.0.1:1/none")


def test_default_location_is_the_data_dir(monkeypatch, tmp_path):
    from readiness.register.store import default_url, resolve_url

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert default_url() == f"sqlite:///{tmp_path}/readiness/register.sqlite3"
    monkeypatch.setenv("READINESS_DATABASE_URL", "postgresql://u@h/db")
    assert default_url() == "postgresql+psycopg://u@h/db"
    assert resolve_url("reg.sqlite3").startswith("sqlite:////")


def test_business_key_is_the_nib_however_written():
    assert business_key("0220104455667") == business_key("0220 1044 5566 7") == \
        business_key("0220.1044.5566.7") == business_key("0220-1044-5566-7") == "0220104455667"
    assert business_key(9120301234567.0) == "9120301234567"
    assert business_key(None) == "" and business_key("") == ""
    assert content_digest({"a": 1}) == content_digest({"a": 1})
