"""DOCX -> lines, read from the zip's XML.

Drafts of bills live in Word, and two things in them matter that plain text extractors drop:
- automatic numbering: ``(a)``, ``(1)``, ``1.`` are generated from ``numbering.xml`` and are not in
  the text runs, yet the provision tree depends on them, so they are rendered here;
- tracked changes: deleted text (``w:delText``) is not part of the draft and is skipped;
  inserted text is.
Pages follow Word's own ``lastRenderedPageBreak`` marks and explicit page breaks.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from dataclasses import dataclass, field
from xml.etree import ElementTree as ET

from ..document import RawLine
from ..errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BULLET = "•"


def _to_roman(n: int) -> str:
    out = []
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"),
                       (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out.append(sym)
            n -= value
    return "".join(out)


def _to_letters(n: int) -> str:
    """1 -> a, 26 -> z, 27 -> aa (Word repeats the letter)."""
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _level(value: str | None) -> int:
    """A list level (``w:ilvl``): 0 to 8 in Word; anything else is read as the nearest one."""
    value = (value or "0").strip()
    return min(max(int(value), 0), 8) if value.lstrip("-").isdigit() else 0


def format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return _to_letters(n)
    if fmt == "upperLetter":
        return _to_letters(n).upper()
    if fmt == "lowerRoman":
        return _to_roman(n)
    if fmt == "upperRoman":
        return _to_roman(n).upper()
    if fmt in ("bullet", "none"):
        return ""
    return str(n)


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = "%1."
    start: int = 1


@dataclass
class Numbering:
    """Word list definitions and the running counters of each list instance."""

    levels: dict[str, dict[int, _Level]] = field(default_factory=dict)  # numId -> ilvl -> level
    starts: dict[tuple[str, int], int] = field(default_factory=dict)
    counters: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def parse(cls, xml: bytes | None) -> Numbering:
        num = cls()
        if not xml:
            return num
        root = ET.fromstring(xml)
        abstract: dict[str, dict[int, _Level]] = {}
        for an in root.iter(f"{W}abstractNum"):
            levels = {}
            for lvl in an.iter(f"{W}lvl"):
                level = _Level()
                ilvl = _level(lvl.get(f"{W}ilvl"))
                if (el := lvl.find(f"{W}numFmt")) is not None:
                    level.fmt = el.get(f"{W}val", "decimal")
                if (el := lvl.find(f"{W}lvlText")) is not None:
                    level.text = el.get(f"{W}val", "")
                if (el := lvl.find(f"{W}start")) is not None:
                    level.start = int(el.get(f"{W}val", "1"))
                levels[ilvl] = level
            abstract[an.get(f"{W}abstractNumId", "")] = levels
        for n in root.iter(f"{W}num"):
            num_id = n.get(f"{W}numId", "")
            ref = n.find(f"{W}abstractNumId")
            if ref is not None:
                num.levels[num_id] = abstract.get(ref.get(f"{W}val", ""), {})
            for override in n.iter(f"{W}lvlOverride"):
                so = override.find(f"{W}startOverride")
                if so is not None:
                    num.starts[(num_id, _level(override.get(f"{W}ilvl")))] = int(so.get(f"{W}val", "1"))
        return num

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list ``num_id`` at level ``ilvl`` ("(a)", "1.", "•")."""
        levels = self.levels.get(num_id)
        if not levels or num_id == "0":
            return ""
        counts = self.counters.setdefault(num_id, [0] * 9)
        level = levels.get(ilvl, _Level())
        counts[ilvl] = (counts[ilvl] or self.starts.get((num_id, ilvl), level.start) - 1) + 1
        for deeper in range(ilvl + 1, 9):
            counts[deeper] = 0
        if level.fmt == "bullet":
            return _BULLET
        text = level.text
        for k in range(9):
            token = f"%{k + 1}"
            if token in text:
                lv = levels.get(k, _Level())
                value = counts[k] or self.starts.get((num_id, k), lv.start)
                text = text.replace(token, format_number(value, lv.fmt))
        return text


def _style_numbering(xml: bytes | None) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry numbering (``List Number`` and friends), with basedOn."""
    if not xml:
        return {}
    root = ET.fromstring(xml)
    direct: dict[str, tuple[str, int]] = {}
    based: dict[str, str] = {}
    for style in root.iter(f"{W}style"):
        sid = style.get(f"{W}styleId", "")
        if (b := style.find(f"{W}basedOn")) is not None:
            based[sid] = b.get(f"{W}val", "")
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None and (nid := num_pr.find(f"{W}numId")) is not None:
            ilvl = num_pr.find(f"{W}ilvl")
            direct[sid] = (nid.get(f"{W}val", "0"), _level(ilvl.get(f"{W}val")) if ilvl is not None else 0)
    resolved = dict(direct)
    for sid in based:
        seen, cur = set(), sid
        while cur and cur not in direct and cur not in seen:
            seen.add(cur)
            cur = based.get(cur, "")
        if cur in direct:
            resolved[sid] = direct[cur]
    return resolved


# A DOCX is a zip: a 200 KB file can hold a 200 MB document.xml (and parsing XML takes several
# times its size). What a member may inflate to is bounded while it is read, whatever the zip
# directory claims. The longest law in the corpus is under 1 MB of document.xml.
MAX_MEMBER_BYTES = 64 * 1024 * 1024


def _member(zf: zipfile.ZipFile, name: str, path: str) -> bytes:
    """A zip member's bytes, read in chunks and refused past MAX_MEMBER_BYTES."""
    chunks, total = [], 0
    with zf.open(name) as fh:
        while chunk := fh.read(1 << 20):
            total += len(chunk)
            if total > MAX_MEMBER_BYTES:
                raise InputError(path, f"DOCX part {name} inflates past {MAX_MEMBER_BYTES // 2**20} MB "
                                       "(a zip bomb, or not a law)")
            chunks.append(chunk)
    return b"".join(chunks)


def read_docx(data: bytes, path: str) -> tuple[list[RawLine], int]:
    """Lines of a DOCX (one per paragraph, a soft line break starts a new line) and its pages."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            document = _member(zf, "word/document.xml", path)
            names = set(zf.namelist())
            numbering = Numbering.parse(_member(zf, "word/numbering.xml", path)
                                        if "word/numbering.xml" in names else None)
            styles = _style_numbering(_member(zf, "word/styles.xml", path) if "word/styles.xml" in names else None)
        root = ET.fromstring(document)
    except (zipfile.BadZipFile, KeyError, ET.ParseError, OSError, ValueError, EOFError, zlib.error,
            NotImplementedError) as exc:
        raise InputError(path, f"damaged DOCX ({' '.join(str(exc).split())[:160]})") from None
    body = root.find(f"{W}body")
    if body is None:
        raise InputError(path, "damaged DOCX (no document body)")
    lines: list[RawLine] = []
    page = 1
    # Word also marks the first run of a page that a hard break started with lastRenderedPageBreak:
    # until some text follows an explicit break, such a mark is that same break, not another page.
    fresh = False
    for para in body.iter(f"{W}p"):
        ppr = para.find(f"{W}pPr")
        if ppr is not None and ppr.find(f"{W}pageBreakBefore") is not None and lines:
            page += 1
            fresh = True
        label = ""
        if ppr is not None:
            num_pr = ppr.find(f"{W}numPr")
            style = ppr.find(f"{W}pStyle")
            if num_pr is not None and (nid := num_pr.find(f"{W}numId")) is not None:
                ilvl = num_pr.find(f"{W}ilvl")
                label = numbering.label(nid.get(f"{W}val", "0"),
                                        _level(ilvl.get(f"{W}val")) if ilvl is not None else 0)
            elif style is not None and style.get(f"{W}val", "") in styles:
                label = numbering.label(*styles[style.get(f"{W}val", "")])
        parts: list[str] = [label + " "] if label else []
        for el in para.iter():
            tag = el.tag
            if tag == f"{W}t" and el.text:
                parts.append(el.text)
                fresh = fresh and not el.text.strip()
            elif tag in (f"{W}tab", f"{W}ptab"):
                parts.append(" ")
            elif tag == f"{W}lastRenderedPageBreak" and (lines or parts) and not fresh:
                lines.append(RawLine("".join(parts), page, len(lines) + 1))
                parts = []
                page += 1
            elif tag in (f"{W}br", f"{W}cr"):
                lines.append(RawLine("".join(parts), page, len(lines) + 1))
                parts = []
                if el.get(f"{W}type") == "page":
                    page += 1
                    fresh = True
        text = "".join(parts)
        if text.strip() or not lines or lines[-1].text.strip():
            lines.append(RawLine(text, page, len(lines) + 1))
    while lines and not lines[0].text.strip():
        lines.pop(0)
    while lines and not lines[-1].text.strip():
        lines.pop()
    # Pages that hold text: a trailing page break opens no page of its own.
    return [RawLine(ln.text, ln.page, i) for i, ln in enumerate(lines, 1)], lines[-1].page if lines else 1
