"""Safe input loading: dossiers, rule sets and decisions files are untrusted.

Everything here answers bad input with an `InputError` naming the file (and line and column
where there is one); nothing else escapes for any input bytes.

YAML is parsed with PyYAML's C loader (libyaml) when it is available: libyaml scans, parses and
composes the node tree, and a small constructor of our own (`_Builder`) turns the nodes into
plain Python data while it refuses what `yaml.safe_load` would silently accept:

- duplicate mapping keys (naming both lines), non-scalar keys, tags outside the plain
  JSON-like set (str, int, float, bool, null, seq, map, merge `<<`);
- more aliases than `Limits.max_aliases`, recursive aliases, and documents whose alias
  expansion would exceed `Limits.max_nodes` (an alias bomb is refused from the sizes of the
  already composed, shared nodes; it is never expanded);
- nesting deeper than `Limits.max_depth`.

Dates stay strings (`2026-07-02` loads as "2026-07-02"): the implicit timestamp resolver is
removed and an explicit `!!timestamp` yields the text. Aliased collections are copied, so the
result never shares mutable objects between two places of the document (as `json.loads`).

Before composing, a cheap count of YAML indicator characters bounds the number of nodes the
document can hold; only when that bound exceeds `max_nodes` is the event stream counted first,
so a 4 MB file of `[0,0,0,...]` cannot make the composer build millions of node objects.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from typing import Any
from collections.abc import Sequence

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .fieldpaths import json_path, parse_json_path
from .errors import InputError
from .files import open_regular
from .yamlerrors import yaml_cause

__all__ = [
    "Limits",
    "Source",
    "load_data",
    "load_source",
    "decode_text",
    "locate",
]


@dataclass(frozen=True)
class Limits:
    """Limits for one input file. `max_products` is enforced by the model; carried here so one
    object holds every limit."""

    max_bytes: int = 4 * 1024 * 1024
    max_depth: int = 40
    max_aliases: int = 50
    max_nodes: int = 200_000
    max_products: int = 500


DEFAULT_LIMITS = Limits()

# --------------------------------------------------------------------------------------------
# YAML loader class: C parser/composer when available, no implicit timestamps
# --------------------------------------------------------------------------------------------

_BaseLoader = getattr(yaml, "CSafeLoader", None) or yaml.SafeLoader
C_LOADER = _BaseLoader is not yaml.SafeLoader

_T = "tag:yaml.org,2002:"
_STR, _INT, _FLOAT, _BOOL, _NULL = _T + "str", _T + "int", _T + "float", _T + "bool", _T + "null"
_SEQ, _MAP, _MERGE, _TIMESTAMP = _T + "seq", _T + "map", _T + "merge", _T + "timestamp"


_RESOLVED: dict[tuple, str] = {}


class _ComposeLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """Used only to compose (scan, parse, resolve tags); construction is `_Builder`'s."""

    yaml_implicit_resolvers = {
        first: [(tag, rx) for tag, rx in resolvers if tag != _TIMESTAMP]
        for first, resolvers in _BaseLoader.yaml_implicit_resolvers.items()
    }

    # libyaml's composer calls these for every node; with no path resolvers registered they
    # do nothing (BaseResolver returns at once), so answer with a C builtin that takes the same
    # arguments and allocates nothing instead of a Python call
    descend_resolver = slice    # (current_node, current_index) -> ignored
    ascend_resolver = tuple     # () -> ignored

    def resolve(self, kind, value, implicit):
        # libyaml calls back into PyYAML's pure-Python resolver for every node; the answer
        # depends only on these arguments (no path resolvers are registered), and dossiers
        # repeat the same keys and values, so remember it (bounded)
        key = (kind, value, implicit)
        tag = _RESOLVED.get(key)
        if tag is None:
            tag = super().resolve(kind, value, implicit)
            if len(_RESOLVED) < 4096 and (value is None or len(value) <= 64):
                _RESOLVED[key] = tag
        return tag


# scalar constructors of PyYAML's SafeConstructor (int with 0x/0o/sexagesimal, YAML 1.1 bools…)
_safe_constructor = yaml.constructor.SafeConstructor()
_SCALAR_CONSTRUCTORS = {
    _INT: _safe_constructor.construct_yaml_int,
    _FLOAT: _safe_constructor.construct_yaml_float,
    _BOOL: _safe_constructor.construct_yaml_bool,
    _NULL: _safe_constructor.construct_yaml_null,
    _TIMESTAMP: lambda node: node.value,  # dates stay strings; pydantic converts them
}
_TAG_NAMES = {_SEQ: "a list", _MAP: "a mapping"}

# characters that can start or separate YAML nodes (see `_node_bound`)
_INDICATORS = ("-", ":", ",", "?", "[", "{", "*", "\n")


def _node_bound(text: str) -> int:
    """An upper bound of the number of nodes `text` can compose to.

    Two nodes are always separated by at least one of `_INDICATORS` (block entries need `-`,
    `?` or `:`, flow entries `,`, `[` or `{`, aliases `*`); each indicator starts at most
    three nodes (a single-pair mapping inside a flow sequence: the mapping, its key and value).
    """
    return 3 * sum(text.count(c) for c in _INDICATORS) + 3


# --------------------------------------------------------------------------------------------
# decoding
# --------------------------------------------------------------------------------------------

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)


def _line_col_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    start = raw.rfind(b"\n", 0, offset) + 1
    return raw.count(b"\n", 0, offset) + 1, len(raw[start:offset].decode("utf-8", "replace")) + 1


def decode_text(raw: bytes, name: str | None = None) -> str:
    """Bytes of an input file → text. UTF-8 with or without BOM; anything else is refused."""
    file = name or "<input>"
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    else:
        for bom, enc in _BOMS:
            if raw.startswith(bom):
                raise InputError("utf8_bom", enc=enc, file=file, line=1, column=1)
    nul = raw.find(b"\x00")
    if nul >= 0:
        line, col = _line_col_of_byte(raw, nul)
        raise InputError("utf8_nul", file=file, line=line, column=col)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line, col = _line_col_of_byte(raw, e.start)
        bad = " ".join(f"0x{b:02X}" for b in raw[e.start:e.end])
        raise InputError("utf8_invalid", byte=bad, file=file, line=line, column=col) from None


# --------------------------------------------------------------------------------------------
# reading
# --------------------------------------------------------------------------------------------

def _read_bytes(path: str | os.PathLike, file: str, limits: Limits) -> bytes:
    with open_regular(path, file) as f:
        size = os.fstat(f.fileno()).st_size
        if size > limits.max_bytes:
            raise InputError("too_large", size=size, limit=limits.max_bytes, file=file)
        try:
            raw = f.read(limits.max_bytes + 1)  # never more, whatever stat said (growth)
        except OSError as e:
            raise InputError("cannot_read", reason=e.strerror or str(e), file=file) from None
    if len(raw) > limits.max_bytes:
        raise InputError("too_large_stream", limit=limits.max_bytes, file=file)
    return raw


def _detect_kind(kind: str | None, name: str, text: str) -> tuple[str, bool]:
    """→ (kind, sure). Not sure when sniffed from the first character."""
    if kind is not None:
        if kind not in ("yaml", "json"):
            raise ValueError(f"kind must be 'yaml', 'json' or None, not {kind!r}")
        return kind, True
    lower = name.lower()
    if lower.endswith(".json"):
        return "json", True
    if lower.endswith((".yaml", ".yml")):
        return "yaml", True
    first = text.lstrip()[:1]
    return ("json", False) if first in ("{", "[") else ("yaml", False)


# --------------------------------------------------------------------------------------------
# YAML
# --------------------------------------------------------------------------------------------

def _yaml_error(e: yaml.YAMLError, file: str, text: str) -> InputError:
    """A YAML syntax error as one plain sentence: the likely line and the usual cause (a tab,
    an indent, a colon in a value, an unclosed quote; readiness.yamlerrors)."""
    mark = getattr(e, "problem_mark", None) or getattr(e, "context_mark", None)
    if isinstance(e, yaml.reader.ReaderError):
        ch = e.character
        char = f"#x{ch:04x}" if isinstance(ch, int) else repr(ch)
        # the C reader reports a byte offset into the UTF-8 text, the Python one a char offset
        raw = text.encode("utf-8")
        pos = e.position if C_LOADER else len(text[: e.position].encode("utf-8"))
        line, col = _line_col_of_byte(raw, min(pos, len(raw)))
        return InputError("yaml_char", char=char, reason=e.reason, file=file, line=line,
                          column=col)
    line, cause = yaml_cause(e, text)
    if line is None and mark is not None:
        line = mark.line + 1
    column = None
    for m in (getattr(e, "problem_mark", None), getattr(e, "context_mark", None)):
        if m is not None and line == m.line + 1:
            column = m.column + 1
            break
    if column is None and line is not None:   # the first character of the line named
        lines = text.splitlines()
        if 0 < line <= len(lines):
            column = len(lines[line - 1]) - len(lines[line - 1].lstrip(" \t")) + 1
    return InputError("yaml_syntax", detail=cause, file=file, line=line, column=column)


def _count_events(text: str, file: str, limits: Limits) -> None:
    """Count nodes and aliases on the event stream (constant memory) before composing."""
    nodes = aliases = 0
    loader = _ComposeLoader(text)
    try:
        while loader.check_event():
            ev = loader.get_event()
            cls = type(ev)
            if cls is yaml.AliasEvent:
                aliases += 1
                if aliases > limits.max_aliases:
                    raise InputError(
                        "too_many_aliases", max=limits.max_aliases,
                        file=file, line=ev.start_mark.line + 1, column=ev.start_mark.column + 1)
            if cls in (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent,
                       yaml.AliasEvent):
                nodes += 1
                if nodes > limits.max_nodes:
                    raise InputError(
                        "too_many_values", max=limits.max_nodes,
                        file=file, line=ev.start_mark.line + 1, column=ev.start_mark.column + 1)
    finally:
        loader.dispose()


def _compose(text: str, file: str) -> Any:
    loader = _ComposeLoader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()


_IN_PROGRESS = object()


class _Builder:
    """Node tree → plain data, with the checks `yaml.safe_load` does not make."""

    def __init__(self, file: str, limits: Limits, aliases_possible: bool) -> None:
        self.file = file
        self.max_depth = limits.max_depth
        self.max_aliases = limits.max_aliases
        self.max_nodes = limits.max_nodes
        self.careful = aliases_possible
        self.seen: dict[int, Any] = {}  # id(node) -> _IN_PROGRESS | (obj, size)
        self.heights: dict[int, int] = {}
        self.nodes = 0
        self.aliases = 0

    # -- errors --------------------------------------------------------------------------
    def error(self, code: str, node: Any, **args: Any) -> InputError:
        m = node.start_mark
        return InputError(code, file=self.file, line=m.line + 1, column=m.column + 1, **args)

    def too_deep(self, node: Any) -> InputError:
        return self.error("too_deep", node, max=self.max_depth)

    def bad_tag(self, node: Any) -> InputError:
        return self.error("yaml_tag", node, tag=_short_tag(node.tag))

    # -- scalars -------------------------------------------------------------------------
    def scalar(self, node: Any) -> Any:
        tag = node.tag
        if tag == _STR:
            return node.value
        ctor = _SCALAR_CONSTRUCTORS.get(tag)
        if ctor is None:
            raise self.bad_tag(node)
        try:
            return ctor(node)
        except (ValueError, TypeError, KeyError, OverflowError, yaml.YAMLError):
            kind = tag.rsplit(":", 1)[-1]
            raise self.error("yaml_scalar", node, value=node.value[:40], kind=kind) from None

    # -- entry -----------------------------------------------------------------------------
    def build(self, node: Any) -> Any:
        return self.careful_build(node, 0) if self.careful else self.fast_build(node, 0)

    # -- no aliases in the text: no memo, no counting (bounded before composing) ----------
    def fast_build(self, node: Any, depth: int) -> Any:
        cls = type(node)
        if cls is ScalarNode:
            if node.tag == _STR:
                return node.value
            return self.scalar(node)
        depth += 1
        if depth > self.max_depth:
            raise self.too_deep(node)
        if cls is SequenceNode:
            if node.tag != _SEQ:
                raise self.bad_tag(node)
            fb = self.fast_build
            return [fb(c, depth) for c in node.value]
        return self.mapping(node, depth, self.fast_build)

    # -- aliases possible: memo by node, count aliases and expanded size ------------------
    def careful_build(self, node: Any, depth: int) -> Any:
        key = id(node)
        hit = self.seen.get(key)
        if hit is not None:
            return self.alias(node, hit, depth)
        self.seen[key] = _IN_PROGRESS
        before = self.nodes
        self.nodes += 1
        if self.nodes > self.max_nodes:
            raise self.error("too_many_values", node, max=self.max_nodes)
        cls = type(node)
        if cls is ScalarNode:
            obj = node.value if node.tag == _STR else self.scalar(node)
        else:
            d = depth + 1
            if d > self.max_depth:
                raise self.too_deep(node)
            if cls is SequenceNode:
                if node.tag != _SEQ:
                    raise self.bad_tag(node)
                cb = self.careful_build
                obj = [cb(c, d) for c in node.value]
            else:
                obj = self.mapping(node, d, self.careful_build)
        self.seen[key] = (obj, self.nodes - before)
        return obj

    def alias(self, node: Any, hit: Any, depth: int) -> Any:
        if hit is _IN_PROGRESS:
            raise self.error("yaml_recursive", node, anchor=node.start_mark.line + 1)
        self.aliases += 1
        if self.aliases > self.max_aliases:
            raise self.error("too_many_aliases_at", node, max=self.max_aliases,
                             anchor=node.start_mark.line + 1)
        obj, size = hit
        self.nodes += size
        if self.nodes > self.max_nodes:
            raise self.error("alias_bomb", node, max=self.max_nodes,
                             anchor=node.start_mark.line + 1)
        if depth + self.height(node) > self.max_depth:
            raise self.too_deep(node)
        return _copy(obj)

    def height(self, node: Any) -> int:
        """Collections on the longest path down from `node` (shared nodes measured once)."""
        key = id(node)
        h = self.heights.get(key)
        if h is None:
            cls = type(node)
            if cls is ScalarNode:
                h = 0
            elif cls is SequenceNode:
                h = 1 + max((self.height(c) for c in node.value), default=0)
            else:
                h = 1 + max((max(self.height(k), self.height(v)) for k, v in node.value),
                            default=0)
            self.heights[key] = h
        return h

    # -- mappings ----------------------------------------------------------------------------
    def mapping(self, node: Any, depth: int, build: Any) -> dict:
        if node.tag != _MAP:
            raise self.bad_tag(node)
        out: dict = {}
        merges = None
        for knode, vnode in node.value:
            if type(knode) is not ScalarNode:
                raise self.error("complex_key", knode)
            tag = knode.tag
            if tag == _STR:
                key = knode.value
            elif tag == _MERGE:
                (merges := merges or []).append(vnode)
                continue
            else:
                key = self.scalar(knode)
            if key in out:
                raise self.duplicate(node, knode, key)
            out[key] = build(vnode, depth)
        if merges:
            out = self.merge(merges, out, depth, build)
        return out

    def duplicate(self, node: Any, knode: Any, key: Any) -> InputError:
        first = None
        for k, _ in node.value:
            if k is knode:
                break
            if type(k) is ScalarNode and k.tag != _MERGE:
                try:
                    same = (k.value if k.tag == _STR else self.scalar(k)) == key
                except InputError:
                    same = False
                if same:
                    first = k
                    break
        shown = key if isinstance(key, str) else repr(key)
        if first is None:
            return self.error("duplicate_key", knode, key=shown, at=knode.start_mark.line + 1)
        return self.error("duplicate_key_first", knode, key=shown, at=knode.start_mark.line + 1,
                          first=first.start_mark.line + 1)

    def merge(self, merges: list, explicit: dict, depth: int, build: Any) -> dict:
        """`<<: *base` / `<<: [*a, *b]`: earlier sources win, explicit keys win over all."""
        merged: dict = {}
        for vnode in merges:
            sources = vnode.value if type(vnode) is SequenceNode else [vnode]
            for src in sources:
                if type(src) is not MappingNode:
                    raise self.error("yaml_merge", src)
                value = build(src, depth - 1)
                for k, v in value.items():
                    merged.setdefault(k, v)
        merged.update(explicit)
        return merged


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_T):] if tag.startswith(_T) else tag


def _copy(obj: Any) -> Any:
    t = type(obj)
    if t is dict:
        return {k: _copy(v) for k, v in obj.items()}
    if t is list:
        return [_copy(v) for v in obj]
    return obj


def _load_yaml(text: str, file: str, limits: Limits, keep: list | None = None) -> Any:
    try:
        if _node_bound(text) > limits.max_nodes:
            _count_events(text, file, limits)
        node = _compose(text, file)
    except yaml.YAMLError as e:
        raise _yaml_error(e, file, text) from None
    except RecursionError:  # only the pure-Python composer recurses; libyaml stops at 1000
        raise InputError("too_deep", max=limits.max_depth, file=file) from None
    if node is None:
        raise InputError("empty_file" if not text.strip() else "only_comments", file=file)
    if keep is not None:  # the node tree carries the line numbers, should an error need them
        keep.append(node)
    return _Builder(file, limits, "*" in text).build(node)


# --------------------------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------------------------

class _JsonDuplicate(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _json_pairs(pairs: list) -> dict:
    d = dict(pairs)
    if len(d) != len(pairs):
        seen = set()
        for k, _ in pairs:
            if k in seen:
                raise _JsonDuplicate(k)
            seen.add(k)
    return d


def _json_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _check_tree(data: Any, file: str, limits: Limits) -> None:
    """Depth and size of parsed JSON (iterative, stops at the first excess)."""
    count = 0
    stack = [(data, 1)]
    while stack:
        obj, depth = stack.pop()
        count += 1
        if count > limits.max_nodes:
            raise InputError("too_many_values", max=limits.max_nodes, file=file)
        if type(obj) is dict:
            children = obj.values()
        elif type(obj) is list:
            children = obj
        else:
            continue
        if depth > limits.max_depth:
            raise InputError("too_deep", max=limits.max_depth, file=file)
        for c in children:
            if type(c) is dict or type(c) is list:
                stack.append((c, depth + 1))
            else:
                count += 1
        if count > limits.max_nodes:
            raise InputError("too_many_values", max=limits.max_nodes, file=file)


def _load_json(text: str, file: str, limits: Limits) -> Any:
    try:
        data = json.loads(text, object_pairs_hook=_json_pairs, parse_constant=_json_constant)
    except _JsonDuplicate as d:
        # json does not say where; YAML composes JSON with line numbers and names both lines
        try:
            _Builder(file, limits, True).build(_compose(text, file))
        except InputError as e:
            if e.code.startswith("duplicate_key"):
                raise e from None
        except Exception:  # noqa: BLE001 - best effort only; the message below still holds
            pass
        raise InputError("duplicate_json_key", key=d.key, file=file) from None
    except json.JSONDecodeError as e:
        raise InputError("json_syntax", problem=e.msg, file=file, line=e.lineno,
                         column=e.colno) from None
    except RecursionError:
        raise InputError("too_deep", max=limits.max_depth, file=file) from None
    except ValueError as e:  # NaN/Infinity, integers beyond Python's digit limit
        raise InputError("json_value", problem=str(e), file=file) from None
    _check_tree(data, file, limits)
    if _SURROGATE_ESCAPE.search(text):
        _refuse_lone_surrogates(data, file)
    return data


_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


def _refuse_lone_surrogates(obj: Any, file: str) -> None:
    """json.loads turns a lone "\\ud800" into a str that cannot be written back as UTF-8."""
    stack = [obj]
    while stack:
        o = stack.pop()
        items = list(o.items()) if type(o) is dict else (
            [(None, v) for v in o] if type(o) is list else [(None, o)])
        for k, v in items:
            for s in (k, v):
                if type(s) is str:
                    try:
                        s.encode("utf-8")
                    except UnicodeEncodeError:
                        raise InputError("json_surrogate", text=s[:40], file=file) from None
            if type(v) in (dict, list):
                stack.append(v)


# --------------------------------------------------------------------------------------------
# public loading API
# --------------------------------------------------------------------------------------------

def _parse(text: str, file: str, limits: Limits, kind: str | None, name_for_kind: str,
           keep: list | None = None) -> Any:
    if not text.strip():
        raise InputError("empty_file", file=file)
    k, sure = _detect_kind(kind, name_for_kind, text)
    if k == "json":
        if sure:
            return _load_json(text, file, limits)
        try:
            return _load_json(text, file, limits)
        except InputError as json_err:
            if json_err.code != "json_syntax":
                raise
            # `{a: 1}` is YAML, not JSON: try YAML; if that fails too, the JSON error stands
            try:
                return _load_yaml(text, file, limits, keep)
            except InputError:
                raise json_err from None
    return _load_yaml(text, file, limits, keep)


@dataclass
class Source:
    """One loaded input: its name, text, data and digest; line numbers on demand."""

    name: str
    text: str
    data: Any
    sha256: str
    _lines: dict = field(default_factory=dict, repr=False, compare=False)
    _node: Any = field(default=None, repr=False, compare=False)

    def line_of(self, path: Sequence[str | int] | str) -> int | None:
        """1-based line of the value at `path` (a list or "$.a[0].b"), or of its nearest
        existing ancestor; None when unknown. Computed on first use and cached; the YAML node
        tree is the one the parse made (JSON text is composed once, on the first lookup)."""
        key = tuple(parse_json_path(path)) if isinstance(path, str) else tuple(path)
        if key not in self._lines:
            loc = self.locate(list(key))
            self._lines[key] = loc[0] if loc else None
        return self._lines[key]

    def error(self, code: str, path: Sequence[str | int] | None, *, column: bool = False,
              **args: Any) -> InputError:
        """An InputError at `path` in this input: file, line (and column), JSON path."""
        loc = None
        if path is not None:
            try:
                loc = self.locate(list(path))
            except Exception:  # noqa: BLE001 - a line number is a courtesy
                loc = None
        return InputError(code, file=self.name, line=loc[0] if loc else None,
                          column=loc[1] if loc and column else None,
                          path=None if path is None else json_path(path), **args)

    def locate(self, path: Sequence[str | int] | str) -> tuple[int, int] | None:
        if self._node is None:
            try:
                self._node = _compose(self.text, "<locate>") or False
            except (yaml.YAMLError, RecursionError):
                self._node = False
        if self._node is False:
            return None
        return _locate_node(self._node, parse_json_path(path) if isinstance(path, str) else path)


def load_source(
    source: str | os.PathLike | bytes,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    kind: str | None = None,
) -> Source:
    """Read, decode and parse a YAML or JSON input (a path, or the bytes themselves)."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        raw = bytes(source)
        file = name or "<input>"
        if len(raw) > limits.max_bytes:
            raise InputError("too_large", size=len(raw), limit=limits.max_bytes, file=file)
    else:
        file = name or os.fspath(source)
        raw = _read_bytes(source, file, limits)
    if not raw:
        raise InputError("empty_file", file=file)
    text = decode_text(raw, file)
    keep: list = []
    data = _parse(text, file, limits, kind, name or (file if not isinstance(source, (
        bytes, bytearray, memoryview)) else ""), keep)
    return Source(name=file, text=text, data=data, sha256=hashlib.sha256(raw).hexdigest(),
                  _node=keep[0] if keep else None)


def load_data(
    source: str | os.PathLike | bytes,
    *,
    name: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    kind: str | None = None,
) -> Any:
    """`load_source(...).data`: plain dicts, lists, str, int, float, bool and None."""
    return load_source(source, name=name, limits=limits, kind=kind).data


# --------------------------------------------------------------------------------------------
# paths in messages: locate
# --------------------------------------------------------------------------------------------


def locate(source_text: str, path: Sequence[str | int] | str) -> tuple[int, int] | None:
    """1-based (line, column) of the value at `path` in the YAML/JSON text: a scalar's own
    position; for a list or mapping under a key, the key's line. Falls back to the nearest
    existing ancestor; None when the text does not parse or the path is empty of anchors."""
    if isinstance(path, str):
        path = parse_json_path(path)
    try:
        node = _compose(source_text, "<locate>")
    except (yaml.YAMLError, RecursionError):
        return None
    if node is None:
        return None
    return _locate_node(node, path)


def _locate_node(node: Any, path: Sequence[str | int]) -> tuple[int, int]:
    mark = node.start_mark
    for p in path:
        if type(node) is MappingNode:
            found = _find_key(node, p, 0)
            if found is None:
                break
            knode, vnode = found
            node = vnode
            mark = vnode.start_mark if type(vnode) is ScalarNode else knode.start_mark
        elif type(node) is SequenceNode and isinstance(p, int) and not isinstance(p, bool):
            if not -len(node.value) <= p < len(node.value):
                break
            node = node.value[p]
            mark = node.start_mark
        else:
            break
    return mark.line + 1, mark.column + 1


def _find_key(node: Any, want: Any, hops: int) -> tuple[Any, Any] | None:
    merges = []
    text = want if isinstance(want, str) else str(want)  # keys are text
    for knode, vnode in node.value:
        if type(knode) is not ScalarNode:
            continue
        if knode.tag == _MERGE:
            merges.append(vnode)
        elif knode.value == text:
            return knode, vnode
    if hops < 10:
        for m in merges:
            for src in (m.value if type(m) is SequenceNode else [m]):
                if type(src) is MappingNode:
                    found = _find_key(src, want, hops + 1)
                    if found is not None:
                        return found
    return None
