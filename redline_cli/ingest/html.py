"""HTML (municipal code sites, saved bill pages) -> lines.

Block elements become lines; scripts, styles and navigation are skipped. Ordered lists get their
rendered labels (``<ol type="a">`` items read ``a.``), because a browser draws those numbers and
the provision tree needs them. Each line keeps the source line of the HTML where its block began.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..document import RawLine
from ..errors import InputError
from .docx import format_number
from .text import decode

_BLOCKS = frozenset({
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "blockquote",
    "pre", "table", "ul", "ol", "dd", "dt", "dl", "header", "footer", "main", "hr", "td", "th", "caption",
})
# Not "form": code sites built on ASP.NET WebForms wrap the whole page, law included, in one <form>.
_SKIP = frozenset({"script", "style", "noscript", "template", "head", "nav", "svg", "button", "select"})
# What may stand in <head>; any other tag ends a head whose </head> was left out (as HTML allows).
_HEAD_CONTENT = frozenset({"title", "meta", "link", "style", "script", "base", "noscript", "template"})
_OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
# Labels that browsers decode as windows-1252 (WHATWG Encoding): pages that say ISO-8859-1 are
# written in it, and their curly quotes (0x91-0x94) must not become control characters.
_WINDOWS_1252_LABELS = frozenset({"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819",
                                  "ibm819", "us-ascii", "ascii", "windows-1252", "x-cp1252", "cp1252"})
_CHARSET_RE = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.I)


class _Extractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int]] = []
        self.parts: list[str] = []
        self.start_line = 1
        self.skip: list[str] = []  # the open elements whose content is skipped, innermost last
        self.skip_open: dict[str, int] = {}  # how many of each are open: membership without a scan
        self.pre = 0
        self.lists: list[list] = []  # [format, counter] per open list; format "" for <ul>

    def flush(self) -> None:
        text = re.sub(r"[ \t\r\n\f]+", " ", "".join(self.parts)).strip() if not self.pre else "".join(self.parts)
        if text:
            self.lines.extend((t, self.start_line) for t in text.split("\n"))
        self.parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.skip_open.get("head") and tag not in _HEAD_CONTENT:
            self._close_skipped("head")
        if tag in _SKIP:
            self.skip.append(tag)
            self.skip_open[tag] = self.skip_open.get(tag, 0) + 1
            return
        if self.skip:
            return
        if tag in _BLOCKS:
            self.flush()
            self.start_line = self.getpos()[0]
        if tag == "pre":
            self.pre += 1
        a = dict(attrs)
        if tag == "ol":
            start = int(a.get("start") or 1) if (a.get("start") or "1").lstrip("-").isdigit() else 1
            self.lists.append([_OL_FORMATS.get(a.get("type") or "1", "decimal"), start - 1])
        elif tag == "ul":
            self.lists.append(["", 0])
        elif tag == "li" and self.lists:
            fmt, _ = self.lists[-1]
            if a.get("value", "").isdigit():
                self.lists[-1][1] = int(a["value"]) - 1
            self.lists[-1][1] += 1
            label = f"{format_number(self.lists[-1][1], fmt)}." if fmt else "•"
            self.parts.append(label + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            if self.skip_open.get(tag):
                self._close_skipped(tag)
            return
        if self.skip:
            return
        if tag in _BLOCKS:
            self.flush()
        if tag == "pre":
            self.pre = max(0, self.pre - 1)
        if tag in ("ol", "ul") and self.lists:
            self.lists.pop()

    def _close_skipped(self, tag: str) -> None:
        """Close the innermost open ``tag`` and the skipped elements inside it (each popped once,
        so a page nested 100k deep stays linear)."""
        while self.skip:
            top = self.skip.pop()
            self.skip_open[top] -= 1
            if top == tag:
                return

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "hr") and not self.skip:
            self.flush()
            self.start_line = self.getpos()[0]

    def handle_data(self, data: str) -> None:
        if not self.skip:
            if not self.parts:
                self.start_line = self.getpos()[0]
            self.parts.append(data)


def _decode_html(data: bytes, path: str) -> str:
    m = _CHARSET_RE.search(data[:4096])
    charset = m.group(1).decode("ascii", "ignore").lower() if m else "utf-8"
    if charset in _WINDOWS_1252_LABELS:
        charset = "windows-1252"
    if charset in ("utf-8", "utf8") or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode(data, path)
    try:
        return data.decode(charset)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputError(path, f"cannot decode the page as its declared charset {charset!r} ({exc})") from None


def read_html(data: bytes, path: str) -> tuple[list[RawLine], int]:
    """Lines of an HTML page (numbered by the source line each block starts on); one page."""
    parser = _Extractor()
    parser.feed(_decode_html(data, path))
    parser.close()
    parser.flush()
    return [RawLine(text, 1, line) for text, line in parser.lines], 1
