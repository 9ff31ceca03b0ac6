"""The batch's inputs: dossier files, folders and spreadsheets opened and counted
(`open_inputs`), the rules a spreadsheet's columns cannot feed (`note_form_gaps`), and one
`Unit` per business in a fixed order (`units`), each with its identity (output key, digest)."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

from readiness.batch.cache import Parts
from readiness.batch.spreadsheet import (SPREADSHEET_SUFFIXES, BusinessRecord, Issue,
                                         SpreadsheetImport, ranges)
from readiness.batch.stream import DiskSet
from readiness.errors import InputError
from readiness.files import safe_filename, unique_filename
from readiness.sheets.mapping import load_mapping
from readiness.words import Msg

DOSSIER_SUFFIXES = (".yaml", ".yml", ".json")


@dataclass
class Unit:
    seq: int
    key: str                     # unique output stem (PDF name, marker key)
    kind: str                    # file | rows | unreadable
    source: str                  # input file as given
    rows: str = ""               # spreadsheet rows ("2-3")
    path: str = ""               # dossier file (kind file)
    label: str = ""              # name given to the checker
    dossier: dict | None = None  # kind rows
    name: str = ""               # hints for the summary when there is no result
    nib: str = ""
    issues: list[Issue] = field(default_factory=list)
    sha: str | None = None
    xlsx_rows: list[int] | None = None
    form_gaps: list[str] = field(default_factory=list)   # rules its input's columns cannot feed
    unread: list[dict] = field(default_factory=list)     # its cells that could not be read
    parts: Parts | None = None   # what its result and document depend on (readiness.batch.cache)
    why: str = ""                # why it is checked (or its document rendered) again
    known: tuple | None = None   # (marker, line) of a result kept whose document is made again
    stat: list | None = None     # the dossier file's size, mtime (ns), inode, when hashed
    ident: str = ""              # where it is, whatever the spelling of the input: the path
    #                              relative to the folder given (a file or spreadsheet: its name)


def _walk(folder: Path, skipped: list[str] | None = None) -> Iterator[Path]:
    """Dossier files under `folder`, in a fixed order, lazily (a province is 20,000 files).
    Hidden files and folders (a name starting with ".", so "..x.yaml" too) are skipped; their
    paths relative to `folder` go to `skipped` when given (a note in errors.csv)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        if skipped is not None:
            skipped.extend(os.path.relpath(os.path.join(dirpath, d), folder) + "/"
                           for d in sorted(dirnames) if d.startswith("."))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if not f.lower().endswith(DOSSIER_SUFFIXES):
                continue
            if not f.startswith("."):
                yield Path(dirpath) / f
            elif skipped is not None:
                skipped.append(os.path.relpath(os.path.join(dirpath, f), folder))


@dataclass
class Inputs:
    """What the inputs hold: dossier files and opened spreadsheets, in order."""

    items: list[tuple[str, Any]]       # ("file", Path) | ("dir", Path) | ("sheet", SpreadsheetImport) | ("bad", (source, message))
    total: int
    issues: list[Issue]                # file-level problems and cross-record warnings
    form_gaps: dict[str, list[str]] = field(default_factory=dict)   # source -> rules not fed
    choice_gaps: dict[str, list[dict]] = field(default_factory=dict)  # source -> choices it lacks


def open_inputs(inputs: Iterable[str | os.PathLike], mapping=None, found=None) -> Inputs:
    """The inputs opened and counted; `found(n)` hears the count as it grows (the bar)."""
    found = found or (lambda n: None)
    found(0)
    items: list[tuple[str, Any]] = []
    issues: list[Issue] = []
    total = 0
    mp = load_mapping(mapping) if mapping else None      # a bad mapping stops the run (exit 2)
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            items.append(("dir", p))
            skipped: list[str] = []
            for _ in _walk(p, skipped):
                total += 1
                found(total)
            issues.extend(Issue(str(p / name), "", "", "warning", "hidden_skipped",
                                Msg("batch.hidden_skipped", {"name": name}))
                          for name in skipped[:100])
        elif p.suffix.lower() in SPREADSHEET_SUFFIXES:
            try:
                imp = SpreadsheetImport(p, mp)
            except InputError as e:
                items.append(("bad", (str(p), e)))
                total += 1
                continue
            items.append(("sheet", imp))
            issues.extend(imp.issues)
            total += imp.count
            found(total)
        elif p.exists() or p.suffix.lower() in DOSSIER_SUFFIXES:
            items.append(("file", p))
            total += 1
        else:
            items.append(("bad", (str(p), Msg("no_such_input"))))
            total += 1
    return Inputs(items, total, issues)


def note_form_gaps(p: Inputs, rs) -> dict[str, list[str]]:
    """Once per run: for each spreadsheet, a warning per rule its columns cannot feed (added
    to the plan's issues); the rule ids per source go to its businesses' results."""
    by_rule: dict[str, Issue] = {}
    for kind, obj in p.items:
        if kind == "sheet":
            for issue in obj.form_gaps(rs):
                first = by_rule.get(issue.args["rule"])
                if issue.code == "form_gap_choice":
                    p.choice_gaps.setdefault(obj.source, []).append(issue.args)
                if first is None:
                    by_rule[issue.args["rule"]] = issue
                    p.issues.append(issue)
                elif issue.source not in first.source.split("; "):
                    first.source += "; " + issue.source      # one row per rule, every file named
            if obj.unfed:
                p.form_gaps[obj.source] = list(obj.unfed)
    return p.form_gaps



def _dossier_sha(dossier: dict, label: str, unread: list[dict] | None = None) -> str:
    parts = [label, dossier] + ([unread] if unread else [])    # its unread cells are part of it
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def units(p: Inputs) -> Iterator[Unit]:
    taken = DiskSet()          # one output name per business: on disk, not in memory
    seq = 0
    for kind, obj in p.items:
        if kind in ("file", "dir"):
            for f in (_walk(obj) if kind == "dir" else [obj]):
                key = unique_filename(safe_filename(f.stem, max_len=60), taken)
                ident = f.relative_to(obj).as_posix() if kind == "dir" else f.name
                yield Unit(seq, key, "file", str(f), path=str(f), label=f.name, name=f.stem,
                           ident=ident)
                seq += 1
        elif kind == "bad":
            source, message = obj
            key = unique_filename(safe_filename(Path(source).stem, max_len=60), taken)
            yield Unit(seq, key, "unreadable", source, name=Path(source).name,
                       issues=[Issue(source, "", "", "error", "unreadable_file", message)])
            seq += 1
        else:
            imp: SpreadsheetImport = obj
            is_xlsx = imp.path.suffix.lower() == ".xlsx"
            for rec in imp:
                rec: BusinessRecord
                key = unique_filename(safe_filename(rec.name or rec.nib or "unnamed", max_len=60), taken)
                u = Unit(seq, key, "rows" if rec.dossier is not None else "unreadable", rec.source,
                         rows=ranges(rec.rows), label=rec.label, dossier=rec.dossier,
                         name=rec.name, nib=rec.nib, issues=list(rec.issues),
                         xlsx_rows=list(rec.rows) if is_xlsx else None,
                         form_gaps=p.form_gaps.get(rec.source, []), unread=rec.unread,
                         ident=Path(rec.source).name)
                if rec.dossier is not None:
                    u.sha = _dossier_sha(rec.dossier, rec.label, rec.unread)
                else:
                    u.issues.append(Issue(rec.source, ranges(rec.rows), "", "error", "no_readable_row",
                                          Msg("no_readable_row"), business=rec.name))
                yield u
                seq += 1
            # issues found while streaming (rows without a business)
            for i in imp.issues:
                if i.kind == "no_business" and i not in p.issues:
                    p.issues.append(i)


def _file_sha(path: str) -> str | None:
    from readiness.files import open_regular

    try:
        with open_regular(path) as f:            # never a FIFO: it would block the run
            return hashlib.sha256(f.read()).hexdigest()
    except (OSError, InputError):
        return None

