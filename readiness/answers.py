"""One parser for an IKM owner's answers, shared by the web self-assessment (`/periksa`),
`readiness init`'s questions and `readiness check` (which normalises a dossier's values with it
before validating).

An answer is accepted the way the registration form's export accepts it (readiness/batch,
the shipped mapping `google-form-2026`): `Mikro`, `Kerajinan`, `Tenun`, `Ya`/`Tidak`, dates as
`27/11/2026` (or ISO), amounts as `Rp 85.000`, `250 g`. What the answer must be is read from
the dossier model (readiness.model): a field's type decides the parser, never a table per rule.

    kind = field_kind("product.price_idr")          # Kind("money", ...)
    value = parse_answer("product.price_idr", "Rp 85.000")   # 85000
    parse_answer("business.nib", "123456789012")   # AnswerError: message + example

An `AnswerError` has a catalogue code (section `answer`) and an example; `.text(lang)` is the
one line the form shows next to the field and `check` prints after the file/line/path.
"""

from __future__ import annotations

import datetime as dt
import re
import types
import typing
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal, get_args, get_origin

from pydantic import BaseModel

from readiness.words import label, t

MAX_TEXT = 300          # characters of one answer (a name, a number, an address line)
MAX_LIST = 30           # items of one list answer


class AnswerError(ValueError):
    """An answer that cannot become a dossier value: the plain message and an example."""

    def __init__(self, code: str, **args: Any):
        self.code, self.args_ = code, args
        super().__init__(code)

    def text(self, lang: str = "id") -> str:
        args = dict(self.args_)
        choice = args.pop("choice", None)        # (path, options, close value or None)
        if choice is not None:                   # the choices in the reader's language
            path, options, close = choice
            args["options"] = ", ".join(option_label(path, options, o, lang) for o in options[:8])
            if close is not None:
                args["word"] = option_label(path, options, close, lang)
        return t("answer." + self.code, lang, **args)


@dataclass(frozen=True)
class Kind:
    """What an answer to a field is: `name` (text, nib, bool, date, number, integer, money,
    choice, choices, list, quantity, record), the values of a choice, and whether a list."""

    name: str
    options: tuple[str, ...] = ()
    model: Any = None            # a record's model (Permit, Document, ...)


# fields with their own parser, beyond what the model's type says
_SPECIAL = {"business.nib": "nib", "product.price_idr": "money"}


def _unwrap(annotation: Any) -> Any:
    """Optional[X] -> X (also Annotated[str, ...] -> str)."""
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        return _unwrap(args[0]) if len(args) == 1 else annotation
    if origin is typing.Annotated:
        return _unwrap(get_args(annotation)[0])
    return annotation


def _kind_of(annotation: Any) -> Kind:
    a = _unwrap(annotation)
    origin = get_origin(a)
    if origin is Literal:
        return Kind("choice", tuple(get_args(a)))
    if origin is list:
        item = _unwrap(get_args(a)[0])
        if get_origin(item) is Literal:
            return Kind("choices", tuple(get_args(item)))
        if isinstance(item, type) and issubclass(item, BaseModel):
            return Kind("record", model=item)
        if item is float:
            return Kind("numbers")
        return Kind("list")
    if a is bool:
        return Kind("bool")
    if a is dt.date:
        return Kind("date")
    if a is int:
        return Kind("integer")
    if a is float:
        return Kind("number")
    if isinstance(a, type) and issubclass(a, BaseModel):
        if set(a.model_fields) >= {"amount", "unit"}:
            return Kind("quantity")
        return Kind("group", model=a)
    return Kind("text")


def model_field(path: str):
    """The pydantic FieldInfo of a dossier path in mapping notation ("product.label.elements",
    "product.permits.number"), or None when the model has no such field."""
    from readiness import model as m

    parts = path.split(".")
    cls = {"business": m.Business, "product": m.Product}.get(parts[0])
    info = None
    for part in parts[1:]:
        if cls is None:
            return None
        info = cls.model_fields.get(part)
        if info is None:
            return None
        cls = m._inner_model(info.annotation)
    return info


@lru_cache(maxsize=512)
def field_kind(path: str) -> Kind | None:
    """The kind of answer a dossier field takes (None: not a field of the dossier model)."""
    info = model_field(path)
    if info is None:
        return None
    if path in _SPECIAL:
        return Kind(_SPECIAL[path])
    kind = _kind_of(info.annotation)
    if kind.name == "text" and info.examples:      # free text with known values (food_type)
        return Kind("open_choice", tuple(info.examples))
    return kind


# ------------------------------------------------------------------ synonyms of the form export

def _norm(text: Any) -> str:
    return " ".join(str(text).replace("\ufeff", "").split()).casefold()


@lru_cache(maxsize=1)
def _form_words() -> dict[str, dict[str, str]]:
    """plain path -> {normalised answer: value} from the shipped registration form mapping."""
    from readiness.sheets.mapping import shipped_mappings
    from readiness.standards.fields import plain_path

    out: dict[str, dict[str, str]] = {}
    for mapping in shipped_mappings():
        for targets in mapping.columns.values():
            for tg in targets:
                if tg.values:
                    key = plain_path(tg.path.replace("products[]", "product"))
                    out.setdefault(key, {}).update({_norm(k): v for k, v in tg.values.items()
                                                    if isinstance(v, str)})
    return out


@lru_cache(maxsize=1)
def _bool_words() -> tuple[frozenset, frozenset]:
    from readiness.sheets.mapping import shipped_mappings

    ms = shipped_mappings()
    true = set().union(*(m.true_words for m in ms)) if ms else set()
    false = set().union(*(m.false_words for m in ms)) if ms else set()
    return frozenset(true | {"ya", "yes", "true"}), frozenset(false | {"tidak", "no", "false"})


@lru_cache(maxsize=512)
def _section(options: tuple[str, ...], path: str = "") -> str | None:
    """The catalogue section naming these values: the model's value set, else the one named
    like the field (`food_type`)."""
    from readiness.model import VALUE_SETS
    from readiness.words import has

    for sec, lit in VALUE_SETS.items():
        if tuple(get_args(lit)) == options:
            return sec
    whole = field_kind(path) if path else None     # a few of the field's values (a checklist)
    if whole is not None and whole.options and whole.options != options \
            and set(options) <= set(whole.options):
        return _section(whole.options, path)
    name = path.rsplit(".", 1)[-1]
    if name and options and has(f"{name}.{options[0]}"):
        return name
    return None


@lru_cache(maxsize=512)
def choice_words(path: str, options: tuple[str, ...]) -> dict[str, str]:
    """Every accepted spelling of a choice -> its value: the value itself, its words in both
    languages (catalogue), and the registration form's words."""
    sec = _section(options, path)
    words = {_norm(o): o for o in options}
    if sec:
        for o in options:
            for lang in ("id", "en"):
                words.setdefault(_norm(label(sec, o, lang)), o)
    for k, v in _form_words().get(path, {}).items():
        if v in options:
            words.setdefault(k, v)
    if sec == "entry_status":       # "Belum punya", "dalam proses": the owner's three answers
        for k, v in _ENTRY.items():
            words.setdefault(k, v)
    return words


def option_label(path: str, options: tuple[str, ...], value: str, lang: str) -> str:
    sec = _section(options, path)
    return label(sec, value, lang) if sec else value


# ------------------------------------------------------------------ the parsers

def _text(v: str) -> str:
    v = " ".join(str(v).split())
    if len(v) > MAX_TEXT:
        raise AnswerError("too_long", max=MAX_TEXT)
    if re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", v):
        raise AnswerError("control")
    return v


def _split(v: str) -> list[str]:
    items = [x.strip() for x in re.split(r"[,;\n]", str(v)) if x.strip()]
    if len(items) > MAX_LIST:
        raise AnswerError("too_many", max=MAX_LIST)
    return items


def _choice(path: str, kind: Kind, v: str) -> str:
    got = choice_words(path, kind.options).get(_norm(v))
    if got is None:
        import difflib

        words = choice_words(path, kind.options)
        close = difflib.get_close_matches(_norm(v), list(words), 1, 0.75)
        raise AnswerError("choice_close" if close else "choice", value=v[:40],
                          choice=(path, kind.options, words[close[0]] if close else None))
    return got


def _number(path: str, name: str, s: str) -> int | float:
    """A number as an owner writes it: a count with its unit ("500 bungkus"), a duration in
    days ("3 bulan" for a field in days), or a plain number ("2,5")."""
    from readiness.values import parse_count, parse_duration_days, parse_number

    if name == "integer":
        return parse_duration_days(s) if path.endswith("_days") else parse_count(s)
    return parse_number(s, thousands_dot=False)


# "Do you have it?" of a permit or document: three answers (readiness.vocab.EntryStatus). The
# form's radios send the option values; typed answers (init, a spreadsheet) may use the words.
ENTRY_OPTIONS = ("ya", "proses", "tidak")
_ENTRY_WORDS = {
    "issued": ("ya", "yes", "true", "sudah", "sudah punya", "punya", "ada", "issued", "held"),
    "pending": ("proses", "sedang diurus", "diurus", "dalam proses", "sedang proses", "pending",
                "in process", "applied"),
    "rejected": ("ditolak", "rejected"),
    "none": ("tidak", "belum", "belum punya", "belum ada", "tidak ada", "tidak / belum",
             "no", "false", "none", "not yet"),
}
_ENTRY = {_norm(w): status for status, ws in _ENTRY_WORDS.items() for w in ws}


def parse_entry(value: Any) -> str | None:
    """The status an answer to "do you have it?" gives a permit or document: `issued` (Ya /
    sudah punya), `pending` (sedang diurus), `rejected` (ditolak) or `none` (belum punya);
    None when not answered. Raises AnswerError("entry")."""
    if value is None or value is True or value is False:
        return None if value is None else ("issued" if value else "none")
    s = _norm(value)
    if s in ("", "-"):
        return None
    got = _ENTRY.get(s)
    if got is None:
        true, false = _bool_words()
        got = "issued" if s in true else ("none" if s in false else None)
    if got is None:
        raise AnswerError("entry")
    return got


def three_valued(lst: str) -> bool:
    """Whether the entries of a list (mapping notation, `product.permits`) take the three
    answers: the list's records carry a `status` (permits and documents do)."""
    kind = field_kind(lst)
    return kind is not None and kind.model is not None and "status" in kind.model.model_fields


def _answer_nib(path: str, kind: Kind, s: str, items) -> str:
    digits = re.sub(r"[\s.\-]", "", s)
    if not re.fullmatch(r"\d{13}", digits):
        raise AnswerError("nib", n=len(re.sub(r"\D", "", s)))
    return digits


def _answer_bool(path: str, kind: Kind, s: str, items) -> bool:
    n = _norm(s)
    true, false = _bool_words()
    if n in true:
        return True
    if n in false:
        return False
    raise AnswerError("bool")


def _answer_date(path: str, kind: Kind, s: str, items) -> dt.date:
    from readiness.values import CellError, parse_date

    try:
        d = dt.date.fromisoformat(parse_date(s))
    except CellError as e:
        raise AnswerError("date_exists" if e.code == "cell_date_exists" else "date") from None
    if not 1950 <= d.year <= 2100:
        raise AnswerError("date")
    return d


def _answer_money(path: str, kind: Kind, s: str, items):
    from readiness.values import CellError, parse_money

    try:
        n = parse_money(s)
    except CellError:
        raise AnswerError("money") from None
    if n < 0:
        raise AnswerError("money")
    return n


def _answer_number(path: str, kind: Kind, s: str, items):
    from readiness.values import CellError

    name = kind.name             # number | integer
    try:
        n = _number(path, name, s)
    except CellError:
        raise AnswerError(name) from None
    if name == "integer" and not isinstance(n, int):
        raise AnswerError("integer")
    if n < 0:
        raise AnswerError(name)
    return n


def _answer_quantity(path: str, kind: Kind, s: str, items) -> dict:
    from readiness.values import CellError, parse_quantity

    try:
        q = parse_quantity(s)
    except CellError:
        raise AnswerError("quantity") from None
    if q["amount"] <= 0:
        raise AnswerError("quantity")
    return q


def _answer_choices(path: str, kind: Kind, s: str, items) -> list | None:
    out = []
    for x in items if items is not None else _split(s):
        c = _choice(path, kind, x)
        if c not in out:
            out.append(c)
    return out or None


def _answer_numbers(path: str, kind: Kind, s: str, items) -> list | None:
    from readiness.values import CellError, parse_number

    out = []
    for x in items if items is not None else _split(s.replace("x", ",")):
        try:
            out.append(parse_number(x, thousands_dot=False))
        except CellError:
            raise AnswerError("number") from None
    return out or None


# the parser of each kind of answer: (path, kind, the answer's text, its items when the answer
# came as a list) -> the dossier value; raises AnswerError
_ANSWERS = {
    # the form's words for it, if it has any ("Indonesia" -> id)
    "text": lambda path, kind, s, items: _form_words().get(path, {}).get(_norm(s)) or _text(s),
    # a known value in words, else the text as written
    "open_choice": lambda path, kind, s, items: choice_words(path, kind.options).get(_norm(s)) or _text(s),
    "nib": _answer_nib,
    "bool": _answer_bool,
    "date": _answer_date,
    "money": _answer_money,
    "number": _answer_number,
    "integer": _answer_number,
    "quantity": _answer_quantity,
    "choice": lambda path, kind, s, items: _choice(path, kind, s),
    "choices": _answer_choices,
    "numbers": _answer_numbers,
    "list": lambda path, kind, s, items: [_text(x) for x in (items if items is not None else _split(s))] or None,
}


def parse_answer(path: str, value: Any, kind: Kind | None = None) -> Any:
    """The dossier value of an answer to `path` (mapping notation), or None when the answer is
    empty. Raises AnswerError with the plain message and an example. The field's kind chooses
    the parser (`_ANSWERS`)."""
    kind = kind or field_kind(path)
    if kind is None:
        raise AnswerError("unknown_field")
    if value is None or (isinstance(value, str) and value.strip() in ("", "-")):
        return None
    if isinstance(value, (list, tuple)) and kind.name in ("choices", "list", "numbers"):
        items = [str(x) for x in value if str(x).strip()]
    else:
        items = None
    if isinstance(value, bool) and kind.name == "bool":
        return value
    parse = _ANSWERS.get(kind.name)
    if parse is None:
        raise AnswerError("unknown_field")
    return parse(path, kind, str(value).strip(), items)


# ------------------------------------------------------------------ normalising a loaded dossier

def normalise_dossier(data: Any, *, file: str | None = None, line_of=None) -> Any:
    """The dossier data with the owner's Indonesian answers turned into the model's values
    (`mikro` -> micro, `ya` -> true, `27/11/2026` -> a date, `Rp 85.000` -> 85000), in place
    and returned. Only text values of fields whose kind accepts them change; values already
    in the model's form (the input contract) are untouched. A Ya/Tidak, date or amount the
    parser refuses is an InputError with the form's message (file, line, path); a choice it
    does not know is left for the model's message (which suggests the nearest value)."""
    if not isinstance(data, dict):
        return data
    errors: list = []
    if isinstance(data.get("business"), dict):
        _normalise(data["business"], "business", ["business"], errors)
    for i, p in enumerate(data.get("products") or [] if isinstance(data.get("products"), list)
                          else []):
        if isinstance(p, dict):
            _normalise(p, "product", ["products", i], errors)
    if errors:
        from readiness.errors import InputError, InputErrors
        from readiness.fieldpaths import json_path
        from readiness.words import Msg

        out = []
        for loc, value, e in errors:
            ie = InputError("answer_refused", value=repr(value)[:60],
                            detail=Msg("answer." + e.code, e.args_))
            ie.with_context(file=file, line=line_of(loc) if line_of else None,
                            path=json_path(tuple(loc)))
            out.append(ie)
        raise out[0] if len(out) == 1 else InputErrors(out)
    return data


_NORMALISED = ("bool", "date", "choice", "choices", "money", "number", "integer")
_STRICT = ("bool", "date", "money")


def _normalise(obj: dict, prefix: str, loc: list, errors: list) -> None:
    for key, v in list(obj.items()):
        if not isinstance(key, str):
            continue
        path = f"{prefix}.{key}"
        kind = field_kind(path)
        if kind is None:
            continue
        if isinstance(v, dict) and kind.name == "group":
            _normalise(v, path, loc + [key], errors)
        elif isinstance(v, list) and kind.name == "record":
            for i, entry in enumerate(v):
                if isinstance(entry, dict):
                    _normalise(entry, path, loc + [key, i], errors)
        elif kind.name in _NORMALISED and _needs_parse(kind, v):
            try:
                obj[key] = parse_answer(path, v, kind)
            except AnswerError as e:
                if kind.name in _STRICT:
                    errors.append((loc + [key], v, e))


def _needs_parse(kind: Kind, v: Any) -> bool:
    if isinstance(v, str):
        if kind.name in ("choice",) and v in kind.options:
            return False
        if kind.name == "date" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v.strip()):
            return False
        return bool(v.strip())
    if isinstance(v, list) and kind.name == "choices":
        return any(isinstance(x, str) and x not in kind.options for x in v)
    return False
