"""The library's front door: load a standard, check a dossier file or data, get a Result."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from readiness.decisions import Decisions
from readiness.engine import evaluate
from readiness.fieldpaths import json_path
from readiness.files import safe_relative_path
from readiness.load import load_source
from readiness.model import parse_dossier
from readiness.report import Result
from readiness.standards import RuleSet, load_standard

__all__ = ["load_standard", "check_path", "check_data", "Result", "RuleSet"]


def check_data(data: Any, rs: RuleSet, *, name: str = "<data>", as_of: dt.date | None = None,
               event: tuple[dt.date, dt.date] | None = None, lang: str = "id",
               decisions: Decisions | None = None, line_of=None, sha256: str | None = None,
               unread=None) -> Result:
    """Check already-loaded dossier data (a dict as from YAML/JSON or a spreadsheet row group).
    The owner's Indonesian answers are read as the self-assessment form reads them (`mikro`,
    `ya`, `27/11/2026`, `Rp 85.000`: readiness.answers). `unread`: the requirements whose
    spreadsheet cells could not be read (readiness.engine.evaluate)."""
    from readiness.answers import normalise_dossier

    dossier = parse_dossier(normalise_dossier(data, file=name, line_of=line_of), file=name,
                           line_of=line_of)
    return evaluate(dossier, rs, as_of=as_of, event=event, lang=lang, decisions=decisions,
                    line_of=line_of, source={"file": Path(name).name, "sha256": sha256},
                    unread=unread)


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
    return check_source(load_source(Path(path), name=str(path)), path, rs, as_of=as_of,
                        event=event, lang=lang, decisions=decisions, lines=lines)


def check_source(src, path: str | os.PathLike, rs: RuleSet, *, as_of: dt.date | None = None,
                 event: tuple[dt.date, dt.date] | None = None, lang: str = "id",
                 decisions: Decisions | None = None, lines: bool = True) -> Result:
    """Check a dossier file already read (`io.load_source`; the batch keeps its data to find
    the files it refers to)."""
    check_file_references(src.data, Path(path).parent, name=str(path), line_of=src.line_of,
                          text=src.text)
    return check_data(src.data, rs, name=str(path), as_of=as_of, event=event, lang=lang,
                      decisions=decisions, line_of=src.line_of if lines else None, sha256=src.sha256)


# -- certificates: issue, revoke, verify (the CLI and the web app call these) -------------------

def issue_document(result: Result | dict, path: str | os.PathLike, *, rs: RuleSet | None = None,
                   document: str = "auto", draft: bool = False, database_url=None):
    """Write the document for a checked dossier: a gap report, or a certificate that is first
    recorded in the register (numbered), then signed with the office's key; with `draft`, an
    unnumbered, unsigned, watermarked draft that is not recorded. Returns (kind, Issued|None).
    Raises issuing.NoKey (an InputError) when a certificate is due and the office has no key."""
    from readiness.issuing import Issuer
    from readiness.render.documents import choose_document, write_document

    d = result.to_dict() if isinstance(result, Result) else result
    kind = choose_document(d, document)
    if kind != "certificate":
        return write_document(d, path, document=kind), None
    with Issuer.open(database_url=database_url, draft=draft) as issuer:
        issued = issuer.number([d], rs)[0]
        if issued is not None and issued.outcome == "error":
            from readiness.errors import InputError

            raise InputError("not_recorded", detail=issued.error)
        if issued is None:
            return issuer.write(d, path, kind), None
        return issuer.write(issued.apply(d), path, kind, canonical=issued.canonical), issued


def certificate_status(register, number: str, *, today: dt.date | None = None) -> tuple[str, dict | None]:
    """What the public may know about a certificate number: ("found", record), ("mistyped",
    None) when the check character does not match, ("unknown", None) when the register does not
    have it. `register`: an open readiness.register.store.Register."""
    from readiness.register.numbers import looks_like_number, parse_number

    canonical = parse_number(number)
    if canonical is None:
        return ("mistyped" if looks_like_number(number) else "unknown"), None
    rec = register.get(canonical)
    if rec is None:
        return "unknown", None
    return "found", rec.public(today)


def revoke_certificate(number: str, *, reason: str, by: str, database_url=None):
    """Revoke a certificate in the register (migrated first); returns its record."""
    from readiness.register.store import Register

    with Register.open(database_url, migrate=True, create=False) as reg:
        return reg.revoke(number, reason=reason, by=by)


def verify_certificate(path, *, trust=None, register=None, today: dt.date | None = None,
                       accept_legacy: bool = False):
    """`readiness verify`: signature, signer, attached result and register status of a
    certificate PDF (readiness.verification.Report)."""
    from readiness.verification import verify_pdf

    return verify_pdf(path, trust=trust, register=register, today=today,
                      accept_legacy=accept_legacy)
