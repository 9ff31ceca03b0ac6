"""`readiness verify`, `readiness keys init|show`, `readiness doctor`: thin commands over
readiness.signing and readiness.render."""

from __future__ import annotations

import click


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
    import os

    from readiness.i18n import VERIFY_UI, localize_verify, pick
    from readiness.signing import verify_certificate

    lang = lang or ("en" if os.environ.get("READINESS_LANG", "id") == "en" else "id")
    v = verify_certificate(certificate, trust)
    for note in v.notes:
        click.echo(f"{pick(VERIFY_UI['note'], lang)}: {localize_verify(note, lang)}")
    if v.ok:
        who = pick(VERIFY_UI["authenticated" if v.authenticated else "not_authenticated"], lang)
        click.echo(pick(VERIFY_UI["ok"], lang).format(number=v.number, who=who))
        ctx.exit(0)
    for p in v.problems:
        click.echo(f"{pick(VERIFY_UI['failed'], lang)}: {localize_verify(p, lang)}", err=True)
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
    from readiness.signing import generate_key, public_path_for

    s = generate_key(key_path, force=force)
    click.echo(f"private key: {s.path}")
    click.echo(f"public key:  {public_path_for(s.path)}  (give this file to verifiers)")
    click.echo(f"key id:      {s.key_id}")


@keys.command("show")
@click.option("--key", "key_path", type=click.Path(dir_okay=False), default=None,
              help="The private key (default: the one `keys init` created).")
def keys_show(key_path):
    """Show the signing key's id and public key."""
    from readiness.errors import InputError
    from readiness.signing import default_key_path, load_signer, public_path_for

    path = key_path or default_key_path()
    import os

    if not os.path.exists(path):
        raise InputError("no signing key yet: run `readiness keys init`", file=str(path))
    s = load_signer(path)
    click.echo(f"private key: {s.path}")
    click.echo(f"public key:  {public_path_for(s.path)}")
    click.echo(f"key id:      {s.key_id}")
    click.echo(s.public_pem().decode("ascii").rstrip())


@click.command()
def doctor():
    """Report what the rendering path has, with a hint for each missing piece."""
    from readiness.render.pdf import diagnose

    # doctor informs; missing optional pieces do not make it fail
    for ok, name, value, hint in diagnose():
        click.echo(f"[{'ok' if ok else '--'}] {name}: {value}")
        if not ok and hint:
            click.echo(f"     hint: {hint}")
