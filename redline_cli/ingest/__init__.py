"""Any input -> one ``Document``: ``load(path_or_dash, engine=...)``.

The type is sniffed from the bytes; each reader returns lines (with page, line and printed line
numbers) that are assembled into the Document and parsed into the provision tree here, once.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path

from .. import structure
from ..document import Document, PageHook, RawLine, assemble_text
from ..errors import InputError, UsageError
from .cache import DocumentCache
from .limits import DEFAULT as DEFAULT_LIMITS
from .limits import Limits
from .sniff import sniff

ENGINES = ("pdfplumber", "pdfium")
STDIN = "-"


def read_stdin() -> bytes:
    """All of stdin. A closed stdin (``redline analyze - <&-``) or one that fails to read is an
    input error of the document ``<stdin>``, not a traceback."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:
        raise InputError("<stdin>", "stdin is closed")
    try:
        return stream.read()
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise InputError("<stdin>", f"cannot be read ({reason})") from None


def read_bytes(source: str | os.PathLike) -> tuple[bytes, str]:
    """The bytes of a path (or stdin for ``-``) and the name to report it by."""
    if str(source) == STDIN:
        return read_stdin(), "<stdin>"
    label = str(source)
    path = Path(source)
    try:
        if path.is_dir():
            raise InputError(label, "is a directory (pass the files in it, or a glob)")
        return path.read_bytes(), label
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except PermissionError:
        raise InputError(label, "permission denied") from None
    except IsADirectoryError:
        raise InputError(label, "is a directory (pass the files in it, or a glob)") from None
    except OSError as exc:
        raise InputError(label, f"cannot be read ({exc.strerror or exc})") from None


def load(source: str | os.PathLike, *, engine: str = "pdfplumber", use_cache: bool = True,
         cache: DocumentCache | None = None) -> Document:
    """Read ``source`` (a path, or ``-`` for stdin) into a Document."""
    data, label = read_bytes(source)
    return load_bytes(data, label, engine=engine, use_cache=use_cache, cache=cache)


def load_bytes(data: bytes, label: str, *, engine: str = "pdfplumber", use_cache: bool = True,
               cache: DocumentCache | None = None, limits: Limits = DEFAULT_LIMITS,
               on_page: PageHook | None = None) -> Document:
    """Like ``load`` for bytes already in hand; ``label`` names them in messages and citations.
    ``on_page(done, total)`` is told of each page of a PDF as it is read."""
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    limits.check_bytes(len(data), label)
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(label, "empty file")
    media_type = sniff(data, label)
    engine_used = engine if media_type == "pdf" else media_type
    sha = hashlib.sha256(data).hexdigest()
    store = (cache or DocumentCache()) if use_cache else None
    if store is not None:
        cached = store.get(sha, engine_used)
        if cached is not None:
            cached.path = label
            return cached
    doc = _extract(data, label, media_type, engine_used, sha, limits, on_page)
    if store is not None:
        store.put(doc)
    return doc


@contextlib.contextmanager
def _library_warnings() -> Iterator[list[str]]:
    """Collect what the PDF libraries log or warn while one document is read (pdfminer logs "Could
    not get FontBBox ..." on damaged fonts), instead of letting it reach stderr unattributed."""
    heard: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            heard.append(" ".join(record.getMessage().split())[:200])

    handler = Collect(logging.WARNING)
    loggers = [logging.getLogger(name) for name in ("pdfminer", "pdfplumber", "pypdfium2")]
    saved = [(lg.propagate, lg.level) for lg in loggers]
    for lg in loggers:
        lg.addHandler(handler)
        lg.propagate = False
        if lg.level == logging.NOTSET or lg.level > logging.WARNING:
            lg.setLevel(logging.WARNING)
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            yield heard
        heard.extend(" ".join(str(w.message).split())[:200] for w in caught)
    finally:
        for lg, (propagate, level) in zip(loggers, saved, strict=True):
            lg.removeHandler(handler)
            lg.propagate, lg.level = propagate, level


def _extract(data: bytes, label: str, media_type: str, engine: str, sha: str, limits: Limits,
             on_page: PageHook | None = None) -> Document:
    meta: dict[str, str] = {}
    if media_type == "pdf":
        # pdfminer rebuilds a lost cross-reference table and would read a cut-off file in part,
        # silently; a PDF must end with %%EOF (PDF 32000-1, 7.5.5).
        if b"%%EOF" not in data[-2048:]:
            raise InputError(label, "truncated PDF: the file does not end with %%EOF (incomplete download?)")
        if engine == "pdfium":
            from .pdfium import read_pdf
        else:
            from .pdf import read_pdf
        with _library_warnings() as heard:
            raw, pages = read_pdf(data, label, max_pages=limits.max_pages, on_page=on_page)
        if heard:  # kept with the document they came from, not printed as lines that name no file
            distinct = list(dict.fromkeys(heard))
            more = "; ..." if len(distinct) > 3 else ""
            meta["pdf-warnings"] = f"{len(heard)} problem(s) reading it: {'; '.join(distinct[:3])}{more}"
    elif media_type == "docx":
        from .docx import read_docx

        raw, pages = read_docx(data, label)
    elif media_type == "html":
        from .html import read_html

        raw, pages = read_html(data, label)
    else:
        from .text import read_text

        raw, meta, pages = read_text(data, label)
    limits.check_line(max((len(r.text) for r in raw), default=0), label)
    return build_document(raw, label, sha, media_type, engine, pages, meta)


def build_document(raw: list[RawLine], label: str, sha: str, media_type: str, engine: str, pages: int,
                   meta: dict[str, str] | None = None) -> Document:
    """Assemble lines into a Document and parse its provision tree."""
    text, lines = assemble_text(raw)
    if not text.strip():
        raise InputError(label, "no text found in the document")
    doc = Document(path=label, sha256=sha, media_type=media_type, engine=engine, text=text, lines=lines,
                   pages=max(pages, 1), metadata=dict(meta or {}))
    contents = structure.contents_lines(doc.text, doc.lines)
    doc.provisions = structure.parse(doc.text, doc.lines, contents)
    if contents:  # a contents list: its entries rule nothing (analysis reads no role there)
        doc.metadata["contents"] = f"{doc.lines[min(contents)].start}-{doc.lines[max(contents)].end}"
    return doc
