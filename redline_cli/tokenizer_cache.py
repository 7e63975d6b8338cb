"""Fill spaCy's tokenizer cache before a law is tokenized.

spaCy caches how it split each whitespace-delimited chunk, but stops caching for the rest of a text
once any chunk touches a special case (spaCy issue #1250: the flag is set per text and never reset).
A law meets one in its first lines ("Sec.", "U.S.C.", "(8)" read as the emoticon "8)"), so every
later chunk is split by the affix regexes again, each time it recurs. Tokenizing the law's distinct
chunks that touch no special case, in one call, first, caches their splits; the law itself is then
tokenized by spaCy as before, reading them from the cache. The tokens are the same (a chunk's split
does not depend on its neighbours); only the time changes: about half the tokenizer's cost on one
law, more over a batch, whose laws share their words.
"""

from __future__ import annotations

import re
from typing import Any

_WORD_KEY = re.compile(r"[\w.]+")
# A plain word, perhaps with a closing point or comma: most of a law's chunks, and cheap to vouch for.
_PLAIN = re.compile(r"[A-Za-z][a-z]*(?P<mark>[.,;:]?)")


class TokenizerCacheWarmer:
    """Warms one tokenizer's cache; remembers which chunks it has met, so a batch offers each once. (Its
    record of the pack's special cases is read when it is made: a tokenizer changed later only loses speed.)"""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self._specials = frozenset(k for k in tokenizer.rules if _WORD_KEY.fullmatch(k))  # "Sec.", "a.", "id"
        self._seen: set[str] = set()  # every distinct chunk met, offered or not
        self._offered = 0  # the plain chunks offered: each is one entry of spaCy's cache
        self._limit = getattr(tokenizer, "max_cache_size", 10_000)  # spaCy caches no more chunks than this

    def _plain(self, chunk: str) -> bool:
        """Is the chunk a plain word that is no special case ("Sec.", "a.", "id")? Only such chunks are
        offered: one that touched a special case would stop the caching of those after it. (Chunks left
        out, numbers and citations, are split as before.)"""
        m = _PLAIN.fullmatch(chunk)
        if m is None:
            return False
        word = chunk[:m.start("mark")]
        return word not in self._specials and word + "." not in self._specials and chunk not in self._specials

    def warm(self, text: str) -> None:
        if self._offered >= self._limit or len(self._seen) >= 10 * self._limit:
            return  # the cache holds as many chunks as spaCy keeps: it adds no more (and the record stays bounded)
        fresh = [c for c in dict.fromkeys(text.split()) if c not in self._seen]
        self._seen.update(fresh)
        # (no more than the cache has room for: a chunk past it would be split twice, here and in the law)
        plain = [c for c in fresh if self._plain(c)][:self._limit - self._offered]
        if plain:
            self._offered += len(plain)
            self.tokenizer(" ".join(plain))
