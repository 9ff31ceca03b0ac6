"""Helpers for the coaching and decisions tests: run the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path

import click
from click.testing import CliRunner

from readiness.cli import cli
from readiness.errors import InputError

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dossiers"
AS_OF = "2026-11-27"


class Run:
    def __init__(self, code: int, out: str, err: str):
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)


def run(*args: str, input: str | None = None) -> Run:
    """Invoke `readiness ARGS` in-process; exit codes as `readiness.cli.main` maps them."""
    runner = CliRunner()  # click >= 8.2 keeps stderr apart
    res = runner.invoke(cli, list(args), input=input, standalone_mode=False, catch_exceptions=True)
    exc = res.exception
    err = res.stderr
    if isinstance(exc, InputError):
        return Run(2, res.stdout, err + "error: " + exc.one_line())
    if isinstance(exc, click.ClickException):
        return Run(2, res.stdout, err + exc.format_message())
    if exc is not None and not isinstance(exc, SystemExit):
        raise exc
    code = res.return_value if isinstance(res.return_value, int) else 0
    return Run(code, res.stdout, err)


