"""The office's funnel: how far its businesses have come on the way to a certificate
(registered -> data complete -> NIB -> P-IRT/BPOM -> halal -> ready -> certified), now, by
regency or commodity community, week by week, and as a monthly report (XLSX, PDF).

It is read from the stage history the register keeps (`stage_events`: a business's stage is
appended whenever a submission, a resubmission, a decision, an issue or a revocation changes
it; readiness.applications.stage_of says what a result reaches), so the dashboard never checks
a dossier: one query over a few rows per business. A stage counts every business that reached
it or a later one (a certified business counts at every stage).
"""

from __future__ import annotations

import datetime as dt
import threading
from dataclasses import dataclass, field

from readiness.applications import STAGES
from readiness.clock import office_now, office_tz, to_office  # noqa: F401 - office_tz for callers
from readiness.words import t


@dataclass
class Funnel:
    at: dt.datetime                                 # office time
    total: list[int]                                # per stage: businesses at it or beyond
    by: str | None = None                           # regency | community | None
    groups: list[tuple[str, list[int]]] = field(default_factory=list)
    weeks: list[tuple[dt.date, list[int]]] = field(default_factory=list)   # week's last day

    @property
    def stages(self) -> tuple[str, ...]:
        return STAGES


def _cumulative(at: list[int]) -> list[int]:
    out, run = [0] * len(at), 0
    for i in range(len(at) - 1, -1, -1):
        run += at[i]
        out[i] = run
    return out


def counts(stages) -> list[int]:
    """Businesses at each stage or beyond, from their stages."""
    at = [0] * len(STAGES)
    top = len(STAGES) - 1
    for s in stages:
        at[0 if s < 0 else (top if s > top else s)] += 1
    return _cumulative(at)


def week_ends(today: dt.date, weeks: int) -> list[dt.date]:
    """The last day (Sunday) of each of the last `weeks` weeks, this one last."""
    sunday = today + dt.timedelta(days=6 - today.weekday())
    return [sunday - dt.timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]


def _end_of(day: dt.date) -> dt.datetime:
    """The end of an office day, in UTC (as the register keeps moments)."""
    return (dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), office_tz())
            .astimezone(dt.timezone.utc))


def stages_at(rows, moments: list[dt.datetime]) -> list[dict[int, int]]:
    """{business: stage} at each moment (ascending), from the stage rows (ascending)."""
    out, state, i = [], {}, 0
    for m in moments:
        while i < len(rows) and rows[i].at < m:
            state[rows[i].business_id] = rows[i].stage
            i += 1
        out.append(dict(state))
    return out


def _walk(rows, moments: list[dt.datetime]) -> tuple[list[list[int]], dict[int, int]]:
    """The funnel at each moment (ascending) and every business's stage at the last, in one
    pass over the stage rows: a business moving from one stage to another moves one count."""
    top = len(STAGES) - 1
    at, state, out, i = [0] * len(STAGES), {}, [], 0
    for m in moments:
        while i < len(rows) and rows[i].at < m:
            b, s = rows[i].business_id, max(0, min(rows[i].stage, top))
            old = state.get(b)
            if old is not None:
                at[old] -= 1
            at[s] += 1
            state[b] = s
            i += 1
        out.append(_cumulative(at))
    return out, state


_CACHE: dict = {}
_CACHE_LOCK = threading.Lock()
_ROWS: dict = {}          # register url -> the stage rows read so far (appended, never changed)


def _stage_rows(reg) -> list:
    """The register's stage rows, read once and then only the new ones (the rows are
    append-only): a change costs the rows it added, not the whole history again. Read whole
    again when the table is not what was read (another database at the same address)."""
    with _CACHE_LOCK:
        known, last = _ROWS.get(reg.url, ([], 0))
    total, top = reg.loop.stage_count()
    new = reg.loop.stage_rows(after=last) if top >= last and total >= len(known) else None
    if new is None or len(known) + len(new) != total:
        known, new = [], reg.loop.stage_rows()
    if not new:
        return known
    merged = known + new
    if known and new[0].at < known[-1].at:         # recorded with an earlier moment
        merged.sort(key=lambda r: (r.at, r.id))
    with _CACHE_LOCK:
        _ROWS[reg.url] = (merged, max(r.id for r in merged))
    return merged


def funnel(reg, *, by: str | None = None, weeks: int = 12,
           now: dt.datetime | None = None) -> Funnel:
    """The funnel now (or at `now`), week by week, and by regency or community. Kept while
    the register records nothing new (the audit log's last entry) on the same office day."""
    key = None
    if now is None:
        now = office_now()
        key = (reg.url, by, weeks, now.date(), now.hour, reg.loop.changed())
        with _CACHE_LOCK:
            hit = _CACHE.get(key)
        if hit is not None:
            return hit
    now = to_office(now)
    rows = _stage_rows(reg)
    ends = week_ends(now.date(), weeks)
    moments = [min(_end_of(d), now.astimezone(dt.timezone.utc) + dt.timedelta(microseconds=1))
               for d in ends]
    snapshots, current = _walk(rows, moments)
    out = Funnel(now, snapshots[-1] if snapshots else counts(()), by,
                 weeks=list(zip(ends, snapshots, strict=True)))
    if by in ("regency", "community"):
        cells = reg.loop.business_cells()
        col = 0 if by == "regency" else 1
        groups: dict[str, list[int]] = {}
        for bid, stage in current.items():
            groups.setdefault(cells.get(bid, ("", ""))[col], []).append(stage)
        out.groups = sorted(((k, counts(v)) for k, v in groups.items()),
                            key=lambda kv: (-kv[1][0], kv[0].casefold()))
    if key is not None:
        with _CACHE_LOCK:
            if len(_CACHE) > 64:
                _CACHE.clear()
            _CACHE[key] = out
    return out


def as_json(f: Funnel) -> dict:
    def row(c):
        return dict(zip(STAGES, c, strict=True))

    return {"format": "readiness-funnel/1", "at": f.at.isoformat(timespec="seconds"),
            "stages": list(STAGES), "total": row(f.total), "by": f.by,
            "groups": [{"name": k, **row(c)} for k, c in f.groups],
            "weeks": [{"week_ending": d.isoformat(), **row(c)} for d, c in f.weeks]}


def stage_word(stage: str, lang: str) -> str:
    return t(f"loop.stage_{stage}", lang)


def as_text(f: Funnel, lang: str) -> str:
    heads = [stage_word(s, lang) for s in STAGES]
    lines = [t("loop.funnel_title", lang, at=f.at.strftime("%Y-%m-%d %H:%M WITA"))]
    width = max(len(h) for h in heads)
    lines += [f"  {h:<{width}}  {n:>6}" for h, n in zip(heads, f.total, strict=True)]
    if f.groups:
        lines.append("")
        lines.append("\t".join([t(f"loop.by_{f.by}", lang)] + heads))
        lines += ["\t".join([k or t("loop.unknown", lang)] + [str(n) for n in c])
                  for k, c in f.groups]
    return "\n".join(lines) + "\n"


# -- the monthly report ------------------------------------------------------------------------

@dataclass
class Month:
    month: str                                     # YYYY-MM
    start: dt.date
    end: dt.date                                   # last day
    before: list[int]                              # the funnel as the month began
    after: list[int]                               # and as it ended (or now)
    regencies: list[tuple[str, list[int], list[int]]]
    communities: list[tuple[str, list[int], list[int]]]
    certified: int                                 # became certified this month
    from_not_ready: int                            # of them, "belum siap" when it began
    revoked: int                                   # lost their certificate this month
    weeks: list[tuple[dt.date, list[int]]]


def parse_month(value: str) -> tuple[dt.date, dt.date]:
    from readiness.errors import InputError

    try:
        y, m = (int(x) for x in str(value).split("-", 1))
        start = dt.date(y, m, 1)
    except ValueError:
        raise InputError("loop.e_month", value=repr(str(value)[:20]), path="month") from None
    end = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return start, end


def month_report(reg, month: str, *, now: dt.datetime | None = None) -> Month:
    start, end = parse_month(month)
    now_utc = (now or office_now()).astimezone(dt.timezone.utc)
    rows = _stage_rows(reg)
    m0 = _end_of(start - dt.timedelta(days=1))
    m1 = min(_end_of(end), now_utc + dt.timedelta(microseconds=1))
    before, after = stages_at(rows, [m0, m1])
    cells = reg.loop.business_cells()
    ready, top = STAGES.index("ready"), len(STAGES) - 1

    def split(col: int):
        keys = sorted({cells.get(b, ("", ""))[col] for b in after},
                      key=lambda k: (k == "", k.casefold()))
        return [(k, counts(s for b, s in before.items() if cells.get(b, ("", ""))[col] == k),
                 counts(s for b, s in after.items() if cells.get(b, ("", ""))[col] == k))
                for k in keys]

    became = [b for b, s in after.items() if s == top and before.get(b, -1) != top]
    weeks = [(d, c) for d, c in funnel(reg, weeks=6, now=to_office(m1 - dt.timedelta(
        microseconds=1))).weeks if d >= start - dt.timedelta(days=6)]
    return Month(month, start, end, counts(before.values()), counts(after.values()),
                 split(0), split(1), len(became),
                 sum(1 for b in became if before.get(b, -1) < ready),
                 sum(1 for b, s in after.items() if before.get(b) == top and s != top), weeks)


def _title(text: str) -> str:
    """A worksheet's name: at most 31 characters, none of []:*?/\\."""
    import re

    return re.sub(r"[\[\]:*?/\\]", "-", text)[:31]


def _sheet(ws, rows) -> None:
    """Rows into a worksheet; text stays text (a name starting with '=' is not a formula)."""
    for r in rows:
        ws.append(list(r))
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value[:1] in ("=", "+", "-", "@"):
                cell.data_type = "s"


def xlsx(f: Funnel, lang: str, month: Month | None = None) -> bytes:
    """The funnel (and a month's report) as a workbook: bytes of an .xlsx file."""
    import io

    from openpyxl import Workbook

    heads = [stage_word(s, lang) for s in STAGES]
    wb = Workbook()
    ws = wb.active
    ws.title = _title(t("loop.sheet_funnel", lang))
    _sheet(ws, [[t("loop.funnel_title", lang, at=f.at.strftime("%Y-%m-%d %H:%M WITA"))],
                [t("loop.col_stage", lang), t("loop.col_businesses", lang)],
                *zip(heads, f.total, strict=True)])
    if f.groups:
        ws = wb.create_sheet(_title(t(f"loop.by_{f.by}", lang)))
        _sheet(ws, [[t(f"loop.by_{f.by}", lang), *heads],
                    *([k or t("loop.unknown", lang), *c] for k, c in f.groups)])
    ws = wb.create_sheet(_title(t("loop.sheet_weeks", lang)))
    _sheet(ws, [[t("loop.col_week", lang), *heads],
                *([d.isoformat(), *c] for d, c in f.weeks)])
    if month is not None:
        ws = wb.create_sheet(_title(t("loop.sheet_month", lang, month=month.month)))
        _sheet(ws, [[t("loop.col_stage", lang), t("loop.col_before", lang),
                     t("loop.col_after", lang), t("loop.col_change", lang)],
                    *([h, a, b, b - a] for h, a, b in zip(heads, month.before, month.after, strict=True)),
                    [], [t("loop.m_certified", lang), month.certified],
                    [t("loop.m_from_not_ready", lang), month.from_not_ready],
                    [t("loop.m_revoked", lang), month.revoked]])
        for col, items in (("regency", month.regencies), ("community", month.communities)):
            ws = wb.create_sheet(_title(t(f"loop.by_{col}", lang)[:22] + " " + month.month))
            _sheet(ws, [[t(f"loop.by_{col}", lang), *(f"{h} ({t('loop.col_after', lang)})"
                                                      for h in heads),
                         t("loop.col_change_certified", lang)],
                        *([k or t("loop.unknown", lang), *b, b[-1] - a[-1]]
                          for k, a, b in items)])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def month_html(m: Month, lang: str, office: str) -> str:
    """The monthly report as a page (for its PDF)."""
    import jinja2

    from readiness.render.charts import funnel_bars, week_lines

    env = jinja2.Environment(loader=jinja2.PackageLoader("readiness.render", "templates"),
                             autoescape=True, undefined=jinja2.StrictUndefined)
    heads = [stage_word(s, lang) for s in STAGES]
    return env.get_template("funnel_month.html.j2").render(
        m=m, lang=lang, office=office, heads=heads, w=t,
        chart=funnel_bars(list(zip(heads, m.after, strict=True)), title=t("loop.funnel_chart", lang)),
        weeks=week_lines(m.weeks, heads, title=t("loop.weeks_chart", lang)),
        made=office_now().strftime("%Y-%m-%d %H:%M WITA"))


def month_pdf(m: Month, lang: str, office: str) -> bytes:
    from readiness.render import service
    from readiness.render.pdf import bare_pdf

    return service.run(bare_pdf, month_html(m, lang, office))
