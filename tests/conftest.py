import datetime as dt
import os
from pathlib import Path

import pytest

# Tests pin English error messages (the user's default is Indonesian; see test_errors_in_indonesian).
os.environ["READINESS_LANG"] = "en"

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples" / "dossiers"
AS_OF = dt.date(2026, 11, 27)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def examples() -> Path:
    return EXAMPLES
