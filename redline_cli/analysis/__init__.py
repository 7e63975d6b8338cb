"""Document -> Analysis: roles, prohibitions, exemptions with qualifiers, coverage and gaps.

The steps, each in its own module:
1. ``nlp`` runs the spaCy pipeline once over the whole text; ``cues`` reads the rule matches;
2. ``clauses`` splits provisions into clauses and gives each a role;
3. ``prohibitions`` and ``exemptions`` turn those clauses into findings;
4. ``coverage`` reads what the ban reaches, and the gaps.
"""

from __future__ import annotations

from ..document import Document
from ..findings import STATUS_NO_PROHIBITION, STATUS_OK, Analysis
from ..rulebook import RuleBook
from ..structure import DEFINITION_LINE_RE
from . import completeness, tables
from .amendments import analysis_text
from .clauses import ClauseMap, segment
from .coverage import CoverageBuilder, gaps
from .cues import CueIndex, collect
from .definitions import actor_terms, conduct_terms, defined_technology_spans, defined_terms, technology_blocks
from .exemptions import ExemptionBuilder, orphan_qualifiers
from .framecues import act_cues, frame_cues
from .frames import FrameReader
from .language import Language
from .prohibitions import ProhibitionBuilder
from .tokens import TokenView

NO_PROHIBITION_MESSAGE = ("No prohibition found: this text does not ban or restrict any technology, so it has no "
                          "loophole score. Exemptions and definitions in it are still listed.")


def boundaries(doc: Document) -> list[int]:
    """Char offsets where a sentence must start: each provision; the line after a heading that
    stands alone ("(1) In general" / "An investigative or law enforcement officer may ..."); a
    paragraph after a blank line; a line in capitals (a title) and the line after it; a table's row.

    Line breaks themselves are not boundaries: bills and PDFs wrap sentences at any word."""
    out = [p.start for p in doc.provisions[1:]]
    out += tables.row_starts(doc)  # a row of a table set in columns (its wrapped lines are no sentences)
    blank, prev = False, ""
    for n, line in enumerate(doc.lines):
        text = doc.text[line.start:line.end]
        if not text.strip():
            blank = True
            continue
        # A blank line after a line that ends mid-sentence ("... until" / "July first, ...") is a
        # gap in the layout, not the end of a paragraph.
        if blank and not _continues(prev) and (not text.lstrip()[:1].islower() or (
                (prev.rstrip().endswith(";") or _closes_on_full_stop(prev)) and not _bare_enumerator(text))):
            # (a paragraph in lower case after one that closed on a semicolon is the next of a list with
            # no numbers: "data subject - an individual to whom ... relate;" / "operator - a state body ...";
            # not an item whose bare numeral the structure leaves in the text: "i a system ...;" / "ii a system";
            # so is one after a full stop, as a dictionary sets its terms: "... disclosed." / "missing person means")
            out.append(line.start)
        elif text.lstrip()[:1] in completeness.OPENING_QUOTES and (
                prev.rstrip().endswith((";", ".")) or (prev.rstrip().endswith(",")
                                                       and DEFINITION_LINE_RE.match(text.lstrip()))):
            # '"MEC" means ...' after "(ii) software that ...;": the next definition (Guernsey and Jersey
            # close each definition with a comma: '"the Committee" means the Committee for Home Affairs,')
            out.append(line.start)
        before = "" if blank else prev
        blank, prev = False, text
        if text.count("|") >= 2:
            out.append(line.start)  # a table row is a sentence of its own
        # a line in capitals is a title: str.isupper() first, as most lines are not (but not a line
        # of a sentence wrapped in capitals, as a bill prints new text: "..., BUT DOES NOT" / "INCLUDE")
        if text.isupper() and sum(ch.isalpha() for ch in text) >= 4 and all(
                ch.isupper() for ch in text if ch.isalpha()) and not _continues(text) and not _continues(before) \
                and not _wrapped_capitals(before):
            after = doc.lines[n + 1] if n + 1 < len(doc.lines) else None
            wraps = after is not None and doc.text[after.start:after.end].strip() and _wrapped_capitals(text)
            out.extend((line.start,) if wraps else (line.start, line.end + 1))
    for prov in doc.provisions[1:]:
        if not prov.heading:
            line = doc.line_at(prov.start)
            if not doc.text[prov.body_start:line.end].strip() and line.end + 1 < len(doc.text):
                # "Security Services" / "Article 8" / "The Security Information Agency ... shall not be
                # bound ...": a number alone on its line (its title above it) is no part of the sentence
                out.append(line.end + 1)
            continue
        line = doc.line_at(prov.start)
        if prov.body_start > line.end and doc.text[line.start:line.end].strip().rstrip(".") \
                == prov.heading.rstrip("."):
            # "Surveys" / "8 For the purposes of subsection 5(1), a drone is not used ...": the title
            # stands above its number, and the sentence starts with the number
            out.append(line.end + 1)
            continue
        rest = doc.text[prov.body_start:line.end].strip()
        if not rest and line.end + 1 < len(doc.text):
            # "Article 3" / "Prohibited practice" / "The placing on the market ...": the title stands
            # on the line below the number
            line = doc.line_at(line.end + 1)
            rest = doc.text[line.start:line.end].strip()
        if rest.rstrip(".") == prov.heading.rstrip(".") and line.end + 1 < len(doc.text):
            out.append(line.end + 1)
    return sorted(set(out))


_CONTINUATION_WORDS = frozenset({
    "until", "of", "the", "a", "an", "and", "or", "to", "in", "for", "by", "with", "that", "which", "from", "on", "at",
    "as", "than", "be", "is", "are", "shall", "may", "not", "any", "such", "its", "their", "this", "these", "who",
    "whom", "whose", "into", "upon", "under", "between", "after", "before", "without", "within", "including"})


def _continues(line: str) -> bool:
    """Does a sentence go on past the end of ``line`` (a comma, or a word no sentence ends on)?"""
    line = line.rstrip()
    if not line:
        return False
    last = line.split()[-1].lower()
    return line.endswith((",", "-", "—")) or last in _CONTINUATION_WORDS


def _closes_on_full_stop(line: str) -> bool:
    """Does ``line`` end a sentence on a word of six letters or more in lower case and a full stop ("... published
    or disclosed."), not on a short or dotted abbreviation ("s.", "para.", "U.S.C.")? (A longer one, "approx.",
    still passes: rare at a paragraph's end.)"""
    words = line.split()
    last = words[-1] if words else ""
    return len(last) > 5 and last.endswith(".") and last[:-1].isalpha() and last[:-1].islower()


def _bare_enumerator(line: str) -> bool:
    """Does the line open with a bare letter or roman numeral ("ii a system used ...")?"""
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return len(first) == 1 or (len(first) <= 4 and set(first) <= set("ivx"))


def _wrapped_capitals(line: str) -> bool:
    """Is ``line`` a long line of capitals that stops with no punctuation: prose wrapped onto the next
    line ("A LAW ENFORCEMENT AGENCY MAY USE VOICE RECOGNITION TECHNOLOGY TO IDENTIFY AN INDIVIDUAL" /
    "ONLY:"), not a title?"""
    line = line.strip()
    return len(line.split()) >= 8 and line.isupper() and not line.endswith((".", ";", ":", "—", "–"))


def sentences_of(spacy_doc) -> list[tuple[int, int]]:
    from ..nlp import sentence_spans

    return sentence_spans(spacy_doc)


def analyze_document(doc: Document, rulebook: RuleBook, *, role_hint: str | None = None) -> Analysis:
    """Analyze one Document with the rules of ``rulebook``.

    ``role_hint`` gives the role of a text that is one provision lifted out of its law (a clause
    of the clause bank, a rule example): "exemption" for "for personal communication devices".
    """
    from .. import nlp

    pipeline = nlp.pipeline(rulebook)
    # struck matter of an amending bill blanked; offsets unchanged (analysis/amendments.py)
    read, struck = analysis_text(doc.text, rulebook.lexicon)
    spacy_doc = nlp.process(pipeline, read, boundaries(doc))
    index = collect(spacy_doc, rulebook, nlp.SPANS_KEY)
    toks = spacy_doc.user_data.get(nlp.TOKEN_VIEW_KEY) or TokenView.from_doc(spacy_doc)
    return analyze_cues(doc, rulebook, index, sentences_of(spacy_doc), toks, role_hint=role_hint,
                        struck_text=read if struck else None)


def analyze_cues(doc: Document, rulebook: RuleBook, index: CueIndex, sentences: list[tuple[int, int]],
                 toks: TokenView, *, role_hint: str | None = None, struck_text: str | None = None) -> Analysis:
    """The analysis proper, from cues, tokens and sentence spans (no spaCy here). ``struck_text`` is
    the text as read when an amending bill struck matter out of it (see analysis/amendments.py)."""
    trace: set[str] = set()
    tech = [(c.start, c.end) for c in index.cues if c.kind == "technology"]
    # "FRT", "automated behaviour analysis": a technology by a name the law defines
    tech = sorted(tech + defined_technology_spans(doc.text, tech, rulebook.lexicon))
    actors = [(c.start, c.end) for c in index.cues if c.kind == "actor"]
    reader = FrameReader(rulebook.lexicon, toks, tech, actors, defined_terms(doc.text))
    role_cues, frames = frame_cues(reader, sentences)
    language = Language(doc, rulebook.lexicon, toks, reader, frames)
    # "the Public Safety Building", "the Office of Emergency Management": a topic inside a name says
    # nothing about what an exemption lets through
    topics = [c for c in index.cues if c.kind != "exemption" or not language.in_name(c.start, c.end)]
    index = CueIndex(topics + role_cues + act_cues(rulebook.lexicon, toks))
    cmap: ClauseMap = segment(doc, index, sentences, language, role_hint, trace)
    if struck_text is not None:
        for clause in cmap.clauses:
            if not struck_text[clause.start:clause.end].strip(" \n.;,"):  # all of it struck out: no longer law
                clause.role, clause.form, clause.trigger, clause.is_gateway = None, None, None, False
    exemption_findings, units = ExemptionBuilder(doc, cmap, rulebook, trace, language).build()
    terms = actor_terms(doc, cmap, index)
    prohibitions = ProhibitionBuilder(doc, cmap, rulebook, terms, trace, language).build()
    in_ban = bool(prohibitions) or role_hint is not None
    if not in_ban:
        # With no ban, a permission regime still lists what it permits ("An authorized user may use the
        # system for the following purposes: ..."), and a definitions-only text (Cal. Penal Code
        # 832.19) what it defines away; an exception to nothing ("this chapter does not apply to")
        # exempts nothing.
        exemption_findings = [f for f in exemption_findings if _defines_away_technology(f) or _permits(f)]
    tech_blocks = technology_blocks(doc, cmap, index)
    coverage = CoverageBuilder(doc, cmap, prohibitions, bool(exemption_findings), tech_blocks, trace,
                               in_ban=in_ban, conduct=conduct_terms(doc, cmap, tech_blocks), language=language).build()
    findings = [p.finding for p in prohibitions] + exemption_findings
    findings += orphan_qualifiers(doc, cmap, units, rulebook, trace)
    status, message = STATUS_OK, ""
    if prohibitions:
        findings += gaps(coverage, rulebook, trace)
        if coverage.durability in ("sunset", "moratorium", "reversal"):
            findings.append(_durability_finding(doc, coverage, rulebook))
    else:
        status, message = STATUS_NO_PROHIBITION, NO_PROHIBITION_MESSAGE
    findings.sort(key=lambda f: (f.location.char_start if f.location else len(doc.text) + 1, f.kind))
    whole = completeness.check(doc, rulebook.lexicon)
    return Analysis(path=doc.path, sha256=doc.sha256, pages=doc.pages, status=status, findings=findings,
                    coverage=coverage, message=message, metadata=dict(doc.metadata), trace=trace, text=doc.text,
                    media_type=doc.media_type, lines=[(ln.start, ln.page, ln.cited) for ln in doc.lines],
                    complete=whole.complete, incomplete_reason=whole.reason)


def _permits(finding) -> bool:
    return finding.details.get("form") in ("permission", "item") and finding.details.get("regime") is True


def _defines_away_technology(finding) -> bool:
    return finding.details.get("form") == "scope-exclusion" and any(
        e.rule_id.startswith("coverage.technologies.") for e in finding.evidence)


def _durability_finding(doc: Document, coverage, rulebook: RuleBook):
    from ..findings import Finding

    rule_id = f"coverage.durability.{coverage.durability}"
    describing = rulebook.describe(rule_id)
    locs = coverage.evidence.get(rule_id, [])
    loc = locs[0] if locs else None
    return Finding(rule_id=rule_id, kind="durability", category=coverage.durability,
                   severity=describing.severity if describing else "medium",
                   message=describing.message if describing else coverage.durability, snippet="", location=loc,
                   quote=doc.text[loc.char_start:loc.char_end] if loc else "")


__all__ = ["NO_PROHIBITION_MESSAGE", "analyze_cues", "analyze_document"]
