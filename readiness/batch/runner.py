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

The rooms: `discover` (the inputs, one unit per business and its identity), `reuse` (what
earlier runs completed, the old index), `work` (the workers), `output` (the result lines, the
index, the summaries and errors.csv); this module runs them and keeps the manifest.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import sys
from pathlib import Path

from readiness.batch import manifest
from readiness.batch.discover import Inputs, open_inputs, note_form_gaps, units
from readiness.batch.lock import OutputLock
from readiness.batch.output import Output, Stats, standard_identity
from readiness.batch.pool import close_cluster, connect_cluster, ordered_map
from readiness.batch.progress import Bar
from readiness.batch.reuse import STATE, _generations
from readiness.batch.work import (CHUNK, CHUNK_NO_PDF, Options, Worker, _Payload, check_chunk,
                                  setup_worker, unit_failed, worker_died)
from readiness.files import atomic_write
from readiness.issuing import Issuer, NoKey
from readiness.register.store import describe
from readiness.standards import RuleSet, load_standard

_DOC = re.compile(rb'"doc":"([^"\\]*)"')

# names other modules and tools import from here
__all__ = ["run_batch", "Stats", "Options", "Inputs", "open_inputs", "units"]


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
        no_key = False
        if pdf:   # certificates need the office's key and a migrated register; the workers
            #       open their own connections. Without the key (an organizer's laptop) the
            #       certificates are drafts: the Dinas issues the real ones
            try:
                database_url = open_issuing(outdir, database_url, draft)
            except NoKey:
                draft = no_key = True
                database_url = None
        if cluster:     # an address that cannot be reached stops the run before any output
            conn = connect_cluster(cluster)
        with OutputLock(outdir / STATE, outdir) as lock:
            stats = _run_batch(inputs, outdir, rs, bar, jobs=jobs, pdf=pdf, mapping=mapping,
                               resume=resume, lang=lang, as_of=as_of, chunk=chunk, draft=draft,
                               database_url=database_url, summary_pdf=summary_pdf,
                               gap_reports=gap_reports, cache=cache, reuse=reuse,
                               tune_gc=tune_gc, cluster=conn)
            stats.taken_over = lock.taken_over
            stats.no_key = no_key
            return stats
    finally:
        bar.close()                      # an error or Ctrl-C starts on a line of its own
        if conn is not None:
            close_cluster(conn)


def open_issuing(outdir: Path, database_url: str | None, draft: bool) -> str | None:
    """The register's address, migrated, once the office's key is known to load. A key whose
    files are those an earlier run here loaded (size, mtime, inode) is not loaded again
    (pyHanko's import and the key's parse are ~1 s of a rerun); the workers load it when they
    sign."""
    stamp = outdir / STATE / "key.ok"
    seen = None
    if not draft:
        from readiness.office import key_files

        kf = key_files()
        if kf is not None:
            seen = json.dumps([[str(f), s.st_size, s.st_mtime_ns, s.st_ino]
                               for f in (kf.key, kf.cert, kf.chain) if f is not None
                               for s in [f.stat()]])
            try:
                known = stamp.read_text(encoding="utf-8") == seen
            except OSError:
                known = False
            if known:
                from readiness.register.store import Register

                with Register.open(database_url) as register:
                    return register.url
    with Issuer.open(database_url=database_url, draft=draft) as issuer:
        url = issuer.register.url if issuer.register is not None else None
    if seen is not None:
        stamp.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(stamp, seen)
    return url


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
    with open(outdir / STATE / "index.jsonl", "rb") as f:
        for line in f:          # (a search, not a parse, per business: its document's name)
            m = _DOC.search(line)
            doc = m.group(1).decode("utf-8") if m else (
                json.loads(line).get("doc") if b'"doc":"' in line else None)
            if doc:
                documents.add(Path(doc).name)
    removed = manifest.remove_stale(outdir, written, documents, run.get("previous"))
    manifest.complete(outdir, {k: v for k, v in run.items() if k not in ("previous", "restarted")},
                      written, documents)
    return removed
