"""What an amending bill strikes out: the text the analysis reads, with struck matter blanked.

Amending bills print the law as amended, with deletions in square brackets and insertions marked
(underlined, or between underscores in plain text), and say so in a legend: "Matter in [brackets]
is existing law to be deleted", "Words in square brackets indicate omissions from existing
enactments". Struck matter is no longer law: a carve-out in brackets is one the bill removes. The
analysis reads a copy of the text in which bracketed matter is blanked (same length, so every
offset and quote still points at the printed text), and underscores around inserted words are
spaces, so "_locating_" is read as "locating". A text with no legend keeps its brackets: "[that
is]" in an ordinary law is an editor's insertion.
"""

from __future__ import annotations

import re

from ..rulebook.lexicon import Lexicon
from ..structure import without_insertion_marks

_BRACKETED = re.compile(r"\[[^\[\]\n]{0,400}(?:\n[^\[\]\n]{0,400}){0,12}\]")
_BRACKET_NOUN = re.compile(r"\bbrackets?\b")
# strikethrough in plain text: "~~A law enforcement agency shall not use ... consents to such use.~~"
_STRUCK = re.compile(r"~~[^~\n]{1,2000}?~~")
# the same as signed braces or brackets: "{ - (3) A law enforcement agency may operate a drone ... - }", "[-may-]"
# (each opening mark with its own closing one, a word right inside each, no blank line and no closing
# bracket between: an empty table cell "[-]" or a range "[-5, 10]" is no struck matter)
_STRUCK_BRACES = re.compile(r"\{ ?-(?= ?[^\s}-])(?:(?!\n[ \t]*\n)[^}]){0,2000}?(?<=[^\s{-]) ?- ?\}"
                            r"|\[-(?=[^\s\]-])(?:(?!\n[ \t]*\n)[^\]]){0,2000}?(?<=[^\s\[-])-\]")
# (around any printed character: "_(d) A local agency shall not ... applies:_" marks an inserted item)
_UNDERSCORE = re.compile(r"(?<![\w_])_+(?=[^\s_])|(?<=[^\s_])_+(?![\w_])")


def _legend_lines(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Lines (char spans) that declare brackets to mark deleted matter. A legend speaks of brackets
    ("Matter in [brackets] is deleted"), not of one bracketed passage: a uniform act's "should omit the
    bracketed language" is a drafting choice, and its brackets hold options, not deletions."""
    deletion = set(lexicon.words("deletion-legend"))
    out = []
    for m in re.finditer(r"[^\n]*\n?", text[:20000]):
        line = m.group().lower()
        if _BRACKET_NOUN.search(line) and deletion & set(lexicon.lemmas_of(line)):
            out.append((m.start(), m.end()))
    return out


def struck_spans(text: str, lexicon: Lexicon) -> list[tuple[int, int]]:
    """Spans of matter an amending bill deletes: bracketed matter when the text declares that use of
    brackets, and always matter between "~~" marks (strikethrough as plain text and Markdown print it)
    or between "{ -" and "- }" or "[-" and "-]" (as Oregon's and Illinois's plain-text bills print it)."""
    legends = _legend_lines(text, lexicon)
    marked = [(m.start(), m.end()) for m in _STRUCK.finditer(text)] if "~~" in text else []
    marked += [(m.start(), m.end()) for m in _STRUCK_BRACES.finditer(text)] if "{" in text or "[-" in text else []
    if not legends:
        return marked
    return sorted(marked + [(m.start(), m.end()) for m in _BRACKETED.finditer(text)
                            if not any(a <= m.start() < b for a, b in legends)])


def analysis_text(text: str, lexicon: Lexicon) -> tuple[str, bool]:
    """The text as the analysis reads it: struck matter blanked (newlines kept), underscores that
    mark inserted words turned to spaces. Same length as ``text``. Also whether anything was struck."""
    if "_" in text:
        text = _UNDERSCORE.sub(lambda m: " " * len(m.group()), text)
    text = without_insertion_marks(text)
    spans = struck_spans(text, lexicon)
    if not spans:
        return text, False
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars), True


__all__ = ["analysis_text", "struck_spans"]
