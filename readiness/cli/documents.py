"""`readiness verify`, `readiness keys init|import|show`, `readiness office show|set`,
`readiness doctor`: thin commands over readiness.verification, readiness.office and
readiness.doctor."""

from __future__ import annotations

import os
from pathlib import Path

import click

from readiness.api import verify_certificate
from readiness.doctor import diagnose
from readiness.office import SETTINGS_FILE, Office, create_trial_key, import_p12, key_files
from readiness.pades import describe_cert
from readiness.verification import report_lines
from readiness.words import cert_text, t


def _lang(lang: str | None) -> str:
    return lang or ("en" if os.environ.get("READINESS_LANG", "id") == "en" else "id")


lang_choice = click.option("--lang", type=click.Choice(["id", "en"]), default=None,
                           help="Language (default: READINESS_LANG, else Indonesian).")


@click.command()
@click.argument("certificate", type=click.Path(dir_okay=False))
@click.option("--trust", "trust", metavar="CERT_OR_DIR", multiple=True,
              type=click.Path(exists=False),
              help="Trusted office certificate(s): a PEM/DER file or a folder of them (may be "
                   "repeated). Default: the office certificates in the config directory.")
@click.option("--register", "register", metavar="DB_OR_URL", default=None,
              help="Where to look up the certificate's status: the register's database (file "
                   "or postgresql+psycopg:// URL) or the office's verification address "
                   "(https://...). Default: this machine's register, when there is one.")
@click.option("--accept-legacy", is_flag=True,
              help="Pass a certificate of the earlier Ed25519 scheme when it is intact and "
                   "signed by a trusted key. It has no register status: compare its printed "
                   "page with the office's copy.")
@lang_choice
@click.pass_context
def verify(ctx, certificate, trust, register, accept_legacy, lang):
    """Verify a readiness certificate PDF.

    Exit 0 only when the PAdES signature is intact and covers the whole file, the signer is a
    trusted office, the attached result matches the number on the page and the register says
    the certificate is valid; exit 1 with every reason otherwise. A certificate of the
    earlier Ed25519 scheme has no register status: exit 1 unless --accept-legacy.
    """

    lang = _lang(lang)
    rep = verify_certificate(certificate, trust=list(trust) or None, register=register,
                             accept_legacy=accept_legacy)
    facts, verdict = report_lines(rep, lang)
    for line in facts:
        click.echo(line)
    for line in verdict:
        click.echo(line, err=not rep.ok and not line.startswith("OK"))
    ctx.exit(0 if rep.ok else 1)


@click.group()
def keys():
    """The issuing office's signing key (PAdES, X.509)."""


def _show_key(lang: str) -> None:

    kf = key_files()
    if kf is None:
        click.echo(cert_text("no_key", lang))
        return
    from cryptography import x509


    cert = x509.load_pem_x509_certificate(kf.cert.read_bytes())
    info = describe_cert(cert)
    click.echo(cert_text("key_subject", lang, subject=info.subject))
    click.echo(cert_text("key_fingerprint", lang, fingerprint=info.fingerprint))
    click.echo(cert_text("key_valid", lang, start=cert.not_valid_before_utc.date(),
                         end=cert.not_valid_after_utc.date()))
    click.echo(cert_text("key_give_cert", lang, cert=kf.cert))
    if info.trial:
        click.echo(cert_text("key_trial_note", lang))


def _office_options(f):
    for opt in reversed([
        click.option("--office", "office_name", default=None, help="The office's name, as printed."),
        click.option("--signatory", default=None, help="The signing officer's name."),
        click.option("--nip", default=None, help="The signing officer's NIP."),
        click.option("--position", default=None, help="The signing officer's position."),
        click.option("--place", default=None, help="Where certificates are signed (city)."),
        click.option("--base-url", default=None,
                     help="Public address of the verification page (the QR code opens "
                          "BASE_URL/v/NUMBER)."),
        click.option("--logo", type=click.Path(dir_okay=False, exists=True), default=None,
                     help="The office's logo (PNG or JPEG, copied into the config directory)."),
    ]):
        f = opt(f)
    return f


def _apply_office(office, office_name, signatory, nip, position, place, base_url, logo) -> bool:
    changed = False
    for key, value in (("name", office_name), ("signatory.name", signatory),
                       ("signatory.nip", nip), ("signatory.position", position),
                       ("place", place), ("base_url", base_url)):
        if value is not None:
            office.set(key, value)
            changed = True
    if logo:

        office.set_logo(Path(logo))
        changed = True
    return changed


@keys.command("init")
@_office_options
@click.option("--force", is_flag=True, help="Replace an existing key (the old certificate stays "
                                            "trusted, so what it signed still verifies).")
@lang_choice
def keys_init(office_name, signatory, nip, position, place, base_url, logo, force, lang):
    """Make a self-signed TRIAL certificate and key for the office (its subject says UJI COBA /
    TRIAL), and save the office's settings given here."""

    lang = _lang(lang)
    office = Office.load()
    _apply_office(office, office_name, signatory, nip, position, place, base_url, logo)
    kf = create_trial_key(office, force=force)
    office.save()
    click.echo(cert_text("key_made", lang, cert=kf.cert))
    _show_key(lang)
    if office.missing():
        click.echo(cert_text("office_missing", lang, keys=", ".join(office.missing())))


@keys.command("import")
@click.argument("p12", type=click.Path(dir_okay=False, exists=True))
@click.option("--password-file", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Read the .p12 password from this file (else READINESS_P12_PASSWORD, else "
                   "a prompt).")
@click.option("--force", is_flag=True, help="Replace an existing key.")
@lang_choice
def keys_import(p12, password_file, force, lang):
    """Take the office's key and certificate from a PKCS#12 file issued by a CA (e.g. BSrE)."""


    lang = _lang(lang)
    if password_file:
        password = Path(password_file).read_bytes().rstrip(b"\r\n")
    elif "READINESS_P12_PASSWORD" in os.environ:
        password = os.environ["READINESS_P12_PASSWORD"].encode("utf-8")
    else:
        password = click.prompt("password", hide_input=True, default="",
                                show_default=False).encode("utf-8")
    kf = import_p12(Path(p12), password or None, force=force)
    click.echo(cert_text("key_imported", lang, cert=kf.cert))
    _show_key(lang)


@keys.command("show")
@lang_choice
def keys_show(lang):
    """Show the office's signing certificate."""
    _show_key(_lang(lang))


@click.group()
def office():
    """The issuing office's settings printed on certificates."""


@office.command("show")
@lang_choice
def office_show(lang):
    """Show the office's settings."""

    lang = _lang(lang)
    o = Office.load()
    for key, value in (("name", o.name), ("signatory.name", o.signatory.name),
                       ("signatory.nip", o.signatory.nip),
                       ("signatory.position", o.signatory.position), ("place", o.place),
                       ("base_url", o.base_url), ("logo", o.logo)):
        click.echo(f"{key + ':':20} {value or '-'}")
    click.echo(f"{'file:':20} {o.folder / SETTINGS_FILE}")
    if o.missing():
        click.echo(cert_text("office_missing", lang, keys=", ".join(o.missing())))


@office.command("set")
@_office_options
@lang_choice
def office_set(office_name, signatory, nip, position, place, base_url, logo, lang):
    """Change the office's settings (only those given)."""

    lang = _lang(lang)
    o = Office.load()
    _apply_office(o, office_name, signatory, nip, position, place, base_url, logo)
    click.echo(cert_text("office_saved", lang, path=o.save()))
    if o.missing():
        click.echo(cert_text("office_missing", lang, keys=", ".join(o.missing())))


@click.command()
def doctor():
    """Report what the rendering path has, with a hint for each missing piece."""
    lang = _lang(None)
    # doctor informs; missing optional pieces do not make it fail
    for ok, name, value, hint in diagnose():
        click.echo(f"[{'ok' if ok else '--'}] {name}: {value}")
        if not ok and hint:
            click.echo(f"     {t('cli.hint', lang)}: {hint}")
