"""Frames and clause-structure words -> role cues, the records the clause segmenter reads.

Three sources, all read from the pack's lexicon and frame table:

- each frame that fits a row of the frame table gives a cue of that row's role ("role.prohibition.ban"
  from "No department shall acquire ...");
- words that open an exception inside a clause ("except", "unless", "other than", "save", "without"
  before a route such as a warrant, "only" before the terms of a restriction) give an inline, unless
  or route cue, or a cross-reference cue when all they let through is a pointer to another provision
  ("except as provided in section 5");
- words of clause structure: conditions ("if", "where"), provisos ("provided that"), and lead-ins that
  announce alternatives ("one of the following purposes") or conditions ("all of the following").
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from ..rulebook.lexicon import Lexicon
from .cues import Cue
from .frames import Frame, FrameReader
from .tokens import TokenView

POINTER_WINDOW = 14
# Tokens of the noun phrase after "without" read for its route noun ("without the prior adoption by the
# Board of Commissioners of an ordinance"); a verb group or a stop ends it sooner.
ROUTE_PHRASE = 14
LIST_FORM_REACH = 8  # tokens read back from "following" for "one of the", "all of the" (past "(1)")
ORIGIN_ACTS = ("obtain", "acquire")  # acts whose participle says where data came from ("images collected ...")
_STOP = frozenset({",", ";", ":", ".", "—", "–", "--"})


@dataclass
class FrameIndex:
    """Every frame of a document, and the frame behind each frame cue."""

    frames: list[Frame] = field(default_factory=list)
    by_cue: dict[tuple[int, int, str], Frame] = field(default_factory=dict)
    # Sorted views for the range questions, built on first use (and again if frames were added).
    _start_key: tuple | None = field(default=None, repr=False, compare=False)
    _token_key: tuple | None = field(default=None, repr=False, compare=False)

    def of(self, cue: Cue) -> Frame | None:
        return self.by_cue.get((cue.start, cue.end, cue.rule_id))

    def between(self, start: int, end: int) -> list[Frame]:
        """The frames starting in [start, end), in the index's order."""
        starts, order = self._by_start()
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [self.frames[k] for k in sorted(order[lo:hi])]

    def governing(self, tok: int) -> Frame | None:
        """The frame whose verb group holds token ``tok`` (the first in the index's order)."""
        tok_starts, order, reach = self._by_token()
        held = []
        for j in range(bisect.bisect_right(tok_starts, tok) - 1, -1, -1):  # verb groups starting at or before tok
            if reach[j] <= tok:  # the furthest end of these and all before them: none can hold tok
                break
            if self.frames[order[j]].tok_end > tok:
                held.append(order[j])
        return self.frames[min(held)] if held else None

    def _by_start(self) -> tuple[list[int], list[int]]:
        if self._start_key is None or self._start_key[0] != len(self.frames):
            order = sorted(range(len(self.frames)), key=lambda k: self.frames[k].start)
            self._start_key = (len(self.frames), [self.frames[k].start for k in order], order)
        return self._start_key[1], self._start_key[2]

    def _by_token(self) -> tuple[list[int], list[int], list[int]]:
        if self._token_key is None or self._token_key[0] != len(self.frames):
            order = sorted(range(len(self.frames)), key=lambda k: self.frames[k].tok_start)
            reach, furthest = [], -1
            for k in order:
                furthest = max(furthest, self.frames[k].tok_end)
                reach.append(furthest)
            self._token_key = (len(self.frames), [self.frames[k].tok_start for k in order], order, reach)
        return self._token_key[1], self._token_key[2], self._token_key[3]


# The structure cues a finding's evidence may cite, with the word classes (rules/lexicon.yaml) they
# are read from and what they do: for `redline explain`.
STRUCTURE_CUES: dict[str, tuple[tuple[str, ...], str]] = {
    "structure.unless": (("introducer-unless",), "a condition ('unless', 'except where') that is an exemption "
                                                 "when it names a topic"),
    "structure.inline": (("introducer-except",), "an exception inside a ban ('except', 'other than', 'save')"),
    "structure.purpose": (("introducer-except",), "one more purpose let through after an 'except to ...' "
                                                  "('or to identify ...')"),
    "structure.without-route": (("introducer-without", "route-noun"), "a route through a ban ('without a "
                                                                      "warrant', 'absent consent')"),
    "structure.only": (("restrictive", "introducer-only-next"), "the terms of a restriction ('only if', 'only "
                                                                 "for', 'solely to')"),
    "structure.cross-reference": (("introducer-except", "introducer-unless", "restrictive", "law-noun"),
                                  "an exception that points elsewhere ('except as provided in section 4'): "
                                  "the exemption is where it points"),
    "structure.on-route": (("route-preposition", "decision-noun", "route-noun"), "the decision a duty to act is "
                           "done on ('shall be carried out upon the decision of a judge'): its way through"),
    "structure.proviso": (("proviso",), "a proviso that narrows the clause before it ('provided that')"),
    "structure.condition": (("condition",), "a condition ('if', 'where', 'when')"),
    "structure.derogation": (("derogation", "law-noun"), "a clause that overrides another provision "
                                                        "('Notwithstanding section 2')"),
    "structure.alternatives": (("quantifier-alternative", "alternative-noun"), "a lead-in whose items are "
                                                                              "alternatives ('one of the following')"),
    "structure.conditions": (("quantifier-all", "condition-noun"), "a lead-in whose items are conditions, all "
                                                                  "required ('all of the following')"),
    "lexicon.conduct-acts": (("conduct-acts",), "a word naming an act of the taxonomy (procure = acquire, "
                                                "disclose = share)"),
}


def _code_and_number(word: str, after: str) -> bool:
    """Is the pair a short capitalised code and a number ("AP 3507", "BP 1114", "SOP 2-27", also "HB 1234",
    "RCW 9.73"): a reference to an instrument by its code?"""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and after[:1].isdigit()


def _dotted_number(word: str) -> bool:
    """A provision number with points ("4.3.5.2", "12.04"), not a sentence's final number ("in 2024.")."""
    core = word.rstrip(".")
    return core[:1].isdigit() and "." in core and core.replace(".", "").isdigit()


def _cue(rule_id: str, form: str, toks: TokenView, lo: int, hi: int) -> Cue:
    return Cue(rule_id, "role." + form, "role", toks.start[lo], toks.end[hi - 1], lo, hi)


class _StructureReader:
    def __init__(self, reader: FrameReader) -> None:
        self.r = reader
        self.toks = reader.toks

    def _tail(self, i: int, hi: int) -> tuple[int, int]:
        """Tokens after an introducer up to the next break."""
        j = i
        while j < hi and j < i + POINTER_WINDOW and self.toks.lower[j] not in _STOP:
            j += 1
        return i, j

    def _pointer(self, i: int, hi: int) -> bool:
        """Is all that follows the introducer a reference to another provision ("as provided in
        subsection (c)", "for a purpose listed in IV.B.3", "§ 15 of the ... Act")?"""
        lo, end = self._tail(i, hi)
        words = [k for k in range(lo, end) if not self.toks.text[k].isspace()]
        if not words:
            return False
        # A reference: a law noun ("section 5", "this Act") or a dotted provision number ("4.3.5.2").
        # (or a policy's code and number: "as provided in AP 3507", "under BP 1114")
        cited = "law" in self.r.tags(lo, end) or any(_dotted_number(self.toks.text[k]) for k in words) \
            or any(_code_and_number(self.toks.text[a], self.toks.text[b]) for a, b in itertools.pairwise(words))
        content = [k for k in words if not (self.r.has(k, "pointer-filler") or self.r.has(k, "alternative-noun")
                   or self.toks.lower[k] in ("as", "in", "by", "under", "to", "of", "the", "a", "an", "this",
                                              "that", "those", "these", "such", "any", "for", "through"))]
        if not cited:
            # With no reference, only words of pointing: "other than for a permitted purpose", "except as
            # otherwise authorized" let through what other provisions of the law permit. (Not a noun phrase a
            # comma cuts: "unless the use, installation or operation is—" names the conduct.)
            nxt = next((k for k in range(end + 1, min(hi, end + 3)) if not self.toks.text[k].isspace()), None)
            listed = end < hi and self.toks.lower[end] == "," and nxt is not None and words \
                and self.r.has(words[-1], "conduct-noun") and self.r.has(nxt, "conduct-noun")
            return not content and not listed
        # What is left must be the reference itself: law nouns and their labels. (In a sentence printed in
        # capitals, as Colorado prints new law, a capital says nothing of a name.)
        alpha = [self.toks.text[k] for k in content if self.toks.text[k].isalpha()]
        caps = len(alpha) > 1 and all(w.isupper() for w in alpha)
        for k in content:
            low = self.toks.text[k]
            if not low[:1].isalnum() and low not in ("§", "§§"):
                continue
            if self.r.has(k, "law-noun") or self.r.has(k, "law-adverb") or self.r.has(k, "ban-noun") \
                    or self.r.has(k, "number-word"):
                continue  # ("part three of this Article": a label in words)
            if low[:1].isdigit() or low[:1] in "(§" or (not caps and (low.isupper() or low[:1].isupper())) or \
                    (len(low) <= 4 and low.isalnum() and not self.r.has(k, "conduct")):
                continue
            return False
        return True

    def _schedule_of_purposes(self, i: int, hi: int) -> bool:
        """Does the reference name purposes listed in a schedule ("other than for a purpose set out in
        Part I of Schedule 'A'")? The schedule's rows are then each a way through, and the words that
        cite them an exception of the ban, not a pointer to an exception stated elsewhere."""
        lo, end = self._tail(i, hi)
        words = [k for k in range(lo, end) if not self.toks.text[k].isspace()]
        purpose = next((n for n, k in enumerate(words) if self.r.has(k, "listed-purpose")), None)
        return purpose is not None and any(self.r.has(k, "annex-noun") for k in words[purpose + 1:])

    def _purpose_at(self, i: int, hi: int) -> bool:
        """Does a purpose open at token i: "to" and a verb of the conduct ("to locate", "to identify")?"""
        j = i
        while j < hi and self.toks.text[j].isspace():
            j += 1
        k = j + 1
        while k < hi and self.toks.text[k].isspace():
            k += 1
        return j < hi and k < hi and self.toks.lower[j] == "to" and self.r.has(k, "conduct")

    def read(self, lo: int, hi: int) -> list[Cue]:
        """Structure cues of the tokens [lo, hi)."""
        toks, r = self.toks, self.r
        out: list[Cue] = []
        purposes = False  # an "except to ..." is open: "or to ..." lists another purpose
        opened = False  # an "unless"/"except" route is open: an "only" in it narrows that route
        i = lo
        while i < hi:
            if toks.text[i].isspace():
                i += 1
                continue
            if toks.lower[i] == ";":
                opened = False
            if not r.may_open(i, _STRUCTURE_CLASSES) and toks.lower[i] not in ("or", "and", "following"):
                i += 1  # no word of clause structure starts here (most tokens): skip the seven lookups
                continue
            if purposes and toks.lower[i] in ("or", "and") and self._purpose_at(i + 1, hi):
                # "except to locate or track a device or to identify a device": each purpose is let
                # through on its own
                out.append(_cue("structure.purpose", "exemption.inline", toks, i, i + 1))
                i += 1
                continue
            n = r.multi(i, hi, "introducer-unless")
            if n:
                form = "neutral.cross-reference" if self._pointer(i + n, hi) else "exemption.unless"
                out.append(_cue("structure." + form.split(".")[-1], form, toks, i, i + n))
                opened = opened or form == "exemption.unless"
                i += n
                continue
            n = r.multi(i, hi, "introducer-except") or self._except_before_noun(i, hi)
            if n and self._narrows_object(lo, i, i + n, hi):
                i += n  # "shall not share the result with any person other than a police officer": who
                continue  # may receive it is the ban's own scope, not a way through it
            if n and not (toks.lower[i] == "save" and not self._save_is_except(i, hi)):
                form = "neutral.cross-reference" if self._pointer(i + n, hi) and not self._schedule_of_purposes(
                    i + n, hi) else "exemption.inline"
                out.append(_cue("structure." + form.split(".")[-1], form, toks, i, i + n))
                purposes = form == "exemption.inline" and self._purpose_at(i + n, hi)
                opened = opened or form == "exemption.inline"
                i += n
                continue
            n = r.multi(i, hi, "introducer-without")
            if n and self._route_follows(i + n, hi) and not r.route_awaited(i + n, min(hi, i + n + 10)) \
                    and not self._tells_origin(lo, i):
                out.append(_cue("structure.without-route", "exemption.unless", toks, i, i + n))
                i += n
                continue
            n = r.multi(i, hi, "restrictive")
            if n and toks.lower[i] != "except":
                after = i + n
                while after < hi and toks.text[after].isspace():
                    after += 1
                if after < hi and r.has(after, "introducer-only-next") and not self._in_group(i, hi):
                    if opened:
                        pass  # "unless it is stored on a device ... and is used only to verify ...": one route
                    elif self._pointer(after + 1, hi):
                        out.append(_cue("structure.cross-reference", "neutral.cross-reference", toks, i, after + 1))
                    else:
                        out.append(_cue("structure.only", "exemption.unless", toks, i, after + 1))
                    i = after + 1
                    continue
                if after < hi and not opened and self._in_group(i, hi) \
                        and (terms := self._terms_after_group(after, hi)) is not None:
                    # "may only be carried out where a law ... so provides": "only" inside the verb group,
                    # its terms after the verb
                    out.append(_cue("structure.only", "exemption.unless", toks, terms, terms + 1))
                    i = terms + 1
                    continue
            if not opened and r.has(i, "route-preposition") and self._after_passive_duty(lo, i) \
                    and r.done_on_a_route(i, hi):
                # "shall be carried out upon the decision of a judge": the decision it is done on is its way through
                out.append(_cue("structure.on-route", "exemption.unless", toks, i, i + 1))
                i += 1
                continue
            n = r.multi(i, hi, "proviso")
            if n:
                out.append(_cue("structure.proviso", "condition.proviso", toks, i, i + n))
                i += n
                continue
            n = r.multi(i, hi, "condition")
            if n:
                out.append(_cue("structure.condition", "condition.if", toks, i, i + n))
                i += n
                continue
            n = r.multi(i, hi, "derogation")
            if n and self._pointer(i + n, hi):
                out.append(_cue("structure.derogation", "neutral.cross-reference", toks, i, i + n))
                i += n
                continue
            if toks.lower[i] == "following":
                form = self._list_form(i, lo)
                if form:
                    out.append(_cue("structure." + form.split(".")[-1], form, toks, max(lo, i - 3), i + 1))
            i += 1
        return out

    def _except_before_noun(self, i: int, hi: int) -> int:
        """The length of an exception that opens only before a noun phrase ("means a state agency or
        county, but not an office of a district attorney"; not "including but not limited to"), or 0."""
        n = self.r.multi(i, hi, "introducer-except-np")
        after = self.r.words(i + n, hi, limit=1) if n else []
        return n if after and self.r.has(after[0], "determiner") else 0

    def _narrows_object(self, lo: int, i: int, j: int, hi: int) -> bool:
        """Is "other than" at [i, j) part of a noun phrase in a ban's object ("disclosed to any person
        other than a relevant member", "for any purpose other than the purpose for which it was
        obtained")? It follows a noun with no comma, a noun phrase follows it, and a verb group
        stands before it. In a subject ("No department other than the Police") it carves out an actor."""
        toks = self.toks
        k = i - 1
        while k > lo and toks.text[k].isspace():
            k -= 1
        if k < lo or not toks.lower[k].isalpha() or self.r.has(k, "introducer-only-next"):
            return False
        m = j
        while m < hi and toks.text[m].isspace():
            m += 1
        if m >= hi or not self.r.has(m, "determiner"):
            return False
        n = m + 1
        while n < hi and toks.text[n].isspace():
            n += 1
        if n < hi and self.r.has(n, "following"):
            return False  # "for any purpose other than the following: (a) ...": each item is a way through
        if self._pointer(j, hi):
            return False  # "for any purpose other than a purpose specified in subsection (2)": the provision it
            # cites lists the ways through
        groups = [g for g in range(lo, k) if self.r.starts_group(g, hi)]
        if groups and self._reach_of_law(groups[-1], k):
            return False  # "This Part binds every public sector agency other than the Office of ...": a carve-out
        if groups and self.r.has(groups[-1], "op-define") and toks.lower[m] == "the" and n < hi \
                and toks.text[n][:1].isupper():
            return False  # '"County agency" means any officer or board of the county other than the Office of
            # the County Attorney': a named body left out of what the law binds (not "any person other than
            # a City Agency": the kind the term is set against)
        return bool(groups)

    def _reach_of_law(self, g: int, k: int) -> bool:
        """Is the group at g a positive verb of the law's reach ("binds", "applies to", "covers") with
        no negator before k?"""
        words = [n for n in range(g, k) if not self.toks.text[n].isspace()]
        return bool(words) and any(self.r.has(n, "op-scope") for n in words[:3]) \
            and not any(self.r.has(n, "negator") for n in words)

    def _save_is_except(self, i: int, hi: int) -> bool:
        """"save" is an exception word before a condition or a route ("save where", "save under the
        authority of a warrant", "save as provided"), not a verb ("shall save the record")."""
        j, k = self.r._next(i + 1, hi), self.r._prev(i - 1, 0)
        # (", save the County Airport Authority, which may ...": set off by a comma before a noun phrase)
        return j < hi and (self.r.has(j, "introducer-only-next") or self.r.has(j, "condition")
                           or self.toks.lower[j] in ("that", "for", "as", "in", "under", "with")
                           or (k >= 0 and self.toks.text[k] == "," and self.r.has(j, "determiner")))

    def _tells_origin(self, lo: int, i: int) -> bool:
        """Does the "without" at i close a participle of where data came from ("images collected from
        the internet without the consent of the persons depicted")? It says which data the ban reaches,
        not a way through it."""
        for k in reversed(self.r.words(max(lo, i - 12), i)):
            if self.toks.lower[k] in _STOP:
                return False
            if self.r.lex.act_of(self.toks.lemma[k]) in ORIGIN_ACTS and self.toks.lower[k] != self.toks.lemma[k]:
                before = self.r.words(max(lo, k - 2), k)
                return bool(before) and not any(self.toks.lemma[b] in ("be", "have") or self.r.has(b, "negator")
                                                or self.r.has(b, "modal-duty") or self.r.has(b, "modal-permission")
                                                for b in before)
        return False

    def _route_follows(self, i: int, hi: int) -> bool:
        """Does a route noun follow "without" within its noun phrase ("without the prior issuance of a
        search warrant")?"""
        for k in range(i, min(hi, i + ROUTE_PHRASE)):
            if self.toks.lower[k] in _STOP or self.toks.lemma[k] == "be" or self.r.has(k, "modal-duty") \
                    or self.r.has(k, "modal-permission"):
                return False  # a verb group ends the noun phrase: "before they are published remains permitted"
            if self.r.is_finite_after_subject(k, i):
                return False  # a clause of its own: "Before a video leaves the office" (a verb, not leave granted)
            if self.r.has(k, "route-noun") and not self.toks.lower[k].endswith(("ed", "ing")):
                return True  # (a noun, not a verb's participle: "permit", not "permitted")
        return False

    def _terms_after_group(self, j: int, hi: int) -> int | None:
        """Where the terms of a restriction open after the verb group that "only" stands in (token j is
        the word after "only"): the verb group's words (a passive "be", the verb, perhaps of several words:
        "carried out") and then a condition word ("may only be carried out where ..."); None if another
        word comes first."""
        r, toks = self.r, self.toks
        verb, k = False, j
        while k < min(hi, j + 8):
            if toks.text[k].isspace() or (toks.lemma[k] == "be" and not verb):
                k += 1
                continue
            n = max(r.multi(k, hi, "conduct"), 1 if r.has(k, "conduct-item") else 0)
            if not verb and n:
                verb, k = True, k + n  # ("carried out": the whole verb)
                continue
            return k if verb and r.has(k, "condition") else None
        return None

    def _after_passive_duty(self, lo: int, i: int) -> bool:
        """Does a positive passive duty of conduct end right before token i ("shall be carried out | upon ...")?"""
        r, toks = self.r, self.toks
        words = r.words(max(lo, i - 8), i)
        for n in range(1, len(words) - 1):
            if toks.lemma[words[n]] != "be" or not r.has(words[n - 1], "modal-duty"):
                continue
            verb = words[n + 1]
            span = max(r.multi(verb, i, "conduct"), 1 if r.has(verb, "conduct") else 0)
            return span > 0 and verb + span == i
        return False

    def _in_group(self, i: int, hi: int) -> bool:
        """Is "only" inside a verb group ("may only use"), where it marks a restriction, not a route?"""
        j = i + 1
        while j < hi and self.toks.text[j].isspace():
            j += 1
        k = i - 1
        while k >= 0 and self.toks.text[k].isspace():
            k -= 1
        before_modal = k >= 0 and (self.r.has(k, "modal-duty") or self.r.has(k, "modal-permission")
                                   or self.toks.lemma[k] == "be")
        return before_modal and not self.r.has(j, "condition")

    def _list_form(self, i: int, lo: int) -> str | None:
        """"one of the following", "in the following circumstances" -> alternatives; "all of the
        following", "the following conditions" -> conditions."""
        toks, r = self.toks, self.r
        words, aside = [], False
        for k in range(max(lo, i - LIST_FORM_REACH), i):
            # (a bill spells its number twice: "one (1) of the following conditions")
            if toks.text[k] in "()":
                aside = toks.text[k] == "("
            elif not aside and not toks.text[k].isspace():
                words.append(k)
        if len(words) >= 3 and toks.lower[words[-1]] == "the" and toks.lower[words[-2]] == "of":
            q = words[-3]
            if r.has(q, "quantifier-all"):
                return "list.conditions"
            if r.has(q, "quantifier-alternative"):
                return "list.alternatives"
        j = i + 1
        while j < len(toks) and toks.text[j].isspace():
            j += 1
        if j < len(toks):
            if r.has(j, "alternative-noun"):
                return "list.alternatives"
            if r.has(j, "condition-noun"):
                return "list.conditions"
        return None


def act_cues(lex: Lexicon, toks: TokenView) -> list[Cue]:
    """A coverage cue for every word whose lemma names an act of the taxonomy (rules/lexicon.yaml,
    conduct-acts): "procure" is acquire, "disclose" is share. Where such a word counts (after a ban's
    verb, at the head of a conduct item) is the prohibition builder's to decide."""
    out = []
    acts: dict[tuple[str, str], str | None] = {}  # a law repeats its words: one lookup per (lemma, word)
    for i, pair in enumerate(zip(toks.lemma, toks.lower, strict=True)):
        act = acts.get(pair, "")
        if act == "":
            act = acts[pair] = lex.act_of(pair[0]) or lex.act_of(pair[1])
        if act and not toks.hyphened(i):  # ("licence-plate readers": a modifier, not the act of licensing)
            out.append(Cue("lexicon.conduct-acts", f"coverage.acts.{act}", "coverage", toks.start[i], toks.end[i],
                           i, i + 1))
    return out


def frame_cues(reader: FrameReader, sentences: list[tuple[int, int]]) -> tuple[list[Cue], FrameIndex]:
    """Role cues of every sentence: from frames that fit the frame table and from clause-structure
    words."""
    toks = reader.toks
    structure = _StructureReader(reader)
    index = FrameIndex()
    cues: list[Cue] = []
    read = []
    lead: Frame | None = None  # an elided lead-in of the law's own reach ("This section does not:")
    for s, e in sentences:
        lo, hi = toks.range_of(s, e)
        if hi > lo:
            verb = reader.item_verb(lo, hi) if lead is not None else None
            item = lead is not None and verb is not None
            frames = reader.read(lo, hi, lead=(lead, verb) if item else None)
            read.append((lo, hi, frames))
            main = [f for f in frames if not f.subordinate]
            if main and "elided" in main[-1].operators and main[-1].subject & {"law", "nothing"} \
                    and "actor" not in main[-1].subject:  # (not "Subject to this Act, a public body shall not—")
                lead = main[-1]
            elif not item:
                lead = None
    banned = _banned_verbs(reader, read)
    # Did the sentence before have the law, or its ban, for its subject? (read only when a sentence
    # says "it": the words of a sentence with no main verb are tagged for this alone)
    before: tuple[bool, int, int] | None = None  # (a main frame's subject is the law, or no main frame: lo, hi)

    def it_means(f: Frame) -> bool:
        return (("it" in f.obj and "law" not in f.obj) or ("it" in f.subject and "law" not in f.subject)) \
            and not f.subordinate

    for lo, hi, frames in read:
        if banned:
            frames = [reader.as_conduct(f) if f.lemma in banned and _on_the_technology(f) else f for f in frames]
        if before is not None and any(it_means(f) for f in frames) and (
                before[0] or (before[1] >= 0 and "law" in reader.tags(before[1], before[2], head=True))):
            frames = [reader.it_is_the_law(f) if it_means(f) else f for f in frames]
        main = [f for f in frames if not f.subordinate]
        # ("This section concerns monitoring by the employer.": a verb of no class, the law its subject)
        before = (any("law" in f.subject for f in main), -1, -1) if main else (False, lo, hi)
        first = min((f.start for f in frames if f.row is not None and not f.subordinate), default=None)
        for frame in frames:
            index.frames.append(frame)
            if frame.row is None or frame.subordinate or _points_to_the_ban(reader, frame):
                continue
            cue = Cue(frame.row.id, "role." + frame.row.role, "role", frame.start, frame.end, frame.tok_start,
                      frame.tok_end, int(frame.row.weight * 10))
            index.by_cue[(cue.start, cue.end, cue.rule_id)] = frame
            cues.append(cue)
        cues.extend(_unapproved_routes(reader, frames, lo))
        # "only"/"solely" before the first verb group is inside the subject ("AI systems ... based solely
        # on profiling shall be prohibited"): not the terms of a restriction.
        # Nor after an exemption's own frame ("§ 3 para. 2 shall not apply to the comparison ... solely for
        # the purpose of controlling access"): the "solely" narrows that exemption, it is not another.
        carved = min((f.end for f in frames if f.row is not None and not f.subordinate
                      and f.row.role == "exemption.exception"), default=None)
        # Nor after a permission of the conduct itself ("A city entity may operate software that detects
        # faces solely in order to blur them", "A constable may use voice recognition only where a sheriff
        # ..."): they are the terms of that permission (not "may give an approval only if ...", the terms
        # on which a route is granted, nor "may be ordered only by the investigating judge", the route).
        allowed = min((f.end for f in frames if f.row is not None and not f.subordinate
                       and f.row.role == "exemption.permission" and f.modality == "permission"
                       and "conduct" in f.operators and "op-grant" not in f.operators), default=None)
        cues.extend(c for c in structure.read(lo, hi)
                    if not (c.rule_id == "structure.only" and (
                        first is None or c.start < first or (carved is not None and c.start > carved)
                        or (allowed is not None and c.start > allowed))))
    return cues, index


# The classes whose words open a structure cue in _StructureReader.read.
_STRUCTURE_CLASSES = frozenset({"introducer-unless", "introducer-except", "introducer-except-np", "introducer-without",
                                "restrictive", "proviso", "condition", "derogation"})


def _unapproved_routes(reader: FrameReader, frames: list[Frame], lo: int) -> list[Cue]:
    """A relative clause in a ban that denies an approval ("shall not launch a drone for any purpose
    that the Board has not approved by ordinance") is "unless the Board has approved": a route."""
    out = []
    for n, f in enumerate(frames):
        if not (f.subordinate and f.polarity == "negative" and f.operators & {"op-permit", "op-grant"}):
            continue
        if not any(b.row is not None and b.row.role == "prohibition.ban" and not b.subordinate
                   for b in frames[:n]):
            continue
        k = next((k for k in range(f.tok_start - 1, max(lo, f.tok_start - 10) - 1, -1)
                  if reader.has(k, "relative-pronoun")), None)
        # the relative clause has a subject of its own, the approver ("that the Board has not approved"),
        # not the pronoun ("a person who has not consented": whose data it is)
        if k is not None and any(not reader.toks.text[m].isspace() for m in range(k + 1, f.tok_start)):
            out.append(_cue("structure.unapproved", "exemption.unless", reader.toks, k, f.tok_end))
    return out


def _points_to_the_ban(reader: FrameReader, f: Frame) -> bool:
    """Does a positive prohibiting frame say what the law "otherwise" forbids ("to disclose information
    in a manner this policy otherwise forbids")? It points at the ban; it is not one."""
    return f.row.role.startswith("prohibition.") and f.polarity == "positive" and "op-prohibit" in f.operators \
        and any(reader.has(k, "points-elsewhere") for k in range(max(0, f.tok_start - 2), f.tok_end))


def _on_the_technology(f: Frame) -> bool:
    """Does the frame's verb act on the technology or its data (its object, or its subject in the
    passive: "voice recognition processing may be implemented")?"""
    return bool(f.obj & {"technology", "data", "anaphor"}
                or (f.voice == "passive" and f.subject & {"technology", "data"}))


def _banned_verbs(reader: FrameReader, read: list[tuple[int, int, list[Frame]]]) -> frozenset[str]:
    """Verbs of no conduct class that a ban of this law negates with the technology or its data as
    object ("No police officer shall fix a tracking device to a vehicle"), or that a ban's predicate
    governs ("It is prohibited for the services to implement voice recognition processing"): in this
    law they are the regulated conduct, so "an Inspector may fix such a device" permits it."""
    out = set()
    for _, _, frames in read:
        for f in frames:
            if f.row is None or f.row.role != "prohibition.ban" or f.subordinate or f.construed:
                continue
            if f.predicate or f.voice == "passive":
                out |= _governed_verbs(reader, f)
            elif "conduct" not in f.operators and f.obj & {"technology", "data"} and f.polarity == "negative":
                out.add(f.lemma)
    return frozenset(out)


def _governed_verbs(reader: FrameReader, f: Frame) -> set[str]:
    """The verb after the first "to" in a ban's object, when the technology follows it within three
    words and it is of no word class: "prohibited for the services to implement voice recognition"."""
    toks = reader.toks
    lo, hi = toks.range_of(*f.object_span)
    words = reader.words(lo, hi)
    for n, k in enumerate(words[:-1]):
        if toks.lower[k] != "to":
            continue
        v = words[n + 1]
        after = words[n + 2:n + 5]
        if not reader.classes(v) and toks.lower[v].isalpha() and after \
                and reader.names_technology(toks.start[after[0]], toks.end[after[-1]]):
            return {toks.lemma[v]}
        break
    return set()


__all__ = ["FrameIndex", "act_cues", "frame_cues"]
