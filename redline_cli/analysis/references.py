"""Cross-references inside a law: "pursuant to paragraph (1)(D)", "point (h) of paragraph 1".

Safeguards are often written away from the exemption they narrow (EU AI Act Art. 5(3) speaks of
"paragraph 1, first subparagraph, point (h)"; H.R. 4695 101(c)(2) of "paragraph (1)(D)"). Resolving
the reference to a provision lets those safeguards count as the exemption's qualifiers.
"""

from __future__ import annotations

import re

from ..document import Document, Provision
from ..structure import CARDINAL_WORDS, ORDINAL_WORDS

# Parts numbered in words, as laws in translation cite them: "part one of this Article", "parts four and five".
# (the words the structure reads a division's number in: "Chapter One", "Article (First)")
_NUMBER_WORDS = {w: str(n) for words in (CARDINAL_WORDS, ORDINAL_WORDS) for n, w in enumerate(words, 1)}
# (a label in words only before "of": "part four of this Article", "parts four and five of this Article", not
# "this section first took effect")
_WORD_LABEL = r"(?:" + "|".join(_NUMBER_WORDS) + r")(?![\w-])(?=\s+(?:(?:and|or)\s+\w+\s+)?of\b)"
_DOTTED_NUMBER = r"\d{1,4}(?:\.\d{1,4})+(?!\d)"  # a code's section or a translated law's point: "7.14.4", "5.1.1"
_LABEL = (r"(?:" + _DOTTED_NUMBER + r"|\d{1,4}(?:st|nd|rd|th)\b|\d{1,4}[A-Za-z]?"
          r"|\((?:[A-Za-z]{1,4}|\d{1,3})\)(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))*|" + _WORD_LABEL + ")")
# ("paragraph 1) of part 1 of this Article": the numbered parts of an article, in the laws of the former
# Soviet states; "part" only after "of", where it cannot be a Part of an Act named alone)
# ("part" also before its label and "of this Article": "parts four and five of this Article")
# (and their abbreviations, with a full stop: "the use referred to in art. 3", "sec. 4", "para. 2")
_PART = re.compile(r"\b(paragraph|subparagraph|subsection|section|point|clause|division|subdivision|item|article"
                   r"|(?:art|sec|para|subpara|subsec)(?=s?\.)"
                   r"|(?<=of\s)part|part(?=s?\s+" + _LABEL + r"(?:\s+(?:and|or)\s+" + _LABEL
                   + r")?\s+of\s+(?:this\s+|the\s+)?article))s?\.?\s+(" + _LABEL + r")", re.I)

# How deep each kind of unit sits: a reference chains across a comma only from a unit to one inside it
# ("paragraph 1, first subparagraph, point (h)"), not between units side by side ("section 3, section 4").
_DEPTH = {"article": 0, "part": 1, "section": 1, "division": 1, "subsection": 2, "paragraph": 2, "subdivision": 3,
          "subparagraph": 3, "clause": 4, "point": 4, "item": 4,
          "art": 0, "sec": 1, "subsec": 2, "para": 2, "subpara": 3}
_OF = re.compile(r"^\)?\s*of\s+$", re.I)  # ("point 1) of part 2": the closing bracket of a bare label)
_GLUE = re.compile(r"^(?:\s*,\s*(?:first|second|third|fourth|fifth)\s+subparagraph)?\s*,\s*$|^\)?\s*of\s+$", re.I)
_PREJUDICE = re.compile(r"without prejudice to\s*$", re.I)


_RANGE = re.compile(r"\b(?:paragraph|subparagraph|point|clause|item)s\s+(\d{1,3})\s+(?:to|through|-|–)\s+(\d{1,3})\b",
                    re.I)


def reference_range(text: str) -> list[str]:
    """The numbers of a range of provisions ``text`` points at ("one of the objectives in paragraphs 2
    to 5" -> ["2", "3", "4", "5"]); [] if none."""
    m = _RANGE.search(text)
    if m is None or not int(m.group(1)) < int(m.group(2)) <= int(m.group(1)) + 30:
        return []
    return [str(n) for n in range(int(m.group(1)), int(m.group(2)) + 1)]


_ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")


def _labels(label: str) -> list[str]:
    # ("article 6th", as Latin American laws are numbered in translation: article 6; "part four": part 4)
    if re.fullmatch(_DOTTED_NUMBER, label):
        return [label]  # "section 7.14.4": a code's dotted number names one section
    return [_NUMBER_WORDS.get(x.lower()) or (x[:-2] if x[:-2].isdigit() and x[-2:] in _ORDINAL_SUFFIXES else x)
            for x in re.findall(r"[A-Za-z0-9]+", label)]


def _depth(m: re.Match) -> int:
    return _DEPTH.get(m.group(1).lower(), 1)


def _chains(text: str, matches: list[re.Match] | None = None) -> list[list[str]]:
    """Labels of each reference in ``text``, outermost first, the parts of one reference chained: "point
    (h) of paragraph 1" and "paragraph 1, first subparagraph, point (h)" -> [["1", "h"]]. A "without
    prejudice to" reference keeps other rules in force and narrows nothing: it is left out."""
    matches = list(_PART.finditer(text)) if matches is None else matches
    out: list[list[str]] = []
    i = 0
    while i < len(matches):
        chain = [matches[i]]
        while i + len(chain) < len(matches) and _GLUE.match(text[chain[-1].end():matches[i + len(chain)].start()]):
            nxt = matches[i + len(chain)]
            between = text[chain[-1].end():nxt.start()]
            if not _OF.match(between) and _depth(nxt) <= _depth(chain[-1]):
                break  # "section 3, section 4 or section 5": three references, not section 3(4)
            chain.append(nxt)
        i += len(chain)
        if _PREJUDICE.search(text[:chain[0].start()]):
            continue
        parts = [_labels(m.group(2)) for m in chain]
        if len(chain) > 1 and _OF.match(text[chain[0].end():chain[1].start()]):
            parts.reverse()  # "point (h) of paragraph 1" names the inner part first
        out.append([label for part in parts for label in part])
    return out


def first_reference(text: str) -> list[str] | None:
    """Labels of the first reference in ``text``, outermost first: ``["1", "h"]`` for "paragraph 1,
    first subparagraph, point (h)" and for "point (h) of paragraph 1"; None if there is none (or it
    is a "without prejudice to" reference)."""
    matches = list(_PART.finditer(text))
    if not matches or _PREJUDICE.search(text[:matches[0].start()]):
        return None
    chains = _chains(text)
    return chains[0] if chains else None


# A bare dotted number before "of this <law>": the laws of Mongolia and the former Soviet states number
# their parts 5.1.1 and cite them without a unit ("the action specified in 5.1.1 of this law"). "Of this"
# keeps out a measure ("2.5 metres").
_DOTTED = re.compile(r"(?<![\w.])(" + _DOTTED_NUMBER + r")(?=\s+of\s+this\b)", re.I)


def all_references(text: str) -> list[list[str]]:
    """Labels of every reference in ``text``, each chained as ``first_reference`` reads one ("a warrant
    issued under section 3" -> [["3"]]; "paragraph 1) of part 1" -> [["1", "1"]]; "5.1.1 of this law"
    -> [["5.1.1"]])."""
    matches = list(_PART.finditer(text))
    return _chains(text, matches) + [[m.group(1)] for m in _DOTTED.finditer(text)
                                     if not any(a <= m.start() < b for a, b in (u.span() for u in matches))]


def _child(doc: Document, prov: Provision, number: str) -> Provision | None:
    for index in prov.children:
        child = doc.provisions[index]
        if child.number.lower() == number.lower():
            return child
    return None


def resolve(doc: Document, origin: Provision, labels: list[str]) -> Provision | None:
    """The provision ``labels`` names, read from the nearest ancestor of ``origin`` where it exists."""
    node: Provision | None = origin
    while node is not None:
        target: Provision | None = node
        for label in labels:
            target = _child(doc, target, label) if target is not None else None
        if target is not None and target is not origin:
            return target
        node = doc.provisions[node.parent] if node.parent is not None else None
    # Sections (articles) numbered through the whole Act, under Parts (chapters): "section 13" from a section
    # of Part 2 names the one section 13 of Part 3, "art. 3" from Art. 5 of Chapter III the Art. 3 of Chapter II.
    sections = [p for p in doc.provisions if labels and p.kind in ("section", "article")
                and p.number.lower() == labels[0].lower()]
    if len(sections) == 1:
        target = sections[0]
        for label in labels[1:]:
            target = _child(doc, target, label) if target is not None else None
        if target is not None and target is not origin:
            return target
    return None
