"""Errors the user can act on.

`InputError` is raised for anything wrong with what the user gave us (a dossier, a rule set, a
decisions file, a mapping, an option). The CLI prints `one_line()` and exits with code 2; it is
never shown as a traceback.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input: names the file, the line and column where known, the field path, what was
    expected and what was found."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
        expected: str | None = None,
        found: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.path = path
        self.expected = expected
        self.found = found

    def with_context(self, **kw) -> "InputError":
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

    def one_line(self) -> str:
        parts = [self.location()] if (self.file or self.line is not None) else []
        if self.path:
            parts.append(self.path)
        text = self.message
        if self.expected is not None and "expected" not in text:
            text += f"; expected {self.expected}"
        if self.found is not None and "found" not in text:
            text += f", found {self.found}"
        parts.append(text)
        # one line, whatever the message holds
        return ": ".join(" ".join(p.split()) for p in parts)

    def __str__(self) -> str:
        return self.one_line()


class InputErrors(InputError):
    """Several problems in one input (shown one per line, at most a handful)."""

    def __init__(self, errors: list[InputError], limit: int = 5) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.message, file=first.file, line=first.line, column=first.column,
                         path=first.path, expected=first.expected, found=first.found)
        self.limit = limit

    def one_line(self) -> str:
        lines = [e.one_line() for e in self.errors[: self.limit]]
        if len(self.errors) > self.limit:
            lines.append(f"... and {len(self.errors) - self.limit} more")
        return "\n".join(lines)
