"""Generate PDFs of law texts in the layouts redline must read.

Used by the tests, the benchmarks and `corpus/` (its PDF variants are made by `python tests/pdfgen.py`).
Layouts:
- ``bill``: line numbers printed in the left margin (restarting on each page), a running header and
  a ``Page N of M`` footer, long words hyphenated at line ends;
- ``columns``: two columns with a running header and footer, hyphenated;
- ``plain``: one column, header and footer only.

reportlab draws every line at a known position, so the tests know exactly what ingest must undo.
"""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONT = "Vera"
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont(_FONT, str(_FONT_DIR / "Vera.ttf")))
pdfmetrics.registerFont(TTFont(_FONT + "-Bold", str(_FONT_DIR / "VeraBd.ttf")))

ENUM_INDENT = re.compile(r"^\s*(\(([A-Za-z]{1,4}|\d{1,3})\)|[A-Z]\.|\d{1,2}\.)\s")


@dataclass
class Layout:
    name: str = "bill"
    columns: int = 1
    line_numbers: bool = True
    header: str = "CITY COUNCIL OF EXAMPLE CITY — ORDINANCE NO. 2024-17"
    footer: bool = True
    hyphenate: bool = True
    fake_bold: bool = False  # bold drawn as each glyph twice, 0.3 pt apart (as many word processors do)
    font_size: float = 11.0
    leading: float = 15.0


LAYOUTS = {
    "bill": Layout("bill", fake_bold=True),
    "columns": Layout("columns", columns=2, line_numbers=False, font_size=9.5, leading=12.5),
    "plain": Layout("plain", line_numbers=False, hyphenate=False),
}

PAGE_W, PAGE_H = letter
MARGIN_L, MARGIN_R, MARGIN_T, MARGIN_B = 90.0, 72.0, 80.0, 80.0
COLUMN_GAP = 28.0


def _width(text: str, size: float, font: str = _FONT) -> float:
    return pdfmetrics.stringWidth(text, font, size)


def _split_word(word: str, room: float, size: float, font: str) -> tuple[str, str] | None:
    """Split a long word so its head plus a hyphen fits in ``room``: soft hyphenation."""
    if len(word) < 9 or not word[:4].isalpha():
        return None
    for cut in range(len(word) - 3, 3, -1):
        head = word[:cut]
        if not head[-1].isalpha() or not word[cut].isalpha():
            continue
        if _width(head + "-", size, font) <= room:
            return head + "-", word[cut:]
    return None


def wrap(paragraph: str, width: float, size: float, hyphenate: bool, font: str = _FONT) -> list[str]:
    """Greedy line breaking; breaks at spaces, after existing hyphens, and (optionally) inside words."""
    def _width(text: str, size: float) -> float:
        return pdfmetrics.stringWidth(text, font, size)

    words = paragraph.split()
    lines: list[str] = []
    line = ""
    while words:
        word = words.pop(0)
        candidate = f"{line} {word}" if line else word
        if _width(candidate, size) <= width:
            line = candidate
            continue
        room = width - _width(line + " ", size) if line else width
        # Break after a hyphen that is already in the word (semi-automated -> semi- / automated).
        if "-" in word[1:-1]:
            head, _, tail = word.partition("-")
            if head.isalpha() and _width(((line + " ") if line else "") + head + "-", size) <= width:
                lines.append(((line + " ") if line else "") + head + "-")
                line = ""
                words.insert(0, tail)
                continue
        split = _split_word(word, room, size, font) if hyphenate else None
        if split:
            lines.append(((line + " ") if line else "") + split[0])
            line = ""
            words.insert(0, split[1])
        elif line:
            lines.append(line)
            line = ""
            words.insert(0, word)
        else:  # a single word wider than the line: let it overflow
            lines.append(word)
    if line:
        lines.append(line)
    return lines


def _layout_lines(text: str, layout: Layout, col_width: float) -> list[tuple[str, float, bool]]:
    """(text, indent, bold) for every printed line, paragraphs separated by a blank line."""
    out: list[tuple[str, float, bool]] = []
    for para in text.split("\n"):
        para = para.strip()
        if not para:
            continue
        indent = 18.0 if ENUM_INDENT.match(para) else 0.0
        bold = para.isupper() and len(para) < 120
        font = _FONT + "-Bold" if bold and not layout.fake_bold else _FONT
        for line in wrap(para, col_width - indent, layout.font_size, layout.hyphenate, font):
            out.append((line, indent, bold))
        out.append(("", 0.0, False))
    return out


def render(text: str, path: str | os.PathLike, layout: Layout | str = "bill", *, repeat: int = 1,
           title: str | None = None) -> int:
    """Draw ``text`` (``repeat`` times) into a PDF at ``path``; returns the number of pages."""
    if isinstance(layout, str):
        layout = LAYOUTS[layout]
    usable = PAGE_W - MARGIN_L - MARGIN_R
    col_width = (usable - COLUMN_GAP * (layout.columns - 1)) / layout.columns
    body = "\n".join([text] * repeat)
    lines = _layout_lines(body, layout, col_width)
    per_col = int((PAGE_H - MARGIN_T - MARGIN_B) // layout.leading)
    per_page = per_col * layout.columns
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)]
    c = canvas.Canvas(str(path), pagesize=letter, invariant=1)
    c.setTitle(title or "redline test document")
    for number, page_lines in enumerate(pages, 1):
        if layout.header:
            c.setFont(_FONT, 8)
            c.drawString(MARGIN_L, PAGE_H - 45, layout.header)
            c.drawRightString(PAGE_W - MARGIN_R, PAGE_H - 45, "Introduced: March 3, 2024")
        if layout.footer:
            c.setFont(_FONT, 8)
            c.drawCentredString(PAGE_W / 2, 45, f"Page {number} of {len(pages)}")
        for i, (line, indent, bold) in enumerate(page_lines):
            col, row = divmod(i, per_col)
            y = PAGE_H - MARGIN_T - row * layout.leading
            x = MARGIN_L + col * (col_width + COLUMN_GAP) + indent
            if layout.line_numbers:
                c.setFont(_FONT, 8)
                c.drawRightString(MARGIN_L - 22, y, str(row + 1))
            if line and bold and layout.fake_bold:
                c.setFont(_FONT, layout.font_size)
                c.drawString(x, y, line)
                c.drawString(x + 0.3, y, line)
            elif line:
                c.setFont(_FONT + "-Bold" if bold else _FONT, layout.font_size)
                c.drawString(x, y, line)
        c.showPage()
    c.save()
    return len(pages)


def body_of(path: str | os.PathLike) -> str:
    """A corpus text without its ``# key: value`` source header."""
    raw = Path(path).read_text(encoding="utf-8")
    head, sep, rest = raw.partition("\n\n")
    if sep and all(line.startswith("# ") for line in head.splitlines()):
        return rest
    return raw


def render_corpus(corpus: Path, out_dir: Path) -> list[Path]:
    """Every corpus text in every layout: ``<out_dir>/<slug>.<layout>.pdf`` (what ``corpus/variants``
    holds; ``redline eval corpus`` scores them against the text's gold file)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    for source in sorted(corpus.glob("*.txt")):
        for layout in LAYOUTS:
            target = out_dir / f"{source.stem}.{layout}.pdf"
            render(body_of(source), target, layout)
            made.append(target)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="a text file (a corpus text's header is skipped), or with "
                        "--corpus a folder of them")
    parser.add_argument("output", type=Path, help="the PDF to write (with --corpus, the folder)")
    parser.add_argument("--layout", choices=sorted(LAYOUTS), default="bill")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--corpus", action="store_true", help="render every text of the folder in every layout")
    args = parser.parse_args()
    if args.corpus:
        for path in render_corpus(args.source, args.output):
            print(path)
        return
    pages = render(body_of(args.source), args.output, args.layout, repeat=args.repeat)
    print(f"{args.output}: {pages} pages")


if __name__ == "__main__":
    main()
