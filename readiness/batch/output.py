"""What a batch run writes, in unit order: the result lines and completion markers of this
generation (`.state/gen-N.*`), the summary rows as they come, the counters (`Stats`); at the
end the generation becomes `results.jsonl` and the summaries and errors.csv are written from
the index (`IndexIssues`), streaming."""

from __future__ import annotations

import hashlib
import itertools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from collections.abc import Iterable, Iterator

from readiness.batch import summary
from readiness.batch.cache import NO_DECISIONS, Parts, digest, renderer_version, standard_digest
from readiness.batch.discover import Inputs, Unit
from readiness.batch.progress import Bar
from readiness.batch.reuse import STATE, Reuse, _drop_generations, _generations
from readiness.batch.spreadsheet import Issue
from readiness.batch.work import Options
from readiness.report import compact_json
from readiness.standards import RuleSet
from readiness.vocab import Verdict
from readiness.words import Msg


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
    not_asked: int = 0        # requirements of checked businesses the organizer's form does not ask
    no_key: bool = False      # no office key here: certificates were made as drafts
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


def respelled(e: dict, u: Unit) -> dict:
    """A kept marker with the input as this run spells it (an absolute path then, a relative
    one now, or through a symbolic link): the same business, named as given."""
    old = e.get("source")
    if old == u.source:
        return e
    e["source"], e["ident"] = u.source, u.ident
    if e.get("issues"):
        e["issues"] = [dict(i, source=u.source) if i.get("source") == old else i for i in e["issues"]]
    return e


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
        gens = _generations(self.state)
        self.gen = (gens[-1] + 1) if gens else 1
        self.res_path = self.state / f"gen-{self.gen}.jsonl"
        self.idx_path = self.state / f"gen-{self.gen}.index.jsonl"
        self.reuse = Reuse(outdir, opts, self.base, self.std_key, self.gen, reuse)
        self.old, self.store = self.reuse.old, self.reuse.store
        # temporary files of outputs a killed run was writing here (".NAME.XXXX.tmp", see
        # io.atomic_writer): this run writes its own
        for leftover in outdir.glob(".*.tmp"):
            leftover.unlink(missing_ok=True)
        self.stats = Stats(total=p.total, outdir=str(outdir), form_gaps=p.form_gaps,
                           choice_gaps=p.choice_gaps)
        self.bar = (progress if isinstance(progress, Bar) else Bar.make(progress, opts.lang)).start(p.total)
        # open for the whole run, closed by close() (the writer's own lifetime)
        self.res_f = open(self.res_path, "wb")  # noqa: SIM115
        self.idx_f = open(self.idx_path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
        self.pending: list[str] = []
        # the summary rows are written as businesses complete, not in a serial pass at the
        # end; the files become visible only once the run is complete
        self.summaries = Summaries(outdir, p, opts.lang, self._written_so_far,
                                   keep=self.old.finished > 0 and _summaries_kept(outdir, p))

    # -- what to do with each unit
    def todo(self, us: Iterable[Unit]) -> Iterator[Any]:
        """Units to check (as payloads for a worker), or `Done` with what is already known."""
        return self.reuse.todo(us)

    # -- writing, in unit order
    def write(self, u: Unit, result: Any) -> None:
        lang = self.opts.lang
        same = False
        if isinstance(result, tuple):                      # reused: copy its line
            e, line = result
            e = respelled(dict(e, off=self.res_f.tell(), seq=u.seq), u)
            if u.stat is not None:
                e["stat"] = u.stat
            self.res_f.write(line)
            self.stats.reused += 1
            u_issues = e.get("issues") or []
            self._store_result(e, line)
            same = self._as_finished(u, e)
        elif u.known is not None:                          # kept result, new document
            e, line = u.known
            e = respelled(dict(e, off=self.res_f.tell(), gen=self.gen, seq=u.seq,
                               parts=u.parts.as_dict()), u)
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
        if same:                    # the finished index's marker, in its place: its line as is
            self.pending.append(same)
            if len(self.pending) >= 32:
                self.commit()
        else:
            self.mark(e)
        self.summaries.add(e, bool(same))
        row = e["row"]
        self.stats.not_asked += len(row.get("form_gaps") or [])
        if row["verdict"] != "error":
            if row["certified"]:
                self.stats.certified += 1
                self.stats.conditional += row["verdict"] == Verdict.CONDITIONAL
            else:
                self.stats.not_certified += 1
        for i in u_issues:
            if (i["level"] if isinstance(i, dict) else i.level) == "error":
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
        e = {"key": u.key, "seq": u.seq, "source": u.source, "ident": u.ident, "rows": u.rows,
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

    def _as_finished(self, u: Unit, e: dict) -> str:
        """The marker's line when E is the marker the finished index holds for U, unchanged
        and in the same place (its summary row too), else ""."""
        raw = self.old.entries.raw(u.key)
        if raw is None or not raw[1]:
            return ""
        old = self.old.entries.get(u.key)
        return raw[0].decode("utf-8") if old is not None and old[0] == e else ""

    def _written_so_far(self, n: int) -> Iterator[dict]:
        """The first N markers of this generation (flushed first)."""
        self.commit()
        with open(self.idx_path, encoding="utf-8") as f:
            for line in itertools.islice(f, n):
                yield json.loads(line)

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
        self.reuse.close()
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
        pdf = self.opts.pdf if summary_pdf is None else summary_pdf
        index = self.state / "index.jsonl"
        if self.summaries.unchanged(self.old.finished):
            # every row is the one the summaries already show: none is written again
            # (summary.pdf only when it is missing)
            if pdf and not (self.outdir / "summary.pdf").exists():
                summary.write_summary_pdf(self.outdir / "summary.pdf", summary.aggregate(index),
                                          rs=rs, lang=self.opts.lang, as_of=self.opts.as_of,
                                          key_file=self.state / "summary.pdf.sha256")
            return
        try:
            summary.write_all(self.outdir, index, all_issues, p, rs=rs, lang=self.opts.lang,
                              pdf=pdf, stats=self.stats, summaries=self.summaries.stream,
                              as_of=self.opts.as_of)
        except BaseException:
            self.summaries.abort()      # (a no-op once closed)
            raise


def _summaries_kept(outdir: Path, p: Inputs) -> bool:
    """Whether the summaries of the finished run here may be kept when every row is the same:
    they exist, and no input is a spreadsheet (its cross-row notes and annotated copy are made
    from the run's own reading of it) nor has an issue of its own."""
    return (not p.issues and all(kind != "sheet" for kind, _ in p.items)
            and all((outdir / n).exists() for n in ("summary.csv", "summary.xlsx", "errors.csv")))


class Summaries:
    """summary.csv and summary.xlsx written as the rows come (`summary.SummaryStream`), but
    started only at the first row that may differ from what the finished run's summaries show
    (`keep`): the rows before it are read back from this run's index then. A rerun in which
    every row is the same writes none of them (nor errors.csv, nor summary.pdf)."""

    def __init__(self, outdir: Path, p: Inputs, lang: str, replay, keep: bool) -> None:
        self.outdir, self.p, self.lang, self.replay = outdir, p, lang, replay
        self.stream: summary.SummaryStream | None = None
        self.same = 0
        if not keep:
            self._start()

    def _start(self) -> None:
        self.stream = summary.SummaryStream(self.outdir / "summary.csv",
                                            self.outdir / "summary.xlsx", self.p.issues, self.lang)
        for e in self.replay(self.same):
            self.stream.add(e)

    def add(self, e: dict, same: bool) -> None:
        if self.stream is None:
            if same:
                self.same += 1
                return
            self._start()
        self.stream.add(e)

    def unchanged(self, finished: int) -> bool:
        return self.stream is None and self.same == finished

    def abort(self) -> None:
        if self.stream is not None:
            self.stream.abort()


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
