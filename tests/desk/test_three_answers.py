"""The officer's desk shows what the owner said (issue 21), on SQLite and PostgreSQL: "Belum
punya" and "Sedang diurus" are the owner's answers on the application page, never "Data belum
diisi"; only a question she did not answer is missing data."""

import copy

import yaml

from tests.support.desk import browser, make_app, seed
from tests.support.paths import AS_OF, EXAMPLES


def _submit(url, data):
    from readiness.api import check_data, load_standard
    from readiness.register.records import application_from_result
    from readiness.register.store import Register

    res = check_data(data, load_standard(), name="periksa.yaml", as_of=AS_OF).to_dict()
    with Register.open(url) as reg:
        return reg.submit_application(application_from_result(
            res, data, source="self_assessment", consent="consent.v1")).ref


def test_the_desk_shows_her_answers(register_url, tmp_path):
    seed(register_url, names=())
    kopi = yaml.safe_load((EXAMPLES / "kopi-sembalun.yaml").read_text(encoding="utf-8"))
    data = copy.deepcopy(kopi)
    data["products"][0]["permits"] = [{"type": "pirt", "status": "none"},
                                      {"type": "halal", "status": "pending"}]
    ref = _submit(register_url, data)
    app = make_app(register_url, tmp_path)
    with browser(app, "officer") as c:
        page = c.get(f"/meja/pengajuan/{ref}")
        assert page.status_code == 200
        html = page.text
    assert "Belum punya SPP-IRT" in html, html[:2000]
    assert "Sertifikat halal sedang diurus" in html
    assert "Data belum diisi: izin produk" not in html.replace("Izin", "izin")
