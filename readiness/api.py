"""The library's front door: load a standard, check a dossier file or data, get a Result."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from readiness.decisions import Decisions
from readiness.engine import evaluate
from readiness.io import json_path, load_source, safe_relative_path
from readiness.model import parse_dossier
from readiness.report import Result
from readiness.standards import RuleSet, load_standard

__all__ = ["load_standard", "check_path", "check_data", "Result", "RuleSet"]


def check_data(data: Any, rs: RuleSet, *, name: str = "<data>", as_of: dt.date | None = None,
               event: tuple[dt.date, dt.date] | None = None, lang: str = "id",
               decisions: Decisions | None = None, line_of=None, sha256: str | None = None) -> Result:
    """Check already-loaded dossier data (a dict as from YAML/JSON or a spreadsheet row group)."""
    dossier = parse_dossier(data, file=name, line_of=line_of)
    return evaluate(dossier, rs, as_of=as_of, event=event, lang=lang, decisions=decisions,
                    line_of=line_of, source={"file": Path(name).name, "sha256": sha256})


FILE_FIELDS = ("file", "photo")


def check_file_references(data: Any, base_dir: Path, *, name: str, line_of=None,
                          text: str | None = None) -> None:
    """Every file a dossier refers to (attachments, label photos) must stay inside its folder:
    no `..`, absolute paths, symlinks leading out or URLs. Given the dossier's `text`, the walk
    is skipped when no key can name a file: the text neither spells one nor escapes anything."""
    if text is not None and "\\" not in text and not any(k in text for k in FILE_FIELDS):
        return
    base_dir = Path(base_dir).resolve()

    def walk(v, path):
        if isinstance(v, dict):
            for k, x in v.items():
                if k in FILE_FIELDS and isinstance(x, str):
                    try:
                        safe_relative_path(base_dir, x, file=name, path=json_path(path + [k]))
                    except Exception as e:
                        if hasattr(e, "with_context") and line_of is not None:
                            e.with_context(line=line_of(path + [k]))
                        raise
                else:
                    walk(x, path + [k])
        elif isinstance(v, list):
            for i, x in enumerate(v):
                walk(x, path + [i])

    walk(data, [])


def check_path(path: str | os.PathLike, rs: RuleSet, *, as_of: dt.date | None = None,
               event: tuple[dt.date, dt.date] | None = None, lang: str = "id",
               decisions: Decisions | None = None, lines: bool = True) -> Result:
    """Read a dossier file safely and check it."""
    src = load_source(Path(path), name=str(path))
    check_file_references(src.data, Path(path).parent, name=str(path), line_of=src.line_of,
                          text=src.text)
    return check_data(src.data, rs, name=str(path), as_of=as_of, event=event, lang=lang,
                      decisions=decisions, line_of=src.line_of if lines else None, sha256=src.sha256)
