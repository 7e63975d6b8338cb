"""The Document every input becomes: normalized text plus where each character came from.

Whatever the source (PDF, bill with margin line numbers, text, DOCX, HTML), the rest of redline
sees one thing: ``Document.text`` and, for any offset in it, the page, the line (the number printed
in a bill's margin when there is one) and the provision (``16-62(B)(2)(a)``) it belongs to. That is
what lets every finding cite its text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from . import columns

# Characters that carry no text: soft hyphen, zero-width space/joiners, byte-order mark.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Spaces that should read as a plain space (tab, no-break, thin, figure ...).
_SPACES = dict.fromkeys(map(ord, "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                             "\u2009\u200a\u202f\u205f\u3000"), " ")
# Control characters (NUL, ESC and the rest of C0 and C1) have no place in a law's text: each reads
# as a space, so none reaches a terminal or a report.
_SPACES.update(dict.fromkeys([*range(0x00, 0x09), *range(0x0b, 0x20), *range(0x7f, 0xa0)], " "))


_INNER_SPACES = re.compile(r"(?<=\S) {2,}(?=\S)")


def normalize_line(text: str, keep_spaces: bool = False) -> str:
    """NFC, one kind of space, no invisible characters, no trailing blanks, and one space between
    words ("crimes of  violence" in a web page must read like "crimes of violence"), unless the line
    is set in columns (``keep_spaces``): there the spaces say which column a word is in."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES).rstrip()
    return text if keep_spaces else _INNER_SPACES.sub(" ", text)


def fold(text: str) -> str:
    """Runs of whitespace folded to one space: how quotes are compared with a document."""
    return re.sub(r"\s+", " ", text).strip()


SNIPPET_LIMIT = 400  # characters of provision text a finding carries as context


# Told of each page an engine has read, as (pages done, pages in all): progress on long documents.
PageHook = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class Line:
    """One line of ``Document.text``: ``text[start:end]`` (no newline)."""

    start: int
    end: int
    page: int
    number: int  # the line on its page (PDF) or in the file (text)
    printed: int | None = None  # the number printed in a bill's margin, when it has one

    @property
    def cited(self) -> int:
        """The line number a reader sees: the printed one if the bill has them."""
        return self.printed if self.printed is not None else self.number


@dataclass(slots=True)
class Provision:
    """A node of the provision tree: a section, article, or enumerated item.

    ``start``-``end`` covers the provision and everything under it; ``body_start`` is where its own
    words begin (after its label); its own text ends where its first child starts.
    """

    index: int
    id: str  # stable: sec_16-62__B__2__a
    citation: str  # for people: 16-62(B)(2)(a)
    kind: str  # root | title | chapter | article | section | annex | item
    label: str  # as printed: "Sec. 2.99.030", "(B)", "1.", "•"
    number: str  # the label's value: "2.99.030", "B", "1"
    heading: str  # the title on a heading line, "" when none
    start: int
    end: int
    body_start: int
    depth: int
    parent: int | None
    children: list[int] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Location:
    """Where a span of text sits, in every unit a reader might use."""

    page: int
    line: int
    end_page: int
    end_line: int
    citation: str
    provision_id: str
    char_start: int
    char_end: int
    source_line: int = 0  # the line in the file (text inputs) or on the page: what editors and CI annotate
    source_end_line: int = 0

    def to_dict(self) -> dict:
        # Plain fields only: read them directly (dataclasses.asdict deep-copies, and a batch makes
        # tens of thousands of these).
        return {name: getattr(self, name) for name in self.__slots__}

    @property
    def short(self) -> str:
        """``p1:12`` for tables and messages."""
        return f"p{self.page}:{self.line}"


@dataclass
class Document:
    """Normalized text with its line map and provision tree (see module docstring)."""

    path: str
    sha256: str
    media_type: str  # pdf | text | markdown | docx | html
    engine: str  # pdfplumber | pdfium | text | docx | html
    text: str
    lines: list[Line]
    pages: int
    provisions: list[Provision] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _prov_starts: list[int] = field(default_factory=list, repr=False, compare=False)

    # ----------------------------------------------------------------- lookups
    def line_index(self, offset: int) -> int:
        """Index in ``lines`` of the line holding ``offset`` (a newline belongs to its line)."""
        if not self._line_starts:
            self._line_starts = [ln.start for ln in self.lines]
        i = bisect.bisect_right(self._line_starts, offset) - 1
        return max(0, min(i, len(self.lines) - 1))

    def line_at(self, offset: int) -> Line:
        return self.lines[self.line_index(offset)]

    def provision_at(self, offset: int) -> Provision:
        """The deepest provision that holds ``offset`` (the root when none does)."""
        if not self._prov_starts:
            self._prov_starts = [p.start for p in self.provisions]
        i = bisect.bisect_right(self._prov_starts, offset) - 1
        while i > 0:
            prov = self.provisions[i]
            if prov.start <= offset < prov.end:
                return prov
            i = prov.parent if prov.parent is not None else 0
        return self.provisions[0]

    def in_annex(self, prov: Provision) -> bool:
        """Is the provision a schedule, annex or appendix, or inside one?"""
        while prov.kind != "annex":
            if prov.parent is None:
                return False
            prov = self.provisions[prov.parent]
        return True

    def own_span(self, prov: Provision) -> tuple[int, int]:
        """The provision's own words: from its label to its first child (or its end)."""
        end = self.provisions[prov.children[0]].start if prov.children else prov.end
        return prov.start, end

    def section_of(self, prov: Provision) -> Provision:
        """The provision itself, or the nearest one above it that is not an item of a list (the
        section, article or heading whose subsections and paragraphs it belongs to)."""
        while prov.kind == "item" and prov.parent is not None:
            prov = self.provisions[prov.parent]
        return prov

    def runs_into_items(self, prov: Provision, end: int) -> bool:
        """Do the words ending at ``end`` stop on a word and go straight on, in lower case, in the
        provision's first item ("Section 2 does not prevent a public authority from" / "(a) verifying
        ...")? Commonwealth drafting leads into its items so, with no colon, or with a comma ("A police
        force may use a voice recognition system only," / "(a) to compare ...")."""
        if not prov.children:
            return False
        first = self.provisions[prov.children[0]]
        k = end
        while k > 0 and self.text[k - 1].isspace():
            k -= 1
        if self.text[k - 1:k] == ",":
            k -= 1
        body = self.text[first.body_start:min(first.end, first.body_start + 80)].lstrip()
        return self.text[k - 1:k].isalpha() and not self.text[end:first.start].strip() and body[:1].islower()

    def snippet(self, start: int, end: int, limit: int = SNIPPET_LIMIT) -> str:
        """The words of ``start:end`` on one line, cut at a word near ``limit`` characters: a
        finding's context, which must not grow with the document (a text with no sections is one
        provision, and every finding in it would otherwise carry the whole text)."""
        words = " ".join(self.text[start:min(end, start + 4 * limit)].split())
        if len(words) <= limit and end <= start + 4 * limit:
            return words
        cut = words.rfind(" ", 0, limit)
        return words[:cut if cut > limit // 2 else limit] + " …"

    def locate(self, start: int, end: int | None = None) -> Location:
        """Page, line, citation and provision of the span ``text[start:end]``."""
        end = start if end is None else end
        # Cite from the first visible character, so a span that begins with blanks is not
        # attributed to the line before it.
        while start < end and self.text[start].isspace():
            start += 1
        first = self.line_at(start)
        last = self.line_at(max(start, end - 1))
        prov = self.provision_at(start)
        return Location(page=first.page, line=first.cited, end_page=last.page, end_line=last.cited,
                        citation=prov.citation, provision_id=prov.id, char_start=start, char_end=end,
                        source_line=first.number, source_end_line=last.number)

    # ----------------------------------------------------------------- (de)serialization
    def to_dict(self) -> dict:
        """Plain JSON-able form (the cache and ``redline extract --format json``)."""
        return {
            "path": self.path,
            "sha256": self.sha256,
            "media_type": self.media_type,
            "engine": self.engine,
            "pages": self.pages,
            "metadata": self.metadata,
            "text": self.text,
            "lines": [[ln.start, ln.end, ln.page, ln.number, ln.printed] for ln in self.lines],
            "provisions": [
                [p.id, p.citation, p.kind, p.label, p.number, p.heading, p.start, p.end, p.body_start,
                 p.depth, p.parent, p.children]
                for p in self.provisions
            ],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Document:
        provisions = [
            Provision(i, pid, cit, kind, label, num, head, s, e, bs, d, par, list(ch))
            for i, (pid, cit, kind, label, num, head, s, e, bs, d, par, ch) in enumerate(data["provisions"])
        ]
        return cls(
            path=data["path"], sha256=data["sha256"], media_type=data["media_type"], engine=data["engine"],
            text=data["text"], lines=[Line(*row) for row in data["lines"]], pages=data["pages"],
            provisions=provisions, metadata=dict(data.get("metadata") or {}),
        )


@dataclass(frozen=True, slots=True)
class RawLine:
    """A line as an ingest engine produced it, before offsets are assigned."""

    text: str
    page: int = 1
    number: int = 0
    printed: int | None = None


def assemble_text(raw_lines: Iterable[RawLine]) -> tuple[str, list[Line]]:
    """Join raw lines into ``Document.text`` and its line map; normalizes each line."""
    parts: list[str] = []
    lines: list[Line] = []
    offset = 0
    raw_lines = list(raw_lines)
    spaced = [normalize_line(raw.text, keep_spaces=True) for raw in raw_lines]
    # (a table typed with tabs is set in columns by them: read with the tabs expanded)
    tabbed = [normalize_line(raw.text.expandtabs(), keep_spaces=True) if "\t" in raw.text else line
              for raw, line in zip(raw_lines, spaced, strict=True)]
    kept = {n for block in columns.blocks(tabbed) for n in range(block.header, block.end)} \
        if any(columns.may_hold_a_table(line) for line in tabbed) else set()
    for n, raw in enumerate(raw_lines):
        # one space between words, but a table set in columns keeps its spacing
        text = tabbed[n] if n in kept else _INNER_SPACES.sub(" ", spaced[n])
        lines.append(Line(offset, offset + len(text), raw.page, raw.number, raw.printed))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), lines
