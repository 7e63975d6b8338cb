"""Decide what a file is from its bytes, not its name.

A file named ``.pdf`` that is really HTML (a saved error page) or a DOCX renamed ``.txt`` must be
read as what it is, or refused with a reason a person can act on.
"""

from __future__ import annotations

import io
import re
import zipfile

from ..errors import InputError

# Signatures of binary formats that are surely not a law text, for a useful error message.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"\x1f\x8b": "a gzip archive",
    b"Rar!": "a RAR archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"\xd0\xcf\x11\xe0": "an old binary Office file (.doc); save it as .docx or PDF",
    b"{\\rtf": "an RTF file; save it as .docx, PDF or plain text",
}
_HTML_RE = re.compile(rb"^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I)
# An XML declaration and comments may come first; a comment alone does not make a page (Markdown
# drafts often open with one).
_PROLOGUE_RE = re.compile(rb"^\s*(?:<\?xml[^>]*\?>|<!--.*?-->)", re.S)
_HTML_TAG_RE = re.compile(rb"<(p|div|br|table|h[1-6]|section|article|span|li)[\s>/]", re.I)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(data: bytes, path: str) -> str:
    """One of ``pdf``, ``docx``, ``html``, ``markdown``, ``text``; raises InputError otherwise."""
    head = data[:2048]
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return _sniff_zip(data, path)
    if not head.startswith(_BOMS):
        for magic, what in _BINARY_MAGIC.items():
            if head.startswith(magic):
                raise InputError(path, f"not a law text: the file is {what}")
    lower = path.lower()
    if lower.endswith(".pdf"):
        raise InputError(path, "not a PDF: the file has no %PDF- header (renamed, or a saved web page?)")
    if lower.endswith(".docx"):
        raise InputError(path, "not a DOCX: the file is not a zip archive")
    body = head.lstrip(b"\xef\xbb\xbf")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at the characters, not the bytes
        body = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    start = body
    while m := _PROLOGUE_RE.match(start):
        start = start[m.end():]
    if _HTML_RE.match(start) or (lower.endswith((".html", ".htm", ".xhtml")) and _HTML_TAG_RE.search(body)):
        return "html"
    if lower.endswith((".md", ".markdown")):
        return "markdown"
    return "text"


def _sniff_zip(data: bytes, path: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise InputError(path, f"damaged zip archive ({' '.join(str(exc).split())[:160]})") from None
    if "word/document.xml" in names:
        return "docx"
    if "content.xml" in names:
        raise InputError(path, "an OpenDocument file (.odt); save it as .docx or PDF")
    raise InputError(path, "a zip archive, not a DOCX document")
