"""The command line as a user meets it: `run` invokes the entry point in-process (exit codes
and one-line errors exactly as `readiness.cli.main` gives them, stdout and stderr apart);
`run_process` starts the real interpreter, for the few tests whose point is the process."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass

from tests.support.paths import ROOT


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def output(self) -> str:
        """stdout then stderr, as a terminal shows both."""
        return self.out + self.err

    @property
    def pair(self) -> tuple[int, str]:
        """(exit code, stdout + stderr)."""
        return self.code, self.output

    def json(self):
        return json.loads(self.out)


def run(*args, input: str | None = None, env: dict | None = None) -> Run:
    """`readiness ARGS` in-process through `readiness.cli.main`."""
    from click.testing import CliRunner

    from readiness.cli import main

    runner = CliRunner()
    with runner.isolation(input=input, env=env) as (out, err, _):
        try:
            main([str(a) for a in args])
            code = 0
        except SystemExit as e:
            code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        return Run(code, out.getvalue().decode("utf-8", "replace"),
                   err.getvalue().decode("utf-8", "replace"))


def run_process(*args, cwd=None, input=None, env=None, timeout=120):
    """The real CLI in a subprocess: `python -m readiness ARGS` (a CompletedProcess)."""
    return subprocess.run([sys.executable, "-m", "readiness", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, input=input, env=env, timeout=timeout)
