"""The batch: many dossiers checked in parallel, streamed to files, resumable.

Flow (main process):

    inputs -> units (one per business: a dossier file, or a spreadsheet business) in a fixed
    order -> each unit is reused from an earlier run (--resume), or checked by a worker (chunks
    submitted to a process pool, at most a few chunks in flight) -> written in order to
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
import sys
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from readiness.batch.spreadsheet import SPREADSHEET_SUFFIXES, BusinessRecord, Issue, SpreadsheetImport
from readiness.errors import InputError
from readiness.report import compact_json

DOSSIER_SUFFIXES = (".yaml", ".yml", ".json")
STATE = ".state"
CHUNK = 8            # businesses per task sent to a worker when it writes PDFs (0.1-0.4 s each)
CHUNK_NO_PDF = 64    # without PDFs a business is ~1 ms: fewer, larger tasks spare the main
                     # process (it feeds the workers and writes every result) 40% of its work


# ------------------------------------------------------------------------------ small io helpers

try:  # the project's io module (atomic writes, safe names)
    from readiness.io import atomic_write, atomic_writer, safe_filename, unique_filename
except ImportError:  # pragma: no cover - only before io.py existed
    raise


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


def _walk(folder: Path) -> Iterator[Path]:
    """Dossier files under `folder`, in a fixed order, lazily (a province is 20,000 files)."""
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for f in sorted(filenames):
            if f.lower().endswith(DOSSIER_SUFFIXES) and not f.startswith("."):
                yield Path(dirpath) / f


@dataclass
class Plan:
    """What the inputs hold: dossier files and opened spreadsheets, in order."""

    items: list[tuple[str, Any]]       # ("file", Path) | ("dir", Path) | ("sheet", SpreadsheetImport) | ("bad", (source, message))
    total: int
    issues: list[Issue]                # file-level problems and cross-record warnings
    form_gaps: dict[str, list[str]] = field(default_factory=dict)   # source -> rules not fed


def plan(inputs: Iterable[str | os.PathLike], mapping=None) -> Plan:
    items: list[tuple[str, Any]] = []
    issues: list[Issue] = []
    total = 0
    from readiness.batch.mapping import load_mapping

    mp = load_mapping(mapping) if mapping else None      # a bad mapping stops the run (exit 2)
    for inp in inputs:
        p = Path(inp)
        if p.is_dir():
            items.append(("dir", p))
            total += sum(1 for _ in _walk(p))
        elif p.suffix.lower() in SPREADSHEET_SUFFIXES:
            try:
                imp = SpreadsheetImport(p, mp)
            except InputError as e:
                items.append(("bad", (str(p), e.one_line(), getattr(e, "code", ""),
                                      getattr(e, "args_", {}))))
                total += 1
                continue
            items.append(("sheet", imp))
            issues.extend(imp.issues)
            total += imp.count
        elif p.exists() or p.suffix.lower() in DOSSIER_SUFFIXES:
            items.append(("file", p))
            total += 1
        else:
            items.append(("bad", (str(p), "no such file or folder")))
            total += 1
    return Plan(items, total, issues)


def note_form_gaps(p: Plan, rs) -> dict[str, list[str]]:
    """Once per run: for each spreadsheet, a warning per rule its columns cannot feed (added
    to the plan's issues); the rule ids per source go to its businesses' results."""
    by_rule: dict[str, Issue] = {}
    for kind, obj in p.items:
        if kind == "sheet":
            for issue in obj.form_gaps(rs):
                first = by_rule.get(issue.args["rule"])
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
    from readiness.report import GAP

    unfed = set(form_gaps)
    hit = [f.rule for f in res.findings if f.rule in unfed and f.status in GAP]
    res.dossier = dict(res.dossier or {}, unfed_rules=list(dict.fromkeys(hit)))


def _dossier_sha(dossier: dict, label: str) -> str:
    blob = json.dumps([label, dossier], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def units(p: Plan) -> Iterator[Unit]:
    taken: set[str] = set()
    seq = 0
    for kind, obj in p.items:
        if kind in ("file", "dir"):
            for f in (_walk(obj) if kind == "dir" else [obj]):
                key = unique_filename(safe_filename(f.stem, max_len=60), taken)
                yield Unit(seq, key, "file", str(f), path=str(f), label=f.name, name=f.stem)
                seq += 1
        elif kind == "bad":
            source, message, *coded = obj
            key = unique_filename(safe_filename(Path(source).stem, max_len=60), taken)
            code, args = coded if coded else ("", {})
            yield Unit(seq, key, "unreadable", source, name=Path(source).name,
                       issues=[Issue(source, "", "", "error", "unreadable_file", message,
                                     code=code or "", args=args or {})])
            seq += 1
        else:
            imp: SpreadsheetImport = obj
            is_xlsx = imp.path.suffix.lower() == ".xlsx"
            for rec in imp:
                rec: BusinessRecord
                key = unique_filename(safe_filename(rec.name or rec.nib or "unnamed", max_len=60), taken)
                from readiness.batch.spreadsheet import ranges

                u = Unit(seq, key, "rows" if rec.dossier is not None else "unreadable", rec.source,
                         rows=ranges(rec.rows), label=rec.label, dossier=rec.dossier,
                         name=rec.name, nib=rec.nib, issues=list(rec.issues),
                         xlsx_rows=list(rec.rows) if is_xlsx else None,
                         form_gaps=p.form_gaps.get(rec.source, []))
                if rec.dossier is not None:
                    u.sha = _dossier_sha(rec.dossier, rec.label)
                else:
                    u.issues.append(Issue(rec.source, ranges(rec.rows), "", "error", "no_readable_row",
                                          "no row of this business could be read; not checked",
                                          business=rec.name))
                yield u
                seq += 1
            # issues found while streaming (rows without a business)
            for i in imp.issues:
                if i.kind == "no_business" and i not in p.issues:
                    p.issues.append(i)


# ------------------------------------------------------------------------------ the worker side

_W: dict[str, Any] = {}


def die_with_parent(parent: int) -> None:
    """A worker must not outlive a batch that was killed (SIGKILL runs no cleanup): ask Linux
    to signal it when the parent dies, and watch the parent id as a fallback."""
    import signal
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)            # PR_SET_PDEATHSIG
    except Exception:  # noqa: BLE001 - not Linux: the watcher below is enough
        pass

    def watch():
        while True:
            if os.getppid() != parent:
                os._exit(1)
            time.sleep(0.5)

    if os.getppid() != parent:
        os._exit(1)
    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def _init_worker(standard, opts: dict, parent: int | None = None) -> None:
    from readiness.api import load_standard

    if parent is not None:
        die_with_parent(parent)

    _close_issuer()
    _W["rs"] = load_standard(standard) if not hasattr(standard, "rules") else standard
    _W["opts"] = opts
    if opts.get("pdf"):
        # WeasyPrint's FontConfiguration copies @font-face fonts to a temporary folder that it
        # removes only when destroyed, which a pool worker's exit skips: give each worker its
        # own folder under the output's state, removed by the main process at the end
        import tempfile

        tmp = Path(opts["outdir"]) / STATE / f"tmp-{os.getpid()}"
        tmp.mkdir(parents=True, exist_ok=True)
        tempfile.tempdir = str(tmp)
        try:
            from readiness.issuing import Issuer  # noqa: F401 - warm up
            from readiness.render.documents import write_document  # noqa: F401
        except Exception:  # noqa: BLE001
            pass
    # What is loaded now (modules, the rule set, schemas) lives as long as the worker: keep it
    # out of the cyclic garbage collector's full passes, which otherwise walk it every few
    # dozen dossiers
    import gc

    gc.collect()
    gc.freeze()


def _summary_row(res) -> dict:
    """The summary row of one checked business, from its `Result`."""
    from readiness.report import GAP

    b = res.business or {}
    prods = res.products or []
    blocking, major = [], []
    for f in res.findings:
        if f.status in GAP:
            if f.severity == "blocker" and f.rule not in blocking:
                blocking.append(f.rule)
            elif f.severity == "major" and f.rule not in major:
                major.append(f.rule)
    cert = res.certificate or {}
    cert_products = set(cert.get("products") or [])
    return {
        "name": b.get("name", ""), "nib": b.get("nib", ""), "regency": b.get("regency", "") or "",
        "certified": bool(res.certified), "verdict": b.get("verdict", ""),
        "business_verdict": b.get("business_level_verdict", b.get("verdict", "")),
        "score": b.get("score"),
        "products": [[p.get("name", ""), p.get("verdict", ""), p.get("score")] for p in prods],
        "products_ready": sum(p.get("verdict") == "ready" for p in prods),
        "products_conditional": sum(p.get("verdict") == "conditional" for p in prods),
        "products_total": len(prods),
        "blocking": blocking, "major": major,
        "certificate": cert.get("number", "") if res.certified else "",
        "categories": [[p.get("category", ""), p.get("index") in cert_products] for p in prods],
        "form_gaps": list((res.dossier or {}).get("unfed_rules") or []),
    }


def _check_one(u: dict) -> tuple[dict, Any]:
    """Check one unit in a worker; never raises for bad input. Returns (out, Result or None)."""
    from readiness.api import check_data, check_path

    rs, o = _W["rs"], _W["opts"]
    out: dict[str, Any] = {"seq": u["seq"]}
    try:
        if u["kind"] == "file":
            res = check_path(u["path"], rs, as_of=o["as_of"], lang=o["lang"])
        else:
            res = check_data(u["dossier"], rs, name=u["label"], as_of=o["as_of"], lang=o["lang"],
                             sha256=u["sha"])
    except InputError as e:
        out["error"] = e.one_line()
        return out, None
    except Exception as e:  # noqa: BLE001 - one bad dossier must not stop a province
        out["error"] = f"internal error while checking: {type(e).__name__}: {e}"
        out["internal"] = True
        return out, None
    mark_form_gaps(res, u.get("form_gaps"))
    return out, res


def _finish_one(u: dict, out: dict, res, d: dict | None) -> dict:
    """The result line, the summary row and (with PDFs) the document of a checked unit."""
    if res is None:
        return out
    o = _W["opts"]
    out["sha"] = u["sha"] or (res.dossier or {}).get("sha256")
    out["row"] = _summary_row(res)
    # the worker encodes and checksums the line: the main process only appends it
    line = (res.to_json(indent=None) + "\n").encode("utf-8")
    out["line"] = line
    out["crc"] = zlib.crc32(line)
    if o.get("pdf") and "doc_error" not in out:
        try:
            d = d if d is not None else res.to_dict()
            from readiness.render.documents import choose_document

            kind = choose_document(d)
            name = f"{u['key']}.pdf"
            _issuer().write(d, Path(o["outdir"]) / "documents" / name, kind)
            out["doc"] = f"documents/{name}"
            out["doc_kind"] = kind
        except Exception as e:  # noqa: BLE001
            out["doc_error"] = f"{type(e).__name__}: {e}"
    return out


def _close_issuer() -> None:
    issuer = _W.pop("issuer", None)
    if issuer is not None:
        issuer.close()


def _issuer():
    """The worker's Issuer (the office's key and the register), opened on first use."""
    if "issuer" not in _W:
        from readiness.issuing import Issuer

        o = _W["opts"]
        _W["issuer"] = Issuer.open(database_url=o.get("database_url"), draft=o.get("draft", False),
                                   migrate=False)
    return _W["issuer"]


def _number(done: list[tuple[dict, Any]]) -> list[dict | None]:
    """Record the chunk's certificates in the register in one transaction (their numbers are
    printed on the PDFs, so they come first); a unit that cannot be recorded gets a document
    error. Returns the result dicts of the certified units (None for the others)."""
    dicts = [res.to_dict() if res is not None and res.certified else None for _, res in done]
    todo = [i for i, d in enumerate(dicts) if d is not None]
    if not todo:
        return dicts
    try:
        issued = _issuer().number([dicts[i] for i in todo], _W["rs"])
    except Exception as e:  # noqa: BLE001 - the register is down: no certificate in this chunk
        msg = e.one_line() if isinstance(e, InputError) else f"{type(e).__name__}: {e}"
        for i in todo:
            done[i][0]["doc_error"] = f"the certificate could not be recorded: {msg}"
        return dicts
    for i, iss in zip(todo, issued):
        if iss is not None:
            done[i][0]["issued"] = iss.outcome
            if iss.outcome == "error":
                done[i][0]["doc_error"] = f"the certificate could not be recorded: {iss.error}"
    return dicts


def _check_chunk(chunk: list[dict]) -> list[dict]:
    done = [_check_one(u) for u in chunk]
    dicts = _number(done) if _W["opts"].get("pdf") else [None] * len(done)
    return [_finish_one(u, out, res, d) for u, (out, res), d in zip(chunk, done, dicts)]


def _payload(u: Unit) -> dict:
    return {"seq": u.seq, "key": u.key, "kind": u.kind, "path": u.path, "label": u.label,
            "dossier": u.dossier, "sha": u.sha, "form_gaps": u.form_gaps}


# ------------------------------------------------------------------------------ state (resume)

class _Old:
    """Completed units of earlier runs: key -> (marker, results file)."""

    def __init__(self, outdir: Path):
        self.outdir = outdir
        self.entries: dict[str, tuple[dict, Path]] = {}
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

    def line(self, e: dict, res: Path) -> bytes | None:
        if not e.get("len"):
            return b""
        try:
            with open(res, "rb") as f:
                f.seek(e["off"])
                data = f.read(e["len"])
        except OSError:
            return None
        if len(data) != e["len"] or not data.endswith(b"\n") or zlib.crc32(data) != e.get("crc"):
            return None
        return data


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
    from readiness.io import open_regular

    try:
        with open_regular(path) as f:            # never a FIFO: it would block the run
            return hashlib.sha256(f.read()).hexdigest()
    except (OSError, InputError):
        return None


# ------------------------------------------------------------------------------ progress

class _Progress:
    """A bar on stderr (`enabled` True), or calls of `enabled(done, total)` (a callable: the
    desk's jobs report to their page), at most ten a second and always at the end."""

    def __init__(self, total: int, enabled):
        self.total, self.enabled, self.done, self.last = total, enabled, 0, 0.0
        self.report = enabled if callable(enabled) else None

    def step(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.monotonic()
        if now - self.last < 0.1 and self.done < self.total:
            return
        self.last = now
        if self.report is not None:
            self.report(self.done, self.total)
            return
        width = 30
        frac = self.done / self.total if self.total else 1
        bar = "#" * int(frac * width)
        sys.stderr.write(f"\r[{bar:<{width}}] {self.done}/{self.total}")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.report is None:
            sys.stderr.write("\n")
            sys.stderr.flush()


# ------------------------------------------------------------------------------ the run

@dataclass
class Stats:
    total: int = 0
    checked: int = 0
    reused: int = 0
    certified: int = 0
    not_certified: int = 0
    errors: int = 0           # error-level issues (unreadable files, bad rows, failed checks)
    warnings: int = 0
    worker_restarts: int = 0  # worker pools restarted after a worker died (killed, out of memory)
    outdir: str = ""
    form_gaps: dict = field(default_factory=dict)   # spreadsheet -> rules its columns cannot feed
    issued: dict = field(default_factory=dict)   # certificates by outcome: new, same, supersedes, draft
    register: str = ""

    @property
    def exit_code(self) -> int:
        if self.errors:
            return 2
        return 1 if self.not_certified else 0


def _marker(e: dict) -> str:
    """One line of the completion index."""
    return compact_json(e) + "\n"


def standard_identity(rs) -> str:
    raw = json.dumps(getattr(rs, "raw", None), sort_keys=True, default=str, ensure_ascii=False)
    return f"{rs.ref}#{hashlib.sha256(raw.encode('utf-8')).hexdigest()[:16]}"


def run_batch(inputs: list[str], outdir: str | os.PathLike, *, standard: str | None = None,
              jobs: int | None = None, pdf: bool = True, mapping: str | None = None,
              resume: bool = False, lang: str = "id", as_of: dt.date | None = None,
              progress=None, chunk: int | None = None, draft: bool = False,
              database_url: str | None = None, summary_pdf: bool | None = None) -> Stats:
    """Check every business of `inputs` into `outdir` (module docstring). `progress`: a bar
    on stderr (True; None: when stderr is a terminal) or a callable(done, total).
    `summary_pdf`: write summary.pdf (default: with `pdf`; the vendor desk wants the overview
    without a document per business)."""
    from readiness.api import load_standard
    from readiness.batch import summary

    outdir = Path(outdir)
    rs = load_standard(standard)
    eff_as_of = as_of or dt.date.today()
    if pdf:
        # certificates need the office's key (else: NoKey, exit 2, before any work) and a
        # migrated register; the workers open their own connections
        from readiness.issuing import Issuer

        with Issuer.open(database_url=database_url, draft=draft) as issuer:
            database_url = issuer.register.url if issuer.register is not None else None
    opts = {"as_of": eff_as_of, "lang": lang, "pdf": pdf, "outdir": str(outdir), "draft": draft,
            "database_url": database_url}
    opts_key = json.dumps({"as_of": eff_as_of.isoformat(), "lang": lang, "pdf": pdf,
                           "draft": draft}, sort_keys=True)
    std_key = standard_identity(rs)
    jobs = max(1, jobs or os.cpu_count() or 1)
    chunk = chunk or (CHUNK if pdf else CHUNK_NO_PDF)
    if progress is None:
        progress = sys.stderr.isatty()

    p = plan(inputs, mapping)
    form_gaps = note_form_gaps(p, rs)
    outdir.mkdir(parents=True, exist_ok=True)
    st = outdir / STATE
    st.mkdir(exist_ok=True)
    if pdf:
        (outdir / "documents").mkdir(exist_ok=True)
    old = _Old(outdir) if resume else None
    if not resume:
        for g in _generations(st):
            for f in (st / f"gen-{g}.jsonl", st / f"gen-{g}.index.jsonl"):
                f.unlink(missing_ok=True)
    gens = _generations(st)
    gen = (gens[-1] + 1) if gens else 1
    res_path, idx_path = st / f"gen-{gen}.jsonl", st / f"gen-{gen}.index.jsonl"

    stats = Stats(total=p.total, outdir=str(outdir), form_gaps=form_gaps)
    if database_url:
        from readiness.register.store import describe

        stats.register = describe(database_url)
    issues: list[Issue] = []          # per-unit issues, in unit order (rare)
    bar = _Progress(p.total, progress)

    # temporary files of outputs a killed run was writing here (".NAME.XXXX.tmp", see
    # io.atomic_writer): this run writes its own, the summaries from now on
    for leftover in outdir.glob(".*.tmp"):
        leftover.unlink(missing_ok=True)
    res_f = open(res_path, "wb")
    idx_f = open(idx_path, "w", encoding="utf-8", newline="\n")
    # the summary rows are written as businesses complete (in order), not in a serial pass
    # at the end; the files become visible only once the run is complete
    summaries = summary.SummaryStream(outdir / "summary.csv", outdir / "summary.xlsx", p.issues, lang)
    complete = False

    # Completion markers reach the index only after the result lines they point to are
    # flushed, and in batches (two flushes per business cost more than the writing).
    pending: list[str] = []

    def mark(e: dict) -> None:
        pending.append(_marker(e))
        if len(pending) >= 32:
            commit()

    def commit() -> None:
        res_f.flush()
        if pending:
            idx_f.write("".join(pending))
            idx_f.flush()
            pending.clear()

    def write(u: Unit, out: dict | None, reused: tuple[dict, bytes] | None) -> None:
        if reused is not None:
            e, line = reused
            e = dict(e)
            e["off"] = res_f.tell()
            res_f.write(line)
            mark(e)
            stats.reused += 1
            u_issues = [Issue(**i) for i in e.get("issues", [])]
        else:
            e = {"key": u.key, "seq": u.seq, "source": u.source, "rows": u.rows,
                 "xlsx_rows": u.xlsx_rows, "std": std_key, "opts": opts_key, "gen": gen,
                 "form_gaps": u.form_gaps,
                 "off": res_f.tell(), "len": 0, "crc": 0}
            u_issues = list(u.issues)
            row = {"name": u.name, "nib": u.nib, "regency": "", "certified": False,
                   "verdict": "error", "score": None, "products_ready": 0,
                   "products_conditional": 0, "products_total": 0, "blocking": [], "major": [],
                   "certificate": "", "categories": [], "form_gaps": []}
            if out is not None and out.get("issued"):
                stats.issued[out["issued"]] = stats.issued.get(out["issued"], 0) + 1
            if out is not None and "line" in out:
                data = out["line"]
                res_f.write(data)
                e.update(len=len(data), crc=out["crc"])
                row = out["row"]
                e["sha"] = out.get("sha")
                if out.get("doc"):
                    e["doc"], e["doc_kind"] = out["doc"], out["doc_kind"]
                if out.get("doc_error"):
                    u_issues.append(Issue(u.source, u.rows, "", "error", "document_failed",
                                          f"the PDF could not be written: {out['doc_error']}",
                                          business=row.get("name", "")))
                stats.checked += 1
            elif out is not None and "error" in out:
                u_issues.append(Issue(u.source, u.rows, "", "error",
                                      "check_failed" if out.get("internal") else "unreadable_file",
                                      out["error"], business=u.name))
                stats.checked += 1
            e["sha"] = e.get("sha") or u.sha
            e["row"] = row
            e["issues"] = [i.__dict__ for i in u_issues]
            mark(e)
        summaries.add(e)
        row = e["row"]
        if row["verdict"] == "error":
            pass
        elif row["certified"]:
            stats.certified += 1
        else:
            stats.not_certified += 1
        for i in u_issues:
            if i.level == "error":
                stats.errors += 1
            else:
                stats.warnings += 1
        issues.extend(u_issues)
        bar.step()

    def reusable(u: Unit) -> tuple[dict, bytes] | None:
        if old is None or u.key not in old.entries:
            return None
        e, res = old.entries[u.key]
        if e.get("std") != std_key or e.get("opts") != opts_key or e.get("source") != u.source \
                or e.get("rows") != u.rows or e.get("form_gaps", []) != u.form_gaps:
            return None
        if e["row"].get("verdict") == "error" and not e.get("len"):
            return None                      # unreadable before: try again
        sha = u.sha if u.kind == "rows" else _file_sha(u.path)
        if sha is None or sha != e.get("sha"):
            return None
        if pdf and not (e.get("doc") and (outdir / e["doc"]).exists()):
            return None
        line = old.line(e, res)
        if line is None:
            return None
        return e, line

    import tempfile

    from concurrent.futures.process import BrokenProcessPool

    saved_tempdir = tempfile.tempdir          # _init_worker changes it when it runs here (1 job)
    pool = None
    try:
        if jobs > 1:
            import multiprocessing as mp
            from concurrent.futures import ProcessPoolExecutor

            ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()

            def make_pool():
                return ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker,
                                           initargs=(rs, opts, os.getpid()))

            pool = make_pool()
        else:
            _init_worker(rs, opts)
        # queue of (unit, ("done", out) | ("reuse", (e, line)) | ("future", fut, i))
        q: deque = deque()
        cur: list[Unit] = []
        in_flight = 0
        max_in_flight = jobs * 3

        def submit():
            nonlocal cur, in_flight
            if not cur:
                return
            chunk_units = cur
            cur = []
            payload = [_payload(u) for u in chunk_units]
            if pool is None:
                outs = _check_chunk(payload)
                for i, u in enumerate(chunk_units):
                    _set(u, ("done", outs[i]))
            else:
                fut = pool.submit(_check_chunk, payload)
                in_flight += 1
                for i, u in enumerate(chunk_units):
                    _set(u, ("future", fut, i))

        slots: dict[int, tuple] = {}
        tries: dict[int, int] = {}

        def _set(u, v):
            slots[u.seq] = v

        def recover() -> None:
            """A worker died (killed, out of memory): start a new pool and check again, one by
            one, every unit whose result was lost; a unit that kills a worker three times is
            reported as an error row and the run goes on."""
            nonlocal pool, in_flight
            pool.shutdown(wait=False, cancel_futures=True)
            pool = make_pool()
            stats.worker_restarts += 1
            in_flight = 0
            for u in q:
                s = slots.get(u.seq)
                if s is None or s[0] != "future":
                    continue
                fut = s[1]
                if fut.done() and not fut.cancelled() and fut.exception() is None:
                    _set(u, ("done", fut.result()[s[2]]))
                    continue
                tries[u.seq] = tries.get(u.seq, 0) + 1
                if tries[u.seq] >= 3:
                    _set(u, ("done", {"seq": u.seq, "internal": True,
                                      "error": "the worker process checking this dossier died "
                                               "three times (killed or out of memory)"}))
                    continue
                fut = pool.submit(_check_chunk, [_payload(u)])
                in_flight += 1
                _set(u, ("future", fut, 0))

        def drain(mode: str) -> None:
            """Write finished units in order. mode: 'ready' (never wait), 'one' (wait for the
            oldest), 'all' (wait for everything)."""
            nonlocal in_flight
            while q:
                u = q[0]
                s = slots.get(u.seq)
                if s is None:
                    if mode == "ready":
                        return
                    submit()
                    s = slots[u.seq]
                if s[0] == "future":
                    if mode == "ready" and not s[1].done():
                        return
                    try:
                        outs = s[1].result()
                    except BrokenProcessPool:
                        recover()
                        continue
                    if s[2] == len(outs) - 1:
                        in_flight -= 1
                    write(u, outs[s[2]], None)
                elif s[0] == "done":
                    write(u, s[1], None)
                else:
                    write(u, None, s[1])
                q.popleft()
                del slots[u.seq]
                if mode == "one":
                    return

        for u in units(p):
            q.append(u)
            if u.kind == "unreadable":
                _set(u, ("done", None))
            else:
                r = reusable(u) if resume else None
                if r is not None:
                    _set(u, ("reuse", r))
                else:
                    cur.append(u)
                    if len(cur) >= chunk:
                        submit()
            drain("ready")
            while in_flight >= max_in_flight:
                drain("one")
        submit()
        drain("all")
        complete = True
    finally:
        if not complete:
            summaries.abort()
        commit()
        bar.close()
        res_f.close()
        idx_f.close()
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)
        tempfile.tempdir = saved_tempdir
        if jobs == 1:
            _close_issuer()
            import gc

            gc.unfreeze()    # _init_worker froze this process's objects: a caller lives on

    import shutil

    for d in st.glob("tmp-*"):
        shutil.rmtree(d, ignore_errors=True)
    # a worker killed while writing a document leaves its temporary file: the finished file
    # was written again by the retry, so drop them
    for leftover in (outdir / "documents").glob(".*.tmp"):
        leftover.unlink(missing_ok=True)
    # the run is complete: this generation becomes the result
    os.replace(res_path, outdir / "results.jsonl")
    os.replace(idx_path, st / "index.jsonl")
    for g in _generations(st):
        for f in (st / f"gen-{g}.jsonl", st / f"gen-{g}.index.jsonl"):
            f.unlink(missing_ok=True)
    all_issues = p.issues + issues
    stats.errors += sum(1 for i in p.issues if i.level == "error")
    stats.warnings += sum(1 for i in p.issues if i.level != "error")
    try:
        summary.write_all(outdir, st / "index.jsonl", all_issues, p, rs=rs, lang=lang,
                          pdf=pdf if summary_pdf is None else summary_pdf,
                          stats=stats, summaries=summaries, as_of=eff_as_of)
    except BaseException:
        summaries.abort()      # (a no-op once closed)
        raise
    return stats
