"""`readiness check DOSSIER`: judge one dossier and report (text, json, short, html, pdf)."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import click

from readiness.api import check_path, issue_document
from readiness.cli.common import (database_option, draft_option, lang_option, note_superseded,
                                  standard_option)
from readiness.decisions import load_decisions
from readiness.errors import InputError
from readiness.files import atomic_write
from readiness.render.documents import render_html, write_document
from readiness.render.short import render_short
from readiness.render.text import render_text
from readiness.standards import load_standard
from readiness.words import cert_text, t


def parse_date(value: str | None, option: str) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InputError("bad_date_option", option=option, value=value) from None


def event_override(rs, start: str | None, end: str | None):
    s, e = parse_date(start, "--event-start"), parse_date(end, "--event-end")
    if s is None and e is None:
        return None
    base = rs.event_dates()
    s = s or (base[0] if base else e)
    e = e or (base[1] if base else s)
    if e < s:
        raise InputError("event_end_before_start", end=e.isoformat(), start=s.isoformat())
    return (s, e)


@click.command()
@click.argument("dossier", type=click.Path(dir_okay=False, path_type=Path))
@standard_option
@lang_option
@click.option("--format", "fmt", type=click.Choice(["text", "json", "short", "html", "pdf"]),
              default="text", show_default=True, help="What to print or write.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (atomically) instead of standard output. Needed for pdf.")
@click.option("--document", type=click.Choice(["auto", "certificate", "gap-report"]), default="auto",
              show_default=True, help="For html/pdf: the certificate when one is issued, else the gap report.")
@click.option("--decisions", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Officers' decisions (waivers, manual verdicts). Default: DOSSIER.decisions.yaml if present.")
@draft_option
@database_option
@click.option("--as-of", default=None, metavar="YYYY-MM-DD", help="Evaluation date (default: today).")
@click.option("--event-start", default=None, metavar="YYYY-MM-DD", help="Override the event's first day.")
@click.option("--event-end", default=None, metavar="YYYY-MM-DD", help="Override the event's last day.")
def check(dossier, standard, lang, fmt, output, document, decisions, draft, database_url, as_of,
          event_start, event_end):
    """Check DOSSIER (YAML or JSON) against a standard.

    With --format pdf a certified business gets its certificate: recorded in the register
    (numbered) and signed with the office's key (`readiness keys init`), or a draft with
    --draft (and always when --as-of is not today: a certificate is dated the day it is
    issued); otherwise the gap report. Exit code 0 when a certificate is due, 1 when not, 2
    for bad input (and for a certificate that cannot be issued without a key).
    """
    if not dossier.exists():
        raise InputError("file_not_found", file=str(dossier))
    if output is not None and not output.absolute().parent.is_dir():
        # before anything is numbered in the register
        raise InputError("output_folder_missing", folder=str(output.absolute().parent),
                         file=str(output))
    rs = load_standard(standard)
    note_superseded(rs, lang)
    event = event_override(rs, event_start, event_end)
    dec = None
    dec_path = decisions or _beside(dossier)
    if dec_path is not None:
        dec = load_decisions(dec_path, rs, dossier=dossier, event=event)
    when = parse_date(as_of, "--as-of")
    result = check_path(dossier, rs, as_of=when, event=event, lang=lang, decisions=dec)
    # a real certificate is dated the day it is issued: judged as of another day, a draft
    from readiness.clock import office_today

    backdated = fmt == "pdf" and when is not None and when != office_today() and not draft
    draft = draft or backdated
    code = 0 if result.certified else 1
    if fmt in ("html", "pdf"):
        if output is None and fmt == "pdf":
            raise InputError("pdf_needs_output")
        if fmt == "html":  # a preview: a certificate in HTML is never numbered (a draft)
            if output is None:
                click.echo(render_html(result.to_dict(), document))
            else:
                kind = write_document(result.to_dict(), output, fmt=fmt, document=document)
                click.echo(t("cli.written", lang, kind=kind, path=output), err=True)
            return code
        kind, issued = issue_document(result, output, rs=rs, document=document, draft=draft,
                                      database_url=database_url)
        if issued is None:
            what = cert_text("gap_report", lang)
        elif issued.outcome == "draft":
            what = cert_text("issued_draft", lang)
            if backdated:
                click.echo(t("cli.as_of_draft", lang, date=when.isoformat()), err=True)
        else:
            what = cert_text("issued_" + issued.outcome, lang, number=issued.number,
                             previous=issued.previous, issued=issued.issued)
        click.echo(f"{what}: {output}", err=True)
        return code
    if fmt == "json":
        text = result.to_json() + "\n"
    elif fmt == "short":
        text = render_short(result.to_dict()) + "\n"
    else:
        text = render_text(result.to_dict(), color=output is None and sys.stdout.isatty())
    if output is None:
        click.echo(text, nl=False)
    else:
        atomic_write(output, text.encode("utf-8"))
    return code


def _beside(dossier: Path) -> Path | None:
    for suffix in (".decisions.yaml", ".decisions.yml"):
        p = dossier.with_name(dossier.stem + suffix)
        if p.exists():
            return p
    return None
