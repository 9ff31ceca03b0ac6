"""Options shared by several commands."""

from __future__ import annotations

import click

lang_option = click.option(
    "--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
    help="Language of the output (Indonesian or English).",
)
standard_option = click.option(
    "--standard", "-s", default=None, metavar="ID[@VERSION]|FILE",
    help="Rule set: an id, id@version, or an organizer's rule-set file. Default: the newest "
         "mandalika-motogp.",
)
