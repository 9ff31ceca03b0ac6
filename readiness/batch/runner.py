"""The batch: many dossiers checked in parallel, streamed to files, resumable.

Flow (main process, `run_batch`):

    inputs -> units (one per business: a dossier file, or a spreadsheet business) in a fixed
    order -> each unit is reused from an earlier run (--resume), or checked by a worker
    (`readiness.batch.pool.ordered_map`: ordered, bounded, restarts dead workers) -> written in
    order by `Output` to
    `.state/gen-N.jsonl` (the result line) and `.state/gen-N.index.jsonl` (the completion marker:
    key, input hash, standard, options, offset, summary row) -> at the end the generation is
    renamed to `results.jsonl` / `.state/index.jsonl` and the summaries are written from the
    index, streaming.

Nothing holds all results: a worker returns one JSON line per business, the main process
appends it and keeps only counters. A marker is written only after its result line (and PDF)
is complete, so a run killed at any moment leaves nothing half-written that a resume would
trust: the resumed run copies the marked lines it can verify (offset, length, CRC) and checks
the rest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import stat
import sys
import zlib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Iterable, Iterator

from readiness.api import check_data, check_source
from readiness.batch import manifest, summary
from readiness.batch.cache import (DOC_PARTS, NO_DECISIONS, Parts, Store, digest, input_digest, reason,
                                   referenced, refs_unchanged, renderer_version, standard_digest)
from readiness.batch.lock import OutputLock
from readiness.sheets.mapping import load_mapping
from readiness.batch.inorder import Done
from readiness.batch.pool import close_cluster, connect_cluster, ordered_map
from readiness.batch.progress import Bar
from readiness.batch.stream import DiskSet
from readiness.batch.spreadsheet import (SPREADSHEET_SUFFIXES, BusinessRecord, Issue,
                                         SpreadsheetImport, ranges)
from readiness.errors import InputError
from readiness.files import atomic_write, safe_filename, unique_filename
from readiness.load import load_source
from readiness.issuing import Issuer
from readiness.register.store import describe
from readiness.render.documents import Renderer, choose_document, render_html
from readiness.report import Result, compact_json
from readiness.standards import RuleSet, load_standard
from readiness.vocab import GAP, Severity, Verdict
from readiness.words import Msg, render

DOSSIER_SUFFIXES = (".yaml", ".yml", ".json")
STATE = ".state"
CHUNK = 8            # businesses per task sent to a worker when it writes PDFs (0.1-0.4 s each)
CHUNK_NO_PDF = 64    # without PDFs a business is ~1 ms: fewer, larger tasks spare the main
                     # process (it feeds the workers and writes every result) 40% of its work


# ------------------------------------------------------------------------------ units

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
    parts: Parts | None = None   # what its result and document depend on (readiness.batch.cache)
    why: str = ""                # why it is checked (or its document rendered) again
    known: tuple | None = None   # (marker, line) of a result kept whose document is made again
    stat: list | None = None     # the dossier file's size, mtime (ns), inode, when hashed


def _walk(folder: Path) -> Iterator[Path]:
    """Dossier files under `folder`, in a fixed order, lazily (a province is 20,000 files)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if f.lower().endswith(DOSSIER_SUFFIXES) and not f.startswith("."):
                yield Path(dirpath) / f


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
            for _ in _walk(p):
                total += 1
                found(total)
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


def mark_form_gaps(res, form_gaps: list[str]) -> None:
    """Mark in a result the gaps its input could not have filled: `dossier.unfed_rules` lists
    the rules with a gap (fail, missing, manual) for this business whose fields the
    spreadsheet's columns cannot feed ("tidak ada di formulir"); the verdict is unchanged,
    what is unknown cannot be certified, but the summary says whose fault the gap is."""
    if not form_gaps:
        return
    unfed = set(form_gaps)
    hit = [f.rule for f in res.findings if f.rule in unfed and f.status in GAP]
    res.dossier = dict(res.dossier or {}, unfed_rules=list(dict.fromkeys(hit)))


def _dossier_sha(dossier: dict, label: str) -> str:
    blob = json.dumps([label, dossier], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def units(p: Inputs) -> Iterator[Unit]:
    taken = DiskSet()          # one output name per business: on disk, not in memory
    seq = 0
    for kind, obj in p.items:
        if kind in ("file", "dir"):
            for f in (_walk(obj) if kind == "dir" else [obj]):
                key = unique_filename(safe_filename(f.stem, max_len=60), taken)
                yield Unit(seq, key, "file", str(f), path=str(f), label=f.name, name=f.stem)
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
                         form_gaps=p.form_gaps.get(rec.source, []))
                if rec.dossier is not None:
                    u.sha = _dossier_sha(rec.dossier, rec.label)
                else:
                    u.issues.append(Issue(rec.source, ranges(rec.rows), "", "error", "no_readable_row",
                                          Msg("no_readable_row"), business=rec.name))
                yield u
                seq += 1
            # issues found while streaming (rows without a business)
            for i in imp.issues:
                if i.kind == "no_business" and i not in p.issues:
                    p.issues.append(i)


# ------------------------------------------------------------------------------ the worker side

@dataclass(frozen=True)
class Options:
    as_of: dt.date
    lang: str
    pdf: bool
    outdir: str
    draft: bool = False                # certificates as unnumbered, unsigned drafts
    database_url: str | None = None    # the certificate register
    gap_reports: str = "html"          # html | pdf | none (with `pdf`; certificates are PDFs)
    cache: str | None = None           # the shared store (--cache DIR)
    tune_gc: bool = True               # document workers collect garbage less often

    def mode(self) -> str:
        """How certificates are numbered (a result line carries its number): not at all,
        as drafts, or in one register (named by a digest of its address)."""
        if not self.pdf:
            return "none"
        return "draft" if self.draft else "register:" + digest(self.database_url or "")[:16]


@dataclass
class Worker:
    """A worker's state: the rule set, the options and (with PDFs) the office's Issuer (its key
    and a connection to the register), opened on first use."""

    rs: RuleSet
    opts: Options
    issuer: Any = None

    def issuing(self):
        if self.issuer is None:
            from readiness.issuing import Issuer

            self.issuer = Issuer.open(database_url=self.opts.database_url,
                                      draft=self.opts.draft, migrate=False)
        return self.issuer

    def close(self) -> None:
        if self.issuer is not None:
            self.issuer.close()
            self.issuer = None


def setup_worker(rs: RuleSet, opts: Options) -> Worker:
    """A worker's state (and, for PDFs, the renderer: WeasyPrint, fonts, stylesheets and
    templates made once, before the first document)."""
    if opts.pdf:
        Renderer.get()
        import multiprocessing

        if opts.tune_gc and multiprocessing.parent_process() is not None:
            # a document makes ~10^5 short-lived objects (boxes, styles): the default
            # thresholds (700, 10, 10) run a young collection every few hundred and a full
            # one every ~70,000 allocations, all of it wasted on acyclic garbage; the pool
            # freezes what setup loaded after this returns
            import gc

            gc.set_threshold(50_000, 50, 100)
    return Worker(rs, opts)


def summary_row(res: Result) -> dict:
    """The summary row of one checked business, from its `Result`."""
    b = res.business or {}
    prods = res.products or []
    blocking, major = [], []
    for f in res.findings:
        if f.status in GAP:
            if f.severity is Severity.BLOCKER and f.rule not in blocking:
                blocking.append(f.rule)
            elif f.severity is Severity.MAJOR and f.rule not in major:
                major.append(f.rule)
    cert = res.certificate or {}
    cert_products = set(cert.get("products") or [])
    return {
        "name": b.get("name", ""), "nib": b.get("nib", ""), "regency": b.get("regency", "") or "",
        "certified": bool(res.certified), "verdict": b.get("verdict", ""),
        "business_verdict": b.get("business_level_verdict", b.get("verdict", "")),
        "score": b.get("score"),
        "products": [[p.get("name", ""), p.get("verdict", ""), p.get("score")] for p in prods],
        "products_ready": sum(p.get("verdict") == Verdict.READY for p in prods),
        "products_conditional": sum(p.get("verdict") == Verdict.CONDITIONAL for p in prods),
        "products_total": len(prods),
        "blocking": blocking, "major": major,
        "certificate": cert.get("number", "") if res.certified else "",
        "categories": [[p.get("category", ""), p.get("index") in cert_products] for p in prods],
        "form_gaps": list((res.dossier or {}).get("unfed_rules") or []),
    }


def check_unit(w: Worker, u: dict) -> tuple[dict, Result | None]:
    """Check one unit; never raises for bad input. (out, the Result or None)."""
    out: dict[str, Any] = {"seq": u["seq"]}
    o = w.opts
    try:
        if u["kind"] == "file":
            src = load_source(Path(u["path"]), name=u["path"])
            res = check_source(src, u["path"], w.rs, as_of=o.as_of, lang=o.lang)
            out["refs"] = referenced(src.data, Path(u["path"]).parent, src.text)
        else:
            res = check_data(u["dossier"], w.rs, name=u["label"], as_of=o.as_of, lang=o.lang,
                             sha256=u["sha"])
    except InputError as e:
        out["error"] = e.one_line(o.lang)
        return out, None
    except Exception as e:  # noqa: BLE001 - one bad dossier must not stop a province
        out["error"] = render("check_failed", {"detail": f"{type(e).__name__}: {e}"}, o.lang)
        out["internal"] = True
        return out, None
    mark_form_gaps(res, u.get("form_gaps"))
    return out, res


def number_chunk(w: Worker, done: list[tuple[dict, Result | None]]) -> list[dict | None]:
    """Record the chunk's certificates in the register in one transaction (their numbers are
    printed on the PDFs, so they come first); a unit that cannot be recorded gets a document
    error. Returns the result dicts of the certified units (None for the others)."""
    dicts = [res.to_dict() if res is not None and res.certified else None for _, res in done]
    todo = [i for i, d in enumerate(dicts) if d is not None]
    if not todo:
        return dicts
    try:
        issued = w.issuing().number([dicts[i] for i in todo], w.rs)
    except Exception as e:  # noqa: BLE001 - the register is down: no certificate in this chunk
        detail = e.one_line(w.opts.lang) if isinstance(e, InputError) else f"{type(e).__name__}: {e}"
        for i in todo:
            done[i][0]["doc_error"] = render("not_recorded", {"detail": detail}, w.opts.lang)
        return dicts
    for i in todo:   # the register's number, dates and office into the Result (its line)
        done[i][1].certificate.update(
            {k: v for k, v in dicts[i]["certificate"].items() if k != "conditions"})
    for i, iss in zip(todo, issued):
        if iss is not None:
            done[i][0]["issued"] = iss.outcome
            if iss.outcome == "error":
                done[i][0]["doc_error"] = render("not_recorded", {"detail": iss.error}, w.opts.lang)
    return dicts


def finish_unit(w: Worker, u: dict, out: dict, res: Result | None, d: dict | None) -> dict:
    """The result line, the summary row and (with PDFs) the document of a checked unit."""
    if res is None:
        return out
    out["sha"] = u["sha"] or (res.dossier or {}).get("sha256")
    out["row"] = summary_row(res)
    # the worker encodes and checksums the line: the main process only appends it
    line = (res.to_json(indent=None) + "\n").encode("utf-8")
    out["line"] = line
    out["crc"] = zlib.crc32(line)
    if w.opts.pdf and "doc_error" not in out:
        write_document(w, u, d if d is not None else res.to_dict(), out)
    return out


def write_document(w: Worker, u: dict, d: dict, out: dict) -> None:
    """The business's document: a certificate (signed PDF), or a gap report as an HTML page,
    a PDF or nothing (`gap_reports`). With a shared store, its bytes go there too."""
    try:
        kind = choose_document(d)
        out["doc_kind"] = kind
        fmt = w.opts.gap_reports if kind == "gap-report" else "pdf"
        if fmt == "none":
            return
        if fmt == "html":
            data = render_html(d, kind).encode("utf-8")
        else:
            data = w.issuing().document(d, kind)[1]
        name = f"{u['key']}.{fmt}"
        atomic_write(Path(w.opts.outdir) / "documents" / name, data)
        out["doc"] = f"documents/{name}"
        out["doc_size"] = len(data)
        if w.opts.cache:
            out["doc_blob"] = Store(w.opts.cache).put_blob(data)
    except Exception as e:  # noqa: BLE001
        out["doc_error"] = f"{type(e).__name__}: {e}"


def check_chunk(w: Worker, units: list) -> list[dict]:
    """A chunk of units in a worker: check each, number the certificates in one transaction
    (with PDFs), then write each result line and document."""
    units = [x.data if isinstance(x, _Payload) else x for x in units]
    outs: list[dict | None] = [None] * len(units)
    todo = []
    for i, u in enumerate(units):
        if u.get("known") is not None:     # the result is kept: only its document is made
            outs[i] = {"seq": u["seq"]}
            write_document(w, u, json.loads(u["known"]), outs[i])
        else:
            todo.append(i)
    done = [check_unit(w, units[i]) for i in todo]
    dicts = number_chunk(w, done) if w.opts.pdf else [None] * len(done)
    for i, (out, res), d in zip(todo, done, dicts):
        outs[i] = finish_unit(w, units[i], out, res, d)
    return outs


def unit_failed(u: dict, e: BaseException) -> dict:
    """The result of a unit whose work raised outside the check (a bug in making its line,
    row or document): the pool ran it alone (`failed`), it gets an errors.csv row, the run
    goes on."""
    return {"seq": u["seq"], "internal": True,
            "error": Msg("check_failed", {"detail": f"{type(e).__name__}: {e}"})}


def worker_died(u: dict) -> dict:
    """The result of a unit that killed its worker three times."""
    return {"seq": u["seq"], "internal": True, "error": Msg("worker_died")}


def payload(u: Unit) -> dict:
    return {"seq": u.seq, "key": u.key, "kind": u.kind, "path": u.path, "label": u.label,
            "dossier": u.dossier, "sha": u.sha, "form_gaps": u.form_gaps,
            "known": u.known[1] if u.known is not None else None}


# ------------------------------------------------------------------------------ state (resume)

class _Old:
    """Completed units of earlier runs: key -> (marker, results file)."""

    def __init__(self, outdir: Path):
        self.outdir = outdir
        self.entries: dict[str, tuple[dict, Path]] = {}
        self.files: dict[Path, Any] = {}
        self.mtimes: dict[Path, int] = {}
        st = outdir / STATE
        sources = []
        final_idx = st / "index.jsonl"
        if final_idx.exists() and (outdir / "results.jsonl").exists():
            sources.append((final_idx, outdir / "results.jsonl"))
        for g in _generations(st):
            sources.append((st / f"gen-{g}.index.jsonl", st / f"gen-{g}.jsonl"))
        for idx, res in sources:
            try:
                size = res.stat().st_size if res.exists() else 0
                with open(idx, encoding="utf-8") as f:
                    for line in f:
                        if not line.endswith("\n"):
                            break            # a marker cut short by a kill: not trusted
                        try:
                            e = json.loads(line)
                        except ValueError:
                            break
                        if e.get("off", 0) + e.get("len", 0) <= size:
                            self.entries[e["key"]] = (e, res)
            except OSError:
                continue

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
                f = self.files[res] = open(res, "rb")
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


def _file_sha(path: str) -> str | None:
    from readiness.files import open_regular

    try:
        with open_regular(path) as f:            # never a FIFO: it would block the run
            return hashlib.sha256(f.read()).hexdigest()
    except (OSError, InputError):
        return None


# ------------------------------------------------------------------------------ the run

@dataclass
class Stats:
    total: int = 0
    checked: int = 0
    reused: int = 0
    certified: int = 0
    conditional: int = 0      # of the certified: conditional certificates
    not_certified: int = 0
    errors: int = 0           # error-level issues (unreadable files, bad rows, failed checks)
    warnings: int = 0
    worker_restarts: int = 0  # worker pools restarted after a worker died (killed, out of memory)
    outdir: str = ""
    form_gaps: dict = field(default_factory=dict)   # spreadsheet -> rules its columns cannot feed
    choice_gaps: dict = field(default_factory=dict)  # spreadsheet -> [{rule, column, choices}]
    issued: dict = field(default_factory=dict)   # certificates by outcome: new, same, supersedes, draft
    why: dict = field(default_factory=dict)      # checked again, by reason (cache.REASONS)
    rendered: dict = field(default_factory=dict)  # result kept, document made again, by reason
    register: str = ""
    restarted: bool = False   # an unfinished run in the folder was started over (no --resume)
    taken_over: dict | None = None   # the lock of a run that ended without releasing it
    removed: list = field(default_factory=list)   # outputs of an earlier run this one did not write

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.not_certified else 0


def standard_identity(rs) -> str:
    raw = json.dumps(getattr(rs, "raw", None), sort_keys=True, default=str, ensure_ascii=False)
    return f"{rs.ref}#{hashlib.sha256(raw.encode('utf-8')).hexdigest()[:16]}"


class Output:
    """What one run writes, as units complete in order: the result lines and completion
    markers of this generation (`.state/gen-N.*`), the summary rows, the counters. Nothing
    here holds all results. Closed by `finish` (the generation becomes the result) or
    `abort` (the previous outputs stay)."""

    def __init__(self, outdir: Path, p: Inputs, rs: RuleSet, opts: Options, reuse: bool,
                 progress) -> None:
        self.outdir, self.state, self.opts = outdir, outdir / STATE, opts
        self.std_key = standard_identity(rs)
        ev = rs.event_dates()
        self.base = Parts(dossier="", std=standard_digest(rs),
                          when=digest(opts.as_of.isoformat(), [str(x) for x in ev or ()]),
                          decisions=NO_DECISIONS, lang=opts.lang, mode=opts.mode(),
                          render=renderer_version() if opts.pdf else "",
                          docs=opts.gap_reports if opts.pdf else "")
        outdir.mkdir(parents=True, exist_ok=True)
        self.state.mkdir(exist_ok=True)
        if opts.pdf:
            (outdir / "documents").mkdir(exist_ok=True)
        # what earlier runs here completed (a finished run, and the generations of runs that
        # were stopped): each business's marker says what its result was made from
        self.old = _Old(outdir)
        if not reuse:
            self.old.entries.clear()
        self.store = Store(opts.cache) if opts.cache else None
        self._current: dict[str, bool] = {}     # certificate number -> current in the register
        self._register = None
        gens = _generations(self.state)
        self.gen = (gens[-1] + 1) if gens else 1
        self.res_path = self.state / f"gen-{self.gen}.jsonl"
        self.idx_path = self.state / f"gen-{self.gen}.index.jsonl"
        # temporary files of outputs a killed run was writing here (".NAME.XXXX.tmp", see
        # io.atomic_writer): this run writes its own
        for leftover in outdir.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        self.stats = Stats(total=p.total, outdir=str(outdir), form_gaps=p.form_gaps,
                           choice_gaps=p.choice_gaps)
        self.bar = (progress if isinstance(progress, Bar) else Bar.make(progress, opts.lang)).start(p.total)
        self.res_f = open(self.res_path, "wb")
        self.idx_f = open(self.idx_path, "w", encoding="utf-8", newline="\n")
        self.pending: list[str] = []
        # the summary rows are written as businesses complete, not in a serial pass at the
        # end; the files become visible only once the run is complete
        self.summaries = summary.SummaryStream(outdir / "summary.csv", outdir / "summary.xlsx",
                                               p.issues, opts.lang)

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
        if why is None and (e.get("source") != u.source or e.get("rows") != u.rows
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
        e = {"key": u.key, "seq": u.seq, "source": u.source, "rows": u.rows,
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
                olds = [e["row"]["certificate"] for e, _ in self.old.entries.values()
                        if e["row"].get("certified") and e["row"].get("certificate")]
                current = self._register.current_numbers(olds)
                self._current.update({n: n in current for n in olds})
            if number not in self._current:
                self._current[number] = bool(self._register.current_numbers([number]))
        return self._current[number]

    # -- writing, in unit order
    def write(self, u: Unit, result: Any) -> None:
        lang = self.opts.lang
        if isinstance(result, tuple):                      # reused: copy its line
            e, line = result
            e = dict(e, off=self.res_f.tell(), seq=u.seq)
            if u.stat is not None:
                e["stat"] = u.stat
            self.res_f.write(line)
            self.stats.reused += 1
            u_issues = [Issue(**i) for i in e.get("issues", [])]
            self._store_result(e, line)
        elif u.known is not None:                          # kept result, new document
            e, line = u.known
            e = dict(e, off=self.res_f.tell(), gen=self.gen, seq=u.seq, parts=u.parts.as_dict())
            if u.stat is not None:
                e["stat"] = u.stat
            for k in ("doc", "doc_size", "dk"):
                e.pop(k, None)
            self.res_f.write(line)
            self._doc_done(e, result)
            u_issues = [Issue(**i) for i in e.get("issues", [])]
            if result.get("doc_error"):
                u_issues.append(self._doc_issue(u, e["row"], result["doc_error"]))
            e["issues"] = [{**i.__dict__, "message": i.text(lang)} for i in u_issues]
            self.stats.rendered[u.why] = self.stats.rendered.get(u.why, 0) + 1
            self.stats.reused += 1
            self._store_result(e, line)
        else:
            e, u_issues = self._entry(u, result)
            e["issues"] = [{**i.__dict__, "message": i.text(lang)} for i in u_issues]
            if u.why:
                self.stats.why[u.why] = self.stats.why.get(u.why, 0) + 1
            if result is not None and "line" in result and not u_issues:
                self._store_result(e, result["line"])
        self._drop_stale_document(u, e)
        self.mark(e)
        self.summaries.add(e)
        row = e["row"]
        if row["verdict"] != "error":
            if row["certified"]:
                self.stats.certified += 1
                self.stats.conditional += row["verdict"] == Verdict.CONDITIONAL
            else:
                self.stats.not_certified += 1
        for i in u_issues:
            if i.level == "error":
                self.stats.errors += 1
            else:
                self.stats.warnings += 1
        self.bar.step()

    def _doc_done(self, e: dict, out: dict) -> None:
        """A document written by a worker (or none, for a gap report with --gap-reports none)."""
        if out.get("doc_kind") and not out.get("doc_error"):
            e["doc_kind"] = out["doc_kind"]
            if out.get("doc"):
                e["doc"], e["doc_size"] = out["doc"], out["doc_size"]
            if "parts" not in e:
                return
            e["dk"] = Parts(**e["parts"]).doc_key(out["doc_kind"])
            if self.store is not None:
                self.store.put("docs", e["dk"], {"blob": out.get("doc_blob", ""),
                                                 "ext": out.get("doc", "").rpartition(".")[2]})

    def _store_result(self, e: dict, line: bytes) -> None:
        """Into the shared store: the result (and the document) of a business done or kept."""
        if self.store is None or "parts" not in e or not e.get("len"):
            return
        key = Parts(**e["parts"]).result_key()
        if not self.store.has("results", key):
            self.store.put("results", key, {"line": line.decode("utf-8"), "crc": e["crc"],
                                            "row": e["row"], "refs": e.get("refs") or {},
                                            "doc_kind": e.get("doc_kind")})
        if e.get("dk") and not self.store.has("docs", e["dk"]):
            path = self.outdir / e["doc"] if e.get("doc") else None
            if path is None or path.exists():
                blob = self.store.put_blob(path.read_bytes()) if path is not None else ""
                self.store.put("docs", e["dk"], {"blob": blob,
                                                 "ext": e.get("doc", "").rpartition(".")[2]})

    def _drop_stale_document(self, u: Unit, e: dict) -> None:
        """The document an earlier run wrote for this business under another name (a gap
        report as PDF, now HTML) or that is no longer wanted."""
        old = self.old.entries.get(u.key)
        if old is not None and old[0].get("doc") and old[0]["doc"] != e.get("doc"):
            (self.outdir / old[0]["doc"]).unlink(missing_ok=True)

    def _doc_issue(self, u: Unit, row: dict, detail: str) -> Issue:
        return Issue(u.source, u.rows, "", "error", "document_failed",
                     Msg("document_failed", {"detail": detail}), business=row.get("name", ""))

    def _entry(self, u: Unit, out: dict | None) -> tuple[dict, list[Issue]]:
        """The completion marker of a unit just checked (or unreadable), its line written."""
        e = {"key": u.key, "seq": u.seq, "source": u.source, "rows": u.rows,
             "xlsx_rows": u.xlsx_rows, "std": self.std_key, "gen": self.gen,
             "form_gaps": u.form_gaps, "off": self.res_f.tell(), "len": 0, "crc": 0}
        if u.parts is not None:
            e["parts"] = u.parts.as_dict()
        u_issues = list(u.issues)
        row = {"name": u.name, "nib": u.nib, "regency": "", "certified": False,
               "verdict": "error", "score": None, "products_ready": 0,
               "products_conditional": 0, "products_total": 0, "blocking": [], "major": [],
               "certificate": "", "categories": [], "form_gaps": []}
        if out is not None and "line" in out:
            data = out["line"]
            self.res_f.write(data)
            e.update(len=len(data), crc=out["crc"])
            row = out["row"]
            e["sha"] = out.get("sha")
            e["refs"] = out.get("refs") or {}
            if u.kind == "file" and e["sha"] != u.sha:
                e.pop("parts", None)          # the file changed while it was being checked:
                #                               what it was made from is unknown, never reused
            elif u.stat is not None:
                e["stat"] = u.stat
            self._doc_done(e, out)
            if out.get("doc_error"):
                u_issues.append(self._doc_issue(u, row, out["doc_error"]))
            self.stats.checked += 1
        elif out is not None and "error" in out:
            u_issues.append(Issue(u.source, u.rows, "", "error",
                                  "check_failed" if out.get("internal") else "unreadable_file",
                                  out["error"], business=u.name))
            self.stats.checked += 1
        if out is not None and out.get("issued"):
            self.stats.issued[out["issued"]] = self.stats.issued.get(out["issued"], 0) + 1
        e["sha"] = e.get("sha") or u.sha
        e["row"] = row
        return e, u_issues

    def mark(self, e: dict) -> None:
        """Completion markers reach the index only after the result lines they point to are
        flushed, and in batches (two flushes per business cost more than the writing)."""
        self.pending.append(compact_json(e) + "\n")
        if len(self.pending) >= 32:
            self.commit()

    def commit(self) -> None:
        self.res_f.flush()
        if self.pending:
            self.idx_f.write("".join(self.pending))
            self.idx_f.flush()
            self.pending.clear()

    def close_files(self) -> None:
        for f in self.old.files.values():
            f.close()
        self.old.files.clear()
        if self._register is not None:
            self._register.close()
            self._register = None
        self.commit()
        self.bar.close()
        self.res_f.close()
        self.idx_f.close()

    def abort(self) -> None:
        self.summaries.abort()
        self.close_files()

    def finish(self, p: Inputs, rs: RuleSet, summary_pdf: bool | None = None) -> None:
        """The run is complete: this generation becomes the result, then the summaries
        (summary.pdf with the documents, unless `summary_pdf` says otherwise)."""
        self.close_files()
        # a worker killed while writing a document leaves its temporary file: the finished
        # file was written again by the retry, so drop them
        for leftover in (self.outdir / "documents").glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        os.replace(self.res_path, self.outdir / "results.jsonl")
        os.replace(self.idx_path, self.state / "index.jsonl")
        _drop_generations(self.state)
        all_issues = IndexIssues(p.issues, self.state / "index.jsonl")
        self.stats.errors += sum(1 for i in p.issues if i.level == "error")
        self.stats.warnings += sum(1 for i in p.issues if i.level != "error")
        try:
            summary.write_all(self.outdir, self.state / "index.jsonl", all_issues, p, rs=rs,
                              lang=self.opts.lang,
                              pdf=self.opts.pdf if summary_pdf is None else summary_pdf,
                              stats=self.stats,
                              summaries=self.summaries, as_of=self.opts.as_of)
        except BaseException:
            self.summaries.abort()      # (a no-op once closed)
            raise


class IndexIssues:
    """The lines of errors.csv: the plan's own issues, then each business's, read back from
    the finished index (its markers carry them) each time they are iterated, so a run holds
    none of them in memory (a form gap can give every business a warning)."""

    def __init__(self, head: list[Issue], index: Path) -> None:
        self.head, self.index = head, index

    def __iter__(self) -> Iterator[Issue]:
        yield from self.head
        for e in summary.iter_index(self.index):
            for i in e.get("issues") or ():
                yield Issue(**i)


@dataclass(frozen=True)
class _Payload:
    """A unit to check: the main process keeps the unit, a worker receives only `data`."""

    unit: Unit
    data: dict

    def __reduce__(self):
        return (dict, (self.data,))


def run_batch(inputs: list[str], outdir: str | os.PathLike, *, standard: str | None = None,
              jobs: int | None = None, pdf: bool = True, mapping: str | None = None,
              resume: bool = False, lang: str = "id", as_of: dt.date | None = None,
              progress=None, chunk: int | None = None, draft: bool = False,
              database_url: str | None = None, summary_pdf: bool | None = None,
              gap_reports: str = "html", cache: str | os.PathLike | None = None,
              reuse: bool = True, tune_gc: bool = True, cluster: str | None = None) -> Stats:
    """Check every business of `inputs` and write OUTDIR (module docstring). `progress`: a bar
    on stderr (True; None: when stderr is a terminal) or a callable(done, total).
    `summary_pdf`: write summary.pdf (default: with `pdf`; the vendor desk wants the overview
    without a document per business). Every run is incremental: what earlier runs in OUTDIR
    (or the `cache` folder) made from the same inputs is reused unless `reuse` is False.
    `resume`: continue an interrupted run of the same options (else InputError, exit 2).
    `gap_reports`: html | pdf | none. One run per folder: a second one raises InputError
    (`output_busy`, exit 2) at once (`readiness.batch.lock`). `cluster`: run the checks on a
    Dask cluster (`readiness.batch.cluster`: tcp://HOST:PORT or local:N) instead of local
    processes; it is reached before anything is written."""
    outdir = Path(outdir)
    if gap_reports not in ("html", "pdf", "none"):
        raise ValueError(f"gap_reports must be html, pdf or none, not {gap_reports!r}")
    bar = Bar.make(sys.stderr.isatty() if progress is None else progress, lang)
    conn = None
    try:
        bar.found(0)                     # something on the screen from the first moment
        rs = load_standard(standard)
        if pdf:   # certificates need the office's key (else NoKey: exit 2 before any work) and
            #       a migrated register; the workers open their own connections
            with Issuer.open(database_url=database_url, draft=draft) as issuer:
                database_url = issuer.register.url if issuer.register is not None else None
        if cluster:     # an address that cannot be reached stops the run before any output
            conn = connect_cluster(cluster)
        with OutputLock(outdir / STATE, outdir) as lock:
            stats = _run_batch(inputs, outdir, rs, bar, jobs=jobs, pdf=pdf, mapping=mapping,
                               resume=resume, lang=lang, as_of=as_of, chunk=chunk, draft=draft,
                               database_url=database_url, summary_pdf=summary_pdf,
                               gap_reports=gap_reports, cache=cache, reuse=reuse,
                               tune_gc=tune_gc, cluster=conn)
            stats.taken_over = lock.taken_over
            return stats
    finally:
        bar.close()                      # an error or Ctrl-C starts on a line of its own
        if conn is not None:
            close_cluster(conn)


def _run_batch(inputs: list[str], outdir: Path, rs: RuleSet, bar: Bar, *, jobs, pdf, mapping,
               resume, lang, as_of, chunk, draft, database_url, summary_pdf, gap_reports, cache,
               reuse, tune_gc, cluster) -> Stats:
    if as_of is None and resume:        # a resumed run keeps the date it was started with
        as_of = manifest.resumed_as_of(outdir)
    # every run reuses what its keys say is unchanged; nothing from another readiness version
    reuse = (reuse or resume) and manifest.same_version(outdir)
    # a cluster's workers write the documents from their own working folder: an absolute path
    opts = Options(as_of or dt.date.today(), lang, pdf,
                   str(outdir.absolute() if cluster else outdir), draft, database_url,
                   gap_reports=gap_reports, cache=str(Path(cache).absolute()) if cache else None,
                   tune_gc=tune_gc)
    run = begin_manifest(outdir, inputs, rs, opts, mapping, summary_pdf, resume)
    p = open_inputs(inputs, mapping, found=bar.found)
    note_form_gaps(p, rs)
    out = Output(outdir, p, rs, opts, reuse, bar)
    out.stats.restarted = run.get("restarted", False)
    if database_url:
        out.stats.register = describe(database_url)
    work = ordered_map(check_chunk, out.todo(units(p)), jobs=max(1, jobs or os.cpu_count() or 1),
                       setup=setup_worker, setup_args=(rs, opts), teardown=Worker.close,
                       chunk=chunk or (CHUNK if pdf else CHUNK_NO_PDF), per_chunk=True,
                       lost=lambda x: worker_died(x.data),
                       failed=lambda x, e: unit_failed(x.data, e), cluster=cluster)
    try:
        for item, result in work:
            out.write(item.unit if isinstance(item, _Payload) else item, result)
    except BaseException:
        out.abort()
        raise
    out.stats.worker_restarts = work.restarts
    out.finish(p, rs, summary_pdf)
    out.stats.removed = finish_manifest(outdir, run, p, pdf if summary_pdf is None else summary_pdf)
    return out.stats


# ------------------------------------------------------------------------------ the manifest

def begin_manifest(outdir: Path, inputs, rs, opts: Options, mapping, summary_pdf, resume) -> dict:
    """The manifest of this run, written before any work; with --resume, the folder's run must
    have been made with the same edition, date, version and options (else exit 2)."""
    now = manifest.new(
        inputs=inputs, edition=rs.ref, standard=standard_identity(rs), as_of=opts.as_of,
        options=manifest.run_options(pdf=opts.pdf, lang=opts.lang, draft=opts.draft,
                                     mapping=mapping, gap_reports=opts.gap_reports,
                                     summary_pdf=opts.pdf if summary_pdf is None else summary_pdf))
    previous = manifest.read(outdir)
    if resume:
        manifest.check_resume(outdir, now)
    else:    # an unfinished run here is started over, not continued: said at the end
        now["restarted"] = bool(_generations(outdir / STATE)) or (
            previous is not None and previous.get("status") != "complete")
    now["previous"] = previous
    manifest.write(outdir, {k: v for k, v in now.items() if k not in ("previous", "restarted")})
    return now


def finish_manifest(outdir: Path, run: dict, p: Inputs, summary_pdf: bool) -> list[str]:
    """The run is complete: remove what an earlier run wrote and this one did not (documents
    of other runs or all of them after --no-pdf, summary.pdf, copies of inputs no longer
    given), then the manifest says complete. Returns the removed paths."""
    written = {"results.jsonl", "errors.csv", "summary.csv", "summary.xlsx"}
    if summary_pdf:
        written.add("summary.pdf")
    for kind, obj in p.items:
        if kind == "sheet" and obj.path.suffix.lower() == ".xlsx" \
                and (outdir / f"{obj.path.stem}.results.xlsx").exists():
            written.add(f"{obj.path.stem}.results.xlsx")
    documents = set()
    with open(outdir / STATE / "index.jsonl", encoding="utf-8") as f:
        for line in f:
            doc = json.loads(line).get("doc")
            if doc:
                documents.add(Path(doc).name)
    removed = manifest.remove_stale(outdir, written, documents, run.get("previous"))
    manifest.complete(outdir, {k: v for k, v in run.items() if k not in ("previous", "restarted")},
                      written, documents)
    return removed
