"""Carry a branch's edits of the old one-file catalogue (readiness/words.py) into the words
package (readiness/words/: one data module per kind or face), for a merge of main that meets
"CONFLICT (modify/delete): readiness/words.py".

    python scripts/carry_words.py [--base REV] [--theirs REV] [--dry-run]

It reads readiness/words.py at the merge base (default: `git merge-base HEAD MERGE_HEAD`, or
HEAD and main outside a merge) and at THEIRS (default: HEAD, your branch during `git merge
main`), finds the words the branch added, changed or removed, and applies exactly those to the
catalogue modules of the working tree: a changed or removed entry where it now lives, a new
entry at the end of its section, a new section at the end of the module named by
`--new-sections MODULE` (default: the words package's `web.py`: move it where it belongs).
Then: `git rm readiness/words.py`, look at `git diff readiness/words/`, run tests/test_words.py.
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "readiness" / "words"
OLD = "readiness/words.py"


def git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, check=True, capture_output=True, text=True).stdout


def sections_of_old(source: str) -> dict[str, dict[str, dict]]:
    """SECTIONS of an old one-file catalogue, read from its source (not run)."""
    tree = ast.parse(source)
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (
            node.targets[0] if isinstance(node, ast.Assign) else None)
        if isinstance(target, ast.Name) and target.id == "SECTIONS":
            return ast.literal_eval(node.value)
    raise SystemExit("no SECTIONS in the old readiness/words.py")


class Module:
    """One catalogue module's source, edited by positions its AST gives."""

    def __init__(self, path: Path):
        self.path = path
        self.lines = path.read_text(encoding="utf-8").splitlines(keepends=True)

    def _sections(self) -> dict[str, ast.Dict]:
        tree = ast.parse("".join(self.lines))
        for node in tree.body:
            if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "SECTIONS":
                return {k.value: v for k, v in zip(node.value.keys, node.value.values, strict=True)}
        return {}

    def sections(self) -> set[str]:
        return set(self._sections())

    def _replace(self, start: tuple[int, int], end: tuple[int, int], text: str) -> None:
        src = "".join(self.lines)

        def pos(line, col):          # ast columns are UTF-8 byte offsets
            before = "".join(self.lines[:line - 1])
            return len(before) + len(self.lines[line - 1].encode("utf-8")[:col].decode("utf-8"))
        a, b = pos(*start), pos(*end)
        self.lines = (src[:a] + text + src[b:]).splitlines(keepends=True)

    def _entry(self, section: str, key: str):
        d = self._sections()[section]
        for k, v in zip(d.keys, d.values, strict=True):
            if isinstance(k, ast.Constant) and k.value == key:
                return k, v
        return None

    def set(self, section: str, key: str, words: dict) -> str:
        found = self._entry(section, key)
        if found:
            k, v = found
            self._replace((v.lineno, v.col_offset), (v.end_lineno, v.end_col_offset), literal(words))
            return "changed"
        d = self._sections()[section]
        line = (d.values[-1].end_lineno if d.values else d.lineno)
        text = f'        {json.dumps(key)}: {literal(words)},\n'
        if d.values:
            last = self.lines[line - 1]
            end_col = len(last.encode("utf-8")[:d.values[-1].end_col_offset].decode("utf-8"))
            if not last[end_col:].lstrip().startswith(","):
                self.lines[line - 1] = last[:end_col] + "," + last[end_col:]
        self.lines.insert(line, text)
        return "added"

    def remove(self, section: str, key: str) -> bool:
        found = self._entry(section, key)
        if not found:
            return False
        k, v = found
        head = self.lines[k.lineno - 1].encode("utf-8")[:k.col_offset].decode("utf-8")
        tail = self.lines[v.end_lineno - 1].encode("utf-8")[v.end_col_offset:].decode("utf-8")
        if head.strip() or tail.strip() not in (",", ""):
            raise SystemExit(f"cannot remove {section}.{key} in {self.path} alone: remove it by hand")
        del self.lines[k.lineno - 1:v.end_lineno]
        return True

    def add_section(self, section: str, entries: dict) -> None:
        tree = ast.parse("".join(self.lines))
        node = next(n for n in tree.body if isinstance(n, ast.AnnAssign)
                    and getattr(n.target, "id", "") == "SECTIONS")
        body = [f"    {json.dumps(section)}: {{\n"]
        body += [f"        {json.dumps(k)}: {literal(v)},\n" for k, v in entries.items()]
        body.append("    },\n")
        self.lines[node.value.end_lineno - 1:node.value.end_lineno - 1] = body

    def save(self) -> None:
        self.path.write_text("".join(self.lines), encoding="utf-8")


def literal(words: dict) -> str:
    return "{" + ", ".join(f"{json.dumps(lang)}: {json.dumps(text, ensure_ascii=False)}"
                           for lang, text in words.items()) + "}"


def main(argv: list[str]) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--base")
    ap.add_argument("--theirs", default="HEAD")
    ap.add_argument("--new-sections", default="web")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args(argv)
    if args.base is None:
        other = "MERGE_HEAD" if (ROOT / ".git").exists() and subprocess.run(
            ["git", "rev-parse", "-q", "--verify", "MERGE_HEAD"], cwd=ROOT, capture_output=True).returncode == 0 \
            else "main"
        args.base = git("merge-base", args.theirs, other).strip()
    base = sections_of_old(git("show", f"{args.base}:{OLD}"))
    theirs = sections_of_old(git("show", f"{args.theirs}:{OLD}"))
    modules = {p.stem: Module(p) for p in sorted(PACKAGE.glob("*.py")) if p.stem != "__init__"}
    home = {s: m for m in modules.values() for s in m.sections()}
    done = []
    for section in theirs:
        if section not in base:
            if section in home:
                raise SystemExit(f"section {section!r} is new on your branch and on main: merge it by hand")
            modules[args.new_sections].add_section(section, theirs[section])
            done.append(f"new section {section} -> words/{args.new_sections}.py (move it where it belongs)")
            continue
        if section not in home:
            raise SystemExit(f"section {section!r} is gone from the package: carry it by hand")
        m = home[section]
        for key, words in theirs[section].items():
            if base[section].get(key) != words:
                done.append(f"{m.set(section, key, words)} {section}.{key} in words/{m.path.name}")
        for key in base[section]:
            if key not in theirs[section] and m.remove(section, key):
                done.append(f"removed {section}.{key} from words/{m.path.name}")
    for section in base:
        if section not in theirs:
            done.append(f"your branch removed section {section}: remove it by hand if it should go")
    print("\n".join(done) or "nothing to carry: your branch did not change readiness/words.py")
    if not args.dry_run:
        for m in modules.values():
            m.save()


if __name__ == "__main__":
    main(sys.argv[1:])
