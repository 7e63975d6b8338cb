"""Validate rule files against the rule schema (README, "Rules") and turn them into Rules.

Every error names the file, line and column of the offending key or value, so a user who writes
``pattrens`` gets ``rules/x.yaml:12:5: unknown key 'pattrens'``. Unknown keys are errors, never
ignored (Vale's lesson: silently ignored keys are rules that silently do nothing).
"""

from __future__ import annotations

import re
from re import _constants as re_constants  # the parser re compiles with: its tree shows nested repeats
from re import _parser as re_parser
from typing import Any

from .. import taxonomy as tx
from ..errors import ConfigError
from .model import DERIVED_PREFIXES, DERIVED_TARGETS, Pattern, Rule
from .yamlload import YDict, YList, check_keys, config_error, mark_of

RULE_KEYS = {"id", "kind", "title", "severity", "message", "why", "references", "inside", "priority", "aliases",
             "outranks", "match", "examples"}
REQUIRED = ("id", "kind", "title", "severity", "message", "why", "examples")
PATTERN_KEYS = {"phrase", "phrases", "lemma", "lemmas", "tokens"}
ID_RE = re.compile(r"^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$")
# Token attributes that need a trained tagger, parser, lemmatizer or entity recognizer: the blank
# English pipeline has none, so a pattern using them would silently never match.
MODEL_ATTRS = {"POS", "TAG", "MORPH", "DEP", "ENT_TYPE", "ENT_IOB", "ENT_ID", "ENT_KB_ID", "SENT_START",
               "HEAD", "NORM_", "_"}
INSIDE = set(tx.ROLES) | {"none"}

# What each kind may report: kind -> (prefix, allowed values) checked by _target().
_COVERAGE_KEYS = {"coverage": ("acts", *tx.BOOLEAN_COVERAGE), "technology": ("technologies",), "actor": ("actors",),
                  "enforcement": ("enforcement",), "durability": ("durability",)}


def _expected_ids(kind: str) -> str:
    """The ids a rule of ``kind`` may report, for an error message (one of ...)."""
    if kind == "role":
        ids = [f"role.{form}" for form in tx.ROLE_FORMS]
    elif kind in ("exemption", "qualifier", "gap"):
        names = {"exemption": tx.EXEMPTION_CATEGORIES, "qualifier": tx.QUALIFIERS, "gap": tx.GAPS}[kind]
        ids = [f"{kind}.{name}" for name in names]
    else:
        ids = [f"coverage.{key}" + ("" if key in tx.BOOLEAN_COVERAGE else ".<value>")
               for key in _COVERAGE_KEYS.get(kind, ())]
    return "one of: " + ", ".join(ids) if ids else "a taxonomy id"


def _target(rule_id: str, kind: str) -> str | None:
    """The taxonomy id a rule reports, or None when its id does not fit its kind.

    A rule id is its target, optionally with a suffix so several rules can feed one target:
    ``exemption.criminal-investigation.evidence`` reports ``exemption.criminal-investigation``.
    """
    parts = rule_id.split(".")
    if kind == "role":
        for n in (3, 2):
            form = ".".join(parts[1:n])
            if parts[0] == "role" and form in tx.ROLE_FORMS:
                return "role." + form
        return None
    if kind == "exemption":
        return f"exemption.{parts[1]}" if parts[0] == "exemption" and parts[1] in tx.EXEMPTION_CATEGORIES else None
    if kind == "qualifier":
        return f"qualifier.{parts[1]}" if parts[0] == "qualifier" and parts[1] in tx.QUALIFIERS else None
    if kind == "gap":
        return f"gap.{parts[1]}" if parts[0] == "gap" and parts[1] in tx.GAPS else None
    if parts[0] != "coverage" or kind not in _COVERAGE_KEYS or parts[1] not in _COVERAGE_KEYS[kind]:
        return None
    key = parts[1]
    if key in tx.BOOLEAN_COVERAGE:
        return f"coverage.{key}"
    values = tx.DURABILITY if key == "durability" else tx.LIST_COVERAGE[key]
    return f"coverage.{key}.{parts[2]}" if len(parts) > 2 and parts[2] in values else None


def _str(rule: YDict, key: str, required: bool = True) -> str:
    value = rule.get(key)
    if value is None and not required:
        return ""
    if not isinstance(value, str) or not value.strip():
        raise config_error(f"{key!r} must be a non-empty string", rule, key)
    return value.strip()


def _str_list(rule: YDict, key: str) -> tuple[str, ...]:
    value = rule.get(key)
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise config_error(f"{key!r} must be a list of non-empty strings", rule, key)
    return tuple(v.strip() for v in value)


def _check_tokens(tokens: Any, where: Any, key: str | int) -> tuple:
    if not isinstance(tokens, list) or not tokens:
        raise config_error("'tokens' must be a non-empty list of token patterns", where, key)
    for i, token in enumerate(tokens):
        if not isinstance(token, dict):
            raise config_error("each token pattern must be a mapping such as {LOWER: crime}", tokens, i)
        for attr in token:
            if attr.upper() in MODEL_ATTRS or attr.startswith("_"):
                raise config_error(
                    f"token attribute {attr!r} needs a trained pipeline, and redline runs spaCy's blank English "
                    "(no tagger or parser; lemmas come from a lookup table): use LOWER, LEMMA, TEXT, shape, IN lists, "
                    "REGEX or OP instead",
                    token, attr)
            _check_regex(token[attr], token, attr)
    _check_gaps(tokens, where, key)
    return tuple(tokens)


# How far the token gaps of one pattern may reach. The matcher's work grows with the product of the
# gaps a match may span: two "{0,40}" gaps took minutes on a 35 KB law, while the built-in pack's
# widest pattern spans one "*" plus 16 tokens of bounded gaps.
MAX_UNBOUNDED_GAPS = 1
MAX_BOUNDED_GAP = 32


def _check_gaps(tokens: list, where: Any, key: str | int) -> None:
    unbounded, bounded = 0, 0
    for token in tokens:
        op = token.get("OP")
        if op in ("*", "+"):
            unbounded += 1
        elif op == "?":
            bounded += 1
        elif isinstance(op, str) and (m := re.fullmatch(r"\{(\d*)(,?)(\d*)\}", op)):
            if m.group(2) and not m.group(3):
                unbounded += 1  # "{2,}"
            else:
                bounded += int(m.group(3) or m.group(1) or 0)
    if unbounded > MAX_UNBOUNDED_GAPS or bounded > MAX_BOUNDED_GAP:
        raise config_error(f"this token pattern's gaps reach too far ({unbounded} open-ended, {bounded} tokens "
                           f"of bounded gaps; at most {MAX_UNBOUNDED_GAPS} and {MAX_BOUNDED_GAP}): matching it "
                           "would take time that grows with their product; split it into patterns", where, key)


def _check_regex(value: Any, token: Any, attr: str) -> None:
    """Compile a ``{ATTR: {REGEX: ...}}`` predicate now, so a bad expression is reported at its line
    here rather than as a ``re.error`` from inside spaCy."""
    if not isinstance(value, dict):
        return
    for key, expression in value.items():
        if str(key).upper() != "REGEX":
            continue
        if not isinstance(expression, str):
            raise config_error(f"{attr}.REGEX must be a string (a regular expression)", value, key)
        try:
            re.compile(expression)
        except re.error as exc:
            where = f" at position {exc.pos}" if exc.pos is not None else ""
            raise config_error(f"bad regular expression {expression!r} in {attr}.REGEX: {exc.msg}{where}",
                               value, key) from None
        if _nested_repeat(re_parser.parse(expression)):
            raise config_error(f"regular expression {expression!r} in {attr}.REGEX repeats a repetition (as "
                               "'(a+)+' does): it can backtrack for minutes on one token; write it without the "
                               "nested quantifier", value, key)


_REPEATS = {re_constants.MAX_REPEAT, re_constants.MIN_REPEAT, getattr(re_constants, "POSSESSIVE_REPEAT", None)}


def _nested_repeat(parsed, inside: bool = False) -> bool:
    """Does an unbounded repetition hold another repetition ("(a+)+", "(a*b?)*", "(\\w+\\s?)+")? Those
    are the expressions whose backtracking is exponential."""
    for op, av in parsed:
        if op in _REPEATS:
            low, high, sub = av
            if inside and high != low:
                return True
            if _nested_repeat(sub, inside or high == re_constants.MAXREPEAT or high > 1):
                return True
        elif op == re_constants.SUBPATTERN:
            if _nested_repeat(av[-1], inside):
                return True
        elif op == re_constants.BRANCH and any(_nested_repeat(branch, inside) for branch in av[1]):
            return True
    return False


def _patterns(rule: YDict) -> tuple[Pattern, ...]:
    match = rule.get("match")
    if match is None:
        return ()
    if not isinstance(match, dict) or set(match) != {"any"}:
        raise config_error("'match' must be a mapping with one key, 'any', holding a list of patterns", rule, "match")
    items = match["any"]
    if not isinstance(items, list) or not items:
        raise config_error("'match.any' must be a non-empty list", match, "any")
    out: list[Pattern] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict) or len(item) != 1:
            raise config_error("each pattern is a mapping with one key: phrase, phrases, lemma, lemmas or tokens",
                               items, i)
        (key, value), = item.items()
        if key not in PATTERN_KEYS:
            raise config_error(f"unknown key {key!r} (expected one of: phrase, phrases, lemma, lemmas, tokens)",
                               item, key)
        mark = mark_of(item, key)
        attr = "LEMMA" if key.startswith("lemma") else "LOWER"
        if key in ("phrase", "lemma"):
            if not isinstance(value, str) or not value.strip():
                raise config_error(f"{key!r} must be a non-empty string", item, key)
            out.append(Pattern(value.strip(), None, mark, attr))
        elif key in ("phrases", "lemmas"):
            if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
                raise config_error(f"{key!r} must be a non-empty list of strings", item, key)
            out.extend(Pattern(v.strip(), None, mark_of(value, j), attr) for j, v in enumerate(value))
        else:
            out.append(Pattern(None, _check_tokens(value, item, key), mark))
    return tuple(out)


EXPECT_KEYS = {"kind", "category", "qualifiers"}


def _match_examples(ex: YDict) -> tuple[tuple[str, ...], tuple]:
    """``match`` examples: a text, or ``{text: ..., expect: {kind, category, qualifiers}}`` stating the
    finding the text must produce (sqlfluff's YAML test cases are the model)."""
    items = ex.get("match")
    if items is None:
        return (), ()
    if not isinstance(items, list):
        raise config_error("'match' must be a list of texts or {text, expect} mappings", ex, "match")
    texts, expects = [], []
    for i, item in enumerate(items):
        if isinstance(item, str) and item.strip():
            texts.append(item.strip())
            continue
        if not isinstance(item, dict) or "text" not in item or not isinstance(item["text"], str):
            raise config_error("a match example is a text or a mapping with 'text' and 'expect'", items, i)
        check_keys(item, ("text", "expect"), ("text",))
        expect = item.get("expect") or {}
        if not isinstance(expect, dict):
            raise config_error("'expect' must be a mapping of kind, category, qualifiers", item, "expect")
        check_keys(expect, EXPECT_KEYS, ())
        quals = expect.get("qualifiers")
        if quals is not None and not (isinstance(quals, list) and all(q in tx.QUALIFIERS for q in quals)):
            raise config_error(f"'qualifiers' must list qualifier ids ({', '.join(tx.QUALIFIERS)})", expect,
                               "qualifiers")
        if "category" in expect and expect["category"] not in tx.EXEMPTION_CATEGORIES:
            raise config_error(f"unknown exemption category {expect['category']!r}", expect, "category")
        text = item["text"].strip()
        texts.append(text)
        expects.append((text, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in expect.items()))))
    return tuple(texts), tuple(expects)


def _examples(rule: YDict) -> tuple[tuple[str, ...], tuple[str, ...], tuple]:
    ex = rule["examples"]
    if not isinstance(ex, dict):
        raise config_error("'examples' must be a mapping with 'match' and 'no_match' lists", rule, "examples")
    for key in ex:
        if key not in ("match", "no_match"):
            raise config_error(f"unknown key {key!r} in examples (expected match, no_match)", ex, key)
    match, expects = _match_examples(ex)
    no_match = _str_list(ex, "no_match")
    if not match or not no_match:
        raise config_error("every rule needs at least one 'match' and one 'no_match' example", rule, "examples")
    return match, no_match, expects


def parse_rule(rule: Any, container: Any, index: int) -> Rule:
    """One rule mapping -> Rule, or ConfigError pointing at what is wrong."""
    if not isinstance(rule, YDict):
        raise config_error("each rule must be a mapping", container, index)
    check_keys(rule, RULE_KEYS, REQUIRED)
    rule_id = _str(rule, "id")
    if not ID_RE.match(rule_id):
        raise config_error(f"bad rule id {rule_id!r}: use lower-case words joined by dots, e.g. "
                           "exemption.criminal-investigation", rule, "id")
    kind = _str(rule, "kind")
    if kind not in tx.RULE_KINDS:
        raise config_error(f"unknown kind {kind!r} (expected one of: {', '.join(tx.RULE_KINDS)})", rule, "kind")
    target = _target(rule_id, kind)
    if target is None:
        raise config_error(f"rule id {rule_id!r} does not name a {kind} id of the taxonomy: it starts with "
                           f"{_expected_ids(kind)} (optionally followed by .suffix)", rule, "id")
    severity = _str(rule, "severity")
    if severity not in tx.SEVERITIES:
        raise config_error(f"unknown severity {severity!r} (expected one of: {', '.join(tx.SEVERITIES)})",
                           rule, "severity")
    inside = _str_list(rule, "inside")
    for i, role in enumerate(inside):
        if role not in INSIDE:
            raise config_error(f"unknown role {role!r} in 'inside' (expected: {', '.join(sorted(INSIDE))})",
                               rule["inside"], i)
    priority = rule.get("priority", 0)
    if not isinstance(priority, int) or isinstance(priority, bool):
        raise config_error("'priority' must be an integer", rule, "priority")
    outranks = _str_list(rule, "outranks")
    for i, other in enumerate(outranks):
        if other not in tx.EXEMPTION_CATEGORIES:
            raise config_error(f"unknown category {other!r} in 'outranks'", rule["outranks"], i)
    patterns = _patterns(rule)
    # The describing rule of a derived target carries no patterns; a suffixed rule may feed it words
    # ("exemption.other.topics": topics with no category of their own).
    derived = rule_id in DERIVED_TARGETS or target.startswith(DERIVED_PREFIXES)
    if not patterns and not derived:
        raise config_error("missing required key 'match'", rule)
    if patterns and derived:
        raise config_error(f"{target} is derived by the analyzer and takes no 'match' patterns", rule, "match")
    match, no_match, expects = _examples(rule)
    return Rule(id=rule_id, kind=kind, target=target, title=_str(rule, "title"), severity=severity,
                message=_str(rule, "message"), why=_str(rule, "why"), references=_str_list(rule, "references"),
                inside=inside, priority=priority, aliases=_str_list(rule, "aliases"), outranks=outranks,
                patterns=patterns,
                examples_match=match, examples_no_match=no_match, examples_expect=expects, source=mark_of(rule))


def parse_file(data: Any, path: str) -> list[Rule]:
    """A whole rule file (``rules: [...]``) -> Rules."""
    if data is None:  # an empty file is most likely a mistake (a file emptied by a bad merge): say so
        raise ConfigError("the file is empty; a rule file holds 'rules:' and a list (write 'rules: []' for a file "
                          "that is empty on purpose)", path, 1, 1)
    if not isinstance(data, YDict) or "rules" not in data:
        raise ConfigError("a rule file is a mapping with one key, 'rules', holding a list", path, 1, 1)
    for key in data:
        if key != "rules":
            raise config_error(f"unknown key {key!r} (a rule file has only 'rules')", data, key)
    rules = data["rules"]
    if not isinstance(rules, YList):
        raise config_error("'rules' must be a list", data, "rules")
    return [parse_rule(rule, rules, i) for i, rule in enumerate(rules)]
