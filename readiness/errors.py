"""Errors the user can act on.

`InputError` is raised for anything wrong with what the user gave us (a dossier, a rule set, a
decisions file, a mapping, an option). It carries a message code of the catalogue
(`readiness.words`, section `error`) and its arguments, not words: the CLI prints
`one_line(lang)` in the user's language and exits with code 2; it is never shown as a
traceback. `str(error)` and `error.message` read in English (logs, tests).
"""

from __future__ import annotations

from typing import Any

from readiness.words import Msg, render


class InputError(Exception):
    """Bad input: names the file, the line and column where known, the field path, what was
    expected and what was found; `code` and `args` say what is wrong."""

    def __init__(
        self,
        code: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
        expected: Any = None,
        found: Any = None,
        **args: Any,
    ) -> None:
        super().__init__(code)
        self.code = code
        self.args_ = args
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.expected = expected
        self.found = found

    def __reduce__(self):  # picklable across batch workers, with its code and arguments
        return (_rebuild, (type(self), self.code, self.args_, self.__dict__))

    @property
    def msg(self) -> Msg:
        return Msg(self.code, self.args_)

    def text(self, lang: str = "en") -> str:
        """What is wrong, without the location."""
        text = render(self.code, self.args_, lang)
        if self.expected is not None:
            text += render("expected_suffix", {"expected": self.expected}, lang)
        if self.found is not None:
            text += render("found_suffix", {"found": self.found}, lang)
        return text

    @property
    def message(self) -> str:
        return self.text("en")

    def with_context(self, **kw) -> InputError:
        """Fill in what the raiser did not know (file, line, ...); keeps what is set."""
        for k, v in kw.items():
            if getattr(self, k, None) is None and v is not None:
                setattr(self, k, v)
        return self

    def location(self) -> str:
        loc = self.file or "<input>"
        if self.line is not None:
            loc += f":{self.line}"
            if self.column is not None:
                loc += f":{self.column}"
        return loc

    def one_line(self, lang: str = "en") -> str:
        parts = [self.location()] if (self.file or self.line is not None) else []
        if self.path:
            parts.append(self.path)
        parts.append(self.text(lang))
        # one line, whatever the message holds
        return ": ".join(" ".join(p.split()) for p in parts)

    def __str__(self) -> str:
        return self.one_line()


def _rebuild(cls, code, args, state):
    e = cls.__new__(cls)
    Exception.__init__(e, code)
    e.__dict__.update(state)
    e.code, e.args_ = code, args
    return e


class InputErrors(InputError):
    """Several problems in one input (shown one per line, at most a handful)."""

    def __init__(self, errors: list[InputError], limit: int = 5) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.code, file=first.file, line=first.line, column=first.column,
                         path=first.path, expected=first.expected, found=first.found,
                         **first.args_)
        self.limit = limit

    def one_line(self, lang: str = "en") -> str:
        lines = [e.one_line(lang) for e in self.errors[: self.limit]]
        if len(self.errors) > self.limit:
            lines.append(render("and_more", {"n": len(self.errors) - self.limit}, lang))
        return "\n".join(lines)
