"""Rules as plain data: what a rule file says once it has been validated."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import cached_property

from .lexicon import Lexicon
from .yamlload import Mark

# Targets the analyzer derives itself (from several cues, or from an absence): their rules carry the
# text of the finding (title, message, why) and examples, but no patterns.
DERIVED_PREFIXES = ("gap.",)
DERIVED_TARGETS = ("exemption.other", "coverage.durability.permanent", "role.prohibition.ban",
                   "role.prohibition.restriction")


@dataclass(frozen=True, slots=True)
class Pattern:
    """One way a rule matches: a phrase (matched on lower-cased words, or on lemmas when ``attr`` is
    LEMMA: "criminal investigation" then also matches "criminal investigations"), or a spaCy token
    pattern."""

    phrase: str | None
    tokens: tuple | None
    mark: Mark | None = None
    attr: str = "LOWER"


@dataclass(frozen=True, slots=True)
class Rule:
    id: str
    kind: str
    target: str  # the taxonomy id it reports: exemption.criminal-investigation, coverage.acts.obtain, ...
    title: str
    severity: str
    message: str
    why: str
    references: tuple[str, ...] = ()
    inside: tuple[str, ...] = ()
    priority: int = 0
    aliases: tuple[str, ...] = ()
    # Topics this one leads when both name an exemption, whatever their priorities: an identity check
    # at the gate of a military base is access control, not national security.
    outranks: tuple[str, ...] = ()
    patterns: tuple[Pattern, ...] = ()
    examples_match: tuple[str, ...] = ()
    examples_no_match: tuple[str, ...] = ()
    # What a match example must produce when it says so ({kind, category, qualifiers}), by text.
    examples_expect: tuple[tuple[str, tuple[tuple[str, object], ...]], ...] = ()
    source: Mark | None = None

    def expectation(self, text: str) -> dict:
        for t, expect in self.examples_expect:
            if t == text:
                return dict(expect)
        return {}

    @property
    def derived(self) -> bool:
        return not self.patterns

    @property
    def location(self) -> str:
        return f"{self.source.path}:{self.source.line}" if self.source else "<built-in>"


@dataclass
class RuleBook:
    """Every rule loaded from the built-in pack and the user's packs, by id and by target."""

    rules: list[Rule] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    lexicon: Lexicon = field(default_factory=Lexicon)

    def __post_init__(self) -> None:
        self._by_id = {r.id: r for r in self.rules}
        for rule in self.rules:
            for alias in rule.aliases:
                self._by_id.setdefault(alias, rule)
        self._by_target: dict[str, Rule] = {}
        for rule in self.rules:
            # The describing rule of a target: the one whose id is the target itself, else the first.
            if rule.id == rule.target or rule.target not in self._by_target:
                self._by_target[rule.target] = rule

    def get(self, rule_id: str) -> Rule | None:
        return self._by_id.get(rule_id)

    def describe(self, target: str) -> Rule | None:
        """The rule that names and explains findings reported under ``target``."""
        return self._by_target.get(target) or self._by_id.get(target)

    def of_kind(self, *kinds: str) -> list[Rule]:
        return [r for r in self.rules if r.kind in kinds]

    def lemma_table(self) -> dict[str, str]:
        """The lexicon's lemma table, plus the plural of every noun the pack names that the lookup table
        does not know ("voiceprints" -> "voiceprint", "faceprints" -> "faceprint"): a rule that names a
        word then matches its plural, as it does for words the table knows."""
        table = dict(self.lexicon.lemma_table())
        known = set(table) | set(table.values())
        words = {w for ws in self.lexicon.classes.values() for w in ws if " " not in w}
        for rule in self.rules:
            words.update(p.phrase.split()[-1] for p in rule.patterns if p.phrase and p.attr == "LEMMA")
        for word in {w.lower() for w in words}:
            if word.isalpha() and len(word) > 3 and not word.endswith("s") and word not in table:
                plural = word + ("es" if word.endswith(("x", "z", "ch", "sh")) else "s")
                if plural not in known:
                    table[plural] = word
        return table

    @cached_property
    def fingerprint(self) -> str:
        """Changes whenever any rule's content changes (message, title, why and examples too, which
        findings carry): part of the analysis cache key. Where a rule was read from is left out, so
        the same pack in another directory shares cache entries. Computed once: a book is not changed
        after it is loaded, and every analysis asks for its pipeline by this key (4 ms a time)."""
        import hashlib

        h = hashlib.sha256()
        for rule in self.rules:
            content = [(f.name, getattr(rule, f.name)) for f in fields(rule) if f.name not in ("source", "patterns")]
            content.append(("patterns", [(p.phrase, p.tokens, p.attr) for p in rule.patterns]))
            h.update(repr(content).encode())
            h.update(b"\x1e")
        h.update(self.lexicon.fingerprint.encode())
        return h.hexdigest()[:16]
