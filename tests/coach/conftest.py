"""Fixtures for the coaching and decisions tests."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "dossiers"


@pytest.fixture
def example(tmp_path):
    """Copy an example dossier into tmp_path (so a decisions file can sit beside it)."""

    def copy(name: str) -> Path:
        dst = tmp_path / f"{name}.yaml"
        shutil.copy(EXAMPLES / f"{name}.yaml", dst)
        return dst

    return copy
