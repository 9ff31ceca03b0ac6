"""The dashboard's numbers are the register's: a generated province of a few thousand
businesses (benchmarks/loop_province.py: sent over twelve weeks, some returned and sent again,
some certified) is counted again from the applications themselves (each latest dossier checked
anew, each status read) and must give the same funnel, by regency and by community, and the
same weeks. The page itself and the monthly report are read too."""

import datetime as dt
import importlib.util
from collections import Counter

import pytest

from readiness import applications as loop
from readiness import funnel as fn
from readiness.api import check_data
from readiness.register.store import Register
from tests.support.paths import ROOT


def _province():
    spec = importlib.util.spec_from_file_location("loop_province",
                                                  ROOT / "benchmarks" / "loop_province.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def expected(reg) -> tuple[list[int], dict[str, list[int]], dict[str, list[int]]]:
    """The funnel counted from the applications (not from the stage history)."""
    from readiness.standards import load_standard

    rs = load_standard(None)
    stages, cells = {}, {}
    for app in reg.applications(limit=100_000):
        bid = app.business_id
        if app.status == "certified":
            stage = len(loop.STAGES) - 1
        else:
            stage = loop.stage_of(check_data(app.dossier, rs, name=app.ref).to_dict())
        stages[bid] = stage
        biz = reg.loop.business(bid)
        cells[bid] = (biz.regency, biz.community)
    by_regency, by_community = {}, {}
    for bid, s in stages.items():
        by_regency.setdefault(cells[bid][0], []).append(s)
        by_community.setdefault(cells[bid][1], []).append(s)
    return (fn.counts(stages.values()), {k: fn.counts(v) for k, v in by_regency.items()},
            {k: fn.counts(v) for k, v in by_community.items()})


@pytest.mark.parametrize("n", [2000])
def test_the_dashboard_counts_what_the_register_holds(tmp_path, n):
    url = f"sqlite:///{tmp_path / 'province.sqlite3'}"
    now = dt.datetime(2026, 12, 7, 4, 0, tzinfo=dt.timezone.utc)
    with Register.open(url) as reg:
        refs = _province().fill(reg, n=n, seed=7, now=now)
        assert len(refs) == n
        total, regencies, communities = expected(reg)
        f = fn.funnel(reg, by="regency", now=now)
        assert f.total == total
        assert dict(f.groups) == regencies
        assert dict(fn.funnel(reg, by="community", now=now).groups) == communities
        # a funnel: each stage holds every business of the stages after it
        businesses = {a.business_id for a in reg.applications(limit=100_000, brief=True)}
        assert all(a >= b for a, b in zip(total, total[1:], strict=False)) and total[0] == len(businesses)
        assert len(businesses) > 0.9 * n                  # a few NIBs come twice
        assert total[-1] > 50 and total[-2] > total[-1] and total[1] < n   # a real spread
        # week by week: the last week is today; the weeks before only add businesses
        assert f.weeks[-1][1] == total
        registered = [c[0] for _, c in f.weeks]
        assert registered == sorted(registered) and registered[0] < total[0]
        statuses = Counter(a.status for a in reg.applications(limit=100_000, brief=True))
        assert statuses["certified"] == total[-1]
        assert statuses["returned"] > 0 and any(a.version > 1 for a in reg.applications(
            limit=100_000, brief=True))


def test_the_dashboard_page_and_report_read_the_same_funnel(register_url, tmp_path):
    from tests.support.desk import browser, make_app, seed

    refs = seed(register_url)
    now = dt.datetime.now(dt.timezone.utc)
    with Register.open(register_url) as reg:
        _province().fill(reg, n=60, seed=3, now=now)
        f = fn.funnel(reg, by="regency")
        m = fn.month_report(reg, now.astimezone(fn.office_tz()).strftime("%Y-%m"))
        assert m.after == f.total
        assert reg.application(refs["tenun-sukarara"]).stage >= 0
    app = make_app(register_url, tmp_path)
    with browser(app, "officer") as c:
        html = c.get("/meja/dasbor").text
        table = html.split('class="list funnel"', 1)[1].split("</table>", 1)[0]
        assert [int(x) for x in __import__("re").findall(r"<b>(\d+)</b>", table)] == f.total
