"""Settings from a file, found as ruff finds its own: ``[tool.redline]`` in a ``pyproject.toml``, or
a ``.redline.yaml``, in the working directory or the nearest directory above it that has one.

The search stops at the first file found (in one directory ``.redline.yaml`` comes before
``pyproject.toml``); a ``pyproject.toml`` without ``[tool.redline]`` does not stop it. Paths in
the file are relative to the file. Flags on the command line override it. An unknown key or a bad
value is a ``ConfigError`` (exit 2) naming the file, the line when it can, and the key. The
suppressions file ``.redline-ignore.yaml`` is found the same way, on its own.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .suppress import IGNORE_FILE as IGNORE_NAME
from .taxonomy import SEVERITIES

YAML_NAME = ".redline.yaml"
PYPROJECT = "pyproject.toml"
TABLE = "[tool.redline]"
FORMATS = ("text", "json", "jsonl", "csv", "markdown", "html", "sarif", "junit", "github")  # analyze's
KEYS = ("fail-on", "max-score", "min-severity", "select", "ignore", "rules", "ignore-file", "format")


@dataclass(frozen=True)
class Config:
    """What a configuration file sets; ``None`` (or empty ``path``) where it sets nothing."""

    path: Path | None = None  # the file read; None when there is none
    fail_on: str | None = None
    max_score: int | None = None
    min_severity: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    rules: tuple[Path, ...] | None = None  # relative to the working directory (resolved from the file's)
    ignore_file: Path | None = None  # idem
    format: str | None = None
    lines: dict[str, int] = field(default_factory=dict, compare=False, repr=False)  # key -> its line

    def where(self, key: str) -> str:
        """``file:line: key`` (or ``file: key``), to name a value of this file in a message."""
        line = self.lines.get(key)
        return f"{self.path}:{line}: {key}" if line else f"{self.path}: {key}"


def _has_table(path: Path) -> bool:
    """Does this pyproject.toml hold a ``[tool.redline]`` table? Cheap for the many that do not; a
    file that names it but is not valid TOML is an error (its settings cannot be read)."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    if "redline" not in text:
        return False
    return "redline" in _toml(path, text).get("tool", {})


def find_config(start: Path) -> Path | None:
    """The configuration file that governs ``start``: the first ``.redline.yaml``, or
    ``pyproject.toml`` with ``[tool.redline]``, in ``start`` or a directory above it."""
    for directory in (start, *start.parents):
        if (directory / YAML_NAME).is_file():
            return directory / YAML_NAME
        if (directory / PYPROJECT).is_file() and _has_table(directory / PYPROJECT):
            return directory / PYPROJECT
    return None


def find_ignore_file(start: Path) -> Path | None:
    """The nearest ``.redline-ignore.yaml``: in ``start`` or a directory above it."""
    for directory in (start, *start.parents):
        if (directory / IGNORE_NAME).is_file():
            return directory / IGNORE_NAME
    return None


def _toml(path: Path, text: str) -> dict[str, Any]:
    import tomllib

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        at = re.search(r"\(at line (\d+), column (\d+)\)", str(exc))
        reason = re.sub(r"\s*\(at line \d+, column \d+\)", "", str(exc)) if at else str(exc)
        raise ConfigError(f"not valid TOML: {reason}", str(shown(path)), int(at.group(1)) if at else None,
                          int(at.group(2)) if at else None) from None


def _toml_lines(text: str, keys: Any) -> dict[str, int]:
    """The line of each key of ``[tool.redline]`` (TOML parsers give no positions)."""
    lines: dict[str, int] = {}
    inside = False
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped.replace(" ", "") == TABLE
            continue
        m = re.match(r"""\s*["']?([\w.-]+)["']?\s*=""", line)
        if inside and m and m.group(1) in keys:
            lines.setdefault(m.group(1), number)
    return lines


def read_file(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The settings of one file as a plain mapping, and the line of each key."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError("no such file", str(path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot be read ({getattr(exc, 'strerror', None) or exc})", str(path)) from None
    if path.suffix == ".toml":
        tool = _toml(path, text).get("tool", {})
        if not isinstance(tool, dict) or "redline" not in tool:
            raise ConfigError(f"no {TABLE} table", str(path))
        table = tool["redline"]
        if not isinstance(table, dict):
            raise ConfigError(f"{TABLE} must be a table of settings", str(path))
        return table, _toml_lines(text, table)
    if path.suffix in (".yaml", ".yml"):
        from .rulebook.yamlload import YDict, load_yaml

        data = load_yaml(path, text)
        if data is None:
            return {}, {}
        if not isinstance(data, YDict):
            raise ConfigError("a configuration file is a mapping of settings (fail-on: high, ...)", str(path), 1, 1)
        return dict(data), {k: m.line for k, m in data.key_marks.items()}
    raise ConfigError("a configuration file is a .redline.yaml (YAML) or a pyproject.toml with "
                      f"{TABLE} (TOML)", str(path))


def _error(path: Path, lines: dict[str, int], key: str, message: str) -> ConfigError:
    line = lines.get(key)
    return ConfigError(f"{key}: {message}", str(path), line, 1 if line else None)


def _relative(base: Path, value: str) -> Path:
    """``value``, a path relative to the configuration file's directory, as the CLI opens it: relative
    to the working directory when that is short, else absolute."""
    return shown(Path(os.path.normpath(base / value)))


def parse(path: Path, data: dict[str, Any], lines: dict[str, int]) -> Config:
    """Check every key and value of ``data`` (read from ``path``) and make the Config."""

    def fail(key: str, message: str) -> ConfigError:
        return _error(path, lines, key, message)

    def choice(key: str, allowed: tuple[str, ...]) -> str:
        value = data[key]
        if not isinstance(value, str) or value not in allowed:
            raise fail(key, f"{value!r} is not one of {', '.join(allowed)}")
        return value

    def globs(key: str) -> tuple[str, ...]:
        value = data[key]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail(key, "must be a list of rule-id globs, e.g. [\"gap.*\", \"exemption.personal-device\"]")
        return tuple(v.strip() for v in value)

    base = path.parent
    values: dict[str, Any] = {}
    for key in data:
        if key not in KEYS:
            close = difflib.get_close_matches(str(key).replace("_", "-"), KEYS, n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise fail(str(key), f"unknown key (expected one of: {', '.join(KEYS)}){hint}")
    if "fail-on" in data:
        values["fail_on"] = choice("fail-on", (*SEVERITIES, "never"))
    if "min-severity" in data:
        values["min_severity"] = choice("min-severity", tuple(SEVERITIES))
    if "format" in data:
        values["format"] = choice("format", FORMATS)
    if "max-score" in data:
        value = data["max-score"]
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 100:
            raise fail("max-score", f"{value!r} is not a whole number from 0 to 100")
        values["max_score"] = value
    for key in ("select", "ignore"):
        if key in data:
            values[key] = globs(key)
    if "rules" in data:
        value = data["rules"]
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise fail("rules", "must be a list of rule pack directories (relative to this file)")
        dirs = tuple(_relative(base, v) for v in value)
        for given, directory in zip(value, dirs, strict=True):
            if not directory.is_dir():
                raise fail("rules", f"{given!r} is not a directory (looked for {directory})")
        values["rules"] = dirs
    if "ignore-file" in data:
        value = data["ignore-file"]
        if not isinstance(value, str) or not value.strip():
            raise fail("ignore-file", "must be the path of a suppressions file (relative to this file)")
        target = _relative(base, value)
        if not target.is_file():
            raise fail("ignore-file", f"{value!r}: no such file (looked for {target})")
        values["ignore_file"] = target
    return Config(path=path, lines=lines, **values)


def load(path: str | Path) -> Config:
    """The Config of the file at ``path`` (``--config FILE``)."""
    path = Path(path)
    data, lines = read_file(path)
    return parse(path, data, lines)


def discover(start: Path | None = None, config_file: str | Path | None = None, isolated: bool = False) -> Config:
    """The settings of this run: ``--config FILE`` when given, none with ``--isolated``, else the
    nearest configuration file from ``start`` (the working directory) upward, else none."""
    if config_file is not None:
        return load(config_file)
    if isolated:
        return Config()
    found = find_config(Path.cwd() if start is None else start)
    return Config() if found is None else load(shown(found))


def shown(path: Path) -> Path:
    """A path found by searching upward, as messages name it: relative to the working directory."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive (Windows)
        return path
