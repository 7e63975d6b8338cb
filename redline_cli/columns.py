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


def cells(line: str, columns: Sequence[int]) -> list[tuple[int, int]] | None:
    """The (start, end) of each column's words in ``line``, white space trimmed ((k, k) when the column
    is empty), or None when words run across a column's start (a paragraph or a heading: no row)."""
    if line[:columns[0]].strip() or any(c <= len(line) and not line[c - 1].isspace() for c in columns[1:]):
        return None
    bounds = [*columns, max(len(line), columns[-1])]
    out = []
    for a, b in itertools.pairwise(bounds):
        a, b = min(a, len(line)), min(b, len(line))
        while a < b and line[a].isspace():
            a += 1
        while b > a and line[b - 1].isspace():
            b -= 1
        out.append((a, b))
    return out


def blocks(lines: Sequence[str]) -> list[Block]:
    """Every table set in columns: a header line, a rule of dashes under it, and the lines after the
    rule whose words stay inside the columns (blank lines between rows allowed)."""
    out: list[Block] = []
    for n in range(1, len(lines)):
        line = lines[n]
        if ("---" not in line and "===" not in line) or not _RULE.fullmatch(line):
            continue
        columns = tuple(m.start() for m in _RUN.finditer(line))
        if not lines[n - 1].strip() or cells(lines[n - 1], columns) is None:
            continue
        k, last = n + 1, n
        while k < len(lines):
            if lines[k].strip():
                if cells(lines[k], columns) is None:
                    break
                last = k
            k += 1
        if last > n:
            out.append(Block(n - 1, n, last + 1, columns))
    return out
