"""PDF -> lines with pdfplumber (the default, most careful engine).

Per page: characters deduplicated (fake bold prints each glyph twice), grouped into words with
pdfplumber's own word extractor, handed to ``layout`` as segments, and the page closed at once so
memory stays flat on a 400-page bill (pdfplumber #1339).
"""

from __future__ import annotations

import contextlib
import io
import itertools
import zlib
from operator import itemgetter

from ..document import PageHook, RawLine
from ..errors import InputError
from . import layout
from .limits import Limits

_DEDUPE_KEY = itemgetter("upright", "text", "fontname", "size")
_POS_KEY = itemgetter("doctop", "x0")


def dedupe_chars(chars: list[dict], tolerance: float = 1) -> list[dict]:
    """pdfplumber's ``dedupe_chars`` semantics in O(n log n).

    pdfplumber's own version restores the input order with ``sorted(..., key=chars.index)``,
    which is quadratic and made extraction 3x slower than a plain ``extract_text`` on a 50-page
    bill. The grouping (same text, font and size; positions within ``tolerance``) is unchanged.
    """
    from pdfplumber.utils import cluster_objects

    order = {id(c): i for i, c in enumerate(chars)}
    kept: list[dict] = []
    for _, group in itertools.groupby(sorted(chars, key=_DEDUPE_KEY), key=_DEDUPE_KEY):
        for y_cluster in cluster_objects(list(group), itemgetter("doctop"), tolerance):
            for x_cluster in cluster_objects(y_cluster, itemgetter("x0"), tolerance):
                kept.append(min(x_cluster, key=_POS_KEY))
    kept.sort(key=lambda c: order[id(c)])
    return kept


def read_pdf(data: bytes, path: str, max_pages: int | None = None,
             on_page: PageHook | None = None) -> tuple[list[RawLine], int]:
    """Lines of a PDF and its page count; raises InputError for PDFs that cannot be read.
    ``on_page(done, total)`` is told of each page read (progress on long documents)."""
    import pdfplumber
    from pdfplumber.utils.text import extract_words

    pages: list[layout.PageRows] = []
    chars_seen = 0
    with _reading(path):
        pdf = pdfplumber.open(io.BytesIO(data))
    try:
        with _reading(path):
            listed = list(pdf.pages)
        if max_pages is not None and len(listed) > max_pages:
            Limits(max_pages=max_pages).check_pages(len(listed), path)
        for number, page in enumerate(listed, 1):
            try:
                with _reading(path):
                    raw_chars, width, height = page.chars, float(page.width), float(page.height)
                chars = dedupe_chars(raw_chars)
                chars_seen += len(chars)
                with _reading(path):
                    words = extract_words(chars, extra_attrs=["size"])
                segments = [
                    layout.Segment(layout.clean_segment_text(w["text"]), w["x0"], w["x1"], w["top"],
                                   w["bottom"], w["size"])
                    for w in words
                ]
                pages.append(layout.page_rows(segments, width, height, number))
                if on_page is not None:
                    on_page(number, len(listed))
            finally:
                with contextlib.suppress(Exception):
                    page.close()
    finally:
        with contextlib.suppress(Exception):
            pdf.close()
    if not pages:
        raise InputError(path, "the PDF has no pages")
    if chars_seen == 0:
        raise InputError(path, "no text layer: the PDF looks scanned; run OCR first")
    return layout.to_lines(pages), len(pages)


# What pdfminer lets escape from a damaged file besides its own exceptions: a byte flipped in an
# object can leave None where a list was, an index out of range, a bad zlib stream.
_DAMAGE = (TypeError, ValueError, KeyError, IndexError, AttributeError, AssertionError, OverflowError,
           RecursionError, zlib.error)


@contextlib.contextmanager
def _reading(path: str):
    """Around a call into the PDF library (never around our own code, whose bugs must surface as
    internal errors): whatever it raises on a damaged file becomes that file's input error."""
    try:
        yield
    except (*library_errors(), *_DAMAGE) as exc:
        raise InputError(path, pdf_error_reason(exc)) from None


def library_errors() -> tuple[type[Exception], ...]:
    """What pdfplumber and pdfminer raise for a PDF they cannot read. pdfplumber wraps whatever
    pdfminer raises while opening the file, listing its pages or interpreting a page in
    PdfminerException, so our own bugs (dedupe, layout) are not among these and surface as internal
    errors."""
    from pdfminer.psparser import PSException  # the base of pdfminer's own exceptions
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    return PdfminerException, MalformedPDFException, PSException


def pdf_error_reason(exc: BaseException) -> str:
    """A one-line reason for a PDF library's exception, naming encryption when that is the cause."""
    chain = []
    while exc is not None and exc not in chain:
        chain.append(exc)
        exc = exc.__cause__ or exc.__context__
    names = " ".join(type(e).__name__ for e in chain).lower()
    text = " ".join(str(e) for e in chain).lower()
    if "password" in names or "encrypt" in names or "password" in text or "encrypt" in text:
        return "encrypted PDF: it needs a password to open; remove the protection first"
    detail = str(chain[0]).strip().splitlines()[0][:120] if str(chain[0]).strip() else type(chain[0]).__name__
    return f"damaged or truncated PDF ({detail})"
