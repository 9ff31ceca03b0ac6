"""The desk's finding page shows a `manual` finding's officer question and what to consult
(issue 20), on SQLite and PostgreSQL."""

import json
import re

import pytest

from readiness.api import check_path, load_standard
from tests.support.paths import AS_OF, EXAMPLES
from tests.support.desk import browser, make_app, seed


@pytest.fixture
def site(register_url, tmp_path):
    refs = seed(register_url, names=("dapur-inaq-sari",))
    return make_app(register_url, tmp_path), refs


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_finding_page_shows_the_question(site, lang):
    app, refs = site
    ref = refs["dapur-inaq-sari"]
    res = check_path(EXAMPLES / "dapur-inaq-sari.yaml", load_standard(), as_of=AS_OF, lang=lang)
    manual = [f for f in json.loads(res.to_json())["findings"] if f["status"] == "manual"]
    assert manual, "the default edition has a manual requirement (EVT-06)"
    f = manual[0]
    q = f["question"]
    assert q["text"]
    produk = "" if f["product"] is None else str(f["product"])
    with browser(app, "officer") as c:
        html = c.get(f"/meja/pengajuan/{ref}/temuan/{f['rule']}?produk={produk}"
                      + ("&lang=en" if lang == "en" else "")).text
    section = re.search(r'<section class="box question" id="question">(.*?)</section>', html, re.S)
    assert section, html[:2000]
    title = {"id": "Pertanyaan untuk petugas", "en": "The question to decide"}[lang]
    assert title in section.group(1)
    import html as h
    assert h.escape(q["text"], quote=False) in section.group(1) or q["text"] in h.unescape(section.group(1))
    for s in q["sources"]:
        assert s in h.unescape(section.group(1))
    # a finding that is not manual has no question block
    with browser(app, "officer") as c:
        other = next(x for x in json.loads(res.to_json())["findings"] if x["status"] == "fail")
        p2 = "" if other["product"] is None else str(other["product"])
        assert 'id="question"' not in c.get(f"/meja/pengajuan/{ref}/temuan/{other['rule']}?produk={p2}").text


def test_the_owner_status_page_says_an_officer_decides(site):
    from readiness.register.store import Register

    app, refs = site
    ref = refs["dapur-inaq-sari"]
    with Register.open(app.state.settings.database_url) as reg:
        a = reg.application(ref)
    with browser(app) as c:
        html = c.get(f"/status/{a.ref}/{a.secret}").text
    section = re.search(r'<section class="decided" id="diputuskan">(.*?)</section>', html, re.S)
    assert section, html[:3000]
    text = section.group(1)
    assert "Diputuskan petugas" in text
    assert "Petugas akan memutuskan syarat ini; Anda tidak perlu memperbaikinya sekarang." in text
    assert "Pertanyaan petugas" in text


@pytest.mark.parametrize("lang", ["id", "en"])
def test_periksa_answer_groups_the_officer_questions(lang):
    from readiness.web.periksa_ui import plan_view

    res = check_path(EXAMPLES / "dapur-inaq-sari.yaml", load_standard(), as_of=AS_OF, lang=lang)
    view = plan_view(res, lang)
    (m,) = [i for i in view["manual"] if i["title"]]
    assert m["questions"] and "how" not in m
    assert all(p["why"] for p in view["products"] if p["verdict"] == "not_ready")
