"""Rule matching that stays fast on long bills: phrases by spaCy's PhraseMatcher, token patterns by
spaCy's Matcher run only around their anchor words.

spaCy's Matcher (and so the span_ruler) tries every token pattern at every token. With a hundred
patterns whose gaps are written ``{OP: "{0,8}"}``, that made analysis of a 50-page bill as slow as
extracting it. Every token pattern has at least one required literal token (a word or a list of
words), its *anchor*; a match must contain it at a bounded distance from the match's start. So
the anchor's occurrences (found with a dictionary of the document's words) mark small windows,
and the pattern's own Matcher runs only there; an occurrence whose pattern's other required words
are not each within their bounded distance of it opens no window at all (most do not: "by", "of"
and "the" are everywhere, but rarely where a pattern needs them). The matches are the same as a whole-document run:
a match lies wholly inside the window around its anchor, and a Matcher never looks outside the
tokens it matches. A pattern with an unbounded gap ("*", "+") gets a window from its anchor to
the end of the text; one with no usable anchor runs over the whole document.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .rulebook import Rule
from .rulebook.compile import add_checked

if TYPE_CHECKING:
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

_QUANT = re.compile(r"^\{(\d*),?(\d*)\}$")


def _width(token: dict) -> tuple[float, float]:
    """How many tokens a pattern token covers: (least, most)."""
    op = token.get("OP")
    if op is None:
        return 1, 1
    if op == "?":
        return 0, 1
    if op == "!":
        return 1, 1  # spaCy's "!" consumes one token that does not match
    if op == "*":
        return 0, math.inf
    if op == "+":
        return 1, math.inf
    m = _QUANT.match(op)
    if m:
        lo, hi = m.group(1), m.group(2)
        exact = "," not in op
        low = int(lo or 0)
        return low, (low if exact else (int(hi) if hi else math.inf))
    return 0, math.inf


def _literals(token: dict) -> tuple[str, frozenset[str]] | None:
    """The words a token must be one of, when it says so, and the index they are looked up in:
    lower-cased words for LOWER, ORTH and TEXT, lemmas for LEMMA."""
    for key in ("LOWER", "ORTH", "TEXT", "LEMMA"):
        value = token.get(key)
        index = "lemma" if key == "LEMMA" else "lower"
        if isinstance(value, str):
            return index, frozenset({value.lower()})
        if isinstance(value, dict) and set(value) == {"IN"}:
            return index, frozenset(str(v).lower() for v in value["IN"])
    return None


@dataclass(frozen=True)
class _Anchor:
    words: frozenset[str]
    min_offset: float  # tokens from the match start to the anchor
    max_offset: float
    index: str = "lower"  # which of the document's word indexes holds them


@dataclass
class _TokenPattern:
    rule_id: str
    anchors: list[_Anchor]
    length: float  # most tokens a match can cover (inf with a "*" or "+")
    matcher: object  # a spaCy Matcher holding only this pattern
    gaps: dict[int, int] | None = None  # pattern index -> most tokens, for wide gaps matched as "*"

    def matches(self, doc_or_span) -> list[tuple[int, int]]:
        """(start, end) of each match in ``doc_or_span`` (relative to it), within the pattern's bounds."""
        if self.gaps:
            # each "*" gap checked against its own bound, from the tokens the Matcher aligned to it
            return [(s, e) for _, s, e, aligned in self.matcher(doc_or_span, with_alignments=True)
                    if all(aligned.count(i) <= most for i, most in self.gaps.items())]
        return [(s, e) for _, s, e in self.matcher(doc_or_span)]


# spaCy's Matcher expands a gap "{0,n}" into n optional tokens whose states multiply: a 20-token gap
# after a common word ("No ... shall") took 18 s on a 50-page bill, and a two-gap private-right-of-
# action pattern was 13% of a bill's analysis. Each gap wider than WIDE_GAP is matched as "*" and the
# tokens the Matcher aligned to it are counted against its bound: the same matches, in linear time.
WIDE_GAP = 8


def _spellings(phrase: str) -> tuple[str, ...]:
    """A phrase of two words, also as drafters hyphenate it ("active-threat incident", "social-media
    monitoring"), and a hyphenated one also as two words ("life threatening"): the hyphen is spelling,
    not a different word."""
    words = phrase.split()
    if len(words) == 2 and "-" not in phrase:
        return phrase, "-".join(words)
    parts = phrase.split("-")
    if len(parts) == 2 and all(part.isalpha() for part in parts):
        return phrase, " ".join(parts)
    return (phrase,)


def _wide_gaps(tokens: list[dict]) -> dict[int, int]:
    """The pattern's "{0,n}" gaps with n > WIDE_GAP (index -> n): each is matched as "*" and its
    bound checked on the tokens aligned to it."""
    out = {}
    for i, t in enumerate(tokens):
        low, high = _width(t)
        if low == 0 and high != math.inf and high > WIDE_GAP and low != high:
            out[i] = int(high)
    return out


def _anchors(tokens: list[dict]) -> list[_Anchor]:
    out = []
    lo = hi = 0.0
    for token in tokens:
        lit = _literals(token)
        required = token.get("OP") in (None, "+") or (token.get("OP") or "").startswith("{1")
        if lit and required and hi != math.inf:
            out.append(_Anchor(lit[1], lo, hi, lit[0]))
        w_lo, w_hi = _width(token)
        lo, hi = lo + w_lo, hi + w_hi
    return out


def _positions(indexes: dict[str, dict[str, list[int]]], anchor: _Anchor,
               seen: dict[tuple[str, frozenset[str]], list[int]]) -> list[int]:
    """Where the document has one of the anchor's words, in order (patterns share word lists: each
    is gathered once per document)."""
    key = (anchor.index, anchor.words)
    found = seen.get(key)
    if found is None:
        where = indexes[anchor.index]
        found = seen[key] = sorted(p for w in anchor.words for p in where.get(w, ()))
    return found


def _occurs(positions: list[int], lo: float, hi: float) -> bool:
    """Is one of the sorted ``positions`` within [lo, hi]?"""
    k = bisect_left(positions, lo)
    return k < len(positions) and positions[k] <= hi


class RuleMatcher:
    """All rule patterns of a rule book, matched over a Doc (see the module docstring)."""

    def __init__(self, vocab: Vocab) -> None:
        from spacy.matcher import Matcher, PhraseMatcher

        self.vocab = vocab
        self.phrases = PhraseMatcher(vocab, attr="LOWER")
        self.lemma_phrases = PhraseMatcher(vocab, attr="LEMMA")
        self.tokens: list[_TokenPattern] = []
        self._ids: dict[int, str] = {}
        self._matcher_cls = Matcher

    def add(self, rules: list[Rule], make_doc) -> None:
        """Compile ``rules``; phrases are tokenized with the pipeline's own tokenizer."""
        for rule in rules:
            for attr, matcher in (("LOWER", self.phrases), ("LEMMA", self.lemma_phrases)):
                phrases = [make_doc(v) for p in rule.patterns if p.phrase is not None and p.attr == attr
                           for v in _spellings(p.phrase)]
                if phrases:
                    matcher.add(rule.id, phrases)
                    self._ids[self.vocab.strings[rule.id]] = rule.id
            for pattern in rule.patterns:
                if pattern.tokens is None:
                    continue
                tokens = [dict(t) for t in pattern.tokens]
                matcher = self._matcher_cls(self.vocab, validate=True)
                add_checked(matcher, rule, pattern)  # validates the pattern as written
                length = sum(_width(t)[1] for t in tokens)
                gaps = _wide_gaps(tokens)
                if gaps:
                    fast = [dict(t) for t in tokens]
                    for i in gaps:
                        fast[i]["OP"] = "*"
                    matcher = self._matcher_cls(self.vocab, validate=True)
                    matcher.add(rule.id, [fast])
                self.tokens.append(_TokenPattern(rule.id, _anchors(tokens), length, matcher, gaps))

    def __call__(self, doc: Doc, words: tuple[list[str], list[str]] | None = None) -> list[tuple[str, int, int]]:
        """Every match in ``doc``; ``words`` is its (lower, lemma) strings per token when the caller
        has them already."""
        found = [(self._ids[key], start, end) for key, start, end in self.phrases(doc)]
        found += [(self._ids[key], start, end) for key, start, end in self.lemma_phrases(doc)]
        if words is None:
            from spacy.attrs import LEMMA, LOWER

            strings = doc.vocab.strings
            rows = doc.to_array([LOWER, LEMMA]).tolist()
            words = ([strings[low] for low, _ in rows], [strings[lem] for _, lem in rows])
        indexes: dict[str, dict[str, list[int]]] = {"lower": defaultdict(list), "lemma": defaultdict(list)}
        for i, (low, lem) in enumerate(zip(*words, strict=True)):
            indexes["lower"][low].append(i)
            indexes["lemma"][lem].append(i)
        n = len(doc)
        seen: dict[tuple[str, frozenset[str]], list[int]] = {}
        for pattern in self.tokens:
            anchor = min(pattern.anchors, key=lambda a: sum(len(indexes[a.index].get(w, ())) for w in a.words),
                         default=None)
            if anchor is None:
                found += [(pattern.rule_id, s, e) for s, e in pattern.matches(doc)]
                continue
            positions = _positions(indexes, anchor, seen)
            others = [(a, _positions(indexes, a, seen)) for a in pattern.anchors if a is not anchor]
            windows: list[list[int]] = []
            for p in positions:
                if not all(_occurs(found_at, p - anchor.max_offset + a.min_offset, p - anchor.min_offset + a.max_offset)
                           for a, found_at in others):
                    continue  # a word the pattern requires is not where a match from this anchor needs it
                start = max(0, p - int(anchor.max_offset))
                # A "*" or "+" may run to the end of the text: then so does the window (the
                # windows of such a pattern merge into one run from its first anchor on).
                end = n if pattern.length == math.inf else min(n, p - int(anchor.min_offset) + int(pattern.length))
                if windows and start <= windows[-1][1]:
                    windows[-1][1] = max(windows[-1][1], end)
                else:
                    windows.append([start, end])
            for start, end in windows:
                found += [(pattern.rule_id, start + s, start + e) for s, e in pattern.matches(doc[start:end])]
        return found
