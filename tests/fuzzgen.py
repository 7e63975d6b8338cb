"""Hostile inputs for fuzzing, shared by the seeded run in the test suite (``test_fuzz.py``, drawn by
hypothesis) and the long run (``benchmarks/fuzz_long.py``, drawn from a seeded ``random.Random``).

A generator takes a ``Picker``: the few choices it makes (an integer, one of some options, a bit of
random text) come from whichever source is driving it.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Protocol, TypeVar

T = TypeVar("T")


class Picker(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...
    def choice(self, options: Sequence[T]) -> T: ...
    def text(self, max_size: int) -> str: ...


class DrawPicker:
    """Choices drawn by hypothesis (so failures shrink)."""

    def __init__(self, draw) -> None:
        from hypothesis import strategies as st

        self.draw, self.st = draw, st

    def integer(self, lo: int, hi: int) -> int:
        return self.draw(self.st.integers(lo, hi))

    def choice(self, options: Sequence[T]) -> T:
        return self.draw(self.st.sampled_from(options))

    def text(self, max_size: int) -> str:
        return self.draw(self.st.text(max_size=max_size))


class RandomPicker:
    """Choices from a seeded generator (the long run: thousands of inputs, no shrinking)."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, options: Sequence[T]) -> T:
        return self.rng.choice(options)

    def text(self, max_size: int) -> str:
        """Any code point but surrogates: controls, combining marks, right-to-left, private use."""
        out = []
        for _ in range(self.rng.randint(0, max_size)):
            c = self.rng.choice((self.rng.randrange(0x20), self.rng.randrange(0x80), self.rng.randrange(0xD800),
                                 self.rng.randrange(0xE000, 0x110000)))
            out.append(chr(c))
        return "".join(out)


ENUMERATORS = ["(a) ", "1. ", "§ 2-", "(iv)", "Sec. 9. ", "—", ""]
OPERATIONS = ["delete", "duplicate", "swap", "enumerator", "punctuation", "noise"]


def mutate_law(pick: Picker, texts: Sequence[str]) -> str:
    """A law of ``texts`` with lines deleted, duplicated or swapped, enumerators and punctuation
    changed, and random characters (any Unicode, controls included) dropped in."""
    lines = pick.choice(texts).splitlines()
    for _ in range(pick.integer(1, 6)):
        if not lines:
            break
        i = pick.integer(0, len(lines) - 1)
        op = pick.choice(OPERATIONS)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = pick.integer(0, len(lines) - 1)
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "enumerator":
            lines[i] = pick.choice(ENUMERATORS) + lines[i]
        elif op == "punctuation":
            lines[i] = lines[i].replace(".", pick.choice([";", ":", "", ".."]))
        else:
            at = pick.integer(0, len(lines[i]))
            lines[i] = lines[i][:at] + pick.text(12) + lines[i][at:]
    return "\n".join(lines)


def as_bytes(text: str) -> bytes:
    """UTF-8, with what UTF-8 cannot hold (lone surrogates) replaced."""
    return text.encode("utf-8", "replace")


TAGS = ["p", "div", "li", "ol", "ul", "nav", "svg", "pre", "script", "table", "tr", "td", "h2", "br", "head"]


def mutate_page(pick: Picker, texts: Sequence[str]) -> str:
    """A mutated law as an HTML page whose lines sit in random tags, some never closed, some
    closed out of order, some nested many deep."""
    out = ["<html><body>"]
    for line in mutate_law(pick, texts).splitlines():
        tag = pick.choice(TAGS)
        depth = pick.choice([1, 1, 1, 2, 50, 2000])
        close = pick.choice(["same", "none", "other"])
        end = {"same": f"</{tag}>" * depth, "none": "", "other": f"</{pick.choice(TAGS)}>"}[close]
        out.append(f"<{tag}>" * depth + line.replace("&", "&amp;").replace("<", "&lt;") + end)
    out.append("</body></html>")
    return "\n".join(out)


def flip(data: bytes, flips: Sequence[tuple[int, int]]) -> bytes:
    """``data`` with the byte at each offset (taken modulo its length) set to a value."""
    out = bytearray(data)
    for where, value in flips:
        out[where % len(out)] = value
    return bytes(out)


def random_flips(pick: Picker, most: int, reach: int) -> list[tuple[int, int]]:
    return [(pick.integer(0, reach), pick.integer(0, 255)) for _ in range(pick.integer(1, most))]


RULE = """rules:
  - id: exemption.other.fuzz
    kind: exemption
    title: Fuzz
    severity: low
    message: "m"
    why: "w"
    match:
      any:
        - {pattern}
    examples:
      match: ["x"]
      no_match: ["y"]
"""

KNOWN_HOSTILE = ["tokens: *x", "phrase: &x [a, *x]", "tokens: [{LEMMA: {IN: [yes, no, 010, 1:30]}}]",
                 "lemmas: !!python/object/apply:os.system ['true']"]
REGEX_ALPHABET = "a()+*?|\\.{},0123456789"


def hostile_pattern(pick: Picker) -> str:
    """One pattern line of a rule file: random text, a random regex, two bounded gaps, or a known attack."""
    kind = pick.choice(["text", "regex", "gaps", "known"])
    if kind == "text":
        return pick.text(40)
    if kind == "regex":
        regex = "".join(pick.choice(REGEX_ALPHABET) for _ in range(pick.integer(1, 12))).replace("\\", "\\\\")
        return f'tokens: [{{TEXT: {{REGEX: "{regex}"}}}}]'
    if kind == "gaps":
        return f'tokens: [{{LOWER: a}}, {{OP: "{{0,{pick.integer(0, 60)}}}"}}, {{LOWER: b}}, ' \
               f'{{OP: "{{0,{pick.integer(0, 60)}}}"}}]'
    return pick.choice(KNOWN_HOSTILE)
