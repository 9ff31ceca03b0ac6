"""`readiness verify`, `readiness keys init|show`, `readiness doctor`: thin commands over
readiness.signing and readiness.doctor."""

from __future__ import annotations

import os

import click

from readiness.doctor import diagnose
from readiness.errors import InputError
from readiness.signing import (default_key_path, generate_key, load_signer, public_path_for,
                               verify_certificate)
from readiness.words import Section, t


def _env_lang() -> str:
    return "en" if os.environ.get("READINESS_LANG", "id") == "en" else "id"


@click.command()
@click.argument("certificate", type=click.Path(dir_okay=False))
@click.option("--trust", "trust", metavar="PUBLIC_KEY", type=click.Path(dir_okay=False),
              default=None, help="The issuing office's public key (PEM). Without it only the "
                                 "integrity of the certificate is checked, not who issued it.")
@click.option("--lang", type=click.Choice(["id", "en"]), default=None,
              help="Language of the report (default: READINESS_LANG, else Indonesian).")
@click.pass_context
def verify(ctx, certificate, trust, lang):
    """Verify a readiness certificate PDF.

    Exit 0 when the attached result is intact, its signature matches (the trusted key with
    --trust) and the certificate number matches; exit 1 with the reasons otherwise.
    """
    lang = lang or _env_lang()
    L = Section("verify", lang)
    v = verify_certificate(certificate, trust)
    for note in v.notes:
        click.echo(f"{L.note}: {note.text(lang)}")
    if v.ok:
        who = L.authenticated if v.authenticated else L.not_authenticated
        click.echo(L.ok.format(number=v.number, who=who))
        ctx.exit(0)
    for p in v.problems:
        click.echo(f"{L.failed}: {p.text(lang)}", err=True)
    ctx.exit(1)


@click.group()
def keys():
    """Manage the issuing office's Ed25519 signing key."""


@keys.command("init")
@click.option("--key", "key_path", type=click.Path(dir_okay=False), default=None,
              help="Where to write the private key (default: the user config directory).")
@click.option("--force", is_flag=True, help="Replace an existing key.")
def keys_init(key_path, force):
    """Create a signing key (private key mode 0600, public key beside it)."""
    lang = _env_lang()
    s = generate_key(key_path, force=force)
    click.echo(t("cli.private_key", lang, path=s.path))
    click.echo(t("cli.public_key_give", lang, path=public_path_for(s.path)))
    click.echo(t("cli.key_id", lang, key=s.key_id))


@keys.command("show")
@click.option("--key", "key_path", type=click.Path(dir_okay=False), default=None,
              help="The private key (default: the one `keys init` created).")
def keys_show(key_path):
    """Show the signing key's id and public key."""
    lang = _env_lang()
    path = key_path or default_key_path()
    if not os.path.exists(path):
        raise InputError("no_key_yet", file=str(path))
    s = load_signer(path)
    click.echo(t("cli.private_key", lang, path=s.path))
    click.echo(t("cli.public_key", lang, path=public_path_for(s.path)))
    click.echo(t("cli.key_id", lang, key=s.key_id))
    click.echo(s.public_pem().decode("ascii").rstrip())


@click.command()
def doctor():
    """Report what the rendering path has, with a hint for each missing piece."""
    lang = _env_lang()
    # doctor informs; missing optional pieces do not make it fail
    for ok, name, value, hint in diagnose():
        click.echo(f"[{'ok' if ok else '--'}] {name}: {value}")
        if not ok and hint:
            click.echo(f"     {t('cli.hint', lang)}: {hint}")
