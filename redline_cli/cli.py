"""The ``redline`` command: flags -> core calls -> reporter -> exit code. Nothing else.

Heavy modules (spaCy, pdfplumber) are imported inside the commands that need them, so
``redline --help`` stays instant. Exit codes: see ``errors.py``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from typer.core import TyperArgument, TyperCommand

from ._version import __version__
from .errors import (
    EXIT_GATE,
    EXIT_INPUT,
    EXIT_INTERNAL,
    EXIT_OK,
    EXIT_USAGE,
    InputError,
    InternalError,
    RedlineError,
    UsageError,
)
from .taxonomy import SEVERITIES
from .textsafe import one_line


class _Argument(TyperArgument):
    """An argument shown by its placeholder alone (``PATH...``, ``OLD``), never by a Python type."""

    def display_type_rich(self, ctx) -> str | None:
        return None

    def _usage_display_name(self) -> str:
        return self.metavar if self.required else f"[{self.metavar}]"


class _Command(TyperCommand):
    """A command whose arguments read as placeholders in help and usage (typer would add their
    Python type, ``PATH... <list[str]>``, and brace a required one, ``{OLD}``)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        for param in self.params:
            if isinstance(param, TyperArgument) and param.metavar:
                param.__class__ = _Argument


app = typer.Typer(
    name="redline",
    help="Analyze laws that ban surveillance technology: what they prohibit, every exemption, and "
    "the loopholes left, each with a citation.",
    no_args_is_help=True,
    add_completion=True,  # --install-completion, --show-completion: completing imports no spaCy
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: drawing it with rich costs more than the rest of startup
    context_settings={"help_option_names": ["-h", "--help"]},
    epilog="Examples:\n\n\b\n  redline analyze corpus/boston-16-62.txt\n  redline compare corpus/\n"
    "  redline diff old.txt new.txt --fail-on-new\n  redline COMMAND --help",
)


def _examples(*lines: str) -> str:
    """A command's epilog: its examples, kept as written (click re-flows a paragraph unless it opens
    with \\b)."""
    return "Examples:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


class Engine(StrEnum):
    pdfplumber = "pdfplumber"
    pdfium = "pdfium"


class ExtractFormat(StrEnum):
    text = "text"
    json = "json"


def _version(value: bool) -> None:
    if value:
        print(f"redline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """redline: read the law, cite every claim."""


PathsArg = Annotated[list[str], typer.Argument(metavar="PATH...", help="Files to read (PDF, text, Markdown, DOCX, "
                                               "HTML), or - for stdin.", show_default=False)]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="PDF engine: pdfplumber (careful) or pdfium "
                                           "(fast, for bulk runs).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the extraction cache.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to this file "
                                                "(atomically) instead of stdout.", show_default=False)]


def warn(message: str) -> None:
    """One line on stderr: diagnostics never mix with data on stdout. A closed stderr (``2>&-``)
    loses the line rather than failing the run."""
    if sys.stderr is None:
        return
    with contextlib.suppress(OSError, ValueError):
        print(one_line(message), file=sys.stderr, flush=True)  # a newline in a file name forges no line


_stopped_by: list[int] = []  # the signal (other than SIGINT) that stopped the run


def _stop_on_signals() -> None:
    """SIGTERM (a CI job cancelled, ``timeout``) and SIGHUP (a closed terminal) stop the run as
    Ctrl-C does: workers stopped, no partial output file left, one line, exit 128 + the signal."""
    def stop(signum: int, _frame) -> None:
        _stopped_by.append(signum)
        raise KeyboardInterrupt

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def _standard_fds_open() -> None:
    """Reopen a closed stdin, stdout or stderr on the null device before anything opens a file:
    otherwise the first file opened takes its number, and a warning meant for stderr lands in it."""
    for fd in (0, 1, 2):
        try:
            os.fstat(fd)
        except OSError:
            os.open(os.devnull, os.O_RDWR)  # the lowest free number: this one
    # Python leaves sys.stdout / sys.stderr None when they were closed at start: writes to them go
    # nowhere, and the run still ends with its own exit code.
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _encode_safely() -> None:
    """A stream whose encoding cannot hold every character (``PYTHONIOENCODING=cp1252``, a Windows
    console, ``LANG=C``) gets ``?`` for those it cannot, instead of a crash mid-report; stderr
    already shows them as escapes."""
    for stream in (sys.stdout, sys.stderr):
        if getattr(stream, "errors", None) == "strict":
            with contextlib.suppress(AttributeError, ValueError, OSError):
                stream.reconfigure(errors="replace")


@app.command(cls=_Command, epilog=_examples(
    "redline extract corpus/boston-16-62.txt",
    "redline extract bill.pdf --format json -o bill.json",
    "redline extract bill.pdf --engine pdfium"))
def extract(
    paths: PathsArg,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f",
                                               help="text (for people) or json.")] = ExtractFormat.text,
    engine: EngineOpt = Engine.pdfplumber,
    no_cache: NoCacheOpt = False,
    output: OutputOpt = None,
) -> int:
    """Show what ingest read: text with page:line marks, provisions.

    The normalized text with the page:line mark and citation of every line, then the provision tree:
    to check what was read from a PDF, a bill with margin numbers, DOCX or HTML.
    """
    from .ingest import load
    from .output import check_output, open_output
    from .report import extract as view

    check_output(output)
    _stdin_once(paths)
    code = EXIT_OK
    docs = []
    with open_output(output) as out:
        for path in paths:
            try:
                doc = load(path, engine=engine.value, use_cache=not no_cache)
            except InputError as exc:
                warn(f"redline: {exc}")
                code = max(code, exc.exit_code)
                continue
            except (RedlineError, KeyboardInterrupt):
                raise
            except Exception as exc:  # a bug of ours: one line, its own exit code, and the others go on
                warn(f"redline: {path}: internal error, please report it: {type(exc).__name__}: {exc}")
                code = max(code, EXIT_INTERNAL)
                continue
            if fmt is ExtractFormat.text:
                view.render_text(doc, out)
            else:
                docs.append(view.document_json(doc))
        if fmt is ExtractFormat.json:
            view.render_json(docs, out)
    return code



# ============================================================================ analyze
Severity = StrEnum("Severity", {name: name for name in SEVERITIES})
FailOn = StrEnum("FailOn", {name: name for name in (*SEVERITIES, "never")})
RulesOpt = Annotated[list[Path] | None, typer.Option("--rules", metavar="DIR", help="A directory of extra rule files "
                                                     "(repeatable).", show_default=False)]


def _format_choices() -> StrEnum:
    from .report import FORMATS

    return StrEnum("Format", {name: name for name in FORMATS})


OutputFormat = _format_choices()


def _default_format(choices) -> str:
    """``github`` (workflow annotations) when running in GitHub Actions and the command has it, else ``text``."""
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" and "github" in choices.__members__ else "text"


def _options(rules: list[Path] | None, engine: Engine, no_cache: bool, **more) -> object:
    """The core's Options from the flags every analyzing command shares (plus ``more``)."""
    from .api import Options

    return Options(rules=tuple(str(r) for r in rules or ()), engine=engine.value, use_cache=not no_cache, **more)


def _workers(jobs: int | None, files: list[str]) -> int:
    """--jobs, else one process for one file and a worker per core for more."""
    from .batch import default_jobs

    return jobs if jobs is not None else (1 if len(files) == 1 else default_jobs())


def _inputs(paths: list[str] | None, files_from: str | None, glob: str | None) -> list[str]:
    """The documents to analyze: the paths given, those listed in ``--files-from``, directories
    expanded (a directory without documents stays, to be reported as an input error, exit 3).
    stdin is one stream: naming it twice (``- -``, or ``-`` and ``--files-from -``) is a usage
    error, not a second, empty document."""
    from .api import expand_paths

    names = list(paths or [])
    if files_from == "-" and "-" in names:
        raise UsageError("stdin (-) can be read only once: it is both a document and --files-from")
    if files_from:
        listed = _read_list(files_from)
        if files_from == "-" and "-" in listed:
            raise UsageError("--files-from -: the list read from stdin names - (stdin) again")
        names += listed
    _stdin_once(names)
    if not names:
        raise UsageError("no input: give files, directories, - for stdin, or --files-from LIST")
    return expand_paths(names, glob)


def _stdin_once(names: list[str]) -> None:
    """stdin is one stream: a second ``-`` would read nothing and be reported as another document."""
    if names.count("-") > 1:
        raise UsageError("stdin (-) can be read only once: it is named more than once")


def _read_list(source: str) -> list[str]:
    """Paths listed one per line in a file (or ``-`` for stdin); blank lines and # comments skipped."""
    from .ingest import read_stdin

    try:
        text = read_stdin().decode("utf-8") if source == "-" else Path(source).read_text(encoding="utf-8")
    except InputError as exc:
        raise UsageError(f"--files-from -: {exc.reason}") from None
    except OSError as exc:
        raise UsageError(f"--files-from {source}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"--files-from {source}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x} at offset "
                         f"{exc.start}); list one path per line in UTF-8") from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


LONG_DOCUMENT_PAGES = 50  # a PDF this long gets a bar of its own pages while it is read


class _Bars:
    """Rich progress bars on stderr, only when stderr is a terminal and not ``--quiet``: one for the
    files of a batch, one per long PDF while it is read. ``advance`` and ``pages`` are the batch's
    hooks; both do nothing without a terminal."""

    def __init__(self, files: list[str], quiet: bool) -> None:
        self.files, self.progress, self.task, self.page_bars = files, None, None, {}
        if quiet or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self.progress = Progress(TextColumn("[progress.description]{task.description}"), BarColumn(),
                                 MofNCompleteColumn(), TimeElapsedColumn(), console=Console(stderr=True),
                                 transient=True)
        if len(files) > 1:
            self.task = self.progress.add_task("analyzing", total=len(files))

    def __enter__(self) -> _Bars:
        if self.progress is not None:
            self.progress.start()
        return self

    def __exit__(self, *_) -> None:
        if self.progress is not None:
            self.progress.stop()

    @property
    def on_page(self):
        return self.pages if self.progress is not None else None

    def advance(self, index: int, _analysis=None) -> None:
        if self.progress is not None:
            if index in self.page_bars:
                self.progress.remove_task(self.page_bars.pop(index))
            if self.task is not None:
                self.progress.advance(self.task)

    def pages(self, index: int, done: int, total: int) -> None:
        if total < LONG_DOCUMENT_PAGES or self.progress is None:
            return
        from rich.markup import escape

        name = escape(one_line(os.path.basename(self.files[index]))[:40])
        if index not in self.page_bars:
            self.page_bars[index] = self.progress.add_task(f"reading {name} (pages)", total=total)
        self.progress.update(self.page_bars[index], completed=done)
        if done == total:  # read: what is left is the analysis of the whole text
            self.progress.update(self.page_bars[index], description=f"analyzing {name} ({total} pages read)")


# Flags analyze, compare and diff share, spelled and behaving the same in each.
SelectOpt = Annotated[list[str] | None, typer.Option("--select", metavar="GLOB", help="Report only findings whose "
                                                     "rule id matches this glob (repeatable).", show_default=False)]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", metavar="GLOB", help="Never report findings whose "
                                                     "rule id matches this glob (repeatable).", show_default=False)]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary lines on stderr "
                                        "(errors and warnings are still shown).")]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour in the text report; its layout keeps the "
                                          "terminal's width (also: NO_COLOR=1).")]
GlobOpt = Annotated[str | None, typer.Option("--glob", metavar="GLOB", help="Which documents to take from "
                                             "directories (a glob on names; it picks among PDF, text, Markdown, "
                                             "DOCX and HTML files).", show_default=False)]
FilesFromOpt = Annotated[str | None, typer.Option("--files-from", metavar="FILE", help="Read more paths from this "
                                                  "file, one per line (- for stdin).", show_default=False)]
JobsOpt = Annotated[int | None, typer.Option("--jobs", "-j", metavar="N", min=1, help="Worker processes (default: "
                                             "the number of cores; 1 for a single file).", show_default=False)]


def _no_color(no_color: bool) -> None:
    """--no-color is NO_COLOR for this run: the report and the progress bars lose their colour, not
    their layout (a terminal's report keeps the terminal's width)."""
    if no_color:
        os.environ["NO_COLOR"] = "1"


ConfigOpt = Annotated[Path | None, typer.Option("--config", metavar="FILE", help="Read the settings from this file "
                                                "(a .redline.yaml, or a pyproject.toml with [tool.redline]) instead "
                                                "of the nearest one.", show_default=False)]
IsolatedOpt = Annotated[bool, typer.Option("--isolated", "--no-config", help="Read no configuration file and no "
                                           ".redline-ignore.yaml found by searching: the flags alone.")]


class _Settings:
    """The settings of one run: each flag given on the command line, else the configuration file's
    value (``--config FILE``, or the nearest ``.redline.yaml`` / ``[tool.redline]`` from the working
    directory upward, none with ``--isolated``), else the default."""

    def __init__(self, config_file: Path | None, isolated: bool) -> None:
        from .config import discover

        if config_file is not None and isolated:
            raise UsageError("--config and --isolated cannot be used together (--isolated reads no configuration)")
        self.isolated = isolated
        self.file = discover(config_file=config_file, isolated=isolated)

    def get(self, flag_value, key: str, default=None):
        """The flag's value when it was given, else the file's, else ``default``."""
        if flag_value is not None and flag_value != []:
            return flag_value.value if isinstance(flag_value, StrEnum) else flag_value
        value = getattr(self.file, key.replace("-", "_"))
        return default if value is None else value

    def label(self, flag_value, key: str) -> str:
        """How a message names where a value came from: the flag, or the file and its line."""
        return f"--{key}" if flag_value or getattr(self.file, key.replace("-", "_")) is None else self.file.where(key)

    def context(self, rules, engine, no_cache: bool, select, ignore, **more):
        """The core's Context for these flags and this file; a --select/--ignore glob (or the file's
        select/ignore) that matches no rule is a usage error naming where it was set."""
        from .api import Context, check_rule_globs

        chosen = {"select": tuple(self.get(select, "select", ())), "ignore": tuple(self.get(ignore, "ignore", ()))}
        context = Context(_options(list(self.get(rules, "rules", ())), engine, no_cache, **chosen, **more))
        if chosen["select"] or chosen["ignore"]:
            check_rule_globs(context.options, context.rulebook,
                             (self.label(select, "select"), self.label(ignore, "ignore")))
        return context

    def ignore_file(self, flag_value: Path | None, off: bool) -> Path | None:
        """--ignore-file, else the file's ignore-file, else the nearest .redline-ignore.yaml (none
        with --no-ignore-file or --isolated)."""
        from .config import find_ignore_file, shown

        if off:
            return None
        if flag_value is not None or self.file.ignore_file is not None:
            return flag_value or self.file.ignore_file
        found = None if self.isolated else find_ignore_file(Path.cwd())
        return shown(found) if found else None


def _also(name: str):
    """The option writing the ``name`` report to a file too, alongside the normal output."""
    return typer.Option(f"--{name}-output", metavar="FILE", show_default=False,
                        help=f"Also write the {name} report to FILE (atomically), whatever --format is.")


def _check_outputs(targets: dict[str, Path | None]) -> None:
    """Each file a run writes can be written, and no two flags name the same file."""
    from .output import check_output

    seen: dict[str, str] = {}
    for flag, path in targets.items():
        if path is None or str(path) == "-":
            continue
        check_output(path, flag)
        key = os.path.normcase(os.path.abspath(path))
        if key in seen:
            raise UsageError(f"{flag} {path}: {seen[key]} writes that file too")
        seen[key] = flag


@app.command(cls=_Command, epilog=_examples(
    "redline analyze corpus/boston-16-62.txt",
    "redline analyze drafts/ --format json -o out.json",
    "redline analyze drafts/ --format sarif -o redline.sarif --fail-on high --max-score 40",
    "redline analyze drafts/ --format github --sarif-output redline.sarif --markdown-output comment.md",
    "redline analyze drafts/ --config ci/redline.yaml",
    "redline analyze - < bill.txt"))
def analyze(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH...", help="Files or directories to analyze, "
                                                      "or - for stdin.", show_default=False)] = None,
    fmt: Annotated[OutputFormat | None, typer.Option("--format", "-f", help="Output format (default: text; github "
                                                     "when GITHUB_ACTIONS is set).", show_default=False)] = None,
    output: OutputOpt = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 if any finding is at or above this "
                                                   "severity (default: high; never: do not gate on severity).",
                                                   show_default=False)] = None,
    max_score: Annotated[int | None, typer.Option("--max-score", metavar="N", help="Exit 1 if a document's loophole "
                                                  "score is above N (0 to 100).", min=0, max=100,
                                                  show_default=False)] = None,
    min_severity: Annotated[Severity | None, typer.Option("--min-severity", help="Show only findings at or above "
                                                          "this severity (display only; gates are unaffected).",
                                                          show_default=False)] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    scoring: Annotated[Path | None, typer.Option("--scoring", metavar="FILE", help="A scoring.yaml to use instead "
                                                 "of the pack's.", show_default=False)] = None,
    engine: EngineOpt = Engine.pdfplumber,
    jobs: JobsOpt = None,
    timeout: Annotated[float | None, typer.Option("--timeout", metavar="SECONDS", help="Give up on a document after "
                                                  "this many seconds (at least 0.1).", min=0.1,
                                                  show_default=False)] = None,
    glob: GlobOpt = None,
    files_from: FilesFromOpt = None,
    no_cache: NoCacheOpt = False,
    ignore_file: Annotated[Path | None, typer.Option("--ignore-file", metavar="FILE", help="Suppressions to apply "
                                                     "(default: the nearest .redline-ignore.yaml, here or above).",
                                                     show_default=False)] = None,
    no_ignore_file: Annotated[bool, typer.Option("--no-ignore-file", help="Apply no suppressions.")] = False,
    baseline: Annotated[Path | None, typer.Option("--baseline", metavar="FILE", help="Report only findings not in "
                                                  "this baseline.", show_default=False)] = None,
    write_baseline: Annotated[Path | None, typer.Option("--write-baseline", metavar="FILE", help="Record this run's "
                                                        "findings as a baseline.", show_default=False)] = None,
    quiet: QuietOpt = False,
    explain: Annotated[bool, typer.Option("--explain", "-v", help="Text report: say why each finding matters "
                                          "(its rule's why; redline explain RULE_ID says more).")] = False,
    full: Annotated[bool, typer.Option("--full", help="Text report: whole quotes (a terminal 160 columns wide "
                                       "shows them whole too).")] = False,
    summary_only: Annotated[bool, typer.Option("--summary-only", help="Text report: only the summary table (a "
                                               "row per document), not each document's report.")] = False,
    no_color: NoColorOpt = False,
    max_size: Annotated[float, typer.Option("--max-size", metavar="MB", min=0.001,
                                            help="Refuse an input file larger than this (MB).")] = 64,
    max_pages: Annotated[int, typer.Option("--max-pages", metavar="N", min=1,
                                           help="Refuse a PDF with more pages than this.")] = 2000,
    max_line: Annotated[int, typer.Option("--max-line", metavar="N", min=1,
                                          help="Refuse a text with a line longer than this (characters).")] = 200_000,
    max_memory: Annotated[int, typer.Option("--max-memory", metavar="MB", min=256,
                                            help="Address space a document's analysis may use before the "
                                                 "document is given up (the others go on).")] = 4096,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
    text_output: Annotated[Path | None, _also("text")] = None,
    json_output: Annotated[Path | None, _also("json")] = None,
    sarif_output: Annotated[Path | None, _also("sarif")] = None,
    junit_output: Annotated[Path | None, _also("junit")] = None,
    markdown_output: Annotated[Path | None, _also("markdown")] = None,
    html_output: Annotated[Path | None, _also("html")] = None,
) -> int:
    """Find exemptions, gaps and the loophole score.

    Prohibitions, exemptions with their qualifiers, coverage (acts, technologies, actors, third
    parties, donations, derived information, enforcement, durability), gaps and the loophole score,
    each with a citation.
    """
    from . import batch, gates, suppress
    from .api import at_or_above, empty_directories
    from .output import open_output
    from .report import renderer

    settings = _Settings(config, isolated)
    also = {name: path for name, path in (("text", text_output), ("json", json_output), ("sarif", sarif_output),
                                          ("junit", junit_output), ("markdown", markdown_output),
                                          ("html", html_output)) if path is not None}
    _check_outputs({"--output": output, "--write-baseline": write_baseline,
                    **{f"--{name}-output": path for name, path in also.items()}})
    ignore_file = settings.ignore_file(ignore_file, no_ignore_file)
    entries = suppress.load_ignore_file(ignore_file) if ignore_file else []
    known = suppress.load_baseline(baseline) if baseline else set()
    fail_on_name = settings.get(fail_on, "fail-on", "high")
    max_score = settings.get(max_score, "max-score")

    files = _inputs(paths, files_from, glob)
    from .ingest.limits import Limits

    limits = Limits(max_bytes=int(max_size * 2**20), max_pages=max_pages, max_line=max_line,
                    max_memory_mb=max_memory)
    context = settings.context(rules, engine, no_cache, select, ignore, scoring=str(scoring) if scoring else None,
                               limits=limits)
    fmt_name = settings.get(fmt, "format") or _default_format(OutputFormat)
    _no_color(no_color)
    workers = _workers(jobs, files)
    fail = None if fail_on_name == "never" else fail_on_name
    shown = settings.get(min_severity, "min-severity")
    code = EXIT_OK
    analyses = []
    with open_output(output) as out:
        stream = fmt_name == "jsonl"
        with _Bars(files, quiet) as bars:
            for analysis in batch.run(files, context, jobs=workers, timeout=timeout, on_result=bars.advance,
                                      unreadable=empty_directories(files, glob), on_page=bars.on_page):
                suppress.apply_ignore(analysis, entries)
                suppress.apply_baseline(analysis, known)
                if analysis.status == "error":
                    warn(f"redline: {analysis.path}: {analysis.error}")
                    code = max(code, _error_code(analysis))
                elif analysis.metadata.get("pdf-warnings"):
                    warn(f"redline: {analysis.path}: warning: the PDF library reported "
                         f"{analysis.metadata['pdf-warnings']} (check the text with redline extract)")
                if stream:
                    from .report.json_report import render_line

                    render_line(at_or_above([analysis], shown)[0], out,
                                gates.evaluate([analysis], fail, max_score).reasons(0))
                analyses.append(analysis)
        result = gates.evaluate(analyses, fail, max_score)
        # --min-severity filters a display copy, for every format; the gates ran on the originals.
        options = {"gates": result, "rulebook": context.rulebook, "min_severity": shown, "explain": explain,
                   "full": full, "summary_only": summary_only}
        if not stream:
            renderer(fmt_name)(at_or_above(analyses, shown), out, color=False if no_color or output else None,
                               **options)
    for name, path in also.items():  # --sarif-output FILE and the like: the same run, another format
        with open_output(path) as extra:
            renderer(name)(at_or_above(analyses, shown), extra, color=False, **options)
    for message in suppress.unused(entries):  # a diagnostic, not progress: --quiet does not hide it
        warn(f"redline: {message}")
    if write_baseline:
        for a in analyses:  # the baseline records every finding, those an older baseline hid too
            a.findings += [s.finding for s in a.suppressed if s.by == "baseline"]
        suppress.write_baseline(write_baseline, analyses)
        # Adopting a baseline is a CI job's first step: it records today's findings, it does not
        # gate on them (exit 0, or 3 if an input could not be read).
        if not quiet:
            warn(f"redline: wrote the baseline {write_baseline} ({sum(len(a.findings) for a in analyses)} findings); "
                 "the gates are not applied when writing a baseline")
        return code
    if result.failed:
        code = max(code, EXIT_GATE)
        if not quiet:
            warn(f"redline: gate failed for {result.failed_count} of {len(analyses)} documents "
                 f"({', '.join(_tripped(result, fail_on_name, max_score))})")
    return code


def _error_code(analysis) -> int:
    """The exit code of a document that could not be analyzed: 4 when a bug of ours stopped it, else 3."""
    from .api import internal_error

    return EXIT_INTERNAL if internal_error(analysis) else EXIT_INPUT


def _tripped(result, fail_on: str, max_score: int | None) -> list[str]:
    """The gates that tripped, as the flags that set them: only those."""
    out = []
    if any(d.findings for d in result.documents):
        out.append(f"--fail-on {fail_on}")
    if any(d.score is not None for d in result.documents):
        out.append(f"--max-score {max_score}")
    return out


# ============================================================================ compare, diff
CompareFormat = StrEnum("CompareFormat", {n: n for n in ("text", "csv", "json", "markdown", "html")})
CompareSort = StrEnum("CompareSort", {n: n for n in ("score", "path", "exemptions", "grade")})
DiffFormat = StrEnum("DiffFormat", {n: n for n in ("text", "json", "markdown", "github")})


@app.command(cls=_Command, epilog=_examples(
    "redline compare corpus/",
    "redline compare corpus/*.txt --format csv -o matrix.csv",
    "redline compare corpus/ --ignore 'exemption.personal-device' --sort grade"))
def compare(
    paths: Annotated[list[str] | None, typer.Argument(metavar="PATH...", help="Files or directories to compare.",
                                                      show_default=False)] = None,
    fmt: Annotated[CompareFormat, typer.Option("--format", "-f", help="Output format.")] = CompareFormat.text,
    sort: Annotated[CompareSort, typer.Option("--sort", help="Order of the rows (score: airtight first).")]
    = CompareSort.score,
    reverse: Annotated[bool, typer.Option("--reverse", help="Reverse the order.")] = False,
    output: OutputOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    engine: EngineOpt = Engine.pdfplumber,
    jobs: JobsOpt = None,
    glob: GlobOpt = None,
    files_from: FilesFromOpt = None,
    no_cache: NoCacheOpt = False,
    width: Annotated[int | None, typer.Option("--width", metavar="N", min=40, help="Lay the text table out to N "
                                              "columns (default: the terminal's; piped, $COLUMNS or 80).",
                                              show_default=False)] = None,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
) -> int:
    """Compare many laws side by side (a matrix).

    One row per document: exemptions by category with their qualifiers, coverage, score and grade.
    """
    from . import batch
    from .api import empty_directories
    from .matrix import build
    from .output import check_output, open_output
    from .report.compare import FORMATS

    settings = _Settings(config, isolated)
    check_output(output)
    files = _inputs(paths, files_from, glob)
    context = settings.context(rules, engine, no_cache, select, ignore)
    _no_color(no_color)
    workers = _workers(jobs, files)
    with _Bars(files, quiet) as bars:
        analyses = list(batch.run(files, context, jobs=workers, unreadable=empty_directories(files, glob),
                                  on_result=bars.advance, on_page=bars.on_page))
    code = EXIT_OK
    for a in analyses:
        if a.status == "error":
            warn(f"redline: {a.path}: {a.error}")
            code = max(code, _error_code(a))
    with open_output(output) as out:
        FORMATS[fmt.value](build(analyses, sort=sort.value, reverse=reverse), out, width=width,
                           color=False if no_color or output else None)
    return code


@app.command(cls=_Command, epilog=_examples(
    "redline diff tests/data/drafts/draft-v1.txt tests/data/drafts/draft-v2.txt",
    "redline diff old.pdf new.pdf --fail-on-new --format github",
    "git show main:drafts/bill.txt > base.txt && redline diff base.txt drafts/bill.txt --fail-on-new"))
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier draft (a file, or - for stdin).")],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later draft (a file, or - for stdin).")],
    fmt: Annotated[DiffFormat | None, typer.Option("--format", "-f", help="Output format (default: text; github "
                                                   "when GITHUB_ACTIONS is set).", show_default=False)] = None,
    fail_on_new: Annotated[bool, typer.Option("--fail-on-new", help="Exit 1 if the new draft adds or widens an "
                                              "exemption or loses coverage.")] = False,
    output: OutputOpt = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    rules: RulesOpt = None,
    engine: EngineOpt = Engine.pdfplumber,
    no_cache: NoCacheOpt = False,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
    config: ConfigOpt = None,
    isolated: IsolatedOpt = False,
) -> int:
    """What a new draft changed (for CI on bills).

    Exemptions added, removed or widened (a qualifier lost), acts and coverage lost or gained,
    durability, and the score before and after; findings are paired by content, so renumbered
    sections are not changes.
    """
    from .api import analyze_path
    from .draft_diff import diff as run_diff
    from .output import check_output, open_output
    from .report.diff import FORMATS

    settings = _Settings(config, isolated)
    check_output(output)
    _stdin_once([old, new])
    context = settings.context(rules, engine, no_cache, select, ignore)
    _no_color(no_color)
    with _Bars([old, new], quiet) as bars:
        context.on_page = lambda _label, done, total: bars.pages(0, done, total)
        before = analyze_path(old, context)
        bars.advance(0)
        context.on_page = lambda _label, done, total: bars.pages(1, done, total)
        after = analyze_path(new, context)
        bars.advance(1)
    for a in (before, after):
        if a.status == "error":
            if _error_code(a) == EXIT_INTERNAL:
                raise InternalError(f"{a.path}: {a.error}")
            raise InputError(a.path, a.error or "cannot be read")
    report = run_diff(before, after, context.scoring)
    name = fmt.value if fmt else _default_format(DiffFormat)
    with open_output(output) as out:
        FORMATS[name](report, out)
    if fail_on_new and report.worsens:
        if not quiet:
            worse = sorted({c.kind for c in report.changes if c.worsens})
            warn(f"redline: gate failed: the new draft worsens the law (--fail-on-new: {', '.join(worse)})")
        return EXIT_GATE
    return EXIT_OK


# ============================================================================ eval
@app.command("eval", cls=_Command, epilog=_examples(
    "redline eval corpus/",
    "redline eval corpus/ --format json -o eval.json",
    "redline eval my-laws/ --rules my-rules"))
def eval_(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A folder of documents with <slug>.gold.yaml "
                                              "files.")],
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text or json.")] = ExtractFormat.text,
    rules: RulesOpt = None,
    engine: EngineOpt = Engine.pdfplumber,
    no_cache: NoCacheOpt = False,
    output: OutputOpt = None,
) -> int:
    """Score the analysis against gold files.

    Precision, recall and F1 per exemption category, for prohibitions and qualifiers, and agreement
    per coverage field, against <slug>.gold.yaml files (their format: README, "Gold files").
    """
    import json

    from .api import Context, analyze_document
    from .evaluate import evaluate, render_text
    from .ingest import load
    from .output import check_output, open_output

    check_output(output)
    context = Context(_options(rules, engine, no_cache))

    def run(path: Path):
        doc = load(path, engine=engine.value, use_cache=not no_cache)
        return analyze_document(doc, context), doc.text

    report = evaluate(directory, run)
    with open_output(output) as out:
        if fmt is ExtractFormat.json:
            json.dump(report.to_dict(), out, indent=2)
            out.write("\n")
        else:
            render_text(report, out)
    return EXIT_OK


# ============================================================================ rules, explain
rules_app = typer.Typer(help="List, validate and test rule packs.", no_args_is_help=True, epilog=_examples(
    "redline rules list", "redline rules validate my-rules", "redline rules test my-rules"))
app.add_typer(rules_app, name="rules")


def _book(extra: list[Path] | None, builtin: bool = True):
    from .rulebook import load_rulebook

    return load_rulebook([str(p) for p in extra or ()], builtin=builtin)


@rules_app.command("list", cls=_Command, epilog=_examples(
    "redline rules list",
    "redline rules list --rules my-rules --format json"))
def rules_list(
    rules: RulesOpt = None,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f", help="text or json.")] = ExtractFormat.text,
) -> int:
    """Every rule: id, kind, severity and title."""
    import json

    book = _book(rules)
    if fmt is ExtractFormat.json:
        json.dump([{"id": r.id, "kind": r.kind, "target": r.target, "severity": r.severity, "title": r.title,
                    "source": r.location} for r in book.rules], sys.stdout, indent=2)
        sys.stdout.write("\n")
        return EXIT_OK
    width = max(len(r.id) for r in book.rules)
    for r in book.rules:
        print(f"{r.id:<{width}}  {r.kind:<11} {r.severity:<8} {r.title}")
    return EXIT_OK


@rules_app.command("validate", cls=_Command, epilog=_examples(
    "redline rules validate",
    "redline rules validate my-rules --pattern-budget 0.5"))
def rules_validate(
    dirs: Annotated[list[Path] | None, typer.Argument(metavar="DIR...", help="Rule pack directories (default: the "
                                                      "built-in pack).", show_default=False)] = None,
    pattern_budget: Annotated[float | None, typer.Option("--pattern-budget", metavar="SECONDS", min=0.0,
                                                         help="Warn about a token pattern that takes longer than "
                                                              "this on 32 KB of reference text [default: 1].",
                                                         show_default=False)] = None,
) -> int:
    """Check rule files against the schema and compile their patterns, and each pack's scoring.yaml;
    errors are file:line:col. Each token pattern is also timed alone on a reference text made of
    the pack's examples: a slow one is a warning at its line (every analysis would pay for it). With
    DIRs, only their patterns are timed."""
    from .nlp import build
    from .pattern_timing import BUDGET_SECONDS, slow_patterns
    from .rulebook import SCORING_FILE, builtin_rules_dir
    from .rulebook.yamlload import load_yaml
    from .scoring import parse_model

    book = _book(dirs, builtin=True)
    nlp = build(book)
    for slow in slow_patterns(book, nlp, BUDGET_SECONDS if pattern_budget is None else pattern_budget,
                              under=dirs or ()):
        warn(one_line(slow.describe()))
    # A pack's scoring.yaml replaces the scoring model (as analyze --rules DIR uses it): check it too.
    models = [d / SCORING_FILE for d in [builtin_rules_dir(), *(dirs or ())] if (d / SCORING_FILE).is_file()]
    for path in models:
        parse_model(load_yaml(path), str(path))
    print(f"{len(book.rules)} rules in {len(book.sources)} files, {len(models)} scoring "
          f"model{'s' if len(models) != 1 else ''}: valid")
    return EXIT_OK


@rules_app.command("test", cls=_Command, epilog=_examples(
    "redline rules test",
    "redline rules test my-rules"))
def rules_test(
    dirs: Annotated[list[Path] | None, typer.Argument(metavar="DIR...", help="Rule pack directories to test "
                                                      "(default: the built-in pack).", show_default=False)] = None,
) -> int:
    """Run every rule's examples, and every frame row's, through the analysis; exit 1 if any fails."""
    from .rulebook.testing import run_examples, run_frame_examples

    book = _book(dirs)

    def chosen(location: str) -> bool:
        return not dirs or any(location.startswith(str(d)) for d in dirs)

    selected = [r for r in book.rules if chosen(r.location)]
    rows = [r for r in book.lexicon.frames if chosen(r.location)]
    results = run_examples(book, selected) + (run_frame_examples(book, rows) if rows else [])
    failures = [r for r in results if not r.ok]
    for r in failures:
        print(f"FAIL {r.describe()}")
    what = f"{len(selected)} rules" + (f", {len(rows)} frame rows" if rows else "")
    print(f"{len(results) - len(failures)} of {len(results)} examples pass ({what})")
    return EXIT_GATE if failures else EXIT_OK


def _flow(value) -> str:
    """A token pattern as it is written in a rule file (YAML flow style): [{LOWER: of}, ...]."""
    import re

    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {_flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_flow(v) for v in value) + "]"
    if isinstance(value, bool):
        return "true" if value else "false"
    # a plain scalar must start with a letter and must not read as a YAML boolean or null ("no")
    plain = isinstance(value, str) and re.fullmatch(r"[A-Za-z_][\w'-]*", value) and \
        value.lower() not in ("yes", "no", "on", "off", "true", "false", "null", "y", "n", "~")
    if isinstance(value, str) and not plain:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


@app.command(cls=_Command, epilog=_examples(
    "redline explain exemption.criminal-investigation",
    "redline explain frame.scope.term-excludes",
    "redline explain my.rule.id --rules my-rules"))
def explain(
    rule_id: Annotated[str, typer.Argument(metavar="RULE_ID", help="A rule id, frame row or structure cue, e.g. "
                                           "exemption.criminal-investigation.")],
    rules: RulesOpt = None,
) -> int:
    """Explain a rule, a frame row or a structure cue: what it finds and why."""
    book = _book(rules)
    rule = book.get(rule_id) or book.describe(rule_id)
    if rule is None and _explain_frame_or_cue(book, rule_id):
        return EXIT_OK
    if rule is None:
        close = [r.id for r in book.rules if rule_id.split(".")[-1] in r.id][:5]
        hint = f" (did you mean: {', '.join(close)}?)" if close else ""
        raise UsageError(f"no rule {rule_id!r}{hint}")
    print(f"{rule.id}  [{rule.kind}, {rule.severity}]  {rule.title}")
    print(f"  reports: {rule.target}")
    print(f"  message: {rule.message}")
    print(f"  why: {rule.why}")
    for ref in rule.references:
        print(f"  reference: {ref}")
    if rule.patterns:
        print(f"  patterns ({len(rule.patterns)}):")
        for p in rule.patterns:  # every one: the token patterns are often what matters
            print(f"    - phrase: {p.phrase}" if p.phrase is not None else f"    - tokens: {_flow(list(p.tokens))}")
    print("  matches:")
    for ex in rule.examples_match:
        print(f"    + {' '.join(ex.split())}")
    print("  does not match:")
    for ex in rule.examples_no_match:
        print(f"    - {' '.join(ex.split())}")
    print(f"  defined at {rule.location}")
    return EXIT_OK


def _explain_frame_or_cue(book, rule_id: str) -> bool:
    """A finding's evidence may cite a row of the frame table or a structure cue: explain those too."""
    from .analysis.exemptions import VOTE_MARGIN, VOTE_RULE
    from .analysis.framecues import STRUCTURE_CUES

    row = next((r for r in book.lexicon.frames if r.id == rule_id), None)
    if row is not None:
        print(f"{row.id}  [frame row, weight {row.weight:g}]  plays {row.role}")
        print(f"  when: {_flow(dict(row.when))}")
        if row.exempts:
            print(f"  an actor it exempts is in its {row.exempts}")
        print(f"  why: {row.why}")
        print("  matches:")
        for ex in row.examples_match:
            print(f"    + {' '.join(ex.split())}")
        print("  does not match:")
        for ex in row.examples_no_match:
            print(f"    - {' '.join(ex.split())}")
        print(f"  defined at {row.location}")
        return True
    if rule_id == VOTE_RULE:
        model = book.lexicon.category_model()
        print(f"{rule_id}  [category model]  names the category of an exemption no topic rule named, from its "
              f"words, when its vote leads the runner-up by {VOTE_MARGIN:g} nats or more; the evidence is the "
              "words that carried the vote")
        print(f"  trained on: {model.describe() if model else 'no model in this pack'}")
        print(f"  file: {book.lexicon.model_path}; retrain: python -m redline_cli.rulebook.category_model")
        return True
    if rule_id in STRUCTURE_CUES:
        classes, what = STRUCTURE_CUES[rule_id]
        print(f"{rule_id}  [structure cue]  {what}")
        for name in classes:
            words = book.lexicon.acts if name == "conduct-acts" else {name: book.lexicon.words(name)}
            for key, entries in words.items():
                print(f"  {key}: {', '.join(entries)}")
        print("  word classes: rules/lexicon.yaml (and a pack's lexicon.yaml)")
        return True
    return False


def _internal_error(exc: BaseException) -> int:
    """One line naming the bug (the traceback too with REDLINE_DEBUG=1); exit 4."""
    import traceback

    frame = traceback.extract_tb(exc.__traceback__)[-1:] if exc.__traceback__ else []
    where = f" (at {Path(frame[0].filename).name}:{frame[0].lineno})" if frame else ""
    warn(f"redline: internal error, please report it: {type(exc).__name__}: {exc}{where}")
    if os.environ.get("REDLINE_DEBUG"):
        with contextlib.suppress(OSError, ValueError):
            traceback.print_exception(exc, file=sys.stderr)
    return EXIT_INTERNAL


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app and turn every outcome into the documented exit code."""
    try:  # typer 0.2x vendors click and raises its own copies of click's exceptions
        from typer._click.exceptions import ClickException
    except ImportError:  # older typer runs on click itself
        from click.exceptions import ClickException

    _standard_fds_open()
    _encode_safely()
    _stop_on_signals()
    try:
        code = app(args=argv, prog_name="redline", standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        code = 130
    except ClickException as exc:  # usage errors and click's own failures: always 2
        exc.show()
        code = EXIT_USAGE
    except RedlineError as exc:
        warn(f"redline: {exc}")
        code = exc.exit_code
    except KeyboardInterrupt:
        code = 130
    except BrokenPipeError:  # `redline ... | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_OK
    except Exception as exc:  # a bug of ours: never exit 1, which means a gate tripped
        code = _internal_error(exc)
    if code == 130 and _stopped_by:  # SIGTERM or SIGHUP: stopped as Ctrl-C stops, with its own code
        code = 128 + _stopped_by[0]
        warn(f"redline: stopped by {signal.Signals(_stopped_by[0]).name}")
    elif code == 130:  # typer turns Ctrl-C into a silent exit code 130
        warn("redline: interrupted")
    sys.exit(code if isinstance(code, int) else EXIT_OK)


__all__ = ["EXIT_INPUT", "app", "main"]
