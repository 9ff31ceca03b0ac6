"""PAdES signatures of certificates (pyHanko): signing with the office's X.509 key, and checking
a signed PDF against the certificates a verifier trusts.

A certificate PDF is made by WeasyPrint (PDF/A-3b, the result attached) and then signed in one
incremental update: a certification signature (DocMDP "no changes allowed") that covers the
whole file, so any later change, even a valid incremental update, shows. The signature is the
last revision of the file.

Measured here: pyHanko's stock SimpleSigner parses the RSA private key again for every
signature (~85 ms for a 3072-bit key, with cryptography's key checks) and signs twice to
estimate the signature's size; `OfficeSigner` keeps the parsed key and `sign` reserves a fixed
size, which brings a signature to ~20 ms.

pyHanko, asn1crypto and cryptography are imported inside functions only.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from readiness.errors import InputError
from readiness.words import Msg

# pyHanko imports cryptography's DSA, which prints a CryptographyDeprecationWarning (a
# UserWarning) to every user of `verify`; it is pyHanko's to fix and says nothing to them.
warnings.filterwarnings("ignore", message=r"(?i).*deprecat", category=UserWarning,
                        module=r"pyhanko(\.|$)")

SIG_FIELD = "Sertifikat"
RESERVED = 16384          # bytes reserved for the CMS signature (certificate chain included)


@dataclass(frozen=True)
class SignerInfo:
    subject: str           # the signer certificate's subject, readable
    common_name: str
    fingerprint: str       # SHA-256 of the certificate, hex
    trial: bool

    @property
    def short(self) -> str:
        """For the register and the page: the name and a short fingerprint."""
        fp = self.fingerprint[:16].upper()
        return f"{self.common_name} [SHA-256 {' '.join(fp[i:i + 4] for i in range(0, 16, 4))}]"


def describe_cert(cert) -> SignerInfo:
    """`cert`: an asn1crypto or cryptography certificate."""
    import hashlib

    from asn1crypto import x509 as ax509

    if not isinstance(cert, ax509.Certificate):
        from cryptography.hazmat.primitives import serialization

        cert = ax509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))
    subject = cert.subject.human_friendly
    cn = cert.subject.native.get("common_name") or subject
    if isinstance(cn, list):
        cn = cn[0]
    from readiness.office import TRIAL_MARK

    return SignerInfo(subject=subject, common_name=str(cn),
                      fingerprint=hashlib.sha256(cert.dump()).hexdigest(),
                      trial=TRIAL_MARK in subject)


class OfficeSigner:
    """The office's signing key and certificate, loaded once per process."""

    def __init__(self, key_path: Path, cert_path: Path, chain_path: Path | None = None):
        from pyhanko.sign import signers

        try:
            base = signers.SimpleSigner.load(str(key_path), str(cert_path),
                                             ca_chain_files=(str(chain_path),) if chain_path else None)
        except Exception as e:  # noqa: BLE001 - pyHanko raises several kinds for bad files
            raise InputError("cannot_load_key", detail=f" ({type(e).__name__}: {e})",
                             file=str(key_path)) from None
        if base is None:
            raise InputError("cannot_load_key", detail="", file=str(key_path))
        self._signer = _cached_signer(base)
        self.info = describe_cert(base.signing_cert)

    @classmethod
    def from_config(cls, folder: Path | None = None) -> OfficeSigner | None:
        from readiness.office import key_files

        kf = key_files(folder)
        return cls(kf.key, kf.cert, kf.chain) if kf else None

    def sign(self, pdf: bytes, *, reason: str = "", location: str = "", name: str = "") -> bytes:
        """`pdf` signed in one incremental update (certification, no changes allowed). pyHanko
        runs its own event loop: inside a running one (a web request, a test driving a
        browser) the signature is made in a helper thread."""
        import asyncio

        try:
            asyncio.get_running_loop()
        except RuntimeError:
            return self._sign(pdf, reason, location, name)
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as pool:
            return pool.submit(self._sign, pdf, reason, location, name).result()

    def _sign(self, pdf: bytes, reason: str, location: str, name: str) -> bytes:
        from pyhanko.pdf_utils import generic
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.pdf_utils.metadata.model import VENDOR
        from pyhanko.sign import fields, signers

        w = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        # PDF/A wants the Info dictionary and the XMP metadata to name the same producer;
        # pyHanko writes its own name into the XMP and appends it to the Info's producer,
        # unless the Info's producer already names it: so name it alone in both
        info_ref = w.trailer.raw_get("/Info")
        if info_ref is not None:
            info = info_ref.get_object()
            info["/Producer"] = generic.TextStringObject(VENDOR)
            w.mark_update(info_ref)
        meta = signers.PdfSignatureMetadata(
            field_name=SIG_FIELD, md_algorithm="sha256",
            subfilter=fields.SigSeedSubFilter.PADES, certify=True,
            docmdp_permissions=fields.MDPPerm.NO_CHANGES,
            reason=reason or None, location=location or None, name=name or None)
        out = signers.PdfSigner(meta, self._signer).sign_pdf(w, bytes_reserved=RESERVED)
        return out.getvalue()


def _cached_signer(base):
    """A SimpleSigner that parses its private key once (pyHanko parses it per signature)."""
    from pyhanko.sign import signers

    class _Signer(signers.SimpleSigner):
        _pyca_key = None

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            if self._pyca_key is None:
                from cryptography.hazmat.primitives import serialization

                self._pyca_key = serialization.load_der_private_key(self.signing_key.dump(),
                                                                    password=None)
            return _raw_sign(self, self._pyca_key, data, digest_algorithm)

    return _Signer(base.signing_cert, base.signing_key, base.cert_registry,
                   signature_mechanism=base.signature_mechanism)


def _raw_sign(signer, key, data: bytes, digest_algorithm: str) -> bytes:
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from pyhanko.sign.general import get_pyca_cryptography_hash

    mechanism = signer.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
    if isinstance(key, rsa.RSAPrivateKey) and mechanism == "rsassa_pkcs1v15":
        return key.sign(data, PKCS1v15(), get_pyca_cryptography_hash(digest_algorithm))
    if isinstance(key, ec.EllipticCurvePrivateKey) and mechanism == "ecdsa":
        return key.sign(data, ec.ECDSA(get_pyca_cryptography_hash(digest_algorithm)))
    if isinstance(key, ed25519.Ed25519PrivateKey) and mechanism == "ed25519":
        return key.sign(data)
    from pyhanko.sign import signers

    return signers.SimpleSigner.sign_raw(signer, data, digest_algorithm)


# -- trust -------------------------------------------------------------------------------------

@dataclass
class Trust:
    """What a verifier trusts: X.509 certificates (office certificates, or CAs above them) and,
    for certificates of the earlier Ed25519 scheme, raw Ed25519 public keys."""

    certs: list = field(default_factory=list)          # asn1crypto certificates
    ed25519: list[bytes] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.certs or self.ed25519)


def load_trust(paths: list[Path]) -> Trust:
    """Certificates (PEM, possibly several in one file, or DER) and Ed25519 public keys (PEM)
    from files and folders. A file that is neither is an InputError."""
    t = Trust()
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(f for f in p.iterdir() if f.is_file() and not f.name.startswith(".")
                                and f.suffix.lower() in (".pem", ".crt", ".cer", ".der")))
        elif p.exists():
            files.append(p)
        else:
            raise InputError("file_not_found", file=str(p), path="--trust")
    for f in files:
        _load_trust_file(f, t)
    return t


def _load_trust_file(f: Path, t: Trust) -> None:
    from asn1crypto import pem
    from asn1crypto import x509 as ax509

    try:
        data = f.read_bytes()
    except OSError as e:
        raise InputError("cannot_read_trusted_cert", reason=e.strerror, file=str(f)) from None
    if len(data) > 1024 * 1024:
        raise InputError("trust_too_large", file=str(f))
    found = 0
    try:
        if pem.detect(data):
            for kind, _headers, der in pem.unarmor(data, multiple=True):
                if kind == "CERTIFICATE":
                    t.certs.append(ax509.Certificate.load(der))
                    found += 1
                elif kind == "PUBLIC KEY":
                    raw = _ed25519_raw(der)
                    if raw is not None:
                        t.ed25519.append(raw)
                        found += 1
        else:
            c = ax509.Certificate.load(data)
            _ = c.native  # parse now: a bad file fails here, not later
            t.certs.append(c)
            found += 1
    except (ValueError, TypeError):
        found = 0
    if not found:
        raise InputError("not_trust", file=str(f), path="--trust", expected=Msg("trust_files"))
    t.sources.append(str(f))


def _ed25519_raw(der: bytes) -> bytes | None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_der_public_key(der)
    except ValueError:
        return None
    if isinstance(key, Ed25519PublicKey):
        return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return None


# -- checking a signed PDF ---------------------------------------------------------------------

@dataclass
class SignatureCheck:
    """What the PAdES signature of a PDF says. `problems` are codes with arguments
    (readiness.words, section `cert`)."""

    signed: bool = False
    intact: bool = False
    trusted: bool = False
    whole_file: bool = False
    signer: SignerInfo | None = None
    signing_time: dt.datetime | None = None
    signed_revision: bytes | None = None    # the file as it was signed
    problems: list = field(default_factory=list)   # [(code, args)]


def check_signature(data: bytes, trust: Trust) -> SignatureCheck:
    """Integrity, coverage (nothing after the signature) and trust of the one PAdES signature
    of a certificate PDF. Never raises for a damaged file."""
    import logging

    out = SignatureCheck()
    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader

        reader = PdfFileReader(io.BytesIO(data), strict=False)
        sigs = reader.embedded_signatures
    except Exception as e:  # noqa: BLE001 - a damaged file is a finding, not a crash
        out.problems.append(("pdf_unreadable", {"error": f"{type(e).__name__}: {e}"[:160]}))
        return out
    if not sigs:
        return out
    out.signed = True
    if len(sigs) > 1:
        out.problems.append(("several_signatures", {"n": len(sigs)}))
    sig = sigs[0]
    try:
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext

        vc = ValidationContext(trust_roots=list(trust.certs), allow_fetching=False,
                               revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, vc)
    except Exception as e:  # noqa: BLE001
        out.problems.append(("signature_unreadable", {"error": f"{type(e).__name__}: {e}"[:160]}))
        return out
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    out.signer = describe_cert(status.signing_cert) if status.signing_cert is not None else None
    out.signing_time = status.signer_reported_dt
    out.intact = bool(status.intact and status.valid)
    out.whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    out.trusted = bool(status.trusted) and out.intact
    if not out.intact:
        out.problems.append(("signature_broken", {}))
        return out
    if not out.whole_file or not status.docmdp_ok:
        out.problems.append(("changed_after_signing", {}))
    if not out.trusted:
        out.problems.append(("untrusted_signer", {"signer": out.signer.short if out.signer else "?"}))
    try:  # the file as it was when signed: the byte range ends where the signed revision ends
        _, _, start2, len2 = (int(x) for x in sig.byte_range)
        out.signed_revision = data[:start2 + len2]
    except (TypeError, ValueError):
        out.signed_revision = None
    return out
