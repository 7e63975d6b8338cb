"""DOCX ingest from the zip's XML: automatic numbering, tracked changes, page breaks.

Each test builds a small .docx by hand (word/document.xml, numbering.xml, styles.xml), the way a
clerk's draft of an ordinance looks after a round of tracked edits.
"""

from __future__ import annotations

import io
import zipfile

import pytest
from docxgen import PAGE_BREAK, deleted, inserted, make_docx, para, run

from redline_cli.errors import InputError
from redline_cli.ingest import load, load_bytes

DRAFT = [
    para(run("ORDINANCE NO. 2024-17")),
    para(run("Sec. 2.99.030 Prohibition on acquisition and use of face surveillance technology.")),
    para(run("It shall be unlawful for any City department or City official to:"), num=(1, 0)),
    para(run("obtain, retain, possess, access or use any face surveillance system; or"), num=(1, 1)),
    para(run("enter into an agreement with a third party "), deleted("for the purpose of obtaining "),
         inserted("that permits it to obtain "), run("face surveillance information."), num=(1, 1)),
    para(run("Nothing in subsection (a) shall prohibit the City from:"), num=(1, 0)),
    para(run("using evidence relating to the investigation of a specific crime; or"), num=(1, 1)),
    para(run("complying with the National Child Search Assistance Act"), deleted(", or any other federal law"),
         run("."), num=(1, 1)),
    para(PAGE_BREAK),
    para(run("Sec. 2.99.040 Enforcement."), ppr=""),
    para(run("Any violation of this section constitutes an injury, and any person may institute proceedings "
             "for injunctive relief."), num=(3, 0)),
]


@pytest.fixture(scope="module")
def draft():
    return load_bytes(make_docx(DRAFT), "draft-2024-17.docx", use_cache=False)


def _cite(doc, needle: str) -> str:
    return doc.locate(doc.text.index(needle)).citation


def test_automatic_numbering_is_rendered(draft):
    assert draft.media_type == "docx" and draft.engine == "docx"
    assert "(a) It shall be unlawful" in draft.text
    assert "(2) enter into an agreement" in draft.text
    assert "(b) Nothing in subsection (a)" in draft.text


def test_provision_citations_follow_the_rendered_numbers(draft):
    assert _cite(draft, "obtain, retain, possess") == "2.99.030(a)(1)"
    assert _cite(draft, "enter into an agreement") == "2.99.030(a)(2)"
    assert _cite(draft, "using evidence relating") == "2.99.030(b)(1)"
    assert _cite(draft, "complying with the National") == "2.99.030(b)(2)"
    assert draft.locate(draft.text.index("using evidence")).provision_id == "sec_2.99.030__b__1"


def test_tracked_deletions_are_skipped_and_insertions_kept(draft):
    assert "for the purpose of obtaining" not in draft.text
    assert "any other federal law" not in draft.text
    assert "enter into an agreement with a third party that permits it to obtain face surveillance information." \
        in draft.text
    assert "National Child Search Assistance Act." in draft.text


def test_page_break_starts_a_new_page(draft):
    assert draft.pages == 2
    assert draft.locate(draft.text.index("complying with")).page == 1
    loc = draft.locate(draft.text.index("Any violation"))
    assert loc.page == 2
    # A list instance with a startOverride begins again at (a) in the new section.
    assert loc.citation == "2.99.040(a)"


def test_rendered_page_break_after_a_hard_break_is_the_same_page():
    # Word marks the first run of every page it laid out with lastRenderedPageBreak, including
    # the page a hard break started: the two marks are one page break, not two.
    paras = [
        para(run("Section 1. Findings.")),
        para(run("The City Council finds that face surveillance is inaccurate.")),
        para(PAGE_BREAK),
        para('<w:r><w:lastRenderedPageBreak/><w:t>Section 2. Prohibition.</w:t></w:r>'),
        para(run("No City department shall use face surveillance technology, and no department shall "),
             '<w:r><w:lastRenderedPageBreak/><w:t>acquire it.</w:t></w:r>'),
    ]
    doc = load_bytes(make_docx(paras), "draft.docx", use_cache=False)
    assert doc.locate(doc.text.index("Section 2.")).page == 2
    # A rendered break inside a paragraph ends the line there, and the rest is on the next page.
    assert doc.locate(doc.text.index("acquire it.")).page == 3
    assert doc.pages == 3


def test_page_break_before_paragraph_property():
    paras = [
        para(run("Section 1. Findings.")),
        para(run("The City Council finds that face surveillance is inaccurate.")),
        para(run("Section 2. Prohibition."), ppr="<w:pageBreakBefore/>"),
        para(run("No City department shall use face surveillance technology.")),
    ]
    doc = load_bytes(make_docx(paras), "draft.docx", use_cache=False)
    assert doc.locate(doc.text.index("Section 2.")).page == 2
    assert doc.locate(doc.text.index("No City department")).citation == "2"


def test_numbering_through_paragraph_styles():
    paras = [
        para(run("Definitions."), style="SectionHeading"),
        para(run("“Face surveillance” means an automated process that identifies an individual."), num=(1, 0)),
        para(run("Prohibition."), style="Heading"),
        para(run("No City department shall use face surveillance."), num=(3, 0)),
    ]
    doc = load_bytes(make_docx(paras), "draft.docx", use_cache=False)
    assert doc.text.splitlines()[0] == "Sec. 1. Definitions."
    assert "Sec. 2. Prohibition." in doc.text
    assert _cite(doc, "No City department") == "2(a)"


def test_roman_level_and_soft_line_break():
    paras = [
        para(run("Sec. 5. Exceptions.")),
        para(run("This chapter does not apply to:"), num=(1, 0)),
        para(run("the search for a missing person, when:"), num=(1, 1)),
        para(run("a law enforcement agency has opened a case;"), num=(1, 2)),
        para(run("the search is authorized in writing;"), '<w:r><w:br/></w:r>', run("and logged."), num=(1, 2)),
    ]
    doc = load_bytes(make_docx(paras), "draft.docx", use_cache=False)
    assert "(i) a law enforcement agency" in doc.text and "(ii) the search is authorized" in doc.text
    assert _cite(doc, "the search is authorized") == "5(a)(1)(ii)"
    assert _cite(doc, "and logged.") == "5(a)(1)(ii)"
    assert doc.locate(doc.text.index("and logged.")).line == doc.locate(doc.text.index("the search is")).line + 1


def test_docx_without_numbering_or_styles_parts():
    paras = [para(run("Section 1. Short title.")), para(run("This ordinance may be cited as the Example Act."))]
    doc = load_bytes(make_docx(paras, numbering=None, styles=None), "plain.docx", use_cache=False)
    assert doc.text == "Section 1. Short title.\nThis ordinance may be cited as the Example Act."


def test_docx_is_sniffed_whatever_its_name(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_bytes(make_docx(DRAFT))
    doc = load(path, use_cache=False)
    assert doc.media_type == "docx"
    assert _cite(doc, "enter into an agreement") == "2.99.030(a)(2)"


def test_damaged_docx_xml_is_an_input_error():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<w:document><w:body><w:p>unclosed")
    with pytest.raises(InputError, match="damaged DOCX"):
        load_bytes(buf.getvalue(), "broken.docx", use_cache=False)


def test_out_of_range_list_levels_do_not_crash():
    # Word has levels 0-8; a generator that writes 12 or "x" gets the nearest level, not a traceback.
    paras = [
        para(run("Sec. 1. Ban.")),
        para(run("No department shall use face surveillance."), num=(1, 12)),
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="x"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f'{run("No department shall buy it.")}</w:p>',
    ]
    doc = load_bytes(make_docx(paras), "generated.docx", use_cache=False)
    assert "No department shall use face surveillance." in doc.text
    assert "(a) No department shall buy it." in doc.text  # "x" is read as level 0


def test_the_draft_analyzes_end_to_end(context):
    """A Word draft goes through the whole analysis: its numbering becomes the citations."""
    from redline_cli.api import analyze_document

    analysis = analyze_document(load_bytes(make_docx(DRAFT), "draft-2024-17.docx", use_cache=False), context)
    found = [(f.category, f.citation, f.qualifiers) for f in analysis.exemptions]
    assert found == [("criminal-investigation", "2.99.030(b)(1)", ["specific-crime"]),
                     ("missing-persons", "2.99.030(b)(2)", [])]
    assert analysis.coverage.third_parties and "use" in analysis.coverage.acts
    assert analysis.coverage.enforcement == ["private-right-of-action", "injunction"]
