"""Where the repository's examples are, and the as-of date of the demo."""

import datetime as dt
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples" / "dossiers"
EXPORT = ROOT / "examples" / "registrations-form-export.csv"
AS_OF = dt.date(2026, 11, 27)
AS_OF_TEXT = AS_OF.isoformat()
