"""`readiness applications add|list|show|return|resubmit|assign|approve|issue` and `readiness
report funnel`: the owner <-> office loop from the command line, over the same services as
the desk (readiness.applications, readiness.funnel). Each action is done as an account of the
desk (`--by ACCOUNT`) and audited under its name, as on the desk."""

from __future__ import annotations

import json

import click

from readiness.cli.common import database_option, standard_option
from readiness.cli.documents import _lang, lang_choice
from readiness.errors import InputError
from readiness.words import t

by_option = click.option("--by", "by", required=True, metavar="ACCOUNT",
                         help="The desk account doing it (audited under its name).")


def _open(database_url):
    from readiness.register.store import Register

    return Register.open(database_url, migrate=True)


def _account(reg, name: str):
    user = reg.accounts.get(name)
    if user is None or user.disabled or user.role not in ("officer", "approver", "admin"):
        raise InputError("loop.e_pendamping", name=repr(str(name)[:64]), path="--by")
    return user


def _base_url() -> str:
    import os

    from readiness.office import Office

    return (os.environ.get("READINESS_BASE_URL") or Office.load().base_url or "").rstrip("/")


def _dossier(path: str):
    from readiness.load import load_source

    from pathlib import Path

    src = load_source(Path(path), name=path)
    return src.data, src.line_of


@click.group()
def applications():
    """Applications sent to the office: add, list, show, return, resubmit, assign, approve,
    issue."""


@applications.command("add")
@click.argument("dossier", type=click.Path(dir_okay=False))
@by_option
@standard_option
@database_option
@lang_choice
def add(dossier, by, standard, database_url, lang):
    """Put a dossier the office received in the queue; prints its reference and the owner's
    status link."""
    from readiness import applications as loop

    data, line_of = _dossier(dossier)
    with _open(database_url) as reg:
        user = _account(reg, by)
        app = loop.submit(reg, data, source="upload", consent="officer-upload",
                          actor=user.name, lang=_lang(lang), standard=standard,
                          name=dossier, line_of=line_of)
    click.echo(app.ref)
    click.echo(loop.status_link(app, _base_url()))


@applications.command("list")
@click.option("--status", type=click.Choice(["new", "in_review", "returned", "approved",
                                             "certified", "revoked", "dismissed"]),
              default=None)
@click.option("--search", "-q", default=None, metavar="TEXT",
              help="A name, NIB, reference or certificate number.")
@click.option("--limit", type=click.IntRange(min=1, max=10_000), default=100, show_default=True)
@database_option
@lang_choice
def list_(status, search, limit, database_url, lang):
    """Applications, newest first."""
    lang = _lang(lang)
    with _open(database_url) as reg:
        apps = reg.applications(status=status, search=search, limit=limit, brief=True)
    for a in apps:
        click.echo(f"{a.ref}  v{a.version}  {t('loop.st_' + a.status, lang):28}  "
                   f"{a.business_key or '-':13}  {a.business_name}")
    if not apps:
        click.echo(t("loop.cli_none", lang), err=True)


def show_data(reg, app, base_url: str) -> dict:
    """What `show --format json` prints: status, versions, notes, the status link."""
    from readiness import applications as loop

    versions = reg.loop.versions(app.ref)
    notes = reg.loop.notes(app.ref)
    return {
        "format": "readiness-application/1", "ref": app.ref, "status": app.status,
        "version": app.version, "business": {"name": app.business_name,
                                             "nib": app.business_key, "regency": app.regency},
        "edition": app.edition, "verdict": app.verdict, "score": app.summary.get("score"),
        "certificate": app.certificate or None,
        "status_link": loop.status_link(app, base_url),
        "versions": [{"version": v.version, "at": v.at.isoformat(), "by": v.actor,
                      "dossier_sha256": v.dossier_sha256,
                      "verdict": v.summary.get("verdict"), "score": v.summary.get("score")}
                     for v in versions],
        "notes": [{"version": n.version, "rule": n.rule or None, "product": n.product_name or None,
                   "text": n.text, "by": n.author, "at": n.at.isoformat()} for n in notes],
        "history": [{"status": e.status, "at": e.at.isoformat(), "by": e.actor, "note": e.note}
                    for e in app.events],
    }


@applications.command("show")
@click.argument("ref")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@database_option
@lang_choice
def show(ref, fmt, database_url, lang):
    """One application: its status, versions, the officer's notes and the status link."""
    from readiness import applications as loop
    from readiness.clock import to_office

    lang = _lang(lang)
    with _open(database_url) as reg:
        app = loop.application_or_fail(reg, ref)
        data = show_data(reg, app, _base_url())
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    click.echo(f"{app.ref}  {app.business_name}  ({t('loop.st_' + app.status, lang)}, "
               f"v{app.version})")
    click.echo(f"{t('loop.cli_link', lang)}: {data['status_link']}")
    for e in app.events:
        at = to_office(e.at).strftime("%Y-%m-%d %H:%M WITA")
        click.echo(f"  {at}  {t('loop.st_' + e.status, lang)}"
                   + (f"  {e.actor}" if e.actor else "") + (f": {e.note}" if e.note else ""))
    for n in data["notes"]:
        click.echo(f"  v{n['version']} {n['rule'] or '-'} {n['product'] or ''}: {n['text']}")


def _rule_notes(given: tuple[str, ...]) -> list[tuple[str, int | None, str]]:
    """--about RULE[:PRODUCT]=TEXT (PRODUCT: the product's number, 1 the first)."""
    out = []
    for item in given:
        head, sep, text = item.partition("=")
        rule, _, product = head.partition(":")
        if not sep or not rule.strip():
            raise InputError("loop.e_about", value=repr(item[:60]), path="--about")
        if product.strip() and not product.strip().isdigit():
            raise InputError("loop.e_about", value=repr(item[:60]), path="--about")
        out.append((rule.strip().upper(), int(product) - 1 if product.strip() else None,
                    text.strip()))
    return out


@applications.command("return")
@click.argument("ref")
@click.option("--note", default="", help="What the owner must do, about the whole application.")
@click.option("--about", multiple=True, metavar="RULE[:PRODUCT]=TEXT",
              help="A note about one requirement (PRODUCT: 1 for the first product).")
@by_option
@database_option
def return_(ref, note, about, by, database_url):
    """Return an application to the owner with the officer's notes."""
    from readiness import applications as loop

    with _open(database_url) as reg:
        app = loop.return_to_owner(reg, ref, _account(reg, by), note=note,
                                   notes=_rule_notes(about))
    click.echo(f"{app.ref} {app.status}")


@applications.command("resubmit")
@click.argument("ref")
@click.argument("dossier", type=click.Path(dir_okay=False))
@by_option
@database_option
def resubmit(ref, dossier, by, database_url):
    """A new version of an application from a corrected dossier."""
    from readiness import applications as loop

    data, line_of = _dossier(dossier)
    with _open(database_url) as reg:
        user = _account(reg, by)
        app = loop.resubmit(reg, ref, data, actor=user.full_name, audit_actor=user.name,
                            name=dossier, line_of=line_of)
    click.echo(f"{app.ref} v{app.version} {app.status}")


@applications.command("assign")
@click.argument("ref")
@click.option("--to", "to", default=None, metavar="ACCOUNT",
              help="The pendamping (an officer's account; '' no one).")
@click.option("--community", default=None, help="The business's commodity community.")
@click.option("--regency", default=None, help="The business's regency or city.")
@by_option
@database_option
def assign(ref, to, community, regency, by, database_url):
    """Assign the application's business a pendamping, a community or a regency."""
    from readiness import applications as loop

    with _open(database_url) as reg:
        biz = loop.assign(reg, ref, _account(reg, by), pendamping=to, community=community,
                          regency=regency)
    click.echo(f"{biz.name}: {biz.pendamping or '-'} / {biz.community or '-'} / "
               f"{biz.regency or '-'}")


@applications.command("approve")
@click.argument("ref")
@by_option
@database_option
def approve(ref, by, database_url):
    """Approve an application whose certificate is due."""
    from readiness import applications as loop

    with _open(database_url) as reg:
        app = loop.approve(reg, ref, _account(reg, by))
    click.echo(f"{app.ref} {app.status}")


@applications.command("issue")
@click.argument("ref")
@click.option("--override-reason", default="",
              help="Why a certificate is issued again from an unchanged dossier after a "
                   "revocation (audited).")
@click.option("--password", default=None,
              help="The account's password (asked for when left out, as on the desk).")
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Also write the signed PDF here.")
@by_option
@database_option
@lang_choice
def issue(ref, override_reason, password, output, by, database_url, lang):
    """Issue an application's certificate (confirmed with the account's password)."""
    import shutil

    from readiness import applications as loop
    from readiness.issuing import Issuer
    from readiness.register.store import data_dir

    lang = _lang(lang)
    with _open(database_url) as reg:
        user = _account(reg, by)
        if password is None:
            password = click.prompt(t("loop.cli_password", lang, name=user.name),
                                    hide_input=True, err=True)
        with Issuer.open(database_url=reg.url, migrate=False) as issuer:
            done = loop.issue(reg, ref, user, issuer, data_dir() / "desk" / "certificates",
                              password=password, override_reason=override_reason, lang=lang)
    if output:
        shutil.copyfile(done.path, output)
    click.echo(f"{done.number} {done.outcome}")


@click.group()
def report():
    """Reports of the office: the funnel of its businesses."""


@report.command("funnel")
@click.option("--by", "by", type=click.Choice(["regency", "community"]), default=None,
              help="One row per regency or per commodity community.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "xlsx"]), default="text",
              show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), default=None,
              help="Write here (needed for xlsx).")
@click.option("--weeks", type=click.IntRange(1, 104), default=12, show_default=True)
@database_option
@lang_choice
def funnel(by, fmt, output, weeks, database_url, lang):
    """The funnel: registered -> data complete -> NIB -> P-IRT/BPOM -> halal -> ready ->
    certified, now and week by week."""
    from readiness import funnel as fn
    from readiness.files import atomic_write

    lang = _lang(lang)
    if fmt == "xlsx" and not output:
        raise InputError("loop.e_xlsx_output", path="--output")
    with _open(database_url) as reg:
        data = fn.funnel(reg, by=by, weeks=weeks)
    if fmt == "json":
        text = json.dumps(fn.as_json(data), ensure_ascii=False, indent=2) + "\n"
    elif fmt == "xlsx":
        atomic_write(output, fn.xlsx(data, lang))
        click.echo(output)
        return
    else:
        text = fn.as_text(data, lang)
    if output:
        atomic_write(output, text.encode("utf-8"))
    else:
        click.echo(text, nl=False)
