"""Clause frames: what each verb group of a clause does, read from word classes (rules/lexicon.yaml)
and mapped to a role by the frame table (rules/frames.yaml).

A frame is the shape of a predication, not its wording:

- modality: duty (shall, must, will, "is to"), permission (may, can) or none (a present tense);
- polarity: negative when the verb group is negated ("shall not", "does not", "may never") or the
  subject is ("No department shall", "Nothing in this Act prohibits", "Neither ... nor");
- voice: passive when "be" stands before a participle ("shall not be used");
- operator: the classes of the main verb or of the predicate after "be" (op-prohibit, op-permit,
  op-apply, op-exempt, op-offence, conduct, ...). A verb of construing hands over to the verb it
  governs ("shall not be read as forbidding" is op-prohibit, construed);
- subject and object: tags of the words before and after the group (law: the law itself or one of
  its provisions; technology; data; conduct; actor; right; term; route; ...).

"Nothing in this chapter shall prohibit", "nothing herein bars", "this chapter shall not be read to
forbid" and "Section 2 does not extend to" are all one frame: negative, op-apply or op-prohibit,
subject law. The table says what that frame does; this module only reads frames.

Python here holds the mechanism (how a verb group is delimited, how spans are tagged); every word
it looks for is a class of the lexicon.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field

from ..rulebook.lexicon import FrameRow, Lexicon
from .lawmakers import lawmaker_tokens
from .tokens import TokenView

_NUMBERISH = re.compile(r"^(?:§+|\(?[0-9]|\([A-Za-z]{1,4}\)|[IVXLC]+\.?$|[A-Z]\.?$|[A-Z]{1,2}\.\d)")
_QUOTES = "“\"‘'"
# A provision's label standing alone: "IV.B.3", "2.99.030", "16-62(B)", "(b)(2)".
# An enumerator or bullet at the start of a span: "(a)", "2.", "A.", "•".
_ENUMERATOR = re.compile(r"^(?:\(?[A-Za-z0-9]{1,4}[.)]|\([A-Za-z0-9]{1,4}\)|\d+(?:[.\-]\w+)+[.:]?|\d{1,3}[/\-]"
                         r"|[•●▪◦·*\-–—]|\[.*\])$")
_SPLIT_LABEL = re.compile(r"^\d{1,4}[A-Za-z]?(?:\.\d{1,3})?\(\w{1,4}$")
_CITATION = re.compile(r"^(?:[IVX]+\.[A-Z0-9]|\d+[.\-]\d|\d+\(|\([a-zA-Z0-9]{1,4}\)\()")


def _cites(word: str) -> bool:
    """Is the word a citation ("7.2", "12-3", "(b)(1)") or a section sign? (Tested on the first
    character before the pattern: this is asked of every word of every span.)"""
    first = word[:1]
    return ((first.isdigit() or (first != "" and first in "IVX(")) and bool(_CITATION.match(word))) or first == "§"


_CONSTRUE_FILLERS = ("to", "as", "be", "being", "of", "so", "having", "been", "have")
LEAD_IN_MARKS = (":", "—", "–", "-")  # what ends a lead-in before its items
DELEGATE_REACH = 12  # words after a verb of bidding within which "to" and the conduct it hands over follow
_PUNCT = frozenset({",", ";", ":", ".", "—", "–", "--", "(", ")"})
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "--", "(", ")"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "you", "i"})
AUTHORIZING_REACH = 12  # words of a span read for a law named by what it permits ("other laws which authorise")
ASIDE_WORDS = 5  # words of a short aside that opens a span ("may grant, case by case, a request")
LONG_ASIDE_WORDS = 15  # ... or of a longer one that opens on a preposition ("may grant, in writing and after
# review by the Chief Privacy Officer, a case-by-case authorization")
_DETERMINERS = frozenset({"a", "an", "the", "any", "no", "such", "this", "that", "these", "those", "its", "their",
                          "each", "every", "all", "some"})
# The words that open a noun phrase: a clause with a subject of its own after "and", a conjunction in
# "that" before them ("that the use is necessary").
_NOUN_OPENERS = _DETERMINERS | _PRONOUNS
HEAD_WINDOW = 12
# The word classes a verb group can open with (see _group_at's branches), and the auxiliaries read
# as such whatever their class: a word with neither opens none (besides "be", "|" and a multi-word operator).
_GROUP_OPENERS = frozenset({"modal-duty", "modal-permission", "aux-do", "copula", "aspect", "finite-verb", "light-verb",
                            "impose-verb"})
_AUXILIARIES = ("does", "do", "did", "has", "have", "had")
# Classes whose word may head a predicate after "be" ("is a defence", "is not a violation", "is exempt").
PREDICATE_CLASSES = frozenset({"op-defence", "op-offence", "op-lawful", "op-unlawful", "op-exempt", "op-outside",
                               "op-within", "op-subject-to", "conduct-noun", "op-commit", "actor-head", "op-binding",
                               "op-liable"})


@dataclass(frozen=True, slots=True)
class Frame:
    """One verb group of a clause, with its slots and the row of the frame table it fits."""

    start: int  # char span of the group, from a negative subject word when that is what negates it
    end: int
    tok_start: int
    tok_end: int
    modality: str
    polarity: str
    voice: str
    operators: frozenset[str]
    lemma: str  # the operator word (after a verb of construing, the verb it governs)
    construed: bool
    restrictive: bool
    derogation: bool  # the clause opens "Despite ...", "Notwithstanding ...", "Provided that ..."
    subordinate: bool  # the group stands in a subordinate clause ("until the commissioner authorizes ...")
    predicate: bool  # the operator is a predicate after "be" ("is exempt", "is a defence")
    subject: frozenset[str]
    obj: frozenset[str]
    subject_span: tuple[int, int]  # chars
    object_span: tuple[int, int]
    row: FrameRow | None = None
    tail: frozenset[str] = frozenset()  # tags of a condition after the object ("... where a statute requires it")
    only_actor: bool = False  # "Only members who ... may operate": the restriction is on who, not on terms

    @property
    def role(self) -> str | None:
        return self.row.role if self.row else None

    def describe(self) -> dict:
        """The slots, for a finding's evidence and for ``redline explain``."""
        return {"row": self.row.id if self.row else None, "modality": self.modality, "polarity": self.polarity,
                "voice": self.voice, "operator": self.lemma, "classes": sorted(self.operators),
                "subject": sorted(self.subject), "object": sorted(self.obj), "construed": self.construed,
                "restrictive": self.restrictive, "derogation": self.derogation, "subordinate": self.subordinate}


@dataclass
class _Group:
    start: int  # token indices
    end: int  # one past the operator word
    op: int  # token of the operator word
    modality: str
    negated: bool
    voice: str
    construed: bool = False
    restrictive: bool = False
    predicate: bool = False  # the operator is a predicate after "be" (an adjective or a noun)
    elided: bool = False  # the group ends at a lead-in's dash or colon; its verbs are in the items
    conduct: bool = False  # the operator is a multi-word conduct ("put into service")
    burden: bool = False  # the group lays a burden, or none: "places no restriction on", "does not impose any duty on"
    inverted: tuple[int, int] | None = None  # tokens of a subject after the auxiliary: "Nor does it include"
    causative: bool = False  # "may have gait recognition applied to ...": the operator is a thing done, and only that
    fronted: tuple[int, int] | None = None  # a predicate's complement before the verb: "Outside this Part are"
    lead: Frame | None = None  # the lead-in whose subject and negation an item's bare verb takes
    term: bool = False  # the predicate is one of the law's defined terms: "is not a public place"
    breach: bool = False  # a verb of incurring governs a ban proper: "does not incur (in) the prohibition of article 4"


class SpanIndex:
    """Char spans (a document's technology or actor cues) asked "does any overlap [a, b)?" in
    O(log n): asked for every phrase of a long law, a scan of all spans was quadratic."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.ends = [e for _, e in ordered]
        self.reach = list(itertools.accumulate(self.ends, max))  # the furthest end among the first k

    def overlaps(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b)  # spans starting before b
        return k > 0 and self.reach[k - 1] > a

    def covers(self, offset: int) -> bool:
        """Is ``offset`` inside a span (start <= offset < end)?"""
        return self.overlaps(offset, offset + 1)


_BE_FINITE = ("is", "are", "was", "were")
_HAVE = ("has", "have", "had")  # finite forms of "have", which _is_finite cannot tell from the lemma
# Word classes that end the head of a span: "it so long as ...", "the data unless ...".
_CUT_CLASSES = frozenset({"condition", "proviso", "introducer-unless", "introducer-except"})
# Classes a verb's "-ing" form does not take from its lemma: "an agency acting under ..." names no law ("act").
_NOT_FROM_A_VERB = frozenset({"law-noun"})
# The classes and words the per-word loop of ``tags`` reads: a word with none of them adds no tag.
_SPAN_WORD_CLASSES = frozenset({
    "law-adverb", "reach-noun", "term-noun", "law-anaphor", "law-noun", "ban-noun", "conduct-noun", "conduct",
    "tech-head", "data-noun", "actor-head", "right-noun", "records-noun", "pro-verb", "route-noun",
    "liability-noun", "prior-lead", "duration"})
_SPAN_WORDS = frozenset({"such", "said", "these", "it", "them", "so"})
# Word classes the arbiter reads around a frame, never the frame's operator: a verb in one alone ("may control
# the door") is still a verb of no class.
# The predicates a verb of "be" or a copula ("remains", "falls", "stands") may stand before.
_COPULA_PREDICATES = ("op-outside", "op-lawful", "op-unlawful", "op-exempt")
_NOT_OPERATORS = frozenset({"oversight-word", "law-keeping", "possessive-pronoun", "finding-verb", "sought-fact",
                            "performing-participle"})
# Word classes of nouns: a plural of one before a verb group is the subject, not a verb ("agencies may").
_CLAUSE_VERBS = frozenset({"content-verb", "ensure-verb", "oversight-word"})  # verbs a "that" clause follows
_NOUN_CLASSES = frozenset({"actor-head", "tech-head", "data-noun", "conduct-noun", "law-noun", "right-noun",
                           "route-noun", "term-noun"})


@dataclass
class FrameReader:
    """Reads the frames of clauses of one document."""

    lex: Lexicon
    toks: TokenView
    tech_spans: list[tuple[int, int]] = field(default_factory=list)  # chars of technology cues
    actor_spans: list[tuple[int, int]] = field(default_factory=list)
    terms: frozenset[str] = frozenset()  # the terms the law defines, lower case ("law enforcement agency")

    # Per token, the word classes of its lemma and its surface form, and the multi-word entries that
    # match there (class -> length of the longest, read on the lemmas first, then on the words as written): looked up
    # once per document, since the reader asks about each token many times.
    _token_classes: list[frozenset[str]] = field(default_factory=list, init=False, repr=False)
    _multi_lengths: dict[int, dict[str, int]] = field(default_factory=dict, init=False, repr=False)
    # Per token, can a verb group open there, and may it add a tag in the per-word loop of ``tags``? Most
    # words can do neither, and the reader asks of every word of every span: these answer at one look.
    _may_open_group: list[bool] = field(default_factory=list, init=False, repr=False)
    _tags_word: list[bool] = field(default_factory=list, init=False, repr=False)
    _read_lo: int = field(default=0, init=False, repr=False)  # where the sentence being read starts
    _tag_cache: dict[tuple[int, int, bool], frozenset[str]] = field(default_factory=dict, init=False, repr=False)
    # The law's own short title where it recurs ("the Student Location and Audio Privacy Act governs ..."):
    # its last word (the law noun) -> where the title starts; its other words name nothing of their own
    _own_title_ends: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    _own_title_words: set[int] = field(default_factory=set, init=False, repr=False)
    # The kinds of instrument the law calls itself by, as written after "this" ("This Executive Order applies",
    # "this regulation"): "the Executive Order" and "The regulation", unqualified, are this law too
    _own_kinds: set[str] = field(default_factory=set, init=False, repr=False)

    def __post_init__(self) -> None:
        of, entries = self.lex.classes_of, self.lex.multi_entries
        # a law repeats its words: one lookup per (lemma, word) pair, of its classes, of whether a
        # multi-word entry may start with it, whether a verb group may open there and whether it may tag
        # (built as whole lists, one comprehension each: this runs over every token of every law)
        pairs = list(zip(self.toks.lemma, self.toks.lower, strict=True))
        seen: dict[tuple[str, str], tuple[frozenset[str], bool, bool, bool]] = {}
        for pair in set(pairs):
            lemma, lower = pair
            cls = of(lemma) | of(lower)
            if lower != lemma and lower.endswith("ing") and not cls.isdisjoint(_NOT_FROM_A_VERB):
                cls = cls - (_NOT_FROM_A_VERB - of(lower))  # ("acting": not "act")
            seen[pair] = (cls, bool(entries(lemma) or entries(lower)),
                          not cls.isdisjoint(_GROUP_OPENERS) or lower in _AUXILIARIES or lower == "|" or lemma == "be",
                          not _SPAN_WORD_CLASSES.isdisjoint(cls) or lower in _SPAN_WORDS)
        known = [seen[pair] for pair in pairs]
        self._token_classes = [k[0] for k in known]
        starts = [i for i, k in enumerate(known) if k[1]]
        self._may_open_group = groups = [k[2] for k in known]
        cites = {text: _cites(text) for text in {t for t, k in zip(self.toks.text, known, strict=True) if not k[3]}}
        self._tags_word = tagging = [k[3] or cites[t] for t, k in zip(self.toks.text, known, strict=True)]
        for i in starts:
            lemma, lower = self.toks.lemma[i], self.toks.lower[i]
            lengths: dict[str, int] = {}
            for words, first in ((self.toks.lemma, lemma), (self.toks.lower, lower)):
                n = self.lex.longest_entry
                if words is self.toks.lower and self.toks.lemma[i:i + n] == self.toks.lower[i:i + n]:
                    break  # the words as written are the lemmas here: the same entries, already read
                found: dict[str, int] = {}
                hyphen = "-" in words[i + 1:i + 2 * n]  # (then an entry may have its words joined by one)
                for parts, name in entries(first):
                    if name not in found:
                        k = len(parts) if tuple(words[i:i + len(parts)]) == parts \
                            else self._hyphened_entry(words, i, parts) if hyphen else 0
                        if k:
                            found[name] = k
                for name, n in found.items():
                    lengths.setdefault(name, n)
            if lengths:
                self._multi_lengths[i] = lengths
        for i in self._multi_lengths:
            groups[i] = tagging[i] = True  # a multi-word entry may open a group or tag a span
        self._find_own_titles()
        self._find_own_kind()
        self._find_own_kinds()
        for i in lawmaker_tokens(self.toks, self.has, self.multi, self._space):  # "the Board" that made the law
            self._token_classes[i] = self._token_classes[i] | {"legislative-body", "law-maker"}

    def _find_own_kind(self) -> None:
        """Where the title block names the instrument's kind in words no lexicon knows ("ACUERDO No. 021 OF
        2024", "PERATURAN DAERAH NOMOR 5", "ORDENANZA NO. 7"), "this Acuerdo" and "the present Peraturan
        Daerah" are the law itself, as "this Act" is. The kind is the run of words in capitals, of no word
        class, that a number word and a number follow among the first words ("SECTION No. 1" is a provision,
        a law noun, and names no kind)."""
        toks, n = self.toks, len(self.toks)
        kinds: set[tuple[str, ...]] = set()
        for i in range(min(n, 600)):
            k = self._next(i + 1, n)
            width = self.multi(k, n, "instrument-number") if k < n else 0
            if not width or not self._unknown_capitals(i):
                continue
            k = self._next(k + width, n)
            if k < n and toks.text[k] == ".":
                k = self._next(k + 1, n)  # "NO." is "NO" and "."
            if k < n and toks.text[k][:1].isdigit():
                run = [i]  # the words before it on its line (a break is a token of its own: "SAN ISIDRO\n\nORDENANZA")
                while run[0] > 0 and self._unknown_capitals(run[0] - 1):
                    run.insert(0, run[0] - 1)
                kinds.add(tuple(toks.lower[r] for r in run))
        for kind in kinds:
            for i in range(1, n):
                at, m = i, len(kind) - 1
                while m >= 0 and at > 0 and toks.lower[at] == kind[m] and toks.text[at][:1].isupper():
                    m -= 1
                    at = at - 1 if m >= 0 else at
                if m < 0 and at > 0 and self.has(self._prev(at - 1, 0), "own-determiner"):
                    self._own_title_ends.setdefault(i, at)
                    self._tags_word[i] = True  # a word no class knows tags a span only when marked

    def _find_own_kinds(self) -> None:
        """The law nouns the law names itself by after an own determiner ("This Executive Order", "this
        regulation", "the present Decree"), as written (case kept: "this Order" makes "the Order" this law,
        not "the order of a judge")."""
        toks, n = self.toks, len(self.toks)
        for i in range(n - 1):
            if not self.has(i, "own-determiner"):
                continue
            for k in self.words(i + 1, n, 5):
                if toks.hyphened(k) or toks.text[k] == "-":
                    continue  # "this by-law": one word
                if self.has(k, "law-noun"):
                    self._own_kinds.add(toks.text[k])
                    break
                if not toks.text[k][:1].isupper():
                    break  # "this part of the plan": not a name of the law's kind

    def _own_kind_at(self, i: int, nxt: int | None) -> bool:
        """Is the law noun at i, after "the", the kind the law calls itself by, unqualified ("The regulation
        does not extend to the police")? Not one a phrase after it names ("the regulation of the Minister",
        "the Regulation on data protection", "the Order referred to in ...")."""
        word = self.toks.text[i]
        if word not in self._own_kinds or word.lower() in self.terms:
            return False  # (a kind the law defines is another instrument: '"the Act" means the Police Act')
        if word.islower() and self.has(i, "route-noun") and self.has(i, "law-instrument"):
            # "this order" and then "The order does not apply to ...": a court's order may be meant (not
            # "the ordinance", "the resolution": no court makes one)
            return False
        return nxt is None or not (self.has(nxt, "preposition") or self.toks.lower[nxt] == "("
                                   or bool(_NUMBERISH.match(self.toks.text[nxt]))
                                   or self.toks.lower[nxt].endswith("ed"))  # "the Order issued by", "referred to"

    def _unknown_capitals(self, i: int) -> bool:
        """Is the word at i in capitals, of four letters or more, and of no word class (a kind of instrument
        no lexicon names)?"""
        word = self.toks.text[i]
        return word.isalpha() and word.isupper() and len(word) >= 4 and not self._token_classes[i]

    def _denies_leave(self, g: _Group, subject: set[str] | frozenset[str], subordinate: bool, hi: int) -> bool:
        """Does a negated modal of ability deny leave, as "may not" does? Only in a main clause whose actor
        cannot do the conduct, or whose technology or data cannot be handled, with no word of feasibility:
        "The police cannot use facial recognition in public spaces", "Biometric data cannot be processed by
        the municipal police" (translations' bans). Elsewhere it says what cannot be done and supposes, as
        "could not" does: "the information sought cannot reasonably be obtained by other means", "where the
        threat cannot be averted in time", "configured so that it cannot identify any face"."""
        if subordinate or any(self.has(k, "feasibility") for k in range(g.start, min(g.end + 2, hi))):
            return False
        if g.voice == "passive":
            return bool(subject & {"technology", "data", "conduct"})
        return "actor" in subject

    def _hyphened_entry(self, words: list[str], i: int, parts: tuple[str, ...]) -> int:
        """Tokens an entry of several words covers at i when a hyphen joins its words ("law-enforcement
        agency" is the entry "law enforcement" and a noun after it), 0 if it is not there."""
        j = i
        for k, part in enumerate(parts):
            if k and j < len(words) and words[j] == "-" and self.toks.hyphened(j - 1):
                j += 1
            if j >= len(words) or words[j] != part:
                return 0
            j += 1
        return j - i if j - i > len(parts) else 0

    # ------------------------------------------------------------ word tests
    def has(self, i: int, cls: str) -> bool:
        return cls in self._token_classes[i]

    def _find_own_titles(self) -> None:
        """Where the law names itself ("This act may be cited as the "Student Location and Audio Privacy
        Act"", "This Ordinance shall be known as the Surveillance Technology Ordinance"), mark each place
        its title recurs: a law that says "The Student Location and Audio Privacy Act governs public schools"
        speaks of itself, not of another law, and the title's words ("Location", "Privacy") are a name. The
        title runs to its last law noun ("the Public Order and Surveillance Act", not "Public Order"); where it
        recurs, only a determiner may come before it ("the County Public Order and Surveillance Act" and "the
        Student Location and Audio Privacy Act" are other laws than "the Audio Privacy Act")."""
        toks, n = self.toks, len(self.toks)
        titles: set[tuple[str, ...]] = set()
        for i in range(n):
            if not self.has(i, "title-verb"):
                continue
            k = self._next(i + 1, n)
            if k < n and toks.lower[k] == "to":
                k = self._next(k + 1, n)  # "may be referred to as"
            if k >= n or toks.lower[k] != "as" or not self._names_this_law(i):
                continue
            words: list[str] = []
            last = 0  # how many words run to the title's last law noun
            for j in range(k + 1, min(n, k + 40)):
                t = toks.lower[j]
                if toks.text[j].isspace() or (not words and (t in _QUOTES or t == "the")):
                    continue
                if t in ("(", ")"):
                    continue  # "the Biometric Surveillance (Restriction) Act"
                if t in _QUOTES or (not t[:1].isalnum() and t not in ("-", "&")) or "\n" in toks.text[j]:
                    break
                words.append(t)
                if self.has(j, "law-noun") and len(words) > 1:
                    last = len(words)
            if last:
                titles.add(tuple(words[:last]))
        if not titles:
            return
        by_end: dict[str, list[tuple[str, ...]]] = {}
        for title in titles:
            by_end.setdefault(title[-1], []).append(title)
        for end in range(n):
            for title in by_end.get(toks.lower[end], ()):
                at, m = end, len(title) - 1
                while m > 0 and at > 0:
                    at -= 1
                    t = toks.lower[at]
                    if toks.text[at].isspace() or t in _QUOTES or t in ("(", ")"):
                        continue
                    if t != title[m - 1]:
                        break
                    m -= 1
                before = self._prev(at - 1, 0) if at > 0 else -1
                if m == 0 and not (before >= 0 and toks.text[before][:1].isalpha()
                                   and not self.has(before, "determiner")):
                    self._own_title_ends[end] = at
                    self._own_title_words.update(range(at, end))

    def _names_this_law(self, i: int) -> bool:
        """Is this law the subject of the naming verb at token i: "this" or "these" and a law noun right before
        its auxiliaries, opening the sentence ("This act may be cited as", "SHORT TITLE.--This act may be cited
        as") or after the provisions it holds ("Sections 1 through 7 of this act may be cited as")? (Not "The
        code of practice issued under this Ordinance shall be known as": an instrument made under it.)"""
        toks = self.toks
        words = [k for k in range(max(0, i - 16), i) if toks.lower[k][:1].isalnum()]
        while words and (self.has(words[-1], "modal-duty") or self.has(words[-1], "modal-permission")
                         or toks.lemma[words[-1]] == "be" or toks.lower[words[-1]] == "hereby"):
            words.pop()  # the verb's auxiliaries: "may be", "shall hereby be"
        if len(words) < 2 or toks.lower[words[-2]] not in ("this", "these") or not self.has(words[-1], "law-noun"):
            return False
        p = self._prev(words[-2] - 1, 0) if words[-2] > 0 else -1
        if p < 0 or not toks.text[p][-1:].isalnum() or toks.text[p].isdigit():
            return True  # the sentence opens on it
        return toks.lower[p] == "of" and any(self.has(k, "law-noun") for k in words[:-3][-6:])

    def multi(self, i: int, hi: int, cls: str) -> int:
        """Length of a word (or multi-word entry) of ``cls`` at token i, 0 if none."""
        n = self._multi_lengths.get(i, {}).get(cls, 0)
        if n and i + n <= hi:
            return n
        return 1 if cls in self._token_classes[i] else 0

    def may_open(self, i: int, classes: frozenset[str]) -> bool:
        """Can a word or multi-word entry of one of ``classes`` start at token i?"""
        if not classes.isdisjoint(self._token_classes[i]):
            return True
        ml = self._multi_lengths.get(i)
        return bool(ml) and not classes.isdisjoint(ml)

    def classes(self, i: int) -> frozenset[str]:
        return self._token_classes[i]

    def _inverted_condition(self, i: int, hi: int) -> bool:
        """A modal that opens its sentence before a determiner is an inverted condition ("Should the
        Board approve a deployment, the department may ..."), not a verb group."""
        k = self._next(i + 1, hi)
        return (i == 0 or self.toks.text[i - 1].isspace() or not self.toks.text[i - 1][:1].isalnum()) \
            and self.toks.text[i][:1].isupper() and k < hi and self.toks.lower[k] in _DETERMINERS

    def _fronted(self, i: int, cls: str) -> bool:
        """Does the sentence of the auxiliary at i open with a word of ``cls`` before it ("Only upon an
        order of a judge ..., may ...", "Nor does it include ...", "In no case shall ...")? Then subject
        and auxiliary are inverted."""
        k = i - 1
        # (back to the sentence's start, or a stop: "Section 4" / "Airports" / "Nor shall ..." opens at "Nor")
        while k >= self._read_lo and self.toks.lower[k] not in (".", ";", ":") \
                and not self.toks.text[k].count("\n") > 1:
            k -= 1
        first = self._next(k + 1, i)
        while first < i and (not self.toks.lower[first].isalpha() or self.toks.lower[first - 1] == "("):
            first = self._next(first + 1, i)  # past the provision's number: "(2) Only upon ..."
        return first < i and bool(self.multi(first, i, cls)) and self.toks.lower[first] != "except"

    def _multi_operators(self, i: int, hi: int) -> set[str]:
        """The operator classes (op-*) with an entry of several words at token i ("give way")."""
        return {c for c, n in self._multi_lengths.get(i, {}).items() if c.startswith("op-") and n > 1 and i + n <= hi}

    def _space(self, i: int) -> bool:
        return self._spaces[i]

    @functools.cached_property
    def _spaces(self) -> list[bool]:
        """Per token, is it layout (spaces, line breaks)? Asked of every token many times over."""
        return [t.isspace() for t in self.toks.text]

    @functools.cached_property
    def _word_tokens(self) -> list[int]:
        """The indices of the tokens that are words, in order: ``words`` slices them."""
        return [k for k, space in enumerate(self._spaces) if not space]

    def words(self, lo: int, hi: int, limit: int | None = None) -> list[int]:
        """The tokens of [lo, hi) that are words, not layout (the first ``limit`` of them if given)."""
        ix = self._word_tokens
        a = bisect.bisect_left(ix, lo)
        b = bisect.bisect_left(ix, hi)
        if limit is not None:
            b = min(b, a + limit)
        return ix[a:b]

    def _ensured(self, prev: Frame, start: int) -> bool:
        """Is the group at token ``start`` the clause a positive duty to ensure governs ("shall ensure
        that law enforcement authorities do not use ...")?"""
        if prev.modality != "duty" or prev.polarity != "positive" or not self.has(prev.tok_end - 1, "ensure-verb"):
            return False
        k = self._next(prev.tok_end, start)
        before = self._prev(start - 1, k)
        if before > k and self.has(before, "relative-pronoun"):
            return False  # "must ensure that any image ... that is not required ... is destroyed": a relative clause
        return k < start and self.has(k, "complementizer") and not self._breaks(k, start)

    def starts_group(self, i: int, hi: int) -> bool:
        """Does a verb group (modal, negated or finite verb) start at token i?"""
        return self._group_at(i, hi) is not None

    def _prev(self, i: int, lo: int) -> int:
        while i > lo and self._space(i):
            i -= 1
        return i

    def _next(self, i: int, hi: int) -> int:
        while i < hi and self._space(i):
            i += 1
        return i

    def _is_participle(self, i: int) -> bool:
        low, lem = self.toks.lower[i], self.toks.lemma[i]
        if len(low) < 3 or low in _DETERMINERS or not low.isalpha() or low.endswith("ing"):
            return False  # "is searching" is a progressive, not a passive
        if low.endswith("s"):
            # a plural noun ("are not Departments", "analyses" read as "analysis"s) or a verb in the
            # present ("which, by automated means, analyses ..."): no participle ends in "s"
            return False
        return low != lem or low.endswith(("ed", "en")) or self.has(i, "same-participle")

    def _causative(self, start: int, j: int, hi: int) -> int:
        """Is the group's last auxiliary a causative "have" with a noun phrase after it ("may have voice
        biometric analysis performed", "Nor may an authority have another party carry out ...")? Then
        the verb of conduct after that noun phrase is what the subject may (not) do: its token, else -1."""
        prev = self._prev(j - 1, start)
        if prev < start or not self.has(prev, "aux-have") or self._is_participle(j) or self._verb_like(j):
            return -1
        for m in range(j + 1, min(hi, j + 14)):  # ("may have the number-plate recognition function of the
            # municipal traffic cameras switched on")
            if self.toks.lower[m] in _PUNCT or (self.has(m, "relative-pronoun")
                                                 and not self.has(self._prev(m - 1, j), "preposition")):
                return -1  # (after a preposition "that" is a determiner: "have the recording of that call compared")
            if not (self.has(m, "conduct") or self.multi(m, hi, "conduct") > 1) or self.toks.lower[m].endswith("ing"):
                continue  # ("carry out" is conduct by its two words)
            bare = self.toks.lemma[m] == self.toks.lower[m]
            after_person = self.has(self._prev(m - 1, j), "actor-head")
            if (bare and after_person) or (not bare and not after_person and self._is_participle(m)):
                return m  # a bare verb after a person ("another party carry out"), a participle after a thing
        return -1

    def _is_past(self, i: int) -> bool:
        """An irregular past-tense verb by its lemma ("came" -> "come", "took" -> "take"): it closes a
        relative clause. Regular "-ed" forms are left out: "the objectives listed in paragraph 1" is a
        participle inside the clause, not its verb."""
        low, lem = self.toks.lower[i], self.toks.lemma[i]
        return low != lem and low.isalpha() and not low.endswith(("s", "ed", "en", "ing")) and len(low) > 2 and \
            not self.has(i, "determiner") and lem not in ("a",)

    def _opens_on_relative(self, lo: int, k: int) -> bool:
        """Is the first subordinate clause of [lo, k) a relative clause on the subject ("Processing under
        Article 4 which is imposed by ..."), not an opening condition ("Where a dispatcher believes that
        ...")? Its first subordinator is a relative pronoun after the subject's words."""
        m = next((m for m in range(lo, k) if self.has(m, "subordinator")), None)
        return m is not None and m > self._next(lo, k) and self.has(m, "relative-pronoun")

    def _relative_opened(self, lo: int, k: int) -> bool:
        """Was the clause open at k opened by a relative pronoun ("information that an individual has
        posted") rather than a condition ("where the employee has chosen to enroll and ...")?"""
        m = next((m for m in range(k - 1, lo - 1, -1) if self.has(m, "subordinator")), None)
        return m is not None and self.has(m, "relative-pronoun")

    def _after_preposition(self, i: int) -> bool:
        """Is the word at i the head of a phrase a preposition opens ("by any means", "by automated
        means", "through other means"): a noun, whatever verb it could also be?"""
        k = self._prev(i - 1, 0)
        for _ in range(4):  # back over the words of the phrase ("by any reasonably available means")
            if k >= i or k < 0:
                return False
            if self.has(k, "preposition"):
                return True
            low = self.toks.lower[k]
            if not (low in _DETERMINERS or self.has(k, "adjective-like")
                    or low.endswith(("ed", "al", "ic", "ive", "able", "ible", "ful", "ous", "ly"))):
                return False
            k = self._prev(k - 1, 0) if k > 0 else -1
        return False

    def route_awaited(self, lo: int, hi: int) -> bool:
        """Is the route named from ``lo`` one the clause cannot wait for ("before a warrant can be
        obtained with due diligence", "before an order could be sought"): a passive of getting it follows
        before the phrase ends? The way through is then the urgency, not the route."""
        for k in range(lo, hi - 1):
            if self.toks.lower[k] in _BOUNDARY or self.toks.lower[k] == ".":
                return False
            if self.toks.lemma[k] == "be" and self.has(self._next(k + 1, hi), "op-seek"):
                return True
        return False

    def _tensed(self, lo: int, op: int) -> bool:
        """Is the verb at ``op`` in a perfect, progressive or prospective form ("has committed", "is
        committing", "is about to commit")? An offence is defined in the plain present ("commits an
        offence"); the other forms describe what someone did or will do."""
        aux = [k for k in range(lo, op) if self.toks.lower[k] in self.lex.words("aux-have")
               or self.toks.lemma[k] == "be"]
        return bool(aux) and (self.toks.lower[op].endswith("ing") or self._is_participle(op)
                              or self.toks.lower[self._prev(op - 1, lo)] == "to")

    def _perfect(self, i: int, hi: int) -> bool:
        """"has posted", "have collected", "had taken": a perfect, the finite verb of its clause."""
        if self.toks.lower[i] not in self.lex.words("aux-have"):  # the words, not "'s" (lemma "have")
            return False
        k = self._next(i + 1, hi)
        low = self.toks.lower[k] if k < hi else ""
        return low.isalpha() and (low.endswith(("ed", "en", "wn")) or self._is_past(k))

    def _plain_verb(self, i: int) -> bool:
        """A verb in its plain form ("identify", "infer", "capture"): the lemma table knows its "-ing"
        form. Only asked of the word right after a relative pronoun, where a noun is unusual."""
        low = self.toks.lower[i]
        if not low.isalpha() or self.has(i, "determiner") or low in _DETERMINERS:
            return False
        table = self.lex.lemma_table()
        forms = (low + "ing", low + low[-1] + "ing", low[:-1] + "ing" if low.endswith("e") else "")
        return any(f and table.get(f) == low for f in forms)

    def _is_finite(self, i: int) -> bool:
        """A verb form that can only be finite here: "applies", "prohibits", "includes"."""
        low, lem = self.toks.lower[i], self.toks.lemma[i]
        return low != lem and low.endswith("s") and not low.endswith("ss") and (
            low[:-1].startswith(lem[:3]) or (low.endswith("ies") and low[:-3] + "y" == lem))  # "flies"

    def _after_plural_law(self, i: int, multi: bool = False) -> bool:
        """Is the plain verb of scope at i the finite verb of a plural law noun ("These byelaws apply
        throughout the Borough", "these instructions apply to all officers")? Its subject is the law, so it
        agrees in the plural, with no "-s" to tell it from a noun. (Only a verb of scope: "These regulations
        prohibit ..." in an explanatory note restates a ban made elsewhere. A verb of precedence, or with
        ``multi`` an operator of several words, likewise: "security measures directed by the federal agency
        take precedence over this Regulation".)"""
        if self.toks.lower[i] != self.toks.lemma[i] \
                or not (multi or self.has(i, "op-scope") or self.has(i, "op-prevail")):
            return False
        k = self._prev(i - 1, 0)
        # past the law's own unit that places it: "The prohibitions in this section apply unless ..."
        d = self._prev(k - 1, 0) if 0 < k < i and self.has(k, "law-noun") else -1
        p = self._prev(d - 1, 0) if d > 0 and self.has(d, "law-determiner") else -1
        if p > 0 and self.has(p, "preposition"):
            k = self._prev(p - 1, 0)
        low = self.toks.lower[k]
        return 0 <= k < i and (self.has(k, "law-noun") or self.has(k, "ban-noun")) and low.endswith("s") \
            and low != self.toks.lemma[k]

    def _verb_before_group(self, k: int, lo: int, start: int) -> bool:
        """Is the finite-looking word at k, right before the verb group, a verb after its noun ("that an
        immediate danger exists may use") rather than a plural noun ("for which such systems may be used")?"""
        if self._next(k + 1, start) != start or k <= lo or not self.toks.text[k].islower() \
                or not self.classes(k).isdisjoint(_NOUN_CLASSES):
            return False  # (a plural noun of the lexicon, "agencies", "cameras", or a name, "Commissioners")
        p = self._prev(k - 1, lo)
        return p >= lo and self.toks.lower[p].isalpha() and self.toks.lower[p] not in _DETERMINERS \
            and not self.has(p, "determiner") and not self.has(p, "subordinator") and not self.has(p, "preposition")

    def _conduct_in_series(self, i: int, hi: int) -> bool:
        """Is the verb before i the first of a series ("own, lease, borrow or operate") of which a
        later verb is conduct? The series is words joined by commas, "or" and "and"."""
        k, joined = i, False
        for n in range(12):
            k = self._next(k, hi)
            if k >= hi:
                return False
            low = self.toks.lower[k]
            if n == 0 and self.has(k, "preposition"):
                k += 1  # "listen to, store or use": the particle of the first verb
                continue
            if low in (",", "or", "and", "/"):
                joined = True
                k += 1
                continue
            if not joined or not low.isalpha():
                return False
            if self.has(k, "conduct"):
                return True
            joined = False
            k += 1
        return False

    def _few_words_to(self, k: int, start: int) -> bool:
        """Are there one or two words, neither a finite verb, between token k and the group at ``start``?"""
        words = self.words(k + 1, start)
        return 0 < len(words) <= 2 and all(self.toks.lower[w].isalpha() and not self._is_finite(w) for w in words)

    def _perfect_passive(self, i: int, hi: int) -> bool:
        """ "has been blurred": a relative clause's verb ("in which every mark has been blurred")."""
        k = self._next(i + 1, hi)
        return self.has(i, "aux-have") and k < hi and self.toks.lower[k] == "been"

    def is_finite_after_subject(self, i: int, lo: int) -> bool:
        """Is the word at i an "-s" verb that agrees with a singular noun before it ("a video leaves"), not a
        plural noun ("without court orders")?"""
        return self._is_finite(i) and self._after_singular_subject(i, lo)

    def _after_singular_subject(self, i: int, lo: int) -> bool:
        """Does an "-s" form follow a singular noun after a determiner ("that a tenant opens", "that a
        federal intelligence agency carries out"): a verb that agrees with its subject, not a plural
        noun?"""
        p = self._prev(i - 1, lo)
        if p <= lo:
            return False
        noun = self.toks.lower[p]
        if not noun.isalpha() or noun.endswith("s") or self.has(p, "subordinator") or self.has(p, "preposition"):
            return False  # ("an indeterminate number of persons may have access": a noun after "of" is none)
        d = self._prev(p - 1, lo)
        for _ in range(3):  # over the noun's modifiers
            if d < lo or self.has(d, "singular-determiner") or not self.toks.lower[d].isalpha() \
                    or self.has(d, "determiner") or self.has(d, "preposition") or self.has(d, "subordinator") \
                    or self.toks.lower[d] in ("and", "or"):
                break
            d = self._prev(d - 1, lo)
        if d < lo:
            return False
        if self.has(d, "singular-determiner"):
            return True
        if self.toks.lower[d] != "the":
            return False
        # ("that the Township owns": a named body is one; so is any noun a relative pronoun's clause opens on,
        # "a device that the district issues to a student", not after a preposition, "the limits within which
        # the security authorities may process", nor before a plural noun, "that the city departments may")
        pronoun = self._prev(d - 1, lo) if d > lo else -1
        opened = pronoun >= lo and self.has(pronoun, "relative-pronoun") \
            and not (pronoun > lo and self.has(self._prev(pronoun - 1, lo), "preposition"))
        return self.toks.text[p][:1].isupper() or (opened and self.classes(i).isdisjoint(_NOUN_CLASSES))

    def _is_ref(self, i: int) -> bool:
        """Is token i part of a reference to a provision: a law noun, "herein", a label or citation?"""
        t = self.toks.text[i]
        return bool(self.has(i, "law-noun") or self.has(i, "ban-noun") or self.has(i, "law-adverb")
                    or _cites(t) or _NUMBERISH.match(t)
                    or (len(t) <= 4 and t.isalnum() and not self.has(i, "conduct") and t.lower() not in _DETERMINERS
                    and (len(t) == 1 or t.isupper() or any(ch.isdigit() for ch in t)))  # "IV", "12A", not "body"
                    or not t[:1].isalnum())

    def _done_by_actor(self, after_head: list[int]) -> bool:
        """Does a relative clause with an actor for its subject follow the head noun ("measures that
        the police are obliged to carry out"), or a participle and its agent ("measures taken by the police
        in joint operations")? Then the noun names acts, not a law a savings clause keeps."""
        if len(after_head) >= 3 and self.has(after_head[1], "agent-marker") \
                and self.toks.lemma[after_head[0]] != self.toks.lower[after_head[0]]:
            k = after_head[3] if len(after_head) > 3 and self.has(after_head[2], "determiner") else after_head[2]
            if self.has(k, "legislative-body") or self.has(after_head[0], "enact-verb"):
                return False  # "the measures adopted by the council", "regulations issued by the Department":
                # what a legislature or a rule-maker makes is law
            return self._actor_index.overlaps(self.toks.start[k], self.toks.end[k]) or self.has(k, "actor-head")
        if len(after_head) < 2 or not self.has(after_head[0], "relative-pronoun"):
            return False
        k = after_head[2] if len(after_head) > 2 and self.has(after_head[1], "determiner") else after_head[1]
        return self._actor_index.overlaps(self.toks.start[k], self.toks.end[k]) or self.has(k, "actor-head")

    def _body_of(self, i: int) -> bool:
        """Is the law noun at i a body named by what it does ("the division of probation and parole",
        "the Division of Motor Vehicles"), not a unit of a law ("the section of this chapter")? After
        "of", the next word is no law noun and no reference."""
        n = len(self.toks.lower)
        k = self._next(i + 1, n)
        if self.has(i, "law-or-body") and self.toks.text[i].istitle() and i > 0 and (k >= n or not self._is_ref(k)):
            # "the Division from conducting ...": the agency's short name; "the Immigration Division", "the
            # Criminal Investigation Division": its name
            j = self._prev(i - 1, 0)
            for _ in range(3):
                if j <= 0 or not self.toks.text[j].istitle() or self.has(j, "law-noun"):
                    break
                j = self._prev(j - 1, 0)
            if self.toks.lower[j] == "the":
                return True
        if k >= n or self.toks.lower[k] != "of":
            return False
        k = self._next(k + 1, n)
        while k < n and (self.toks.lower[k] in _DETERMINERS or self.has(k, "determiner")):
            k = self._next(k + 1, n)
        return k < n and self.toks.lower[k].isalpha() and not self._is_ref(k) and not self.has(k, "law-noun")

    def _pointer_words(self, words: list[int]) -> bool:
        """Do the words point at a provision rather than name something ("the prohibitions that apply
        where ...", "anything done in accordance with clause 7", "subsection (c)")? The first word
        that is not a determiner or filler is a law noun, or every such word is part of a reference."""
        # (read lazily: a span may be a whole sentence, and the answer is mostly known at its first word)
        content = (i for i in words if self.toks.lower[i] not in _DETERMINERS and not self.has(i, "pointer-filler")
                   and not self.has(i, "preposition") and self.toks.lower[i][:1].isalnum())
        first = next(content, None)
        if first is None:
            return False
        if self.has(first, "law-noun") or self.has(first, "ban-noun") or self.has(first, "law-adverb") \
                or _cites(self.toks.text[first]):
            if self._done_by_actor([k for k in words if k > first][:4]):
                return False  # "measures that the police are obliged to carry out": acts, no provision
            after = next(content, None)
            # ("law enforcement", "law-enforcement": a law noun that modifies the noun after it)
            joined = after is not None and (after == first + 1 or (after == first + 2 and self.toks.hyphened(first)))
            return not self.has(first, "route-noun") and not (joined and self.has(after, "law-noun-modified")) \
                and not self._body_of(first)
        # every content word is part of a reference, and one of them is a law noun
        law = False
        for i in itertools.chain((first,), content):
            if not self._is_ref(i):
                return False
            law = law or self.has(i, "law-noun") or self.has(i, "law-adverb")
        return law

    def _only_joined(self, lo: int, start: int) -> bool:
        """Are the words between two groups only a coordinator (and adverbs): "... is in use and will"?"""
        words = self.words(lo, start)
        rest = [k for k in words if self.toks.lower[k] not in ("and", "or", "but", ",")
                and not self.has(k, "group-adverb")]
        if not words or not any(self.toks.lower[k] in ("and", "or", "but") for k in words):
            return False  # a bare comma closes a relative clause: "... to commit a crime, is required"
        if self.toks.lower[words[-1]] == ",":
            return False  # so does one after an aside: "... that the agency did not request, directly or indirectly,"
        # ("that are affiliated with WUHS through a services agreement but are not owned by WUHS": a
        # coordinator right before the group, which has no subject of its own)
        if self.toks.lower[words[-1]] == "but" and len(words) >= 2:
            # (after a comma it closes the clause: "... a system which compares faces, but does not include")
            return self.toks.lower[words[-2]][:1].isalnum()
        return not rest or (len(rest) <= 4 and self.toks.lower[words[-1]] in ("and", "or")
                            and not any(self.has(k, "actor-head") for k in rest))

    def _actor_term_with_article(self, words: list[int], hi: int) -> bool:
        """Is the span a defined term of actors with an indefinite article, stated as a definition states it (no
        modal after it): "A County department does not include the Office of the Sheriff" (not "A department shall
        not include ... features", a duty; nor "An emergency does not include a protest", no actor)?"""
        toks = self.toks
        if len(words) < 2 or not self.has(words[0], "indefinite-article") \
                or " ".join(toks.lower[k] for k in words[1:]) not in self.terms \
                or not any(self.has(k, "actor-head") for k in words[1:]):
            return False
        after = self._next(hi, len(toks.text))
        return after >= len(toks.text) or not (self.has(after, "modal-duty") or self.has(after, "modal-permission"))

    def _opens_on_a_named_body(self, words: list[int]) -> bool:
        """Does the span open, past its determiners, on a name of two or more capitalised words whose last is a
        body's noun ("the Canadian Security Intelligence Service or ...", "the National Security Bureau in ...")? Its
        words of linking ("of", "for", "and") may sit inside the name."""
        toks = self.toks
        k = 0
        while k < len(words) and (toks.lower[words[k]] in _DETERMINERS or self.has(words[k], "determiner")):
            k += 1
        last, capitals = None, 0
        for i in words[k:k + 10]:
            if toks.text[i].istitle() and toks.text[i].isalpha():
                last, capitals = i, capitals + 1
            elif toks.lower[i] not in ("of", "for", "and", "the") or last is None:
                break
        return capitals >= 2 and last is not None and self.has(last, "actor-head")

    def _exercises_powers(self, after: list[int]) -> bool:
        """Do the words after a noun of carrying out ("the performance ...") name whose powers it carries out: "of"
        and a power noun ("of the tasks of"), or "by" and an actor ("by the Defence Forces of functions")?"""
        if not after or self.toks.lower[after[0]] not in ("of", "by"):
            return False
        if self.toks.lower[after[0]] == "by":
            # (the powers follow the doer: not "the performance by the Inspector of risk analysis", an act)
            of = next((n for n, k in enumerate(after[:30]) if self.toks.lower[k] == "of"
                       and self._powers_next(after[n + 1:])), None)
            return of is not None and any(self.has(k, "actor-head") for k in after[1:of])
        return self._powers_next(after[1:])

    def _powers_next(self, words: list[int]) -> bool:
        """Is the first word past determiners (possessives among them) a power noun ("its functions", "the tasks")?"""
        first = next((k for k in words if self.toks.lower[k] not in _DETERMINERS and not self.has(k, "determiner")),
                     None)
        return first is not None and self.has(first, "power-noun")

    def _power_done_by(self, words: list[int]) -> bool:
        """Does the span open on a power noun, a participle of doing, and "by" its doer within two words ("the
        activities carried out by the national security services"; not "carried out under the Intelligence
        Services Act", a law)?"""
        n = next((n for n, k in enumerate(words[:3]) if self.has(k, "power-noun")), None)
        if n is None or n + 1 >= len(words) or not self.has(words[n + 1], "performing-participle"):
            return False
        return any(self.toks.lower[k] == "by" for k in words[n + 2:n + 4])

    def _petition(self, head: int, hi: int) -> bool:
        """Is a noun of both classes a petition here, not a use: "requires a new application" (no "of"
        after it), against "may order the application of face recognition"?"""
        return self.has(head, "petition-noun") and self.toks.lower[self._next(head + 1, hi)] != "of"

    def _shares_condition(self, lo: int, start: int) -> bool:
        """Is the group joined by a coordinator right before it to a condition opened since the last comma
        or stop ("..., if the software retains no template and cannot identify any person")? It has no subject
        of its own and stands in that condition."""
        words = self.words(lo, start)
        if len(words) < 3 or not self.has(words[-1], "coordinator") or self.toks.lower[words[-1]] in ("but", "nor"):
            return False
        for n in range(len(words) - 2, -1, -1):
            k = words[n]
            if not self.toks.lower[k][:1].isalnum():
                return False  # a comma or a stop: the condition closed before the group
            if self.has(k, "condition") or self.has(k, "introducer-unless"):
                # a clause with a subject of its own ("if the software retains ..."), not a phrase ("while on
                # duty", "upon request", "when investigating a homicide")
                return n + 1 < len(words) and self.has(words[n + 1], "determiner")
        return False

    def _joined_clause(self, lo: int, start: int) -> bool:
        """Do the words between two groups open with a coordinator and name a short subject, no comma or
        stop between ("... is found or the search is suspended")? Then the second clause is joined to the
        subordinate clause before it."""
        words = self.words(lo, start)
        return 3 <= len(words) <= 6 and self.toks.lower[words[0]] in ("and", "or") \
            and self.toks.lower[words[1]] in _DETERMINERS \
            and all(self.toks.lower[k].isalpha() and not self.has(k, "subordinator")
                    and not (self._verb_like(k) and self.toks.lower[words[n]] not in _DETERMINERS)
                    for n, k in enumerate(words[1:]))  # ("the search": a noun after its determiner)

    def _leave_complement(self, lo: int, hi: int) -> set[str]:
        """"leaves the Enterprise untouched" (the law leaves it alone), "leaves the City free to send"
        (the law permits it): the complement a few words after "leave"'s object."""
        for k in self.words(lo, hi, 8):
            if self.toks.lower[k] in (";", ":", "."):
                break
            if self.has(k, "leave-alone"):
                return {"op-disclaim"}
            if self.has(k, "leave-free") and self.toks.lower[self._next(k + 1, hi)] == "to":
                return {"op-permit"}
        return set()

    def _route_got(self, core: int, start: int) -> bool:
        """Is the passive group's own subject a route: the noun phrase right after a subordinator, with no
        verb between ("... to occur before an order authorizing such use can be obtained")?"""
        if core < 0 or core >= start:
            return False
        subs = [k for k in self.words(core, start) if self.has(k, "subordinator")]
        if not subs:
            return False
        words = self.words(subs[-1] + 1, start)
        if any(self._is_finite(k) or self._is_past(k) or k in self._group_starts for k in words):
            return False  # ("evidence from a search that was made by a private person ...": its own verb)
        return bool(words) and "route" in self.tags(words[0], start, head=True)

    def _route_noun_next(self, lo: int, hi: int) -> bool:
        """Is the object's head, within three words, a route noun ("written permission", "its consent")?"""
        words = self.words(lo, hi, 3)
        for k in words:
            if self.has(k, "route-noun"):
                return not self.has(k, "actor-head")  # ("may give a public authority a notice": who gets it)
            if not self.toks.lower[k].isalpha():
                return False
        return False

    def _decree_opens(self, i: int) -> bool:
        """Does the word at i follow its article's label and a Latin American decree's point and dash ("Article 4
        (Prohibition).- Prohibit ...", "Art. 5.- Prohibit ...")? (Not an item of a list, "(1) Prohibit county
        police departments from ...": the words of its lead-in, "The purpose of this Act is to:".)"""
        k = self._prev(i - 1, 0) if i > 0 else -1
        if k < 0:
            return False
        if self.toks.text[k].endswith(".-"):
            return True
        d = self._prev(k - 1, 0) if k > 0 else -1
        return self.toks.text[k] in ("-", "—", "–") and d >= 0 and self.toks.text[d] == "." \
            and self.toks.start[k] == self.toks.end[d]

    def _by_pronoun(self, lo: int, hi: int) -> bool:
        """Is [lo, hi) just "by it" or "by them", a passive's agent that points back?"""
        words = self.words(lo, hi, 3)
        return len(words) >= 2 and self.has(words[0], "agent-marker") and self.has(words[1], "tech-anaphor") \
            and not any(self.toks.lower[k][:1].isalnum() for k in words[2:])

    def _otherwise_banned(self, lo: int, hi: int) -> bool:
        """Is the object what the law otherwise bans ("may do anything which would otherwise contravene
        paragraph (1)", "anything otherwise prohibited by this Part")? Within a short object: a word
        pointing elsewhere, then a word of breach or of unlawfulness."""
        words, at = self._otherwise_at(lo, hi)
        breach = ("violation", "op-unlawful", "op-prohibit")
        return at < len(words) and any(self.has(k, c) for k in words[at + 1:at + 4] for c in breach)

    def _otherwise_at(self, lo: int, hi: int) -> tuple[list[int], int]:
        """A short object's first words, and where among them the word pointing elsewhere stands ("otherwise";
        their number when none does)."""
        words = self.words(lo, hi, 10)
        return words, next((n for n, k in enumerate(words) if self.has(k, "points-elsewhere")), len(words))

    def _conduct_before_otherwise(self, lo: int, hi: int) -> bool:
        """Does the object name conduct before its "otherwise" ("may investigate any use of a drone otherwise
        prohibited by Section 2", "may report any conduct otherwise prohibited")? Then the verb acts on that
        conduct, an overseer's act, not leave to do it (unless it orders the conduct: "may order a flight
        otherwise barred by section 3")."""
        words, at = self._otherwise_at(lo, hi)
        return any(self.has(k, "conduct-noun") or self.toks.lower[k] == "conduct" for k in words[:at])

    def _leave_for_otherwise_banned(self, g: _Group, after: int, hi: int) -> bool:
        """Is the group leave to do what the law otherwise bans, its object "otherwise prohibited"? A verb of
        construing that construes nothing there ("may take an action otherwise prohibited by § 3"), or any
        verb of an active permission ("may impose a condition otherwise barred by Subsection (2)"), but not an
        overseer's act on conduct ("may investigate any use ... otherwise prohibited") unless it orders it."""
        if not (self.has(g.op, "op-construe") or (g.modality == "permission" and g.voice == "active" and not (
                self._conduct_before_otherwise(after, hi) and not self.has(g.op, "command-verb")))):
            return False
        return self._otherwise_banned(after, hi)

    def _acts_described_in(self, lo: int, hi: int) -> bool:
        """Is the object the acts a provision describes ("may do a thing described in subsection (1)", "either of
        the things described in subsection (1)", "any act referred to in section 10")? Within a short object: a
        word of pointing, then a law noun or a citation. (The arbiter then asks whether that provision bans.)"""
        words = self.words(lo, hi, 8)
        return any(self.has(k, "pointer-filler") and self.toks.lower[k].endswith("ed")
                   and any(self.has(m, "law-noun") or _cites(self.toks.text[m]) for m in words[n + 1:n + 4])
                   for n, k in enumerate(words))

    def _banned_thing_again(self, lo: int, at: int, obj: int, hi: int) -> bool:
        """Is the object a determiner and a noun that the sentence named before as what the law otherwise bans
        ("Where an Act requires a public body to do a thing that section 4 would otherwise prohibit, the public
        body may do that thing")? The pro-verb then stands for the banned conduct."""
        words = self.words(obj, hi, 2)
        if len(words) < 2 or not self.has(words[0], "determiner") or not self.toks.lower[words[1]].isalpha():
            return False
        noun = self.toks.lemma[words[1]]
        return any(self.toks.lemma[k] == noun and self._otherwise_banned(k + 1, at) for k in self.words(lo, at))

    def _presents_data(self, obj: int, lo: int, hi: int) -> bool:
        """Does a verb that hands over the technology's data follow at ``lo`` ("to present an iris scan",
        "to give a fingerprint"): its object the technology or its data, and no breach in the object from
        ``obj`` ("to cease the violation", "to reconsider ... without reliance on any prohibited output")?"""
        verb = self._next(lo, hi)
        return verb < hi and not self.has(verb, "aspect") and self.tags(lo, hi) & {"data", "technology"} \
            and not any(self.has(k, "violation") or self.has(k, "op-unlawful") for k in self.words(obj, hi, 20))

    def _to_conduct(self, lo: int, hi: int) -> bool:
        """Do "to" and a verb of the conduct follow ("leave to employ a system")?"""
        words = self.words(lo, hi, 2)
        return len(words) == 2 and self.toks.lower[words[0]] == "to" and self.has(words[1], "conduct")

    def _seeks_licence(self, lo: int, hi: int) -> bool:
        """Is what is sought a route that licenses conduct: a route noun, then (before the clause
        breaks) a permitting word or the conduct itself ("for a warrant authorising the police to
        operate", "for a permit to fly a drone"; not "for an order delaying notification")?"""
        words = self.words(lo, hi, 16)
        route = next((n for n, k in enumerate(words[:14]) if self.has(k, "route-noun")), None)  # (past "ex parte")
        if route is None:
            return False
        aside = False  # "for an order, in this Act referred to as a search order, authorising the use ..."
        for k in words[route + 1:]:
            if self.toks.lower[k] == "," and not aside and self.has(self._next(k + 1, hi), "preposition"):
                aside = True
                continue
            if self.toks.lower[k] in _BOUNDARY or self.toks.lower[k] == ".":
                if not (aside and self.toks.lower[k] == ","):
                    return False
                aside = False
                continue
            if self.has(k, "op-permit") or self.has(k, "conduct") or self.has(k, "conduct-noun"):
                return True
        return False

    def _from_gerund(self, lo: int, hi: int) -> bool:
        """Does "from" and a verb in -ing follow within a short object ("an employee from using")?"""
        words = self.words(lo, hi, 9)
        for n, k in enumerate(words[:8]):
            if self.toks.lower[k] in (",", ";", ":"):
                return False
            if self.toks.lower[k] == "from" and n + 1 < len(words):
                return self.toks.lower[words[n + 1]].endswith("ing")
        return False

    def _joined_within(self, lo: int, start: int) -> bool:
        """Do the words between two groups join a clause with a bare "and"/"or" and no punctuation?"""
        words = [self.toks.lower[k] for k in self.words(lo, start)]
        joins = [n for n, w in enumerate(words) if w in ("and", "or")]
        # the coordinator opens a clause with a subject of its own ("and the caller"), not a verb ("or released")
        return bool(joins) and joins[-1] + 1 < len(words) and words[joins[-1] + 1] in _NOUN_OPENERS \
            and not any(w in (",", ";", ":", "(", ")") for w in words)

    def _breaks(self, lo: int, start: int) -> bool:
        """Is there a clause break (a semicolon, a colon, "and"/"but" after a comma) in [lo, start)?"""
        for k in range(lo, start):
            low = self.toks.lower[k]
            if low in (";", ":") or (low in ("and", "but", "or") and k > lo and self.toks.lower[k - 1] == ","):
                return True
        return False

    def _possessive_next(self, k: int, hi: int) -> bool:
        """Is the word after token k a possessor ("that office's staff")?"""
        m = self._next(k + 1, hi)
        return m + 1 < hi and self.toks.lower[m + 1] in ("'s", "’s", "'", "’") and self.toks.lower[m].isalpha()

    def _and_that(self, lo: int, start: int) -> bool:
        """Do the words between two groups open a second "that" clause ("... and that the information
        sought ..."): a coordinator, "that", then a determiner or pronoun, with no stop between?"""
        words = self.words(lo, start)
        low = self.toks.lower
        # (not a second relative clause with its own verb: "Location data that a provider has aggregated,
        # and that a government entity uses solely for planning, are outside ...")
        return not any(low[k] in (".", ";", ":") for k in words) and any(
            low[words[n]] in ("and", "or") and low[words[n + 1]] == "that"
            and low[words[n + 2]] in _NOUN_OPENERS
            and not any(self._is_finite(k) for k in words[n + 2:])
            for n in range(len(words) - 2))

    def _for_no_other(self, end: int, hi: int) -> bool:
        """Do the words after the group deny any further use: "(for) no other purpose", "in no other way"?"""
        words = self.words(end, hi, 7)
        if words and self.has(words[0], "preposition"):
            words = words[1:]
        # (not "for no other purpose than the identification of a deceased person": only for that one)
        return len(words) >= 2 and self.toks.lower[words[0]] == "no" and self.toks.lower[words[1]] == "other" \
            and not any(self.toks.lower[k] in ("than", "but") or self.has(k, "introducer-except") for k in words[2:5])

    def _opens_clause(self, k: int, lo: int) -> bool:
        """Is the "that" at ``k`` a determiner opening the clause's subject: the clause's first word, or the
        first after a coordinator ("..., but that expression does not include"), before a noun; or the first
        word of an item ("(b) that the Principal may authorise ...")?"""
        p = self._prev(k - 1, lo)
        if p < lo and (q := self._prev(k - 1, 0)) >= 0 and self.toks.text[q] in (")", ":", ";"):
            return True  # "The Board hereby orders: ... (b) that the Principal may authorise ...": an item's norm
        # (not "... are recorded and that the Office does not ...", "and that I may not", "is satisfied that
        # the use is necessary": before a determiner or a pronoun "that" is a conjunction)
        return (p < lo or (self.toks.lower[p] in ("and", "or", "but") and self._prev(p - 1, lo) < lo)) \
            and self.toks.lower[self._next(k + 1, len(self.toks))] not in _NOUN_OPENERS

    def _ends_a_condition_word(self, k: int, lo: int) -> bool:
        """Does the word at ``k`` end a subordinator ("if", "where") or a condition of several words ("to the
        extent that"), so that a comma after it only sets off what comes before the condition's own clause?"""
        if self.has(k, "subordinator") and not self.has(k, "relative-pronoun"):
            return True
        return any(self.multi(j, k + 1, "condition") == k + 1 - j for j in range(max(lo, k - 4), k))

    def _past_comma(self, k: int, start: int) -> int:
        """The word at ``k``, or the one after it when ``k`` is a comma that closes a phrase before ``start``."""
        return self._next(k + 1, start + 1) if k < start and self.toks.lower[k] == "," else k

    def _subordinate(self, lo: int, start: int, modal: bool = False) -> bool:
        """Does the group at ``start`` stand in a subordinate clause: a subordinator before it ("until
        the commissioner authorizes", "software that may be used") with no verb of its own in between
        ("A police officer who uses facial recognition ... commits an offence" is a main clause)?"""
        opened, relative, who, after_prep = False, -1, False, False
        own_verb = -1  # the relative clause's own finite verb, once it closed on it
        # a relative clause opened inside a condition still open ("Where a statute, or the terms of a grant that
        # funds the network, requires ..."): when it closes on its verb, the condition is still open
        outer = False
        for k in range(lo, start):
            if self._space(k):
                continue
            if opened and k == relative and self.toks.lower[k].endswith("ly") and not self.has(k, "restrictive") \
                    and self._next(k + 1, start) < start:
                relative = self._next(k + 1, start)  # "who voluntarily enroll": the adverb, then the verb
                continue
            if opened and k == relative \
                    and (self._plain_verb(k) or self._is_finite(k) or self._past_then_phrase(lo, k, start)) \
                    and not self.has(k, "law-noun") \
                    and ((self._next(k + 1, start) == start and who)
                         or (self._next(k + 1, start) < start
                             and self.toks.lower[self._next(k + 1, start)] not in ("or", "and"))):
                # (not "information that shows or can be used to infer": the group is the clause's too)
                # "systems that identify natural persons ... shall be prohibited", "A party that comes
                # into possession of ... does not breach": the relative clause's own verb
                opened, own_verb, outer = outer, k if self._is_finite(k) else -1, False
                continue
            if self.toks.lower[k] == "that" and k > lo and self.has(self._prev(k - 1, lo), "preposition"):
                continue  # "named in that ordinance": a determiner, not a clause
            if self.toks.lower[k] == "that" and k > lo and (p := self._prev(k - 1, lo)) >= lo \
                    and (self.has(p, "conduct") or self.has(p, "op-seek")) and self._is_participle(p) \
                    and not self._multi_lengths.get(p) and not self.has(p, "content-verb") \
                    and not self._may_open_group[self._next(k + 1, start)]:
                # (not "Provided that", a word of several that opens a proviso; not "data collected that are
                # not related", a relative pronoun before its verb)
                continue  # "without having requested or sought that information": the object's determiner
            if self.toks.lower[k] == "that" and k > lo and self._infinitive_before(self._prev(k - 1, lo), lo) \
                    and self._bare_noun_at(self._next(k + 1, start), start) \
                    and ((after := self._past_comma(self._next(self._next(k + 1, start) + 1, start + 1), start))
                         == start or self.has(after, "preposition")):
                continue  # "used to manage that vehicle is not ...", "used solely to unlock that device, is not",
                # "used only to open that device for that employee, is not": the object's determiner (not "to
                # confirm that a person entering is authorized", "to ensure that employees are": a clause)
            if self.toks.lower[k] == "that" and self._possessive_next(k, start):
                continue  # "The Officer and that office's staff may search": a determiner of a possessor
            if self.toks.lower[k] == "that" and k > lo and self.toks.lower[self._prev(k - 1, lo)] == "," \
                    and opened:
                # "Where a plate happens to be legible ..., that incidental capture is no violation": after
                # the condition's comma "that" opens the main clause's subject
                opened = False
                continue
            if self.toks.lower[k] == "that" and self._opens_clause(k, lo) and self._few_words_to(k, start):
                # "Where ... is investigating ..., that officer may apply", "..., that incidental capture is
                # no violation", "..., but that expression does not include": "that" opens the subject
                continue
            if self._multi_lengths.get(k, {}).get("subordinator", 0) > 1:
                opened = True  # "so far as the legislative power of the Parliament permits"
                continue
            if self.has(k, "subordinator") and not self.has(k, "relative-pronoun") and self._reduced(k, start):
                continue  # "while actively investigating a criminal offense the Department may": no verb of its own
            if self.has(k, "preposition-like") and self._possessed_noun_phrase(k, start):
                continue  # "software that obscures faces before their release to the public is not ...": a phrase
            if self.has(k, "subordinator") and not self.has(self._next(k + 1, start), "preposition"):
                # ("while in federal service", "when under contract": no clause of its own)
                # "systems that identify", not "the laws of that State"
                # (only inside a clause a subordinator opened, "Where ...": not inside a relative clause left open,
                # "who has reason to believe that ...")
                outer = opened and self.has(k, "relative-pronoun") and not outer and relative < 0
                who = self.toks.lower[k] in ("who", "whom")  # ("that people cannot": a subject, then the group)
                after_prep = self.has(k, "relative-pronoun") and k > lo \
                    and self.has(self._prev(k - 1, lo), "preposition")
                relative = self._next(k + 1, start) if self.has(k, "relative-pronoun") and not after_prep else -1
                if modal and self.has(k, "preposition-like"):
                    continue  # "A contract entered into before the effective date ... may continue": a phrase
                # "It is the policy ... that", "provided, however, that", "except that": the "that" opens
                # the norm itself
                # ("an order that are not needed": a "that" right before the group is its subject, a
                # relative pronoun, whatever noun it follows)
                opened = self._next(k + 1, start) >= start or not (self.toks.lower[k] == "that" and any(
                    self.has(m, "norm-noun") or self.has(m, "opens-norm") for m in range(max(0, k - 6), k)))
            elif opened and not self._tech_index.covers(self.toks.start[k]) and (
                    k in self._group_starts or (self._is_past(k) and not self._adjective_participle(k, lo))
                    or self._perfect_passive(k, start)
                    # ("when they log on", "the operators that they designate shall not": not after a preposition, "to
                    # which they relate remains open", nor a verb whose clause goes on, "that they believe violates")
                    or (not after_prep and self._plain_verb(k) and self.has(self._prev(k - 1, lo), "subject-pronoun")
                        and not self.has(k, "complement-verb"))
                    # ("a place to which the public has access may not ...": after "to which" comes the
                    # clause's subject, then its verb)
                    or (after_prep and (self.toks.lower[k] in _HAVE or self.toks.lower[k] in _BE_FINITE))
                             or (self._perfect(k, start) and self._relative_opened(lo, k))
                             # ("data that the agency neither requested nor solicited is no violation", "information
                             # that the City neither produced nor asked for": "neither" makes any past form finite)
                             or ((self.has(k, "conduct") or self.toks.lower[self._prev(k - 1, lo)] == "neither")
                                 and self.has(self._prev(k - 1, lo), "negator") and self.toks.lower[k].endswith("ed"))
                             or self._object_relative_verb(relative, k, lo)
                             or (self._is_finite(k) and (
                    self.has(k, "conduct") or self._verb_before_group(k, lo, start)
                    or (k + 1 < start and self.toks.lower[self._next(k + 1, start)] in _DETERMINERS)
                    or self._after_singular_subject(k, lo)))):
                # the subordinate clause has its verb ("who uses"): it closed before the group (a relative clause
                # inside a condition leaves the condition open)
                opened, outer = outer and relative >= 0, False
                own_verb = k if self._is_finite(k) else -1
        if not opened and own_verb >= 0 and not modal and self._is_finite(start) \
                and self.toks.lower[self._prev(start - 1, own_verb)] in ("and", "or") \
                and not any(self.toks.lower[k] in (".", ";", ":") or k in self._group_starts
                            for k in range(own_verb + 1, start)):
            # "a warrant that identifies the device and authorizes operation for thirty days": a verb
            # coordinated with the relative clause's own is the relative clause's too
            return True
        return opened

    def _object_relative_verb(self, relative: int, k: int, lo: int) -> bool:
        """Is the past form at k the verb of a relative clause whose pronoun is its object ("information that
        neither the official nor the City requested does not violate", "a voiceprint that the caller enrolled to
        secure an account is permitted")? Its subject is the one noun phrase between the pronoun and the verb: no
        preposition, subordinator or verb group there. After "no" the verb ends the clause ("a result that no
        member requested does not breach"): "that no system described in paragraph 1 is in use" is a clause whose
        subject a participle modifies."""
        first = self.toks.lower[relative] if relative >= 0 else ""
        if not (first in _DETERMINERS or first == "neither") or not self.toks.lower[k].endswith("ed"):
            return False
        pronoun = self._prev(relative - 1, lo)
        before = self._prev(pronoun - 1, lo) if pronoun > lo else -1
        if before >= lo and (self._is_finite(before) or (self.toks.lower[before].endswith("ed")
                                                         and self.toks.lemma[before] != self.toks.lower[before])):
            return False  # "certifies that the data requested may be used": a verb's "that" clause, no relative
        if first == "neither":  # ("that neither the City nor anyone acting for it requested": the subject is
            # what "neither ... nor" joins, phrases and all)
            return relative < k <= relative + 12 and all(
                self.toks.lower[m] != "," and m not in self._group_starts for m in range(relative, k))
        if not relative < k <= relative + 6:
            return False
        after = self._next(k + 1, len(self.toks.lower))
        if first == "no" and not (after in self._group_starts
                                  or (after < len(self.toks.lower) and self.toks.lower[after] in ("or", "and", "nor"))):
            return False
        return all(self.toks.lower[m].isalpha() and not self.classes(m) & {"preposition", "subordinator"}
                   and m not in self._group_starts for m in range(relative, k) if not self._space(m)) \
            and not self.classes(self._prev(k - 1, lo)) & {"preposition", "determiner", "negator"}

    def _adjective_participle(self, k: int, lo: int) -> bool:
        """Is the past form at k a participle after a determiner, an adjective of the noun after it ("the written
        terms of a grant"), no verb that closes a clause?"""
        return self.toks.lower[k].endswith(("ed", "en")) and self.has(self._prev(k - 1, lo), "determiner")

    def _past_then_phrase(self, lo: int, k: int, start: int) -> bool:
        """Is the word at k, the first after a relative pronoun, a past form a preposition follows ("A detective
        investigating a homicide that occurred on Authority Property may submit ...")? Then it is the relative
        clause's own verb, and the clause closes on it. Only where no subordinator stands before that pronoun:
        inside a clause opened earlier ("that all deliberations of committees that resulted in ... were ...")
        the verb group after it is still that clause's."""
        pronoun = self._prev(k - 1, lo)
        return self._is_participle(k) and self.has(self._next(k + 1, start), "preposition") \
            and not any(self.has(m, "subordinator") for m in range(lo, pronoun))

    def _ability_only(self, g: _Group, subject: set[str] | frozenset[str], obj: frozenset[str], subordinate: bool,
                      hi: int) -> bool:
        """Does an ability modal say what can happen, neither leave nor its denial? Negated, where it denies no
        leave ("Agencies could not use a drone ..." in a summary); positive, where the technology itself is able
        ("Aerial cameras can observe back yards": a finding), not where a route or an actor makes it leave
        ("can be used only pursuant to a warrant", "can be deployed by the fire department")."""
        if not self.has(g.start, "modal-ability"):
            return False
        if g.negated:
            return not self._denies_leave(g, subject, subordinate, hi)
        return "technology" in subject and not subject & {"actor", "conduct", "data"} and not g.restrictive \
            and not (g.voice == "passive" and "actor" in obj)

    def _has_object(self, after: int, hi: int) -> bool:
        """Does a noun phrase follow the verb, past an "only" ("yields evidence", not "yields only to an Act",
        "shall yield where ...")?"""
        if after < hi and self.has(after, "restrictive"):
            after = self._next(after + 1, hi)
        return after < hi and self.toks.lower[after].isalpha() and not self.has(after, "preposition") \
            and not self.has(after, "subordinator") and not self.has(after, "condition")

    def _series_comma(self, k: int, start: int) -> bool:
        """Is the comma at k one of a series of verbs that ends in the group ("requests, directs or
        permits"): one word, then a coordinator, then the group?"""
        words = self.words(k + 1, start)
        return self.toks.lower[k] == "," and len(words) == 2 and self.toks.lower[words[1]] in ("or", "and") \
            and self.toks.lower[words[0]].isalpha() and self._is_finite(words[0])

    def _possessed_noun_phrase(self, k: int, start: int) -> bool:
        """Does a possessive and its noun follow the word at k, then a preposition ("before their release
        to the public", "after its expiry under section 4"), with no verb group before it in the sentence?
        Then "before" governs a noun phrase and the group after it is the sentence's own verb ("Software
        that obscures faces before their release to the public is not ..."); after a main verb the same
        words open a clause ("may use it until its use in the county is prohibited")."""
        m = self._next(k + 1, start)
        if m >= start or not self.has(m, "possessive-pronoun"):
            return False
        if any(self._read_lo <= g < k for g in self._group_starts):
            return False  # ("may use it ... until its use in the county is prohibited": the clause's own verb)
        for n in range(3):
            m = self._next(m + 1, start)
            if m >= start and n and (p := self._prev(k - 1, self._read_lo)) >= self._read_lo \
                    and self.toks.lower[p].isalpha():
                # "The use of software to blur faces in recordings before their disclosure is permitted": the
                # phrase ends the subject, and the group is the sentence's (not a sentence that opens on it:
                # "Before their release is approved, ...")
                return True
            # (the word right after the possessive is its noun, whatever else it can be: "their release")
            if m >= start or not self.toks.lower[m].isalpha() or (n and self._verb_like(m)):
                return False
            if n and self.has(m, "preposition"):
                return True
        return False

    def _infinitive_before(self, p: int, lo: int) -> bool:
        """Is the word at p a plain verb after "to" ("to manage", "to unlock"), not a noun ("to data",
        "to a person") nor a verb that takes a clause ("to confirm that ...")?"""
        if p < lo or not self.toks.lower[p].isalpha() or self.toks.lemma[p] != self.toks.lower[p] \
                or not self.classes(p).isdisjoint(_NOUN_CLASSES) or not self.classes(p).isdisjoint(_CLAUSE_VERBS):
            return False
        q = self._prev(p - 1, lo)
        return q >= lo and self.toks.lower[q] == "to"

    def _bare_noun_at(self, k: int, hi: int) -> bool:
        """Is the word at k a noun in its plain form with no determiner of its own ("that vehicle"), not a
        determiner, a pronoun or a plural that opens a clause ("that a person", "that employees are")?"""
        return k < hi and self.toks.lower[k].isalpha() and self.toks.lemma[k] == self.toks.lower[k] \
            and self.toks.lower[k] not in _DETERMINERS and not self.has(k, "determiner") \
            and not self.has(k, "pronoun-subject") and not self.has(k, "negative-subject")

    def _reduced(self, k: int, start: int) -> bool:
        """Does the subordinator at k open a reduced clause, a participle with no subject ("while
        actively investigating", "when acting under a warrant", "when ordered into federal service")? It
        has no verb group of its own."""
        j = self._past_adverbs(k + 1, start)
        if not (j < start and self.toks.lower[j].isalpha() and self.toks.lemma[j] != self.toks.lower[j]):
            return False
        if self.toks.lower[j].endswith("ing"):
            return True
        # a past participle stands alone before a phrase ("when ordered into federal service", "if approved
        # by the Board", "when used only to open the phone"), not before its noun ("where enrolled staff may be
        # admitted": an adjective)
        k = self._next(j + 1, start)
        if k < start and self.has(k, "restrictive"):
            k = self._next(k + 1, start)
        return self.toks.lower[j].endswith("ed") and k < start and (
            self.has(k, "preposition") or self.has(k, "coordinator") or not self.toks.lower[k][:1].isalnum())

    def _negative_subject(self, lo: int, start: int, derogation: bool) -> bool:
        """Is the subject negated: "No department", "Nothing in this Act", "No agency, and no officer or
        employee of an agency, may", "Neither the City nor ..."? A negative word opens a noun phrase
        of the subject (at its start, or after a comma, a coordinator or a heading's dash)."""
        prev_open = True
        for k in range(lo, start):
            if self._space(k):
                continue
            low = self.toks.lower[k]
            if self.has(k, "negative-subject") and prev_open:
                nxt = self._next(k + 1, start)
                if nxt < start and self.has(nxt, "comparative"):
                    prev_open = False
                    continue  # "No later than March 1, the chief shall submit": a time, not a negation
                if not (derogation and k == self._next(lo, start)) and not self._own_verb(k + 1, start):
                    return True
            text = self.toks.text[k]
            # (an opening quote too: 'Section 2 provides: "No City department shall ...')
            prev_open = low in _BOUNDARY or low in ("and", "or", "nor", ".") or text.isupper() or text in _QUOTES \
                or (text.isdigit() and len(text) <= 4) or text.endswith("-") \
                or _ENUMERATOR.match(text) is not None or self.has(k, "subordinator") or self.has(k, "norm-noun")
        return False

    def _of_someone(self, head: int, hi: int) -> bool:
        """Is the fact after ``head`` someone's or their device's ("the location of a person", "the location
        of a mobile terminal device"; not "the location of each camera pole"): the head of the phrase after
        "of" an actor or a technology word?"""
        k = self._next(head + 1, hi)
        if k >= hi or self.toks.lower[k] != "of":
            return False
        phrase = []  # the words after "of", on through further "of"s ("of the telephone of a missing person")
        for j in self.words(k + 1, hi, 12):
            low = self.toks.lower[j]
            if low in _PUNCT or low.endswith("ly") or (low != "of" and self.has(j, "preposition")):
                break
            phrase.append(j)
        return any(self.has(j, "actor-head") for j in phrase) or (bool(phrase) and self.has(phrase[-1], "tech-head"))

    def _liable_next(self, k: int, hi: int) -> bool:
        """Does a word of being answerable follow, past adverbs ("held criminally liable")?"""
        k = self._past_adverbs(k, hi)
        return k < hi and self.has(k, "op-liable")

    def _own_verb(self, lo: int, hi: int) -> bool:
        """Does a finite verb of the lexicon stand in [lo, hi) ("so immediate that no time remains to seek a
        court's authorization, the Sheriff may request ..."): the negated noun is the subject of that verb,
        in a clause of its own, not of the group after it? (Not a name: "the City of Dunmore Falls"; nor a
        verb of a relative clause on that noun: "No officer who remains on duty shall ...")"""
        for j in range(lo, hi):
            if self.has(j, "relative-pronoun") or self.has(j, "subordinator"):
                return False
            if self.toks.text[j][:1].islower() and self._is_finite(j) \
                    and (self.has(j, "copula") or self.has(j, "existential") or self.has(j, "finite-verb")):
                return True
        return False

    def _to_predicate(self, g: _Group, copula: int, hi: int) -> _Group | None:
        """The group with its operator moved to the predicate after the copula at token ``copula``
        ("remains outside", "shall stand beyond the scope of"), or None if no predicate follows."""
        k = self._next(copula + 1, hi)
        n = max(self.multi(k, hi, c) for c in _COPULA_PREDICATES) if k < hi else 0
        if not n:
            return None
        g.op, g.end, g.predicate = k, k + n, True
        return g

    def _modifies_thing(self, j: int, hi: int) -> bool:
        """Is the participle at j an adjective before the noun of a thing the law regulates ("is not captured
        plate data", "is not recorded footage"): the next words, plain words of no class, end on a data or
        technology word? Then "be" links a predicate noun phrase, not a passive."""
        words = self.words(j + 1, hi, 3)
        for k in words:
            if self.toks.lower[k].isalpha() and (self.has(k, "data-noun") or self.has(k, "tech-head")):
                return True
            if not self.toks.lower[k].isalpha() or self.classes(k):
                return False  # (a word of any class between: "be used as evidence", "be analyzed using ...")
        return False

    def _past_adverbs(self, k: int, hi: int) -> int:
        """The first word at or after token k that is not an adverb in "-ly" ("criminally liable")."""
        k = self._next(k, hi)
        while k < hi and self.toks.lower[k].endswith("ly") and self.toks.lower[k].isalpha():
            k = self._next(k + 1, hi)
        return k

    def _copula_predicate(self, i: int, hi: int) -> bool:
        """"remains lawful", "fall outside paragraph 1", "stands outside this Part": a verb that stands
        for "be" before a predicate of the lexicon."""
        k = self._next(i + 1, hi)
        return k < hi and any(self.has(k, c) or self.multi(k, hi, c) > 1 for c in _COPULA_PREDICATES) \
            and (self._is_finite(i) or self._after_subject(i))  # ("remains in compliance with (a)")

    def _no_next(self, k: int, hi: int) -> bool:
        """Does a negative determiner come next, a word of its own ("covers no activity"; not "no-cost")?"""
        k = self._next(k, hi)
        return k < hi and self.has(k, "negative-determiner") and not (
            k + 1 < hi and self.toks.text[k + 1] == "-" and self.toks.start[k + 1] == self.toks.end[k])

    def _copula_passive(self, i: int, hi: int) -> int:
        """The participle of a verb of scope or permission after a copula ("remain governed", "stay
        bound", "remains authorised"), or 0."""
        k = self._next(i + 1, hi)
        return k if k < hi and (self.has(k, "op-apply") or self.has(k, "op-permit")) and self._is_participle(k) \
            and (self._is_finite(i) or self._after_subject(i)) else 0

    def _past_aside(self, words: list[int]) -> list[int]:
        """The words after an aside that opens them ("may grant, case by case, a written request", "may
        grant, in writing and after review by the Chief Privacy Officer, an authorization"): a short one,
        or a longer one that opens on a preposition (not "shall not use, obtain, retain or access ...")."""
        if words and self.toks.lower[words[0]] == ",":
            reach = LONG_ASIDE_WORDS + 2 if len(words) > 1 and self.has(words[1], "preposition") else ASIDE_WORDS + 2
            close = next((n for n in range(1, min(len(words), reach)) if self.toks.lower[words[n]] == ","), None)
            if close is not None:
                return words[close + 1:]
        return words

    def _grants_petition(self, lo: int, hi: int) -> bool:
        """Is what a granting verb grants a petition ("a written request from an outside agency", "the
        application"), past a short aside ("grant, case by case, a request")?"""
        head = self._head_noun(self._past_aside(self.words(lo, hi, 16)))
        return head is not None and self.has(head, "petition-noun")

    def head_of(self, lo: int, hi: int) -> int | None:
        """The head noun of the first noun phrase of tokens [lo, hi), past a preposition that opens them
        ("to any state or federal statute that requires ..." -> statute)."""
        words = self.words(lo, hi, HEAD_WINDOW)
        if words and self.has(words[0], "preposition"):
            words = words[1:]
        return self._head_noun(words)

    def _head_noun(self, words: list[int]) -> int | None:
        """The head of the span's first noun phrase: its last word before "of", a comma, a preposition
        or a verb-like word ("any individual's rights under state law" -> rights)."""
        head = None
        t = self.toks.text
        for i in words:
            low = self.toks.lower[i]
            if head is None and (not low[:1].isalnum() or (i > 0 and t[i - 1] == "(" and i + 1 < len(t)
                                                            and t[i + 1] == ")")):
                continue  # an enumerator before the phrase: "(b) No violation of ..."
            if head is not None and (self.has(i, "subordinator") or low in ("who", "which")):
                break  # "any right that a person has": the relative clause is not the head
            if head is not None and low in ("or", "and") and self.has(head, "conduct-noun"):
                break  # "the retention or provision of images": the first of joined acts heads them
            if low in _DETERMINERS or self.has(i, "determiner") or low in ("'s", "’s"):
                if head is not None and low not in ("'s", "’s"):
                    break  # "any right a patron has": a second noun phrase begins
                continue
            if head is not None and low == "-" and self.toks.hyphened(i - 1):
                continue  # "a law-enforcement agency": the hyphen joins a compound, whose last word heads it
            if not low[:1].isalnum() or self.has(i, "preposition") or low in ("of", "from"):
                break
            if head is not None and low.endswith("ed") and self.toks.lemma[i] != low and self.has(head, "conduct-noun"):
                break  # "the use referred to in paragraph 1": a participle after the use it follows
            if head is not None and self.has(i, "conferring-participle") and self.has(head, "power-noun"):
                break  # "the competences conferred by law on the armed forces"
            if head is not None and low.endswith("ing") and self.toks.lemma[i] != low \
                    and self.toks.lower[self._next(i + 1, len(self.toks.text) - 1)] in _DETERMINERS:
                break  # "a written request describing a single flight": a participle and its object
            head = i
        return head

    def head_has(self, start: int, end: int, cls: str) -> bool:
        """Is the head noun of the chars [start, end) a word of ``cls`` ("City Council approval by
        ordinance" -> approval)?"""
        lo, hi = self.toks.range_of(start, end)
        head = self._head_noun(self.words(lo, hi))
        return head is not None and self.has(head, cls)

    def _label_at(self, i: int, hi: int) -> bool:
        """A parenthesized label split into tokens: "(", "b", ")" (or "):" before a lead-in's colon)."""
        t = self.toks.text
        return i + 2 < hi and t[i] == "(" and t[i + 2][:1] == ")" and len(t[i + 1]) <= 4 and t[i + 1].isalnum()

    def _after_subject(self, i: int) -> bool:
        """Can the word before token i end a subject ("This chapter applies", "Nothing herein bars"),
        rather than make token i a noun ("the limits", "of crimes", "violent crimes")?"""
        k = i - 1
        while k >= 0 and self._space(k):
            k -= 1
        if k < 0:
            return True
        prev = self.toks.lower[k]
        if self.toks.text[k] in ("A", "I") and self._law_noun_before(k):
            return True  # "The prohibition in subsection A yields to ...": a label, not the article
        if self.has(k, "data-noun") and self.toks.lower[i] != self.toks.lemma[i] \
                and (self.has(i, "violation") or self.has(i, "conduct-noun") or self.has(i, "data-noun")):
            return False  # "any ALPR data breaches", "data requests", "data matches": a plural noun after "data"
        return not (prev in _DETERMINERS or self.has(k, "preposition") or self.has(k, "determiner"))

    def _authorizing_law(self, words: list[int]) -> bool:
        """Do the words name another law by what it lets happen ("other laws which expressly authorise
        the determination of the location ...", "any statute permitting such use")? A law noun, perhaps a
        relative pronoun and an adverb, then a verb that permits: a savings clause that keeps such a law
        keeps a way through the ban."""
        for n, w in enumerate(words[:AUTHORIZING_REACH]):
            if not self.has(w, "law-noun"):
                continue
            k = n + 1
            if k < len(words) and self.has(words[k], "relative-pronoun"):
                k += 1
            if k < len(words) and self.has(words[k], "group-adverb"):
                k += 1
            if k < len(words) and self.has(words[k], "op-permit") and self.toks.lower[words[k]][:1].isalpha() \
                    and not self.toks.lower[words[k]].endswith("ed"):
                return True  # (not "any Surveillance Use Policy approved under ...": what was approved)
        return False

    def _plural_before_its_end(self, i: int, hi: int) -> bool:
        """Is the "-s" word at i a plural noun for what follows it? A verb that lets or bars something
        takes an object, so "permits" right before a coordinator or a stop ("the number of urgent
        permits and the number of those cancelled") ends a noun phrase."""
        if not (self.has(i, "op-permit") or self.has(i, "op-prohibit")):
            return False
        k = self._next(i + 1, hi)
        return k >= hi or self.toks.text[k] in (".", ";", ")") or self.has(k, "coordinator")

    def _law_noun_before(self, k: int) -> bool:
        """Is the word before token k a law noun ("subsection A", "Part I")?"""
        j = self._prev(k - 1, 0)
        return 0 <= j < k and self.has(j, "law-noun")

    # ------------------------------------------------------------ verb groups
    def _items_go_on(self, k: int) -> bool:
        """Do the tokens from k open an item whose words go on in lower case ("(a) obtain ...", "1. use
        ...")?"""
        text, n = self.toks.text, len(self.toks)
        while k < n and self._space(k):
            k += 1
        if k + 2 < n and text[k] == "(" and text[k + 2] == ")" and len(text[k + 1]) <= 4 and text[k + 1].isalnum():
            k += 3
        elif k + 1 < n and len(text[k]) <= 3 and text[k].isalnum() and text[k + 1] in (".", ")"):
            k += 2
        elif k < n and len(text[k]) <= 4 and text[k][:-1].isalnum() and text[k][-1:] in (".", ")"):
            k += 1  # ("1." as one token)
        else:
            return False
        while k < n and self._space(k):
            k += 1
        return k < n and text[k][:1].isalpha() and text[k][:1].islower()

    def _compound_hyphen(self, k: int) -> bool:
        """Is the token at k a hyphen inside a compound ("the Inspector-General"), no dash of a lead-in?"""
        t = self.toks
        return k > 0 and t.hyphened(k - 1) and t.text[k - 1][-1:].isalnum() and t.text[k + 1][:1].isalnum()

    def _set_off_lead_in(self, j: int, hi: int) -> int:
        """The colon or dash that ends a lead-in after a phrase set off by commas ("shall, at the
        Airport:", "may not, within the Park,—"), -1 if token j opens no such phrase: no verb
        stands in the phrase, so the verbs are in the items."""
        if self.toks.text[j] != ",":
            return -1
        for k in range(j + 1, min(hi, j + 24)):
            if self.toks.text[k] in LEAD_IN_MARKS and not self._compound_hyphen(k):
                return k if k > j + 1 else -1
            if self.toks.text[k] in (";", ".") or (self._verb_like(k) and not self.toks.lower[k].endswith("ing")
                                                    and not self.has(self._prev(k - 1, j), "determiner")):
                return -1  # (a participle describes a phrase, a noun follows a determiner: "directly or
                # through a third party acting on its behalf under a contract:")
        return -1

    def _skip(self, j: int, hi: int, g: _Group) -> tuple[int, bool]:
        """Skip negators, auxiliaries and adverbs inside a verb group; returns (index, saw 'be')."""
        be = False
        parenthesis = False  # a parenthesis was skipped: another may follow ("may, on an application
        # made by an officer, by order in writing, permit ...")
        while j < hi:
            if self._space(j):
                j += 1
                continue
            n = self.multi(j, hi, "negator")
            if n:
                g.negated = True  # (before a phrase: "may in no case be submitted")
                j += n
                continue
            if (parenthesis or g.modality != "none" or (g.negated and self.toks.lower[g.start] in _AUXILIARIES)) \
                    and self.has(j, "preposition") \
                    and self.multi(j, hi, "op-disclaim") <= 1:  # (not "shall be without prejudice to")
                # a short phrase with no comma of its own before the verb: "may, on an application
                # made by an officer ..., by order in writing authorise ...", "may by Ordinance permit",
                # "does not by reason only of that possession contravene section 1(1)(b)"
                k = next((m for m in range(j + 1, min(hi, j + 8)) if self._verb_like(m)), None)
                if k is not None and all(self.toks.lower[m] not in (",", ";", ".", ":") for m in range(j, k)) \
                        and (g.modality != "none" or not any(self.has(m, "light-verb") for m in range(j, k))):
                    # (after "does not" a light verb is the group's own: "does not of itself make its use
                    # lawful")
                    j = k
                    continue
                k = self._parenthesis_end(j, hi, g.modality != "none") if parenthesis else None
                if k is not None:
                    j = k + 1
                    continue
            low = self.toks.lower[j]
            if low.isdigit() and len(low) <= 3:
                j += 1  # a printed line number inside the group: "shall 17 not operate"
                continue
            if low == "(" and g.modality != "none" and self._items_go_on(j):
                j += 3  # "No police force may (1) acquire ...; or (2) enter into ...": the first item's
                continue  # enumerator, run into the sentence
            if self.toks.lemma[j] == "be" or low in ("be", "been", "being"):
                be = True
                j += 1
                continue
            if low in ("have", "has", "had") and self.multi(j, hi, "conduct") < 2:
                j += 1  # an auxiliary, unless it opens a conduct ("have in its possession")
                continue
            n = self.multi(j, hi, "restrictive")
            if n and self.toks.lower[j] != "except":
                g.restrictive = True
                j += n
                continue
            if g.modality != "none" and self.has(j, "floating-quantifier") \
                    and (k := self._next(j + 1, hi)) < hi and (self.has(k, "conduct") or self._verb_like(k)):
                j += 1  # a floating quantifier: "may each use", "shall both keep"
                continue
            n = self.multi(j, hi, "group-adverb")
            if n or (low.endswith("ly") and low.isalpha() and len(low) > 4 and not self.has(j, "conduct")
                     and not self.has(j, "not-adverb")):
                j += max(n, 1)
                continue
            if low == "," and (g.modality != "none" or self.toks.lower[g.start] in _AUXILIARIES):
                # "may, at the written request of the State Police, apply ...": a parenthesis in the group
                # (and after "does not": "does not, by reason only of holding it, contravene section 4").
                k = self._parenthesis_end(j + 1, hi, g.modality != "none")
                if k is not None:
                    j, parenthesis = k + 1, True
                    continue
            break
        return j, be

    def _opens_on_other(self, words: list[int]) -> bool:
        """Does the span open, past a quantifier, on a word that sets uses beside those the law has named, before
        a noun of cases or of conduct ("Other cases of the use of ...", "Any other use of ...", "Other specific
        uses of ...")? Then it names uses beyond those the law lets through (not "Other restrictions on the use
        of ...", "Further provisions on the register", "Additional safeguards": more of the law's own terms)."""
        k = 0
        while k < len(words) - 1 and self.has(words[k], "determiner") and not self.has(words[k], "beyond-word"):
            k += 1
        if k >= len(words) - 1 or not self.has(words[k], "beyond-word"):
            return False
        k += 1
        while k < len(words) - 1 and self.has(words[k], "np-trim"):
            k += 1  # ("Other specific uses")
        return self.has(words[k], "case-noun") or self.has(words[k], "conduct-noun")

    def _parenthesis_end(self, j: int, hi: int, modal: bool = False) -> int | None:
        """The comma that closes a parenthesis opening at token j: the first one before a verb, within 30
        tokens ("may, upon an application stating the purpose, area, and date, approve"), else the first
        one, within 20; else, when the parenthesis has no comma of its own that soon, the first one before a
        verb within 50 ("may, within the framework of a judicial investigation relating to an offence
        punishable by ... or more, collect")."""
        commas = []
        k = j
        while k < min(hi, j + 50) and self.toks.lower[k] not in (";", "."):
            if self.toks.lower[k] == "," and k > j:
                commas.append(k)
            k += 1
        before_verb = [c for c in commas if (nxt := self._next(c + 1, hi)) < hi
                       and (self._verb_like(nxt) or self.has(nxt, "grant-light"))  # (", make an order")
                       and not (modal and self._past_participle(nxt))]
        # (after a modal, not a participle inside the parenthesis: "may, only with the prior authorisation of the
        # Commissioner, issued case by case, track ...": a modal's verb is its bare form; "has, ..., used" takes one)
        if before_verb and before_verb[0] < j + 30:
            return before_verb[0]
        if commas and commas[0] < j + 20:
            return commas[0]
        return before_verb[0] if before_verb else None

    def _past_participle(self, i: int) -> bool:
        """Is the word at i a regular past participle ("issued", "granted"), which no modal takes as its verb?"""
        low = self.toks.lower[i]
        return low.endswith("ed") and self.toks.lemma[i] != low

    def _verb_like(self, i: int) -> bool:
        """Can the word at i be the verb of a group (a verb of conduct, an operator, a negator)?"""
        return any(c == "conduct" or c.startswith("op-") or c in ("aspect", "conduct-item", "negator")
                   for c in self.classes(i))

    def _group_at(self, i: int, hi: int) -> _Group | None:
        if not self._may_open_group[i]:
            return None
        low = self.toks.lower[i]
        cls = self.classes(i)
        if ("modal-duty" in cls or "modal-permission" in cls) and self._inverted_condition(i, hi):
            return None  # "Should the Board approve ...": a condition, the verb group comes later
        if self.toks.text[i] == "May" and (k := self._next(i + 1, hi)) < hi and self.toks.text[k][:1].isdigit():
            return None  # "DATE: May 15, 2024": the month
        if "modal-duty" in cls or "modal-permission" in cls:
            # ("could not use a drone", "would need a warrant": what a bill's summary supposes, neither
            # a duty nor a leave)
            modality = "hypothetical" if "modal-hypothetical" in cls \
                else "duty" if "modal-duty" in cls else "permission"
            g = _Group(i, i + 1, i, modality, low in ("cannot", "can't"), "active")
            j = i + 1
        elif (self.toks.lemma[i] == "be" or "copula" in cls) and low not in ("be", "being", "been") \
                and (fronted := self._fronted_predicate(i, hi)) is not None:
            return fronted  # "Outside the scope of this Part are systems used ...": the subject follows
        elif self.toks.lemma[i] == "be" and low not in ("be", "being", "been"):
            g = _Group(i, i + 1, i, "none", False, "active")
            j = i + 1
            k = j
            while k < hi and (self._space(k) or self.multi(k, hi, "negator") or self.has(k, "group-adverb")):
                if self.multi(k, hi, "negator"):
                    g.negated = True
                k += 1
            if k + 1 < hi and self.toks.lower[k] == "to" and self.toks.lower[k + 1].isalpha() \
                    and self.toks.lower[k + 1] not in _DETERMINERS:
                g.modality = "duty"  # "Members are not to run ..."
                j = k + 1
            else:
                j = i  # "be" itself is read by _skip
        elif low == "|":
            # a table of uses: "Identifying members of the public | Not permitted | -": the status cell
            # is the row's predicate, as "is not permitted" would be
            k, negated = self._next(i + 1, hi), False
            while k < hi and self.multi(k, hi, "negator"):
                negated, k = True, self._next(k + self.multi(k, hi, "negator"), hi)
            if k < hi and (self.has(k, "op-lawful") or self.has(k, "op-unlawful")):
                g = _Group(i, i + 1, i, "none", negated, "active")
                g.op, g.end, g.predicate = k, k + 1, True
                return g
            return None
        elif ("aux-do" in cls or low in _AUXILIARIES) and not (
                "impose-verb" in cls and low in _HAVE and self._burden_after(i + 1, hi, negated=True) > 0):
            # "does not apply", and in the perfect "has not violated section 2" (but "This section has no
            # application to ...": "have" lays no burden, below)
            k = self._next(i + 1, hi)
            if k >= hi or not (self.multi(k, hi, "negator") or self._fronted(i, "fronted-negative")):
                return None
            # ("Nor does it include ...": negated by the word that opens the sentence)
            g = _Group(i, i + 1, i, "none", not self.multi(k, hi, "negator"), "active")
            j = i + 1
        elif "copula" in cls and (k := self._copula_passive(i, hi)) > 0:
            # "The armed forces remain governed by the Defence Act": a passive with "remain" for "are"
            return _Group(i, k + 1, k, "none", False, "passive")
        elif "copula" in cls and self._copula_predicate(i, hi):
            return self._to_predicate(_Group(i, i + 1, i, "none", False, "active"), i, hi)
        elif "aspect" in cls and self._is_finite(i) and self._after_subject(i):
            # "Subsection (a) continues to allow ...", "ceases to apply": the aspect hands over
            g = _Group(i, i + 1, i, "none", False, "active")
            g = self._construe(g, hi)
            return g if g.op != i else None
        elif "op-prohibit" in cls and low == self.toks.lemma[i] and self.toks.text[i][:1].isupper() \
                and self._decree_opens(i):
            # "Article 4 (Prohibition).- Prohibit the subjects referred to in Article 2 from acquiring ...": a decree's
            # imperative ("Prohíbese"), the law its speaker
            return self._construe(_Group(i, i + 1, i, "none", False, "active"), hi)
        elif "finite-verb" in cls and (self._is_finite(i) or self._after_plural_law(i)) and self._after_subject(i) \
                and not self._plural_before_its_end(i, hi) \
                and not ("op-define" in cls and (self.toks.lower[self._next(i + 1, hi)] in ("of", ";", ".")
                                                 or self._next(i + 1, hi) >= hi or self._after_preposition(i))):
            # ("a biometric means of gaining access", "by automated means", "by dental records or other reasonable
            # means; or": a noun, not "means" that defines: that has its definiens after it)
            # "The term covers no activity of ...": a verb of scope negated by its object's "no"
            # (and one of breach: "the receipt breaches no part of this chapter")
            g = _Group(i, i + 1, i, "none", (self.has(i, "op-scope") or self.has(i, "op-offence"))
                       and self._no_next(i + 1, hi), "active")
            return self._construe(g, hi)
        elif "light-verb" in cls and self._is_finite(i) and self._after_subject(i) and (
                self.has(k := self._next(i + 1, hi), "op-unlawful") or self.has(k, "op-lawful")):
            # "Nothing in this Ordinance makes unlawful anything done ...": a verb of lawfulness
            return _Group(i, k + 1, k, "none", False, "active")
        elif "impose-verb" in cls and (self._is_finite(i) or low in _HAVE) and self._after_subject(i) \
                and (k := self._burden_after(i + 1, hi, negated=True)) > 0:
            # "This section places no restriction on units of the militia": the law does not reach them
            return _Group(i, k + 1, i, "none", True, "active", burden=True)
        elif (self._is_finite(i) or self._after_plural_law(i, multi=True)) and self._after_subject(i) and (n := max(
                (self.multi(i, hi, c) for c in self._multi_operators(i, hi)), default=0)) > 1:
            # an operator of several words led by a finite verb: "The ban in section 2 gives way where ..."
            return _Group(i, i + n, i, "none", False, "active")
        else:
            return None
        j, be = self._skip(j, hi, g)
        if g.modality != "none" and not be and j < hi and (k := self._causative(g.start, j, hi)) > 0:
            j, g.causative = k, True  # "may have voice analysis performed", "may not have another party carry out ..."
        only = negative = False
        if (g.modality != "none" or g.negated) and not be and j < hi and not self._verb_like(j):
            only, negative = self._fronted(i, "restrictive"), self._fronted(i, "fronted-negative")
        if only or negative:
            # "Only upon an order of a judge ..., may location information be obtained", "Nor does it
            # include ...", "In no case shall an officer ...": the subject stands after the auxiliary, the
            # verb after it; a fronted "only" restricts the conduct, a fronted "nor" negates it
            # (the verb is bare: a word after a determiner is the subject's noun, "Nor does this Act cover
            # ...", and a participle is the subject's, "Nor shall the prohibition laid down in Article 3 apply")
            k = next((m for m in range(j, min(hi, j + 12)) if self.toks.lower[m] in _PUNCT
                      or self.toks.lemma[m] == "be"
                      or (self._verb_like(m) and self.toks.lower[m] == self.toks.lemma[m]
                          and not (m > j and self.has(self._prev(m - 1, j), "determiner")))), hi)
            if k < hi and self.toks.lower[k] not in _PUNCT:
                g.inverted = (j, k)
                j, be = self._skip(k, hi, g)
                if not be and j < hi and (m := self._causative(k, j, hi)) > 0:
                    j, g.causative = m, True  # "Nor may a public authority have another party carry out ..."
                g.restrictive = g.restrictive or only
                g.negated = g.negated or negative
        leads = g.modality != "none" or (g.negated and self.has(g.start, "aux-do"))  # ("This section does not:")
        if j < hi and leads and not be and (self.toks.text[j] in LEAD_IN_MARKS
                                                           or (k := self._set_off_lead_in(j, hi)) > 0):
            # "An officer may not—", "no person shall, at the Airport:": the verbs are in the items the
            # group leads.
            g.op = j if self.toks.text[j] in LEAD_IN_MARKS else k
            g.end, g.elided = g.op + 1, True
            return g
        if j >= hi and g.modality != "none" and not be and self._items_go_on(hi):
            # "A public authority shall not" / "(a) obtain ...; (b) install ...": no mark ends the lead-in,
            # the verbs are in the items all the same (Commonwealth drafting)
            k = j - 1
            while k > g.start and self._space(k):
                k -= 1
            g.op, g.end, g.elided = k, k + 1, True
            return g
        if j >= hi or not self.toks.lower[j][:1].isalpha():
            return None
        g.op, g.end = j, j + 1
        if g.negated and self.has(j, "copula") and (k := self._next(j + 1, hi)) < hi and self.has(k, "op-within"):
            g.op, g.end, g.predicate = k, k + 1, True  # "does not fall within subsection (1)(a)": outside it
            return g
        if self.has(j, "copula") and self._copula_predicate(j, hi):
            return self._to_predicate(g, j, hi)  # "shall remain outside the scope of this Act"
        if self.has(j, "pro-verb") and any(self.toks.lower[k] == "following" for k in range(j + 1, min(hi, j + 6))):
            g.elided = True  # "shall not do any of the following:": the verbs are in the items
            return g
        n = self.multi(j, hi, "conduct")
        if n > 1:
            g.end, g.conduct = j + n, True  # "put into service", "place on the market"
        participle = be and self._is_participle(j) and not self._modifies_thing(j, hi)
        if participle and not self.has(j, "op-lawful") and not self.has(j, "op-unlawful") \
                and not self.has(j, "op-exempt"):
            g.voice = "passive"
        elif participle:
            g.voice, g.predicate = "passive", True
        elif be:
            # a predicate: "is unlawful", "is a defence", "is not a use of", "are outside this Part"
            k = j
            while k < hi and (self.toks.lower[k] in _DETERMINERS or self._space(k)):
                if self.has(k, "negative-determiner"):
                    g.negated = not g.negated  # "is no contravention of section 2"
                k += 1
            if k >= hi:
                return None
            term_end = self._defined_term_at(k, hi) if k > j else -1  # (after a determiner: a noun phrase)
            if term_end > 0:
                k, g.term = term_end - 1, True  # "is not a public place": one of the law's defined terms
            elif self.multi(k, hi, "op-disclaim") <= 1:
                k = self._predicate_head(k, hi)  # (not past "without" in "shall be without prejudice to")
            g.op, g.end, g.predicate = k, k + 1, True
        return self._construe(g, hi)

    def _fronted_predicate(self, i: int, hi: int) -> _Group | None:
        """A predicate put before its verb, the subject after it: "Outside the scope of this Part are
        systems used ...", "Excluded from the prohibition in section 1 is the use of ...", "Beyond the
        reach of this chapter lies ...". The group runs from the predicate to the verb at i; what the
        predicate stands outside (a law, a term) is read before the verb, the subject after it. A predicate
        of lawfulness alone may stand first too: "Permissible is the automated pixelation of persons ..."."""
        k = i - 1
        while k >= self._read_lo and (self.toks.lower[k] not in _PUNCT or self._cited_number(k)):
            k -= 3 if self.toks.lower[k] == ")" else 1  # (past "paragraph (1)": a citation, no stop)
        words = self.words(k + 1, i)
        while words and (_ENUMERATOR.match(self.toks.text[words[0]]) or not self.toks.lower[words[0]].isalpha()):
            words = words[1:]
        if len(words) == 1 and self.toks.text[words[0]][:1].isupper() \
                and (self.has(words[0], "op-lawful") or self.has(words[0], "op-unlawful")):
            # "Permissible is the automated pixelation of persons in recordings ...": a predicate of
            # lawfulness put first, the subject after the verb (up to a comma: a proviso may follow)
            subject = self._subject_after(i, hi, (";", ".", ":", ","))
            if subject is None:
                return None
            g = _Group(words[0], i + 1, words[0], "none", False, "active", predicate=True)
            g.inverted = subject
            return g
        if len(words) < 2:
            return None
        first = words[0]
        n = max(self.multi(first, i, "op-outside"), self.multi(first, i, "op-exempt"))
        if not n or self.has(first, "restrictive") or first + n >= i:
            return None  # (not "Except as provided in ...", which restricts what follows)
        after = self._next(first + n, i)
        if not (self.toks.lower[after] in _DETERMINERS or self.has(after, "preposition")
                or self.has(after, "law-noun")):
            return None  # "Outside contractors are ...", "Excluded data is ...": a word of the subject
        if any(self._may_open_group[m] and (self.has(m, "modal-duty") or self.has(m, "modal-permission")
                                            or self.has(m, "aux-do") or self.toks.lemma[m] == "be")
               for m in words[1:]):
            return None
        if not self.tags(after, i, head=True) & {"law", "term"}:
            return None  # "Outside the building the cameras are ...": a place, no law stood outside
        g = _Group(first, i + 1, first, "none", False, "active", predicate=True)
        g.fronted = (after, i)
        s_lo = self._next(i + 1, hi)
        if s_lo < hi and self.toks.text[s_lo] in LEAD_IN_MARKS:
            return g  # "Excluded from section 1 are:" / "(a) ...": the subjects are the items
        subject = self._subject_after(i, hi, (";", ".", ":"))
        if subject is None:
            return None
        g.inverted = subject
        return g

    def _subject_after(self, i: int, hi: int, stops: tuple[str, ...]) -> tuple[int, int] | None:
        """The subject after a fronted predicate's verb at i, up to a stop: it opens on a word and is no
        negation ("Outside this Part are systems used ...", not "... are not")."""
        s_lo = self._next(i + 1, hi)
        s_hi = s_lo
        while s_hi < hi and self.toks.lower[s_hi] not in stops:
            s_hi += 1
        if s_hi <= s_lo or not self.toks.lower[s_lo][:1].isalnum() or self.multi(s_lo, hi, "negator"):
            return None
        return s_lo, s_hi

    def _cited_number(self, k: int) -> bool:
        """Is the ")" at k the end of a cited number set apart after a word of citation ("Article 3
        paragraph (1)", "subsection (2)")? ("5(2)" is one token, no stop of its own.)"""
        return self.toks.lower[k] == ")" and k >= 3 and self.toks.lower[k - 2] == "(" \
            and self.toks.lower[k - 1].isalnum() and len(self.toks.lower[k - 1]) <= 4 \
            and self.toks.lower[k - 3][:1].isalnum() and self._is_ref(k - 3)

    def _modifier_run(self, m: int, limit: int, hi: int) -> list[int]:
        """The words from token m (before ``limit``) that go on one noun phrase: no determiner, coordinator,
        preposition, negator or "be" among them (a hyphen inside a compound goes on it: "cell-site")."""
        words = []
        while True:
            if 0 < m < hi - 1 and self.toks.text[m] == "-" and self.toks.hyphened(m - 1):
                m, limit = m + 1, min(hi, limit + 2)  # "cell-site simulator equipment": one compound
            if not (m < limit and self.toks.lower[m].isalpha() and self.toks.lower[m] not in _DETERMINERS
                    and not self.has(m, "coordinator") and not self.has(m, "preposition")
                    and not self.has(m, "negator") and self.toks.lemma[m] != "be"):
                return words
            words.append(m)
            m = self._next(m + 1, hi)

    def _predicate_head(self, k: int, hi: int) -> int:
        """The head of a predicate noun phrase starting at token k: its first word of an operator
        class ("an affirmative defense", "a permitted use", "an offence punishable by"), else its last
        word naming a thing ("face recognition", "biometric processing"), else its first word."""
        words = [k, *self._modifier_run(self._next(k + 1, hi), min(hi, k + 4), hi)] \
            if self.toks.lower[k].isalpha() else []
        m = self._next(words[-1] + 1, hi) if words else hi
        while len(words) == 1 and m < hi and (self.has(m, "coordinator") or self.toks.lower[m] == ",") \
                and not self.classes(k) & PREDICATE_CLASSES:
            # "is not facial or gait recognition", "is not facial, gait or voice recognition": modifiers of
            # one head, read through to it
            more = self._modifier_run(self._next(m + 1, hi), min(hi, m + 6), hi)
            if any(self.has(w, "tech-head") or self.has(w, "data-noun") for w in more):
                words += more  # (not "are confidential and are not open to public inspection")
            elif self.toks.lower[m] == "," and len(more) == 1:
                m = self._next(more[0] + 1, hi)  # past one more modifier of the list: ", gait"
                continue
            break
        ops = [m for m in words if any(c.startswith("op-") for c in self.classes(m) & PREDICATE_CLASSES)]
        if ops and ops[0] > k and self.has(k, "conduct-noun") and self._is_participle(ops[0]) \
                and self.has(ops[0], "op-unlawful"):
            # "is not a use prohibited by section 4": the participle of banning after the noun modifies it, and
            # the sentence denies the banned use (not "is not a use permitted by section 2": that bans)
            return k
        if ops:
            return ops[0]
        near = next((m for m in range(k, min(hi, k + 3)) if self.classes(m) & PREDICATE_CLASSES), None)
        if near is not None and any(c.startswith("op-") for c in self.classes(near) & PREDICATE_CLASSES):
            return near  # "is about to commit a crime"
        # ("are not ALPR data": the data the law regulates, named with its maker's initials)
        things = [m for m in words if self.classes(m) & PREDICATE_CLASSES or self.has(m, "tech-head")
                  or self.has(m, "data-noun")]
        # (past "to" a linking verb's complement, "to amount to acquisition"; not a word past "of": "shall
        # not constitute observation | of persons")
        crosses_of = near is not None and "of" in self.toks.lower[k:near]
        return things[-1] if things else (k if near is None or crosses_of else near)

    def _defined_term_at(self, k: int, hi: int) -> int:
        """The end of the longest term of two or more words the law defines that starts at token k ("public
        place" in "is not a public place for the purposes of this Law"), else -1. (A term of one word is left
        to the predicate's head: it is as often a plain noun of the sentence.)"""
        if not self.terms:
            return -1
        words = []
        m = k
        while m < hi and len(words) < 6 and self.toks.lower[m][:1].isalpha():
            words.append(m)
            m = self._next(m + 1, hi)
        for n in range(len(words), 1, -1):
            if " ".join(self.toks.lower[w] for w in words[:n]) in self.terms:
                return words[n - 1] + 1
        return -1

    def _issued_by_another(self, i: int) -> bool:
        """Is the law noun at i one some body makes for itself: a participle and "by" an actor after it, with
        no word of this law's near ("the rules issued by their competent authorities", not "the rules made by
        the Minister under this Act")?"""
        words = self.words(i + 1, len(self.toks), 24)
        if len(words) < 3 or not self.toks.lower[words[0]].endswith(("ed", "made", "laid")) \
                or self.toks.lower[words[1]] != "by":
            return False
        stop = next((n for n, w in enumerate(words) if self.toks.lower[w] in (".", ";", ":")), len(words))
        # (rules made "under Article 6" or "pursuant to section 9" are made under a law, most often this one)
        return any(self.has(w, "actor-head") for w in words[2:6]) \
            and not any(self.toks.lower[w] in ("this", "these") or self.has(w, "law-noun") for w in words[2:stop])

    def _term_head(self, k: int, end: int) -> int:
        """The head noun of a defined term [k, end): its last word before a preposition ("surveillance"
        in "surveillance of persons"), else its last word ("place" in "public place")."""
        words = self.words(k, end)
        at = next((n for n, w in enumerate(words) if n and self.has(w, "preposition")), len(words))
        return words[at - 1]

    def _conduct_noun_after(self, k: int, hi: int) -> bool:
        """Does a conduct noun head the noun phrase after token k ("a one-time comparison of", "the analysis
        referred to", "subsequent use of")?"""
        for m in range(k + 1, min(hi, k + 6)):
            if self.has(m, "conduct-noun"):
                return True
            if self.toks.lower[m] in (",", ";", "of", "to"):
                return False
        return False

    def _measures_to_prohibit(self, op: int, hi: int) -> int:
        """The prohibiting verb a duty to make law governs ("shall adopt such legislative and other
        measures as may be necessary to prohibit ...", "shall enact legislation to forbid ..."), -1 if
        none: a law noun right after the verb, then "to" and a verb of prohibiting before the clause ends."""
        words = self.words(op + 1, min(hi, op + 20))
        if not any(self.has(k, "law-noun") for k in words[:6]):
            return -1
        for n, k in enumerate(words[1:], 1):
            if self.toks.lower[k] in (";", ".", ":"):
                return -1
            if self.has(k, "op-prohibit") and self.toks.lower[words[n - 1]] == "to":
                return k
        return -1

    def _delegated(self, op: int, hi: int) -> int:
        """The conduct verb right after the first "to" that a verb of bidding hands to its object ("assign a
        forensic expert of the State Police | to compare"), within a few words and before any clause break; -1
        if none (not "assign a case number to each request to access ...": that "to" names no act)."""
        words = self.words(op + 1, hi, DELEGATE_REACH)
        for n, k in enumerate(words[1:], 1):  # (a noun phrase first: "direct to" is no bidding of another)
            if self.toks.lower[k] in _PUNCT:
                return -1
            if self.has(k, "infinitive-marker"):
                return words[n + 1] if n + 1 < len(words) and self.multi(words[n + 1], hi, "conduct") else -1
        return -1

    def _construe(self, g: _Group, hi: int) -> _Group:
        """A verb of construing (or "constitute") hands over to what it governs: "shall not be
        construed to prohibit", "shall be read as forbidding", "is deemed a violation"; and
        "commits an offence" is an offence. Also notes "only" right after the operator."""
        op = g.op
        if self.has(op, "causative"):
            # "must not cause or permit facial recognition to be applied": the permitting verb governs
            k = self._next(op + 1, hi)
            if k + 1 < hi and self.toks.lower[k] in ("or", "and"):
                m = self._next(k + 1, hi)
                if m < hi and self.has(m, "op-permit"):
                    g.op, g.end = m, m + 1
                    op = m
        if (self.has(op, "delegate-verb") or self.has(op, "command-verb")) and g.voice == "active" \
                and g.modality == "permission" and not g.negated and (k := self._delegated(op, hi)) >= 0:
            # "may, by a reasoned decision, assign a forensic expert to compare a recording with a voiceprint": the
            # permitted conduct is what the verb hands to another (a ban's "shall not instruct a contractor to run
            # the search" stays a clause of third parties)
            g.op, g.end = k, k + max(self.multi(k, hi, "conduct"), 1)
            op = k
        if self.has(op, "aspect"):
            # "may begin using", "shall not continue to operate": the aspect verb hands over to the conduct
            k = self._next(op + 1, hi)
            if k < hi and self.toks.lower[k] == "to":
                k = self._next(k + 1, hi)
            if k < hi and self.toks.lower[k] == "be" and not self.has(op, "aspect-stop") \
                    and (m := self._next(k + 1, hi)) < hi \
                    and self._is_participle(m) and (self.multi(m, hi, "conduct") or self.has(m, "finite-verb")):
                # "shall continue to be governed by that law", "may continue to be retained": the aspect hands
                # over to a passive
                k, g.voice = m, "passive"
            n = self.multi(k, hi, "conduct") if k < hi else 0  # ("may decide to carry out")
            if k < hi and (n or self.has(k, "finite-verb")):
                if self.has(op, "aspect-stop") and (not n or self.has(k, "op-scope")):
                    # "Subsection (1) ceases to apply": it does not apply ("shall cease using" stays a
                    # duty that ends a use)
                    g.negated = not g.negated
                g.op, g.end = k, k + max(n, 1)
                g.conduct = g.conduct or n > 1
                op = k
            elif not self.has(op, "aspect-stop") and self._conduct_noun_after(op, hi):
                # "may commence the use referred to in section 5", "may continue the processing": the
                # aspect verb and the conduct noun it governs are the conduct
                g.conduct = True
        if self.has(op, "light-verb"):
            # "may make available": a light verb and its complement are the conduct
            k = self._next(op + 1, hi)
            if k < hi and self.has(k, "conduct-complement"):
                g.op, g.end, g.conduct = k, k + 1, True
                op = k
            elif k < hi and self.toks.lower[k][:1].isalpha() and not self.has(k, "op-lawful") \
                    and not self.has(k, "op-unlawful") and self._conduct_noun_after(k - 1, hi):
                # "may make a one-time comparison of", "may make subsequent use of": a light verb and the
                # conduct noun it makes
                g.conduct = True
        if g.modality == "duty" and not g.negated and (k := self._measures_to_prohibit(op, hi)) > 0:
            # "Each Party shall adopt such legislative and other measures as may be necessary to prohibit
            # the use of ...": a duty to make the law that bans is the ban
            g.op, g.end = k, k + 1
            op = k
        # "has committed, is committing, or is about to commit a felony": what a suspect did or will do,
        # not an offence the law defines; the group still runs to its noun
        tensed = g.op if self.has(g.op, "op-commit") and self._tensed(g.start, g.op) else None
        for again in (False, True):
            # (twice: "shall not be deemed to constitute acquisition": a linking verb after a construing one)
            if again and not (g.construed and g.op != op and self.has(g.op, "linking")):
                break
            op = g.op
            if (self.has(op, "op-construe") or self.has(op, "op-commit")) and self._governs(g, op, hi):
                k = self._next(op + 1, hi)
                noun = False  # after a determiner the governed word is a noun: "be considered the sale of"
                for _ in range(6):
                    if k < hi and (self.toks.lower[k] in _CONSTRUE_FILLERS or self.toks.lower[k] in _DETERMINERS
                                   or self._space(k) or (self.toks.lower[k] == "in" and self.has(op, "op-commit"))):
                        noun = noun or self.toks.lower[k] in _DETERMINERS
                        if self.has(op, "op-commit") and self.has(k, "negative-determiner"):
                            g.negated = not g.negated  # "commits no breach of section 2"
                        k += 1
                    elif k < hi and self.multi(k, hi, "negator") and not self.has(op, "op-commit"):
                        g.negated = not g.negated  # "is deemed not to have collected them"
                        k += self.multi(k, hi, "negator")
                    else:
                        break
                if k < hi and self.toks.text[k] in LEAD_IN_MARKS and self.has(op, "op-construe") \
                        and self.toks.lower[k - 1] in ("to", "as"):
                    # "Nothing in this section shall be construed to: (1) prohibit ...": the verbs it governs
                    # are in the items
                    g.op, g.end, g.construed, g.elided = k, k + 1, True, True
                    break
                if k < hi and self.toks.lower[k][:1].isalpha():
                    term_end = self._defined_term_at(k, hi) if noun or self.has(op, "linking") else -1
                    if term_end > 0:
                        # "shall not be considered a public place": the term, read by its head noun ("does not
                        # constitute surveillance of persons" denies surveillance, not persons)
                        k, g.term = self._term_head(k, term_end), True
                    elif (noun or self.has(op, "linking") or g.voice == "passive") and not self._verb_like(k):
                        k = self._predicate_head(k, hi)  # "does not constitute biometric processing"
                    g.op, g.end, g.construed = k, max(k + 1, term_end), not self.has(op, "op-commit")
                    g.breach = self.has(op, "op-commit") and self.has(k, "prohibition-noun")
                    # "be considered the sale of", "does not constitute a search": a noun after a construing
                    # verb in the passive, or after a linking one, is the predicate ("take any action" is not)
                    linked = g.voice == "passive" or self.has(op, "linking")
                    # (a bare noun of a predicate class too: "are not regarded as police")
                    g.predicate = g.predicate or (g.construed and linked and (
                        noun or g.term or bool(self.classes(k) & PREDICATE_CLASSES) or self.has(k, "tech-head")))
        if tensed is not None:
            g.op = tensed
        # "may use facial recognition only pursuant to a warrant", "shall be used solely for":
        # "only" before the terms of the conduct, up to the first break or relative clause ("face
        # readers that open only for staff" restricts the doors, not the permission).
        k = g.end
        while k < hi and self.toks.lower[k] not in (";", ":", ".") and not self.has(k, "relative-pronoun") \
                and not (k > g.end and self.has(k, "condition") and not self.has(k - 1, "restrictive")
                         and not any(self.has(m, "restrictive") for m in range(k + 1, min(hi, k + 5)))) \
                and not (k > g.end and not self.has(k, "restrictive") and self.multi(k, hi, "proviso")) \
                and not (k > g.end and (self.has(k, "modal-duty") or self.has(k, "modal-permission"))
                         and not self._shared_restriction(k, hi)):
            # (nor into a condition: "may continue to unlock it, if the template is stored only on the
            # device" restricts where the template is, not the permission; "if, and only if," does; nor
            # into a proviso: "may use a city-issued phone, so long as the official uses the feature
            # solely to unlock that device"; nor into the next verb group: "may ask the Center to run a
            # search, and may use the result as a lead only" restricts the use, not the asking)
            n = self.multi(k, hi, "restrictive")
            if n and self.toks.lower[k] != "except":
                after = self._next(k + n, hi)
                if after >= hi or self.has(after, "introducer-only-next") \
                        or self.toks.lower[after] in (",", ";", *LEAD_IN_MARKS):  # "may use it only—" / "(a) ..."
                    g.restrictive = True
                    break
            k += 1
        if not g.restrictive and g.modality == "duty" and g.voice == "passive" and not g.negated \
                and (self.has(g.op, "conduct") or self.multi(g.op, hi, "conduct")) and self.done_on_a_route(g.end, hi) \
                and not any(self.has(m, "oversight-noun")
                            for m in self.words(max(self._read_lo, g.start - 12), g.start)):
            # "Voiceprint verification under paragraph (1) shall be carried out upon the decision of a judge": a
            # duty to do the conduct on a body's decision lets it be done on that decision only (not an oversight of
            # it: "An audit of ALPR queries shall be performed upon the order of the Council")
            g.restrictive = True
        return g

    def done_on_a_route(self, k: int, hi: int) -> bool:
        """Do the words after the group open on a preposition of basis and, within a few words, the decision or
        order of a judge, a body or a legislature ("upon the decision of a judge", "on the written order of the
        public prosecutor")?"""
        words = self.words(k, hi, 10)
        if not words or not self.has(words[0], "route-preposition"):
            return False
        for n, m in enumerate(words[1:6], 1):
            if self.toks.lower[m] in _PUNCT:
                return False
            if self.has(m, "route-noun") or self.has(m, "decision-noun"):
                return any(self.has(d, "judicial-body") or self.has(d, "actor-head") or self.has(d, "legislative-body")
                           for d in words[n + 1:n + 5])
        return False

    def _name_goes_on(self, n: int, words: list[int]) -> bool:
        """Does the capitalised word words[n] run on into a name: the next word capitalised, or joined
        to one by "and" or "of" ("Information and Data Protection Appeals Tribunal")?"""
        text = self.toks.text
        nxt = words[n + 1] if n + 1 < len(words) else None
        if nxt is None:
            return False
        if text[nxt].istitle():
            return True
        after = words[n + 2] if n + 2 < len(words) else None
        return after is not None and self.toks.lower[nxt] in ("and", "of", "&") and text[after].istitle()

    def _ends_a_name(self, i: int, lo: int) -> bool:
        """Is the capitalised word at i the last of a name ("U.S. Customs and Border Protection"): a body,
        not the right or duty its word could name?"""
        return self.toks.text[i].istitle() and self.toks.text[self._prev(i - 1, lo)].istitle()

    def _shared_restriction(self, k: int, hi: int) -> bool:
        """Is there an "only" set off by a comma later in the sentence ("may operate a reader, and may
        access ALPR data, only for the following purposes")? It restricts every verb group before it."""
        while k < hi and self.toks.lower[k] not in (";", ":", "."):
            if self.toks.lower[k] == "," and (n := self._next(k + 1, hi)) < hi and self.multi(n, hi, "restrictive"):
                return True
            k += 1
        return False

    def _burden_after(self, k: int, hi: int, negated: bool = False) -> int:
        """The burden a law could lay that follows ("no restriction", "any duty", "no new obligation"):
        its token, or -1. With ``negated``, only after "no"."""
        k = self._next(k, hi)
        if k >= hi or (negated and not self.has(k, "negative-determiner")) or self.toks.lower[k] not in _DETERMINERS:
            return -1
        for _ in range(3):
            k = self._next(k + 1, hi)
            if k >= hi:
                return -1
            if self.has(k, "burden-noun"):
                return k
        return -1

    def _governs(self, g: _Group, op: int, hi: int) -> bool:
        """Does a verb of construing govern what follows ("be read as", "deem it to be", "constitutes
        a search", "considered surveillance")? In the active with its object right after it, it is a
        verb like any other: "shall take fingerprints", "shall not treat patients"."""
        k = self._next(op + 1, hi)
        if g.voice == "passive" and k < hi and self.toks.lower[k] == "by" and self.has(op, "conduct"):
            return False  # "may be read by a county agency": the agent of a conduct verb, not a construing
        if self.has(op, "construe-if-to"):
            return k < hi and self.toks.lower[k] in ("to", "as")  # not "shall not be held for 30 days"
        if g.voice == "active" and self._otherwise_banned(k, hi):
            return False  # "may take an action otherwise prohibited by § 3": it takes the banned conduct
        if g.voice == "passive" or self.has(op, "linking") or self.has(op, "op-commit"):
            return True
        return k < hi and (self.toks.lower[k] in ("to", "as", "be", "being", "so")
                           or self.toks.lower[k] in _DETERMINERS)

    # ------------------------------------------------------------ spans
    def tags(self, lo: int, hi: int, head: bool = False) -> frozenset[str]:
        """Tags of tokens [lo, hi); with ``head``, of the first words only (up to a clause break). The
        reader asks of the same span again and again (subject, object, the arbiter's context): each is
        read once."""
        key = (lo, hi, head)
        found = self._tag_cache.get(key)
        if found is None:
            found = self._tag_cache[key] = self._read_tags(lo, hi, head)
        return found

    def _read_tags(self, lo: int, hi: int, head: bool) -> frozenset[str]:
        toks, out = self.toks, set()
        words = self.words(lo, hi)
        if self._authorizing_law(words):
            out.add("authorizing-law")
        if head:
            words = self._past_aside(words)
            cut = []
            for i in words:
                if cut and (toks.lower[i] in (";", ",", ":") or self.may_open(i, _CUT_CLASSES)):
                    break
                cut.append(i)
                if len(cut) >= HEAD_WINDOW:
                    break
            words = cut
        while words:
            w0 = toks.text[words[0]]
            if len(words) >= 2 and self.has(words[0], "law-noun") and toks.text[words[1]][:1].isdigit() \
                    and not toks.text[words[1]].endswith((".", ":")) \
                    and (len(words) == 2 or toks.text[words[2]][:1].isalpha()):
                break  # "Sec. 12-2 shall not apply to ...": a provision named as the subject, not a label
            if len(words) >= 3 and w0 == "(" and toks.text[words[2]] == ")" and len(toks.text[words[1]]) <= 4:
                words = words[3:]  # "(", "B", ")"
            elif len(words) >= 3 and _SPLIT_LABEL.match(w0) and toks.text[words[1]] == ")":
                words = words[2:]  # "4(2", ")": a Canadian section and subsection label, "4(2)"
            elif len(words) >= 3 and self.has(words[0], "law-noun") and toks.text[words[1]][:1].isdigit() \
                    and ((toks.text[words[2]] in (":", "-", "–", ".-") and len(words) == 3)
                         or (toks.text[words[2]] in (":", ".", "-", "–", ".-") and len(words) > 3
                             and toks.text[words[3]][:1].isupper())):
                words = words[3:]  # "Article 7: Are not concerned by ...": the provision's own label (not "...
                # lie outside paragraph 1.", a reference that ends the sentence)
            elif _ENUMERATOR.match(w0) or (not w0[:1].isalnum() and w0[:1] not in _QUOTES and w0[:1] != "§"):
                # (not "§ 3 para. 1 shall not apply to ...": the section sign names a provision)
                words = words[1:]
            elif w0.isdigit() and len(w0) <= 4 and len(words) > 1 and toks.text[words[1]][:1].isupper():
                words = words[1:]  # a section number with no point: "7 Nothing in these Regulations ..."
            else:
                break
        if not words or not any(toks.lower[i][:1].isalnum() or _cites(toks.text[i]) for i in words):
            return frozenset({"empty"})  # (a citation is a word: "falls outside § 147-2.")
        first = words[0]
        if self.multi(first, hi, "condition") or self._required_by_other_law(words, hi):
            out.add("condition")  # "lapses where ...", "to the extent that ...": what follows is the case it holds in
            # ("The provision of location data which is required by the laws of the country shall be carried out
            # ...": what another law requires, as "where a law requires it")
        if toks.lower[first] == "there" and len(words) <= 2:
            out.add("there")
        if self._opens_on_other(words):
            out.add("other-first")  # "Other cases of the use of face recognition may be established only by law"
        if len(words) == 1 and toks.lower[first] in ("this", "these"):
            out.add("law")  # "This does not prevent ...": the provision just read
        if self._pointer_words(words):
            out.add("pointer")
        head = self._head_noun(words)
        after_head = [k for k in words[:12] if head is not None and k > head]
        named = head is not None and head > first and self._ends_a_name(head, first)
        # ("measures that the police are obliged to carry out": a law noun that names what an actor does)
        acts = head is not None and self.has(head, "law-noun") and self._done_by_actor(after_head)
        pointed = head is not None and head > first and self.has(self._prev(head - 1, first), "pointing-determiner")
        # ("does not govern those duties": the duties just named, no right a savings clause keeps)
        # ("the powers conferred on the State Security Service": a body's powers, not a right kept)
        conferred = bool(after_head) and self.has(after_head[0], "conferring-participle")
        if head is not None and ((self.has(head, "right-noun") and not named and not pointed and not conferred)
                                 or (self.has(head, "law-noun") and not self._body_of(head) and not acts
                                     and head not in self._own_title_ends) or (
                self.has(head, "law-effect-noun") and after_head and toks.lower[after_head[0]] == "of"
                and any(self.has(k, "law-noun") for k in after_head))):
            # "any person's rights", "any other law", "the application of the Freedom of Information Act":
            # what a savings clause keeps
            out.add("right-first")
        if head is not None and self.has(head, "burden-noun"):
            out.add("burden")  # "The obligations of a police service under this Act": what a law lays on someone
        if acts:
            out.add("conduct")  # what an actor does
        if head is not None and self.has(head, "power-noun") and after_head and (
                toks.lower[after_head[0]] == "of" or conferred):
            # "the powers of the national security services", "the competences conferred by law on the armed
            # forces": what a body may do (the body's, not a right a savings clause keeps)
            out.add("power-first")
        elif self._power_done_by(words):
            out.add("power-first")  # ("the activities carried out by the national security services")
        elif self._opens_on_a_named_body(words):
            out.add("body-first")  # "the Canadian Security Intelligence Service": a body named as a whole
        elif head is not None and self.has(head, "exercise-noun") \
                and self._exercises_powers([k for k in words[:40] if k > head]):
            out.add("power-first")  # ("the performance of the tasks of the Intelligence Service", "the
            # performance by the Defence Forces of functions relating to the security of the State")
        if head is not None and self._petition(head, hi):
            # "The application shall be ... approved by the Attorney General": a request's fate
            out.add("petition")
            if self.has(head, "application-noun"):
                out.add("application")  # (leave asked of a court or an official, not a request of the conduct)
        if head is not None and self.has(head, "route-noun") and not self.has(head, "actor-head"):
            out.add("route-first")  # "A surveillance warrant ... may be renewed once": the route's own terms
        if head is not None and self.has(head, "law-route-noun"):
            out.add("departure-first")  # "Any deviation from these procedures": a departure from the law's rule
        if toks.lower[first] == "in" and len(words) > 1:
            arena = self._head_noun(words[1:])
            if arena is not None and self.has(arena, "proceeding-noun"):
                out.add("forum")  # "does not apply in any criminal or civil proceeding": where it is relied on
        if toks.lower[first] == "nothing":
            out.update(("nothing", "law"))
        if self.has(first, "negative-subject"):
            out.add("no")
        if self.has(first, "pronoun-subject") and len(words) <= 2:
            out.add("it")
        if toks.text[first][:1] in _QUOTES or (toks.lower[first] == "the" and len(words) > 1
                                                and toks.lower[words[1]] == "term"):
            out.add("term")
        elif self.terms and len(words) <= 6 and (
                (toks.lower[first] not in _DETERMINERS and " ".join(toks.lower[k] for k in words) in self.terms)
                or self._actor_term_with_article(words, hi)):
            out.add("term")  # "Law enforcement agency does not include ...": a defined term named bare, as a term
        alnum = []  # the first five words (enough for the two tags below; a span may be a whole sentence)
        for k in words:
            if toks.lower[k][:1].isalnum():
                alnum.append(k)
                if len(alnum) == 5:
                    break
        if any(self.has(k, "violation") for k in alnum[:2]):
            out.add("breach")  # "is not obtained in violation of this section": whether it breaches the law
        elif any(toks.lower[a] == "in" and self.has(b, "violation") for a, b in itertools.pairwise(alnum)):
            out.add("put-in-breach")  # "does not place the County in breach of Section 2-416": whether it puts
            # someone in breach
        alnum = alnum[1:] if alnum and toks.lower[alnum[0]] == "to" else alnum
        if len(alnum) <= 3 and any(self.has(k, "following") for k in alnum) \
                and not any(self.has(k, "condition-noun") for k in alnum):
            out.add("following")  # "subject to the following:", "the following exceptions": the items
        second = words[1] if len(words) > 1 else None
        if self.multi(first, hi, "purpose-lead") > 1 or (self.has(first, "purpose-lead") and second is not None
                                                          and self.has(second, "conduct")):
            out.add("purpose")
        last = hi
        skip_to = -1
        lengths, may_tag = self._multi_lengths, self._tags_word
        for n, i in enumerate(words):
            if i < skip_to:
                continue
            if not may_tag[i]:
                last = i
                continue
            ml = lengths.get(i)  # (the multi-word entries at i, read inline: this loop runs per word of every span)
            k = ml.get("compound", 0) if ml else 0
            if k > 1 and i + k <= hi:
                skip_to = i + k  # "in right of", "law enforcement": not their parts
                continue
            if i in self._own_title_words:
                continue  # a word of the law's own title: a name
            if i in self._own_title_ends:
                out.add("law")  # the law's own title: this law
                continue
            cls = self.classes(i)
            nxt = words[n + 1] if n + 1 < len(words) else None
            if "law-adverb" in cls or _cites(toks.text[i]):
                out.add("law")
            if "reach-noun" in cls and n > 0 and toks.lower[words[n - 1]] in ("its", "their"):
                out.add("law")  # "are outside their reach": the reach of the provisions just named
            if "term-noun" in cls and n > 0 and self.has(words[n - 1], "law-determiner"):
                out.add("term")  # "the term", "such expression", "the said expression"
            if "law-anaphor" in cls and n > 0 and toks.lower[words[n - 1]] in ("the", "this", "these"):
                out.add("law")  # "the foregoing shall not prevent"
            modified = nxt is not None and self.has(nxt, "law-noun-modified")
            if ("law-noun" in cls or "ban-noun" in cls) and not modified:
                near = []  # the words before it, back to a punctuation mark
                back = n
                while back > 0 and toks.text[words[back - 1]] == "-" and back >= 2 \
                        and toks.end[words[back - 2]] == toks.start[words[back - 1]]:
                    back -= 2  # a word joined by a hyphen is one word: "This By-law", "the sub-section"
                for w in reversed(words[max(0, back - 3):back]):
                    if toks.text[w] in ("[", "]"):
                        continue  # a uniform act's bracketed choice: "This [act]"
                    if not toks.lower[w][:1].isalnum():
                        break
                    near.append(w)
                # the determiner, past an ordinal or adjective ("The first subsection", "the said Act")
                det = next((toks.lower[w] for w in near if toks.lower[w] in _DETERMINERS or toks.lower[w] == "said"),
                           toks.lower[near[0]] if near else "")
                # (its number may lie past the words read: "conduct described in subsection (a)")
                after = self._next(i + 1, len(toks))
                numbered = after < len(toks) and (bool(_NUMBERISH.match(toks.text[after]))
                                                  or self._label_at(after, len(toks)))
                # ("This Federal Act", "these State Regulations": this law, named with its maker; not "this
                # other Act")
                own_law = det in ("this", "these") and not any(toks.lower[w] in ("other", "another") for w in near)
                other = any(self.has(w, "other-law") and toks.lower[w] != "any" and not own_law for w in near[:2]) \
                    or any(toks.lower[w] == "own" for w in near[:3]) \
                    or (det in ("that", "those") and toks.text[i][:1].isupper()) \
                    or (det == "the" and self._issued_by_another(i))  # "its own rules", "that Act"
                placed = det == "the" and any(self.has(w, "law-position") for w in near[:2])
                placed = placed or (det == "the" and not other and self._own_kind_at(i, nxt))
                if toks.lower[i] in ("§", "§§") or (numbered and not other) or (placed and not other) \
                        or (det in ("this", "these", "said", "such") and not other) \
                        or (det in ("the", "that", "those") and "route-noun" not in cls and not other
                        and ("ban-noun" in cls or toks.text[i][:1].isupper() or "law-unit" in cls)):
                    out.add("law")
                elif "law-noun" in cls and ("law-instrument" not in cls or other):
                    out.add("other-law")
            if "conduct-noun" in cls and ((nxt is not None and toks.lower[nxt] == "of") or n == 0
                                          or toks.lower[words[n - 1]] in _DETERMINERS
                                          or (n > 1 and self.has(words[n - 1], "adjective-like")
                                              and toks.lower[words[n - 2]] in _DETERMINERS)):
                out.add("conduct")  # ("any other deployment requires ...")
            if "conduct" in cls and (toks.lower[i].endswith("ing") or (n > 0 and toks.lower[words[n - 1]] in ("to",))):
                out.add("conduct")
            if "tech-head" in cls:
                out.add("technology")
            if "data-noun" in cls and not (nxt is not None and n > 0 and toks.text[i].istitle()
                                           and self._name_goes_on(n, words)):
                out.add("data")  # (not the first word of a name: "the Information Regulator", "the
                # Information and Data Protection Appeals Tribunal")
            if "actor-head" in cls:
                out.add("actor")
            if "right-noun" in cls and n < 8 and not (i > 0 and self._ends_a_name(i, 0)):
                out.add("right")  # (not the last word of a name: "Border Protection")
            if "records-noun" in cls and n < 4:
                out.add("records")  # "exempt from public inspection and copying": a records law's duty
            if "pro-verb" in cls and toks.lower[i] != toks.lemma[i] and toks.lower[i].endswith(("ne", "en", "ed")):
                out.add("conduct")  # "anything done by a member of the armed forces": the acts done
            if "route-noun" in cls and not toks.hyphened(i) and not ("route-noun-if-granted" in cls and not (
                    (before := self._prev(i - 1, 0) if i > 0 else -1) >= 0
                    and (toks.lower[before] in _DETERMINERS or self.has(before, "op-grant")
                                     or self.has(before, "grant-light")
                                     or toks.lower[before] in ("with", "without", "by", "of")
                                     or self._to_conduct(i + 1, hi)))):
                # ("grant leave", "with the leave of the court", "grant the agency leave to employ it"; not
                # "comments that residents leave", nor a modifier: "licence-plate readers")
                out.add("route")
            if "liability-noun" in cls or (ml and 0 < ml.get("liability-noun", 0) <= hi - i):
                out.add("liability")
            if "prior-lead" in cls or (ml and 1 < ml.get("prior-lead", 0) <= hi - i):
                out.add("prior")
            if "duration" in cls and n > 0:
                prev = toks.lower[words[n - 1]]
                if prev[:1].isdigit() or self.has(words[n - 1], "number-word"):
                    out.add("duration")
            if nxt is not None and toks.lower[i] == "such" and toks.lower[nxt] in ("a", "an") and n + 2 < len(words):
                nxt = words[n + 2]  # "such an operation"
            if toks.lower[i] == "so" and n > 0 and nxt is not None and toks.lower[nxt].endswith(("ed", "en")) \
                    and toks.lemma[nxt] != toks.lower[nxt]:
                out.add("anaphor")  # "plate readings so collected", "the data so obtained": what the clause before got
            if toks.lower[i] in ("such", "said", "these") and nxt is not None and \
                    (self.has(nxt, "data-noun") or self.has(nxt, "tech-head")
                     or (self.has(nxt, "conduct-noun") and (n == 0 or self.has(words[n - 1], "conduct")))):
                # "such data", "these systems", "may carry out such analysis" (the object's head): what
                # was banned (not "any other law that restricts such use")
                out.add("anaphor")
            if toks.lower[i] in ("it", "them") and n > 0 and (self.has(words[n - 1], "conduct")
                                                              or self.has(words[n - 1], "preposition")):
                # "use it", "access to them"; not "the officers it assigns" (a relative clause's subject)
                out.add("anaphor")
            elif toks.lower[i] == "them" and n == 0:
                out.add("anaphor")  # "Library IT may log them to the extent required": an object only, what was named
            last = i
        span = (toks.start[first], toks.end[last])
        if self._tech_index.overlaps(*span):
            out.add("technology")
        if self._actor_index.overlaps(*span):
            out.add("actor")
        return frozenset(out)

    @functools.cached_property
    def _tech_index(self) -> SpanIndex:
        return SpanIndex(self.tech_spans)

    def names_technology(self, start: int, end: int) -> bool:
        """Does a technology cue overlap chars [start, end)?"""
        return self._tech_index.overlaps(start, end)

    @functools.cached_property
    def _actor_index(self) -> SpanIndex:
        return SpanIndex(self.actor_spans)

    def _subject(self, lo: int, g: _Group, upto: int | None = None) -> tuple[int, int, bool]:
        """(start, core start, derogation): the subject of the group runs from ``lo``; its core is
        what follows the last comma or coordinating word before the group ("Despite subsection
        2 (1), a chief of police may"), or before ``upto``."""
        toks = self.toks
        upto = g.start if upto is None else upto
        for k in range(upto - 1, lo, -1):
            # "It is the policy of the Authority that no system is to be installed": the subject is after
            # "that" (not "a court order based on probable cause that a person has committed a crime")
            if toks.lower[k] == "that" and any(self.has(m, "norm-noun") for m in range(max(0, k - 6), k)) \
                    and any(toks.lower[m] == "it" and toks.lower[self._next(m + 1, k)] in _BE_FINITE
                            for m in range(max(0, k - 10), k)):
                lo = k + 1
                break
        core = lo
        label = -1
        for k in range(upto - 1, lo - 1, -1):
            if toks.lower[k] == ")" and k > lo + 1 and toks.lower[k - 2] == "(":
                label = k - 2  # a bracketed label of one token inside the subject: "no violation of subsection (a)
                # occurs"
            if k >= label >= 0:
                continue
            if toks.lower[k] in _BOUNDARY or toks.lower[k] in ("and", "or", "but", "nor"):
                if any(toks.lower[x][:1].isalnum() for x in range(k + 1, upto)):
                    core = k + 1
                elif lo > 0 and toks.lower[k] in ("and", "or", "but", "nor"):
                    core = -1  # "..., and shall not retain": a second verb of the same subject
                break
        first = self._next(lo, g.start)
        while first < g.start and _ENUMERATOR.match(toks.text[first]):
            first = self._next(first + 1, g.start)  # "4.2 Notwithstanding section 4.1, ...": past the label
        derogation = first < g.start and bool(self.multi(first, g.start, "derogation"))
        if not derogation and first < g.start and (n := self.multi(first, g.start, "proviso-opener")) \
                and self._next(first + n, g.start) < g.start:
            # "Provided that the National Investigation Department may use such software solely for ...":
            # a proviso that opens a sentence after a ban derogates from it, as "Despite" does
            derogation = True
        if not derogation and first < g.start and core > first:
            # "Except as provided in subsection B, it shall be unlawful ...", "Subject to section 4, no
            # person shall ...": an opener that only points elsewhere stands apart from the subject.
            n = self.multi(first, g.start, "introducer-except") or self.multi(first, g.start, "introducer-unless") \
                or self.multi(first, g.start, "pointer-opener")
            if n and self._pointer_words(self.words(first + n, core)):
                derogation = True
        return lo, core, derogation  # core -1: the subject is the previous verb's

    def _fronted_law_purpose(self, lo: int, core: int) -> bool:
        """Does the sentence open with "For the purposes of this Regulation," before its subject? The phrase
        says for which law the statement holds: it belongs with the predicate ("... is not used to observe
        an individual for the purposes of this Regulation"), not the subject."""
        first = self._next(lo, core)
        while first < core and not self.toks.text[first][:1].isalpha():
            first = self._next(first + 1, core)  # (past a label: "(2) For the purposes of ...")
        n = self.multi(first, core, "purpose-lead") if first < core else 0
        return n > 1 and "law" in self.tags(first + n, core)

    def _joins_noun_phrase(self, k: int, end: int) -> bool:
        """Does a coordinator at ``k`` join a noun phrase to the one before ("a federal statute, or the
        terms of a federal grant, requires"), not an adjective or a clause ("..., and incapable of ...,")?"""
        # (a phrase with a clause of its own is no such noun phrase: ", and any request by the County that
        # another agency use a simulator on its behalf, are prohibited")
        # (but a relative clause that describes a noun of the phrase is part of it: "or the written terms of a
        # federal grant that funds the network, requires")
        nxt = self._next(k + 1, end)
        return self.toks.lower[k] in ("or", "and") and nxt < end and self.toks.lower[nxt] in _DETERMINERS \
            and not any(self.has(m, "subordinator") and not self._describes_noun_before(m, end)
                        for m in range(nxt, end))

    def _describes_noun_before(self, m: int, end: int) -> bool:
        """Is the subordinator at ``m`` a relative pronoun right before its verb ("a grant that funds the
        network"), not one that opens a clause with a subject of its own ("a request that another agency use")?"""
        after = self._next(m + 1, end)
        return self.has(m, "relative-pronoun") and after < end and self.toks.lower[after] not in _DETERMINERS \
            and self._is_finite(after) and not self.has(after, "actor-head")

    def _date_comma(self, k: int) -> bool:
        """Is the comma at ``k`` the one between a date's day and its year ("January 1, 2026")?"""
        toks = self.toks
        if toks.lower[k] != "," or k == 0:
            return False
        year = self._next(k + 1, len(toks))
        return toks.text[k - 1].isdigit() and len(toks.text[k - 1]) <= 2 and year < len(toks) \
            and toks.text[year].isdigit() and len(toks.text[year]) == 4

    def _condition_tail(self, lo: int, nxt: int, hi: int) -> frozenset[str]:
        """The tags of a condition that opens after a verb's object and runs to the clause's end ("shall
        keep the image where a federal statute requires it", "will produce footage when compelled to by a
        subpoena"); empty when none opens before the next verb group."""
        for k in range(lo, nxt):
            low = self.toks.lower[k]
            if low in (";", ".", ":"):
                break
            if self.multi(k, hi, "condition"):
                return self.tags(k, self._clause_stop(k, hi))
            if self.has(k, "relative-pronoun") and k > lo and self._directed_by_other_law(k, nxt, hi):
                # "will perform a comparison that a statute enacted after July 1 expressly directs it to
                # perform": what another law directs, as "where a statute directs it"
                return self.tags(k, self._clause_stop(k, hi)) | {"condition"}
        return frozenset()

    def _required_by_other_law(self, words: list[int], hi: int) -> bool:
        """Do the words hold a relative clause in the passive of requiring whose agent is another law
        ("data which is required by the provisions of the laws in force", "any disclosure that is mandated by a
        federal statute")? The passive of what _directed_by_other_law asks of a tail ("that a statute directs").
        An agent of the first few words after "by" (not "which is required by the Chief")."""
        for n, k in enumerate(words[:-4]):
            if self.has(k, "relative-pronoun") and self.toks.lower[words[n + 1]] in _BE_FINITE \
                    and self.has(words[n + 2], "op-require") and self.toks.lower[words[n + 2]].endswith("ed") \
                    and self.toks.lower[words[n + 3]] == "by" \
                    and "other-law" in self.tags(words[n + 4], min(hi, words[min(n + 10, len(words) - 1)] + 1)):
                return True
        return False

    def _clause_stop(self, k: int, hi: int) -> int:
        """The first semicolon or full stop from token k (``hi`` if none)."""
        return next((m for m in range(k, hi) if self.toks.lower[m] in (";", ".")), hi)

    def _directed_by_other_law(self, k: int, nxt: int, hi: int) -> bool:
        """Does the relative clause opening at k name another law first and a verb of requiring,
        directing or permitting by its own verb at ``nxt``, with no negation ("that a statute ... expressly
        directs DMV to perform"; not "that no state statute requires")?"""
        reach = range(k + 1, min(hi, nxt + 1))
        return "other-law" in self.tags(k + 1, min(nxt + 1, k + 4)) \
            and any(self.has(m, "op-require") or self.has(m, "command-verb") or self.has(m, "op-permit")
                    for m in reach) \
            and not any(self.multi(m, hi, "negator") or self.has(m, "negative-determiner") for m in reach)

    def _set_off_participle(self, lo: int, comma: int, group: int) -> int | None:
        """The comma that opens a participle phrase closed by the comma at ``comma`` (", enacted after the
        effective date of this Article,"), or a noun phrase joined to the one before it ("Where a federal
        statute, or the terms of a federal grant, requires ..."), if the phrase has no verb group of its
        own: it sits inside its clause and does not end it. (A joined noun phrase only when the verb
        group follows its closing comma: "..., or a Mattie's Call for a missing person, the Department may
        query" closes the condition.)"""
        if self.toks.lower[comma] != ",":
            return None
        for k in range(comma - 1, lo - 1, -1):
            if self.toks.lower[k] in _BOUNDARY or k in self._group_starts:
                if self.toks.lower[k] != ",":
                    return None
                first = self._next(k + 1, comma)
                joined = self._joins_noun_phrase(first, comma) and self._next(comma + 1, group) >= group
                return k if first < comma and (self._is_participle(first) or joined) else None
        return None

    # ------------------------------------------------------------ frames
    def item_verb(self, lo: int, hi: int) -> int | None:
        """The bare verb that opens an item after its number ("(b) prohibit an agency from ...", "2. Limit
        any right ..."), None if the item opens otherwise."""
        words = self.words(lo, min(hi, lo + 8))
        if not words or not (_ENUMERATOR.match(self.toks.text[words[0]]) or self.toks.text[words[0]] == "("):
            return None
        while words and (_ENUMERATOR.match(self.toks.text[words[0]]) or not self.toks.lower[words[0]].isalpha()
                         or (len(words) > 1 and self.toks.text[words[1]] == ")")):
            words = words[1:]
        if not words:
            return None
        w = words[0]
        low = self.toks.lower[w]
        return w if low == self.toks.lemma[w] and low not in _DETERMINERS and self._verb_like(w) \
            and not self.has(w, "negator") else None

    def read(self, lo: int, hi: int, lead: tuple[Frame, int] | None = None) -> list[Frame]:
        """The frames of tokens [lo, hi) (one clause or sentence), in order. With ``lead``, an elided
        lead-in whose verbs are in its items ("This section does not:") and the item's opening bare verb
        (``item_verb``), that verb is a group with the lead-in's subject and negation: "(b) prohibit an
        agency from retaining ..." reads as "This section does not prohibit an agency from retaining ..."."""
        groups: list[_Group] = []
        i = self._read_lo = lo
        if lead is not None:
            frame, w = lead
            g = self._construe(_Group(w, w + 1, w, frame.modality, frame.polarity == "negative", "active",
                                      construed=frame.construed, lead=frame), hi)
            groups.append(g)
            i = g.end
        spaces, may_open = self._spaces, self._may_open_group
        while i < hi:
            if spaces[i] or not may_open[i]:
                i += 1
                continue
            g = self._group_at(i, hi)
            if g is None:
                i += 1
                continue
            groups.append(g)
            i = max(g.end, i + 1)
        self._group_starts = {g.start for g in groups}
        self._content_verbs = set(self.lex.words("content-verb"))
        frames: list[Frame] = []
        prev_end = lo
        subject_lo = lo  # where the subject of the next main group may start
        for n, g in enumerate(groups):
            nxt = groups[n + 1].start if n + 1 < len(groups) else hi
            clause_lo = prev_end
            k = g.start
            while k > prev_end:
                k -= 1
                if self.toks.lower[k] in _BOUNDARY:
                    if self._date_comma(k):
                        continue  # "accepted before January 1, 2026 requires it": a date's comma, no break
                    before = self._prev(k - 1, prev_end) if k > prev_end else -1
                    if self.toks.lower[k] == "," and before >= 0 and self.has(before, "relative-pronoun") \
                            and not self.has(before, "complementizer"):
                        continue  # "the places at which, and the times during which, it may be used": one clause
                    if self.toks.lower[k] == "," and before >= 0 and self._ends_a_condition_word(before, prev_end):
                        continue  # "if, and only if, a court order requires it", "where, and only to the extent
                        # that, a statute requires it": the condition goes on past its comma
                    if self._series_comma(k, g.start):
                        continue  # "if it operates the system or requests, directs or permits another": one series
                    if (opening := self._set_off_participle(prev_end, k, g.start)) is not None:
                        k = opening  # "if an act, enacted after that date, authorizes it": one clause
                        continue
                    clause_lo = k + 1
                    break
            subordinate = self._subordinate(clause_lo, g.start, g.modality in ("duty", "permission"))
            if frames and g.modality == "none" and self._ensured(frames[-1], g.start):
                # "Member States shall ensure that employers do not process ...": the duty to ensure is
                # the duty of the clause it governs
                g.modality, subordinate = "duty", False
            if frames and not frames[-1].subordinate and frames[-1].lemma in self._content_verbs \
                    and frames[-1].polarity == "positive" and not self._breaks(prev_end, g.start):
                subordinate = True  # "Those rules shall specify ... which ... may be authorised": their content
            if not subordinate and frames and frames[-1].subordinate and self._only_joined(prev_end, g.start):
                subordinate = True  # "... that is in public use and will not be used to ...": still the relative clause
            if not subordinate and frames and g.modality != "duty" and self._shares_condition(prev_end, g.start):
                subordinate = True  # "if the software keeps no template and cannot identify anyone": one condition
            if not subordinate and frames and frames[-1].subordinate and self._and_that(prev_end, g.start):
                subordinate = True  # "if satisfied that the use is necessary and that the data cannot be obtained"
            if not subordinate and frames and frames[-1].subordinate and self._joined_clause(prev_end, g.start) \
                    and (g.modality == "none" or (g.modality == frames[-1].modality and not g.negated
                                                  and frames[-1].polarity == "positive"
                                                  and self.toks.lower[self.words(prev_end, g.start)[0]] == "or")):
                # "until the visitor is found or the search is suspended": one "until" clause; so is "the
                # period during which the system may be used or the data may be kept" (one modal, twice; not
                # "any bridge that may be unsafe and the Department may not use the drone ...": a ban of its own)
                subordinate = True
            if not subordinate and frames and all(f.subordinate for f in frames) \
                    and self._joined_within(prev_end, g.start) and not self._opens_on_relative(lo, frames[0].tok_start):
                # "Where a dispatcher believes that ... and the caller cannot give a name, the department
                # may ...": a second clause joined inside the opening condition, before its comma
                subordinate = True
            first_lo = prev_end
            bare = bool(frames) and not any(self.toks.lower[k][:1].isalnum() for k in range(prev_end, g.start))
            if bare and not subordinate and not self._breaks(prev_end, g.start):
                # "a court order based on probable cause that ... is about to commit a crime, is required":
                # after a clause set off by commas the group's subject is the sentence's opening words
                first_lo = lo
            elif not subordinate and frames and frames[-1].subordinate and not self._breaks(prev_end, g.start):
                # "A comparison made under a warrant ..., on being satisfied that the comparison is
                # necessary ..., remains lawful": the subject began before the subordinate clause.
                first_lo = subject_lo
            s_lo, core, derogation = self._subject(first_lo, g)
            if first_lo == subject_lo and first_lo != prev_end and core > s_lo:
                # ("Processing under Article 4 which is imposed by a regulation ... or an international
                # convention ratified by law is permitted": an "or" inside the subordinate clause does not
                # start the subject's core)
                inner = next((f.tok_start for f in frames if f.subordinate and s_lo <= f.tok_start < core), None)
                if inner is not None:
                    core = self._subject(first_lo, g, upto=inner)[1]
                    core = s_lo if core < 0 or self.has(core, "subordinator") else core
            fronted_law = not derogation and core > s_lo and self._fronted_law_purpose(s_lo, core)
            head = self._next(s_lo, g.start)
            while head < g.start and _ENUMERATOR.match(self.toks.text[head]):
                head = self._next(head + 1, g.start)  # ("7.1 Only members who ...": past the label)
            only_actor = not g.restrictive and head < g.start and self.has(head, "restrictive") \
                and self.toks.lower[head] != "except"  # "Only members who have completed the course may operate"
            coordinated = core == -1 and g.inverted is None  # ("Nor does it ...": its own subject follows)
            if coordinated or first_lo != prev_end:
                core = s_lo
            subj = frozenset({"coordinated"}) if coordinated else (self.tags(core, g.start) if core < g.start
                                                                   else frozenset({"empty"}))
            if g.inverted is not None:
                s_lo, core = g.inverted[0], g.inverted[0]  # the subject after the auxiliary
                subj = self.tags(*g.inverted)
            elif g.fronted is not None:
                subj = frozenset({"following"})  # "Excluded from section 1 are:": the items are its subject
            if "it" in subj and frames and "law" in frames[-1].subject and not frames[-1].subordinate:
                # "The restriction in paragraph (1) reaches patrols ...; it does not reach ...": "it" is
                # the law the clause before spoke of
                subj = subj | {"law"}
            if coordinated and frames and not frames[-1].subordinate and not subordinate:
                # "Data ... must be deleted ... and may not be used for any purpose": the second verb
                # group shares the first one's subject
                subj = subj | (frames[-1].subject - {"coordinated", "empty"})
            full = self.tags(s_lo, g.start) if s_lo < g.start and g.inverted is None else subj or frozenset({"empty"})
            # a group joined to the one before has no subject of its own to negate it ("which has no
            # reserved functions, and includes ...")
            pieces = [(s_lo, g.start)]
            if first_lo == subject_lo and first_lo != prev_end:
                # the subject reached back over a subordinate clause ("Data from which plates have been
                # removed, so that no vehicle can be identified, may be published"): its "no" is its own
                pieces, a = [], s_lo
                for f in frames:
                    if f.subordinate and s_lo <= f.tok_start < g.start:
                        pieces.append((a, f.tok_start))
                        a = max(a, f.tok_end)
                pieces.append((a, g.start))
            negative_subject = not coordinated and any(self._negative_subject(a, b, derogation) for a, b in pieces)
            # The subject is all the words before the group; after "Despite section 2, ..." the law the
            # opener names is not the subject.
            subject = subj if derogation or coordinated else subj | full
            if fronted_law:
                # "For the purposes of subsection (1), a public place does not include ...": what follows is
                # said of a term of that law
                subject = subj | {"term"}
            if g.lead is not None:
                subject, negative_subject, subordinate = g.lead.subject, False, False
            if not subordinate:
                subject_lo = g.end
            if self.has(g.op, "impose-verb") and g.end == g.op + 1 and (k := self._burden_after(g.end, nxt)) > 0:
                # the burden is part of the verb group: what follows is what it is laid on
                g.end, g.burden = k + 1, True
            if self.has(g.op, "leave-verb") and g.end < nxt and self.has(self._next(g.end, nxt), "leave-alone"):
                g.end = self._next(g.end, nxt) + 1  # "leaves unaffected the rights of ...": its object follows
            if self.has(g.op, "op-savings") and g.end < nxt and self.has(self._next(g.end, nxt), "savings-particle"):
                g.end = self._next(g.end, nxt) + 1  # "shall not derogate from the powers of ...": its object follows
            obj = self.tags(g.end, nxt, head=True) if g.end < nxt else frozenset({"empty"})
            if g.fronted is not None:
                obj = self.tags(*g.fronted, head=True)  # (what the fronted predicate stands outside)
            n = self._multi_lengths.get(g.op, {}).get("op-disclaim", 0)
            if n > 1 and g.end < g.op + n < nxt:
                # "is without prejudice to the rights of data subjects": what is left alone follows the
                # whole phrase, not "prejudice"
                obj = self.tags(g.op + n, nxt, head=True)
            # ("shall disclose the data to the extent that a statute requires it": what the duty is held to)
            tail = self._condition_tail(g.end, nxt, hi) if g.modality == "duty" and not g.negated else frozenset()
            if fronted_law:
                obj = obj | {"law"}  # ("For the purposes of this Regulation, a drone is not used to observe ...")
            if g.voice == "passive" and "other-law" in subject and self._by_pronoun(g.end, nxt):
                obj = obj | {"other-law"}  # "activities carried out by the bodies authorised by Law 1621 of 2013
                # ... shall continue to be governed by it": the law its subject names
            if obj & {"other-law", "right-first"} and g.end < hi and self._authorizing_law(self.words(g.end, hi)):
                obj = obj | {"authorizing-law"}  # "affects any other law | that expressly authorises the tracking"
            if g.end < nxt and self.has(g.op, "op-grant") and "route" not in obj and self._grants_petition(g.end, nxt):
                obj = obj | {"route"}  # "may grant, case by case, a written request for the data": approves it
            if "route" in obj and g.end < nxt and "prior" in self.tags(g.end, nxt):
                obj = obj | {"prior"}  # "shall obtain City Council approval, by ordinance ..., before engaging in"
            ops = {"elided"} if g.elided else (set(self.classes(g.op)) - _NOT_OPERATORS) | ({"conduct"} if g.conduct
                                                                                             else set())
            if not g.elided:
                ops |= self._multi_operators(g.op, hi)
            if g.causative:
                ops = {"conduct"}  # ("have it applied to video": applied, not "applies to")
            if g.breach:
                ops = {"op-offence"}  # to incur a prohibition is to breach it (a Romance idiom in translation)
            if self.has(g.op, "prohibit-from") and self._from_gerund(g.end, nxt):
                ops = (ops - {"aspect", "aspect-stop", "conduct"}) | {"op-prohibit", "op-apply", "finite-verb"}
            if not g.predicate:
                ops.discard("conduct-noun")
            ops.discard("impose-verb")  # (a verb like any other, unless it lays a burden)
            if g.burden or (g.voice == "passive" and g.negated and self.has(g.op, "impose-verb")
                            and "burden" in subject):
                # "imposes no duty on", "does not place any restriction on", "The obligations of a police service
                # under this Act are not imposed on the Royal Canadian Mounted Police": the law does not reach it
                ops = {"op-apply", "op-scope"}
            if not g.construed:
                ops.discard("op-construe")  # "shall take fingerprints": a verb of its own, not of construing
            if not g.predicate and g.voice == "active" and (self.has(g.op, "conduct") or self.has(g.op, "causative")):
                ops.add("conduct")  # (to cause a search to be carried out is to carry it out)
            after = self._next(g.end, hi)
            if not g.predicate and (self.has(g.op, "pro-conduct") or self.multi(g.op, hi, "pro-conduct") > 1 or (
                    self.has(g.op, "pro-verb") and after < hi and (self.multi(after, hi, "pro-object")
                                                                    or self._otherwise_banned(after, hi)
                                                                    or (g.voice == "active"
                                                                        and self._acts_described_in(after, hi))
                                                                    or self._banned_thing_again(lo, g.start, after,
                                                                                                hi)))
                    or (after < hi and self._leave_for_otherwise_banned(g, after, hi))):
                ops |= {"conduct", "pro-conduct"}  # "may do so", "may proceed": the conduct named before
                # ("may take an action otherwise prohibited by § 3": a verb of construing that construes nothing
                # there, and takes what the law bans; "may impose a condition otherwise barred by Subsection (2)":
                # whatever the verb, leave for what the law bans)
            if self.has(g.op, "conduct-unless-to"):
                # past words of manner: "may apply ex parte to a Judge", "apply in writing for a warrant"
                while after < hi and (n := self.multi(after, hi, "manner-word")):
                    after = self._next(after + n, hi)
            if self.has(g.op, "conduct-unless-to") and after < hi and self.toks.lower[after] in ("to", "for"):
                ops.discard("conduct")  # "applies to", "apply for a warrant": not the conduct
            if self.has(g.op, "leave-verb"):
                ops |= self._leave_complement(g.end - 1, nxt)
            if self.has(g.op, "permit-if-conduct") and not g.negated and g.voice == "active" and g.end < nxt:
                head = self._head_noun(self.words(g.end, nxt, 8))
                if head is not None and self.has(head, "conduct-noun") and not self.has(head, "violation") \
                        and not self._petition(head, nxt):
                    ops |= {"op-permit"}  # "may order the use of a cell-site simulator": permits that use
                elif self.toks.lower[self._next(g.end, nxt)] == "that" and any(
                        self.toks.lower[k] == "be" and self.has(self._next(k + 1, hi), "conduct")
                        for k in range(g.end, min(nxt, g.end + 15))):
                    ops |= {"op-permit"}  # "may order that the data be kept for 12 months": permits the keeping
                elif any(self._to_conduct(k, nxt) or (self.toks.lower[k] == "to" and g.modality == "permission"
                                                      and self._presents_data(g.end, k + 1, nxt))
                         for k in range(g.end, min(nxt, g.end + 10))):
                    # "may require a licensee to provide the data", "may require staff to present an iris scan":
                    # permits the providing, the taking of the scan
                    ops |= {"op-permit"}
            if not g.predicate and self.has(g.op, "finding-verb") and g.end < nxt and \
                    (head := self._head_noun(self.words(g.end, nxt, 8))) is not None and self.has(head, "sought-fact") \
                    and self._of_someone(head, nxt):
                ops.add("conduct")  # "may determine the location of a person": to locate them
            if self.has(g.op, "permit-if-conduct") and not g.negated and g.voice == "passive" \
                    and g.modality == "permission" and (to := self._next(g.end, nxt)) < nxt \
                    and self.toks.lower[to] == "to" and self._presents_data(g.end, to + 1, nxt):
                ops |= {"op-permit"}  # "Staff may be required to present a fingerprint": the requiring is permitted
            if self.has(g.op, "permit-if-conduct") and (g.negated or negative_subject) and g.voice == "active" \
                    and "actor" in subj and "law" not in subj \
                    and any(self._to_conduct(k, nxt) for k in range(g.end, min(nxt, g.end + 10))):
                # "No appointing authority shall require an employee to install the software": to have
                # another do the conduct is barred as doing it is
                ops = (ops - {"op-permit", "op-require", "op-apply"}) | {"conduct"}
            if self.has(g.op, "op-seek") and not g.negated and self._seeks_licence(g.end, hi):
                ops.add("seek-route")  # "may apply to a judge for a warrant authorising ... to operate a simulator"
            if self.has(g.op, "grant-light") and not g.negated and self._route_noun_next(g.end, nxt):
                ops = (ops - {"conduct"}) | {"op-grant"}  # "may give written permission for ...": grants it
            if self.has(g.op, "permit-unless-at") and after < hi and self.toks.lower[after] in (
                    "at", "against", "toward", "towards"):
                # "A thermal camera may be directed at a structure": pointed, a use of it; "The ban is
                # directed at the reading of feelings": the law's aim, neither a use nor a permission
                ops.discard("op-permit")
                if "law" not in subj:
                    ops.add("conduct")
            if self.has(g.op, "command-verb") and g.voice == "passive" and after < hi \
                    and self.toks.lower[after] == "to" and self._next(after + 1, hi) < hi \
                    and self.toks.lower[self._next(after + 1, hi)].isalpha():
                ops.discard("op-permit")  # "The Chief Executive Officer is directed to terminate ...": bidden, not let
            if "op-scope" in ops and "law" in subj and not subj & {"actor", "coordinated"}:
                ops.discard("conduct")  # "Paragraph 1 shall not apply where ...": the law's reach, not the conduct
            if g.voice == "passive" and self.has(g.op, "conduct"):
                ops.add("conduct")
            if "conduct" in ops and g.voice == "passive" and self._liable_next(g.end, hi):
                ops = (ops - {"conduct"}) | {"op-liable"}  # "may be held criminally liable": answerable, not kept
            if not g.predicate and not g.elided and "conduct" not in ops and self._conduct_in_series(g.end, hi):
                ops.add("conduct")  # "shall own, lease, borrow or operate a drone": one of the series is conduct
            if g.voice == "passive" and self.has(g.op, "op-seek") and self._route_got(core, g.start):
                ops.discard("conduct")  # "before an order authorizing such use can be obtained": the route is got
            if g.predicate:
                ops -= {"conduct", "op-define"}  # ("there is no other means of obtaining evidence": a noun)
            if "op-exempt" in ops and self.has(g.op, "exempt-intransitive") and self._has_object(after, hi):
                ops.discard("op-exempt")  # "is likely to yield evidence": what a use produces, no yielding
            if g.term and g.predicate:
                ops.add("defined-term")
            if g.predicate and self._tech_index.covers(self.toks.start[g.op]):
                ops.add("tech-head")  # "is not FRT for purposes of this order": the law's own name for it
            if self.has(g.op, "existential") and core < g.start:
                head = self._head_noun(self.words(core, g.start))
                if head is not None and self.has(head, "op-offence"):
                    ops.add("offence-arises")  # "No violation of subsection (a) occurs where ..."
            if not ops:
                ops = {"other"}  # a verb or predicate of no class of the lexicon ("establish", "the sole basis")
            # "The results may be used for no other purpose": the permission is denied through its object
            negative_object = not g.negated and not negative_subject and g.modality == "permission" \
                and self._for_no_other(g.end, nxt)
            polarity = "negative" if g.negated or negative_subject or negative_object else "positive"
            start = g.start
            if negative_subject and not g.negated:
                # the cue runs from the word that negates the subject ("No", "Nothing") to the verb
                lo_k = core if "no" in subj else s_lo
                start = next((k for k in range(lo_k, g.start) if self.has(k, "negative-subject")), g.start)
            # "For the purposes of this Act, a public body does not use a facial recognition system where it applies
            # software that obscures faces": what the law counts as the conduct, not a ban
            deemed = fronted_law and g.negated and g.modality == "none" and g.voice == "active" and not g.predicate
            toks = self.toks
            modality = "hypothetical" if self._ability_only(g, subject, obj, subordinate, hi) else g.modality
            frames.append(Frame(
                start=toks.start[start], end=toks.end[g.end - 1], tok_start=start, tok_end=g.end,
                modality=modality, polarity=polarity, voice=g.voice, operators=frozenset(ops),
                lemma=toks.lemma[g.op], construed=g.construed or deemed, restrictive=g.restrictive or only_actor,
                derogation=derogation, only_actor=only_actor,
                subordinate=subordinate, predicate=g.predicate,
                subject=subject, obj=obj, tail=tail,
                subject_span=g.lead.subject_span if g.lead is not None
                else (toks.start[s_lo], toks.end[g.start - 1]) if s_lo < g.start
                else (toks.start[s_lo], toks.end[g.inverted[1] - 1]) if g.inverted is not None
                else (toks.start[g.start],) * 2,
                object_span=(toks.start[g.fronted[0]], toks.end[g.fronted[1] - 1]) if g.fronted is not None
                else (toks.start[g.end], toks.end[nxt - 1]) if g.end < nxt else (toks.end[g.end - 1],) * 2))
            prev_end = g.end
        return [_fit(self.lex.rows_for(f.operators), f) for f in frames]


    def as_conduct(self, frame: Frame) -> Frame:
        """The frame with its verb read as the regulated conduct (a verb this law bans), refitted."""
        if frame.predicate or frame.construed or "conduct" in frame.operators:
            return frame
        from dataclasses import replace

        ops = (frame.operators - {"other"}) | {"conduct"}
        return _fit(self.lex.rows_for(frozenset(ops)), replace(frame, operators=frozenset(ops), row=None))

    def it_is_the_law(self, frame: Frame) -> Frame:
        """The frame with its object or subject "it" read as the law (or ban) the sentence before spoke
        of ("The prohibition in subsection (1) is aimed at identification. Software that ... falls
        outside it.", "This Directive applies to all members. It does not govern ..."), refitted."""
        from dataclasses import replace

        # (not the "it" of "It shall not be lawful for any authority to ...", which stands for what follows)
        subject = frame.subject | {"law"} if "it" in frame.subject and not frame.predicate else frame.subject
        obj = frame.obj | {"law"} if "it" in frame.obj else frame.obj
        return _fit(self.lex.rows_for(frame.operators), replace(frame, subject=subject, obj=obj, row=None))


def _matches(row: FrameRow, f: Frame) -> bool:
    w = row.when
    checks = (("polarity", f.polarity), ("modality", f.modality), ("voice", f.voice), ("construed", f.construed),
              ("restrictive", f.restrictive), ("predicate", f.predicate), ("derogation", f.derogation))
    for key, value in checks:
        if key in w and value not in w[key]:
            return False
    if "operator" in w and not (f.operators & set(w["operator"])):
        return False
    if "not_operator" in w and f.operators & set(w["not_operator"]):
        return False
    if "subject" in w and not (f.subject & set(w["subject"])):
        return False
    if "not_subject" in w and f.subject & set(w["not_subject"]):
        return False
    if "object" in w and not (f.obj & set(w["object"])):
        return False
    if "object_all" in w and not set(w["object_all"]) <= f.obj:
        return False
    if "subject_all" in w and not set(w["subject_all"]) <= f.subject:
        return False
    if "tail_all" in w and not set(w["tail_all"]) <= f.tail:
        return False
    return not ("not_object" in w and f.obj & set(w["not_object"]))


def _fit(rows: list[FrameRow], frame: Frame) -> Frame:
    if frame.modality == "hypothetical":
        return frame  # ("Agencies could not use a drone ...": a summary's supposition fits no row)
    best = None
    for row in rows:
        polarity = row.when.get("polarity")
        if polarity is not None and frame.polarity not in polarity:
            continue  # (inline: half the rows fail here, and this runs for every verb group)
        if _matches(row, frame) and (best is None or row.weight > best.weight):
            best = row
    if best is None:
        return frame
    from dataclasses import replace

    return replace(frame, row=best)


__all__ = ["Frame", "FrameReader"]
