"""Write what docs/design.md derives from the code between its markers: the table of check
kinds (from readiness.checks.KINDS) and the module table (from the floors declared in
scripts/house.py and the imports the code makes). tests/test_words.py and
tests/test_layers.py fail when they drift.

    python scripts/gen_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import house  # noqa: E402
from readiness.checks import kinds_table  # noqa: E402

DESIGN = ROOT / "docs" / "design.md"
START, END = "<!-- kinds:start (scripts/gen_docs.py) -->\n", "<!-- kinds:end -->\n"
MODULES_START, MODULES_END = "<!-- modules:start (scripts/gen_docs.py) -->\n", "<!-- modules:end -->\n"


def _between(text: str, start: str, end: str, table: str) -> str:
    a, b = text.index(start) + len(start), text.index(end)
    return text[:a] + table + text[b:]


def with_table(text: str) -> str:
    """The text with the table of check kinds written anew."""
    return _between(text, START, END, kinds_table())


def with_tables(text: str) -> str:
    """The text with both tables written anew."""
    return _between(with_table(text), MODULES_START, MODULES_END, house.design_table())


if __name__ == "__main__":
    DESIGN.write_text(with_tables(DESIGN.read_text(encoding="utf-8")), encoding="utf-8")
