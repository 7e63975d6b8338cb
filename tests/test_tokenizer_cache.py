"""The tokenizer cache warmer (redline_cli/tokenizer_cache.py): it changes when spaCy splits a chunk,
never how."""

from __future__ import annotations

from pathlib import Path

import spacy

from redline_cli import nlp
from redline_cli.tokenizer_cache import TokenizerCacheWarmer

ROOT = Path(__file__).resolve().parents[1]


class _RecordingTokenizer:
    """Stands in for spaCy's tokenizer: the special cases of its rules, and the texts it is given."""

    def __init__(self) -> None:
        self.rules = {"Sec.": [], "a.": [], "cannot": [], "8)": [], "'s": []}
        self.calls: list[str] = []

    def __call__(self, text: str) -> None:
        self.calls.append(text)


def test_only_plain_words_are_offered_once_each():
    tok = _RecordingTokenizer()
    warmer = TokenizerCacheWarmer(tok)
    warmer.warm("Sec. 2. The agency cannot use a. (8) person's data, and the agency shall report.")
    assert len(tok.calls) == 1
    offered = tok.calls[0].split(" ")
    # plain words and words with a closing mark; each once
    assert "agency" in offered and "data," in offered and "report." in offered and offered.count("agency") == 1
    # a special case, a word whose split meets one, a number or citation: left to the law's own tokenizing
    for chunk in ("Sec.", "a.", "cannot", "(8)", "person's", "2."):
        assert chunk not in offered
    warmer.warm("The agency shall report. The board shall review.")
    assert tok.calls[1].split(" ") == ["board", "review."]  # only what was not offered before


def test_a_law_tokenizes_the_same_with_a_warm_cache():
    text = (ROOT / "corpus" / "us-hr4695-2025-facial-recognition-act.txt").read_text(encoding="utf-8")
    flat = text.replace("\n", " ")
    cold = nlp._tokenizer(spacy.blank("en"))  # a tokenizer no warmer has touched
    expected = [(t.text, t.whitespace_) for t in cold(flat)]
    warm = nlp._tokenizer(spacy.blank("en"))
    TokenizerCacheWarmer(warm).warm(flat)
    assert [(t.text, t.whitespace_) for t in warm(flat)] == expected
    assert [(t.text, t.whitespace_) for t in warm(flat)] == expected  # and again, from the cache
