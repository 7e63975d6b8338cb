"""Safe YAML loading that remembers where every value came from, with YAML 1.2 booleans.

Rule files are written by people, so errors must point at ``file:line:col``. PyYAML's SafeLoader
forgets positions once it builds Python objects, and it reads ``no``, ``on``, ``off``, ``yes`` as
booleans (YAML 1.1), which silently turns the word "no" in a phrase list into ``False``. This
loader keeps YAML 1.2's core booleans only (``true``/``false``) and records the mark of every
mapping, sequence, key and scalar.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class Mark:
    """1-based line and column of a node in its file."""

    path: str
    line: int
    col: int


class YDict(dict):
    """A mapping with the mark of itself and of each of its keys."""

    mark: Mark
    key_marks: dict[str, Mark]


class YList(list):
    """A sequence with the mark of itself and of each item."""

    mark: Mark
    item_marks: list[Mark]


_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: 5x faster


class _Loader(_Base):
    """SafeLoader with YAML 1.2 booleans and marks on every collection."""


# Drop YAML 1.1's bool resolver (yes/no/on/off/y/n) and keep only true/false, as YAML 1.2 does.
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                              list("tTfF"))
# Numbers as YAML 1.2 reads them: "010" is ten (YAML 1.1 made it eight) and "1:30" is a string
# (YAML 1.1 made it ninety).
_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag not in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")]
    for key, resolvers in _Loader.yaml_implicit_resolvers.items()
}
_Loader.add_implicit_resolver("tag:yaml.org,2002:int", re.compile(r"^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$"),
                              list("-+0123456789"))
_Loader.add_implicit_resolver(
    "tag:yaml.org,2002:float",
    re.compile(r"^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$"),
    list("-+0123456789."))


def _construct_int(loader: _Loader, node: yaml.ScalarNode) -> int:
    text = loader.construct_scalar(node)
    if text.startswith("0o"):
        return int(text[2:], 8)
    if text.startswith("0x"):
        return int(text[2:], 16)
    return int(text, 10)


_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)

# A rule pack is read in CI from a pull request: aliases that fan out ("a: &a [x, x]", "b: &b [*a, *a]",
# ...) would make a small file expand to billions of values. Its size, counting each alias as what it
# stands for, is bounded.
MAX_EXPANDED_NODES = 200_000


def _mark(loader: _Loader, node: yaml.Node) -> Mark:
    return Mark(loader.name, node.start_mark.line + 1, node.start_mark.column + 1)


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> YDict:
    out = YDict()
    out.mark = _mark(loader, node)
    out.key_marks = {}
    loader.flatten_mapping(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str | int | float | bool) or key is None:
            raise ConfigError("mapping keys must be plain scalars", loader.name, key_node.start_mark.line + 1,
                              key_node.start_mark.column + 1)
        key = str(key)
        if key in out:
            raise ConfigError(f"duplicate key {key!r}", loader.name, key_node.start_mark.line + 1,
                              key_node.start_mark.column + 1)
        out.key_marks[key] = _mark(loader, key_node)
        out[key] = loader.construct_object(value_node, deep=True)
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> YList:
    out = YList(loader.construct_object(child, deep=True) for child in node.value)
    out.mark = _mark(loader, node)
    out.item_marks = [_mark(loader, child) for child in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(path: str | Path, text: str | None = None) -> Any:
    """Parse one YAML file into YDict/YList/scalars; syntax errors become ConfigError with a position."""
    label = str(path)
    if text is None:
        try:
            text = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise ConfigError(f"cannot read the file ({exc})", label) from None
    loader = _Loader(text)
    loader.name = label
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_expansion(node, label)
        return loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        reason = " ".join((exc.problem or exc.context or "invalid YAML").split())
        raise ConfigError(f"invalid YAML: {reason}", label, mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML: {' '.join(str(exc).split())}", label) from None
    finally:
        loader.dispose()


def _check_expansion(root: yaml.Node, label: str) -> None:
    """ConfigError when the document, its aliases expanded, holds more than MAX_EXPANDED_NODES nodes."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()  # on the path being walked: met again, the alias holds itself
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if id(node) in sizes and not done:
            continue
        children = [v for pair in node.value for v in pair] if isinstance(node, yaml.MappingNode) else \
            list(node.value) if isinstance(node, yaml.SequenceNode) else []
        if not done:
            if id(node) in open_nodes:
                raise ConfigError("a YAML alias refers to the value that holds it (an endless value)", label,
                                  node.start_mark.line + 1, node.start_mark.column + 1)
            open_nodes.add(id(node))
            stack.append((node, True))
            stack.extend((c, False) for c in children if id(c) not in sizes)
            continue
        open_nodes.discard(id(node))
        sizes[id(node)] = size = 1 + sum(sizes.get(id(c), 1) for c in children)
        if size > MAX_EXPANDED_NODES:
            raise ConfigError(f"YAML aliases expand this file past {MAX_EXPANDED_NODES:,} values; a rule pack "
                              "may not multiply itself with anchors and aliases", label, node.start_mark.line + 1,
                              node.start_mark.column + 1)


def mark_of(container: Any, key: str | int | None = None) -> Mark | None:
    """The mark of ``container[key]`` (or of the container itself) when it was loaded here."""
    if key is None:
        return getattr(container, "mark", None)
    if isinstance(container, YDict):
        return container.key_marks.get(str(key), getattr(container, "mark", None))
    if isinstance(container, YList) and isinstance(key, int) and key < len(container.item_marks):
        return container.item_marks[key]
    return getattr(container, "mark", None)


def config_error(message: str, container: Any, key: str | int | None = None) -> ConfigError:
    """A ConfigError pointing at ``container[key]``."""
    mark = mark_of(container, key)
    if mark is None:
        return ConfigError(message)
    return ConfigError(message, mark.path, mark.line, mark.col)


def check_keys(mapping: Any, allowed: Iterable[str], required: Iterable[str]) -> None:
    """Raise a ConfigError at the first key of ``mapping`` not ``allowed`` or the first ``required``
    key it lacks (rule files and the scoring model share this check)."""
    allowed = set(allowed)
    for key in mapping:
        if key not in allowed:
            raise config_error(f"unknown key {key!r}", mapping, key)
    for key in required:
        if key not in mapping:
            raise config_error(f"missing required key {key!r}", mapping)
