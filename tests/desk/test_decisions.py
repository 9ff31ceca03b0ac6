"""Decisions on the desk (readiness.desk): the decisions file's own validation, the
two-officer rule for blockers by account, export and import in the file format (a round trip
gives the same result), issuing with who waived and who approved on the certificate; on
SQLite and PostgreSQL."""

import datetime as dt
import json

import pytest
import yaml

from readiness import desk
from readiness.api import check_path, load_standard
from readiness.errors import InputError
from readiness.register import audit
from readiness.register.records import application_from_result
from tests.support.paths import EXAMPLES
from tests.support.desk import PASSWORD

TODAY = dt.date(2026, 11, 27)
EVENT_END = dt.date(2027, 10, 3)


def submit(reg, name):
    path = EXAMPLES / f"{name}.yaml"
    res = check_path(path, load_standard(), as_of=TODAY).to_dict()
    dossier = yaml.safe_load(path.read_text(encoding="utf-8"))
    return reg.submit_application(application_from_result(res, dossier, source="self_assessment",
                                                          consent="consent.v1"))


@pytest.fixture
def people(reg):
    a = reg.accounts
    return {"officer": a.add("lalu.ahmad", "officer", PASSWORD, full_name="Lalu Ahmad",
                             actor="t"),
            "officer2": a.add("dewi.s", "officer", PASSWORD, full_name="Dewi Sartika", actor="t"),
            "approver": a.add("baiq.rina", "approver", PASSWORD, full_name="Baiq Rina",
                              actor="t"),
            "organizer": a.add("mgpa.vendor", "organizer", PASSWORD, full_name="MGPA Vendor",
                               actor="t")}


def finding(rv, rule, product):
    (f,) = rv.findings(rule, product)
    return f


def test_a_major_gap_waived_takes_effect_at_once(reg, people):
    app = submit(reg, "tenun-sukarara")
    before = desk.review(reg, app.ref, as_of=TODAY)
    assert finding(before, "TXT-03", 1)["status"] == "fail"
    did = desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="txt-03",
                               product=1, reason="Dijual sebagai tenun mesin, label jelas",
                               expires=EVENT_END, today=TODAY)
    rv = desk.review(reg, app.ref, as_of=TODAY)
    f = finding(rv, "TXT-03", 1)
    assert f["status"] == "waived" and "Lalu Ahmad" in f["message"]
    (rec,) = rv.records
    assert rec.id == did and rec.in_force and not rec.needs_approval and rec.rule == "TXT-03"
    assert rec.product_name == "Selendang Tenun Motif Keker"
    assert rv.result["products"][1]["verdict"] == "ready"
    assert reg.application(app.ref).status == "in_review"       # the review started
    actions = [e.action for e in audit.entries(reg)]
    assert actions[-2:] == ["decision.record", "application.status"]


def test_the_file_validation_refuses_what_a_file_would(reg, people):
    app = submit(reg, "tenun-sukarara")
    o = people["officer"]

    def bad(match, path_end, **kw):
        args = dict(kind="waiver", rule="TXT-03", product=1, reason="alasan", expires=EVENT_END,
                    today=TODAY)
        args.update(kw)
        with pytest.raises(InputError, match=match) as e:
            desk.record_decision(reg, app.ref, o, **args)
        assert e.value.path.endswith(path_end), e.value.path

    bad("after the event's last day", "expires", expires=EVENT_END + dt.timedelta(days=1))
    bad("before it was granted", "expires", expires=TODAY - dt.timedelta(days=1))
    bad("expected an ISO date", "expires", expires="3 Oktober 2027")
    bad("unknown requirement 'TXT-3'.*did you mean 'TXT-03'", "rule", rule="TXT-3")
    bad("about the business", "product", rule="LEG-05", product=0)
    bad("checked per product", "]", product=None)
    bad("expected text, found an empty value", "reason", reason="  ")
    bad("only for requirements whose check is manual", "rule", kind="verdict", verdict="pass")
    bad("unknown verdict", "verdict", kind="verdict", rule="EVT-06", product=None,
        verdict="ok")
    desk.record_decision(reg, app.ref, o, kind="waiver", rule="TXT-03", product=1,
                         reason="alasan", expires=EVENT_END, today=TODAY)
    bad("a second waiver of TXT-03", "]")
    # a verdict on the manual booth inspection
    desk.record_decision(reg, app.ref, o, kind="verdict", rule="EVT-06", product=None,
                         verdict="pass", reason="Stan rapi", today=TODAY)
    rv = desk.review(reg, app.ref, as_of=TODAY)
    assert finding(rv, "EVT-06", None)["status"] == "pass"


def test_a_blocker_waiver_needs_a_second_account_with_the_approver_role(reg, people):
    app = submit(reg, "madu-hutan-sumbawa")
    assert not desk.review(reg, app.ref, as_of=TODAY).result["certified"]
    did = desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="FOOD-04",
                               product=0, reason="Izin sedang diperpanjang di BPOM",
                               expires=dt.date(2027, 3, 31), today=TODAY)
    rv = desk.review(reg, app.ref, as_of=TODAY)
    (rec,) = rv.records
    assert rec.needs_approval and rec.pending and not rec.in_force
    assert finding(rv, "FOOD-04", 0)["status"] == "fail"        # no effect yet
    assert [r.id for _, _, r in reg.desk.pending_approvals()] == [did]
    exported = yaml.safe_load(desk.export_yaml(rv))
    assert "waivers" not in exported
    assert exported["notes"] == ("waiting for approval: FOOD-04 (Madu Hutan Sumbawa 500 ml) "
                                 "waived by Lalu Ahmad")
    with pytest.raises(InputError, match="only an approver"):
        desk.approve(reg, did, people["officer2"])
    with pytest.raises(InputError, match="only an approver"):
        desk.approve(reg, did, people["organizer"])
    # an approver cannot approve their own blocker waiver
    own = desk.record_decision(reg, app.ref, people["approver"], kind="waiver", rule="LEG-05",
                               product=None, reason="NPWP menyusul", expires=EVENT_END,
                               today=TODAY)
    assert not reg.desk.decision(own)[1].needs_approval        # LEG-05 is major: no approval
    approved = desk.approve(reg, did, people["approver"])
    assert approved.approved_by == "Baiq Rina" and approved.in_force
    with pytest.raises(InputError, match="not waiting"):
        desk.approve(reg, did, people["approver"])
    rv = desk.review(reg, app.ref, as_of=TODAY)
    f = finding(rv, "FOOD-04", 0)
    assert f["status"] == "waived"
    assert "Lalu Ahmad, disetujui oleh Baiq Rina" in f["message"]
    assert rv.result["certified"]
    cond = next(c for c in rv.result["certificate"]["conditions"] if c["rule"] == "FOOD-04")
    assert (cond["officer"], cond["approved_by"]) == ("Lalu Ahmad", "Baiq Rina")


def test_an_approver_cannot_approve_a_waiver_recorded_by_their_own_account(reg, people):
    app = submit(reg, "madu-hutan-sumbawa")
    did = desk.record_decision(reg, app.ref, people["approver"], kind="waiver", rule="FOOD-04",
                               product=0, reason="Izin sedang diperpanjang",
                               expires=dt.date(2027, 3, 31), today=TODAY)
    with pytest.raises(InputError, match="you recorded this one"):
        desk.approve(reg, did, people["approver"])
    # another account with the same name is the same person to the file's rule
    same = reg.accounts.add("baiq.rina2", "approver", PASSWORD, full_name="BAIQ  rina",
                            actor="t")
    with pytest.raises(InputError, match="second officer"):
        desk.approve(reg, did, same)


def test_withdrawing(reg, people):
    app = submit(reg, "tenun-sukarara")
    did = desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="TXT-03",
                               product=1, reason="alasan", expires=EVENT_END, today=TODAY)
    with pytest.raises(InputError, match="only the officer who recorded"):
        desk.withdraw(reg, did, people["officer2"])
    desk.withdraw(reg, did, people["officer"], "salah catat")
    rv = desk.review(reg, app.ref, as_of=TODAY)
    assert finding(rv, "TXT-03", 1)["status"] == "fail" and rv.records[0].withdrawn
    # a new decision on the same rule and subject is possible again
    desk.record_decision(reg, app.ref, people["officer2"], kind="waiver", rule="TXT-03",
                         product=1, reason="alasan baru", expires=EVENT_END, today=TODAY)
    with pytest.raises(InputError, match="already withdrawn"):
        desk.withdraw(reg, did, people["approver"])


def decided(reg, people, name="madu-hutan-sumbawa"):
    app = submit(reg, name)
    did = desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="FOOD-04",
                               product=0, reason="Izin sedang diperpanjang",
                               expires=dt.date(2027, 3, 31), today=TODAY)
    desk.approve(reg, did, people["approver"])
    desk.record_decision(reg, app.ref, people["officer"], kind="waiver", rule="HTL-01",
                         product=0, reason="Hanya dijual di stan", expires=EVENT_END,
                         today=TODAY)
    desk.record_decision(reg, app.ref, people["officer2"], kind="verdict", rule="EVT-06",
                         product=None, verdict="pass", reason="Stan diperiksa", today=TODAY)
    # a pending one, which the file names in its notes only
    desk.record_decision(reg, app.ref, people["officer2"], kind="waiver", rule="LEG-05",
                         product=None, reason="NPWP menyusul", expires=EVENT_END, today=TODAY)
    return app


def comparable(result):
    return ([(f["rule"], f["product"], f["status"], f["message"]) for f in result["findings"]],
            result["certified"], result["certificate"], result["business"]["score"])


def test_a_decisions_file_round_trip(reg, people, tmp_path):
    """Export, import (into a new application of the same dossier), the same result; and the
    exported file is what `readiness check --decisions` reads, to the same result."""
    a = decided(reg, people)
    ra = desk.review(reg, a.ref, as_of=TODAY)
    text = desk.export_yaml(ra)
    data = yaml.safe_load(text)
    assert data["format"] == "readiness-decisions/1"
    assert data["business"] == {"nib": "9120407766554", "name": "CV Madu Hutan Batulanteh"}
    assert [w["rule"] for w in data["waivers"]] == ["FOOD-04", "HTL-01", "LEG-05"]
    food = data["waivers"][0]
    assert food["approved_by"] == "Baiq Rina" and food["officer"] == "Lalu Ahmad"
    assert "notes" not in data                  # LEG-05 is major: in force, no approval due
    b = submit(reg, "madu-hutan-sumbawa")
    got = desk.import_file(reg, b.ref, text.encode("utf-8"), people["officer2"],
                           filename="keputusan.yaml")
    assert (got.recorded, got.pending, got.unchanged) == (4, 1, 0)
    # the file's approver is a name; she approves on the desk with her account
    (pending,) = [r for r in desk.review(reg, b.ref, as_of=TODAY).records if r.pending]
    desk.approve(reg, pending.id, people["approver"])
    rb = desk.review(reg, b.ref, as_of=TODAY)
    assert comparable(rb.result) == comparable(ra.result)
    # importing the same file again changes nothing
    again = desk.import_file(reg, b.ref, text.encode("utf-8"), people["approver"])
    assert (again.recorded, again.unchanged) == (0, 4)
    # the CLI reads the exported file to the same result
    from readiness.decisions import load_decisions

    f = tmp_path / "madu.decisions.yaml"
    f.write_text(text, encoding="utf-8")
    rs = load_standard()
    dossier = EXAMPLES / "madu-hutan-sumbawa.yaml"
    cli = check_path(dossier, rs, as_of=TODAY, decisions=load_decisions(f, rs, dossier=dossier))
    assert comparable(cli.to_dict())[:2] == comparable(ra.result)[:2]


def test_an_imported_blocker_waiver_waits_for_a_second_account(reg, people):
    a = decided(reg, people)
    text = desk.export_yaml(desk.review(reg, a.ref, as_of=TODAY)).encode("utf-8")
    b = submit(reg, "madu-hutan-sumbawa")
    got = desk.import_file(reg, b.ref, text, people["officer2"])      # not the approver
    assert got.pending == 1
    rb = desk.review(reg, b.ref, as_of=TODAY)
    assert finding(rb, "FOOD-04", 0)["status"] == "fail" and not rb.result["certified"]
    (pending,) = [r for r in rb.records if r.pending]
    desk.approve(reg, pending.id, people["approver"])
    assert finding(desk.review(reg, b.ref, as_of=TODAY), "FOOD-04", 0)["status"] == "waived"
    # a file naming someone else as approver, imported by an approver: still pending
    c = submit(reg, "madu-hutan-sumbawa")
    other = reg.accounts.add("kabid", "approver", PASSWORD, full_name="Kepala Bidang", actor="t")
    assert desk.import_file(reg, c.ref, text, other).pending == 1


def test_an_approver_importing_a_file_that_names_her_approver_is_not_two_accounts(reg, people):
    """Broken 1 of issue #23: a file naming a made-up officer and the importing approver as
    approver put a blocker waiver in force at once. Now it waits, she cannot approve it
    herself, and a different approver's account must."""
    app = submit(reg, "madu-hutan-sumbawa")
    text = ("format: readiness-decisions/1\nbusiness:\n  nib: \"9120407766554\"\n"
            "  name: CV Madu Hutan Batulanteh\n"
            "waivers:\n  - rule: FOOD-04\n    product: Madu Hutan Sumbawa 500 ml\n"
            "    reason: Izin sedang diperpanjang\n    officer: Petugas Karangan\n"
            "    approved_by: Baiq Rina\n    date: 2026-11-27\n    expires: 2027-03-31\n")
    got = desk.import_file(reg, app.ref, text.encode(), people["approver"], filename="k.yaml")
    assert got.pending == 1
    rv = desk.review(reg, app.ref, as_of=TODAY)
    assert finding(rv, "FOOD-04", 0)["status"] == "fail" and not rv.result["certified"]
    (rec,) = rv.records
    assert rec.pending and rec.officer == "Petugas Karangan"
    assert rec.officer_id == people["approver"].id          # her account stands behind it
    with pytest.raises(InputError, match="you recorded this one"):
        desk.approve(reg, rec.id, people["approver"])
    record = [e for e in audit.entries(reg) if e.action == "decision.record"][-1]
    assert json.loads(record.details)["claimed_approver"] == "Baiq Rina"
    refused = [e for e in audit.entries(reg) if e.action == "decision.approve_refused"]
    assert [(e.actor, json.loads(e.details)["reason"]) for e in refused] == [
        ("baiq.rina", "own_blocker_waiver")]
    boss = reg.accounts.add("kabid", "approver", PASSWORD, full_name="Kepala Bidang", actor="t")
    assert desk.approve(reg, rec.id, boss).in_force
    assert finding(desk.review(reg, app.ref, as_of=TODAY), "FOOD-04", 0)["status"] == "waived"


def test_an_account_made_after_the_waiver_by_its_recorder_cannot_approve_it(reg, people):
    """An admin records a blocker waiver, then makes (or promotes, re-enables, resets) a
    second account to approve it: refused, and the attempt is in the audit log. An account
    another admin made, or one made before the waiver, may approve."""
    admin = reg.accounts.add("admin.dinas", "admin", PASSWORD, full_name="Admin Dinas",
                             actor="t")
    app = submit(reg, "madu-hutan-sumbawa")
    did = desk.record_decision(reg, app.ref, admin, kind="waiver", rule="FOOD-04", product=0,
                               reason="Izin sedang diperpanjang", expires=dt.date(2027, 3, 31),
                               today=TODAY)
    later = reg.accounts.add("wakil.admin", "approver", PASSWORD, full_name="Wakil Admin",
                             actor=admin.name)
    with pytest.raises(InputError, match="made, promoted, re-enabled or reset"):
        desk.approve(reg, did, later)
    # promoting an officer she did not make, after the waiver: the same
    reg.accounts.set_role("dewi.s", "approver", actor=admin.name)
    with pytest.raises(InputError, match="made, promoted"):
        desk.approve(reg, did, reg.accounts.get("dewi.s"))
    from readiness import applications

    with pytest.raises(InputError, match="made, promoted"):       # nor return or reject it
        applications.review_waiver(reg, did, later, "rejected", "tidak")
    refused = [e for e in audit.entries(reg) if e.action == "decision.approve_refused"]
    assert [(e.actor, e.target, json.loads(e.details)["reason"]) for e in refused] == [
        (n, f"{app.ref}#{did}", "approver_made_by_recorder")
        for n in ("wakil.admin", "dewi.s", "wakil.admin")]
    assert reg.desk.decision(did)[1].pending
    assert desk.approve(reg, did, people["approver"]).in_force      # made before, by another


def test_a_bad_file_is_refused_with_line_and_path(reg, people):
    app = submit(reg, "tenun-sukarara")
    text = ("format: readiness-decisions/1\nbusiness:\n  nib: \"0220104455667\"\n"
            "  name: Kelompok Tenun Dasan Sukarara\n"
            "waivers:\n  - rule: TXT-03\n    product: Selendang\n    reason: x\n"
            "    officer: Lalu Ahmad\n    date: 2026-11-27\n    expires: 2027-10-03\n")
    with pytest.raises(InputError, match="no product named 'Selendang'") as e:
        desk.import_file(reg, app.ref, text.encode(), people["officer"], filename="k.yaml")
    assert e.value.line == 7 and e.value.file == "k.yaml"
    assert desk.review(reg, app.ref, as_of=TODAY).records == []


def test_issuing_from_the_desk_shows_who_waived_and_who_approved(reg, people, tmp_path):
    from readiness.issuing import Issuer

    app = decided(reg, people)
    with Issuer.open(database_url=reg.url) as issuer:
        done = desk.issue(reg, app.ref, people["officer"], issuer, tmp_path)
        again = desk.issue(reg, app.ref, people["officer"], issuer, tmp_path)
    assert done.outcome == "new" and again.outcome == "same" and again.number == done.number
    assert reg.application(app.ref).status == "certified"
    rec = reg.get(done.number)
    assert rec.status() == "valid"
    from readiness.verification import verify_pdf

    rep = verify_pdf(done.path, register=reg.url)
    assert rep.ok, rep
    import pypdf

    text = "".join(p.extract_text() for p in pypdf.PdfReader(done.path).pages)
    assert "Lalu Ahmad" in text and "Baiq Rina" in text
    issued = [e for e in audit.entries(reg) if e.action == "certificate.issue"]
    assert [e.actor for e in issued] == ["lalu.ahmad", "lalu.ahmad"]
    # not due: refused
    other = submit(reg, "dapur-inaq-sari")
    with Issuer.open(database_url=reg.url) as issuer:
        with pytest.raises(InputError, match="no certificate is due"):
            desk.issue(reg, other.ref, people["officer"], issuer, tmp_path)


def test_status_moves(reg, people):
    app = submit(reg, "tenun-sukarara")
    o = people["officer"]
    with pytest.raises(InputError, match="say what the business must do"):
        desk.set_status(reg, app.ref, o, "returned")
    desk.set_status(reg, app.ref, o, "returned", "Lengkapi NPWP")
    with pytest.raises(InputError, match="cannot become certified"):
        desk.set_status(reg, app.ref, o, "certified")
    assert desk.set_status(reg, app.ref, o, "in_review").status == "in_review"


def test_two_officers_at_once_on_the_same_requirement(reg, people):
    """Decided at the same moment by two officers: one waiver is in force, the other officer
    is told; nothing twice (a unique key, not a check before writing)."""
    import threading

    app = submit(reg, "tenun-sukarara")
    outcomes, go = [], threading.Barrier(2)

    def work(who):
        go.wait()
        try:
            outcomes.append(("ok", desk.record_decision(
                reg, app.ref, people[who], kind="waiver", rule="TXT-03", product=1,
                reason=f"alasan {who}", expires=EVENT_END, today=TODAY)))
        except InputError as e:
            outcomes.append(("refused", e.message))

    threads = [threading.Thread(target=work, args=(w,)) for w in ("officer", "officer2")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o[0] for o in outcomes) == ["ok", "refused"], outcomes
    assert len([r for r in reg.desk.decisions(app.ref) if r.in_force]) == 1
    assert len([e for e in audit.entries(reg) if e.action == "decision.record"]) == 1
