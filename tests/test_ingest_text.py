"""Plain text and Markdown ingest: strict decoding, source headers, margin line numbers, pages, stdin."""

from __future__ import annotations

import io
import json
import sys

import pytest
from cli_helpers import run_cli
from conftest import CORPUS

from redline_cli.errors import InputError
from redline_cli.ingest import load, load_bytes

SEBASTOPOL = """\
8.80.075
A. It shall be unlawful for any City department to obtain, retain, access, or use:

1. Biometric surveillance technology; or

2. Predictive policing technology; or

3. Facial recognition technology; or

4. Any information obtained from biometric surveillance or predictive policing technologies.

B. A City department’s inadvertent or unintentional receipt, retention, access to, or use of any \
information obtained from subsections (A)(1) through (A)(4) of this section shall not be a violation \
of this subsection; provided, that:

1. The City department does not request or solicit its receipt, access to, or use of such information; and
"""


def _load(data: bytes, name: str = "ordinance.txt"):
    return load_bytes(data, name, use_cache=False)


def _cite(doc, needle: str) -> str:
    return doc.locate(doc.text.index(needle)).citation


# ----------------------------------------------------------------- decoding
def test_utf8_text_keeps_section_signs_and_curly_quotes():
    doc = _load(SEBASTOPOL.encode("utf-8"))
    assert doc.media_type == "text" and doc.engine == "text"
    assert "City department’s inadvertent" in doc.text
    assert _cite(doc, "does not request or solicit") == "8.80.075(B)(1)"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_bom_encodings_read_the_same_as_utf8(encoding):
    plain = _load(SEBASTOPOL.encode("utf-8"))
    data = SEBASTOPOL.encode(encoding)
    if encoding in ("utf-16-le", "utf-16-be"):  # write the BOM by hand, as Notepad does
        data = "\ufeff".encode(encoding) + data
    doc = _load(data)
    assert "\ufeff" not in doc.text
    assert doc.text == plain.text
    assert [p.citation for p in doc.provisions] == [p.citation for p in plain.provisions]


def test_crlf_line_endings_are_lines_not_carriage_returns():
    doc = _load(SEBASTOPOL.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in doc.text
    assert doc.text == _load(SEBASTOPOL.encode("utf-8")).text


@pytest.mark.parametrize(("codec", "text"), [
    ("cp1252", "§ 16-62. It shall be unlawful for Boston to “obtain” face surveillance.\n"),
    ("latin-1", "§ 16-62. It shall be unlawful for Boston to obtain face surveillance (Art. 5 ¶ 1).\n"),
])
def test_legacy_code_page_is_an_error_not_mojibake(codec, text):
    data = text.encode(codec)
    with pytest.raises(InputError) as info:
        _load(data, "boston.txt")
    assert info.value.path == "boston.txt"
    assert "not UTF-8" in info.value.reason and "offset 0" in info.value.reason


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(codec):
    """Some Windows tools save UTF-16 with no byte-order mark: every other byte is NUL."""
    text = "Section 1. No city department shall use face surveillance.\n"
    assert _load(text.encode(codec)).text.strip() == text.strip()


def test_binary_data_with_nul_bytes_is_refused():
    with pytest.raises(InputError, match="binary data"):
        _load(b"\x7fELF\x02\x01\x01\x00" + bytes(range(1, 64)) * 8 + b"\x00" * 64)


def test_broken_utf16_after_a_bom_is_refused():
    with pytest.raises(InputError, match="UTF-16"):
        _load(b"\xff\xfeS\x00e\x00c\x00\x00\xd8")  # a lone high surrogate


# ----------------------------------------------------------------- type sniffing and Markdown
def test_type_comes_from_the_bytes_not_the_suffix():
    html = b"<!DOCTYPE html><html><body><p>Sec. 1. Ban.</p><p>No city department shall use it.</p></body></html>"
    assert _load(html, "saved-page.txt").media_type == "html"
    assert _load(SEBASTOPOL.encode(), "ordinance").media_type == "text"
    assert _load(SEBASTOPOL.encode(), "ordinance.md").media_type == "markdown"


MARKDOWN = """\
# ORDINANCE NO. 2024-17

## Section 1. Definitions.

**(a)** “Face surveillance” means an automated or semi-automated process that assists in identifying an individual.

**(b)** “City” means any department, agency, bureau or subordinate division of the City.

## Section 2. Prohibition.

(a) It shall be unlawful for the City or any City official to:

  (1) obtain, retain, access or use any face surveillance system; or

  (2) enter into an agreement with a third party to do so.
"""


def test_markdown_headings_and_bold_enumerators():
    doc = _load(MARKDOWN.encode(), "draft.md")
    assert doc.media_type == "markdown"
    assert _cite(doc, "“City” means") == "1(b)"
    assert _cite(doc, "enter into an agreement") == "2(a)(2)"
    assert doc.provision_at(doc.text.index("Prohibition")).id == "sec_2"


def test_markdown_heading_with_colon_is_not_taken_for_a_source_header():
    text = "# Section 1: Purpose\n\nThe purpose of this ordinance is to ban face surveillance by the City.\n"
    doc = _load(text.encode(), "draft.md")
    assert doc.metadata == {}
    assert doc.text.startswith("# Section 1: Purpose")
    assert _cite(doc, "The purpose") == "1"


def test_markdown_that_opens_with_an_html_comment_stays_markdown():
    text = ("<!-- Draft 2, March 3: changes from the committee hearing -->\n"
            "# Section 1. Definitions.\n\n(a) “City” means the City of Example.\n\n"
            "(b) “Face surveillance” means an automated process.\n")
    doc = _load(text.encode(), "draft.md")
    assert doc.media_type == "markdown"
    assert _cite(doc, "“Face surveillance”") == "1(b)"
    assert doc.locate(doc.text.index("“Face surveillance”")).line == 6


# ----------------------------------------------------------------- source header and line numbers
def test_source_header_becomes_metadata_and_body_keeps_file_line_numbers():
    path = CORPUS / "boston-16-62.txt"
    doc = load(path, use_cache=False)
    assert doc.metadata["kind"] == "ban"
    assert doc.metadata["source"].startswith("https://codelibrary.amlegal.com/")
    assert "# source:" not in doc.text and "amlegal" not in doc.text
    file_lines = path.read_text(encoding="utf-8").splitlines()
    for needle in ("ORDINANCE BANNING FACE", "BOSTON OFFICIAL. Any person", "(a) Using evidence"):
        loc = doc.locate(doc.text.index(needle))
        assert needle in file_lines[loc.line - 1], needle
        assert loc.page == 1
    assert doc.locate(doc.text.index("Using evidence")).line == 23


def test_header_needs_a_blank_line_after_it():
    # A comment-like first line that runs into the text is text, not a header.
    text = "# note: draft of March 3\nSec. 1. No city department shall use face surveillance.\n"
    doc = _load(text.encode())
    assert doc.metadata == {}
    assert doc.text.startswith("# note: draft")


def test_yaml_front_matter_is_metadata():
    text = ("---\ntitle: Ordinance 2024-17\njurisdiction: Example City\n---\n"
            "Sec. 1. No city department shall use face surveillance.\n")
    doc = _load(text.encode(), "draft.md")
    assert doc.metadata == {"title": "Ordinance 2024-17", "jurisdiction": "Example City"}
    assert doc.locate(doc.text.index("No city")).line == 5


# ----------------------------------------------------------------- a bill pasted with its margin numbers
BILL_PAGE_1 = [
    "AN ORDINANCE banning the use of face surveillance",
    "technology by the City of Example.",
    "",
    "BE IT ORDAINED BY THE CITY COUNCIL OF EXAMPLE CITY:",
    "",
    "Section 1. Definitions.",
    "(a) “Face surveillance” means an automated or semi-",
    "automated process that assists in identifying an individual.",
    "(b) “City” means any department or agency of the City.",
    "",
    "Section 2. Prohibition.",
    "(a) It shall be unlawful for the City to obtain, retain,",
]
BILL_PAGE_2 = [
    "access or use any face surveillance system.",
    "(b) Nothing in subsection (a) prohibits the City from",
    "using evidence relating to the investigation of a",
    "specific crime.",
    "",
    "Section 3. Effective date.",
    "This ordinance takes effect thirty days after passage.",
    "",
    "",
    "",
    "",
    "",
]


def _numbered(lines: list[str]) -> list[str]:
    return [f"{n:>2}  {line}".rstrip() for n, line in enumerate(lines, 1)]


def test_pasted_bill_keeps_margin_numbers_out_of_the_text():
    text = "\n".join(_numbered(BILL_PAGE_1) + _numbered(BILL_PAGE_2)) + "\n"
    doc = _load(text.encode())
    assert doc.text.startswith("AN ORDINANCE banning")
    for ln in doc.lines:
        assert not doc.text[ln.start:ln.end][:1].isdigit()
    loc = doc.locate(doc.text.index("(b) “City” means"))
    assert (loc.page, loc.line, loc.citation) == (1, 9, "1(b)")
    # The numbers restart at 1: a new page, and the line cited is the printed one, not the file's.
    loc = doc.locate(doc.text.index("using evidence relating"))
    assert (loc.page, loc.line, loc.citation) == (2, 3, "2(b)")
    assert doc.line_at(loc.char_start).number == len(BILL_PAGE_1) + 3
    assert doc.pages == 2


def test_pasted_bill_with_form_feeds_counts_each_page_once():
    text = "\n".join(_numbered(BILL_PAGE_1)) + "\n\f" + "\n".join(_numbered(BILL_PAGE_2)) + "\n"
    doc = _load(text.encode())
    loc = doc.locate(doc.text.index("using evidence relating"))
    assert (loc.page, loc.line) == (2, 3)
    assert doc.pages == 2


def test_numbered_list_is_not_taken_for_margin_numbers():
    # Numbers at the start of some lines, but not a 1, 2, 3 ... run on nearly every line.
    doc = _load(SEBASTOPOL.encode())
    assert all(ln.printed is None for ln in doc.lines)
    assert "1. Biometric surveillance technology; or" in doc.text


# ----------------------------------------------------------------- pages
def test_form_feeds_start_pages():
    text = ("Sec. 2.99.010 Definitions.\nFace surveillance means any automated process.\n\f"
            "Sec. 2.99.020 Prohibition.\nNo department shall use face surveillance.\n\f"
            "Sec. 2.99.030 Enforcement.\nA violation may be enforced by any resident.\n\f")
    doc = _load(text.encode())
    assert doc.pages == 3  # pdftotext ends every page, the last one included, with a form feed
    assert "\f" not in doc.text
    for page, needle in ((1, "Face surveillance means"), (2, "No department"), (3, "A violation")):
        loc = doc.locate(doc.text.index(needle))
        assert loc.page == page
    assert _cite(doc, "No department") == "2.99.020"


# ----------------------------------------------------------------- stdin
def test_stdin_through_load(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEBASTOPOL.encode("utf-8"))))
    doc = load("-", use_cache=False)
    assert doc.path == "<stdin>"
    assert _cite(doc, "Predictive policing technology") == "8.80.075(A)(2)"


def test_stdin_through_the_cli(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SEBASTOPOL.encode("utf-16"))))
    code, out, err = run_cli(capsys, "extract", "-", "--format", "json", "--no-cache")
    assert code == 0, err
    doc = json.loads(out)["documents"][0]
    assert doc["path"] == "<stdin>" and doc["media_type"] == "text"
    assert "8.80.075(B)(1)" in [p["citation"] for p in doc["provisions"]]


def test_a_pasted_bills_running_heads_are_not_text():
    """"HB 77   - 2 -   LRB104 ..." on every page of a bill pasted with its line numbers is page
    furniture: gone from the text, while every line keeps its file line number."""
    pages = []
    for page in range(1, 5):
        body = [f"{n:>3}  The department shall not use a drone over a residence, line {page}.{n}." for n in range(1, 6)]
        head = [] if page == 1 else [f"HB77                    - {page} -            LRB104 00512 ABC 10512 b", ""]
        pages.append("\n".join(head + body))
    source = "\n\n".join(pages)
    doc = load_bytes(source.encode(), "hb77.txt")
    assert "LRB104" not in doc.text
    assert doc.text.count("shall not use a drone") == 20
    last = doc.lines[-1]
    assert doc.text[last.start:last.end].endswith("line 4.5.")
    assert last.number == len(source.split("\n")) and last.printed == 5


def test_a_table_set_in_columns_keeps_its_spacing_and_other_lines_fold(tmp_path):
    """Runs of spaces fold to one space between words, except in a table whose columns a rule of
    dashes sets: there the spaces say which column a word belongs to, and the analysis reads the cells
    from them. The paragraph after the table folds again."""
    path = tmp_path / "memo.txt"
    path.write_text(
        "Flights  are   limited.\n\n"
        "REF   PERMITTED FLIGHT               SIGNED OFF BY\n"
        "---   ----------------------------   ---------------\n"
        "F1    Bridge inspection over the     Harbor Engineer\n"
        "      north channel\n\n"
        "Any other flight  is   refused.\n", encoding="utf-8")
    doc = load(path)
    lines = doc.text.split("\n")
    assert lines[0] == "Flights are limited."
    assert lines[2] == "REF   PERMITTED FLIGHT               SIGNED OFF BY"
    assert lines[4] == "F1    Bridge inspection over the     Harbor Engineer"
    assert lines[-1] == "Any other flight is refused."
