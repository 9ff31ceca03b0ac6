"""The house's plan: which floor every module of `readiness` lives on (the one declared table),
and what the code really does: every import arrow (at module level and inside functions, plus
`importlib.import_module("readiness.x")` and other module names written as strings), the
upward arrows, the import circles, the largest modules and functions.

    python scripts/house.py            # the figures (floors, arrows, circles, largest rooms)
    python scripts/house.py --arrows   # every arrow, with its floors

tests/test_layers.py holds the house to this table; scripts/gen_docs.py writes docs/design.md's
module table from it.
"""

from __future__ import annotations

import ast
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "readiness"

# The floors, lowest first. A module may import modules on its own floor or below; within a
# floor the arrows must not close a circle. `store` sits above `inputs` because the register's
# export writes spreadsheets (sheets/) and files atomically (files), and below `core` because
# nothing in the core may know the database. The engine sits on the spine's floor: it builds
# the result (readiness.report), which every floor above reads.
FLOORS = ("ground", "inputs", "store", "core", "spine", "documents", "services", "faces")

# module (or package: every module under it) -> (floor, what it holds). The longest matching
# name decides. Every module of readiness/ must be covered (tests/test_layers.py).
MODULES: dict[str, tuple[str, str]] = {
    # ground: words and codes every floor speaks
    "readiness": ("ground", "the version (`__version__`)"),
    "readiness.words": ("ground", "the one catalogue of user-facing words: the lookup (`t`, `label`, `Msg`, "
                        "`render`, `message`, `Section`, `pick`, `value_label`, `field_label`, `date_text`) "
                        "in `__init__`, the words in one data module per face"),
    "readiness.vocab": ("ground", "the closed vocabularies as `str` enums with rank and words: `Status`, "
                        "`Severity`, `Verdict`, `Category`, `Channel`, `Scale`; `GAP`, `MET`"),
    "readiness.errors": ("ground", "`InputError(code, *, file, line, column, path, expected, found, **args)` "
                         "(bad input: exit 2), `InputErrors`"),
    "readiness.fieldpaths": ("ground", "both path notations: JSON paths (`json_path`, `parse_json_path`, "
                             "`concrete_to_json`, `split_concrete`) and field references (`segments`, "
                             "`validate_field_path`, `field_name`, `anchor`)"),
    "readiness.yamlerrors": ("ground", "a YAML syntax error in plain words: the likely line and the usual "
                           "cause (`yaml_cause`, `explain_yaml_error`)"),
    "readiness.clock": ("ground", "the office's time: `office_today`, `office_now`, `to_office`, "
                        "`office_date` (WITA, Asia/Makassar)"),
    # inputs: bytes and cells become values
    "readiness.values": ("inputs", "the value parsers shared by dossiers, answers and spreadsheet cells: "
                         "numbers, money, dates (and date serials), quantities, shares, yes/no, NIB/NPWP and "
                         "phone numbers (`CellError` says why not)"),
    "readiness.load": ("inputs", "the one loader of every YAML/JSON input (dossiers, rule sets, decisions, "
                       "mappings, results) under limits: `load_source(path_or_bytes, *, name, limits, kind) "
                       "-> Source` (data, text, sha256, `line_of`, `locate`), `load_data`, `Limits`"),
    "readiness.files": ("inputs", "files written atomically (`atomic_write`, `atomic_writer`), safe names and "
                        "paths (`safe_relative_path`, `safe_filename`, `unique_filename`), `open_regular`"),
    "readiness.sheets": ("inputs", "spreadsheets in and out: `read` (XLSX streamed under limits, CSV with its "
                         "encoding found), `write` (streamed XLSX, spreadsheet-safe cells), `mapping` (a "
                         "form's columns -> dossier fields: `readiness-mapping/1`, the shipped mappings)"),
    # store: the only code that talks to the database
    "readiness.register": ("store", "the certificate register: `numbers`, `records` (plain records, a "
                           "result's digest), `models` + `migrations/` (SQLAlchemy 2, Alembic), `store` "
                           "(`Register`), `accounts`, `audit`, `desk` (the desk's records), `export` (CSV/XLSX)"),
    # core: the rules judged
    "readiness.model": ("core", "pydantic models of the dossier (`Dossier`, `Business`, `Product`, `Permit`, "
                        "...), every closed set as a named `Literal` (`VALUE_SETS`)"),
    "readiness.answers": ("core", "one parser of an owner's answers (`parse_answer`, `normalise_dossier`): "
                          "the dossier model's field types choose the parser from `values`"),
    "readiness.checks": ("core", "one module per check kind: `P` (its parameters, pydantic; `derive()` "
                         "makes compiled forms once) and `check(params, ctx) -> Outcome`; `base` holds what "
                         "they share; `KINDS` registers them"),
    "readiness.conditions": ("core", "declarative conditions (applicability, severity) compiled to closures"),
    "readiness.standards": ("core", "rule sets: `model` (`RuleSet`, each rule's `RulePlan`), `schema`, "
                            "`loader` (`requires:`, schema, `extends`, compile; the catalogue of shipped "
                            "editions), `diff`, `fields` (which fields rules read), `offices` (the office of a "
                            "kind for a regency)"),
    "readiness.decisions": ("core", "officers' decisions (waivers, verdicts) and their file"),
    "readiness.engine": ("spine", "`evaluate(dossier, ruleset, *, as_of, event, lang, decisions, line_of, "
                         "source) -> Result`"),
    # spine: the result every document and service reads, and the engine that makes it
    "readiness.report": ("spine", "`Result`, `Finding`, `Condition`; `to_dict()` / `to_json()`"),
    "readiness.result": ("spine", "the result read back: `ResultDoc`, the one frozen, typed model of "
                         "`readiness-result/1` every consumer reads (`read`, `read_result`, `load_result`, "
                         "`flatten()` the summary row, `to_dict()`)"),
    "readiness.attachments": ("spine", "what a document carries: the attachments' names and the canonical "
                              "JSON of the result (`canonical_json`)"),
    # documents: the result shown, numbered, signed, checked
    "readiness.plan": ("documents", "the owner's action plan (`ActionPlan`, `build_plan`): a result read as "
                       "what to do, in order"),
    "readiness.render": ("documents", "text, short, html, pdf: pure functions of the result; `format` dates, "
                         "money, scores; `fetcher` the packaged assets"),
    "readiness.compare": ("documents", "`compare_results(old, new)`, `compare_text`: two results of one "
                          "business"),
    "readiness.signing": ("documents", "the earlier scheme's Ed25519 keys and signatures, "
                          "`verify_certificate`"),
    "readiness.office": ("documents", "the issuing office's settings (`office.yaml`), trial key, PKCS#12 "
                         "import, default trust"),
    "readiness.pades": ("documents", "PAdES signing (`OfficeSigner`) and signature checks with pyHanko"),
    "readiness.issuing": ("documents", "`Issuer`: number certified results in the register, render and "
                          "sign"),
    "readiness.verification": ("documents", "`verify_pdf`: signature, signer, attached result, register "
                               "status; `report_lines`"),
    # services: the work a face asks for
    "readiness.api": ("services", "the front door both faces call: `load_standard`, `check_path`, "
                      "`check_data`, `issue_document`, `certificate_status`, `revoke_certificate`, "
                      "`verify_certificate`"),
    "readiness.desk": ("services", "the desk's work: an application's review, decisions, export/import, "
                       "issuing, status moves, uploads"),
    "readiness.selfcheck": ("services", "the self-assessment's questions, generated from the standard and "
                            "the dossier model, and the dossier built from the answers (`/periksa` shows them)"),
    "readiness.regform": ("services", "`readiness form`: the registration form a standard needs "
                          "(questions, XLSX template, Google Apps Script, the mapping of its export)"),
    "readiness.init_template": ("services", "`readiness init`: a dossier template with the fields the "
                                "applicable rules read"),
    "readiness.doctor": ("services", "`diagnose()`: what the rendering path has and lacks"),
    "readiness.applications": ("services", "the owner <-> office loop: send, resubmit, return with notes, "
                               "approve, issue (password, re-issue guard), revoke, assign, waiver review, "
                               "status link, WhatsApp and e-mail to the owner; `stage_of(result)`"),
    "readiness.pembinaan": ("services", "what changed between versions, a business's timeline, the week's "
                            "follow-ups"),
    "readiness.funnel": ("services", "the funnel from the stage history, week by week, by regency or "
                         "community; the monthly report (XLSX, PDF)"),
    "readiness.outbox": ("services", "e-mail through the office's SMTP server (READINESS_SMTP_URL), "
                         "retried with backoff, audited"),
    "readiness.batch": ("services", "many businesses: spreadsheet rows -> dossiers (`spreadsheet`), the "
                        "ordered worker pool and the Dask cluster, `runner`, `impact`, summaries, cache, "
                        "manifest"),
    "readiness.batch.cells": ("services", "a spreadsheet cell to a dossier value (`parse_cell`, `apply`) "
                              "and what a cell leaves missing (`unread_rules`, `not_asked`)"),
    "readiness.batch.discover": ("services", "the batch's inputs opened and counted (`open_inputs`), one "
                                 "`Unit` per business in a fixed order (`units`) with its identity"),
    "readiness.batch.reuse": ("services", "what earlier runs completed (the old index, `.state/`) and "
                              "whether a unit's result and document are kept (`Reuse.todo`)"),
    "readiness.batch.work": ("services", "the worker side: `setup_worker`, `check_chunk` (check, number "
                             "the certificates, result line, summary row, document), `payload`"),
    "readiness.batch.output": ("services", "what a run writes in unit order (`Output`): result lines, "
                               "markers, summary rows, counters (`Stats`), then the summaries"),
    "readiness.batch.runner": ("services", "`run_batch`: the rooms run in order, the lock, the manifest"),
    # faces: thin
    "readiness.__main__": ("faces", "`python -m readiness`"),
    "readiness.cli": ("faces", "click commands, one module per group; thin"),
    "readiness.web": ("faces", "`create_app(settings)` (FastAPI), one router per feature, templates, "
                      "static files; `auth` (the permission matrix, `need(permission)`), `desk_ui` (desk "
                      "pages, submit-once), `jobs` (the vendor desk's job processes), `charts` (inline "
                      "SVG), `personal` (what an organizer may read), `security`, `periksa_ui`"),
}

# The floors of the old house's modules that no longer exist under their names (`--root` of a
# checkout from before the moves; what was in batch/ counts as batch, a service).
BEFORE = {"readiness.io": "inputs", "readiness.paths": "ground"}


@dataclass(frozen=True)
class Arrow:
    source: str          # the importing module
    target: str          # the imported module
    line: int
    lazy: bool           # inside a function (or a string naming a module)


def module_files(package: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its own name)."""
    out = {}
    for path in sorted(package.rglob("*.py")):
        rel = path.relative_to(package.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The longest known module that NAME is or lies in (`readiness.words.t` -> readiness.words)."""
    while name:
        if name in known:
            return name
        if "." not in name:
            return None
        name = name.rsplit(".", 1)[0]
    return None


def _is_package(module: str, known: dict[str, Path]) -> bool:
    return known[module].name == "__init__.py"


def arrows_of(module: str, known: dict[str, Path]) -> list[Arrow]:
    """Every arrow out of MODULE: imports anywhere in the file, and string constants that name
    one of our modules (importlib.import_module, lazy command tables)."""
    tree = ast.parse(known[module].read_text(encoding="utf-8"), str(known[module]))
    out: list[Arrow] = []
    package = module if _is_package(module, known) else module.rsplit(".", 1)[0]

    def add(target: str | None, node: ast.AST, lazy: bool) -> None:
        if target and target != module:
            out.append(Arrow(module, target, node.lineno, lazy))

    def visit(node: ast.AST, lazy: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inner = lazy or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if isinstance(child, ast.Import):
                for a in child.names:
                    add(_resolve(a.name, known), child, lazy)
            elif isinstance(child, ast.ImportFrom):
                if child.level:
                    base = package.split(".")
                    base = base[: len(base) - (child.level - 1)]
                    src = ".".join(base + ([child.module] if child.module else []))
                else:
                    src = child.module or ""
                for a in child.names:           # `from readiness import words` names a module
                    full = f"{src}.{a.name}"
                    add(full if full in known else _resolve(src, known), child, lazy)
            elif (isinstance(child, ast.Constant) and isinstance(child.value, str)
                  and child.value.startswith("readiness.") and child.value in known):
                add(child.value, child, True)
            visit(child, inner)

    visit(tree, False)
    return out


def graph(known: dict[str, Path] | None = None) -> list[Arrow]:
    """Every arrow between our modules."""
    known = known or module_files()
    return [a for m in known for a in arrows_of(m, known)]


def owner(module: str) -> str | None:
    """The entry of the table a module belongs to: itself, else the nearest package above it
    that the table names (the root package, `readiness`, stands for its own __init__ only, so
    a new top-level module is on no floor until the table places it)."""
    name = module
    while True:
        if name in MODULES and (name == module or name != "readiness"):
            return name
        if "." not in name:
            return None
        name = name.rsplit(".", 1)[0]


def floor_of(module: str) -> str | None:
    """The floor of a module: that of its entry in the table."""
    entry = owner(module)
    return MODULES[entry][0] if entry else None


def upward(arrows: list[Arrow]) -> list[Arrow]:
    """Arrows from a lower floor to a higher one."""
    rank = {f: i for i, f in enumerate(FLOORS)}
    return [a for a in arrows
            if rank.get(floor_of(a.target), -1) > rank.get(floor_of(a.source), len(FLOORS))]


def circles(arrows: list[Arrow]) -> list[list[str]]:
    """The strongly connected sets of modules (Tarjan), each a circle of imports."""
    edges: dict[str, set[str]] = {}
    for a in arrows:
        edges.setdefault(a.source, set()).add(a.target)
        edges.setdefault(a.target, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            part = []
            while True:
                w = stack.pop()
                on.discard(w)
                part.append(w)
                if w == v:
                    break
            if len(part) > 1:
                found.append(sorted(part))

    sys.setrecursionlimit(10_000)
    for v in sorted(edges):
        if v not in index:
            connect(v)
    return sorted(found)


@dataclass(frozen=True)
class Function:
    module: str
    name: str            # Class.method or function (nested: outer.inner)
    line: int
    lines: int


def functions(known: dict[str, Path] | None = None) -> list[Function]:
    """Every function and method with its length in lines (decorators not counted)."""
    known = known or module_files()
    out = []
    for module, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))

        def visit(node: ast.AST, prefix: str, module: str = module) -> None:
            for child in ast.iter_child_nodes(node):
                if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    name = prefix + child.name
                    out.append(Function(module, name, child.lineno, child.end_lineno - child.lineno + 1))
                    visit(child, name + ".")
                elif isinstance(child, ast.ClassDef):
                    visit(child, prefix + child.name + ".")
                else:
                    visit(child, prefix)

        visit(tree, "")
    return out


def module_lines(known: dict[str, Path] | None = None) -> dict[str, int]:
    known = known or module_files()
    return {m: len(p.read_text(encoding="utf-8").splitlines()) for m, p in known.items()}


def design_table(known: dict[str, Path] | None = None) -> str:
    """docs/design.md's module table: every entry of the table by floor, what it holds (the
    table's words) and which entries it imports (the code's arrows)."""
    known = known or module_files()
    uses: dict[str, set[str]] = {e: set() for e in MODULES}
    for a in graph(known):
        s, t = owner(a.source), owner(a.target)
        if s and t and s != t:
            uses[s].add(t)
    rank = {f: i for i, f in enumerate(FLOORS)}

    def shown(entry: str) -> str:
        path = entry.replace(".", "/")
        return f"`{path}/`" if known.get(entry, Path()).name == "__init__.py" and entry != "readiness" \
            else f"`{path}.py`" if entry != "readiness" else "`readiness/__init__.py`"

    def short(entry: str) -> str:
        return entry.removeprefix("readiness.") if entry != "readiness" else "readiness"

    rows = ["| floor | module | what it holds | imports (ours) |", "|---|---|---|---|"]
    for e in sorted(MODULES, key=lambda e: (rank[MODULES[e][0]], e)):
        floor, what = MODULES[e]
        imports = ", ".join(sorted((short(t) for t in uses[e]), key=str.lower)) or "nothing of ours"
        rows.append(f"| {floor} | {shown(e)} | {what} | {imports} |")
    return "\n".join(rows) + "\n"


def report(known: dict[str, Path], out=sys.stdout) -> None:
    arrows = graph(known)
    pairs = {(a.source, a.target) for a in arrows}
    up = upward(arrows)
    up_pairs = sorted({(a.source, a.target) for a in up})
    unplaced = sorted(m for m in known if floor_of(m) is None)
    used = Counter(floor_of(m) for m in known)
    print(f"modules: {len(known)}  lines: {sum(module_lines(known).values())}", file=out)
    print(f"floors: {len([f for f in FLOORS if used[f]])} ("
          + ", ".join(f"{f} {used[f]}" for f in FLOORS) + ")", file=out)
    if unplaced:
        print(f"modules on no floor: {len(unplaced)}: {', '.join(unplaced)}", file=out)
    print(f"arrows (module pairs): {len(pairs)}, of them lazy only: "
          f"{len(pairs - {(a.source, a.target) for a in arrows if not a.lazy})}", file=out)
    print(f"upward arrows (module pairs): {len(up_pairs)}", file=out)
    for s, t in up_pairs:
        print(f"  {s} ({floor_of(s)}) -> {t} ({floor_of(t)})", file=out)
    found = circles(arrows)
    print(f"import circles: {len(found)}", file=out)
    for c in found:
        print("  " + " <-> ".join(c), file=out)
    sizes = module_lines(known)
    print("largest modules:", file=out)
    for m, n in sorted(sizes.items(), key=lambda x: -x[1])[:8]:
        print(f"  {n:5d}  {m}", file=out)
    funcs = sorted(functions(known), key=lambda f: -f.lines)
    print(f"functions over 80 lines: {sum(f.lines > 80 for f in funcs)}; largest:", file=out)
    for f in funcs[:8]:
        print(f"  {f.lines:5d}  {f.module}:{f.name}", file=out)


def main(argv: list[str]) -> None:
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--arrows", action="store_true", help="list every arrow with its floors")
    ap.add_argument("--root", type=Path, help="measure another checkout (e.g. before the moves)")
    args = ap.parse_args(argv)
    known = module_files(args.root / "readiness") if args.root else module_files()
    if args.root:
        MODULES.update({m: (f, "") for m, f in BEFORE.items()})
    if args.arrows:
        for s, t in sorted({(a.source, a.target) for a in graph(known)}):
            print(f"{s} ({floor_of(s)}) -> {t} ({floor_of(t)})")
    else:
        report(known)


if __name__ == "__main__":
    main(sys.argv[1:])
