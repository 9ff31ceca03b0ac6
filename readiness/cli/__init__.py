"""The `readiness` command.

Subcommands live in their own modules and are imported only when invoked (LazyGroup), so
`readiness --help` stays fast and never imports WeasyPrint, openpyxl or cryptography.
Every command is thin: parse options, call the library, choose the exit code.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from readiness import __version__
from readiness.errors import InputError
from readiness.words import WORDS, t

# name -> ("module", "attribute", "one-line help"); help is here so --help imports nothing.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("readiness.cli.check", "check", "Check a dossier against a standard and report."),
    "standards": ("readiness.cli.standards", "standards", "List, show, validate and diff rule sets."),
    "schema": ("readiness.cli.schema", "schema", "Print the JSON Schema of a file format."),
    "batch": ("readiness.cli.batch", "batch", "Check many dossiers or spreadsheet rows at once."),
    "impact": ("readiness.cli.batch", "impact", "Re-score a population under two standards."),
    "init": ("readiness.cli.coach", "init", "Write a dossier template to fill in."),
    "form": ("readiness.cli.form", "form", "Write the registration form the standard needs (questions, XLSX, Google Form, mapping)."),
    "explain": ("readiness.cli.coach", "explain", "Explain a requirement and how to meet it."),
    "compare": ("readiness.cli.coach", "compare", "Compare two results of the same business."),
    "verify": ("readiness.cli.documents", "verify", "Verify a certificate PDF: signature, signer, register status."),
    "keys": ("readiness.cli.documents", "keys", "The issuing office's signing key (trial or imported)."),
    "office": ("readiness.cli.documents", "office", "The issuing office's settings printed on certificates."),
    "register": ("readiness.cli.register", "register", "List, show, export and revoke issued certificates."),
    "serve": ("readiness.cli.serve", "serve", "Serve the verification page, the self-assessment and the office desk."),
    "applications": ("readiness.cli.applications", "applications",
                     "Applications sent to the office: add, list, show, return, resubmit, assign, issue."),
    "report": ("readiness.cli.applications", "report", "Reports of the office: the funnel of its businesses."),
    "users": ("readiness.cli.users", "users", "Accounts of the office desk (the first admin is made here)."),
    "doctor": ("readiness.cli.documents", "doctor", "Report what the rendering path has."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx):
        return sorted(n for n, (mod, _, _) in COMMANDS.items() if _module_exists(mod))

    def get_command(self, ctx, name):
        spec = COMMANDS.get(name)
        if spec is None or not _module_exists(spec[0]):
            return None
        module = importlib.import_module(spec[0])
        return getattr(module, spec[1])

    def format_commands(self, ctx, formatter):
        rows = [(n, COMMANDS[n][2]) for n in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)


def _module_exists(mod: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(mod) is not None
    except ModuleNotFoundError:
        return False


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="readiness")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
@click.pass_context
def cli(ctx, debug):
    """Is an IKM's product ready for MotoGP Mandalika and its hotels?

    Checks a product dossier against the organizer's standard, then says what to fix and where
    to go (Indonesian by default, --lang en for English).
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _lang_of(args: list[str]) -> str:
    """The language for messages: --lang if given, else READINESS_LANG, else Indonesian."""
    for i, a in enumerate(args):
        if a == "--lang" and i + 1 < len(args):
            return "en" if args[i + 1] == "en" else "id"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "id"
    return "en" if os.environ.get("READINESS_LANG", "id") == "en" else "id"


_CLICK_MODULES = ("core", "exceptions", "formatting", "decorators", "types", "parser")


def speak_click(lang: str) -> None:
    """Click's own texts ("Usage:", "Error: ...", "Missing argument", ...) in `lang`, from the
    catalogue (section `click`, keyed by Click's English text; the others stay English)."""
    def gettext(text: str) -> str:
        key = "click." + text
        return t(key, lang) if key in WORDS else text

    def ngettext(one: str, many: str, n: int) -> str:
        return gettext(one if n == 1 else many)

    for name in _CLICK_MODULES:
        module = getattr(click, name, None) or importlib.import_module(f"click.{name}")
        if hasattr(module, "_"):
            module._ = gettext
        if hasattr(module, "ngettext"):
            module.ngettext = ngettext


def main(argv: list[str] | None = None) -> None:
    """Entry point: bad input exits 2 with one line; internal errors never dump a traceback
    unless --debug (or READINESS_DEBUG=1)."""
    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args or os.environ.get("READINESS_DEBUG") == "1"
    lang = _lang_of(args)
    speak_click(lang)
    try:
        rv = cli.main(args=args, prog_name="readiness", standalone_mode=False)
    except InputError as e:
        click.echo(f"{t('cli.error', lang)}: {e.one_line(lang)}", err=True)
        sys.exit(2)
    except click.exceptions.Abort:
        click.echo(t("cli.aborted", lang), err=True)
        sys.exit(130)
    except click.ClickException as e:
        e.show()
        sys.exit(2 if e.exit_code == 1 else e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except KeyboardInterrupt:
        click.echo(t("cli.interrupted", lang), err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    except Exception as e:  # noqa: BLE001 - the last line of defence
        if debug:
            raise
        click.echo(t("cli.internal_error", lang, detail=f"{type(e).__name__}: {e}"), err=True)
        sys.exit(3)
    sys.exit(rv if isinstance(rv, int) else 0)
