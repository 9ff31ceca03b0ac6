"""Pembinaan on SQLite and PostgreSQL: the week's follow-ups (returned and not sent again,
permits and waivers ending before the event, permits "sedang diurus" for too long, a
pendamping's own list) and a business's timeline (versions with their scores, permits gained,
decisions, certificates)."""

import copy
import dataclasses
import datetime as dt
import json

import yaml

from readiness import applications as loop
from readiness import pembinaan
from readiness.standards import load_standard
from tests.support.paths import EXAMPLES

NOW = dt.datetime(2026, 12, 7, 2, 0, tzinfo=dt.timezone.utc)
TODAY = dt.date(2026, 12, 7)


def example(name):
    return yaml.safe_load((EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))


def send(reg, data, at, *, raw=None):
    """Put a dossier in the register as sent at `at`; `raw`: the dossier stored as given
    (fields the model does not know yet, e.g. a permit's `status`)."""
    req, _ = loop.request(data, load_standard(None), source="upload", consent="x")
    if raw is not None:
        req = dataclasses.replace(req, dossier=json.loads(json.dumps(raw, default=str)))
    return reg.submit_application(req, actor="test", now=at)


def test_the_weeks_follow_ups(reg, people):
    returned = send(reg, example("tenun-sukarara"), NOW - dt.timedelta(days=20))
    reg.loop.return_to_owner(returned.ref, note="Lengkapi", notes=[], actor="Lalu",
                             audit_actor="lalu.ahmad", now=NOW - dt.timedelta(days=10))
    fresh = send(reg, example("dapur-inaq-sari"), NOW - dt.timedelta(days=3))
    reg.loop.return_to_owner(fresh.ref, note="Lengkapi", notes=[], actor="Lalu",
                             audit_actor="lalu.ahmad", now=NOW - dt.timedelta(days=2))

    kopi = example("kopi-sembalun")
    kopi["products"][0]["permits"][0]["expires"] = "2027-06-30"    # before the event (October)
    expiring = send(reg, kopi, NOW - dt.timedelta(days=5))

    madu = example("madu-hutan-sumbawa")
    pending = copy.deepcopy(madu)
    pending["products"][0].setdefault("permits", []).append({"type": "halal", "status": "pending"})
    waiting = send(reg, madu, NOW - dt.timedelta(days=45), raw=pending)
    reg.loop.resubmit(waiting.ref, dataclasses.replace(
        loop.request(madu, load_standard(None), source="upload", consent="x")[0],
        dossier=json.loads(json.dumps(pending, default=str))),
        actor="owner", now=NOW - dt.timedelta(days=20))

    items = pembinaan.follow_ups(reg, today=TODAY)
    kinds = {(f.kind, f.ref) for f in items}
    assert ("returned", returned.ref) in kinds and ("returned", fresh.ref) not in kinds
    assert ("expiring", expiring.ref) in kinds
    assert ("pending", waiting.ref) in kinds
    (p,) = [f for f in items if f.kind == "pending"]
    assert p.words["days"] == 45 and p.words["what"] == "halal"
    (r,) = [f for f in items if f.kind == "returned"]
    assert r.words["days"] == 10
    assert [f.kind for f in items] == sorted((f.kind for f in items),
                                             key=["returned", "pending", "expiring",
                                                  "waiver"].index)
    # a pendamping sees the businesses assigned to her
    loop.assign(reg, waiting.ref, people["officer"], pendamping="dewi.s")
    mine = pembinaan.follow_ups(reg, today=TODAY, pendamping_id=people["officer2"].id)
    assert {f.ref for f in mine} == {waiting.ref}


def test_a_waiver_ending_before_the_event_is_a_follow_up(reg, people):
    from readiness import desk

    app = send(reg, example("tenun-sukarara"), NOW)
    desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="TXT-03",
                         product=1, reason="Tenun mesin, label jelas", expires="2027-05-01",
                         today=TODAY)
    (w,) = [f for f in pembinaan.follow_ups(reg, today=TODAY) if f.kind == "waiver"]
    assert w.ref == app.ref and w.words["rule"] == "TXT-03"


def test_a_business_timeline(reg, people):
    kopi = example("kopi-sembalun")
    without = copy.deepcopy(kopi)
    for prod in without["products"]:
        prod["permits"] = [p for p in prod.get("permits") or [] if p["type"] != "pirt"]
    app = send(reg, without, NOW - dt.timedelta(days=30))
    reg.loop.return_to_owner(app.ref, note="P-IRT", notes=[], actor="Lalu",
                             audit_actor="lalu.ahmad", now=NOW - dt.timedelta(days=25))
    loop.resubmit(reg, app.ref, kopi, actor="owner")
    moments = pembinaan.timeline(reg, reg.application(app.ref).business_id)
    kinds = [m.kind for m in moments]
    assert kinds[:2] == ["submitted", "status"] and kinds.count("submitted") == 2
    gained = [m for m in moments if m.kind == "permit"]
    assert gained and {m.words["type"] for m in gained} == {"pirt"}
    v1, v2 = [m for m in moments if m.kind == "submitted"]
    assert sum(p[2] for p in v2.words["products"]) > sum(p[2] for p in v1.words["products"])
    assert [m.at for m in moments] == sorted(m.at for m in moments)
