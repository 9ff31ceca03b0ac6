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


def _jobs_or_cluster(jobs, cluster) -> None:
    """--jobs sizes the local pool; with --cluster the cluster's workers do the work, so a
    --jobs would be silently ignored: refused instead (exit 2, before anything is written)."""
    if jobs is not None and cluster:
        raise InputError("cluster_with_jobs")


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
@click.option("--gap-reports", type=click.Choice(["html", "pdf", "none"]), default="html",
              show_default=True,
              help="Gap reports as HTML pages, PDFs or not at all (certificates are always "
                   "signed PDFs).")
@click.option("--cache", "cache", type=click.Path(file_okay=False), default=None, metavar="DIR",
              help="A store of results and documents shared between runs and output folders.")
@click.option("--reuse/--no-reuse", default=True, show_default=True,
              help="Reuse what an earlier run in OUTDIR (or --cache) made from the same "
                   "dossier, standard, date, language and templates.")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run in OUTDIR (refused when its options differ); "
                   "every run reuses what is unchanged anyway.")
@draft_option
@database_option
@lang_option
@click.option("--as-of", callback=_as_of, default=None, metavar="YYYY-MM-DD",
              help="Check as of this date (default: today).")
def batch(inputs, outdir, standard, jobs, cluster, pdf, mapping, gap_reports, cache, reuse, resume,
          draft, database_url, lang, as_of):
    """Check many dossiers or spreadsheet rows at once.

    INPUT may be dossier files, folders (searched for .yaml, .yml, .json) and spreadsheets
    (.csv, .xlsx, .parquet; one row per product). With PDFs, every certificate is recorded in the
    register and signed with the office's key (`readiness keys init`), unless --draft.
    Exit code: 0 all certified, 1 some not certified, 2 some input could not be read (the
    rest is still processed and reported) or no key to sign certificates with.
    """
    _jobs_or_cluster(jobs, cluster)
    note_superseded(load_standard(standard), lang)  # loaded once more from the cache
    try:
        stats = run_batch(list(inputs), outdir, standard=standard, jobs=jobs, pdf=pdf,
                          mapping=mapping, resume=resume, lang=lang, as_of=as_of, draft=draft,
                          database_url=database_url, gap_reports=gap_reports, cache=cache,
                          reuse=reuse, cluster=cluster)
    except KeyboardInterrupt:
        # what is done is kept (.state): say how to continue, no traceback (exit 130)
        click.echo(t("cli.batch_interrupted", lang, out=outdir), err=True)
        raise SystemExit(130) from None
    final_line(stats, lang)
    if stats.restarted:
        click.echo(t("cli.batch_restarted", lang), err=True)
    elif stats.taken_over:
        click.echo(t("cli.batch_taken_over", lang, pid=stats.taken_over.get("pid", "?"),
                     host=stats.taken_over.get("host", "?"),
                     started=stats.taken_over.get("started", "?")), err=True)
    if stats.removed:
        shown = ", ".join(stats.removed[:5]) + (", ..." if len(stats.removed) > 5 else "")
        click.echo(t("cli.batch_removed", lang, n=len(stats.removed), what=shown), err=True)
    form_gap_lines(stats, lang)
    if stats.issued.get("draft"):
        click.echo(cert_text("batch_drafts", lang, n=stats.issued["draft"]), err=True)
    if stats.no_key:
        click.echo(t("cli.batch_no_key", lang), err=True)
    if any(stats.issued.get(k) for k in ("new", "same", "supersedes")):
        click.echo(cert_text("batch_issued", lang, new=stats.issued.get("new", 0),
                             same=stats.issued.get("same", 0),
                             supersedes=stats.issued.get("supersedes", 0),
                             register=stats.register), err=True)
    if stats.worker_restarts:
        click.echo(t("cli.worker_restarts", lang, n=stats.worker_restarts), err=True)
    click.echo(reuse_line(stats, lang), err=True)
    return stats.exit_code


def final_line(stats, lang: str) -> None:
    """The line that adds up: businesses = checked now + reused + could not be checked, and the
    certified (of which conditional) and not certified; errors and warnings are the lines of
    errors.csv (one business may have several)."""
    bad = max(0, stats.total - stats.certified - stats.not_certified)
    checked = stats.certified + stats.not_certified - stats.reused
    click.echo(t("cli.batch_done", lang, total=stats.total, cert=stats.certified,
                 cond=stats.conditional, nc=stats.not_certified, bad=bad, err=stats.errors,
                 warn=stats.warnings, checked=checked, reused=stats.reused, out=stats.outdir)
               + (t("cli.batch_not_asked", lang, n=stats.not_asked) if stats.not_asked else ""),
               err=True)


def form_gap_lines(stats, lang: str) -> None:
    """Once per run: the requirements a form cannot feed, for lack of a column, or of a choice
    in a column (files of one form share one line)."""
    files: dict[tuple, list[str]] = {}
    choices: dict[tuple, list[str]] = {}
    for source, rules in stats.form_gaps.items():
        lacking = stats.choice_gaps.get(source, [])
        by_choice = {g["rule"] for g in lacking}
        rules = tuple(r for r in rules if r not in by_choice)
        if rules:
            files.setdefault(rules, []).append(Path(source).name)
        for g in lacking:
            choices.setdefault((g["rule"], g["column"], g["choices"]), []).append(Path(source).name)
    for rules, names in files.items():
        click.echo(batch_text("form_gaps_line", lang, file=", ".join(dict.fromkeys(names)),
                              n=len(rules), rules=", ".join(rules)), err=True)
    for (rule, column, labels), names in choices.items():
        click.echo(batch_text("form_choice_line", lang, file=", ".join(dict.fromkeys(names)),
                              rule=rule, column=column, choices=labels), err=True)


def reuse_line(stats, lang: str) -> str:
    """The run's last line: how many results were reused, and why the others were not."""
    from readiness.batch.cache import REASONS

    def why(counts: dict) -> str:
        return ", ".join(t("cli.reuse_reason", lang, n=counts[r], why=t(f"cli.why_{r}", lang))
                         for r in REASONS if counts.get(r))

    text = t("cli.reuse_line", lang, reused=stats.reused - sum(stats.rendered.values()),
             checked=stats.checked)
    if stats.why:
        text += t("cli.reuse_checked_why", lang, why=why(stats.why))
    if stats.rendered:
        text += t("cli.reuse_rendered", lang, n=sum(stats.rendered.values()),
                  why=why(stats.rendered))
    return text


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
    _jobs_or_cluster(jobs, cluster)
    rep = run_impact(list(inputs), std_from, std_to, jobs=jobs, mapping=mapping, lang=lang,
                     as_of=as_of, csv_path=out, cluster=cluster)
    click.echo(format_text(rep, lang=lang, show_all=show_all), nl=False)
    return 2 if rep.errors else 0
