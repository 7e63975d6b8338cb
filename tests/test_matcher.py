"""The anchored rule matcher finds exactly what spaCy's Matcher finds running over the whole text."""

from __future__ import annotations

import pytest
from conftest import CORPUS, DATA

from redline_cli import nlp
from redline_cli.analysis import boundaries
from redline_cli.ingest import load

TEXTS = sorted(CORPUS.glob("*.txt")) + sorted((DATA / "holdout2").glob("*.txt"))[:3]


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.stem)
def test_same_matches_as_a_whole_document_run(rulebook, path):
    from spacy.matcher import Matcher, PhraseMatcher

    pipeline = nlp.pipeline(rulebook)
    doc = nlp.process(pipeline, load(path).text, boundaries(load(path)))
    anchored = {(s.label_, s.start, s.end) for s in doc.spans[nlp.SPANS_KEY]}

    full = set()
    phrases = PhraseMatcher(pipeline.vocab, attr="LOWER")
    lemma_phrases = PhraseMatcher(pipeline.vocab, attr="LEMMA")
    make_doc = pipeline.get_pipe("redline_rules").make_doc  # phrases with their lemmas
    for rule in rulebook.rules:
        for attr, matcher in (("LOWER", phrases), ("LEMMA", lemma_phrases)):
            texts = [make_doc(p.phrase) for p in rule.patterns if p.phrase is not None and p.attr == attr]
            if texts:
                matcher.add(rule.id, texts)
        for p in rule.patterns:
            if p.tokens is not None:
                m = Matcher(pipeline.vocab)
                m.add(rule.id, [[dict(t) for t in p.tokens]])
                full |= {(rule.id, s, e) for _, s, e in m(doc)}
    full |= {(pipeline.vocab.strings[k], s, e) for k, s, e in phrases(doc)}
    full |= {(pipeline.vocab.strings[k], s, e) for k, s, e in lemma_phrases(doc)}
    assert anchored == full


LONG_SENTENCE = ("Nothing in this chapter shall prohibit the use of evidence " + "that was lawfully gathered " * 18
                 + "in the investigation of a specific crime.")


@pytest.mark.parametrize("tokens", [
    # a "*" gap across a sentence longer than any fixed window
    [{"LOWER": "evidence"}, {"OP": "*", "IS_SENT_START": False}, {"LOWER": "crime"}],
    # "!" consumes one token that is not the word it names
    [{"LOWER": "specific"}, {"LOWER": "not", "OP": "!"}, {"LOWER": "."}],
    [{"LOWER": "a"}, {"LOWER": "not", "OP": "!"}, {"LOWER": "crime"}],
    # a wide bounded gap, matched as "*" with the too-long matches dropped
    [{"LOWER": "nothing"}, {"IS_SENT_START": False, "OP": "{0,12}"}, {"LOWER": "the"}],
    [{"LOWER": "that"}, {"OP": "{0,9}"}, {"LOWER": "gathered"}],
    # the rarest required word anchors the window; a common one must be where the pattern needs it
    [{"LOWER": "gathered"}, {"OP": "{0,3}"}, {"LOWER": "investigation"}],
    [{"LOWER": "evidence"}, {"OP": "{0,2}"}, {"LOWER": "was"}, {"LOWER": "lawfully"}],
])
def test_unbounded_gaps_and_negation_match_as_spacy_does(tokens):
    import spacy
    from spacy.matcher import Matcher

    from redline_cli.matcher import RuleMatcher
    from redline_cli.rulebook.model import Pattern, Rule

    nlp = spacy.blank("en")
    doc = nlp(LONG_SENTENCE)
    rule = Rule(id="test.rule", kind="exemption", target="exemption.criminal-investigation", title="t",
                severity="high", message="m", why="w", patterns=(Pattern(None, tuple(tokens)),))
    ours = RuleMatcher(nlp.vocab)
    ours.add([rule], nlp.make_doc)
    spacy_matcher = Matcher(nlp.vocab)
    spacy_matcher.add("test.rule", [tokens])
    expected = {("test.rule", s, e) for _, s, e in spacy_matcher(doc)}
    assert expected, "the pattern should match the sentence"
    assert set(ours(doc)) == expected


def test_every_token_pattern_of_the_pack_is_bounded():
    """A "*" or "+" lets a match run to the end of the text, so the matcher must read a pattern's window
    from its first anchor to the end: five such patterns over small word sets ("without any prior
    request") were half the matching time of a 50-page bill. A bounded gap ("{0,4}") says the same of
    real text and keeps each window a few tokens wide."""
    from redline_cli.rulebook import load_rulebook

    unbounded = [(rule.id, token) for rule in load_rulebook().rules for p in rule.patterns if p.tokens
                 for token in p.tokens if token.get("OP") in ("*", "+")]
    assert unbounded == []
