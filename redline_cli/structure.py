"""Headings and enumerators -> the provision tree, with citations and stable ids.

Legislative text is a tree: ``Sec. 2.99.030``, ``§ 16-62``, ``ARTICLE I``, ``(A)``, ``(1)``, ``(a)``,
``(i)``, ``1.``. Drafting styles mix these freely, so item levels are not fixed: the first style
seen under a heading is level 1, a new style opens a deeper level, and a style already open closes
everything below it (the usual way to read nested lists). Two ambiguities need care:

- ``(i)`` is a letter after ``(h)`` but a roman numeral under it. The sibling before it decides,
  and when ``(h)`` is that sibling the next enumerator breaks the tie (``(ii)`` means roman).
- an enumerator only starts a provision at the start of a paragraph, so a wrapped line that
  happens to begin with ``(B)`` is not a new item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .document import Line, Provision

# ---------------------------------------------------------------- line shapes
_LEAD = r"^[ \t]*(?:#{1,6}[ \t]+)?(?:\*\*|__)?[“\"‘']?"
SECTION_RE = re.compile(
    _LEAD + r"(?P<label>(?:Sec(?:tion)?\.?|SEC(?:TION)?\.?|§{1,2})[ \t]*"
    r"(?P<num>\d[\w]*(?:[.\-–:]\w+)*)\.?)(?=[ \t]|$|[.:–—-])[ \t]*[.:–—-]*[ \t]*(?P<rest>.*)$"
)
CODE_SECTION_RE = re.compile(
    _LEAD + r"(?P<label>(?P<num>\d{1,4}(?:[.\-]\d{1,4}[A-Za-z]?){1,3}))\.?(?=[ \t]|$)[ \t]*(?P<rest>.*)$"
)
DIVISION_RE = re.compile(
    _LEAD + r"(?P<label>(?P<word>ARTICLE|Article|CHAPTER|Chapter|TITLE|Title|PART|Part|DIVISION|Division"
    r"|ANNEX|Annex|SUBCHAPTER|Subchapter)[ \t]+(?P<num>[IVXLCDM]+|\d+[A-Za-z]?(?:[.\-]\d+)*))"
    r"(?=[ \t:.\-–—]|$)[ \t]*[:.\-–—]*[ \t]*(?P<rest>.*)$"
)
NUMBERED_HEADING_RE = re.compile(_LEAD + r"(?P<label>(?P<num>\d{1,4})\.)[ \t]+(?P<rest>[A-Z][^.;:,—]{0,80})$")
LONE_ROMAN_RE = re.compile(r"^[ \t]*(?P<num>[IVX]{1,5})[ \t]*$")
# One enumerator at the start of a line: (A) (1) (a) (i) (aa) A. 1. a. 1) •
ENUM_RE = re.compile(
    r"(?P<label>\((?P<pnum>[A-Za-z]{1,4}|\d{1,3}[A-Za-z]?)\)|(?P<dnum>[A-Za-z]|\d{1,3})[.)](?=[ \t]|$)"
    r"|(?P<bullet>[•●▪◦·\-–—*]))(?:[ \t]+|$)"
)
ROMAN_RE = re.compile(r"^(?=[ivx])(x{0,3})(ix|iv|v?i{0,3})$", re.I)
TERMINAL = (".", ";", ":", "—", "–", "-", "…", ")")
JOINERS = (" or", " and", "; or", "; and", ", or", ", and")

DIVISION_KIND = {"article": "article", "chapter": "chapter", "title": "title", "part": "title",
                 "division": "chapter", "annex": "annex", "subchapter": "chapter"}
RANK = {"title": 1, "chapter": 2, "annex": 3, "article": 3, "section": 4}
CITE_PREFIX = {"title": "Title ", "chapter": "Ch. ", "article": "Art. ", "annex": "Annex ", "section": ""}
ID_PREFIX = {"title": "title", "chapter": "ch", "article": "art", "annex": "annex", "section": "sec"}


@dataclass(slots=True)
class _Mark:
    """A heading or enumerator found at ``offset`` on some line."""

    offset: int
    kind: str  # title | chapter | article | annex | section | item
    label: str
    number: str
    style: str = ""  # for items: e.g. "(a", "(i", "A.", "1.", "•"
    heading: str = ""
    body: int = 0  # offset where the provision's own words begin
    line: int = 0


@dataclass
class _Open:
    prov: Provision
    style: str  # "" for headings
    rank: int


@dataclass
class _Builder:
    text: str
    provisions: list[Provision] = field(default_factory=list)
    seen_ids: dict[str, int] = field(default_factory=dict)

    def add(self, mark: _Mark, parent: Provision, depth: int) -> Provision:
        citation, pid = _cite(mark, parent)
        n = self.seen_ids.get(pid, 0) + 1
        self.seen_ids[pid] = n
        if n > 1:
            pid = f"{pid}~{n}"
        prov = Provision(index=len(self.provisions), id=pid, citation=citation, kind=mark.kind,
                         label=mark.label, number=mark.number, heading=mark.heading, start=mark.offset,
                         end=len(self.text), body_start=mark.body, depth=depth, parent=parent.index)
        parent.children.append(prov.index)
        self.provisions.append(prov)
        return prov


def _clean_num(num: str) -> str:
    return num.replace("–", "-").rstrip(".:")


def _slug(value: str) -> str:
    return re.sub(r"[^A-Za-z0-9.\-]+", "-", value).strip("-") or "x"


def _cite(mark: _Mark, parent: Provision) -> tuple[str, str]:
    if mark.kind != "item":
        return CITE_PREFIX[mark.kind] + mark.number, f"{ID_PREFIX[mark.kind]}_{_slug(mark.number)}"
    part = f" ¶{mark.number}" if mark.style == "•" else f"({mark.number})"
    base_id = parent.id if parent.kind != "root" else "p"
    sub = f"p{mark.number}" if mark.style == "•" else _slug(mark.number)
    citation = (parent.citation + part).strip() if parent.kind != "root" else part.strip()
    return citation, f"{base_id}__{sub}"


def _is_roman(value: str) -> bool:
    return bool(ROMAN_RE.match(value))


def _roman_value(value: str) -> int:
    vals = {"i": 1, "v": 5, "x": 10}
    total = 0
    v = value.lower()
    for i, ch in enumerate(v):
        n = vals[ch]
        total += -n if i + 1 < len(v) and vals[v[i + 1]] > n else n
    return total


def _item_styles(label_kind: str, value: str) -> list[str]:
    """Candidate styles for an enumerator value; two when roman and letter are both possible."""
    if value.isdigit() or (value[:-1].isdigit() and value[:-1]):
        return [label_kind + "1"]
    lower = value.islower()
    letter = label_kind + ("a" if lower else "A")
    roman = label_kind + ("i" if lower else "I")
    if _is_roman(value):
        if len(value) == 1 and value.lower() in "ivx":
            return [roman, letter]
        return [roman]
    return [letter]


def _letter_pred(value: str) -> str:
    """The letter before ``value`` in a letter list: 'h' for 'i', 'hh' for 'ii'."""
    return chr(ord(value[0]) - 1) * len(value)


def _paragraph_start(lines: list[Line], text: str, i: int, heading_lines: set[int]) -> bool:
    """Does line ``i`` start a paragraph (so an enumerator on it opens a provision)?"""
    j = i - 1
    while j >= 0:
        prev = text[lines[j].start:lines[j].end].strip()
        if not prev:
            return True
        if j in heading_lines:
            return True
        return prev.endswith(TERMINAL) or prev.endswith(JOINERS) or _looks_like_heading(prev)
    return True


def _looks_like_heading(line: str) -> bool:
    """A short title line with no closing punctuation ("Use of facial recognition by Law
    Enforcement", "(1) In general"): what follows it starts a paragraph."""
    words = line.split()
    if not words or len(words) > 10:
        return False
    if line.isupper():
        return True
    if ENUM_RE.match(line) and len(words) <= 8 and line[-1] not in ",;":
        return True
    return len(words) <= 8 and line[0].isupper() and line[-1].isalnum()


def _scan_items(text: str, pos: int, end: int, line_no: int) -> list[_Mark]:
    """Enumerators at ``pos`` (several when a line reads ``2. a. Except ...``)."""
    marks: list[_Mark] = []
    while pos < end:
        m = ENUM_RE.match(text, pos, end)
        if not m:
            break
        if m.group("bullet"):
            if marks:  # a dash after a label is punctuation, not a bullet
                break
            label, style, number = m.group("bullet"), "•", ""
        elif m.group("pnum"):
            label, number = m.group("label"), m.group("pnum")
            style = "("
        else:
            label, number = m.group("label"), m.group("dnum")
            style = "." if label.endswith(".") else ")"
        marks.append(_Mark(offset=pos, kind="item", label=label, number=number, style=style,
                           body=m.end(), line=line_no))
        pos = m.end()
    return marks


def _heading_rest(rest: str) -> str:
    """The title on a heading line, when the rest of the line is a title and not body text."""
    rest = rest.strip()
    if not rest:
        return ""
    words = rest.split()
    if len(words) <= 14 and not rest.endswith((",", ";", ":")):
        return rest
    if rest.isupper():
        return rest
    return ""


def _find_marks(text: str, lines: list[Line]) -> list[_Mark]:
    """Pass 1: every heading and enumerator that opens a provision, in text order."""
    marks: list[_Mark] = []
    heading_lines: set[int] = set()
    last_numbered: int | None = None
    for i, ln in enumerate(lines):
        raw = text[ln.start:ln.end]
        if not raw.strip():
            continue
        at_para = _paragraph_start(lines, text, i, heading_lines)
        mark = _heading_mark(raw, ln.start, i, marks, last_numbered, at_para)
        if mark is not None:
            if mark.kind == "section" and NUMBERED_HEADING_RE.match(raw):
                last_numbered = int(mark.number)
            heading_lines.add(i)
            marks.append(mark)
            # NY style: "§ 106-b. Use of biometric ... schools. 1. As" -- an item after the title.
            inline = re.search(r"\.[ \t]+(?=(?:\d{1,3}|[a-z])\.[ \t]|\(\w{1,3}\)[ \t])", raw[mark.body - ln.start:])
            if inline and mark.kind == "section":
                start = mark.body + inline.end()
                items = _scan_items(text, start, ln.end, i)
                if items:
                    mark.heading = text[mark.body:start].strip()
                    marks.extend(items)
            continue
        if not at_para:
            continue
        stripped = len(raw) - len(raw.lstrip())
        pos = ln.start + stripped
        if raw.lstrip().startswith(("**", "__")):
            pos += 2
        items = _scan_items(text, pos, ln.end, i)
        if items:
            rest = text[items[-1].body:ln.end].strip()
            items[-1].heading = _item_heading(rest)
            if len(items) == 1 and items[0].style == "•" and not rest:
                continue
            heading_lines.add(i)
            marks.extend(items)
    return _drop_table_of_contents(marks, text, lines)


def _item_heading(rest: str) -> str:
    words = rest.split()
    if 0 < len(words) <= 8 and rest[0].isupper() and ";" not in rest and \
            not rest.endswith((".", ",", ":", "—", "-", " or", " and")):
        return rest
    if 0 < len(words) <= 3 and rest[0].isupper() and rest.endswith("."):
        return rest.rstrip(".")
    m = re.match(r"^([A-Z][\w’' ]{2,40})\.\s+[A-Z“\"]", rest)
    if m and len(m.group(1).split()) <= 4:
        return m.group(1)
    return ""


def _heading_mark(raw: str, start: int, line_no: int, marks: list[_Mark], last_numbered: int | None,
                  at_para: bool) -> _Mark | None:
    """A heading on this line, if any. Headings that name themselves (Section, §, Article ...)
    may follow an unpunctuated line, as on web renderings; bare numbers need a paragraph start."""
    m = DIVISION_RE.match(raw)
    if m and not _starts_lower(m.group("rest")) and (len(m.group("rest").split()) <= 16
                                                      or m.group("rest").isupper()):
        kind = DIVISION_KIND[m.group("word").lower()]
        return _mark_from(m, start, kind, line_no)
    m = SECTION_RE.match(raw)
    if m and not _starts_lower(m.group("rest")):
        return _mark_from(m, start, "section", line_no)
    if not at_para:
        return None
    m = CODE_SECTION_RE.match(raw)
    if m and _code_section_ok(m):
        return _mark_from(m, start, "section", line_no)
    m = NUMBERED_HEADING_RE.match(raw)
    if m and len(m.group("rest").split()) <= 8:
        num = int(m.group("num"))
        in_items = bool(marks) and marks[-1].kind == "item"
        if (last_numbered is None and not in_items) or (last_numbered is not None and num > last_numbered):
            return _mark_from(m, start, "section", line_no)
    m = LONE_ROMAN_RE.match(raw)
    if m:
        mk = _Mark(offset=start + m.start("num"), kind="title", label=m.group("num"), number=m.group("num"),
                   body=start + m.end("num"), line=line_no)
        return mk
    return None


def _starts_lower(rest: str) -> bool:
    """``Section 2721 of title 18 ... is amended`` is prose that names a section, not a heading."""
    rest = rest.strip()
    return bool(rest) and rest[0].islower()


def _code_section_ok(m: re.Match) -> bool:
    """``16-62   ORDINANCE ...`` or ``9.85.010 Purpose.`` but not ``2024-17 budget`` prose."""
    rest = m.group("rest").strip()
    num = m.group("num")
    if re.fullmatch(r"\d{4}-\d{1,2}", num) and rest and not rest[0].isupper():
        return False
    if not rest:
        return True
    return rest[0].isupper() or (rest[0] in "“\"(" and len(rest.split()) <= 16)


def _mark_from(m: re.Match, line_start: int, kind: str, line_no: int) -> _Mark:
    rest = m.group("rest") or ""
    heading = _heading_rest(rest)
    return _Mark(offset=line_start + m.start("label"), kind=kind, label=m.group("label").strip(),
                 number=_clean_num(m.group("num")), heading=heading, body=line_start + m.end("label"),
                 line=line_no)


def _drop_table_of_contents(marks: list[_Mark], text: str, lines: list[Line]) -> list[_Mark]:
    """Drop table-of-contents entries (Santa Cruz's "Sections:" list): section headings with no
    words of their own before the next section heading, when three or more come in a row or when
    the same number recurs later as the real section."""

    def empty(i: int) -> bool:
        mk = marks[i]
        nxt = marks[i + 1] if i + 1 < len(marks) else None
        if nxt is None or nxt.kind != "section" or mk.kind != "section":
            return False
        return not text[lines[mk.line].end:nxt.offset].strip()

    last_index: dict[str, int] = {}
    for i, mk in enumerate(marks):
        if mk.kind == "section":
            last_index[mk.number.lower()] = i
    drop: set[int] = set()
    i = 0
    while i < len(marks):
        j = i
        while j < len(marks) and empty(j):
            j += 1
        run = range(i, j)
        if len(run) >= 3:
            drop.update(run)
        else:
            drop.update(k for k in run if last_index.get(marks[k].number.lower(), k) > k)
        i = max(j, i + 1)
    return [mk for k, mk in enumerate(marks) if k not in drop]


def _resolve_styles(marks: list[_Mark]) -> None:
    """Give every item its level style, deciding roman-or-letter from siblings and lookahead."""
    # Open item styles under the current heading, with the last value seen at each level.
    stack: list[tuple[str, str]] = []
    for i, mk in enumerate(marks):
        if mk.kind != "item":
            stack = []
            continue
        if mk.style == "•":
            mk.number = ""
            cands = ["•"]
        else:
            cands = _item_styles(mk.style, mk.number)
        chosen = cands[0]
        if len(cands) == 2:
            roman, letter = cands
            levels = {s: v for s, v in stack}
            if roman in levels and _is_roman(levels[roman]) and \
                    _roman_value(mk.number) == _roman_value(levels[roman]) + 1:
                chosen = roman
            elif letter in levels and levels[letter] == _letter_pred(mk.number):
                nxt = next((m for m in marks[i + 1:] if m.kind == "item" and m.style == mk.style), None)
                follows_roman = nxt is not None and nxt.number.lower() == "ii" and mk.number.lower() == "i"
                chosen = roman if follows_roman else letter
            elif roman in levels or mk.number.lower() == "i":
                chosen = roman
            else:
                chosen = letter
        mk.style = chosen
        if chosen in (s for s, _ in stack):
            while stack[-1][0] != chosen:
                stack.pop()
            stack[-1] = (chosen, mk.number)
        else:
            stack.append((chosen, mk.number))


def parse(text: str, lines: list[Line]) -> list[Provision]:
    """The provision tree of ``text``: a root, then every provision in text order (preorder)."""
    marks = _find_marks(text, lines)
    _resolve_styles(marks)
    root = Provision(index=0, id="doc", citation="", kind="root", label="", number="", heading="",
                     start=0, end=len(text), body_start=0, depth=0, parent=None)
    builder = _Builder(text, [root])
    open_: list[_Open] = [_Open(root, "", 0)]
    bullet_count: dict[int, int] = {}
    for mk in marks:
        if mk.kind == "item":
            styles = [o.style for o in open_]
            if mk.style in styles:
                while open_[-1].style != mk.style:
                    open_.pop()
                open_.pop()
            parent = open_[-1].prov
            if mk.style == "•":
                bullet_count[parent.index] = bullet_count.get(parent.index, 0) + 1
                mk.number = str(bullet_count[parent.index])
            prov = builder.add(mk, parent, parent.depth + 1)
            open_.append(_Open(prov, mk.style, 9))
        else:
            rank = RANK[mk.kind]
            while len(open_) > 1 and open_[-1].rank >= rank:
                open_.pop()
            parent = open_[-1].prov
            prov = builder.add(mk, parent, parent.depth + 1)
            open_.append(_Open(prov, "", rank))
    _set_ends(builder.provisions, len(text))
    return builder.provisions


def _set_ends(provisions: list[Provision], text_len: int) -> None:
    """A provision ends where the next provision at its depth or shallower begins."""
    stack: list[Provision] = []
    for prov in provisions[1:]:
        while stack and stack[-1].depth >= prov.depth:
            stack.pop().end = prov.start
        stack.append(prov)
    for prov in stack:
        prov.end = text_len
