"""The house's contract (issue 24): every module of readiness on one floor of the declared table
(scripts/house.py, MODULES), imports pointing down or along a floor only, no import circle,
no function over 80 lines outside migrations, no module over 800 lines outside catalogue data,
and docs/design.md's module table the one the table and the code make.

Arrows are counted wherever an import is written: at module level, inside functions (a lazy
import is an arrow too), and a module named in a string (importlib.import_module, the CLI's
table of lazy commands)."""

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import house  # noqa: E402

MAX_FUNCTION = 80
MAX_MODULE = 800

# Upward arrows allowed, each with its reason: (source, target) -> why. Keep it empty; an entry
# here is a debt with a name on it.
ALLOWED_UPWARD: dict[tuple[str, str], str] = {}

# Functions and modules over the limits when the contract was written: each may only shrink.
# When one is split below its limit the test says so: remove its entry then (house2 and the
# engineers after them; a NEW violation cannot land).
LONG_FUNCTIONS = {
    "readiness.sheets.read:XlsxBook.rows": 179,
    "readiness.render.documents:build_context": 121,
    "readiness.sheets.mapping:_parse_target": 119,
    "readiness.plan:build_plan": 115,
    "readiness.register.store:Register._issue": 100,
    "readiness.sheets.mapping:parse_mapping": 96,
    "readiness.signing:verify_certificate": 92,
}
LONG_MODULES: dict[str, int] = {}


@pytest.fixture(scope="module")
def known():
    return house.module_files()


@pytest.fixture(scope="module")
def arrows(known):
    return house.graph(known)


def test_every_module_is_on_a_floor_of_the_table(known):
    assert [m for m in known if house.floor_of(m) is None] == [], \
        "add the module (or its package) to MODULES in scripts/house.py"
    assert {f for f, _ in house.MODULES.values()} <= set(house.FLOORS)


def test_the_table_names_no_module_that_is_gone(known):
    assert [m for m in house.MODULES if m not in known] == []


def test_no_import_points_up(arrows):
    up = sorted({(a.source, a.target) for a in house.upward(arrows)} - set(ALLOWED_UPWARD))
    assert up == [], "\n".join(
        f"{s} ({house.floor_of(s)}) imports {t} ({house.floor_of(t)}), line "
        f"{min(a.line for a in arrows if (a.source, a.target) == (s, t))}" for s, t in up)
    stale = [k for k in ALLOWED_UPWARD if k not in {(a.source, a.target) for a in arrows}]
    assert stale == [], "remove these from ALLOWED_UPWARD: the arrow is gone"


def test_no_import_circle(arrows):
    found = house.circles(arrows)
    assert found == [], "import circles:\n" + "\n".join(" <-> ".join(c) for c in found)


def test_lazy_imports_and_named_modules_are_arrows_too(tmp_path):
    """The contract sees what a plain module-level scan would miss."""
    pkg = tmp_path / "readiness"
    (pkg / "sub").mkdir(parents=True)
    (pkg / "__init__.py").write_text("")
    (pkg / "sub" / "__init__.py").write_text("")
    (pkg / "low.py").write_text("def f():\n    from readiness.sub import high\n")
    (pkg / "sub" / "high.py").write_text("import importlib\nM = importlib.import_module('readiness.low')\n")
    (pkg / "sub" / "rel.py").write_text("from ..low import f\nfrom . import high\n")
    known = house.module_files(pkg)
    got = {(a.source, a.target, a.lazy) for a in house.graph(known)}
    assert got == {("readiness.low", "readiness.sub.high", True),
                   ("readiness.sub.high", "readiness.low", True),
                   ("readiness.sub.rel", "readiness.low", False),
                   ("readiness.sub.rel", "readiness.sub.high", False)}
    assert house.circles(house.graph(known)) == [["readiness.low", "readiness.sub.high"]]


def _catalogue_data(module: str) -> bool:
    """The words' catalogue modules are data (the lookup, readiness.words itself, is code)."""
    return module.startswith("readiness.words.")


def test_no_function_grows_past_80_lines():
    long = {f"{f.module}:{f.name}": f.lines for f in house.functions()
            if f.lines > MAX_FUNCTION and ".migrations." not in f.module}
    new = {k: n for k, n in long.items() if k not in LONG_FUNCTIONS}
    grown = {k: (n, LONG_FUNCTIONS[k]) for k, n in long.items() if n > LONG_FUNCTIONS.get(k, n)}
    assert new == {}, f"functions over {MAX_FUNCTION} lines: split them"
    assert grown == {}, "(now, allowed) for functions of the allow-list that grew"
    done = sorted(set(LONG_FUNCTIONS) - set(long))
    assert done == [], "under the limit now (or gone): remove from LONG_FUNCTIONS"


def test_no_module_grows_past_800_lines():
    long = {m: n for m, n in house.module_lines().items()
            if n > MAX_MODULE and not _catalogue_data(m)}
    new = {k: n for k, n in long.items() if k not in LONG_MODULES}
    grown = {k: (n, LONG_MODULES[k]) for k, n in long.items() if n > LONG_MODULES.get(k, n)}
    assert new == {}, f"modules over {MAX_MODULE} lines: split them"
    assert grown == {}, "(now, allowed) for modules of the allow-list that grew"
    done = sorted(set(LONG_MODULES) - set(long))
    assert done == [], "under the limit now (or gone): remove from LONG_MODULES"


def test_design_md_module_table_is_the_table_and_the_code():
    sys.path.insert(0, str(ROOT / "scripts"))
    from gen_docs import DESIGN, with_tables

    text = DESIGN.read_text(encoding="utf-8")
    assert with_tables(text) == text, "docs/design.md is stale: run python scripts/gen_docs.py"
