"""The certificate and the gap report: what the business reads (text extracted with pypdf)."""

import io
import json
import re

import pytest

from readiness import attachments as carried
from readiness.errors import InputError
from readiness.plan import build_plan
from readiness.words import Section
from readiness.render import documents as D
from tests.support.pdf import attachments, norm, pdf_pages, pdf_text


@pytest.fixture(scope="module")
def cert_text(signed_cert):
    return pdf_text(signed_cert[0].read_bytes())


def _contains(text, needle):
    return norm(needle).casefold() in norm(text).casefold()


# -- choosing the document ------------------------------------------------------------------------

def test_choose_document(results):
    cert = results[("kopi-sembalun", "id")]
    gap = results[("madu-hutan-sumbawa", "id")]
    assert D.choose_document(cert) == "certificate"
    assert D.choose_document(cert, "gap-report") == "gap-report"
    assert D.choose_document(gap) == "gap-report"
    with pytest.raises(InputError, match="no certificate"):
        D.choose_document(gap, "certificate")
    with pytest.raises(InputError):
        D.choose_document(cert, "poster")


# -- certificate ----------------------------------------------------------------------------------

def test_certificate_states_the_facts(cert_text, signed_cert):
    path, r = signed_cert
    t = cert_text
    assert pdf_pages(path.read_bytes()) == 1
    number = r["certificate"]["number"]
    assert number.startswith("MM27-")
    for needle in (r["business"]["name"], r["business"]["nib"],
                   f"{r['standard']['id']}@{r['standard']['version']}", number,
                   "Dinas Perindustrian Provinsi Nusa Tenggara Barat",
                   "Sertifikat Kesiapan Produk IKM", "Berlaku sampai", "3 Oktober 2027",
                   "27 November 2026", "Ditandatangani secara elektronik", "UJI COBA",
                   # the signatory block, from the office's settings
                   "Mataram, 27 November 2026", "Kepala Bidang Industri Kecil dan Menengah",
                   "Ir. Baiq Rahmawati, M.Si.", "NIP 197503122000032004", "Cap dinas",
                   # how to check it: a web address, not a command line
                   "Pindai kode QR atau buka", f"https://sertifikat.example.go.id/v/{number}"):
        assert _contains(t, needle), needle
    for idx in r["certificate"]["products"]:
        assert _contains(t, r["products"][idx]["name"])
    assert r["certificate"]["conditions"], "the example should carry a condition"
    for c in r["certificate"]["conditions"]:
        title, _, rest = c["text"].partition(": ")
        assert _contains(t, c["rule"]) and _contains(t, rest)
        # the rule's title is printed once, beside its ID, not again before the text
        assert _contains(t, f"{c['rule']} {title}") and not _contains(t, f"{title}: {rest}")
    assert _contains(t, "Siap bersyarat")  # the conditional product
    for programmer_words in ("readiness verify", "sha256", "--trust", "Dossier", "DRAF"):
        assert not _contains(t, programmer_words), programmer_words


def test_certificate_attachments_signature_and_pdfa(signed_cert):
    from pypdf import PdfReader

    from readiness.attachments import canonical_json

    path, r = signed_cert
    data = path.read_bytes()
    atts = attachments(data)
    assert atts[carried.RESULT_ATTACHMENT] == [canonical_json(r)]
    assert atts[carried.NUMBER_ATTACHMENT] == [r["certificate"]["number"].encode()]
    assert carried.SIGNATURE_ATTACHMENT not in atts and carried.PUBKEY_ATTACHMENT not in atts
    reader = PdfReader(io.BytesIO(data))
    root = reader.trailer["/Root"]
    # a PAdES certification signature (no changes allowed), the file's last revision
    assert "/DocMDP" in root["/Perms"]
    sig = root["/AcroForm"]["/Fields"][0].get_object()["/V"].get_object()
    assert sig["/SubFilter"] == "/ETSI.CAdES.detached"
    start2, len2 = int(sig["/ByteRange"][2]), int(sig["/ByteRange"][3])
    assert start2 + len2 == len(data)
    # still PDF/A-3b after signing: the XMP says so, and names the same producer as the Info
    xmp = root["/Metadata"].get_object().get_data()
    assert b'pdfaid:part="3"' in xmp and b'pdfaid:conformance="B"' in xmp, xmp[:800]
    producer = str(reader.trailer["/Info"]["/Producer"])
    assert f'pdf:Producer="{producer}"'.encode() in xmp or f"<pdf:Producer>{producer}<".encode() in xmp


def test_certificate_draft_in_english_with_waiver(sample):
    r = sample("certified")
    r["lang"] = "en"
    r["certificate"]["number"] = None          # not numbered by the register: a draft
    kind, data = D.render_pdf(r)
    t = pdf_text(data)
    assert kind == "certificate" and pdf_pages(data) == 1
    for needle in ("IKM Product Readiness Certificate", "Valid until", "3 October 2027",
                   "Waiver", "EVT-02", "TXT-03", "DRAFT — NOT A CERTIFICATE",
                   "DRAFT for review: no number, not signed, not recorded"):
        assert _contains(t, needle), needle
    assert attachments(data)[carried.NUMBER_ATTACHMENT] == [b"DRAFT"]
    assert "/AcroForm" not in __import__("pypdf").PdfReader(io.BytesIO(data)).trailer["/Root"]


def test_no_unsigned_numbered_certificate(sample):
    r = sample("certified")
    assert r["certificate"]["number"]
    with pytest.raises(InputError, match="must be signed"):
        D.render_pdf(r)


def test_long_name_and_twelve_products_fit_one_page(sample, office_signer):
    r = sample("many_products")
    kind, data = D.render_pdf(r, sign=office_signer.sign)
    t = pdf_text(data)
    assert pdf_pages(data) == 1
    assert _contains(t, r["business"]["name"])
    for p in r["products"]:
        assert _contains(t, p["name"]), p["name"]
    for c in r["certificate"]["conditions"]:
        assert _contains(t, c["text"])


def test_office_logo_is_served_from_memory(sample, tmp_path):
    """The logo is a file the office copied in at set-up; the renderer serves it as a packaged
    asset and never reads or fetches anything else."""
    import zlib

    def png(w, h):
        import struct

        def chunk(kind, body):
            return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        raw = b"".join(b"\x00" + b"\x0b\x4f\x6c" * w for _ in range(h))
        return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

    r = sample("certified")
    r["certificate"]["number"] = None
    html_ctx = D.build_context(r, "certificate", logo="office/logo.png")
    assert html_ctx["logo"] == "office/logo.png"
    _, data = D.render_pdf(r, logo=png(40, 20))
    from pypdf import PdfReader

    page = PdfReader(io.BytesIO(data)).pages[0]
    images = [n for n in page.images]
    assert images, "the logo is on the page"
    assert not D.Renderer.get().fetcher.refused


# -- gap report -----------------------------------------------------------------------------------

_PATHS = re.compile(r"\$\.|\b(?:business|products?)(?:\[[^\]]*\])?\.[a-z_]")


@pytest.mark.parametrize("name,lang", [("madu-hutan-sumbawa", "id"), ("dapur-inaq-sari", "en")])
def test_gap_report_is_the_plan(results, name, lang):
    """The PDF reads as the plan: step 1 the information to fill in, then one step per office
    (the office of the business's regency), in that order; each gap's rule is there; no JSON or
    dossier path anywhere; the running header names the business on the following pages."""
    r = results[(name, lang)]
    kind, data = D.render_pdf(r)
    assert kind == "gap-report"
    t = pdf_text(data)
    n = pdf_pages(data)
    P = Section("plan", lang)
    plan = build_plan(r)
    words = {"id": [f"Halaman 1 dari {n}", "Sudah terpenuhi", "Sertifikat belum dapat diterbitkan"],
             "en": [f"Page 1 of {n}", "Already met", "No certificate can be issued yet"]}[lang]
    for needle in words + [r["business"]["name"], r["business"]["nib"],
                           f"{r['standard']['id']}@{r['standard']['version']}"]:
        assert _contains(t, needle), needle
    heads = ([f"{P.step.format(n=1)}: {P.fill_title}"] if plan.fill else []) + [
        f"{P.step.format(n=i)}: {P.visit_title.format(office=v.office)}"
        for i, v in enumerate(plan.visits, 1 + bool(plan.fill))]
    flat = norm(t).casefold()
    at = [flat.find(norm(h).casefold()) for h in heads]
    assert -1 not in at and at == sorted(at), (heads, at)
    assert plan.fill and plan.visits
    step1 = flat[at[0]:at[1]]
    for v in plan.visits:                   # step 1 never sends anyone to an office
        assert norm(v.office).casefold() not in step1
    regency = r["business"]["regency"]
    assert any(regency in v.office and v.regional for v in plan.visits)
    for f in r["findings"]:
        if f["status"] in ("fail", "manual"):
            assert _contains(t, f["rule"]), f["rule"]
    assert not _PATHS.search(t), _PATHS.search(t)
    # one card per rule: a rule failing for several products is named once
    for v in plan.visits:
        for c in v.cards:
            assert len([x for x in v.cards if x.rule == c.rule]) == 1
    if n > 1:  # the running header names the business on the following pages
        from io import BytesIO

        from pypdf import PdfReader

        assert _contains(PdfReader(BytesIO(data)).pages[1].extract_text(), r["business"]["name"])


def test_plan_of_a_stored_result_without_offices(sample):
    """A result of an edition without offices (or stored before them): each failed rule's
    agency text is the office; missing data apart, never with an agency; blockers first within
    a visit; passed rules only when met for every subject."""
    ctx = D.build_context(sample("not_certified"), "gap-report")
    plan = ctx["plan"]
    missing = {rule for i in plan.fill for rule in i.rules}
    assert missing == {"LEG-05", "EVT-01", "LBL-01"}
    failed = {c.rule for v in plan.visits for c in v.cards}
    assert not failed & {"LEG-05", "EVT-01"}
    order = {"blocker": 0, "major": 1, "minor": 2}
    for v in plan.visits:
        assert v.office and not v.regional
        sev = [order[c.severity] for c in v.cards]
        assert sev == sorted(sev)
    gains = [v.total for v in plan.visits if v.kind != "self"]
    assert gains == sorted(gains, reverse=True)
    assert [rid for rid, _ in plan.passed][:1] == ["LEG-01"]
    assert not failed & {rid for rid, _ in plan.passed}


# -- formatting -----------------------------------------------------------------------------------

def test_formats():
    from readiness.render.format import fmt_date, fmt_money, fmt_score

    assert fmt_date("2022-03-20", "id") == "20 Maret 2022"
    assert fmt_date("2022-03-20", "en") == "20 March 2022"
    assert fmt_money(85000, "id") == "Rp 85.000"
    assert fmt_score(96.4, "id") == "96,4" and fmt_score(96.4, "en") == "96.4"


# -- HTML -----------------------------------------------------------------------------------------

def test_html_is_standalone_and_escaped(results):
    html = D.render_html(results[("kopi-sembalun", "en")])
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    assert "Readiness Certificate" in html and 'lang="en"' in html
    assert "DRAFT — NOT A CERTIFICATE" in html     # an HTML certificate is a preview


# -- atomic writes --------------------------------------------------------------------------------

def test_failed_render_leaves_no_file(results, tmp_path, monkeypatch):
    target = tmp_path / "out.pdf"

    def boom(*a, **k):
        raise RuntimeError("render failed")

    monkeypatch.setattr(D.Renderer, "pdf", boom)
    with pytest.raises(RuntimeError):
        D.write_document(results[("kopi-sembalun", "id")], target)
    assert list(tmp_path.iterdir()) == []


def test_write_html(results, tmp_path):
    out = tmp_path / "r.html"
    assert D.write_document(results[("madu-hutan-sumbawa", "id")], out, fmt="html") == "gap-report"
    assert "Lengkapi data" in out.read_text(encoding="utf-8")
    with pytest.raises(InputError):
        D.write_document(results[("madu-hutan-sumbawa", "id")], tmp_path / "x", fmt="docx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.html"]


def test_result_json_roundtrip(results):
    from readiness.attachments import canonical_json

    r = results[("kopi-sembalun", "id")]
    assert json.loads(canonical_json(r)) == r
