"""The pack's language for clause frames: word classes (``lexicon.yaml``), the frame table
(``frames.yaml``) and the lemma table.

A rule says what a phrase means; the lexicon says what a *word* is (a modal, a negator, a verb that
prohibits, a noun by which a law names itself), and the frame table says what a clause built of such
words does (a negated conduct verb prohibits; a law that "does not apply" to something exempts it).
Words are lemmas, read with spaCy's lookup lemmatizer table from spacy-lookups-data (vendored in
``rules/lemmas/``, so nothing is downloaded), corrected by the pack's ``lemmas:`` overrides.

A user pack's ``lexicon.yaml`` extends the built-in classes (lists are joined, overrides win); its
``frames.yaml`` rows are added to the table (a row with an existing id replaces it).
"""

from __future__ import annotations

import gzip
import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from .yamlload import YDict, YList, check_keys, config_error, load_yaml, mark_of

LEXICON_FILE = "lexicon.yaml"
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # "O'Brien", "face-unlock": one word
_LETTERS = re.compile(r"[^\W\d_]+")  # "face", "unlock": their parts
FRAMES_FILE = "frames.yaml"
LEMMA_TABLE = Path("lemmas") / "en_lemma_lookup.json.gz"
MODEL_FILE = "category_model.json"

# The slots of a frame a table row may test (see analysis/frames.py for how each is read).
SLOT_VALUES = {
    "polarity": ("positive", "negative"),
    "modality": ("duty", "permission", "none"),
    "voice": ("active", "passive"),
    "construed": (True, False),
    "restrictive": (True, False),
    "predicate": (True, False),
    "derogation": (True, False),
}
SPAN_TAGS = ("law", "nothing", "no", "conduct", "technology", "data", "actor", "right", "term", "it", "anaphor",
             "route", "other-law", "purpose", "duration", "prior", "pointer", "there", "coordinated", "liability",
             "right-first", "condition", "empty", "following", "breach", "forum", "records", "petition",
             "application", "power-first", "body-first", "authorizing-law", "put-in-breach", "route-first",
             "departure-first", "other-first", "burden")
# Operator classes the frame reader sets itself (besides the lexicon's classes).
READER_CLASSES = ("elided", "offence-arises", "defined-term")
ROW_KEYS = {"id", "role", "weight", "when", "why", "examples", "exempts"}
EXEMPTS = ("subject", "object", "scope", "voice")
WHEN_KEYS = {"polarity", "modality", "voice", "operator", "not_operator", "subject", "object", "not_subject",
             "not_object", "object_all", "subject_all", "tail_all", "construed", "restrictive", "predicate",
             "derogation"}


@dataclass(frozen=True, slots=True)
class FrameRow:
    """One row of the frame table: the slot values a frame must have, and the role it then plays."""

    id: str
    role: str  # a role form: prohibition.ban, exemption.exception, neutral.savings, ...
    weight: float
    when: dict[str, Any]
    why: str
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    location: str = ""
    # Which slot names what an exemption takes out of the law, when that may be a whole actor:
    # "subject" ("The Airport Authority is not bound by"), "object" ("the term excludes the
    # department of fish and game"), "scope" (the object, when the verb is one of scope: "does not
    # apply to"), "voice" (the subject in the passive or a predicate, else the object).
    exempts: str | None = None


@dataclass
class Lexicon:
    """Word classes (lemma -> classes; multi-word entries by their first lemma), acts, frame rows."""

    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    acts: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what words are about, not how a sentence is built: the reader never sees these lists
    subject_matter: dict[str, tuple[str, ...]] = field(default_factory=dict)
    frames: list[FrameRow] = field(default_factory=list)
    weights: dict[str, float] = field(default_factory=dict)  # the arbiter's context features
    lemma_overrides: dict[str, str] = field(default_factory=dict)
    spellings: dict[str, str] = field(default_factory=dict)  # an ending as spelt in British use -> in American
    table_path: Path | None = None
    model_path: Path | None = None  # the category model (category_model.py), read when first asked for
    _single: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _multi: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict, repr=False)
    longest_entry: int = field(default=1, repr=False)  # words in the longest multi-word entry
    _row_ops: list[frozenset[str] | None] = field(default_factory=list, repr=False)  # each row's operators
    _rows_for: dict[frozenset[str], list[FrameRow]] = field(default_factory=dict, repr=False)
    _act_of: dict[str, str] = field(default_factory=dict, repr=False)
    _about: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _table: dict[str, str] | None = field(default=None, repr=False)
    _model: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        self.index()

    def index(self) -> None:
        single: dict[str, set[str]] = {}
        multi: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, words in self.classes.items():
            for word in words:
                parts = tuple(word.lower().split())
                if len(parts) == 1:
                    single.setdefault(parts[0], set()).add(name)
                else:
                    multi.setdefault(parts[0], []).append((parts, name))
        self._single = {w: frozenset(c) for w, c in single.items()}
        for entries in multi.values():
            entries.sort(key=lambda e: -len(e[0]))  # longest first
        self._multi = multi
        self._row_ops = [frozenset(r.when["operator"]) if "operator" in r.when else None for r in self.frames]
        self._rows_for.clear()
        self.longest_entry = max((len(parts) for entries in multi.values() for parts, _ in entries), default=1)
        self._act_of = {lemma: act for act, lemmas in self.acts.items() for lemma in lemmas}
        about: dict[str, set[str]] = {}
        for name, words in self.subject_matter.items():
            for word in words:
                about.setdefault(word.lower(), set()).add(name)
        self._about = {w: frozenset(n) for w, n in about.items()}

    def rows_for(self, operators: frozenset[str]) -> list[FrameRow]:
        """The frame rows a verb group with these operator classes can fit, in table order: those that
        name one of them, and those that name no operator. (A frame is fitted for every verb group of a
        law; most rows ask for an operator it lacks.)"""
        cached = self._rows_for.get(operators)
        if cached is None:
            cached = self._rows_for[operators] = [r for r, ops in zip(self.frames, self._row_ops, strict=True)
                                                  if ops is None or not ops.isdisjoint(operators)]
        return cached

    def classes_of(self, word: str) -> frozenset[str]:
        return self._single.get(word, frozenset())

    def about(self, word: str) -> frozenset[str]:
        """The subject-matter lists ``word`` is on ("face": what a surveillance technology reads)."""
        return self._about.get(word, frozenset())

    def multi_entries(self, word: str) -> list[tuple[tuple[str, ...], str]]:
        """The multi-word entries (words, class) that start with ``word``, longest first."""
        return self._multi.get(word, [])

    def words(self, cls: str) -> tuple[str, ...]:
        return self.classes.get(cls, ())

    def act_of(self, lemma: str) -> str | None:
        return self._act_of.get(lemma)

    def lemma_table(self) -> dict[str, str]:
        """Surface form (lower case) -> lemma: the lookup table with the pack's overrides."""
        if self._table is not None:
            return self._table
        table: dict[str, str] = {}
        if self.table_path is not None and self.table_path.is_file():
            with gzip.open(self.table_path, "rt", encoding="utf-8") as fh:
                table = json.load(fh)
        table.update(self._british_forms(table))
        table.update(self.lemma_overrides)
        self._table = table
        return table

    def _british_forms(self, table: dict[str, str]) -> dict[str, str]:
        """Each word of the lookup table (American spelling) as British drafting spells it, with its
        lemma, where the table does not know that form, and each British lemma of the table turned to
        its American one where the table knows that: "misdemeanour" -> misdemeanor, "centres" -> center,
        "authorising" -> authorize. The endings are the pack's ``spellings``. (A word spelt both ways in
        the table, "advertise" and "advertize", gets the American lemma, as rules and lexicon words do.)"""
        if not self.spellings:
            return {}
        british: dict[str, list[str]] = {}
        for uk, us in self.spellings.items():
            british.setdefault(us, []).append(uk)
        lengths = sorted({len(us) for us in british}, reverse=True)
        tails = {us[-2:] for us in british}  # (most words end otherwise: one look skips them)
        lemmas = set(table.values())
        out: dict[str, str] = {}
        # (a word that is its own lemma is no key of the table: "misdemeanor" is known as a lemma only)
        for word, lemma in [*table.items(), *((v, v) for v in lemmas)]:
            if word[-2:] not in tails or not word.islower():
                continue
            for n in lengths:
                us = word[-n:]
                for uk in british.get(us, ()) if len(word) > n + 1 else ():
                    if uk[0] == us[0] and word[-n - 1:-n] == us[0]:
                        continue  # "annulled" is no "annul-led": its letter is doubled already
                    variant = word[:-n] + uk
                    if variant not in table:
                        out.setdefault(variant, lemma)
        american = {v: out[v] for v in lemmas if v in out}  # a British lemma of the table: "centre" -> center
        out.update({word: american[lemma] for word, lemma in table.items() if lemma in american})
        return out

    def lemma_spans(self, text: str, *, parts: bool = False) -> list[tuple[str, int, int]]:
        """The words of plain ``text`` (letters, with inner apostrophes and hyphens; with ``parts``,
        each run of letters) as lemmas, each with its char span: for text read without the spaCy
        pipeline (a legend, a text's last lines, the words of an exemption for the category model)."""
        table = self.lemma_table()
        pattern = _LETTERS if parts else _WORD
        return [(table.get(w := m.group().lower(), w), m.start(), m.end()) for m in pattern.finditer(text)]

    def lemmas_of(self, text: str) -> list[str]:
        return [lemma for lemma, _, _ in self.lemma_spans(text)]

    def category_model(self) -> Any:
        """The pack's category model (rulebook/category_model.py), or None when the pack has none."""
        if self._model is None:
            from .category_model import CategoryModel

            ok = self.model_path is not None and self.model_path.is_file()
            self._model = CategoryModel.load(self.model_path) if ok else False
        return self._model or None

    @property
    def fingerprint(self) -> str:
        h = hashlib.sha256()
        h.update(repr(sorted(self.classes.items())).encode())
        h.update(repr(sorted(self.acts.items())).encode())
        h.update(repr(sorted(self.subject_matter.items())).encode())
        h.update(repr(sorted(self.lemma_overrides.items())).encode())
        h.update(repr(sorted(self.spellings.items())).encode())
        h.update(repr([(r.id, r.role, r.weight, sorted(r.when.items())) for r in self.frames]).encode())
        h.update(repr(sorted(self.weights.items())).encode())
        if self.table_path is not None and self.table_path.is_file():
            h.update(hashlib.sha256(self.table_path.read_bytes()).digest())
        if self.model_path is not None and self.model_path.is_file():
            h.update(hashlib.sha256(self.model_path.read_bytes()).digest())
        return h.hexdigest()[:16]


def _word_list(value: Any, container: Any, key: str | int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str | int) and str(v).strip() for v in value):
        raise config_error("must be a list of words", container, key)
    return tuple(str(v).strip().lower() for v in value)


def _parse_lexicon(data: Any, path: str, lex: Lexicon) -> None:
    if data is None:
        return
    if not isinstance(data, YDict):
        raise ConfigError("a lexicon file is a mapping with keys lemmas, spellings, classes, conduct-acts, "
                          "subject-matter", path, 1, 1)
    check_keys(data, ("lemmas", "spellings", "classes", "conduct-acts", "subject-matter"), ())
    lemmas = data.get("lemmas") or {}
    if not isinstance(lemmas, dict):
        raise config_error("'lemmas' must map a word to its lemma", data, "lemmas")
    for word, lemma in lemmas.items():
        if not isinstance(lemma, str | int):
            raise config_error("a lemma must be a word", lemmas, word)
        lex.lemma_overrides[str(word).lower()] = str(lemma).lower()
    spellings = data.get("spellings") or {}
    if not isinstance(spellings, dict) or not all(isinstance(v, str) for v in spellings.values()):
        raise config_error("'spellings' must map a British ending to its American one", data, "spellings")
    for uk, us in spellings.items():
        lex.spellings[str(uk).lower()] = str(us).lower()
    for key, target in (("classes", lex.classes), ("conduct-acts", lex.acts), ("subject-matter", lex.subject_matter)):
        section = data.get(key) or {}
        if not isinstance(section, dict):
            raise config_error(f"{key!r} must map a name to a list of words", data, key)
        for name, words in section.items():
            target[name] = tuple(dict.fromkeys((*target.get(name, ()), *_word_list(words, section, name))))


def _parse_when(when: Any, row: YDict) -> dict[str, Any]:
    if not isinstance(when, YDict):
        raise config_error("'when' must be a mapping of frame slots", row, "when")
    check_keys(when, WHEN_KEYS, ())
    out: dict[str, Any] = {}
    for key, value in when.items():
        if key in SLOT_VALUES:
            allowed = SLOT_VALUES[key]
            values = value if isinstance(value, list) else [value]
            for v in values:
                if v not in allowed:
                    raise config_error(f"{key} must be one of {', '.join(map(str, allowed))}", when, key)
            out[key] = tuple(values)
        elif key in ("operator", "not_operator"):
            out[key] = _word_list(value if isinstance(value, list) else [value], when, key)
        else:
            tags = _word_list(value if isinstance(value, list) else [value], when, key)
            for tag in tags:
                if tag not in SPAN_TAGS:
                    raise config_error(f"unknown {key} tag {tag!r} (expected one of: {', '.join(SPAN_TAGS)})",
                                       when, key)
            out[key] = tags
    return out


def _parse_context(data: YDict, weights: dict[str, float]) -> None:
    context = data.get("context")
    if context is None:
        return
    if not isinstance(context, dict):
        raise config_error("'context' must map a feature name to a weight", data, "context")
    for name, weight in context.items():
        if not isinstance(weight, int | float) or isinstance(weight, bool):
            raise config_error("a feature weight must be a number", context, name)
        weights[str(name)] = float(weight)


def _parse_frames(data: Any, path: str, known_roles: set[str]) -> list[FrameRow]:
    if data is None:
        return []
    if not isinstance(data, YDict) or not isinstance(data.get("frames"), YList) or set(data) - {"frames", "context"}:
        raise ConfigError("a frame table is a mapping with 'frames' (a list) and 'context' (feature weights)",
                          path, 1, 1)
    rows = []
    for i, row in enumerate(data["frames"]):
        if not isinstance(row, YDict):
            raise config_error("each frame row must be a mapping", data["frames"], i)
        check_keys(row, ROW_KEYS, ("id", "role", "when", "why"))
        role = row["role"]
        if role not in known_roles:
            raise config_error(f"unknown role {role!r} (expected one of: {', '.join(sorted(known_roles))})",
                               row, "role")
        weight = row.get("weight", 1)
        if not isinstance(weight, int | float) or isinstance(weight, bool):
            raise config_error("'weight' must be a number", row, "weight")
        examples = row.get("examples") or {}
        if not isinstance(examples, dict) or set(examples) - {"match", "no_match"}:
            raise config_error("'examples' must be a mapping with 'match' and 'no_match' lists", row, "examples")
        exempts = row.get("exempts")
        if exempts is not None and exempts not in EXEMPTS:
            raise config_error(f"'exempts' must be one of: {', '.join(EXEMPTS)}", row, "exempts")
        mark = mark_of(row)
        rows.append(FrameRow(id=str(row["id"]), role=role, weight=float(weight), when=_parse_when(row["when"], row),
                             exempts=exempts,
                             why=str(row["why"]),
                             examples_match=tuple(examples.get("match") or ()),
                             examples_no_match=tuple(examples.get("no_match") or ()),
                             location=f"{mark.path}:{mark.line}" if mark else path))
    return rows


def load_lexicon(dirs: list[Path], known_roles: set[str]) -> Lexicon:
    """The lexicon and frame table of the packs in ``dirs`` (built-in first)."""
    lex = Lexicon()
    frames: dict[str, FrameRow] = {}
    for directory in dirs:
        path = directory / LEXICON_FILE
        if path.is_file():
            _parse_lexicon(load_yaml(path), str(path), lex)
        path = directory / FRAMES_FILE
        if path.is_file():
            data = load_yaml(path)
            for row in _parse_frames(data, str(path), known_roles):
                frames[row.id] = row
            if isinstance(data, YDict):
                _parse_context(data, lex.weights)
        if lex.table_path is None and (directory / LEMMA_TABLE).is_file():
            lex.table_path = directory / LEMMA_TABLE
        if (directory / MODEL_FILE).is_file():
            lex.model_path = directory / MODEL_FILE  # a later pack's model replaces the built-in one
    lex.frames = list(frames.values())
    lex.index()
    return lex
