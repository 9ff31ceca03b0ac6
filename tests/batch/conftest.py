import csv
from pathlib import Path

import pytest

EXPORT = Path(__file__).resolve().parents[2] / "examples" / "registrations-form-export.csv"


@pytest.fixture
def export_xlsx(tmp_path):
    """The shared form export saved as an .xlsx workbook (cells as text, as a form gives them)."""
    import openpyxl

    def make(name: str = "export.xlsx") -> Path:
        wb = openpyxl.Workbook()
        ws = wb.active
        with open(EXPORT, encoding="utf-8-sig", newline="") as f:
            for row in csv.reader(f):
                ws.append(row)
        path = tmp_path / name
        wb.save(path)
        return path

    return make
