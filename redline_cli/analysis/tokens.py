"""The tokens of a document as plain parallel lists (text, lower, lemma, offsets), read from the
spaCy Doc in a few array operations: the frame reader walks them without creating spaCy Token
objects, and the analysis after it never imports spaCy."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class TokenView:
    text: list[str] = field(default_factory=list)
    lower: list[str] = field(default_factory=list)
    lemma: list[str] = field(default_factory=list)
    start: list[int] = field(default_factory=list)  # char offsets in the document text
    end: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.text)

    def index_at(self, char: int) -> int:
        """The first token that ends after ``char`` (the token holding it, or the next one)."""
        return bisect.bisect_right(self.end, char)

    def hyphened(self, i: int) -> bool:
        """Is token i joined by a hyphen to the word after it ("licence-plate readers")? Then it
        modifies that word: it is neither the phrase's head nor a verb."""
        return i + 2 < len(self.text) and self.text[i + 1] == "-" and self.end[i] == self.start[i + 1] \
            and self.end[i + 1] == self.start[i + 2]

    def range_of(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [lo, hi) of the tokens wholly or partly inside chars [start, end)."""
        return bisect.bisect_right(self.end, start), bisect.bisect_left(self.start, end)

    @classmethod
    def from_doc(cls, doc: Doc) -> TokenView:
        from spacy.attrs import IDX, LEMMA, LENGTH, LOWER, ORTH

        if not len(doc):
            return cls()
        orth, low, lem, idx, length = doc.to_array([ORTH, LOWER, LEMMA, IDX, LENGTH]).T.tolist()
        strings = doc.vocab.strings
        # a law repeats its words: each distinct hash looked up once, then the columns by list comprehension
        names = {h: strings[h] for h in {*orth, *low, *lem}}
        view = cls(text=[names[h] for h in orth], lower=[names[h] for h in low], lemma=[names[h] for h in lem],
                   start=idx, end=[a + n for a, n in zip(idx, length, strict=True)])
        return view
