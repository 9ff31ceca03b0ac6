"""`readiness standards list | show | validate | diff`."""

from __future__ import annotations

import json

import click

from readiness.cli.common import lang_option, note_superseded
from readiness.standards import list_standards, load_standard
from readiness.standards.diff import diff_rule_sets, format_diff
from readiness.standards.loader import newest
from readiness.words import label, pick, t


def status_text(rs, lang: str) -> str:
    if rs.status == "superseded":
        return t("text.status_superseded", lang, successor=rs.superseded_by)
    return t("text.status_current", lang)


@click.group()
def standards():
    """List, show, validate and compare rule sets (standards)."""


@standards.command("list")
@lang_option
def list_(lang):
    """Every shipped rule set: id@version, status, title and event. Without a version, an id
    means its newest edition in force."""
    for rs in list_standards():
        ev = rs.event
        event = f"; {pick(ev['name'], lang)} {ev['start']}..{ev['end']}" if ev else ""
        ext = f" ({t('standards.extends', lang, ref=rs.chain[1])})" if len(rs.chain) > 1 else ""
        status = status_text(rs, lang)
        if rs.version == newest(rs.id):
            status += t("text.status_default", lang, id=rs.id)
        click.echo(f"{rs.ref:<26} {pick(rs.title, lang)}{ext}\n{'':<26} {status}{event}")
    return 0


def rule_dict(rule, lang: str | None = None) -> dict:
    raw = dict(rule.raw)
    return raw if lang is None else {
        k: (pick(v, lang) if isinstance(v, dict) and set(v) <= {"id", "en"} else v) for k, v in raw.items()}


@standards.command()
@click.argument("standard", metavar="ID[@VERSION]|FILE")
@lang_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def show(standard, lang, fmt):
    """Print a rule set with every rule resolved (extends and overrides applied)."""
    rs = load_standard(standard)
    if fmt == "json":
        out = {k: v for k, v in rs.raw.items() if k != "rules"}
        out["chain"] = list(rs.chain)
        out["rules"] = [rule_dict(r) for r in rs.rules]
        click.echo(json.dumps(out, ensure_ascii=False, indent=2, default=str))
        return 0
    ev = rs.event
    click.echo(f"{rs.ref}: {pick(rs.title, lang)} [{status_text(rs, lang)}]")
    if len(rs.chain) > 1:
        click.echo("  " + t("standards.extends", lang, ref=" -> ".join(rs.chain[1:])))
    if ev:
        click.echo(f"  {pick(ev['name'], lang)}: {ev['start']} .. {ev['end']}")
    click.echo(f"  {pick(rs.description, lang)}".rstrip())
    w, th = rs.weights, rs.thresholds
    click.echo("  " + t("standards.scoring", lang, **{f"{s}_word": label("severity", s, lang) for s in w},
                       **w, **th))
    if rs.disabled:
        click.echo(f"  {t('standards.disabled', lang)}: " + ", ".join(rs.disabled))
    click.echo("")
    for r in rs.rules:
        sev = label("severity", r.severity, lang) + "".join(
            f", {label('severity', s, lang)} {t('standards.when', lang)}" for _, s in r.severity_when)
        click.echo(f"{r.id:<8} {sev:<24} {pick(r.title, lang)}")
        click.echo(f"{'':<8} {rs.texts[lang].rules[r.id]['evidence']}")
    click.echo("\n" + t("standards.rules_n", lang, n=len(rs.rules)))
    return 0


@standards.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@lang_option
def validate(file, lang):
    """Validate an organizer's rule-set FILE (schema, extends, check parameters)."""
    rs = load_standard(file if ("/" in file or file.endswith((".yaml", ".yml", ".json"))) else "./" + file)
    note_superseded(rs, lang)
    click.echo(t("standards.valid", lang, file=file, ref=rs.ref, n=len(rs.rules))
               + (", " + t("standards.extends", lang, ref=" -> ".join(rs.chain[1:]))
                  if len(rs.chain) > 1 else ""))
    return 0


@standards.command()
@click.argument("a", metavar="A")
@click.argument("b", metavar="B")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@lang_option
def diff(a, b, fmt, lang):
    """Rules added, removed and changed between two rule sets (ids, id@version or files)."""
    d = diff_rule_sets(load_standard(a), load_standard(b))
    if fmt == "json":
        click.echo(json.dumps(d, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(format_diff(d, lang), nl=False)
    return 0
