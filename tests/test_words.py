"""The one vocabulary: every user-facing word lives in the catalogue (readiness/words/), in both languages;
every value the model accepts has its words; every code the code raises is in the catalogue;
nothing else holds a table of words; docs/design.md's table of check kinds is the code's."""

import ast
import re
import string
from pathlib import Path
from typing import get_args

import pytest

from readiness import model, vocab
from readiness.words import LANGS, SECTIONS, VALUE_SETS, WORDS, render, t, value_label

ROOT = Path(__file__).resolve().parent.parent
SOURCES = sorted(p for p in (ROOT / "readiness").rglob("*.py"))
CATALOGUE = ROOT / "readiness" / "words"        # the lookup and the catalogue modules


def _in_catalogue(p: Path) -> bool:
    return p.is_relative_to(CATALOGUE)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_word_in_both_languages_with_the_same_placeholders():
    for key, entry in WORDS.items():
        assert set(entry) == set(LANGS), key
        assert all(isinstance(v, str) and v.strip() for v in entry.values()), key
        assert _fields(entry["id"]) == _fields(entry["en"]), key


@pytest.mark.parametrize("section", sorted(model.VALUE_SETS))
def test_every_value_the_model_accepts_has_its_words(section):
    values = get_args(model.VALUE_SETS[section])
    assert values and section in VALUE_SETS
    assert set(SECTIONS[section]) == set(values), f"{section}: words and model disagree"
    for v in values:
        assert t(f"{section}.{v}", "id") and t(f"{section}.{v}", "en"), v


@pytest.mark.parametrize("enum", vocab.ENUMS)
def test_every_enum_member_has_its_words(enum):
    assert set(SECTIONS[enum.SECTION]) == {m.value for m in enum}
    for m in enum:
        assert m.label("id") and m.label("en")


def test_a_value_reads_the_same_whichever_set_names_it():
    """No two places name one thing differently: a value in several sets (none, other) has
    one wording, so a message that words it without knowing its set cannot disagree."""
    seen: dict[str, dict] = {}
    for s in VALUE_SETS:
        for v, words in SECTIONS[s].items():
            assert seen.setdefault(v, words) == words, (s, v)
            assert value_label(v, "en") == words["en"]


def _string_literals(node) -> set[str]:
    return {k.value for k in node.keys if isinstance(k, ast.Constant)}


def test_no_other_module_holds_words():
    """Words live in the catalogue only: no {"id": ..., "en": ...} tables and no branches on
    the language elsewhere."""
    offenders = []
    for p in SOURCES:
        if _in_catalogue(p):
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Dict) and {"id", "en"} <= _string_literals(node) and any(
                    isinstance(v, ast.JoinedStr) or isinstance(v, ast.Constant) and v.value
                    for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and k.value in LANGS):
                offenders.append(f"{p.relative_to(ROOT)}:{node.lineno}")
            if isinstance(node, ast.Compare) and any(
                    isinstance(c, ast.Constant) and c.value in LANGS for c in node.comparators) \
                    and isinstance(node.left, ast.Name) and node.left.id == "lang":
                offenders.append(f"{p.relative_to(ROOT)}:{node.lineno} (lang ==)")
    assert offenders == []


_CODE_SITES = [
    r'InputError\(\s*"(\w+)"', r'\bMsg\(\s*"(\w+)"', r'\.error\(\s*"(\w+)"', r'\.error\([^"\n]*,\s*"(\w+)"',
    r'err\.add\(.+?\),\s*"(\w+)"', r'err\.add\(\w+,\s*"(\w+)"', r'ConditionError\(\s*"(\w+)"', r'CellError\(\s*"(\w+)"',
    r'SignatureProblem\(\s*"(\w+)"', r'outcome\([A-Z]+, [^,\n]+, "(\w+)"', r'refuse\("(\w+)"\)',
    r'render\(\s*"(\w+)"',
]


def test_every_code_the_code_uses_is_in_the_catalogue():
    found = 0
    for p in SOURCES:
        src = p.read_text(encoding="utf-8")
        for rx in _CODE_SITES:
            for code in re.findall(rx, src):
                found += 1
                assert any(f"{section}.{code}" in WORDS for section in ("msg", "error", "batch")), \
                    f"{p.name}: {code}"
        for key in re.findall(r'\bt\(\s*"([a-z_]+\.[\w.]+)"', src) if not _in_catalogue(p) else ():
            assert key in WORDS, f"{p.name}: {key}"
    assert found > 150


def test_messages_read_in_both_languages():
    assert render("absent", {"fields": ["business.nib"]}, "id") == "Data belum diisi: NIB."
    assert render("absent", {"fields": ["business.nib"]}, "en") == "Not given in the dossier: NIB."
    assert render("no_such_code", {"a": 1}, "id") == "no_such_code {'a': 1}"


def test_design_md_lists_the_check_kinds_of_the_code():
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_docs import DESIGN, with_table

    text = DESIGN.read_text(encoding="utf-8")
    assert with_table(text) == text, "docs/design.md is stale: run python scripts/gen_docs.py"


def test_requires_is_checked_before_the_schema(tmp_path):
    from readiness.errors import InputError
    from readiness.standards import load_standard

    f = tmp_path / "future.yaml"
    f.write_text('format: readiness-standard/1\nid: future\nversion: "2030.1"\nrequires: ">=9.0"\n'
                 "a_key_of_the_future: 1\n", encoding="utf-8")
    with pytest.raises(InputError) as e:
        load_standard(str(f))
    assert e.value.code == "needs_newer" and "needs readiness >=9.0" in e.value.one_line()
    assert "readiness >=9.0" in e.value.one_line("id") and "memerlukan" in e.value.one_line("id")


def test_click_speaks_indonesian(tmp_path):
    from tests.support.cli import run

    p = run("check", env={"READINESS_LANG": "id", "PATH": "/usr/bin:/bin"})
    assert p.code == 2
    assert "Cara pakai:" in p.err and "Argumen belum diberikan" in p.err, p.err
    p = run("check", "--lang", "en")
    assert "Usage:" in p.err and "Missing argument" in p.err


def test_every_literal_of_the_model_is_a_named_value_set():
    """A field with a closed set of values names a Literal listed in model.VALUE_SETS (so the
    test above gives it words): none hides inline in a field's annotation."""
    from typing import Literal, get_origin

    from pydantic import BaseModel

    sets = {frozenset(get_args(v)) for v in model.VALUE_SETS.values()}

    def literals(tp):
        if get_origin(tp) is Literal:
            yield frozenset(get_args(tp))
        for a in get_args(tp):
            yield from literals(a)

    seen = 0
    for obj in vars(model).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel) and obj.__module__ == model.__name__:
            for name, f in obj.model_fields.items():
                for lit in literals(f.annotation):
                    seen += 1
                    assert lit in sets, f"{obj.__name__}.{name}: {sorted(lit)} has no value set"
    assert seen >= 12
