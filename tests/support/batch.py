"""The batch's tests share: the entry point's exit code (its output left to capsys), the CSVs
a run writes, and a population of dossiers made from the examples."""

import csv
import json
from pathlib import Path

import pytest

from tests.support.paths import AS_OF_TEXT as AS_OF, EXAMPLES as DOSSIERS, EXPORT, ROOT  # noqa: F401


def main_code(*args) -> int:
    from readiness.cli import main

    with pytest.raises(SystemExit) as e:
        main([*args])
    return e.value.code


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def population(folder: Path, n: int) -> None:
    """n dossiers: the examples again and again under distinct business names."""
    import yaml

    base = [yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(DOSSIERS.glob("*.yaml"))]
    folder.mkdir()
    for i in range(n):
        d = json.loads(json.dumps(base[i % len(base)], default=str))
        d["business"]["name"] = f"{d['business']['name']} {i:04d}"
        (folder / f"d{i:04d}.yaml").write_text(yaml.safe_dump(d, allow_unicode=True), encoding="utf-8")
