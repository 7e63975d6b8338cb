"""Token patterns checked by spaCy's own validator before anything is built, so a pattern spaCy
rejects is reported at its line in the rule file instead of deep inside spaCy."""

from __future__ import annotations

import re

from ..errors import ConfigError
from .model import Pattern, Rule


def add_checked(matcher, rule: Rule, pattern: Pattern) -> None:
    """Add one token pattern to a spaCy Matcher built with ``validate=True``; a pattern spaCy rejects
    becomes a ConfigError at the pattern's line in the rule file."""
    from spacy.errors import MatchPatternError

    try:
        matcher.add(rule.id, [[dict(t) for t in pattern.tokens]])
    except (MatchPatternError, ValueError, TypeError, KeyError, re.error) as exc:  # spaCy compiles REGEX here
        detail = " ".join(line.strip() for line in str(exc).splitlines() if line.strip().startswith("-"))
        mark = pattern.mark
        raise ConfigError(f"{rule.id}: spaCy rejects this token pattern: {detail or exc}",
                          mark.path if mark else rule.location, mark.line if mark else None,
                          mark.col if mark else None) from None
