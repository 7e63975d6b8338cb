"""The spaCy pipeline, built once per process: blank English, a tokenizer that knows legal
abbreviations, citations merged into single tokens, sentence boundaries that follow the provision
tree, and the rule matcher (matcher.py) compiled from the rule pack.

spaCy is imported here and nowhere at module level elsewhere, so ``redline --help`` never pays
for it. No model is downloaded: ``spacy.blank("en")`` has no tagger, parser or lemmatizer, and the
rule schema rejects patterns that would need one.
"""

from __future__ import annotations

import gc
import re
from typing import TYPE_CHECKING

from .rulebook import RuleBook
from .tokenizer_cache import TokenizerCacheWarmer

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

SPANS_KEY = "redline"
# Abbreviations that end in a period but do not end a sentence.
ABBREVIATIONS = ("Sec.", "SEC.", "Secs.", "Ch.", "Art.", "No.", "Nos.", "Ord.", "Res.", "Cal.", "Stat.", "Rev.",
                 "Supp.", "U.S.C.", "U.S.", "C.F.R.", "et seq.", "v.", "para.", "subd.", "subsec.", "cl.", "pt.",
                 "Mr.", "Ms.", "Mrs.", "Dr.", "St.", "Inc.", "Co.", "Corp.", "Dept.", "Gov.", "Mass.", "approx.",
                 "art.", "arts.", "Arts.", "sec.", "secs.", "ch.", "Reg.", "reg.", "Regs.", "no.", "nos.",
                 "c.", "s.", "ss.",  # (UK citations: "Government of Wales Act 2006 (c. 32)", "under s. 157A")
                 "sub.", "subs.", "par.", "pars.", "subch.")  # (Wisconsin's: "does not violate sub. (2) (a)")
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
        import bisect

        spans = []
        last_end = -1
        # A provision that starts inside a citation's shape ("3(1) No public body ...": section 3, item
        # (1)) splits it there: the boundary must stay a token boundary, or the sentence loses its start.
        cuts = sorted(doc.user_data.get("boundaries", ()))
        for m in CITATION_RE.finditer(doc_text(doc)):
            k = bisect.bisect_right(cuts, m.start())
            if k < len(cuts) and cuts[k] < m.end():
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or len(span) < 2 or span.start < last_end:
                continue
            spans.append(span)
            last_end = span.end
        with doc.retokenize() as retok:
            for span in spans:
                retok.merge(span)
        return doc

    @Language.factory("redline_rules")
    def make_rules(nlp: Language, name: str) -> RulesComponent:
        return RulesComponent(nlp)

    @Language.factory("redline_lemmas")
    def make_lemmas(nlp: Language, name: str) -> LemmaComponent:
        return LemmaComponent(nlp)

    @Language.component("redline_sentences")
    def set_sentences(doc: Doc) -> Doc:
        """Sentence starts: provision and paragraph boundaries (``doc.user_data['boundaries']``,
        char offsets) and sentence-final punctuation followed by a capital, a digit or an opener.
        Set in one array (setting ``is_sent_start`` token by token is quadratic in spaCy)."""
        import numpy
        from spacy.attrs import IDX, IS_SPACE, LIKE_NUM, ORTH, SENT_START

        boundaries = set(doc.user_data.get("boundaries", ()))
        n = len(doc)
        starts = numpy.full((n, 1), -1, dtype="int32")
        rows = doc.to_array([ORTH, IS_SPACE, IDX, LIKE_NUM]).tolist() if n else []
        strings, seen = doc.vocab.strings, {}
        texts = [seen.get(o) or seen.setdefault(o, strings[o]) for o, _, _, _ in rows]
        spaces = [bool(sp) for _, sp, _, _ in rows]
        start_next = True
        for i, (_, is_space, idx, like_num) in enumerate(rows):
            text = texts[i]
            if is_space:
                if i == 0:
                    starts[0, 0] = 1
                if text.count("\n") >= 2:
                    start_next = True
                continue
            if i == 0 or start_next or idx in boundaries:
                starts[i, 0] = 1
            start_next = False
            if text in (".", "?", "!") or (text.endswith(".") and len(text) > 1
                                           and text not in ABBREVIATIONS and not like_num):
                nxt = i + 1
                while nxt < n - 1 and spaces[nxt]:
                    nxt += 1
                if nxt < n:
                    first = texts[nxt][:1]
                    # ("under N.J.S.A. 53:1-15", "42 U.S.C. 1983": an initialism before a number cites a code)
                    cites = first.isdigit() and text.count(".") >= 2 and len(text) > 2
                    # ("Article R. 811-1 of the Internal Security Code": a French code's part letter)
                    cites = cites or (first.isdigit() and len(text) == 2 and text[0].isupper())
                    # ("The prohibition in sub. (1) does not reach ...": an enumerator the sentence goes on
                    # after, in lower case, is a citation, not the next item)
                    cites = cites or (first == "(" and _goes_on_after_enumerator(texts, spaces, nxt))
                    if (first.isupper() or first.isdigit() or first in _OPENERS) and not cites:
                        start_next = True
        if len(doc):
            doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps as spaCy stores it
        return doc


def _goes_on_after_enumerator(texts: list[str], spaces: list[bool], i: int) -> bool:
    """Do the tokens at ``i`` read "(", a short label, ")" and then a word in lower case?"""
    if i + 2 >= len(texts) or texts[i + 2] != ")" or not texts[i + 1].isalnum() or len(texts[i + 1]) > 4:
        return False
    k = i + 3
    while k < len(texts) and spaces[k]:
        k += 1
    return k < len(texts) and texts[k][:1].isalpha() and texts[k][:1].islower()


class LemmaComponent:
    """Sets every token's LEMMA from the pack's lemma table (spaCy's English lookup table from
    spacy-lookups-data, with the pack's overrides), keyed by the lower-cased form: "Prohibited" and
    "prohibits" both become "prohibit". One array operation per document, no Token objects."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.table: dict[int, int] = {}

    def set_table(self, table: dict[str, str]) -> None:
        strings = self.nlp.vocab.strings
        self.table = {strings.add(form): strings.add(lemma) for form, lemma in table.items() if form != lemma}

    def __call__(self, doc: Doc) -> Doc:
        import numpy
        from spacy.attrs import LEMMA, LOWER

        if len(doc):
            lowers = doc.to_array([LOWER])
            get = self.table.get
            doc.from_array([LEMMA], numpy.fromiter((get(h, h) for h in lowers.tolist()), dtype="uint64",
                                                  count=len(lowers)).reshape(-1, 1))
        return doc


TOKEN_VIEW_KEY = "redline_token_view"  # doc.user_data: the TokenView the rules component read


class RulesComponent:
    """Sets ``doc.spans[SPANS_KEY]`` to every rule match (see ``matcher.RuleMatcher``)."""

    def __init__(self, nlp: Language) -> None:
        from .matcher import RuleMatcher

        self.nlp = nlp
        self.matcher = RuleMatcher(nlp.vocab)

    def add_rules(self, rules) -> None:
        self.matcher.add(rules, self.make_doc)

    def make_doc(self, text: str) -> Doc:
        """A phrase as the pipeline sees it, lemmas included (lemma phrases match on them)."""
        doc = self.nlp.make_doc(text)
        if "redline_lemmas" in self.nlp.pipe_names:
            doc = self.nlp.get_pipe("redline_lemmas")(doc)
        return doc

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span

        from .analysis.tokens import TokenView

        # The tokens as plain lists, read once: the matcher's word index and the analysis both use them.
        view = doc.user_data[TOKEN_VIEW_KEY] = TokenView.from_doc(doc)
        doc.spans[SPANS_KEY] = [Span(doc, s, e, label=rule_id)
                                for rule_id, s, e in self.matcher(doc, (view.lower, view.lemma))]
        return doc


# Dashes always split: Commonwealth and Indian side headings run into their text with no space
# ("Restriction on furnishing of images.—No public authority shall ..."), and a rule must see "No".
# A dash typed as two hyphens after a heading: "(b) DEVICE UNLOCKING.--This section does not ...".
# Indian style also types the side heading's dash as a hyphen run into the text: "3. Prohibition.-No State
# authority shall ...", "Definitions.-(1)".
DASH_INFIXES = (r"[—–]", r"(?<=[\w)])[.:,;](?=[—–])", r"--", r"(?<=[\w)])[.:,;](?=--)", r"(?<=[a-z][.:,])-(?=[A-Z(])")
# A hyphen typed for a dash at the end of a lead-in: "No organ of state may-" / "(a) acquire ...".
# Indian style runs a point or comma into it: "Matters not affected.-", "shall not affect,-".
DASH_SUFFIXES = (r"(?<=[a-z])-$", r"(?<=[\w)][.:,;])-$")
# German-style sentence numbers, superscript before a sentence: "²Sentence 1 shall not apply where".
SENTENCE_NUMBER_PREFIXES = (r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+",)


def _tokenizer(nlp: Language):
    """spaCy's English tokenizer with our affixes and abbreviations, built in one go: setting an
    affix on a built tokenizer reloads every special case (three times over, ~0.3 s per process)."""
    from spacy.symbols import ORTH
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    base = nlp.tokenizer
    rules = dict(base.rules)
    rules.update({abbr: [{ORTH: abbr}] for abbr in ABBREVIATIONS if " " not in abbr})
    return Tokenizer(
        nlp.vocab, rules=rules,
        prefix_search=compile_prefix_regex([*SENTENCE_NUMBER_PREFIXES, *nlp.Defaults.prefixes]).search,
        suffix_search=compile_suffix_regex([*nlp.Defaults.suffixes, *DASH_SUFFIXES]).search,
        infix_finditer=compile_infix_regex([*nlp.Defaults.infixes, *DASH_INFIXES]).finditer,
        token_match=base.token_match, url_match=base.url_match, faster_heuristics=base.faster_heuristics)


def build(rulebook: RuleBook) -> Language:
    """A fresh pipeline for ``rulebook`` (use ``pipeline()`` to get the per-process one)."""
    import spacy

    _register_components()
    nlp = spacy.blank("en")
    nlp.tokenizer = _tokenizer(nlp)
    nlp.add_pipe("redline_citations")
    nlp.add_pipe("redline_sentences")
    nlp.add_pipe("redline_lemmas").set_table(rulebook.lemma_table())
    nlp.add_pipe("redline_rules").add_rules(rulebook.rules)
    return nlp


_PIPELINES: dict[str, Language] = {}


def pipeline(rulebook: RuleBook) -> Language:
    """The pipeline for ``rulebook``, built once per process and reused for every document."""
    key = rulebook.fingerprint
    if key not in _PIPELINES:
        _PIPELINES[key] = build(rulebook)
        # the pack's category model too: read once per process with the rules it belongs to, rather than
        # inside the first analysis that needs a vote (and before the freeze below, which then skips it)
        rulebook.lexicon.category_model()
        # The pipeline (vocab, rules, matchers: some hundred thousand objects) lives as long as the
        # process: take it and everything loaded before it out of the cyclic collector's scans, which
        # otherwise walk it again on every full collection (10-18% of a long law's analysis).
        gc.collect()
        gc.freeze()
        # An analysis makes a few hundred thousand short-lived objects and almost no cycles: collect the
        # young generation less often (as mypy does), which saves about 3% of a long law's analysis.
        gc.set_threshold(max(gc.get_threshold()[0], 50_000), 20, 50)
    return _PIPELINES[key]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """(start_char, end_char) of each sentence, as ``doc.sents`` gives them, read from arrays
    (iterating ``doc.sents`` makes a Token object per token)."""
    from spacy.attrs import IDX, LENGTH, SENT_START

    if not len(doc):
        return []
    rows = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
    firsts = [0] + [i for i, (start, _, _) in enumerate(rows) if start == 1 and i > 0]
    lasts = [f - 1 for f in firsts[1:]] + [len(rows) - 1]
    return [(rows[f][1], rows[e][1] + rows[e][2]) for f, e in zip(firsts, lasts, strict=True)]


def doc_text(doc: Doc) -> str:
    """The Doc's text, as given to ``process`` when it came from there (``Doc.text`` rebuilds it)."""
    return doc.user_data.get("text") or doc.text


def process(nlp: Language, text: str, boundaries: list[int]) -> Doc:
    """Run the pipeline over ``text`` with sentence boundaries at the given char offsets.

    Line breaks are read as spaces (same length, so offsets do not move): a bill wraps
    "criminal / investigation" at any word, and a phrase must match across the break."""
    # spaCy's 1,000,000-character limit guards the memory of a parser; this pipeline has none,
    # and a consolidated code or a long bill is legitimately longer.
    nlp.max_length = max(nlp.max_length, len(text) + 1)
    flat = text.replace("\n", " ")
    warmer = nlp.__dict__.get("_redline_cache_warmer")
    if warmer is None or warmer.tokenizer is not nlp.tokenizer:
        warmer = nlp.__dict__["_redline_cache_warmer"] = TokenizerCacheWarmer(nlp.tokenizer)
    warmer.warm(flat)  # (the same tokens, sooner: see tokenizer_cache)
    doc = nlp.make_doc(flat)
    doc.user_data["boundaries"] = boundaries
    doc.user_data["text"] = flat  # Doc.text joins every token again on each call
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc
