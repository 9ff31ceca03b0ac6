"""What earlier runs in the folder (and the shared store) completed, and whether a unit's
result and document can be kept: `Reuse.todo` turns units into work for the workers or
`Done` with what is already known."""

from __future__ import annotations

import json
import os
import re
import stat
import zlib
from dataclasses import replace
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

from readiness.batch.cache import DOC_PARTS, Parts, Store, input_digest, reason, refs_unchanged
from readiness.batch.discover import Unit, _file_sha
from readiness.batch.inorder import Done
from readiness.batch.work import Options, _Payload, payload
from readiness.files import atomic_write

STATE = ".state"


_KEY = re.compile(rb'^\{"key":("(?:[^"\\]|\\.)*")')
_OFF = re.compile(rb'"off":(\d+)')
_LEN = re.compile(rb'"len":(\d+)')
_NUMBER = re.compile(rb'"certificate":"([^"\\]+)"')
_SHIFT = 40                     # a marker's place: (source << _SHIFT) | offset in its index


class _Entries:
    """The markers of earlier runs by key, streamed from disk: the scan keeps only where each
    key's last trusted marker is (an int per business, not its parsed marker: a rerun's memory
    stays near a fresh run's at any size), and a marker is read and parsed when its business
    comes up. `raw(key)` is its line as written (kept as it is when nothing in it changes)."""

    def __init__(self, sources: list[tuple[Path, Path]]) -> None:
        self.sources = sources
        self.where: dict[str, int] = {}
        self.numbers: list[str] = []       # certificate numbers the markers keep (one query)
        self._files: dict[int, Any] = {}
        self._last: tuple[str, tuple | None] = ("", None)
        for si, (idx, res) in enumerate(sources):
            try:
                size = res.stat().st_size if res.exists() else 0
                with open(idx, "rb") as f:
                    self._scan(f, si, size)
            except OSError:
                continue

    def _scan(self, f, si: int, size: int) -> None:
        off = 0
        for line in f:
            if not line.endswith(b"\n"):
                break                       # a marker cut short by a kill: not trusted
            m = _KEY.match(line)
            if m is None:
                break
            o, n = _OFF.search(line), _LEN.search(line)
            if (int(o.group(1)) if o else 0) + (int(n.group(1)) if n else 0) <= size:
                self.where[json.loads(m.group(1))] = (si << _SHIFT) | off
                if b'"certified":true' in line:
                    c = _NUMBER.search(line)
                    if c:
                        self.numbers.append(c.group(1).decode("utf-8"))
            off += len(line)

    def __contains__(self, key: str) -> bool:
        return key in self.where

    def __len__(self) -> int:
        return len(self.where)

    def clear(self) -> None:
        self.where.clear()
        self.numbers.clear()

    def get(self, key: str) -> tuple[dict, Path] | None:
        """(marker, results file) of KEY, or None."""
        got = self._read(key)
        return None if got is None else (got[0], got[1])

    def raw(self, key: str) -> tuple[bytes, bool] | None:
        """(KEY's marker line, whether it is in the finished index) or None."""
        got = self._read(key)
        return None if got is None else (got[2], got[3])

    def _read(self, key: str) -> tuple | None:
        if self._last[0] == key:
            return self._last[1]
        place = self.where.get(key)
        got = None
        if place is not None:
            si, off = place >> _SHIFT, place & ((1 << _SHIFT) - 1)
            try:
                f = self._files.get(si)
                if f is None:
                    f = self._files[si] = open(self.sources[si][0], "rb")  # noqa: SIM115 - closed by close()
                f.seek(off)
                line = f.readline()
                got = (json.loads(line), self.sources[si][1], line, si == 0 and self.final)
            except (OSError, ValueError):
                got = None
        self._last = (key, got)
        return got

    final = False                   # the first source is the finished index

    def close(self) -> None:
        for f in self._files.values():
            f.close()
        self._files.clear()


class _Old:
    """Completed units of earlier runs: `entries` (key -> (marker, results file)), read from
    the finished index and the generations of runs that were stopped, later ones first."""

    def __init__(self, outdir: Path):
        self.outdir = outdir
        self.files: dict[Path, Any] = {}
        self.mtimes: dict[Path, int] = {}
        st = outdir / STATE
        sources = []
        final_idx = st / "index.jsonl"
        final = final_idx.exists() and (outdir / "results.jsonl").exists()
        if final:
            sources.append((final_idx, outdir / "results.jsonl"))
        for g in _generations(st):
            sources.append((st / f"gen-{g}.index.jsonl", st / f"gen-{g}.jsonl"))
        self.entries = _Entries(sources)
        self.entries.final = final
        # how many markers the finished index holds (its summaries show as many rows)
        self.finished = 0
        if final and len(sources) == 1:
            self.finished = len(self.entries)

    def written(self, res: Path) -> int:
        """When a results file was last written (ns; 0 if unknown)."""
        if res not in self.mtimes:
            try:
                self.mtimes[res] = res.stat().st_mtime_ns
            except OSError:
                self.mtimes[res] = 0
        return self.mtimes[res]

    def line(self, e: dict, res: Path) -> bytes | None:
        if not e.get("len"):
            return b""
        try:
            f = self.files.get(res)
            if f is None:                      # one handle per results file, not per line
                f = self.files[res] = open(res, "rb")  # noqa: SIM115 - closed by close()
            f.seek(e["off"])
            data = f.read(e["len"])
        except OSError:
            return None
        if len(data) != e["len"] or not data.endswith(b"\n") or zlib.crc32(data) != e.get("crc"):
            return None
        return data


def _drop_generations(st: Path) -> None:
    for g in _generations(st):
        for f in (st / f"gen-{g}.jsonl", st / f"gen-{g}.index.jsonl"):
            f.unlink(missing_ok=True)


def _generations(st: Path) -> list[int]:
    gens = []
    if st.is_dir():
        for f in st.iterdir():
            n = f.name
            if n.startswith("gen-") and n.endswith(".index.jsonl"):
                try:
                    gens.append(int(n[4:-len(".index.jsonl")]))
                except ValueError:
                    pass
    return sorted(gens)


class Reuse:
    """What earlier runs here (and the shared store) made, asked unit by unit: `todo` yields
    the units to check (as payloads) or `Done` with what is kept. `base`: what every result
    of this run is made from but the dossier (readiness.batch.cache.Parts)."""

    def __init__(self, outdir: Path, opts: Options, base: Parts, std_key: str, gen: int,
                 reuse: bool) -> None:
        self.outdir, self.opts, self.base, self.std_key, self.gen = outdir, opts, base, std_key, gen
        # what earlier runs here completed (a finished run, and the generations of runs that
        # were stopped): each business's marker says what its result was made from
        self.old = _Old(outdir)
        if not reuse:
            self.old.entries.clear()
        self.store = Store(opts.cache) if opts.cache else None
        self._current: dict[str, bool] = {}     # certificate number -> current in the register
        self._register = None

    def close(self) -> None:
        for f in self.old.files.values():
            f.close()
        self.old.files.clear()
        self.old.entries.close()
        if self._register is not None:
            self._register.close()
            self._register = None

    # -- what to do with each unit
    def todo(self, us: Iterable[Unit]) -> Iterator[Unit | Done]:
        """Units to check (as payloads for a worker), or `Done` with what is already known."""
        for u in us:
            if u.kind == "unreadable":
                yield Done(u, None)
                continue
            reused = self.reusable(u)
            yield Done(u, reused) if reused is not None else _Payload(u, payload(u))

    def reusable(self, u: Unit) -> tuple[dict, bytes] | None:
        """(marker, result line) when the unit's result and document are unchanged (from this
        folder, else from the shared store); else None, with `u.why` saying why, and
        `u.known` set when only the document must be made again."""
        if u.kind == "file":
            u.sha = self._file_sha(u)
        if u.sha is None:
            u.why = "dossier_changed" if u.key in self.old.entries else "new"
            return None
        parts = u.parts = replace(self.base, dossier=input_digest(u.sha, u.label, u.form_gaps))
        found = self._from_folder(u, parts)
        if found is None and self.store is not None:
            found = self._from_store(u, parts)
        if found is None:
            return None
        e, line = dict(found[0]), found[1]       # (the earlier marker stays as it was)
        if not self.opts.pdf:
            return e, line
        why = self._doc_missing(e, parts)
        if why is None:
            return e, line
        if self.store is not None:
            bad = self.store.corrupt
            if self._doc_from_store(u, e, parts):
                return e, line
            why = "damaged" if self.store.corrupt > bad else why
        u.why, u.known = why, (e, line)
        return None

    def _file_sha(self, u: Unit) -> str | None:
        """The dossier file's digest; as git does, a file whose size, modification time (ns)
        and inode are those recorded with its marker is not read again (a rerun of a
        province reads 20,000 files otherwise)."""
        try:
            st = os.stat(u.path)
        except OSError:
            return None
        if stat.S_ISREG(st.st_mode):
            u.stat = [st.st_size, st.st_mtime_ns, st.st_ino]
            old = self.old.entries.get(u.key)
            # (and, as git's "racily clean" rule, not modified within 2 s of that marker: a
            # file system with coarse times could hide a same-size edit made then)
            if old is not None and old[0].get("stat") == u.stat and old[0].get("sha") \
                    and st.st_mtime_ns < self.old.written(old[1]) - 2_000_000_000:
                return old[0]["sha"]
        return _file_sha(u.path)

    def _from_folder(self, u: Unit, parts: Parts) -> tuple[dict, bytes] | None:
        old = self.old.entries.get(u.key)
        if old is None:
            u.why = "new"
            return None
        e, res = old
        why = reason(e.get("parts"), parts)
        if why is None and (e.get("ident", e.get("source")) != u.ident or e.get("rows") != u.rows
                            or not refs_unchanged(e.get("refs"), u.path)):
            why = "dossier_changed"
        if why is None and (not e.get("len") or any(i.get("kind") == "document_failed"
                                                    for i in e.get("issues", []))):
            why = "retry"                      # it failed before: try again
        if why is None and not self._certificate_current(e["row"]):
            why = "certificate_changed"
        line = self.old.line(e, res) if why is None else None
        if why is None and line is None:
            why = "damaged"
        u.why = why or ""
        return None if why else (e, line)

    def _from_store(self, u: Unit, parts: Parts) -> tuple[dict, bytes] | None:
        c = self.store.get("results", parts.result_key())
        if c is None or not refs_unchanged(c.get("refs"), u.path) \
                or not self._certificate_current(c["row"]):
            return None
        line = c["line"].encode("utf-8")
        if zlib.crc32(line) != c.get("crc"):
            return None
        e = {"key": u.key, "seq": u.seq, "source": u.source, "ident": u.ident, "rows": u.rows,
             "xlsx_rows": u.xlsx_rows, "std": self.std_key, "gen": self.gen,
             "form_gaps": u.form_gaps, "len": len(line), "crc": c["crc"], "sha": u.sha,
             "parts": parts.as_dict(), "refs": c.get("refs") or {},
             "issues": [{**i.__dict__, "message": i.text(self.opts.lang)} for i in u.issues],
             "row": c["row"]}
        if c.get("doc_kind"):
            e["doc_kind"] = c["doc_kind"]
        return e, line

    def _doc_missing(self, e: dict, parts: Parts) -> str | None:
        """Why the marker's document cannot be kept (None: it can)."""
        kind = e.get("doc_kind")
        if kind is None or e.get("dk") != parts.doc_key(kind):
            return reason(e.get("parts"), parts, DOC_PARTS) or "options_changed"
        if e.get("doc"):
            try:
                if (self.outdir / e["doc"]).stat().st_size != e.get("doc_size"):
                    return "damaged"
            except OSError:
                return "damaged"
        return None

    def _doc_from_store(self, u: Unit, e: dict, parts: Parts) -> bool:
        """The document from the shared store, copied into this folder (verified first)."""
        kind = e.get("doc_kind")
        c = self.store.get("docs", parts.doc_key(kind)) if kind else None
        if c is None:
            return False
        if c.get("blob"):
            data = self.store.get_blob(c["blob"])
            if data is None:
                return False
            doc = f"documents/{u.key}.{c['ext']}"
            atomic_write(self.outdir / doc, data)
            e.update(doc=doc, doc_size=len(data))
        else:
            e.pop("doc", None)
            e.pop("doc_size", None)
        e["dk"] = parts.doc_key(kind)
        e["parts"] = parts.as_dict()
        return True

    def _certificate_current(self, row: dict) -> bool:
        """A kept certificate must still be the business's current one in the register (not
        revoked, not superseded), so that a number is never issued twice or brought back."""
        number = row.get("certificate") if row.get("certified") else ""
        if not number or not self.base.mode.startswith("register:"):
            return True
        if number not in self._current:
            if self._register is None:      # one query for every number kept in this folder
                from readiness.register.store import Register

                self._register = Register.open(self.opts.database_url, migrate=False)
                olds = list(self.old.entries.numbers)
                current = self._register.current_numbers(olds)
                self._current.update({n: n in current for n in olds})
            if number not in self._current:
                self._current[number] = bool(self._register.current_numbers([number]))
        return self._current[number]
