"""What a batch run was asked to do: `OUTDIR/manifest.json`, written atomically.

    {"format": "readiness-batch-manifest/1", "readiness": "0.1.0", "status": "running" | "complete",
     "started": ..., "finished": ..., "edition": "mandalika-motogp@2027.3",
     "standard": "mandalika-motogp@2027.3#<digest of the rule set>", "as_of": "2026-11-30",
     "inputs": ["forms/export.csv", "dossiers/"],
     "options": {"pdf": true, "summary_pdf": true, "lang": "id", "draft": false, "mapping": null},
     "outputs": ["errors.csv", "results.jsonl", "summary.csv", "summary.pdf", "summary.xlsx"],
     "documents": 8}

Two uses:

- `--resume` continues the run the manifest describes and nothing else: a different edition,
  as-of date or any entry of `options` stops it at once (exit 2, one line naming the first
  difference). Another readiness version (an upgrade between the stop and the resume, as when
  the office desk restarts) does not stop it: nothing of the earlier version is reused
  (`same_version`), every business is checked again. `options` is an open dict: a feature that changes what a run
  writes adds its entry (`run_options(..., gap_reports="pdf")`) and resume compares it too.
- A run that is not a resume replaces the folder's previous run: at its end every output of
  the previous run that it did not write anew (documents of businesses no longer written,
  every document after `--no-pdf`, summary.pdf, annotated copies of inputs no longer given) is
  removed (`remove_stale`), so the folder never shows a summary beside another run's files.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any
from collections.abc import Iterable

from readiness import __version__
from readiness.errors import InputError
from readiness.files import atomic_write

MANIFEST = "manifest.json"
FORMAT = "readiness-batch-manifest/1"
# top-level files a run may write (besides `<input>.results.xlsx`, see `_ours`)
OUTPUTS = ("results.jsonl", "errors.csv", "summary.csv", "summary.xlsx", "summary.pdf")
DOCUMENTS = "documents"


def run_options(*, pdf: bool, summary_pdf: bool, lang: str, draft: bool, mapping: str | None,
                **more: Any) -> dict[str, Any]:
    """The options of a run that change what it writes (compared by --resume)."""
    return {"pdf": pdf, "summary_pdf": summary_pdf, "lang": lang, "draft": draft,
            "mapping": str(Path(mapping).resolve()) if mapping else None, **more}


def read(outdir: Path) -> dict | None:
    """The manifest of the folder's last run, or None (none, or unreadable: an older folder)."""
    try:
        data = json.loads((Path(outdir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("format") == FORMAT else None


def resumed_as_of(outdir: Path) -> dt.date | None:
    """The as-of date of the folder's run (a resume without --as-of keeps it)."""
    old = read(outdir)
    try:
        return dt.date.fromisoformat(old["as_of"]) if old else None
    except (KeyError, TypeError, ValueError):
        return None


def new(*, inputs: Iterable[str], edition: str, standard: str, as_of: dt.date,
        options: dict[str, Any]) -> dict:
    return {"format": FORMAT, "readiness": __version__, "status": "running",
            "started": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
            "edition": edition, "standard": standard, "as_of": as_of.isoformat(),
            "inputs": [str(i) for i in inputs], "options": dict(options)}


def write(outdir: Path, manifest: dict) -> None:
    atomic_write(Path(outdir) / MANIFEST, json.dumps(manifest, indent=1, ensure_ascii=False) + "\n")


# how the options are named on the command line (the others by their key)
FLAGS = {"pdf": "--pdf/--no-pdf", "summary_pdf": "summary.pdf", "lang": "--lang", "draft": "--draft",
         "mapping": "--mapping", "gap_reports": "--gap-reports"}


def _show(v: Any) -> str:
    return "-" if v is None else json.dumps(v, ensure_ascii=False).strip('"')


def difference(old: dict, now: dict) -> tuple[str, str, str] | None:
    """The first thing that differs between the folder's run and this one: (what, then, now)."""
    for key, what in (("edition", "standar"), ("standard", "isi standar"), ("as_of", "--as-of")):
        if old.get(key) != now.get(key):
            return what, _show(old.get(key)), _show(now.get(key))
    a, b = old.get("options") or {}, now.get("options") or {}
    for key in sorted(set(a) | set(b)):
        if a.get(key) != b.get(key):
            return FLAGS.get(key, key), _show(a.get(key)), _show(b.get(key))
    return None


def check_resume(outdir: Path, now: dict) -> None:
    """Raise (exit 2) when the folder's run was made with anything else than `now`."""
    old = read(outdir)
    if old is None:
        return
    diff = difference(old, now)
    if diff is not None:
        what, then, this = diff
        raise InputError("resume_differs", outdir=str(outdir), what=what, then=then, now=this)


def same_version(outdir: Path) -> bool:
    """Whether the folder's run was made by this readiness version (or there is none)."""
    old = read(outdir)
    return old is None or old.get("readiness") == __version__


def _ours(name: str) -> bool:
    return name in OUTPUTS or name.endswith(".results.xlsx")


def remove_stale(outdir: Path, written: set[str], documents: set[str],
                 previous: dict | None) -> list[str]:
    """Remove what a previous run wrote and this one did not: top-level outputs not in
    `written`, documents not in `documents` (names under documents/). Returns the removed
    paths (relative), for the final note."""
    outdir = Path(outdir)
    removed: list[str] = []
    candidates = set((previous or {}).get("outputs") or [])
    candidates |= {p.name for p in outdir.iterdir() if p.is_file() and _ours(p.name)}
    for name in sorted(candidates - written):
        if "/" in name or not _ours(name):
            continue                       # only our own top-level files
        try:
            (outdir / name).unlink()
            removed.append(name)
        except FileNotFoundError:
            pass
    folder = outdir / DOCUMENTS
    if folder.is_dir():
        for p in sorted(folder.iterdir()):
            if p.is_file() and p.name not in documents and not p.name.startswith("."):
                p.unlink(missing_ok=True)
                removed.append(f"{DOCUMENTS}/{p.name}")
        if not documents and not any(folder.iterdir()):
            folder.rmdir()
    return removed


def complete(outdir: Path, manifest: dict, written: set[str], documents: set[str]) -> dict:
    """The finished run's manifest (outputs it wrote, documents counted)."""
    done = dict(manifest, status="complete", outputs=sorted(written), documents=len(documents),
                finished=dt.datetime.now().astimezone().isoformat(timespec="seconds"))
    write(outdir, done)
    return done
