"""`readiness form`: the registration form the standard needs (readiness.regform)."""

from __future__ import annotations

import click

from readiness.cli.common import note_superseded, standard_option
from readiness.words import t


@click.command()
@standard_option
@click.option("-o", "--output", "outdir", default="formulir", show_default=True, metavar="DIR",
              help="Folder to write the form's files into (made if missing).")
@click.option("--format", "fmt", type=click.Choice(["yaml", "json"]), default="yaml",
              show_default=True, help="Format of the list of questions.")
def form(standard, outdir, fmt):
    """Write the registration form the standard needs, generated from its rules as the
    self-assessment is: the questions (YAML or JSON, with Indonesian help, types and
    choices), an XLSX template with data validation, a Google Apps Script that creates the
    same Google Form, and the mapping that reads its export (`batch` recognises it)."""
    from readiness.regform import write_form
    from readiness.standards import load_standard

    rs = load_standard(standard)
    note_superseded(rs, "id")
    names = write_form(rs, outdir, fmt)
    click.echo(t("cli.form_written", "id", n=len(names), out=outdir, files=", ".join(names)),
               err=True)
    return 0
