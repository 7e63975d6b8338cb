"""Provisions -> clauses with roles.

A clause is a sentence, or the part of a sentence an exception splits off ("It shall be unlawful
to use face recognition, except where ..." is a prohibition clause and an exemption clause). Each
clause gets a role from its own role cues (rules/roles.yaml) or, failing that, from where it sits:

- items under a lead-in take the role of the lead-in's last clause ("It shall be unlawful for
  Boston to:" makes its items prohibitions; "Nothing in (B)(1) shall prohibit Boston from:" makes
  them exemptions);
- under an exemption lead-in, items are either separate exemptions (a gateway: "for the following
  purposes:") or conditions of that one exemption ("provided, that:", "if ... the following:");
- a sentence with no cue that follows an exemption in the same provision continues it (its
  safeguards are that exemption's qualifiers: EU AI Act Art. 5(3));
- a heading ("Definitions", "Enforcement", "Purpose") sets the role of clauses that say nothing.
  An "Exceptions" heading does not: the items under it carry their own triggers, and a heading
  like "Emergencies and exceptions" also covers after-the-fact duties that are not exemptions.

Guards keep topic words in the wrong place from becoming roles: an exception or permission must
concern the technology or the law's own scope, an inline "except"/"unless" must sit in a
prohibition, and a prohibition must concern the technology.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..document import Document, Provision
from ..structure import marginal_note, without_insertion_marks
from .arbiter import Arbiter, Verdict
from .cues import Cue, CueIndex
from .language import Language
from .tables import is_status_row

if TYPE_CHECKING:
    from .frames import Frame

LEAD_IN_END = (":", "—", "–", "-", "following")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")  # a paragraph break
# The contexts a heading sets, by the word classes of its words (rules/lexicon.yaml), in order.
HEADING_CONTEXT = (("heading-definition", "definition"), ("heading-enforcement", "enforcement"),
                   ("heading-exemption", "exemption"), ("heading-purpose", "purpose"), ("heading-form", "form"))
# Strength of the exemption trigger forms when a clause holds several.
TRIGGER_RANK = {"exemption.override": 6, "exemption.exception": 5, "exemption.scope-exclusion": 4,
                "exemption.permission": 3, "exemption.route": 2.5, "exemption.inline": 2, "exemption.unless": 1}
STRONG = ("exemption.override", "exemption.exception", "exemption.scope-exclusion", "exemption.permission",
          "exemption.route")
SPLITTING = ("exemption.inline", "exemption.unless")
DIVISIONS = ("title", "chapter", "annex")  # provision kinds that group sections: never items of a list
# Words that open a condition: a lead-in that opens with one ("unless satisfied that -") leads its condition's terms
_CONDITION_OPENERS = frozenset({"condition", "introducer-unless"})
_RESTRICTIVE = frozenset({"restrictive"})
_FRONTED_OPENERS = frozenset({"condition", "preposition", "subordinator"})
# The arbiter's features that fault a frame's object, not the clause: another frame of it may still hold
_OBJECT_FEATURES = frozenset({"not-the-banned-conduct"})


def _permits_other_technology(clause: Clause) -> bool:
    """Did the arbiter find the clause a permission of a technology no ban names ("other-technology")?"""
    return clause.verdict is not None and any(name == "other-technology" for name, _ in clause.verdict.features)


def _strongest(triggers) -> Cue | None:
    """The trigger that leads a clause: the strongest form, then the first."""
    return max(triggers, key=lambda t: (TRIGGER_RANK[t.form], -t.start), default=None)


def items_of(children: list[Provision]) -> list[Provision]:
    """The items of a provision's children: a heading or paragraph after the list ("Subpart 2—Retrospective
    facial recognition", "Statutory/Other Authority: ...") is no item of it. All of them where none is an item."""
    return [c for c in children if c.kind == "item"] or children


def list_joiner(doc: Document, children: list[Provision]) -> str | None:
    """The conjunction that ends the item before the last ("...; or", "...; and"), if any."""
    children = items_of(children)
    if len(children) >= 2:
        before_last = doc.text[children[-2].start:children[-2].end].rstrip()
        if re.search(r"[;,]?\s*or$", before_last):
            return "or"
        if re.search(r"[;,]?\s*and$", before_last):
            return "and"
    return None


@dataclass(eq=False)
class Clause:
    index: int
    prov: Provision
    start: int
    end: int
    sentence_start: int
    cues: list[Cue]
    role: str | None = None
    form: str | None = None  # the role cue form: prohibition.ban, exemption.exception, ...
    trigger: Cue | None = None
    explicit: bool = False  # the role came from a cue in the clause itself
    owner: Clause | None = None  # for conditions and continuations: the exemption they narrow
    gateway: Clause | None = None  # for exemption items: the lead-in that opened them
    is_gateway: bool = False
    hinted: bool = False  # the role came from the caller's hint (a clause analyzed on its own)
    dropped: bool = False  # a weak exemption that turned out to be a precondition
    is_route_lead: bool = False  # a restriction whose items are its routes
    verdict: Verdict | None = None  # the arbiter's reading: the frame or word it rests on and the context that counted

    @property
    def opens_route(self) -> bool:
        """A restriction that names its own route ("must obtain City Council approval prior to ..."):
        the clause is the prohibition, and the approval it names is an exemption as well."""
        return bool(self.role == "prohibition" and self.verdict is not None and self.verdict.route)

    def text(self, doc: Document) -> str:
        return doc.text[self.start:self.end]

    def cues_of(self, *kinds: str) -> list[Cue]:
        return [c for c in self.cues if c.kind in kinds]

    def role_cues(self, *forms: str) -> list[Cue]:
        return [c for c in self.cues if c.kind == "role" and c.form in forms]


@dataclass(eq=False)
class ProvInfo:
    prov: Provision
    clauses: list[Clause] = field(default_factory=list)
    context: str | None = None
    lead_in: Clause | None = None
    item_role: str | None = None
    item_mode: str | None = None  # for exemption lead-ins: "exemptions" (a gateway) or "conditions"
    item_owner: Clause | None = None  # the exemption that condition items narrow
    enacting: int | None = None  # where the enacting formula starts, -1 if none (root only): read once


@dataclass
class ClauseMap:
    """Every clause of a document, with per-provision info, in text order."""

    clauses: list[Clause]
    provs: dict[int, ProvInfo]
    _starts: list[int] | None = field(default=None, repr=False, compare=False)

    def starting_in(self, start: int, end: int) -> list[Clause]:
        """The clauses that start in [start, end), in text order (found by bisection: a law of
        thousands of provisions asks this once per provision)."""
        if self._starts is None or len(self._starts) != len(self.clauses):
            self._starts = [c.start for c in self.clauses]
        return self.clauses[bisect.bisect_left(self._starts, start):bisect.bisect_left(self._starts, end)]


# "...; and\n\nBE IT FURTHER RESOLVED, that ...": a semicolon that ends a paragraph ends a clause, whatever
# the next paragraph says (a resolution's clauses are one sentence). The word between, if any, must be a
# coordinator of the lexicon.
PARAGRAPH_JOINT = re.compile(r";[ \t]*(?P<word>\w*)[ \t]*\n[ \t]*\n\s*")


def _own_span(doc: Document, prov: Provision) -> tuple[int, int]:
    start = prov.body_start if prov.kind != "root" else 0
    end = doc.provisions[prov.children[0]].start if prov.children else prov.end
    return start, max(start, end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space, or a table row's outer borders, around it."""
    while start < end and (text[start].isspace() or text[start] == "|"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == "|"):
        end -= 1
    return start, end


_NOTE_DASHES = ("—", "–", ":")  # after a note label: "Note— The register ...", "Compare: 2012 No 24"
_LABEL_MARKS = (".", ":", "—", "–", "-")  # what may close a label alone on its line ("Illustrations", "Note.")


class _Segmenter:
    """Builds the ClauseMap of one document."""

    def __init__(self, doc: Document, index: CueIndex, sentences: list[tuple[int, int]],
                 role_hint: str | None, trace: set[str], language: Language) -> None:
        self.doc = doc
        self.trace = trace
        self.index = index
        self.sentences = sentences
        self._sentence_ends = [e for _, e in sentences]
        self._contents: tuple[int, ...] | None = None  # (start, end) of a contents list, () if none: read once
        self._first_heading: dict[int, int] = {}  # provision -> index of its first unnumbered heading child
        self._notes: list[tuple[int, int]] | None = None  # (start, end) of each note: read once
        self.role_hint = role_hint
        self.lang = language
        self.arbiter = Arbiter(doc, index, language.frames, language.tags, language.weights, language.heading_tags,
                               language.tags_head)
        self.arbiter.know_bans(language.lexicon, language.frames, language.toks)
        self.arbiter.lang_classes = language.classes_between
        self.arbiter.heading_classes = language.heading_classes
        self.arbiter.sentence_starts = [s for s, _ in sentences]
        self.clauses: list[Clause] = []
        self.provs: dict[int, ProvInfo] = {}
        self._restarted_lists: set[int] = set()  # parents whose items restart under a definition's lead-in
        self._row_heads: dict[int, Clause] = {}  # the first clause of each table row that lets a use through
        self._letting_titles: set[int] = set()  # provisions whose title lets what they list through

    def _heading_context(self, prov: Provision) -> str | None:
        span = self._title_span(prov)
        if span is None:
            return None
        classes = self.lang.classes_between(*span)
        opening = self._opening_lines(prov) if prov.kind == "annex" and prov.heading else None
        if self._title_permits_conduct(*span) or (opening is not None and self._title_permits_conduct(*opening)):
            self._letting_titles.add(prov.index)
            return "exemption"  # "PURPOSES FOR WHICH FACIAL RECOGNITION TECHNOLOGY MAY BE USED": what is listed under
            # it is let through (a schedule's title may stand below the provisions that cite it: "Section 4(1)")
        if not prov.heading:
            # a schedule's title lines say only whether it holds forms ("SCHEDULE / (Sections 6, 8 and 12) / FORM 1");
            # a Part under them has its own heading ("SCHEDULE 1 / PERMITTED USES ... / PART 2 / LISTED OFFENCES")
            return "form" if self._names_a_form(*span) and not classes & {"heading-exemption"} else None
        if self.doc.in_annex(prov) and self._names_a_form(*span):
            # "FORM OF WARRANT", "FORM 1", "FORMS" over a schedule: a template (not "6. Form of application" over
            # a section, which rules on the form; nor "FORMS OF SURVEILLANCE OUTSIDE SECTION 1", kinds of it)
            classes.add("heading-form")
        for cls, context in HEADING_CONTEXT:
            if cls == "heading-purpose" and (classes & {"restrictive", "heading-scope"}
                                             or self.lang.heading_names_conduct(prov)
                                             or self.lang.heading_names_an_act(prov)
                                             or self._purpose_phrase(*span)):
                continue  # "Search to be conducted only for specified purposes": a rule's heading ("PURPOSE
                # AND SCOPE": the scope is stated under it; "Finding a missing person": an activity; "Offences
                # for the purposes of Article 3(1)": what a purpose of something else is)
            if cls == "heading-exemption" and "ban-noun" in classes:
                continue  # "PROHIBITIONS AND PERMITTED USE": the ban and its exceptions are both under it
            if cls in classes:
                return context
        return None

    def _label_context(self, prov: Provision) -> str | None:
        """The context of a division with no heading of its own ("PREAMBLE / I / ... / II / ..."): a purpose
        label alone on the line before it (the recitals' numbered parts stand beside it, not under it). Not a
        division that holds others: what is under it is the law."""
        if prov.kind not in DIVISIONS or prov.heading or prov.parent is None \
                or any(self.doc.provisions[i].kind in DIVISIONS for i in prov.children):
            return None
        k = self.doc.line_index(prov.start) - 1
        while k >= 0 and not self.doc.text[self.doc.lines[k].start:self.doc.lines[k].end].strip():
            k -= 1
        if k >= 0:
            line = self.doc.lines[k]
            text = self.doc.text[line.start:line.end].strip()
            if len(text.split()) <= 4 and text[:1].isupper() and text[-1:].isalpha() \
                    and not self._in_a_heading(line.start) \
                    and "heading-purpose" in self.lang.classes_between(line.start, line.end):
                return "purpose"  # (a label of its own, not a division's heading: "TITLE II / Prohibited
                # purposes / CHAPTER I"; nor a list's last item, "(b) any research purpose")
        return None

    def _title_permits_conduct(self, start: int, end: int) -> bool:
        """Does a title let the regulated conduct through: as a positive permission of a verb of the conduct
        ("Purposes for which facial recognition technology may be used", "When a drone may be flown"; not
        "Offences for which a warrant may be issued", a route's grant), or by putting what it lists outside a
        provision ("Uses to which section 2 does not apply", "Uses of facial recognition outside section 2(1)")?"""
        frames = self.lang.frames.between(start, end)
        if self._title_puts_outside(start, end, frames):
            return True
        return any(f.polarity == "positive" and f.modality == "permission" and "conduct" in f.operators
                   and not f.operators & {"op-grant", "op-seek"} for f in frames)

    def _in_a_heading(self, at: int) -> bool:
        """Does the offset fall inside some provision's heading?"""
        for prov in self.doc.provisions:  # (in the order they open)
            if prov.start > at:
                break
            span = self.lang.heading_span(prov) if prov.heading else None
            if span is not None and span[0] <= at < span[1]:
                return True
        return False

    def _title_puts_outside(self, start: int, end: int, frames: list) -> bool:
        """Does a title put what it lists outside a ban: a provision that holds a ban, cited right after an
        outside word ("USES OF FACIAL RECOGNITION OUTSIDE SECTION 2(1)") or as the subject of a negative scope
        frame ("USES TO WHICH SECTION 2 DOES NOT APPLY")? Not a title that names prohibited uses ("PROHIBITED
        USES OUTSIDE SECTION 2"), nor one citing a provision that bans nothing (an exception, a power)."""
        if self.lang.classes_between(start, end) & {"ban-noun", "op-prohibit"}:
            return False
        def cites(lo: int, hi: int) -> bool:  # (a title cites the law's own provisions, read from its root)
            return self.arbiter.cites_a_ban_from(0, lo, hi)
        if any(f.polarity == "negative" and f.row is not None and f.row.id.startswith("frame.scope.")
               and "law" in f.subject and cites(*f.subject_span) for f in frames):
            return True
        toks = self.lang.toks
        lo, hi = toks.range_of(start, end)
        for i in range(lo, hi):
            nxt = self.lang.word_after(toks.end[i], end) if self.lang.word_has(i, "op-outside") else None
            if nxt is not None and self.lang.word_has(nxt, "law-noun") and cites(toks.start[nxt], end):
                return True
        return False

    def _title_span(self, prov: Provision) -> tuple[int, int] | None:
        """Where the provision's title stands: its heading, or for a schedule with none of its own the short
        lines that open it, up to three and up to the first line of prose ("SCHEDULE / (Sections 6, 8 and
        12) / FORM 1 / SURVEILLANCE WARRANT")."""
        if prov.heading:
            return self.lang.heading_span(prov)
        if prov.kind != "annex":
            return None
        return self._opening_lines(prov)

    def _opening_lines(self, prov: Provision) -> tuple[int, int] | None:
        """The short lines that open a schedule, up to three and up to the first line of prose."""
        start = end = None
        seen = 0
        for line in self.doc.lines[self.doc.line_index(prov.body_start):]:
            text = self.doc.text[line.start:line.end].strip()
            if not text or line.end <= prov.body_start:
                continue
            if seen == 3 or line.start >= prov.end or len(text.split()) > (12 if text.isupper() else 6) \
                    or text.endswith((".", ":", ";", ",")):
                break  # (a title in capitals may run longer: "PURPOSES FOR WHICH FACIAL RECOGNITION MAY BE USED")
            start, end, seen = line.start if start is None else start, line.end, seen + 1
        return (start, end) if start is not None else None

    def _names_a_form(self, start: int, end: int) -> bool:
        """Does a form noun name a form to fill in: followed by its number ("FORM 1", "Form B"), by the end of
        the title ("FORMS"), or by "of" and a route or request ("FORM OF WARRANT", "Form of application")?"""
        toks = self.lang.toks
        lo, hi = toks.range_of(start, end)
        words = [i for i in range(lo, hi) if not toks.text[i].isspace()]
        for n, i in enumerate(words):
            if not self.lang.word_has(i, "form-noun"):
                continue
            rest = words[n + 1:]
            label = toks.text[rest[0]] if rest else ""
            if not rest or label[:1].isdigit() or (len(label) == 1 and label.isupper()):
                return True
            if toks.lower[rest[0]] == "of" and any(self.lang.word_has(k, "route-noun")
                                                   or self.lang.word_has(k, "petition-noun") for k in rest[1:4]):
                return True  # ("FORM OF SURVEILLANCE WARRANT", "Form of Monitoring Order")
        return False

    def _purpose_phrase(self, start: int, end: int) -> bool:
        """Does a phrase of purpose of several words, with the word "purpose" in it, stand in [start, end) ("for
        the purposes of", "for medical purposes"; not "Findings in connection with ...")?"""
        lo, hi = self.lang.toks.range_of(start, end)
        reader = self.lang.reader
        if any((n := reader.multi(i, hi, "purpose-lead")) > 1
               and any(reader.has(k, "heading-purpose") for k in range(i, i + n)) for i in range(lo, hi)):
            return True
        # ("Emotion recognition for medical purposes": a purpose noun a few words after "for"; "Medical and
        # safety purposes": a plural purpose noun after a word that says what for; not "Findings and purposes",
        # nor "Legislative findings", findings being no purpose a use serves)
        toks = self.lang.toks
        words = [k for k in range(lo, hi) if not toks.text[k].isspace()]

        def modifier(k: int) -> bool:
            return toks.lower[k].isalpha() and not any(reader.has(k, c) for c in (
                "heading-purpose", "preposition", "coordinator", "determiner"))
        return any(reader.has(k, "heading-purpose") and (
            any(reader.has(m, "purpose-lead") for m in words[max(0, n - 3):n])
            or (n > 0 and toks.lemma[k] != toks.lower[k] and reader.has(k, "listed-purpose")
                and modifier(words[n - 1])))
            for n, k in enumerate(words))

    # ------------------------------------------------------------ sentences -> clauses
    def _sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        """The sentences overlapping [start, end), cut to it. Sentences are in text order and do not
        overlap, so a binary search finds the first: one pass per provision, not one per sentence
        (a long code with thousands of provisions was quadratic)."""
        out = []
        first = max(0, bisect.bisect_right(self._sentence_ends, start))
        for k in range(first, len(self.sentences)):  # (not a slice: it would copy the rest of the law)
            s, e = self.sentences[k]
            if s >= end:
                break
            if e <= start:
                continue
            s, e = _strip(self.doc.text, max(s, start), min(e, end))
            if e > s:
                out.append((s, e))
        return out

    def _live_triggers(self, cues: list[Cue]) -> list[Cue]:
        """Exemption trigger cues of a sentence that survive the neutralizing cues."""
        roles = [c for c in cues if c.kind == "role"]
        provisos = [c.start for c in roles if c.form == "condition.proviso"]
        first_proviso = min(provisos) if provisos else None
        # the provisos a permission may be the exception of: "Provided that" and "Provided further, That"
        leads = [c for c in roles if c.form == "condition.proviso" or self._further_proviso(c)] \
            if first_proviso is not None else []
        savings = [c for c in roles if c.form == "neutral.savings"]
        crossrefs = [c for c in roles if c.form == "neutral.cross-reference"]
        bans = [c for c in roles if c.form.startswith("prohibition.")]
        negated = any(c.form == "neutral.negated-authorization" for c in roles)
        live = []
        for cue in roles:
            if cue.form not in TRIGGER_RANK:
                continue
            if first_proviso is not None and cue.start > first_proviso and cue.form != "exemption.override" and \
                    not (cue.form == "exemption.exception" and cue.start - first_proviso <= 30) and \
                    not self._proviso_permits(cue, leads):
                # Words inside a proviso narrow the clause; they open no exemption -- unless the
                # proviso is one ("Provided that nothing in this sub-section shall prevent ...").
                continue
            neutral = [s for s in savings if cue.overlaps(s)] if cue.form != "exemption.override" else []
            neutral += [x for x in crossrefs if cue.overlaps(x) or self._points_away(cue, x, cues)]
            if neutral:
                self.trace.update(n.rule_id for n in neutral)
                continue
            if cue.form == "exemption.permission" and any(cue.overlaps(b) or b.start <= cue.start < b.end + 1
                                                          for b in bans):
                continue
            if cue.form in SPLITTING and any(b.start < cue.start < b.end for b in bans):
                # "No person other than a police service shall operate ...": inside the ban's own subject
                # the words carve an actor out of it; the sentence stays one ban (its exemption is read
                # from the subject, see subject_carve_outs)
                continue
            if cue.form in SPLITTING and any(p.start < cue.start and cue.end < p.end for p in roles
                                             if p.form == "exemption.permission"):
                # "An organ of state may, without a direction, operate a drone for ...": a route word
                # between a permission's modal and its verb says no route is needed; the permission
                # is one clause
                continue
            if cue.form in SPLITTING and self._joins_previous(cue, live):
                continue  # "except to another public agency, and only as permitted by law": its term
            if cue.form == "exemption.unless" and negated:
                # "does not authorize ... unless": a precondition of a permission
                self.trace.update(c.rule_id for c in roles if c.form == "neutral.negated-authorization")
                continue
            live.append(cue)
        return live

    def _further_proviso(self, cue: Cue) -> bool:
        """Is the cue an inline "Provided further" / "Provided, however" (an exception introducer whose first
        word opens a norm): a proviso of its own in a chain of them?"""
        if cue.kind != "role" or cue.form != "exemption.inline":
            return False
        first = self.lang.first_word(cue.start, cue.end)
        return first is not None and self.lang.word_has(first, "opens-norm") and self.lang.toks.lower[first] != "except"

    def _proviso_permits(self, cue: Cue, provisos: list[Cue]) -> bool:
        """Is the cue the main permission, exception or exclusion of a proviso ("Provided that a Magistrate may,
        on an application ..., permit the deployment ...", "Provided that the preparation of crime maps
        shall not be deemed to be the use of ...", "Provided further, That upon the issuance of an AMBER
        Alert, the State Police may ...")? Then the proviso is an exception, as an "exception" cue just
        after it is."""
        if cue.form not in ("exemption.permission", "exemption.scope-exclusion", "exemption.exception"):
            return False
        frame = self.lang.frames.of(cue)
        if frame is None or frame.subordinate:
            return False
        lead = max((p for p in provisos if p.start < cue.start), key=lambda p: p.start, default=None)
        if lead is None:
            return False
        # (from the proviso's last word: "Provided, That any of the following systems is excluded herefrom:")
        gap = self.doc.text[lead.end:frame.subject_span[0]]
        if len(gap) <= 20 and "," not in gap:
            return True
        # a phrase fronted before the permission's subject: "That upon the issuance of ..., the State Police"
        first = self.lang.first_word(lead.end, frame.subject_span[0])
        return first is not None and len(gap) <= 240 and gap.rstrip().endswith(",") \
            and self.lang.reader.may_open(first, _FRONTED_OPENERS)

    def _joins_previous(self, cue: Cue, live: list[Cue]) -> bool:
        """Is a weak trigger joined by "and" to an exemption just before it in the sentence (", and only
        as otherwise permitted by law")? Then it states that exemption's terms."""
        if not live or cue.rule_id == "structure.purpose":
            return False
        before = self.doc.text[max(live[-1].end, cue.start - 8):cue.start].lower()
        return before.rstrip().endswith("and")

    def _points_away(self, trigger: Cue, crossref: Cue, cues: list[Cue]) -> bool:
        """Is what the trigger lets through only a pointer to another provision ("except for a
        purpose listed in IV.B.3", "does not apply to anything done in accordance with clause 7")?
        The exemptions pointed to are read where they stand; this trigger names no topic of its own."""
        if trigger.form == "exemption.override" or not 0 <= crossref.start - trigger.end <= 60:
            return False
        if crossref.rule_id == "structure.derogation":
            return False  # "The following are permitted notwithstanding 8.4.2.4:": what it departs from
        frame = self.lang.frames.of(trigger)
        if frame is not None and frame.row is not None and frame.row.exempts == "subject":
            return False  # "The District Attorney's Office is not a County department for the purposes of 4-103"
        return not any(c.kind == "exemption" and trigger.start <= c.start < crossref.start for c in cues)

    def _coordinated(self, s: int, e: int, cues: list[Cue], triggers: list[Cue]) -> list[int]:
        """Where two frames stand in one sentence joined by "and", "but" or a semicolon, and either
        their roles differ ("Releasing a recording is not a use of facial recognition, and the Library
        will not run any facial recognition on it"; "'Public body' means ..., but does not include the
        Commission") or the second is a ban with no subject of its own ("shall not use it to identify
        residents, and shall not retain or disclose any template": a second conduct), each is a clause
        of its own: split at the last joint between them."""
        roles = sorted((c for c in cues if c.kind == "role" and (c.form.startswith("prohibition.")
                                                                 or c.form == "definition.term"
                                                                 or (c in triggers and c.form in STRONG))),
                       key=lambda c: c.start)
        out = []
        for a, b in itertools.pairwise(roles):
            between = [t for t in triggers if t.form in SPLITTING and a.end <= t.start < b.start]
            if between and b.form.startswith("prohibition."):
                # "shall not use a drone ..., unless the agency first obtains a warrant ..., and shall
                # not use information so gathered": the route ends where a second ban joins on
                frame = self.lang.frames.of(b)
                joint = self.lang.last_joint(between[-1].end, b.start)
                if frame is not None and "coordinated" in frame.subject and joint is not None:
                    out.append(joint)
                continue
            if b.start <= a.end or between:
                continue  # already apart: an "except", "unless" or "provided, however," stands between them
            if b.form == "prohibition.restriction" and a.form in ("prohibition.restriction", "exemption.permission") \
                    and "restrictive" not in self.lang.classes_between(a.start, b.start):
                continue  # "may use a reader, and may query its data, only for the following purposes": one "only"
                # restricts both verbs, one restriction
            if a.form.split(".")[0] == b.form.split(".")[0]:
                frame = self.lang.frames.of(b) if b.form.startswith("prohibition.") else None
                if frame is None or "coordinated" not in frame.subject:
                    continue  # "... is prohibited, and no officer shall ...": one sentence, one ban
                # "shall not submit any image ..., and shall not act on any result ...": a second
                # conduct, one prohibition entry each (shared corpus README, labelling conventions)
            joint = self.lang.last_joint(a.end, b.start)
            if joint is not None:
                out.append(joint)
        return out

    def _duty_after_route(self, s: int, e: int, triggers: list[Cue]) -> list[int]:
        """Where a route or exception that follows its sentence's main verb ("shall deploy it only to the extent
        the directive requires") is followed, after ", and", by a duty with a subject of its own ("..., and the
        Chief shall notify the Board within 10 days"), the duty is a clause of its own: a term that follows the
        way through, not words of it that would make the route a duty. (A route that opens the sentence, "Unless
        a court orders otherwise, and subject to section 4, an agency shall ...", leads its main clause.)"""
        out = []
        for cue in (t for t in triggers if t.form in SPLITTING):
            if not any(not f.subordinate for f in self.lang.frames.between(s, cue.start)):
                continue
            for f in self.lang.frames.between(cue.end, e):
                if f.subordinate or f.modality != "duty" or f.polarity != "positive" \
                        or f.subject & {"coordinated", "empty"}:
                    continue
                if f.row is not None or any(c.form == "condition.proviso" or (c in triggers and c.form in SPLITTING)
                                            for c in self.index.between(cue.end, f.start, kinds=("role",))):
                    break  # (a duty with a role of its own is split off, or kept, by its own trigger; so is one
                    # after another route or a proviso: "provided, however, that such a warrant shall authorize
                    # tracking for no more than 30 days")
                joint = self.lang.last_joint(cue.end, f.start)
                if joint is not None and self.doc.text[joint - 1] == ",":
                    out.append(joint)  # (after a semicolon, "; such a decision shall be valid for 30 days": the
                    # route's own terms, read with it)
                break
        return out

    def _split(self, prov: Provision, s: int, e: int) -> list[Clause]:
        cues = self.index.between(s, e)
        triggers = self._live_triggers(cues)
        points = {s}
        bans = [c for c in cues if c.kind == "role" and c.form.startswith("prohibition.")]
        for cue in triggers:
            if cue.form in SPLITTING:
                points.add(cue.start)
                # "Unless a judge has first authorised it, no person shall compile ...": an exception
                # that opens its sentence ends where the ban after it begins
                after = next((b for b in bans if b.start > cue.end), None)
                if after is not None and not any(t.start < after.start and t.start > cue.start for t in triggers) \
                        and any(c.kind == "exemption" and cue.start <= c.start < after.start for c in cues):
                    points.add(after.start)  # (it names what it lets through: not "Except as provided in (c), ...")
            else:
                semi = self.doc.text.rfind(";", s, cue.start)
                if semi != -1:
                    points.add(semi + 1)
                # "No officer shall operate a simulator: Provided that an officer ... may operate one
                # under a warrant": the proviso that carries the permission is a clause of its own
                lead = max((c.start for c in cues if c.kind == "role" and c.form == "condition.proviso"
                            and c.start < cue.start), default=None)
                if lead is not None and any(b.end <= lead for b in bans):
                    points.add(lead)
        # "...: Provided further, That upon the issuance of an AMBER Alert, the State Police may ...": in a
        # chain of provisos after a ban, each opens a rule of its own
        points.update(c.start for c in cues if self._further_proviso(c) and any(b.end <= c.start for b in bans))
        points.update(self._coordinated(s, e, cues, triggers))
        points.update(self._duty_after_route(s, e, triggers))
        points.update(m.end() for m in PARAGRAPH_JOINT.finditer(self.doc.text, s, e)
                      if not m["word"] or "coordinator" in self.lang.lexicon.classes_of(m["word"].lower()))
        out = []
        for a, b in itertools.pairwise([*sorted(points), e]):
            a2, b2 = _strip(self.doc.text, a, b)
            if b2 <= a2:
                continue
            clause_cues = [c for c in cues if a2 <= c.start < b2]
            clause = Clause(len(self.clauses) + len(out), prov, a2, b2, s, clause_cues)
            clause.trigger = _strongest(t for t in triggers if a2 <= t.start < b2)
            out.append(clause)
        return out

    # ------------------------------------------------------------ roles
    def _explicit_role(self, clause: Clause, info: ProvInfo, main_role: str | None,
                       inherited: str | None) -> None:
        self._set_explicit_role(clause, info, main_role, inherited)
        if clause.explicit and clause.role in ("prohibition", "exemption"):
            # A pointer to exceptions stated elsewhere was read (and opened no exemption of its own).
            self.trace.update(c.rule_id for c in clause.cues if c.kind == "role"
                              and c.form == "neutral.cross-reference")

    def _line_ends_before_more(self, start: int, end: int) -> bool:
        """Does the line end at ``start`` (past spaces) with more text after it before ``end``? (Read
        from ``start`` on, not by copying the rest of a provision that may be a whole law on one line.)"""
        text = self.doc.text
        k = start
        while k < end and text[k] in " \t":
            k += 1
        return k < end and text[k] == "\n" and not text[k:end].isspace()

    def _set_explicit_role(self, clause: Clause, info: ProvInfo, main_role: str | None,
                           inherited: str | None) -> None:
        if self._in_contents(clause) or self._in_note(clause):
            # a list of titles, or a note the law prints beside its text, rules nothing
            clause.role, clause.explicit, clause.trigger = None, False, None
            return
        title = self.doc.text[clause.start:clause.end].rstrip()
        if info.prov.kind != "item" and self._is_title(info, clause) and not title.endswith((".", ":", "—", "-", "–")) \
                and self._line_ends_before_more(clause.end, info.prov.end):
            # a title that reads as a sentence ("6 Public agencies must not carry out remote biometric
            # identification" over the section that says so): it names the provision, it rules nothing
            clause.role, clause.explicit, clause.trigger = None, False, None
            return
        recital = [c for c in clause.cues if c.kind == "role" and c.form == "purpose.recital"
                   and (c.start - clause.start <= 40 or clause.end - c.end <= 2)]  # or "... Whereas:"
        if recital and "enacting-formula" in self.lang.classes_between(recital[0].end, clause.end):
            recital = []  # "WHEREAS ...; NOW, THEREFORE, BE IT RESOLVED that the following ... is adopted:"
        formula = self._enacting_at(info)
        if formula is not None and clause.start <= formula < clause.end and clause.trigger is not None \
                and clause.trigger.start < formula:
            # "AND IN ORDER to limit ... to what is lawful, PARLIAMENT ... enacts as follows:—"
            clause.role, clause.explicit, clause.trigger = None, False, None
            return
        if recital or (formula is not None and clause.end <= formula) or main_role == "purpose":
            # (a recital goes on to its sentence's end: "The Board recognizes that ..., and may deter ...")
            # "WHEREAS, ...", "The Legislature finds that ...": reasons, not rules.
            clause.role, clause.form, clause.explicit, clause.trigger = "purpose", "purpose.recital", True, None
            self.trace.update(c.rule_id for c in recital)
            return
        negated = clause.role_cues("neutral.negated-authorization")
        if clause.trigger is not None and clause.trigger.form in SPLITTING and negated:
            # "provided further, that nothing in the foregoing provisos shall authorize ...": a limit
            # on the exceptions before it, not one more exception.
            self.trace.update(c.rule_id for c in negated)
            clause.trigger = None
        verdicts = []
        # the items of a "Whereas:" lead-in are recitals, as a Purpose heading's paragraphs are
        context = "purpose" if inherited == "purpose" and info.context is None else info.context
        if clause.trigger is not None:
            verdicts.append(self.arbiter.exemption(clause, clause.trigger, context, main_role, inherited,
                                                   clause.sentence_start))
            if verdicts[-1].score <= 0 and {name for name, _ in verdicts[-1].features} <= _OBJECT_FEATURES:
                # "The City may provide its officials with phones that unlock by face, and officials may use
                # that feature": when the first permission is not the banned conduct, a later one may be (not
                # when the clause as a whole is a remedy or a purpose: its every frame is)
                for cue in clause.cues:
                    if cue.kind == "role" and cue.start > clause.trigger.start and cue.form in STRONG:
                        verdict = self.arbiter.exemption(clause, cue, context, main_role, inherited,
                                                         clause.sentence_start)
                        if verdict.score > 0:
                            verdicts.append(verdict)
                            break
            elif verdicts[-1].score <= 0 and {name for name, _ in verdicts[-1].features} == {"not-excepted"}:
                # "Where a court order requires the City to produce the data, the City will disclose it": the
                # duty is no way through of its own; the other trigger of the clause (the order's route) is
                cue = _strongest(c for c in clause.cues if c is not clause.trigger and c.kind == "role"
                                 and c.form in STRONG and clause.start <= c.start < clause.end)
                if cue is not None:
                    verdicts.append(self.arbiter.exemption(clause, cue, context, main_role, inherited,
                                                           clause.sentence_start))
        inside = inherited in ("exemption", "condition") or main_role == "exemption" or self.role_hint == "exemption"
        listed = info.context == "exemption" and info.prov.kind == "item" and not self._leads_alternatives(clause, info)
        excepted_before = any(c.role == "exemption" for c in info.clauses if c.start < clause.start)
        for cue in clause.cues:
            if cue.kind == "role" and cue.form.startswith("prohibition."):
                # a restriction in an item under an "Exceptions" heading states the terms of the exception the
                # item gave before it (with none before it, the restriction is that way through: its route is)
                narrows = inside or (listed and cue.form == "prohibition.restriction" and excepted_before)
                verdicts.append(self.arbiter.prohibition(clause, cue, clause.sentence_start, context,
                                                         inside_exemption=narrows))
        # (the first paragraph of an item of a list of definitions is a definiens: "I - facial recognition system:
        # technological tool that, by means of ..., allows the identification of a natural person"; not where an
        # actor is given leave, "(2) A law enforcement agency may preserve ...")
        definiens = inherited == "definition" and info.prov.kind == "item" \
            and not _BLANK_LINE.search(self.doc.text[info.prov.start:clause.start])
        live = [v for v in verdicts if v.score > 0 and not self._inside_definiens(clause, v)
                and not (definiens and v.form == "exemption.permission" and not self._actor_given_leave(v))]
        if not live and listed and not inside and not info.prov.children \
                and not any(v.role == "exemption" for v in verdicts) and not excepted_before:
            # (not a lead-in: its items are the exceptions; nor a restriction to a route: the route is; nor
            # the terms of an exception the provision gave first)
            end = self._sentence_end(clause, info)
            permitted = next((v for v in verdicts if v.form == "prohibition.restriction" and not v.route
                              and "route" not in self.lang.tags_head(v.cue.end, end)
                              and "following" not in self.lang.classes_between(v.cue.end, end)
                              and self.arbiter.excepts_a_ban(clause, v.cue)), None)
            if permitted is not None:
                # "Article 7. Other Permitted Use / 2. The Border Guard may use facial recognition solely to
                # verify ...": a permission on terms listed under an exceptions heading is that exception
                clause.verdict, clause.role, clause.form, clause.explicit = permitted, "exemption", \
                    "exemption.permission", True
                clause.trigger = permitted.cue
                return
        if live:
            # The strongest reading; an exemption wins a tie (it is the narrower statement).
            best = max(live, key=lambda v: (v.score, v.role == "exemption"))
            clause.verdict = best
            if best.role == "exemption":
                clause.role, clause.form, clause.explicit = "exemption", best.form, True
                clause.trigger = best.cue
                return
            if best.form == "prohibition.restriction" and self.arbiter.excepts_a_ban(clause, best.cue):
                clause.role, clause.form, clause.explicit = "exemption", "exemption.permission", True
                clause.trigger = best.cue
                return
            clause.trigger = None
            if any(name == "remedy" for name, _ in best.features):
                # "No data collected in violation ... may be received in evidence": a remedy.
                clause.role, clause.explicit = "enforcement", True
                return
            clause.role, clause.form, clause.explicit = "prohibition", best.form, True
            return
        clause.verdict = max(verdicts, key=lambda v: v.score) if verdicts else None
        clause.trigger = None
        forms = {c.form for c in clause.cues if c.kind == "role"}
        if "definition.term" in forms:
            clause.role, clause.form, clause.explicit = "definition", "definition.term", True
            self.trace.update(c.rule_id for c in clause.role_cues("definition.term"))
            return
        if any(c.kind == "durability" for c in clause.cues) and "law" in self.lang.tags_head(clause.start,
                                                                                            clause.end):
            clause.role, clause.explicit = "durability", True

    def _definition_leads_from_sibling(self, prov) -> bool:
        """Does an item before this one end on a definition that opens a list of its own (a new term
        defined, with a dash or colon, after the item's own words)? Then this item is on that list."""
        # (siblings are read in order: the sibling just before says whether the list restarts there, and
        # the parent keeps the answer for the items after it)
        if prov.parent in self._restarted_lists:
            return True
        sib = self.provs.get(prov.index - 1)
        if sib is None or sib.prov.parent != prov.parent or len(sib.clauses) < 2:
            return False
        last = sib.clauses[-1]
        if last.role == "definition" and (self.doc.text[last.start:last.end].rstrip().endswith(("-", "—", "–", ":"))
                                          or self._ends_on_define(last)):
            self._restarted_lists.add(prov.parent)
            return True
        return False

    def _ends_on_define(self, clause: Clause) -> bool:
        """Does the clause end on its defining verb, its items to follow ('"public body" means')?"""
        toks = self.lang.toks
        lo, hi = toks.range_of(clause.start, clause.end)
        last = next((i for i in range(hi - 1, lo - 1, -1) if toks.lower[i][:1].isalnum()), None)
        return last is not None and self.lang.reader.has(last, "op-define")

    def _after_heading(self, prov) -> bool:
        """Is the provision an unnumbered heading, or does one stand between it and its parent's words?"""
        if prov.kind == "heading" or prov.parent is None:
            return prov.kind == "heading"
        if prov.parent not in self._first_heading:
            self._first_heading[prov.parent] = next(
                (k for k in self.doc.provisions[prov.parent].children if self.doc.provisions[k].kind == "heading"),
                len(self.doc.provisions))
        return prov.index > self._first_heading[prov.parent]

    def _enacting_at(self, info: ProvInfo) -> int | None:
        """Where the enacting formula ("Parliament ... enacts as follows:—", "BE IT ORDAINED") starts
        among the words before a law's first provision, None if there is none. The words before it
        (a title, recitals: "RECOGNISING that ...", "AND IN ORDER to limit the use ... to what is
        lawful") give reasons; they rule nothing."""
        if info.prov.kind != "root" or not info.clauses:
            return None
        if info.enacting is None:
            info.enacting = -1
            lo, hi = self.lang.toks.range_of(info.clauses[0].start, info.clauses[-1].end)
            for i in range(hi - 1, lo - 1, -1):
                if self.lang.reader.multi(i, hi, "enacting-formula"):
                    info.enacting = self.lang.toks.start[i]
                    break
        return info.enacting if info.enacting >= 0 else None

    def _assign(self, info: ProvInfo, parent: ProvInfo | None) -> None:
        if parent is not None and self._after_heading(info.prov):
            parent = None  # a heading closed the list above it: the words under it are no item of its lead-in
        if parent is not None and self._is_footnote(info.prov):
            parent = None  # "... of the European Union1) ..." / "1) Directive (EU) 2016/680 ...": a footnote is
            # no item of the provision it annotates
        if parent is not None and self._definition_leads_from_sibling(info.prov):
            parent = None  # '(b) ... unlocking the device;' / '"public body" means-' / '(a) any Ministry ...': the
            # items are that definition's, not more of what the list before them let through
        inherited = parent.item_role if parent and parent.lead_in else None
        gateway = parent.lead_in if parent and parent.item_mode == "exemptions" else None
        owner = parent.item_owner if parent and inherited == "condition" else None
        prev: Clause | None = None
        main_role: str | None = None
        for clause in info.clauses:
            new_sentence = prev is None or clause.sentence_start != prev.sentence_start
            if new_sentence:
                main_role = None
            self._explicit_role(clause, info, main_role, inherited)
            if self._table_role(clause, info):
                prev = clause
                continue
            if clause.role == "exemption" and clause.form == "exemption.permission" and self._court_remedy(clause):
                # "The court may award actual damages and may order the agency to delete the data": what a
                # court may do about a breach, no way through the ban
                clause.role, clause.form, clause.explicit, clause.trigger = "enforcement", None, True, None
            if prev is None and inherited == "condition" and owner is not None and clause.role == "exemption" \
                    and clause.form == "exemption.permission":
                # "may compare an image ... if— (a) ... a serious offence; and (b) the comparison is
                # approved by a superintendent": an approval among the terms of a permission is one of
                # its terms, not a second way through
                clause.role, clause.owner = "condition", owner
            if clause.role == "exemption" and prev is not None and clause.owner is None \
                    and (new_sentence or self.doc.text[prev.start:clause.start].rstrip().endswith(";")) \
                    and not clause.is_gateway and not self._new_paragraph(prev, clause) and self._points_back(clause):
                # "An investigator may view a suspect's public posts ... Such viewing is not social media
                # monitoring": the second sentence says why the first is let through; one exemption (so
                # too after a semicolon: "...; such audio may be reviewed by a dispatcher")
                if prev.role is None and self._revive(prev):
                    prev.role, prev.form, prev.explicit = "exemption", prev.verdict.form, True
                    prev.trigger = prev.verdict.cue
                if prev.role == "exemption":
                    clause.owner = prev.owner if prev.owner is not None else prev
            if clause.role == "exemption" and clause.explicit and prev is not None and not prev.explicit \
                    and prev.role == "exemption" and prev.trigger is None \
                    and prev.sentence_start == clause.sentence_start and self._opens_condition(prev):
                # "3.3 Missing students. When a student is reported missing ..., the principal may provide
                # photographs ...": the sentence's own permission is the item; the words before it its condition
                prev.role, prev.hinted, prev.owner = "condition", False, clause
            if clause.role is None and self._enforces(clause) and prev is not None:
                clause.role = "enforcement"  # "Information obtained in violation ... shall not be received in evidence"
            if clause.role is None and not (self._in_contents(clause) or self._in_note(clause)):
                # (a note rules nothing, whatever its place: the illustrations under a section of exceptions)
                if prev is None and inherited == "exemption" and gateway is not None and \
                        self._conditional_duty(clause, info):
                    # "(3) If an agency uses the device in exigent circumstances, it shall seek an order
                    # within 72 hours": a term of the route before it, not one more route.
                    clause.role = "condition"
                    clause.owner = self._previous_item_head(info)
                elif prev is None and inherited and self._is_title(info, clause) and len(info.clauses) > 1:
                    # "5.9 Legal obligations. Personnel may take an action ...": the title names the item;
                    # the sentence after it is the item, and takes its role
                    continue
                elif prev is None and inherited and not _permits_other_technology(clause):
                    # (not "A. Video cameras may be operated in entrances ..." under "The following uses ... are
                    # permitted:" where the bans name face recognition: no way through them)
                    clause.role, clause.gateway, clause.owner = inherited, gateway, owner
                elif prev is None and self.role_hint and (info.prov.kind == "root" or info.prov.parent == 0):
                    clause.role, clause.hinted = self.role_hint, True
                elif prev is None and self._affirms_permission(info, clause):
                    # "Q: May deputies ask the Bureau to run a face search in a homicide case? / A: Yes, but
                    # only ...": the answer grants what the question asks, on its terms
                    clause.role, clause.hinted = "exemption", True
                elif prev is None and self._leads_other_technology(parent):
                    # "Security cameras may be used to: (a) monitor the perimeter; ...": uses of a technology no
                    # ban names finish that permission, under whatever heading; but "(b) compare the face of a
                    # visitor with the trespass list" is what the ban bans, a way through of its own
                    if self.arbiter.names_what_a_ban_reaches(clause.start, clause.end, acts=False):
                        clause.role, clause.hinted = "exemption", bool(clause.cues_of("exemption"))
                elif prev is None and self._item_a_ban_excepts(info, parent, clause):
                    # "(1) ... shall not apply number plate recognition ... for any purpose other than a purpose
                    # specified in subsection (2). / (2) The purposes referred to in subsection (1) are— (a) ...":
                    # each item of the provision the ban points to as what it lets through is a way through
                    clause.role, clause.hinted = "exemption", bool(clause.cues_of("exemption"))
                elif self._listed_exception(info, parent, clause, prev):
                    # "4. What is still allowed. (a) Warrant. A comparison may be requested ...": an item
                    # under a heading that names exceptions is one when it names a topic.
                    # (a use named with no topic is let through all the same: "The use of facial recognition
                    # by a library to catalogue its photographs" under "USES OUTSIDE SECTION 2(1)")
                    clause.role, clause.hinted = "exemption", bool(clause.cues_of("exemption"))
                    if (earlier := self._sibling_granting(info, clause)) is not None:
                        # "5 Biometric warrants / (1) A Deemster may ... issue a warrant ... / (2) A biometric
                        # warrant ceases to have effect after 14 days": the terms of the route granted before
                        clause.role, clause.hinted, clause.owner = "condition", False, earlier
                elif prev is not None and prev.role == "exemption" and prev.owner is None and new_sentence \
                        and self._carries_over(clause):
                    # "... the Police may compare a voice recording ... to avert a present danger to life. The same
                    # applies to the search for a person reported missing ...": the permission carried over to a
                    # case of its own is a way through of its own
                    clause.role, clause.hinted = "exemption", bool(clause.cues_of("exemption"))
                elif prev is not None and prev.role in ("exemption", "condition") \
                        and not self._new_paragraph(prev, clause):
                    # A sentence that goes on after an exemption states its terms (Art. 5(3) EU AI Act).
                    clause.role = prev.role
                    clause.owner = prev.owner if prev.owner is not None else prev
                elif prev is not None and prev.role == "definition":
                    clause.role = "definition"  # a list of definitions goes on until something else begins
                elif prev is not None and not new_sentence:
                    clause.role, clause.form = prev.role, prev.form
                elif info.context in ("definition", "enforcement", "purpose"):
                    clause.role = info.context
            if clause.role is None and self._enforces(clause):
                clause.role = "enforcement"
            if new_sentence and clause.role == "prohibition":
                main_role = "prohibition"
            elif new_sentence and clause.role == "exemption" and clause.form in SPLITTING \
                    and self.arbiter.ban_follows(clause):
                main_role = None  # "Unless ..., | no person shall ...": the ban after it is the sentence's own
            elif new_sentence:
                main_role = clause.role
            prev = clause

    @staticmethod
    def _enforces(clause: Clause) -> bool:
        """Does the clause speak of this law's enforcement: a penalty or remedy word that is not the threshold
        of the crimes a way through is for ("only by order of the investigating judge, in an investigation into
        a crime or misdemeanour punishable by at least four years" describes the crimes a route is for; "Any
        other use is a misdemeanor punishable by up to one year in jail", with no route named, is this law's)?"""
        return bool(clause.cues_of("enforcement")) \
            and not (any(c.value == "offence-threshold" for c in clause.cues_of("qualifier"))
                     and any(c.value != "other" for c in clause.cues_of("exemption")))

    def _table_role(self, clause: Clause, info: ProvInfo) -> bool:
        """Give a clause in a table its role, if the table decides it: a header row is a label, of no
        role; a row of a table that lists what is let through ("TABLE 1 - PERMITTED USES" / "P-2 | FR |
        Identify a missing or endangered person ... | Candidate must be confirmed ...") is a way through
        of its own, as an item of a list of permitted purposes is, and the rest of the row its terms; a
        sentence before the table that cites it ("The uses listed in Table 5.1 are permitted", "may be
        deployed for the following missions") opens the rows and is no exemption of its own. False when
        the table leaves the clause to the rest."""
        tables = self.lang.tables
        found = tables.at(clause.start)
        if found is None:
            return False
        table, row = found
        if row is None:
            clause.role, clause.form, clause.explicit, clause.trigger = None, None, False, None
            return True
        if not table.permits or is_status_row(table, row, self.lang.classes_between, self.doc.text):
            return False
        head = self._row_heads.setdefault(row.start, clause)
        clause.explicit, clause.trigger, clause.role = False, None, "exemption"
        if head is not clause:
            clause.form, clause.owner = None, head
            return True
        clause.form, clause.owner = "exemption.item", None
        lead = next((c for c in reversed(info.clauses) if c.end <= table.start and c.role == "exemption"
                     and c.owner is None and ("annex-noun" in self.lang.classes_between(c.start, c.end)
                                              or self.lang.points_ahead(c.start, c.end))), None)
        if lead is not None:
            lead.is_gateway, clause.gateway = True, lead
        return True

    def _leads_alternatives(self, clause: Clause, info: ProvInfo) -> bool:
        """Does the clause's sentence lead its provision's items as alternatives ("may operate an ALPR
        system only for the following purposes: (a) ...")? Under a "Permissible uses" heading that is
        the restriction itself, each item a door, not the terms of one exception."""
        if not info.prov.children:
            return False
        end = self._sentence_end(clause, info)
        if self.doc.text[clause.start:end].rstrip().endswith(LEAD_IN_END) and any(
                f.restrictive and f.polarity == "positive" and not f.subordinate
                for f in self.lang.frames.between(clause.start, end)):
            return True  # "An agency may use facial recognition technology only: (a) ...; (b) ..."
        return any(c.form == "list.alternatives" for c in self.index.between(clause.start, end, kinds=("role",)))

    def _sentence_end(self, clause: Clause, info: ProvInfo) -> int:
        """Where the clause's sentence ends, within its provision."""
        k = bisect.bisect_right(self._sentence_ends, clause.start)
        return min(info.prov.end, self._sentence_ends[k]) if k < len(self._sentence_ends) else info.prov.end

    def _conditional_duty(self, clause: Clause, info: ProvInfo) -> bool:
        """Does an item open with a condition and lay a duty in the same sentence ("If ..., the agency
        shall ...")? (Not "When an emergency requires it. In such a case the agency shall apply for a
        warrant": a case, then a term of it.)"""
        opens = any(c.form == "condition.if" and c.start - clause.start <= 12 for c in clause.role_cues("condition.if"))
        if not opens:
            return False
        end = self._sentence_end(clause, info)
        # (a duty after "provided, that" is a term of the case: "(3) where an emergency requires its use
        # ...; provided, that the agency shall apply for a warrant within 48 hours")
        # (also where the proviso's words open an exception: "; provided, however, that the agency shall ...")
        end = min([end, *(c.start for c in self.index.between(clause.start, end, kinds=("role",))
                          if c.form == "condition.proviso"
                          or self.lang.reader.multi(c.tok_start, c.tok_end + 1, "proviso"))])
        # (and after "except that", "save that": "(c) when an emergency requires it; except that the
        # agency shall apply for a warrant within 48 hours")
        end = min(end, self.lang.norm_opener_at(clause.start, end))
        # (and after words that point back to the case: "(c) when an emergency requires the use without delay,
        # in which case the agency shall apply for a warrant within 48 hours")
        toks = self.lang.toks
        lo, hi = toks.range_of(clause.start, end)
        # (every entry is of several words: "multi" gives the length of the one found there, 0 for none)
        end = next((toks.start[i] for i in range(lo, hi) if self.lang.reader.multi(i, hi, "case-pointer") > 1), end)
        # (and after a semicolon: "II. When a life is in imminent danger, by direct order of the head of the
        # Office ...; if ratification is denied, the information shall be destroyed": a term of the case)
        semicolon = self.doc.text.find(";", clause.start, end)
        return self.lang.imposes_duty(clause.start, semicolon if semicolon >= 0 else end)

    def _previous_item_head(self, info: ProvInfo) -> Clause | None:
        parent = self.doc.provisions[info.prov.parent] if info.prov.parent is not None else None
        if parent is None:
            return None
        siblings = parent.children
        i = siblings.index(info.prov.index)
        for j in range(i - 1, -1, -1):
            sib = self.provs.get(siblings[j])
            if sib and sib.clauses and sib.clauses[0].role == "exemption":
                head = sib.clauses[0]
                return head.owner if head.owner is not None else head
        return None

    def _opens_condition(self, clause: Clause) -> bool:
        """Does the clause open with a condition word ("When", "If", "Where")?"""
        first = self.lang.first_word(clause.start, clause.end)
        return first is not None and self.lang.reader.may_open(first, _CONDITION_OPENERS)

    def _item_a_ban_excepts(self, info: ProvInfo, parent: ProvInfo | None, clause: Clause) -> bool:
        """Is the clause an item under a lead-in with no role of its own that points back to the ban ("The purposes
        referred to in subsection (1) are—"), in a provision the ban's sentence points to as what it lets through
        ("other than a purpose specified in subsection (2)"), imposing no duty and limiting nothing?"""
        if info.prov.kind != "item" or parent is None or parent.lead_in is None \
                or any(c.role for c in parent.clauses) or not self.arbiter.points_to_as_excepted(clause.start):
            return False
        lead = parent.lead_in
        if not self.arbiter.cites_a_ban_from(lead.start, lead.start, lead.end):
            return False  # (the lead-in points back to the ban: "The purposes referred to in subsection (1) are—")
        return not self.lang.imposes_duty(clause.start, clause.end) and not self._limits(clause)

    def _limits(self, clause: Clause) -> bool:
        """Does a main frame of the clause ban or stay neutral, or bar with a negated verb of no row ("(b) A
        warrant issued under (1)(a) may not authorize ...", "(3) A comparison shall not be made against images
        collected from social media")? Then the clause is a limit, no way through."""
        def limits(f) -> bool:
            if f.row is not None:
                return f.row.role.split(".")[0] in ("neutral", "prohibition")
            return f.polarity == "negative" and f.modality in ("duty", "permission") \
                and "op-prohibit" not in f.operators
        return any(not f.subordinate and limits(f) for f in self.lang.frames.between(clause.start, clause.end))

    def _listed_exception(self, info: ProvInfo, parent: ProvInfo | None, clause: Clause, prev: Clause | None) -> bool:
        """Is the clause an item listed under a heading that names exceptions ("4. What is still
        allowed. / (a) Warrant. A comparison may be requested ...")? Only the first sentence after
        the item's title, only when it names a topic, imposes no duty ("the prosecutor shall
        submit an affidavit ... that an emergency exists" is procedure) and has no frame of its own
        that bans or is neutral, and only when the heading
        above is a bare label (under "4.1 ... may compare ... if" the items are its conditions)."""
        if info.context != "exemption" or info.prov.kind != "item" \
                or not (clause.cues_of("exemption") or self._names_a_use(clause, info.prov)):
            return False
        if parent is None or any(c.role for c in parent.clauses) or self._is_title(info, clause):
            return False
        if parent.clauses and self._ends_on_description(parent.clauses[-1]):
            return False  # "8 The offences are— (a) murder ...; (c) abduction ...": what the lead-in's noun is
        prov = info.prov
        while prov.kind in ("item", "heading"):
            if prov.kind == "heading" and self._heading_context(prov) is None:
                return False  # (a list under a line that closed the exceptions and names none of its own: a
                # schedule's signature and notes, "Dated this 25th day of March" / "(b) Order in Council No. VII")
            prov = self.doc.provisions[prov.parent]
        if self.lang.imposes_duty(clause.start, clause.end) or self._limits(clause):
            return False
        return prev is None or (prev.role is None and self._is_title(info, prev))

    def _names_a_use(self, clause: Clause, prov: Provision) -> bool:
        """Is the clause a phrase naming a use of the technology, with no verb of its own ("The use of facial
        recognition technology by a library to catalogue photographs in its collections"), under a title that
        lets what it lists through ("USES OUTSIDE SECTION 2(1)", "PURPOSES FOR WHICH ... MAY BE USED")? Then it
        is one of them, whatever it is for (not under any heading of exceptions: "Subsection (a) does not
        authorize: (1) The use of ...", "Reporting of exceptions")."""
        if clause.prov.children:
            return False  # (a subject its items finish: "(2) The operation of a cell-site simulator in the
            # circumstances described in (1)(b): (a) must be reported ...")
        up = prov
        while up.index not in self._letting_titles:
            if up.parent is None:
                return False
            up = self.doc.provisions[up.parent]
        end = min([clause.end] + [c.start for c in clause.cues if c.kind == "role" and c.form.startswith("condition.")
                                  and c.start > clause.start])  # (its terms may hold verbs: "where every ... died")
        first = self.lang.first_word(clause.start, end)
        if first is None or self.lang.word_has(first, "negative-subject") or not (
                self.lang.word_has(first, "determiner") or self.lang.word_has(first, "conduct-noun")
                or (self.lang.toks.lower[first].endswith("ing")
                    and self.lang.toks.lemma[first] != self.lang.toks.lower[first])):  # (a gerund, not "Nothing")
            return False  # (not an item of what a duty commands: "(II) Destroy all location information ...")
        return any(c.kind == "technology" and c.start < end for c in clause.cues) \
            and not any(not f.subordinate for f in self.lang.frames.between(clause.start, end))

    def _sibling_granting(self, info: ProvInfo, clause: Clause) -> Clause | None:
        """An earlier item under the same heading whose own words let through what this clause's topic
        names (an explicit exemption of the same category), None if there is none."""
        topics = {c.value for c in clause.cues_of("exemption")}
        k = info.prov.index - 1
        while k >= 0 and (sib := self.provs.get(k)) is not None:
            if sib.prov.index == info.prov.parent:
                break
            if sib.prov.parent == info.prov.parent:
                for c in sib.clauses:
                    if c.role == "exemption" and c.explicit and topics & {x.value for x in c.cues_of("exemption")}:
                        return c
            k -= 1
        return None

    def _in_contents(self, clause: Clause) -> bool:
        """Does the clause run into the document's contents list (structure found it)? The title
        and the word "Contents" above it join the entries' sentence."""
        if self._contents is None:
            span = self.doc.metadata.get("contents")
            self._contents = tuple(int(x) for x in span.split("-")) if span else ()
        return bool(self._contents) and clause.start < self._contents[1] and self._contents[0] < clause.end

    def _in_note(self, clause: Clause) -> bool:
        """Does the clause open inside a note: matter printed with the law that is no part of it (an
        explanatory note, an editor's note, an illustration; the pack's note labels)?"""
        if self._notes is None:
            self._notes = self._note_spans()
        return any(a <= clause.start < b for a, b in self._notes)

    def _note_spans(self) -> list[tuple[int, int]]:
        """The spans of the notes printed with the law: a line that is a note label (to the next provision
        that is not a lettered item) or a division label (to the next provision that is not an item), or a
        line that opens with a note label and a dash or colon (to its paragraph's end)."""
        toks, reader, text = self.lang.toks, self.lang.reader, self.doc.text
        provs = sorted(self.doc.provisions, key=lambda p: p.start)
        out = []
        for line in self.doc.lines:
            lo, hi = toks.range_of(line.start, line.end)
            i = next((k for k in range(lo, hi) if not toks.text[k].isspace()), hi)
            division = reader.multi(i, hi, "note-division") if i < hi else 0
            if division == 1 and not toks.text[i].isupper():
                division = 0  # a one-word division label stands in capitals ("STATEMENT"), not a wrapped "statement."
            n = division or (reader.multi(i, hi, "note-label") if i < hi else 0)
            if not n:
                continue
            rest = [k for k in range(i + n, hi) if not toks.text[k].isspace()]
            if all(toks.text[k] in _LABEL_MARKS for k in rest):
                after = [p for p in provs if p.start > line.end]
                # (its own lettered items restart at "(a)"; a list that goes on past the note, "(a) ... / Note /
                # (b) ...", is the law's again)
                restarts = bool(after) and after[0].kind == "item" and after[0].number.lower() in ("a", "i", "1")
                end = next((p.start for p in after if not (p.kind == "item" and (
                    division or (restarts and p.number.isalpha() and p.number.islower())))), len(text))
                if division:
                    end = self._enacting_between(line.end, end)  # a bill's "SYNOPSIS" ends at "BE IT ENACTED"
                    end = self._heading_between(line.end, end)  # "PREAMBLE" / ... / "POLICY": the next title
                out.append((line.start, end))
            elif not division and (toks.text[rest[0]] in _NOTE_DASHES or (
                    toks.text[rest[0]] == "-" and text[toks.end[rest[0]]:toks.end[rest[0]] + 1] in (" ", "\t")
                    and toks.start[rest[0]] > toks.end[i + n - 1])
                    or self._note_runs_on(i, rest)):
                # (not an Iranian law's "Note- The Border Guard Command may ...": the dash glued to the label
                # marks a note that is part of the article, as "Note 1-" does)
                para = _BLANK_LINE.search(text, line.start)
                nxt = next((p.start for p in provs if p.start > line.start), len(text))
                out.append((line.start, min(para.start() if para else len(text), nxt)))
        out.extend((p.start, p.end) for p in provs if self._is_footnote(p))
        return out

    def _is_footnote(self, prov: Provision) -> bool:
        """Is an item a footnote: its label a number and a closing parenthesis ("1)"), the same mark glued to a
        word earlier in the provision above it ("... of the European Union1) and ...")? Central European laws
        print their references to other law so ("1) Directive (EU) 2016/680 of ..."); they are no provisions."""
        if prov.kind != "item" or not prov.number.isdigit() or prov.label != prov.number + ")" or prov.parent is None:
            return False
        text, mark = self.doc.text, prov.label
        parent = self.doc.provisions[prov.parent]
        at = text.find(mark, parent.body_start, prov.start)
        while at > 0:
            if text[at - 1].isalpha():
                return True
            at = text.find(mark, at + 1, prov.start)
        return False

    def _heading_between(self, start: int, end: int) -> int:
        """Where the first line in [start, end) that is a title in capitals alone on its line starts ("POLICY",
        "AUTHORIZED USES"), or end: a division label's matter runs to the next title, numbered or not."""
        for line in self.doc.lines:
            if start <= line.start < end:
                words = self.doc.text[line.start:line.end].split()
                if 0 < len(words) <= 8 and all(w.isupper() or not w.isalpha() for w in words) \
                        and any(w.isalpha() for w in words) and not words[-1].endswith((".", ",", ";", ":")):
                    return line.start
        return end

    def _enacting_between(self, start: int, end: int) -> int:
        """Where the first enacting formula in [start, end) starts, or end: the law's own words follow it,
        so no note printed before it runs on past it."""
        lo, hi = self.lang.toks.range_of(start, end)
        reader = self.lang.reader
        return next((self.lang.toks.start[i] for i in range(lo, hi) if reader.multi(i, hi, "enacting-formula")), end)

    def _note_runs_on(self, label: int, rest: list[int]) -> bool:
        """Australian drafting runs a note into its words with no dash: "Note The declaration of a state of
        emergency ...", "Note 2 A definition in the dictionary ..." (a capitalised label, its number, then a
        capitalised word; not a sentence that opens "Note that ...")."""
        toks = self.lang.toks
        words = rest[1:] if rest and toks.text[rest[0]].isdigit() else rest
        return toks.text[label][:1].isupper() and bool(words) and toks.text[words[0]][:1].isupper() \
            and toks.text[words[0]].isalpha()

    @staticmethod
    def _without_marginal_note(tail: str) -> str:
        """The lead-in's words less a marginal note printed after its dash or colon, on its own line or
        beside it ("may operate an unmanned aircraft—" / "Permitted operations."): no part of the
        sentence."""
        cut = max(tail.rfind(mark) for mark in ("—", "–", ":"))
        # (the items follow: this is only asked of a provision's last words before its list)
        return tail[:cut + 1] if cut >= 0 and marginal_note(tail[cut + 1:]) else tail

    def _is_title(self, info: ProvInfo, clause: Clause) -> bool:
        """Is the clause the provision's title ("Warrant." over "A comparison may be requested ...")?"""
        return bool(info.prov.heading) and \
            self.doc.text[clause.start:clause.end].strip().rstrip(".:") == info.prov.heading.rstrip(".:")

    def _points_back(self, clause: Clause) -> bool:
        """Does the clause's frame stand for conduct named before it: its subject ("Such viewing", "The
        use of such software"), or its verb ("may do the same")?"""
        frame = self.lang.frames.of(clause.trigger) if clause.trigger is not None else None
        if frame is None:
            return False
        if "pro-conduct" in frame.operators and frame.modality == "permission":
            return True  # "The Sheriff's information officer may do the same for the Sheriff's accounts"
        if frame.subject_span[1] <= frame.subject_span[0]:
            return False
        return "conduct-anaphor" in self.lang.classes_between(*frame.subject_span)

    def _inside_definiens(self, clause: Clause, verdict: Verdict) -> bool:
        """Is a permission part of what a definition says its term means ('"public place" means any place
        to which the public are permitted to have access', '"location data" means data that show, or
        can be used to work out, ...')? It describes the term; it lets nothing through. (A definition's
        exclusions, "does not include", are other frames and stay exemptions.)"""
        if verdict.role != "exemption" or verdict.form != "exemption.permission" or verdict.cue is None:
            return False
        # (in the same paragraph: "BE IT RESOLVED, that 'x' means ...; and\n\nBE IT FURTHER RESOLVED, that
        # an officer may ..." is one sentence of several rules)
        return any(c.form == "definition.term" and c.start < verdict.cue.start
                   and not _BLANK_LINE.search(self.doc.text[c.end:verdict.cue.start])
                   for c in self.index.between(clause.sentence_start, verdict.cue.start, kinds=("role",)))

    def _revive(self, clause: Clause) -> bool:
        """A permission dropped only because it named nothing the law regulates, or an act the ban does
        not name ("may read the suspect's public posts"), when the next sentence says that conduct is let
        through ("Such reading is not social media monitoring"): it is an exemption after all."""
        v = clause.verdict
        against = {name for name, w in v.features if w < 0} if v is not None else set()
        if v is None or v.role != "exemption" or v.cue is None or not against or \
                not against <= {"no-regulated-object", "not-the-banned-conduct"}:
            return False  # (what the next sentence answers: the conduct is the regulated one, or outside the ban)
        v.features.append(("pointed-back-to", self.lang.weights.get("pointed-back-to", 0.0)))
        return v.score > 0

    def _carries_over(self, clause: Clause) -> bool:
        """Does the clause carry what came before over to another case: a verb of scope in the present, its
        subject only a word that points back ("The same applies to ...", "The same shall apply where ..."), its
        object named?"""
        frame = next((f for f in self.lang.frames.between(clause.start, clause.end) if not f.subordinate), None)
        if frame is None or frame.polarity != "positive" or frame.modality == "permission" \
                or not frame.operators & {"op-apply", "op-scope"} or frame.obj <= {"empty"}:
            return False
        words = self.lang.reader.words(*self.lang.toks.range_of(*frame.subject_span))
        return bool(words) and all(self.lang.word_has(i, "determiner") or self.lang.word_has(i, "conduct-anaphor")
                                   for i in words) and any(self.lang.word_has(i, "conduct-anaphor") for i in words)

    def _actor_given_leave(self, verdict: Verdict) -> bool:
        """Is the verdict's frame a permission whose subject is an actor ("A law enforcement agency may preserve
        ...")?"""
        frame = self.lang.frames.of(verdict.cue) if verdict.cue is not None else None
        return frame is not None and "actor" in frame.subject

    def _new_paragraph(self, prev: Clause, clause: Clause) -> bool:
        """Is there a blank line between two clauses ("RESOLVED, That ..." paragraphs)?"""
        return bool(_BLANK_LINE.search(self.doc.text[prev.end:clause.start]))

    def _affirms_permission(self, info: ProvInfo, clause: Clause) -> bool:
        """Does the clause answer "yes" to the question its provision is headed by, a question whether
        something may be done ("May deputies ...?", "Can the Office ...?")?"""
        heading = (info.prov.heading or "").split()
        if not heading or not heading[-1].endswith("?"):
            return False
        lex = self.lang.lexicon
        words = [w.strip(".,:;!").lower() for w in self.doc.text[clause.start:clause.end].split()[:3]]
        return heading[0].lower() in lex.words("modal-permission") and \
            any(w in lex.words("affirmative-answer") for w in words[:2])

    def _ends_open(self, clause: Clause) -> bool:
        """Does the clause end on a word that opens an exception or a restriction, with no punctuation
        ("must not disclose ALPR data to any person other than", "may use the system only" over
        "(a) ...; (b) ...")? Its items follow."""
        words = " " + " ".join(self.doc.text[clause.start:clause.end].lower().split())
        lex = self.lang.lexicon
        return any(words.endswith(" " + w) for w in (*lex.words("introducer-except"), *lex.words("restrictive")))

    def _lead_in(self, info: ProvInfo) -> None:
        prov = info.prov
        if not prov.children or not info.clauses:
            return
        if all(self.doc.provisions[i].kind in (*DIVISIONS, "heading") for i in prov.children):
            # "... Parliament therefore enacts as follows:— / CHAPTER 1 / Definitions": a colon before
            # the chapters of a law opens its body, not a list; a chapter is no item of a lead-in
            return
        last = info.clauses[-1]
        if len(info.clauses) > 1:
            before = self.doc.text[info.clauses[-2].start:last.end].rstrip()
            if self._without_marginal_note(before) != before:
                last = info.clauses[-2]  # the note is a clause of its own
        # (an inserted lead-in ends inside its mark: "... in the following cases: + }")
        tail = self._without_marginal_note(without_insertion_marks(self.doc.text[last.start:last.end]).rstrip())
        # Canadian and Commonwealth drafting leads into its items with no colon: "This Regulation does
        # not apply to" / "(a) a special constable ...": a sentence that stops on a word goes on in them
        if not tail.endswith(LEAD_IN_END) and not self._ends_open(last) \
                and not self.doc.runs_into_items(prov, last.end):
            # "The following uses are allowed under this policy. Each use must be recorded ...": a
            # sentence that permits "the following" leads the subsections after it, whatever follows it
            last = self._announces_items(info)
            if last is None:
                return
        before = [c for c in info.clauses[:-1] if c.sentence_start == last.sentence_start]
        if last.role == "exemption" and last.form in SPLITTING and before and before[-1].role == "prohibition" \
                and self._elided(before[-1]):
            # "A City department shall not do any of the following unless the City Council has first
            # approved ...: A. Seek ...; B. Acquire ...": the items are the banned conduct; the "unless"
            # is the route of all of them.
            last = before[-1]
        if last.form == "exemption.inline" and before and "following" in self.lang.classes_between(
                before[-1].start, before[-1].end):
            # '"public institution" means any of the following institutions, other than the Airports
            # Corporation:': the items are what the words before the inline exception announce; it stays
            # an exception of its own
            last = before[-1]
        if not last.explicit:
            # "The following uses are permitted notwithstanding section 9.44.020. / Permitted uses:":
            # the sentence that says what the items are leads them, not the label before them.
            last = self._announces_items(info) or last
        info.lead_in = last
        role = last.role
        if role is None and self._opens_condition(last) and self._ends_unfinished(last):
            # "The judge shall not make an order unless satisfied that - / (a) ...; (b) the information
            # sought cannot be obtained by other means": the items finish the condition; none bans
            role = "condition"
        info.item_role = role
        if role == "exemption" and last.form == "exemption.permission" and self._items_are_remedies(prov, last):
            # "the High Court may— (a) grant an injunction ...; (b) order the destruction of the data; (c)
            # award damages": what a court may do about a breach, no way through the ban
            last.role, last.form, last.explicit, last.trigger = "enforcement", None, True, None
            info.item_role = "enforcement"
            return
        if role == "exemption":
            if self._items_are_conditions(info, last):
                info.item_mode, info.item_role = "conditions", "condition"
                info.item_owner = last.owner if last.owner is not None else last
            else:
                info.item_mode = "exemptions"
                last.is_gateway = True
                if last.owner is not None and last.owner in before and last.owner.role == "exemption":
                    # "A law enforcement agency may use thermal imaging | without first obtaining a warrant |
                    # only as follows:": the lead-in was cut in parts; the permission that heads it opens the
                    # items too, and is no exemption of its own
                    last.owner.is_gateway = True
                # "A government entity may obtain location information | without a warrant: (a) ...":
                # the whole lead-in opens the items; its first part is no exemption of its own.
                for clause in reversed(before):
                    if clause.role != "exemption" or clause.owner is not None:
                        break
                    clause.owner = last
        elif role == "condition":
            info.item_owner = last.owner
        elif role == "prohibition" and last.form == "prohibition.restriction" and last.opens_route:
            pass  # "must obtain Council approval prior to any of the following:": each item is banned conduct
        elif role == "prohibition" and last.form == "prohibition.restriction" and self._duty_leads(last):
            # "... shall be deployed only to confirm the identity ..., and it shall take into account the
            # following elements: (a) ...": the items are what the duty names, not routes.
            info.item_role = None
        elif role == "prohibition" and last.form == "prohibition.restriction" and \
                not last.role_cues("list.conditions"):
            # "searches shall be conducted only ... for the following purposes: (a) ...; (b) ...", "A City
            # employee may access ALPR data in one circumstance only: (1) where a warrant ...": the
            # lead-in is the restriction, each item a door in it.
            self.trace.update(c.rule_id for c in last.cues if c.form == "list.alternatives")
            info.item_mode, info.item_role = "exemptions", "exemption"
            last.is_route_lead = True

    @staticmethod
    def _leads_other_technology(parent: ProvInfo | None) -> bool:
        """Is the parent's lead-in a permission of a technology no ban names? Its items are the uses of
        that technology."""
        return parent is not None and parent.lead_in is not None and _permits_other_technology(parent.lead_in)

    def _court_remedy(self, clause: Clause) -> bool:
        """Is the permission a court's power to remedy a breach: a judicial body its subject, an
        enforcement word or a deletion in it, and no exemption topic but the court's own order (a warrant)?"""
        frame = self.lang.frames.of(clause.trigger) if clause.trigger is not None else None
        if frame is None:
            return False
        toks = self.lang.toks
        lo, hi = toks.range_of(*frame.subject_span)
        first = next((i for i in range(lo, hi) if toks.text[i].isalpha()), None)  # (past a label: "7.3.4")
        if first is None or not self.lang.reader.head_has(toks.start[first], frame.subject_span[1], "judicial-body"):
            return False  # (its head: not "Where a judge has signed an order ...")
        remedy = clause.cues_of("enforcement") or any(c.value == "destruction" for c in clause.cues_of("qualifier"))
        return bool(remedy) and all(c.value == "warrant" for c in clause.cues_of("exemption"))

    def _items_are_remedies(self, prov: Provision, lead: Clause) -> bool:
        """Is the lead-in a court's power ("the High Court may—") whose items name a remedy and no way
        through the ban (no exemption topic)?"""
        frame = self.lang.frames.of(lead.trigger) if lead.trigger is not None else None
        if frame is None or "judicial-body" not in self.lang.classes_between(*frame.subject_span):
            return False
        cues = [self.index.between(*_own_span(self.doc, self.doc.provisions[i])) for i in prov.children]
        return any(c.kind == "enforcement" for item in cues for c in item) \
            and not any(c.kind == "exemption" for item in cues for c in item)

    def _ends_unfinished(self, clause: Clause) -> bool:
        """Does the clause stop on a complementizer or on the word that opens it, before its colon or dash
        ("unless satisfied that -", "(b) if:")? Its items finish it ("... unless there is created a
        duplication in numbering, reads as follows:" is finished: its items are the law)."""
        toks = self.lang.toks
        lo, hi = toks.range_of(clause.start, clause.end)
        words = [i for i in range(lo, hi) if toks.lower[i][:1].isalpha()]
        first = self.lang.first_word(clause.start, clause.end)
        return bool(words) and (words[-1] == first or self.lang.reader.has(words[-1], "complementizer"))

    def _announces_items(self, info: ProvInfo) -> Clause | None:
        """The last explicit exemption of the provision that speaks of "the following" (its items), or
        permission of a technology no ban names ("The following uses of campus cameras are permitted. None of
        them includes facial recognition.": its items are that technology's uses)."""
        return next((c for c in reversed(info.clauses) if ((c.role == "exemption" and c.explicit)
                                                            or _permits_other_technology(c))
                     and self.lang.points_ahead(c.start, c.end)), None)

    def _duty_leads(self, clause: Clause) -> bool:
        """Does a positive duty follow the clause's own frame and end it (the list is its object)?"""
        cue = clause.verdict.cue if clause.verdict else None
        frames = [f for f in self.lang.frames.between(clause.start, clause.end) if not f.subordinate]
        return cue is not None and any(f.start > cue.start and f.modality == "duty" and f.polarity == "positive"
                                       for f in frames)

    def _elided(self, clause: Clause) -> bool:
        frame = self.lang.frames.of(clause.verdict.cue) if clause.verdict and clause.verdict.cue else None
        return frame is not None and "elided" in frame.operators

    def _ends_on_description(self, lead: Clause) -> bool:
        """Does the lead-in stop where its items must describe what it names: on "be" before its colon ("... and
        who is:", "The offences are—"), or on the relative pronoun of a person ("to search for an individual who
        has been reported missing and who— (a) is under the age of 18 years; or (b) ...")?"""
        i = self.lang.last_word(lead.start, lead.end)
        return i is not None and (self.lang.toks.lemma[i] == "be" or self.lang.word_has(i, "person-relative"))

    def _items_finish_object(self, frame: Frame, lead: Clause, joiner: str | None = None) -> bool:
        """Does the lead-in stop on a preposition deep in what its frame leaves out (the technology or
        conduct already named before it: "does not apply to the use of iris recognition to control the
        entry of staff into -"), not on the frame's own ("does not apply to -", whose items are each left
        out)?"""
        if not self.lang.ends_on(lead.start, lead.end, "preposition"):
            return False
        last = self.lang.last_word(lead.start, lead.end)
        reader = self.lang.reader
        before = self.lang.last_word(frame.end, self.lang.toks.start[last])
        if before is None or reader.has(before, "alternative-noun"):
            return False  # "... for the purpose of— (a) locating ...; (b) preventing ...": each a purpose
        if joiner != "and" and any(k + reader.multi(k, last + 1, "purpose-lead") == last + 1
                                   for k in range(max(0, last - 4), last)):
            return False  # "... on an image in its possession in order to: (a) identify ...; (b) locate ...; or (c)
            # ...": a purpose phrase of more than one word ends it, so each item is a purpose of its own (not steps
            # joined by "and", "in order to: (a) compare the photograph ...; and (b) identify the deceased": one use)
        return bool({"technology", "conduct"} & reader.tags(*self.lang.toks.range_of(frame.end,
                                                                          self.lang.toks.start[last])))

    def _items_are_places(self, items: list[Provision]) -> bool:
        """Does every item name a place: a place noun in its first noun phrase, before "of", a comma or a
        clause word ("a prison", "a secure area of premises occupied by the authority", "a correctional centre
        or detention place")?"""
        reader, toks = self.lang.reader, self.lang.toks
        def place(item: Provision) -> bool:
            lo, hi = toks.range_of(item.body_start, item.end)
            for i in range(lo, hi):
                if toks.lower[i] in ("of", ",", ";", ".") or reader.has(i, "relative-pronoun"):
                    return False
                if reader.has(i, "place-noun"):
                    return True
            return False
        return bool(items) and all(place(item) for item in items)

    def _topic_after_verb(self, frame: Frame, lead: Clause) -> bool:
        """Does the lead-in name an exemption topic after its verb ("solely for controlling entry to-", "to
        verify the identity of a person seeking to enter-")? The items may then finish that one purpose
        (``_items_are_places`` says whether)."""
        return any(c.kind == "exemption" and c.start >= frame.end for c in lead.cues)

    def _items_are_agents(self, lead: Clause, items: list[Provision]) -> bool:
        """Does the lead-in stop on the word that names the agent ("may not be construed to restrict the use
        of an unmanned aircraft system by:") and its first item name an actor? Each item is then an actor
        the use is left to."""
        return self.lang.ends_on_agent(lead.start, lead.end) and bool(items) \
            and self.lang.names_actor_first(items[0].body_start, items[0].end)

    def _items_name_purposes(self, items: list[Provision], phrase: bool = False) -> bool:
        """Does every item open with a purpose ("to locate ...", "for pilot training ...")? With ``phrase``,
        a purpose of more than one word counts too ("in order to find ...")."""
        def opens_on_purpose(item: Provision) -> bool:
            k = self.lang.first_word(item.body_start, item.end)
            if k is None:
                return False
            if phrase:
                return bool(self.lang.reader.multi(k, self.lang.toks.range_of(item.body_start, item.end)[1],
                                                   "purpose-lead"))
            return self.lang.word_has(k, "purpose-lead")
        return len(items) > 1 and all(opens_on_purpose(item) for item in items)

    def _conduct_is_last(self, lead: Clause) -> bool:
        """Does the lead-in end on the conduct and its verb "be" ("unless the use, installation or operation
        is—"): the items then say what that conduct is?"""
        toks = self.lang.toks
        lo, hi = toks.range_of(lead.start, lead.end)
        words = [i for i in range(lo, hi) if toks.lower[i][:1].isalpha()]
        return len(words) >= 2 and toks.lemma[words[-1]] == "be" and self.lang.word_has(words[-2], "conduct-noun")

    def _items_are_conditions(self, info: ProvInfo, lead: Clause) -> bool:
        """Are the items under an exemption lead-in conditions of it (rather than each an exemption)?

        In order: the lead-in says so ("one of the following objectives" / "all of the following",
        "provided that:"); the list is joined by "or" (alternatives) or "and" (conditions); the
        lead-in opens with a condition ("if ... establishes the following:"); an item does ("(i) if
        the prosecutor determines ...")."""
        forms = {c.form for c in lead.cues if c.kind == "role"}
        frame = self.lang.frames.of(lead.trigger) if lead.trigger is not None else None
        if lead.form == "exemption.unless" and self._conduct_is_last(lead) \
                and list_joiner(self.doc, [self.doc.provisions[i] for i in info.prov.children]) == "or":
            return False  # "unless the use is— (a) authorised by a warrant ...; or (b) for the sole purpose of
            # locating a missing person": each case the ban's "unless" names is a way through it (not "unless
            # the use is to locate a person ... who is: (A) under 18; or (B) an endangered adult": one person)
        children = items_of([self.doc.provisions[i] for i in info.prov.children])
        if self._ends_on_description(lead) and not (frame is not None and "following" in frame.subject) \
                and not (list_joiner(self.doc, children) == "or" and self._items_name_purposes(children, phrase=True)):
            # (but "where the purpose of the comparison is— (a) to identify a missing person; or (b) to locate a
            # person in immediate danger": purposes, each a way through of its own)
            return True  # "to locate a person who has been reported missing and who is: (A) under 18 ...; or
            # (B) an endangered adult": the items finish describing the lead-in's purpose (but the items
            # are the subject of "Excluded from section 2 are:")
        if any(f.modality == "duty" and f.polarity == "positive" and "elided" in f.operators and not f.subordinate
               for f in self.lang.frames.between(lead.start, lead.end)):
            return True  # "The warrant shall: (a) describe the device ...; (b) limit the period ...": what the
            # route must say or do, its terms
        if lead.trigger is not None and any(f.start > lead.trigger.start and f.modality == "duty"
                                            and f.polarity == "positive" and not f.subordinate
                                            for f in self.lang.frames.between(lead.start, lead.end)):
            return True  # "..., and it shall take into account the following elements:": its terms
        if "list.alternatives" in forms:
            self.trace.update(c.rule_id for c in lead.cues if c.form == "list.alternatives")
            return False
        joiner = list_joiner(self.doc, children)
        all_hold = "condition.if" in forms and joiner == "and"
        if frame is not None and frame.polarity == "negative" and self._items_finish_object(frame, lead, joiner) \
                and not self._items_are_agents(lead, children):
            return True  # "Section 3 does not apply to the use of iris recognition to control the entry of
            # staff into - (a) a prison; (b) the secure area of an airport": the items finish one use
        if frame is not None and frame.polarity == "positive" \
                and (frame.modality == "permission" or "op-lawful" in frame.operators) \
                and self._topic_after_verb(frame, lead) and self._items_are_places(children):
            return True  # and so does a permission whose purpose is named after its verb, its items the
            # places of that purpose: "may operate a system ... solely for controlling entry to- (a) an airport; (b) a
            # prison", "It is lawful ... to verify the identity of a person seeking to enter- (a) a corrective services
            # facility; or (b) ..." (not "for a criminal investigation into- (a) a murder; (b) the abduction of a
            # child")
        if frame is not None and frame.operators & {"op-scope", "op-prohibit"} and frame.polarity == "negative" and \
                not forms & {"condition.proviso", "list.conditions"} and not all_hold:
            # "Subsection 1 does not apply to: A ...; B ...; and C ...", "Paragraph (1) shall not prohibit
            # the use of a drone: (a) ...; (b) ...": each item is left out; and so is each case of "Paragraph
            # (1) shall not apply where: 1. ...; 2. ...", unless "and" joins them (then all must hold)
            return False
        if frame is not None and "op-subject-to" in frame.operators and "following" in frame.obj:
            return False  # "The prohibition in Sec. 3 shall be subject to the following: (a) ...; and (b) ..."
        first = self.lang.first_word(lead.start, lead.end)
        if lead.trigger is None and lead.owner is not None and first is not None and joiner != "and" \
                and not forms & {"list.conditions", "condition.proviso", "condition.if"} \
                and self.lang.reader.may_open(first, _RESTRICTIVE):
            return False  # "may use it, on an authorisation ..., | only for the purpose of - (a) locating a
            # missing child; (b) preventing ...; or (c) ...": the permission's own restriction, each item a purpose
        if lead.trigger is None and self.lang.ends_on(lead.start, lead.end, "preposition") \
                and not self.lang.frames.between(lead.start, lead.end):
            return True  # an item of a list of uses that stops on its preposition ("(1) in the investigation
            # of: (i) a crime of violence; (ii) a trafficking offence"): its items finish that one use
        if frame is not None and "following" in frame.subject and frame.row is not None \
                and frame.row.role.startswith("exemption.") and not forms & {"list.conditions", "condition.proviso"}:
            return False  # "The following are not violations of Section 2: (a) ...; and (e) ...": each is let through
        if frame is not None and frame.polarity == "negative" and "op-include" in frame.operators \
                and frame.subject & {"term", "technology"} and "list.conditions" not in forms \
                and all(c.start < frame.start for c in lead.cues if c.form == "condition.proviso"):
            return False  # "Provided that the term does not comprise - (a) ...; (b) ...": the proviso only joins the
            # exclusion to its definition; each item is left out of the term (not "Section 5(1) does not extend to
            # an operation ..., provided that— (a) ...": the items are the proviso's conditions)
        if forms & {"list.conditions", "condition.proviso"}:
            self.trace.update(c.rule_id for c in lead.cues if c.form in ("list.conditions", "condition.proviso"))
            return True
        if frame is not None and "elided" in frame.operators and frame.polarity == "positive" \
                and "condition.if" not in forms:
            return False  # "members may: a. post to ... official accounts; b. view ... ; and c. ...": each its own act
        if joiner == "or":
            return False
        if lead.form == "exemption.inline" and self.lang.points_ahead(lead.start, lead.end) \
                and not forms & {"condition.if", "condition.proviso"}:
            return False  # "for any purpose other than the following: (1) ...; (2) ...; and (3) ...": each item
            # is a purpose left out of the ban, whatever joins the last
        if joiner == "and" and frame is not None and frame.polarity == "positive" and frame.modality == "permission" \
                and "condition.if" not in forms and self._items_name_purposes(children):
            return False  # "may be flown: (a) to give responders an overhead view ...; (c) for pilot training ...;
            # and (d) for any other incident the Director authorizes": each item a purpose, whatever joins them
        if joiner == "and":
            return True
        if frame is not None and frame.polarity == "positive" and frame.modality == "permission" \
                and self.lang.ends_on(lead.start, lead.end, "purpose-lead"):
            # "may use the system where this is strictly necessary for | a) the targeted search for a missing
            # child, | b) the prevention of an imminent threat ...": each item is a purpose it is let through for
            return False
        if "condition.if" in forms and frame is not None and frame.polarity == "positive" \
                and frame.modality == "permission" and joiner != "and" \
                and self._items_name_purposes(children, phrase=True):
            return False  # "Upon the permission of the investigating judge, facial recognition may be carried
            # out a) in order to find a missing person; b) in order to avert ...": the condition is the route of
            # every purpose, and each purpose is a way through of its own
        if "condition.if" in forms:
            self.trace.update(c.rule_id for c in lead.cues if c.form == "condition.if")
            return True
        if frame is not None and frame.restrictive and frame.polarity == "positive":
            # "may use biometric surveillance only: (a) For the purpose of ...; (d) When the agency head
            # determines ...": each item is one of the terms the use is limited to, whatever it opens with
            return False
        # Items that each open with a condition ("(i) if the prosecutor determines ...; (ii) if ...") are
        # the terms of the lead-in; where only some do, the list is of cases ("may release footage: (a) to
        # a police officer who produces a warrant; ... (e) where a law requires it"), each its own way through.
        opening = []
        for child in children:
            s, e = _own_span(self.doc, child)
            opening.append([c for c in self.index.between(s, min(e, s + 12), kinds=("role",))
                            if c.form in ("condition.if", "condition.proviso") and c.start <= s + 1])
        if opening and all(opening):
            self.trace.update(c.rule_id for first in opening for c in first)
            return True
        return False

    # ------------------------------------------------------------ driver
    def run(self) -> ClauseMap:
        doc = self.doc
        for prov in doc.provisions:
            parent = self.provs.get(prov.parent) if prov.parent is not None else None
            info = ProvInfo(prov, context=self._heading_context(prov) or self._label_context(prov)
                            or (parent.context if parent else None))
            s, e = _own_span(doc, prov)
            for ss, se in self._sentences_in(s, e):
                info.clauses.extend(self._split(prov, ss, se))
            for clause in info.clauses:
                clause.index = len(self.clauses)
                self.clauses.append(clause)
            self._assign(info, parent)
            self._lead_in(info)
            self.provs[prov.index] = info
        return ClauseMap(self.clauses, self.provs)


def segment(doc: Document, index: CueIndex, sentences: list[tuple[int, int]], language: Language,
            role_hint: str | None = None, trace: set[str] | None = None) -> ClauseMap:
    """The clauses of ``doc`` with their roles (see the module docstring). Rule ids whose matches
    decided something are added to ``trace``."""
    return _Segmenter(doc, index, sentences, role_hint, trace if trace is not None else set(), language).run()
