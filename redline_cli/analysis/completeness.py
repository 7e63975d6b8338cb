"""Does the text look cut short? A law that stops mid-sentence, mid-word or inside a list has lost
what came after the cut: its remaining exemptions, its enforcement, its sunset. Findings such as
"no enforcement" on such a text are artefacts of the cut, so the report says so.

The check is a mechanism: the punctuation at the end of the text (a sentence ends with . ! or ?,
perhaps closed by a quotation mark or bracket; an item that ends with ; or , or a lead-in that ends
with : announces more). What follows a law's last sentence (a signature block, the vote, a date, a
page footer) is skipped: short lines, mostly capitalized, that open with neither a number nor a
quotation mark. Words come from the pack's lexicon: ``coordinator`` (the "; or" before a list's last
item), ``signature-title`` (a signature block run into the last line of an enacted bill), and the
classes in GOES_ON (no closing line ends on "any" or "of").
Only the end of the text is read: a text that is a whole section of a longer law looks complete,
and a text cut in the first word or two of a new line ("Sec") reads as ending in a closing line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..document import Document
from ..rulebook.lexicon import Lexicon

SENTENCE_END = ".!?"
CLOSING = "\"'”’»)]*_`"  # may follow the mark that ends a sentence
ITEM_GOES_ON = ";,"  # an item of a list that ends so has a sibling after it
LEAD_IN = ":—–"  # "the following:" announces what comes after it
# Lexicon classes of the words a sentence goes on after ("any", "of", "and", "shall"): a line that
# ends in one is a line of the law, cut short, never a signature or a footer.
GOES_ON = frozenset({"determiner", "preposition", "coordinator", "modal-duty", "modal-permission", "negator",
                     "complementizer", "relative-pronoun", "subordinator"})
OPENING_QUOTES = "\"“‘«'"  # a defined term opens with one; a signature line never does
# A page number after the text: "-1-", "- 12 -".
_PAGE_MARK = re.compile(r"\s[-–—]\s?\d{1,4}\s?[-–—]$")
# A history note or source in brackets after the last sentence: "... State law. (Ord. 1145, 2022)"
_NOTE_AFTER_SENTENCE = re.compile(r"[.!?][\"'”’]?\s*[(\[][^()\[\]\s]+\s[^()\[\]]{1,160}[)\]]$")  # not "(B)"
_PAGE_NUMBER = re.compile(r"[ \t\-–—]*\d{1,4}[ \t\-–—]*")
# A line that opens with a number or an enumerator opens a section or an item ("41.20. - Pro", "(2) Fac").
_NUMBERED = re.compile(r"[ \t]*(?:§+[ \t]*)?(?:\d[\w.\-:]*|\(\w{1,4}\)|[A-Za-z]{1,3}[.)])(?:[ \t]|$)")
CLOSING_LINE_WORDS = 12  # a signature, date, vote or footer line is at most this long
SIGNATURE_WINDOW = 400  # characters before the end in which a signature block's titles are counted
TAIL_WORDS = 8  # words of the end quoted in the reason


@dataclass(frozen=True, slots=True)
class Completeness:
    complete: bool
    reason: str = ""  # why the text looks incomplete ("" when it looks complete)


def _signed(text: str, lexicon: Lexicon) -> bool:
    """Does the text end in a signature block run into one line (its last word a title, and
    another title near it)?"""
    titles = set(lexicon.words("signature-title"))
    words = lexicon.lemmas_of(text[-SIGNATURE_WINDOW:])
    return bool(words) and words[-1] in titles and sum(w in titles for w in words) >= 2


def _closing_line(line: str, lexicon: Lexicon) -> bool:
    """A line of what follows a law's last sentence (a signature, a date, a vote, a page footer, a
    rule of underscores): short, its last word not in lower case, not ending in a list's , or ;,
    and at least half its words capitalized or numbers. A line cut mid-word or mid-sentence ends
    in lower case ("... prospective schoo"), or is long."""
    words = line.split()
    if _PAGE_NUMBER.fullmatch(line) or not any(c.isalnum() for c in line):
        return True  # a page number, a rule of underscores
    if words and words[0].lower() in lexicon.words("footer-lead"):
        return True  # "Copyright Dunmore County Sheriff's Office 2025 - Policy Manual - 1"
    low = " ".join(w.lower() for w in words)
    if len(words) <= CLOSING_LINE_WORDS and any(low.startswith(lead) for lead in lexicon.words("signature-lead")):
        return True  # "By order,", "In the name of the Government Council", "APPROVED: HON. ..."
    if 1 < len(words) <= 5 and all(w[:1].isupper() for w in words) and any(
            len(w.strip(".,")) >= 3 and w.strip(".,").isupper() for w in words):
        return True  # a signatory's name: "M. OYELARAN", "R. J. ANSTRUTHER", "Dr. RETO CAFLISCH"
    particles = set(lexicon.words("name-particle"))
    if 1 < len(words) <= 6 and _initials(words[0]) and words[-1][:1].isupper() \
            and all(w[:1].isupper() or w in particles for w in words):
        return True  # "E. van der Hoeven-Smits": an initial, then a surname with its particles
    if len(words) <= CLOSING_LINE_WORDS and line.rstrip().endswith(",") and words[0][:1].isupper() \
            and set(lexicon.lemmas_of(line)) & set(lexicon.words("signature-title")):
        return True  # a signatory's title in a block: "The Minister of the Interior,"
    if len(words) > CLOSING_LINE_WORDS or _NUMBERED.match(line) or line.lstrip()[:1] in OPENING_QUOTES:
        return False  # a law's line: an item, a section, a defined term ('"Fac')
    core = line.rstrip(CLOSING + " \t")
    if core and (core.split()[-1][:1].islower() or core[-1] in ITEM_GOES_ON):
        return False
    last = lexicon.lemmas_of(words[-1])  # "Page 3 of 3" ends on a number, not on "of"
    if last and lexicon.classes_of(last[-1]) & GOES_ON:
        return False  # "... SPRINGFIELD OFFICIAL" / "Any": a sentence goes on after a determiner
    capital = sum(1 for w in words if w.lstrip("([“\"'/")[:1].isupper() or w[:1].isdigit())
    return capital * 2 >= len(words)


def _initials(word: str) -> bool:
    """"E.", "R.J.": a signatory's initials."""
    parts = word.split(".")
    return len(parts) >= 2 and parts[-1] == "" and all(len(p) == 1 and p.isupper() for p in parts[:-1])


def _ends_sentence(text: str) -> bool:
    core = text.rstrip(CLOSING + " \t\n")
    return bool(core) and core[-1] in SENTENCE_END


def _heading_only(doc: Document, text: str, line: int, end: int) -> bool:
    """Is line ``line`` (ending at ``end``) a provision's label or heading with nothing after it on
    the line ("B.", "6. Federal task force participation.")?"""
    for p in doc.provisions:
        if p.kind != "root" and doc.line_index(p.start) == line:
            rest = text[p.body_start:end].strip().rstrip(".:—–")
            return not rest or rest == p.heading.strip().rstrip(".:—–")
    return False


def check(doc: Document, lexicon: Lexicon) -> Completeness:
    text = _PAGE_MARK.sub("", doc.text.rstrip()).rstrip()
    if _ends_sentence(text) or _NOTE_AFTER_SENTENCE.search(text):
        return Completeness(True)
    # Walk back over the closing lines; what the law says ends on the line before them.
    kept = [ln for ln in doc.lines if ln.start < len(text) and text[ln.start:ln.end].strip()]
    lines = [text[ln.start:min(ln.end, len(text))] for ln in kept]
    ends = [min(ln.end, len(text)) for ln in kept]
    # A line that opens a provision ("(2) Fac", "Sec. 5. Enforce") is the law's, never a closing line.
    opening = {doc.line_index(p.start) for p in doc.provisions if p.kind != "root"}
    numbers = [doc.line_index(ln.start) for ln in kept]
    after = 0
    while lines and numbers[-1] not in opening and _closing_line(lines[-1], lexicon) and not _ends_sentence(lines[-1]):
        lines.pop()
        ends.pop()
        numbers.pop()
        after += 1
    if after and lines and _heading_only(doc, text, numbers[-1], ends[-1]):
        ends.append(len(text))  # the short lines were the body of the heading above them ("Paragraph 4")
    if not lines:
        return Completeness(True)
    body = text[:ends[-1]].rstrip()
    core = body.rstrip(CLOSING + " \t\n")
    if not core or core[-1] in SENTENCE_END or _signed(core, lexicon):
        return Completeness(True)
    if core[-1] in LEAD_IN and after:
        return Completeness(True)  # "... by the following vote:" and the vote below it
    tail = " ".join(core.split()[-TAIL_WORDS:])
    where = _where(doc, len(core) - 1)
    last = [p for p in doc.provisions if p.kind == "item" and p.start < len(core) <= p.body_start + 1]
    if last and not text[last[-1].body_start:].strip():
        return Completeness(False, f"a numbered list stops{where}: its last item, “{last[-1].label}”, has no text")
    words = lexicon.lemmas_of(core[-40:])
    before_last = core[: len(core) - len(core.split()[-1])].rstrip()
    if core[-1] in ITEM_GOES_ON or (words and words[-1] in lexicon.words("coordinator")
                                    and before_last[-1:] in ITEM_GOES_ON):
        return Completeness(False, f"a list stops{where}: its last item, “…{tail}”, announces another that is "
                                   "not there")
    if core[-1] in LEAD_IN:
        return Completeness(False, f"it ends on a lead-in{where}, “…{tail}”, with nothing after it")
    if lines[-1].count("|") >= 2 or _schedule_row(doc, len(core) - 1):
        return Completeness(True)  # a table's or a schedule's last row: rows carry no closing punctuation
    return Completeness(False, f"it stops mid-sentence{where}: “…{tail}” has no closing punctuation")


def _schedule_row(doc: Document, offset: int) -> bool:
    """Is ``offset`` in a numbered row of a schedule, annex or appendix ("3   Preventing a serious and
    imminent threat to the life or safety of a person")?"""
    prov = doc.provision_at(offset)
    return prov.kind == "item" and prov.parent is not None and doc.in_annex(doc.provisions[prov.parent])


def _where(doc: Document, offset: int) -> str:
    loc = doc.locate(offset, offset + 1)
    cited = f"{loc.citation}, " if loc.citation else ""
    return f" (in {cited}page {loc.page} line {loc.line})"


__all__ = ["Completeness", "check"]
