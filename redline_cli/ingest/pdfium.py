"""PDF -> lines with pypdfium2 (``--engine pdfium``), for bulk runs.

pdfium reports each run of text on a line as a rectangle (``FPDFText_CountRects``); reading a few
dozen rectangles per page instead of thousands of characters is what makes this engine fast. The
rectangles go through the same ``layout`` steps as pdfplumber's words, so both engines agree.
"""

from __future__ import annotations

import ctypes

from ..document import PageHook, RawLine
from ..errors import InputError
from . import layout
from .limits import Limits
from .pdf import pdf_error_reason


def _page_rows(page, textpage, number: int, pdfium_c) -> tuple[layout.PageRows, int]:
    """One page's text rectangles, through the same layout steps as pdfplumber's words, and how
    many characters the page has."""
    width, height = page.get_size()
    n_chars = textpage.count_chars()
    # One FPDFText_GetBoundedText call per rectangle into a page-sized buffer: the helper's
    # get_text_bounded() calls it twice (length, then text), and each call scans the whole page.
    buf = (ctypes.c_ushort * (n_chars + 1))()
    ptr = ctypes.cast(buf, ctypes.POINTER(ctypes.c_ushort))
    segments = []
    for r in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(r)
        k = pdfium_c.FPDFText_GetBoundedText(textpage.raw, left, top, right, bottom, ptr, n_chars + 1)
        raw = ctypes.string_at(buf, max(k, 0) * 2).decode("utf-16-le", errors="ignore")
        text = layout.clean_segment_text(raw.rstrip("\x00"))
        segments.append(layout.Segment(text, left, right, height - top, height - bottom, top - bottom))
    return layout.page_rows(segments, width, height, number), n_chars


def read_pdf(data: bytes, path: str, max_pages: int | None = None,
             on_page: PageHook | None = None) -> tuple[list[RawLine], int]:
    """Lines of a PDF and its page count; raises InputError for PDFs that cannot be read.
    ``on_page(done, total)`` is told of each page read (progress on long documents)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    pages: list[layout.PageRows] = []
    chars_seen = 0
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(path, pdf_error_reason(exc)) from None
    if max_pages is not None and (count := len(pdf)) > max_pages:
        pdf.close()
        Limits(max_pages=max_pages).check_pages(count, path)
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                textpage = page.get_textpage()
                try:
                    rows, n_chars = _page_rows(page, textpage, index + 1, pdfium_c)
                    pages.append(rows)
                    chars_seen += n_chars
                    if on_page is not None:
                        on_page(index + 1, len(pdf))
                finally:
                    textpage.close()
            finally:
                page.close()  # closed even when its text page cannot be loaded
    except pdfium.PdfiumError as exc:  # pdfium cannot read this PDF; a bug in layout is not caught here
        raise InputError(path, pdf_error_reason(exc)) from None
    finally:
        pdf.close()
    if not pages:
        raise InputError(path, "the PDF has no pages")
    if chars_seen == 0:
        raise InputError(path, "no text layer: the PDF looks scanned; run OCR first")
    return layout.to_lines(pages), len(pages)
