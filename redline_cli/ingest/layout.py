"""Page geometry -> reading-order lines, shared by both PDF engines.

An engine turns each page into ``Segment``s (a word for pdfplumber, a run of text for pdfium) with
their boxes; everything that follows is done here once, so both engines give the same text:

1. rows: segments whose vertical centres agree form a printed row;
2. the line-number gutter of bills: small integers in a narrow column left of the text, found
   from the segments' positions (not a fixed crop), kept as each row's printed line number;
3. running headers and footers: rows at the top or bottom of a page whose text (digits aside)
   recurs at the same height on most pages, and page-number rows (``Page 3 of 9``, ``- 3 -``);
4. columns: a vertical strip that (almost) no row crosses splits a page into columns read one
   after the other; rows that cross it (a title over both columns) are read in place;
5. paragraph breaks: a vertical gap well above the usual line pitch becomes a blank line;
6. hyphenation: ``surveil-`` + ``lance`` is joined, keeping the hyphen only where the document
   spells the word with one elsewhere (``semi-automated``).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..document import RawLine

_NUMBER_RE = re.compile(r"^\d{1,4}$")
_PAGE_NO_RE = re.compile(r"^(?:page\s+)?[-–—\s]*(?:#|[ivxlc]+)[-–—\s]*(?:(?:of|/)\s*#)?$")
_HYPHEN_END_RE = re.compile(r"([A-Za-z]+)-$")
_SPACES_RE = re.compile(r"[ \t\u00a0]{2,}")
# Prefixes that keep their hyphen when a line breaks after them and the document has no other
# spelling of the word to go by.
_HYPHEN_PREFIXES = frozenset({
    "semi", "non", "self", "co", "ex", "anti", "multi", "cross", "pre", "post", "well", "real", "third",
    "state", "city", "law", "face", "cell", "long", "short", "high", "low", "full", "part", "in", "on",
})


@dataclass(slots=True)
class Segment:
    """A run of text on one printed row, with its box (points; top measured from the page top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float

    @property
    def center(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass(slots=True)
class Row:
    segments: list[Segment]
    center: float
    printed: int | None = None

    @property
    def text(self) -> str:
        return join_segments(self.segments)


@dataclass(slots=True)
class PageRows:
    number: int
    width: float
    height: float
    rows: list[Row] = field(default_factory=list)


def join_segments(segments: list[Segment]) -> str:
    """Left-to-right text of segments, a space only where the page shows a gap."""
    out: list[str] = []
    prev: Segment | None = None
    for seg in sorted(segments, key=lambda s: s.x0):
        if prev is not None:
            gap = seg.x0 - prev.x1
            out.append(" " if gap > 0.15 * max(prev.size, 1.0) else "")
        out.append(seg.text)
        prev = seg
    return "".join(out)


def clean_segment_text(text: str) -> str:
    """pdfium marks a line-end hyphen as U+0002; runs of spaces read as one."""
    return _SPACES_RE.sub(" ", text.replace("\x02", "-").replace("\r", " ").replace("\n", " ")).strip()


# ----------------------------------------------------------------- 1-2: rows and gutter
def page_rows(segments: list[Segment], width: float, height: float, number: int) -> PageRows:
    """Rows of one page with the line-number gutter taken out (steps 1 and 2)."""
    segments = [s for s in segments if s.text]
    if width > 0 and height > 0:
        # Text drawn outside the page box is invisible, and its coordinates can be anything (a
        # crafted PDF puts a word at x = 10^9): keep what a reader can see.
        segments = [s for s in segments if s.x1 > 0 and s.x0 < width and s.bottom > 0 and s.top < height]
    page = PageRows(number, width, height)
    if not segments:
        return page
    sizes = [s.bottom - s.top for s in segments if s.bottom > s.top]
    tol = 0.45 * (statistics.median(sizes) if sizes else 8.0)
    rows: list[Row] = []
    for seg in sorted(segments, key=lambda s: (s.center, s.x0)):
        if rows and abs(seg.center - rows[-1].center) <= tol:
            rows[-1].segments.append(seg)
        else:
            rows.append(Row([seg], seg.center))
    _take_gutter(rows)
    page.rows = [r for r in rows if r.segments]
    return page


def _take_gutter(rows: list[Row]) -> None:
    """Move margin line numbers out of the text and into ``Row.printed``."""
    # where each row's text begins (its first segment that is not a number): an engine that cuts
    # rows into words must not move the body's left edge into the line
    text_x0 = sorted(min(xs) for r in rows if (xs := [s.x0 for s in r.segments if not _NUMBER_RE.match(s.text)]))
    if not text_x0:
        return
    body_left = text_x0[len(text_x0) // 10]
    candidates = []
    for row in rows:
        first = min(row.segments, key=lambda s: s.x0)
        if _NUMBER_RE.match(first.text) and first.x1 <= body_left - 2:
            candidates.append((row, first))
    if len(candidates) < 3:
        return
    right_edges = sorted(seg.x1 for _, seg in candidates)
    left_edges = sorted(seg.x0 for _, seg in candidates)
    if right_edges[-1] - right_edges[0] > 12 and left_edges[-1] - left_edges[0] > 12:
        return
    for row, seg in candidates:
        row.segments.remove(seg)
        row.printed = int(seg.text)
    # A number whose row held nothing else was printed beside a line whose glyph boxes sit higher
    # or lower (pdfium's tight boxes around "***"): give it to the nearest unnumbered row.
    for row, seg in candidates:
        if row.segments:
            continue
        near = [r for r in rows if r.segments and r.printed is None
                and abs(r.center - row.center) <= 1.5 * (seg.bottom - seg.top)]
        if near:
            min(near, key=lambda r: abs(r.center - row.center)).printed = row.printed


# ----------------------------------------------------------------- 3: headers and footers
def _signature(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower()).strip()


def drop_running_heads(pages: list[PageRows]) -> None:
    """Remove running headers, footers and page numbers from every page (step 3)."""
    n = len(pages)
    seen: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for page in pages:
        for row in page.rows[:4] + page.rows[-4:]:
            seen[_signature(row.text)].append((page.number, row.center))
    need = max(2, -(-n * 5 // 10))  # at least half of the pages, and two of them

    def repeated(row: Row) -> bool:
        if n < 2:
            return False
        hits = {p for p, y in seen.get(_signature(row.text), ()) if abs(y - row.center) <= 3}
        return len(hits) >= need

    def running(row: Row, page: PageRows) -> bool:
        in_margin = row.center < 0.2 * page.height or row.center > 0.8 * page.height
        if not in_margin:
            return False
        sig = _signature(row.text)
        if _PAGE_NO_RE.match(sig) and row.printed is None:
            return True
        return repeated(row) and (len(sig) >= 6 or "#" in sig)

    for page in pages:
        rows = page.rows
        top = 0
        while top < len(rows) and running(rows[top], page):
            top += 1
        bottom = len(rows)
        while bottom > top and running(rows[bottom - 1], page):
            bottom -= 1
        page.rows = rows[top:bottom]


# ----------------------------------------------------------------- 4: columns
def _column_split(rows: list[Row]) -> float | None:
    """The x of the gap between two columns, or None for a one-column page."""
    segs = [s for r in rows for s in r.segments]
    if len(rows) < 6 or not segs:
        return None
    left = min(s.x0 for s in segs)
    right = max(s.x1 for s in segs)
    width = right - left
    if width < 100 or width > 20_000:  # no page is 7 m wide: coordinates that cannot be a column layout
        return None
    bins = int(width // 2) + 2
    # How many rows cover each 2-point strip, by a difference array over each row's merged spans.
    diff = [0] * (bins + 1)
    for row in rows:
        spans = sorted((int((s.x0 - left) // 2), int((s.x1 - left) // 2) + 1) for s in row.segments)
        start, end = spans[0]
        for a, b in spans[1:]:
            if a > end:
                diff[start] += 1
                diff[end] -= 1
                start, end = a, b
            else:
                end = max(end, b)
        diff[start] += 1
        diff[end] -= 1
    cover = list(itertools.accumulate(diff))
    lo, hi = int(bins * 0.25), int(bins * 0.75)
    limit = max(1, len(rows) // 10)
    best: tuple[int, int] | None = None
    run_start = None
    for b in range(lo, hi + 1):
        if cover[b] <= limit:
            run_start = b if run_start is None else run_start
            if best is None or b - run_start > best[1] - best[0]:
                best = (run_start, b)
        else:
            run_start = None
    if best is None or (best[1] - best[0] + 1) * 2 < 8:
        return None
    split = left + (best[0] + best[1] + 1)  # centre of the gap, in points
    left_rows = sum(1 for r in rows if any(s.x1 <= split for s in r.segments))
    right_rows = sum(1 for r in rows if any(s.x0 >= split for s in r.segments))
    if left_rows < 3 or right_rows < 3:
        return None
    return split


def reading_order(page: PageRows) -> list[list[tuple[Row, list[Segment]]]]:
    """Blocks of (row, its segments) in the order a person reads them (step 4)."""
    split = _column_split(page.rows)
    if split is None:
        return [[(r, r.segments) for r in page.rows]]
    blocks: list[list[tuple[Row, list[Segment]]]] = []
    left: list[tuple[Row, list[Segment]]] = []
    right: list[tuple[Row, list[Segment]]] = []
    for row in page.rows:
        if any(s.x0 < split < s.x1 for s in row.segments):
            blocks.extend(b for b in (left, right) if b)
            left, right = [], []
            blocks.append([(row, row.segments)])
            continue
        ls = [s for s in row.segments if s.x1 <= split]
        rs = [s for s in row.segments if s.x0 >= split]
        if ls:
            left.append((row, ls))
        if rs:
            right.append((row, rs))
    blocks.extend(b for b in (left, right) if b)
    return blocks


# ----------------------------------------------------------------- 5-6: lines
def to_lines(pages: list[PageRows]) -> list[RawLine]:
    """Every page's rows -> reading-order lines with paragraph breaks, hyphenation undone."""
    drop_running_heads(pages)
    ordered = [(page, reading_order(page)) for page in pages]
    pitches = []
    for _, blocks in ordered:
        for block in blocks:
            pitches.extend(b[0].center - a[0].center for a, b in itertools.pairwise(block))
    # The usual pitch is the common small step: with many one-line paragraphs most steps are
    # paragraph gaps, so the median would be too large.
    pitches = sorted(p for p in pitches if p > 0)
    pitch = pitches[len(pitches) // 5] if pitches else 14.0
    out: list[RawLine] = []
    for page, blocks in ordered:
        number = 0
        for block in blocks:
            prev_center = None
            for row, segs in block:
                if prev_center is not None and row.center - prev_center > 1.45 * pitch and out \
                        and out[-1].text:
                    out.append(RawLine("", page.number, number))
                number += 1
                out.append(RawLine(join_segments(segs), page.number, number, row.printed))
                prev_center = row.center
    return dehyphenate(out)


def dehyphenate(lines: list[RawLine]) -> list[RawLine]:
    """Join words broken across lines (step 6); the joined word stays on the first line."""
    vocab = Counter(w.strip(".,;:()“”\"'’").lower() for ln in lines for w in ln.text.split())
    out = list(lines)
    for i in range(len(out) - 1):
        line, nxt = out[i], out[i + 1]
        m = _HYPHEN_END_RE.search(line.text)
        if not m:
            continue
        tail, _, rest = nxt.text.partition(" ")
        head = m.group(1)
        # A word goes on in lower case, or in capitals when a heading in capitals was broken.
        if not (tail[:1].islower() or (head.isupper() and tail[:1].isupper() and tail.isupper())):
            continue
        bare = tail.rstrip(".,;:)”’\"'")
        keep = _keep_hyphen(head, bare, vocab)
        out[i] = RawLine(line.text[:-1] + ("-" if keep else "") + tail, line.page, line.number, line.printed)
        out[i + 1] = RawLine(rest, nxt.page, nxt.number, nxt.printed)
    return [ln for i, ln in enumerate(out) if ln.text or not (i and lines[i].text)]


def _keep_hyphen(head: str, tail: str, vocab: Counter) -> bool:
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if vocab[hyphenated]:
        return True
    if vocab[joined]:
        return False
    return head.lower() in _HYPHEN_PREFIXES
