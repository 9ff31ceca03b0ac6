"""Each way of forging a certificate, and what `readiness verify` says: exit 1 with the reason.

- a certificate signed by another (untrusted) certificate, carrying a genuine number;
- the attachments of two genuine certificates swapped (rewriting the file, or an incremental
  update);
- the visible page edited (another name or number drawn over it), by rewriting the file and by
  an incremental update;
- any incremental update appended after the signature;
- a revoked and a superseded certificate (on SQLite and PostgreSQL).
"""

import copy
import io

import pytest

from readiness import attachments
from readiness.render import documents as D
from tests.support.certs import check, issue
from tests.support.cli import run


def codes(pdf, reg, **kw):
    from readiness.verification import verify_pdf

    rep = verify_pdf(pdf, register=reg, **kw)
    assert not rep.ok
    return [c for c, _ in rep.problems]


# -- helpers that forge -----------------------------------------------------------------------------

def incremental(data: bytes, change) -> bytes:
    """An incremental update appended to `data`: change(writer) edits objects."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    change(w)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def draw_over(w, text=b"MM27-999999-X"):
    """Cover the certificate number on page 1 with a white box and write another one."""
    from pyhanko.pdf_utils import generic

    font = w.add_object(generic.DictionaryObject({
        generic.NameObject("/Type"): generic.NameObject("/Font"),
        generic.NameObject("/Subtype"): generic.NameObject("/Type1"),
        generic.NameObject("/BaseFont"): generic.NameObject("/Helvetica")}))
    content = (b"q 1 1 1 rg 60 560 250 30 re f Q BT /FForged 18 Tf 0 0 0 rg 64 568 Td (" + text
               + b") Tj ET")
    stream = w.add_object(generic.StreamObject(stream_data=content))
    resources = generic.DictionaryObject({generic.NameObject("/Font"): generic.DictionaryObject(
        {generic.NameObject("/FForged"): font})})
    w.add_stream_to_page(0, stream, resources=resources)


def embedded_result(w):
    """(filespec dictionary, its reference) of readiness-result.json in a pyHanko writer."""
    names = w.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for i in range(0, len(names), 2):
        if str(names[i]) == attachments.RESULT_ATTACHMENT:
            ref = names.raw_get(i + 1)
            return ref.get_object(), ref
    raise AssertionError("no result attachment")


def swap_attachment(w, new_bytes):
    from pyhanko.pdf_utils import generic

    spec, ref = embedded_result(w)
    stream = generic.StreamObject({generic.NameObject("/Type"): generic.NameObject("/EmbeddedFile")},
                                  stream_data=new_bytes)
    spec["/EF"] = generic.DictionaryObject({generic.NameObject("/F"): w.add_object(stream)})
    w.mark_update(ref)


def attachment(data, name=attachments.RESULT_ATTACHMENT):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).attachments[name][0]


# -- the forgeries ----------------------------------------------------------------------------------

def test_signed_by_an_untrusted_certificate(office, forger, tmp_path):
    """A forger's own key signs a copy of a genuine result: the number, the content and even
    the result's digest are the register's; only the signer gives it away."""
    d, reg, certs = office
    signer, forger_cert = forger
    genuine = certs["tenun-sukarara"][1]
    _, pdf = D.render_pdf(copy.deepcopy(genuine), sign=signer.sign)
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(pdf)
    code, out = run("verify", fake, "--register", reg).pair
    assert code == 1
    assert "the signature is intact, but the signer is not trusted" in out
    assert codes(fake, reg) == ["untrusted_signer", "signer_not_recorded"]
    # trusting the forger's certificate instead does not make the office's own trusted
    assert run("verify", certs["tenun-sukarara"][0], "--register", reg, "--trust", forger_cert).code == 1


def test_signed_by_a_trusted_key_that_is_not_the_one_recorded_for_the_number(office, forger,
                                                                             tmp_path):
    """Issue #23: with a second key trusted (an old key, a neighbouring office's), a copy of a
    genuine result signed by it passed, since nothing compared the signer with the register's
    record of that number."""
    from readiness.office import CERT_FILE, config_dir

    d, reg, certs = office
    signer, forger_cert = forger
    _, pdf = D.render_pdf(copy.deepcopy(certs["tenun-sukarara"][1]), sign=signer.sign)
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(pdf)
    trust = [forger_cert, config_dir() / CERT_FILE]
    assert codes(fake, reg, trust=trust) == ["signer_not_recorded"]
    code, out = run("verify", fake, "--register", reg, "--lang", "en",
                    *[x for t in trust for x in ("--trust", t)]).pair
    assert code == 1 and "is not the one the register recorded for" in out
    # the genuine one, with both trusted: fine
    assert run("verify", certs["tenun-sukarara"][0], "--register", reg,
               *[x for t in trust for x in ("--trust", t)]).code == 0


def test_attachments_swapped_by_rewriting_the_file(office, tmp_path):
    from pypdf import PdfWriter

    d, reg, certs = office
    a, b = certs["tenun-sukarara"][0], certs["kopi-sembalun"][0]
    w = PdfWriter(clone_from=str(a))
    w._root_object["/Names"].pop("/EmbeddedFiles", None)     # A's attachments out, B's in
    b_data = b.read_bytes()
    for name in (attachments.RESULT_ATTACHMENT, attachments.NUMBER_ATTACHMENT):
        w.add_attachment(name, attachment(b_data, name))
    swapped = tmp_path / "swapped.pdf"
    with open(swapped, "wb") as f:
        w.write(f)
    code, out = run("verify", swapped, "--register", reg).pair
    assert code == 1
    got = codes(swapped, reg)
    assert got[0] in ("signature_broken", "changed_after_signing", "not_signed"), got


def test_attachments_swapped_by_an_incremental_update(office, tmp_path):
    d, reg, certs = office
    a, b = certs["tenun-sukarara"][0], certs["kopi-sembalun"][0]
    forged = incremental(a.read_bytes(), lambda w: swap_attachment(w, attachment(b.read_bytes())))
    swapped = tmp_path / "swapped-inc.pdf"
    swapped.write_bytes(forged)
    assert attachment(forged) == attachment(b.read_bytes())   # a naive reader sees B's result
    code, out = run("verify", swapped, "--register", reg).pair
    assert code == 1 and "the file was changed after it was signed" in out
    assert codes(swapped, reg) == ["changed_after_signing"]


def test_page_edited_by_rewriting_the_file(office, tmp_path):
    """Another number drawn over the page and the file saved again."""
    from pypdf import PdfReader, PdfWriter

    d, reg, certs = office
    src = certs["tenun-sukarara"][0]
    data = src.read_bytes()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    overlay = io.BytesIO(incremental(data, draw_over))
    w.pages[0].merge_page(PdfReader(overlay).pages[0])
    edited = tmp_path / "edited.pdf"
    with open(edited, "wb") as f:
        w.write(f)
    assert "MM27-999999-X" in PdfReader(str(edited)).pages[0].extract_text()
    code, out = run("verify", edited, "--register", reg).pair
    assert code == 1
    assert codes(edited, reg)[0] in ("signature_broken", "not_signed")
    # the same, byte for byte: a name inside the signed bytes changed, nothing else touched
    name = b"readiness-certificate-number"
    i = data.find(name)
    forged = data[:i] + b"R" + data[i + 1:]
    (tmp_path / "bytes.pdf").write_bytes(forged)
    code, out = run("verify", tmp_path / "bytes.pdf", "--register", reg).pair
    assert code == 1 and "the signature is BROKEN" in out


def test_page_edited_by_an_incremental_update(office, tmp_path):
    d, reg, certs = office
    forged = incremental(certs["tenun-sukarara"][0].read_bytes(), draw_over)
    edited = tmp_path / "drawn-over.pdf"
    edited.write_bytes(forged)
    from pypdf import PdfReader

    assert "MM27-999999-X" in PdfReader(str(edited)).pages[0].extract_text()
    code, out = run("verify", edited, "--register", reg).pair
    assert code == 1 and "the file was changed after it was signed" in out
    assert codes(edited, reg) == ["changed_after_signing"]


def test_any_incremental_update_after_the_signature(office, tmp_path):
    from pyhanko.pdf_utils import generic

    d, reg, certs = office

    def retitle(w):
        info = w.trailer.raw_get("/Info")
        info.get_object()["/Title"] = generic.TextStringObject("Sertifikat")
        w.mark_update(info)

    for name, forged in (("meta.pdf", incremental(certs["kopi-sembalun"][0].read_bytes(), retitle)),
                         ("appended.pdf", certs["kopi-sembalun"][0].read_bytes() + b"\n% appended\n")):
        (tmp_path / name).write_bytes(forged)
        code, out = run("verify", tmp_path / name, "--register", reg).pair
        assert code == 1 and "changed after it was signed" in out, name


@pytest.fixture
def fresh(register_url, tmp_path):
    """A certificate issued into an empty register (SQLite or PostgreSQL)."""
    r, issued = issue(check("kopi-sembalun"), tmp_path / "k.pdf", register_url)
    return register_url, tmp_path / "k.pdf", r


def test_revoked(fresh):
    from readiness.register.store import Register

    reg, pdf, r = fresh
    assert run("verify", pdf, "--register", reg).code == 0
    with Register.open(reg) as store:
        store.revoke(r["certificate"]["number"], reason="Izin P-IRT dicabut Dinas Kesehatan",
                     by="Petugas A")
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 1
    assert f"certificate {r['certificate']['number']} was REVOKED on" in out
    assert "Izin P-IRT dicabut Dinas Kesehatan" in out and "Register:        revoked" in out


def test_superseded(fresh, tmp_path):
    reg, pdf, r = fresh
    old = r["certificate"]["number"]
    # an officer records the organizer's inspection: the content changes, a new number
    changed = check("kopi-sembalun")
    changed["certificate"]["conditions"] = [c for c in changed["certificate"]["conditions"]
                                            if c["rule"] != "EVT-06"]
    new, issued = issue(changed, tmp_path / "k2.pdf", reg)
    assert issued.outcome == "supersedes" and issued.previous == old
    code, out = run("verify", pdf, "--register", reg).pair
    assert code == 1 and f"was SUPERSEDED by {issued.number}" in out
    assert run("verify", tmp_path / "k2.pdf", "--register", reg).code == 0
