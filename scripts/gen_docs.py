"""Write what docs/design.md derives from the code (the table of check kinds, from
readiness.checks.KINDS) between its markers. tests/test_docs.py fails when it drifts.

    python scripts/gen_docs.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from readiness.checks import kinds_table  # noqa: E402

DESIGN = ROOT / "docs" / "design.md"
START, END = "<!-- kinds:start (scripts/gen_docs.py) -->\n", "<!-- kinds:end -->\n"


def with_table(text: str) -> str:
    a, b = text.index(START) + len(START), text.index(END)
    return text[:a] + kinds_table() + text[b:]


if __name__ == "__main__":
    DESIGN.write_text(with_table(DESIGN.read_text(encoding="utf-8")), encoding="utf-8")
