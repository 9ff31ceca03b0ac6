"""`readiness schema dossier|standard|decisions`: JSON Schemas for editors and validators."""

from __future__ import annotations

import json

import click

from readiness.decisions import decisions_schema
from readiness.model import dossier_schema
from readiness.standards.schema import rule_set_schema


@click.command()
@click.argument("what", type=click.Choice(["dossier", "standard", "decisions"]))
def schema(what):
    """Print the JSON Schema of a file format (for editor autocompletion)."""
    if what == "dossier":
        s = dossier_schema()
    elif what == "standard":
        s = rule_set_schema()
    else:
        s = decisions_schema()
    click.echo(json.dumps(s, ensure_ascii=False, indent=2))
    return 0
