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

import itertools
import re
from dataclasses import dataclass, field

from ..document import Document, Provision
from .cues import Cue, CueIndex

# Nouns that stand for the regulated technology when no technology rule names it ("such system").
GENERIC_TECH = re.compile(r"\b(?:systems?|technolog(?:y|ies)|software|AI|algorithms?|"
                          r"surveillance|biometric)\b", re.I)
# Words by which a clause speaks of the law itself ("this chapter does not apply to ...").
LAW_SELF = (r"\b(?:this|these|such|the)\s+(?:chapter|section|subsection|article|ordinance|act|prohibition|ban|"
            r"moratorium|paragraph|division|pledge|title|part|code|regulation|requirements?|definition|term|prohibitions)\b|"
            r"\bscope\b|\b(?:herein|hereunder|hereof)\b|"
            r"\bthis\s+(?:(?:general\s+|executive\s+|standing\s+)?order|policy|bylaw|by-law|resolution|measure|directive|"
            r"local law|charter|agreement|compact|memorandum|rule|directive)\b")
LAW_SCOPE = re.compile(LAW_SELF + r"|\b(?:divisions?|subdivisions?|subsections?|sections?|paragraphs?|points?|"
                       r"articles?|chapters?|clauses?|regulations?|rules?|parts?)\s+(?:[\d(]|[IVXLC]+\b)", re.I)
LAW_SELF_RE = re.compile(LAW_SELF, re.I)
# A defined term opening its clause: '"Public agency" does not include a county attorney'.
DEFINED_TERM_SUBJECT = re.compile(r"\s*(?:[A-Za-z0-9]{1,5}[.)]\s*)?(?:\(\w{1,4}\)\s*)?[“\"][^”\"\n]{2,60}[”\"]\s+"
                                  r"(?:does|shall|do)\s+not\s+include\b")
DEROGATION = re.compile(r"^\W*(?:despite|notwithstanding|by way of derogation from|in derogation of)\b", re.I)
LAW_SELF_OBJECT = re.compile(r"\s*(?:this|these)\s+(?:sections?|subsections?|chapters?|articles?|acts?|parts?|titles?|"
                             r"bylaws?|by-laws?|ordinances?|rules?|regulations?)\b(?!\s+(?:by|to|for|of)\b)", re.I)
SECTION_NUMBER = re.compile(r"\d+(?:[.\-]\d+)+\b")  # "notwithstanding 8.4.2.4"
# ", and the Library will not ...": where a new clause with its own subject is joined by "and".
AND_NEW_CLAUSE = re.compile(r"[,;]\s+and\s+(?=(?:the|a|an|no|any|each|every|this|it|its|[A-Z])\w*)")
DUTY = re.compile(r"\b(?:shall|must)\b(?!\s+not\b)", re.I)
RELIEF = re.compile(r"\b(?:waive|suspend|exempt|waiver|exemption|exception|variance)\b", re.I)
GRANDFATHER = re.compile(r"\b(?:before|prior to)\s+the\s+(?:effective|operative)\s+date\s+of\s+this\b", re.I)
DEROGATION_WITHIN = re.compile(r"\b(?:despite|notwithstanding)\s+", re.I)
# A clause whose subject is the law itself: "This section shall expire ...".
LAW_SUBJECT = re.compile(r"^\W*(?:(?:this|the|such|said)\s+(?:chapter|section|article|ordinance|act|prohibition|ban|"
                         r"moratorium|title|part|bylaw|by-law|local law|regulation|decree|order|executive order|"
                         r"policy|directive|agreement|resolution|rule|measure)\b"
                         r"|(?:sections?|articles?|paragraphs?|parts?|chapters?)\s+\d)", re.I)
LEAD_IN_END = (":", "—", "–", "-", "following")
HEADING_CONTEXT = (
    (re.compile(r"\bdefinitions?\b|\bmeanings?\b", re.I), "definition"),
    (re.compile(r"\benforcement\b|\bremed(?:y|ies)\b|\bpenalt(?:y|ies)\b|\bviolations?\b|\bsuppression\b|"
                r"\bcivil action\b", re.I), "enforcement"),
    (re.compile(r"\bpurpose\b|\bfindings\b|\bintent\b|\bshort title\b", re.I), "purpose"),
    (re.compile(r"\bexceptions?\b|\bexemptions?\b|\bpermitted\b|\bstill allowed\b|\ballowed uses?\b|"
                r"\bauthori[sz]ed uses?\b|\bpermissible uses?\b", re.I), "exemption"),
)
# Strength of the exemption trigger forms when a clause holds several.
TRIGGER_RANK = {"exemption.override": 6, "exemption.exception": 5, "exemption.scope-exclusion": 4,
                "exemption.permission": 3, "exemption.inline": 2, "exemption.unless": 1}
STRONG = ("exemption.override", "exemption.exception", "exemption.scope-exclusion", "exemption.permission")
SPLITTING = ("exemption.inline", "exemption.unless")


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


@dataclass
class ClauseMap:
    """Every clause of a document, with per-provision info, in text order."""

    clauses: list[Clause]
    provs: dict[int, ProvInfo]


def _own_span(doc: Document, prov: Provision) -> tuple[int, int]:
    start = prov.body_start if prov.kind != "root" else 0
    end = doc.provisions[prov.children[0]].start if prov.children else prov.end
    return start, max(start, end)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _heading_context(prov: Provision) -> str | None:
    for pattern, context in HEADING_CONTEXT:
        if prov.heading and pattern.search(prov.heading):
            return context
    return None


def mentions_tech(doc: Document, start: int, end: int, cues: list[Cue]) -> bool:
    return any(c.kind == "technology" for c in cues) or bool(GENERIC_TECH.search(doc.text, start, end))


class _Segmenter:
    """Builds the ClauseMap of one document."""

    def __init__(self, doc: Document, index: CueIndex, sentences: list[tuple[int, int]],
                 role_hint: str | None, trace: set[str]) -> None:
        self.doc = doc
        self.trace = trace
        self.index = index
        self.sentences = sentences
        self.role_hint = role_hint
        self.clauses: list[Clause] = []
        self.provs: dict[int, ProvInfo] = {}

    # ------------------------------------------------------------ sentences -> clauses
    def _sentences_in(self, start: int, end: int) -> list[tuple[int, int]]:
        out = []
        for s, e in self.sentences:
            if e <= start or s >= end:
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
        savings = [c for c in roles if c.form == "neutral.savings"]
        crossrefs = [c for c in roles if c.form == "neutral.cross-reference"]
        bans = [c for c in roles if c.form.startswith("prohibition.")]
        negated = any(c.form == "neutral.negated-authorization" for c in roles)
        live = []
        for cue in roles:
            if cue.form not in TRIGGER_RANK:
                continue
            if first_proviso is not None and cue.start > first_proviso and cue.form != "exemption.override" and \
                    not (cue.form == "exemption.exception" and cue.start - first_proviso <= 30):
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
            if cue.form == "exemption.unless" and negated:
                # "does not authorize ... unless": a precondition of a permission
                self.trace.update(c.rule_id for c in roles if c.form == "neutral.negated-authorization")
                continue
            live.append(cue)
        return live

    def _points_away(self, trigger: Cue, crossref: Cue, cues: list[Cue]) -> bool:
        """Is what the trigger lets through only a pointer to another provision ("except for a
        purpose listed in IV.B.3", "does not apply to anything done in accordance with clause 7")?
        The exemptions pointed to are read where they stand; this trigger names no topic of its own."""
        if trigger.form == "exemption.override" or not 0 <= crossref.start - trigger.end <= 60:
            return False
        return not any(c.kind == "exemption" and trigger.start <= c.start < crossref.start for c in cues)

    def _ban_after_exemption(self, s: int, e: int, cues: list[Cue], triggers: list[Cue]) -> list[int]:
        """Where a prohibition joined by "and" follows an exemption in one sentence ("Releasing a
        recording is not a use of facial recognition, and the Library will not run any facial
        recognition on it"), the prohibition is a clause of its own."""
        if not triggers:
            return []
        first = min(t.start for t in triggers)
        out = []
        for cue in cues:
            if cue.kind == "role" and cue.form.startswith("prohibition.") and cue.start > first:
                joints = list(AND_NEW_CLAUSE.finditer(self.doc.text, first, cue.start))
                last = joints[-1] if joints else None
                if last is not None and not any(last.end() <= t.start < cue.start for t in triggers):
                    out.append(last.start() + 1)
        return out

    def _split(self, prov: Provision, s: int, e: int) -> list[Clause]:
        cues = self.index.between(s, e)
        triggers = self._live_triggers(cues)
        points = {s}
        for cue in triggers:
            if cue.form in SPLITTING:
                points.add(cue.start)
            else:
                semi = self.doc.text.rfind(";", s, cue.start)
                if semi != -1:
                    points.add(semi + 1)
        points.update(self._ban_after_exemption(s, e, cues, triggers))
        out = []
        for a, b in itertools.pairwise([*sorted(points), e]):
            a2, b2 = _strip(self.doc.text, a, b)
            if b2 <= a2:
                continue
            clause_cues = [c for c in cues if a2 <= c.start < b2]
            clause = Clause(len(self.clauses) + len(out), prov, a2, b2, s, clause_cues)
            clause.trigger = max((t for t in triggers if a2 <= t.start < b2),
                                 key=lambda t: (TRIGGER_RANK[t.form], -t.start), default=None)
            out.append(clause)
        return out

    # ------------------------------------------------------------ roles
    def _guard_ok(self, clause: Clause, info: ProvInfo, main_role: str | None, inherited: str | None) -> bool:
        """May this clause's exemption trigger stand (see module docstring)?"""
        trigger = clause.trigger
        assert trigger is not None
        text = self.doc.text
        if trigger.form == "exemption.override":
            return True
        if trigger.form in STRONG:
            if info.context == "purpose":
                return False  # "This policy sets the limits within which the District may use ..."
            sent_cues = self.index.between(clause.sentence_start, clause.end)
            if trigger.form == "exemption.permission":
                # "Despite sections 3.1 and 3.3, a member of the Police Service may compare ...":
                # a permission that derogates from the ban by name.
                opening = text[clause.sentence_start:clause.sentence_start + 120]
                if DEROGATION.match(opening) and LAW_SCOPE.search(opening):
                    return True
                # "The Director may waive subsection (b)"; "A contract entered into before the effective
                # date of this section may continue": a permission that relieves the law itself.
                if RELIEF.search(text, trigger.start, trigger.end) and LAW_SCOPE.search(text, trigger.end, clause.end):
                    return True
                if GRANDFATHER.search(text, clause.sentence_start, clause.end):
                    return True
                # "The following uses are permitted notwithstanding section 9.44.020."
                derogation = DEROGATION_WITHIN.search(text, clause.sentence_start, clause.end)
                after = derogation.end() if derogation else 0
                if derogation and (LAW_SCOPE.match(text, after) or SECTION_NUMBER.match(text, after)):
                    return True
                # "the use may begin without authorisation": the use is the technology's.
                subject_is_use = re.match(r"(?:the|such|this|that|any|each)\s+use\b", text[trigger.start:trigger.end],
                                          re.I)
                if "|" in text[clause.start:clause.end] and self._heading_mentions_tech(clause.prov):
                    return True  # a row of a table of uses of the technology
                return bool(subject_is_use) or mentions_tech(self.doc, clause.sentence_start, clause.end, sent_cues)
            defines = any(c.kind == "role" and c.form == "definition.term"
                          for c in self.index.between(clause.sentence_start, clause.end))
            if info.context == "definition" or inherited == "definition" or defines:
                return True
            if trigger.form == "exemption.exception" and LAW_SELF_OBJECT.match(text, trigger.end):
                return False  # "Sections 30 through 34 ... do not apply to this section": which law applies
            if trigger.form == "exemption.scope-exclusion":
                # What "does not include" something must be the law or the technology ("This chapter
                # does not apply to", "'Face surveillance' does not include"), not "The notification".
                subject = (clause.start, trigger.end)
                if text[trigger.start:trigger.end].lower().endswith((" use of", " deployment of", " search")):
                    subject = (clause.start, min(clause.end, trigger.end + 40))  # "... is not a use of FRT"
                return (mentions_tech(self.doc, *subject, self.index.between(*subject))
                        or bool(LAW_SELF_RE.search(text, *subject))
                        or bool(DEFINED_TERM_SUBJECT.match(text, clause.start)))
            return (mentions_tech(self.doc, clause.sentence_start, clause.end, sent_cues)
                    or bool(LAW_SCOPE.search(text, clause.sentence_start, clause.end)))
        return main_role == "prohibition" or (main_role is None and inherited == "prohibition")

    def _prohibition_ok(self, clause: Clause) -> bool:
        """A prohibition must concern the technology: in its sentence, in the items it leads, or
        (when it prohibits acts, "to obtain, retain, access, or" cut off before its object) in the
        heading of its section."""
        cues = self.index.between(clause.sentence_start, clause.end)
        if mentions_tech(self.doc, clause.sentence_start, clause.end, cues):
            return True
        prov = clause.prov
        if "|" in self.doc.text[clause.start:clause.end] and self._heading_mentions_tech(prov):
            return True  # a row of "TABLE 1 — USES OF FACIAL RECOGNITION"
        if prov.children and self.doc.text[clause.start:clause.end].rstrip().endswith(LEAD_IN_END):
            return mentions_tech(self.doc, prov.start, prov.end, self.index.between(prov.start, prov.end))
        if any(c.target.startswith("coverage.acts.") for c in clause.cues):
            section = prov
            while section.kind == "item" and section.parent is not None:
                section = self.doc.provisions[section.parent]
            if section.heading and section is not prov:
                # The section's title, however it was wrapped: its own words before its first item.
                start, end = section.start, min(_own_span(self.doc, section)[1], section.start + 300)
                return mentions_tech(self.doc, start, end, self.index.between(start, end))
        return False

    def _explicit_role(self, clause: Clause, info: ProvInfo, main_role: str | None,
                       inherited: str | None) -> None:
        self._set_explicit_role(clause, info, main_role, inherited)
        if clause.explicit and clause.role in ("prohibition", "exemption"):
            # A pointer to exceptions stated elsewhere was read (and opened no exemption of its own).
            self.trace.update(c.rule_id for c in clause.cues if c.kind == "role"
                              and c.form == "neutral.cross-reference")

    def _set_explicit_role(self, clause: Clause, info: ProvInfo, main_role: str | None,
                           inherited: str | None) -> None:
        recital = [c for c in clause.cues if c.kind == "role" and c.form == "purpose.recital"
                   and c.start - clause.start <= 40]
        if recital:
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
        if clause.trigger is not None and self._guard_ok(clause, info, main_role, inherited):
            clause.role, clause.form, clause.explicit = "exemption", clause.trigger.form, True
            return
        clause.trigger = None
        forms = {c.form for c in clause.cues if c.kind == "role"}
        enforcement = any(c.kind == "enforcement" for c in clause.cues)
        if "neutral.negated-authorization" in forms and "prohibition.ban" in forms:
            # "Nothing in this section authorizes any use ... that is prohibited by any other law":
            # a rule of construction that names a ban elsewhere.
            self.trace.update(c.rule_id for c in clause.cues if c.form == "neutral.negated-authorization")
            forms.discard("prohibition.ban")
        for form in ("prohibition.ban", "prohibition.restriction", "prohibition.purpose"):
            if form in forms and self._prohibition_ok(clause):
                if enforcement:
                    # "No data collected in violation ... may be received in evidence": a remedy.
                    clause.role, clause.explicit = "enforcement", True
                    return
                clause.role, clause.form, clause.explicit = "prohibition", form, True
                return
        if "definition.term" in forms:
            clause.role, clause.form, clause.explicit = "definition", "definition.term", True
            self.trace.update(c.rule_id for c in clause.role_cues("definition.term"))
            return
        if any(c.kind == "durability" for c in clause.cues) and LAW_SUBJECT.match(self.doc.text[clause.start:
                                                                                             clause.end]):
            clause.role, clause.explicit = "durability", True

    def _assign(self, info: ProvInfo, parent: ProvInfo | None) -> None:
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
            if clause.role is None and clause.cues_of("enforcement") and prev is not None:
                clause.role = "enforcement"  # "Information obtained in violation ... shall not be received in evidence"
            if clause.role is None:
                if prev is None and inherited:
                    clause.role, clause.gateway, clause.owner = inherited, gateway, owner
                elif prev is None and self.role_hint and (info.prov.kind == "root" or info.prov.parent == 0):
                    clause.role, clause.hinted = self.role_hint, True
                elif self._listed_exception(info, parent, clause, prev):
                    # "4. What is still allowed. (a) Warrant. A comparison may be requested ...": an item
                    # under a heading that names exceptions is one when it names a topic.
                    clause.role, clause.hinted = "exemption", True
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
            if clause.role is None and clause.cues_of("enforcement"):
                clause.role = "enforcement"
            if new_sentence and clause.role == "prohibition":
                main_role = "prohibition"
            elif new_sentence:
                main_role = clause.role
            prev = clause

    def _listed_exception(self, info: ProvInfo, parent: ProvInfo | None, clause: Clause, prev: Clause | None) -> bool:
        """Is the clause an item listed under a heading that names exceptions ("4. What is still
        allowed. / (a) Warrant. A comparison may be requested ...")? Only the first sentence after
        the item's title, only when it names a topic and imposes no duty ("the prosecutor shall
        submit an affidavit ... that an emergency exists" is procedure), and only when the heading
        above is a bare label (under "4.1 ... may compare ... if" the items are its conditions)."""
        if info.context != "exemption" or info.prov.kind != "item" or not clause.cues_of("exemption"):
            return False
        if parent is None or any(c.role for c in parent.clauses) or self._is_title(info, clause):
            return False
        if DUTY.search(self.doc.text, clause.start, clause.end):
            return False
        return prev is None or (prev.role is None and self._is_title(info, prev))

    def _heading_mentions_tech(self, prov: Provision) -> bool:
        """Does the heading of the provision, or of one above it, name the technology?"""
        while prov.parent is not None:
            prov = self.doc.provisions[prov.parent]
            if prov.heading and (GENERIC_TECH.search(prov.heading)
                                 or self.index.between(prov.start, prov.body_start + len(prov.heading) + 40,
                                                       kinds=("technology",))):
                return True
        return False

    def _is_title(self, info: ProvInfo, clause: Clause) -> bool:
        """Is the clause the provision's title ("Warrant." over "A comparison may be requested ...")?"""
        return bool(info.prov.heading) and \
            self.doc.text[clause.start:clause.end].strip().rstrip(".:") == info.prov.heading.rstrip(".:")

    def _new_paragraph(self, prev: Clause, clause: Clause) -> bool:
        """Is there a blank line between two clauses ("RESOLVED, That ..." paragraphs)?"""
        return bool(re.search(r"\n[ \t]*\n", self.doc.text[prev.end:clause.start]))

    def _lead_in(self, info: ProvInfo) -> None:
        prov = info.prov
        if not prov.children or not info.clauses:
            return
        last = info.clauses[-1]
        if not self.doc.text[last.start:last.end].rstrip().endswith(LEAD_IN_END):
            return
        if not last.explicit:
            # "The following uses are permitted notwithstanding section 9.44.020. / Permitted uses:":
            # the sentence that says what the items are leads them, not the label before them.
            last = next((c for c in reversed(info.clauses[:-1]) if c.role == "exemption" and c.explicit
                         and "following" in self.doc.text[c.start:c.end].lower()), last)
        info.lead_in = last
        role = last.role
        info.item_role = role
        if role == "exemption":
            if self._items_are_conditions(info, last):
                info.item_mode, info.item_role = "conditions", "condition"
                info.item_owner = last.owner if last.owner is not None else last
            else:
                info.item_mode = "exemptions"
                last.is_gateway = True
        elif role == "condition":
            info.item_owner = last.owner
        elif role == "prohibition" and last.form == "prohibition.restriction" and \
                last.role_cues("list.alternatives"):
            # "searches shall be conducted only ... for the following purposes: (a) ...; (b) ...":
            # the lead-in is the restriction, each purpose a door in it.
            self.trace.update(c.rule_id for c in last.cues if c.form == "list.alternatives")
            info.item_mode, info.item_role = "exemptions", "exemption"

    def _items_are_conditions(self, info: ProvInfo, lead: Clause) -> bool:
        """Are the items under an exemption lead-in conditions of it (rather than each an exemption)?

        In order: the lead-in says so ("one of the following objectives" / "all of the following",
        "provided that:"); the list is joined by "or" (alternatives) or "and" (conditions); the
        lead-in opens with a condition ("if ... establishes the following:"); an item does ("(i) if
        the prosecutor determines ...")."""
        forms = {c.form for c in lead.cues if c.kind == "role"}
        if "list.alternatives" in forms:
            self.trace.update(c.rule_id for c in lead.cues if c.form == "list.alternatives")
            return False
        if forms & {"list.conditions", "condition.proviso"}:
            self.trace.update(c.rule_id for c in lead.cues if c.form in ("list.conditions", "condition.proviso"))
            return True
        children = [self.doc.provisions[i] for i in info.prov.children]
        if len(children) >= 2:
            before_last = self.doc.text[children[-2].start:children[-2].end].rstrip()
            if re.search(r"[;,]?\s*or$", before_last):
                return False
            if re.search(r"[;,]?\s*and$", before_last):
                return True
        if "condition.if" in forms:
            self.trace.update(c.rule_id for c in lead.cues if c.form == "condition.if")
            return True
        for child in children:
            s, e = _own_span(self.doc, child)
            first = [c for c in self.index.between(s, min(e, s + 12), kinds=("role",))
                     if c.form in ("condition.if", "condition.proviso") and c.start <= s + 1]
            if first:
                self.trace.update(c.rule_id for c in first)
                return True
        return False

    # ------------------------------------------------------------ driver
    def run(self) -> ClauseMap:
        doc = self.doc
        for prov in doc.provisions:
            parent = self.provs.get(prov.parent) if prov.parent is not None else None
            info = ProvInfo(prov, context=_heading_context(prov) or (parent.context if parent else None))
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


def segment(doc: Document, index: CueIndex, sentences: list[tuple[int, int]],
            role_hint: str | None = None, trace: set[str] | None = None) -> ClauseMap:
    """The clauses of ``doc`` with their roles (see the module docstring). Rule ids whose matches
    decided something are added to ``trace``."""
    return _Segmenter(doc, index, sentences, role_hint, trace if trace is not None else set()).run()
