"""Text from a law or a file name, made safe for where an output puts it.

A law's bytes and a file's name are untrusted in CI: an escape sequence can clear a reviewer's
terminal, a newline in a file name can forge a second diagnostic line, a cell starting with "="
runs as a formula in a spreadsheet, a control character makes XML unreadable, and a markdown image
in a quoted law loads a tracker in a pull-request comment, and a "<script>" or a "javascript:" link
in a law shown in an HTML report would run in the reader's browser. Each output passes its strings
through the function for its medium; JSON and SARIF need none (the JSON encoder escapes control
characters). HTML reports build every link themselves, from fragment ids they number: no href is
ever taken from a law or a file name.
"""

from __future__ import annotations

import html
import re

# C0 controls but tab and newline, DEL, and C1 controls (ESC and CSI among them)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROL_OR_NEWLINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
# characters XML 1.0 forbids even as references
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# characters HTML forbids in a document (controls but whitespace, noncharacters, lone surrogates)
_NOT_HTML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _visible(match: re.Match) -> str:
    return ascii(match.group(0))[1:-1]  # "\x1b", "\n"


def terminal(text: str) -> str:
    """Text for a terminal or a log: control characters shown as escapes, lines kept."""
    return _CONTROL.sub(_visible, text)


def one_line(text: str) -> str:
    """Text that must stay on one line (a file name in a diagnostic): newlines escaped too."""
    return _CONTROL_OR_NEWLINE.sub(_visible, text)


def csv_cell(value: object) -> object:
    """A spreadsheet cell that cannot run as a formula (OWASP CSV injection): text starting with
    = + - @ or a tab gets a leading apostrophe. Numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: the characters it forbids are dropped."""
    return _NOT_XML.sub("", text)


def html_text(value: object) -> str:
    """Text for HTML content or a quoted attribute value: ``& < > " '`` as character references and
    the characters HTML forbids dropped, so no law can open a tag, end an attribute or add a link."""
    return html.escape(_NOT_HTML.sub("", str(value)), quote=True)


def markdown_cell(value: object) -> str:
    """Text safe inside a Markdown table cell (GitHub-flavoured, as in a pull-request comment): one
    line, ``|`` escaped, HTML special characters as references (a ``<b>`` or a quote cut inside a tag
    is shown, not rendered), ``[`` ``]`` escaped, so ``[...](...)`` or ``![...](...)`` in a law
    neither links nor loads an image, and asterisks, underscores, backticks and tildes escaped, so none
    turns a law's words into emphasis or code."""
    text = " ".join(terminal(str(value)).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for char in "\\|[]*_`~":  # emphasis and code marks in a law's words are shown as they are written
        text = text.replace(char, "\\" + char)
    return text


def markdown_code(value: object) -> str:
    """Text inside a Markdown code span (references are not decoded there): one line, no backtick
    to end the span early."""
    return " ".join(terminal(str(value)).split()).replace("`", "'")


__all__ = ["csv_cell", "html_text", "markdown_cell", "markdown_code", "one_line", "terminal", "xml_text"]
