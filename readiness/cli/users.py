"""`readiness users add|list|role|disable|enable|reset`: the desk's accounts from the command
line (the first admin is made here; later ones on the desk's accounts page too)."""

from __future__ import annotations

import click

from readiness.cli.common import database_option
from readiness.cli.documents import _lang, lang_choice
from readiness.errors import InputError
from readiness.office import Office
from readiness.register.accounts import check_name, check_password
from readiness.register.store import Register
from readiness.words import t

ROLE_CHOICE = click.Choice(["officer", "approver", "organizer", "admin"])


def _actor() -> str:
    import getpass

    try:
        return f"cli:{getpass.getuser()}"
    except Exception:  # noqa: BLE001 - no user name in this environment
        return "cli"


def _password(given: str | None, lang: str) -> str:
    """The password given, else asked for twice without echo."""
    if given is not None:
        return given
    first = click.prompt(t("desk.cli_password", lang), hide_input=True, err=True)
    again = click.prompt(t("desk.cli_password_again", lang), hide_input=True, err=True)
    if first != again:
        raise InputError("password_mismatch", path="password")
    return first


def _open(database_url):
    return Register.open(database_url, migrate=True)


def _change(database_url, lang, word: str, change) -> None:
    """Change an account (`change(accounts)` returns it) and say what became of it."""
    with _open(database_url) as reg:
        user = change(reg.accounts)
    click.echo(t(word, _lang(lang), name=user.name, role=user.role))


@click.group()
def users():
    """Accounts of the office desk: officers, approvers, organizers, admins."""


@users.command("add")
@click.argument("name")
@click.option("--role", type=ROLE_CHOICE, required=True,
              help="officer, approver (head of section), organizer (vendor desk) or admin.")
@click.option("--password", default=None,
              help="The password (at least 10 characters); asked for twice when left out.")
@click.option("--full-name", default="", help="The name printed on certificates and in the "
                                               "log (default: NAME).")
@database_option
@lang_choice
def users_add(name, role, password, full_name, database_url, lang):
    """Make an account NAME (a login name such as lalu.ahmad)."""
    lang = _lang(lang)
    key = check_name(name)
    password = _password(password, lang)
    check_password(password, key)
    with _open(database_url) as reg:
        user = reg.accounts.add(key, role, password, full_name=full_name, actor=_actor())
    base = Office.load().base_url or "http://127.0.0.1:8000"
    click.echo(t("desk.cli_added", lang, name=user.name, role=user.role,
                 url=base.rstrip("/") + "/masuk"))


@users.command("list")
@database_option
@lang_choice
def users_list(database_url, lang):
    """List the accounts."""
    lang = _lang(lang)
    with _open(database_url) as reg:
        accounts = reg.accounts.list()
    if not accounts:
        click.echo(t("desk.cli_none", lang), err=True)
    for u in accounts:
        notes = [t("desk.cli_list_disabled", lang)] if u.disabled else []
        if u.must_change:
            notes.append(t("desk.cli_list_must_change", lang))
        click.echo(f"{u.name:24} {u.role:10} {u.full_name}"
                   + (f"  ({', '.join(notes)})" if notes else ""))


@users.command("role")
@click.argument("name")
@click.argument("role", type=ROLE_CHOICE)
@database_option
@lang_choice
def users_role(name, role, database_url, lang):
    """Give NAME another role (their sessions end)."""
    _change(database_url, lang, "desk.cli_role",
            lambda a: a.set_role(name, role, actor=_actor()))


@users.command("disable")
@click.argument("name")
@database_option
@lang_choice
def users_disable(name, database_url, lang):
    """Disable NAME: no more logins, their sessions end (the history keeps the account)."""
    _change(database_url, lang, "desk.cli_disabled", lambda a: a.disable(name, actor=_actor()))


@users.command("enable")
@click.argument("name")
@database_option
@lang_choice
def users_enable(name, database_url, lang):
    """Enable a disabled account again."""
    _change(database_url, lang, "desk.cli_enabled", lambda a: a.enable(name, actor=_actor()))


@users.command("reset")
@click.argument("name")
@click.option("--password", default=None,
              help="A temporary password; asked for twice when left out.")
@database_option
@lang_choice
def users_reset(name, password, database_url, lang):
    """Give NAME a temporary password (to change at the next login), clear their failed
    attempts (the lock-out) and end their sessions."""
    password = _password(password, _lang(lang))
    _change(database_url, lang, "desk.cli_reset",
            lambda a: a.reset(name, password, actor=_actor()))
