"""The body that makes this law, found where the law says who enacts it, and where it recurs.

A district's, township's or county's own governing body is its legislature: where the law lets "the Board"
authorise a use "by resolution adopted at a regular meeting", the way through is a vote of the body that
made the ban, a legislative route, not an official's approval. No lexicon can list such bodies ("the Board
of Park Commissioners", "the Township Committee", "the Selectboard"); the law names its maker in its
enacting words ("BE IT ORDAINED by the Board of ...", "THE BOARD OF COMMISSIONERS OF BENTON COUNTY ORDAINS
AS FOLLOWS", "This ordinance is adopted by the Selectboard of ...", "Adopted by the Board of Directors at
its regular meeting"). The maker's head ("Board", "Township Committee") is marked where it recurs after a
determiner or with the same words before it, so that "the Board may, by resolution, authorise" is read as
a law-making body's grant. The words are the lexicon's: ``enacting-formula``, ``adopt-verb`` (by which a
law says it is made), ``voting-body`` (a body that can vote a law), ``executive-council`` (a government's
council, no legislature), ``own-determiner``, ``law-noun`` and ``law-unit`` (rules adopted under "this
section" are not the law).
"""

from __future__ import annotations

from collections.abc import Callable

from .tokens import TokenView

Has = Callable[[int, str], bool]  # does the token at i have the word class?
Multi = Callable[[int, int, str], int]  # the length of a (multi-word) entry of the class at i, before hi
Name = tuple[tuple[str, ...], set[str]]  # a body's head, and the words of its whole name
_JOINERS = ("of", "and", "&", "the")
_AUXILIARIES = ("is", "are", "was", "were", "be", "been", "being", "hereby", "duly")


def lawmaker_tokens(toks: TokenView, has: Has, multi: Multi, is_space: Callable[[int], bool]) -> list[int]:
    """The tokens that name this law's maker where it recurs: the head noun of each mention. One pass over
    the words finds the enacting words and "adopted by" (a formula may stand after long recitals), and
    only where a maker is named a second pass finds its mentions."""
    n = len(toks)
    words = [i for i in range(n) if not is_space(i)]
    heads: dict[tuple[str, ...], set[str]] = {}  # each head -> the words of the whole name ("of Directors")
    for k, i in enumerate(words):
        width = multi(i, n, "enacting-formula")
        if width:
            # the first word past the formula, where "by the Board ..." may follow
            after = next((a for a in range(k, min(k + 12, len(words))) if words[a] >= i + width), None)
            head = _body_after_by(toks, words, after, has, multi) if after is not None else None
            if head is None:
                head = _body_before(toks, words, k, has, multi)
            if head:
                heads.setdefault(head[0], set()).update(head[1])
        elif has(i, "adopt-verb") and k + 1 < len(words) and toks.lower[words[k + 1]] == "by" \
                and _adopted_law(toks, words, k, has):
            head = _body_after_by(toks, words, k + 1, has, multi)
            if head:
                heads.setdefault(head[0], set()).update(head[1])
    return _recurrences(toks, words, heads) if heads else []


def _adopted_law(toks: TokenView, words: list[int], k: int, has: Has) -> bool:
    """Is it this law that is adopted ("This ordinance is adopted by", "These rules are adopted by"), or does
    "Adopted" open a line or a sentence ("Adopted by the Board of Directors at its regular meeting of ...")?"""
    if toks.text[words[k]][:1].isupper():
        return True
    j = k - 1
    while j >= 0 and toks.lower[words[j]] in _AUXILIARIES:
        j -= 1  # "is adopted", "are hereby adopted"
    # "This ordinance is adopted by", not "Rules implementing this section are adopted by the Police Commission"
    return j >= 1 and has(words[j], "law-noun") and not has(words[j], "law-unit") \
        and (has(words[j - 1], "own-determiner") or toks.lower[words[j - 1]] == "these")


def _body_after_by(toks: TokenView, words: list[int], k: int, has: Has, multi: Multi) -> Name | None:
    """The head of the body named after "by" at or just after word ``k`` ("by the Township Committee of
    the Township of ..." -> ("township", "committee"))."""
    for j in range(k, min(k + 3, len(words))):
        if toks.lower[words[j]] == "by":
            return _head(toks, words, j + 1, has, multi)
    return None


def _body_before(toks: TokenView, words: list[int], k: int, has: Has, multi: Multi) -> Name | None:
    """The head of the body named just before a formula ("THE BOARD OF COMMISSIONERS OF BENTON COUNTY
    ORDAINS AS FOLLOWS")."""
    j = k
    while j > 0 and (_capital(toks, words[j - 1]) or toks.lower[words[j - 1]] in _JOINERS):
        j -= 1
    return _head(toks, words, j, has, multi) if j < k else None


def _head(toks: TokenView, words: list[int], k: int, has: Has, multi: Multi) -> Name | None:
    """The capitalised run at word ``k`` up to its first "of", past "the", if it ends on a body noun; and
    the words of the whole name ("Board of Park Commissioners of the ... District")."""
    while k < len(words) and toks.lower[words[k]] == "the":
        k += 1
    run: list[int] = []
    while k < len(words) and _capital(toks, words[k]) and toks.lower[words[k]] != "of" and len(run) < 4:
        run.append(words[k])
        k += 1
    if not run or not has(run[-1], "voting-body") or multi(run[0], len(toks), "executive-council"):
        return None  # (the Council of Ministers makes decrees, but is the government: no legislature)
    name = set()
    while k < len(words) and (_capital(toks, words[k]) or toks.lower[words[k]] in _JOINERS) and len(name) < 12:
        name.add(toks.lower[words[k]])
        k += 1
    return tuple(toks.lower[i] for i in run), name


def _capital(toks: TokenView, i: int) -> bool:
    word = toks.text[i]
    return word[:1].isupper() and word.isalpha()


def _recurrences(toks: TokenView, words: list[int], heads: dict[tuple[str, ...], set[str]]) -> list[int]:
    """Each capitalised mention of a head: "the Board", "said Township Committee", "the Board of Directors";
    not a board of another name ("the Police Board", "the Board of Health" where the maker is "the Board of
    Directors")."""
    out: list[int] = []
    for k, i in enumerate(words):
        if not _capital(toks, i):
            continue
        for head, name in heads.items():
            m = len(head)
            if k + 1 < m or tuple(toks.lower[w] for w in words[k - m + 1:k + 1]) != head:
                continue
            before = words[k - m] if k >= m else None
            if before is not None and _capital(toks, before) and toks.lower[before] != "the":
                continue  # "the Police Board"
            after = [w for w in words[k + 1:k + 5] if toks.lower[w] not in ("the", "a", "an")][:2]
            if len(after) == 2 and toks.lower[after[0]] == "of" and _capital(toks, after[1]) \
                    and toks.lower[after[1]] not in name:
                continue  # "the Board of Health", "the Board of the Water Authority": not the Board of Directors
            out.append(i)
    return out
