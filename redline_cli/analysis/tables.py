"""Plain-text tables of a document and which of them list what the law lets through.

Policies and SOPs often set their permitted uses out as a table rather than as a list: "TABLE 1 -
PERMITTED USES" over rows "P-2 | FR, still image | Identify a missing or endangered person ... |
Candidate must be confirmed ...". Each row is then a way through the ban, as each item of a list of
permitted purposes is. Two layouts are read:
- rows cut into cells by bars ("| U1 | Finding a child ... | Duty manager |"), a markdown rule or a
  grid's border ("+----+-------+") skipped, a row whose first cell is empty going on the row above
  (in a grid, until the border under it);
- columns set by spaces under a header and a rule of dashes ("LINE  AUTHORIZED USE      APPROVED BY" /
  "----  ----------------  -----------"), as typed memos and PDF extraction print them: a cell may
  wrap over several lines, and a row starts where its first column has words.
This module finds the tables, their header row, the line that names them, and whether that name or
a header cell marks what is listed as permitted; the words that do so are the pack's (lexicon
classes), this module only reads layout.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from .. import columns
from ..document import Document

Classes = Callable[[int, int], set[str]]
Span = tuple[int, int]
Cell = tuple[Span, ...]  # a cell's pieces: one per line it wraps over

MIN_BARS = 2  # a line cut by two bars or more is a table row (as the sentence splitter reads it)
TITLE_GAP = 2  # lines (blank ones) that may stand between a table and the line that names it
# word classes of the pack: a table's name that lists what is let through ("TABLE 1 - PERMITTED USES",
# "Approved Uses of Cell-Site Simulators") ...
TITLE_PERMITS = frozenset({"heading-exemption", "op-lawful", "op-permit"})
# ... or a header cell that does ("Permitted purpose", "Allowed when"; not "Approved by", who approves)
HEADER_PERMITS = frozenset({"heading-exemption", "op-lawful"})
# ... unless it says what is not ("PROHIBITED USES", "Uses not permitted")
FORBIDS = frozenset({"op-unlawful", "negator"})
# a header cell that names what each row does ("Use", "Permitted purpose")
USE_HEAD = frozenset({"alternative-noun", "purpose-noun"})
# a cell that only gives a row's status ("never", "Not permitted"): the row is no plain permitted use
STATUS = frozenset({"op-unlawful", "negator", "op-lawful"})
STATUS_WORDS = 3
TABLE_NOUN = frozenset({"annex-noun"})  # the word a table's own title may open on ("Table A-1. ...")
_GRID_BORDER = re.compile(r"[ \t]*\+[-=+: ]*\+[ \t]*")  # "+------+-------+": a grid table's border

_WORD = re.compile(r"\w+")


@dataclass
class Row:
    start: int
    end: int
    cells: list[Cell] = field(default_factory=list)
    closed: bool = False  # a grid's border line under it: the next line opens a new row

    def go_on(self, end: int, cells: list[Cell]) -> None:
        """The row wraps onto a line that ends at ``end``: its cells take that line's pieces."""
        self.end = end
        self.cells = [a + b for a, b in zip(self.cells, cells, strict=False)] + self.cells[len(cells):]


@dataclass
class Table:
    header: Row
    rows: list[Row]
    title: Span | None = None  # the line above that names the table ("Table 5.1 - Permitted analytic uses")
    permits: bool = False  # do its rows list what the law lets through?
    use_column: int | None = None  # the cell that names each row's use, when a header names it

    @property
    def start(self) -> int:
        return self.header.start

    @property
    def end(self) -> int:
        return self.rows[-1].end if self.rows else self.header.end

    def use_cell(self, row: Row) -> Cell | None:
        if self.use_column is None or self.use_column >= len(row.cells):
            return None
        return row.cells[self.use_column]


def _bar_cells(text: str, start: int, end: int) -> list[Cell]:
    """The cells of a row cut by bars, without the outer bars of a bordered row."""
    out, k = [], start
    for j in [*(i for i in range(start, end) if text[i] == "|"), end]:
        out.append(columns.trim(text, k, j))
        k = j + 1
    if out and out[0][0] == out[0][1] and text[start:end].lstrip().startswith("|"):
        out = out[1:]  # "| Observation | ... |": the border before the first cell
    if out and out[-1][0] == out[-1][1] and text[start:end].rstrip().endswith("|"):
        out = out[:-1]
    return [(c,) if c[0] < c[1] else () for c in out]


def _is_rule(text: str) -> bool:
    """A markdown rule under the header ("|-----|-----|"): no words."""
    return not any(ch.isalnum() for ch in text)


def _bar_tables(doc: Document) -> list[tuple[int, list[Row]]]:
    """(index of the first line, rows) of each table cut by bars."""
    text, lines = doc.text, doc.lines
    out: list[tuple[int, list[Row]]] = []
    n = 0

    def in_table(ln) -> bool:
        return text.count("|", ln.start, ln.end) >= MIN_BARS or bool(_GRID_BORDER.fullmatch(text, ln.start, ln.end))

    while n < len(lines):
        if text.count("|", lines[n].start, lines[n].end) < MIN_BARS:
            n += 1
            continue
        while n > 0 and _GRID_BORDER.fullmatch(text, lines[n - 1].start, lines[n - 1].end):
            n -= 1  # the border over a grid table's header: "+-----+------+"
        first, rows = n, []
        grid = bool(_GRID_BORDER.fullmatch(text, lines[first].start, lines[first].end))
        while n < len(lines) and in_table(lines[n]):
            ln = lines[n]
            n += 1
            if _is_rule(text[ln.start:ln.end]):
                if rows and _GRID_BORDER.fullmatch(text, ln.start, ln.end):
                    rows[-1].closed = True  # a grid's border closes the row above: the next line opens one
                continue
            cells = _bar_cells(text, ln.start, ln.end)
            if rows and not rows[-1].closed and (grid or (len(rows) > 1 and cells and not cells[0])):
                # a grid's row runs to the border under it; a bare table's goes on where its first cell is
                # empty ("|   | that names the dwelling |")
                rows[-1].go_on(ln.end, cells)
                continue
            rows.append(Row(ln.start, ln.end, cells))
        if rows:
            out.append((first, rows))
    return out


def _column_tables(doc: Document, found: list[columns.Block] | None = None) -> list[tuple[int, list[Row]]]:
    """(index of the header line, rows) of each table set in columns under a rule of dashes (the
    text keeps those lines' spacing: ``columns``); a row starts where its first column has words, and
    a line with that column empty goes on the row above."""
    text, lines = doc.text, doc.lines
    out: list[tuple[int, list[Row]]] = []
    if found is None:
        found = columns.blocks([text[ln.start:ln.end] for ln in lines]) if columns.may_hold_a_table(text) else []
    for block in found:
        rows: list[Row] = []
        for n in (block.header, *range(block.rule + 1, block.end)):
            ln = lines[n]
            pieces = columns.cells(text[ln.start:ln.end], block.columns)
            if pieces is None or not text[ln.start:ln.end].strip():
                continue
            cells: list[Cell] = [((ln.start + a, ln.start + b),) if a < b else () for a, b in pieces]
            if len(rows) > 1 and not cells[0]:
                rows[-1].go_on(ln.end, cells)  # the first column empty: the row above wraps onto this line
            else:
                rows.append(Row(ln.start, ln.end, cells))
        if len(rows) > 1:
            out.append((block.header, rows))
    return out


def row_starts(doc: Document) -> list[int]:
    """Where each row of a column table starts, and where the text after the table resumes: a sentence
    starts at each (a row's wrapped lines do not)."""
    if not columns.may_hold_a_table(doc.text):
        return []  # (most laws: no rule of dashes, nothing to read)
    lines = doc.lines
    found = columns.blocks([doc.text[ln.start:ln.end] for ln in lines])
    out = [row.start for _, rows in _column_tables(doc, found) for row in rows]
    return out + [lines[block.end].start for block in found if block.end < len(lines)]


def find_tables(doc: Document, classes: Classes) -> list[Table]:
    """Every table of the document, in order. ``classes`` gives the word classes of a span."""
    bars = _bar_tables(doc) if "|" in doc.text else []
    found = sorted(bars + _column_tables(doc), key=lambda t: t[0])
    return [_read(doc, first, rows, classes) for first, rows in found]


def _title(doc: Document, first: int, classes: Classes) -> Span | None:
    """The line above a table that names it ("Table 2 - Permitted uses", "PERMITTED USES"): a line
    with no closing stop, or one that opens on the table's number ("Table A-1. Approved Uses of ..."),
    not a sentence ("Each use is approved as follows.")."""
    text, lines = doc.text, doc.lines
    k = first - 1
    while k >= 0 and first - k <= TITLE_GAP + 1:
        ln = lines[k]
        own = text[ln.start:ln.end].strip()
        if own:
            a = ln.start + len(text[ln.start:ln.end]) - len(text[ln.start:ln.end].lstrip())
            word = _WORD.match(text, a)
            if own.endswith((".", ":", ";")) and not (word and classes(word.start(), word.end()) & TABLE_NOUN):
                return None
            return a, ln.end
        k -= 1
    return None


def _cell_classes(cell: Cell, classes: Classes) -> set[str]:
    return set().union(*(classes(a, b) for a, b in cell)) if cell else set()


def _read(doc: Document, first: int, rows: list[Row], classes: Classes) -> Table:
    header, body = rows[0], rows[1:]
    table = Table(header, body, _title(doc, first, classes))
    heads = [_cell_classes(c, classes) for c in header.cells]
    uses = [k for k, c in enumerate(heads) if c & USE_HEAD]
    # the use cell: of the header cells that name a use, the one with the most words in its rows
    # ("Approved use", not "Use No." over "CSS-1")
    text = doc.text
    table.use_column = max(uses, key=lambda k: sum(len(text[a:b].split()) for r in body if k < len(r.cells)
                                                   for a, b in r.cells[k]), default=None)
    title = classes(*table.title) if table.title else set()
    table.permits = not title & FORBIDS and (bool(title & TITLE_PERMITS) or any(
        c & HEADER_PERMITS and not c & FORBIDS for c in heads))  # ("PROHIBITED USES" over "Legal authority")
    return table


class TableIndex:
    """The tables of a document, and the row a position falls in."""

    def __init__(self, tables: list[Table]) -> None:
        self.tables = tables
        self._rows: list[tuple[int, int, Table, Row | None]] = []
        for t in tables:
            self._rows.append((t.header.start, t.header.end, t, None))
            self._rows.extend((r.start, r.end, t, r) for r in t.rows)
        self._starts = [r[0] for r in self._rows]

    def at(self, pos: int) -> tuple[Table, Row | None] | None:
        """The table and row (None: the header row) that ``pos`` falls in, or None."""
        k = bisect_right(self._starts, pos) - 1
        if k < 0:
            return None
        start, end, table, row = self._rows[k]
        return (table, row) if start <= pos < end else None

    def use_cell_at(self, pos: int) -> Cell | None:
        """The use cell of the row of a table of permitted uses that ``pos`` falls in, if it has one."""
        found = self.at(pos)
        if found is None or found[1] is None or not found[0].permits:
            return None
        return found[0].use_cell(found[1])


def is_status_row(table: Table, row: Row, classes: Classes, text: str) -> bool:
    """Does a cell other than the use cell only give the row's status ("never", "Not permitted"), every
    word of it a status word (not "Legal Unit")? Then the row says itself whether it is let through;
    it is no plain permitted use."""
    use = table.use_cell(row)
    for cell in row.cells:
        if cell == use or not cell:
            continue
        words = [(a + m.start(), a + m.end()) for a, b in cell for m in _WORD.finditer(text[a:b])]
        if 0 < len(words) <= STATUS_WORDS and all(classes(*w) & STATUS for w in words):
            return True
    return False
