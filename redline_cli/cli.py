"""The ``redline`` command: flags -> core calls -> reporter -> exit code. Nothing else.

Heavy modules (spaCy, pdfplumber) are imported inside the commands that need them, so
``redline --help`` stays instant. Exit codes: see ``errors.py``.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ._version import __version__
from .errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, InputError, RedlineError

app = typer.Typer(
    name="redline",
    help="Analyze laws that ban surveillance technology: what they prohibit, every exemption, and "
    "the loopholes left, each with a citation.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


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
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Print the version and exit.")] = False,
) -> None:
    """redline: read the law, cite every claim."""


PathsArg = Annotated[list[str], typer.Argument(help="Files to read (PDF, text, Markdown, DOCX, HTML), or - for stdin.",
                                               show_default=False)]
EngineOpt = Annotated[Engine, typer.Option("--engine", help="PDF engine: pdfplumber (careful) or pdfium "
                                           "(fast, for bulk runs).")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the extraction cache.")]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file (atomically) "
                                                "instead of stdout.", show_default=False)]


def warn(message: str) -> None:
    """One line on stderr: diagnostics never mix with data on stdout."""
    print(message, file=sys.stderr, flush=True)


@app.command()
def extract(
    paths: PathsArg,
    fmt: Annotated[ExtractFormat, typer.Option("--format", "-f",
                                               help="text (for people) or json.")] = ExtractFormat.text,
    engine: EngineOpt = Engine.pdfplumber,
    no_cache: NoCacheOpt = False,
    output: OutputOpt = None,
) -> int:
    """Show the normalized text with page:line marks and the provision tree, to check what ingest saw."""
    from .ingest import load
    from .output import open_output
    from .report import extract as view

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
            if fmt is ExtractFormat.text:
                view.render_text(doc, out)
            else:
                docs.append(view.document_json(doc))
        if fmt is ExtractFormat.json:
            view.render_json(docs, out)
    return code


def main(argv: list[str] | None = None) -> None:
    """Console entry point: run the app and turn every outcome into the documented exit code."""
    try:  # typer 0.2x vendors click and raises its own copies of click's exceptions
        from typer._click.exceptions import ClickException
    except ImportError:  # older typer runs on click itself
        from click.exceptions import ClickException

    try:
        code = app(args=argv, prog_name="redline", standalone_mode=False)
    except typer.Exit as exc:
        code = exc.exit_code
    except typer.Abort:
        warn("redline: interrupted")
        code = 130
    except ClickException as exc:  # usage errors and click's own failures: always 2
        exc.show()
        code = EXIT_USAGE
    except RedlineError as exc:
        warn(f"redline: {exc}")
        code = exc.exit_code
    except KeyboardInterrupt:
        warn("redline: interrupted")
        code = 130
    except BrokenPipeError:  # `redline ... | head`: the reader left; not an error of ours
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = EXIT_OK
    sys.exit(code if isinstance(code, int) else EXIT_OK)


__all__ = ["EXIT_INPUT", "app", "main"]
