"""Prohibition clauses -> prohibition findings, each with the acts, technologies and actors it binds.

One finding per distinct prohibited conduct (the gold convention): a lead-in whose items are
conduct ("It shall be unlawful for Boston to: (a) Obtain ...; (b) Enter into an agreement ...")
gives one finding per conduct item, the first one quoted with the lead-in; items that only name
objects ("1. Any face surveillance system; or") stay part of the clause that leads them.

Acts are read where verbs of a prohibition stand: after its trigger ("shall not install, activate,
or use") or at the start of a conduct item, up to the object it governs. So "the evaluation ... of
natural persons" (EU AI Act Art. 5(1)(c)) or a "benchmark test" a system must pass do not turn into
prohibited acts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..document import Document
from ..findings import Evidence, Finding
from ..rulebook import RuleBook
from ..taxonomy import ACTORS, ACTS
from .clauses import Clause, ClauseMap, ProvInfo
from .cues import Cue
from .language import Language


@dataclass(eq=False)
class Prohibition:
    finding: Finding
    clauses: list[Clause]
    start: int
    end: int
    acts: dict[str, list[Cue]] = field(default_factory=dict)
    actors: dict[str, list[Cue]] = field(default_factory=dict)


class ProhibitionBuilder:
    def __init__(self, doc: Document, cmap: ClauseMap, rulebook: RuleBook, definitions: dict[str, list[Cue]],
                 trace: set[str], language: Language) -> None:
        self.doc, self.cmap, self.rulebook, self.trace = doc, cmap, rulebook, trace
        self.lang = language
        # ``definitions``: defined term (lower) -> actor cues of its definition. Kept per term as the first cue
        # of each actor it names: one cue per actor is evidence enough, and a compilation that defines a term
        # in each chapter must not make this a pass over every cue per clause
        self._term_actors: dict[str, dict[str, Cue]] = {}
        for term, cues in definitions.items():
            firsts = self._term_actors[term] = {}
            for cue in cues:
                firsts.setdefault(cue.value, cue)

    # ------------------------------------------------------------ which clauses make findings
    def _is_conduct(self, clause: Clause) -> bool:
        """Does a conduct item open with its verb ("Acquiring new surveillance technology", "(b) Enter
        into an agreement", "Helps a third party ...") rather than name an object ("1. Any face
        surveillance system")?"""
        first = self.lang.first_word(clause.start, clause.end)
        if first is None:
            return False
        if self.lang.word_has(first, "conduct") or self.lang.word_has(first, "conduct-noun") \
                or self.lang.word_has(first, "conduct-item"):
            return True
        first_tok = min((c.tok_start for c in clause.cues), default=None)
        if any(c.kind == "coverage" and c.target.startswith("coverage.acts.") and first_tok is not None
               and c.tok_start - first_tok <= 6 and c.start - clause.start < 60 for c in clause.cues):
            return True
        word = self.lang.toks.text[first]
        return word[:1].islower() and word.isalpha() and not self.lang.word_has(first, "determiner")

    def _items(self, info: ProvInfo) -> list[ProvInfo]:
        return [self.cmap.provs[i] for i in info.prov.children if self.cmap.provs[i].clauses]

    def build(self) -> list[Prohibition]:
        out = self._build()
        if any(p.finding.category != "purpose" and self.lang.tags(p.start, p.end) & {"technology", "data"}
               for p in out):
            # A purpose statement states the ban only where no whole operative clause does (Portland
            # 34.10; Santa Cruz, whose operative clause is cut off before its object).
            out = [p for p in out if p.finding.category != "purpose"]
        bans = [p for p in out if p.finding.category == "ban"]
        if bans:
            # A restriction of what a ban of the law already covers, its technologies and its acts ("Members
            # may use FRT only under a warrant" beside "shall not use FRT"), is a door in that ban: its terms
            # are exemptions, and it bans nothing more. So is a rule for handling what the ban's doors let
            # through ("Templates shall be kept only on the device", "Recordings may be released only on
            # a subpoena"). One that names no technology speaks of what the law's bans are about, or of data
            # at large ("may retain personal data only for thirty days"): no ban of the technology either.
            # (Not one that names its own route: "must obtain Council approval prior to acquiring" sets up a
            # regime of its own.)
            techs = {t for p in bans for t in self._technologies(p)}
            acts = {a for p in bans for a in p.acts} | set(self.rulebook.lexicon.words("handling-act"))
            out = [p for p in out if p.finding.category != "restriction" or p.clauses[0].opens_route
                   or not (self._technologies(p) <= techs and set(p.acts) <= acts)]
        return out

    @staticmethod
    def _technologies(p: Prohibition) -> set[str]:
        return {c.value for clause in p.clauses for c in clause.cues if c.kind == "technology"}

    def _build(self) -> list[Prohibition]:
        out: list[Prohibition] = []
        single: Prohibition | None = None  # the last prohibition made of one clause alone: a sentence may go on
        for info in self.cmap.provs.values():
            for clause in info.clauses:
                if clause.role == "prohibition" and clause.hinted:
                    out.append(self._make([], info, clause.start))  # a clause lifted out of a ban
                    continue
                if clause.role != "prohibition" or not clause.explicit or clause.dropped:
                    continue
                if info.lead_in is clause:
                    items = self._items(info)
                    conduct = [it for it in items if it.clauses[0].role == "prohibition"
                               and self._is_conduct(it.clauses[0])]
                    if conduct:
                        for n, item in enumerate(conduct):
                            start = clause.start if n == 0 else item.clauses[0].start
                            out.append(self._make([clause] if n == 0 else [], item, start))
                        continue
                    out.append(self._make([clause], info, clause.start, whole=True))
                elif single is not None and single is out[-1] and self._goes_on(single.clauses[-1], clause):
                    # "A department shall not acquire FRT, and shall not use the results of FRT run by
                    # another": one sentence, one prohibition, the acts of both verbs
                    out[-1] = single = self._make([*single.clauses, clause], None, single.start)
                else:
                    out.append(single := self._make([clause], None, clause.start))
        return out

    def _goes_on(self, prev: Clause, clause: Clause) -> bool:
        """Does ``clause`` carry on the sentence of ``prev``, joined to it by a coordinator ("..., and
        shall not request ...", "... or permit a vendor to ...")?"""
        if prev.sentence_start != clause.sentence_start or prev.prov is not clause.prov:
            return False
        first = self.lang.first_word(clause.start, clause.end)
        return first is not None and self.lang.word_has(first, "coordinator")

    def _make(self, lead: list[Clause], item: ProvInfo | None, start: int, whole: bool = False) -> Prohibition:
        """A finding for ``lead`` clauses (a trigger clause) and/or a conduct ``item`` with everything
        under it (its objects)."""
        clauses = list(lead)
        end = lead[-1].end if lead else start
        if item is not None:
            end = item.prov.end
            clauses += [c for c in self.cmap.starting_in(item.prov.start, item.prov.end) if c.role == "prohibition"]
        if whole and lead:
            end = lead[-1].prov.end
            clauses += [c for c in self.cmap.starting_in(lead[-1].end, end) if c.role == "prohibition"]
        end = min(end, max((c.end for c in clauses), default=end))
        head = lead[0] if lead else clauses[0]
        form = head.form or "prohibition.ban"
        acts = self._acts(lead, item)
        actors = self._actors(clauses)
        used = [c for c in head.cues if c.kind == "role" and c.form.startswith("prohibition.")]
        used += [c for cues in acts.values() for c in cues] + [c for cues in actors.values() for c in cues]
        self.trace.update(c.rule_id for c in used)
        rule_id = "role." + form
        describing = self.rulebook.describe(rule_id)
        prov = self.doc.provision_at(start)  # the provision the location cites, lead-in and all
        finding = Finding(
            rule_id=rule_id, kind="prohibition", category=form.split(".", 1)[1], severity="info",
            message=describing.message if describing else "Prohibition",
            snippet=self.doc.snippet(prov.start, prov.end),
            location=self.doc.locate(start, end), quote=self.doc.text[start:end],
            details={"acts": [a for a in ACTS if a in acts], "actors": [a for a in ACTORS if a in actors]},
            evidence=[Evidence(c.rule_id, self.doc.text[c.start:c.end], self.doc.locate(c.start, c.end))
                      for c in used],
        )
        return Prohibition(finding, clauses, start, end, acts, actors)

    # ------------------------------------------------------------ acts
    def _window_end(self, clause: Clause, start: int) -> int:
        techs = [c.start for c in clause.cues if c.kind == "technology" and c.start >= start]
        obj = self.lang.first_of(start, clause.end, ("tech-head", "data-noun"))
        ends = techs + ([obj] if obj is not None else [])
        return min(ends) if ends else clause.end

    def _acts_in(self, clause: Clause, start: int, stop: int | None = None) -> list[Cue]:
        end = min(self._window_end(clause, start), stop if stop is not None else clause.end)
        out = []
        acts = [c for c in clause.cues if c.kind == "coverage" and c.target.startswith("coverage.acts.")]
        phrases = [c for c in acts if c.tok_end - c.tok_start > 1]
        for cue in acts:
            if cue.start < start or (stop is not None and cue.start >= stop):
                continue
            single = cue.tok_end - cue.tok_start == 1
            if single and any(p.target != cue.target and p.start <= cue.start and cue.end <= p.end for p in phrases):
                continue  # "access" inside "give any other person access to footage" (sharing)
            if not single:
                out.append(cue)
            elif self._is_noun(clause, cue) or self._seeks_route(cue):
                continue
            elif cue.start < end or self._after_conjunction(clause, cue):
                out.append(cue)
        return out

    def _nominal_act(self, clause: Clause, cue: Cue) -> bool:
        """An act named as the subject of a passive ban: "the use of", "or the putting into service"."""
        before = self.doc.text[clause.start:cue.start].split()
        return not before or before[-1].lower().strip(",|") in ("the", "any", "or", "and", "")

    def _is_noun(self, clause: Clause, cue: Cue) -> bool:
        """A one-word act after "at its", "in their" is a noun ("at its request", "in their possession")."""
        prev = self.lang.word_before(cue.start, clause.start)
        return prev is not None and self.lang.word_has(prev, "noun-marker")

    def _seeks_route(self, cue: Cue) -> bool:
        """"must obtain City Council approval prior to", "shall request a warrant": the verb's object is
        the route through the restriction, not the technology, so the verb is not a banned act."""
        frame = self.lang.frames.governing(cue.tok_start)
        return frame is not None and "route" in frame.obj \
            and self.lang.reader.head_has(*frame.object_span, "route-noun")

    def _after_conjunction(self, clause: Clause, cue: Cue) -> bool:
        """``... or share facial recognition data``, ``or test, install, or activate it``: a verb
        joined to the prohibition's list of acts, with the technology (or a pronoun for it) after it."""
        toks = self.lang.toks
        prev = self.lang.word_before(cue.start, clause.start)
        # past "the", "otherwise", a printed line number: "and the acquisition of", "or otherwise use"
        while prev is not None and (self.lang.word_has(prev, "determiner") or toks.lower[prev].endswith("ly")
                                    or toks.text[prev].isdigit()):
            prev = self.lang.word_before(toks.start[prev], clause.start)
        if prev is None or toks.lower[prev] not in (",", "or", "and"):
            return False
        techs = [c for c in clause.cues if c.kind == "technology" and 0 <= c.start - cue.end <= 60]
        if techs:
            return True
        tags = self.lang.tags(cue.end, min(clause.end, cue.end + 40))
        return bool(tags & {"technology", "data", "anaphor"})

    def _acts(self, lead: list[Clause], item: ProvInfo | None) -> dict[str, list[Cue]]:
        found: list[Cue] = []
        for clause in lead:
            # Acts are read from the trigger on ("shall not install, activate, or use" holds its first
            # verb inside the trigger itself), or before it when the trigger ends a passive sentence
            # ("The placing on the market or the use of ... shall be prohibited").
            triggers = [c for c in clause.cues if c.kind == "role" and c.form.startswith("prohibition.")]
            start = min((t.start for t in triggers), default=clause.start)
            if any(self.doc.text[t.start] == "|" for t in triggers):
                # A table row ("Purchasing, leasing, or piloting any system | Not permitted | Includes
                # requests from ..."): the acts are in the use cell, not in the conditions after it.
                found += [c for c in clause.cues if c.kind == "coverage" and c.target.startswith("coverage.acts.")
                          and clause.start <= c.start < start]
                continue
            # Each ban frame reads its own acts ("... shall use facial recognition technology, and no chief
            # of police shall acquire, license or renew a licence for it").
            acts: list[Cue] = []
            for t in triggers:
                acts += [a for a in self._acts_in(clause, t.start) if a not in acts]
            acts = acts or self._acts_in(clause, start)
            frames = [self.lang.frames.of(t) for t in triggers]
            active = any(f is not None and f.voice == "active" and f.polarity == "negative" for f in frames)
            if not any(c.tok_end - c.tok_start == 1 for c in acts) and start > clause.start and not active:
                acts += [c for c in self._acts_in(clause, clause.start, stop=start) if self._nominal_act(clause, c)]
            found += acts
        if item is not None:
            first = item.clauses[0]
            found += self._acts_in(first, first.start)
        acts: dict[str, list[Cue]] = {}
        for cue in found:
            acts.setdefault(cue.value, []).append(cue)
        return acts

    # ------------------------------------------------------------ actors
    def _actors(self, clauses: list[Clause]) -> dict[str, list[Cue]]:
        """Who a prohibition binds: actors named as its subject (before its first act or object, or
        after "by": "the use, by a public authority, of ..."), or as its scope ("for the purposes of
        law enforcement"); not actors it names as objects ("request ... any private person to use")."""
        actors: dict[str, list[Cue]] = {}
        for clause in clauses:
            objects = [c.start for c in clause.cues if c.kind == "technology"
                       or c.target.startswith("coverage.acts.")]
            subject_end = min(objects, default=clause.end)
            for cue in clause.cues:
                if cue.kind == "actor":
                    if cue.start < subject_end or self.lang.after_agent(cue.start, clause.start) \
                            or "purpose" in self.doc.text[cue.start:cue.end].lower():
                        actors.setdefault(cue.value, []).append(cue)
                elif cue.kind == "role" and cue.form == "scope.market":
                    for value in ("all-government", "private-entities"):
                        actors.setdefault(value, []).append(cue)
            # Defined terms count in the subject ("for Boston or any Boston official to"), not in the
            # object ("a database that contains illegitimately obtained information").
            text = self.doc.text[clause.start:subject_end].lower()
            # One cue per actor and term is evidence enough: a compilation that defines a term in
            # each of its chapters must not make every prohibition cite every definition.
            for term, firsts in self._term_actors.items():
                if re.search(r"\b" + re.escape(term) + r"\b", text):
                    for value, cue in firsts.items():
                        actors.setdefault(value, []).append(cue)
        return actors
