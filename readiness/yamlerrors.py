"""YAML syntax errors in plain words: the likely line and the usual cause.

    explain_yaml_error(exc, text, lang="id") -> (line, message)
    yaml_cause(exc, text) -> (line, Msg)

libyaml reports where it gave up, in its own English ("mapping values are not allowed in this
context", "could not find expected ':'"), often on a line after the slip. An IKM owner who
edits a dossier (or the self-assessment form, which uses the same words) needs the line to
look at and what usually goes wrong there: a tab used to indent, a key indented more or less
than its neighbours, a colon inside a value written without quotes, a quote not closed, a key
without its colon. The words are in the catalogue (readiness.words, section `yaml`).
"""

from __future__ import annotations

import re

from readiness.words import Msg, render

_KEY = re.compile(r"^(\s*)(-\s+)?([^\s#'\"][^:#]*?)\s*:(\s+|$)(.*)$")


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _unquoted_colon(value: str) -> bool:
    """A value that holds ': ' (or ends in ':') outside quotes and flow brackets."""
    v = value.split(" #", 1)[0].rstrip()
    if not v or v[0] in "'\"[{|>&*!":
        return False
    return ": " in v or v.endswith(":")


def yaml_cause(exc, text: str) -> tuple[int | None, Msg]:
    """(1-based line, the cause as a catalogue message) of a PyYAML/libyaml error."""
    lines = _lines(text or "")
    mark = getattr(exc, "problem_mark", None)
    cmark = getattr(exc, "context_mark", None)
    problem = str(getattr(exc, "problem", "") or "")
    context = str(getattr(exc, "context", "") or "")
    detail = " ".join(f"{problem} ({context})".split()) if context else " ".join(problem.split())
    at = (mark.line + 1) if mark is not None else (cmark.line + 1 if cmark is not None else None)

    def line(n: int | None) -> str:
        return lines[n - 1] if n is not None and 0 < n <= len(lines) else ""

    # a tab used to indent: on the reported line, else the nearest one above it
    if "tab" in problem or "'\\t'" in problem:
        for n in ([at] if at else []) + list(range((at or len(lines)) - 1, 0, -1)):
            if "\t" in line(n)[: len(line(n)) - len(line(n).lstrip(" \t")) + 1]:
                return n, Msg("yaml.tab", {"line": n})
        return at, Msg("yaml.tab", {"line": at})
    if "quoted scalar" in context and "end of stream" in problem and cmark is not None:
        n = cmark.line + 1
        return n, Msg("yaml.quote", {"line": n})
    # a quote opened and not closed on its line, at or before where the parser gave up
    for n in range(1, (at or 0) + 1):
        m = _KEY.match(line(n))
        v = (m.group(5) if m else line(n).strip().removeprefix("- ")).rstrip()
        unclosed = len(v) < 2 or not v.endswith(v[0]) or v.endswith("\\" + v[0])
        if v[:1] in ("'", '"') and unclosed and (v[:1] == "'" or v.count('"') - v.count('\\"') < 2):
            return n, Msg("yaml.quote", {"line": n})
    if ("flow sequence" in context or "flow mapping" in context) and cmark is not None:
        n = cmark.line + 1
        return n, Msg("yaml.bracket", {"line": n})
    if "single document" in context or "another document" in problem:
        return at, Msg("yaml.documents", {"line": at})
    if "mapping values are not allowed" in problem and at:
        m = _KEY.match(line(at))
        if m and _unquoted_colon(m.group(5)):
            return at, Msg("yaml.colon", {"line": at, "key": m.group(3).strip(),
                                          "value": m.group(5).split(" #", 1)[0].strip()})
        return at, Msg("yaml.indent", {"line": at})
    if "could not find expected ':'" in problem:
        # a key without its colon, usually on the line before the one reported
        for n in range(at or 1, 0, -1):
            s = line(n).strip()
            if s and not s.startswith("#") and ":" not in s and not s.startswith("- "):
                return n, Msg("yaml.no_colon", {"line": n})
        return at, Msg("yaml.no_colon", {"line": at})
    if any(w in problem for w in ("did not find expected key", "expected <block end>",
                                  "did not find expected '-' indicator")) and at:
        n = at
        if not line(n).strip() and n > 1:
            n -= 1
        return n, Msg("yaml.indent", {"line": n})
    return at, Msg("yaml.other", {"line": at or "?", "detail": detail or str(exc)})


def explain_yaml_error(exc, text: str, lang: str = "id") -> tuple[int | None, str]:
    """(1-based line or None, one plain sentence in `lang` saying what is wrong there)."""
    n, msg = yaml_cause(exc, text)
    return n, render(msg.code, msg.args, lang)
