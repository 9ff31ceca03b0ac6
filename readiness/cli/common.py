"""Options shared by several commands."""

from __future__ import annotations

import click

from readiness.words import t

lang_option = click.option(
    "--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
    help="Language of the output (Indonesian or English).",
)
standard_option = click.option(
    "--standard", "-s", default=None, metavar="ID[@VERSION]|FILE",
    help="Rule set: an id, id@version, or an organizer's rule-set file. Default: the newest "
         "mandalika-motogp.",
)
database_option = click.option(
    "--database-url", "database_url", default=None, metavar="URL_OR_FILE",
    help="The certificate register: a SQLite file or postgresql+psycopg://USER@HOST/DB "
         "(default: READINESS_DATABASE_URL, else the file in the user's data directory).",
)
draft_option = click.option(
    "--draft", is_flag=True,
    help="Certificates as drafts: watermarked, no number, not signed, not recorded; no key "
         "needed.",
)


def note_superseded(rs, lang: str) -> None:
    """One line on stderr when `rs` is a superseded edition, or an organizer's file built on
    one: the check runs unchanged (old results stay reproducible), the user learns of the
    successor."""
    if rs.supersession is None:
        return
    edition, successor = rs.supersession
    if edition == rs.ref:
        click.echo(t("text.superseded", lang, edition=edition, successor=successor), err=True)
    else:
        click.echo(t("text.superseded_base", lang, ref=rs.ref, edition=edition, successor=successor),
                   err=True)
