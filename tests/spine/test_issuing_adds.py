"""Issuing returns what it adds instead of changing the caller's result, and makes the
canonical JSON of the issued result once: the register records its digest and the PDF attaches
those very bytes."""

import copy
import datetime as dt
import hashlib

from readiness.api import check_path, issue_document, load_standard
from readiness.attachments import RESULT_ATTACHMENT, canonical_json
from readiness.issuing import Issuer
from readiness.register.store import Register

AS_OF = dt.date(2026, 11, 27)


def _results(examples):
    rs = load_standard(None)
    return rs, [check_path(examples / f"{n}.yaml", rs, as_of=AS_OF).to_dict()
                for n in ("kopi-sembalun", "dapur-inaq-sari", "tenun-sukarara")]


def test_number_leaves_the_results_as_they_were(examples, tmp_path):
    rs, results = _results(examples)
    before = copy.deepcopy(results)
    with Issuer.open(database_url=tmp_path / "r.sqlite3") as issuer:
        issued = issuer.number(results, rs)
    assert results == before
    assert issued[1] is None                       # not certified: nothing to issue
    for r, iss in ((results[0], issued[0]), (results[2], issued[2])):
        assert iss.outcome == "new" and iss.number
        done = iss.apply(r)
        cert = done["certificate"]
        assert cert["number"] == iss.number and cert["verify_url"].endswith(iss.number)
        assert cert["office"] and cert["signatory"]["name"] and "signer" in cert
        assert list(cert)[:6] == list(r["certificate"])   # added after what was there
        assert iss.canonical == canonical_json(done)
        with Register.open(tmp_path / "r.sqlite3") as reg:
            assert hashlib.sha256(iss.canonical).hexdigest() in reg.get(iss.number).result_digests()


def test_a_draft_adds_no_number(examples):
    rs, results = _results(examples)
    with Issuer.open(draft=True) as issuer:
        iss = issuer.number(results[:1], rs)[0]
    assert iss.outcome == "draft" and iss.canonical is None
    assert iss.apply(results[0])["certificate"]["draft"] is True
    assert iss.apply(results[0])["certificate"]["number"] is None


def test_the_pdf_attaches_the_bytes_whose_digest_was_recorded(examples, tmp_path):
    from pypdf import PdfReader

    rs, results = _results(examples)
    kind, iss = issue_document(results[0], tmp_path / "c.pdf", rs=rs, database_url=tmp_path / "r.sqlite3")
    assert kind == "certificate"
    atts = PdfReader(tmp_path / "c.pdf").attachments
    assert atts[RESULT_ATTACHMENT][0] == iss.canonical
