"""Incremental batches: what a business's result and document depend on, and a shared store.

A business's result is a pure function of a few inputs; each gets a digest (`Parts`):

    dossier    the dossier's bytes (a spreadsheet business: its rows), its name, the rules its
               form cannot feed, and the files it refers to (attachments, photos; `refs`)
    std        the resolved rule set's content (not its file name)
    when       the as-of date and the event's dates
    decisions  the officers' decisions that apply (a batch applies none: one constant)
    lang       the language
    mode       how certificates are numbered: not at all (--no-pdf), drafts, or in a register

and its document on two more:

    render     the renderer: the package version and the digest of the templates
    docs       how gap reports are written (html | pdf | none; certificates are always PDF)

`result_key` digests the first six, `doc_key` the result key and the last two, so a change of
template renders the documents again without checking anyone, and a change of as-of date or
edition checks everyone again. `reason` names the first part that differs, for the run's
final line.

`Store` is the `--cache DIR` shared between runs and output folders: content-addressed,
written atomically (a temporary file renamed into place), so concurrent readers see a
complete entry or none; every blob is verified against its digest when read, and an entry
that does not verify is dropped and its business checked again.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from functools import cache
from pathlib import Path

RESULT_PARTS = ("dossier", "std", "when", "decisions", "lang", "mode")
DOC_PARTS = ("render", "docs")   # and the document on these
# why a business was checked again (or its document rendered again), in the order asked
REASONS = ("new", "dossier_changed", "standard_changed", "as_of_changed", "decisions_changed",
           "template_changed", "options_changed",
           "certificate_changed",   # no longer current in the register (revoked, superseded)
           "damaged",               # the kept line or document does not verify
           "retry")                 # it could not be checked, or its document made, before
_REASON_OF = {"dossier": "dossier_changed", "std": "standard_changed", "when": "as_of_changed",
              "decisions": "decisions_changed", "lang": "options_changed",
              "mode": "options_changed", "render": "template_changed", "docs": "options_changed"}
NO_DECISIONS = "none"
FILE_FIELDS = ("file", "photo")     # keys whose values name a file (as api.FILE_FIELDS)


def digest(*parts) -> str:
    blob = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@cache
def renderer_version() -> str:
    """The package version and every template, stylesheet and asset the documents are made
    from: a change to any of them renders the documents again."""
    from readiness import __version__
    from readiness.render import pdf

    h = hashlib.sha256(__version__.encode())
    for folder in (pdf.TEMPLATES_DIR, pdf.ASSETS_DIR):
        for p in sorted(Path(folder).rglob("*")):
            if p.is_file():
                h.update(str(p.relative_to(folder)).encode() + b"\0")
                h.update(hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()[:32]


def standard_digest(rs) -> str:
    """The resolved rule set's content (an edition copied under another name is the same)."""
    raw = json.dumps(getattr(rs, "raw", None), sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True)
class Parts:
    dossier: str
    std: str
    when: str
    decisions: str
    lang: str
    mode: str
    render: str
    docs: str

    def result_key(self) -> str:
        return digest([getattr(self, k) for k in RESULT_PARTS])

    def doc_key(self, kind: str) -> str:
        """Certificates do not depend on how gap reports are written."""
        return digest(self.result_key(), self.render, kind,
                      self.docs if kind == "gap-report" else "pdf")

    def as_dict(self) -> dict:
        return asdict(self)


def reason(old: dict | None, new: Parts, parts=RESULT_PARTS) -> str | None:
    """The first of `parts` that differs between a stored marker's parts and `new` (a REASONS
    code), or None when they agree."""
    if not old:
        return "new"
    for k in parts:
        if old.get(k) != getattr(new, k):
            return _REASON_OF[k]
    return None


def input_digest(sha: str, label: str, form_gaps) -> str:
    """The dossier part: its bytes, its name (in the result line) and the rules its form
    cannot feed; the files it refers to are kept beside it (`refs`) and compared on reuse."""
    return digest(sha, label, list(form_gaps or []))


# ------------------------------------------------------------------------------ referenced files

def referenced(data, base_dir: Path, text: str | None = None) -> dict[str, str]:
    """The files a dossier names (attachments, label photos), relative to its folder, with the
    digest of each ("" when it cannot be read). Quick when the text names none."""
    if text is not None and not any(k in text for k in FILE_FIELDS):
        return {}
    found: list[str] = []

    def walk(v):
        if isinstance(v, dict):
            for k, x in v.items():
                if k in FILE_FIELDS and isinstance(x, str):
                    found.append(x)
                else:
                    walk(x)
        elif isinstance(v, list):
            for x in v:
                walk(x)

    walk(data)
    return {rel: file_digest(Path(base_dir) / rel) for rel in sorted(set(found))}


def file_digest(path) -> str:
    try:
        p = Path(path)
        if not p.is_file():
            return ""
        with open(p, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return ""


def refs_unchanged(refs: dict | None, dossier_path: str) -> bool:
    base = Path(dossier_path).parent
    return all(file_digest(base / rel) == sha for rel, sha in (refs or {}).items())


# ------------------------------------------------------------------------------ the shared store

def _atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` or nothing: readers see the old file, the new one, or none."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Store:
    """`DIR/blobs/ab/<sha256>`: documents by the digest of their bytes; `DIR/results/ab/<key>`
    and `DIR/docs/ab/<key>`: small JSON entries naming them, each carrying the digest of its
    own body. Entries are immutable (a key's content never changes), so a lost race between two
    writers writes the same bytes twice."""

    def __init__(self, folder: str | os.PathLike):
        self.root = Path(folder)
        self.root.mkdir(parents=True, exist_ok=True)
        self.corrupt = 0          # entries or blobs that did not verify (dropped)

    def _path(self, kind: str, key: str) -> Path:
        return self.root / kind / key[:2] / key

    # -- blobs
    def put_blob(self, data: bytes) -> str:
        sha = hashlib.sha256(data).hexdigest()
        p = self._path("blobs", sha)
        if not p.exists():
            _atomic(p, data)
        return sha

    def get_blob(self, sha: str) -> bytes | None:
        p = self._path("blobs", sha)
        try:
            data = p.read_bytes()
        except OSError:
            return None
        if hashlib.sha256(data).hexdigest() != sha:
            self._drop(p)
            return None
        return data

    # -- entries
    def put(self, kind: str, key: str, entry: dict) -> None:
        body = json.dumps(entry, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        sha = hashlib.sha256(body.encode("utf-8")).hexdigest()
        _atomic(self._path(kind, key), (sha + "\n" + body).encode("utf-8"))

    def has(self, kind: str, key: str) -> bool:
        return self._path(kind, key).exists()

    def get(self, kind: str, key: str) -> dict | None:
        p = self._path(kind, key)
        try:
            raw = p.read_bytes()
        except OSError:
            return None
        sha, _, body = raw.partition(b"\n")
        if hashlib.sha256(body).hexdigest().encode() != sha:
            self._drop(p)
            return None
        try:
            return json.loads(body)
        except ValueError:
            self._drop(p)
            return None

    def _drop(self, p: Path) -> None:
        self.corrupt += 1
        p.unlink(missing_ok=True)
