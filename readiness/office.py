"""The issuing office: who signs the certificates, with which key, and where people check them.

Everything lives in the user's config directory (`$XDG_CONFIG_HOME/readiness/`, else
`~/.config/readiness/`):

    office.yaml        the office's settings (below), written by `readiness keys init` and
                       `readiness office set`
    office-key.pem     the private key (PKCS#8, mode 0600)
    office-cert.pem    the office's X.509 certificate (self-signed trial, or issued by a CA
                       such as BSrE and imported from a .p12)
    office-chain.pem   the CA certificates above it, when imported
    office-logo.png    the logo printed on certificates (copied in, never fetched)
    trusted/           earlier office certificates (kept when the key is replaced, so the
                       certificates they signed still verify) and others the office trusts

office.yaml:

    format: readiness-office/1
    name: Dinas Perindustrian Provinsi Nusa Tenggara Barat
    signatory: {name: "...", nip: "...", position: "..."}
    place: Mataram
    base_url: https://sertifikat.example.go.id     # the public verification page
    logo: office-logo.png

`cryptography` is imported inside functions only.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from readiness.errors import InputError
from readiness.words import Msg

OFFICE_FORMAT = "readiness-office/1"
SETTINGS_FILE = "office.yaml"
KEY_FILE = "office-key.pem"
CERT_FILE = "office-cert.pem"
CHAIN_FILE = "office-chain.pem"
TRUSTED_DIR = "trusted"
LOGO_STEM = "office-logo"
LOGO_MAX_BYTES = 1024 * 1024
TRIAL_MARK = "UJI COBA / TRIAL"
TRIAL_YEARS = 5


def config_dir() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME")
    if not base or not os.path.isabs(base):  # the XDG spec says to ignore relative paths
        base = os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "readiness"


@dataclass
class Signatory:
    name: str = ""
    nip: str = ""
    position: str = ""


@dataclass
class Office:
    name: str = ""
    signatory: Signatory = field(default_factory=Signatory)
    place: str = ""
    base_url: str = ""
    logo: str = ""
    folder: Path | None = None

    # -- loading and saving -----------------------------------------------------------------

    @classmethod
    def load(cls, folder: Path | None = None) -> Office:
        """The office's settings (empty ones when office.yaml does not exist yet)."""
        folder = Path(folder) if folder else config_dir()
        path = folder / SETTINGS_FILE
        if not path.exists():
            return cls(folder=folder)
        from readiness.load import load_data

        data = load_data(path, name=str(path))
        if not isinstance(data, dict):
            raise InputError("office_mapping", file=str(path))
        if data.get("format") not in (None, OFFICE_FORMAT):
            raise InputError("office_format", found_format=repr(data.get("format")), file=str(path),
                             path="$.format", expected=OFFICE_FORMAT)
        known = {"format", "name", "signatory", "place", "base_url", "logo"}
        for k in data:
            if k not in known:
                raise InputError("unknown_field", name=k, hint=None, file=str(path), path=f"$.{k}",
                                 expected=", ".join(sorted(known)))
        sig = data.get("signatory") or {}
        if not isinstance(sig, dict):
            raise InputError("signatory_mapping", file=str(path), path="$.signatory")
        for k in sig:
            if k not in ("name", "nip", "position"):
                raise InputError("unknown_field", name=k, hint=None, file=str(path),
                                 path=f"$.signatory.{k}", expected="name, nip, position")
        office = cls(name=_text(data.get("name")), place=_text(data.get("place")),
                     base_url=_text(data.get("base_url")), logo=_text(data.get("logo")),
                     signatory=Signatory(_text(sig.get("name")), _text(sig.get("nip")),
                                         _text(sig.get("position"))), folder=folder)
        if office.base_url:
            office.base_url = check_base_url(office.base_url, file=str(path))
        return office

    def save(self) -> Path:
        import yaml

        from readiness.files import atomic_write

        folder = self.folder or config_dir()
        _private_folder(folder)
        data = {"format": OFFICE_FORMAT, "name": self.name,
                "signatory": asdict(self.signatory), "place": self.place,
                "base_url": self.base_url, "logo": self.logo}
        header = ("# The issuing office, printed on every certificate (readiness office show|set)\n")
        path = folder / SETTINGS_FILE
        atomic_write(path, header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        return path

    # -- what the certificate needs ---------------------------------------------------------

    def verify_url(self, number: str) -> str:
        return f"{self.base_url.rstrip('/')}/v/{number}" if self.base_url else ""

    def logo_bytes(self) -> bytes | None:
        if not self.logo or self.folder is None:
            return None
        try:
            return read_logo(self.folder / self.logo)
        except InputError:
            return None

    def missing(self) -> list[str]:
        """Settings a certificate should have and this office lacks (for hints)."""
        out = []
        for key, value in (("name", self.name), ("signatory.name", self.signatory.name),
                           ("signatory.nip", self.signatory.nip),
                           ("signatory.position", self.signatory.position),
                           ("place", self.place), ("base_url", self.base_url)):
            if not value:
                out.append(key)
        return out

    def set(self, key: str, value: str) -> None:
        value = " ".join(str(value).split())
        if len(value) > 300:
            raise InputError("setting_too_long", key=key, path=key)
        if key == "base_url":
            self.base_url = check_base_url(value) if value else ""
        elif key in ("name", "place"):
            setattr(self, key, value)
        elif key in ("signatory.name", "signatory.nip", "signatory.position"):
            if key == "signatory.nip" and value and not re.fullmatch(r"[0-9 ]{8,24}", value):
                raise InputError("bad_nip", value=repr(value), path=key,
                                 expected=Msg("nip_digits"))
            setattr(self.signatory, key.split(".", 1)[1], value)
        else:
            raise InputError("unknown_setting", key=repr(key), path=key,
                             expected="name, signatory.name, signatory.nip, signatory.position, "
                                      "place, base_url")

    def set_logo(self, source: Path) -> None:
        data = read_logo(source)
        folder = self.folder or config_dir()
        _private_folder(folder)
        name = LOGO_STEM + (".png" if data[:8] == b"\x89PNG\r\n\x1a\n" else ".jpg")
        from readiness.files import atomic_write

        for old in folder.glob(LOGO_STEM + ".*"):
            old.unlink(missing_ok=True)
        atomic_write(folder / name, data)
        self.logo = name


def _text(v) -> str:
    return " ".join(str(v).split()) if v is not None else ""


def check_base_url(value: str, *, file: str | None = None) -> str:
    """An http(s) URL without query or fragment (the QR code adds /v/NUMBER)."""
    from urllib.parse import urlsplit

    v = value.strip()
    parts = urlsplit(v)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment \
            or any(c in v for c in " <>\"'\\"):
        raise InputError("bad_base_url", value=repr(value[:80]), file=file, path="base_url",
                         expected=Msg("base_url_example"))
    return v.rstrip("/")


def read_logo(path: Path) -> bytes:
    """A PNG or JPEG logo, at most 1 MiB (no SVG: a vector file can refer to other files)."""
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError("cannot_read_logo", reason=e.strerror, file=str(path)) from None
    if len(data) > LOGO_MAX_BYTES:
        raise InputError("logo_too_large", file=str(path))
    if not (data[:8] == b"\x89PNG\r\n\x1a\n" or data[:3] == b"\xff\xd8\xff"):
        raise InputError("logo_format", file=str(path), expected=Msg("logo_files"))
    return data


def _private_folder(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        pass


def _write_private(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


# -- key material ------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyFiles:
    key: Path
    cert: Path
    chain: Path | None


def key_files(folder: Path | None = None) -> KeyFiles | None:
    """The office's key and certificate, or None when `keys init`/`keys import` was not run."""
    folder = Path(folder) if folder else config_dir()
    key, cert, chain = folder / KEY_FILE, folder / CERT_FILE, folder / CHAIN_FILE
    if key.exists() and cert.exists():
        return KeyFiles(key, cert, chain if chain.exists() else None)
    return None


def _retire(folder: Path) -> None:
    """Keep the office certificate that is being replaced among the trusted ones."""
    cert = folder / CERT_FILE
    if cert.exists():
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes

        c = x509.load_pem_x509_certificate(cert.read_bytes())
        (folder / TRUSTED_DIR).mkdir(exist_ok=True)
        fp = c.fingerprint(hashes.SHA256()).hex()[:16]
        (folder / TRUSTED_DIR / f"office-{fp}.pem").write_bytes(cert.read_bytes())


def _refuse_overwrite(folder: Path, force: bool) -> None:
    if key_files(folder) is not None and not force:
        raise InputError("office_key_exists", file=str(folder / KEY_FILE))


def create_trial_key(office: Office, *, folder: Path | None = None, force: bool = False,
                     years: int = TRIAL_YEARS) -> KeyFiles:
    """A self-signed trial certificate and its key. Its subject says UJI COBA / TRIAL: it lets
    an office try the whole flow; a certificate a hotel can trust needs one issued by a CA
    (keys import)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    folder = Path(folder) if folder else config_dir()
    _refuse_overwrite(folder, force)
    _private_folder(folder)
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    office_name = office.name or "Kantor penerbit readiness"
    attrs = [x509.NameAttribute(NameOID.COMMON_NAME, _trial_cn(office_name)),
             x509.NameAttribute(NameOID.ORGANIZATION_NAME, office_name[:64]),
             x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME,
                                "Sertifikat uji coba, bukan TTE tersertifikasi"),
             x509.NameAttribute(NameOID.COUNTRY_NAME, "ID")]
    name = x509.Name(attrs)
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=365 * years + years // 4))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                         key_encipherment=False, data_encipherment=False,
                                         key_agreement=False, key_cert_sign=False,
                                         crl_sign=False, encipher_only=False,
                                         decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()),
                           critical=False)
            .sign(key, hashes.SHA256()))
    return _install(folder, key, cert, [])


# Official abbreviations, tried in order when a name is too long for a common name: a signer
# shown as "... Nusa Tenggara (UJI COBA / TRIAL)" names the wrong province.
_ABBREVIATIONS = (("Nusa Tenggara Barat", "NTB"), ("Nusa Tenggara Timur", "NTT"),
                  ("Provinsi", "Prov."), ("Kabupaten", "Kab."), ("Perindustrian", "Perind."))


def _trial_cn(name: str) -> str:
    """'<office> (UJI COBA / TRIAL)' within the 64 characters a common name may have: the
    office's name shortened with official abbreviations first, cut at a word only if still too
    long (the full name stays in the certificate's organisation field)."""
    room = 64 - len(TRIAL_MARK) - 3
    name = " ".join(name.split())
    for long, short in _ABBREVIATIONS:
        if len(name) <= room:
            break
        name = name.replace(long, short)
    words, out = name.split(), ""
    for w in words:
        if len(out) + len(w) + (1 if out else 0) > room:
            break
        out = f"{out} {w}" if out else w
    return f"{out or name[:room]} ({TRIAL_MARK})"


def import_p12(path: Path, password: bytes | None, *, folder: Path | None = None,
               force: bool = False) -> KeyFiles:
    """Take the office's key and certificate from a PKCS#12 file (as a CA such as BSrE issues
    them)."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    folder = Path(folder) if folder else config_dir()
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise InputError("cannot_read_key", reason=e.strerror, file=str(path)) from None
    if len(data) > 1024 * 1024:
        raise InputError("p12_too_large", file=str(path))
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as e:
        wrong = "password" in str(e).lower() or "mac" in str(e).lower()
        raise (InputError("p12_password", file=str(path)) if wrong else
               InputError("not_p12", detail=str(e), file=str(path))) from None
    if key is None or cert is None:
        raise InputError("p12_empty", file=str(path))
    _check_pair(key, cert, str(path))
    _refuse_overwrite(folder, force)
    _private_folder(folder)
    return _install(folder, key, cert, list(extra or []))


def _check_pair(key, cert, file: str) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

    if not isinstance(key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey,
                            ed25519.Ed25519PrivateKey)):
        raise InputError("key_type", file=file)
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(*spki) != cert.public_key().public_bytes(*spki):
        raise InputError("key_not_cert", file=file)
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
        if not (ku.digital_signature or ku.content_commitment):
            raise InputError("cert_not_signing", file=file)
    except x509.ExtensionNotFound:
        pass
    now = dt.datetime.now(dt.timezone.utc)
    if cert.not_valid_after_utc < now:
        raise InputError("cert_expired", day=cert.not_valid_after_utc.date().isoformat(), file=file)


def _install(folder: Path, key, cert, chain: list) -> KeyFiles:
    from cryptography.hazmat.primitives import serialization

    _retire(folder)
    _write_private(folder / KEY_FILE, key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    pem = serialization.Encoding.PEM
    (folder / CERT_FILE).write_bytes(cert.public_bytes(pem))
    if chain:
        (folder / CHAIN_FILE).write_bytes(b"".join(c.public_bytes(pem) for c in chain))
    else:
        (folder / CHAIN_FILE).unlink(missing_ok=True)
    return key_files(folder)


def trusted_paths(folder: Path | None = None) -> list[Path]:
    """The default trust of `readiness verify`: the office certificate, earlier ones kept in
    trusted/, and the public key of the Ed25519 scheme (certificates signed before PAdES)."""
    folder = Path(folder) if folder else config_dir()
    out = []
    if (folder / CERT_FILE).exists():
        out.append(folder / CERT_FILE)
    tdir = folder / TRUSTED_DIR
    if tdir.is_dir():
        out.extend(sorted(p for p in tdir.iterdir() if p.is_file() and not p.name.startswith(".")))
    legacy = folder / "signing-key.pub.pem"
    if legacy.exists():
        out.append(legacy)
    return out
