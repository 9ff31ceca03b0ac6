"""`readiness batch` and `readiness impact`: thin wrappers over readiness.batch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from readiness.batch.impact import format_text, run_impact
from readiness.batch.runner import run_batch
from readiness.cli.common import (database_option, draft_option, lang_option, note_superseded,
                                  standard_option)
from readiness.errors import InputError
from readiness.standards import load_standard
from readiness.words import batch_text, cert_text, t


def _as_of(_ctx, _param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("bad_date_option", option="--as-of", value=value) from None


@click.command("batch")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("-o", "--output", "outdir", required=True, type=click.Path(file_okay=False),
              help="Folder for summary.csv/.xlsx/.pdf, results.jsonl, errors.csv, documents/.")
@standard_option
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--cluster", default=None, metavar="tcp://HOST:PORT|local:N",
              help="Run the checks on a Dask cluster (its scheduler's address), or on N local "
                   "Dask worker processes; needs pip install 'readiness[cluster]' (docs/cluster.md).")
@click.option("--pdf/--no-pdf", default=True, show_default=True,
              help="Write a certificate or gap report PDF per business, and summary.pdf.")
@click.option("--mapping", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Mapping file (YAML) for spreadsheets the shipped mappings do not recognise.")
@click.option("--resume", is_flag=True,
              help="Skip businesses already done in OUTDIR for the same input and standard.")
@draft_option
@database_option
@lang_option
@click.option("--as-of", callback=_as_of, default=None, metavar="YYYY-MM-DD",
              help="Check as of this date (default: today).")
def batch(inputs, outdir, standard, jobs, cluster, pdf, mapping, resume, draft, database_url, lang, as_of):
    """Check many dossiers or spreadsheet rows at once.

    INPUT may be dossier files, folders (searched for .yaml, .yml, .json) and spreadsheets
    (.csv, .xlsx, .parquet; one row per product). With PDFs, every certificate is recorded in the
    register and signed with the office's key (`readiness keys init`), unless --draft.
    Exit code: 0 all certified, 1 some not certified, 2 some input could not be read (the
    rest is still processed and reported) or no key to sign certificates with.
    """
    note_superseded(load_standard(standard), lang)  # loaded once more from the cache
    stats = run_batch(list(inputs), outdir, standard=standard, jobs=jobs, pdf=pdf,
                      mapping=mapping, resume=resume, lang=lang, as_of=as_of, draft=draft,
                      database_url=database_url, cluster=cluster)
    # businesses add up (certified + not + unreadable = total); errors and warnings are the
    # lines of errors.csv (one business may have several)
    bad = max(0, stats.total - stats.certified - stats.not_certified)
    click.echo(t("cli.batch_done", lang, total=stats.total, cert=stats.certified,
                 nc=stats.not_certified, bad=bad, err=stats.errors, warn=stats.warnings,
                 checked=stats.checked, reused=stats.reused, out=stats.outdir), err=True)
    if stats.form_gaps:
        files: dict[tuple, list[str]] = {}      # files of one form share one line
        for source, rules in stats.form_gaps.items():
            files.setdefault(tuple(rules), []).append(Path(source).name)
        for rules, names in files.items():
            click.echo(batch_text("form_gaps_line", lang, file=", ".join(dict.fromkeys(names)),
                                  n=len(rules), rules=", ".join(rules)), err=True)
    if stats.issued.get("draft"):
        click.echo(cert_text("batch_drafts", lang, n=stats.issued["draft"]), err=True)
    if any(stats.issued.get(k) for k in ("new", "same", "supersedes")):
        click.echo(cert_text("batch_issued", lang, new=stats.issued.get("new", 0),
                             same=stats.issued.get("same", 0),
                             supersedes=stats.issued.get("supersedes", 0),
                             register=stats.register), err=True)
    if stats.worker_restarts:
        click.echo(t("cli.worker_restarts", lang, n=stats.worker_restarts), err=True)
    return stats.exit_code


@click.command("impact")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--from", "std_from", required=True, metavar="ID@VERSION|FILE",
              help="The standard in force (e.g. mandalika-motogp@2022.1).")
@click.option("--to", "std_to", required=True, metavar="ID@VERSION|FILE",
              help="The new edition (e.g. mandalika-motogp@2027.1).")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of cores).")
@click.option("--cluster", default=None, metavar="tcp://HOST:PORT|local:N",
              help="Run the checks on a Dask cluster (its scheduler's address), or on N local "
                   "Dask worker processes; needs pip install 'readiness[cluster]' (docs/cluster.md).")
@click.option("--mapping", type=click.Path(dir_okay=False, exists=True), default=None,
              help="Mapping file for spreadsheets.")
@click.option("-o", "--output", "out", type=click.Path(dir_okay=False), default=None,
              help="Also write the changes as CSV to this file.")
@click.option("--all", "show_all", is_flag=True, help="List every business, not only changes.")
@lang_option
@click.option("--as-of", callback=_as_of, default=None, metavar="YYYY-MM-DD",
              help="Check as of this date (default: today).")
def impact(inputs, std_from, std_to, jobs, cluster, mapping, out, show_all, lang, as_of):
    """Re-score a population under two standards: who changes verdict, and why.

    Lists each business whose certification or verdict differs, with the requirements that
    cause it. Exit code 0, or 2 when some input could not be read.
    """
    rep = run_impact(list(inputs), std_from, std_to, jobs=jobs, mapping=mapping, lang=lang,
                     as_of=as_of, csv_path=out, cluster=cluster)
    click.echo(format_text(rep, lang=lang, show_all=show_all), nl=False)
    return 2 if rep.errors else 0
