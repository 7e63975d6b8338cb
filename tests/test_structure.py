"""The provision tree: headings and enumerators -> citations and stable ids, on real and synthetic laws."""

from __future__ import annotations

import functools

import pytest
from conftest import CORPUS, CORPUS_SLUGS
from hypothesis import given, settings
from hypothesis import strategies as st

from redline_cli.document import Document
from redline_cli.ingest import load, load_bytes


@functools.cache
def _corpus_doc(slug: str) -> Document:
    return load(CORPUS / f"{slug}.txt", use_cache=False)


def corpus_doc(slug: str) -> Document:
    return Document.from_dict(_corpus_doc(slug).to_dict())  # a fresh copy: tests may not share state


def text_doc(text: str, name: str = "ordinance.txt") -> Document:
    return load_bytes(text.encode("utf-8"), name, use_cache=False)


def cite(doc: Document, needle: str) -> str:
    return doc.locate(doc.text.index(needle)).citation


def pid(doc: Document, needle: str) -> str:
    return doc.locate(doc.text.index(needle)).provision_id


def citations(doc: Document) -> list[str]:
    return [p.citation for p in doc.provisions[1:]]


# ----------------------------------------------------------------- the corpus
@pytest.mark.parametrize(("slug", "needle", "citation", "provision_id"), [
    ("boston-16-62", "Using evidence relating to the investigation of a specific crime", "16-62(B)(2)(a)",
     "sec_16-62__B__2__a"),
    ("boston-16-62", "Information derived from a face surveillance system.", "16-62(B)(1)(a)(2)",
     "sec_16-62__B__1__a__2"),
    ("boston-16-62", "BOSTON OFFICIAL. Any person", "16-62(A)", "sec_16-62__A"),
    ("eu-ai-act-art5-2024", "the search for missing persons", "Art. 5(1)(h)(i)", "art_5__1__h__i"),
    ("eu-ai-act-art5-2024", "the prevention of a specific, substantial and imminent threat", "Art. 5(1)(h)(ii)",
     "art_5__1__h__ii"),
    ("eu-ai-act-art5-2024", "detrimental or unfavourable treatment of certain natural persons or groups of persons "
     "that is unjustified", "Art. 5(1)(c)(ii)", "art_5__1__c__ii"),
    ("ny-stt-106-b", "Schools may utilize", "106-b(2)(b)", "sec_106-b__2__b"),
    ("ny-stt-106-b", "\"facial recognition\" shall mean", "106-b(1)(c)", "sec_106-b__1__c"),
    ("sebastopol-8-80", "does not request or solicit", "8.80.075(B)(1)", "sec_8.80.075__B__1"),
    ("sebastopol-8-80", "Seeking funds for a surveillance technology", "8.80.030(A)", "sec_8.80.030__A"),
    ("california-pc-832-19", "An automated or semiautomated process that generates", "832.19(a)(3)(B)",
     "sec_832.19__a__3__B"),
    ("santa-cruz-9-85", "This chapter shall be known as the surveillance technology ordinance", "9.85.010",
     "sec_9.85.010"),
])
def test_corpus_citations(slug, needle, citation, provision_id):
    doc = corpus_doc(slug)
    loc = doc.locate(doc.text.index(needle))
    assert (loc.citation, loc.provision_id) == (citation, provision_id)


def test_santa_cruz_table_of_contents_is_not_a_second_set_of_sections():
    doc = corpus_doc("santa-cruz-9-85")
    sections = [p.citation for p in doc.provisions if p.kind == "section"]
    assert sections == sorted(set(sections))
    assert "9.85.030" in sections


def test_hr4695_sections():
    doc = corpus_doc("us-hr4695-2025-facial-recognition-act")
    sections = [p.number for p in doc.provisions if p.kind == "section"]
    assert sections == ["1", "2", "3", "101", "102", "103", "104", "105", "106", "107", "108",
                        "201", "202", "203", "204"]
    headings = {p.number: p.heading for p in doc.provisions if p.kind == "section"}
    assert headings["202"] == "Rule of construction with respect to State and local privacy protections"
    assert headings["201"] == "National Institute for Standards and Technology assistance"
    titles = [(p.number, p.heading) for p in doc.provisions if p.kind == "title"]
    assert titles == [("I", "Use of facial recognition by Law Enforcement"),
                      ("II", "Certain requirements and limitations on facial recognition systems and research")]


@pytest.mark.parametrize(("needle", "citation"), [
    ("This Act may be cited as the Facial Recognition Act of 2025", "1"),
    ("The term State means each State", "3(13)"),
    ("to assist in identifying any person who is deceased", "101(c)(1)(A)"),
    ("is the subject of an alert through an AMBER Alert", "101(c)(1)(B)"),
    ("request facial recognition for the purpose of face surveillance", "102(c)"),
    ("develop best practices for law enforcement agencies", "201(a)(1)"),
    ("uses the types of probe images", "201(a)(2)(B)"),
    ("Nothing in this Act shall be construed to preempt", "202(a)"),
    ("Not later than 90 days after the date of the enactment", "203"),
    # Conforming amendments: the text they insert is not a provision of this bill.
    ("in subsection (b)(1), by inserting before the period", "101(b)(6)(B)"),
    ("a department operated facial recognition system, except as provided", "101(b)(6)(A)(iii)"),
    ("Law enforcement access to facial recognition systems A State department", "101(b)(6)(C)"),
    ("Notwithstanding subsections (a) and (b), an investigative", "101(c)(1)"),
])
def test_hr4695_citations(needle, citation):
    doc = corpus_doc("us-hr4695-2025-facial-recognition-act")
    assert cite(doc, needle) == citation


def test_every_corpus_id_is_unique_and_citations_nest():
    for path in sorted(CORPUS.glob("*.txt")):
        doc = load(path, use_cache=False)
        ids = [p.id for p in doc.provisions]
        assert len(ids) == len(set(ids)), path.name
        for p in doc.provisions[1:]:
            parent = doc.provisions[p.parent]
            assert parent.start <= p.start < p.end <= parent.end, (path.name, p.citation)
            if p.kind == "item" and parent.kind != "root":
                assert p.citation.startswith(parent.citation), (path.name, p.citation)


# ----------------------------------------------------------------- heading styles
@pytest.mark.parametrize(("text", "needle", "citation", "provision_id"), [
    ("Sec. 2.99.030. Prohibition.\n(a) No department shall acquire face surveillance.\n",
     "No department", "2.99.030(a)", "sec_2.99.030__a"),
    ("SEC. 2.99.030 - PROHIBITION.\nA. No department shall acquire face surveillance.\n",
     "No department", "2.99.030(A)", "sec_2.99.030__A"),
    ("Section 3. Ban on face surveillance.\nNo department shall acquire face surveillance.\n",
     "No department", "3", "sec_3"),
    ("SECTION 3. The Council hereby ordains as follows:\n(1) No department shall acquire face surveillance.\n",
     "No department", "3(1)", "sec_3__1"),
    ("§ 16-62. Ban.\n(B) No department shall acquire face surveillance.\n",
     "No department", "16-62(B)", "sec_16-62__B"),
    ("§16-62 Ban.\n(B) No department shall acquire face surveillance.\n",
     "No department", "16-62(B)", "sec_16-62__B"),
    ("Article 5\nProhibited practices\n1. The following practices shall be prohibited:\n"
     "(a) the use of remote biometric identification.\n",
     "the use of remote", "Art. 5(1)(a)", "art_5__1__a"),
    ("ARTICLE I. GENERAL PROVISIONS\nSection 1. Definitions.\n(a) City means the City of Example.\n",
     "City means", "1(a)", "sec_1__a"),
    ("9.85.020 Definitions.\nA. “Face recognition technology” means an automated process.\n",
     "“Face recognition", "9.85.020(A)", "sec_9.85.020__A"),
    ("Chapter 9.85\nSURVEILLANCE TECHNOLOGY\n9.85.030 Prohibition.\nA. No department shall use it.\n",
     "No department", "9.85.030(A)", "sec_9.85.030__A"),
    ("## Section 4. Enforcement\n\n(a) Any person may sue.\n",
     "Any person", "4(a)", "sec_4__a"),
    # articles numbered in parentheses and in words, as Arab laws are printed in translation
    ("Article (Second)\nThe Minister shall issue the regulations.\n\nArticle (3)\nNo ministry shall use it.\n",
     "No ministry", "Art. 3", "art_3"),
    ("CHAPTER TWO\nPROHIBITIONS\n\nArticle (First)\nNo ministry shall use it.\n",
     "No ministry", "Art. First", "art_First"),
    # a list with no enumerators: paragraphs after a lead-in's colon, each ";" but the last "."
    ("Article 6\n\n1. Use is permitted only in these cases:\n\nto find a missing child;\n\n"
     "to prevent a terrorist attack.\n\n2. Each use is logged.\n",
     "to prevent a terrorist", "Art. 6(1) ¶2", "art_6__1__p2"),
    # an Ethiopian proclamation's sub-articles, "1/"; an Arab law's items in translation, "1- "
    ("4. Prohibition\n1/ No government body shall use it.\n2/ No government body shall buy it.\n",
     "No government body shall buy", "4(2)", "sec_4__2"),
    ("Article Three:\nIt is prohibited for public bodies to:\n1- Apply voice recognition;\n2- Track a user.\n",
     "Track a user", "Art. Three(2)", "art_Three__2"),
    # a Tennessee rule numbered by its chapter, a dash and a point
    ("0135-03-.04 ENTRY GATES.\n(1) No biometric entry system shall be used.\n",
     "No biometric", "0135-03-.04(1)", "sec_0135-03-.04__1"),
])
def test_heading_styles(text, needle, citation, provision_id):
    doc = text_doc(text)
    assert cite(doc, needle) == citation
    assert pid(doc, needle) == provision_id


def test_article_and_section_nest():
    doc = text_doc(
        "ARTICLE I\nDEFINITIONS\nSection 1. Terms.\n(a) City means the City of Example.\n"
        "ARTICLE II\nPROHIBITIONS\nSection 2. Ban.\n(a) No department shall use face surveillance.\n")
    art2 = next(p for p in doc.provisions if p.id == "art_II")
    sec2 = next(p for p in doc.provisions if p.id == "sec_2")
    assert sec2.parent == art2.index
    assert doc.provisions[sec2.children[0]].citation == "2(a)"
    assert cite(doc, "No department") == "2(a)"
    assert doc.provision_at(doc.text.index("City means")).id == "sec_1__a"


def test_nesting_follows_the_order_styles_appear():
    # (1) under (A) under Sec.; a bare "1." list under (a): each new style opens a level.
    doc = text_doc(
        "Sec. 5. Exemptions.\n"
        "(A) This section does not apply to:\n"
        "(1) the use of evidence relating to a specific crime;\n"
        "(2) the search for a missing person, if:\n"
        "(a) the person is under eighteen; and\n"
        "1. a report has been filed; or\n"
        "2. an AMBER alert is in effect;\n"
        "(b) a supervisor approves in writing.\n"
        "(B) Nothing in subsection (A) permits face surveillance.\n")
    assert cite(doc, "an AMBER alert") == "5(A)(2)(a)(2)"
    assert pid(doc, "an AMBER alert") == "sec_5__A__2__a__2"
    assert cite(doc, "a supervisor approves") == "5(A)(2)(b)"
    assert cite(doc, "Nothing in subsection (A)") == "5(B)"


# ----------------------------------------------------------------- roman or letter
def test_i_after_h_is_a_letter():
    doc = text_doc(
        "Sec. 1. Definitions.\n"
        "(g) “Face surveillance” means an automated process.\n"
        "(h) “Officer” means a sworn member of the police department.\n"
        "(i) “City” means the City of Example.\n"
        "(j) “Vendor” means a person that sells surveillance technology.\n")
    assert cite(doc, "“City” means") == "1(i)"
    assert doc.locate(doc.text.index("“City” means")).provision_id == "sec_1__i"
    assert cite(doc, "“Vendor”") == "1(j)"


def test_i_under_h_followed_by_ii_is_roman():
    doc = text_doc(
        "Article 5\n1. The following practices shall be prohibited:\n"
        "(g) biometric categorisation;\n"
        "(h) real-time remote biometric identification, unless strictly necessary for:\n"
        "(i) the targeted search for specific victims of abduction;\n"
        "(ii) the prevention of a threat to life;\n"
        "(iii) the localisation of a suspect.\n"
        "2. Member States may provide otherwise.\n")
    assert cite(doc, "the targeted search") == "Art. 5(1)(h)(i)"
    assert cite(doc, "the prevention") == "Art. 5(1)(h)(ii)"
    assert cite(doc, "the localisation") == "Art. 5(1)(h)(iii)"
    assert cite(doc, "Member States") == "Art. 5(2)"


def test_i_after_h_then_roman_list_under_it_then_j():
    doc = text_doc(
        "Sec. 1.\n(h) Officer means a sworn officer.\n"
        "(i) Exempt use means a use:\n(i) by the medical examiner; or\n(ii) at an airport.\n"
        "(j) Vendor means a seller.\n")
    # The first (i) is the letter after (h): its own items are roman.
    assert cite(doc, "Exempt use") == "1(i)"
    assert cite(doc, "at an airport") == "1(i)(ii)"
    assert cite(doc, "Vendor") == "1(j)"


@pytest.mark.parametrize(("before", "label", "citation"), [
    ("(u) Utility means a utility.\n", "(v)", "1(v)"),
    ("(iv) by a utility.\n", "(v)", "1(a)(v)"),
    ("(w) Warrant means an order.\n", "(x)", "1(x)"),
    ("(ix) by a utility.\n", "(x)", "1(a)(x)"),
])
def test_v_and_x_follow_their_sibling(before, label, citation):
    lead = "Sec. 1.\n(a) This section applies to a use:\n" if before.startswith("(i") else "Sec. 1.\n"
    doc = text_doc(f"{lead}{before}{label} The thing to find.\n")
    assert cite(doc, "The thing to find") == citation


def test_first_i_with_no_h_is_roman_and_federal_subclauses():
    doc = text_doc(
        "Sec. 101. Exceptions.\n(c) Emergencies.\n(1) An officer may act if:\n"
        "(D) there is an imminent threat, and:\n"
        "(i) the officer determines that:\n(I) a life is in danger; and\n(II) there is no time to obtain an order;\n"
        "(ii) the officer documents the emergency.\n")
    assert cite(doc, "no time to obtain") == "101(c)(1)(D)(i)(II)"
    assert pid(doc, "no time to obtain") == "sec_101__c__1__D__i__II"
    assert cite(doc, "documents the emergency") == "101(c)(1)(D)(ii)"


# ----------------------------------------------------------------- what is not a provision
def test_wrapped_line_that_begins_with_an_enumerator_is_not_an_item():
    doc = text_doc(
        "Sec. 4. Enforcement.\n"
        "(a) Any person may bring an action to enforce subsection\n"
        "(b) of this section in any court of competent jurisdiction.\n"
        "(b) No evidence obtained in violation of this chapter is admissible.\n")
    assert cite(doc, "of this section in any court") == "4(a)"
    assert cite(doc, "No evidence obtained") == "4(b)"
    assert [p.citation for p in doc.provisions[1:]] == ["4", "4(a)", "4(b)"]


def test_next_item_after_a_line_that_lost_its_punctuation_is_an_item():
    """A draft that drops the "; or" after (a) still lists (b): the next value of the open list
    opens an item (a cross-reference wrapped onto a line, "(b) of this section", does not)."""
    doc = text_doc(
        "Sec. 3. Exceptions.\n"
        "Nothing in Section 2 shall be construed to prohibit:\n"
        "(a) the use of evidence that relates to the investigation of a specific crime, if the evidence was "
        "not produced by or at the request of the City or a City official\n"
        "(b) the use of face recognition technology pursuant to a search warrant issued by a judge;\n"
        "(1) in an emergency\n"
        "(c) the use by a City official of face recognition to unlock a City-issued device.\n")
    assert cite(doc, "a City official") == "3(a)"
    assert cite(doc, "pursuant to a search warrant") == "3(b)"
    assert cite(doc, "in an emergency") == "3(b)(1)"
    assert cite(doc, "to unlock a City-issued") == "3(c)"


def test_a_joiner_wrapped_onto_its_own_line_ends_the_item():
    """Re-wrapped at a width that leaves "or" alone on a line, the list still has two items."""
    doc = text_doc(
        "Sec. 3. Exceptions.\n"
        "Nothing in Section 2 shall be construed to prohibit:\n"
        "(a) the use of evidence that relates to the investigation of a specific crime, if the evidence was\n"
        "not produced by or at the request of the City or a City official;\n"
        "or\n"
        "(b) the use by a City official of face recognition to unlock a City-issued device.\n")
    assert cite(doc, "or at the request of") == "3(a)"
    assert cite(doc, "to unlock a City-issued") == "3(b)"


def test_prose_that_names_a_section_is_not_a_heading():
    doc = text_doc(
        "SECTION 1. Amendment.\n"
        "Section 2721 of title 18, United States Code, is amended by adding a subsection.\n"
        "(a) The amendment applies to every State department of motor vehicles.\n")
    assert [p.citation for p in doc.provisions[1:]] == ["1", "1(a)"]


def test_text_before_any_heading_belongs_to_the_root():
    doc = text_doc("AN ORDINANCE banning face surveillance.\nSection 1. Ban.\nNo department shall use it.\n")
    loc = doc.locate(0)
    assert (loc.citation, loc.provision_id) == ("", "doc")
    assert cite(doc, "No department") == "1"


def test_text_inserted_by_an_amendment_is_not_a_provision():
    doc = text_doc(
        "SEC. 4. CONFORMING AMENDMENTS.\n"
        "(a) Section 2721 of title 18, United States Code, is amended—\n"
        "(1) in subsection (a), by striking the period at the end;\n"
        "(2) by inserting after paragraph (5) the following:\n"
        "(6) a department operated facial recognition system. ;\n"
        "(3) by adding at the end the following:\n"
        "(g) Law enforcement access. A State department of motor vehicles may make available a system.\n"
        "(b) Effective date. The amendments made by subsection (a) take effect 180 days after enactment.\n")
    assert cite(doc, "a department operated") == "4(a)(2)"
    assert cite(doc, "by adding at the end") == "4(a)(3)"
    assert cite(doc, "A State department of motor vehicles") == "4(a)(3)"
    assert cite(doc, "The amendments made") == "4(b)"
    assert citations(doc) == ["4", "4(a)", "4(a)(1)", "4(a)(2)", "4(a)(3)", "4(b)"]


def test_a_list_that_starts_again_is_kept():
    # An excerpt (Springfield's code page) runs two sections' A., B. lists with no heading between.
    doc = corpus_doc("springfield-ma")
    assert citations(doc).count("(A)") == 2
    assert cite(doc, "Suppression: No data collected") == "(A)"
    assert pid(doc, "Suppression: No data collected") == "p__A~2"


def test_list_items_ending_in_commas():
    doc = corpus_doc("eu-ai-act-art5-2024")
    assert cite(doc, "trafficking in human beings,") == "Annex II ¶2"
    assert cite(doc, "sabotage,") == "Annex II ¶15"


def test_lone_roman_title_and_its_name():
    doc = text_doc(
        "I\n119th CONGRESS\n1st Session\nH. R. 9999\nA BILL\nTo regulate facial recognition.\n"
        "1. Short title\nThis Act may be cited as the Example Act.\n"
        "I\nUse of facial recognition by law enforcement agencies of the States and their subdivisions\n"
        "101. Court orders required before any search of a reference photo database\n"
        "(a) In general\nAn officer may use facial recognition only under an order.\n")
    titles = [(p.id, p.heading) for p in doc.provisions if p.kind == "title"]
    assert titles == [("title_I", "Use of facial recognition by law enforcement agencies of the States and "
                                  "their subdivisions")]
    assert cite(doc, "An officer may use") == "101(a)"
    assert pid(doc, "An officer may use") == "sec_101__a"
    assert cite(doc, "This Act may be cited") == "1"


# ----------------------------------------------------------------- lines wrapped as a PDF wraps them
def test_heading_word_at_the_start_of_a_wrapped_line_is_not_a_heading():
    doc = text_doc(
        "Article 5\n\n2. The use of the system shall be authorised only if the authority has registered\n"
        "the system in the EU database according to\n"
        "Article 49. However, in duly justified cases of urgency, the use may be commenced.\n\n"
        "3. Each use shall be subject to prior authorisation.\n")
    assert [p.id for p in doc.provisions[1:]] == ["art_5", "art_5__2", "art_5__3"]
    assert cite(doc, "However, in duly justified") == "Art. 5(2)"


def test_cross_reference_wrapped_onto_the_next_line_is_not_an_item():
    doc = text_doc(
        "Sec. 108. Notice requirement\n\n(a) Notice requirement\n\n(1) the date of the search.\n\n"
        "(b) Language requirement\n\nThe information required under subsection\n"
        "(a) shall be provided in an appropriate language.\n")
    assert cite(doc, "shall be provided in an appropriate") == "108(b)"
    assert [p.id for p in doc.provisions[1:]] == ["sec_108", "sec_108__a", "sec_108__a__1", "sec_108__b"]


def test_wrapped_lead_in_under_an_article_is_an_item_not_a_section():
    doc = text_doc(
        "Article 5: Prohibited Artificial Intelligence\nPractices\n\n"
        "1. The following AI practices shall be\nprohibited:\n\n"
        "(a) the placing on the market of an AI system that deploys subliminal techniques;\n\n"
        "2. The use of remote biometric identification shall be subject to safeguards.\n")
    assert cite(doc, "the placing on the market") == "Art. 5(1)(a)"
    assert cite(doc, "The use of remote") == "Art. 5(2)"


def test_wrapped_numbered_section_title_continues_the_run():
    doc = text_doc(
        "1. Short title\n\nThis Act may be cited as the Example Act.\n\n"
        "108. Notice requirement\n\nAn agency shall notify the individual.\n\n"
        "II\n\nCertain requirements and limitations on\nfacial recognition systems and research\n\n"
        "201. National Institute for Standards and\nTechnology assistance\n\n"
        "(a) In general\n\nNIST shall develop best practices.\n")
    assert [p.number for p in doc.provisions if p.kind == "section"] == ["1", "108", "201"]
    assert cite(doc, "NIST shall develop") == "201(a)"


def test_bill_number_on_the_cover_is_not_a_list():
    doc = text_doc(
        "119th CONGRESS\n\n1st Session\n\nH. R. 4695\n\nA BILL\n\n"
        "1. Short title\n\nThis Act may be cited as the Facial Recognition Act of 2025.\n\n"
        "2. Ineligibility for certain funds\n\nA State that does not comply shall lose 15 percent.\n")
    assert [p.id for p in doc.provisions[1:]] == ["sec_1", "sec_2"]


def test_table_of_contents_with_a_wrapped_entry_is_dropped():
    doc = text_doc(
        "Chapter 9.85\nSURVEILLANCE TECHNOLOGY ORDINANCE\n\nSections:\n\n"
        "9.85.010 Purpose and intent of this chapter.\n\n9.85.020 Definitions.\n\n"
        "9.85.030 Prohibition on city’s acquisition or use of predictive policing technology\n"
        "and face recognition technology.\n\n9.85.040 Enforcement.\n\n"
        "9.85.010 PURPOSE AND INTENT OF THIS CHAPTER.\n\nThis chapter shall be known as the ordinance.\n\n"
        "9.85.020 DEFINITIONS.\n\nA. “Face recognition technology” means an automated process.\n\n"
        "9.85.030 PROHIBITION.\n\nA. It shall be unlawful for the city to obtain face recognition technology.\n")
    assert [p.id for p in doc.provisions if p.kind == "section"] == ["sec_9.85.010", "sec_9.85.020", "sec_9.85.030"]
    assert cite(doc, "It shall be unlawful") == "9.85.030(A)"


@pytest.mark.parametrize("layout", ["bill", "columns"])
@pytest.mark.parametrize("slug", ["us-hr4695-2025-facial-recognition-act", "eu-ai-act-art5-2024", "santa-cruz-9-85"])
def test_pdf_of_a_law_has_the_tree_of_its_text(tmp_path, slug, layout):
    from conftest import corpus_body
    from pdfgen import render

    path = tmp_path / f"{slug}.{layout}.pdf"
    render(corpus_body(slug), path, layout)
    pdf = load(path, engine="pdfium", use_cache=False)
    assert [p.id for p in pdf.provisions] == [p.id for p in _corpus_doc(slug).provisions]


# ----------------------------------------------------------------- stable ids
BASE = (
    "Sec. 2.99.030 Prohibition.\n"
    "(A) It shall be unlawful for the City to:\n"
    "(1) obtain face surveillance; or\n"
    "(2) use information derived from face surveillance.\n"
    "(B) Exceptions.\n"
    "(1) The use of evidence relating to the investigation of a specific crime.\n"
    "Sec. 2.99.040 Enforcement.\n"
    "(A) Any person may sue.\n"
)


def _ids(doc: Document) -> dict[str, str]:
    """{citation: id}, and each id -> the first words of its own text."""
    return {p.citation: p.id for p in doc.provisions[1:]}


def test_ids_do_not_change_when_text_is_added_inside_a_provision():
    base = text_doc(BASE)
    edited = text_doc(BASE.replace(
        "(A) It shall be unlawful for the City to:\n",
        "(A) It shall be unlawful for the City, or any City official, contractor or vendor acting for it,\n"
        "whether directly or through a third party, to:\n").replace(
        "(1) The use of evidence relating to the investigation of a specific crime.\n",
        "(1) The use of evidence relating to the investigation of a specific crime.\n"
        "The evidence must not have been generated by or at the request of the City.\n"))
    assert _ids(edited) == _ids(base)
    for needle in ("use information derived", "evidence relating", "Any person may sue"):
        assert pid(edited, needle) == pid(base, needle)
        assert cite(edited, needle) == cite(base, needle)


def test_ids_do_not_change_when_a_section_is_added_before():
    base = text_doc(BASE)
    edited = text_doc("Sec. 2.99.010 Definitions.\n(A) City means the City of Example.\n" + BASE)
    assert pid(edited, "evidence relating") == pid(base, "evidence relating") == "sec_2.99.030__B__1"
    assert set(_ids(base).items()) <= set(_ids(edited).items())


def test_repeated_numbers_get_distinct_ids():
    doc = text_doc("Sec. 1.\n(a) First use.\n(a) Second use with the same letter.\n")
    ids = [p.id for p in doc.provisions[1:]]
    assert ids == ["sec_1", "sec_1__a", "sec_1__a~2"]


# ----------------------------------------------------------------- locating
def test_own_span_stops_at_the_first_child():
    doc = corpus_doc("boston-16-62")
    prov = doc.provision_at(doc.text.index("It shall be unlawful for Boston"))
    assert prov.citation == "16-62(B)(1)"
    start, end = doc.own_span(prov)
    assert doc.text[start:end].strip() == "(1) It shall be unlawful for Boston or any Boston official to:"
    assert doc.text[prov.body_start:end].strip().startswith("It shall be unlawful")


def test_locate_a_span_across_lines():
    doc = corpus_doc("sebastopol-8-80")
    start = doc.text.index("1. Biometric surveillance technology")
    end = doc.text.index("Facial recognition technology; or") + len("Facial recognition technology; or")
    loc = doc.locate(start, end)
    assert loc.citation == "8.80.075(A)(1)"
    assert loc.line < loc.end_line and loc.page == loc.end_page == 1
    source = (CORPUS / "sebastopol-8-80.txt").read_text(encoding="utf-8").splitlines()
    assert source[loc.line - 1].startswith("1. Biometric") and source[loc.end_line - 1].startswith("3. Facial")
    # A span that begins with blank space is cited from its first visible character.
    assert doc.locate(start - 2, end).line == loc.line


@settings(max_examples=300, deadline=None)
@given(slug=st.sampled_from(CORPUS_SLUGS), where=st.floats(0, 1, exclude_max=True))
def test_every_offset_has_a_line_and_a_deepest_provision(slug, where):
    doc = _corpus_doc(slug)
    offset = int(where * len(doc.text))
    line = doc.line_at(offset)
    assert line.start <= offset <= line.end  # the newline after a line belongs to it
    assert line.page >= 1 and line.cited >= 1
    prov = doc.provision_at(offset)
    assert prov.start <= offset < prov.end
    assert not any(doc.provisions[c].start <= offset < doc.provisions[c].end for c in prov.children)
    loc = doc.locate(offset, min(len(doc.text), offset + 40))
    assert (loc.page, loc.line) <= (loc.end_page, loc.end_line)


def test_a_section_number_run_into_its_first_subsection_opens_both(analyze_text):
    """Canadian and Commonwealth statutes print "3(1) No public body shall ...": section 3 and its
    item (1) start on one line, and the ban in the item is read from its first word."""
    a = analyze_text(
        "Prohibition\n\n"
        "3(1) No public body shall operate a licence plate reader on a provincial highway.\n\n"
        "(2) Subsection (1) does not apply to a search for a missing child.\n\n"
        "4A(1) A person who contravenes section 3 is guilty of an offence.\n")
    assert [f.location.citation for f in a.prohibitions] == ["3(1)"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [("missing-persons", "3(2)")]


def test_inserted_sections_with_letters_are_sections(analyze_text):
    """An amending Act inserts "40E", "40F" between 40 and 41, each a heading on its own line; the
    list under "40F" is that section's, not the section before's."""
    a = analyze_text(
        "40E Prohibition on monitoring\n"
        "A law enforcement agency must not use a social media monitoring tool.\n\n"
        "40F Official accounts\n"
        "Nothing in this Division prevents a law enforcement agency from—\n"
        "(a) operating its own social media accounts; or\n"
        "(b) searching for a missing person.\n")
    assert [f.location.citation for f in a.prohibitions] == ["40E"]
    assert [f.location.citation for f in a.exemptions] == ["40F(a)", "40F(b)"]


def test_a_washington_style_new_section_is_a_section(analyze_text):
    """"NEW SECTION. Sec. 4. CELL SITE SIMULATORS. (1) ...": the section is Sec. 4, and its items
    are its own, not items of one list running through the whole bill."""
    a = analyze_text(
        "NEW SECTION. Sec. 1. DEFINITIONS. (1) \"Cell site simulator\" means a device that mimics a cell tower.\n"
        "NEW SECTION. Sec. 2. CELL SITE SIMULATORS. (1) A government entity shall not use a cell site simulator.\n"
        "(2) Subsection (1) does not apply to a search for a missing child.\n")
    assert [f.location.citation for f in a.prohibitions] == ["2(1)"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [("missing-persons", "2(2)")]


def test_a_code_section_followed_by_its_first_numbered_item(analyze_text):
    """Missouri-style "544.1105. 1. No state agency ...": the code section opens, and "1." is its
    first item, with the list of (1)-(2) under item 2."""
    a = analyze_text(
        "544.1105. 1. No state agency shall use biometric recognition technology.\n"
        "2. A law enforcement agency may use biometric recognition technology:\n"
        "(1) Pursuant to a warrant issued by a judge; or\n"
        "(2) To locate a child who is the subject of an Amber alert.\n")
    assert [f.location.citation for f in a.prohibitions] == ["544.1105(1)"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [
        ("warrant", "544.1105(2)(1)"), ("missing-persons", "544.1105(2)(2)")]


# A UK-type statutory instrument written for this test: titles on their own lines above each
# regulation, "N.—(1)" run into the first paragraph, regulations of one paragraph, a lead-in that
# ends in a dash, and a schedule with no number.
UK_SI = """The Council Camera Systems (Dunmarsh) Regulations 2026

Citation
1. These Regulations may be cited as the Council Camera Systems (Dunmarsh) Regulations 2026.

Interpretation
2.—(1) In these Regulations "camera system" means a system of cameras linked to software.
(2) A reference to a council includes a joint committee of councils.

Prohibition
3.—(1) A council must not operate a camera system that recognises faces.
(2) A council must not share images from a camera system.

Searches
4. Regulation 3(1) does not apply to a search for a person reported missing.

Exclusions
5. These Regulations do not apply in relation to—
(a) a camera operated by the Fire Service;
(b) a camera in a council vehicle.

SCHEDULE   Regulation 4
PERSONS AT RISK
1. A child under 16.
2. An adult reported missing by a carer.
"""


def test_uk_statutory_instrument_layout():
    doc = text_doc(UK_SI, "si.txt")
    assert cite(doc, "A council must not operate") == "3(1)"
    assert cite(doc, "A council must not share") == "3(2)"
    assert cite(doc, "does not apply to a search") == "4"
    assert cite(doc, "a camera in a council vehicle") == "5(b)"
    assert cite(doc, "A child under 16") == "Schedule(1)"
    headings = {p.citation: p.heading for p in doc.provisions if p.kind == "section"}
    assert headings["3"] == "Prohibition" and headings["4"] == "Searches" and headings["5"] == "Exclusions"
    # the title above a regulation belongs to it, not to the end of the regulation before
    before = next(p for p in doc.provisions if p.citation == "3(2)")
    assert "Searches" not in doc.text[before.start:before.end]


def test_a_title_wrapped_onto_the_line_of_the_first_item():
    doc = text_doc("Sec. 1. The code is amended to read:\n"
                   "12-301. Drones operated by correctional\n"
                   "agencies. (1) As used in this section:\n"
                   "(a) \"Drone\" means an unmanned aircraft.\n"
                   "(2) A correctional agency shall not operate a drone over a visiting area.\n", "bill.txt")
    assert cite(doc, "A correctional agency shall not") == "12-301(2)"
    assert cite(doc, "means an unmanned aircraft") == "12-301(1)(a)"
    titles = [p.heading for p in doc.provisions if p.citation == "12-301"]
    assert titles == ["Drones operated by correctional agencies."]


def test_a_list_that_opens_inside_a_sentence():
    """Canadian drafting runs a sentence into its items with no colon: "except for the purpose of
    identifying a vehicle" / "(a) that has been reported stolen;" / "(b) ...". A "(a)" that goes on a
    cross-reference ("(a) of this section") opens nothing."""
    doc = text_doc("3. (1) No police service shall collect plate data except for the purpose of identifying\n"
                   "a vehicle\n"
                   "   (a) that has been reported stolen; or\n"
                   "   (b) that is associated with an Amber Alert.\n"
                   "(2) A police service shall delete plate data within 24 hours, subject to subsection\n"
                   "(a) of section 9 and\n"
                   "(b) of section 10.\n", "reg.txt")
    assert cite(doc, "that has been reported stolen") == "3(1)(a)"
    assert cite(doc, "associated with an Amber Alert") == "3(1)(b)"
    assert cite(doc, "of section 9") == "3(2)"


def test_latin_american_and_japanese_article_layouts():
    """"Art. 4º" opens an article, "I - " / "II – " its items, a long sentence after "Art. 8º" at a
    paragraph's start is the article's text; "Article 3 (1) An organ ..." runs the article into its
    first paragraph, so "(2)" after "(ii)" is the second paragraph, not an item of (ii); a sentence
    that wraps after "Article 4 ..." is not its title; "Article 5 (1) shall not apply" opens no item."""
    doc = text_doc("Art. 4º The municipal guard may use gait recognition only for:\n"
                   "I - locating a missing child;\n"
                   "II – preventing an imminent threat to life.\n"
                   "\n"
                   "Art. 8º A municipal official who uses gait recognition in breach of this Law is subject "
                   "to disciplinary liability, without prejudice to civil liability.\n", "lei.txt")
    assert cite(doc, "locating a missing child") == "Art. 4º(I)"
    assert cite(doc, "preventing an imminent") == "Art. 4º(II)"
    assert cite(doc, "subject to disciplinary") == "Art. 8º"
    jp = text_doc("Article 3 (1) A prefectural organ shall not fly a drone over a dwelling in order to:\n"
                  "(i) photograph its interior; or\n"
                  "(ii) measure heat escaping from it.\n"
                  "(2) A prefectural organ shall not retain images taken in breach of the preceding paragraph.\n"
                  "Article 4 The provisions of paragraph (1) of the preceding Article do not preclude the acts\n"
                  "listed in the following items:\n"
                  "(i) an act performed to search for a missing person.\n"
                  "Article 5 (1) shall not apply where the owner of the dwelling consents in writing.\n", "jp.txt")
    assert cite(jp, "measure heat") == "Art. 3(1)(ii)"
    assert cite(jp, "shall not retain images") == "Art. 3(2)"
    assert cite(jp, "search for a missing person") == "Art. 4(i)"
    assert not any(p.heading.startswith("The provisions") for p in jp.provisions)
    assert not any(p.citation.startswith("Art. 5(") for p in jp.provisions)


def test_a_contents_list_opens_no_provisions_and_parts_cite_by_their_word():
    """A contents list whose entries recur as the Act's headings ("4 Councils must not use drones")
    is no provision: the sections below it are, cited by number, and a Part as "Part 2"."""
    text = ("Aerial Surveillance (Councils) Act 2026\n\nContents\n"
            "1     Title\n2     Commencement\n      Part 1\n3     Interpretation\n"
            "      Part 2\n4     Councils must not use drones\n5     Search and rescue\n\n"
            "The Parliament enacts as follows:\n\n"
            "1 Title\nThis Act is the Aerial Surveillance (Councils) Act 2026.\n"
            "2 Commencement\nThis Act comes into force on 1 July 2026.\n"
            "Part 1\n3 Interpretation\nIn this Act, drone means a remotely piloted aircraft.\n"
            "Part 2\n4 Councils must not use drones\n(1) A council must not operate a drone over a dwelling.\n"
            "5 Search and rescue\nA council may operate a drone to find a person reported missing.\n")
    doc = text_doc(text, "act.txt")
    sections = [p for p in doc.provisions if p.kind == "section"]
    assert [p.citation for p in sections] == ["1", "2", "3", "4", "5"]
    assert [p.citation for p in doc.provisions if p.kind == "title"] == ["Part 1", "Part 2"]
    assert all(p.start > doc.text.index("enacts") for p in sections)
    assert doc.metadata["contents"]


def test_part_headings_over_a_contents_list_belong_to_it_only_when_they_recur():
    """Part headings just above a contents list's first entry ("PART 1" / "Interpretation" / "1 Interpretation")
    list the Parts when the body prints them again; a heading printed once over its section list ("PART 4" /
    "EXCEPTIONS" / "41 ...") opens the whole text."""
    listed = ("Harbour Law 2027\n\nArrangement\n\nPART 1\nInterpretation\n1 Interpretation\n\nPART 2\nDrones\n"
              "2 Prohibition\n3 Missing persons\n\nSCHEDULE 1 – Places outside this Law\n\n"
              "A LAW to restrict the use of drones in the harbour, and for connected purposes\n\n"
              "PART 1\nInterpretation\n1 Interpretation\nIn this Law, drone means a remotely piloted aircraft.\n\n"
              "PART 2\nDrones\n2 Prohibition\nThe Harbour Master must not fly a drone over a vessel.\n"
              "3 Missing persons\nThe Harbour Master may fly a drone to find a missing swimmer.\n\n"
              "SCHEDULE 1 – Places outside this Law\n1 The lighthouse.\n")
    doc = text_doc(listed, "law.txt")
    assert [p.citation for p in doc.provisions if p.kind in ("title", "section")] == [
        "Part 1", "1", "Part 2", "2", "3"]
    once = ("PART 4\nEXCEPTIONS\n41 Missing persons\n42 Emergencies\n43 Devices\n\n"
            "41 Missing persons\nThe Police Department may use a drone to find a missing person.\n"
            "42 Emergencies\nThe Police Department may use a drone in a fire.\n"
            "43 Devices\nAn officer may unlock a phone with its face unlock feature.\n")
    doc = text_doc(once, "part.txt")
    assert [p.citation for p in doc.provisions if p.kind in ("title", "section")] == ["Part 4", "41", "42", "43"]


LAYOUT_CITATIONS = [  # a layout whose provisions cite where their words stand
    pytest.param(  # A policy's contents list lettered "A." to "D." and ending on "Appendix A: Glossary of Terms" is
        # a contents list: its appendix line opens no annex over the body, whose sections cite as "(B)",
        # "(C)".
        "CITY PRIVACY POLICY 4\n\nContents\nA. Purpose\nB. Face Recognition\nC. Drones\nD. Training\n"
        "Appendix A: Glossary of Terms\n\n"
        "A. Purpose\n\n1. This policy protects the privacy of residents.\n\n"
        "B. Face Recognition\n\n1. The City will not use face recognition.\n\n"
        "C. Drones\n\n1. The City will not fly drones over homes.\n\n"
        "D. Training\n\n1. Staff are trained each year.\n\n"
        "Appendix A: Glossary of Terms\n\nDrone means an unmanned aircraft.\n", "policy.txt",
        [("The City will not use face", "(B)(1)"), ("Staff are trained", "(D)(1)"), ("Drone means", "Appendix A")],
        id="a-contents-list-lettered-with-an-appendix-opens-nothing"),
    pytest.param(  # An attorney general's directive numbers its paragraphs "3." and their points "3.1", "3.2" with
        # no point after them; a point whose words open in lower case ("3.1 the review of content ...") is
        # an item of paragraph 3, not a section of its own.
        "2. Social Media Monitoring. No officer shall engage in social media monitoring.\n\n"
        "3. Permitted Review. Paragraph 2 does not bar:\n\n"
        "3.1 the review of content relevant to a particular criminal offense;\n\n"
        "3.2 the operation of an agency's own official accounts.\n\n"
        "4. Location Information. No agency shall obtain cell phone location information.\n", "directive.txt",
        [("the review of content", "3.1"), ("the operation of an agency", "3.2"), ("No agency shall obtain", "4")],
        id="decimal-points-in-lower-case-under-a-numbered-paragraph-are-its-items"),
    pytest.param(  # A county use policy titles its paragraphs ("2. Authorized Uses.") and numbers their points
        # "2.1", "2.2" with capitals: the points are items of the paragraph, so the next paragraph ("3.
        # Prohibited Uses.") is no item of the last point. Where a text already numbers sections "4.1"
        # under titles, "7.1" stays one.
        "1. Purpose.\n\n1.1 The System detects gunfire.\n\n2. Authorized Uses.\n\n"
        "The Office may use the System for the following Authorized Uses:\n\n"
        "2.1 Receiving real-time alerts of gunfire.\n\n2.2 Investigating a specific shooting.\n\n"
        "3. Prohibited Uses.\n\n3.1 The System shall not be used to record speech.\n", "policy.txt",
        [("Investigating a specific", "2.2"), ("The System shall not", "3.1")],
        id="decimal-points-under-a-paragraph-that-is-only-a-title-are-its-items"),
]


@pytest.mark.parametrize("text, name, cited", LAYOUT_CITATIONS)
def test_a_layout_cites_each_provision_where_it_stands(text, name, cited):
    doc = text_doc(text, name)
    assert [(needle, cite(doc, needle)) for needle, _ in cited] == cited



def test_an_arrangement_of_sections_whose_titles_end_on_a_point_over_side_titles_is_a_contents_list():
    """A Commonwealth Act's arrangement ("1. Short title and commencement.") whose sections print their
    titles beside them without the point ("Short title and commencement" / "1. This Act may be cited
    ..."), a section's number running into its first subsection ("2.-(1) This Act applies ..."): the
    arrangement opens nothing, and the schedule it names does not swallow the Act."""
    text = ("ARRANGEMENT OF SECTIONS\n\n1. Short title and commencement.\n2. Application.\n"
            "3. Facial recognition in public places.\n4. Regulations.\n\nSCHEDULE\n\n"
            "ENACTED by Parliament.\n\n"
            "Short title and commencement\n1. This Act may be cited as the Surveillance Act.\n\n"
            "Application\n2.-(1) This Act applies to every public authority.\n\n"
            "Facial recognition in public places\n3. No public authority shall use facial recognition.\n\n"
            "Regulations\n4. The Minister may make regulations.\n\n"
            "SCHEDULE\n\nOFFENCES\n")
    doc = text_doc(text, "act.txt")
    assert doc.metadata["contents"]
    assert cite(doc, "No public authority shall") == "3"
    assert cite(doc, "This Act applies") == "2(1)"
    assert cite(doc, "OFFENCES").startswith("Schedule")


def test_one_line_sections_that_say_what_does_not_apply_are_no_contents_list():
    """Short sections, one sentence each, in a row ("Sec. 3. Section 1 does not apply to ..."): each has a
    verb of its own ("does", "do", "can"), so they are sections, not the entries of a contents list."""
    law = ("Sec. 1. No county agency shall use a drone.\n\n"
           "Sec. 2. Section 1 does not apply to the Fire Department.\n\n"
           "Sec. 3. Section 1 does not apply to drones of the Parks Board.\n\n"
           "Sec. 4. Sections 1 and 2 do not bind the State.\n\n"
           "Sec. 5. No contract can waive Section 1.\n")
    doc = text_doc(law)
    assert [p.citation for p in doc.provisions if p.kind == "section"] == ["1", "2", "3", "4", "5"]
    assert cite(doc, "drones of the Parks Board") == "3"


def test_a_section_title_below_its_number_is_its_heading():
    """German and Nordic acts print "Section 3" and, on the line below, its title; the body follows.
    A sentence below the number (no title) stays the body; "1 - " numbers a Lusophone paragraph."""
    doc = text_doc("Section 1\nPurpose\nThis Act protects visitors.\n\nSection 2\nDefinitions\n(1) A drone is an "
                   "aircraft.\n\nSection 3\nThe Office shall not use a drone.\n\nArticle 4\n\n1 - The police may "
                   "not fly drones.\n\n2 - the prohibition in no. 1 covers contractors.\n")
    assert [(p.citation, p.heading) for p in doc.provisions if p.kind in ("section", "article")] == [
        ("1", "Purpose"), ("2", "Definitions"), ("3", ""), ("Art. 4", "")]
    assert cite(doc, "covers contractors") == "Art. 4(2)"


def test_a_law_printed_twice_is_no_contents_list():
    """The second copy repeats every line of the first (a compilation, a reprint): the first copy
    keeps its provisions."""
    law = ("1 Title\nThis Act is the Drone Limits Act.\n2 Ban\nA council must not fly a drone over a home.\n"
           "3 Exception\nA council may fly a drone to find a missing person.\n")
    doc = text_doc(law + "\n" + law, "reprint.txt")
    assert "contents" not in doc.metadata
    assert [p.citation for p in doc.provisions if p.kind == "section"][:3] == ["1", "2", "3"]


def test_a_new_hampshire_rsa_section_numbered_chapter_letter_colon():
    """RSA sections are numbered by a chapter with a letter and a colon ("105-E:3"): each is a section, and its
    Roman-numeral paragraphs are its items (not paragraphs of the chapter heading above them)."""
    doc = text_doc("CHAPTER 112-C\nVOICE IDENTIFICATION\n112-C:1 Definitions. In this chapter:\n"
                   "I. \"Agency\" means any department of the state.\n"
                   "112-C:2 Prohibition. No agency shall identify a person by voice recognition.\n"
                   "112-C:3 Permitted Uses. An agency does not violate RSA 112-C:2 by:\n"
                   "I. Comparing the voice of a caller who threatens to kill a hostage with stored recordings.\n"
                   "II. Unlocking an agency telephone by the voice of its user.\n")
    assert cite(doc, "No agency shall identify") == "112-C:2"
    assert cite(doc, "Unlocking an agency telephone") == "112-C:3(II)"
