"""The test suite's own contract: test modules share code through `tests/support/` only (no test
module imports another test module or a conftest), and start a real process only where the
process is the point (the list below, each with its reason)."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parent

# test module -> why it starts processes
PROCESSES = {
    "test_wheel.py": "builds and installs the wheel",
    "cli/test_bad_input.py": "the interpreter's exit code and stderr: no traceback ever",
    "hardening/test_bad_files.py": "an internal error in a real process is one line, exit 3",
    "coach/test_answers.py": "the terminal's encoding of Indonesian answers",
    "verification/test_verify.py": "a check without the office's key, from a fresh process",
    "web/test_serve.py": "`readiness serve` as a server process",
    "register/test_concurrency.py": "several processes issuing into one register at once",
    "io/test_io_misc.py": "`readiness --help` imports no heavy module (a fresh interpreter)",
    "batch/test_form_coverage.py": "the batch's last line on a real stderr",
    "batch/test_run_folder.py": "a batch killed with a signal and resumed",
    "batch/test_batch_register.py": "several batch processes numbering into one register",
    "batch/test_hostile_inputs.py": "FIFOs and memory of a fresh process",
    "batch/test_batch.py": "a batch interrupted with SIGINT",
    "verification/test_legacy.py": "no deprecation warning at a fresh interpreter's import",
    "desk/test_lockout.py": "the real argon2 parameters, outside the session's quick hashing",
}


def _modules():
    for p in sorted(TESTS.rglob("*.py")):
        rel = p.relative_to(TESTS).as_posix()
        if not rel.startswith("support/"):
            yield rel, ast.parse(p.read_text(encoding="utf-8"), filename=str(p))


def _imported(tree) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            names.add("." * node.level + (node.module or ""))
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_tests_share_code_through_support_only():
    bad = {rel: sorted(n for n in _imported(tree)
                       if n.startswith(".") or (n.split(".")[0] == "tests"
                                                and not n.startswith("tests.support"))
                       or n.split(".")[0] in {"conftest", "coach_helpers", "helpers"})
           for rel, tree in _modules()}
    assert {k: v for k, v in bad.items() if v} == {}


def test_processes_only_where_the_process_is_the_point():
    users = {rel for rel, tree in _modules()
             if {"subprocess", "multiprocessing"} & {n.split(".")[0] for n in _imported(tree)}
             or "run_process" in {a.name for node in ast.walk(tree)
                                  if isinstance(node, ast.ImportFrom) for a in node.names}}
    assert users - set(PROCESSES) == set(), "a new subprocess: use tests.support.cli.run"
    assert set(PROCESSES) - users == set(), "remove these from PROCESSES: no process any more"
