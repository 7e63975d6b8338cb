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


def test_laws_tokenize_the_same_through_one_warmed_tokenizer():
    # a batch: each law is tokenized by a tokenizer whose cache the laws before it warmed, and must split
    # exactly as a fresh tokenizer splits it
    paths = sorted((ROOT / "corpus").glob("*.txt"))[:6]
    shared = nlp._tokenizer(spacy.blank("en"))
    calls: list[str] = []

    class Spy:
        rules = shared.rules

        def __call__(self, text: str):
            calls.append(text)
            return shared(text)

    warmer = TokenizerCacheWarmer(Spy())
    for path in paths:
        flat = path.read_text(encoding="utf-8").replace("\n", " ")
        fresh = nlp._tokenizer(spacy.blank("en"))
        expected = [(t.text, t.idx, t.whitespace_) for t in fresh(flat)]
        warmer.warm(flat)
        assert [(t.text, t.idx, t.whitespace_) for t in shared(flat)] == expected, path.name
    assert len(calls) == len(paths) and all(calls)  # each law offered its new plain words
