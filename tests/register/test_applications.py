"""Applications in the register (the desk's queue), on SQLite and on PostgreSQL: references,
filters, status changes with an append-only history."""

import datetime as dt

import pytest

from readiness.api import check_path
from readiness.errors import InputError
from readiness.register.numbers import parse_number
from readiness.register.records import application_from_result
from readiness.register.store import Register
from readiness.standards import load_standard

AS_OF = dt.date(2026, 11, 27)


@pytest.fixture
def reg(register_url):
    r = Register.open(register_url)
    yield r
    r.close()


@pytest.fixture(scope="module")
def results(examples):
    import yaml

    rs = load_standard()
    out = {}
    for name in ("kopi-sembalun", "dapur-inaq-sari", "tenun-sukarara"):
        path = examples / f"{name}.yaml"
        res = check_path(path, rs, as_of=AS_OF).to_dict()
        out[name] = (res, yaml.safe_load(path.read_text(encoding="utf-8")))
    return out


def submit(reg, results, name, when, source="self_assessment"):
    res, dossier = results[name]
    app = application_from_result(res, dossier, source=source, consent="consent.v1")
    return reg.submit_application(app, now=when)


def test_references_are_checked_numbers_per_year(reg, results):
    a = submit(reg, results, "kopi-sembalun", dt.datetime(2026, 11, 27, 9, tzinfo=dt.timezone.utc))
    b = submit(reg, results, "tenun-sukarara", dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc))
    c = submit(reg, results, "dapur-inaq-sari", dt.datetime(2027, 1, 2, 8, tzinfo=dt.timezone.utc))
    assert a.ref.startswith("AJ26-000001-") and b.ref.startswith("AJ26-000002-")
    assert c.ref.startswith("AJ27-000001-")
    assert parse_number(a.ref) == a.ref
    assert a.status == "new" and [e.status for e in a.events] == ["new"]
    assert a.business_key == "9120301234567" and a.regency == "Lombok Timur"
    assert a.categories == ["packaged_food"] and a.summary["certified"] is True
    assert a.dossier["business"]["name"] == "UD Kopi Sembalun Lestari"
    # typed loosely, as a person reads it over the phone
    assert reg.application(a.ref.lower().replace("-", " ")).ref == a.ref
    assert reg.application("AJ26-000001-Z" if not a.ref.endswith("Z") else "AJ26-000001-Y") is None


def test_queue_newest_first_and_filters(reg, results):
    t0 = dt.datetime(2026, 11, 20, 8, tzinfo=dt.timezone.utc)
    for i, name in enumerate(("kopi-sembalun", "dapur-inaq-sari", "tenun-sukarara")):
        submit(reg, results, name, t0 + dt.timedelta(hours=i))
    names = [a.business_name for a in reg.applications()]
    assert names == ["Kelompok Tenun Dasan Sukarara", "Dapur Inaq Sari", "UD Kopi Sembalun Lestari"]
    assert [a.business_name for a in reg.applications(regency="Lombok Tengah")] == [
        "Kelompok Tenun Dasan Sukarara", "Dapur Inaq Sari"]
    assert [a.business_name for a in reg.applications(category="ready_to_eat")] == ["Dapur Inaq Sari"]
    assert [a.business_name for a in reg.applications(verdict="not_ready")] == ["Dapur Inaq Sari"]
    assert [a.business_name for a in reg.applications(limit=1, offset=1)] == ["Dapur Inaq Sari"]
    assert [a.business_name for a in reg.applications(category="textile", offset=1)] == []


def test_status_changes_are_appended(reg, results):
    a = submit(reg, results, "tenun-sukarara", dt.datetime(2026, 11, 27, 9, tzinfo=dt.timezone.utc))
    reg.set_application_status(a.ref, "in_review", actor="Petugas A")
    b = reg.set_application_status(a.ref, "returned", actor="Petugas A",
                                   note="Lengkapi tanggal produksi pada label.")
    assert b.status == "returned"
    assert [(e.status, e.actor) for e in b.events] == [
        ("new", ""), ("in_review", "Petugas A"), ("returned", "Petugas A")]
    assert b.events[-1].note.startswith("Lengkapi")
    assert [x.ref for x in reg.applications(status="returned")] == [a.ref]
    with pytest.raises(InputError, match="unknown application status"):
        reg.set_application_status(a.ref, "archived", actor="Petugas A")
    with pytest.raises(InputError, match="officer"):
        reg.set_application_status(a.ref, "in_review", actor=" ")
    with pytest.raises(InputError, match="no application"):
        reg.set_application_status("AJ26-000099-" + "X", "in_review", actor="Petugas A")


def test_application_history_is_append_only(reg, results):
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    submit(reg, results, "kopi-sembalun", dt.datetime(2026, 11, 27, 9, tzinfo=dt.timezone.utc))
    for stmt in ("UPDATE application_events SET actor = 'x'", "DELETE FROM application_events"):
        with pytest.raises(DatabaseError):
            with reg.engine.begin() as conn:
                conn.execute(text(stmt))
