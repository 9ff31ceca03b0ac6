"""`readiness init` offers only what the edition accepts or reads (issue 20, software defects):
`bilingual` only where LBL-02 accepts it, `by: MUI` only where a rule reads a permit's `by`."""

import textwrap

import pytest

from readiness.init_template import render_template
from readiness.standards import load_standard

FOOD = [{"name": "Keripik", "category": "packaged_food", "channels": ["event"]}]


def _language_hint(text: str) -> str:
    lines = text.splitlines()
    i = next(i for i, line in enumerate(lines) if line.strip() == "language:")
    return " ".join(x.strip().lstrip("# ") for x in lines[i - 3:i] if x.strip().startswith("#"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_bilingual_where_the_edition_rejects_it(lang):
    text = render_template(load_standard("mandalika-motogp@2027.2"), FOOD, lang=lang)
    assert "bilingual" not in text
    assert "id (Bahasa Indonesia)" in _language_hint(text) or "id (Indonesian)" in _language_hint(text)


def test_bilingual_where_the_edition_accepts_it(tmp_path):
    p = tmp_path / "t.yaml"
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-tailored
        version: "2027.1"
        extends: mandalika-motogp@2027.2
        parameters:
          label_languages: [id, bilingual]
        """))
    hint = _language_hint(render_template(load_standard(p), FOOD, lang="id"))
    assert "bilingual (dwibahasa, dengan teks Indonesia lengkap)" in hint


def test_by_mui_only_where_a_rule_reads_it():
    assert "by: MUI" in render_template(load_standard("mandalika-motogp@2022.2"), FOOD)
    assert "by: MUI" not in render_template(load_standard("mandalika-motogp@2027.2"), FOOD)


def test_periksa_offers_the_label_languages_the_edition_accepts(tmp_path):
    from readiness.selfcheck import form_steps
    from readiness.web.periksa_ui import field_view

    draft = {"products": [{"name": "Keripik", "category": "packaged_food", "channels": ["event"]}]}
    p = tmp_path / "t.yaml"
    p.write_text(textwrap.dedent("""\
        format: readiness-standard/1
        id: ntb-tailored
        version: "2027.1"
        extends: mandalika-motogp@2027.2
        parameters:
          label_languages: [id, bilingual]
        """))
    for rs, want in ((load_standard("mandalika-motogp@2027.2"), ["id"]),
                     (load_standard(p), ["id", "bilingual"])):
        (q,) = [q for s in form_steps(rs, draft) for q in s.questions
                if q.path == "product.label.language"]
        view = field_view(q, {}, {}, "id")
        assert [o for o, _ in view["options"]] == want
        assert all(words != code for code, words in view["options"])      # in words
        assert "bilingual" not in view["hint"]
