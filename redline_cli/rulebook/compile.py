"""Rules -> spaCy span_ruler patterns, each token pattern checked by spaCy's own validator first, so
a pattern spaCy rejects is reported at its line in the rule file instead of deep inside spaCy."""

from __future__ import annotations

from ..errors import ConfigError
from .model import Rule


def check_token_patterns(rules: list[Rule]) -> None:
    """Raise ConfigError (file:line:col) for the first token pattern spaCy's validator rejects."""
    import spacy
    from spacy.errors import MatchPatternError
    from spacy.matcher import Matcher

    matcher = Matcher(spacy.blank("en").vocab, validate=True)
    for rule in rules:
        for pattern in rule.patterns:
            if pattern.tokens is None:
                continue
            try:
                matcher.add(rule.id, [list(pattern.tokens)])
            except (MatchPatternError, ValueError, TypeError, KeyError) as exc:
                detail = " ".join(line.strip() for line in str(exc).splitlines() if line.strip().startswith("-"))
                mark = pattern.mark
                raise ConfigError(f"{rule.id}: spaCy rejects this token pattern: {detail or exc}",
                                  mark.path if mark else rule.location, mark.line if mark else None,
                                  mark.col if mark else None) from None
            finally:
                if rule.id in matcher:
                    matcher.remove(rule.id)


def span_ruler_patterns(rules: list[Rule]) -> list[dict]:
    """The span_ruler's pattern list: label and id are the rule id."""
    out: list[dict] = []
    for rule in rules:
        for pattern in rule.patterns:
            body = pattern.phrase if pattern.phrase is not None else [dict(t) for t in pattern.tokens]
            out.append({"label": rule.id, "id": rule.id, "pattern": body})
    return out
