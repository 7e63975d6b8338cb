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
        arr = doc.to_array([ORTH, LOWER, LEMMA, IDX, LENGTH]).tolist()
        strings = doc.vocab.strings
        cache: dict[int, str] = {}

        def s(h: int) -> str:
            v = cache.get(h)
            if v is None:
                v = cache[h] = strings[h]
            return v

        view = cls()
        for orth, low, lem, idx, length in arr:
            view.text.append(s(orth))
            view.lower.append(s(low))
            view.lemma.append(s(lem))
            view.start.append(idx)
            view.end.append(idx + length)
        return view
