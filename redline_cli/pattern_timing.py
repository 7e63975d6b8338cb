"""Time each token pattern of a rule book on a reference text, for ``rules validate``.

The loader already refuses what is known to explode (unbounded alias fan-out, nested regex
quantifiers, more than one open gap). What is left can still be slow: a wide bounded gap next to
a common word, a REGEX tried on every token. Such a pattern makes every analysis slow, so
``rules validate`` runs each one alone, through the same anchored matcher analysis uses, over a
reference text made of the pack's own examples (the words its patterns are written for), and
names the slow ones at their line in the rule file. Phrase patterns are not timed: the
PhraseMatcher is linear in the text whatever the phrases.

The text grows in steps (4 KB, then 32 KB): a pattern already over its budget on the small text is
reported without being run on the large one, so validating a hostile pack stays bounded. A time
over budget is taken again (the least of three counts), so a busy machine does not raise warnings.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .rulebook import RuleBook
from .rulebook.model import Pattern, Rule

REFERENCE_SIZES = (4_096, 32_768)  # characters of reference text, timed in this order
# Per pattern on the 32 KB text. A typical pattern takes a few milliseconds and the slowest of the
# built-in pack about 0.5 s (a 20-token gap after "law", dense in the examples); the patterns this
# guards against took minutes.
BUDGET_SECONDS = 1.0


@dataclass(frozen=True)
class SlowPattern:
    """A token pattern over its time budget on the reference text."""

    rule: Rule
    pattern: Pattern
    seconds: float
    chars: int
    budget: float

    def describe(self) -> str:
        mark = self.pattern.mark
        where = f"{mark.path}:{mark.line}:{mark.col}" if mark else self.rule.location
        return (f"{where}: warning: {self.rule.id}: this token pattern took {self.seconds * 1000:.1f} ms on "
                f"{self.chars // 1024} KB of reference text (over its budget of {self.budget * 1000:g} ms); "
                "every analysis pays it: narrow its gaps or give it a rarer required word")


def reference_text(book: RuleBook, size: int) -> str:
    """The pack's examples (rules' and frame rows'), repeated to ``size`` characters."""
    examples = [t for r in book.rules for t in (*r.examples_match, *r.examples_no_match)]
    examples += [t for row in book.lexicon.frames for t in (*row.examples_match, *row.examples_no_match)]
    unit = "\n".join(examples) or "No department shall use face recognition technology."
    return (unit + "\n") * (size // (len(unit) + 1) + 1)


def _timed(matcher, doc) -> float:
    started = time.perf_counter()
    matcher(doc)
    return time.perf_counter() - started


def slow_patterns(book: RuleBook, nlp, budget: float = BUDGET_SECONDS,
                  under: Sequence[Path] = ()) -> list[SlowPattern]:
    """Token patterns of ``book`` over ``budget`` seconds on the reference text (``nlp``: the
    pipeline built from ``book``, for its tokenizer and lemmas); only those of rule files under
    ``under`` when it names directories (validating a user's pack need not time the built-in one,
    which its own tests time)."""
    from .matcher import RuleMatcher

    rules_component = nlp.get_pipe("redline_rules")
    docs = [rules_component.make_doc(reference_text(book, size)[:size]) for size in REFERENCE_SIZES]
    out = []
    roots = [Path(d).resolve() for d in under]
    for rule in book.rules:
        if roots and not (rule.source and any(Path(rule.source.path).resolve().is_relative_to(r) for r in roots)):
            continue
        for pattern in rule.patterns:
            if pattern.tokens is None:
                continue
            matcher = RuleMatcher(nlp.vocab)
            matcher.add([dataclasses.replace(rule, patterns=(pattern,))], rules_component.make_doc)
            for doc, size in zip(docs, REFERENCE_SIZES, strict=True):
                # Over budget on the small text means over on the large one: it is not run there.
                seconds = _timed(matcher, doc)
                if seconds > budget:
                    seconds = min(seconds, _timed(matcher, doc), _timed(matcher, doc))
                if seconds > budget:
                    out.append(SlowPattern(rule, pattern, seconds, size, budget))
                    break
    return out


__all__ = ["BUDGET_SECONDS", "SlowPattern", "reference_text", "slow_patterns"]
