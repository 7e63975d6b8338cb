"""Analyses against gold files: precision, recall and F1 per exemption category, for prohibitions
and qualifiers, agreement per coverage field, and ``absent`` ids that were reported anyway.

Gold format: README, "Gold files". A found exemption matches a gold one when the categories agree
and the spans overlap (one to one). Gold quotes are located in the analyzed text with whitespace
folded and, for PDFs, with a hyphen lost at a line break tolerated. Every ``<slug>.gold.yaml``
is scored against its document and against any PDF renderings of it named ``<slug>.<layout>.pdf``
in the same folder or its ``variants/`` folder.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import ConfigError, UsageError
from .findings import Analysis, Finding
from .rulebook.yamlload import YDict, check_keys, config_error, load_yaml
from .taxonomy import BOOLEAN_COVERAGE, DURABILITY, EXEMPTION_CATEGORIES, LIST_COVERAGE, QUALIFIERS

COVERAGE_KEYS = ("acts", "derived-information", "third-parties", "donations", "technologies", "actors",
                 "enforcement", "durability")


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None or p + r == 0:
            return None
        return 2 * p * r / (p + r)

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": self.precision, "recall": self.recall,
                "f1": self.f1}


@dataclass
class Agreement:
    agree: int = 0
    total: int = 0

    @property
    def rate(self) -> float | None:
        return self.agree / self.total if self.total else None

    def to_dict(self) -> dict[str, Any]:
        return {"agree": self.agree, "total": self.total, "rate": self.rate}


@dataclass
class DocumentResult:
    path: str
    gold: str
    exemptions: dict[str, Counts] = field(default_factory=dict)
    prohibitions: Counts = field(default_factory=Counts)
    qualifiers: Counts = field(default_factory=Counts)
    coverage: dict[str, bool] = field(default_factory=dict)  # key -> agrees
    coverage_diff: dict[str, tuple[Any, Any]] = field(default_factory=dict)  # key -> (gold, found) when not
    absent_violations: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)  # readable notes on each error
    unmatched_quotes: list[str] = field(default_factory=list)
    has_prohibition: bool = False
    found_prohibition: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "gold": self.gold,
                "exemptions": {k: v.to_dict() for k, v in sorted(self.exemptions.items())},
                "prohibitions": self.prohibitions.to_dict(), "qualifiers": self.qualifiers.to_dict(),
                "coverage": self.coverage, "coverage_diff": {k: list(v) for k, v in self.coverage_diff.items()},
                "absent_violations": self.absent_violations, "errors": self.missed,
                "unmatched_quotes": self.unmatched_quotes}


@dataclass
class EvalReport:
    documents: list[DocumentResult] = field(default_factory=list)

    def exemption_counts(self) -> dict[str, Counts]:
        out: dict[str, Counts] = {}
        for doc in self.documents:
            for cat, counts in doc.exemptions.items():
                out.setdefault(cat, Counts()).add(counts)
        return dict(sorted(out.items()))

    def exemptions_overall(self) -> Counts:
        total = Counts()
        for counts in self.exemption_counts().values():
            total.add(counts)
        return total

    def prohibitions(self) -> Counts:
        total = Counts()
        for doc in self.documents:
            total.add(doc.prohibitions)
        return total

    def qualifiers(self) -> Counts:
        total = Counts()
        for doc in self.documents:
            total.add(doc.qualifiers)
        return total

    def coverage(self) -> dict[str, Agreement]:
        out = {key: Agreement() for key in COVERAGE_KEYS}
        for doc in self.documents:
            for key, agrees in doc.coverage.items():
                out[key].total += 1
                out[key].agree += int(agrees)
        return out

    def coverage_overall(self) -> Agreement:
        total = Agreement()
        for agreement in self.coverage().values():
            total.agree += agreement.agree
            total.total += agreement.total
        return total

    def documents_missing_prohibition(self) -> list[str]:
        return [d.path for d in self.documents if d.has_prohibition and not d.found_prohibition]

    def absent_violations(self) -> list[str]:
        return [f"{d.path}: {v}" for d in self.documents for v in d.absent_violations]

    def to_dict(self) -> dict[str, Any]:
        return {
            "exemptions": {"overall": self.exemptions_overall().to_dict(),
                           "by_category": {k: v.to_dict() for k, v in self.exemption_counts().items()}},
            "prohibitions": self.prohibitions().to_dict(),
            "documents_missing_prohibition": self.documents_missing_prohibition(),
            "qualifiers": self.qualifiers().to_dict(),
            "coverage": {"overall": self.coverage_overall().to_dict(),
                         "by_field": {k: v.to_dict() for k, v in self.coverage().items()}},
            "absent_violations": self.absent_violations(),
            "documents": [d.to_dict() for d in self.documents],
        }


# ---------------------------------------------------------------------------- quotes
def quote_pattern(quote: str) -> re.Pattern:
    """A quote as a pattern: any whitespace between words, a hyphen that a line break may have
    eaten or kept ("semi-automated" / "semiautomated"), and a bill's printed line number inside
    the quote ("A government 8 entity shall not") that the text read without its margin lacks."""
    words = quote.split()
    parts = [re.escape(w).replace(r"\-", r"-?\s*") for w in words]
    pattern = parts[0] if parts else ""
    for prev, word, part in zip(words, words[1:], parts[1:], strict=False):
        if word.isdigit() and len(word) <= 3 and not prev.isdigit():
            pattern += r"(?:\s+" + part + r")?"  # a margin number the text may have dropped
        else:
            pattern += r"\s+" + part
    return re.compile(pattern)


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    m = quote_pattern(quote).search(text)
    return (m.start(), m.end()) if m else None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _span(f: Finding) -> tuple[int, int] | None:
    return (f.location.char_start, f.location.char_end) if f.location else None


# ---------------------------------------------------------------------------- scoring one document
def _load_gold(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read gold file ({exc})", str(path)) from None
    except yaml.MarkedYAMLError as exc:  # one line, at the position, not PyYAML's multi-line message
        mark = exc.problem_mark or exc.context_mark
        raise ConfigError(f"invalid YAML in gold file: {exc.problem or exc.context or 'syntax error'}", str(path),
                          mark.line + 1 if mark else None, mark.column + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"invalid YAML in gold file: {' '.join(str(exc).split())}", str(path)) from None
    if not isinstance(data, dict) or "document" not in data:
        raise ConfigError("a gold file is a mapping with at least 'document'", str(path))
    marked = load_yaml(path)  # the same data, with the position of every value for the errors below
    check_gold(marked)
    return marked


GOLD_KEYS = ("document", "complete", "prohibitions", "exemptions", "coverage", "absent", "notes")


def valid_id(ident: Any) -> bool:
    """An id of ``absent`` (README, "Gold files"): exemption.<category>, qualifier.<name>,
    coverage.<key> for the yes/no keys, coverage.<key>.<value> for the lists and durability."""
    if not isinstance(ident, str):
        return False
    kind, _, rest = ident.partition(".")
    if kind == "exemption":
        return rest in EXEMPTION_CATEGORIES
    if kind == "qualifier":
        return rest in QUALIFIERS
    if kind == "coverage":
        key, _, value = rest.partition(".")
        if key in BOOLEAN_COVERAGE:
            return not value
        if key == "durability":
            return value in DURABILITY
        return key in LIST_COVERAGE and value in LIST_COVERAGE[key]
    return False


def _items(gold: YDict, key: str) -> list[tuple[Any, YDict]]:
    """The list under ``key`` (absent or null: none), each item with the list it is in."""
    value = gold.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise config_error(f"{key!r} must be a list", gold, key)
    return [(value, item) for item in value]


def _text(container: Any, key: str, where: str) -> None:
    if not isinstance(container.get(key), str) or not container.get(key).strip():
        raise config_error(f"{where} needs a {key!r} (text)", container, key if key in container else None)


def check_gold(gold: YDict) -> None:
    """Every key and id of a gold file is one the taxonomy and the gold format (README, "Gold
    files") define: an unknown category, qualifier, coverage value or absent id would otherwise be
    scored as a miss. ConfigError at its ``file:line:col``."""
    check_keys(gold, GOLD_KEYS, ("document",))
    if not isinstance(gold["document"], str):
        raise config_error("'document' must be a file name", gold, "document")
    for _, p in _items(gold, "prohibitions"):
        if not isinstance(p, dict):
            raise config_error("a prohibition is a mapping with a 'quote'", gold, "prohibitions")
        check_keys(p, ("quote", "notes"), ("quote",))
        _text(p, "quote", "a prohibition")
    for _, e in _items(gold, "exemptions"):
        if not isinstance(e, dict):
            raise config_error("an exemption is a mapping with a 'category' and a 'quote'", gold, "exemptions")
        check_keys(e, ("category", "quote", "qualifiers", "notes"), ("category", "quote"))
        if e["category"] not in EXEMPTION_CATEGORIES:
            raise config_error(f"unknown category {e['category']!r} (expected one of: "
                               f"{', '.join(EXEMPTION_CATEGORIES)})", e, "category")
        _text(e, "quote", "an exemption")
        qualifiers = e.get("qualifiers") or []
        if not isinstance(qualifiers, list):
            raise config_error("'qualifiers' must be a list", e, "qualifiers")
        for i, q in enumerate(qualifiers):
            if q not in QUALIFIERS:
                raise config_error(f"unknown qualifier {q!r} (expected one of: {', '.join(QUALIFIERS)})",
                                   qualifiers, i)
    coverage = gold.get("coverage")
    if coverage is not None:
        if not isinstance(coverage, dict):
            raise config_error("'coverage' must be a mapping of coverage key: value", gold, "coverage")
        check_keys(coverage, (*COVERAGE_KEYS, "notes"), ())
        for key, value in coverage.items():
            if key == "notes":
                continue
            if key in BOOLEAN_COVERAGE:
                if not isinstance(value, bool):
                    raise config_error(f"coverage {key!r} must be true or false", coverage, key)
            elif key == "durability":
                if value not in DURABILITY:
                    raise config_error(f"unknown durability {value!r} (expected one of: {', '.join(DURABILITY)})",
                                       coverage, key)
            elif not isinstance(value, list):
                raise config_error(f"coverage {key!r} must be a list", coverage, key)
            else:
                for i, item in enumerate(value):
                    if item not in LIST_COVERAGE[key]:
                        raise config_error(f"unknown {key} value {item!r} (expected one of: "
                                           f"{', '.join(LIST_COVERAGE[key])})", value, i)
    for i, (container, ident) in enumerate(_items(gold, "absent")):
        if not valid_id(ident):
            raise config_error(f"unknown id {ident!r} in 'absent' (ids are exemption.<category>, "
                               "qualifier.<name>, coverage.<key> or coverage.<key>.<value>)", container, i)


def _found_coverage(analysis: Analysis, key: str) -> Any:
    cov = analysis.coverage
    if key in BOOLEAN_COVERAGE:
        return getattr(cov, key.replace("-", "_"))
    if key == "durability":
        return cov.durability
    return sorted(getattr(cov, key))


def score_document(analysis: Analysis, gold: dict[str, Any], text: str, gold_name: str) -> DocumentResult:
    result = DocumentResult(path=analysis.path, gold=gold_name)
    # Exemptions: one-to-one, same category, overlapping spans.
    found = [f for f in analysis.exemptions if _span(f)]
    used: set[int] = set()
    for g in gold.get("exemptions") or []:
        cat = g["category"]
        counts = result.exemptions.setdefault(cat, Counts())
        span = locate_quote(text, g["quote"])
        if span is None:
            result.unmatched_quotes.append(g["quote"][:80])
            counts.fn += 1
            continue
        match = next((i for i, f in enumerate(found) if i not in used and f.category == cat
                      and _overlaps(_span(f), span)), None)
        if match is None:
            counts.fn += 1
            near = [f.category for f in found if _overlaps(_span(f), span)]
            result.missed.append(f"missed {cat} exemption{' (found as ' + ', '.join(near) + ')' if near else ''}: "
                                 f"{g['quote'][:70]!r}")
            continue
        used.add(match)
        counts.tp += 1
        gq, fq = set(g.get("qualifiers") or []), set(found[match].qualifiers)
        result.qualifiers.tp += len(gq & fq)
        result.qualifiers.fp += len(fq - gq)
        result.qualifiers.fn += len(gq - fq)
    for i, f in enumerate(found):
        if i not in used:
            result.exemptions.setdefault(f.category, Counts()).fp += 1
            result.missed.append(f"extra {f.category} exemption at {f.citation}: {' '.join(f.quote.split())[:70]!r}")
    # Prohibitions: a gold prohibition is found when a found one overlaps it, and a found one is
    # extra when it overlaps none. Labellers differ on whether "shall not X, and shall not Y" is one
    # entry or two; what an analyst needs is that every banned conduct is found, once or split.
    golds = [locate_quote(text, p["quote"]) for p in gold.get("prohibitions") or []]
    result.unmatched_quotes += [p["quote"][:80] for p, s in zip(gold.get("prohibitions") or [], golds, strict=True)
                                if s is None]
    bans = [f for f in analysis.prohibitions if _span(f)]
    spans = [_span(f) for f in bans]
    taken: set[int] = set()
    for span, gold_ban in zip(golds, gold.get("prohibitions") or [], strict=True):
        if span is None:
            result.prohibitions.fn += 1
            continue
        matches = [i for i, s in enumerate(spans) if _overlaps(s, span)]
        if not matches:
            result.prohibitions.fn += 1
            result.missed.append(f"missed prohibition: {' '.join(gold_ban['quote'].split())[:70]!r}")
        else:
            taken.update(matches)
            result.prohibitions.tp += 1
    result.prohibitions.fp += len(spans) - len(taken)
    result.missed += [f"extra prohibition at {f.citation}: {' '.join(f.quote.split())[:70]!r}"
                      for i, f in enumerate(bans) if i not in taken]
    result.has_prohibition = bool(golds)
    result.found_prohibition = bool(taken) or (not golds and not spans)
    # Coverage: only the keys the gold file settles.
    for key, value in (gold.get("coverage") or {}).items():
        if key not in COVERAGE_KEYS:
            continue
        expected = sorted(value) if key in LIST_COVERAGE else value
        got = _found_coverage(analysis, key)
        result.coverage[key] = expected == got
        if expected != got:
            result.coverage_diff[key] = (expected, got)
    reported = analysis.reported_ids() | {f"exemption.{f.category}" for f in analysis.exemptions}
    reported |= analysis.coverage.ids()
    result.absent_violations = sorted(set(gold.get("absent") or []) & reported)
    return result


# ---------------------------------------------------------------------------- a whole folder
def gold_files(directory: Path) -> list[Path]:
    files = sorted(directory.glob("*.gold.yaml"))
    if not files:
        raise UsageError(f"{directory}: no *.gold.yaml files found")
    return files


def documents_for(gold_path: Path, gold: dict[str, Any]) -> list[Path]:
    """The document a gold file names, and PDF renderings of it (``<slug>.<layout>.pdf``)."""
    doc = gold_path.parent / gold["document"]
    slug = Path(gold["document"]).stem
    variants = sorted(gold_path.parent.glob(f"{slug}.*.pdf")) + sorted((gold_path.parent / "variants").glob(
        f"{slug}.*.pdf"))
    return [doc, *variants]


def evaluate(directory: str | Path, analyze: Callable[[Path], tuple[Analysis, str]],
             only: Iterable[str] = ()) -> EvalReport:
    """Score every gold file in ``directory``. ``analyze(path)`` returns the Analysis and the text it
    read (the Document's text), so quotes are located in what was analyzed."""
    directory = Path(directory)
    if not directory.is_dir():
        raise UsageError(f"{directory}: not a directory (eval takes a folder of documents and gold files)")
    report = EvalReport()
    wanted = set(only)
    for gold_path in gold_files(directory):
        gold = _load_gold(gold_path)
        for doc_path in documents_for(gold_path, gold):
            if wanted and doc_path.name not in wanted:
                continue
            analysis, text = analyze(doc_path)
            report.documents.append(score_document(analysis, gold, text, gold_path.name))
    return report


def _pct(value: float | None) -> str:
    return "  -  " if value is None else f"{value:5.2f}"


def render_text(report: EvalReport, out) -> None:
    """The evaluation as a plain table (for people and CI logs)."""
    out.write(f"{'exemption category':28} {'tp':>4} {'fp':>4} {'fn':>4}  {'prec':>5}  {'recall':>6}  {'f1':>5}\n")
    for cat, c in report.exemption_counts().items():
        out.write(f"{cat:28} {c.tp:4} {c.fp:4} {c.fn:4}  {_pct(c.precision)}  {_pct(c.recall):>6}  {_pct(c.f1)}\n")
    c = report.exemptions_overall()
    out.write(f"{'ALL EXEMPTIONS':28} {c.tp:4} {c.fp:4} {c.fn:4}  {_pct(c.precision)}  {_pct(c.recall):>6}  "
              f"{_pct(c.f1)}\n")
    for name, c in (("prohibitions", report.prohibitions()), ("qualifiers (matched exemptions)",
                                                                report.qualifiers())):
        out.write(f"{name:28} {c.tp:4} {c.fp:4} {c.fn:4}  {_pct(c.precision)}  {_pct(c.recall):>6}  {_pct(c.f1)}\n")
    out.write(f"\n{'coverage field':28} {'agree':>5} / {'total':<5} rate\n")
    for key, a in report.coverage().items():
        out.write(f"{key:28} {a.agree:5} / {a.total:<5} {_pct(a.rate)}\n")
    a = report.coverage_overall()
    out.write(f"{'ALL COVERAGE':28} {a.agree:5} / {a.total:<5} {_pct(a.rate)}\n")
    missing = report.documents_missing_prohibition()
    out.write(f"\ndocuments with a prohibition not found: {len(missing)}\n")
    for path in missing:
        out.write(f"  {path}\n")
    violations = report.absent_violations()
    out.write(f"absent ids reported: {len(violations)}\n")
    for v in violations:
        out.write(f"  {v}\n")
    errors = [(d.path, e) for d in report.documents for e in d.missed]
    errors += [(d.path, f"coverage {k}: gold {g} found {f}") for d in report.documents
               for k, (g, f) in d.coverage_diff.items()]
    if errors:
        out.write("\nerrors\n")
        for path, e in errors:
            out.write(f"  {Path(path).name}: {e}\n")


__all__ = ["EXEMPTION_CATEGORIES", "EvalReport", "evaluate", "locate_quote", "render_text", "score_document"]
