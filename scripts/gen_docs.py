"""Write what is derived from the code: docs/design.md's tables between their markers (the
check kinds from readiness.checks.KINDS; the modules from the floors declared in
scripts/house.py and the imports the code makes) and the rule-set JSON Schema shipped as
readiness/standards/rule-set.schema.json (from the check kinds' parameter models).
tests/test_words.py, tests/test_layers.py and tests/standards/test_loader.py fail when they
drift.

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
    import json

    from readiness.standards.schema import SCHEMA_FILE, rule_set_schema

    DESIGN.write_text(with_tables(DESIGN.read_text(encoding="utf-8")), encoding="utf-8")
    SCHEMA_FILE.write_text(json.dumps(rule_set_schema(), indent=2, ensure_ascii=False) + "\n",
                           encoding="utf-8")
