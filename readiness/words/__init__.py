"""Every user-facing word of readiness, in Indonesian (`id`, the default) and English (`en`).

One catalogue, one lookup: `t("section.key", lang, **args)`. The CLI, the text and chat
reports, the PDFs and HTML pages, the batch spreadsheets and the web pages all take their
words from here, and nothing else holds words (tests/test_words.py refuses `{"id": ..., "en":
...}` tables elsewhere and checks that every value the model accepts has both languages).

This module is the lookup; the words are data in one catalogue module per kind or face. Add
a word: put it in the section it belongs to, in both languages, and look it up by its key:

- `values.py`: the closed vocabularies, one section per value set: `status`, `severity`,
  `verdict`, `category`, `channel`, `scale` (the enums of `readiness.vocab`) and the other
  values a dossier accepts (`label_element`, `permit_type`, `document_type`, ... one per
  `Literal` in `readiness.model`, named in `VALUE_SETS`); `field`: labels of dossier fields as
  messages name them (`field_hint`: what to fill in);
- `findings.py`: `msg`, what a finding says (check kinds and the engine return a code and its
  arguments);
- `errors.py`: `error`, what is wrong with an input (an `InputError` carries a code and its
  arguments), `yaml`, `answer`;
- `documents.py`: `text`, `short`, `plan`, `doc`, `summary`, `cert`;
- `commands.py`: `cli`, `click`, `batch`, `impact`, `init`, `explain`, `compare`, `standards`;
- `web.py`: `ask` (the self-assessment), `desk` (the office desk).

Texts are `str.format` templates. The arguments of `msg` and `error` texts are worded by
their name (`field`: a field label, `date`/`expires`/...: a date in words, `types`/`items`: a
list of values in words, a nested `Msg`: its own text; see `_word`). In a Jinja2 template:
`{{ t("doc.cert_title", lang) }}`, `{{ label("verdict", v, lang) }}` (registered as globals).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from readiness.words import commands, documents, errors, findings, values, web

LANGS = ("id", "en")
DEFAULT_LANG = "id"


@dataclass(frozen=True, slots=True)
class Msg:
    """A message as data: a catalogue code (a key of the `msg` or `error` section, or a full
    `section.key`) and its arguments; worded only when shown, in the reader's language."""

    code: str
    args: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = DEFAULT_LANG) -> str:
        return render(self.code, self.args, lang)


def lang_of(lang: Any) -> str:
    return lang if lang in LANGS else DEFAULT_LANG


def pick(text: dict | None, lang: str) -> str:
    """A text given in both languages (a rule set's `{id: ..., en: ...}`) in `lang`."""
    if not text:
        return ""
    return text.get(lang) or text.get(DEFAULT_LANG) or next(iter(text.values()), "")


def t(key: str, lang: str = DEFAULT_LANG, /, **args: Any) -> str:
    """The word or text `key` ("section.key") in `lang`, formatted with `args` as given (no
    wording of the arguments; see `render` for messages). An unknown key reads as itself, so
    a missing word never stops a report (tests/test_words.py keeps every key used known)."""
    entry = WORDS.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry[DEFAULT_LANG]
    if args:
        try:
            return text.format(**args)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def has(key: str) -> bool:
    return key in WORDS


def label(section: str, value: Any, lang: str = DEFAULT_LANG) -> str:
    """A value of a closed vocabulary in words (`label("verdict", "ready", "en")`); a value
    the catalogue does not know reads as itself."""
    if value is None or value == "":
        return ""
    key = f"{section}.{value}"
    return t(key, lang) if key in WORDS else str(value)


class Section:
    """The words of one section in one language, for code and templates that use many of
    them: `L = Section("doc", lang)`, then `L.cert_title`, `L["cert_title"]`, `L.get(key,
    default)`. An unknown word is an AttributeError (a template with StrictUndefined fails)."""

    __slots__ = ("_section", "_lang", "_over")

    def __init__(self, name: str, lang: str, over: dict[str, str] | None = None) -> None:
        self._section, self._lang, self._over = name, lang_of(lang), over or {}

    def replace(self, **words: str) -> Section:
        """The same words with some of them replaced (a document that says "eligible" where
        another says "issued")."""
        return Section(self._section, self._lang, {**self._over, **words})

    @property
    def lang(self) -> str:
        return self._lang

    def __getattr__(self, key: str) -> str:
        if key in self._over:
            return self._over[key]
        full = f"{self._section}.{key}"
        if full not in WORDS:
            raise AttributeError(full)
        return t(full, self._lang)

    def __getitem__(self, key: str) -> str:
        return self.__getattr__(key)

    def get(self, key: str, default: str | None = None) -> str | None:
        if key in self._over:
            return self._over[key]
        full = f"{self._section}.{key}"
        return t(full, self._lang) if full in WORDS else default


_CERT_DATE_ARGS = ("date", "at", "valid_until", "issued", "start", "end")


def cert_text(code: str, lang: str = DEFAULT_LANG, **args: Any) -> str:
    """A text of section `cert` (issued certificates) in `lang`, its date arguments in words."""
    return t("cert." + code, lang, **{
        k: date_text(v, lang) if k in _CERT_DATE_ARGS and isinstance(v, (str, dt.date)) else v
        for k, v in args.items()})


def batch_text(code: str, lang: str = DEFAULT_LANG, **args: Any) -> str | None:
    """A text of section `batch` in `lang`, or None when `code` is not there. The argument
    `missing` ([[header, suggestion or ""], ...]) and `columns` (a list) are worded."""
    key = "batch." + code
    if key not in WORDS:
        return None
    return t(key, lang, **{k: _batch_arg(k, v, lang) for k, v in args.items()})


def _batch_arg(key: str, v: Any, lang: str) -> str:
    if isinstance(v, Msg):
        return v.text(lang)
    if isinstance(v, dict) and set(v) <= set(LANGS):
        return pick(v, lang)
    if key == "missing" and isinstance(v, list):      # [[header, suggestion or ""], ...]
        return ", ".join(batch_text("did_you_mean", lang, a=a, b=b) if b else f"'{a}'"
                         for a, b in v)
    if key == "columns" and isinstance(v, list):
        return batch_text("form_gap_columns", lang, columns=", ".join(f"'{c}'" for c in v)) if v else ""
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    return str(v)


def capfirst(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- values a dossier accepts, by set (the catalogue section of each) -------------------------

# In the order a message's value is looked up when its set is not known (first hit).
VALUE_SETS = ("label_element", "permit_type", "document_type", "curation_kind", "curation_result",
              "trademark_status", "scale", "technique", "halal_logo", "halal_scheme", "halal_status",
              "storage", "category", "channel", "officer_verdict", "food_type", "item_type", "issuer",
              "entry_status", "jamu_kind")


def value_label(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A dossier value as a person would say it ("pirt" -> "SPP-IRT (P-IRT)", True -> "ya")."""
    if isinstance(value, bool):
        return t("value.true" if value else "value.false", lang)
    if isinstance(value, str):
        key = _VALUE_KEYS.get(value)
        if key is not None:
            return t(key, lang)
    return str(value)


def field_label(name: str, lang: str = DEFAULT_LANG) -> str:
    """A dossier field as messages name it ("business.nib" -> "NIB", "label.elements" ->
    "unsur label"); an unknown field reads as its path."""
    key = "field." + name
    return t(key, lang) if key in WORDS else name


def date_text(value: Any, lang: str = DEFAULT_LANG) -> str:
    """A date in words for messages: 20 Mei 2027 / 20 May 2027 (anything else as given)."""
    if isinstance(value, dt.date):
        value = value.isoformat()[:10]
    if not isinstance(value, str):
        return str(value)
    return _date_text(value, lang)


@lru_cache(maxsize=1024)
def _date_text(value: str, lang: str) -> str:
    try:
        d = dt.date.fromisoformat(value[:10])
    except ValueError:
        return value
    from babel.dates import format_date

    return format_date(d, format="long", locale="id_ID" if lang == "id" else "en_GB")


# --- messages: a code and arguments, worded ---------------------------------------------------

_DATES = frozenset(("expires", "event_end", "event_start", "earliest", "date", "issued"))
_VALUE_LISTS = frozenset(("items", "kinds", "types"))


def _word(key: str, v: Any, lang: str) -> str:
    """One argument of a message in words, by its name."""
    if isinstance(v, Msg):
        return render(v.code, v.args, lang)
    if v is None:
        return ""
    if key == "field":
        return field_label(str(v), lang)
    if key == "fields":
        return ", ".join(field_label(str(x), lang) for x in v)
    if key in _VALUE_LISTS:
        return ", ".join(value_label(x, lang) for x in v)
    if key in _DATES:
        return date_text(v, lang)
    if key == "type":
        return value_label(v, lang)
    if key in ("expected", "instructions", "evidence") and isinstance(v, dict):
        return pick(v, lang) if v else ("-" if key == "expected" else "")
    if isinstance(v, bool):
        return value_label(v, lang)
    if key in ("value", "allowed", "expected") and isinstance(v, (str, list)):
        return ", ".join(value_label(x, lang) for x in (v if isinstance(v, list) else [v]))
    if isinstance(v, (list, tuple)):
        return ", ".join(map(str, v))
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    return str(v)


def render(code: str, args: dict, lang: str = DEFAULT_LANG) -> str:
    """The message `code` in `lang` with its arguments in words. `code` is a key of the `msg`
    section, of the `error` section, or a full "section.key"; an unknown code reads as itself
    with its arguments (never lost). Batch words the same few dozen messages thousands of
    times: a wording is remembered (bounded) by its code and arguments."""
    try:
        key = (code, lang, tuple((k, _key(v)) for k, v in args.items()))
        hit = _RENDERED.get(key)
    except TypeError:  # an unhashable argument
        key = hit = None
    if hit is not None:
        return hit
    text = _render(code, args, lang)
    if key is not None and len(_RENDERED) < 2048:   # bounded: batch memory must not grow
        _RENDERED[key] = text
    return text


_RENDERED: dict[tuple, str] = {}


def _key(v: Any) -> Any:
    """A hashable form of a message argument that keeps its type (True and 1 read differently)."""
    tp = type(v)
    if tp is list or tp is tuple:
        return (tp, tuple(_key(x) for x in v))
    if tp is dict:
        return (tp, tuple((k, _key(x)) for k, x in v.items()))
    if tp is Msg:
        return (tp, v.code, tuple((k, _key(x)) for k, x in v.args.items()))
    return (tp, v)


def _resolve(code: str) -> str:
    """The catalogue key of a message code: a full "section.key", else a `msg`, an `error` or
    a `batch` text."""
    if "." in code:
        return code
    for section in ("msg", "error", "batch"):
        if f"{section}.{code}" in WORDS:
            return f"{section}.{code}"
    return "error." + code


def _render(code: str, args: dict, lang: str) -> str:
    key = _resolve(code)
    if key.startswith("batch."):
        return batch_text(key[len("batch."):], lang, **args) or key
    entry = WORDS.get(key)
    if entry is None:
        return code + (" " + repr(args) if args else "")
    text = entry.get(lang) or entry[DEFAULT_LANG]
    try:
        text = text.format(**{k: _word(k, v, lang) for k, v in args.items()})
    except (KeyError, IndexError, ValueError):
        pass
    # a finding's message is a sentence; an error's text follows a location ("file:3: ...")
    return capfirst(text) if key.startswith("msg.") else text


def message(msgs, lang: str = DEFAULT_LANG) -> str:
    """Several messages as one text ("; " between them)."""
    return "; ".join(render(m.code, m.args, lang) for m in msgs)


# --- the catalogue ---------------------------------------------------------------------------


def _sections(*modules) -> dict[str, dict[str, dict[str, str]]]:
    """The sections of the catalogue modules as one table; a section named twice is a mistake."""
    out: dict[str, dict[str, dict[str, str]]] = {}
    for m in modules:
        for name, entries in m.SECTIONS.items():
            if name in out:
                raise ValueError(f"section {name!r} in two catalogue modules")
            out[name] = entries
    return out


# section -> key -> {"id": ..., "en": ...}; the data lives in one module per face
SECTIONS = _sections(values, findings, errors, documents, commands, web)

# one flat table: "section.key" -> {"id": ..., "en": ...}
WORDS: dict[str, dict[str, str]] = {f"{s}.{k}": v for s, d in SECTIONS.items() for k, v in d.items()}
_VALUE_KEYS: dict[str, str] = {}
for _s in reversed(VALUE_SETS + ("value",)):
    for _k in SECTIONS[_s]:
        _VALUE_KEYS[_k] = f"{_s}.{_k}"
