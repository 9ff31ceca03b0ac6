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
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from readiness.api import check_data, check_path
from readiness.batch import summary
from readiness.batch.mapping import load_mapping
from readiness.batch.pool import Done, ordered_map
from readiness.batch.stream import DiskSet
from readiness.batch.spreadsheet import (SPREADSHEET_SUFFIXES, BusinessRecord, Issue,
                                         SpreadsheetImport, ranges)
from readiness.errors import InputError
from readiness.io import safe_filename, unique_filename
from readiness.issuing import Issuer
from readiness.register.store import describe
from readiness.render.documents import Renderer, choose_document
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
                items.append(("bad", (str(p), e)))
                total += 1
                continue
            items.append(("sheet", imp))
            issues.extend(imp.issues)
            total += imp.count
        elif p.exists() or p.suffix.lower() in DOSSIER_SUFFIXES:
            items.append(("file", p))
            total += 1
        else:
            items.append(("bad", (str(p), Msg("no_such_input"))))
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
    unfed = set(form_gaps)
    hit = [f.rule for f in res.findings if f.rule in unfed and f.status in GAP]
    res.dossier = dict(res.dossier or {}, unfed_rules=list(dict.fromkeys(hit)))


def _dossier_sha(dossier: dict, label: str) -> str:
    blob = json.dumps([label, dossier], sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


def units(p: Plan) -> Iterator[Unit]:
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

    def key(self) -> str:
        """What a result depends on besides the input and the standard (for --resume)."""
        return json.dumps({"as_of": self.as_of.isoformat(), "lang": self.lang, "pdf": self.pdf,
                           "draft": self.draft}, sort_keys=True)


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
            res = check_path(u["path"], w.rs, as_of=o.as_of, lang=o.lang)
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
        try:
            d = d if d is not None else res.to_dict()
            kind = choose_document(d)
            name = f"{u['key']}.pdf"
            w.issuing().write(d, Path(w.opts.outdir) / "documents" / name, kind)
            out["doc"] = f"documents/{name}"
            out["doc_kind"] = kind
        except Exception as e:  # noqa: BLE001
            out["doc_error"] = f"{type(e).__name__}: {e}"
    return out


def check_chunk(w: Worker, units: list) -> list[dict]:
    """A chunk of units in a worker: check each, number the certificates in one transaction
    (with PDFs), then write each result line and document."""
    units = [x.data if isinstance(x, _Payload) else x for x in units]
    done = [check_unit(w, u) for u in units]
    dicts = number_chunk(w, done) if w.opts.pdf else [None] * len(done)
    return [finish_unit(w, u, out, res, d) for u, (out, res), d in zip(units, done, dicts)]


def worker_died(u: dict) -> dict:
    """The result of a unit that killed its worker three times."""
    return {"seq": u["seq"], "internal": True, "error": Msg("worker_died")}


def payload(u: Unit) -> dict:
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


def standard_identity(rs) -> str:
    raw = json.dumps(getattr(rs, "raw", None), sort_keys=True, default=str, ensure_ascii=False)
    return f"{rs.ref}#{hashlib.sha256(raw.encode('utf-8')).hexdigest()[:16]}"


class Output:
    """What one run writes, as units complete in order: the result lines and completion
    markers of this generation (`.state/gen-N.*`), the summary rows, the counters. Nothing
    here holds all results. Closed by `finish` (the generation becomes the result) or
    `abort` (the previous outputs stay)."""

    def __init__(self, outdir: Path, p: Plan, rs: RuleSet, opts: Options, resume: bool,
                 progress) -> None:
        self.outdir, self.state, self.opts = outdir, outdir / STATE, opts
        self.std_key, self.opts_key = standard_identity(rs), opts.key()
        outdir.mkdir(parents=True, exist_ok=True)
        self.state.mkdir(exist_ok=True)
        if opts.pdf:
            (outdir / "documents").mkdir(exist_ok=True)
        self.old = _Old(outdir) if resume else None
        if not resume:
            _drop_generations(self.state)
        gens = _generations(self.state)
        self.gen = (gens[-1] + 1) if gens else 1
        self.res_path = self.state / f"gen-{self.gen}.jsonl"
        self.idx_path = self.state / f"gen-{self.gen}.index.jsonl"
        # temporary files of outputs a killed run was writing here (".NAME.XXXX.tmp", see
        # io.atomic_writer): this run writes its own
        for leftover in outdir.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        self.stats = Stats(total=p.total, outdir=str(outdir), form_gaps=p.form_gaps)
        self.issues: list[Issue] = []          # per-unit issues, in unit order (rare)
        self.bar = _Progress(p.total, progress)
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
            reused = self.reusable(u) if self.old is not None else None
            yield Done(u, reused) if reused is not None else _Payload(u, payload(u))

    def reusable(self, u: Unit) -> tuple[dict, bytes] | None:
        if u.key not in self.old.entries:
            return None
        e, res = self.old.entries[u.key]
        if e.get("std") != self.std_key or e.get("opts") != self.opts_key \
                or e.get("source") != u.source or e.get("rows") != u.rows \
                or e.get("form_gaps", []) != u.form_gaps:
            return None
        if e["row"].get("verdict") == "error" and not e.get("len"):
            return None                      # unreadable before: try again
        sha = u.sha if u.kind == "rows" else _file_sha(u.path)
        if sha is None or sha != e.get("sha"):
            return None
        if self.opts.pdf and not (e.get("doc") and (self.outdir / e["doc"]).exists()):
            return None
        line = self.old.line(e, res)
        return None if line is None else (e, line)

    # -- writing, in unit order
    def write(self, u: Unit, result: Any) -> None:
        lang = self.opts.lang
        if isinstance(result, tuple):                      # reused: copy its line
            e, line = result
            e = dict(e, off=self.res_f.tell())
            self.res_f.write(line)
            self.stats.reused += 1
            u_issues = [Issue(**i) for i in e.get("issues", [])]
        else:
            e, u_issues = self._entry(u, result)
            e["issues"] = [{**i.__dict__, "message": i.text(lang)} for i in u_issues]
        self.mark(e)
        self.summaries.add(e)
        row = e["row"]
        if row["verdict"] != "error":
            if row["certified"]:
                self.stats.certified += 1
            else:
                self.stats.not_certified += 1
        for i in u_issues:
            if i.level == "error":
                self.stats.errors += 1
            else:
                self.stats.warnings += 1
        self.issues.extend(u_issues)
        self.bar.step()

    def _entry(self, u: Unit, out: dict | None) -> tuple[dict, list[Issue]]:
        """The completion marker of a unit just checked (or unreadable), its line written."""
        e = {"key": u.key, "seq": u.seq, "source": u.source, "rows": u.rows,
             "xlsx_rows": u.xlsx_rows, "std": self.std_key, "opts": self.opts_key, "gen": self.gen,
             "form_gaps": u.form_gaps, "off": self.res_f.tell(), "len": 0, "crc": 0}
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
            if out.get("doc"):
                e["doc"], e["doc_kind"] = out["doc"], out["doc_kind"]
            if out.get("doc_error"):
                u_issues.append(Issue(u.source, u.rows, "", "error", "document_failed",
                                      Msg("document_failed", {"detail": out["doc_error"]}),
                                      business=row.get("name", "")))
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
        self.commit()
        self.bar.close()
        self.res_f.close()
        self.idx_f.close()

    def abort(self) -> None:
        self.summaries.abort()
        self.close_files()

    def finish(self, p: Plan, rs: RuleSet, summary_pdf: bool | None = None) -> None:
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
        all_issues = p.issues + self.issues
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
              cluster: str | None = None) -> Stats:
    """Check every business of `inputs` and write OUTDIR (module docstring). `progress`: a bar
    on stderr (True; None: when stderr is a terminal) or a callable(done, total).
    `summary_pdf`: write summary.pdf (default: with `pdf`; the vendor desk wants the overview
    without a document per business). `cluster`: run the checks on a Dask cluster
    (`readiness.batch.cluster`: tcp://HOST:PORT or local:N) instead of local processes."""
    outdir = Path(outdir)
    rs = load_standard(standard)
    if pdf:   # certificates need the office's key (else NoKey: exit 2 before any work) and a
        #       migrated register; the workers open their own connections
        with Issuer.open(database_url=database_url, draft=draft) as issuer:
            database_url = issuer.register.url if issuer.register is not None else None
    # a cluster's workers write the documents from their own working folder: an absolute path
    opts = Options(as_of or dt.date.today(), lang, pdf, str(outdir.absolute() if cluster else outdir),
                   draft, database_url)
    p = plan(inputs, mapping)
    note_form_gaps(p, rs)

    def todo():
        yield from out.todo(units(p))

    # made before the outputs are opened: a cluster that cannot be reached stops the run here
    work = ordered_map(check_chunk, todo(), jobs=max(1, jobs or os.cpu_count() or 1),
                       setup=setup_worker, setup_args=(rs, opts), teardown=Worker.close,
                       chunk=chunk or (CHUNK if pdf else CHUNK_NO_PDF), per_chunk=True,
                       lost=lambda x: worker_died(x.data), cluster=cluster)
    out = Output(outdir, p, rs, opts, resume,
                 sys.stderr.isatty() if progress is None else progress)
    if database_url:
        out.stats.register = describe(database_url)
    try:
        for item, result in work:
            out.write(item.unit if isinstance(item, _Payload) else item, result)
    except BaseException:
        out.abort()
        raise
    out.stats.worker_restarts = work.restarts
    out.finish(p, rs, summary_pdf)
    return out.stats
