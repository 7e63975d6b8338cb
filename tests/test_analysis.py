"""Analysis behaviour on realistic clauses: roles, inheritance, exemptions, overrides, coverage."""

from __future__ import annotations

import textwrap

import pytest

BAN = ("Sec. 1. It shall be unlawful for any City department to obtain, retain, access, or use face recognition "
       "technology.\n")


def law(*sections: str) -> str:
    return BAN + "".join(textwrap.dedent(s).strip() + "\n" for s in sections)


def categories(analysis) -> list[str]:
    return [f.category for f in analysis.exemptions]


def test_a_topic_word_inside_a_prohibition_exempts_nothing(analyze_text):
    a = analyze_text(law("Sec. 2. No department shall use face recognition technology in any criminal investigation."))
    assert categories(a) == []
    assert len(a.prohibitions) == 2


def test_shall_not_be_construed_to_prohibit_is_an_exemption(analyze_text):
    a = analyze_text(law("Sec. 2. This chapter shall not be construed to prohibit the Police Department from using "
                         "face recognition technology to locate a missing child who is the subject of an AMBER Alert."))
    assert categories(a) == ["missing-persons"]


def test_shall_not_be_used_to_is_a_prohibition(analyze_text):
    a = analyze_text("Face recognition technology shall not be used to identify persons attending a protest.")
    assert a.status == "ok" and len(a.prohibitions) == 1 and categories(a) == []


def test_items_inherit_the_role_of_their_lead_in(analyze_text):
    a = analyze_text(law("""
        Sec. 2. Nothing in Section 1 shall prohibit the City from:
        (a) using evidence relating to the investigation of a specific crime; or
        (b) using automated redaction software that does not have the capability of performing face surveillance.
        """))
    assert categories(a) == ["criminal-investigation", "redaction"]
    assert [f.citation for f in a.exemptions] == ["2(a)", "2(b)"]
    assert a.exemptions[0].qualifiers == ["specific-crime"]
    assert a.exemptions[1].qualifiers == ["no-capability"]


def test_conditions_under_an_exemption_narrow_it(analyze_text):
    a = analyze_text(law("""
        Sec. 2. A department's inadvertent receipt of information obtained from face recognition technology shall not
        be a violation of this chapter, provided that:
        (a) the department did not request or solicit the information; and
        (b) the receipt is logged and reported to the City Council within seven days.
        """))
    (e,) = a.exemptions
    assert e.category == "inadvertent-receipt"
    assert e.qualifiers == ["not-generated-by-city", "logging"]  # the reporting deadline is no time limit


def test_an_override_cancels_the_safeguards_before_it(analyze_text):
    a = analyze_text(law("""
        Sec. 2. A department's inadvertent receipt of information obtained from face recognition technology shall not
        be a violation of this chapter if all copies of the information are promptly destroyed and the receipt is
        logged in the annual surveillance report. Nothing in this chapter shall limit the ability to use such
        information in connection with a criminal investigation.
        """))
    receipt, override = a.exemptions
    assert (receipt.category, override.category) == ("inadvertent-receipt", "criminal-investigation")
    assert receipt.qualifiers == [] and set(receipt.cancelled_qualifiers) == {"destruction", "logging"}
    assert receipt.overridden_by == override.citation


def test_savings_and_cross_reference_clauses_are_not_exemptions(analyze_text):
    a = analyze_text(law(
        "Sec. 2. Nothing in this chapter shall be construed to limit any person's rights under state law.",
        "Sec. 3. Except as provided in Section 4, no department shall acquire face surveillance software.",
    ))
    assert categories(a) == []


def test_scope_exclusion_in_a_definition_is_an_exemption(analyze_text):
    a = analyze_text(law('Sec. 2. "Face recognition technology" does not include automated redaction software used '
                         'for the sole purpose of redacting a recording for release.'))
    assert categories(a) == ["redaction"]
    assert a.exemptions[0].qualifiers == ["sole-purpose"]


def test_a_donation_inside_an_exemption_is_a_loophole_not_coverage(analyze_text):
    a = analyze_text(law("Sec. 2. Nothing in this chapter shall prohibit the Police Department from accepting a "
                         "donation of face recognition technology for evaluation during a declared emergency."))
    assert not a.coverage.donations
    assert "gap.no-donation-coverage" in {g.rule_id for g in a.gaps}
    assert categories(a) == ["imminent-threat"]


def test_coverage_of_a_complete_ban(analyze_text):
    a = analyze_text(textwrap.dedent("""
        Sec. 1. It shall be unlawful for any City department to obtain, retain, possess, access, request, or use
        any face surveillance system or any information derived from a face surveillance system.
        Sec. 2. No City department shall enter into an agreement with any third party to use face surveillance on
        behalf of the City, or accept a face surveillance system as a donation or gift, with or without the exchange
        of monies.
        Sec. 3. Any person may bring a civil action for injunctive relief to enforce this chapter.
        """))
    c = a.coverage
    assert c.acts == ["obtain", "retain", "possess", "access", "use", "request"]
    assert c.derived_information and c.third_parties and c.donations
    assert c.technologies == ["face-surveillance"] and c.actors == ["all-government"]
    assert c.enforcement == ["private-right-of-action", "injunction"] and c.durability == "permanent"
    assert {g.category for g in a.gaps} == set()
    assert all(ids in c.evidence for ids in ("coverage.third-parties", "coverage.donations"))


def test_a_ban_on_a_defined_kind_of_conduct_reaches_what_the_definition_lists(analyze_text):
    # The ban is one line; what it reaches is in the definition of the conduct it names.
    a = analyze_text(textwrap.dedent("""
        12-1 Definitions. In this article:
        (1) "Restricted biometric activity" means any of the following, when carried out by or for a county office:
        (a) Using face recognition on any image of a person taken in a public place.
        (b) Obtaining or accessing any result of face recognition, or any information derived from it.
        (c) Purchasing, leasing, or accepting as a gift any software whose main function is face recognition.
        (2) "Public place" means any place open to the public.
        12-2 Prohibition. No county office shall engage in restricted biometric activity.
        """))
    c = a.coverage
    assert {"use", "obtain", "access", "acquire"} <= set(c.acts)
    assert "face-recognition" in c.technologies
    assert any(loc.citation.startswith("12-1") for loc in c.evidence["coverage.acts.acquire"])


def test_a_defined_term_the_ban_uses_is_not_conduct_unless_its_items_are_acts(analyze_text):
    # "Derived" is defined with acts inside it, but its definition is about information, not conduct.
    a = analyze_text(textwrap.dedent("""
        Sec. 1. Definitions. "Derived" means, with respect to information, information that was obtained, retained,
        or used after being produced by face recognition technology.
        Sec. 2. No City department shall use face recognition technology or information derived from it.
        """))
    assert a.coverage.acts == ["use"]


def test_a_revision_that_relaxes_an_earlier_total_ban_is_a_reversal(analyze_text):
    a = analyze_text(textwrap.dedent("""
        1.1 Revision 1 of this Policy prohibited every use of facial recognition by the Department. Revision 2
        allows face matching at the entrance to secure areas.
        2.1 The Department shall not use facial recognition on images from public cameras.
        2.2 This Policy does not prohibit the use of facial recognition to verify the identity of an employee who
        presents a badge at the entrance to a secure area.
        """))
    assert a.coverage.durability == "reversal"
    plain = analyze_text(textwrap.dedent("""
        2.1 The Department shall not use facial recognition on images from public cameras.
        2.2 This Policy does not prohibit the use of facial recognition to verify the identity of an employee who
        presents a badge at the entrance to a secure area.
        """))
    assert plain.coverage.durability == "permanent"


def test_excluding_an_actor_from_a_defined_term_is_an_exemption(analyze_text):
    a = analyze_text(textwrap.dedent("""
        Sec. 1. (a) "Covered agency" means any department, board, or officer of the State.
        (b) "Covered agency" does not include the Port Authority.
        Sec. 2. A covered agency shall not use face recognition technology.
        """))
    assert categories(a) == ["actor-carve-out"]
    assert a.exemptions[0].location.citation.startswith("1")


def test_a_text_with_no_prohibition_says_so_and_gets_no_score(analyze_text):
    a = analyze_text("Sec. 1. Definitions. “Face recognition” means an automated process that identifies a person.")
    assert a.status == "no-prohibition" and "No prohibition" in a.message
    assert a.score.value is None and a.gaps == []


def test_every_finding_cites_its_text_except_gaps(analyze_text):
    from conftest import CORPUS

    from redline_cli.ingest import load

    a = analyze_text((CORPUS / "boston-16-62.txt").read_text(encoding="utf-8"))
    doc = load(CORPUS / "boston-16-62.txt")
    for f in a.findings:
        if f.kind == "gap":
            assert f.location is None
            continue
        loc = f.location
        assert loc is not None and loc.citation and loc.page >= 1 and loc.line >= 1
        assert doc.text[loc.char_start:loc.char_end] == f.quote


@pytest.mark.parametrize(("clause", "expected"), [
    ("Nothing in this section shall prohibit the City from using face recognition during a declared emergency.",
     "imminent-threat"),
    ("This chapter shall not apply to any use of face recognition by the Joint Terrorism Task Force.",
     "national-security"),
    ("Nothing in this section shall prohibit the City from using face recognition pursuant to a warrant.", "warrant"),
    ("This chapter shall not apply to the District Attorney.", "actor-carve-out"),
    ("This chapter shall not apply to the use of face recognition by the Parks Department to count visitors.", "other"),
])
def test_exemption_categories(analyze_text, clause, expected):
    assert categories(analyze_text(law("Sec. 2. " + clause))) == [expected]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No officer shall use face recognition technology, except pursuant to a warrant issued by a judge.", ["warrant"]),
    ("No officer shall use face recognition technology without a warrant.", ["warrant"]),
    ("Face recognition may not be used by a police agency except as authorized by a court order.", ["warrant"]),
    ("No officer shall use face recognition technology except pursuant to a request to locate a missing person.",
     ["missing-persons"]),
    ("No officer shall use face recognition technology, except as otherwise provided in subsection (c).", []),
    ("No officer shall use face recognition technology except under section 5.", []),
])
def test_an_exception_inside_the_banning_sentence(analyze_text, sentence, expected):
    a = analyze_text("Sec. 1. Ban.\n(a) " + sentence + "\n")
    assert len(a.prohibitions) == 1
    assert categories(a) == expected


def test_a_prohibition_snippet_is_the_text_of_the_provision_it_cites(analyze_text):
    a = analyze_text(textwrap.dedent("""
        Sec. 4. Prohibited acts.
        (A) It shall be unlawful for any County department to obtain, retain, access, or use:
        1. Face recognition technology; or
        2. Any information obtained from face recognition technology.
        (B) No County department shall enter into an agreement with a third party to use face recognition.
        """))
    by_citation = {p.location.citation: p.snippet for p in a.prohibitions}
    assert by_citation["4(A)"].startswith("(A) It shall be unlawful for any County department")
    assert "2. Any information obtained" in by_citation["4(A)"]
    assert by_citation["4(B)"].startswith("(B) No County department shall enter")


def test_a_donation_named_in_a_section_given_over_to_an_exception_is_not_coverage(analyze_text):
    a = analyze_text(textwrap.dedent("""
        2. (1) No police service shall use facial recognition technology.
        3. (1) Despite subsection 2 (1), a chief of police may authorize in writing the use of facial recognition
        technology to locate a missing person whose life is at risk.
        (2) The technology used under subsection (1) may include a system made available to the police service free
        of charge by a non-profit organization.
        """))
    assert categories(a) == ["missing-persons"]
    assert not a.coverage.donations
    assert a.coverage.actors == ["law-enforcement-only"]


def test_a_decree_that_ends_on_a_court_finding_is_a_moratorium(analyze_text):
    a = analyze_text(textwrap.dedent("""
        7. The Department shall not acquire, access, or use facial recognition technology.
        19. This Decree shall terminate when the Court finds that the City has been in substantial compliance with
        every provision of this Decree for 24 consecutive months.
        """))
    assert a.coverage.durability == "moratorium"
    assert a.coverage.evidence["coverage.durability.moratorium"][0].citation == "19"
