"""The Python API behind the CLI: read a source, analyze it, filter what is reported.

Everything here returns the plain data classes of ``findings.py``; nothing prints. A source that
cannot be read becomes an Analysis with status "error" (the CLI reports it and carries on with
the other inputs) unless ``raise_errors`` is set.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .errors import InputError
from .findings import STATUS_ERROR, Analysis
from .ingest.limits import DEFAULT as DEFAULT_LIMITS
from .ingest.limits import Limits
from .rulebook import RuleBook, load_rulebook
from .taxonomy import SEVERITY_RANK


@dataclass(frozen=True)
class Options:
    """How to analyze: which rules, which PDF engine, whether to use the cache, what to report."""

    rules: tuple[str, ...] = ()  # extra rule pack directories (--rules)
    select: tuple[str, ...] = ()  # report only findings whose rule id matches one of these globs
    ignore: tuple[str, ...] = ()  # never report findings whose rule id matches one of these globs
    engine: str = "pdfplumber"
    use_cache: bool = True
    scoring: str | None = None  # a scoring.yaml to use instead of the pack's
    limits: Limits = DEFAULT_LIMITS  # what one input may cost (--max-size, --max-pages, --max-line)


@dataclass
class Context:
    """What is loaded once per process and shared by every document: the rule book (and so the
    spaCy pipeline built from it) and the scoring model."""

    options: Options = field(default_factory=Options)
    # Told (file label, pages done, pages in all) as a PDF is read: the CLI's progress on long
    # documents. A hook, not an option: it changes nothing in any result.
    on_page: Callable[[str, int, int], None] | None = field(default=None, compare=False, repr=False)
    _rulebook: RuleBook | None = None
    _scoring: object | None = None
    _cache: object | None = None

    @property
    def rulebook(self) -> RuleBook:
        if self._rulebook is None:
            self._rulebook = load_rulebook(self.options.rules)
        return self._rulebook

    @property
    def scoring(self):
        if self._scoring is None:
            from .scoring import load_model

            self._scoring = load_model(self.options.scoring, self.options.rules)
        return self._scoring

    @property
    def cache(self):
        """The analysis cache (None with --no-cache)."""
        if self._cache is None and self.options.use_cache:
            from .analysis_cache import AnalysisCache

            self._cache = AnalysisCache(self)
        return self._cache

    def cached(self, data: bytes, label: str) -> Analysis | None:
        """The cached analysis of these bytes, if any."""
        import hashlib

        return self.cache.get(hashlib.sha256(data).hexdigest(), label) if self.cache is not None else None


def _wanted(rule_id: str, options: Options) -> bool:
    if options.select and not any(fnmatch.fnmatchcase(rule_id, g) for g in options.select):
        return False
    return not any(fnmatch.fnmatchcase(rule_id, g) for g in options.ignore)


def rule_names(rulebook: RuleBook) -> set[str]:
    """Every id a finding can be reported under: the rules' ids, aliases and targets."""
    from . import taxonomy as tx

    names = {r.id for r in rulebook.rules} | {r.target for r in rulebook.rules}
    names |= {alias for r in rulebook.rules for alias in r.aliases}
    names |= {f"exemption.{c}" for c in tx.EXEMPTION_CATEGORIES} | {f"gap.{g}" for g in tx.GAPS}
    return names


def check_rule_globs(options: Options, rulebook: RuleBook, labels: tuple[str, str] = ("--select", "--ignore")) -> None:
    """A ``--select``/``--ignore`` glob that matches no rule is a typo, not a filter: it would hide
    every finding (and so turn the ``--fail-on`` gate off) without a word. UsageError naming it, by
    ``labels`` (the flags, or where a configuration file set them)."""
    from .errors import UsageError

    names = rule_names(rulebook)
    for flag, globs in zip(labels, (options.select, options.ignore), strict=True):
        for glob in globs:
            if not any(fnmatch.fnmatchcase(name, glob) for name in names):
                raise UsageError(f"{flag} {glob!r} matches no rule in the loaded pack (see: redline rules list)")


def filter_findings(analysis: Analysis, options: Options) -> Analysis:
    """Drop the findings ``--select``/``--ignore`` leave out of the report and the ``--fail-on``
    gate. Run after scoring: like a suppression, choosing what to see does not change the law's
    score (nor so the ``--max-score`` gate)."""
    if options.select or options.ignore:
        analysis.findings = [f for f in analysis.findings if _wanted(f.rule_id, options)]
    return analysis


def at_or_above(analyses: list[Analysis], min_severity: str | None) -> list[Analysis]:
    """What ``--min-severity`` shows: copies of ``analyses`` keeping the findings at or above it and
    the prohibitions (what the law bans is never hidden). Display only: gates run on the originals."""
    if not min_severity:
        return analyses
    floor = SEVERITY_RANK[min_severity]
    return [replace(a, findings=[f for f in a.findings if f.kind == "prohibition"
                                 or SEVERITY_RANK.get(f.severity, 0) >= floor]) for a in analyses]


INTERNAL = "internal"  # metadata["error-kind"] of a document an internal error stopped


def error_analysis(label: str, reason: str | InputError, *, internal: bool = False) -> Analysis:
    """The record of a document that could not be analyzed: reported, and the others go on.
    ``internal``: a bug of redline's stopped it, not its input (the CLI exits 4, not 3)."""
    text = reason.reason if isinstance(reason, InputError) else reason
    return Analysis(path=label, sha256="", pages=0, status=STATUS_ERROR, error=text, score=None,
                    metadata={"error-kind": INTERNAL} if internal else {})


def internal_error(analysis: Analysis) -> bool:
    """Did a bug of redline's (not the input) stop this document's analysis?"""
    return analysis.status == STATUS_ERROR and analysis.metadata.get("error-kind") == INTERNAL


def analyze_document(doc, context: Context, *, role_hint: str | None = None) -> Analysis:
    """Analyze a Document already read, score it, then filter what is reported."""
    from .analysis import analyze_document as run
    from .scoring import score

    analysis = run(doc, context.rulebook, role_hint=role_hint)
    analysis.score = score(analysis, context.scoring)  # every finding counts: the score is the law's
    return filter_findings(analysis, context.options)


def analyze_bytes(data: bytes, label: str, context: Context) -> Analysis:
    """Analyze a file's bytes (from the analysis cache when it has them); InputError if unreadable."""
    from .ingest import load_bytes

    cached = context.cached(data, label)
    if cached is not None:
        return cached
    hook = context.on_page
    pages = (lambda done, total: hook(label, done, total)) if hook else None
    doc = load_bytes(data, label, engine=context.options.engine, use_cache=context.options.use_cache,
                     limits=context.options.limits, on_page=pages)
    analysis = analyze_document(doc, context)
    if context.cache is not None:
        context.cache.put(analysis)
    return analysis


def analyze_path(source: str | os.PathLike, context: Context, *, raise_errors: bool = False) -> Analysis:
    """Read and analyze one file (or ``-`` for stdin)."""
    from .ingest import read_bytes

    try:
        data, label = read_bytes(source)
        return analyze_bytes(data, label, context)
    except InputError as exc:
        if raise_errors:
            raise
        return error_analysis(exc.path, exc)


def analyze(source: str | os.PathLike | bytes, *, options: Options | None = None,
            context: Context | None = None) -> Analysis:
    """Analyze a law: a path (PDF, text, Markdown, DOCX, HTML), ``-`` for stdin, or its text as
    ``bytes``. Raises InputError when the source cannot be read.

    >>> from redline_cli import analyze
    >>> a = analyze("corpus/boston-16-62.txt")
    >>> [f.category for f in a.exemptions]
    ['criminal-investigation']
    """
    context = context or Context(options or Options())
    if isinstance(source, bytes):
        from .ingest import load_bytes

        doc = load_bytes(source, "<bytes>", engine=context.options.engine, use_cache=False)
        return analyze_document(doc, context)
    return analyze_path(source, context, raise_errors=True)


def analyze_text(text: str, *, role: str | None = None, context: Context | None = None) -> Analysis:
    """Analyze a law's text given as a string. ``role`` ("prohibition" or "exemption") says what
    the text is when it is one provision lifted out of its law."""
    from .ingest import load_bytes

    context = context or Context()
    doc = load_bytes(text.encode("utf-8"), "<text>", use_cache=False)
    return analyze_document(doc, context, role_hint=role)


def compare(sources: Iterable[str | os.PathLike], *, options: Options | None = None, sort: str = "score",
            reverse: bool = False, jobs: int = 1):
    """The feature matrix of several laws (``matrix.Matrix``): a row per document, a column per
    exemption category and coverage field, and the scores.

    >>> from redline_cli import compare
    >>> m = compare(["corpus/boston-16-62.txt", "corpus/sebastopol-8-80.txt"])
    >>> [(r.path, r.score) for r in m.rows]
    [('corpus/sebastopol-8-80.txt', 12), ('corpus/boston-16-62.txt', 35)]
    """
    from . import batch
    from .matrix import build

    context = Context(options or Options())
    analyses = list(batch.run([str(s) for s in sources], context, jobs=jobs))
    return build(analyses, sort=sort, reverse=reverse)


def diff(old: str | os.PathLike, new: str | os.PathLike, *, options: Options | None = None):
    """What a new draft changed (``draft_diff.DiffReport``): exemptions added, removed or widened, acts
    and coverage lost or gained, durability, and the score before and after.

    >>> from redline_cli import diff
    >>> d = diff("tests/data/drafts/draft-v1.txt", "tests/data/drafts/draft-v2.txt")
    >>> [c.kind for c in d.changes]
    ['exemption-widened', 'exemption-added', 'acts-dropped']
    """
    from .draft_diff import diff as run_diff

    context = Context(options or Options())
    return run_diff(analyze_path(old, context, raise_errors=True), analyze_path(new, context, raise_errors=True),
                    context.scoring)


DOCUMENT_SUFFIXES = (".pdf", ".txt", ".text", ".md", ".markdown", ".docx", ".html", ".htm")


def expand_paths(paths: Iterable[str], glob: str | None = None) -> list[str]:
    """Files named, and the documents under directories named (recursively; PDF, text, Markdown,
    DOCX and HTML files, those of them matching ``glob`` if given), in a stable order. ``-`` (stdin)
    and paths that do not exist pass through, to be reported as unreadable; so does a directory
    with no documents (see ``empty_directories``)."""
    out: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found = [str(p) for p in _documents_under(path, glob)]
            out.extend(found or [raw])
        else:
            out.append(raw)
    return out


def no_documents_reason(glob: str | None = None) -> str:
    """Why a directory named as an input gave nothing to analyze (an input error, like a missing file)."""
    wanted = f"matching --glob {glob!r}" if glob else "(PDF, text, Markdown, DOCX or HTML)"
    return f"no documents {wanted} found in this directory"


def empty_directories(files: Iterable[str], glob: str | None = None) -> dict[str, str]:
    """The directories ``expand_paths`` passed through because they hold no documents, each with
    the reason to report it by."""
    return {f: _unlistable(f) or no_documents_reason(glob) for f in files if f != "-" and Path(f).is_dir()}


def _unlistable(directory: str) -> str | None:
    """Why a directory cannot be listed, if it cannot."""
    try:
        with os.scandir(directory):
            return None
    except OSError as exc:
        return f"cannot list this directory ({exc.strerror or exc})"


def _hidden(path: Path, root: Path) -> bool:
    """A hidden file, one under a hidden directory, or one a glob such as ``../*`` took outside."""
    try:
        relative = path.relative_to(root)
    except ValueError:
        return True
    return any(part.startswith(".") for part in relative.parts)


def _documents_under(root: Path, glob: str | None) -> list[Path]:
    """The documents below ``root``, skipping hidden files and directories (.git, .venv,
    .pytest_cache: no law lives there), which are not even entered. ``glob`` is matched as
    ``Path.rglob`` would, in each directory walked, and only picks among the document types."""
    found: set[Path] = set()
    unreadable: list[Path] = []

    def cannot_list(exc: OSError) -> None:
        if exc.filename is not None:
            unreadable.append(Path(exc.filename))

    for directory, subdirs, names in os.walk(root, onerror=cannot_list):
        subdirs[:] = sorted(d for d in subdirs if not d.startswith("."))
        here = Path(directory)
        candidates = here.glob(glob) if glob else (here / name for name in names)
        for p in candidates:
            # --glob chooses among documents: never a gold file, an image or a note beside them.
            if p.suffix.lower() in DOCUMENT_SUFFIXES and not _hidden(p, root) and p.is_file():
                found.add(p)
    # A directory that cannot be listed is named, not skipped: it becomes an input error in its place.
    return sorted(found | {d for d in unreadable if d != root or found})
