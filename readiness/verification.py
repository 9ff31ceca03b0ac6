"""`readiness verify`: is this certificate PDF genuine, unchanged and still valid?

For a certificate signed with PAdES (readiness.pades), all of these must hold:

1. the PDF carries one signature, intact, covering the whole file (nothing appended later,
   which also means: no page drawn over and no attachment swapped by an incremental update);
2. the signer's certificate is trusted (the office certificates in the config directory, or
   those given with --trust);
3. the result attached to the signed file is a certificate, and its number is the one printed
   on the page and recorded beside it;
4. the register knows the number, records the same content (and this very copy), and its
   status is valid: not revoked, not superseded, not expired.

Certificates of the earlier Ed25519 scheme (readiness.signing) are recognised by their
attachments and checked as before, against the trusted Ed25519 keys; they were issued before
the register, so they have no status.

`verify_pdf` never raises for a bad or forged PDF: every problem is a (code, args) pair whose
words are in readiness.words (section `cert`). Bad usage (a missing file, an unusable --trust file)
is an InputError.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

from readiness.errors import InputError
from readiness.render.format import category_label, fmt_date
from readiness.attachments import NUMBER_ATTACHMENT, RESULT_ATTACHMENT, canonical_json
from readiness.result import ResultDoc
from readiness.signing import key_id, verify_certificate
from readiness.words import cert_text, label

MAX_PDF = 20 * 1024 * 1024


@dataclass
class Report:
    ok: bool = False
    scheme: str | None = None              # "pades" | "ed25519" | None
    number: str | None = None
    result: ResultDoc | None = None        # the signed result, read once
    signer: str = ""
    signing_time: dt.datetime | None = None
    status: str | None = None              # valid | revoked | superseded | expired | unknown
    record: dict | None = None             # what the register says (plain data)
    problems: list = field(default_factory=list)   # [(code, args)]
    notes: list = field(default_factory=list)

    def problem(self, code: str, **args) -> None:
        self.problems.append((code, args))


def verify_pdf(path, *, trust=None, register=None, today: dt.date | None = None,
               accept_legacy: bool = False) -> Report:
    """Verify the certificate PDF at `path`. `trust`: files or folders of trusted certificates
    (default: the office's, readiness.office.trusted_paths). `register`: a database URL or
    file, or the http(s) address of a verification service; default: the default register when
    it exists. `accept_legacy`: a certificate of the earlier Ed25519 scheme, intact and signed
    by a trusted key, passes (it has no register status: its printed page must be compared
    with the office's copy); otherwise it fails with that reason."""
    from readiness.office import trusted_paths
    from readiness.pades import check_signature, load_trust

    p = Path(path)
    try:
        if p.stat().st_size > MAX_PDF:
            raise InputError("pdf_too_large", file=str(p))
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputError("file_not_found", file=str(p)) from None
    except OSError as e:
        raise InputError("cannot_read", reason=e.strerror, file=str(p)) from None
    paths = [Path(t) for t in trust] if trust else trusted_paths()
    tr = load_trust(paths)

    rep = Report()
    sig = check_signature(data, tr)
    if not sig.signed:
        if sig.problems:
            rep.problems.extend(sig.problems)
            return _done(rep)
        legacy = _attachments(data)
        if legacy is not None and "readiness-result.sig" in legacy:
            return _legacy(p, data, legacy, tr, rep, accept_legacy)
        result = _result_from(legacy, rep) if legacy is not None else None
        if result is not None and result.certified and result.certificate is not None \
                and result.certificate.draft:
            rep.problem("draft")
        else:
            rep.problem("not_signed")
        return _done(rep)

    rep.scheme = "pades"
    rep.signer = sig.signer.short if sig.signer else ""
    rep.signing_time = sig.signing_time
    rep.problems.extend(sig.problems)
    if not sig.intact:
        return _done(rep)
    if not tr.certs and not sig.trusted:
        rep.problem("no_trust")
    signed = sig.signed_revision or data
    atts = _attachments(signed)
    result = _result_from(atts, rep)
    if result is None:
        return _done(rep)
    rep.result = result
    number = _check_number(result, signed, atts, rep)
    if number is None:
        return _done(rep)
    _check_register(number, result, atts, register, rep, today)
    return _done(rep)


def _done(rep: Report) -> Report:
    rep.ok = not rep.problems
    return rep


# -- the signed result and the printed number --------------------------------------------------

def _attachments(data: bytes) -> dict | None:
    """{name: [bytes, ...]} of the PDF's embedded files, or None when pypdf cannot read it."""
    try:
        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        return dict(PdfReader(io.BytesIO(data)).attachments)
    except Exception:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        return None


def _result_from(atts: dict | None, rep: Report) -> ResultDoc | None:
    """The attached result: one attachment, canonical JSON, a readiness result (read once into
    the typed result; anything else is a damaged result, named by its first wrong field)."""
    from pydantic import ValidationError

    items = (atts or {}).get(RESULT_ATTACHMENT) or []
    if len(items) != 1:
        rep.problem("no_result")
        return None
    raw = items[0]
    try:
        result = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        rep.problem("bad_result", error=str(e)[:120])
        return None
    if not isinstance(result, dict) or canonical_json(result) != raw:
        rep.problem("bad_result", error="not the canonical JSON of a result")
        return None
    try:
        return ResultDoc.read(result)
    except ValidationError as e:
        err = e.errors(include_url=False)[0]
        where = "$" + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        rep.problem("bad_result", error=f"{where}: {err['msg']}"[:120])
        return None


def _check_number(result: ResultDoc, signed: bytes, atts: dict, rep: Report) -> str | None:
    from pypdf import PdfReader

    cert = result.certificate
    if not result.certified or cert is None:
        rep.problem("not_a_certificate")
        return None
    if cert.draft or not cert.number:
        rep.problem("draft")
        return None
    number = str(cert.number)
    rep.number = number
    printed = (atts.get(NUMBER_ATTACHMENT) or [b""])[0].decode("utf-8", "replace").strip()
    if printed != number:
        rep.problem("number_mismatch", number=number, where="PDF:", other=printed[:40] or "-")
    try:
        reader = PdfReader(io.BytesIO(signed))
        meta = (reader.metadata or {}).get("/readinesscertificatenumber")
        text = "".join(reader.pages[0].extract_text().split()) if reader.pages else ""
    except Exception:  # noqa: BLE001
        meta, text = None, ""
    if meta is not None and str(meta).strip() != number:
        rep.problem("number_mismatch", number=number, where="metadata:", other=str(meta)[:40])
    if number not in text:
        rep.problem("number_not_on_page", number=number)
    return number


# -- the register ------------------------------------------------------------------------------

def _check_register(number: str, result: ResultDoc, atts: dict, register, rep: Report,
                    today: dt.date | None) -> None:
    from readiness.register.records import request_from_result

    source = register
    if source is None:
        source = _default_register()
        if source is None:
            url = result.certificate.verify_url or ""
            base = url.rsplit("/v/", 1)[0] if "/v/" in url else ""
            rep.problem("no_register", hint=f", e.g. --register {base}" if base else "")
            return
    try:
        digest = request_from_result(result.to_dict()).content_digest
    except InputError:
        digest = None
    sha = hashlib.sha256(atts[RESULT_ATTACHMENT][0]).hexdigest()
    if str(source).startswith(("http://", "https://")):
        rec = _fetch(str(source), number, rep)
        if rec is None:
            return
        recorded_digests = None
    else:
        from readiness.register.store import Register

        with Register.open(source, migrate=False, create=False) as reg:
            r = reg.get(number)
        if r is None:
            rep.status = "unknown"
            rep.problem("not_in_register", number=number)
            return
        rec = r.public(today)
        rec["content_digest"] = r.content_digest
        recorded_digests = r.result_digests()
        signers = {s for s in [r.signer, *(e.signer for e in r.events)] if s}
        if signers and rep.signer and rep.signer not in signers:
            rep.problem("signer_not_recorded", signer=rep.signer, number=number,
                        recorded="; ".join(sorted(signers)))
    rep.record = rec
    rep.status = rec.get("status")
    if rec.get("status") == "unknown":
        rep.problem("not_in_register", number=number)
        return
    if digest is not None and rec.get("content_digest") not in (None, digest):
        rep.problem("register_other_content", number=number)
    if recorded_digests is not None and sha not in recorded_digests:
        rep.problem("copy_not_recorded")
    st = rec.get("status")
    if st == "revoked":
        rev = rec.get("revoked") or {}
        rep.problem("revoked", number=number, date=rev.get("date") or "", reason=rev.get("reason") or "")
    elif st == "superseded":
        rep.problem("superseded", number=number, by=rec.get("superseded_by") or "?")
    elif st == "expired":
        rep.problem("expired", number=number, valid_until=rec.get("valid_until") or "")


def _default_register() -> str | None:
    """The default register when there is one (an office's machine); None elsewhere."""
    import os

    from readiness.register.store import ENV_URL, data_dir, DB_FILE

    if os.environ.get(ENV_URL, "").strip():
        return os.environ[ENV_URL].strip()
    f = data_dir() / DB_FILE
    return str(f) if f.exists() else None


def _fetch(base: str, number: str, rep: Report) -> dict | None:
    """The verification service's JSON for `number` (GET {base}/api/v1/certificates/{n})."""
    import urllib.error
    import urllib.request

    url = f"{base.rstrip('/')}/api/v1/certificates/{number}"
    try:
        with urllib.request.urlopen(urllib.request.Request(
                url, headers={"Accept": "application/json"}), timeout=10) as resp:
            body = resp.read(256 * 1024)
    except urllib.error.HTTPError as e:
        if e.code == 404:
            rep.status = "unknown"
            rep.problem("not_in_register", number=number)
            return None
        rep.problem("register_unreachable", error=f"HTTP {e.code}")
        return None
    except (urllib.error.URLError, OSError, ValueError) as e:
        rep.problem("register_unreachable", error=str(getattr(e, "reason", e))[:120])
        return None
    try:
        rec = json.loads(body)
        if not isinstance(rec, dict) or rec.get("number") != number:
            raise ValueError("not the record of this number")
    except ValueError as e:
        rep.problem("register_unreachable", error=f"unexpected answer ({str(e)[:80]})")
        return None
    return rec


# -- certificates of the earlier Ed25519 scheme ------------------------------------------------

def _legacy(path: Path, data: bytes, atts: dict, tr, rep: Report,
            accept: bool = False) -> Report:

    rep.scheme = "ed25519"
    v = verify_certificate(path, None)
    result = _result_from(atts, Report())
    rep.result = result
    rep.number = v.number
    for p in v.problems:
        rep.problem("legacy_problem", msg=p)
    if v.ok:
        trusted = {key_id(raw) for raw in tr.ed25519}
        rep.signer = f"Ed25519 {v.key_id}"
        if v.key_id not in trusted:
            rep.problem("untrusted_signer", signer=rep.signer)
            if not tr.ed25519:
                rep.problem("no_trust")
        if accept or rep.problems:
            rep.notes.append(("legacy_no_register", {}))
        else:   # a painted-over page still verifies: only its reader can compare it
            rep.problem("legacy_unaccepted")
    return _done(rep)


# -- the report in words -----------------------------------------------------------------------

def _result_facts(res: ResultDoc, row, t, lang: str) -> None:
    """What the signed result says, as a person compares it with the paper."""
    biz, std, cert = res.business, res.standard, res.certificate
    row("v_business", str(biz.name or "") + (f" (NIB {biz.nib})" if biz.nib else ""))
    prods = []
    for i in cert.products if cert is not None else []:
        p = res.product(i)
        verdict = label("verdict", p.verdict, lang) if p is not None and p.verdict else ""
        name, category = (p.name, p.category) if p is not None else (None, None)
        prods.append(f"{name} ({category_label(category, lang)}; {verdict})")
    row("v_products", "; ".join(prods))
    row("v_standard", f"{std.title or ''} ({std.id}@{std.version})")
    ev = std.event
    if ev.name or ev.start:
        row("v_event", f"{ev.name or ''}, {fmt_date(ev.start, lang)} - {fmt_date(ev.end, lang)}")
    if cert is not None and cert.valid_until:
        row("v_validity", t("v_validity_text", issued=cert.issued or "", valid_until=cert.valid_until))


def report_lines(rep: Report, lang: str) -> tuple[list[str], list[str]]:
    """(facts to print, verdict lines): what a person compares with the paper, then OK or
    each reason it fails, in `lang`."""
    def t(code, **a):
        if code == "legacy_problem":   # a problem of the earlier scheme, a Msg of its own
            return a["msg"].text(lang)
        return cert_text(code, lang, **a)

    facts: list[str] = []
    res = rep.result
    if rep.number or res is not None:
        width = 16

        def row(label, value):
            if value:
                facts.append(f"{(t(label) + ':').ljust(width)} {value}")

        row("v_certificate", rep.number or "")
        if res is not None:
            _result_facts(res, row, t, lang)
        if rep.signer:
            when = rep.signing_time.strftime("%Y-%m-%d %H:%M UTC") if rep.signing_time else ""
            row("v_signer", t("v_signed_at", signer=rep.signer, at=when) if when else rep.signer)
        if rep.status:
            row("v_register", t("st_" + rep.status))
    verdict: list[str] = [f"{t('v_note')}: {t(c, **a)}" for c, a in rep.notes]
    if rep.ok:
        if rep.scheme == "ed25519":
            verdict.append(t("v_ok_legacy", number=rep.number))
        else:
            verdict.append(t("v_ok", number=rep.number, status=t("st_valid")))
    else:
        verdict.extend(f"{t('v_failed')}: {t(c, **a)}" for c, a in rep.problems)
    return facts, verdict
