"""The worker side of the batch: a worker's state (`setup_worker`), and per chunk of units
(`check_chunk`) the check, the certificates numbered in one transaction, the result line, the
summary row and the document. What the main process sends is `payload(unit)`."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from readiness.api import check_data, check_source
from readiness.batch.cache import Store, digest, referenced
from readiness.batch.discover import Unit
from readiness.batch.spreadsheet import not_asked, unread_rules
from readiness.errors import InputError
from readiness.files import atomic_write
from readiness.load import load_source
from readiness.render.documents import Renderer, choose_document, render_html
from readiness.report import Result
from readiness.result import ResultDoc
from readiness.standards import RuleSet
from readiness.vocab import GAP
from readiness.words import Msg, render

CHUNK = 8            # businesses per task sent to a worker when it writes PDFs (0.1-0.4 s each)
CHUNK_NO_PDF = 64    # without PDFs a business is ~1 ms: fewer, larger tasks spare the main
                     # process (it feeds the workers and writes every result) 40% of its work


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
    """The summary row of one checked business, from its `Result` (the one `flatten()`)."""
    return ResultDoc.view(res).flatten()


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
                             sha256=u["sha"], unread={
                                 **not_asked(w.rs, u.get("form_gaps") or []),
                                 **unread_rules(w.rs, u.get("unread") or [])})
    except InputError as e:
        out["error"] = e.one_line(o.lang)
        return out, None
    except Exception as e:  # noqa: BLE001 - one bad dossier must not stop a province
        out["error"] = render("check_failed", {"detail": f"{type(e).__name__}: {e}"}, o.lang)
        out["internal"] = True
        return out, None
    mark_form_gaps(res, u.get("form_gaps"))
    return out, res


def number_chunk(w: Worker, done: list[tuple[dict, Result | None]]) -> list[tuple | None]:
    """Record the chunk's certificates in the register in one transaction (their numbers are
    printed on the PDFs, so they come first); a unit that cannot be recorded gets a document
    error. Returns, for the certified units, the issued result dict and its canonical JSON
    (None for the others)."""
    docs: list[tuple | None] = [(res.to_dict(), None) if res is not None and res.certified else None
                                for _, res in done]
    todo = [i for i, d in enumerate(docs) if d is not None]
    if not todo:
        return docs
    try:
        issued = w.issuing().number([docs[i][0] for i in todo], w.rs)
    except Exception as e:  # noqa: BLE001 - the register is down: no certificate in this chunk
        detail = e.one_line(w.opts.lang) if isinstance(e, InputError) else f"{type(e).__name__}: {e}"
        for i in todo:
            done[i][0]["doc_error"] = render("not_recorded", {"detail": detail}, w.opts.lang)
        return docs
    for i, iss in zip(todo, issued, strict=True):
        if iss is None:
            continue
        # the register's number, dates and office into the Result (its line) and the document
        done[i][1].certificate.update(iss.certificate)
        docs[i] = (iss.apply(docs[i][0]), iss.canonical)
        done[i][0]["issued"] = iss.outcome
        if iss.outcome == "error":
            done[i][0]["doc_error"] = render("not_recorded", {"detail": iss.error}, w.opts.lang)
    return docs


def finish_unit(w: Worker, u: dict, out: dict, res: Result | None, doc: tuple | None) -> dict:
    """The result line, the summary row and (with PDFs) the document of a checked unit
    (`doc`: the issued result and its canonical JSON, for a certificate)."""
    if res is None:
        return out
    out["sha"] = u["sha"] or (res.dossier or {}).get("sha256")
    out["row"] = summary_row(res)
    # the worker encodes and checksums the line: the main process only appends it
    line = (res.to_json(indent=None) + "\n").encode("utf-8")
    out["line"] = line
    out["crc"] = zlib.crc32(line)
    if w.opts.pdf and "doc_error" not in out:
        d, canonical = doc if doc is not None else (res.to_dict(), None)
        write_document(w, u, d, out, canonical=canonical)
    return out


def write_document(w: Worker, u: dict, d: dict, out: dict, *, canonical: bytes | None = None) -> None:
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
            data = w.issuing().document(d, kind, canonical=canonical)[1]
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
    docs = number_chunk(w, done) if w.opts.pdf else [None] * len(done)
    for i, (out, res), doc in zip(todo, done, docs, strict=True):
        outs[i] = finish_unit(w, units[i], out, res, doc)
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
            "dossier": u.dossier, "sha": u.sha, "form_gaps": u.form_gaps, "unread": u.unread,
            "known": u.known[1] if u.known is not None else None}


@dataclass(frozen=True)
class _Payload:
    """A unit to check: the main process keeps the unit, a worker receives only `data`."""

    unit: Unit
    data: dict

    def __reduce__(self):
        return (dict, (self.data,))

