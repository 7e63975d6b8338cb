"""Definition blocks: each defined term with the span of its definition.

Two things hang on them. "It shall be unlawful for Boston or any Boston official to ..." binds all
of government only because the definitions say "BOSTON. Any Department, Agency, Bureau and/or
subordinate division of the city." And a technology counts as covered from a definition only when
the term defined is that technology ("Face recognition technology" means ...), not when it is an
example in the definition of something else ("Surveillance technology" ... "Examples include ...
facial recognition software"). Terms are found in the shapes definitions take: a term in capitals
(alone on its line or followed by a period), a quoted term, "The term X means", and "X means" at
the start of a line.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..document import Document
from ..rulebook.lexicon import Lexicon
from .cues import Cue, CueIndex

if TYPE_CHECKING:  # (the clause map is built by clauses.py, whose arbiter reads glossary_terms from here)
    from .clauses import ClauseMap

_TERM = re.compile(
    r"^[ \t]*(?:(?:\([A-Za-z0-9]{1,4}\)){2,3}[ \t]+|\(?[A-Za-z0-9]{1,3}(?:\.\d{1,3})*[.)]?[ \t]+|[•●▪◦·\-–—*][ \t]+)?"
    # (a label of several levels: "(5)(a) Law enforcement agency means ...")
    # (an article's label and a purpose phrase before a quoted term: 'Art. 1. For the purposes of this law,
    # "geolocation beacon" means ...')
    r"(?:(?:Art(?:icle)?|Sec(?:tion)?|§)\.?[ \t]*\d+[A-Za-z]?\.?[ \t]+)?"
    r"(?:(?:For the purposes? of|In) [^,\n“\"]{1,40},[ \t]*(?=[“\"‘']))?"
    r"(?:[“\"‘'](?P<quoted>[^”\"’'\n]{2,60})[”\"’']"
    r"|(?P<caps>[A-Z][A-Z0-9’'\- ]{1,60}[A-Z0-9])(?:\.(?=[ \t])|[ \t]*$)"
    r"|The term (?P<term>[\w ’'\-]{2,60}?) (?:means|shall mean|includes)"
    r"|(?P<plain>[A-Z][\w ’'\-]{1,60}?) (?:means|shall mean) (?!by\b)"
    # a glossary's "e) Tracking: the collection ... of location data", as translated laws list their terms
    r"|(?P<colon>[A-Z][\w’'\-]*(?: [\w’'\-]+){0,4}):[ \t]+(?=(?:[Tt]he|[Aa]n?|[Aa]ny)\b)(?![^\n]*\b(?:may|shall|must|"
    r"will|can|cannot|should)\b))", re.M)


@dataclass(frozen=True, slots=True)
class Block:
    term: str | None  # lower case; None when the definition's term could not be read
    start: int
    end: int


def _ranges(cmap: ClauseMap) -> list[tuple[int, int]]:
    """Text ranges of definition clauses, adjacent ones merged."""
    out: list[tuple[int, int]] = []
    for clause in cmap.clauses:
        if clause.role != "definition":
            continue
        if out and clause.start - out[-1][1] <= 40:
            out[-1] = (out[-1][0], clause.end)
        else:
            out.append((clause.start, clause.end))
    return out


def blocks(doc: Document, cmap: ClauseMap) -> list[Block]:
    """Every definition block, in text order; text before the first term is a block with no term."""
    out: list[Block] = []
    done = 0  # where the last range ended: a block never reaches back into the one before
    for start, end in _ranges(cmap):
        start = max(done, doc.text.rfind("\n", 0, start) + 1)  # a term alone on the line before is part of it
        done = end
        anchors = [(m.start(), next(g for g in m.groups() if g)) for m in _TERM.finditer(doc.text, start, end)]
        if not anchors or anchors[0][0] > start:
            out.append(Block(None, start, anchors[0][0] if anchors else end))
        for (a_start, term), nxt in zip(anchors, [*anchors[1:], (end, None)], strict=False):
            out.append(Block(term.strip().lower(), a_start, nxt[0]))
    return out


def actor_terms(doc: Document, cmap: ClauseMap, index: CueIndex) -> dict[str, list[Cue]]:
    """Defined term (lower case) -> the actor cues in its definition."""
    out: dict[str, list[Cue]] = {}
    for block in blocks(doc, cmap):
        cues = index.between(block.start, block.end, kinds=("actor",))
        if block.term and cues:
            out.setdefault(block.term, []).extend(cues)
    return out


def technology_blocks(doc: Document, cmap: ClauseMap, index: CueIndex) -> list[tuple[int, int]]:
    """Spans of definitions whose term is a technology (or whose term could not be read)."""
    out = []
    for block in blocks(doc, cmap):
        if block.term is None:
            out.append((block.start, block.end))
            continue
        term_end = block.start + len(doc.text[block.start:block.end].split("\n", 1)[0])
        head = doc.text[block.start:min(term_end, block.start + 120)]
        cut = len(head) if block.term not in head.lower() else head.lower().index(block.term) + len(block.term)
        if index.between(block.start, block.start + cut, kinds=("technology",)):
            out.append((block.start, block.end))
    return out


def conduct_terms(doc: Document, cmap: ClauseMap, tech_blocks: list[tuple[int, int]]) -> dict[str, list[Cue]]:
    """Defined term (lower case) -> the act and technology cues of a definition that spells out
    conduct: '"Prohibited surveillance" means ...: (a) Comparing a biometric identifier ...
    (f) Acquiring, by purchase, lease, ... donation'. A ban that reads "A public agency shall not
    engage in prohibited surveillance" reaches what that definition lists. A definition counts as
    conduct when two of its clauses or more open with an act ("Comparing ...", "Acquiring ...") and
    it names a technology, and its term is not itself a technology."""
    out: dict[str, list[Cue]] = {}
    starts = [c.start for c in cmap.clauses]
    for block in blocks(doc, cmap):
        if not block.term or (block.start, block.end) in tech_blocks:
            continue
        lo, hi = bisect.bisect_left(starts, block.start), bisect.bisect_left(starts, block.end)
        clauses = [c for c in cmap.clauses[lo:hi] if c.role == "definition"]
        cues = [c for clause in clauses for c in clause.cues
                if c.kind == "technology" or c.target.startswith("coverage.acts.")]
        opening = sum(any(c.target.startswith("coverage.acts.") and not doc.text[clause.start:c.start].strip()
                          for c in clause.cues) for clause in clauses)
        if opening >= 2 and any(c.kind == "technology" for c in cues):
            out.setdefault(block.term, []).extend(cues)
    return out


# An abbreviation a law gives a technology it has just named: 'facial recognition technology ("FRT")',
# "live facial recognition (LFR)"; or a second name beside the first: '"Facial recognition technology" or
# "FRT" means'.
_ABBREVIATION = re.compile(r"[ \t]*\((?:the[ \t]+|hereinafter[ \t]+)?[“\"‘']?(?P<abbr>[A-Z][A-Za-z]{1,9})[”\"’']?\)")
_ALSO_NAMED = re.compile(r"[ \t]+or[ \t]+[“\"‘'](?P<alt>[^”\"’'\n]{2,40})[”\"’']")
# The words after a term that say what it means ("means any system that ...", "shall mean a device").
_WHAT = r"(?P<what>(?:[\w\-]+[ \t]+){0,5}[\w\-]+)"
_MEANS = re.compile(r"[ \t,]*(?:means|shall mean|refers to|is)[ \t]+" + _WHAT)
_GLOSSED = re.compile(_WHAT)  # what a glossary's term is, right after its colon


def _head_words(what: str, ends: frozenset[str]) -> list[str]:
    """The words of a definition's opening noun phrase, up to a word of ``ends`` ("any system that uses
    cameras" -> any system; "the Commissioner for Biometric Safeguards" -> the Commissioner)."""
    out = []
    for w in what.split():
        if w.lower() in ends:
            break
        out.append(w)
    while len(out) > 1 and out[-1].lower().endswith(("ed", "ing")):
        out.pop()  # "the Surveillance Devices Commissioner appointed": a participle after the phrase
    return out


# A quoted term defined inside a line: 'Definitions. "Covered entity" means ...'
_QUOTED_TERM = re.compile(r"[“\"](?P<quoted>[^”\"\n]{2,60})[”\"],? (?:means|shall mean|has the meaning|includes)\b")


@functools.lru_cache(maxsize=4)
def _term_lines(text: str) -> tuple[re.Match, ...]:
    """The lines that open on a term in one of the shapes definitions take (_TERM), read once per text:
    both the defined terms and the technology's defined names are read from them."""
    return tuple(_TERM.finditer(text))


def glossary_terms(text: str) -> list[re.Match]:
    """The lines that define a term glossary-style, by a colon and no verb ("e) Tracking: the collection ...")."""
    return [m for m in _term_lines(text) if m.group("colon")]


def defined_terms(text: str) -> frozenset[str]:
    """The terms the law defines, in lower case, in the shapes definitions take (see _TERM)."""
    # (a heading in capitals is no term: the term must be said to mean something)
    found = [next(g for g in m.groups() if g) for m in _term_lines(text)
             if m.group("term") or m.group("plain") or m.group("colon") or _MEANS.match(text, m.end())]
    found += [m.group("quoted") for m in _QUOTED_TERM.finditer(text)]
    return frozenset(" ".join(term.lower().split()) for term in found)


def defined_technology_spans(text: str, tech: list[tuple[int, int]], lexicon: Lexicon) -> list[tuple[int, int]]:
    """Where the law names a technology by a term it defines: each later use of a term defined as one
    ('"Automated behaviour analysis" means any system that ...', a definition that names a technology at
    once), of a second name given beside it ('"Facial recognition technology" or "FRT" means'), and of an
    abbreviation given right after one ('facial recognition technology ("FRT")'). "FRT does not include
    software that ..." excludes from the technology, whatever the term's own words. Read from the raw
    text (before any clause is known), so the frame reader can use it. A definition's noun phrase ends
    at a preposition, subordinator or coordinator of the lexicon; its head is a technology when it is
    one of the lexicon's tech-heads."""
    tech_heads = frozenset(lexicon.words("tech-head"))
    ends = frozenset(w for c in ("preposition", "subordinator", "coordinator") for w in lexicon.words(c))
    starts = [s for s, _ in tech]
    names: set[str] = set()
    for m in _term_lines(text):
        term = next(g for g in m.groups() if g).strip()
        end = m.end()
        also = _ALSO_NAMED.match(text, end)
        if also:
            end = also.end()
        means = _MEANS.match(text, end) or (_GLOSSED.match(text, end) if m.group("colon") else None)
        head = _head_words(means.group("what"), ends) if means else []
        head_end = means.start("what") + len(" ".join(head)) if means else m.end()
        k = bisect.bisect_left(starts, m.start())
        # a technology in the term itself or in the noun phrase it means ("means live facial recognition")
        named_tech = k < len(starts) and starts[k] < head_end
        last = head[-1].lower() if head else ""
        head_tech = last in tech_heads or last.rstrip("s") in tech_heads  # its head noun: "any system"
        if named_tech or head_tech:
            names.add(term)
            if also:
                names.add(also.group("alt").strip())
    for _, end in tech:
        m = _ABBREVIATION.match(text, end)
        if m:
            names.add(m.group("abbr"))
    long_names = [re.escape(t) for t in sorted(names, key=len, reverse=True) if not t.isupper() and len(t) > 3]
    short = [re.escape(t) for t in sorted(names) if t.isupper() or len(t) <= 3]
    out: list[tuple[int, int]] = []
    if long_names:
        out += [(m.start(), m.end()) for m in re.finditer(r"\b(?:" + "|".join(long_names) + r")\b", text, re.I)]
    if short:  # (an abbreviation only in its own case: "FRT", not "frt")
        out += [(m.start(), m.end()) for m in re.finditer(r"\b(?:" + "|".join(short) + r")\b", text)]
    # a defined name's own head noun, after a determiner, is the same thing ('"geolocation beacon" means ...'
    # / "A beacon may be placed ..."), when no word class knows the noun (not "the system", "the data")
    heads = {words[-1].lower() for t in names if len(words := t.split()) > 1 and len(words[-1]) > 3
             and words[-1].isalpha() and not lexicon.classes_of(words[-1].lower())
             and not lexicon.classes_of(words[-1].lower().rstrip("s"))}  # (a plural: "systems")
    if heads:
        alternatives = "|".join(map(re.escape, sorted(heads)))
        pattern = r"\b(?:a|an|the|such|that|any|each|every|this)\s+(" + alternatives + r")s?\b"
        out += [(m.start(1), m.end()) for m in re.finditer(pattern, text, re.I)]
    return sorted(out)
