"""One arbiter: the role of a clause, from its frames, its exception words and its context.

Every candidate role starts from the weight of the frame-table row (or clause-structure word) that
proposes it; named context features add to or take from it (weights in rules/frames.yaml,
``context:``); the best candidate above zero wins, and with none the arbiter abstains and the
clause takes its role from where it sits (a lead-in's items, a continuing sentence, a heading).
Every feature that counted is kept on the clause and goes into its finding's evidence, so a reader
can see why a sentence was read as an exemption.

The features:
- ``regulated-object``: the clause concerns the regulated technology, its data, a defined term for
  it, or the law itself (a permission to "use ordinary CCTV" or to "publish statistics" is no
  exemption; "The Authority will not be liable" bans nothing);
- ``object-in-items`` / ``object-in-heading``: the technology is named in the items a lead-in opens,
  or in the heading of the section or table whose row the clause is;
- ``purpose-section``: the clause stands under a Purpose, Findings or Intent heading;
- ``outside-prohibition``: an inline "except", "unless" or route opens an exemption only inside a
  prohibition (elsewhere it is a condition of what it sits in);
- ``derogation``: "Despite section 2, ...", "notwithstanding subsection (a)" or "Provided that" before a
  permission;
- ``in-definition``: a definition's own words ("'X' does not include") are its scope;
- ``remedy``: a ban whose clause speaks of remedies ("may not be received in evidence") is enforcement;
- ``construction``: "Nothing ... authorizes any use ... prohibited by any other law" names a ban
  elsewhere and is not one here;
- ``stated-beside-modal``: a present tense ("The Department does not operate drones") where the law's
  other bans say "shall not" describes; where none does, it is how the law bans.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..document import Document, Provision
from ..taxonomy import ACT_KINDS, ROUTE_CATEGORIES
from .cues import Cue, CueIndex
from .definitions import glossary_terms
from .framecues import FrameIndex
from .references import all_references, resolve

# Base weights of clause-structure cues (frame cues carry their row's weight).
STRUCTURE_WEIGHT = {"exemption.inline": 2.5, "exemption.unless": 1.5}
LEAD_IN_END = (":", "—", "–", "-", "following")
ELIDED_REACH = 120  # tokens after an elided ban's dash read for the acts its items open
SAFEGUARD_REACH = 40  # chars into a duty's object within which a qualifier's words make it a safeguard


# The frame row of a duty to do the regulated conduct: a way through only where a ban points to it.
EXCEPTED_DUTY_ROW = "frame.permission.must-conduct-as-excepted"
# The frame row of what an official does where another law compels it: a way through unless it is a safeguard.
COMPELLED_ACT_ROW = "frame.permission.as-law-requires-it"


def _stated(frame) -> bool:
    """Is the ban frame a present tense of what the body does not do ("The municipality does not place or use
    ANPR cameras", "The Board does not permit the District to acquire ...")?"""
    return frame.modality == "none" and frame.polarity == "negative" and frame.voice == "active" \
        and not frame.predicate and bool(frame.operators & {"conduct", "op-permit"})


@dataclass
class Verdict:
    role: str
    form: str | None
    cue: Cue | None
    base: float
    features: list[tuple[str, float]] = field(default_factory=list)
    route: bool = False  # the frame names the route through its own restriction

    @property
    def score(self) -> float:
        return self.base + sum(w for _, w in self.features)

    def explain(self) -> list[str]:
        return [f"{self.cue.rule_id if self.cue else self.role} {self.base:+.1f}"] + \
            [f"{name} {w:+.1f}" for name, w in self.features]


_SET_OFF = frozenset(",;:(—–-")  # what sets an inline exclusion off from the words before it
# a term in quotes: "tracking", ‘location data’ (layout, not wording: the defining verb is a frame row)
_QUOTED = re.compile(r"[“\"‘'](?P<term>[^”\"’'\n]{2,60})[”\"’']")


class Arbiter:
    def __init__(self, doc: Document, index: CueIndex, frames: FrameIndex,
                 tags: Callable[[int, int], frozenset[str]], weights: dict[str, float],
                 heading_tags: Callable[[Provision], frozenset[str]],
                 tags_head: Callable[[int, int], frozenset[str]]) -> None:
        self.doc, self.index, self.frames, self.tags = doc, index, frames, tags
        self.tags_head = tags_head  # tags of a span's opening noun phrase
        self.weights = weights
        self.heading_tags = heading_tags
        self.lexicon = None
        self.banned_acts: set[str] = set()
        # the outright ban frames: where, their acts, and their verbs
        self.bans: list[tuple[int, frozenset[str], str]] = []
        self.ban_words: set[str] = set()  # the content words of what the bans name
        # ... of the outright bans only (not the subject of a restriction: "Vehicle searches may be conducted only ...")
        self.outright_ban_words: set[str] = set()
        self.toks = None
        self.lang_classes: Callable[[int, int], set[str]] = lambda s, e: set()
        self.heading_classes: Callable[[Provision], set[str]] = lambda prov: set()
        self.sentence_starts: list[int] = []  # where each sentence of the document starts, in order
        self._word_sets: dict[str, frozenset[str]] = {}
        self._terms: re.Pattern | bool | None = None  # quoted terms defined as the technology
        self._title: set[str] | None = None
        self._excepted: dict[int, set[str]] | None = None  # provisions a ban's sentence excepts: its acts
        self._camera_words: frozenset[str] | bool | None = None  # what the bans ban (_camera_ban_words); False: none
        self._camera_rule_words: set[str] = set()  # the words of place of rules on ordinary cameras
        self.modal_bans = False  # does a ban say "shall not" or "may not" (so a present tense describes)?

    def know_bans(self, lexicon, frames: FrameIndex, toks) -> None:
        """The acts the document's ban frames name ("shall not record or retain"): a permission of
        some other act is no exemption from them."""
        self.lexicon, self.toks = lexicon, toks
        for f in frames.frames:
            if f.row is None or not f.row.role.startswith("prohibition.") or f.subordinate:
                continue
            elided = "elided" in f.operators  # "must not— (a) use ...; (b) acquire ...": acts open the items
            lo, hi = f.tok_start, min(len(toks), f.tok_end + (ELIDED_REACH if elided else 12))
            acts = set()
            for i in range(lo, hi):
                act = self._act_at(i)
                if act and elided and i > f.tok_end and toks.lower[i - 1] in (")", "."):
                    acts.add(act)
                    continue
                # ("is prohibited from using": the verb right after "from" or "to" is the act banned)
                if act and i >= f.tok_end - 1 and (i == f.tok_end - 1 or toks.lower[i - 1] in (",", "or", "and", "nor")
                                                    or (i == f.tok_end + 1 and toks.lower[i - 1] in ("from", "to"))
                                                    or toks.lower[i - 2:i] in ([",", "or"], [",", "nor"])):
                    acts.add(act)
                elif act and f.tok_end < len(toks) and toks.lower[f.tok_end] == "from" \
                        and f.tok_end + 1 < i <= f.tok_end + 6 and i + 1 < len(toks) and toks.lower[i + 1] == "of" \
                        and not acts:
                    acts.add(act)  # "prohibited from the real-time use of ...": the act, as a noun
            words = self._word_tokens(*f.object_span)
            if words and (toks.lower[words[0]] == "for" or (
                    toks.lower[words[0]] == "to" and len(words) > 1 and not lexicon.act_of(toks.lemma[words[1]]))):
                # "It is prohibited for any person, ministry or authority to import, possess or operate ...", "It
                # is forbidden to any public authority to acquire, to hold or to use ...": the acts follow the "to"
                # after the persons it is prohibited for (not "to use a drone to record": the act is the first word)
                joiners = {*lexicon.words("coordinator"), ","}
                # (each "to" of the list: the first, and one a coordinator joins on, "to install or operate a
                # reader, or to access or use plate data")
                tos = [n for n, i in enumerate(words) if toks.lower[i] == "to" and n > 0]
                tos = tos[:1] + [n for n in tos[1:] if toks.lower[words[n - 1]] in joiners]
                for to in tos:
                    for i in words[to + 1:]:
                        act = lexicon.act_of(toks.lemma[i])
                        if act:
                            acts.add(act)  # ("to import, possess, install or operate": the verbs, up to the object)
                        elif toks.lower[i] not in joiners:
                            break
            if f.voice == "passive" or f.predicate:
                # "The use of ALPR data to track ... is prohibited": what is banned is the subject
                slo, shi = toks.range_of(*f.subject_span)
                acts |= {a for i in range(slo, shi) if "conduct-noun" in lexicon.classes_of(toks.lemma[i])
                         and (a := lexicon.act_of(toks.lemma[i]))}
                self.ban_words |= self._content_lemmas(toks, slo, shi)
                if f.row.role == "prohibition.ban":
                    self.outright_ban_words |= self._content_lemmas(toks, slo, shi)
            elif not elided and (head := self._object_head(toks, f)) is not None \
                    and "conduct-noun" in lexicon.classes_of(toks.lemma[head]) \
                    and (a := lexicon.act_of(toks.lemma[head])):
                acts.add(a)  # "must not run facial recognition searches": the search is banned, as a noun
            self.banned_acts |= acts
            if f.row.role == "prohibition.ban":
                self.bans.append((f.start, frozenset(acts), f.lemma))
                self.modal_bans = self.modal_bans or not _stated(f)
                self.outright_ban_words |= self._content_lemmas(toks, *toks.range_of(*f.object_span))
                if self.doc.text[f.object_span[0]:f.object_span[1]].rstrip().endswith(":"):
                    # ("are prohibited from: 1) conducting a kinship search; ...": the items the lead-in opens, in
                    # its provision, are what is banned)
                    prov = self.doc.provision_at(f.start)
                    self.outright_ban_words |= self._content_lemmas(toks, *toks.range_of(f.end, prov.end))
            self.ban_words |= self._content_lemmas(toks, *toks.range_of(*f.object_span))

    def _indefinite(self, frame) -> bool:
        """Does the frame's subject open with an article or quantifier of any one or all ("A department", "any
        agency", "every agency")? The lexicon's indefinite-article and quantifier classes."""
        words = self._word_tokens(*frame.subject_span)
        return bool(words) and bool(self._word_classes(words[0])
                                    & {"indefinite-article", "quantifier-alternative", "quantifier-all"})

    def _object_head(self, toks, frame) -> int | None:
        """The last word of the frame's object before its first preposition or mark, within a few words
        ("run facial recognition searches for ..." -> searches)."""
        lo, hi = toks.range_of(*frame.object_span)
        head = None
        classes = ("preposition", "relative-pronoun", "coordinator")
        for i in range(lo, min(hi, lo + 8)):
            if toks.text[i].isspace() or (toks.text[i] == "-" and head is not None):
                continue  # (a line break; a hyphen inside a compound: "face-recognition searches")
            if not toks.lower[i].isalpha() or any(c in self.lexicon.classes_of(toks.lower[i]) for c in classes):
                break
            head = i
        return head

    def title_words(self) -> set[str]:
        """The content words of the law's title, before its first provision ("Automated Risk Scoring in
        Pre-trial Proceedings Act", "Protection of newborn screening samples"): what a law is named
        for is what it regulates, even where no lexicon knows the technology."""
        if self._title is None:
            first = next((p.start for p in self.doc.provisions if p.kind != "root"), len(self.doc.text))
            self._title = self._content_lemmas(self.toks, *self.toks.range_of(0, min(first, 400))) \
                if self.toks is not None else set()
        return self._title

    def _defines(self, start: int, end: int, of: str | None = None) -> bool:
        """Does a definition frame ("'X' means ...") stand in [start, end), defining a term tagged ``of``
        if given ("technology": '"face recognition" means ...')?"""
        return any(f.row is not None and f.row.role == "definition.term" and (of is None or of in f.subject)
                   for f in self.frames.between(start, end))

    def _set_off(self, at: int) -> bool:
        """Is the word at ``at`` set off from the words before it by a comma, a semicolon, a colon, a dash
        or an opening bracket (a line break alone is no separator: bills wrap lines anywhere)?"""
        k = at
        while k > 0 and self.doc.text[k - 1].isspace():
            k -= 1
        return k == 0 or self.doc.text[k - 1] in _SET_OFF

    def _opens_on_technology_term(self, start: int, end: int) -> bool:
        """Does [start, end) open on the technology's name in quotes, defined with no verb ('"facial
        recognition system" - a system that ...', '"drone": an aircraft ...')?"""
        m = _QUOTED.match(self.doc.text, start, end)
        return m is not None and "technology" in self.tags(m.start("term"), m.end("term"))

    def _content_lemmas(self, toks, lo: int, hi: int) -> set[str]:
        """The lemmas of [lo, hi) that carry content: words of no word class of the lexicon (not a
        modal, an actor word, a verb of conduct ...), of four letters or more."""
        return {toks.lemma[i] for i in range(lo, hi) if len(toks.lower[i]) >= 4 and toks.lower[i].isalpha()
                and not self.lexicon.classes_of(toks.lemma[i]) and not self.lexicon.classes_of(toks.lower[i])
                and self.lexicon.act_of(toks.lemma[i]) is None}

    def uses_ban_words(self, start: int, end: int) -> bool:
        """Does [start, end) speak of what the document's bans name, in their own words ("may also
        authorise forensic DNA phenotyping of human remains" under "shall not carry out forensic DNA
        phenotyping")? The technology a law bans is often one no lexicon knows."""
        toks = self.toks
        return toks is not None and bool(self.ban_words & self._content_lemmas(toks, *toks.range_of(start, end)))

    def _withholds_funds(self, frame) -> bool:
        """Does the frame withhold money from the conduct ("...: Provided, That none of the funds appropriated
        in this section shall be used to purchase ... a license plate reader")? That is how an appropriation
        bans, inside a proviso as anywhere: what the proviso limits is the money, not a use let through."""
        return frame is not None and "op-fund" in frame.operators and frame.polarity == "negative" \
            and "money-noun" in self.lang_classes(min(frame.start, frame.subject_span[0]), frame.end)

    def excepts_a_ban(self, clause, cue: Cue) -> bool:
        """Is a permission on terms ("The Council may, at the request of the Police, apply a facial
        recognition system ..., but only with the approval of a Judge") an exception to an outright
        ban of the same act before it ("The Council must not use ...")? Then it is an exemption of that
        ban, and its terms narrow it, rather than a restriction of its own."""
        frame = self.frames.of(cue)
        if frame is None or not (frame.modality == "permission" or self._duty_on_a_route(frame)
                                 or (self._duty_to_allow(frame) and not self._opens_a_list(frame))) \
                or frame.polarity != "positive" or not frame.restrictive \
                or frame.only_actor or self._only_by_the_qualified(frame):
            return False  # "Only trained members may operate ...": a term of every permitted use
        if "existential" in frame.operators and "conduct" in frame.subject:
            # "Such use may occur only under a search warrant" after the ban: the use the ban names
            return any(b < clause.start for b, _, _ in self.bans)
        return self._banned_before(frame, clause.start)

    def _subject_cites_a_ban(self, frame, *, items: bool = False) -> bool:
        """Is the frame passive, its subject pointing at a provision that holds a ban ("The use referred to in
        Art. 1 shall only be admitted ...", "The introduction referred to in Article 1 is allowed ...")? Then its
        act is the one that ban names, whatever noun the subject calls it by; with ``items``, an item of a ban's
        list counts as the ban ("The action specified in 5.1.1 may be carried out only ...")."""
        return frame.voice == "passive" and bool(frame.subject & {"pointer", "law"}) and any(
            self._holds_ban(t) or (items and self._item_of_a_ban(t)) for t in self._cited(frame, *frame.subject_span))

    def _opens_a_list(self, frame) -> bool:
        """Is the frame's sentence a lead-in to "the following" cases ("shall be permitted solely in the following
        hypotheses, observing ...:")? Then its items are the ways through, not the sentence. (Not "following" as
        a preposition, "admitted following prior judicial authorisation", which no colon ends.)"""
        end = self._sentence_end_after(frame.end)
        if self.toks is None or not self.doc.text[frame.end:end].rstrip().endswith(":"):
            return False
        lo, hi = self.toks.range_of(frame.end, end)
        return any("following" in self._word_classes(i) and self.toks.lower[i - 1] == "the" for i in range(lo + 1, hi))

    @staticmethod
    def _duty_to_allow(frame) -> bool:
        """Is the frame a passive permission phrased as a duty ("The use referred to in Art. 1 shall only be admitted
        upon prior judicial authorisation")? Civil-law drafting states a permission so: the use is allowed, on
        terms."""
        return frame.modality == "duty" and frame.voice == "passive" and "op-permit" in frame.operators

    def _duty_on_a_route(self, frame) -> bool:
        """Is the frame a duty to do the conduct upon a body's decision ("Gait recognition in the search for a suspect
        shall be carried out upon the decision of a judge"), as a permission on terms is?"""
        return frame.modality == "duty" and any(
            c.rule_id == "structure.on-route"
            for c in self.index.between(frame.end, self._sentence_end_after(frame.end), kinds=("role",)))

    def _only_the_qualified(self, clause, frame, form: str | None, cue: Cue) -> bool:
        """Does the permission name only who may do the conduct, marked by a qualification ("Only members who
        have completed Department training", "only by members who have completed the training"), with no topic
        that makes it a way through (a court, an approval, a purpose)?"""
        if form == "exemption.permission" and frame is not None and frame.only_actor \
                and "conduct" in frame.operators and not frame.operators & {"op-permit", "op-grant"}:
            lo, hi = frame.subject_span
        elif form == "exemption.unless" and cue.rule_id == "structure.only" \
                and self.doc.text[cue.start:cue.end].split()[-1].lower() == "by":
            lo, hi = cue.end, clause.end
        else:
            return False
        if any(c.kind == "exemption" and c.value != "other" for c in clause.cues):
            return False
        return self._names_the_qualified(lo, hi)

    def _names_the_qualified(self, start: int, end: int) -> bool:
        """Do [start, end) name an actor and a qualification of it ("members who have completed the training")?"""
        classes = self.lang_classes(start, end)
        return "actor-head" in classes and "qualification" in classes

    def _sentence_end_after(self, at: int) -> int:
        """Where the sentence holding char ``at`` ends: the next sentence's start, else the text's end."""
        k = bisect.bisect_right(self.sentence_starts, at)
        return self.sentence_starts[k] if k < len(self.sentence_starts) else len(self.doc.text)

    def _only_by_the_qualified(self, frame) -> bool:
        """Do "only by" and an actor marked by a qualification follow the permission, to the end of its
        sentence, with no topic of a way through ("A drone may be flown only by pilots who have finished the
        Aviation Unit's flight training")?"""
        end = self._sentence_end_after(frame.end)
        if self.doc.text[frame.end:end].split()[:2] not in (["only", "by"], ["solely", "by"]):
            return False
        if any(c.value != "other" for c in self.index.between(frame.end, end, kinds=("exemption",))):
            return False
        return self._names_the_qualified(frame.end, end)

    def _banned_before(self, frame, start: int) -> bool:
        """Is the frame's act (or its very verb, when no act names it: "shall not take fingerprints" /
        "may take prints ... solely to") banned outright somewhere before ``start``?"""
        act = self.act_of(frame)
        if "pro-conduct" in frame.operators:
            return self._pro_conduct_banned(frame, start)
        if self._duty_to_allow(frame) and self._subject_cites_a_ban(frame):
            return True  # "The use referred to in Art. 1 shall only be admitted upon ...": the act the ban names
        kinds = {act, *ACT_KINDS.get(act, ())} if act is not None else set()
        if any(b < start and (kinds & acts or lemma == frame.lemma) for b, acts, lemma in self.bans):
            return True
        return any(b < start and "use" in acts for b, acts, _ in self.bans) and self._feeds_technology(frame)

    def _feeds_technology(self, frame) -> bool:
        """Does the frame's act hand something to the technology ("may submit an audio recording to a
        voiceprint analysis system", "run a photograph through the face recognition tool")? That uses
        it, whatever the verb."""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        into = self._words("destination-preposition")
        lo = toks.range_of(frame.end, frame.end)[0]  # the first token after the verb group
        for i in range(lo, min(len(toks), lo + 15)):
            if toks.lower[i] in (";", ".", ":"):
                return False
            if toks.lower[i] in into and self.index.between(toks.start[i], toks.end[min(len(toks), i + 6) - 1],
                                                             kinds=("technology",)):
                return True
        return False

    def _pro_conduct_banned(self, frame, start: int) -> bool:
        """"A purchase described in paragraph 1 may go forward only where ...": the act the subject
        points at is banned (paragraph 1 holds a ban); with no pointer, any ban before it. ("A
        deployment under paragraph (1) may take place only if ..." when paragraph (1) permits it:
        terms of that permission.)"""
        refs = self._cites_a_ban(frame, *frame.subject_span)
        return any(b < start for b, _, _ in self.bans) if refs is None else refs

    def _cites_a_ban(self, frame, start: int, end: int, *, regulated: bool = False) -> bool | None:
        """Does [start, end) cite a provision that holds a ban ("conduct described in subsection (a)"),
        or, with ``regulated``, one that speaks of the technology ("a comparison described in subsection
        1", where 1 permits face recognition on terms)? None when it cites nothing."""
        targets = list(self._cited(frame, start, end))
        if not targets:
            return None
        return any(t is not None and (self._holds_ban(t) or (regulated and self.concerns(t.start, t.end)))
                   for t in targets)

    def cites_a_ban_from(self, at: int, start: int, end: int) -> bool:
        """Does [start, end), read from the provision at ``at``, cite a provision that holds a ban ("USES
        OUTSIDE SECTION 2(1)" over a schedule, where 2(1) bans)?"""
        return any(self._holds_ban(t) for t in self._cited_from(at, start, end))

    def _cited(self, frame, start: int, end: int):
        """The provisions [start, end) cites, resolved from the frame's own provision (None where a
        reference names nothing in this text)."""
        return self._cited_from(frame.start, start, end)

    def _cited_from(self, at: int, start: int, end: int):
        """The provisions [start, end) cites, resolved from the provision at ``at``."""
        origin = self.doc.provision_at(at)
        return (resolve(self.doc, origin, labels) for labels in all_references(self.doc.text[start:end]))

    def _holds_ban(self, prov) -> bool:
        return prov is not None and any(prov.start <= b < prov.end for b, _, _ in self.bans)

    def points_to_as_excepted(self, at: int) -> bool:
        """Does a ban's sentence point to the provision at ``at`` (or one holding it) as what it lets through
        ("for any purpose other than a purpose specified in subsection (2)")?"""
        return any(True for _ in self._excepted_around(at))

    def excepted_by_a_ban(self, at: int) -> set[str]:
        """The acts of the ban sentences that point to the provision at ``at`` (or one holding it) as what
        they let through ("are prohibited from transferring the data, other than in the cases provided for
        by parts four and five of this Article"): a duty there to do one of them is a way through."""
        return set().union(*self._excepted_around(at))

    def _excepted_around(self, at: int):
        """The acts of the bans that point to the provision at ``at``, then to each provision holding it."""
        excepted = self._excepted_provisions()
        prov = self.doc.provision_at(at)
        while prov is not None:
            if prov.index in excepted:
                yield excepted[prov.index]
            prov = self.doc.provisions[prov.parent] if prov.parent is not None else None

    def _excepted_provisions(self) -> dict[int, set[str]]:
        """The provisions the bans' sentences cite after a cross-reference ("other than in the cases provided for
        by part four"), each with the acts of the ban that cites it; read once per analysis."""
        if self.toks is None or self.lexicon is None:
            return {}
        if self._excepted is None:
            self._excepted = {}
            toks = self.toks
            for b, _, _ in self.bans:
                end = self._sentence_end_after(b)
                lo, hi = toks.range_of(b, end)
                acts = {a for i in range(lo, hi) if (a := self.lexicon.act_of(toks.lemma[i]))}
                for c in self.index.between(b, end, kinds=("role",)):
                    if c.form == "neutral.cross-reference":
                        origin = self.doc.provision_at(c.start)
                        for labels in all_references(self.doc.text[c.end:end]):
                            if (t := resolve(self.doc, origin, labels)) is not None:
                                self._excepted.setdefault(t.index, set()).update(acts)
        return self._excepted

    def _item_of_a_ban(self, prov) -> bool:
        """Does ``prov`` hold a ban, or is it an item under a ban's lead ("shall be prohibited from:" /
        "5.1.1. identifying a person by voice")?"""
        if prov is None:
            return False
        if self._holds_ban(prov):
            return True
        parent = self.doc.provisions[prov.parent] if prov.parent is not None else None
        if parent is None or not parent.children:
            return False
        lead_end = self.doc.provisions[parent.children[0]].start  # (the lead-in, not an earlier sibling)
        return any(parent.start <= b < lead_end for b, _, _ in self.bans)

    def _head_of(self, start: int, end: int) -> int:
        """Where the first word naming the technology, its data or the conduct stands in [start, end)
        (``end`` if none): what follows it modifies it ("data obtained under subsection (1)"), what
        precedes it does not ("Except as provided in section 5, no unit shall")."""
        if self.toks is None or self.lexicon is None:
            return end
        lo, hi = self.toks.range_of(start, end)
        heads = {"data-noun", "tech-head", "conduct-noun"}
        of = self.lexicon.classes_of
        return next((self.toks.start[i] for i in range(lo, hi)
                     if heads & (of(self.toks.lemma[i]) | of(self.toks.lower[i]))), end)

    def _cites_an_exemption(self, frame, start: int, end: int) -> bool:
        """Does [start, end) cite a provision that permits or excepts and bans nothing ("data obtained
        by virtue of subsection (1)", where (1) lets the police find a missing person)?"""
        return any(target is not None and not target.start <= frame.start < target.end
                   and not self._holds_ban(target)
                   and (any(f.row is not None and f.row.role.startswith("exemption.") and not f.subordinate
                            and f.row.id != EXCEPTED_DUTY_ROW  # (a duty, not a permission: "shall operate cameras")
                            for f in self.frames.between(target.start, target.end)) or self._excepted_item(target))
                   for target in self._cited(frame, start, end))

    def _under_quoted_term(self, prov) -> bool:
        """Is ``prov`` an item under a defined term that stands alone above its items ('(2) "law enforcement
        agency"' / '(A) means ...' / '(B) does not include ...')? The items' subject is that term."""
        if prov is None or prov.parent is None:
            return False
        parent = self.doc.provisions[prov.parent]
        if parent.kind == "root" or not parent.children:
            return False
        lead = self.doc.text[parent.body_start:self.doc.provisions[parent.children[0]].start]
        return _QUOTED.fullmatch(lead.strip().rstrip(":—–-").strip()) is not None

    def _excepted_item(self, prov) -> bool:
        """Is ``prov`` a list its lead-in lets through, or an item of one ("is prohibited, save in the
        following cases: 1) the confirmation of the identity of persons entering ...", "may use an iris
        recognition system only for one of the following purposes: a) ...")? Those items are exemptions by
        their place, with no frame of their own."""
        if self._lets_items_through(prov):
            return True
        return prov.kind == "item" and prov.parent is not None \
            and self._lets_items_through(self.doc.provisions[prov.parent])

    def _lets_items_through(self, prov) -> bool:
        if not prov.children:
            return False
        first = self.doc.provisions[prov.children[0]].start
        return bool(self.index.between(prov.start, first, prefix="role.exemption"))

    def _subject_matter_only(self, start: int, end: int) -> bool:
        """Is every mention of the technology in [start, end) what something is about ("the teaching of,
        or scholarship about, facial recognition")? Teaching about it is not using it."""
        toks = self.toks
        techs = self.index.between(start, end, kinds=("technology",))
        if toks is None or not techs:
            return False
        last_end = -1
        for cue in techs:
            lo = toks.range_of(cue.start, cue.end)[0]
            before = [k for k in range(max(0, lo - 4), lo) if toks.lower[k][:1].isalpha()][-2:]
            between = self.doc.text[last_end:cue.start].replace(",", " ").split() if last_end >= 0 else ["-"]
            joined = all("coordinator" in self.lexicon.classes_of(w.lower()) for w in between)
            if not joined and not any(self.lexicon.classes_of(toks.lower[k]) & {"topic-preposition"} for k in before):
                return False  # ("about facial recognition or emotion recognition": the second is about too)
            last_end = cue.end
        return True

    def _camera_ban_words(self) -> frozenset[str] | None:
        """The words the law's bans ban, as lemma and lower case: every word of their sentences but those in a
        phrase a preposition opens, where a camera only carries what is banned ("shall not use biometric
        identification on any Library camera"), and those of a ban only of passing things on. None where the
        bans reach an ordinary camera: where a ban names surveillance at large outside a technology's name ("or
        any other surveillance technology"), or where no ban names a technology (by id, by a trait it reads, or
        by a name no id knows: "an AI weapon-detection scanner"; a ban with only a term or an anaphor for it,
        "will not use these technologies", names none of its own). A ban that names a camera outside such a
        phrase ("Cameras shall not be placed in restrooms", "No camera shall be installed ...") is a rule on
        cameras: its words are left out and its words of place kept apart (``_camera_rule_words``), so that only a
        camera use of that place is a way through it; where it is the only ban, no ban names a technology."""
        if self._camera_words is None:
            self._camera_words = self._read_camera_ban_words()
        return self._camera_words or None

    def _read_camera_ban_words(self) -> frozenset[str] | bool:
        toks, named, words = self.toks, False, set()
        passing = set(self._words("passing-on-act"))
        for start, acts, _ in self.bans:
            k = bisect.bisect_right(self.sentence_starts, start) - 1
            lo = self.sentence_starts[k] if k >= 0 else 0
            hi = self._sentence_end_after(start)
            span = range(*toks.range_of(lo, hi))
            names = [(c.start, c.end) for c in self.index.between(lo, hi, kinds=("technology",))]
            carried = {i for i in span if self._in_prepositional_phrase(i, span.start)}
            # (a word outside the name of a technology: not the "monitoring" of "social media monitoring")
            loose = [i for i in span if not any(s <= toks.start[i] < e for s, e in names)]
            if any("surveillance-at-large" in self._about(i) for i in loose):
                return False
            if any("ordinary-camera" in self._about(i) and i not in carried for i in loose):
                # a rule on cameras ("Cameras shall not be placed in restrooms"): a camera use is a way through it
                # only where it speaks of what the rule's phrases of place name ("may be placed in a locker room
                # entrance corridor where the Chief approves"); elsewhere it is no way through the other bans
                at = toks.range_of(start, start + 1)[0]  # (from the end of the sentence before it, in its provision)
                first = max((i for i in span if i < at and toks.lower[i] in (".", ";")), default=span.start)
                self._camera_rule_words |= {toks.lemma[i] for i in carried if i > first and len(toks.lower[i]) >= 4
                                            and toks.lower[i].isalpha() and not self._about(i) and not
                                            self._word_classes(i) & {"determiner", "preposition", "coordinator"}}
                continue
            own_name = not ("anaphor" in self.tags(lo, hi) or self._names_defined_technology(lo, hi)) \
                and any("tech-head" in self._word_classes(i) for i in span)
            named = named or bool(names) or self._names_a_trait(lo, hi) or own_name
            if acts and acts <= passing:
                continue  # ("will not provide recordings to any agency for face recognition": what may not be
                # passed on; a permission to pass it on is no other technology's use, whatever it names)
            words |= {w for i in span if toks.lower[i].isalpha() and i not in carried
                      for w in (toks.lemma[i], toks.lower[i])}
        return frozenset(words) if named else False

    def _in_prepositional_phrase(self, i: int, lo: int) -> bool:
        """Does a preposition open the noun phrase the word at token i stands in ("on any image or video", "by
        Authority cameras", "to a Library recording"), back over no more than five words (not before token lo)
        and no verb of conduct? (Not the "of" after a noun of conduct: "the use of video cameras" names what is
        used.)"""
        toks, k, seen = self.toks, i - 1, 0
        while k >= lo and seen < 5:
            if not toks.text[k].isspace():
                classes = self._word_classes(k)
                if classes & {"preposition", "destination-preposition"}:
                    before = self._prev_word(k, lo)
                    return not (toks.lower[k] == "of" and before is not None
                                and "conduct-noun" in self._word_classes(before))
                if not toks.lower[k].isalnum() or "conduct" in classes:
                    return False
                seen += 1
            k -= 1
        return False

    def _word_tokens(self, start: int, end: int) -> list[int]:
        """The tokens of chars [start, end) that are not layout (spaces and line breaks)."""
        toks = self.toks
        return [i for i in range(*toks.range_of(start, end)) if not toks.text[i].isspace()]

    def _prev_word(self, k: int, lo: int) -> int | None:
        k -= 1
        while k >= lo and self.toks.text[k].isspace():
            k -= 1
        return k if k >= lo else None

    def names_what_a_ban_reaches(self, start: int, end: int, *, acts: bool = True,
                                 own: tuple[int, int] | None = None) -> bool:
        """Does [start, end) name what a ban of a technology may reach whatever tool it names: a technology
        by id, a term the law defines as the technology, an anaphor, a route, a banned act as a noun (not with
        ``acts`` False: an item of a lead-in that permits a camera's uses is one more use of the camera), a
        trait such a technology reads, or what a recognition technology does ("may compare recorded footage of
        the perpetrator with footage of a suspect", "to confirm that a visitor is the person named on the
        list"; not what it says cannot be done: "footage from which patients cannot be identified")? A
        permission's ``own`` verb is no route: "The following uses of campus cameras are permitted"."""
        words = range(*self.toks.range_of(start, end))
        spans = [(start, own[0]), (own[1], end)] if own else [(start, end)]
        return bool(self.index.between(start, end, kinds=("technology",))
                    or any(self.tags(lo, hi) & {"anaphor", "route"} for lo, hi in spans if hi > lo)
                    or self._names_defined_technology(start, end)
                    or (acts and self._names_a_banned_act(start, end, nouns=True))
                    or any(self._about(i) & {"surveilled-trait", "identifying-act"}
                           and not self._ends_lead_in(i, words.start) and not self._negated(i, words.start)
                           for i in words))

    def _negated(self, i: int, lo: int) -> bool:
        """Does a negator stand before the word at token i, past "be" and modals ("cannot be identified",
        "is not compared"), or a negative determiner before its subject ("from which no driver can be identified")?"""
        k = before = self._prev_word(i, lo)
        while k is not None and self._word_classes(k) & {"aux-be", "modal-duty", "modal-permission"}:
            k = self._prev_word(k, lo)
        if k is not None and "negator" not in self._word_classes(k) and k != before:
            k = self._prev_word(k, lo)  # past the subject's noun, to its determiner
            return k is not None and "negative-determiner" in self._word_classes(k)
        return k is not None and "negator" in self._word_classes(k)

    def _ends_lead_in(self, i: int, lo: int) -> bool:
        """Is the word at token i the "following" of a lead-in, after a determiner ("The following uses of
        campus cameras are permitted"), not the act of following a person?"""
        before = self._prev_word(i, lo)
        return "following" in self._word_classes(i) and before is not None \
            and "determiner" in self._word_classes(before)

    def _other_technology(self, frame, start: int, end: int) -> bool:
        """Is all a permission lets be used an ordinary camera or its recording ("Security cameras may be used
        to: ...", "Recorded video may be reviewed by building administrators"), where the bans name other
        technologies and no camera? A camera is not face recognition: its uses are no way through a ban of
        it. (Not where the permission passes on what a ban bars passing on, "live camera feeds may be shared
        with the police", nor where it names what a ban reaches, ``names_what_a_ban_reaches``.) The words read
        run from the sentence's start: a lead-in's items are judged each on its own (clauses.py)."""
        banned = self._camera_ban_words() if self.toks is not None else None
        # (the permission's own verb is no route of a ban: "The following uses of campus cameras are permitted")
        if banned is None or self.act_of(frame) in self.banned_acts & set(self._words("passing-on-act")) \
                or self.names_what_a_ban_reaches(start, end, own=(frame.start, frame.end)):
            return False
        toks = self.toks
        lo, hi = toks.range_of(start, end)
        if self._camera_rule_words & {toks.lemma[i] for i in range(lo, hi)}:
            return False  # "Cameras may be used in a cell where a medical officer certifies ..." under "No camera
            # shall be installed in a cell": the camera rule's own matter
        named = [i for i in range(lo, hi) if (self._word_classes(i) & {"tech-head", "data-noun"} or self._about(i))
                 and not self._ends_lead_in(i, lo)]
        return bool(named) and all(self._about(i) & {"ordinary-camera", "camera-recording"}
                                   and not {toks.lemma[i], toks.lower[i]} & banned for i in named)

    def _about(self, i: int) -> frozenset[str]:
        return self.lexicon.about(self.toks.lower[i]) | self.lexicon.about(self.toks.lemma[i])

    def _names_a_trait(self, start: int, end: int) -> bool:
        """Does [start, end) name what a surveillance technology reads ("the iris", "plate-reading")?"""
        return any("surveilled-trait" in self._about(i) for i in range(*self.toks.range_of(start, end)))

    def _word_classes(self, i: int) -> frozenset[str]:
        return self.lexicon.classes_of(self.toks.lower[i]) | self.lexicon.classes_of(self.toks.lemma[i])

    def _kept_record(self, start: int, end: int) -> bool:
        """Does [start, end) open with a record this law has kept ("the register kept under section 8",
        "the log required by subsection (c)")? To inspect or audit it oversees the law; it uses nothing."""
        toks = self.toks
        if toks is None or self.lexicon is None or end <= start:
            return False
        lo, hi = toks.range_of(start, end)
        words = [k for k in range(lo, min(hi, lo + 12)) if toks.lower[k][:1].isalnum()]
        while words and "determiner" in self.lexicon.classes_of(toks.lower[words[0]]):
            words = words[1:]
        if not words or toks.lemma[words[0]] not in self.lexicon.words("kept-record"):
            return False
        after = words[1:6]
        return bool(after) and "law" in self.tags(toks.start[after[0]], toks.end[after[-1]])

    def _law_spoke_last(self, frame) -> bool:
        """Is the law the subject of the last main frame before this one in its provision ("1 This
        Ordinance governs ... 2 It applies to: ... 3 It does not apply to:")? Then "it" is the law."""
        before = self._main_frames_before(frame)
        return bool(before) and bool(before[-1].subject & {"law", "it"}) and any(
            "law" in f.subject for f in before)

    def _main_frames_before(self, frame) -> list:
        """The main (not subordinate) frames before this one in its section."""
        prov = self.doc.section_of(self.doc.provision_at(frame.start))
        return [f for f in self.frames.between(prov.start, frame.start) if not f.subordinate and f is not frame]

    def _ban_spoke_last(self, frame) -> bool:
        """Is the last main frame before this one in its provision an outright ban ("Voice identification
        by the police is prohibited. By way of exception, it is permitted ...")? Then "it" is the conduct
        banned."""
        before = self._main_frames_before(frame)
        return bool(before) and before[-1].row is not None and before[-1].row.role == "prohibition.ban"

    def _states_reach(self, start: int, end: int, clause_end: int = 0) -> bool:
        """Does the law state its own reach before ``end`` ("This Part binds every public sector agency
        other than ...", "This chapter applies to all departments except ...")? What the exception
        takes out of that reach is taken out of the ban."""
        # (the words right before the verb name the law: not "For the purpose of this Section, the
        # following definitions shall apply unless ...")
        # (or in the passive: "Every department of the City, other than the Department of Aviation, is
        # bound by this section")
        return any(f.polarity == "positive" and "op-scope" in f.operators and not f.subordinate
                   and (("law" in self.tags(max(f.subject_span[0], f.start - 16), f.start) and f.start < end)
                        or (f.voice == "passive" and "law" in f.obj))
                   and "purpose" not in f.subject for f in self.frames.between(start, max(end, clause_end)))

    def _w(self, name: str) -> float:
        return self.weights.get(name, 0.0)

    # ------------------------------------------------------------ does it concern the technology?
    def concerns(self, start: int, end: int, *, law: bool = False) -> bool:
        tags = self.tags(start, end)
        regulated = {"technology", "data", "anaphor"} | ({"law"} if law else set())
        return bool(tags & regulated)

    def _defined_technology(self) -> re.Pattern | None:
        """The quoted terms the law's definition frames define as the technology or its data
        ('"tracking" means the obtaining ... of location data'), as one pattern; None if none."""
        if self._terms is None:
            terms = set()
            for f in self.frames.frames:
                if f.row is None or f.row.role != "definition.term":
                    continue
                # the whole definiens, not its first words: "means the systematic collection, retention
                # or analysis of content published on a social media platform"
                if not (f.obj | self.tags(*f.object_span)) & {"technology", "data"}:
                    continue
                m = _QUOTED.search(self.doc.text, *f.subject_span)
                if m is not None:
                    terms.add(m.group("term").lower())
            # a glossary's "e) Tracking: the collection ... of location data" (no verb of defining)
            text = self.doc.text
            for m in glossary_terms(text):
                stop = text.find("\n", m.end())
                if self.tags(m.end(), stop if stop >= 0 else len(text)) & {"technology", "data"}:
                    terms.add(m.group("colon").lower())
            self._terms = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(terms))) + r")\b") if terms else False
        return self._terms or None

    def _names_defined_technology(self, start: int, end: int) -> bool:
        """Does [start, end) use a term the law defines as the technology or its data ("A public body
        shall not engage in tracking")?"""
        pattern = self._defined_technology()
        return pattern is not None and pattern.search(self.doc.text[start:end].lower()) is not None

    def _leads_items(self, clause) -> bool:
        """Does the clause lead into its provision's items ("... the following:", or Commonwealth
        style with no colon: "does not prevent a public authority from" / "(a) verifying ...")?"""
        return bool(clause.prov.children) and (
            self.doc.text[clause.start:clause.end].rstrip().endswith(LEAD_IN_END)
            or self.doc.runs_into_items(clause.prov, clause.end))

    def _items_concern(self, clause) -> bool:
        """Does an item the clause leads into name the technology? (An elided permission's object is its
        items: "may do any of the following: (1) Operate an unmanned aircraft ..."; not a court's powers
        over a breach: "the court may— (a) award damages ...; (c) order the destruction of any image")"""
        items = (self.doc.provisions[i] for i in clause.prov.children)
        return any("technology" in self.tags(item.start, item.end) for item in items if item.start >= clause.end)

    def _leads_purposes(self, clause) -> bool:
        """Does the clause's sentence go on, unbroken, into its provision's items, and say they are
        purposes ("An authorisation may be given | only for one of the following purposes— (a) ...";
        not conditions: "may issue the warrant only if satisfied that there are reasonable grounds—")?"""
        if not clause.prov.children:
            return False
        first = self.doc.provisions[clause.prov.children[0]]
        if first.start < clause.end:
            return False
        rest = self.doc.text[clause.end:first.start].rstrip()
        if "." in rest or not (rest or self.doc.text[clause.start:clause.end].rstrip()).endswith(LEAD_IN_END):
            return False
        # the purposes are named in the lead-in or in the provision's heading ("6. Purposes of Location
        # Tracking" / "A warrant ... may be issued only:")
        prov = clause.prov
        return "purpose-noun" in self.lang_classes(clause.start, first.start) \
            or (bool(prov.heading) and "purpose-noun" in self.heading_classes(prov))

    def _prohibition_object(self, clause, sentence_start: int) -> str | None:
        """Where a ban's object is named: its sentence, the items it leads, the heading above, or the
        definition of a term it uses."""
        if self.concerns(sentence_start, clause.end) or self._names_defined_technology(sentence_start, clause.end):
            return "regulated-object"
        if self._does_the_same(sentence_start, clause.end):
            return "conduct-anaphor"
        prov = clause.prov
        text = self.doc.text
        if "|" in text[clause.start:clause.end] and self._heading_mentions(prov):
            return "object-in-heading"  # a row of "TABLE 1 — USES OF FACIAL RECOGNITION"
        if self._leads_items(clause):
            return "object-in-items" if self.concerns(prov.start, prov.end) else None
        if any(c.target.startswith("coverage.acts.") for c in clause.cues):
            section = self.doc.section_of(prov)
            if section.heading and section is not prov:
                end = min(section.end, section.start + 300)
                if section.children:
                    end = min(end, self.doc.provisions[section.children[0]].start)
                return "object-in-heading" if self.concerns(section.start, end) else None
        return None

    def _names_violator(self, start: int, end: int) -> bool:
        """"An employee who breaks this chapter", "an officer who knowingly violates Section III": a
        relative clause that names a breach of this law (not "investigations of violations of law", not
        "removing posts that violate the City's comment policy")."""
        # (and a complaint "alleging a violation of this Policy": the breach it reports)
        return self._breach_of_law(start, end, ("who", "that", "which", *self._words("alleging-word")))

    def _enforces_law(self, start: int, end: int) -> bool:
        """"the authority of the Attorney General to investigate and prosecute violations of this section",
        "the power of the Commissioner to enforce this Act": the enforcing of this law, which a savings
        clause keeps, is no use of the technology. A verb of enforcing, then within three words this law
        or a breach of it."""
        toks = self.toks
        if toks is None or self.lexicon is None or end <= start:
            return False
        enforcing = self._words("enforce-verb")
        lo, hi = toks.range_of(start, end)
        for i in range(lo, hi):
            if toks.lemma[i] not in enforcing:
                continue
            after = toks.end[min(hi, i + 4) - 1]
            if "law" in self.tags(toks.end[i], after) or self._breach_of_law(toks.start[i], end, (toks.lower[i],)):
                return True
        return False

    def _displaces_other_law(self, start: int, end: int) -> bool:
        """Is the subject the other laws this one displaces ("Any law, regulation, directive or practice
        inconsistent with this Proclamation")? A word of conflict, then this law within four words."""
        if self.toks is None or self.lexicon is None or end <= start:
            return False
        conflict = self._words("conflict-adjective")
        lo, hi = self.toks.range_of(start, end)
        return any(self.toks.lemma[i] in conflict and self._law_within(i, hi, 4) for i in range(lo, hi))

    def _points_back(self, frame) -> bool:
        """Does the frame's subject point back at whom the sentence before named: "It may inspect", "its
        agents may have access to the premises"?"""
        if "it" in frame.subject:
            return True
        if self.toks is None or self.lexicon is None:
            return False
        possessive = self._words("possessive-pronoun")
        lo, hi = self.toks.range_of(*frame.subject_span)
        return any(self.toks.lower[i] in possessive for i in range(lo, hi))

    def _sentence_before(self, prov, sentence_start: int) -> tuple[int, int]:
        """The span of the sentence before ``sentence_start`` inside ``prov`` (empty at its first)."""
        k = bisect.bisect_left(self.sentence_starts, sentence_start)
        start = self.sentence_starts[k - 1] if k else sentence_start
        return min(max(start, prov.body_start), sentence_start), sentence_start

    def _keeps_the_law(self, start: int, end: int) -> bool:
        """"shall monitor compliance with this Act and may, for that purpose, inspect the records", "is
        responsible for the control of compliance with this law and may request information": a word of
        overseeing, then within three words a noun of keeping a law, then this law within six words
        ("shall ensure compliance with the provisions of this law"). What such a sentence permits is
        oversight of the law, not the regulated conduct (not "Subject to compliance with section 3, an
        agency may use ...": no one oversees there)."""
        toks = self.toks
        if toks is None or self.lexicon is None or end <= start:
            return False
        keeping, overseeing = self._words("law-keeping"), self._words("oversight-word")
        lo, hi = toks.range_of(start, end)
        return any(toks.lemma[i] in keeping and any(toks.lemma[k] in overseeing for k in range(max(lo, i - 3), i))
                   and self._law_within(i, hi, 6) for i in range(lo, hi))

    def _persons_petition(self, frame, clause_end: int) -> bool:
        """Does a member of the public ask for something or get told something ("Any resident may ask the
        management office where entry cameras are located", "The data subject may seek compensation in
        court", "Citizens are entitled to be informed whether ...")? That is a right the law gives, not the
        regulated conduct. The subject's own words count (after the last comma: not "When a parent has
        reported a child missing, the Chief may request a search"). A request for the conduct itself is the
        way to it, whoever makes it ("A parent may request that the school locate the device", "A student may
        request to use face recognition"): conduct or the technology named before any question the request
        asks ("whether footage was released") keeps the permission. Lodging a complaint is such a right
        whoever lodges it ("Any attendee may submit a complaint about a suspected violation")."""
        if self.toks is None or self.lexicon is None:
            return False
        lo, hi = self.toks.range_of(*frame.object_span)
        if any(self.toks.lemma[i] in self._words("complaint-word") for i in range(lo, min(hi, lo + 3))):
            return True  # "Any attendee may submit a complaint about a suspected violation": whoever lodges it
        if frame.lemma not in self._words("public-right-verb") and not (
                "op-permit" in frame.operators and self._right_first(frame)):
            return False
        lo, hi = self.toks.range_of(*frame.subject_span)
        commas = [i for i in range(lo, hi) if self.toks.lower[i] == ","]
        start = self.toks.end[commas[-1]] if commas else frame.subject_span[0]
        if "public-member" not in self.lang_classes(start, frame.subject_span[1]):
            return False
        lo, hi = self.toks.range_of(frame.end, clause_end)
        asking = self._words("interrogative")
        question = next((self.toks.start[i] for i in range(lo, hi) if self.toks.lower[i] in asking), clause_end)
        return not self.tags(frame.end, question) & {"conduct", "technology"} if question > frame.end else True

    def _describes_a_noun(self, frame, clause) -> bool:
        """Is the permission a relative clause with no pronoun ("... and other data the Department is authorized to
        receive."): another frame of the sentence before it, a noun right before its subject's determiner, and the
        permitted verb left with no object of its own (the noun before is its object)? It describes that noun;
        it permits nothing."""
        toks = self.toks
        if toks is None or (not frame.subordinate and not any(
                f.start < frame.start and not f.subordinate for f in self.frames.between(clause.sentence_start,
                                                                                         frame.start))):
            return False
        words = self._word_tokens(clause.sentence_start, frame.start)
        # the subject's own noun phrase: a determiner and at most four words of a name before the verb group
        determiners = self._words("determiner")
        det = next((n for n in range(len(words) - 1, max(0, len(words) - 6), -1)
                    if toks.lower[words[n]] in determiners), None)
        noun = words[det - 1] if det else None
        if noun is None or not all(toks.text[w].isalpha() for w in words[det:]) \
                or not toks.text[noun].isalpha() or toks.lemma[noun] in self._words("function-word"):
            return False
        # (not a phrase fronted before the subject: "..., but in exigent circumstances the deputy is authorized to
        # fly", "and upon receipt of a warrant the officer is authorized to", "except that during a hostage
        # situation the commander is authorized to", "in which case the officer is authorized to": a clause's opener
        # stands before the noun, or its phrase opens on a preposition after "and" or a stop)
        openers = self._words("subordinator") | self._words("introducer-except") \
            | (self._words("coordinator") - {"and", "or"})
        prepositions = self._words("preposition") | self._words("time-preposition")
        k = det - 1
        while k >= 0 and toks.text[words[k]].isalpha() and toks.lower[words[k]] not in openers \
                and toks.lower[words[k]] not in ("and", "or"):
            k -= 1
        if k >= 0 and toks.lower[words[k]] in openers:
            return False
        first = words[k + 1]
        if toks.lemma[first] in prepositions and toks.lower[first] != "of":
            return False
        after = self._word_tokens(frame.end, clause.end)
        return len(after) >= 2 and toks.lower[after[0]] in self._words("infinitive-marker") \
            and "conduct" in self.lang_classes(toks.start[after[1]], toks.end[after[1]]) \
            and (len(after) == 2 or not toks.text[after[2]][:1].isalnum())

    def _right_first(self, frame) -> bool:
        """Is the first verb of what the frame entitles one of the public's rights ("are entitled to
        request", "is entitled to be informed"), past the words of the infinitive and the passive?"""
        toks = self.toks
        lo, hi = toks.range_of(frame.end, frame.object_span[1])
        skip = self._words("infinitive-marker")
        words = [i for i in range(lo, min(hi, lo + 4)) if toks.lower[i].isalpha() and toks.lemma[i] not in skip]
        return bool(words) and toks.lemma[words[0]] in self._words("public-right-verb")

    def _use_just_permitted(self, frame, clause, sentence_start: int) -> bool:
        """Does the frame's subject point back at a use the sentence before it in the provision permits: a
        determiner and a noun of conduct and nothing more ("The comparison", "Such a flight"; not "The
        deployment of a drone over a public gathering", a use of its own)?"""
        if self.toks is None or self.lexicon is None:
            return False
        lo, hi = self.toks.range_of(*frame.subject_span)
        words = [i for i in range(lo, hi) if self.toks.lower[i].isalpha()]
        if not 2 <= len(words) <= 3 or self.toks.lower[words[0]] not in self._words("anaphoric-determiner") \
                or "conduct-noun" not in self.lexicon.classes_of(self.toks.lemma[words[-1]]):
            return False
        before = self._sentence_before(clause.prov, sentence_start)
        return before[1] > before[0] and any(
            f.row is not None and f.row.role == "exemption.permission" and not f.subordinate
            for f in self.frames.between(*before))

    def _distributive_subject(self, frame) -> bool:
        """Does the frame's subject open with "each" or "every" (the pack's distributive words) before a
        noun (not "Each of the following is a permitted purpose—", which leads items)?"""
        if self.toks is None or self.lexicon is None:
            return False
        lo, hi = self.toks.range_of(*frame.subject_span)
        words = [i for i in range(lo, hi) if self.toks.lower[i].isalpha()]
        return len(words) > 1 and self.toks.lower[words[0]] in self._words("distributive") \
            and self.toks.lower[words[1]] != "of"

    def _inspects(self, frame) -> bool:
        """Is what the frame permits an inspection ("The Commissioner may inspect the records", "may carry
        out inspections in public authorities", "may seek an inspection warrant")? A word of inspecting as its
        verb or as the first word of its object, and no technology named there: the oversight of the law, not
        the regulated conduct (not "may fly a drone to inspect a bridge", "may inspect a burning building with a
        drone": the drone's use is the conduct). So is an entry ("may enter any premises", "may seize any
        equipment"), unless what is entered goes into the technology ("may enter a plate on the ALPR hot
        list"), and a warrant granted or sought to enter premises, whatever it lets the enforcer seize there."""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        lo, hi = toks.range_of(*frame.object_span)
        words = [i for i in range(lo, hi) if toks.lower[i].isalpha()]
        if words and "technology" in self.tags(toks.start[words[0]], toks.end[words[min(2, len(words) - 1)]]):
            return False  # "may operate inspection drones": the technology heads what is permitted
        instrument = self._words("instrument-preposition")
        if any(toks.lower[i] in instrument and "technology" in self.tags(toks.start[i], toks.end[min(hi, i + 4) - 1])
               for i in range(lo, hi)):
            return False  # "may inspect a burning building with a drone": done with the technology
        inspecting, entering = self._words("inspection-word"), self._words("entry-word")
        # (what is entered goes into the technology: "may enter a plate on the ALPR hot list", not premises)
        relative = self._words("relative-pronoun")
        into_technology = any(self.lexicon.classes_of(toks.lower[i]) & {"preposition"}
                              and ((k := self._first_word(i + 1, hi)) is None or toks.lower[k] not in relative)
                              and "technology" in self.tags(toks.start[i], toks.end[min(hi, i + 4) - 1])
                              for i in words[:6])
        if frame.lemma in inspecting or (frame.lemma in entering and frame.voice == "active" and not into_technology):
            return True  # ("may seize any equipment found there")
        first = self._first_word(lo, hi)
        if first is not None and toks.lemma[first] in inspecting:
            return True
        if first is not None and toks.lemma[first] in self._words("inquiry-word") \
                and not toks.lower[first].endswith("ing") and "law" in self.tags(*frame.object_span) \
                and "technology" not in self.tags(*frame.object_span):
            return True  # "may carry out an investigation into any deployment, use or authorisation under this
            # Act": an inquiry into the uses made under the law, naming no technology it is done with (not "may
            # carry out an investigation into the online activity of a suspect", a way through; nor "may give the
            # investigating agency the images")
        # a route granted to enter ("may issue a warrant authorising the Commissioner to enter those
        # premises"), naming no technology; or one sought for it ("may apply to a magistrate for a warrant to
        # enter premises ... and to seize any facial recognition system": what is seized is evidence)
        if frame.operators & {"op-grant", "op-seek"} and any(self._route_to_enter(i, hi) for i in range(lo, hi)):
            return True
        return "op-grant" in frame.operators and "technology" not in self.tags(*frame.object_span) and any(
            toks.lower[i] == "to" and (k := self._first_word(i + 1, hi)) is not None and toks.lemma[k] in entering
            for i in range(lo, hi - 1))

    def _route_to_enter(self, i: int, hi: int) -> bool:
        """Is token i a route noun for entering ("a warrant to enter premises")?"""
        toks = self.toks
        if toks.lemma[i] not in self._words("route-noun"):
            return False
        j = self._first_word(i + 1, hi)
        k = self._first_word(j + 1, hi) if j is not None and toks.lower[j] == "to" else None
        return k is not None and toks.lemma[k] in self._words("entry-word")

    def _hears_complaints(self, frame, end: int, start: int | None = None) -> bool:
        """Is what the frame permits an inquiry into complaints ("may, on its own initiative or upon a
        complaint, examine ...", "may conduct an investigation of a complaint made under section 9"): a word
        of inquiry as its verb or among the first words of its object, and a complaint-word between the
        frame's start and a few words past the inquiry (or from ``start``, the sentence's start, when neither
        the police inquire nor the inquiry names the technology: "On receiving a complaint, the Ombud may
        conduct an investigation into whether ...")? That is oversight of the law, not the regulated
        conduct."""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        inquiry = self._words("inquiry-word")
        lo, hi = toks.range_of(frame.start, end)
        head = range(lo, min(hi, toks.range_of(frame.end, end)[0] + 4))
        # (the complaint close by, before the inquiry or just after it: not "may examine particular
        # publications that relate to a complaint of a specific crime", the conduct itself; or in the words
        # that open the sentence, when the inquiry names no technology: "On receiving a complaint, the Ombud
        # may conduct an investigation into whether a public body has complied with this Act")
        # (not police whom a complaint of a crime sends to the data: "On receiving a complaint that a car has been
        # stolen, a police officer may search the stored plate data")
        police = any(c.value == "law-enforcement-only"
                     for c in self.index.between(*frame.subject_span, kinds=("actor",)))
        since = toks.start[lo] if start is None or police or "technology" in self.tags(frame.end, end) else start
        return any(toks.lemma[i] in inquiry
                   and "complaint-word" in self.lang_classes(since, toks.end[min(hi, i + 5) - 1])
                   for i in head)

    def _points_outside(self, start: int, end: int) -> bool:
        """Does [start, end) point away from what it cites ("a flight for a purpose not listed in Section
        3.1")? What it names is outside that provision, not under its terms."""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        words = self._word_tokens(start, end)
        # (a negated participle of pointing and its preposition: not "that are not otherwise required as evidence")
        return any("negator" in self.lexicon.classes_of(toks.lower[a])
                   and "pointer-filler" in self.lexicon.classes_of(toks.lemma[b])
                   and "preposition" in self.lexicon.classes_of(toks.lower[c])
                   for a, b, c in zip(words, words[1:], words[2:], strict=False))

    def _opens_on_route(self, start: int, end: int) -> bool:
        """Is the first word of [start, end) past its determiners a route noun in lower case ("The consent of
        the data subject"; not "Authority" in a body's name)?"""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        first = self._first_word(*toks.range_of(start, end))  # (past an item's number and the determiners)
        return first is not None and toks.text[first].islower() \
            and "route-noun" in self.lexicon.classes_of(toks.lemma[first])

    def _first_word(self, lo: int, hi: int) -> int | None:
        """The first token of [lo, hi) that is a word and no determiner ("the consent of", "an inspection of")."""
        low, determiners = self.toks.lower, self._words("determiner")
        return next((i for i in range(lo, hi) if low[i].isalpha() and low[i] not in determiners), None)

    @staticmethod
    def _leaves_a_body_out(frame) -> bool:
        """Does the law say it does not reach a body or its powers ("This Law shall not apply to the activities
        of the State Security Department", "This law is without prejudice to the activities of the
        Intelligence System")?"""
        return frame is not None and "law" in frame.subject and bool(frame.obj & {"actor", "power-first"}) and (
            ("op-scope" in frame.operators and frame.polarity == "negative") or "op-disclaim" in frame.operators)

    def _yields_to_a_ban(self, start: int, end: int) -> bool:
        """Does the sentence at [start, end) open on words that make it give way to a provision holding a ban
        ("Subject to section 6.0, ...", "Subject to the prohibitions in Article 4, ...")?"""
        past = self._opener_end(start, end, self._words("yielding-opener"))
        return past > start and any(self._holds_ban_under(t) for t in self._cited_from(start, start, past))

    def _holds_ban_under(self, prov) -> bool:
        """Does ``prov`` hold a ban, or, where it is only a heading ("6.0 PROHIBITED USES"), do the provisions
        numbered under it up to the next such heading?"""
        if prov is None or self._holds_ban(prov):
            return prov is not None
        if not self._only_a_heading(prov):
            return False
        for nxt in self.doc.provisions[prov.index + 1:]:
            if nxt.kind == prov.kind and self._only_a_heading(nxt):
                return False
            if self._holds_ban(nxt):
                return True
        return False

    def _only_a_heading(self, prov) -> bool:
        """Is the provision's text only its label and a title ("6.0 PROHIBITED USES", "7 Exceptions")?"""
        words = self.doc.text[prov.start:prov.end].split()[1:]
        return bool(words) and (" ".join(words).isupper() or (len(words) <= 6 and not words[-1].endswith(".")))

    def _past_opener(self, start: int, end: int) -> int:
        """Where [start, end) goes on past an opening "Subject to section 6," or "Despite section 2,": what
        that phrase cites frames the sentence; it is no part of the subject's noun phrase."""
        return self._opener_end(start, end, self._words("derogation") | self._words("pointer-opener"), label=False)

    def _opener_end(self, start: int, end: int, openers: frozenset[str], *, label: bool = True) -> int:
        """Where [start, end) goes on after its opening phrase, when that phrase opens (past the provision's label,
        with ``label``: "5.1 Subject to") on one of ``openers`` and ends at a comma; ``start`` otherwise."""
        text = self.doc.text[start:end]
        low = " ".join(text.lower().split())
        if label and low[:1].isdigit() and " " in low:
            low = low.split(" ", 1)[1]
        if any(low.startswith(w + " ") for w in openers):
            comma = text.find(",")
            return start + comma + 1 if comma >= 0 else start
        return start

    def _route_follows(self, at: int) -> bool:
        """Does a route's topic (a warrant, an approval, a law's leave) follow ``at`` in its sentence?"""
        end = self._sentence_end_after(at)
        return any(c.value in ROUTE_CATEGORIES for c in self.index.between(at, end, kinds=("exemption",)))

    def _permits_a_route(self, frame) -> bool:
        """Is a route what the frame permits: a route noun among the first words of its object, before any
        actor, "to" or clause word ("may authorize in writing a deviation from Section 4.1"; not "may authorize
        the Chief to rescind any exemption granted under Section 2")?"""
        if self.toks is None or self.lexicon is None:
            return False
        toks, of = self.toks, self.lexicon.classes_of
        lo, hi = toks.range_of(*frame.object_span)
        for i in range(lo, min(hi, lo + 10)):
            low = toks.lower[i]
            if low == "to" or low in (",", ";", ".") or of(low) & {"actor-head", "relative-pronoun"}:
                return False
            if toks.lemma[i] in self._words("route-noun"):
                return True
        return False

    def _in_opening_phrase(self, frame, at: int) -> bool:
        """Is ``at`` inside a phrase that opens on a preposition what the frame's verb takes, before the verb's
        own object ("may seek, in respect of face surveillance used on that person, an injunction", "may impose
        on any department that deploys it a civil penalty")? The technology there says whom the object (a
        remedy) is against; not past the phrase's comma or the determiner of the next noun phrase, where no
        relative clause holds it ("may authorize, by reasoned ruling, the use of ...", "may authorize by
        well-founded order the use of ...")."""
        if self.toks is None or self.lexicon is None:
            return False
        toks, of = self.toks, self.lexicon.classes_of
        lo, hi = toks.range_of(*frame.object_span)
        first = self._first_word(lo, hi)
        if first is None or "preposition" not in of(toks.lower[first]):
            return False
        relative = False
        nxt = self._first_word(first + 1, hi)
        for i in range(first + 1, hi):
            if toks.start[i] >= at:
                return True
            low = toks.lower[i]
            if low == "," or ("determiner" in of(low) and i != nxt and not relative):
                return False
            relative = relative or "relative-pronoun" in of(low)
        return True

    def _route_of_cited_ban(self, trigger: Cue, sentence_start: int) -> bool:
        """Is an "only" route the way through a ban its sentence names by pointing at the ban's provision ("Any
        flight that will record persons in an area described in Section 6.3 may be conducted only with the
        Chief's approval", where 6.3 bans it)? Not where the words before it name a route already ("An officer
        may give an authorisation under subsection (1) only if": the terms of that route), nor an "except"
        ("A violation of subsection (a) is a misdemeanor, except that a second one ...")."""
        return trigger.rule_id == "structure.only" \
            and not self.index.between(sentence_start, trigger.start, kinds=("exemption",)) \
            and self.cites_a_ban_from(trigger.start, sentence_start, trigger.start)

    def _a_safeguard(self, clause, frame) -> bool:
        """Is the frame's act a safeguard the law attaches to a use, a qualifier's words at its start ("shall
        destroy the data as soon as the period ends", "shall log each disclosure and report it to the Board")? Not
        the act the other law compels, done as it compels it ("Where a statute requires the Library to log device
        identifiers, Library IT may log them ..."): that is the way through."""
        toks = self.toks
        if toks is not None and frame.lemma in {toks.lemma[i] for i in range(*toks.range_of(clause.sentence_start,
                                                                                          frame.start))}:
            return False
        return any(c.kind == "qualifier" and frame.start <= c.start < frame.object_span[0] + SAFEGUARD_REACH
                   for c in clause.cues)

    def _words(self, cls: str) -> frozenset[str]:
        """The lexicon's words of ``cls``, read once per analysis."""
        got = self._word_sets.get(cls)
        if got is None:
            got = self._word_sets[cls] = frozenset(self.lexicon.words(cls))
        return got

    def _law_within(self, i: int, hi: int, n: int) -> bool:
        """Is this law named in the ``n`` words after token ``i`` ("compliance with the provisions of this
        law", "inconsistent with this Proclamation")?"""
        toks = self.toks
        return i + 1 < hi and "law" in self.tags(toks.start[i + 1], toks.end[min(hi, i + 1 + n) - 1])

    @staticmethod
    def _subject_of(frame, clause) -> tuple[int, int]:
        """The frame's subject; a verb that shares the subject of the one before it ("Data obtained in
        breach of this law shall be null and void and may not be relied upon") has the sentence's opening."""
        return (clause.sentence_start, frame.start) if "coordinated" in frame.subject else frame.subject_span

    @staticmethod
    def _uses_the_technology(frame) -> bool:
        """Is what the frame permits the regulated conduct on the technology or its data ("may retain that
        recording", "may continue to use it"), not a petition for redress ("may ask the Board to erase the
        data", "may seek an order")?"""
        return "conduct" in frame.operators and not frame.operators & {"public-right-verb", "op-seek"} \
            and bool(frame.obj & {"technology", "data", "anaphor", "it"})

    def _breach_before(self, frame, start: int) -> bool:
        """Do the clause's words before the group name a breach of this law ("In the event of violation of
        the requirements of this Act, the Inspectorate may ...", "Any person whose rights have been
        infringed by processing contrary to this Law is entitled to ...")? What it permits is a remedy or a sanction
        (not "An authority that receives data which another collected in violation of this law is not
        liable ...": an exception for the one who did not breach it)."""
        # (not "Where a private operator installed a system in contravention of this Act, the public body may
        # continue to use it", "In investigating a violation of the Vehicle Code, the Sheriff may use a drone":
        # the technology's use is permitted, whatever breach the words before it name)
        return (frame.modality == "permission" or "op-permit" in frame.operators) and frame.polarity == "positive" \
            and not self._uses_the_technology(frame) and self._breach_of_law(
            start, frame.start, ("of", "in", "by", "to", "from"), participle=True)

    def _obtained_in_breach(self, start: int, end: int) -> bool:
        """"Evidence derived from a violation of subsection (a)", "Information obtained in breach of clause
        5": what was got by breaking this law, whose exclusion or destruction is a remedy, not a new ban."""
        return self._breach_of_law(start, end, ("in", "from", "through", "by"), adverbs=True, participle=True)

    def _breach_of_law(self, start: int, end: int, before: tuple[str, ...], *, adverbs: bool = False,
                       participle: bool = False) -> bool:
        """Does a word of breach stand in the span, one of ``before`` within three words ahead of it (or,
        with ``participle``, the participle of a conduct verb right before it: "obtained contrary to") and
        a reference to this law within seven after it? An adverb of breach ("unlawfully") counts only with
        ``adverbs``."""
        toks = self.toks
        if toks is None or self.lexicon is None or end <= start:
            return False
        breaches = self._words("violation")
        lo, hi = toks.range_of(start, end)

        def got(i: int) -> bool:  # "obtained contrary to Article 3", "kept contrary to section 2"
            if not participle:
                return False
            k = i - 1
            while k > lo and toks.text[k].isspace():
                k -= 1
            if k < lo:
                return False
            classes = self.lexicon.classes_of(toks.lemma[k]) | self.lexicon.classes_of(toks.lower[k])
            return "conduct" in classes and (toks.lower[k] != toks.lemma[k] or "same-participle" in classes)

        def contrary_to(i: int) -> bool:  # ("anything to the contrary in this Act": no breach)
            return toks.lower[i] != "contrary" or (i + 2 < len(toks) and "to" in toks.lower[i + 1:i + 3])

        return any(toks.lemma[i] in breaches and (adverbs or not toks.lower[i].endswith("ly")) and contrary_to(i)
                   and (set(before) & set(toks.lower[max(lo, i - 3):i]) or got(i))
                   and self._law_within(i, hi, 7)  # ("in breach of the provisions of this law")
                   for i in range(lo, hi))

    def _does_the_same(self, start: int, end: int) -> bool:
        """"You may not ask anyone else to do any of these things": a pro-verb whose object points back
        at conduct a ban before it named is that conduct."""
        toks = self.toks
        if toks is None or self.lexicon is None or not any(b < start for b, _, _ in self.bans):
            return False
        verbs, pointers = self._words("pro-verb"), self._words("conduct-anaphor")
        nouns = self._words("conduct-noun")
        lo, hi = toks.range_of(start, end)
        # ("... to carry out such an analysis on their behalf": a noun of conduct the pointer names)
        return any((toks.lemma[i] in verbs and pointers & set(toks.lower[i + 1:min(hi, i + 5)]))
                   or (toks.lower[i] in pointers and nouns & set(toks.lemma[i + 1:min(hi, i + 4)]))
                   for i in range(lo, hi))

    def _speaks_of_violation(self, clause, own=None) -> bool:
        """"No data collected in violation of this chapter may be received in evidence" is a remedy;
        "Information obtained from a drone is not admissible" bans the use of the drone's evidence. The
        ban's own frame is not the violation it speaks of: "The use of such systems ... is inadmissible"."""
        return any(f.operators & {"op-offence", "op-unlawful"} and f is not own
                   for f in self.frames.between(clause.sentence_start, clause.end)) or \
            "violation" in self.lang_classes(clause.sentence_start, clause.end)

    def _heading_mentions(self, prov: Provision) -> bool:
        """Does the heading of the provision, or of one above it, name the technology or its data?"""
        while True:
            if prov.heading and self.heading_tags(prov) & {"technology", "data"}:
                return True
            if prov.parent is None:
                return False
            prov = self.doc.provisions[prov.parent]

    # ------------------------------------------------------------ candidates
    def ban_follows(self, clause) -> bool:
        """Does a ban begin right where the clause ends ("Unless a judge has first authorised it,
        | no person shall compile ...")? Then the clause is that ban's exception, put first."""
        return any(f.row is not None and f.row.role.startswith("prohibition.") and not f.subordinate
                   for f in self.frames.between(clause.end, clause.end + 3))

    def exemption(self, clause, trigger: Cue, context: str | None, main_role: str | None,
                  inherited: str | None, sentence_start: int) -> Verdict:
        frame = self.frames.of(trigger)
        form = trigger.form
        base = frame.row.weight if frame and frame.row else STRUCTURE_WEIGHT.get(form, 1.0)
        v = Verdict("exemption", form, trigger, base)
        if form == "exemption.override":
            return v
        # (the opening noun phrase: "other than a balloon or a kite, that is operated without a pilot" leaves
        # out a thing, whatever actor the words after it name)
        left_out = self.tags_head(trigger.end, clause.end) if form == "exemption.inline" else frozenset()
        if "actor" in left_out and not left_out & {"technology", "data"} \
                and self._defines(sentence_start, trigger.start):
            # '"City department" means any department of the City, other than the Office of the District
            # Attorney': the actor a definition of the bound actors leaves out
            v.features.append(("in-definition", self._w("in-definition")))
            return v
        if form == "exemption.inline" and not left_out & {"pointer", "law", "actor", "empty"} \
                and self.index.between(trigger.end, clause.end, kinds=("exemption",)) \
                and self._set_off(trigger.start) \
                and (self._defines(sentence_start, trigger.start, of="technology")
                     or self._opens_on_technology_term(sentence_start, trigger.start)):
            # '"facial recognition system" - a system that ... identifies the person; excluding a system that
            # detects faces for the sole purpose of blurring them': a use the technology's definition leaves
            # out, named by its topic (not "other than a balloon or a kite": what the thing is not), set off
            # by a comma, a semicolon or a dash (not "collecting, or saving posts": a verb)
            v.features.append(("in-definition", self._w("in-definition")))
            return v
        if self._only_the_qualified(clause, frame, form, trigger):
            # "Only members who have completed Department training ... may operate the equipment", "may be
            # accessed only by Department members who have completed the training": who may act, a term of
            # every permitted use, no way through
            v.features.append(("only-who", self._w("only-who")))
            return v
        if form in STRUCTURE_WEIGHT:
            in_ban = main_role == "prohibition" or (main_role is None and inherited == "prohibition") \
                or self.ban_follows(clause) or self._states_reach(sentence_start, trigger.start, clause.end) \
                or (main_role is None and self._route_of_cited_ban(trigger, sentence_start))
            if not in_ban:
                v.features.append(("outside-prohibition", self._w("outside-prohibition")))
            return v
        if frame is not None and frame.row is not None and frame.row.id == EXCEPTED_DUTY_ROW \
                and self.act_of(frame) not in self.excepted_by_a_ban(frame.start):
            # "The operator shall transfer the data to the archive": a duty is a way through only where it
            # commands an act a ban names, in a provision the ban points to ("other than in the cases
            # provided for by part four")
            v.features.append(("not-excepted", self._w("not-excepted")))
            return v
        if frame is not None and frame.row is not None and frame.row.id == COMPELLED_ACT_ROW \
                and self._a_safeguard(clause, frame):
            # "Where a statute requires the Office to retain location data, the Office shall destroy the data as
            # soon as the period ends": a safeguard that goes with the compelled act, not that act
            v.features.append(("a-safeguard", self._w("a-safeguard")))
            return v
        if form == "exemption.scope-exclusion" and frame is not None and frame.polarity == "negative" \
                and self._opens_on_route(*frame.subject_span):
            # "The consent of the data subject shall not constitute grounds for processing": a route the law
            # refuses, no use it leaves out
            v.features.append(("denies-a-route", self._w("denies-a-route")))
            return v
        if context == "purpose" and not (form == "exemption.exception" and self._leaves_a_body_out(frame)):
            # (but the law leaving a body out of its reach rules wherever it stands: "Article 1. Purpose of the
            # Law" / "3. This Law shall not apply to the activities of the State Security Department ...")
            v.features.append(("purpose-section", self._w("purpose-section")))
        if context == "form":
            v.features.append(("form-section", self._w("form-section")))
        if frame is not None and "actor" not in frame.subject and (
                self._distributive_subject(frame)
                or (form == "exemption.route" and self._use_just_permitted(frame, clause, sentence_start))):
            # "Each deployment requires the approval of an on-duty sergeant", "Every use under section 4(1)
            # shall be authorised in advance by a Judge": a term of every use, no way through of its own
            # (and "stored images may be compared where ... The comparison requires the order of the head of
            # the police authority": a term of the use the sentence before permits)
            v.features.append(("every-use", self._w("every-use")))
            return v
        if frame is not None and (self._names_violator(*frame.subject_span)
                                  or self._names_violator(*frame.object_span)
                                  or self._breach_before(frame, clause.start)
                                  or (self._enforces_law(*frame.object_span)
                                      and not ("op-include" in frame.operators
                                               and "actor" in self.tags_head(*frame.object_span)))
                                  or ("op-exempt" in frame.operators and frame.polarity == "positive"
                                      and "violation" in self.lang_classes(sentence_start, frame.start))
                                  or ("elided" in frame.operators
                                      and "violation" in self.lang_classes(sentence_start, frame.start))):
            # (the last two: "Information obtained in contravention of this Act is inadmissible ..., and a
            # court must exclude it": a remedy; "A person whose data was captured in contravention of this
            # Part may apply for redress, and the High Court may— (a) award damages; ...": the court's powers;
            # not "shall not be construed to include ... an attorney designated to prosecute violations of
            # this Code": the enforcing describes the actor left out)
            v.features.append(("names-a-breach", self._w("names-a-breach")))
            return v
        # (the remedy in what is permitted, not in its proviso: "may read licence plates ..., provided that
        # no record is disclosed other than for the collection of a parking penalty")
        proviso = min((c.start for c in clause.cues if c.kind == "role" and c.form == "condition.proviso"
                       and frame is not None and c.start > frame.start), default=clause.end)
        # (not the regulated conduct itself done in a proceeding: "The location of a service vehicle may be
        # followed, in the course of a disciplinary proceeding against that servant, with the Minister's leave")
        conduct = frame is not None and "conduct" in frame.operators and frame.voice == "passive" \
            and bool(frame.subject & {"technology", "data"})
        # (nor a remedy's word after the technology the permission grants: "may authorize ... the use of a
        # voice recognition system to identify the author of crimes punishable by a penalty of imprisonment",
        # "may apply speaker identification to the calls of an inmate found, after a disciplinary hearing, ...":
        # what is permitted is the conduct, the remedy's word describes whom or what it serves)
        if frame is not None and frame.modality == "permission" and "other-law" not in frame.obj \
                and frame.operators & {"conduct", "op-permit", "op-grant"}:
            # (only where the verb grants the use: not "may impose on any department that deploys face
            # surveillance a civil penalty", "may seek, in respect of face surveillance used on that person, an
            # injunction", "may bring against the department that operated it a civil action")
            first_tech = min((c.start for c in clause.cues if c.kind == "technology"
                              and frame.object_span[0] <= c.start < frame.object_span[1]), default=None)
            if first_tech is not None and not self._in_opening_phrase(frame, first_tech):
                proviso = min(proviso, first_tech)
        if form == "exemption.permission" and frame is not None and not conduct and any(
                c.kind == "enforcement" and c.value != "evidence-suppression" and frame.start <= c.start < proviso
                and not (c.value == "penalties" and "offence-grade" in self.lang_classes(c.start, c.end))
                for c in clause.cues):
            # (not evidence rules: "Derived evidence is admissible if the search was made under a warrant"
            # lets the warrant through the suppression rule; nor the grade of an offence the permission
            # serves: "a search warrant ... that the surveillance will uncover evidence of a misdemeanor")
            # "Any person who suffers damage ... is entitled to claim compensation before a court": a remedy
            v.features.append(("grants-a-remedy", self._w("grants-a-remedy")))
            return v
        if form == "exemption.permission" and frame is not None and frame.subject_span[1] > frame.subject_span[0] \
                and self.tags_head(self._past_opener(*frame.subject_span), frame.subject_span[1]) & {"law", "pointer"} \
                and not self.lang_classes(*frame.subject_span) & {"negator", "introducer-except"} \
                and (frame.restrictive or "restrictive" in self.lang_classes(frame.end, clause.end)) \
                and not self._route_follows(frame.end) \
                and self._cites_an_exemption(frame, *frame.subject_span):
            # "(2) Subsection (1) authorises a use only— (a) in relation to a person who has enrolled ...": the
            # terms of the permission it cites, naming no route of its own (not "Use under paragraph 1 is
            # permitted only on the basis of a prior written order of the court": a way through the ban; nor "A use
            # for a purpose not listed in sub-article (1) may be made only where a proclamation ...": outside it)
            v.features.append(("narrows-exemption", self._w("narrows-exemption")))
            return v
        if form == "exemption.permission" and frame is not None and (
                self._keeps_the_law(sentence_start, clause.end)
                or self._hears_complaints(frame, clause.end, sentence_start)
                or self._inspects(frame)
                or (self._points_back(frame) and self._keeps_the_law(*self._sentence_before(clause.prov,
                                                                                        sentence_start)))):
            # (or its pronoun: "The Data Protection Office shall supervise compliance with this Act. It may
            # inspect systems and logs at any time.")
            v.features.append(("oversight-power", self._w("oversight-power")))
            return v
        if form == "exemption.permission" and frame is not None and self._persons_petition(frame, clause.end):
            v.features.append(("a-persons-petition", self._w("a-persons-petition")))
            return v
        if form == "exemption.permission" and frame is not None and self._describes_a_noun(frame, clause):
            v.features.append(("describes-a-noun", self._w("describes-a-noun")))
            return v
        if frame is not None and frame.row is not None and frame.row.exempts == "scope" \
                and self._displaces_other_law(*frame.subject_span):
            v.features.append(("displaces-other-law", self._w("displaces-other-law")))
            return v
        if frame is not None and frame.derogation and form == "exemption.permission":
            if self._yields_to_a_ban(sentence_start, frame.start):
                # "Subject to section 6.0, staff may use AMI data to: ...", where 6.0 bans: what it permits gives
                # way to the ban, so it is no way through it
                v.features.append(("yields-to-ban", self._w("yields-to-ban")))
            else:
                v.features.append(("derogation", self._w("derogation")))
            return v
        defines = self._defines(sentence_start, clause.end)
        # "falls outside the term", and its negation "does not fall within this definition": a definition's
        # own exclusion, wherever the structure put the sentence
        outside_term = frame is not None and "term" in frame.obj and (
            "op-outside" in frame.operators or ("op-within" in frame.operators and frame.polarity == "negative"))
        if context == "definition" or inherited == "definition" or outside_term \
                or (defines and form == "exemption.scope-exclusion"):
            v.features.append(("in-definition", self._w("in-definition")))
            return v
        law_ok = form != "exemption.permission"
        subject_only = form == "exemption.scope-exclusion" and frame is not None
        if subject_only:
            # What is said not to include something must be the law, a defined term or the technology.
            # ("It does not include ..." right after a definition: the term it defines)
            # ('"state agency" has the meaning given in section 11000, but does not include ...': a
            # definition's closing words, after the quoted term)
            ok = bool(frame.subject & {"term", "technology", "law", "conduct"}) or (
                "coordinated" in frame.subject and _QUOTED.search(self.doc.text, sentence_start, frame.start)
                is not None) or ("it" in frame.subject and (self._defines(max(0, clause.start - 400), clause.start)
                                                            or self._law_spoke_last(frame))) or \
                self.concerns(clause.start, min(clause.end, frame.end + 40), law=True) or \
                (frame.predicate and "actor-head" in frame.operators and "actor" in frame.obj | frame.subject) or \
                ("empty" in frame.subject and self._under_quoted_term(clause.prov))
            # (the last two: "The District Attorney's Office is not a County department": not one of the
            # actors the law binds; '(2) "law enforcement agency" / (A) means ...; (B) does not include an
            # airport police officer': an item of a definition whose term stands alone above its items)
        elif frame is not None and frame.row is not None and frame.row.exempts == "scope" \
                and "op-scope" not in frame.operators:
            # "Nothing in this section prohibits an employee from referring a case on the basis of
            # their own review": what the law disclaims must be the regulated conduct or a purpose
            # of an exemption ("from participating in a joint terrorism task force"), or lead items.
            # (or a whole actor, no conduct of it named: "Subsection (a) does not restrict an agency of the
            # United States")
            ok = self.concerns(frame.end, clause.end) or any(c.kind == "exemption" for c in clause.cues) \
                or self._leads_items(clause) or ("actor" in frame.obj
                                                 and not frame.obj & {"conduct", "right", "right-first", "liability"})
        elif frame is not None and form == "exemption.permission" and frame.restrictive and "route" in frame.subject \
                and frame.operators & {"op-grant", "grant-light"}:
            # "An authorisation may be given only for one of the following purposes—": the route's purposes,
            # each a way through the ban (not "Approval shall be given for a single mission only": its terms)
            ok = self._leads_purposes(clause)
        else:
            ok = self.concerns(sentence_start, clause.end, law=law_ok)
            if not ok and form == "exemption.permission" and "|" in self.doc.text[clause.start:clause.end]:
                ok = self._heading_mentions(clause.prov)
            if not ok and frame is not None and frame.row is not None and frame.row.exempts == "subject" \
                    and "actor" in frame.subject and "other-law" in frame.obj:
                ok = True  # "Members lent to the Fusion Center are governed by the Center's memorandum of
                # understanding": a class of actor handed whole to another regime, no conduct of it named
            if not ok and frame is not None and frame.row is not None and frame.row.exempts == "subject" \
                    and "power-first" in frame.row.when.get("subject", ()):
                ok = True  # "The powers of the Land Office for the Protection of the Constitution remain unaffected":
                # a body's powers kept whole (its topic decides whether that is a way through)
            if not ok and frame is not None and frame.subject & {"conduct"} and form == "exemption.permission":
                ok = True  # "the use may begin without authorisation": the use is the regulated one
            if not ok and frame is not None and form == "exemption.permission" and "elided" in frame.operators \
                    and self._leads_items(clause):
                ok = self._items_concern(clause)  # "may do any of the following: (1) Operate a drone to ..."
            if not ok and frame is not None and "it" in frame.subject and form == "exemption.permission" \
                    and self._ban_spoke_last(frame):
                ok = True  # "... is prohibited. By way of exception, it is permitted on the order of ...": the
                # use banned
            if not ok and frame is not None and form == "exemption.route" and "conduct" in frame.subject \
                    and self._names_a_banned_act(*frame.subject_span):
                ok = True  # "Any other deployment requires the Chief's approval" under a ban on deploying drones
            if not ok and frame is not None and form == "exemption.permission" and frame.voice == "active" \
                    and frame.modality == "permission" and frame.operators & {"op-permit", "op-grant"} \
                    and self._names_a_banned_act(*frame.object_span):
                ok = True  # "may approve a submission in an individual case", "may issue a permit for a single
                # flight" under a ban on submitting images, on flying drones: the act the ban names
            if not ok and frame is not None and "op-permit" in frame.operators and "conduct" in frame.obj:
                ok = True  # "the Watch Commander may authorize an examiner to run a search"
            if not ok and frame is not None and form == "exemption.permission" and "conduct" in frame.operators \
                    and "conduct" in frame.obj and self._names_a_banned_act(*frame.object_span):
                ok = True  # "A department may conduct a flight" under a ban on flying: the act banned, as a noun
            granted = frame is not None and ("op-grant" in frame.operators or (
                "op-permit" in frame.operators and self._permits_a_route(frame)))
            # (what an official permits is the route itself: "may authorize in writing a deviation from Section
            # 4.1", not "may authorize the Chief to rescind any exemption granted under Section 2")
            if not ok and granted and {"route", "law"} <= frame.obj and not frame.restrictive:
                ok = True  # "may grant a written waiver of Paragraph 2": a way through the law's own provision
            if not ok and granted and "route" in frame.obj \
                    and not frame.restrictive and "law-route-noun" in self.lang_classes(*frame.object_span):
                ok = True  # "may grant a written waiver for a named research study": a waiver of the law's rule
            if not ok and form == "exemption.permission":
                ok = self.uses_ban_words(sentence_start, clause.end)
            if not ok and form == "exemption.permission" and frame is not None and "op-permit" in frame.operators:
                # "The introduction referred to in Article 1 is allowed solely upon a reasoned decree of the judge":
                # whatever the subject calls it, the act is the one the cited ban names
                ok = self._subject_cites_a_ban(frame)
            if not ok and form == "exemption.permission" and frame is not None and "op-comply" in frame.operators \
                    and "condition" in frame.subject:
                # "Where a statute requires the Department to carry out a practice that Section 1 restricts, the
                # Department will comply with that requirement": the condition cites the ban it lets through
                ok = bool(self._cites_a_ban(frame, *frame.subject_span))
            if not ok and form == "exemption.permission" and frame is not None \
                    and frame.operators & {"pro-verb", "conduct"}:
                # "may engage in conduct described in subsection (a):", "may conduct a comparison described
                # in subsection 1" where that provision bans: that conduct
                # ("may do anything which would otherwise contravene paragraph (1)": the citation is in the
                # relative clause after the object)
                lo, end = frame.object_span
                end = max(end, clause.end) if "pro-conduct" in frame.operators else end
                ok = bool(self._cites_a_ban(frame, lo, end, regulated="conduct" in frame.operators))
            if not ok and form == "exemption.permission" and frame is not None and "conduct" in frame.operators \
                    and "actor" in frame.subject and "route" not in frame.obj \
                    and any(c.kind == "exemption" for c in clause.cues) \
                    and "violation" not in self.lang_classes(clause.sentence_start, frame.object_span[1]):
                ok = True  # "Staff may read and respond to comments left on the municipality's own pages": the
                # act is one a ban names, by an actor it binds, for a purpose an exemption topic knows
        if ok and frame is not None and self._subject_matter_only(frame.end, clause.end):
            ok = False  # "Nothing in this policy restricts the teaching of, or scholarship about, face recognition"
        if ok and frame is not None and form == "exemption.permission" and self._kept_record(*frame.object_span):
            ok = False  # "The Ombudsman may inspect the register kept under section 8": oversight of the law's records
        if ok and frame is not None and form == "exemption.permission" and frame.polarity == "positive" \
                and self._other_technology(frame, sentence_start, clause.end):
            v.features.append(("other-technology", self._w("other-technology")))
            return v  # "Security cameras may be used to: ..." under bans on face recognition and plate readers
        if not ok:
            v.features.append(("no-regulated-object", self._w("no-regulated-object")))
        elif form == "exemption.permission" and frame is not None and "op-grant" not in frame.operators \
                and not any(c.kind == "exemption" and c.value == "public-communications" for c in clause.cues) \
                and self._passes_on_unbanned(frame, clause.end):
            # "may publish aggregate statistics" under a ban on recording and retaining: a permission to
            # pass on what the law lets be held. (Enabling, enrolling or using the technology where the
            # ban named another operating act is still the regulated conduct; and the government's own
            # communications are a way through a ban on monitoring whatever their verb: "may continue to
            # publish information on their official social media accounts".)
            v.features.append(("not-the-banned-conduct", self._w("not-the-banned-conduct")))
        return v

    def _names_a_banned_act(self, start: int, end: int, *, nouns: bool = False) -> bool:
        """Does a word of [start, end) name an act a ban of this law names ("deployment" where a ban
        says "shall not deploy")? With ``nouns``, only a noun of conduct as written ("A flight to look for a
        person ... may be made" under a ban on flying drones; "used" is no noun, though "use" is)."""
        if self.toks is None or self.lexicon is None:
            return False
        toks = self.toks
        words = self._word_tokens(start, end)
        return any(self.lexicon.act_of(toks.lemma[i]) in self.banned_acts
                   and (not nouns or "conduct-noun" in self.lexicon.classes_of(toks.lower[i])
                        or (n == 0 and self._plural_head(i, words)))
                   for n, i in enumerate(words))

    def _plural_head(self, i: int, words: list[int]) -> bool:
        """Is the word at token i, opening the span, the plural of a noun of conduct that heads its noun phrase
        ("Flights to inspect bridges ... are permitted", "Flights whose only object is ..."; not "Operations
        staff", a noun of the next, nor "The following uses")?"""
        toks = self.toks
        nxt = words[1] if len(words) > 1 else None
        return toks.lower[i] == toks.lemma[i] + "s" and "conduct-noun" in self.lexicon.classes_of(toks.lemma[i]) \
            and nxt is not None and bool(self._word_classes(nxt) & {"function-word", "preposition", "relative-pronoun"})

    def _joins_a_banned_act(self, start: int, end: int) -> bool:
        """Does a verb of an act a ban names join the permitted one, after a comma or a coordinator and before
        its object's determiner ("..., read and respond to comments, and use a platform's analytics")?"""
        toks = self.toks
        if toks is None or self.lexicon is None:
            return False
        words = self._word_tokens(start, end)
        joiners = self._words("coordinator") | {","}

        def regulated(n: int, c: int) -> bool:  # (its object: not "..., and keep a record of each disclosure")
            stop = toks.end[words[min(n + 6, len(words) - 1)]]
            return bool(self.tags(toks.start[c], stop) & {"technology", "anaphor"}) \
                or self.uses_ban_words(toks.start[c], stop)

        return any(toks.lower[a] in joiners and self.lexicon.act_of(toks.lemma[b]) in self.banned_acts
                   and "determiner" in self.lexicon.classes_of(toks.lower[c]) and regulated(n, c)
                   for n, (a, b, c) in enumerate(zip(words, words[1:], words[2:], strict=False)))

    def _passes_on_unbanned(self, frame, clause_end: int) -> bool:
        """Is the frame a permission of an act no ban names, and not of the regulated conduct? An act
        of passing data on ("may publish aggregate statistics") is not, under bans that name no such
        act, unless what it passes on is the technology; another act ("may request an informal
        hearing") is not unless its own object is the technology, its data or what the bans name
        (enabling, enrolling or using the technology where the ban named another act of operating it
        still is)."""
        act = self.act_of(frame)
        if not self.banned_acts or act in (None, *self.banned_acts):
            return False
        if self._joins_a_banned_act(frame.end, max(frame.object_span[1], clause_end)):
            return False  # "may publish information ..., and use a platform's analytics": a banned act joins it
        passing = self._words("passing-on-act")
        passed = frame.obj | (frame.subject if frame.voice == "passive" else frozenset())
        if act in passing:  # (in the passive what is passed on is the subject: "a robot may be sent forward")
            return not self.banned_acts & passing and not passed & {"technology", "anaphor"} \
                and not self._by_a_banned_act(frame.end, max(frame.object_span[1], clause_end)) \
                and not self._for_the_technology(frame.end, max(frame.object_span[1], clause_end))
        end = max(frame.object_span[1], clause_end)
        spans = [(frame.end, end)] + ([frame.subject_span] if frame.voice == "passive" else [])
        # (in the passive what is acted on is the subject: "Software that masks faces may be used")
        tags = frame.obj | (frame.subject if frame.voice == "passive" else frozenset())
        return not (tags | {t for a, b in spans for t in self.tags(a, b)}) & {"technology", "data", "anaphor"} \
            and not any(self.uses_ban_words(a, b) for a, b in spans)

    def _for_the_technology(self, start: int, end: int) -> bool:
        """Is what is passed on sent for the technology to be run on it ("may send a still image to the
        State Police for a face recognition comparison")? That is asking another to do the banned conduct:
        "for" and, before the next mark, the technology."""
        if self.toks is None:
            return False
        toks = self.toks
        lo, hi = toks.range_of(start, end)
        for i in range(lo, hi):
            if toks.lower[i] == "for":
                stop = next((k for k in range(i + 1, hi) if not toks.lower[k][:1].isalnum()
                             and not toks.text[k].isspace() and toks.text[k] != "-"), hi)
                if "technology" in self.tags(toks.start[i], toks.start[stop] if stop < hi else end):
                    return True
        return False

    def _by_a_banned_act(self, start: int, end: int) -> bool:
        """Is a banned act done to the technology in [start, end), as the means of what is permitted
        ("may provide assistance to the Security Intelligence Organisation ..., including by using a
        system described in subsection (1)")? Then what is permitted is the banned conduct itself."""
        if self.toks is None or self.lexicon is None:
            return False
        toks = self.toks
        lo, hi = toks.range_of(start, end)
        for i in range(lo, hi):
            if "means-preposition" in self.lexicon.classes_of(toks.lower[i]) and i + 1 < hi \
                    and toks.lower[i + 1].endswith("ing") \
                    and self.lexicon.act_of(toks.lemma[i + 1]) in self.banned_acts:
                return bool(self.tags(toks.end[i + 1], end) & {"technology", "anaphor", "pointer"})
        return False

    def _act_at(self, i: int) -> str | None:
        """The act of the taxonomy the word at token i names, or the verb of several words it opens ("carrying
        out", "put into service")."""
        toks = self.toks
        act = self.lexicon.act_of(toks.lemma[i])
        for n in (2, 3):
            if act is None and i + n <= len(toks):
                act = self.lexicon.act_of(" ".join([toks.lemma[i], *toks.lower[i + 1:i + n]]))
        return act

    def act_of(self, frame) -> str | None:
        """The act of the taxonomy the frame's verb names; for a verb of several words ("carry out", "put into
        service"), the act of the whole phrase (not of "carry" or "put" alone)."""
        if self.lexicon is None:
            return None
        act = self.lexicon.act_of(frame.lemma)
        if act is None and self.toks is not None:
            op = next((i for i in range(frame.tok_start, frame.tok_end) if self.toks.lemma[i] == frame.lemma), None)
            if op is not None and frame.tok_end - op > 1:
                act = self._act_at(op)
        return act

    def prohibition(self, clause, cue: Cue, sentence_start: int, context: str | None, *,
                    inside_exemption: bool = False) -> Verdict:
        frame = self.frames.of(cue)
        base = frame.row.weight if frame and frame.row else 2.0
        v = Verdict("prohibition", cue.form, cue, base,
                    route=bool(frame is not None and frame.row is not None
                               and frame.row.role == "prohibition.restriction"
                               and not frame.restrictive and ("route" in frame.obj or "op-permit" in frame.operators)))
        where = self._prohibition_object(clause, sentence_start)
        if where is None and frame is not None and self.toks is not None and self.title_words() & \
                self._content_lemmas(self.toks, *self.toks.range_of(*frame.object_span)):
            where = "object-in-title"  # "may not acquire or use automated risk scoring" in the Act of that name
        if where is None and frame is not None and frame.polarity == "negative" and "conduct" in frame.operators \
                and self._cites_a_ban(frame, frame.object_span[0], clause.end, regulated=True):
            where = "object-cited"  # "shall not have another party carry out any processing referred to in
            # paragraph 1", where paragraph 1 speaks of the cameras
        if where is None and frame is not None and "pro-conduct" in frame.operators \
                and {"conduct", "law"} <= frame.subject:
            where = "conduct-the-law-names"  # "A purchase barred by paragraph 1 may go ahead only where ..."
        if where is None and frame is not None and frame.operators & {"pro-conduct", "light-verb"} \
                and "conduct" in frame.subject and self._names_a_banned_act(*frame.subject_span):
            where = "conduct-the-law-names"  # "A deployment over an assembly may take place only with the prior
            # written authority of ...", "Any other flight may be made only upon ...": the act a ban names, as a noun
        if where is None and frame is not None and frame.modality in ("permission", "duty") \
                and self._subject_cites_a_ban(frame, items=True):
            where = "conduct-the-law-names"  # "The action specified in 5.1.1 of this law may be carried out
            # only in the following cases:", "The acts referred to in Section 4(a) and (b) may be carried out only in
            # the following instances:", where 5.1.1 and 4(a) are items of the ban; "The use referred to in art. 3
            # shall be permitted solely in the following hypotheses:", where art. 3 bans it
        if where is None and frame is not None and frame.restrictive and self.toks is not None \
                and self.outright_ban_words & self._content_lemmas(
                    self.toks, *self.toks.range_of(min(frame.subject_span[0], frame.start),
                                                   max(frame.end, frame.object_span[1]))):
            where = "object-in-ban-words"  # "Familial searching may be carried out solely in the following cases:"
            # under "shall not carry out familial searching": what an outright ban names in words no lexicon knows
            # (or its object: "may read plates at tolled gantries solely to bill tolls" under a ban of "license plate
            # recognition equipment")
        if where is None:
            v.features.append(("no-regulated-object", self._w("no-regulated-object")))
        elif where != "regulated-object":
            v.features.append((where, self._w(where)))
        if any(c.start < cue.start for c in clause.role_cues("neutral.negated-authorization")):
            # "Nothing in this section authorizes any use ... prohibited by other law" (not "No organ
            # may use it, and no direction may authorise such use": a second ban after the first)
            v.features.append(("construction", self._w("construction")))
        names_conduct = frame is not None and frame.row is not None and "op-offence" in frame.operators and (
            (frame.subject & {"technology", "data"} and "law" not in frame.subject)
            or ("condition" in frame.obj and frame.obj & {"technology", "data"} and "law" not in frame.obj))
        # ("A Borough employee who flies a camera drone over private property commits a violation", "An
        # officer commits a misdemeanor if the officer obtains the real-time location of a phone": the
        # offence names the conduct; "A person who violates Section 2 commits an offence" is a remedy)
        if (any(c.kind == "enforcement" for c in clause.cues) and self._speaks_of_violation(clause, frame)
                and not names_conduct) or (frame is not None and (frame.voice == "passive" or frame.predicate)
                                           and self._obtained_in_breach(*self._subject_of(frame, clause))) \
                or (frame is not None and frame.voice == "active" and not frame.predicate
                    and ("conduct" not in frame.operators or "proceeding-noun" in self.lang_classes(*frame.object_span))
                    and self._obtained_in_breach(*frame.object_span)):
            # ("Evidence derived from a violation of subsection (a) shall not be received in any proceeding";
            # "The Court shall not admit in any proceeding evidence obtained in contravention of section 1"; not
            # "shall not use any information obtained in breach of section 3", the conduct itself)
            v.features.append(("remedy", self._w("remedy")))
        provisos = [c.start for c in clause.cues if c.kind == "role" and c.form == "condition.proviso"]
        if provisos and min(provisos) < cue.start and not self._withholds_funds(frame):
            v.features.append(("in-proviso", self._w("in-proviso")))
        if context == "purpose" and cue.form != "prohibition.purpose":
            v.features.append(("purpose-section", self._w("purpose-section")))  # "agencies should neither spend ..."
        if context == "form":
            v.features.append(("form-section", self._w("form-section")))  # "You shall not disclose this warrant"
        if frame is not None and frame.only_actor and self._banned_before(frame, clause.start):
            v.features.append(("only-who", self._w("only-who")))
        if frame is not None and frame.row is not None and frame.row.role == "prohibition.ban" and _stated(frame) \
                and (self.modal_bans or self._indefinite(frame)):
            # "The Department does not own or operate ALPR equipment." in a policy whose bans say "shall not"
            # or "is prohibited": a description of what the body does; where every rule is in the present
            # tense ("The municipality does not place or use ANPR cameras"), that is how the law bans. (Not
            # of anyone: "A department does not acquire a system merely because it receives a report" says
            # what counts as the conduct.)
            v.features.append(("stated-beside-modal", self._w("stated-beside-modal")))
        if frame is not None and "pro-conduct" in frame.operators and not self._pro_conduct_banned(frame, clause.start):
            # "A deployment under paragraph (1) may take place only if ..." where paragraph (1) permits it:
            # the terms of that permission, no ban of their own
            inside_exemption = True
        if frame is not None and frame.subject & {"data", "conduct", "technology"} \
                and (frame.restrictive or (frame.row is not None and frame.row.role == "prohibition.restriction")
                     or "other-purpose" in self.lang_classes(frame.end, clause.end)) \
                and not self._points_outside(*frame.subject_span) \
                and self._cites_an_exemption(frame, self._head_of(self._past_opener(*frame.subject_span),
                                                                  frame.subject_span[1]), frame.subject_span[1]):
            # "Location data obtained by virtue of subsection (1) may not be used for any other purpose",
            # where subsection (1) permits the obtaining: the terms of that permission (not "No record
            # obtained under section 7 shall be communicated to any person": a ban of its own); so is "A
            # comparison under subsection (1) shall be authorised in advance by an Inspector"
            inside_exemption = True
        if frame is not None and frame.restrictive and (
                "coordinated" in frame.subject or frame.subject & {"data", "anaphor"}) and any(
                f.row is not None and f.row.role == "exemption.permission" and not f.subordinate
                for f in self.frames.between(sentence_start, frame.start)):
            # "A detective ... may ask the Center to run one search, and may use the result as a lead only":
            # the terms of the permission the sentence gave first; so are those of what it yields ("may
            # operate a drone ... to record the commission of an offence, and the recording shall be used
            # only as evidence in the case")
            inside_exemption = True
        if inside_exemption:
            # "(C) Any law enforcement agency when ... For purposes of this paragraph, the information may
            # be recorded only when ...": a limit inside an exemption narrows it; it bans nothing new.
            v.features.append(("narrows-exemption", self._w("narrows-exemption")))
        return v


__all__ = ["Arbiter", "Verdict"]
