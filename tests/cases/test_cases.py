"""The realistic cases of the second legal review (one per correction of the .3 editions): each
file's header says what the catalogue expects, in words and in `# expect:` lines that this test
reads, so that a reviewer can read the folder as a table and the tool is held to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from readiness.api import check_path
from readiness.standards import load_standard

HERE = Path(__file__).resolve().parent
CASES = sorted(HERE.glob("C*.yaml"))
AS_OF = dt.date(2026, 11, 27)


def _expectations(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# expect: "):
            key, _, value = line[len("# expect: "):].partition(" ")
            out[key] = out[key] + "\n" + value if key in out else value
    return out


def test_one_case_per_correction_of_the_3_editions():
    nums = {p.name.split("-")[0] for p in CASES}
    # C29-C32 and C34 change texts and offices (tests/rules/test_corrections_3.py); C36 is the
    # score of products with few rules (tested with its mechanism)
    assert {f"C{i}" for i in range(16, 41)} - {"C29", "C30", "C31", "C32", "C34", "C36"} <= nums


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.stem)
def test_case_gets_the_outcome_its_header_states(path):
    exp = _expectations(path)
    header = path.read_text(encoding="utf-8").splitlines()[:3]
    assert header[0].startswith("# C") and header[1].startswith("# Legal basis: "), path.name
    rs = load_standard(exp.pop("edition"))
    r = check_path(path, rs, as_of=AS_OF, lang="en").to_dict()
    assert " ".join(p["verdict"] for p in r["products"]) == exp.pop("verdicts"), path.name
    assert r["certified"] is (exp.pop("certified") == "yes"), path.name
    for rule, lines in exp.items():
        for line in lines.split("\n"):
            subject, status = line.split()
            product = None if subject == "business" else int(subject)
            found = [f for f in r["findings"] if f["rule"] == rule and f["product"] == product]
            assert found and found[0]["status"] == status, (path.name, rule, found)
