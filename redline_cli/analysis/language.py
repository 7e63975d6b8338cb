"""What the clause segmenter and the arbiter may ask of the words of a document: the tags of a span
(does it name the technology, the law, an actor?), the classes of a heading's words, where a frame's
subject starts. One object per document, built from the pack's lexicon, the tokens and the frames,
so the analysis modules hold no word lists of their own."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..document import Document, Provision
from ..rulebook.lexicon import Lexicon
from .cues import Cue
from .framecues import FrameIndex
from .frames import LEAD_IN_MARKS, FrameReader, SpanIndex
from .tables import TableIndex, find_tables
from .tokens import TokenView

# Words that open a phrase set before a clause's subject ("If ...,", "In ...,", "Subject to section 4,").
_OPENING_PHRASE = frozenset({"condition", "preposition", "pointer-opener"})
_PURPOSE_LEAD = frozenset({"purpose-lead"})
_NAMING_CLASSES = frozenset({"tech-head", "conduct", "conduct-noun", "actor-head", "data-noun"})
_ACTOR_HEADS = frozenset({"actor-head", "legislative-body", "judicial-body"})
NAME_REACH = 3  # capitalized words read past a topic for the noun that makes the run a name


@dataclass
class Language:
    doc: Document
    lexicon: Lexicon
    toks: TokenView
    reader: FrameReader
    frames: FrameIndex

    def __post_init__(self) -> None:
        self.tags = lru_cache(maxsize=4096)(self._tags)

    @cached_property
    def tables(self) -> TableIndex:
        """The document's plain-text tables, found once."""
        return TableIndex(find_tables(self.doc, self.classes_between))

    @property
    def weights(self) -> dict[str, float]:
        return self.lexicon.weights

    def _tags(self, start: int, end: int) -> frozenset[str]:
        lo, hi = self.toks.range_of(start, end)
        return self.reader.tags(lo, hi) if hi > lo else frozenset({"empty"})

    def tags_head(self, start: int, end: int) -> frozenset[str]:
        lo, hi = self.toks.range_of(start, end)
        return self.reader.tags(lo, hi, head=True) if hi > lo else frozenset({"empty"})

    def classes_between(self, start: int, end: int) -> set[str]:
        """Every word class (single or multi-word) found among the words of [start, end)."""
        lo, hi = self.toks.range_of(start, end)
        out: set[str] = set()
        i = lo
        while i < hi:
            n = self.reader.multi(i, hi, "compound")
            if n > 1:
                i += n  # "law enforcement": not "enforcement"
                continue
            out |= self.reader.classes(i)
            multi = self.lexicon._multi
            for entries in (multi.get(self.toks.lemma[i], ()), multi.get(self.toks.lower[i], ())):
                for parts, name in entries:
                    words = self.toks.lemma[i:i + len(parts)]
                    lowers = self.toks.lower[i:i + len(parts)]
                    if tuple(words) == parts or tuple(lowers) == parts:
                        out.add(name)
            i += 1
        return out

    def heading_span(self, prov: Provision) -> tuple[int, int] | None:
        """Where the provision's heading stands in the text (None if it has none)."""
        if not prov.heading:
            return None
        at = self.doc.text.find(prov.heading, prov.start)
        if at < 0:
            return None
        return at, at + len(prov.heading)

    def heading_classes(self, prov: Provision) -> set[str]:
        span = self.heading_span(prov)
        return self.classes_between(*span) if span else set()

    def heading_names_conduct(self, prov: Provision) -> bool:
        """Does a word of the heading name conduct ("Search to be conducted only for ..."), other than a
        law noun that is also a verb ("Overview of this Act")?"""
        span = self.heading_span(prov)
        if not span:
            return False
        lo, hi = self.toks.range_of(*span)
        return any(self.reader.has(i, "conduct") and not self.reader.has(i, "law-noun") for i in range(lo, hi))

    def heading_names_an_act(self, prov: Provision) -> bool:
        """Does the heading open with a verb's -ing form and its object ("Finding a missing person",
        "Recording the interview")? It names an activity, whatever noun the -ing word also is."""
        span = self.heading_span(prov)
        first = self.first_word(*span) if span else None
        if first is None or not self.toks.lower[first].endswith("ing"):
            return False
        nxt = self.word_after(self.toks.end[first], span[1])
        return nxt is not None and self.reader.has(nxt, "determiner")

    def heading_tags(self, prov: Provision) -> frozenset[str]:
        span = self.heading_span(prov)
        return self.tags(*span) if span else frozenset()

    # ------------------------------------------------------------ single words
    def word_has(self, i: int, cls: str) -> bool:
        return self.reader.has(i, cls)

    def first_word(self, start: int, end: int) -> int | None:
        """The first word of [start, end), past an enumerator, a bullet or an opening quote."""
        lo, hi = self.toks.range_of(start, end)
        for i in range(lo, hi):
            t = self.toks.text[i]
            if t.isspace() or not t[:1].isalnum():
                continue
            if i + 1 < hi and self.toks.text[i + 1] in (")", ".") and len(t) <= 4 and (t.isdigit() or len(t) <= 2):
                continue  # "a)", "1.", "iv)"
            if i > lo and self.toks.text[i - 1] == "(" and i + 1 < hi and self.toks.text[i + 1] == ")":
                continue  # "(b)"
            if t[:1].isdigit() and "." in t and t.replace(".", "").isdigit():
                continue  # "8.1 The County Engineer may ...": a decimal outline's number
            past = self._past_run_in_heading(i, hi)
            return i if past is None else self.first_word(self.toks.start[past], end)
        return None

    def _past_run_in_heading(self, i: int, hi: int) -> int | None:
        """Where a section's heading runs into its text ("Orders in special cases.-(1) The Director General
        may ...", "Inadmissibility.-A movement record ..."), the token after the heading's dash; None when the
        words at i open no such heading. The dash must follow a full stop, or lead to "(1)" (not the hyphen of
        "Director-General")."""
        text = self.toks.text
        words = 0
        for k in range(i, min(hi, i + 40)):
            t = text[k]
            if t.isspace():
                continue
            if t in ("-", "\u2013", "\u2014"):  # (the tokenizer splits a dash from the stop before it: "cases." "-")
                stop = k > i and text[k - 1].endswith(".")
                nxt = next((n for n in range(k + 1, hi) if not text[n].isspace()), None)
                opens = nxt is not None and text[nxt].startswith("(") and ")" in text[nxt:nxt + 3]  # "(1" ")"
                return nxt if nxt is not None and (stop or opens) and words >= 1 else None
            if t[:1].isalnum():
                words += 1
                if words > 12:
                    return None
            elif t not in (".", ",", "'", "\u2019"):
                return None
        return None

    def last_word(self, start: int, end: int) -> int | None:
        """The token of the last word of [start, end), before a closing colon or dash (None if none)."""
        lo, hi = self.toks.range_of(start, end)
        return next((i for i in range(hi - 1, lo - 1, -1)
                     if not self.toks.text[i].isspace() and self.toks.text[i] not in LEAD_IN_MARKS), None)

    def ends_on(self, start: int, end: int, cls: str) -> bool:
        """Is the last word of [start, end) of class ``cls`` ("... in the investigation of:" ends on a
        preposition: the items finish its phrase)?"""
        i = self.last_word(start, end)
        return i is not None and self.reader.has(i, cls)

    def noun_phrase(self, start: int, end: int) -> tuple[int, int]:
        """Chars of the noun phrase that opens [start, end): up to its first preposition (but "of"),
        purpose word, condition or punctuation ("a single use of FRT | for a specific incident")."""
        lo, hi = self.toks.range_of(start, end)
        last = None
        for i in range(lo, hi):
            t = self.toks.lower[i]
            if t.isspace():
                continue
            if last is not None and (not t[:1].isalnum() or (self.reader.has(i, "preposition") and t != "of")
                                     or self.reader.has(i, "purpose-lead") or self.reader.has(i, "condition")):
                break
            last = i
        return (self.toks.start[lo], self.toks.end[last]) if last is not None else (start, start)

    def points_ahead(self, start: int, end: int) -> bool:
        """Does [start, end) point to what follows it ("the following missions", "set out below", "as
        follows")? Not a word of that class before a noun phrase it governs ("not below the rank of",
        "following the arrest"): a preposition there."""
        lo, hi = self.toks.range_of(start, end)
        for i in range(lo, hi):
            if self.reader.has(i, "following"):
                nxt = self._next_word(i, hi)
                # (the lexicon's determiner class holds mass nouns a quantity may stand for: "the following
                # information" still points ahead)
                if nxt is None or not self.reader.has(nxt, "determiner") or self.reader.has(nxt, "data-noun"):
                    return True
        return False

    def concession_at(self, start: int, end: int) -> int | None:
        """Char offset of a concession in [start, end) ("even when ...", "even if ..."): what follows it widens
        what the clause says, it names no purpose of its own; None if there is none."""
        words = self.reader.words(*self.toks.range_of(start, end))
        for n, i in enumerate(words[:-1]):
            if self.reader.has(i, "concessive") and self.reader.has(words[n + 1], "condition"):
                return self.toks.start[i]
        return None

    def first_of(self, start: int, end: int, classes: tuple[str, ...]) -> int | None:
        """Char offset of the first word in [start, end) of any of ``classes``."""
        lo, hi = self.toks.range_of(start, end)
        for i in range(lo, hi):
            if any(self.reader.has(i, c) for c in classes):
                return self.toks.start[i]
        return None

    def norm_opener_at(self, start: int, end: int) -> int:
        """Char offset of the first "except that", "save that", "provided that" in [start, end) (a word of
        the pack's opens-norm class, then "that"): the norm after it is a term of what comes before; ``end``
        when there is none."""
        lo, hi = self.toks.range_of(start, end)
        for i in range(lo, hi - 1):
            if self.reader.has(i, "opens-norm"):
                k = i + 1
                while k < hi and (self.toks.text[k].isspace() or self.toks.text[k] == ","):
                    k += 1
                if k < hi and self.toks.lower[k] == "that":
                    return self.toks.start[i]
        return end

    def word_before(self, char: int, lo_char: int) -> int | None:
        i = self.toks.index_at(char) - 1
        while i >= 0 and self.toks.start[i] >= lo_char and self.toks.text[i].isspace():
            i -= 1
        return i if i >= 0 and self.toks.start[i] >= lo_char else None

    def word_after(self, char: int, hi_char: int) -> int | None:
        i = self.toks.index_at(char)
        while i < len(self.toks.text) and self.toks.start[i] < hi_char and self.toks.text[i].isspace():
            i += 1
        return i if i < len(self.toks.text) and self.toks.start[i] < hi_char else None

    def in_name(self, start: int, end: int) -> bool:
        """Are the words of [start, end) part of a proper name: all capitalized, not opening their
        sentence, and joined to a capitalized actor or place noun after them, perhaps past a few more
        capitalized words ("Public Safety Building", "Task Force Supervisory Special Agent"), or an actor
        noun or an official's title and "of" (or "on", "for") before them ("Office of Emergency
        Management", "Committee on Homeland Security", "Vice President for Public Safety")?"""
        lo, hi = self.toks.range_of(start, end)
        words = [i for i in range(lo, hi) if not self.toks.text[i].isspace()
                 and not (self.toks.text[i].islower() and (self.reader.has(i, "determiner")
                                                           or self.reader.has(i, "coordinator")))]
        linker = None
        if words and self.toks.text[words[0]].islower() and self.reader.has(words[0], "name-linker"):
            linker, words = words[0], words[1:]  # "for Public Safety" in "Vice President for Public Safety"
        if not words or not all(self.toks.text[i][:1].isupper() for i in words if self.toks.text[i][:1].isalpha()):
            return False
        if any(self.toks.text[i].isupper() and len(self.toks.text[i]) > 1 for i in words):
            return False  # a heading in capitals, not a name
        last = self.toks.end[-1] if self.toks.end else end
        nxt = self.word_after(end, last)
        for _ in range(NAME_REACH):  # ("the Task Force Supervisory Special Agent": a title that names its holder)
            if nxt is not None and self.reader.has(nxt, "coordinator") and self.toks.text[nxt].islower():
                # "the National Emergency and Civil Protection Authority": a name joined by "and"
                nxt = self.word_after(self.toks.end[nxt], last)
                continue
            if nxt is None or not (self.toks.text[nxt][:1].isupper() and self.toks.text[nxt].isalpha()):
                break
            if self.reader.has(nxt, "actor-head") or self.reader.has(nxt, "place-noun"):
                return True
            nxt = self.word_after(self.toks.end[nxt], last)
        prev = linker if linker is not None else self.word_before(start, 0)
        if prev is not None and self.reader.has(prev, "name-linker"):
            head = self.word_before(self.toks.start[prev], 0)
            return head is not None and self.toks.text[head][:1].isupper() and (
                self.reader.has(head, "actor-head") or self.reader.has(head, "official-title"))
        return False

    def after_agent(self, char: int, lo_char: int) -> bool:
        """Does "by" (with perhaps a determiner) stand right before ``char`` ("the use, by a public
        authority, of ...")?"""
        i = self.word_before(char, lo_char)
        if i is not None and self.reader.has(i, "determiner"):
            i = self.word_before(self.toks.start[i], lo_char)
        return i is not None and self.reader.has(i, "agent-marker")

    def ends_on_agent(self, start: int, end: int) -> bool:
        """Does the span stop on the word that names the agent ("... restrict the use of a drone by:")? What
        follows it (a lead-in's items) is who does the conduct."""
        i = self.last_word(start, end)
        return i is not None and self.reader.has(i, "agent-marker")

    def names_actor_first(self, start: int, end: int) -> bool:
        """Does the span name an actor before anything else ("the County Airport Authority", "any
        officer, employee, or contractor of a State department", "The District Attorney, any deputy
        ...") rather than a use, a purpose or a thing ("the verification of the identity of a person",
        "any cooperation with federal agencies")? The head noun decides: the last word before "of",
        a comma, a verb or a clause word."""
        lo, hi = self.toks.range_of(start, end)
        first = self.first_word(start, end)  # past an enumerator: "(2) The Port Corporation is not subject"
        lo = first if first is not None else lo
        if lo < hi and self.reader.has(lo, "preposition") \
                and self.toks.lower[lo] not in ("to", "on", "upon", "against"):
            # "For the purposes of sections 7 c to 7 g, the Customs Agency ...": past the opening phrase
            comma = next((i for i in range(lo, hi) if self.toks.text[i] == ","), None)
            lo = comma + 1 if comma is not None else lo
        head = None
        skip = -1
        for i in range(lo, hi):
            t = self.toks.lower[i]
            if self.toks.text[i].isspace() or t in ("the", "a", "an", "any", "each", "every", "all", "such", "no") \
                    or i == skip or t in ("[", "]"):  # (a uniform act's choice: "to [the Department of Corrections]")
                continue
            if t == "-" and head is not None and i + 1 < hi and self.toks.end[i - 1] == self.toks.start[i] \
                    and self.toks.end[i] == self.toks.start[i + 1]:
                # "A Town-issued phone": the compound modifies what follows; but in a title both halves
                # are capitalised and the first is the office ("the Commissioner-General of Prisons")
                titled = self.toks.text[i + 1][:1].isupper() and self.reader.has(head, "actor-head")
                head, skip = (head if titled else None), i + 1
                continue
            if head is None and t in ("to", "on", "upon", "against"):
                continue  # "does not apply to the Harbor Department": the actor follows the preposition
            if self.reader.has(i, "condition") or (head is None and self.reader.has(i, "subordinator")):
                break  # "does not apply if each party has consented": a case, not an actor
            if t in ("'s", "’s", "'", "’") and head is not None:
                head = None  # "an employee's use of a laptop": the possessor is not what is exempted
                continue
            if t == "of" and head is not None and self.reader.has(head, "activity-noun"):
                head = None  # "The activities of customs authorities ... fall outside paragraph 1": whose
                continue
            if t == "," and head is not None and (k := self._next_word(i, hi)) is not None \
                    and self.reader.has(k, "company-suffix"):
                continue  # "Northern Prairie Health System, Inc.": the suffix still ends the name
            if t == "by" and head is not None and self._next_word(head, hi) == i \
                    and not self.toks.text[head][:1].isupper():
                return False  # "the administration by a public authority of its own pages": a doing, by its agent
            if not t[:1].isalnum() or t in ("of", "for", "to", "when", "while", "who", "that", "which", "in", "at",
                                            "under", "with", "by", "from", "on", "whose") \
                    or (head is not None and self.reader.has(i, "preposition")) \
                    or (head is not None and self.reader.has(i, "coordinator")
                        and not (self.toks.text[head][:1].isupper() and i + 1 < hi
                                 and self.toks.text[i + 1][:1].isupper())
                        and (self.reader.has(head, "actor-head") or self._determiner_next(i, hi))):
                break  # "the Canada Border Services Agency or a police service": the first actor decides
                # (but "the Crime and Corruption Commission" is one name)
            if self.reader.has(i, "coordinator"):
                continue  # "a municipal fire and rescue service": one name, its last word decides
            if self.reader.has(i, "activity-noun"):
                head = i
                continue
            if head is not None and t.endswith("ed") and self.toks.lemma[i] != t and not self._inside_name(i, hi) \
                    and not self.reader.has(i, "company-suffix"):
                break  # "a school resource officer employed by the Sheriff": the participle ends the name
                # (not "the Royal Canadian Mounted Police": a capitalized word of a name that goes on)
            # A word of conduct or technology ends the actor, unless it is a word of a proper name
            # ("the Kerrow Prison Service", "the Canada Border Services Agency"): the name's last
            # word still decides.
            if head is not None and self.reader.has(head, "actor-head") and t.endswith("ing") \
                    and self.reader.has(i, "conduct") \
                    and (self._names_a_place(i, hi) or self.reader.has(i, "capacity-verb")):
                # "The federal border agency operating the Inspection Station", "a toll operator acting
                # solely to collect tolls": who it is
                break
            if head is not None and self.reader.has(head, "actor-head") and not self.toks.text[i][:1].isupper() and (
                    (t.endswith("ing") and self.toks.lemma[i] != t and not self.reader.has(i, "conduct"))
                    or self.reader.has(i, "post-name")):  # (a verb's participle: not "during any period")
                # "Pretrial Services officers supervising defendants ...", "the Ministry responsible for
                # fisheries": the actor, then what it does or answers for
                break
            if not self.toks.text[i][:1].isupper() and (
                    self.reader.has(i, "conduct") or self.reader.has(i, "conduct-noun")
                    or (self.reader.has(i, "tech-head") and not self._actor_not_tool(i))
                    or self.reader.has(i, "data-noun")) and not self._modifies_actor(i, hi):
                return False
            head = i
        # (a law-making or judicial body is an actor too: "does not include the general assembly")
        return head is not None and (not self.reader.classes(head).isdisjoint(_ACTOR_HEADS)
                                     or self._names_a_body(head, lo, hi) or self._body_acronym(head))

    def _modifies_actor(self, i: int, hi: int) -> bool:
        """Is the word at i, a word of conduct, a modifier of the actor noun right after it ("the Indiana
        finance authority", "the state licensing board"), not a word that ends the actor?"""
        if self.reader.classes(i) & {"conduct-noun", "data-noun", "tech-head"}:
            return False  # ("automatic vehicle location units", "fatigue monitoring units": devices)
        k = self._next_word(i, hi)
        return k is not None and self.reader.has(k, "actor-head") and not self.reader.has(k, "conduct") \
            and not self.reader.names_technology(self.toks.start[k], self.toks.end[k])

    def _body_acronym(self, i: int) -> bool:
        """Is the word at i a body's initials after "the" ("does not include the CCC", "the RCMP"), no
        technology cue covering it (as one covers "the ALPR")?"""
        t = self.toks.text[i]
        prev = self.word_before(self.toks.start[i], 0)
        return 2 <= len(t) <= 6 and t.isalpha() and t.isupper() and prev is not None \
            and self.toks.lower[prev] == "the" \
            and not self.reader.names_technology(self.toks.start[i], self.toks.end[i])

    def _inside_name(self, i: int, hi: int) -> bool:
        """Is token i a capitalized word with a capitalized word after it, so a word of a proper name?"""
        k = self._next_word(i, hi)
        return self.toks.text[i][:1].isupper() and k is not None and self.toks.text[k][:1].isupper()

    def agent_named(self, start: int, end: int) -> bool:
        """Is what the span names a thing or an activity of an actor it names ("drones operated by the
        Forestry Commission", "the Harbour Police's own cameras", "cameras that a commercial tenant
        installs", "the operation of a drone by a fire brigade", "in relation to the activities of a
        Commission of Inquiry")? Then what is left out is whatever that actor does with it. Read up to
        the first clause break: an actor met only in a condition after it ("if a sheriff asks") is not
        whose the thing is."""
        lo, hi = self.toks.range_of(start, end)
        first = self.first_word(start, end)
        lo = first if first is not None else lo
        if lo < hi and self.reader.has(lo, "preposition"):
            # a preposition of several words opens the span ("in relation to", "with respect to"): past it
            # (not "to a licensee of the Gaming Board": there the actor follows the preposition)
            # (the words between name no thing, act or body: not "to drones of a private company")
            k = next((k for k in range(lo + 1, min(hi, lo + 4)) if self.toks.lower[k] in ("to", "of")), None)
            plain = k is not None and not any(self.reader.classes(m) & _NAMING_CLASSES for m in range(lo + 1, k))
            nxt = self._next_word(lo, hi)
            lo = k + 1 if plain and nxt is not None and not self.reader.has(nxt, "determiner") else lo
        if lo < hi and self.names_actor_first(self.toks.start[lo], end):
            return True
        seen = False  # a noun of the thing or activity read before the actor
        for i in range(lo, hi):
            t = self.toks.lower[i]
            if t.isspace():
                continue
            if t in (";", ":", ",") or (self.reader.has(i, "condition") and seen) \
                    or (self.reader.has(i, "subordinator") and not self.reader.has(i, "relative-pronoun")):
                return False
            if seen and (self.reader.has(i, "agent-marker") or self.reader.has(i, "relative-pronoun")):
                # "... by a volunteer fire brigade", "... that a commercial tenant installs"
                body = self._body_named_after(i, end, verb_ends=True)
                return body is not None and not self._purpose_after(body, hi)
            if seen and t == "of" and (prev := self.word_before(self.toks.start[i], self.toks.start[lo])) is not None \
                    and self.reader.has(prev, "tech-head") and (body := self._body_named_after(i, end)) is not None:
                return not self._purpose_after(body, hi)  # "remotely piloted aircraft of the Gendarmerie Corps"
            if seen and t in ("'s", "’s"):
                # "the Harbour Police's own cameras"
                return self._named_body(i - 1) and self.names_actor_first(self.toks.start[lo], self.toks.start[i]) \
                    and not self._purpose_after(i, hi)
            seen = seen or t[:1].isalnum()
        return False

    def _body_named_after(self, i: int, end: int, verb_ends: bool = False) -> int | None:
        """The last word of a body's proper name that opens right after token i ("by the Forestry
        Commission"; up to a verb with ``verb_ends``: "that a commercial tenant | installs"), None if
        none opens there. (A purpose after the name, "... by the Parks Department | to count visitors",
        makes that use, not the body's every use, what is let through: the callers ask.)"""
        words = self._opening_nouns(self.toks.end[i], end)
        if verb_ends:
            verb = next((n for n, k in enumerate(words) if n and self.reader.has(k, "conduct")), None)
            words = words[:verb]
        named = bool(words) and self._named_body(words[-1]) \
            and self.names_actor_first(self.toks.start[words[0]], self.toks.end[words[-1]])
        return words[-1] if named else None

    def names_body_first(self, start: int, end: int) -> bool:
        """Does the span open with one body's proper name ("The Revenue Service, with respect to ...",
        "the Department of Corrections may ...") rather than a class of actor ("A police officer", "Each
        agency") or a bare "The Department"? Two capitalised words name it, or one and "of" a name."""
        words = self._opening_nouns(start, end)
        hi = self.toks.range_of(start, end)[1]
        dash = self._next_word(words[-1], hi) if words else None
        if dash is not None and self.toks.text[dash] in ("-", "–", "—", ":"):
            # past a label: "Note- The Border Guard Command may install ..."
            start = self.toks.end[dash]
            words = self._opening_nouns(start, end)
        # ("the Finnish Transport and Communications Agency": a coordinator inside the name)
        if not words or not self.toks.text[words[0]][:1].isupper() or not self.toks.text[words[-1]][:1].isupper() \
                or not all(self.toks.text[i][:1].isupper() or self.reader.has(i, "coordinator") for i in words):
            return False
        k = self._next_word(words[-1], hi)
        of_name = k is not None and self.toks.lower[k] == "of" and (n := self._next_word(k, len(self.toks.text))) \
            is not None and self.toks.text[n][:1].isupper()
        return (len(words) >= 2 or of_name) and self.names_actor_first(start, end)

    def _purpose_after(self, i: int, hi: int) -> bool:
        """Does a purpose follow token i ("... by the Parks Department | to count visitors")? Then what is
        left out is that use, not the body's every use."""
        return any(self.reader.may_open(k, _PURPOSE_LEAD) for k in range(i + 1, hi))

    def names_purpose(self, start: int, end: int) -> bool:
        """Does the span name a purpose ("to inspect bridges", "for the purpose of ...")?"""
        lo, hi = self.toks.range_of(start, end)
        return self._purpose_after(lo - 1, hi)

    def _named_body(self, i: int) -> bool:
        """Is the word at i the capitalised last word of a body's name ("the Forestry Commission")? An
        actor named so is one body; "an officer" or "a person with a disability" is anyone."""
        return self.toks.text[i][:1].isupper()

    def _next_word(self, i: int, hi: int) -> int | None:
        """The first word after token i, before token hi (None if none): ``word_after`` in tokens."""
        limit = self.toks.start[hi] if hi < len(self.toks.text) else len(self.doc.text)
        return self.word_after(self.toks.end[i], limit)

    def _names_a_body(self, head: int, lo: int, hi: int) -> bool:
        """Is the capitalised head a body's proper name though no actor word heads it ("the Directorate of
        Customs", "the Harlow Bend Zoo")? Its head is a word of the pack's body-noun class, and two
        capitalised words name it after "the" (not "the Fourth Amendment", "the Annual Report"); or it is
        a company's registered name ("Airports Fiji Limited")."""
        text, r = self.toks.text, self.reader
        company = r.has(head, "company-suffix")
        if not text[head][:1].isupper():
            return False
        words = [i for i in range(lo, hi) if not text[i].isspace()]
        n = words.index(head)
        if company:
            # "Airports Fiji Limited", "Northern Prairie Health System, Inc.": a company's registered name
            before = [i for i in words[:n] if text[i][:1].isalnum()]
            return bool(before) and text[before[-1]][:1].isupper()
        name = n
        while name > 0 and (text[words[name - 1]][:1].isupper() or r.has(words[name - 1], "name-particle")) \
                and self.toks.lower[words[name - 1]] not in ("the", "an"):
            name -= 1
        if not r.has(head, "body-noun"):
            # "An Garda Síochána", "the Sûreté du Québec": a body's word inside the name, not at its end
            titled = name > 0 and r.has(words[name - 1], "determiner")
            return titled and any(r.has(i, "body-noun") for i in words[name:n])
        if name == n and (n == 0 or not r.has(words[n - 1], "determiner")) and not self._opens_sentence(head):
            return True  # "do not concern Customs or the Border Guard": a body's word capitalised, no article
        if name == 0 or self.toks.lower[words[name - 1]] != "the":
            return False
        after = words[n + 1:n + 3]
        return n > name or (len(after) == 2 and self.toks.lower[after[0]] == "of" and text[after[1]][:1].isupper())

    def _opens_sentence(self, i: int) -> bool:
        """Does the word at i open its sentence or line (so its capital says nothing of a name)?"""
        k = self.word_before(self.toks.start[i], 0)
        return k is None or self.toks.text[k] in (".", ":", ";", "!", "?", ")", "(") \
            or "\n" in self.doc.text[self.toks.end[k]:self.toks.start[i]]

    def _actor_not_tool(self, i: int) -> bool:
        """Is the word at i, which can head a tool or a body ("service", "system"... "a facial recognition
        service", "the customs services"), a body here: an actor word no technology cue covers?"""
        return self.reader.has(i, "actor-head") and not self.reader.names_technology(self.toks.start[i],
                                                                                     self.toks.end[i])

    def _determiner_next(self, i: int, hi: int) -> bool:
        """Does a new noun phrase open after the coordinator at i ("... or a police service")?"""
        k = self._next_word(i, hi)
        return k is not None and self.reader.has(k, "determiner")

    def _names_a_place(self, i: int, hi: int) -> bool:
        """Does the verb at i take a proper name ("operating the Federal Inspection Station"), so that
        it says which actor is meant rather than what the actor does ("an agency reviewing comments")?"""
        k = i + 1
        while k < hi and (self.toks.text[k].isspace() or self.reader.has(k, "determiner")):
            k += 1
        return k < hi and self.toks.text[k][:1].isupper() and not self.reader.has(k, "tech-head")

    def speaks_of_every_use(self, start: int, end: int) -> bool:
        """Does the span speak of uses in general ("Each use under this section", "every deployment",
        "any search made under subsection (2)")? A word of the lexicon's "every" class right before a
        noun of the conduct, near the span's start."""
        lo, hi = self.toks.range_of(start, end)
        words = [i for i in range(lo, min(hi, lo + 24)) if not self.toks.text[i].isspace()]
        return any(self.reader.has(a, "every") and self.reader.has(b, "conduct-noun")
                   for a, b in itertools.pairwise(words))

    def route_phrase(self, start: int, end: int) -> str:
        """The name of the route a span opens with, when its last word is a route noun ("a
        surveillance direction if satisfied ..." -> "surveillance direction"); "" otherwise."""
        words = self._opening_nouns(start, end)
        words = words[:3]
        while words and not self.reader.has(words[-1], "route-noun"):
            words.pop()
        return " ".join(self.toks.lower[i] for i in words) if len(words) >= 2 else ""

    def opening_head(self, start: int, end: int) -> int | None:
        """The head of the noun phrase the span opens with: its last word ("the Township Committee of ..."
        -> Committee)."""
        words = self._opening_nouns(start, end)
        return words[-1] if words else None

    def _opening_nouns(self, start: int, end: int) -> list[int]:
        """The opening noun phrase's words (``_opening_words``) past its determiners: "the Forestry Commission"
        -> Forestry, Commission."""
        return [i for i in self._opening_words(start, end) if not self.reader.has(i, "determiner")]

    def _opening_words(self, start: int, end: int) -> list[int]:
        """The span's words before its first punctuation, preposition, subordinator or condition word:
        the noun phrase it opens with ("the Biometrics Commissioner", "a police service")."""
        lo, hi = self.toks.range_of(start, end)
        first = self.first_word(start, end)  # past an enumerator: "(2) The institutional head may ..."
        out = []
        for i in range(first if first is not None else lo, hi):
            if self.toks.text[i].isspace():
                continue
            if not self.toks.lower[i][:1].isalnum() or self.reader.has(i, "preposition") \
                    or self.reader.has(i, "subordinator") or self.reader.has(i, "condition"):
                break
            out.append(i)
        return out

    def opens_capitalised(self, start: int, end: int) -> bool:
        """Is the first noun of the span's opening phrase capitalised as a name ("the Agency", not "the person",
        nor a word of a line in capitals: "THE OWNER")?"""
        words = self._opening_nouns(start, end)
        return bool(words) and self.toks.text[words[0]][:1].isupper() and not self.toks.text[words[0]].isupper()

    def actor_word_first(self, start: int, end: int) -> bool:
        """Does the noun phrase the span opens with hold a word that can name an actor ("a police
        service acting within ...")?"""
        return any(self.reader.has(i, "actor-head") for i in self._opening_words(start, end))

    def names_official(self, start: int, end: int) -> bool:
        """Does the span open with an official's title ("The Superintendent, acting on ...", "the
        Biometrics Commissioner, on an application ...")? The title is the last word of its opening
        noun phrase."""
        lo, hi = self.toks.range_of(start, end)
        # the first word, past an enumerator ("(a) Upon written request of ...", "3.2 If a majority ...")
        skip = self.first_word(start, end)
        first = next((i for i in range(lo if skip is None else skip, hi) if self.toks.lower[i].isalpha()), None)
        if first is not None and self.reader.may_open(first, _OPENING_PHRASE):
            # "If a majority of the residents petition for it, the Executive Director", "In circumstances
            # not described above, the Chief of Police", "Subject to subsection (2), the Minister": past the
            # opening phrase
            comma = next((i for i in range(hi - 1, lo - 1, -1) if self.toks.text[i] == ","), None)
            if comma is None:
                return False
            start = self.toks.end[comma]
        words = self._opening_nouns(start, end)
        if not words:
            return False
        last = words[-1]
        if self.reader.has(last, "official-title") or (self.reader.has(last, "title-suffix") and len(words) > 1):
            return True  # ("The attorney general": the suffix makes the office a title)
        # a title the list does not know, printed as one ("The State Forester", "The CEO"): a capitalized
        # singular head that names no body, court or thing
        text = self.toks.text[last]
        definite = any(self.toks.lower[k] == "the" for k in range(max(lo, words[0] - 2), words[0]))
        return definite and text[:1].isupper() and not (text.isupper() and len(text) > 4) \
            and not text.endswith("s") and self.toks.lower[last] == self.toks.lemma[last] \
            and not self.reader.classes(last) & {"actor-head", "legislative-body", "judicial-body", "tech-head",
                                                 "law-noun", "data-noun", "determiner"}

    def last_joint(self, start: int, end: int) -> int | None:
        """Char offset just after the last joint between two clauses in [start, end): a semicolon, or a
        comma before a coordinator of the lexicon (", and", ", but", ", whereas"), where the split goes."""
        lo, hi = self.toks.range_of(start, end)
        found = None
        for i in range(lo, hi):
            t = self.toks.text[i]
            if t == ";":
                found = self.toks.end[i]
            elif t == "," and i + 1 < hi:
                j = i + 1
                while j < hi and self.toks.text[j].isspace():
                    j += 1
                if j < hi and self.reader.has(j, "coordinator"):
                    found = self.toks.start[i] + 1
        return found

    # ------------------------------------------------------------ own words
    def _phrase_around(self, head: int, lo: int, hi: int) -> tuple[int, int]:
        """Token span of the noun phrase headed at ``head``: the modifiers before it (words that are
        no determiner, preposition, verb or clause word) and the head nouns after it."""
        a = head
        while a - 1 >= lo and a - head > -5:
            k = a - 1
            t = self.toks.text[k]
            if t.isspace() or not (t[:1].isalnum() or t in ("-", "‘", "’", "'")) or self.reader.has(k, "determiner") \
                    or self.reader.has(k, "preposition") or self.reader.has(k, "negative-subject") \
                    or self.reader.has(k, "modal-duty") or self.reader.has(k, "modal-permission") \
                    or self.reader.has(k, "coordinator") or self.reader.has(k, "np-trim") \
                    or (self.reader.has(k, "conduct") and not self.reader.has(k, "tech-head")):
                break
            a = k
        b = head + 1
        while b < hi and (self.reader.has(b, "tech-head") or self.toks.text[b] == "-"):
            b += 1
        return a, b

    def _index_of(self, spans: list[tuple[int, int]]) -> SpanIndex:
        """A SpanIndex of ``spans``, built once per list (the same cue list is asked about every phrase)."""
        cache = self.__dict__.setdefault("_span_indexes", {})
        held = cache.get(id(spans))
        if held is None or held[0] is not spans:
            held = cache[id(spans)] = (spans, SpanIndex(spans))
        return held[1]

    def technology_phrases(self, start: int, end: int, tech_spans: list[tuple[int, int]], *,
                           unnamed_only: bool = False) -> list[str]:
        """The technologies a span names, in its own words: "automated risk-scoring system", "cell site
        simulator device", "facial recognition technology". A bare head ("such system", "the technology")
        points back and names nothing new. ``unnamed_only``: only those no technology rule named (what
        the taxonomy has no id for: "surveillance technology" in general, "risk-scoring system")."""
        lo, hi = self.toks.range_of(start, end)
        out: list[str] = []
        cues = self._index_of(tech_spans)
        i = lo
        while i < hi:
            in_cue = cues.covers(self.toks.start[i])
            if self.reader.has(i, "tech-head") or in_cue:
                a, b = self._phrase_around(i, lo, hi)
                while b < hi and cues.covers(self.toks.start[b]):
                    b += 1
                words = [self.toks.text[k] for k in range(a, b) if not self.toks.text[k].isspace()]
                if len(words) >= 2 or in_cue or (words and words[0][:1].isupper()):
                    phrase = " ".join(self.doc.text[self.toks.start[a]:self.toks.end[b - 1]].split()).strip(
                        " -‘’'\"“”")
                    named = any(cues.covers(self.toks.start[k]) for k in range(a, b))
                    if phrase and len(phrase.split()) <= 6 and not self.reader.has(a, "conduct") \
                            and not (unnamed_only and named):
                        out.append(phrase)
                i = max(b, i + 1)
                continue
            i += 1
        return _distinct(out)

    def actor_phrase(self, start: int, end: int) -> str | None:
        """The actor a subject names ("the Department of Social Services", "any City department"), from
        its first actor noun, with the modifiers before it and an "of ..." name after it."""
        lo, hi = self.toks.range_of(start, end)
        for i in range(lo, hi):
            if self.reader.has(i, "actor-head"):
                a, _ = self._phrase_around(i, lo, hi)
                b = i + 1
                while b + 1 < hi and self.toks.lower[b] == "of" and self.toks.text[b + 1][:1].isupper():
                    b += 2
                    while b < hi and (self.toks.text[b][:1].isupper() or self.toks.lower[b] in ("of", "and", "the")):
                        b += 1
                words = [self.toks.text[k] for k in range(a, b) if not self.toks.text[k].isspace()]
                while words and words[-1].lower() in ("of", "and", "the"):
                    words.pop()
                return " ".join(words) if words else None
        return None

    def subject_start(self, cue: Cue) -> int:
        frame = self.frames.of(cue)
        return frame.subject_span[0] if frame is not None else cue.start

    def imposes_duty(self, start: int, end: int) -> bool:
        """Does a frame in [start, end) lay a positive duty ("the prosecutor shall submit ...")? Not a
        hypothetical one ("when ... the time required to obtain a warrant would defeat the purpose": what
        the case supposes, not what it lays; the frame reader gives such a modal its own modality)."""
        # (nor one of a relative clause: "Upon a written warrant ..., which shall particularly describe the place")
        return any(f.modality == "duty" and f.polarity == "positive" and not f.subordinate
                   for f in self.frames.between(start, end))


def _distinct(phrases: list[str]) -> list[str]:
    """One phrase per technology: "AI systems" and "AI system" are one, and a phrase inside a longer
    one ("biometric categorisation" in "biometric categorisation systems") yields to it."""
    def key(p: str) -> str:
        return " ".join(w.rstrip("s") for w in p.lower().replace("’", "").replace("‘", "").split())

    keys = [key(p) for p in phrases]
    out: list[str] = []
    for p, k in zip(phrases, keys, strict=True):
        if any(k != other and f" {k} " in f" {other} " for other in keys):
            continue
        if k not in (key(x) for x in out):
            out.append(p)
    return out


__all__ = ["Language"]
