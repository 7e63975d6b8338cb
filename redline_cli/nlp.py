"""The spaCy pipeline, built once per process: blank English, a tokenizer that knows legal
abbreviations, citations merged into single tokens, sentence boundaries that follow the provision
tree, and a span_ruler compiled from the rule pack.

spaCy is imported here and nowhere at module level elsewhere, so ``redline --help`` never pays
for it. No model is downloaded: ``spacy.blank("en")`` has no tagger, parser or lemmatizer, and the
rule schema rejects patterns that would need one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .rulebook import RuleBook
from .rulebook.compile import check_token_patterns, span_ruler_patterns

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPANS_KEY = "redline"
# Abbreviations that end in a period but do not end a sentence.
ABBREVIATIONS = ("Sec.", "SEC.", "Secs.", "Ch.", "Art.", "No.", "Nos.", "Ord.", "Res.", "Cal.", "Stat.", "Rev.",
                 "Supp.", "U.S.C.", "U.S.", "C.F.R.", "et seq.", "v.", "para.", "subd.", "subsec.", "cl.", "pt.",
                 "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "Inc.", "Co.", "Corp.", "Dept.", "Gov.", "Mass.", "approx.")
# Citations that must stay one token: 16-62(B)(2)(a), § 16-62, 2.99.030, (B)(1), 42 U.S.C. 3750.
CITATION_RE = re.compile(
    r"§{1,2}\s?\d[\w.\-:]*(?:\([A-Za-z0-9]{1,4}\))*"
    r"|\b\d+(?:[.\-–]\d+)+[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\))*"
    r"|\b\d+[A-Za-z]?(?:\([A-Za-z0-9]{1,4}\)){1,}"
    r"|\((?:[A-Za-z]{1,4}|\d{1,3})\)(?:\((?:[A-Za-z]{1,4}|\d{1,3})\))+"
)
_OPENERS = set("“\"‘'([")


def _register_components() -> None:
    from spacy.language import Language

    if "redline_citations" in Language.factories:
        return

    @Language.component("redline_citations")
    def merge_citations(doc: Doc) -> Doc:
        """Merge each citation into one token so matching and sentence splitting never cut it."""
        spans = []
        last_end = -1
        for m in CITATION_RE.finditer(doc.text):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or len(span) < 2 or span.start < last_end:
                continue
            spans.append(span)
            last_end = span.end
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
        return doc

    @Language.component("redline_sentences")
    def set_sentences(doc: Doc) -> Doc:
        """Sentence starts: provision and paragraph boundaries (``doc.user_data['boundaries']``,
        char offsets) and sentence-final punctuation followed by a capital, a digit or an opener."""
        boundaries = set(doc.user_data.get("boundaries", ()))
        start_next = True
        for token in doc:
            if token.is_space:
                token.is_sent_start = token.i == 0
                if token.text.count("\n") >= 2:
                    start_next = True
                continue
            token.is_sent_start = token.i == 0 or start_next or token.idx in boundaries
            start_next = False
            if token.text in (".", "?", "!") or (token.text.endswith(".") and len(token.text) > 1
                                                 and token.text not in ABBREVIATIONS and not token.like_num):
                nxt = token.nbor(1) if token.i + 1 < len(doc) else None
                while nxt is not None and nxt.is_space and nxt.i + 1 < len(doc):
                    nxt = nxt.nbor(1)
                if nxt is not None and (nxt.text[:1].isupper() or nxt.text[:1].isdigit() or nxt.text[:1] in _OPENERS):
                    start_next = True
        return doc


def _tokenizer_exceptions(nlp: Language) -> None:
    from spacy.symbols import ORTH

    for abbr in ABBREVIATIONS:
        if " " in abbr:
            continue
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])


def build(rulebook: RuleBook) -> Language:
    """A fresh pipeline for ``rulebook`` (use ``pipeline()`` to get the per-process one)."""
    import spacy

    _register_components()
    check_token_patterns(rulebook.rules)
    nlp = spacy.blank("en")
    _tokenizer_exceptions(nlp)
    nlp.add_pipe("redline_citations")
    nlp.add_pipe("redline_sentences")
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "LOWER",
                                               "validate": True, "overwrite": False})
    ruler.add_patterns(span_ruler_patterns(rulebook.rules))
    return nlp


_PIPELINES: dict[str, Language] = {}


def pipeline(rulebook: RuleBook) -> Language:
    """The pipeline for ``rulebook``, built once per process and reused for every document."""
    key = rulebook.fingerprint
    if key not in _PIPELINES:
        _PIPELINES[key] = build(rulebook)
    return _PIPELINES[key]


def process(nlp: Language, text: str, boundaries: list[int]) -> Doc:
    """Run the pipeline over ``text`` with sentence boundaries at the given char offsets.

    Line breaks are read as spaces (same length, so offsets do not move): a bill wraps
    "criminal / investigation" at any word, and a phrase must match across the break."""
    doc = nlp.make_doc(text.replace("\n", " "))
    doc.user_data["boundaries"] = boundaries
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
