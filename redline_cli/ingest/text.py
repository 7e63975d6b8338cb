"""Plain text and Markdown: decoding, source headers, and bills pasted with their line numbers.

Decoding is strict: UTF-8 (with or without BOM) and UTF-16/32 with a BOM. Anything else is an
error, because guessing a legacy code page turns "§" and curly quotes into mojibake that then
silently fails to match.
"""

from __future__ import annotations

import codecs
import collections
import itertools
import re

from ..document import RawLine
from ..errors import InputError

# Keys are single words, so a Markdown heading such as "# Section 1: Purpose" is not taken for one.
_HEADER_RE = re.compile(r"^#[ \t]+(?P<key>[A-Za-z][\w-]{0,30}):[ \t]*(?P<value>.*)$")
_GUTTER_RE = re.compile(r"^[ \t]{0,6}(?P<n>\d{1,3})(?:[ \t]+(?P<rest>\S.*))?$")


def decode(data: bytes, path: str) -> str:
    """Bytes -> str, strictly (see module docstring)."""
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"not valid {codec.upper()} text ({exc.reason} at byte {exc.start})"
                                 ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        raise InputError(path, f"not UTF-8 text (byte 0x{bad:02x} at offset {exc.start}); "
                               "save the file as UTF-8") from None
    if "\x00" in text[:4096]:
        unmarked = _utf16_without_bom(data)
        if unmarked is None:
            raise InputError(path, "binary data, not text")
        try:
            return data.decode(unmarked)
        except UnicodeDecodeError as exc:
            raise InputError(path, f"binary data, not text (UTF-16 without a byte-order mark, broken at byte "
                                   f"{exc.start})") from None
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark (some Windows tools do): text in Latin script has a
    NUL in every other byte. The codec, or None if the bytes are not laid out so."""
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    if not even or not odd:
        return None
    if odd.count(0) >= 0.7 * len(odd) and even.count(0) <= 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.7 * len(even) and odd.count(0) <= 0.05 * len(odd):
        return "utf-16-be"
    return None


def split_header(text_lines: list[str]) -> tuple[dict[str, str], int]:
    """A leading block of ``# key: value`` lines (the corpus source header) or YAML front matter.

    Returns the metadata and the number of lines it used, so the body keeps its file line numbers.
    """
    meta: dict[str, str] = {}
    if text_lines and text_lines[0].strip() == "---":
        for i, line in enumerate(text_lines[1:40], 1):
            if line.strip() == "---":
                for row in text_lines[1:i]:
                    key, sep, value = row.partition(":")
                    if sep:
                        meta[key.strip().lower()] = value.strip()
                return meta, i + 1
        return {}, 0
    n = 0
    while n < len(text_lines) and (m := _HEADER_RE.match(text_lines[n])):
        meta[m.group("key").strip().lower()] = m.group("value").strip()
        n += 1
    if n and (n == len(text_lines) or not text_lines[n].strip()):
        return meta, n
    return {}, 0


def _gutter_numbers(lines: list[str]) -> bool:
    """Is this a bill pasted with its margin line numbers (most lines start with 1, 2, 3 ...)?"""
    numbered = [m for line in lines if line.strip() and (m := _GUTTER_RE.match(line))]
    content = [line for line in lines if line.strip()]
    if len(numbered) < 10 or len(numbered) < 0.8 * len(content):
        return False
    values = [int(m.group("n")) for m in numbered]
    steps = sum(1 for a, b in itertools.pairwise(values) if b == a + 1 or b == 1)
    return steps >= 0.8 * (len(values) - 1)


def _blank_running_heads(lines: list[RawLine]) -> None:
    """A bill pasted with its line numbers keeps each page's running head ("SB1142   - 3 -   LRB103
    04417 JRC 14425 b") as a line with no margin number; one that recurs (its digits aside) on three
    pages or more is page furniture, not text. Its line stays, empty, so line numbers still hold."""
    def signature(text: str) -> str:
        return re.sub(r"\d+", "#", " ".join(text.split()).lower())

    heads = {n: signature(line.text) for n, line in enumerate(lines) if line.printed is None and line.text.strip()}
    counts = collections.Counter(heads.values())
    for n, sig in heads.items():
        if counts[sig] >= 3 and "#" in sig:
            lines[n] = RawLine("", lines[n].page, lines[n].number, None)


def read_text(data: bytes, path: str) -> tuple[list[RawLine], dict[str, str], int]:
    """Lines (with file line numbers), metadata, and the page count (form feeds start pages)."""
    text = decode(data, path).replace("\r\n", "\n").replace("\r", "\n")
    all_lines = text.split("\n")
    meta, skip = split_header(all_lines)
    body = all_lines[skip:]
    gutter = _gutter_numbers(body)
    page = 1
    out: list[RawLine] = []
    prev_printed = 0
    for i, line in enumerate(body, skip + 1):
        segments = line.split("\f")
        for k, seg in enumerate(segments):
            if k:  # a form feed: a new page, whose margin numbers start afresh
                page += 1
                prev_printed = 0
            if k < len(segments) - 1 and not seg.strip():
                continue
            printed = None
            if gutter and (m := _GUTTER_RE.match(seg)):
                printed = int(m.group("n"))
                if printed == 1 and printed < prev_printed:  # the numbers restart: a new page
                    page += 1
                prev_printed = printed
                seg = m.group("rest") or ""
            out.append(RawLine(seg, page, i, printed))
    if gutter:
        _blank_running_heads(out)
    while out and not out[-1].text.strip():
        out.pop()
    # A trailing form feed (pdftotext ends every page with one) opens no page of its own.
    return out, meta, out[-1].page if out else 1
