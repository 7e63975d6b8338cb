"""Tables set in columns by spaces under a rule of dashes, as typed memos and PDF extraction print them:

    LINE  AUTHORIZED USE                     APPROVED BY
    ----  ---------------------------------  ------------------
    V-1   Search for a missing, lost or      Patrol Sergeant or
          endangered person                  above

The columns start where the rule's runs of dashes start. The text of a document folds runs of spaces
to one (``document.normalize_line``), which would lose the columns, so ``assemble_text`` asks this
module which lines belong to such a table and keeps their spacing; the analysis then reads the cells
(``analysis.tables``). Layout only: no words.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

_RULE = re.compile(r"[ \t]*[-=]{3,}(?:[ \t]+[-=]{3,})+[ \t]*")  # "----  ---------  ----": two columns or more
_RUN = re.compile(r"[-=]+")


@dataclass(frozen=True)
class Block:
    header: int  # index of the header line (the line above the rule)
    rule: int  # index of the rule line
    end: int  # index after the table's last line
    columns: tuple[int, ...]  # where each column starts in a line


def may_hold_a_table(text: str) -> bool:
    """Could the text hold a table set in columns (a run of dashes or equals signs somewhere)? A quick
    test before the line-by-line scan."""
    return "---" in text or "===" in text


def cells(line: str, columns: Sequence[int]) -> list[tuple[int, int]] | None:
    """The (start, end) of each column's words in ``line``, white space trimmed ((k, k) when the column
    is empty), or None when words run across a column's start (a paragraph or a heading: no row)."""
    if line[:columns[0]].strip() or any(c <= len(line) and not line[c - 1].isspace() for c in columns[1:]):
        return None
    bounds = [*columns, max(len(line), columns[-1])]
    return [trim(line, min(a, len(line)), min(b, len(line))) for a, b in itertools.pairwise(bounds)]


def trim(text: str, a: int, b: int) -> tuple[int, int]:
    """[a, b) without the white space around it: a cell's own words."""
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def blocks(lines: Sequence[str]) -> list[Block]:
    """Every table set in columns: a header line, a rule of dashes under it, and the lines after the
    rule whose words stay inside the columns. A row opens with words in its first column and at least
    one more ("4" or a short line at the margin is no row); a line with its first column empty goes on
    the row above; one blank line may part rows, two end the table, and so does a rule under it or a
    line whose words cross a column's start. Linear: the scan goes on after each table."""
    out: list[Block] = []
    n = 1
    while n < len(lines):
        line = lines[n]
        if ("---" not in line and "===" not in line) or not _RULE.fullmatch(line):
            n += 1
            continue
        columns = tuple(m.start() for m in _RUN.finditer(line))
        if not lines[n - 1].strip() or cells(lines[n - 1], columns) is None:
            n += 1
            continue
        k, last, blank = n + 1, n, 0
        while k < len(lines):
            if not lines[k].strip():
                blank += 1
                if blank > 1:
                    break
                k += 1
                continue
            found = cells(lines[k], columns)
            if found is None or _RULE.fullmatch(lines[k]) or (found[0][0] < found[0][1] and not any(
                    a < b for a, b in found[1:])) or (k == n + 1 and found[0][0] == found[0][1]):
                break
            blank, last = 0, k
            k += 1
        if last > n:
            out.append(Block(n - 1, n, last + 1, columns))
        n = max(last, n) + 1
    return out
