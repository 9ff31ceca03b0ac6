"""pattern: a text field matches a regular expression (after removing separator characters)."""

from __future__ import annotations

import re

from pydantic import field_validator

from .base import FAIL, MISSING, PASS, Context, Outcome, Params, anchor_path, field_name, is_empty, outcome, resolve, validate_path

KIND = "pattern"


class P(Params):
    field: str
    pattern: str
    strip: str = ""
    expected: dict[str, str] | None = None  # {id: ..., en: ...} shown when it does not match

    _field = field_validator("field")(lambda cls, v: validate_path(v))

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v):
        if len(v) > 500:
            raise ValueError("pattern longer than 500 characters")
        try:
            re.compile(v)
        except re.error as e:
            raise ValueError(f"not a valid regular expression: {e}") from None
        return v

    def derive(self) -> tuple[re.Pattern, dict | None]:
        return re.compile(self.pattern), (str.maketrans("", "", self.strip) if self.strip else None)


def check(p: P, ctx: Context) -> Outcome:
    rx, table = p.derived
    vals = [(path, v) for path, v in resolve(ctx, p.field) if not is_empty(v)]
    if not vals:
        return outcome(MISSING, anchor_path(ctx, p.field), "absent", fields=[field_name(p.field)])
    for path, v in vals:
        text = str(v).strip()
        if table:
            text = text.translate(table)
        if not rx.search(text):
            return outcome(FAIL, path, "bad_format", field=field_name(p.field), value=str(v),
                           expected=p.expected or {})
    return outcome(PASS, vals[0][0])
