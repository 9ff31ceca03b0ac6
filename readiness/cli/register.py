"""`readiness register list|show|export|revoke`: thin commands over readiness.register."""

from __future__ import annotations

import click

from readiness.cli.documents import _lang, lang_choice
from readiness.clock import office_date, to_office
from readiness.words import cert_text, label

database_option = click.option(
    "--database-url", "database_url", default=None, metavar="URL_OR_FILE",
    help="The register: a SQLite file or postgresql+psycopg://USER@HOST/DB (default: "
         "READINESS_DATABASE_URL, else the file in the user's data directory).")


def _open(database_url, *, write: bool = False):
    from readiness.register.store import Register

    return Register.open(database_url, migrate=write, create=False)


@click.group()
def register():
    """The register of issued certificates: list, show, export, revoke."""


@register.command("list")
@database_option
@click.option("--status", type=click.Choice(["valid", "revoked", "superseded", "expired"]),
              default=None, help="Only certificates with this status.")
@click.option("--nib", default=None, help="Only this business (its NIB).")
@click.option("--standard", default=None, metavar="ID[@VERSION]", help="Only this edition.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many.")
@lang_choice
def register_list(database_url, status, nib, standard, limit, lang):
    """List certificates, newest first."""
    from readiness.register.records import business_key

    lang = _lang(lang)
    n = 0
    with _open(database_url) as reg:
        for r in reg.records(business_key=business_key(nib) if nib else None, standard=standard):
            st = r.status()
            if status and st != status:
                continue
            click.echo(f"{r.number}  {cert_text('st_' + st, lang):12}  {r.issued_on}  "
                       f"{r.valid_until}  {r.edition:24}  {r.business_key}  {r.business_name}")
            n += 1
            if limit and n >= limit:
                break
    if not n:
        click.echo(cert_text("register_empty", lang), err=True)


@register.command("show")
@click.argument("number")
@database_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True)
@lang_choice
def register_show(number, database_url, fmt, lang):
    """Show one certificate and its history."""
    import json

    from readiness.errors import InputError
    from readiness.render.format import category_label

    lang = _lang(lang)
    with _open(database_url) as reg:
        r = reg.get(number)
        if r is None:
            reg.canonical(number)             # a malformed number says why
            raise InputError("no_such_certificate", number=number, path="NUMBER")
    if fmt == "json":
        rec = r.public()
        rec["business"]["nib"] = r.business_key
        rec["conditions"] = r.conditions
        rec["signer"] = r.signer
        rec["history"] = [{"kind": e.kind, "at": e.at.isoformat(), "by": e.actor,
                           "reason": e.reason, "related_number": e.related_number,
                           "result_sha256": e.result_sha256} for e in r.events]
        click.echo(json.dumps(rec, ensure_ascii=False, indent=2))
        return
    rows = [("v_certificate", r.number), ("v_register", cert_text("st_" + r.status(), lang)),
            ("v_business", f"{r.business_name} (NIB {r.business_key})"
                           + (f", {r.regency}" if r.regency else "")),
            ("v_standard", f"{(r.texts.get('standard_title') or {}).get(lang, '')} ({r.edition})"),
            ("v_validity", cert_text("v_validity_text", lang, issued=r.issued_on,
                                     valid_until=r.valid_until)),
            ("v_signer", r.signer)]
    for key, value in rows:
        click.echo(f"{(cert_text(key, lang) + ':').ljust(16)} {value}")
    click.echo(cert_text("v_products", lang) + ":")
    for p in r.products:
        click.echo(f"  - {p.get('name')} ({category_label(p.get('category'), lang)}; "
                   f"{label('verdict', p.get('verdict'), lang)})")
    for c in r.conditions:
        click.echo(f"  ! {c.get('kind')} {c.get('rule')}" + (f" ({c.get('product')})" if c.get("product") else ""))
    click.echo("")
    for e in r.events:
        code = "ev_issued_supersedes" if e.kind == "issued" and e.related_number else "ev_" + e.kind
        click.echo(f"{to_office(e.at).strftime('%Y-%m-%d %H:%M')} WITA  "
                   f"{cert_text(code, lang, related=e.related_number, actor=e.actor, reason=e.reason)}")


@register.command("export")
@database_option
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The file to write (.csv or .xlsx).")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None,
              help="Default: from the file's suffix.")
@click.option("--history", is_flag=True, help="One row per event of the history instead of "
                                              "one per certificate.")
@lang_choice
def register_export(database_url, output, fmt, history, lang):
    """Export the register as CSV or XLSX."""
    from pathlib import Path

    from readiness.register.export import export

    lang = _lang(lang)
    with _open(database_url) as reg:
        n = export(reg.records(), Path(output), lang=lang, history=history, fmt=fmt)
    click.echo(cert_text("exported", lang, n=n, path=output), err=True)


@register.command("revoke")
@click.argument("number")
@click.option("--reason", required=True, help="Why the certificate is withdrawn (shown on the "
                                              "verification page).")
@click.option("--by", "by", required=True, metavar="OFFICER", help="The officer revoking it.")
@database_option
@lang_choice
def register_revoke(number, reason, by, database_url, lang):
    """Revoke a certificate (appended to its history; it cannot be undone)."""

    from readiness.api import revoke_certificate

    lang = _lang(lang)
    r = revoke_certificate(number, reason=reason, by=by, database_url=database_url)
    ev = r.revocation()
    click.echo(cert_text("revoked_ok", lang, number=r.number, reason=ev.reason, by=ev.actor,
                         at=office_date(ev.at)))


@register.command("audit")
@database_option
@click.option("--head", default=None, metavar="SEQ:SHA256",
              help="A head printed by an earlier check (or the last line of an export): it "
                   "must still be in the log, so a cut-off tail shows.")
@click.option("-o", "--output", default=None, type=click.Path(dir_okay=False),
              help="Also export the log (after checking it) to this file, .csv or .jsonl.")
@lang_choice
def register_audit(database_url, head, output, lang):
    """Check the audit log's hash chain, and the certificates against it; exit 1 naming the
    first broken entry or each certificate that differs.

    Every decision, issue, revocation, login, logout, role change and status change is an
    entry holding the SHA-256 of the one before it; the database refuses to change or delete
    entries, and this check shows an entry changed or deleted behind its back. Each issue and
    revocation entry holds the certificate's number and content digest, so a revocation
    deleted, a certificate renumbered, renamed or changed in the register's own tables shows
    too. Entries cut off the end leave a shorter chain that still links: keep the head this
    prints (or `serve` publishes at /api/v1/audit/head) somewhere else and pass it back with
    --head to show that nothing was cut off.
    """
    from pathlib import Path

    from readiness.words import t
    from readiness.errors import InputError
    from readiness.files import atomic_writer
    from readiness.register import audit

    lang = _lang(lang)
    remembered = audit.parse_head(head) if head else None
    fmt = None
    if output:
        fmt = {".csv": "csv", ".jsonl": "jsonl"}.get(Path(output).suffix.lower())
        if fmt is None:
            raise InputError("audit_export_kind", path="--output")
    with _open(database_url) as reg:
        check = audit.verify(reg, head=remembered)
        if check.broken is not None:
            click.echo(t("desk.audit_broken", lang, seq=check.broken,
                         why=_audit_why(check, remembered, lang)))
            raise click.exceptions.Exit(1)
        differ = audit.check_certificates(reg)
        for number, why in differ:
            click.echo(t("desk.audit_cert", lang, number=number,
                         why=t(audit.CERT_WHY[why], lang)))
        if differ:
            raise click.exceptions.Exit(1)
        if output:
            with atomic_writer(output, "w") as f:
                for chunk in audit.export_lines(audit.entries(reg), fmt):
                    f.write(chunk)
            click.echo(t("desk.audit_exported", lang, n=check.count, path=output), err=True)
    if check.head is None:
        click.echo(t("desk.audit_empty", lang))
    else:
        click.echo(t("desk.audit_ok", lang, n=check.count,
                     head=f"{check.head[0]}:{check.head[1]}"))


def _audit_why(check, remembered, lang: str) -> str:
    from readiness.words import t

    seq = check.broken
    if check.code == "missing":
        nxt = check.next_seq
        missing = f"{seq}" if nxt == seq + 1 else f"{seq}-{nxt - 1}"
        return t("desk.audit_why_missing", lang, missing=missing, next=nxt, prev=seq - 1)
    if check.code == "unlinked":
        return t("desk.audit_why_unlinked", lang, prev=seq - 1)
    if check.code == "changed":
        return t("desk.audit_why_changed", lang)
    return t("desk.audit_why_head", lang, head=f"{remembered[0]}:{remembered[1][:16]}...",
             n=check.count)
