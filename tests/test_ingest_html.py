"""HTML ingest: municipal code pages, with their navigation, scripts, rendered list labels and charsets."""

from __future__ import annotations

import pytest

from redline_cli.errors import InputError
from redline_cli.ingest import load_bytes

CODE_PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Chapter 8.80 SURVEILLANCE TECHNOLOGY | Sebastopol Municipal Code</title>
  <style>.chunk { margin: 0 } h2::before { content: "Sec." }</style>
  <script>window.dataLayer = []; if (a < b && c > d) { track("Sec. 99.99.999 Analytics"); }</script>
</head>
<body>
<nav class="toc"><ul><li><a href="/SMC/8.80.010">8.80.010 Purpose</a></li>
  <li><a href="/SMC/8.80.020">8.80.020 Definitions</a></li></ul></nav>
<main>
<h1>Chapter 8.80<br>SURVEILLANCE TECHNOLOGY AND COMMUNITY SAFETY</h1>
<h2 id="8.80.075">8.80.075&nbsp;Prohibition on biometric surveillance.</h2>
<p>A. It shall be unlawful for any City department to obtain, retain, access, or use:</p>
<ol type="a">
  <li>Biometric surveillance technology; or</li>
  <li>Predictive policing technology; or</li>
  <li>Any information obtained from biometric surveillance or predictive policing technologies.</li>
</ol>
<p>B. A City department&rsquo;s inadvertent or unintentional receipt, retention, access to, or use of any
   information obtained from subsection (A) of this section shall not be a violation of this
   subsection; provided, that:</p>
<ol>
  <li>The City department does not request or solicit its receipt, access to, or use of such
      information; and</li>
  <li>The City department creates a log of such receipt &amp; submits it to the City&nbsp;Council.</li>
</ol>
<p>C. Fines collected under this section shall not exceed $1,000 &mdash; see &sect;&#8201;1.12.010.</p>
<noscript><p>Enable JavaScript to see the history notes.</p></noscript>
<p class="history">(Ord. 1145, 2022)</p>
</main>
<script type="text/javascript">document.write("<p>Sec. 1. Injected by a script.</p>");</script>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page():
    return load_bytes(CODE_PAGE.encode("utf-8"), "sebastopol-8-80.html", use_cache=False)


def _cite(doc, needle: str) -> str:
    return doc.locate(doc.text.index(needle)).citation


def test_scripts_styles_navigation_and_head_are_skipped(page):
    assert page.media_type == "html" and page.engine == "html"
    for junk in ("dataLayer", "Analytics", "margin", "Sebastopol Municipal Code", "8.80.010 Purpose",
                 "Injected by a script", "Enable JavaScript"):
        assert junk not in page.text, junk


def test_block_elements_become_lines(page):
    lines = page.text.split("\n")
    assert lines[:3] == ["Chapter 8.80", "SURVEILLANCE TECHNOLOGY AND COMMUNITY SAFETY",
                         "8.80.075 Prohibition on biometric surveillance."]
    # A paragraph wrapped over several source lines is one line of text.
    assert ("B. A City department’s inadvertent or unintentional receipt, retention, access to, or use of any "
            "information obtained from subsection (A) of this section") in page.text
    assert "(Ord. 1145, 2022)" in lines


def test_ordered_list_labels_are_rendered(page):
    assert "a. Biometric surveillance technology; or" in page.text
    assert "c. Any information obtained" in page.text
    assert "1. The City department does not request" in page.text
    assert "2. The City department creates a log" in page.text


def test_entities_are_decoded(page):
    assert "receipt & submits it to the City Council." in page.text
    assert "$1,000 — see § 1.12.010." in page.text
    assert "&" + "nbsp;" not in page.text and "\u00a0" not in page.text


def test_provisions_of_a_code_page(page):
    assert _cite(page, "Predictive policing technology") == "8.80.075(A)(b)"
    assert _cite(page, "does not request or solicit") == "8.80.075(B)(1)"
    assert _cite(page, "Fines collected") == "8.80.075(C)"
    assert page.locate(page.text.index("does not request")).provision_id == "sec_8.80.075__B__1"


def test_lines_keep_the_source_line_of_their_block(page):
    source = CODE_PAGE.splitlines()
    for needle in ("8.80.075 Prohibition", "B. A City department", "2. The City department creates"):
        line = page.locate(page.text.index(needle)).line
        assert needle.split()[-1] in source[line - 1], needle


def test_aspnet_page_wrapped_in_a_form_is_read():
    # WebForms code sites wrap the whole page in one <form>; the law is inside it.
    html = ("<!DOCTYPE html><html><head><title>Code</title></head><body>"
            "<form method='post' action='./codes.aspx' id='form1'>"
            "<input type='hidden' name='__VIEWSTATE' value='dDwtMTA4'>"
            "<select name='jump'><option>Title 1</option><option>Title 2</option></select>"
            "<div class='content'><h3>Sec. 2-101. Use of face surveillance prohibited.</h3>"
            "<p>(a) No city agency shall acquire or use face surveillance technology.</p>"
            "<p>(b) Nothing in subsection (a) prohibits the use of evidence relating to a specific crime.</p>"
            "</div></form></body></html>")
    doc = load_bytes(html.encode(), "code.aspx", use_cache=False)
    assert "Title 2" not in doc.text
    assert _cite(doc, "Nothing in subsection (a)") == "2-101(b)"


def test_head_without_its_end_tag():
    # </head> (like </p> and </li>) may be left out; the body must not be skipped with the head.
    html = ("<html><head><title>Ordinance 2024-17</title>"
            "<body><h2>Section 1. Prohibition.</h2>"
            "<p>No department shall use face surveillance technology.</p></body></html>")
    doc = load_bytes(html.encode(), "ordinance.html", use_cache=False)
    assert "Ordinance 2024-17" not in doc.text
    assert _cite(doc, "No department") == "1"


def test_nested_lists_and_roman_type():
    html = ("<html><body><h2>Article 5: Prohibited practices</h2><ol>"
            "<li>The following practices shall be prohibited:<ol type='a'>"
            "<li>the use of real-time remote biometric identification, unless strictly necessary for:"
            "<ol type='i'><li>the targeted search for specific victims of abduction;</li>"
            "<li>the search for missing persons;</li></ol></li>"
            "<li>biometric categorisation systems.</li></ol></li>"
            "<li value='3'>Member States may provide otherwise.</li></ol></body></html>")
    doc = load_bytes(html.encode(), "ai-act.html", use_cache=False)
    assert "ii. the search for missing persons;" in doc.text
    assert _cite(doc, "the search for missing persons") == "Art. 5(1)(a)(ii)"
    assert _cite(doc, "biometric categorisation") == "Art. 5(1)(b)"
    assert _cite(doc, "Member States") == "Art. 5(3)"


def test_declared_windows_1252_charset():
    html = ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'></head>"
            "<body><p>\u00a7 16-62. It shall be unlawful for any \u201cBoston official\u201d to use face "
            "surveillance.</p></body></html>").encode("cp1252")
    doc = load_bytes(html, "boston.htm", use_cache=False)
    assert "§ 16-62. It shall be unlawful for any “Boston official” to use" in doc.text
    assert _cite(doc, "It shall be unlawful") == "16-62"


def test_declared_latin1_is_read_as_windows_1252():
    # Pages that say ISO-8859-1 are written in windows-1252 (browsers decode them so): the curly
    # quotes in 0x80-0x9f must not become control characters.
    html = ("<html><head><meta charset='ISO-8859-1'></head><body>"
            "<p>\u00a7 2. The City\u2019s use of \u201cface surveillance\u201d is prohibited.</p>"
            "</body></html>").encode("cp1252")
    doc = load_bytes(html, "ordinance.html", use_cache=False)
    assert "The City’s use of “face surveillance” is prohibited." in doc.text


def test_page_declared_utf8_with_invalid_bytes_is_refused():
    html = "<html><head><meta charset='utf-8'></head><body><p>\u00a7 2. Ban.</p></body></html>".encode("cp1252")
    with pytest.raises(InputError, match="not UTF-8"):
        load_bytes(html, "ordinance.html", use_cache=False)


def test_unknown_declared_charset_is_refused():
    html = b"<html><head><meta charset='x-klingon'></head><body><p>Sec. 1. Ban.</p></body></html>"
    with pytest.raises(InputError, match="x-klingon"):
        load_bytes(html, "ordinance.html", use_cache=False)


def test_utf16_page_is_sniffed_as_html():
    html = ("<!DOCTYPE html><html><body><h2>\u00a7 16-62. Ban.</h2>"
            "<p>(A) No department shall use face surveillance.</p></body></html>").encode("utf-16")
    doc = load_bytes(html, "saved-by-word.htm", use_cache=False)
    assert doc.media_type == "html"
    assert _cite(doc, "No department") == "16-62(A)"


def test_xhtml_with_xml_declaration_and_comment_is_html():
    html = (b'<?xml version="1.0" encoding="utf-8"?>\n<!-- saved from the code site -->\n'
            b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>Sec. 1. Ban.</p>'
            b"<p>(a) No department shall use face surveillance.</p></body></html>")
    doc = load_bytes(html, "-", use_cache=False)
    assert doc.media_type == "html"
    assert doc.text == "Sec. 1. Ban.\n(a) No department shall use face surveillance."


def test_the_page_analyzes_end_to_end(page, context):
    """A municipal code page goes through the whole analysis, cited by its rendered labels."""
    from redline_cli.api import analyze_document

    analysis = analyze_document(page, context)
    (exemption,) = analysis.exemptions
    assert exemption.category == "inadvertent-receipt" and exemption.citation == "8.80.075(B)"
    assert exemption.qualifiers == ["not-generated-by-city", "logging"]
    assert analysis.coverage.acts == ["obtain", "retain", "access", "use"]
    assert analysis.coverage.technologies == ["biometric-surveillance", "predictive-policing"]
    assert "Analytics" not in analysis.text and "Injected" not in analysis.text


@pytest.mark.parametrize("tag", ["nav", "svg"])
def test_skipped_elements_nested_deep_end_where_they_close(tag):
    # A page nested 50k deep (a hostile or generated page) is skipped as a whole and the law after
    # it is read; closing the outer element also closes skipped ones left open inside it.
    depth = 50_000
    html = (f"<html><body><p>Sec. 1. Definitions.</p>{f'<{tag}>menu' * depth}{f'</{tag}>' * depth}"
            f"<{tag}><button>unclosed</{tag}>"
            "<p>Sec. 2. No department shall use face recognition technology.</p></body></html>")
    doc = load_bytes(html.encode(), "deep.html", use_cache=False)
    assert "menu" not in doc.text and "unclosed" not in doc.text
    assert _cite(doc, "No department") == "2"
