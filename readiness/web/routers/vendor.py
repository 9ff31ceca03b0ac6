"""The organizer's vendor desk: a registration-form export (CSV or XLSX) checked on the batch
engine as a background job, with a progress bar; then the summary (a sortable table, charts
per regency and category, the as-of date) and the files to download.

    GET  /meja/vendor                         upload form and one's uploads (admins: all)
    POST /meja/vendor                         an upload: queued, a job process takes it
    GET  /meja/vendor/{ref}                   progress, then the summary (?sort=&dir=&page=)
    GET  /meja/vendor/{ref}/status.json       progress for the page's script
    GET  /meja/vendor/{ref}/unduh/{name}      summary.xlsx, summary.pdf, errors.csv,
                                              annotated.xlsx (the upload with its results)

An organizer sees only their own uploads. NIK and phone numbers are left out of the files an
organizer downloads unless an admin allowed it (readiness.web.personal).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, JSONResponse
from starlette.exceptions import HTTPException

from readiness.clock import office_today
from readiness.errors import InputError
from readiness.files import atomic_write, safe_filename
from readiness.render.format import category_label
from readiness.standards import load_standard
from readiness.standards.loader import list_standards
from readiness.web import jobs, personal
from readiness.web.downloads import attachment, clean_name
from readiness.web.auth import allowed, desk_post, need, sees_personal_data
from readiness.web.charts import count_bars, split_bars
from readiness.web.desk_ui import desk_page, error_text, submit_once, with_query
from readiness.web.pages import lang_of
from readiness.web.personal import strip_paths
from readiness.words import t

router = APIRouter()

UPLOAD_LIMIT = 20 * 1024 * 1024          # a province's registration list is ~2-5 MB
ROWS_PER_PAGE = 100
SORTS = (("n", "desk.col_no"), ("name", "desk.col_business"), ("regency", "desk.col_regency"),
         ("verdict", "desk.col_verdict"), ("score", "desk.col_score"),
         ("products", "desk.col_products"))
_VERDICT_ORDER = {"not_ready": 0, "conditional": 1, "ready": 2}
DOWNLOADS = {"summary.xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
             "summary.pdf": "application/pdf", "errors.csv": "text/csv; charset=utf-8",
             "annotated.xlsx":
                 "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _standards() -> list:
    """The event standards in force (the organizer picks the edition; the newest first)."""
    found = [rs for rs in list_standards() if rs.event and rs.supersession is None]
    return sorted(found, key=lambda rs: rs.ref, reverse=True)


def _job(request: Request, ref: str):
    job = request.app.state.register.desk.job(ref)
    user = request.state.user
    if job is None or (job.user_id != user.id and not allowed(user.role, "vendor.all")):
        raise HTTPException(status_code=404)          # another organizer's: not there
    return job


@router.get("/meja/vendor", dependencies=[Depends(need("vendor.use"))])
def vendor(request: Request):
    return _vendor_page(request)


def _vendor_page(request: Request, status: int = 200, error: str = ""):
    user = request.state.user
    everyone = allowed(user.role, "vendor.all")
    mine = request.app.state.register.desk.jobs(user_id=None if everyone else user.id,
                                                limit=50)
    return desk_page(request, "desk/vendor.html.j2", status=status, jobs=mine,
                     standards=_standards(), default=load_standard(None).ref,
                     today=office_today(), error=error, everyone=everyone)


def _sniff(raw: bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputError("vendor_kind", path="file")
    if suffix == ".xlsx" and not raw.startswith(b"PK\x03\x04"):
        raise InputError("not_a_workbook", path="file")
    if suffix == ".csv" and b"\x00" in raw[:65536]:
        raise InputError("csv_not_text", path="file")
    return suffix


@router.post("/meja/vendor", dependencies=desk_post("vendor.use", UPLOAD_LIMIT + 64 * 1024))
async def upload(request: Request, file: UploadFile | None = File(None), once: str = Form(""),
                 standard: str = Form(""), as_of: str = Form(""), lang: str = Form("")):
    from starlette.concurrency import run_in_threadpool


    page_lang = lang_of(request)
    try:
        if file is None or not file.filename:
            raise InputError("choose_file", path="file")
        raw = await file.read(UPLOAD_LIMIT + 1)
        if len(raw) > UPLOAD_LIMIT:
            raise InputError("file_too_large", limit=f"{UPLOAD_LIMIT // (1024 * 1024)} MB",
                             path="file")
        if not raw:
            raise InputError("empty_file", path="file")
        name = clean_name(file.filename, max_len=200)
        suffix = _sniff(raw, name)
        stem = safe_filename(Path(name).stem, max_len=60) or "registrations"
        editions = {rs.ref for rs in _standards()}
        chosen = standard if standard in editions else None
        try:
            day = dt.date.fromisoformat(as_of) if as_of else office_today()
        except ValueError:
            raise InputError("date_iso", path="as_of") from None
        out_lang = lang if lang in ("id", "en") else page_lang
    except InputError as e:
        return await run_in_threadpool(_vendor_page, request, 400, error_text(e, page_lang))

    def work():
        desk = request.app.state.register.desk
        user = request.state.user

        def run():
            ref = desk.new_job_ref()
            folder = jobs.job_dir(request.app.state.settings.data_dir, ref) / "input"
            folder.mkdir(parents=True, exist_ok=True)
            atomic_write(folder / f"{stem}{suffix}", raw)
            desk.create_job(user_id=user.id, user=user.name, filename=name[:200],
                            input_sha256=hashlib.sha256(raw).hexdigest(),
                            standard=chosen or load_standard(None).ref, as_of=day,
                            lang=out_lang, ref=ref)
            jobs.kick(request.app.state.register, request.app.state.settings)
            return f"/meja/vendor/{ref}"

        try:
            return submit_once(request, once, "vendor.upload", run)
        except InputError as e:
            return _vendor_page(request, 400, error_text(e, page_lang))

    return await run_in_threadpool(work)


@router.get("/meja/vendor/{ref}/status.json", dependencies=[Depends(need("vendor.use"))])
def status(request: Request, ref: str):
    job = _job(request, ref)
    if job.status in ("queued", "running"):
        jobs.kick(request.app.state.register, request.app.state.settings)
    return JSONResponse({"status": job.status, "done": job.done, "total": job.total,
                         "percent": round(100 * job.fraction, 1)},
                        headers={"cache-control": "no-store"})


def _sorted_rows(rows: list[dict], sort: str, direction: str) -> list[dict]:
    keys = {"n": lambda r: r["n"], "name": lambda r: r["name"].casefold(),
            "regency": lambda r: (r["regency"] or "~").casefold(),
            "verdict": lambda r: (_VERDICT_ORDER.get(r["verdict"], -1), r["score"] or 0),
            "score": lambda r: r["score"] if r["score"] is not None else -1,
            "products": lambda r: (r["ready"], r["products"])}
    return sorted(rows, key=keys[sort], reverse=direction == "desc")


@router.get("/meja/vendor/{ref}", dependencies=[Depends(need("vendor.use"))])
def job_page(request: Request, ref: str, sort: str = "n", dir: str = "asc", page: int = 1):
    job = _job(request, ref)
    lang = lang_of(request)
    if job.status in ("queued", "running"):
        jobs.kick(request.app.state.register, request.app.state.settings)
        return desk_page(request, "desk/job.html.j2", job=job, data=None)
    data = jobs.read_page(request.app.state.settings.data_dir, ref) if job.status == "done" \
        else None
    if data is None:
        return desk_page(request, "desk/job.html.j2", job=job, data=None,
                         error=_job_error(job, lang))
    sort = sort if sort in dict(SORTS) else "n"
    dir = "desc" if dir == "desc" else "asc"
    rows = _sorted_rows(data["rows"], sort, dir)
    pages = max(1, -(-len(rows) // ROWS_PER_PAGE))
    page = max(1, min(page, pages))
    shown = rows[(page - 1) * ROWS_PER_PAGE: page * ROWS_PER_PAGE]
    try:
        title = load_standard(data["standard"]).title or {}
    except InputError:
        title = {}
    unknown = t("desk.unknown", lang)
    charts = {
        "regency": split_bars(data["by_regency"], lambda k: k or unknown,
                              title=t("desk.chart_regency", lang),
                              yes=t("desk.chart_certified", lang),
                              no=t("desk.chart_not_certified", lang)),
        "category": split_bars(data["by_category"],
                               lambda k: category_label(k, lang) if k else unknown,
                               title=t("desk.chart_category", lang),
                               yes=t("desk.chart_on_certificate", lang),
                               no=t("desk.chart_not_on_certificate", lang)),
        "rules": count_bars([(f"{rid} {title_}"[:70], n) for rid, n, title_ in data["rules"]],
                            title=t("desk.chart_rules", lang)) if data["rules"] else "",
    }
    files = _files(request, job)
    from readiness.applications import wa_link

    return desk_page(request, "desk/job.html.j2", job=job, data=data, rows=shown,
                     wa_text=lambda text: wa_link("", text),
                     sort=sort, dir=dir, page=page, pages=pages, charts=charts, sorts=SORTS,
                     standard_title=title.get(lang) or title.get("id") or "", files=files,
                     sort_url=lambda key: with_query(
                         f"/meja/vendor/{ref}", sort=key,
                         dir="desc" if key == sort and dir == "asc" else "asc"),
                     page_url=lambda n: with_query(f"/meja/vendor/{ref}", sort=sort, dir=dir,
                                                   page=n))


def _job_error(job, lang: str) -> str:
    """Why a job failed, in the reader's language (no field paths for an organizer)."""
    return strip_paths(jobs.error_text(job.error, lang))


def _out(request: Request, job) -> Path:
    return jobs.job_dir(request.app.state.settings.data_dir, job.ref) / "out"


def _annotated(out: Path) -> Path | None:
    found = sorted(out.glob("*.results.xlsx"))
    return found[0] if found else None


def _files(request: Request, job) -> list[str]:
    out = _out(request, job)
    names = [n for n in ("summary.xlsx", "summary.pdf", "errors.csv") if (out / n).exists()]
    if _annotated(out) is not None:
        names.append("annotated.xlsx")
    return names


@router.get("/meja/vendor/{ref}/unduh/{name}", dependencies=[Depends(need("vendor.use"))])
def download(request: Request, ref: str, name: str):
    job = _job(request, ref)
    if name not in DOWNLOADS or job.status != "done":
        raise HTTPException(status_code=404)
    out = _out(request, job)
    src = _annotated(out) if name == "annotated.xlsx" else out / name
    if src is None or not src.exists():
        raise HTTPException(status_code=404)
    stem = Path(job.filename).stem[:60] or "registrations"
    download_name = f"{stem}.results.xlsx" if name == "annotated.xlsx" else f"{stem}-{name}"
    user = request.state.user
    allowed_personal = sees_personal_data(request)
    if user.role == "organizer" and name == "errors.csv":
        clean = out.parent / f"organizer-{'personal-' if allowed_personal else ''}{name}"
        if not clean.exists() or clean.stat().st_mtime < src.stat().st_mtime:
            personal.organizer_errors_csv(src, clean, personal=allowed_personal)
        src = clean
    elif name == "annotated.xlsx" and not allowed_personal and job.user_id != user.id:
        # the uploader gets her own workbook back as she sent it, her data unmasked
        clean = out.parent / f"redacted-{name}"
        if not clean.exists() or clean.stat().st_mtime < src.stat().st_mtime:
            personal.redact_workbook(src, clean)
        src = clean
    return FileResponse(src, media_type=DOWNLOADS[name], headers={
        "content-disposition": attachment(download_name), "cache-control": "no-store"})


def _report_file(request: Request, job, name: str) -> Path:
    folder = jobs.job_dir(request.app.state.settings.data_dir, job.ref) / jobs.REPORTS
    path = folder / Path(name).name
    if not name or path.name != name or path.suffix != ".html" or not path.exists():
        raise HTTPException(status_code=404)
    return path


def _report_bytes(request: Request, path: Path) -> bytes:
    """A vendor's gap report as the reader may see it (no NIK or phone for an organizer
    unless an admin allowed it)."""
    text = path.read_text(encoding="utf-8")
    if not sees_personal_data(request):
        text = personal.redact_text(text)
    return text.encode("utf-8")


@router.get("/meja/vendor/{ref}/laporan/{name}", dependencies=[Depends(need("vendor.use"))])
def vendor_report(request: Request, ref: str, name: str):
    from fastapi.responses import Response

    job = _job(request, ref)
    path = _report_file(request, job, name[:120])
    return Response(_report_bytes(request, path), media_type="text/html; charset=utf-8",
                    headers={"content-disposition": attachment(path.name),
                             "cache-control": "no-store"})


@router.get("/meja/vendor/{ref}/laporan.zip", dependencies=[Depends(need("vendor.use"))])
def vendor_reports_zip(request: Request, ref: str):
    """Every vendor's gap report in one ZIP (made on the fly in a temporary file)."""
    import tempfile
    import zipfile

    job = _job(request, ref)
    folder = jobs.job_dir(request.app.state.settings.data_dir, job.ref) / jobs.REPORTS
    if job.status != "done" or not folder.is_dir():
        raise HTTPException(status_code=404)
    tmp = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024)  # noqa: SIM115 - the response closes it
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for path in sorted(folder.glob("*.html")):
            z.writestr(path.name, _report_bytes(request, path))
    size = tmp.tell()
    tmp.seek(0)
    stem = Path(job.filename).stem[:60] or "registrations"

    def chunks():
        with tmp:
            while True:
                block = tmp.read(64 * 1024)
                if not block:
                    return
                yield block

    from fastapi.responses import StreamingResponse

    return StreamingResponse(chunks(), media_type="application/zip", headers={
        "content-disposition": attachment(f"{stem}-laporan.zip"),
        "content-length": str(size), "cache-control": "no-store"})
