"""How the earlier certificates were signed (what a document carries is readiness.attachments).

- Certificates of the earlier scheme carry an Ed25519 signature file; `verify_certificate`
  checks those (new certificates are signed with PAdES: readiness.pades, readiness.issuing).
  A signature file (`readiness-result.sig` in the PDF) is JSON:
  `{"format": "readiness-signature/1", "alg": "Ed25519", "key_id": "...",
    "public_key": "<base64 raw 32 bytes>", "sha256": "<hex of the signed bytes>",
    "signature": "<base64 64 bytes>"}`.

`cryptography` is imported inside functions only.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from readiness.attachments import (NUMBER_ATTACHMENT, RESULT_ATTACHMENT, SIGNATURE_ATTACHMENT,
                                   canonical_json)
from readiness.errors import InputError
from readiness.report import certificate_number
from readiness.words import Msg

SIG_FORMAT = "readiness-signature/1"


def key_id(public_raw: bytes) -> str:
    """A short fingerprint of a public key: 16 hex digits of its SHA-256, grouped by 4."""
    h = hashlib.sha256(public_raw).hexdigest()[:16].upper()
    return "-".join(h[i:i + 4] for i in range(0, 16, 4))


def _raw_public(pub) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return pub.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def load_public_key(path: Path | str) -> bytes:
    """Raw 32-byte Ed25519 public key from a PEM public key, an OpenSSH public key line, a private
    key PEM (its public half) or a base64 raw key."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import (
        Ed25519PrivateKey, Ed25519PublicKey)

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as e:
        raise InputError("cannot_read_trusted", reason=e.strerror, file=str(path)) from None
    text = data.strip()
    key = None
    try:
        if b"PRIVATE KEY" in text:
            key = serialization.load_pem_private_key(text, password=None).public_key() \
                if not text.startswith(b"-----BEGIN OPENSSH") else \
                serialization.load_ssh_private_key(text, password=None).public_key()
        elif text.startswith(b"-----BEGIN"):
            key = serialization.load_pem_public_key(text)
        elif text.startswith(b"ssh-ed25519"):
            key = serialization.load_ssh_public_key(text)
        else:
            raw = base64.b64decode(text, validate=True)
            if len(raw) == 32:
                return raw
    except (ValueError, TypeError):
        key = None
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    if not isinstance(key, Ed25519PublicKey):
        raise InputError("not_public_key", file=str(path))
    return _raw_public(key)


class SignatureProblem(Exception):
    """Why a signature does not hold: `msg` (catalogue code and arguments)."""

    def __init__(self, code: str, **args) -> None:
        self.msg = Msg(code, args)
        super().__init__(self.msg.text("en"))


def check_signature(data: bytes, sig_file: bytes, trusted_raw: bytes | None = None) -> dict:
    """Verify a signature file over `data`. Returns the parsed signature document; raises
    SignatureProblem with the reason otherwise. With `trusted_raw`, the key in the signature
    must be that key; without it, only self-consistency (integrity) is checked."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        doc = json.loads(sig_file)
        if not isinstance(doc, dict) or doc.get("format") != SIG_FORMAT or doc.get("alg") != "Ed25519":
            raise ValueError("unknown format")
        pub = base64.b64decode(doc["public_key"], validate=True)
        sig = base64.b64decode(doc["signature"], validate=True)
    except (ValueError, KeyError, TypeError) as e:
        raise SignatureProblem("sig_damaged", detail=str(e)) from None
    if len(pub) != 32 or len(sig) != 64:
        raise SignatureProblem("sig_length")
    if doc.get("sha256") != hashlib.sha256(data).hexdigest():
        raise SignatureProblem("sig_changed")
    try:
        Ed25519PublicKey.from_public_bytes(pub).verify(sig, data)
    except InvalidSignature:
        raise SignatureProblem("sig_mismatch") from None
    if trusted_raw is not None and pub != trusted_raw:
        raise SignatureProblem("sig_other_key", key=key_id(pub), trusted=key_id(trusted_raw))
    return doc


# -- verifying a certificate PDF ------------------------------------------------------------------

@dataclass
class Verification:
    ok: bool
    problems: list[Msg]
    notes: list[Msg]
    number: str | None = None
    key_id: str | None = None
    authenticated: bool = False


def _one_attachment(atts: dict, name: str):
    items = atts.get(name) or []
    if len(items) > 1:
        raise SignatureProblem("pdf_many", n=len(items), name=name)
    return items[0] if items else None


def verify_certificate(pdf_path, trusted_key_path=None) -> Verification:
    """Check a certificate PDF: the attached result is intact and canonical, its Ed25519
    signature holds (against the trusted key when given), and the certificate number inside the
    signed result equals the number the PDF prints. Never raises for a bad PDF: every problem is
    a line in `problems`."""
    import io

    problems: list[Msg] = []
    notes: list[Msg] = []
    v = Verification(False, problems, notes)
    trusted = load_public_key(trusted_key_path) if trusted_key_path else None

    try:
        import logging

        from pypdf import PdfReader

        logging.getLogger("pypdf").setLevel(logging.ERROR)
        data = Path(pdf_path).read_bytes()
        reader = PdfReader(io.BytesIO(data))
        atts = reader.attachments
        result_bytes = _one_attachment(atts, RESULT_ATTACHMENT)
        sig_bytes = _one_attachment(atts, SIGNATURE_ATTACHMENT)
        number_bytes = _one_attachment(atts, NUMBER_ATTACHMENT)
    except SignatureProblem as e:
        problems.append(e.msg)
        return v
    except OSError as e:
        raise InputError("cannot_read", reason=e.strerror or str(e), file=str(pdf_path)) from None
    except Exception as e:  # noqa: BLE001 - pypdf raises many kinds on damaged files
        problems.append(Msg("pdf_unreadable", {"detail": f"{type(e).__name__}: {e}"}))
        return v

    if result_bytes is None:
        problems.append(Msg("pdf_no_result", {"name": RESULT_ATTACHMENT}))
        return v
    try:
        result = json.loads(result_bytes.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as e:
        problems.append(Msg("pdf_bad_json", {"detail": str(e)}))
        return v
    if not isinstance(result, dict):
        problems.append(Msg("pdf_not_result"))
        return v
    if canonical_json(result) != result_bytes:
        problems.append(Msg("pdf_not_canonical"))

    # signature
    if sig_bytes is None:
        problems.append(Msg("pdf_unsigned", {"name": SIGNATURE_ATTACHMENT}))
    else:
        try:
            doc = check_signature(result_bytes, sig_bytes, trusted)
            v.key_id = doc.get("key_id")
            if trusted is not None:
                v.authenticated = True
                notes.append(Msg("sig_trusted", {"key": key_id(trusted)}))
            else:
                notes.append(Msg("sig_intact", {"key": v.key_id}))
        except SignatureProblem as e:
            problems.append(e.msg)

    # certificate number: in the signed result, as printed, as stored beside it, recomputed
    cert = result.get("certificate") if result.get("certified") else None
    if not isinstance(cert, dict) or not cert.get("number"):
        problems.append(Msg("pdf_no_certificate"))
        return _finish(v)
    number = str(cert["number"])
    v.number = number
    if number_bytes is None:
        problems.append(Msg("number_not_recorded"))
    elif number_bytes.decode("utf-8", "replace").strip() != number:
        problems.append(Msg("number_recorded", {
            "number": number, "recorded": number_bytes.decode("utf-8", "replace").strip()[:60]}))
    meta = reader.metadata or {}
    meta_no = meta.get("/readinesscertificatenumber")
    if meta_no is not None and str(meta_no).strip() != number:
        problems.append(Msg("number_metadata", {"number": number, "recorded": str(meta_no)[:60]}))
    try:
        text = "".join(reader.pages[0].extract_text().split()) if reader.pages else ""
    except Exception:  # noqa: BLE001
        text = ""
    if number not in text:
        problems.append(Msg("number_not_printed", {"number": number}))
    try:
        expected = certificate_number(result)
    except Exception as e:  # noqa: BLE001
        problems.append(Msg("number_recompute", {"detail": f"{type(e).__name__}: {e}"}))
    else:
        if expected != number:
            problems.append(Msg("number_recomputed", {"expected": expected, "number": number}))
    return _finish(v)


def _finish(v: Verification) -> Verification:
    v.ok = not v.problems
    return v
