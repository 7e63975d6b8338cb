"""Rule packs: the built-in pack shipped with redline plus the user's ``--rules DIR`` packs.

``load_rulebook()`` validates every file (errors are ``file:line:col: message``, exit code 2) and
returns a RuleBook; ``builtin_rules_dir()`` finds the pack both in a source checkout (``rules/``) and
in an installed wheel (``redline_cli/_rules``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from .. import taxonomy as tx
from ..errors import ConfigError
from .lexicon import FRAMES_FILE, LEXICON_FILE, FrameRow, Lexicon, load_lexicon
from .model import Pattern, Rule, RuleBook
from .schema import parse_file
from .yamlload import load_yaml

SCORING_FILE = "scoring.yaml"
# Files of a pack that hold something other than rules.
SPECIAL_FILES = (SCORING_FILE, LEXICON_FILE, FRAMES_FILE)


def builtin_rules_dir() -> Path:
    """The built-in pack: inside the package when installed from a wheel, else the checkout's rules/."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir() and any(candidate.glob("*.yaml")):
            return candidate
    raise ConfigError("the built-in rule pack is missing (reinstall redline)")


def rule_files(directory: Path) -> list[Path]:
    """The rule files of a pack, in a stable order (scoring.yaml is not a rule file)."""
    if not directory.is_dir():
        raise ConfigError("not a directory of rule files", str(directory))
    return sorted(p for p in directory.rglob("*.y*ml") if p.name not in SPECIAL_FILES and p.suffix in (".yaml", ".yml"))


def load_rulebook(extra_dirs: Iterable[str | Path] = (), *, builtin: bool = True) -> RuleBook:
    """Every rule of the built-in pack (unless ``builtin`` is False) and of ``extra_dirs``."""
    dirs = ([builtin_rules_dir()] if builtin else []) + [Path(d) for d in extra_dirs]
    rules: list[Rule] = []
    seen: dict[str, Rule] = {}
    sources: list[str] = []
    for directory in dirs:
        files = rule_files(directory)
        has_language = (directory / LEXICON_FILE).is_file() or (directory / FRAMES_FILE).is_file()
        if not files and not has_language and directory != dirs[0]:
            raise ConfigError("no rule files (*.yaml) found", str(directory))
        for path in files:
            sources.append(str(path))
            for rule in parse_file(load_yaml(path), str(path)):
                if rule.id in seen:
                    mark = rule.source
                    raise ConfigError(f"duplicate rule id {rule.id!r} (first defined at {seen[rule.id].location})",
                                      str(path), mark.line if mark else None, mark.col if mark else None)
                seen[rule.id] = rule
                rules.append(rule)
    lexicon = load_lexicon(dirs, set(tx.ROLE_FORMS))
    return RuleBook([_with_classes(rule, lexicon) for rule in rules], sources, lexicon)


def _with_classes(rule: Rule, lexicon: Lexicon) -> Rule:
    """The rule with each word class named in a token pattern's IN list ("@official-title") spelled
    out from the lexicon, so a rule pairs word classes instead of repeating their words."""
    patterns = tuple(replace(p, tokens=tuple(_expand(t, lexicon, rule) for t in p.tokens)) if p.tokens else p
                     for p in rule.patterns)
    return replace(rule, patterns=patterns) if patterns != rule.patterns else rule


def _expand(token: dict, lexicon: Lexicon, rule: Rule) -> dict:
    """The token pattern with the "@class" entries of its IN and NOT_IN lists spelled out."""
    out = dict(token)
    for attr, value in token.items():
        if isinstance(value, dict):
            spelled = {key: _spell(words, lexicon, rule) for key, words in value.items()
                       if key in ("IN", "NOT_IN") and isinstance(words, list)}
            if any(spelled[key] != value[key] for key in spelled):
                out[attr] = {**value, **spelled}
    return out


def _spell(words: list, lexicon: Lexicon, rule: Rule) -> list:
    out: list = []
    for word in words:
        if not (isinstance(word, str) and word.startswith("@")):
            out.append(word)
            continue
        members = lexicon.words(word[1:])
        if not members:
            mark = rule.source
            raise ConfigError(f"rule {rule.id!r} names the word class {word!r}, which the lexicon does not define",
                              mark.path if mark else None, mark.line if mark else None, mark.col if mark else None)
        out.extend(m for m in members if " " not in m)  # (a token pattern matches one word per token)
    return list(dict.fromkeys(out))


__all__ = ["FrameRow", "Lexicon", "Pattern", "Rule", "RuleBook", "builtin_rules_dir", "load_rulebook", "rule_files"]
