"""Drafting shapes the frame analysis reads, each in a short law written for the test in a style
the corpus does not use. Each test names the shape; none repeats a sentence of the rule pack."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def categories(analysis) -> list[str]:
    return sorted(f.category for f in analysis.exemptions)


def cited_categories(analysis) -> list[tuple[str, str]]:
    """(citation, category) of each exemption, sorted: where each is found and what it is."""
    return sorted((f.location.citation, f.category) for f in analysis.exemptions)


def test_an_approval_lead_in_bans_each_item_and_its_verb_is_no_act(analyze_text):
    """"must obtain ... approval prior to: (a) ...; (b) ...": each item is banned until approved;
    "obtain" there takes the approval, not the technology."""
    a = analyze_text(
        "Sec. 4. Board approval.\n"
        "The Harbor Police must obtain Port Board approval, by resolution after a public hearing, "
        "before doing any of the following:\n"
        "(a) purchasing or leasing a license plate reader;\n"
        "(b) sharing data from a license plate reader with any other agency.\n")
    assert "legislative-authorization" in categories(a)
    assert a.coverage.acts and "obtain" not in a.coverage.acts
    assert {"acquire", "share"} <= set(a.coverage.acts)
    assert len(a.prohibitions) >= 2


def test_the_technologys_own_output_is_derived_information(analyze_text):
    a = analyze_text("1. No county agency shall operate a drone or use the images it captures.")
    assert a.coverage.derived_information
    b = analyze_text("1. The Transit Authority shall not sell or share ALPR data with any person.")
    assert b.coverage.derived_information
    c = analyze_text("1. No department shall use a system that sorts persons by their biometric data.")
    assert not c.coverage.derived_information  # the input of the system, not its output


def test_a_deadline_opening_with_no_is_no_ban(analyze_text):
    a = analyze_text(
        "1. No department shall use face recognition technology.\n"
        "2. No later than March 1 of each year, the Chief shall submit a report to the Council.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]


def test_a_definition_closing_with_but_does_not_include_carves_out_an_actor(analyze_text):
    a = analyze_text(
        "2. In this Act—\n"
        "covered body means—\n"
        "(a) a department of the State; or\n"
        "(b) a regional council,\n"
        "but does not include the Office of the Ombudsman.\n"
        "3. A covered body must not use facial recognition technology.\n")
    assert categories(a) == ["actor-carve-out"]


def test_only_inside_an_unless_route_narrows_it_rather_than_opening_another(analyze_text):
    a = analyze_text(
        "(b) An agency shall not collect or use a faceprint of any person unless the faceprint is stored "
        "only on a tablet issued to an employee and is used only to confirm that employee's identity when "
        "the employee signs in.\n")
    assert len(a.exemptions) == 1
    assert a.exemptions[0].category == "personal-device" and "sole-purpose" in a.exemptions[0].qualifiers


def test_a_disclaimer_of_conduct_without_the_technology_is_no_exemption(analyze_text):
    a = analyze_text(
        "1. The Department shall not use any automated risk-scoring system to flag benefit claims.\n"
        "2. Nothing in this section prohibits a caseworker from flagging a claim on the basis of the "
        "caseworker's own reading of the file.\n")
    assert a.exemptions == []
    b = analyze_text(
        "1. The Sheriff shall not use face recognition technology.\n"
        "2. Nothing in this section prohibits a deputy assigned to a joint terrorism task force from "
        "performing the duties of that assignment.\n")
    assert categories(b) == ["national-security"]


def test_a_warrant_and_the_section_that_issues_it_are_one_route(analyze_text):
    a = analyze_text(
        "1 Offence\n"
        "(1) A constable who deploys live facial recognition in a public place commits an offence.\n"
        "(2) It is a defence to prove that the deployment was authorised by a warrant issued under section 2.\n"
        "2 Warrants\n"
        "(1) A judge of the Crown Court may, on an application by a superintendent, issue a warrant "
        "authorising the deployment of live facial recognition for no more than seven days.\n")
    assert categories(a) == ["warrant"]
    assert "judicial-authorization" in a.exemptions[0].qualifiers


def test_a_lead_in_split_by_without_opens_its_items(analyze_text):
    a = analyze_text(
        "(1) An agency may not obtain the location information of a mobile device without a warrant.\n"
        "(2) An agency may obtain location information without a warrant:\n"
        "(a) with the consent of the owner of the device;\n"
        "(b) to locate a missing child; or\n"
        "(c) if the owner has reported the device stolen.\n")
    cites = sorted(f.location.citation for f in a.exemptions)
    assert not any(c == "(2)" for c in cites), cites
    assert "missing-persons" in categories(a)


def test_a_permission_on_terms_after_an_outright_ban_is_its_exemption(analyze_text):
    a = analyze_text(
        "6. The Council must not use a facial recognition system.\n"
        "7. The Council may, at the written request of the Police, use a facial recognition system on "
        "stored footage to investigate a particular serious offence, but only with the approval of a "
        "District Court Judge.\n")
    assert [f.location.citation for f in a.prohibitions] == ["6"]
    assert [f.location.citation for f in a.exemptions] == ["7"]


def test_what_a_law_says_is_not_the_conduct_is_a_scope_exclusion(analyze_text):
    a = analyze_text(
        "(a) A public agency shall not sell, share, or transfer ALPR information.\n"
        "(b) The provision of data hosting services shall not be considered the sale or sharing of ALPR "
        "information.\n")
    assert [f.location.citation for f in a.exemptions] == ["(b)"]


def test_each_resolved_paragraph_is_a_clause_of_its_own(analyze_text):
    """A resolution is one long sentence: "...; and" / blank line / "BE IT FURTHER RESOLVED, that ...".
    Each paragraph is its own clause, so two permissions do not merge into one exemption."""
    a = analyze_text(
        "RESOLVED, that the Transit District shall not purchase or operate any voice recognition system; and\n"
        "\n"
        "BE IT FURTHER RESOLVED, that the District may continue to use voice prints to control entry to its "
        "server rooms and other secured areas; and\n"
        "\n"
        "BE IT FURTHER RESOLVED, that the District may take any action required to comply with a regulation "
        "issued by the Federal Transit Administration.\n")
    assert categories(a) == ["access-control", "legal-compliance"]
    assert not any(f.quote.lower().startswith("and") for f in a.exemptions)


def test_a_title_on_the_line_under_the_article_number_is_not_the_subject(analyze_text):
    """"Article 7" / "Banned practice" / "The putting into service ... of systems that infer ... shall be
    prohibited": the title line is no part of the sentence, and the relative clause has its own verb."""
    a = analyze_text(
        "Article 7\n"
        "Banned practice\n"
        "The putting into service and the use of voice analysis systems that infer the mood of callers to "
        "public helplines shall be prohibited.\n")
    assert [f.location.citation for f in a.prohibitions] == ["Art. 7"]


def test_only_who_after_a_ban_is_a_term_of_the_permitted_uses(analyze_text):
    """"Only officers who have completed the course may fly a drone", after a ban of flying except as
    the section provides, says who may do what the exemptions allow: no new ban, no new exemption."""
    a = analyze_text(
        "4. Officers shall not fly a drone over private property except as provided in this section.\n"
        "5. An officer may fly a drone over private property with the written consent of the owner.\n"
        "6. Only officers who have completed the State drone course may fly a drone.\n")
    assert [f.location.citation for f in a.prohibitions] == ["4"]
    assert [f.location.citation for f in a.exemptions] == ["5"]


def test_an_actor_named_through_its_activities_is_carved_out(analyze_text):
    a = analyze_text(
        "1. No public body shall use emotion recognition systems.\n"
        "2. The operations of the State Lottery Commission fall outside paragraph 1.\n")
    assert categories(a) == ["actor-carve-out"]


def test_a_table_of_uses_reads_each_row_by_its_status_cell(analyze_text):
    """A policy laid out as a table: each row is a sentence whose status cell is its predicate
    ("Not permitted" bans the use, "Allowed" lets it through); the category comes from the use cell,
    or from a way through the conditions cell names, not from what the conditions merely require."""
    a = analyze_text(
        "3. Voiceprint systems: uses\n"
        "| Use | Status | Conditions |\n"
        "|---|---|---|\n"
        "| Matching callers to the tip line against a voiceprint watchlist | Not permitted | - |\n"
        "| Unlocking a phone issued to an employee | Allowed | The employee may instead use a PIN or a badge |\n"
        "| Comparing a recorded call with a suspect's voice | Allowed | Only on service of a search warrant |\n")
    assert len(a.prohibitions) == 1 and "watchlist" in a.prohibitions[0].quote
    assert categories(a) == ["personal-device", "warrant"]
    assert not any(f.quote.startswith("|") for f in a.exemptions)


def test_verbs_that_say_a_rule_does_not_reach_something(analyze_text):
    """Beyond "does not apply": a ban that "does not bite on", "is not engaged where", a term that
    "does not reach", an actor "not subject to" the ban; "in order to" names no court order."""
    a = analyze_text(
        "1. No voice analysis device, and no other device which records speech in order to infer "
        "emotion, shall be installed in a public school.\n"
        "2. Paragraph 1 does not bite on a device that a pupil with a disability uses to speak.\n"
        "3. The prohibition in paragraph 1 is not engaged where the Minister has certified that a "
        "device is needed to prevent an imminent threat to life.\n"
        "4. The Regional Examinations Board is not subject to paragraph 1 during national examinations.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    # (a device that a pupil uses is the pupil's own device: personal-device, as annotators label
    # "assistive technology on a device belonging to a pupil")
    assert categories(a) == ["actor-carve-out", "imminent-threat", "personal-device"]


def test_a_passive_permission_to_undertake_the_technology(analyze_text):
    a = analyze_text(
        "(1) Police must not use live facial recognition in a public place.\n"
        "(2) Live facial recognition may be undertaken at a sports ground if there is an imminent threat "
        "of a terrorist attack.\n")
    assert categories(a) == ["imminent-threat"]


def test_a_named_body_left_out_is_an_actor_carve_out_whatever_words_its_name_holds(analyze_text):
    """A body's name may hold words of conduct or technology ("Prison Service", "Border Services
    Agency"), be one of two actors ("... or a port police unit"), or be followed by a relative
    clause with a pronoun ("the officers it assigns"): its last word still names an actor."""
    a = analyze_text(
        "Part 2. Restriction.\n"
        "4. A public authority must not use live biometric identification in a public place.\n"
        "5. This Part does not apply to the Northfield Prison Service in relation to persons in custody.\n"
        "6. This Part does not extend to the Harbour Border Services Agency or to a port police unit.\n"
        "7. This Part does not govern the Transit Police Department or the constables it seconds to "
        "the Agency.\n")
    assert [f.category for f in a.exemptions] == ["actor-carve-out"] * 3


def test_a_persons_use_of_a_thing_is_not_the_person_left_out(analyze_text):
    """"an employee's use of a District-issued laptop that the employee unlocks with a face": what
    is left out is the use (unlocking a device), not the employee."""
    a = analyze_text(
        "Sec. 1. No employee of the District shall use face recognition technology.\n"
        "Sec. 2. Section 1 does not reach a teacher's use of a District-issued laptop or tablet that the "
        "teacher unlocks with a fingerprint or face.\n")
    assert categories(a) == ["personal-device"]


def test_an_officials_permission_is_an_administrative_approval(analyze_text):
    """The official who permits is the subject, however far from the verb ("The Commissioner,
    acting on a written request from a school principal, may permit ...")."""
    a = analyze_text(
        "Sec. 1. No school shall use voice identification technology.\n"
        "Sec. 2. The Commissioner of Schools, acting on a written request from a school principal, may permit "
        "one school to use a voice identification tool for a single term.\n")
    assert categories(a) == ["administrative-approval"]


def test_a_ban_that_gives_way_and_conduct_that_stays_free_are_exemptions(analyze_text):
    """An operator of several words led by a finite verb ("gives way where"), and a permission
    spelt as a predicate ("remain free to use"): both let the banned conduct through."""
    a = analyze_text(
        "Rule 1. The Board and its contractors must not use gait recognition on the transit network.\n"
        "Rule 2. Rule 1 gives way where a court has issued a warrant naming the person to be located.\n"
        "Rule 3. Passengers remain free to use the face unlock feature of their own phones on board.\n")
    assert categories(a) == ["personal-device", "warrant"]


def test_a_permission_that_points_back_at_the_banned_conduct(analyze_text):
    """"may do so", "may proceed" stand for the conduct banned before; "Should the Council approve
    ..." opens a condition, not a verb group; "in that resolution" is no relative clause."""
    a = analyze_text(
        "Article 1. The Port Authority shall not deploy cell-site simulators.\n"
        "Article 2. Where a treaty obliges the Authority to deploy such a device, it may do so for the period "
        "the treaty requires.\n"
        "Article 3. Should the Port Commission approve a deployment by resolution, the unit named in that "
        "resolution may proceed under its terms.\n")
    assert categories(a) == ["legal-compliance", "legislative-authorization"]


def test_a_second_verb_group_shares_the_first_ones_subject(analyze_text):
    """"Footage ... must be erased within 30 days and may not be disclosed": the ban in the second
    group binds what the first group's subject names."""
    a = analyze_text(
        "Sec. 5. Retention.\n"
        "Footage recorded by a drone of a person who is not a suspect must be erased within 30 days and may not "
        "be disclosed to any other agency.\n")
    assert [f.location.citation for f in a.prohibitions] == ["5"]


def test_an_exception_inside_the_bans_subject_keeps_the_ban_whole(analyze_text):
    """"No authority, other than the prison service acting inside a prison, may ..." is one ban
    whose subject loses an actor; "except in an emergency" there is an exemption by its topic."""
    a = analyze_text(
        "4.1 No public authority, other than the prison service acting inside a secure perimeter, may possess "
        "an IMSI catcher.\n"
        "4.2 No council officer, except in an emergency, may fly a drone over a dwelling.\n")
    assert [f.location.citation for f in a.prohibitions] == ["4.1", "4.2"]
    assert [(f.category, f.quote) for f in a.exemptions] == [
        ("actor-carve-out", "other than the prison service acting inside a secure perimeter"),
        ("imminent-threat", "except in an emergency")]


def test_a_lead_in_that_ends_on_an_exception_word_opens_its_items(analyze_text):
    """"must not disclose the data to any person other than" with no colon: each item below is an
    exemption of the disclosure ban."""
    a = analyze_text(
        "7.2(1) A transit operator must not disclose plate reader data to any person other than\n\n"
        "(a) a police force, for the investigation of a specific offence;\n\n"
        "(b) a person named in a warrant issued by a judge.\n")
    assert [f.location.citation for f in a.prohibitions] == ["7.2(1)"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [
        ("criminal-investigation", "7.2(1)(a)"), ("warrant", "7.2(1)(b)")]


def test_a_restriction_that_ends_on_only_opens_its_items(analyze_text):
    """"may use a plate reader only" with no colon, then its purposes one per item: each purpose is
    a way through the restriction."""
    a = analyze_text(
        "12(1) A toll authority may use a plate reader only\n\n"
        "(a) to collect a toll; or\n\n"
        "(b) to locate a vehicle named in an Amber alert.\n")
    assert [f.location.citation for f in a.prohibitions] == ["12(1)"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [
        ("other", "12(1)(a)"), ("missing-persons", "12(1)(b)")]


def test_predicates_of_freedom_and_of_no_effect_and_a_person_not_prevented_from_conduct(analyze_text):
    """"is at liberty to authorise" permits; "is without effect in so far as" disapplies; "an
    officer is not prevented by section 2 from submitting ..." exempts the conduct, not the officer."""
    a = analyze_text(
        "1. No transport operator shall use emotion recognition on passengers.\n"
        "2. The Chief Executive is at liberty to authorise, in writing, one trial of emotion recognition at a "
        "depot for 30 days.\n"
        "3. Section 1 is without effect in so far as national law requires such processing.\n"
        "4. A transit constable is not prevented by section 1 from submitting a still image of a person "
        "suspected of a particular assault to the police for the investigation of that offence.\n")
    assert categories(a) == ["administrative-approval", "criminal-investigation", "legal-compliance"]


def test_an_exception_that_opens_the_sentence_before_its_ban(analyze_text):
    """"Unless a magistrate has first authorised it, no officer shall ..." and "Apart from a search
    for a missing child, no drone shall ...": the exception comes first and the ban after it is
    still a ban; "Except as provided in section 5, ..." points elsewhere and is no exemption."""
    a = analyze_text(
        "1. Unless a magistrate has first authorised it by warrant, no officer shall attach a tracking device "
        "to a vehicle.\n"
        "2. Apart from a search for a missing child, no drone shall be flown over a dwelling.\n"
        "3. Except as provided in section 5, a constable shall not use a cell-site simulator.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1", "2", "3"]
    assert [(f.category, f.location.citation) for f in a.exemptions] == [("warrant", "1"), ("missing-persons", "2")]


def test_a_permission_in_a_proviso_to_a_ban_is_its_own_exemption(analyze_text):
    """Indian-style proviso after a colon: the ban and the proviso's permission are two clauses."""
    a = analyze_text(
        "4. Restriction on tracking devices.—No police officer shall fix a tracking device to a vehicle:\n"
        "Provided that an officer of the rank of Inspector or above may fix such a device under an order "
        "of a Sessions Judge.\n")
    assert [f.location.citation for f in a.prohibitions] == ["4"]
    assert categories(a) == ["warrant"]


def test_a_breach_denied_with_no_is_an_exception_not_a_ban(analyze_text):
    """"commits no breach of", "is no contravention of": the determiner negates the offence."""
    a = analyze_text(
        "1. The Council shall not keep recordings from an automatic number plate recognition camera for "
        "more than 48 hours.\n"
        "2. Keeping a recording in which every registration mark has been blurred commits no breach of "
        "paragraph 1.\n"
        "3. It is no contravention of paragraph 1 for the Council to keep a recording handed to it unasked "
        "by a motorist, if it deletes the recording within 7 days.\n")
    assert len(a.prohibitions) == 1
    assert categories(a) == ["inadvertent-receipt", "redaction"]


def test_declarations_of_lawfulness_and_of_untouched_uses_are_permissions(analyze_text):
    a = analyze_text(
        "Sec. 2. A school district shall not use voice recognition on pupils.\n"
        "Sec. 3. It shall be lawful for a teacher to unlock the teacher's own laptop with its voice "
        "recognition feature.\n"
        "Sec. 4. Voice recognition used only to caption a recorded lesson, with no record of who spoke, "
        "is compatible with Section 2.\n"
        "Sec. 5. A pupil's dictation to the pupil's own phone is unaffected by Section 2.\n")
    assert len(a.exemptions) == 3
    assert {f.location.citation for f in a.exemptions} == {"3", "4", "5"}


def test_a_rule_that_lapses_in_a_case_is_an_exemption_but_one_lapsing_on_a_date_is_not(analyze_text):
    a = analyze_text(
        "Rule 5. The Authority must not fly a drone over a public meeting.\n"
        "Rule 6. Rule 5 lapses while a fire chief certifies that a wildfire threatens the meeting place.\n"
        "Rule 7. These Rules lapse on 30 June 2029.\n")
    assert [f.location.citation for f in a.exemptions] == ["6"]


def test_a_subject_with_its_own_relative_clause_keeps_its_main_verb(analyze_text):
    """"Doorbell cameras that a resident installs ... remain permissible": "installs" closes the
    relative clause, so "remain permissible" is the sentence's verb."""
    a = analyze_text(
        "(1) The Housing Authority must not install face recognition at any entrance.\n"
        "(2) Doorbell cameras that a resident installs at the resident's own door remain permissible, "
        "so long as no image reaches the Housing Authority.\n")
    assert len(a.exemptions) == 1 and a.exemptions[0].location.citation == "(2)"


def test_not_being_taken_as_the_conduct_and_not_being_a_bound_actor_are_exclusions(analyze_text):
    a = analyze_text(
        "Sec. 1. No City agency shall acquire or use gait recognition technology.\n"
        "Sec. 2. The Municipal Court is not a City agency for the purposes of Section 1.\n"
        "Sec. 3. Counting pedestrians at a crossing with a sensor that stores no image shall not be deemed "
        "using gait recognition technology.\n")
    assert [f.category for f in a.exemptions if f.location.citation == "2"] == ["actor-carve-out"]
    assert any(f.location.citation == "3" for f in a.exemptions)
    assert len(a.prohibitions) == 1


def test_passive_permissions_of_transmission_each_open_an_exemption(analyze_text):
    """Continental drafting: a ban on transmitting, then numbered cases in which data "may be
    transmitted"; the ban's own "save in the cases listed" points at them and is no exemption itself."""
    a = analyze_text(
        "Article 7\n"
        "I. – The operator shall not communicate camera data to any public authority, save in the cases "
        "listed in this article.\n"
        "II. – Camera data may be communicated on the requisition of an examining magistrate.\n"
        "III. – Camera data may be communicated to the gendarmerie to find a missing child.\n")
    assert [f.location.citation for f in a.prohibitions] == ["Art. 7(I)"]
    assert categories(a) == ["missing-persons", "warrant"]


# A Commonwealth-style Act written for this test: an arrangement of sections, chapters, side titles
# above numbered sections, a hyphen for a dash, a defined route a judge grants, and a schedule of
# bodies the Act does not bind.
COMMONWEALTH_ACT = """DRONE SURVEILLANCE CONTROL ACT

ARRANGEMENT OF SECTIONS
1. Definitions
2. Prohibition
3. Flight authorisations
4. Application
Schedule 1: Bodies to which this Act does not apply

CHAPTER 1
PRELIMINARY

Definitions
1. In this Act "drone" means an unmanned aircraft fitted with a camera.

CHAPTER 2
CONTROLS

Prohibition
2. (1) No public body may-
(a) fly a drone over a dwelling; or
(b) buy images taken by a drone from any person,
otherwise than in terms of a flight authorisation.

Flight authorisations
3. A magistrate may issue a flight authorisation if satisfied that an offence is being committed.

Application
4. This Act does not apply to a body listed in Schedule 1.

SCHEDULE 1
BODIES TO WHICH THIS ACT DOES NOT APPLY
1. The Civil Aviation Authority.
2. The Coast Guard Service.
"""


def test_a_commonwealth_act_with_a_schedule_of_bodies_it_does_not_bind(analyze_text):
    a = analyze_text(COMMONWEALTH_ACT)
    assert {f.location.citation for f in a.prohibitions} >= {"2(1)"}
    by_cite = {f.location.citation: f.category for f in a.exemptions}
    assert by_cite.get("2(1)(b)") == "warrant"  # the route the magistrate of section 3 grants
    assert by_cite.get("Schedule 1(1)") == "actor-carve-out"
    assert by_cite.get("Schedule 1(2)") == "actor-carve-out"
    assert "4" not in by_cite  # the pointer to the schedule is not a second exemption


def test_an_amending_bill_strikes_bracketed_matter_and_reads_underscored_insertions(analyze_text):
    """A bill whose legend says brackets delete: a carve-out in brackets is one the bill removes;
    words between underscores are inserted law and are read."""
    bill = ("EXPLANATION: Matter in [brackets] is existing law to be deleted; matter between _underscores_ "
            "is new.\n\n"
            "Sec. 4. (a) A county agency shall not _operate a drone or_ use drone images.\n"
            "[(b) Nothing in this section restricts a county agency participating in a federal task force.]\n"
            "_(b) Subsection (a) does not apply to a search for a person reported missing._\n")
    a = analyze_text(bill)
    assert categories(a) == ["missing-persons"]
    assert "drones" in a.coverage.technologies
    plain = analyze_text(bill.replace("EXPLANATION: Matter in [brackets] is existing law to be deleted; ", "Note: "))
    assert "national-security" in categories(plain)  # with no legend, brackets are read as text
    # an inserted lead-in and its items, underscores around punctuation: "_(d) ... applies:_" / "_(1) ...._"
    inserted = analyze_text(
        "Sec. 5. (a) A local agency shall not acquire a cell-site simulator.\n"
        "_(b) A local agency shall not use a cell-site simulator unless either of the following applies:_\n"
        "_(1) The local agency has obtained a warrant that authorizes the use._\n"
        "_(2) An emergency involving danger of death requires the use without delay._\n")
    assert sorted(categories(inserted)) == ["imminent-threat", "warrant"]
    # a uniform act's "should omit the bracketed language" is no legend: its brackets hold choices
    uniform = analyze_text("Legislative Note: A state should omit the bracketed language in Section 2.\n\n"
                           "Section 1. A governmental entity may not use face recognition.\n\n"
                           "Section 2. This [act] does not apply to [the Department of Corrections].\n")
    assert categories(uniform) == ["actor-carve-out"]


def test_a_title_run_into_an_item_is_not_an_exemption_of_its_own(analyze_text):
    a = analyze_text(
        "IV. Prohibited uses. Members shall not use face recognition.\n"
        "V. PERMITTED USES\n"
        "A. Missing persons. When an AMBER Alert has been issued, the Watch Commander may authorize a face "
        "recognition search for the missing child.\n"
        "B. Redaction. The Records Unit may apply face detection to blur faces in released video.\n")
    assert cited_categories(a) == [
        ("V(A)", "missing-persons"), ("V(B)", "redaction")]


def test_guidance_that_quotes_the_law_and_a_series_of_verbs(analyze_text):
    """Q&A guidance quotes the ban after "provides:"; "own, lease, borrow or operate" is conduct
    because one verb of the series is."""
    a = analyze_text(
        "What does the ordinance prohibit?\n"
        "Section 2 provides: \"No City department shall own, lease, borrow or operate a drone.\"\n")
    assert len(a.prohibitions) == 1 and "drones" in a.coverage.technologies


def test_a_judges_own_permission_is_a_warrant_and_a_reach_with_other_than_carves_out(analyze_text):
    a = analyze_text(
        "1. No agency shall obtain geofence records.\n"
        "2. A judge of the circuit court may, by written order, authorize an agency to obtain geofence "
        "records to identify the perpetrator of a particular felony.\n")
    assert categories(a) == ["warrant"]
    b = analyze_text(
        "3 Application\nThis Part binds every public body other than the Office of the Auditor.\n"
        "4 Voiceprints\nA public body must not use voice recognition software.\n")
    assert categories(b) == ["actor-carve-out"]


def test_instructions_not_binding_on_a_service_exempt_it(analyze_text):
    a = analyze_text(
        "2. No police unit shall use drones over a public meeting.\n"
        "3. These instructions are not binding on officers of the State Intelligence Department.\n")
    assert categories(a) == ["national-security"]


def test_an_indian_standing_order(analyze_text):
    """Side headings run in with ".-", a restriction that "shall not operate where", and paragraphs
    cited as "paras"."""
    a = analyze_text(
        "4.  Drones.- No drone shall be flown by any police unit over places of worship.\n"
        "5.  The restriction in para 4 shall not operate where the Commissioner certifies a threat to "
        "the security of the State.\n"
        "6.  The instructions in paras 4 and 5 shall not apply to the Railway Protection Force.\n")
    assert [f.location.citation for f in a.prohibitions] == ["4"]
    assert sorted(f.location.citation for f in a.exemptions) == ["5", "6"]


def test_a_council_resolution_and_a_german_style_act(analyze_text):
    """The enacting formula ends the recitals, so a resolution's policy items are law; numbered
    cases open mid-sentence after a superscript sentence number."""
    a = analyze_text(
        "WHEREAS, vendors have offered free pilots of biometric products; and\n"
        "NOW, THEREFORE, BE IT RESOLVED that the following policy is adopted:\n"
        "A. City departments shall not operate biometric technology.\n"
        "B. The Fire Department may keep in service the fingerprint readers that control entry to its "
        "radio room.\n")
    assert [f.location.citation for f in a.prohibitions] == ["(A)"]
    assert categories(a) == ["access-control"]
    b = analyze_text(
        "§ 4\n(1) ¹The police shall not use gait recognition. ²Sentence 1 shall not apply where the use is "
        "necessary in an individual case\n"
        "1. to avert a present danger to the life of a person, or\n"
        "2. to locate a missing child.\n")
    assert categories(b) == ["imminent-threat", "missing-persons"]


def test_permissions_judged_by_what_they_act_on_not_by_which_verb_the_ban_used(analyze_text):
    """A permission to switch on, enrol or use the banned technology under a ban that named another
    act of operating it is an exemption; a permission to publish, or to request a hearing, is not.
    What the ban names in its own words (a technology no lexicon knows) counts as the technology."""
    a = analyze_text(
        "1. The Board shall not install or activate iris scanners in any school building.\n"
        "2. A teacher may use the iris unlock of a tablet issued to that teacher.\n"
        "3. The Board may publish each year the number of complaints it has received.\n"
        "4. A parent who believes this policy was breached may request a hearing before the Board.\n")
    assert [f.location.citation for f in a.exemptions] == ["2"]
    b = analyze_text(
        "1. The Agency shall not carry out ancestry inference on any genetic sample.\n"
        "2. The Director may authorise ancestry inference on unidentified human remains.\n"
        "3. The Director may authorise overtime for laboratory staff.\n")
    assert [f.location.citation for f in b.exemptions] == ["2"]
    c = analyze_text(
        "1. No department shall deploy gait analysis software.\n"
        "2. Software that blurs the silhouettes of bystanders in a video may be used by the Records Unit.\n")
    assert [f.location.citation for f in c.exemptions] == ["2"]


def test_an_exemption_no_topic_names_takes_the_category_its_words_vote_for(analyze_text, capsys):
    """Where no topic lexicon names the category, the category model trained on the gold exemptions
    votes, and the words that carried the vote are the finding's evidence (`redline explain` knows
    the id)."""
    from cli_helpers import run_cli

    a = analyze_text(
        "1. The Town shall not operate a drone over any residential lot.\n"
        "2. Section 1 does not apply to a flight by the Fire Chief to look for a child who has wandered "
        "away from home.\n")
    (found,) = a.exemptions
    assert found.category == "missing-persons"
    words = [e.text for e in found.evidence if e.rule_id == "model.category"]
    assert "child" in " ".join(words) and all(w in found.quote for w in words)
    b = analyze_text(
        "1. The Agency shall not use voice analysis software.\n"
        "2. Section 1 does not apply to an analysis that the Director, in writing and for a single case, "
        "has approved.\n")
    assert [f.category for f in b.exemptions] == ["administrative-approval"]
    code, out, _ = run_cli(capsys, "explain", "model.category")
    assert code == 0 and "gold exemptions" in out


def test_the_shipped_category_model_is_what_the_gold_files_train():
    """Reproducible: retraining from corpus/ and tests/data/ gives the shipped file byte for byte
    (add a gold file, retrain: python -m redline_cli.rulebook.category_model)."""
    from pathlib import Path

    from redline_cli.rulebook import builtin_rules_dir, load_rulebook
    from redline_cli.rulebook.category_model import MODEL_FILE, CategoryModel, gold_examples

    root = Path(__file__).resolve().parents[1]
    examples = gold_examples([root / "corpus", root / "tests" / "data"])
    model = CategoryModel.train(examples, load_rulebook().lexicon)
    assert model.to_json() == (builtin_rules_dir() / MODEL_FILE).read_text(encoding="utf-8")


def test_the_category_model_chooses_among_the_topics_the_lexicons_named(context, analyze_text):
    """Where the lexicons name topics of two categories, the model's choice between them leads, cited by
    the words that carried it; the first named keeps the lead when the model favours it."""
    from redline_cli.rulebook.category_model import CategoryModel

    lexicon = context.rulebook.lexicon
    model = CategoryModel.train([
        ("access-control", "a badge reader at the entrance to the records building"),
        ("access-control", "to open the gate of the staff car park at its entrance"),
        ("criminal-investigation", "to find a car stolen in a burglary"),
        ("criminal-investigation", "to trace a van stolen in a robbery"),
        ("criminal-investigation", "to identify a suspect of a robbery or a burglary")], lexicon)
    text = "to find a truck stolen in a robbery, at the entrance of a toll plaza"
    vote = model.choose(text, lexicon, ["access-control", "criminal-investigation"])
    assert vote is not None and vote.category == "criminal-investigation" and vote.margin > 0
    assert {text[a:b] for a, b in vote.spans} & {"stolen", "robbery"}
    assert model.choose(text, lexicon, ["criminal-investigation", "access-control"]) is None
    # in a law, with the shipped model: "the entrance of a toll plaza" is where, not an entry check
    a = analyze_text("Sec. 10. A state agency may not use an automated license plate reader except:\n"
                     "(1) To find a motor vehicle that has been reported to a police agency as stolen, at the "
                     "entrance of a toll plaza.\n")
    assert [f.category for f in a.exemptions] == ["criminal-investigation"]
    assert [e.text for e in a.exemptions[0].evidence if e.rule_id == "model.category"]


def test_the_category_vote_rests_on_content_words_not_function_words(context):
    """A vote carried by "do", "only to" or "of his" says nothing of what the exemption is for: the
    pack's function words are no feature of the category model, and no vote cites one. (A council's
    carve-out for a tracker on a vehicle was once voted on "mobile", "an employee" and "of his".)"""
    from pathlib import Path

    from redline_cli.api import analyze_path
    from redline_cli.rulebook.category_model import features

    lexicon = context.rulebook.lexicon
    found = features("a dispatch system used only to assign officers to his shifts", lexicon)
    assert {"dispatch", "assign", "officer", "dispatch_system"} <= set(found)
    assert not {"only", "to", "his", "only_to", "officer_to", "to_his"} & set(found)
    function = set(lexicon.words("function-word"))
    law = Path(__file__).parent / "data/holdout34/bg-kenya-surveillance-technologies-act.txt"
    voted = [w for f in analyze_path(law, context).findings for e in f.evidence
             if e.rule_id == "model.category" for w in e.text.lower().split()]
    assert voted and not function & set(voted)


ORDER_WITH_SCHEDULE_AND_NOTES = (
    "Restrictions\n"
    "\n"
    "3.—(1) A harbour board shall not operate a gait recognition system in a public place.\n"
    "\n"
    "Note— A harbour board that contravenes paragraph (1) is not thereby exempt from the Data Protection "
    "Act 2018.\n"
    "\n"
    "(2) A harbour board may operate a gait recognition system for a purpose specified in Part 1 of "
    "Schedule 1.\n"
    "\n"
    "Editor’s note— Paragraph (1) does not apply to a harbour board that runs gait recognition to find a "
    "lost child.\n"
    "\n"
    "Illustrations\n"
    "\n"
    "(a) A harbour board runs gait recognition along a quay to find passengers who owe fares. The board "
    "contravenes paragraph (1), unless the Department has approved the use under article 4.\n"
    "\n"
    "(b) A harbour board runs gait recognition to find a child lost on the quay. The use is for the "
    "purpose in paragraph 2 of Part 1 of Schedule 1.\n"
    "\n"
    "4.—(1) The Department may approve in writing the operation of a gait recognition system by a harbour"
    " board for a purpose not specified in Schedule 1.\n"
    "\n"
    "(2) An approval lapses after 30 days.\n"
    "\n"
    "SCHEDULE 1\n"
    "\n"
    "Article 3\n"
    "\n"
    "PERMITTED PURPOSES AND CONDITIONS\n"
    "\n"
    "PART 1\n"
    "\n"
    "PURPOSES\n"
    "\n"
    "1. The identification of a person who has boarded a vessel in breach of a banning order made by a "
    "court.\n"
    "\n"
    "2. The location of a child who is lost within the harbour estate.\n"
    "\n"
    "PART 2\n"
    "\n"
    "CONDITIONS\n"
    "\n"
    "3. The board has published a notice of the use before it begins.\n"
    "\n"
    "EXPLANATORY NOTE\n"
    "\n"
    "(This note is not part of the Order)\n"
    "\n"
    "This Order prohibits harbour boards from operating gait recognition in public places, except for the"
    " purposes and under the conditions set out in Schedule 1.\n"
)


def test_a_schedule_of_purposes_gives_its_rows_and_notes_rule_nothing(analyze_text):
    """The rows of the Part a permission cites are each an exemption, though the Part is headed
    "PURPOSES" and a bare "Article 3" under the schedule's title names the article that brings it in; an
    approval "for a purpose not specified in Schedule 1" is its own way through, not the schedule's rows;
    a "Note—", an editor's note, an illustration and the explanatory note after the schedules are printed
    beside the law and rule nothing."""
    a = analyze_text(ORDER_WITH_SCHEDULE_AND_NOTES)
    found = {f.citation: f.category for f in a.exemptions}
    assert sorted(found) == ["4(1)", "Schedule 1, Part 1(1)", "Schedule 1, Part 1(2)"], found
    assert found["Schedule 1, Part 1(2)"] == "missing-persons"
    assert [p.citation for p in a.prohibitions] == ["3(1)"]


def test_one_only_restricts_every_verb_before_it(analyze_text):
    """"may use a reader, and may search its data, only for the following purposes:" is one restriction
    (one "only" restricts both verbs), under an exemption-sounding heading too; its items are the ways
    through."""
    a = analyze_text(
        "Sec. 4. Plate readers.\n"
        "(a) Allowed purposes.--A town office may use a plate reader, and may search stored plate reads, only "
        "for the following purposes:\n"
        "(1) Finding a vehicle reported stolen.\n"
        "(2) Locating a missing person.\n")
    assert [(p.citation, p.category) for p in a.prohibitions] == [("4(a)", "restriction")]
    assert [f.citation for f in a.exemptions] == ["4(a)(1)", "4(a)(2)"]


def test_relative_clauses_abbreviations_and_anaphors_do_not_hide_an_exemption(analyze_text):
    """"A body that comes into possession of ... does not breach" is a main clause (the relative
    clause has its own verb); "art. 3" does not end a sentence; "such analysis" after a permission's
    verb is the banned conduct; passing data on is an act of sharing."""
    a = analyze_text(
        "Rule 2. A member council shall not store or query toll-gantry images.\n"
        "Rule 3. A member council that comes into possession of toll-gantry images it never sought does "
        "not breach Rule 2 if it erases them within seven days.\n")
    assert categories(a) == ["inadvertent-receipt"]
    b = analyze_text(
        "Art. 2. Municipal guards are prohibited from using gait recognition.\n"
        "Art. 6. The prohibition in art. 2 does not reach the identification of a child reported missing.\n")
    assert categories(b) == ["missing-persons"]
    c = analyze_text(
        "(1) A council must not pass a plate image to any other person.\n"
        "(2) A council may give a plate image to a constable investigating a particular reported offence.\n")
    assert categories(c) == ["criminal-investigation"]


def test_a_definition_that_says_what_it_does_not_include_and_what_is_not_the_technology(analyze_text):
    """"It does not include:" inside a definition opens its exclusions; "X is not a biometric
    recognition system" takes X out of the technology."""
    a = analyze_text(
        "SECTION 2. Definitions. – As used in this Ordinance:\n"
        "(a) Gait Recognition System – refers to any software that identifies a person from the way the "
        "person walks. It does not include:\n"
        "    (1) a pedometer worn by City Personnel for a wellness programme.\n"
        "SECTION 3. Prohibition. – No City office shall use a Gait Recognition System.\n")
    assert [f.location.citation for f in a.exemptions] == ["2(a)(1)"]
    b = analyze_text(
        "§ 1 The cantonal police shall not use a biometric recognition system.\n"
        "§ 2 A counter that only counts the number of persons passing a doorway is not a biometric "
        "recognition system.\n")
    assert [f.location.citation for f in b.exemptions] == ["2"]


def test_a_perfect_tense_a_made_flight_and_a_robot_sent_forward(analyze_text):
    """"has not violated" is a verb group like "does not violate"; "A flight ... may be made under a
    warrant" permits the conduct named as a noun; a banned act after "nor" is banned too; in the
    passive, what is sent or supplied is the subject."""
    a = analyze_text(
        "Section 2. No village officer shall obtain or use plate reader data.\n"
        "Section 3. An officer who is sent plate reader data he never asked for has not violated Section 2 "
        "if he deletes it the same day.\n")
    assert categories(a) == ["inadvertent-receipt"]
    b = analyze_text(
        "2. The Harbour Police shall not fly a drone over a dwelling.\n"
        "3. A flight described in paragraph 2 may be made under the authority of a warrant issued by a judge.\n")
    assert categories(b) == ["warrant"]
    c = analyze_text(
        "2. A county agency shall not operate a gait recognition system, nor supply footage to one.\n"
        "3. Footage may be supplied to the state intelligence service for its assessment of threats to "
        "national security.\n")
    assert categories(c) == ["national-security"]


def test_a_subregulation_names_a_provision_of_the_law(analyze_text):
    a = analyze_text(
        "3. (1) A council officer must not use voice analysis software on a recorded call.\n"
        "(2) Subregulation (1) does not extend to a recording that a constable has asked for in writing "
        "for the investigation of a particular offence.\n")
    assert [f.location.citation for f in a.exemptions] == ["3(2)"]


def test_a_verb_of_construing_with_a_plain_object_is_conduct(analyze_text):
    """"shall take fingerprints": "take" construes only before "as", "to", "be" or a determiner."""
    a = analyze_text(
        "3. No officer of the Borough shall take fingerprints or palm prints from a tenant of public housing.\n"
        "4. The Housing Office may take prints of its own cleaners solely to open the doors of its plant room.\n")
    assert [f.location.citation for f in a.prohibitions] == ["3"]
    assert categories(a) == ["access-control"]


def test_a_law_that_lays_no_burden_or_does_not_hold_leaves_out_what_it_names(analyze_text):
    a = analyze_text(
        "1. No municipal department may deploy a drone over a private dwelling.\n"
        "2. Section 1 places no restriction on the State Forestry Service or on any federal land agency.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text(
        "(1) The county shall not use a cell-site simulator.\n"
        "(2) Subsection (1) does not hold where a magistrate has issued a warrant for the device.\n")
    assert categories(b) == ["warrant"]
    c = analyze_text(
        "1. This By-law applies to every municipal department.\n"
        "2. No municipal department shall operate a licence plate reader.\n"
        "3. The Port Police are outside its reach.\n")
    assert categories(c) == ["actor-carve-out"]


def test_a_parenthesis_between_modal_and_verb_and_an_aspect_verb_that_allows(analyze_text):
    a = analyze_text(
        "7.1 No unit of the College shall fly a drone over a residence hall.\n"
        "7.2 The Provost may, upon a request in writing stating the date, the area, and the purpose, "
        "approve one flight over a residence hall to inspect its roof.\n")
    assert categories(a) == ["administrative-approval"]
    b = analyze_text(
        "(a) No County agency may use biometric identification technology.\n"
        "(b) Subsection (a) continues to permit the Jail to confirm, by a fingerprint scan, the identity of "
        "officers entering the armoury.\n")
    assert categories(b) == ["access-control"]


def test_a_predicate_is_read_by_its_head_noun(analyze_text):
    """"is not voice recognition", "does not constitute biometric processing": the last noun decides;
    "is an affirmative defence", "a permitted use": the operator word does."""
    a = analyze_text(
        "1. No public body shall use voice recognition technology.\n"
        "2. Matching a caller's recorded passphrase against that caller's own enrolment, when the caller "
        "asks to reset a password, is not voice recognition.\n")
    assert len(a.exemptions) == 1
    b = analyze_text(
        "Article 2. Public bodies shall not carry out biometric processing of images of the public.\n"
        "Article 3. The masking of faces before footage is released to a court does not constitute "
        "biometric processing within the meaning of Article 2.\n")
    assert categories(b) == ["redaction"]


def test_an_item_wrapped_over_lines_ending_in_a_comma_does_not_swallow_the_next(analyze_text):
    a = analyze_text(
        "Section 5 a Prohibition\n"
        "The police shall not use remote biometric identification in a public place.\n"
        "Section 5 b Exceptions\n"
        "(1) By way of derogation from section 5 a, the police may use remote biometric identification only "
        "for one of the following:\n"
        "  a) the search for a child who has been abducted or who is missing from\n"
        "     a care home or from the home of a parent,\n"
        "  b) the averting of an imminent danger to the life\n"
        "     of a person,\n"
        "  c) the identification of a suspect in an investigation of a serious crime.\n")
    assert [f.location.citation for f in a.exemptions] == ["5 b(1)(a)", "5 b(1)(b)", "5 b(1)(c)"]


def test_a_ban_on_what_the_law_is_named_for_when_no_lexicon_knows_it(analyze_text):
    a = analyze_text(
        "Tenant Screening Algorithms (Public Housing) Act\n\n"
        "§ 1. The Housing Agency may not buy or run tenant screening algorithms.\n"
        "§ 2. A breach of § 1 is a disciplinary offence.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    assert a.prohibitions[0].evidence[0].rule_id == "frame.ban.negated-conduct"


def test_it_after_a_definition_or_a_provision_is_that_term_or_provision(analyze_text):
    a = analyze_text(
        '1. "Voice analytics" means software that identifies a speaker from a recording. It does not cover '
        "transcribing a public meeting for the minutes.\n"
        "2. No county office shall use voice analytics.\n")
    assert len(a.exemptions) == 1
    b = analyze_text(
        "(1) The Council shall not operate a patrol robot in a public park.\n"
        "(2) Subsection (1) reaches patrols and the enforcement of park rules; it does not reach the search "
        "of a park for a missing child.\n")
    assert categories(b) == ["missing-persons"]


def test_a_verbless_while_clause_a_lettered_clause_number_and_a_deeming_clause(analyze_text):
    a = analyze_text(
        "E.1 No State agency shall buy a drone.\n"
        "E.2 Orders placed by the Adjutant General for drones to be flown by Guard units while under federal "
        "orders fall outside clause E.1.\n")
    assert categories(a) == ["national-security"]
    b = analyze_text(
        "(1) No department may retain location data of a person who has not consented.\n"
        "(2) A department is not to be regarded as having contravened subsection (1) merely because a "
        "vendor sent it location data it never asked for, if it deletes the data within seven days.\n")
    assert categories(b) == ["inadvertent-receipt"]


def test_a_schedule_numbers_its_paragraphs_again_and_a_range_of_them_is_let_through(analyze_text):
    a = analyze_text(
        "1 Prohibition\n"
        "A public authority must not use live facial recognition in a public place.\n"
        "2 Commencement\n"
        "This Act comes into force on 1 April 2027.\n"
        "SCHEDULE 1\n"
        "PART 1\n"
        "1 Section 1 does not prohibit the use of live facial recognition so far as it is necessary for one of "
        "the purposes in paragraphs 2 to 4.\n"
        "2 The search for a child reported missing to the police.\n"
        "3 The averting of an imminent danger to the life of a person.\n"
        "4 The identification of a suspect in the investigation of a serious offence.\n")
    assert categories(a) == ["criminal-investigation", "imminent-threat", "missing-persons"]
    assert sorted(f.location.citation for f in a.exemptions) == ["Schedule 1, Part 1(2)", "Schedule 1, Part 1(3)",
                                                                  "Schedule 1, Part 1(4)"]


def test_a_use_the_law_does_not_affect_and_a_deemed_negation(analyze_text):
    a = analyze_text(
        "Section 2. No Borough office shall acquire or use gait recognition software.\n"
        "Section 3. Nothing in this ordinance affects the use by a Borough employee of the fingerprint "
        "lock of a laptop issued to that employee.\n"
        "Section 4. Nothing in this ordinance affects the rights of any person under the Open Records Act.\n")
    assert categories(a) == ["personal-device"]
    b = analyze_text(
        "(1) No agency shall obtain location data of a resident.\n"
        "(2) An agency that receives location data it never sought is deemed not to have obtained it, if the "
        "agency deletes the data within five days.\n")
    assert categories(b) == ["inadvertent-receipt"]


def test_an_offence_that_names_the_conduct_is_the_ban_and_a_passive_reach_with_other_than(analyze_text):
    a = analyze_text(
        "Section 2. Offence. An employee of the Township who flies a camera drone over a private yard "
        "commits an offence punishable by a fine of $300.\n"
        "Section 3. It is a defence to a charge under Section 2 that the employee flew the drone to find a "
        "lost hiker.\n")
    assert [f.location.citation for f in a.prohibitions] == ["2"]
    assert categories(a) == ["missing-persons"]
    b = analyze_text(
        "(1) No office shall use a cell-site simulator.\n"
        "(2) Every office of the County, other than the Office of Emergency Management, is bound by "
        "subsection (1).\n")
    assert categories(b) == ["actor-carve-out"]


def test_an_indian_savings_lead_in_leaves_each_listed_use_alone(analyze_text):
    a = analyze_text(
        "3. Prohibition.- No officer of the Corporation shall use a facial recognition system.\n"
        "4. Matters not affected.- These bye-laws shall not affect,-\n"
        "(a) the use of a fingerprint reader to admit authorised staff into the record room;\n"
        "(b) the blurring of faces in footage before a copy of it is furnished to a court.\n")
    assert categories(a) == ["access-control", "redaction"]


def test_a_definition_that_borrows_another_laws_meaning_but_leaves_bodies_out(analyze_text):
    a = analyze_text(
        '(a) No state agency may operate a cell-site simulator.\n'
        '(b) For purposes of this section, "state agency" has the meaning given in Section 420 of the '
        "Administrative Code, but does not include the State University or any county fair board.\n"
        '(c) "Cell-site simulator" means a device that imitates a cell tower. Monitoring by a licensed radio '
        "engineer of the signal strength of a public network is outside this definition.\n")
    assert categories(a) == ["actor-carve-out", "other"]


def test_code_sections_with_a_letter_and_a_law_that_requires(analyze_text):
    a = analyze_text(
        "CHAPTER 12C. DRONES\n"
        "12C.010 Prohibition. No county agency may fly a drone over a private residence.\n"
        "12C.020 Matters outside this chapter. This chapter does not govern:\n"
        "(1) the inspection of a county bridge by a drone that records no person;\n"
        "(2) anything that a law of the State requires a county agency to do.\n")
    assert sorted(f.location.citation for f in a.exemptions) == ["12C.020(1)", "12C.020(2)"]
    assert categories(a) == ["legal-compliance", "other"]


def test_a_list_of_purposes_that_wrap_is_no_table_of_contents(analyze_text):
    a = analyze_text(
        "SECTION 2. AUTHORIZED USES\n"
        "  Officers may query ALPR data only for the following purposes:\n"
        "  2.1  To respond to an ongoing threat to human life, such as an active shooter or a hostage\n"
        "       situation, for the duration of that incident.\n"
        "  2.2  To search stored ALPR records as directed by a search warrant signed by a judge.\n"
        "\n"
        "SECTION 3. PROHIBITED USES\n"
        "  3.1  ALPR data shall not be used for any purpose that is not listed in Section 2.\n")
    assert {f.location.citation: f.category for f in a.exemptions} == {"2.1": "imminent-threat", "2.2": "warrant"}


def test_a_schedule_of_permitted_purposes_named_by_an_ordinal_lets_each_row_through(analyze_text):
    a = analyze_text(
        "2. (1) No person shall use a remote biometric identification system in a public place.\n"
        "(2) Sub-regulation (1) does not prohibit the use of such a system by the Police Service for a purpose "
        "specified in the First Schedule.\n"
        "\n"
        "FIRST SCHEDULE\n"
        "PERMITTED PURPOSES\n"
        "1. Search for a child reported missing to the Police Service.\n"
        "2. Prevention of an imminent threat to the life of a person.\n")
    assert {f.location.citation: f.category for f in a.exemptions} == {
        "First Schedule(1)": "missing-persons", "First Schedule(2)": "imminent-threat"}


def test_an_actor_a_definition_of_the_bound_actors_leaves_out_with_other_than(analyze_text):
    a = analyze_text(
        'Sec. 1. "County agency" means any department, board or office of the County, other than the '
        "Office of the Public Defender.\n"
        "Sec. 2. No county agency shall acquire or use gait recognition software.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text(
        '1. "Location data" means information, other than ALPR data, that reveals where a device is.\n'
        "2. No county agency shall buy location data.\n")
    assert categories(b) == []


def test_only_inside_a_relative_clause_does_not_turn_a_permission_into_a_restriction(analyze_text):
    """"may install scanners that unlock only for ...": the "only" restricts the scanners, so the
    sentence permits (an exemption), it does not ban."""
    a = analyze_text(
        "Rule 1. No bureau of the Port may use biometric identification on any person.\n"
        "Rule 2. The Harbourmaster may install palm scanners on the server-room door which unlock only for "
        "enrolled engineers.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    assert categories(a) == ["access-control"]


def test_it_after_a_sentence_about_the_ban_is_the_ban(analyze_text):
    """"The ban in paragraph 1 concerns X. Y stands outside it.": "it" is the ban the sentence before
    spoke of, so Y is let through."""
    a = analyze_text(
        "Art. 1. No municipal office may use emotion recognition software on any person.\n"
        "Art. 2. The ban in Art. 1 is directed at the reading of feelings from faces. Software that blurs the "
        "faces of bystanders in published footage stands outside it.\n")
    assert categories(a) == ["redaction"]


def test_bodies_said_not_to_be_the_plural_bound_actors_are_carved_out(analyze_text):
    a = analyze_text(
        "Sec. 1. In this article, \"Agency\" means any office or board of the County. The Public Defender "
        "and the County Coroner are not Agencies.\n"
        "Sec. 2. No Agency shall use gait recognition technology.\n")
    assert categories(a) == ["actor-carve-out"]


def test_a_relative_clause_whose_subject_has_modifiers_closes_at_its_verb(analyze_text):
    """"Analysis that a federal intelligence agency carries out ... lies beyond its reach": "carries
    out" is the relative clause's verb, so "lies beyond" is the main clause's and exempts."""
    a = analyze_text(
        "1. No public body shall use voice recognition on a recording of any person.\n"
        "2. Voice matching that a federal intelligence agency performs in connection with national "
        "defense lies beyond the reach of paragraph 1.\n")
    assert categories(a) == ["national-security"]


def test_counts_as_breaks_and_mounting_are_read_as_their_classes(analyze_text):
    """"does not count as X" denies X as "does not constitute X" does; "does not break rule 1" as
    "does not contravene"; "may be fitted and switched on" is a permission of the conduct."""
    a = analyze_text(
        "Rule 1. Staff of the Registry shall not use face recognition on any visitor.\n"
        "Rule 2. Unlocking a Registry laptop with the user's own face does not count as face recognition "
        "under this Part.\n")
    assert categories(a) == ["personal-device"]
    b = analyze_text(
        "1. It is unlawful for the Council to obtain or use face recognition information.\n"
        "2. A councillor who is sent face recognition information without asking for it does not break "
        "paragraph 1, if it is deleted within a week.\n")
    assert categories(b) == ["inadvertent-receipt"]
    c = analyze_text(
        "1. The Constabulary shall not operate automatic number plate recognition cameras.\n"
        "2. A camera loaned by the Highways Agency may be mounted on a patrol car and switched on to find "
        "a vehicle linked to a kidnapped child.\n")
    assert categories(c) == ["missing-persons"]


def test_a_contents_list_and_a_title_that_reads_as_a_ban_rule_nothing(analyze_text):
    """"4 Councils must not use drones" in the contents and over its section names the section:
    the ban is the section's own sentence, found once, cited by its subsection."""
    a = analyze_text(
        "Aerial Surveillance (Councils) Act 2026\n\nContents\n"
        "1     Title\n2     Commencement\n3     Interpretation\n4     Councils must not use drones\n"
        "5     Search and rescue\n\nThe Parliament enacts as follows:\n\n"
        "1 Title\nThis Act is the Aerial Surveillance (Councils) Act 2026.\n"
        "2 Commencement\nThis Act comes into force on 1 July 2026.\n"
        "3 Interpretation\nIn this Act, drone means a remotely piloted aircraft.\n"
        "4 Councils must not use drones\n(1) A council must not operate a drone over a dwelling.\n"
        "5 Search and rescue\nA council may operate a drone to find a person reported missing.\n")
    assert [f.location.citation for f in a.prohibitions] == ["4(1)"]
    assert categories(a) == ["missing-persons"]


def test_a_second_parenthesis_with_no_comma_and_a_proviso_that_excludes(analyze_text):
    """"may, on a report ..., by warrant under his hand approve ...": the verb after a short phrase
    with no comma of its own; "Provided that X shall not be deemed to be the use of ..." excludes X
    as a proviso's main clause, as a proviso's permission does."""
    a = analyze_text(
        "5. (1) No officer shall install a tracking device on a vehicle.\n"
        "(2) A Sessions Judge may, on a report submitted by the officer in charge of a police station, "
        "by warrant under his hand approve the installation of a tracking device for the investigation "
        "of a cognizable offence.\n")
    assert "criminal-investigation" in categories(a) or "warrant" in categories(a)
    b = analyze_text(
        "6. No municipal officer shall use an automated risk scoring system to rate any resident:\n"
        "Provided that the sorting of complaints by ward for the routing of inspectors shall not be deemed "
        "to be the use of an automated risk scoring system.\n")
    assert len(b.exemptions) == 1 and b.exemptions[0].location.citation == "6"


def test_a_modal_before_a_short_phrase_consent_and_functions_left_alone(analyze_text):
    """"may by regulation permit" reads past "by regulation" to its verb; "may ... consent to" is a
    permission; "does not affect any function exercised for the defence of the realm" leaves that
    activity alone (a national-security exemption), as "does not affect the use of ..." does."""
    a = analyze_text(
        "Art. 2. No public authority shall use gait recognition technology.\n"
        "Art. 3. The Minister may by regulation permit a public authority to use gait recognition technology "
        "for a purpose the regulation names.\n"
        "Art. 4. This Law does not affect any function exercised for the defence of the realm or national "
        "security.\n")
    assert len(a.exemptions) == 2 and "national-security" in categories(a)
    b = analyze_text(
        "1. No agency shall use voice recognition technology.\n"
        "2. The Data Commissioner may, on a written application, consent to an agency testing voice recognition "
        "technology on recordings made with the speakers' agreement.\n")
    assert len(b.exemptions) == 1


def test_replying_to_the_public_and_unlocking_ones_own_phone_are_conduct_a_law_can_permit(analyze_text):
    """"may answer questions posted to" and "may unlock ... with face unlock" are permissions of acts
    the ban's own verbs do not name: each is an exemption with its topic."""
    a = analyze_text(
        "1. The Library Board shall not monitor, collect or analyse what patrons post on social media.\n"
        "2. Library staff may answer questions that patrons post to the Library's own social media pages.\n")
    assert categories(a) == ["public-communications"]
    b = analyze_text(
        "1. No court employee shall use face recognition technology.\n"
        "2. A court employee may unlock a court-issued tablet with its face-unlock feature, if the face "
        "template never leaves the tablet.\n")
    assert categories(b) == ["personal-device"]


def test_a_condition_with_two_clauses_and_a_section_line_that_wraps_mid_sentence(analyze_text):
    """"Where X and the caller cannot give ..., the unit may ...": the second clause, joined inside the
    condition before its comma, is no ban; "Section 3. A board may acquire ... after the" / "Town
    Board adopts ...": a line that ends on "the" is a wrapped sentence, not the section's title."""
    a = analyze_text(
        "Sec. 1. No county office shall use voice identification software.\n"
        "Sec. 2. Where a call-taker fears that a caller is in immediate danger and the caller cannot say "
        "where he is, the Dispatch Unit may run the recording through voice identification software.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    assert categories(a) == ["imminent-threat"]
    b = analyze_text(
        "Section 1. No department shall buy or use gait recognition software.\n\n"
        "Section 2. A department may acquire one named gait recognition product after the\n"
        "Town Board adopts a resolution approving that product and the rules for its use.\n")
    assert categories(b) == ["legislative-authorization"]
    assert b.exemptions[0].location.citation == "2"


def test_stop_from_a_gerund_and_lives_at_risk(analyze_text):
    """"does not stop X from using" disclaims as "does not prevent" does; "lives are in danger" is a
    threat to life."""
    a = analyze_text(
        "1. No employee of the Port shall use voice recognition.\n"
        "2. This bylaw does not stop an employee from using his own voice to log in to a handset the Port "
        "issued to him.\n")
    assert categories(a) == ["personal-device"]
    b = analyze_text(
        "1. The Fire District shall not fly a drone over any person.\n"
        "2. While lives are in danger from a wildfire or a chemical spill, the District may fly a drone "
        "over the area for as long as the danger lasts.\n")
    assert categories(b) == ["imminent-threat"]


def test_reading_and_posting_on_the_agencys_own_pages_is_a_permitted_act(analyze_text):
    """"may post on, and read replies to, its own pages": acts a ban on social media monitoring does
    not name, by the actor it binds, for a public-communications purpose; a clause that names a
    violation is enforcement, not such a permission."""
    a = analyze_text(
        "1. The Parks Department shall not collect or analyse the social media activity of residents.\n"
        "2. Parks staff may post on, and read replies to, the Department's own official pages.\n"
        "3. The Director may seek an injunction against any contractor that violates section 1.\n")
    assert categories(a) == ["public-communications"]


def test_a_purpose_the_board_has_not_approved_and_a_one_time_comparison(analyze_text):
    """"for any purpose that the Board has not approved by ordinance" is "unless the Board approves";
    "may make a one-time comparison" is the conduct a light verb makes; "may go forward only where an
    Act ... names it" lets the banned purchase through a route."""
    a = analyze_text(
        "Section 2. No employee of the Harbor District shall fly a drone over the marina for any purpose "
        "that the Harbor Commission has not approved by resolution after a public hearing.\n")
    assert categories(a) == ["legislative-authorization"]
    b = analyze_text(
        "1. Library staff shall not run face matching software on footage from library cameras.\n"
        "2. When a child is reported missing inside a branch, the branch manager may make a single "
        "comparison of the child's photograph against that day's footage.\n")
    assert categories(b) == ["missing-persons"]
    c = analyze_text(
        "1. No county agency may buy or lease voice recognition software.\n"
        "2. A purchase barred by paragraph 1 may go ahead only where a later Act of the General Assembly "
        "names the product and its purpose.\n")
    assert categories(c) == ["legislative-authorization"]


def test_giving_permission_being_left_out_and_asking_others_to_do_these_things(analyze_text):
    """"can give written permission for" grants a route; "are left out of this chapter" takes an actor
    out; "ask anyone else to do any of these things" bans by pointing back at the acts banned before;
    "an employee who breaks this chapter can be suspended" is a sanction, not a suspended ban."""
    a = analyze_text(
        "1-1. You may not use or buy gait recognition software.\n"
        "1-2. You may not ask any other agency or a company to do any of these things for the County.\n"
        "1-3. The County Administrator can give written permission for one department to test gait "
        "recognition software for up to 30 days.\n"
        "1-4. The County Library and its staff are left out of this chapter.\n"
        "1-5. An employee who breaks this chapter can be suspended.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1-1", "1-2"]
    assert categories(a) == ["actor-carve-out", "administrative-approval"]
    assert {f.location.citation for f in a.exemptions} == {"1-3", "1-4"}


def test_a_schedule_after_the_last_part_and_the_purposes_a_route_cites_from_it(analyze_text):
    """A schedule after "PART 4" stands beside the body, not inside Part 4; "under an order ... for a
    purpose set out in the Schedule" lets each row through besides the order itself."""
    a = analyze_text(
        "PART 2 - RESTRICTIONS\n\n3. Voice recognition\nA public body must not use a voice recognition system.\n\n"
        "PART 3 - ORDERS\n\n4. Orders\nDespite section 3, a public body may use a voice recognition system under an "
        "order of a Magistrate\nfor a purpose set out in the Schedule.\n\n"
        "PART 4 - OFFENCES\n\n5. Offence\nA public officer who contravenes section 3 commits an offence.\n\n"
        "SCHEDULE\n(section 4)\n\nItem   Purpose\n1      Finding a person reported missing\n"
        "2      Investigating an offence punishable by imprisonment for 7 years or more\n")
    assert categories(a) == ["criminal-investigation", "missing-persons", "warrant"]
    assert {f.location.citation for f in a.exemptions} == {"4", "Schedule(1)", "Schedule(2)"}


def test_a_definitions_list_after_an_exclusion_list_and_an_officials_permit(analyze_text):
    """A line that opens with a quoted term after "(ii) ...;" starts the next definition, so the
    exclusion item before it stays an exclusion; "may issue a permit authorising" is an official's
    case-by-case approval; "during a declared state of disaster" is an emergency; "a court must
    exclude it" after a breach is a remedy."""
    a = analyze_text(
        "1. In this Act—\n"
        "\"drone surveillance\" means the use of a remotely piloted aircraft to observe persons, but does not "
        "include—\n"
        "(i) the inspection of power lines by a licensed utility; or\n"
        "(ii) software that pixelates the faces of persons in footage before the footage is published;\n"
        "\"Minister\" means the provincial Minister responsible for transport.\n"
        "2. (1) No department may use drone surveillance.\n"
        "(2) The Minister may, on the written application of a department, issue a permit authorising drone "
        "surveillance of a named bridge for a period not exceeding 30 days.\n"
        "(3) A department may use drone surveillance during a national or provincial state of disaster "
        "declared under the Disaster Management Act.\n"
        "3. Footage obtained in contravention of this Act is inadmissible, and a court must exclude it.\n")
    assert categories(a) == ["administrative-approval", "imminent-threat", "other", "redaction"]


def test_a_relative_clause_in_the_perfect_and_items_that_finish_a_lead_in(analyze_text):
    """"Information that a person has posted ... may be viewed": the perfect closes the relative clause,
    so the permission is the main clause; "to find a person who is: (A) ...; or (B) ..." is one
    purpose whose items describe it; "a biometric means of access" is a noun, not a definition."""
    a = analyze_text(
        "(a) A county agency shall not obtain or use location information.\n"
        "(b) Location information that a person has posted on a public social media page may be read by a "
        "county agency without a warrant.\n"
        "(c) A county agency may obtain location information to find a person who is:\n"
        "(1) under 16 years of age; or\n"
        "(2) a vulnerable adult reported missing.\n"
        "(d) A county agency may verify the identity of an employee who has chosen to use a biometric means of "
        "entry to its data center.\n")
    assert categories(a) == ["access-control", "missing-persons", "public-communications"]


def test_leaving_things_alone_or_free_and_anything_done_by_the_armed_forces(analyze_text):
    """"leaves the Port Authority untouched" takes an actor out; "leaves the City free to send ..."
    permits; "does not affect anything done by a member of the armed forces" leaves those acts alone;
    "may grant leave in writing" grants a route, while "comments residents leave" grant nothing."""
    a = analyze_text(
        "1. No City department shall operate a license plate reader.\n"
        "2. This Ordinance leaves the Port Authority untouched.\n"
        "3. Section 1 leaves the City free to read plates of vehicles named in an active AMBER Alert.\n"
        "4. Section 1 does not affect anything done by a member of the armed forces in the performance of "
        "defence duties.\n"
        "5. The Chief may grant leave in writing for one trial of a plate reader at the impound lot.\n")
    assert categories(a) == ["actor-carve-out", "administrative-approval", "missing-persons", "national-security"]


def test_a_condition_then_that_and_lower_case_items_numbered_under_a_section(analyze_text):
    """", that incidental capture is no violation": "that" opens the main clause after a condition;
    "3.2.2.1 to locate ..." under "3.2.2 ... may be queried only:" is an item of it, though it opens
    in lower case."""
    a = analyze_text(
        "(a) The Department shall not run license plate recognition on its traffic camera images.\n"
        "(b) Where a plate happens to be legible in an image taken for congestion monitoring, that incidental "
        "capture is no violation of subsection (a).\n")
    assert categories(a) == ["inadvertent-receipt"]
    b = analyze_text(
        "3.2.1 Members shall not query ALPR data for any purpose other than those listed in 3.2.2.\n"
        "3.2.2 ALPR data may be queried only:\n"
        "3.2.2.1 to locate a vehicle associated with the subject of an AMBER Alert;\n"
        "3.2.2.2 to investigate a felony identified by case number; or\n"
        "3.2.2.3 to enforce posted parking time limits downtown.\n")
    assert {f.location.citation for f in b.exemptions} == {"3.2.2.1", "3.2.2.2", "3.2.2.3"}


def test_a_breach_of_another_rule_does_not_make_a_clause_a_sanction(analyze_text):
    """"removing posts that violate the City's comment policy" names a breach of another rule, not of
    this law: the clause still leaves the page's administration alone."""
    a = analyze_text(
        "Section 1. The City shall not use software to monitor the social media accounts of its employees.\n"
        "Section 2. Section 1 does not limit the City's administration of its own official social media "
        "pages, including removing posts that violate the City's published comment policy.\n")
    assert categories(a) == ["public-communications"]


def test_degree_sign_items_and_an_ordinal_article_are_provisions(analyze_text):
    """Continental drafting in translation: "Article 1er", items "1°", "2°" under a derogation."""
    a = analyze_text(
        "Article 1er\n\nThis order governs the municipal police.\n\n"
        "Article 2\n\nIt is forbidden for the municipal police to field a cell-site simulator.\n\n"
        "Article 3\n\nBy derogation from Article 2, a cell-site simulator may be fielded:\n\n"
        "1° to find a child whose disappearance has been reported;\n\n"
        "2° on the written authorisation of the investigating judge.\n")
    assert [f.location.citation for f in a.prohibitions] == ["Art. 2"]
    assert cited_categories(a) == [
        ("Art. 3(1)", "missing-persons"), ("Art. 3(2)", "warrant")]


def test_a_body_named_by_a_word_that_can_also_name_a_tool_is_an_actor(analyze_text):
    """"service" heads a tool ("a facial recognition service") or a body ("the prison services");
    with no technology word on it, it is the body."""
    a = analyze_text(
        "Article 4. The public authorities shall not operate a facial recognition service.\n"
        "Article 5. This Regulation is not applicable to the prison services while they guard detainees.\n")
    assert categories(a) == ["actor-carve-out"]


def test_a_ban_made_subject_to_a_list_has_each_item_as_an_exemption(analyze_text):
    a = analyze_text(
        "Sec. 3. No office of the Municipality shall use a drone over a residential area.\n"
        "Sec. 4. Exceptions. - The prohibition in Sec. 3 shall be subject to the following:\n"
        "(a) a drone may be used over a residential area to search for a person reported lost; and\n"
        "(b) the Fire Office may fly a drone over a burning building while the fire is being fought.\n")
    assert [f.location.citation for f in a.exemptions] == ["4(a)", "4(b)"]


def test_conduct_declared_no_breach_is_an_exemption(analyze_text):
    a = analyze_text(
        "(1) A state agency shall not collect the location of a mobile device without a warrant.\n"
        "(2) Location data that reaches an agency unasked, in a bulk file sent for another purpose, is not "
        "collected in breach of subsection (1) if the agency deletes it within a week.\n")
    assert "inadvertent-receipt" in categories(a)


def test_an_items_title_is_not_the_exemption_it_names(analyze_text):
    """"4.2 Statutory duties. Staff may ...": the sentence after the title is the item; its topics decide."""
    a = analyze_text(
        "3.1 Staff shall not use voice recognition software on calls to the helpline.\n"
        "4. ALLOWED USES\n"
        "The following uses are allowed under this procedure.\n"
        "4.1 Fraud. Staff may run voice recognition on a call in the investigation of a fraud against the Fund.\n"
        "4.2 Statutory duties. Staff may take an action otherwise barred by 3.1 where it is required to "
        "comply with a subpoena or a federal statute.\n")
    found = cited_categories(a)
    assert found == [("4.1", "criminal-investigation"), ("4.2", "legal-compliance")]
    assert all(not f.quote.startswith(("Fraud", "Statutory")) for f in a.exemptions)


def test_a_body_left_to_another_regime_is_carved_out(analyze_text):
    a = analyze_text(
        "1. No city department shall use a license plate reader.\n"
        "2. The Harbor District, which the Port Board runs under the Charter, is governed by the Board's "
        "own security rules.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text(
        "1. No city department shall use a license plate reader.\n"
        "2. The Harbor District is governed by this chapter.\n")
    assert categories(b) == []


def test_an_official_who_grants_a_request_approves_the_use(analyze_text):
    a = analyze_text(
        "1. The Records Office shall not release body camera footage processed by face recognition.\n"
        "2. The Records Officer may grant, in exceptional cases, a written request from a court clerk for "
        "such footage, and shall log each grant.\n")
    assert categories(a) == ["administrative-approval"]


def test_ordering_the_use_permits_it_ordering_a_remedy_does_not(analyze_text):
    a = analyze_text(
        "Section 1. The Sheriff shall not operate a drone over a public assembly.\n"
        "Section 2. If a building collapses and lives are at risk, the Sheriff may order the deployment of a "
        "drone over the site for up to twelve hours.\n"
        "Section 3. A court may order the removal of any drone equipment bought in violation of Section 1.\n")
    assert categories(a) == ["imminent-threat"]


def test_it_after_a_sentence_about_the_law_is_the_law(analyze_text):
    a = analyze_text(
        "(a) A school district shall not collect a student's fingerprints.\n"
        "(b) This section concerns collection by the district. A cafeteria terminal that reads a "
        "fingerprint stored only on the student's own card is outside it.\n")
    assert len(a.exemptions) == 1


def test_a_crime_in_a_list_under_investigation_is_no_missing_person(analyze_text):
    a = analyze_text(
        "1. The Campus Police shall not obtain, retain or use face recognition or its results.\n"
        "2. A detective may ask the State Patrol to run a face search in the investigation of an arson, "
        "a kidnapping or a carjacking on campus.\n"
        "3. If another agency on its own initiative sends the Campus Police a face recognition match, the "
        "Campus Police may keep it in the file.\n")
    assert categories(a) == ["criminal-investigation", "inadvertent-receipt"]


def test_what_an_official_permits_is_not_what_it_is_for(analyze_text):
    """"the Registrar may permit a fingerprint door lock": the lock is the thing permitted; its words
    ("door", "entry") do not make the official's approval an access-control exemption."""
    a = analyze_text(
        "1. The College shall not install a fingerprint reader in any residence hall.\n"
        "2. If the residents of a hall vote for it, the Registrar may permit a fingerprint door lock at that "
        "hall for one academic year.\n")
    assert categories(a) == ["administrative-approval"]
    b = analyze_text(
        "1. The College shall not install a fingerprint reader in any residence hall.\n"
        "2. A sheriff may, on the application of the College, grant a warrant authorising a fingerprint "
        "reader at a hall for an investigation.\n")
    assert categories(b) == ["warrant"]


def test_a_hyphenated_owner_modifies_the_device_it_names(analyze_text):
    a = analyze_text(
        "1. No County official shall use any face recognition technology.\n"
        "2. A County-owned tablet that its user unlocks with a face scan is not face recognition technology "
        "for the purposes of this ordinance.\n")
    assert categories(a) == ["personal-device"]


def test_a_decree_that_requires_the_use_is_legal_compliance(analyze_text):
    a = analyze_text(
        "(a) A sheriff's office shall not use software that forecasts where crimes will occur.\n"
        "(b) An office bound by a settlement that requires it to run a particular analysis program may run "
        "that program for as long as the settlement requires.\n")
    assert categories(a) == ["legal-compliance"]


def test_a_letter_glued_to_its_first_item_opens_both(analyze_text):
    """Louisiana style: "B.(1) No agency shall ..." is Subsection B and its Paragraph (1)."""
    a = analyze_text(
        "§12. Tracking devices\n"
        "A. As used in this Section, \"tracking device\" means a device that reports the location of a vehicle.\n"
        "B.(1) No sheriff shall attach a tracking device to a vehicle.\n"
        "(2) The provisions of Paragraph (1) of this Subsection shall not prohibit the use of a tracking device:\n"
        "(a) When the owner of the vehicle has consented in writing.\n"
        "(b) When exigent circumstances exist in which a deputy reasonably believes that a life is at risk.\n"
        "C. The provisions of this Section shall not apply to the division of wildlife enforcement when "
        "tracking a vehicle on state land.\n")
    assert [f.location.citation for f in a.prohibitions] == ["12(B)(1)"]
    assert sorted(f.location.citation for f in a.exemptions) == ["12(B)(2)(a)", "12(B)(2)(b)", "12(C)"]
    assert "actor-carve-out" in categories(a)


def test_an_emergency_item_with_a_later_duty_is_still_a_way_through(analyze_text):
    a = analyze_text(
        "4. A county agency may obtain location data without a warrant in any of the following circumstances:\n"
        "(1) When an emergency involving danger of death to a person requires obtaining the data at once. In "
        "such a case, the agency shall seek a warrant within two days.\n"
        "(2) With the written consent of the owner of the device.\n"
        "5. No county agency shall obtain location data in any other case.\n")
    assert "imminent-threat" in categories(a)


def test_purposes_in_a_quoted_schedule_part_are_each_a_way_through(analyze_text):
    a = analyze_text(
        "3.1 The Township shall not operate a licence plate reader other than for a purpose set out in Part I "
        "of Schedule 'B' to this By-law.\n"
        "3.2 No employee shall fly a drone except for a purpose set out in Part II of Schedule 'B'.\n"
        "SCHEDULE 'B' TO BY-LAW 2027-12\n"
        "Part I - Plate readers\n"
        "1. Enforcing the Township's parking by-laws in its lots.\n"
        "2. Locating a vehicle named in an AMBER Alert.\n"
        "Part II - Drones\n"
        "1. Inspecting culverts and bridges.\n")
    cites = sorted(f.location.citation for f in a.exemptions)
    assert cites == ["Schedule B, Part I(1)", "Schedule B, Part I(2)", "Schedule B, Part II(1)"]
    assert "missing-persons" in categories(a)


def test_a_law_that_has_no_application_or_covers_nothing_leaves_it_out(analyze_text):
    a = analyze_text(
        "(a) A landlord shall not collect a tenant's faceprint.\n"
        "(b) This section has no application to a faceprint that stays on the tenant's own phone and "
        "unlocks only that phone.\n")
    assert categories(a) == ["personal-device"]
    b = analyze_text(
        "1. \"Drone surveillance\" means the use of a drone to watch a person. The term covers no flight "
        "made to inspect a bridge or a culvert.\n"
        "2. No county department shall engage in drone surveillance.\n")
    assert len(b.exemptions) == 1
    c = analyze_text(
        "1. No county department shall buy a drone. The ban covers no-cost offers from vendors.\n")
    assert categories(c) == []


def test_a_plural_law_that_applies_to_actors_except_some_leaves_them_out(analyze_text):
    a = analyze_text(
        "1. These rules apply to every department of the Borough, except the Harbour Board.\n"
        "2. No department shall use gait recognition on footage of a public street.\n")
    assert [f.location.citation for f in a.exemptions] == ["1"]
    b = analyze_text(
        "Explanatory note. These regulations prohibit the council from using gait recognition.\n"
        "1. The council shall not use gait recognition on footage of a public street.\n")
    assert len(b.prohibitions) == 1  # the note restates the ban; it makes none


def test_a_person_not_held_to_have_breached_the_law_is_let_through(analyze_text):
    a = analyze_text(
        "1. No warden shall obtain plate-reader data from a private car park operator.\n"
        "2. A warden to whom such data is sent without being asked for it shall not be held to have "
        "breached paragraph 1, if the warden deletes it within a day.\n"
        "3. Plate-reader data shall not be held for longer than 30 days.\n")
    assert [f.location.citation for f in a.exemptions] == ["2"]
    assert len(a.prohibitions) == 2  # "held for longer than": retention, not construing


def test_a_sufficient_answer_to_a_charge_is_a_defence_but_an_answered_request_is_not(analyze_text):
    a = analyze_text(
        "1. No person shall fly a drone fitted with a camera over a school playground.\n"
        "2. It is a good answer to a prosecution under byelaw 1 that the flight was made to look for a lost "
        "child.\n")
    assert categories(a) == ["missing-persons"]
    b = analyze_text(
        "1. No person shall fly a drone fitted with a camera over a school playground.\n"
        "2. The Clerk shall list each complaint about flights, including flights to find lost children, and "
        "say how each complaint was answered.\n")
    assert categories(b) == []


def test_an_offence_committed_if_the_officer_does_the_act_is_a_ban(analyze_text):
    a = analyze_text(
        "12-4. (a) A deputy commits a petty offense if the deputy attaches a GPS tracking device to a vehicle "
        "without the owner's knowledge.\n"
        "(b) It is a defense to prosecution under this section that the deputy acted under a search warrant.\n")
    assert len(a.prohibitions) == 1
    assert categories(a) == ["warrant"]
    b = analyze_text(
        "1. No deputy shall attach a GPS tracking device to a vehicle.\n"
        "2. A deputy commits a petty offense if the deputy contravenes section 1.\n")
    assert [f.location.citation for f in b.prohibitions] == ["1"]  # the second names a breach: a penalty


def test_a_yes_to_a_may_question_grants_it_on_its_terms(analyze_text):
    text = (
        "1. Officers shall not use automated licence plate readers.\n\n"
        "Q: Can an officer check a plate against the stolen vehicle list?\n"
        "A: Yes, but only to recover a vehicle reported stolen, and only with a sergeant's approval.\n\n"
        "Q: May an officer keep plate reads for a week?\n"
        "A: No. Reads are deleted at the end of each shift.\n")
    a = analyze_text(text)
    assert [f.location.citation for f in a.exemptions] == ["Q1"]


def test_an_abbreviation_defined_after_a_capitalised_name_is_the_technology(analyze_text):
    a = analyze_text(
        "Automated License Plate Reader Systems (ALPRS): cameras that read and store vehicle plates.\n"
        "1. Deputies shall not use ALPRS on private roads.\n"
        "2. This SOP does not extend to ALPRS used to collect tolls.\n")
    assert len(a.prohibitions) == 1
    assert len(a.exemptions) == 1


def test_but_not_before_a_noun_phrase_carves_it_out_of_a_definition(analyze_text):
    a = analyze_text(
        "1. \"Agency\" means any department, board or commission of the Town, but not the Town Library.\n"
        "2. No agency shall acquire a drone.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text(
        "1. \"Agency\" means any department of the Town, including but not limited to the Town Library.\n"
        "2. No agency shall acquire a drone.\n")
    assert categories(b) == []


def test_nor_and_in_no_case_invert_and_negate(analyze_text):
    a = analyze_text(
        "(1) \"Gait recognition\" means identifying a person by the way the person walks. It does not include "
        "a step counter on a staff member's own phone. Nor does it include the checking of an employee's "
        "identity at the door of a secure records room.\n"
        "(2) The Agency shall not use gait recognition.\n"
        "(3) In no case shall the Agency use gait recognition on a person taking part in a demonstration.\n")
    assert sorted(categories(a)) == ["access-control", "personal-device"]
    assert len(a.prohibitions) == 2


def test_an_actor_acting_under_a_warrant_is_the_warrant_route_with_its_machinery(analyze_text):
    a = analyze_text(
        "6. No person shall obtain location data from a vehicle's navigation system.\n"
        "7. Section 6 does not apply to—\n"
        "(a) a constable acting under a warrant issued under section 8; or\n"
        "(b) the owner of the vehicle.\n"
        "8. (1) A magistrate may issue a warrant under this section authorising a constable to obtain such data "
        "if satisfied that it is needed to investigate an indictable offence.\n")
    warrants = [f for f in a.exemptions if f.category == "warrant"]
    assert [f.location.citation for f in warrants] == ["7(a)"]  # section 8 is the same route's machinery


def test_new_sec_headings_and_a_permission_of_the_conduct_a_subsection_bans(analyze_text):
    a = analyze_text(
        "New Sec. 1. This act shall be known as the drone privacy act.\n"
        "New Sec. 2. (a) No state agency shall use an unmanned aircraft to record a person on private land.\n"
        "(b) A state agency may engage in conduct described in subsection (a):\n"
        "(1) with the written consent of the landowner; or\n"
        "(2) to search for a person reported missing.\n")
    assert [(f.location.citation, f.category) for f in a.exemptions] == [
        ("2(b)(1)", "other"), ("2(b)(2)", "missing-persons")]


# One law, the categories of its exemptions, and its one ban: drafting shapes each read by one mechanism.
ONE_BAN_SHAPES = [
    pytest.param(  # an official's authorisation whose conditions are an emergency: the emergency is what it is for
        "4. The Service must not use live voice recognition in a public place.\n"
        "5. (1) A superintendent may authorise live voice recognition for up to 12 hours if satisfied that—\n"
        "(a) there is a risk to the safety of the public that cannot wait; and\n"
        "(b) the use is needed to find the person who poses it.\n",
        ["imminent-threat"], id="urgent-conditions-of-an-authorisation"),
    pytest.param(  # the grade of an offence a warrant serves is no sanction: the permission is no remedy
        "(a) A county agency shall not fly a drone to watch a person.\n"
        "(b) A county agency may fly a drone under a warrant issued by a judge on probable cause that the "
        "flight will uncover evidence of a felony or a misdemeanor.\n",
        ["warrant"], id="offence-grade-is-no-sanction"),
    pytest.param(  # a heading run into its text by two hyphens ("HEADING.--Text") stands apart from the subject
        "(a) IN GENERAL.--No county office may run voice recognition on calls to its help line.\n"
        "(b) ACCESSIBILITY.--This section does not prevent a caller from choosing to verify his or her identity "
        "by voice.\n",
        ["personal-device"], id="heading-double-hyphen"),
    pytest.param(  # a subordinator before a participle opens no clause: the modal after it is the main verb
        "(1) A sheriff's office shall not operate a cell-site simulator.\n"
        "(2) When pursuing a person suspected of a violent felony the sheriff may operate a cell-site simulator "
        "for up to 48 hours.\n",
        ["criminal-investigation"], id="reduced-clause-before-permission"),
    pytest.param(  # watching social media named by verbs in a series is the technology the ban is about
        "1. No school district shall monitor, collect or analyze the social media activity of a pupil.\n"
        "2. A district may review a post that a pupil or parent submits to it when reporting bullying.\n",
        ["other"], id="social-media-verbs-in-series"),
    pytest.param(  # a court's powers listed after a breach ("... in contravention of this Act may sue, and the
        # court may— (a) award damages") are remedies, not permitted acts
        "7. No public body shall monitor the social media accounts of a school pupil.\n"
        "8. A pupil whose social media posts were monitored in contravention of section 7 may apply to the "
        "District Court, and the court may—\n(a) award damages;\n(b) order the records deleted; or\n"
        "(c) grant an injunction.\n"
        "9. The Minister may permit monitoring to search for a missing child.\n",
        ["missing-persons"], id="court-powers-after-a-breach"),
    pytest.param(  # "license plate" is a compound, not a route noun: the passive ban on the readers holds
        "(1) Licence plate readers shall not be fitted to, or run from, any town vehicle.\n"
        "(2) The town engineer may waive subsection (1) for one named parking patrol vehicle.\n",
        ["administrative-approval"], id="licence-plate-is-no-route"),
    pytest.param(  # "may require staff to give a palm scan" is permitted; "to cease the violation" is not
        "Section 1. No county office shall collect the palm prints or iris images of any person.\n"
        "Section 2. The Warden may require prison staff to give a palm scan to pass through the secure doors "
        "of the armoury.\n"
        "Section 3. The county board may order an office to cease a violation and to delete any palm print "
        "it holds.\n",
        ["access-control"], id="may-require-staff-to-give-a-scan"),
    pytest.param(  # "may do anything which would otherwise contravene paragraph (1)" permits the banned conduct
        "Article 4. (1) A States department shall not fly a drone over a private garden.\n"
        "(2) A States department may do anything which would otherwise contravene paragraph (1) -\n"
        "(a) to look for a person reported missing at sea, or\n"
        "(b) under a warrant granted by the Bailiff.\n",
        ["missing-persons", "warrant"], id="do-what-would-otherwise-contravene"),
    pytest.param(  # "makes unlawful" is a verb of lawfulness; a "subchapter" is the law's own unit
        "§ 10. No state agency shall use a voiceprint system.\n"
        "§ 11. This subchapter does not restrict the National Guard on a federal defense mission.\n"
        "§ 12. Nothing in this Act makes unlawful anything done by an agency to comply with an order of a "
        "court.\n",
        ["legal-compliance", "national-security"], id="makes-unlawful-and-subchapter"),
    pytest.param(  # "may be required to present a fingerprint": the requiring is permitted
        "1. No county office shall collect a fingerprint or palm print from a member of the public.\n"
        "2. Contractors may be required to present a palm print at the door of the records vault.\n",
        ["access-control"], id="may-be-required-to-present"),
    pytest.param(  # a plural ban placed in its unit ("The restrictions in this Part apply") is finite
        "Part 2. A county body shall not buy location data from a broker.\n"
        "Part 3. The restrictions in this Part apply unless a statute enacted after this Act names this Part "
        "and provides otherwise.\n",
        ["legislative-authorization"], id="plural-ban-applies-unless"),
    pytest.param(  # "this Decision" is the law; "operations under a policy" are conduct, not a law's effect
        "Article 2. Member State authorities shall not deploy remote biometric identification at joint "
        "border operations.\n"
        "Article 7. This Decision does not cover naval operations under the common defence policy.\n",
        ["national-security"], id="this-decision-does-not-cover"),
    pytest.param(  # "an act required for ..." is a deed, not another Act; "defence of the State" is national security
        "2. A ministry shall not record any person's gait for identification.\n"
        "3. The provisions of section 2 shall not prevent an act required for the defence of the Republic, "
        "on the written certificate of the Minister.\n",
        ["national-security"], id="an-act-required-for-defence"),
    pytest.param(  # an official who may grant "leave to" do the banned thing opens a route
        "2. (1) No ministry may employ a voiceprint system.\n"
        "(2) The Permanent Secretary may grant a ministry leave to employ a voiceprint system for one year.\n",
        ["administrative-approval"], id="grant-leave-to-do-it"),
    pytest.param(  # the permitted noun names the act the ban names: "a flight" under a ban on flying
        "Sec. 3-1. No parks employee shall fly a drone over a playground.\n"
        "Sec. 3-2. The parks director may issue a permit for a single flight to survey storm damage.\n",
        ["administrative-approval"], id="permit-for-a-single-flight"),
    pytest.param(  # a route word between "may" and its verb is no cut: the permission leads its items
        "4. (1) No council may fly a drone over a dwelling.\n"
        "(2) A council may, without a magistrate's order, fly a drone for the following purposes only -\n"
        "(a) to look for a child who has gone missing;\n"
        "(b) to respond to a flood or other disaster declared by the Minister; or\n"
        "(c) to photograph the scene of a crime once the police have secured it.\n",
        ["criminal-investigation", "imminent-threat", "missing-persons"], id="may-without-route-parenthetical"),
    pytest.param(  # "may require a carrier to provide" permits the providing
        "Sec. 4. A county agency shall not request location records from a mobile carrier.\n"
        "Sec. 5. The sheriff may, by a notice he signs in person, require a carrier to provide the "
        "location records of one handset to find a child reported missing.\n",
        ["missing-persons"], id="may-require-another-to-do-it"),
    pytest.param(  # an officer who may apply for a warrant licensing the conduct has a route through the ban
        "12. No police officer shall use a tracking device on a vehicle.\n"
        "13. An inspector may apply to a magistrate for a warrant authorising a named officer to use a "
        "tracking device on a vehicle.\n"
        "14. An inspector may apply to a magistrate for an order postponing notice to the owner.\n",
        ["warrant"], id="may-apply-for-a-licensing-warrant"),
    pytest.param(  # "is without prejudice to" conduct leaves it alone; "to Regulation X" names a law
        "Article 3. Public authorities shall not use biometric categorisation systems.\n"
        "Article 4. Article 3 is without prejudice to the use of such systems by the armed forces for "
        "national defence.\n"
        "Article 5. This Regulation is without prejudice to Regulation (EU) 2016/679.\n",
        ["national-security"], id="without-prejudice-to-conduct"),
    pytest.param(  # "only for the following missions" lists doors even when its last two are joined by "and"
        "B. Prohibited uses\n"
        "1. Deputies shall not fly a drone to watch any person.\n"
        "C. Missions\n"
        "1. A drone may be flown only for the following missions:\n"
        "a. Finding a lost hiker;\n"
        "b. Serving a search warrant that allows aerial recording; and\n"
        "c. Filming a county fair for the county's website, provided that no face is kept.\n",
        ["missing-persons", "public-communications", "warrant"], id="only-for-the-following-missions"),
    pytest.param(  # "any other deployment requires approval": a route, though an adjective stands before the noun
        "5.1 Officers shall not deploy a camera drone over a demonstration.\n"
        "5.2 Any other deployment requires the written approval of the Chief Constable.\n",
        ["administrative-approval"], id="any-other-deployment-requires"),
    pytest.param(  # an approval among a permission's conditions is one of its terms
        "21 Offence\n(1) A public servant must not use a face matching system in a public place.\n"
        "22 Matching by police\n(1) A constable may match an image of an unknown person against police "
        "images if—\n(a) the matching is for the investigation of a serious offence; and\n"
        "(b) the matching is approved by a sergeant.\n",
        ["criminal-investigation"], id="approval-among-a-permissions-terms"),
    pytest.param(  # sections printed after a code's initials are provisions; a restriction leading a list
        # of purposes under a "Permitted uses" heading is the ban, each purpose a door
        "KRS 61.990 Definitions.\n(1) \"Reader\" means an automated licence plate reader.\n\n"
        "KRS 61.991 Permitted uses.\n(1) A sheriff may operate a reader only for the following purposes:\n"
        "(a) locating a stolen car; or\n(b) finding a person reported missing.\n\n"
        "KRS 61.992 Federal grants.\n(1) A sheriff may operate a reader to the extent that a federal "
        "statute requires it.\n",
        ["criminal-investigation", "legal-compliance", "missing-persons"], id="code-initials-and-permitted-uses"),
    pytest.param(  # what the policy "otherwise forbids" points at the ban; "to protect life" is an emergency
        "3.1 No campus department shall fly a drone over a residence hall.\n"
        "3.2 Campus police may fly a drone over a residence hall to protect life during a fire.\n"
        "3.3 Where a subpoena requires a department to disclose drone footage in a manner this policy "
        "otherwise forbids, the department may do so to the extent the subpoena requires.\n",
        ["imminent-threat", "legal-compliance"], id="otherwise-forbids"),
    pytest.param(  # a list restarting at "(a)" after a definition's "does not include -" is that list
        "2. In this Act -\n"
        "\"public body\" means -\n"
        "(a) a ministry of the Government;\n"
        "(b) a local authority;\n"
        "\"tracking\" means the monitoring of the location of a person, but does not include -\n"
        "(a) the mapping of roads or crops where no person is observed; or\n"
        "(b) the search for a person reported missing.\n"
        "3. A public body shall not engage in tracking by means of a drone.\n",
        ["missing-persons", "other"], id="restarted-list-under-lead-in"),
    pytest.param(  # "by other reasonable means" defines nothing; a use "described in subsection 1" is regulated
        "Sec. 5. 1. A police agency may not use face recognition except as provided in this section.\n"
        "2. A police agency may use face recognition with a warrant issued by a judge.\n"
        "3. In an emergency that threatens a life, a police agency may conduct a comparison described in "
        "subsection 2 without a warrant.\n"
        "4. A police agency may use face recognition to identify a dead person whose identity cannot be "
        "found by other reasonable means.\n",
        ["imminent-threat", "other", "warrant"], id="other-reasonable-means"),
    pytest.param(  # under "may:" with its verbs in the items, each item is a permitted act, even joined by "and"
        "4.1 Members shall not monitor social media or create undercover accounts.\n"
        "4.2 Notwithstanding section 4.1, members may:\n"
        "a. read and answer messages sent to the Office's own social media pages; and\n"
        "b. view public posts of a named suspect in an open criminal investigation, recording the case "
        "number.\n",
        ["criminal-investigation", "public-communications"], id="may-colon-and"),
    pytest.param(  # a judge who may order that the banned thing be done opens the way
        "5. (1) The Transport Department must not keep number plate data for more than 30 days.\n"
        "(2) However, a district judge may order that the data of one vehicle be kept for up to a year, "
        "if satisfied that the data are needed to investigate a particular offence.\n",
        ["warrant"], id="order-that-it-be-kept"),
    pytest.param(  # a section named as the subject is no label; "restrains" is a present-tense operator
        "Sec. 8-1. Ban. No city department shall use a drone.\n"
        "Sec. 8-2. Fire. Sec. 8-1 shall not apply to a drone flown by the fire department over a burning "
        "building.\n"
        "Sec. 8-3. Guard. Nothing in Sec. 8-1 restrains the National Guard while it serves on a federal "
        "military mission.\n",
        ["national-security", "other"], id="section-subject-restrains"),
    pytest.param(  # "before a warrant can be obtained" is the urgency that cannot wait, not a warrant route
        "(1) A county agency may not operate a drone over private property.\n"
        "(2) A deputy who reasonably believes that a fire endangers the lives of residents before a "
        "warrant could be obtained may operate a drone over the property for up to six hours.\n",
        ["imminent-threat"], id="before-warrant-obtained"),
    pytest.param(  # what the warrant may allow, in a sentence of its own, is a term of the warrant route
        "Sec. 4. (1) No sheriff's deputy may attach a GPS tracking device to a vehicle unless a circuit "
        "judge has issued a warrant for it.\n"
        "(2) A warrant under this section may authorize tracking for no more than 45 days.\n",
        ["warrant"], id="warrants-terms"),
    pytest.param(  # a right to compensation is a remedy, not a permission; "do the same" is the same exemption
        "Section 5. The Water Board shall not monitor social media accounts of its customers.\n"
        "Section 6. The Board's press office may read and answer messages sent to the Board's own social "
        "media accounts. The Board's customer service team may do the same for its help-desk account.\n"
        "Section 7. A customer who suffers loss because of a breach of Section 5 is entitled to claim "
        "compensation from the Board before the District Court.\n",
        ["public-communications"], id="remedy-do-the-same"),
    pytest.param(  # "save" set off by a comma before a body is an exception; to fit a reader is to install it
        "3. (1) Every office of the Council is forbidden to fit or use number plate readers, save the "
        "Harbour Board, which may keep the readers already mounted at its gates.\n"
        "(2) A school may fit a fingerprint reader on the door of its pharmacy store, enrolled with the "
        "prints of the staff who hold its keys.\n",
        ["access-control", "actor-carve-out"], id="save-the-board-fit"),
    pytest.param(  # "prohibited from using" bans use, so a derogating "may use ... only in these cases" excepts it
        "Article 3\nA public body is prohibited from using live facial recognition in a public space.\n"
        "Article 4\nNotwithstanding Article 3, the National Police may use live facial recognition in a "
        "public space only in the following cases:\n"
        "1° to find a child reported missing;\n"
        "2° to avert an imminent threat to the life of a person.\n",
        ["imminent-threat", "missing-persons"], id="prohibited-from-using"),
    pytest.param(  # to cause a search to be run is to run it; the officer's sign-off is the way through
        "4. (1) A police officer shall not cause a photograph to be compared against the driver licence "
        "database by face recognition software unless a superintendent has approved the comparison in "
        "writing.\n",
        ["administrative-approval"], id="cause-to-be-done"),
    pytest.param(  # what a definition says its term means permits nothing; "by electronic means" defines
        # nothing; a waiver of the law's own paragraph is a way through it
        "1. In this Order, \"public area\" means a hall or yard to which visitors are permitted to have "
        "access, whether or not a fee is paid.\n"
        "2. No Agency shall use facial recognition technology in a public area.\n"
        "3. The blurring of faces by electronic means before footage is released to the press is allowed.\n"
        "4. The Commissioner may issue a written waiver of Paragraph 2 for one event if the Commissioner "
        "finds that the use is essential to the safety of the event.\n",
        ["administrative-approval", "redaction"], id="definiens-means-waiver"),
    pytest.param(  # a second sentence that says why the first is let through is the same exemption
        "7. The Port Police shall not monitor social media.\n"
        "8. A detective may read the public social media posts of the named suspect in an open criminal "
        "investigation, and may keep copies in the case file. Such reading is not social media monitoring.\n",
        ["criminal-investigation"], id="such-reading-is-not"),
    pytest.param(  # a list of the cases a release may go to: one item opening with "where" is one case
        "4.1 The Trust will not hand recordings from its ward cameras to anyone outside the Trust.\n"
        "4.2 The Data Guardian may disclose a recording:\n"
        "(a) to a constable who shows a court order covering that recording;\n"
        "(b) to the family of a patient who has gone missing from a ward, to help find the patient;\n"
        "(c) where a statute obliges the Trust to disclose it.\n",
        ["legal-compliance", "missing-persons", "warrant"], id="cases-not-conditions"),
    pytest.param(  # "is about to commit a felony" describes the suspect, it defines no offence
        "Sec. 4. (1) No county agency may deploy a cell-site simulator.\n"
        "(2) The sheriff may deploy a cell-site simulator only:\n"
        "(a) Pursuant to a warrant issued by a district judge upon a finding of probable cause to believe "
        "that the user of the targeted communications device has committed, is committing, or is about to "
        "commit a felony; or\n"
        "(b) to find a person reported missing who is believed to be in danger of death.\n",
        ["missing-persons", "warrant"], id="suspects-crime-no-ban"),
    pytest.param(  # a judge's power to issue the warrant is itself the route
        "1. No police officer shall install a tracking device on a vehicle.\n"
        "2. A judge of the High Court may issue a warrant authorising the installation of a tracking "
        "device where the vehicle is used by a person suspected of a serious offence.\n",
        ["warrant"], id="judges-power"),
    pytest.param(  # "before a warrant can be obtained" is a term of the emergency route, not a warrant
        "1. A sheriff's office shall not use a cell-site simulator, except that a deputy may use one "
        "where—\n"
        "(a) there is an immediate danger of death or serious bodily injury to a person; and\n"
        "(b) the danger must be met before a warrant authorizing the use could be obtained.\n",
        ["imminent-threat"], id="before-a-warrant"),
    pytest.param(  # each item of a "may ... only:" list is a route, though one opens with "When"
        "12-7 Drone flights.\n"
        "(1) The sheriff may not operate an unmanned aircraft except as this section provides.\n"
        "(2) The sheriff may operate an unmanned aircraft only:\n"
        "(a) To search for a lost hiker or a missing child;\n"
        "(b) Under a search warrant signed by a circuit judge;\n"
        "(c) When the sheriff finds that a fire or flood puts lives in immediate danger; or\n"
        "(d) To photograph the scene of a fatal traffic crash.\n",
        ["imminent-threat", "missing-persons", "other", "warrant"], id="use-only-list"),
    pytest.param(  # a relative clause joined by "but" still describes the actor left out
        "1. No clinic of the Health Service shall use facial recognition on its patients.\n"
        "2. Clinics that are affiliated with the Health Service through a services agreement but are "
        "not owned by it fall outside the scope of this policy.\n",
        ["actor-carve-out"], id="relative-but"),
    pytest.param(  # "The following do not breach": each item is let through, though joined by "and"
        "Rule 3. No library employee shall use face recognition or read patrons' library records "
        "with analytics software.\n"
        "Rule 4. The following do not breach Rule 3:\n"
        "(a) the unlocking of a library-issued laptop by the face of the staff member it is assigned to;\n"
        "(b) the release of security footage in which every face has been blurred; and\n"
        "(c) the reading of messages sent to the library's own social media account.\n",
        ["personal-device", "public-communications", "redaction"], id="following-not-breach"),
    pytest.param(  # an official's approval is the way through, whatever inquiry it serves
        "Section 2. The District shall not use face recognition on footage from its buses.\n"
        "Section 3.\n"
        "(a) Upon written request of the sheriff in connection with the investigation of a specific "
        "homicide, the Executive Director may approve, case by case, a single face recognition search "
        "of bus footage.\n",
        ["administrative-approval"], id="officials-approval"),
    pytest.param(  # a ban that covers neither of two things leaves both out
        "1. The District shall not use voice recognition on calls from the public.\n"
        "2. Paragraph 1 covers neither the dictation software on a staff member's own laptop nor the "
        "voice unlock of a District-issued phone.\n",
        ["personal-device"], id="covers-neither"),
    pytest.param(  # a hyphenated phrase is the phrase
        "1. The Port shall not use gait recognition.\n"
        "2. During a declared active-shooter incident, the Port may use gait recognition for up to six "
        "hours.\n",
        ["imminent-threat"], id="hyphenated-phrase"),
    pytest.param(  # a fronted 'only' inverts subject and modal and restricts the use
        "(1) A county agency shall not use a cell-site simulator.\n"
        "(2) Only with a warrant signed by a district judge may a cell-site simulator be used, and then for no "
        "longer than ten days.\n",
        ["warrant"], id="fronted-only"),
    pytest.param(  # a use that remains authorised is let through
        "Article 1. The analysis of images from street cameras by algorithms that identify persons is "
        "prohibited.\n"
        "Article 2. The blurring of faces in those images before they are published remains permitted.\n",
        ["redaction"], id="remains-authorised"),
    pytest.param(  # 'nothing affects any act done by' leaves that act alone: a deed, not another law
        "4. No public officer shall use a gait recognition system in a public place.\n"
        "12. Nothing in this Law affects any act done by a member of the Defence Intelligence Unit for the "
        "purpose of protecting national security.\n",
        ["national-security"], id="act-done"),
    pytest.param(  # 'that' before a possessor is a determiner, not a relative clause
        "1. Members shall not use social media monitoring tools.\n"
        "2. The Press Officer and that officer's deputy may read public posts that mention the Service in "
        "order to reply to the public.\n",
        ["public-communications"], id="that-possessor"),
    pytest.param(  # handing a recording to the technology uses it
        "(a) No county agency shall acquire or use a voice recognition system.\n"
        "(b) The Sheriff may send a lawfully made recording to a voice recognition system only to find a "
        "person reported missing.\n",
        ["missing-persons"], id="hands-to-technology"),
    pytest.param(  # a holding not deemed to constitute the banned act is let through
        "Article 4 No municipality shall acquire the location information of a mobile terminal.\n"
        "Article 5 Where a municipality comes to hold location information that it did not ask for, that "
        "holding shall not be deemed to amount to acquisition in violation of Article 4, provided that it is "
        "erased at once.\n",
        ["inadvertent-receipt"], id="deemed-to-constitute"),
    pytest.param(  # a proviso that a defined body does not include an actor carves it out
        "Article 2 (1) The term \"public body\" as used in this Act means a ministry, a prefecture and a "
        "municipality; provided, however, that it does not include the Board of Audit.\n"
        "Article 3 No public body shall use face recognition on images of a public road.\n",
        ["actor-carve-out"], id="proviso-actor"),
    pytest.param(  # an identity check at an entrance is access control
        "12. (a) No county hospital shall collect a patient's faceprint.\n"
        "(b) A county hospital may, with a parent's consent, verify a visitor's identity at the neonatal ward's "
        "entrance by comparing the visitor's face with a photograph on file.\n",
        ["access-control"], id="identity-at-entrance"),
    pytest.param(  # a negator before a phrase of the verb group negates it ("may in no case be submitted")
        "Art. 7. Recordings of the municipal reception desk may in no case be submitted to a gait recognition "
        "system.\n",
        [], id="negator-before-a-phrase"),
    pytest.param(  # a violation said to be a breach of contract bans nothing
        "1. No vendor of the Housing Authority shall install voice recognition in a dwelling unit.\n"
        "2. A violation by a vendor is a material breach of its service agreement.\n",
        [], id="breach-of-contract"),
    pytest.param(  # data the office "neither requested nor sought" is an inadvertent receipt
        "(b) No county office shall obtain or use gait recognition data.\n"
        "(c) A county office's receipt of gait recognition data that the office neither requested nor sought "
        "is no breach of subsection (b), provided that the office reports the receipt to the Board of "
        "Supervisors.\n",
        ["inadvertent-receipt"], id="neither-requested"),
    pytest.param(  # "... is not a facial recognition service": "service" names the technology here, not a body
        "(1) A sheriff's office shall not use a facial recognition service.\n"
        "(2) Software that finds faces in jail video solely to blur them before the video is released is not a "
        "facial recognition service.\n",
        ["redaction"], id="technology-named-service"),
    pytest.param(  # a prison's managed access system blocks contraband phones: no access control
        "(1) \"Cell-site simulator\" means a device that mimics a cell tower. The term does not include a managed "
        "access system operated within the secure perimeter of a county jail solely to block contraband phones.\n"
        "(2) No county agency shall use a cell-site simulator.\n",
        ["other"], id="managed-access-system"),
    pytest.param(  # "the Division" with no number after it is an agency, not a unit of the law
        "Rule 9-2-4 Facial recognition.\n(a) The Division shall not conduct a facial recognition search of the "
        "license photograph database.\n(b) Subsection (a) does not prohibit the Division from conducting a facial "
        "recognition search that a federal statute requires for the issuance of a commercial driver license.\n",
        ["legal-compliance"], id="division-is-an-agency"),
    pytest.param(  # a bill's closing EXPLANATION is a note: it bans and exempts nothing
        "Section 1. NEW SECTION. 80.61 Drones.\n1. A law enforcement agency shall not use an unmanned aerial "
        "vehicle to conduct surveillance.\n\nEXPLANATION\nThe inclusion of this explanation does not constitute "
        "agreement with the explanation's substance by the members of the general assembly.\nThis bill prohibits "
        "a law enforcement agency from using an unmanned aerial vehicle, except with a court order.\n",
        [], id="closing-explanation"),
]


@pytest.mark.parametrize(("text", "expected"), ONE_BAN_SHAPES)
def test_a_drafting_shape_lets_through_what_it_names(analyze_text, text, expected):
    a = analyze_text(text)
    assert categories(a) == expected
    assert len(a.prohibitions) == 1


def test_a_judges_order_and_the_use_under_it_are_one_warrant_route(analyze_text):
    """The use under a judge's order, the officer's application for it and the judge's power to grant
    it are one way through the ban, though no cross-reference joins them; the order's conditions
    narrow that one route."""
    a = analyze_text(
        "6. A constable must not use live facial recognition in a public place.\n"
        "7. Section 6 does not prevent the use of live facial recognition under a deployment order.\n"
        "8. An inspector may apply to a magistrate for a deployment order.\n"
        "9. A magistrate may make a deployment order if satisfied that the use of live facial "
        "recognition is strictly necessary to locate a suspect in an offence punishable by 7 years' "
        "imprisonment.\n"
        "10. Images obtained under a deployment order that are not needed as evidence must be "
        "destroyed within 30 days.\n")
    assert categories(a) == ["warrant"]
    assert a.exemptions[0].location.citation == "7"
    assert "strictly-necessary" in a.exemptions[0].qualifiers


def test_entry_points_and_watching_social_media_accounts(analyze_text):
    a = analyze_text(
        "4.1 The College shall not monitor the personal social-media accounts of its students.\n"
        "4.2 Facial recognition may not be used on campus, except for identity verification at the "
        "entry points of the chemistry stores.\n")
    assert "social-media-monitoring" in a.coverage.technologies
    assert categories(a) == ["access-control"]


def test_the_plural_of_a_word_the_lookup_table_does_not_know_is_still_the_technology(analyze_text):
    a = analyze_text("4. The Port Authority shall not collect faceprints or voiceprints of travellers.\n")
    assert len(a.prohibitions) == 1
    assert {"face-recognition", "voice-recognition"} <= set(a.coverage.technologies)


def test_remaining_in_compliance_on_terms_is_a_way_through_but_not_denied_suppression(analyze_text):
    a = analyze_text(
        "(1) The Bureau shall not obtain voice samples from a data broker.\n"
        "(2) A Bureau that is sent voice samples it never asked for remains in compliance with "
        "paragraph (1) if it deletes them within ten days.\n"
        "(3) A breach of this section shall not of itself render evidence inadmissible.\n")
    assert categories(a) == ["inadvertent-receipt"]
    assert "evidence-suppression" not in a.coverage.enforcement


def test_an_order_after_whereas_binds_and_a_statement_of_what_is_not_the_act_exempts(analyze_text):
    a = analyze_text(
        "ADMINISTRATIVE ORDER 2025-3\n"
        "WHEREAS the Presiding Judge has reviewed the security cameras of the courthouse; it is hereby "
        "ORDERED:\n"
        "1. No bailiff shall collect the face templates of jurors.\n"
        "2. Templates kept only on a juror's own phone, so that the juror can unlock it, are not "
        "collected by a bailiff for the purposes of this order.\n"
        "3. The term face template has no application to a photograph printed on a juror badge.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    # (the badge photograph is read as access control: a badge is an access credential)
    assert [(f.category, f.location.citation) for f in a.exemptions] == [("personal-device", "2"),
                                                                          ("access-control", "3")]


def test_what_was_got_in_breach_of_the_law_being_barred_is_a_remedy_not_a_ban(analyze_text):
    a = analyze_text(
        "7. (1) The Harbour Police shall not fly a drone over a private dwelling.\n"
        "(2) Footage derived from a breach of subsection (1) shall not be relied on in any hearing.\n")
    assert [f.location.citation for f in a.prohibitions] == ["7(1)"]


def test_sections_printed_after_a_codes_initials_are_cited_by_number(analyze_text):
    """"KRS 61.992" over its subsections is a section: a finding in it cites "61.992(1)", not a bare
    "(1)" that could be any section's."""
    a = analyze_text(
        "KRS 61.990 Definitions.\n(1) \"Reader\" means an automated licence plate reader.\n\n"
        "KRS 61.991 Permitted uses.\n(1) A sheriff may operate a reader only for the following purposes:\n"
        "(a) locating a stolen car; or\n(b) finding a person reported missing.\n\n"
        "KRS 61.992 Federal grants.\n(1) A sheriff may operate a reader to the extent that a federal "
        "statute requires it.\n")
    cited = {f.category: f.location.citation for f in a.exemptions}
    assert cited == {"criminal-investigation": "61.991(1)(a)", "missing-persons": "61.991(1)(b)",
                     "legal-compliance": "61.992(1)"}
    assert [p.location.citation for p in a.prohibitions] == ["61.991(1)"]


def test_an_exception_with_its_terms_as_items_is_quoted_from_its_own_words(analyze_text):
    """"does not contravene section 20 merely because ..., if— (a) ...; and (b) ...": the finding quotes
    and cites the sentence that states the exception, through the item that names its topic, not the
    item alone; an approval among a permission's terms is one of them."""
    a = analyze_text(
        "20 Offence\n(1) A council officer must not use a face matching service.\n"
        "31 Information from others\nA council officer does not contravene section 20 merely because the "
        "officer receives a match from another body, if—\n(a) the officer did not ask for the match; and\n"
        "(b) the officer deletes it within a day.\n"
        "32 Matching by police\nA constable may match an image against police images if—\n"
        "(a) the matching is for the investigation of a serious offence; and\n"
        "(b) the matching is approved by a sergeant.\n")
    quotes = {f.category: " ".join(f.quote.split()) for f in a.exemptions}
    assert sorted(quotes) == ["criminal-investigation", "inadvertent-receipt"]
    assert quotes["inadvertent-receipt"].startswith("A council officer does not contravene section 20")
    assert quotes["inadvertent-receipt"].endswith("did not ask for the match; and")
    assert quotes["criminal-investigation"].startswith("A constable may match an image")
    assert {f.location.citation for f in a.exemptions} == {"31", "32"}


def test_a_route_noun_hyphened_to_the_next_word_modifies_it(analyze_text):
    """"licence-plate reading systems": "licence" names no route here, so the ban's act is read."""
    a = analyze_text("1. The town police shall not use licence-plate reading systems to follow a car.\n")
    assert [p.details["acts"] for p in a.prohibitions] == [["use"]]


def test_a_preamble_rules_nothing_and_chapters_are_no_items_of_the_enacting_formula(analyze_text):
    """Recitals before "Parliament ... enacts as follows:—" give reasons ("to confine ... to what is
    lawful" permits nothing), a chapter heading after the formula is no item of a list, and the
    "Data Commissioner" a complaint goes to is a name, not the data the ban reaches."""
    a = analyze_text(
        "ACT\nTo restrict the use of gait recognition by public bodies.\n\n"
        "CONSIDERING that public bodies can now identify persons by the way they walk;\n\n"
        "AND IN ORDER to confine such identification to what is lawful and necessary,\n\n"
        "THE PARLIAMENT of the Republic of Zambara therefore enacts as follows:—\n\n"
        "CHAPTER 1\nPRELIMINARY\nInterpretation\n"
        "1. In this Act \"gait recognition\" means identifying a person from the way the person walks.\n\n"
        "CHAPTER 2\nRESTRICTION\nGait recognition\n"
        "2. (1) No public body may use gait recognition.\n"
        "(2) Subsection (1) does not prevent the Police Service from using gait recognition to find a "
        "person reported missing.\n"
        "3. Any person may lodge a complaint with the Data Commissioner that a public body has "
        "contravened section 2.\n")
    assert categories(a) == ["missing-persons"]
    assert a.exemptions[0].quote.startswith("Subsection (1) does not prevent")


def test_a_lead_in_whose_verbs_are_in_its_items_may_set_off_a_place_first(analyze_text):
    """"no tenant shall, within the Harbour Estate:" leads banned acts as "No tenant shall:" does; the
    month "May" in a memorandum's date line permits nothing."""
    a = analyze_text(
        "HARBOUR ESTATE MEMORANDUM\nSUBJECT: Voice Analytics\nISSUED: May 2, 2026\nTO: All tenants\n\n"
        "4. Prohibited acts. No tenant shall, within the Harbour Estate,—\n"
        "(a) record the voices of visitors for voice recognition; or\n"
        "(b) buy or lease a voice recognition system.\n"
        "5. A tenant may operate a voice recognition system at the request of the Harbour Police to find "
        "a missing child.\n")
    assert [p.location.citation for p in a.prohibitions] == ["4", "4(b)"]  # the first with its lead-in
    assert "acquire" in a.coverage.acts
    assert categories(a) == ["missing-persons"]


def test_a_permission_after_an_elided_ban_and_the_terms_that_follow_it(analyze_text):
    """Under "must not— (a) use ...", a later "may use ... to find a missing person, but only by ..."
    is an exemption (the ban's acts are read from its items); "so far as the power of Parliament
    permits" permits nothing; urgency that leaves "insufficient time to apply for a warrant" is an
    emergency route; data "obtained under subsection (1)" that "may not be used for any other
    purpose ... unless the person consents" is a term of that exemption, not a ban with an exception;
    a relative clause inside "must ensure that" is no route."""
    a = analyze_text(
        "3 Crown bound\nThis Act binds the Crown in right of Tasmania and, so far as the legislative power "
        "of Parliament permits, the Crown in all its other capacities.\n"
        "4 Prohibition\n(1) A State authority must not—\n(a) use gait recognition; or\n"
        "(b) acquire gait recognition, whether by purchase, gift or loan.\n"
        "5 Missing persons\n(1) Tasmania Police may use gait recognition to locate a missing person who is "
        "at risk of harm, but only by comparing recordings held by Tasmania Police.\n"
        "(2) Recordings obtained under subsection (1) may not be used for any other purpose and must be "
        "destroyed within 7 days, unless the person consents to their retention.\n"
        "6 Urgent authorisations\nA commissioned officer may authorise, in writing, the use of gait "
        "recognition if the officer believes on reasonable grounds that there is insufficient time to apply "
        "for a gait recognition warrant.\n"
        "7 Records\nThe Commissioner must ensure that any recording obtained under a warrant that is not "
        "required for a proceeding is destroyed within 90 days.\n")
    assert categories(a) == ["imminent-threat", "missing-persons"]
    assert [p.location.citation for p in a.prohibitions] == ["4(1)", "4(1)(b)"]


def test_a_record_exempt_from_public_inspection_is_kept_from_the_public_not_let_through(analyze_text):
    """An amendment of the public records law in the same bill ("is exempt from public inspection and
    copying under this chapter: (1) ...") keeps records from the public; the ban has no exemption."""
    a = analyze_text(
        "Sec. 1. No state agency may use a cell-site simulator.\n"
        "Sec. 2. The following records are exempt from public inspection and copying under this chapter:\n"
        "(1) records of the acquisition of a cell-site simulator before the effective date of this act;\n"
        "(2) logs of calls made to the agency's tip line.\n"
        "Sec. 3. An agency's annual report is exempt from disclosure until it is filed with the governor.\n")
    assert a.exemptions == []
    assert len(a.prohibitions) == 1


def test_a_directives_preamble_a_code_citation_and_the_origin_of_data(analyze_text):
    """An attorney general's directive gives its reasons before "hereby DIRECT" (the missing persons
    it mentions there are no exemption); "N.J.S.A. 53:1-15" does not end a sentence, so "may submit
    ... under N.J.S.A. 53:1-15 only for the following purposes:" leads its items and is no exemption
    of its own; "images collected ... without the consent of the persons depicted" says which images
    the ban reaches, not a way through it."""
    a = analyze_text(
        "ATTORNEY GENERAL LAW ENFORCEMENT DIRECTIVE NO. 2027-1\n\n"
        "Voice recognition can help investigators find missing persons, but it also carries risks.\n\n"
        "Therefore, I, the Attorney General, hereby DIRECT all law enforcement agencies to comply with the "
        "following.\n\n"
        "1. No agency shall use a voice recognition service that compares recordings against voices "
        "collected from social media platforms without the consent of the persons recorded.\n\n"
        "2. An agency may submit a recording to the voice repository maintained under N.J.S.A. 53:1-15 "
        "only for the following purposes:\n"
        "a. to identify a suspect in the investigation of a specific crime of the first degree;\n"
        "b. to locate a missing person.\n")
    assert categories(a) == ["criminal-investigation", "missing-persons"]
    assert sorted(f.location.citation for f in a.exemptions) == ["2(a)", "2(b)"]


def test_who_grants_decides_an_approval_and_procedure_is_no_exemption(analyze_text):
    """"The Harbour Master may approve ... while the request is before the Harbour Board": the official
    who approves makes it an administrative approval, though a law-making body is named; "The Minister
    may, by Order, authorise" is delegated legislation; a prosecutor who "may file an application for a
    warrant" follows a procedure, and a waiver of the port's immunity from liability lets nothing
    through."""
    a = analyze_text(
        "1. The Port Police shall not use a drone.\n"
        "2. The Harbour Master may approve the use of a drone for up to 30 days while the request is before "
        "the Harbour Board, and shall report each approval to the Board.\n"
        "3. The Minister may, by Order, authorise the Port Police to use a drone for a purpose specified in "
        "the Order.\n"
        "4. A prosecutor may file with a judge an application for a warrant authorizing the use of a drone.\n"
        "5. The immunity of the Port Authority from liability is waived to the extent of liability created by "
        "this Act.\n")
    assert cited_categories(a) == [
        ("2", "administrative-approval"), ("3", "legislative-authorization")]


def test_a_title_the_lexicon_does_not_know_grants_and_a_hold_compels(analyze_text):
    """"The State Geologist may authorize ..." is an official's approval though no list names the title;
    data kept under a litigation hold, or produced because a court order served on the agency requires
    it, is kept to comply with law, not under a warrant."""
    a = analyze_text(
        "1. A state agency shall not operate a drone over private land.\n"
        "2. The State Geologist may authorize in writing a survey flight over a landslide zone.\n"
        "3. A state agency shall not keep drone footage for more than 30 days, unless the footage is subject "
        "to a litigation hold.\n"
        "4. Section 1 gives way when a court order served on the agency requires a flight.\n")
    assert cited_categories(a) == [
        ("2", "administrative-approval"), ("3", "legal-compliance"), ("4", "legal-compliance")]


def test_written_authority_from_an_official_is_an_administrative_route(analyze_text):
    """"upon prior written authority from the head of the department" lets the flight through as an
    official's approval does, whatever the flight is for."""
    a = analyze_text(
        "SEC. 4. No agency shall operate a drone over any private dwelling.\n"
        "SEC. 5. Any agency may operate a drone for the mapping of land, upon prior written authority from "
        "the head of the department concerned.\n")
    assert [(f.location.citation, f.category) for f in a.exemptions] == [("5", "administrative-approval")]


def test_an_item_that_states_a_case_keeps_its_proviso_as_a_term(analyze_text):
    """"(c) where an officer believes an emergency requires its use ...; provided, that the agency shall
    apply for an order within 48 hours": the case is a way through, the duty after "provided, that"
    its term."""
    a = analyze_text(
        "(a) No county agency shall use a voice identification system, except:\n"
        "(1) pursuant to a warrant;\n"
        "(2) where an officer reasonably believes that an emergency involving a risk of death requires its "
        "use before a warrant can be obtained; provided, that the agency shall apply for a warrant within "
        "48 hours.\n")
    assert sorted(categories(a)) == ["imminent-threat", "warrant"]
    b = analyze_text(
        "B. An agency may operate a drone only:\n"
        "1. Pursuant to a search warrant; provided, the warrant shall name the place to be searched;\n"
        "2. When swift action is needed to prevent imminent harm to life; provided, the agency shall apply "
        "for a search warrant within 48 hours.\n")
    assert sorted(categories(b)) == ["imminent-threat", "warrant"]


def test_a_duty_to_make_the_law_that_bans_is_the_ban(analyze_text):
    """Treaty drafting: "Each Party shall adopt such legislative and other measures as may be necessary
    to prohibit ..." bans what it has the Parties prohibit; "shall enact legislation to forbid" too."""
    a = analyze_text(
        "Article 3 – Voice identification\n"
        "Each Party shall adopt such legislative and other measures as may be necessary to prohibit the use "
        "of voice identification systems by its public authorities in publicly accessible spaces.\n"
        "Article 4 – Emotion recognition\n"
        "Each Contracting State shall enact legislation to forbid the use of emotion recognition in schools.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 3", "Art. 4"]


def test_a_boards_recognition_is_a_recital_to_its_sentences_end(analyze_text):
    """"The Board recognizes that ... can help find a missing child, and may deter students from ...": a
    board policy's reasons, to the end of the sentence, neither an exemption nor a ban."""
    a = analyze_text(
        "BP 5131.9 Student Surveillance\n\n"
        "The Board of Education recognizes that gait recognition can help staff find a missing child, and may "
        "deter students from seeking help.\n\n"
        "1. No school shall use gait recognition.\n")
    assert a.exemptions == []
    assert [p.quote for p in a.prohibitions] == ["No school shall use gait recognition."]


def test_a_protocol_names_itself_as_a_law_does(analyze_text):
    """"A Party shall not be required to apply this Protocol to ..." takes something out of the
    Protocol, as "is not required to comply with this chapter" does: no ban; and what it takes out is
    the processing named, not the Party."""
    a = analyze_text(
        "Article 4 – Prohibition\n"
        "Each Party shall prohibit the use of gait recognition by its public authorities.\n"
        "Article 5 – Scope\n"
        "1 This Protocol applies to public authorities.\n"
        "2 A Party shall not be required to apply this Protocol to the processing of gait data by a natural "
        "person in the course of a purely household activity.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 4"]
    assert [f.quote[:28] for f in a.exemptions] == ["A Party shall not be require"]
    assert a.exemptions[0].location.citation == "Art. 5(2)"  # its paragraph, numbered with no point
    assert a.exemptions[0].category == "other"  # what is taken out is the processing, not the Party


def test_teaching_about_the_technology_is_not_using_it(analyze_text):
    """"Nothing in this policy restricts the teaching of, or scholarship about, voice recognition": what
    the savings clause keeps is talk about the technology, not its use."""
    a = analyze_text(
        "1. No college department shall use voice recognition or gait recognition.\n"
        "2. Nothing in this policy restricts the teaching of, or scholarship about, voice recognition or gait "
        "recognition.\n"
        "3. Nothing in this policy restricts the use of voice recognition by a student to unlock the "
        "student's own phone.\n")
    assert [f.location.citation for f in a.exemptions] == ["3"]


def test_an_unnumbered_heading_closes_the_list_above_it(analyze_text):
    """A side heading standing alone between blank lines ends the list before it: the bans under it
    are no words of that list's last exclusion, and a new list under it starts again at 1."""
    a = analyze_text(
        "The Parks Department shall not operate a drone over any park.\n\n"
        "The ban on drones does not extend to:\n\n"
        "1. a drone flown by the fire service to fight a wildfire;\n\n"
        "2. a model aircraft flown by a hobby club at the Meadow Field.\n\n"
        "License Plate Readers\n\n"
        "The Parks Department shall not install a license plate reader at any park entrance.\n\n"
        "Rangers may read a plate by eye only when:\n\n"
        "1. a vehicle is reported stolen; or\n\n"
        "2. an Amber Alert names the vehicle.\n\n"
        "Administrative Procedures\n\n"
        "Records of Flights\n\n"
        "1. The Director shall keep a log of every flight made by the fire service.\n\n"
        "2. The log shall be posted on the Department's website each month.\n")
    bans = [f.quote for f in a.prohibitions]
    assert not any("log" in f.quote for f in a.exemptions)  # no items of the lead-in two headings above
    assert any("license plate reader" in q for q in bans)
    assert not any("license plate reader" in f.quote for f in a.exemptions)
    # the second list is its own, cited from 1 again under no numbered provision
    assert {"1", "2"} <= {f.location.citation for f in a.exemptions}


def test_a_heading_inside_a_list_that_goes_on_closes_nothing(analyze_text):
    """"Review of Requests" over item 4 of a list numbered 1 to 5 is a heading within it."""
    a = analyze_text(
        "No officer shall use a cell-site simulator, except:\n\n"
        "1. under a warrant issued by a judge;\n\n"
        "2. to find a missing child.\n\n"
        "Emergencies\n\n"
        "3. where a person is in imminent danger of death.\n")
    assert cited_categories(a) == [("1", "warrant"), ("2", "missing-persons"), ("3", "imminent-threat")]


def test_side_titles_over_bare_numbered_sections_after_an_arrangement(analyze_text):
    """An Act printed with a table of contents that also names its schedule, then each section as
    "Title" / blank / "3 (1) ...": the sections are sections (cited 3(2)), not items of a schedule."""
    a = analyze_text(
        "TRAFFIC CAMERAS ACT 2026\n\n"
        "ARRANGEMENT OF SECTIONS\n\n"
        "1 Short title\n2 Interpretation\n3 Restriction on plate readers\n4 Offences\n\n"
        "SCHEDULE\nPurposes for which plate readers may be used\n\n"
        "Short title\n\n"
        "1 This Act may be cited as the Traffic Cameras Act 2026.\n\n"
        "Interpretation\n\n"
        "2 In this Act, \"plate reader\" means a camera that reads vehicle registration plates.\n\n"
        "Restriction on plate readers\n\n"
        "3 (1) No public officer shall use a plate reader.\n\n"
        "(2) Subsection (1) does not apply to a use for a purpose listed in the Schedule.\n\n"
        "Offences\n\n"
        "4 A person who contravenes section 3 commits an offence.\n\n"
        "SCHEDULE (section 3)\n\n"
        "1 Finding a vehicle used in the abduction of a child.\n")
    assert "3(1)" in {f.location.citation for f in a.prohibitions}
    assert not any(f.location.citation.startswith("Schedule(") for f in a.prohibitions)


def test_a_commonwealth_lead_in_with_no_colon_leads_its_items(analyze_text):
    """"shall not" and "does not prevent ... from" over items with no colon: the verbs are in the
    items, and so is what the exception lets through."""
    a = analyze_text(
        "Restriction\n\n"
        "4. (1) A county council shall not\n\n"
        "(a) buy a gait recognition system; or\n\n"
        "(b) use gait recognition on a public road.\n\n"
        "Permitted checks\n\n"
        "5. Section 4 does not prevent a county council from\n\n"
        "(a) checking a worker's identity at the door of a data centre; or\n\n"
        "(b) unlocking its own laptop by gait.\n")
    assert {"4(1)"} <= {f.location.citation for f in a.prohibitions}
    assert {"acquire", "use"} <= set(a.coverage.acts)
    assert {"5(a)", "5(b)"} <= {f.location.citation for f in a.exemptions}


def test_an_approval_required_for_what_an_exemption_permits_is_its_term(analyze_text):
    """"A comparison under subsection (1) shall be approved in advance by a sergeant", where (1) lets
    the comparison through: a term of that permission, not a ban of its own."""
    a = analyze_text(
        "Prohibition\n\n"
        "3. No deputy shall use voice recognition technology.\n\n"
        "Voice recognition comparisons\n"
        "4. (1) Nothing in section 3 prevents a deputy from using voice recognition technology to compare a "
        "recorded voice with voices held by the Office, where the comparison is made\u2014\n\n"
        "(a) to identify a caller who threatens to bomb a school; or\n\n"
        "(b) to identify a missing child.\n\n"
        "(2) A comparison under subsection (1) shall be approved in advance by a sergeant before any search.\n")
    assert "4(2)" not in {f.location.citation for f in a.prohibitions}
    assert "4(2)" not in {f.location.citation for f in a.exemptions}
    assert {"4(1)(a)", "4(1)(b)"} <= {f.location.citation for f in a.exemptions}


def test_a_bill_printed_in_capitals_wraps_its_sentences_like_any_other(analyze_text):
    """New text printed in capitals, hard-wrapped: a line of capitals that stops mid-sentence is prose,
    not a title, so "..., BUT DOES NOT" / "INCLUDE THE AIRPORT POLICE" is one definition's exclusion."""
    a = analyze_text(
        "3-701.\n\n"
        "(A) IN THIS SUBTITLE THE FOLLOWING WORDS HAVE THE MEANINGS INDICATED.\n\n"
        "(B) \"POLICE AGENCY\" HAS THE MEANING STATED IN § 3-201 OF THIS TITLE, BUT DOES NOT\n"
        "INCLUDE THE PORT AUTHORITY POLICE WHILE ON DUTY AT THE HARBOR.\n\n"
        "3-702.\n\n"
        "A POLICE AGENCY MAY USE GAIT RECOGNITION TECHNOLOGY TO IDENTIFY AN INDIVIDUAL\n"
        "ONLY:\n\n"
        "(1) TO FIND A MISSING CHILD; OR\n\n"
        "(2) TO COMPLY WITH AN ORDER OF A FEDERAL COURT.\n")
    assert ("3-701(B)", "actor-carve-out") in cited_categories(a)
    assert "3-702" not in {f.location.citation for f in a.exemptions}  # the restriction, not a way through
    assert {"3-702(1)", "3-702(2)"} <= {f.location.citation for f in a.exemptions}


def test_an_item_that_stops_on_its_preposition_is_finished_by_its_items(analyze_text):
    """"(1) in the investigation of: (i) ...; (ii) ...": one use, whose items name the offences."""
    a = analyze_text(
        "4. No agency may use a drone, except:\n\n"
        "(1) in the investigation of:\n\n"
        "(i) an arson;\n\n"
        "(ii) a robbery; or\n\n"
        "(2) to search for a lost hiker.\n")
    cites = [f.location.citation for f in a.exemptions]
    assert "4(1)" in cites and not any(c.startswith("4(1)(") for c in cites)
    assert next(f for f in a.exemptions if f.location.citation == "4(1)").quote.startswith("in the investigation of")


def test_restrictions_ending_in_a_dash_and_pointers_to_banned_conduct(analyze_text):
    """"may use it only—" restricts as "only:" does; "such an analysis" is the analysis banned before;
    "sub. (1)" is a citation inside the sentence, not an item opening a new one."""
    a = analyze_text(
        "11 Restrictions\n"
        "(1) A public body may use emotion recognition only\u2014\n"
        "(a) to test a driver for fatigue:\n"
        "(b) for medical care.\n")
    assert [p.category for p in a.prohibitions] == ["restriction"]
    b = analyze_text(
        "§ 4 (1) The state police shall not subject posts on social networks to automated analysis to identify "
        "persons. They shall not ask another body to carry out such an analysis on their behalf.\n")
    assert len(b.prohibitions) == 2 and b.coverage.third_parties
    c = analyze_text(
        "12.41 PROHIBITION. (1) The county is prohibited from buying commercial location data.\n"
        "(2) The prohibition in sub. (1) does not reach a deputy while assigned to a federal joint terrorism "
        "task force.\n")
    assert cited_categories(c) == [("12.41(2)", "national-security")]


def test_a_route_named_at_the_end_of_a_long_noun_phrase_after_without(analyze_text):
    """"without the prior adoption by the Board of Commissioners of an ordinance approving it": the
    route noun closes a long phrase; it is still the way through."""
    a = analyze_text("Sec. 4. No county office may install a license plate reader without the prior adoption by "
                     "the Board of Supervisors of an ordinance approving that reader.\n")
    assert categories(a) == ["legislative-authorization"]


def test_a_permission_to_obtain_excepts_a_ban_on_acquiring(analyze_text):
    """A ban on buying or licensing the data, then a permission to obtain it where federal law requires:
    obtaining includes acquiring, so the permission is an exemption of the ban, not a ban of its own."""
    a = analyze_text(
        "Subd. 2. A county must not purchase or license location data from a data broker.\n"
        "Subd. 3. A county may obtain location data from a data broker where a federal statute requires it to "
        "do so, and only to the extent so required.\n")
    assert [p.category for p in a.prohibitions] == ["ban"]
    assert [(f.category, f.details["form"]) for f in a.exemptions] == [("legal-compliance", "permission")]


def test_a_ban_for_any_purpose_other_than_the_following_lets_each_item_through(analyze_text):
    """"shall not use ... for any purpose other than the following: (a) ...": each listed purpose is a
    way through (not "for any purpose other than the purpose for which it was collected": a limit)."""
    a = analyze_text(
        "Sec. 4. (1) A county office shall not use a license plate reader for any purpose other than the following:\n"
        "(a) To find a car reported stolen.\n"
        "(b) To find a car linked to an AMBER alert.\n")
    assert {f.location.citation for f in a.exemptions} == {"4(1)(a)", "4(1)(b)"}
    assert [p.location.citation for p in a.prohibitions] == ["4(1)"]


def test_an_articles_bare_numbered_paragraphs_and_it_for_the_law(analyze_text):
    """Swiss and German drafting number an article's paragraphs "1", "2", "3" with no point; "It does not
    apply to: a. ...; b. ..." after "This Ordinance governs ..." speaks of the ordinance."""
    a = analyze_text(
        "Art. 1 Scope\n"
        "1 This Ordinance governs the use of gait recognition systems by federal offices.\n"
        "2 It applies to:\n"
        "a. the central federal administration;\n"
        "b. the decentralised federal administration.\n"
        "3 It does not apply to:\n"
        "a. the Federal Supreme Court and the other federal courts;\n"
        "b. the Federal Intelligence Service, in so far as it performs tasks under the Intelligence Act.\n\n"
        "Art. 2 Prohibition\n"
        "1 Federal offices may not use gait recognition systems.\n"
        "2 They may not procure such systems.\n")
    assert {"Art. 1(3)(a)", "Art. 1(3)(b)"} <= {f.location.citation for f in a.exemptions}
    assert {"Art. 2(1)", "Art. 2(2)"} <= {p.location.citation for p in a.prohibitions}


def test_only_inside_a_condition_restricts_the_condition_not_the_permission(analyze_text):
    """"may continue to unlock ... if the template remains stored only on that device": the "only" is
    where the template is kept; the permission is a way through. "if, and only if," restricts."""
    a = analyze_text(
        "(2) A county office must not procure or use a face recognition service.\n"
        "(3) County staff may continue to unlock a county-issued phone by its built-in face matching feature, "
        "if the facial template remains stored only on that phone.\n")
    assert [(f.category, f.details["form"]) for f in a.exemptions] == [("personal-device", "permission")]
    assert [p.category for p in a.prohibitions] == ["ban"]
    b = analyze_text("2.95.020 A County department may acquire or use a drone if, and only if, the Board of "
                     "Supervisors has approved it by ordinance.\n")
    assert [p.category for p in b.prohibitions] == ["restriction"]


def test_an_enumerator_run_into_a_banning_sentence_is_skipped(analyze_text):
    """"No police force may (1) acquire ...; or (2) enter into a contract ...", the first item's
    enumerator inside the sentence: the verbs after it are what is banned."""
    a = analyze_text(
        "4. No county office may (1) acquire, develop or test a gait recognition system, whether for "
        "consideration or free of charge; or\n"
        "(2) enter into a contract with a vendor under which the vendor uses gait recognition on its behalf.\n")
    assert a.prohibitions and {"acquire"} <= set(a.coverage.acts)


def test_a_section_sign_and_this_named_act_are_the_law_itself(analyze_text):
    """"§ 4 para. 1 shall not apply to ..." names a provision of this law; "This Federal Act shall not
    apply to ..." names the law itself with its maker (not another, federal, law)."""
    a = analyze_text(
        "§ 4. (1) Federal bodies shall not use voice recognition systems.\n\n"
        "§ 6. (1) § 4 para. 1 shall not apply to the transcription of recorded court hearings.\n"
        "(2) This Federal Act shall not apply to the Federal Armed Forces insofar as they defend the country.\n")
    assert {"6(1)", "6(2)"} <= {f.location.citation for f in a.exemptions}
    assert "national-security" in categories(a)


def test_solely_after_a_disapplication_narrows_it_rather_than_adding_one(analyze_text):
    """"shall not apply to the comparison of ... solely for the purpose of controlling access": one
    exemption, its topic the purpose the "solely" names."""
    a = analyze_text(
        "Art. 3. Public bodies may not use a facial recognition system.\n"
        "Art. 7. Art. 3 shall not apply to the comparison of a staff member's face with the photograph on that "
        "member's own badge, carried out with the member's consent solely for the purpose of controlling access "
        "to secure rooms, provided that no reference database is used.\n")
    assert cited_categories(a) == [("Art. 7", "access-control")]


def test_an_official_who_may_declare_the_ban_disapplied_is_an_administrative_approval(analyze_text):
    """"The Minister may, by notice, declare that section 3 does not apply to a specified authority":
    the Minister's say-so is the way through, though an actor is named."""
    a = analyze_text(
        "3. A public authority must not use a cell-site simulator.\n"
        "4. The Minister may, by notice in the Gazette, declare that section 3 does not apply to a specified "
        "public authority for a period of not more than 6 months.\n")
    assert cited_categories(a) == [("4", "administrative-approval")]


def test_a_contents_list_with_points_over_bare_numbered_sections_under_side_titles(analyze_text):
    """Ontario prints its contents "1. Definitions" with a point and its sections "2 (1) No ..." with
    none, each under its side title: the entries recur as the titles, so the list opens nothing."""
    a = analyze_text(
        "CONTENTS\n1. Definitions\n2. Prohibition\n3. Small municipalities\n4. Short title\n\n"
        "Definitions\n\n1 In this Act, \"municipality\" includes a local board.\n\n"
        "Prohibition\n\n2 (1) No municipality shall use a licence plate recognition system.\n\n"
        "Same\n\n(2) No municipality shall buy data collected by such a system.\n\n"
        "Small municipalities\n\n3 Section 2 does not apply to a municipality with fewer than 5,000 residents.\n\n"
        "Short title\n\n4 The short title of this Act is the Plate Readers Act, 2026.\n")
    assert {p.location.citation for p in a.prohibitions} == {"2(1)", "2(2)"}
    assert cited_categories(a) == [("3", "actor-carve-out")]


def test_an_actor_who_asks_for_the_way_through_is_not_carved_out(analyze_text):
    """"save where a judge orders it, at the request of the public prosecutor": the prosecutor asks; the
    judge's order is the way through."""
    a = analyze_text(
        "Article 3\n1. The use of voice recognition systems on recordings of public assemblies is prohibited, "
        "save where it is ordered by reasoned decree of the judge, at the request of the public prosecutor.\n")
    assert categories(a) == ["warrant"]


def test_the_first_paragraph_names_a_unit_of_this_law(analyze_text):
    """Nordic drafting cites a section's unnumbered paragraphs by place: "The first paragraph does not
    apply to ..." disapplies this law's own words, not another law's."""
    a = analyze_text(
        "Section 6  A municipality may not use a drone to film a public assembly.\n"
        "The first paragraph does not apply to filming carried out with the written consent of the organiser.\n")
    assert categories(a) == ["other"]
    assert [f.location.citation for f in a.prohibitions] == ["6"]


def test_a_relative_clause_after_to_which_closes_at_its_own_verb(analyze_text):
    """"An operator of a place to which the public has access may not use ...": "has" is the relative
    clause's verb, so "may not use" is the main clause's ban."""
    a = analyze_text(
        "Section 3  A company that runs a shopping centre to which the public has access may not use "
        "gait recognition on its visitors.\n")
    assert [p.category for p in a.prohibitions] == ["ban"]


def test_an_unnumbered_definition_on_its_own_line_closes_the_list_above_it(analyze_text):
    """Pennsylvania prints its definitions '"Term."  Meaning' with no numbers: after a definition with
    a list, the next definition (and its own list) is no part of the last item."""
    a = analyze_text(
        "§ 7101.  Definitions.\n"
        "\"Drone.\"  An aircraft that is flown without a pilot on board and is used for any of the following:\n"
        "(1)  Recording images.\n"
        "(2)  Tracking persons.\n"
        "The term does not include a model aircraft flown solely for recreation.\n"
        "\"Listed offense.\"  Any of the following:\n"
        "(1)  Homicide.\n"
        "(2)  Kidnapping.\n"
        "§ 7102.  Prohibition.\n"
        "A municipal police department shall not use a drone.\n")
    assert len(a.exemptions) == 1 and a.exemptions[0].quote.startswith("The term does not include")


def test_a_scope_that_binds_every_body_except_one_carves_that_body_out(analyze_text):
    """"This rule applies to every division of the Office except the Fraud Unit when it ...": the
    "except" takes an actor out of the scope, whatever it is doing; "except to another public agency"
    after a sharing ban names a recipient, not an actor left out."""
    a = analyze_text(
        "Rule 4-101. The Office shall not use facial recognition technology.\n"
        "Rule 4-102. This article applies to every division of the Office except the Fraud Unit when it "
        "reviews advertisements that businesses post on social media.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text("Sec. 3. A public agency shall not sell or share ALPR data, except to another public agency "
                     "as required by law.\n")
    assert "actor-carve-out" not in categories(b)


def test_an_overseer_acting_on_the_conduct_and_a_shared_relative_clause_permit_nothing(analyze_text):
    """"The Commissioner may inquire into any use of ..." is oversight of the conduct, not leave to do
    it; "must specify the places at which, and the times during which, it may be used" states what an
    approval holds (the "may" stays inside the relative clause past its comma)."""
    a = analyze_text(
        "4 (1) A public agency must not use live facial recognition.\n"
        "(2) The Inspector-General may inquire into any use of facial recognition technology by a public agency.\n"
        "5 An approval under section 6—\n"
        "(a) must specify the places at which, and the times during which, live facial recognition may be used; and\n"
        "(b) must be published.\n")
    assert a.exemptions == []


def test_a_technology_named_by_a_term_or_abbreviation_the_law_defines(analyze_text):
    """'"Crowd scoring" means any software that ...' and 'live facial recognition ("LFR")' name
    technologies: "Crowd scoring does not include ...", "LFR does not include ..." exclude from them."""
    a = analyze_text(
        "1. In this Order—\n"
        "(a) \"Crowd scoring\" means any software that estimates the mood or intent of persons in a crowd;\n"
        "(b) live facial recognition (\"LFR\") is the real-time comparison of faces with a watchlist.\n"
        "2. No city department shall use crowd scoring or LFR.\n"
        "3. Crowd scoring does not include a counter that tallies the number of persons entering a hall.\n"
        "4. LFR does not include a comparison made with the written consent of the person compared.\n")
    assert {f.location.citation for f in a.exemptions} == {"3", "4"}


def test_an_emergency_item_with_a_proviso_duty_is_a_route_and_an_order_of_the_use_referred_to(analyze_text):
    """"(3) When an exigency ... requires use ... before a warrant can be obtained; provided, however,
    that the agency shall apply for a warrant within 48 hours": the duty is the route's term, so the
    item stays a route. "may order the use referred to in paragraph 1" permits that use."""
    a = analyze_text(
        "(c) A sheriff's office may use a drone only:\n"
        "(1) Pursuant to a search warrant; or\n"
        "(2) When an exigency involving an immediate danger of death to any person requires use of a drone "
        "before a search warrant can be obtained; provided, however, that the sheriff's office shall apply for "
        "a search warrant within 48 hours.\n")
    assert categories(a) == ["imminent-threat", "warrant"]
    b = analyze_text(
        "Article 7. 1. Public bodies may not use gait recognition systems.\n"
        "2. Where there is an imminent risk to the life of a person, the Minister may order the use referred "
        "to in paragraph 1 for not more than 24 hours.\n")
    assert categories(b) == ["imminent-threat"]


def test_bans_coordinated_in_one_sentence_are_one_prohibition_with_the_acts_of_both(analyze_text):
    """"A department shall not acquire a drone, and shall not permit a contractor to fly one on its
    behalf": one sentence, one prohibition citing it, both verbs' acts; a second sentence is another."""
    a = analyze_text(
        "Sec. 2. A city department shall not acquire a drone, and shall not permit a contractor to fly one on "
        "its behalf. No city department shall retain drone footage.\n")
    assert len(a.prohibitions) == 2
    first = a.prohibitions[0]
    assert first.quote.startswith("A city department shall not acquire") and "contractor" in first.quote
    assert {"acquire", "retain"} <= set(a.coverage.acts)


def test_a_proviso_neither_restricts_a_permission_nor_makes_it_a_remedy(analyze_text):
    """"may use a county-issued phone ..., so long as the official uses the feature solely to unlock it":
    the "solely" is the proviso's; "may read plates ..., provided that no record is disclosed other than
    to collect a parking penalty": the penalty is the proviso's, the permission no remedy."""
    a = analyze_text(
        "2. No county official may use face recognition technology.\n"
        "3. A county official may use a county-issued tablet equipped with a face unlock feature, so long as the "
        "official uses the feature solely to unlock that tablet.\n")
    assert categories(a) == ["personal-device"]
    b = analyze_text(
        "3. The Town is prohibited from operating licence plate recognition cameras.\n"
        "4. Town bylaw officers may read licence plates with a handheld camera to check parking permits, provided "
        "that no record is kept other than for the collection of a parking penalty.\n")
    assert [f.location.citation for f in b.exemptions] == ["4"]


def test_a_causative_have_permits_the_conduct_it_has_done(analyze_text):
    """"A police service may have voice biometric analysis performed to compare ...": the police may
    cause the analysis to be done, a permission of the conduct, not a perfect tense of "voice"."""
    a = analyze_text(
        "25.1 (1) No police service shall use voice biometric analysis.\n"
        "(2) A police service may have voice biometric analysis performed to compare a recording seized in the "
        "investigation of an indictable offence with a recording of the person charged.\n")
    assert categories(a) == ["criminal-investigation"]


def test_a_marginal_note_beside_a_lead_in_does_not_cut_it_from_its_items(analyze_text):
    """Nigerian and older Commonwealth prints put the marginal note beside the lead-in's dash
    ("shall not prevent—      Uses not prevented."): the items are still the lead-in's."""
    a = analyze_text(
        "8. No State agency shall operate a cell-site simulator.\n"
        "9. Section 8 of this Act shall not prevent—               Uses of simulators not prevented.\n"
        "(a) the Police from operating a cell-site simulator to locate a missing child; or\n"
        "(b) the disclosure of data obtained from such a device where an order of a court requires it.\n")
    assert {f.location.citation for f in a.exemptions} == {"9(a)", "9(b)"}


def test_the_purposes_a_route_may_be_granted_for_are_each_an_exemption(analyze_text):
    """"An authorisation may be given only for one of the following purposes— (a) ...; (b) ...": the
    route is limited to purposes, and each purpose is a way through the ban (its category its own)."""
    a = analyze_text(
        "3 Prohibition\n(1) A police force must not use live facial recognition in a public place.\n"
        "4 Authorisation by a magistrate\n"
        "(1) A magistrate may, on the application of a chief constable, authorise the use of live facial "
        "recognition in a public place.\n"
        "(2) An authorisation may be granted only for one of the following purposes—\n"
        "(a) finding a named person reasonably suspected of having committed an indictable offence;\n"
        "(b) finding a child who has been reported missing.\n")
    assert ("4(2)(a)", "criminal-investigation") in cited_categories(a)
    assert ("4(2)(b)", "missing-persons") in cited_categories(a)
    # its conditions are no purposes: "only if satisfied that there are reasonable grounds—"
    b = analyze_text(
        "3 Prohibition\n(1) A police force must not use live facial recognition in a public place.\n"
        "4 Authorisation by a magistrate\n"
        "(1) A magistrate may, on the application of a chief constable, authorise the use of live facial "
        "recognition in a public place.\n"
        "(2) An authorisation may be granted only if the magistrate is satisfied that there are reasonable "
        "grounds—\n"
        "(a) to believe that the use is necessary; and\n"
        "(b) to believe that the use is proportionate.\n")
    assert not [c for c, _ in cited_categories(b) if c.startswith("4(2)")]


def test_a_stolen_vehicle_is_a_crime_to_trace_and_lost_equipment_is_not(analyze_text):
    a = analyze_text(
        "1. No county agency shall operate an automated license plate reader.\n"
        "2. The Sheriff may operate a license plate reader to locate a car whose owner has reported it stolen.\n")
    assert categories(a) == ["criminal-investigation"]
    b = analyze_text(
        "1. No county agency shall use a location tracking device.\n"
        "2. The Sheriff may use a location tracking device to recover county equipment that has been reported lost "
        "or stolen.\n")
    assert categories(b) == ["other"]  # neither a theft to investigate nor a missing person


# Texts with two bans and nothing else to find: each shape must be read as two prohibitions.
TWO_BAN_SHAPES = [
    pytest.param(  # "shall not have a contractor carry out ...": the causative "have" before a two-word act
        "Article 4\n1. A municipality shall not process images from number plate cameras.\n"
        "2. A municipality shall not have a contractor carry out on its behalf any processing referred to in "
        "paragraph 1.\n", id="causative-have"),
    pytest.param(  # German and Austrian translations print "shall not" at a line's end, the verbs in "1." items
        "Section 3\nProhibitions\n(1) The state police authorities shall not\n\n"
        "1. use systems for live voice identification in public places,\n\n"
        "2. use systems for automated risk scoring of persons.\n", id="lead-in-with-no-mark"),
    pytest.param(  # a long phrase set off before the colon still leads the items
        "Sec. 3. (1) A state agency may not, directly or through a vendor acting on its behalf under a "
        "contract:\n(a) Buy location information from a data broker; or\n"
        "(b) Place a tracking device on a person's vehicle.\n", id="long-phrase-before-the-colon"),
]


@pytest.mark.parametrize("text", TWO_BAN_SHAPES)
def test_a_drafting_shape_bans_twice(analyze_text, text):
    assert len(analyze_text(text).prohibitions) == 2


def test_what_a_warrant_must_say_is_its_terms_not_more_exemptions(analyze_text):
    a = analyze_text(
        "B. No agency shall use a cell-site simulator device.\n"
        "C. An agency may use a cell-site simulator device only:\n"
        "(1) Pursuant to a warrant issued by a district judge. The warrant shall:\n"
        "(a) Name the device to be located.\n"
        "(b) Limit the use to seven days.\n"
        "(2) To find a person reported missing.\n")
    assert categories(a) == ["missing-persons", "warrant"]


def test_a_limit_on_the_second_verb_of_a_permission_narrows_it(analyze_text):
    """"may ask the Bureau to run one search, and may use the result as a lead only": the "only" limits
    the use of the result; the sentence is a permission, not a second ban."""
    a = analyze_text(
        "4-12. (a) No township officer shall use face recognition.\n"
        "(b) A detective assigned to a named arson investigation may ask the County Bureau to run one face "
        "recognition search of a photograph of a suspect, and may use the result as a lead only, if the request "
        "is noted in the case file.\n")
    assert cited_categories(a) == [("4-12(b)", "criminal-investigation")]
    assert len(a.prohibitions) == 1
    # ("may operate a reader, and may access its data, only for the following purposes": both are limited)
    b = analyze_text(
        "(b) A county agency may operate a plate reader, and may access plate data held by a vendor, only for "
        "the following purposes:\n(1) to find a vehicle reported stolen;\n(2) to find a missing child.\n")
    assert len(b.prohibitions) == 1 and len(b.exemptions) == 2


def test_an_officials_power_to_exempt_is_an_approval_and_an_order_in_council_a_law(analyze_text):
    a = analyze_text(
        "5. (1) No public body shall deploy an emotion recognition system.\n"
        "(2) The Secretary may, by notice in the Gazette, exempt any public body from subsection (1) for a "
        "period of not more than six months.\n"
        "(3) Further uses of emotion recognition may be designated by order in council.\n")
    assert cited_categories(a) == [("5(2)", "administrative-approval"), ("5(3)", "legislative-authorization")]


def test_a_body_whose_name_ends_in_protection_is_left_out_not_saved(analyze_text):
    """"does not restrict U.S. Customs and Border Protection ...": a name, not a right a savings clause
    keeps; and "They do not govern ..." after "This policy and regulation govern ..." is the law."""
    a = analyze_text(
        "3.1 No Port employee shall use face recognition at a terminal.\n"
        "4.1 This Policy does not restrict U.S. Customs and Border Protection in carrying out its duties at a "
        "terminal.\n")
    assert [f.location.citation for f in a.exemptions] == ["4.1"]
    b = analyze_text(
        "1. The district shall not use facial recognition technology.\n"
        "2. This policy and regulation govern the district. They do not govern cameras owned by the county "
        "sheriff.\n")
    assert [f.location.citation for f in b.exemptions] == ["2"]


def test_a_permission_printed_after_its_conditions_takes_their_purpose(analyze_text):
    """Commonwealth drafting puts the main clause after the items ("Where an inspector believes that— (a)
    a person's life is in imminent danger; and (b) there is no time to obtain a warrant under section 4,
    | the inspector may authorise ..."): one exemption for the whole sentence, its purpose the items'."""
    a = analyze_text(
        "3. No member of the Service shall operate a cell-site simulator.\n"
        "4. A magistrate may issue a warrant authorising a member to operate a cell-site simulator.\n"
        "5. Where an inspector of the Service reasonably believes that—\n"
        "(a) a person's life is in imminent danger; and\n"
        "(b) there is no time to obtain a warrant under section 4,\n"
        "the inspector may authorise a member to operate a cell-site simulator for not more than 24 hours.\n")
    assert ("5", "imminent-threat") in cited_categories(a)


def test_a_purpose_and_scope_heading_states_the_scope(analyze_text):
    """Police manuals open each policy with "PURPOSE AND SCOPE": what it says the policy does not
    apply to is a scope exclusion, not a recital."""
    a = analyze_text(
        "512.1 PURPOSE AND SCOPE\nThis policy governs drone flights by members of the Department. This policy "
        "does not apply to drones flown by the county fire district.\n"
        "512.2 PROHIBITED USES\nMembers shall not fly a drone over a private residence.\n")
    assert [f.location.citation for f in a.exemptions] == ["512.1"]


def test_permitted_uses_led_by_only_are_each_a_way_through(analyze_text):
    """Under a "Permitted uses." heading, "may use ... only: (a) ...; (b) ..." is the restriction itself;
    an item's "except that the agency shall apply for a warrant" is a term of that item, not a new duty."""
    a = analyze_text(
        "24-31-120. Gait recognition.\n(3) An agency shall not use gait recognition technology.\n"
        "(4) Permitted uses. An agency may use gait recognition technology only:\n"
        "(a) Pursuant to a search warrant issued by a district court;\n"
        "(b) When an officer reasonably believes that an imminent threat to life requires its use without "
        "delay; except that the agency shall apply for a warrant within forty-eight hours; or\n"
        "(c) To identify a person reported missing.\n")
    assert categories(a) == ["imminent-threat", "missing-persons", "warrant"]


def test_cases_listed_under_shall_not_apply_where_are_each_an_exemption(analyze_text):
    """East Asian translations list the cases a ban yields to under "shall not apply where:" in "1." items
    with no "or": each case is a way through, not one of several conditions that must all hold. Joined by
    "and", the items are the terms of one exemption."""
    a = analyze_text(
        "Article 9 (Restrictions)\n(1) No person shall operate a gait recognition system in a public place.\n"
        "(2) Paragraph (1) shall not apply where:\n"
        "1. A missing child is being searched for at the request of the child's guardian;\n"
        "2. A court has issued a warrant for the use of the system;\n"
        "3. The system is used solely to blur the bodies of persons before the footage is published.\n")
    assert categories(a) == ["missing-persons", "redaction", "warrant"]
    b = analyze_text(
        "Article 9 (Restrictions)\n(1) No person shall operate a gait recognition system in a public place.\n"
        "(2) Paragraph (1) shall not apply where:\n"
        "1. A missing child is being searched for at the request of the child's guardian; and\n"
        "2. The search is recorded in the register kept under Article 12.\n")
    assert len(b.exemptions) == 1


def test_a_case_that_supposes_what_a_delay_would_do_is_a_case_not_a_duty(analyze_text):
    """An item "when ... the time needed to get a warrant would defeat the purpose" lays no duty with its
    "would": it is a way through of its own, not a term of the item before it."""
    a = analyze_text(
        "Sec. 5. (a) A sheriff's office may fly a drone over private land without a warrant only:\n"
        "(1) to look for a person reported missing in a forest or on a mountain;\n"
        "(2) when a deputy reasonably believes that a person on the land faces an imminent threat of death and "
        "that the time needed to obtain a warrant would defeat the purpose of the flight; or\n"
        "(3) with the written consent of the owner of the land.\n"
        "(b) No sheriff's office shall fly a drone over private land in any other case.\n")
    assert categories(a) == ["imminent-threat", "missing-persons", "other"]


def test_a_verb_coordinated_inside_a_warrants_relative_clause_is_no_permission(analyze_text):
    """"a warrant that names the vehicle and authorizes tracking for ten days": "authorizes" belongs to the
    relative clause, so the permission and its warrant route are one exemption."""
    a = analyze_text(
        "Sec. 4. No city agency may use a tracking device. A city agency may use a tracking device in a "
        "particular case only if a magistrate has issued a warrant that names the vehicle and authorizes "
        "tracking for no more than ten days.\n")
    assert categories(a) == ["warrant"]


def test_approval_by_an_administrative_body_named_at_length(analyze_text):
    a = analyze_text(
        "7. No operator shall install an emotion recognition system in a railway station. An operator may "
        "install such a system in a station with the approval of the National Rail Safety Authority.\n")
    assert categories(a) == ["administrative-approval"]


def test_an_actor_taken_out_of_a_universal_subject_before_is_forbidden(analyze_text):
    """"Every ..., other than the X, is forbidden to": the subject is named before the ban's own words,
    and an actor left out of it is an actor carve-out of a ban that stays whole."""
    a = analyze_text(
        "3.04 Prohibition. Every municipal board, office and agency, other than the Harbour Police, is forbidden "
        "to acquire or use a licence plate reader.\n")
    assert [f.location.citation for f in a.prohibitions] == ["3.04"]
    assert [(f.category, f.quote) for f in a.exemptions] == [("actor-carve-out", "other than the Harbour Police")]


def test_a_topic_inside_a_committees_name_says_nothing(analyze_text):
    """A waiver reported to the "Committee on Homeland Security" is an official's approval, not a
    national-security exemption: the topic is part of a body's name ("Committee on ...")."""
    a = analyze_text(
        "SEC. 4. (a) An agency may not use a voice recognition system.\n"
        "(b) WAIVER.—The Administrator of General Services may, in writing, authorize an agency to use a "
        "voice recognition system for not more than 180 days, if the Administrator reports the authorization "
        "to the Committee on Homeland Security of the Senate within 10 days.\n")
    assert categories(a) == ["administrative-approval"]


def test_a_duty_to_do_the_conduct_where_another_law_requires_it_is_legal_compliance(analyze_text):
    """"Where a statute requires the agency to collect ..., the agency shall collect it to that extent":
    a duty to do the banned conduct in the case another law demands it is that law's way through
    ("to the extent that" opens the case as "where" does). A duty with no such case is no exemption."""
    a = analyze_text(
        "Sec. 8. (1) No housing authority shall collect a face scan from a tenant.\n"
        "(2) To the extent that a federal regulation obliges a housing authority to collect a face scan, the "
        "authority shall collect it in the manner so required and no further.\n"
        "(3) Where a housing authority collects a face scan under subsection (2), it shall keep a record of it.\n")
    assert categories(a) == ["legal-compliance"]
    assert [f.location.citation for f in a.exemptions] == ["8(2)"]


def test_an_officials_power_to_exempt_a_body_by_order_is_an_approval(analyze_text):
    """"The Minister may, by Order published in the Gazette, exempt any public authority": the Minister
    picks the body case by case; that is an approval, not a carve-out of an actor the law names."""
    a = analyze_text(
        "4. (1) No public authority shall operate a cell-site simulator.\n"
        "(2) The Minister may, by Order published in the Gazette, exempt any public authority from subsection (1) "
        "for a period not exceeding six months.\n")
    assert categories(a) == ["administrative-approval"]


def test_a_departments_statement_of_what_it_recognizes_is_a_recital(analyze_text):
    a = analyze_text(
        "I. POLICY\nThe Department of Youth Services recognizes that voice analysis can reveal a resident's health "
        "and may be shared with vendors. No employee shall use voice analysis on a resident's calls.\n")
    assert not a.exemptions and len(a.prohibitions) == 1


def test_a_participle_set_off_by_commas_stays_inside_its_condition(analyze_text):
    """"only if a statute, passed after this section takes effect, authorizes that deployment": the
    phrase between the commas does not end the "if" clause, so "authorizes" is the condition's verb, not a
    permission of its own; the permission and its legislative route are one exemption."""
    a = analyze_text(
        "Sec. 7. No state agency shall deploy a gait recognition system in a public building. A state agency may "
        "deploy such a system only if a statute of the Commonwealth, passed after the effective date of this "
        "section, expressly authorizes that deployment.\n")
    assert categories(a) == ["legislative-authorization"]


def test_a_permission_heading_a_lead_in_cut_in_parts_is_no_exemption_of_its_own(analyze_text):
    """"may use a drone without first obtaining a warrant only as follows:" is cut at "without" and at
    "only": every part leads the items, each item is one way through, and the permission at the head is
    not reported as an extra warrant exemption."""
    a = analyze_text(
        "Sec. 12. (a) No law enforcement agency shall use a drone over a private residence.\n"
        "(b) A law enforcement agency may use a drone over a private residence without first obtaining a "
        "warrant only as follows:\n"
        "(1) to look for a child reported missing;\n"
        "(2) with the written consent of the owner of the residence.\n")
    assert [(f.category, f.location.citation) for f in a.exemptions] == [
        ("missing-persons", "12(b)(1)"), ("other", "12(b)(2)")]


def test_a_side_heading_run_into_its_text_with_a_hyphen(analyze_text):
    """Indian Acts type the side heading's dash as a hyphen: "3. Prohibition.-No State authority shall
    ...". The hyphen splits from "No", which negates the ban."""
    a = analyze_text(
        "3. Restriction on use.-No municipal body shall operate a gait recognition system in any market, save "
        "with the prior written sanction of the District Collector.\n")
    assert len(a.prohibitions) == 1
    assert categories(a) == ["administrative-approval"]


def test_an_exception_printed_in_capitals_is_no_cross_reference(analyze_text):
    """Colorado prints new law in capitals: every word of "UNLESS A STATUTE ENACTED BY THE GENERAL
    ASSEMBLY ..." is capitalized, which says nothing of a name, so the "unless" is no pointer to another
    provision but the law's route."""
    a = analyze_text(
        "24-33-5. (1) Definitions.\n(2) A STATE AGENCY SHALL NOT OPERATE A DRONE OVER A PRIVATE RESIDENCE UNLESS A "
        "STATUTE ENACTED BY THE GENERAL ASSEMBLY AFTER THE EFFECTIVE DATE OF THIS SECTION EXPRESSLY AUTHORIZES "
        "THAT OPERATION.\n")
    assert categories(a) == ["legislative-authorization"]


def test_a_permission_to_assist_by_using_the_system_is_an_exemption(analyze_text):
    a = analyze_text(
        "5. (1) A state body must not use a gait recognition system to identify a person.\n"
        "(2) A state body may give help to the Defence Intelligence Directorate, on its written request, in a "
        "matter of national defence, including by operating a system referred to in subsection (1).\n")
    assert categories(a) == ["national-security"]


def test_a_named_body_left_out_of_an_actor_definition_without_a_comma(analyze_text):
    a = analyze_text(
        "(a) \"Town office\" means any board, commission or employee of the Town other than the Town "
        "Harbor Patrol.\n"
        "(b) No Town office shall acquire or use a license plate reader.\n")
    assert categories(a) == ["actor-carve-out"]
    b = analyze_text(  # a kind of body the term is set against, not a body left out
        "(a) \"Contractor\" means any person or firm other than a Town office.\n"
        "(b) No Town office shall acquire or use a license plate reader.\n")
    assert b.exemptions == []


def test_a_subject_with_a_relative_clause_keeps_its_head_past_an_or(analyze_text):
    a = analyze_text(
        "Article 3\n1. Processing of voiceprints by the police is prohibited.\n"
        "2. Processing which is required by a directive of the Union or a treaty ratified by statute is "
        "permitted to the extent strictly necessary.\n")
    assert categories(a) == ["legal-compliance"]


def test_a_person_believed_to_have_committed_a_crime_is_an_investigation(analyze_text):
    a = analyze_text(
        "Section 6. Voice identification by the police is prohibited. By way of exception, it is permitted "
        "where there is good reason to believe that the speaker has committed a robbery.\n")
    assert categories(a) == ["criminal-investigation"]  # ("it": the identification just banned)


def test_a_summarys_could_not_bans_nothing_and_a_fiscal_note_permits_nothing(analyze_text):
    a = analyze_text(
        "SECTION 1. No law enforcement agency shall attach a tracking device to a vehicle.\n\n"
        "STATEMENT OF PURPOSE\n"
        "This bill limits location tracking. Agencies could not attach a tracker to a car without a warrant.\n\n"
        "FISCAL NOTE\n"
        "Agencies may incur small costs in training staff on the new equipment.\n")
    assert [f.location.citation for f in a.prohibitions] == ["1"]
    assert a.exemptions == []


def test_a_laws_object_article_and_its_long_title_restate_the_ban(analyze_text):
    a = analyze_text(
        "Decree-Law No. 12/2026\n"
        "Bans voice recognition in public services\n"
        "The Government decrees, under article 198 of the Constitution, the following:\n\n"
        "Article 1\nObject\nThis decree-law prohibits the use of voice recognition in public services.\n\n"
        "Article 2\nProhibition\nPublic services may not use voice recognition systems to identify callers.\n")
    assert [f.location.citation for f in a.prohibitions] == ["Art. 2"]


def test_a_mexican_articles_fractions_are_items_and_a_ban_that_does_not_include_them(analyze_text):
    a = analyze_text(
        "Article 4. The Obligated Subjects are prohibited from using gait recognition systems in the following "
        "cases:\n"
        "Section I. In public offices, to identify members of the public; and\n"
        "Section II. In prisons, to identify visitors.\n\n"
        "Article 5. The prohibition set forth in Article 4 does not include:\n"
        "Section I. Systems used only for the physical therapy of a patient who has consented; and\n"
        "Section II. Research approved by a university ethics committee.\n")
    assert a.prohibitions[0].location.citation == "Art. 4"
    assert [f.location.citation for f in a.exemptions] == ["Art. 5(I)", "Art. 5(II)"]


def test_a_statement_for_the_purposes_of_the_law_is_a_scope_exclusion_not_a_ban(analyze_text):
    a = analyze_text(
        "3. A police service must not use a face recognition system to identify an individual.\n"
        "4. For the purposes of this Regulation, a face recognition system is not used to identify an "
        "individual when it only counts the people entering a station.\n")
    assert [f.location.citation for f in a.prohibitions] == ["3"]
    assert [f.location.citation for f in a.exemptions] == ["4"]


def test_a_serious_threat_to_national_security_is_national_security(analyze_text):
    a = analyze_text(
        "6. (1) No person shall use a gait recognition system in a public place.\n"
        "(2) Subsection (1) does not apply where the Minister certifies in writing that a serious threat to "
        "the national security of the State exists.\n")
    assert categories(a) == ["national-security"]


def test_a_provision_that_does_not_govern_those_duties_carves_them_out(analyze_text):
    a = analyze_text(
        "IV. PROCEDURES\nA. Members shall not use predictive policing software.\n"
        "B. A deputy detailed to a federal counter-terrorism task force follows the host agency's rules while on "
        "task force work, and Section IV.A does not govern those duties.\n")
    assert categories(a) == ["national-security"]


EXEMPTIONS_CITED_SHAPES = [
    pytest.param(  # "unless the use is to find a person ... who is: (A) ...; or (B) ...": the items describe the
        # one person, no cases of their own
        "Sec. 4. A county agency shall not use a cell-site simulator unless the use is to find a person who has "
        "been reported missing and who is:\n(A) under 16 years of age; or\n(B) a vulnerable adult.\n",
        ["4"], id="unless-the-use-is-for-a-person-who-is"),
    pytest.param(  # a findings section is no law, whatever phrase of connection its heading has
        "Section 1. Findings in connection with gait recognition.\nThe use of gait recognition to find lost hikers is "
        "allowed in several states.\n\nSection 2. Prohibition.\nA town department shall not use gait "
        "recognition.\n",
        [], id="a-findings-heading-with-a-phrase-of-connection"),
    pytest.param(  # "a use permitted by section 1" names a use the law lets through: saying something is not one
        # denies it that way through, and exempts nothing
        "1. No municipal body shall use voice recognition.\n"
        "2. A match run by the Coroner between two recorded voices is not a use permitted by section 3.\n"
        "3. The Harbour Police may use voice recognition to find a missing diver.\n",
        ["3"], id="not-a-use-permitted-exempts-nothing"),
    pytest.param(  # inspecting with the technology is the conduct, not oversight of the law
        "1. No municipal body shall fly a drone over a building.\n"
        "2. The Fire Chief may inspect a burning building with a drone.\n",
        ["2"], id="inspecting-with-the-technology-is-the-conduct"),
    pytest.param(  # "is not a use prohibited by section 2": the participle modifies the noun, which heads the
        # predicate, so the sentence says what is not the banned use
        "1. No municipal body shall use voice recognition.\n"
        "2. A match run by the Coroner between a recorded voice and the voice of a deceased person is not a use "
        "prohibited by section 1.\n",
        ["2"], id="a-use-prohibited-by-a-section"),
    pytest.param(  # a predicate of several modifiers of one head, set off by commas: "is not iris, gait or voice
        # recognition" denies the technology
        "1. No municipal body shall use iris, gait or voice recognition.\n"
        "2. Software that detects a voice in a recording only to mute it before the recording is published is not "
        "iris, gait or voice recognition for the purposes of this By-law.\n",
        ["2"], id="a-predicate-of-listed-modifiers"),
    pytest.param(  # an inspection the law allows its overseer is oversight of the law, no way through its ban
        "Art. 4. Police stations shall not operate emotion recognition software.\n"
        "Art. 9. The Surveillance Auditor may carry out inspections at any police station, unannounced, and may "
        "order a station to remove software.\n",
        [], id="an-inspection-is-oversight"),
    pytest.param(  # lodging a complaint is a right the law gives, whoever lodges it: no way through the ban
        "4.1 The Port shall not use voice recognition on calls to its customer line.\n"
        "4.2 Callers who believe their voices were analysed contrary to 4.1 may submit a complaint to the "
        "Harbour Master.\n",
        [], id="lodging-a-complaint-is-no-exemption"),
    pytest.param(  # a definition that leaves out "an aircraft described in the Schedule" leaves out each row
        # of that schedule: the rows are the exemptions, not the pointer to them
        '1. Short title\nThis Act may be cited as the Aerial Surveillance Act 2027.\n\n2. Interpretation\n'
        'In this Act, "drone" means an aircraft flown without a pilot on board, but does not include an aircraft '
        "described in the Schedule.\n\n3. Prohibition\nNo public body shall fly a drone over a private dwelling.\n\n"
        "SCHEDULE\n(section 2)\n\nAIRCRAFT OUTSIDE THIS ACT\n\n"
        "1. A tethered balloon that carries a camera used only to survey crops.\n\n"
        "2. A model aircraft flown by a school for teaching purposes.\n",
        ["Schedule(1)", "Schedule(2)"], id="a-definition-leaves-out-the-rows-of-a-schedule"),
    pytest.param(  # a predicate of lawfulness put before its verb, the subject after it, as German drafting
        # reads in translation ("Admissible is ...", "Prohibited is ...")
        "§ 3 Prohibition\n(1) The municipal police shall not use emotion recognition software.\n"
        "(2) Admissible is the use of such software in a training exercise in which no member of the public is "
        "recorded.\n",
        ["3(2)"], id="a-fronted-predicate-of-lawfulness"),
    pytest.param(  # what is declared not to be one of the law's defined terms stands outside the ban that
        # speaks in that term
        '1. In this Part, "public meeting" means a meeting of the Council that is open to the public.\n'
        "2. No person shall use voice recognition on a recording of a public meeting.\n"
        "3. A closed session of a committee shall not be regarded as a public meeting for the purposes of this "
        "Part.\n",
        ["3"], id="declared-not-to-be-a-defined-term"),
    pytest.param(  # a side heading printed before its section's number ("Missing children 2. (a) ...") heads
        # that section: the exemption cites it, not the chapter over it
        "Chapter Two\nUse of Gait Recognition\n\n"
        "Prohibition 1. No State institution shall use gait recognition in a public place.\n\n"
        "Missing children 2. (a) The Police may use gait recognition to find a missing child.\n\n"
        "(b) A search under subsection (a) shall be entered in the register.\n\n"
        "Emergencies 3. The Fire Service may use gait recognition during a fire that endangers life.\n",
        ["2(a)", "3"], id="a-side-heading-before-its-number"),
    pytest.param(  # a section's title set on the line above its number is no part of its first sentence:
        # "For the purposes of subsection 5(1)" still opens it, and says what the ban does not reach
        "Prohibition\n5(1) A public body must not use a drone to observe an individual.\n\n"
        "Missing persons\n6 A public body may use a drone to search for an individual who is lost or missing.\n\n"
        "Surveys\n7 For the purposes of subsection 5(1), a drone is not used to observe an individual when it is "
        "flown to count caribou.\n",
        ["6", "7"], id="a-title-above-the-section-number"),
    pytest.param(  # "Before a fire crew leaves a burning building": a clause with its own verb, not leave granted
        # before a route (the permission after it is one exemption)
        "Sec. 2. (a) No county department shall fly a drone.\n"
        "(b) Before a fire crew leaves a burning building, its commander may fly a drone over the building solely "
        "to find anyone still trapped inside.\n",
        ["2(b)"], id="a-verb-leaves-is-no-leave-granted"),
    pytest.param(  # a data word inside a tribunal's name is no regulated data
        "4. (1) No person shall use an emotion recognition system in a workplace.\n"
        "(2) A person fined under this section may, within thirty days, appeal to the Privacy and Data "
        "Review Tribunal.\n",
        [], id="data-word-inside-a-tribunals-name"),
    pytest.param(  # "may conduct a flight" under a ban on flying: the banned act as a noun
        "2. No person covered by these rules may fly an unmanned aircraft over the marina for the purpose of "
        "filming persons.\n"
        "3. A division may conduct a flight for a particular project once the Harbour Master has signed a "
        "flight order for that project.\n",
        ["3"], id="banned-act-as-a-noun"),
    pytest.param(  # "is directed to cancel": bidden, not let
        "BE IT RESOLVED that no Port department shall use a voice recognition system.\n"
        "BE IT FURTHER RESOLVED that the Port Director is directed to cancel, within ninety days, any contract "
        "for voice analytics services.\n",
        [], id="directed-to-act"),
    pytest.param(  # "...; such audio may be stored": the exemption goes on
        "4.1 No employee shall use voice recognition or store audio recordings of patrons.\n"
        "4.2 Section 4.1 does not prohibit the panic button in each library branch, which sends live audio to "
        "security staff when pressed by an employee facing a threat to safety; such audio may be stored for a "
        "week but shall not be subjected to voice recognition.\n",
        ["4.2"], id="semicolon-points-back"),
    pytest.param(  # what "does not fall within" a definition is outside the law
        "12-4. (1) In this section \"gait analysis software\" means software that identifies a person by the "
        "way the person walks.\n"
        "(2) Software that measures a patient's stride in a hospital clinic does not fall within subsection (1).\n"
        "(3) No county agency shall use gait analysis software.\n",
        ["12-4(2)"], id="not-within-the-definition"),
    pytest.param(  # a permission on terms under a "Permitted Use" heading is that exception
        "Article 3. Prohibition\n"
        "1. State bodies shall be prohibited from the remote use of voice recognition technology.\n\n"
        "Article 4. Permitted Use\n"
        "1. The Prison Service may use voice recognition technology solely in order to verify the identity of "
        "prisoners making telephone calls.\n",
        ["Art. 4(1)"], id="permitted-use-heading"),
    pytest.param(  # keeping the power to prosecute breaches is enforcement
        "Section 4. (a) No county agency shall use a cell-site simulator.\n"
        "(b) Nothing in this section shall be construed to restrict the authority of the Attorney General to "
        "investigate and prosecute contraventions of subsection (a).\n",
        [], id="power-to-prosecute-breaches"),
    pytest.param(  # inspecting the register the law keeps is oversight
        "12. (1) A police officer must not use a predictive policing system.\n"
        "(2) The Inspector of Police may at any time inspect the register kept under section 9 and any record of a "
        "search made with a system.\n",
        [], id="inspect-the-register"),
    pytest.param(  # ("ANPR data": a data word after initials no lexicon knows is the predicate's head)
        "(1) A county agency shall not sell or share ANPR data.\n"
        "(2) Hourly counts of the vehicles that pass a camera, kept with no plate number, are not ANPR data for "
        "the purposes of this section.\n",
        ["(2)"], id="what-is-declared-not-to-be-the-regulated-data-is-a-scope-exclusion"),
    pytest.param(
        "3. (1) No public body shall use a voice recognition system.\n"
        "4. (1) The State Police may use a voice recognition system, on a warrant given under section 5, only "
        "for the purpose of -\n"
        "(a) finding a missing child;\n"
        "(b) preventing a specific and imminent threat to the life of any person; or\n"
        "(c) identifying a person reasonably suspected of having committed a serious offence.\n",
        ["4(1)(a)", "4(1)(b)", "4(1)(c)"], id="the-purposes-a-split-only-leads-are-each-an-exemption"),
    pytest.param(
        "3. (1) No public body shall use a voice recognition system.\n"
        "4. (1) The State Police may use a voice recognition system, on a warrant given under section 5, only "
        "where all of the following conditions are met -\n"
        "(a) the offence carries a term of five years;\n"
        "(b) the use is strictly necessary; and\n"
        "(c) the judge has set a time limit.\n",
        ["4(1)"], id="a-split-only-that-sets-conditions-leads-the-terms-of-one-exemption"),
]


@pytest.mark.parametrize("text, cited", EXEMPTIONS_CITED_SHAPES)
def test_a_drafting_shape_is_read_with_its_exemptions_where_they_stand(analyze_text, text, cited):
    assert [f.location.citation for f in analyze_text(text).exemptions] == cited


def test_a_chapter_and_colon_section_number_opens_a_section(analyze_text):
    # New Hampshire numbers a section "162:7": its paragraphs I, II ... belong to it, not to the last
    # paragraph of the section before
    a = analyze_text(
        "162:6 Restrictions.\n"
        "I. No state agency shall use a gait recognition system.\n"
        "162:7 Allowed Uses. A state agency may use a gait recognition system only:\n"
        "I. To find a missing child; or\n"
        "II. With a search warrant.\n"
        "162:8 Reports.\n"
        "I. Each agency shall publish an annual report of its uses.\n")
    assert [f.location.citation for f in a.prohibitions] == ["162:6(I)"]
    assert sorted((f.location.citation, f.category) for f in a.exemptions) == [
        ("162:7(I)", "missing-persons"), ("162:7(II)", "warrant")]


def test_a_person_left_out_for_use_on_a_personal_device_is_personal_device(analyze_text):
    a = analyze_text(
        "1. \"Deployer\" means any person who uses a voice recognition system; the term does not include an "
        "individual who uses such a system on a personal device for a purely private activity.\n"
        "2. No deployer shall use a voice recognition system in a public space.\n")
    assert [f.category for f in a.exemptions] == ["personal-device"]


def test_a_limit_on_what_a_permitted_use_yields_narrows_that_permission(analyze_text):
    a = analyze_text(
        "3. No officer shall fly a drone to photograph persons at a public meeting.\n"
        "4. An officer of the rank of sergeant or above may fly a drone over a public meeting to photograph "
        "the commission of a serious offence, and the photographs shall be used only as evidence of that "
        "offence.\n")
    assert [f.location.citation for f in a.prohibitions] == ["3"]
    assert [(f.location.citation, f.category) for f in a.exemptions] == [("4", "criminal-investigation")]


def test_a_courts_remedies_for_a_breach_are_no_exemptions(analyze_text):
    a = analyze_text(
        "6. No public authority shall operate an emotion recognition system.\n"
        "9. (1) A person whose image has been processed in breach of section 6 may apply to the Supreme Court.\n"
        "(2) On such an application, the Supreme Court may—\n"
        "(a) grant an injunction restraining the use of the system;\n"
        "(b) order the deletion of the images concerned; and\n"
        "(c) award compensation.\n")
    assert a.exemptions == []
    assert [f.location.citation for f in a.prohibitions] == ["6"]


def test_an_arrangement_of_sections_before_the_long_title_opens_no_section(analyze_text):
    # the list ends at its last entry, though the long title and enacting words stand before the body
    a = analyze_text(
        "Arrangement of Sections\n\n"
        "PART 1   PRELIMINARY\n1   Interpretation\n2   Prohibition on voice recognition\n"
        "3   Matters outside the prohibition\n4   Commencement\n\n"
        "An Act to restrict the use of voice recognition systems by public bodies, and for related purposes, "
        "including the keeping of a public register of the systems that public bodies hold on the commencement "
        "of this Act\n\n"
        "Be it enacted by the President and Parliament as follows-\n\n"
        "PART 1   PRELIMINARY\n\n"
        "1   Interpretation\nIn this Act, public body means a Ministry or department of the Government.\n\n"
        "2   Prohibition on voice recognition\nA public body must not use a voice recognition system.\n\n"
        "3   Matters outside the prohibition\nSection 2 does not apply to a voice recognition system used "
        "to find a missing child.\n\n"
        "4   Commencement\nThis Act commences on 1 July 2026.\n")
    assert [f.location.citation for f in a.prohibitions] == ["2"]
    assert [(f.location.citation, f.category) for f in a.exemptions] == [("3", "missing-persons")]


def test_a_capitalised_name_with_no_body_head_is_no_actor(analyze_text):
    a = analyze_text(
        "Section 2. No public body shall use a drone to observe any person.\n"
        "Section 3. Section 2 does not apply to the Olympic Games held in the city in 2032.\n")
    assert [f.category for f in a.exemptions] != ["actor-carve-out"]


def test_the_span_tag_and_verb_group_filters_change_no_finding(monkeypatch, analyze_text):
    # the frame reader passes, at one look, words that can add no span tag or open no verb group: with
    # the filters off, every finding must be the same
    from redline_cli.analysis.frames import FrameReader

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))]

    def read(text):
        a = analyze_text(text)
        return [(f.rule_id, f.category, f.location and f.location.citation, f.quote) for f in a.findings]

    before = [read(t) for t in texts]
    post_init = FrameReader.__post_init__

    def unfiltered(self):
        post_init(self)
        self._tags_word[:] = self._may_open_group[:] = [True] * len(self.toks.lower)

    monkeypatch.setattr(FrameReader, "__post_init__", unfiltered)
    assert [read(t) for t in texts] == before


EXEMPTIONS_CATEGORISED_SHAPES = [  # each exemption where it stands, and its category
    pytest.param(  # the banned act as a noun ("a flight", "a deployment") with a light or pro-verb ("may be made",
        # "may take place") is the regulated conduct: its terms are the way through
        "1. Policy\nThe Constabulary will not deploy remotely piloted aircraft over a public assembly.\n"
        "2. Authority to deploy\nA deployment over a procession may take place only with the prior written "
        "authority of a Superintendent, who must record the reasons for it.\n",
        [("2", "administrative-approval")], id="a-deployment-may-take-place-only-with-authority"),
    pytest.param(  # the rows of a schedule of purposes are its numbered items, not the passage certificate after them
        "3. No public body shall use a drone with a camera except for a purpose specified in the Schedule.\n\n"
        "SCHEDULE\n\nPURPOSES FOR WHICH A DRONE MAY BE USED\n\n"
        "1. Searching for a person lost at sea or in the bush.\n\n"
        "2. Surveying roads and bridges after a cyclone.\n\n"
        "Passed in the Legislative Council this 2nd day of June, 2026.\n\nSPEAKER\n\nCLERK OF THE COUNCIL\n",
        [("Schedule(1)", "missing-persons"), ("Schedule(2)", "other")], id="a-passage-certificate-after-schedule-rows"),
    pytest.param(  # a route the law refuses ("consent shall not constitute a ground for ...") leaves no use out
        "Article 3\n1. Municipal police shall not use emotion recognition systems.\n2. The consent of the person "
        "observed shall not constitute a ground for using such a system.\n3. Paragraph 1 shall not prevent a "
        "municipal hospital from using an emotion recognition system to assess the pain of a patient who cannot "
        "speak.\n",
        [("Art. 3(3)", "other")], id="consent-is-no-ground"),
    pytest.param(  # an "Object" article that leaves a body's activities alone ("is without prejudice to")
        # rules that much
        "Article 1\nObject\n1 - This law lays down the conditions under which the security forces may use drones "
        "over public gatherings.\n2 - This law is without prejudice to the activities of the Armed Forces in the "
        "defence of the national territory.\nArticle 2\nProhibition\nThe security forces shall not fly drones "
        "with cameras over public gatherings.\n",
        [("Art. 1(2)", "national-security")], id="an-object-article-that-leaves-a-body-alone"),
    pytest.param(  # a heading of a use's purposes ("Research and teaching purposes") is no Purpose heading
        "Article 2\nProhibition\nPublic universities shall not use emotion recognition systems on students.\n"
        "Article 3\nResearch and teaching purposes\nThe use of the systems referred to in the previous article is "
        "permitted in a laboratory study approved by the ethics committee, with the written consent of each "
        "participant.\n",
        [("Art. 3", "other")], id="a-heading-of-a-uses-purposes"),
    pytest.param(  # an article headed "Purpose of the Law" that also leaves a body out of the law's reach rules
        # that much; a heading "... for medical purposes" names a purpose, it is no Purpose heading
        "Article 1. Purpose of the Law\n1. The purpose of this Law is to protect private life by limiting voice "
        "identification by state bodies.\n2. This Law shall not apply to the activities of the Foreign "
        "Intelligence Service carried out for the purposes of national security.\n"
        "Article 2. Prohibition\nState bodies shall not use voice recognition systems.\n"
        "Article 3. Voice analysis for medical purposes\nArticle 2 of this Law shall not prevent a state hospital "
        "from using a voice recognition system to diagnose a disease of a patient, on the prescription of a "
        "physician.\n",
        [("Art. 1(2)", "national-security"), ("Art. 3", "other")], id="a-purpose-article-that-leaves-a-body-out"),
    pytest.param(  # a PREAMBLE runs to the next title in capitals, numbered or not
        "TOWNSHIP POLICE GENERAL ORDER 7 - DRONES\n\nPREAMBLE\nThe Department recognizes that drones raise concerns "
        "for the privacy of residents.\n\nPROHIBITED FLIGHTS\nMembers shall not fly a drone over a private "
        "backyard.\n\nAUTHORIZED FLIGHTS\nA member may fly a drone over a private backyard to search for a hiker "
        "reported lost.\n",
        [("", "missing-persons")], id="a-preamble-runs-to-the-next-capital-title"),
    pytest.param(  # items of a lead-in inside an "unless" ("tested to determine:") are what the test must show,
        # no ways through; a duty to run cameras is no exemption a restriction on their data could be a term of
        "Sec. 1. No agency shall use a gait recognition system unless the system has been audited to determine:\n"
        "(a) its error rate for older persons;\n(b) its error rate for persons who use a wheelchair; or\n"
        "(c) its error rate at night.\n"
        "Sec. 2. The Transit Police shall operate cameras on every platform.\n"
        "Sec. 3. Gait recognition data derived from the platform cameras under Sec. 2 may be used only to "
        "investigate a homicide.\n",
        [("3", "criminal-investigation")], id="items-inside-an-unless-and-a-duty-cited"),
    pytest.param(  # a policy's "Reason for Policy" says why it bans: what people are entitled to there is no
        # permission of the conduct
        "POLICY 4.07 - DRONES OVER CAMPUS\n1. Policy Statement\nNo unit of the College shall fly a drone with a "
        "camera over student housing.\n2. Reason for Policy\nResidents are entitled to move about campus and take "
        "part in campus life without being identified by automated systems.\n3. Roof Inspections\nFacilities "
        "Services may fly a drone over student housing to inspect roofs after a storm.\n",
        [("3", "other")], id="a-reason-for-policy-heading"),
    pytest.param(  # the purpose an "only" gives the regulated conduct in a section of its own is a way through,
        # whatever topic it names (not where the "only" narrows an exemption stated just before it)
        "2. Policy. The Authority shall not use automated license plate readers on its bridges.\n"
        "3. Toll lanes. At toll lanes the Authority may use its plate readers only to bill a vehicle that has "
        "crossed without a transponder.\n"
        "4. Missing persons. The Authority may search plate reads for the vehicle of a person reported missing. "
        "Reads searched under this paragraph may be used only to find that person.\n",
        [("3", "other"), ("4", "missing-persons")], id="the-purpose-only-gives-the-conduct"),
    pytest.param(  # each item of an "unless:" list joined by "or" is a way through, whether or not it names a
        # topic; a quantifier floating between the modal and its verb ("may each use") leaves the permission whole
        "Section 6. Tracking of vehicles\n(1) A county officer shall not attach a GPS tracking device to a motor "
        "vehicle unless:\n(a) the owner of the vehicle has signed a written agreement with the county for the "
        "tracking of that vehicle; or\n(b) the board of supervisors has declared the vehicle abandoned.\n"
        "(2) The fleet manager and the sheriff may each use GPS tracking devices on vehicles owned by the county, "
        "for the sole purpose of locating those vehicles.\n",
        [("6(1)(a)", "other"), ("6(1)(b)", "legislative-authorization"), ("6(2)", "other")],
        id="alternatives-of-an-unless-and-may-each-use"),
    pytest.param(  # a PREAMBLE on its own line opens matter that rules nothing, up to the "Sole article." of a
        # Spanish law, which is its one article
        "ORGANIC LAW 9/2026, of 3 March, on voice identification by the police\n\nPREAMBLE\n\n"
        "Voice identification permits the police to recognise a speaker from a short recording. This Law is approved "
        "in the exercise of the powers of the State over public security.\n\n"
        "Sole article. Prohibition of voice identification.\n\n"
        "1. The police forces may not identify persons by their voice in public spaces.\n\n"
        "2. The Judicial Police may nevertheless compare a lawfully seized recording with the voice of a person under "
        "investigation for a specific offence punishable by more than five years of imprisonment.\n",
        [("Art. Sole(2)", "criminal-investigation")], id="a-preamble-and-a-sole-article"),
    pytest.param(  # a rule's closing "Statement of Basis and Purpose" explains the rule: no exemption in it
        "Rule 3.1 Prohibition\nThe Department shall not use facial recognition on the license photograph file.\n\n"
        "Rule 3.2 Fraud checks\nThe Department may compare each new license photograph with the file to detect "
        "duplicate licenses.\n\nStatement of Basis and Purpose\n\nThis rule ends the practice of running "
        "photographs for police agencies. Requests are now permitted only with a court order or to find a missing "
        "child.\n",
        [("3.2", "other")], id="a-statement-of-basis-and-purpose"),
    pytest.param(  # a causative "have" whose thing is long and holds "of that call" ("that" a determiner after
        # a preposition, no relative clause): the participle after it is the conduct permitted
        "Rule 12. Voice matching\n(1) No member of the Sheriff's Office shall compare the voice of a caller with "
        "stored voiceprints.\n(2) Where a caller threatens to kill a hostage within the next hour, the duty sergeant "
        "may have the audio of that call matched against stored voiceprints to find the caller.\n",
        [("12(2)", "imminent-threat")], id="have-the-audio-of-that-call-matched"),
    pytest.param(  # leave to apply for a warrant names no use: the grant after it states the route; an
        # application heard in chambers is procedure, no way through
        "8. No police officer shall install a tracking device on a motor vehicle.\n"
        "9. (1) An inspector may apply to a magistrate for a tracking warrant.\n"
        "(2) A magistrate may issue a tracking warrant authorising the police to install a tracking device on a "
        "motor vehicle used in the commission of an indictable offence.\n"
        "(3) An application for a tracking warrant may be heard in chambers.\n",
        [("9(2)", "warrant")], id="the-grant-after-a-bare-application-states-the-route"),
    pytest.param(  # a code's dotted section cited whole ("Section 4.20.050"); an opening "Subject to" that
        # section is no part of the subject, so the restriction is no term of whatever that section permits,
        # and its purposes are the ways through
        "4.20.040 Drones.\nNo department of the Town shall operate an unmanned aircraft except as provided in "
        "Section 4.20.050.\n"
        "4.20.050 Permitted flights.\nSubject to the logging duties of Section 4.20.060, an unmanned aircraft may be "
        "flown only for the following purposes:\n"
        "A. To look for a hiker who has been reported lost on Town land;\n"
        "B. To inspect the roof of a Town building after a storm.\n"
        "4.20.060 Logs.\nThe pilot shall record the time and place of each flight in the Town's flight log.\n",
        [("4.20.050(A)", "missing-persons"), ("4.20.050(B)", "other")], id="subject-to-a-dotted-section-opens"),
    pytest.param(  # the ban excepts "the cases provided for by part three of this Article" (a part numbered
        # in words), and part three commands the banned act in listed cases: each case is a way through
        "Article 7. Transfer of location data\n"
        "1. Mobile network operators are prohibited from disclosing the location data of subscribers to any "
        "state body, other than in the cases provided for by part three of this Article.\n"
        "2. Operators shall keep location data for no longer than twelve months.\n"
        "3. A mobile network operator shall disclose the location data of a subscriber:\n"
        "1) upon a ruling of a court issued for a particular subscriber;\n"
        "2) to the border guard service, where the subscriber is reported missing in the mountains.\n",
        [("Art. 7(3)(1)", "warrant"), ("Art. 7(3)(2)", "missing-persons")], id="a-duty-in-the-part-the-ban-excepts"),
    pytest.param(  # a bare dotted number cited "of this Law" (the former Soviet states' drafting): the
        # conduct "specified in 4.1.2" is the ban's item, so its cases are ways through it; "may decide to carry
        # out" that conduct is to be let carry it out
        "Article 4. Prohibitions\n4.1. Bodies of state power shall be prohibited from:\n"
        "4.1.1. installing automated number-plate readers on public roads;\n"
        "4.1.2. tracking the location of a citizen through the signals of his mobile telephone.\n"
        "Article 5. Exceptional cases\n"
        "5.1. The action specified in 4.1.2 of this Law may be carried out only in the following cases:\n"
        "5.1.1. upon the written permission of a judge of the district court;\n"
        "5.2. Where a child has gone missing, the head of the territorial police body may decide to carry out the "
        "action specified in 4.1.2 of this Law for not longer than forty-eight hours.\n",
        [("5.1.1", "warrant"), ("5.2", "missing-persons")], id="the-action-specified-in-a-dotted-item"),
    pytest.param(  # "unless the flight, recording or monitoring is— (a) ...; or (b) ...": each case the ban's
        # "unless" names is a way through it (the nouns of conduct cut by commas are no pointer)
        "12 Limits on drones\n(1) A council officer must not fly, record with or monitor from a drone over a "
        "dwelling unless the flight, recording or monitoring is—\n"
        "(a) authorised by a warrant issued by a magistrate; or\n"
        "(b) for the sole purpose of finding a person reported missing.\n",
        [("12(1)(a)", "warrant"), ("12(1)(b)", "missing-persons")], id="unless-the-conduct-is-one-of-these-cases"),
    pytest.param(  # "the bodies of internal affairs" are the police, as the former Soviet states' laws name them in
        # translation: no internal affairs unit that disciplines, and no remedy
        "Article 5. Use of drones\n1. State bodies shall not use unmanned aerial vehicles over public assemblies.\n"
        "2. The bodies of internal affairs may use unmanned aerial vehicles over a public assembly on the basis of "
        "a written permission of the Minister of Internal Affairs issued for that assembly.\n",
        [("Art. 5(2)", "administrative-approval")], id="the-bodies-of-internal-affairs"),
    pytest.param(  # a relative clause closed by an aside set off with commas ("that the agency did not request,
        # directly or indirectly,"): the verb after it is the sentence's own
        "Sec. 3. (a) A county agency shall not obtain or use voice recognition results.\n"
        "(b) A county agency that receives information derived from voice recognition that the agency did not "
        "request, directly or indirectly, does not violate subsection (a) if it deletes the information within "
        "ten days.\n",
        [("3(b)", "inadvertent-receipt")], id="an-aside-closes-a-relative-clause"),
    pytest.param(  # a defined term alone above its items: "(B) does not include ..." says what that term
        # (here the bound actor) leaves out
        "Sec. 4. (a) A public agency may not use gait recognition technology.\n(b) In this section,\n"
        '(1) "public agency"\n(A) means a department or board of the state or of a borough;\n'
        "(B) does not include the harbor patrol of a borough while it is on board a vessel;\n",
        [("4(b)(1)(B)", "actor-carve-out")], id="an-item-under-a-defined-term-alone"),
    pytest.param(  # the conduct "may occur" in a case: that case is the way through the ban
        "Rule 4. (1) A county agency may not record voiceprints of callers to a crisis line.\n"
        "(2) Such recording may occur where the agency has first obtained a search warrant signed by a "
        "circuit judge.\n",
        [("4(2)", "warrant")], id="the-conduct-may-occur-in-a-case"),
    pytest.param(  # an item under a "Permitted uses" heading that allows the conduct only by a route, with no
        # exception before it to narrow, is that way through: the judge's order is a warrant exemption
        "Chapter Two\nProhibition\n\n3. No State body shall collect or use the voiceprint of any person.\n\n"
        "Chapter Three\nPermitted Uses\n\n"
        "4. (a) A voiceprint of a person may be collected from calls intercepted by the Police only under an "
        "order of the High Court.\n\n(b) An order under subsection (a) is valid for thirty days.\n",
        [("Ch. Three(4)(a)", "warrant")], id="a-listed-use-allowed-only-by-a-route"),
    pytest.param(  # an actor the definition leaves out is carved out, though what describes it is enforcing
        # the law ("a lawyer ... retained to prosecute violations of this chapter"): no savings of enforcement
        "Sec. 14-2. Definitions.\nTOWN AGENCY: Any office, board or employee of the Town. The term shall not be "
        "construed to include the Town Solicitor, or a lawyer the Selectboard has retained to prosecute violations of "
        "this chapter.\n"
        "Sec. 14-3. No Town agency shall use gait recognition software.\n",
        [("14-2", "actor-carve-out")], id="a-definition-leaves-out-an-actor-who-enforces-the-law"),
    pytest.param(  # a proviso that opens its sentence derogates from the ban before it: the permission it
        # gives "solely" for a purpose lets that purpose through, and is no ban of the rest
        "7. Restriction on voice analysis: (1) No municipal body shall procure or use voice analysis software.\n"
        "Provided that the Harbour Security Unit may use such software solely for the purpose of screening "
        "threats to national security at the port.\n",
        [("7", "national-security")], id="a-proviso-permitting-solely-for-a-purpose"),
    pytest.param(  # a run-in list wrapped mid-sentence goes on in the next line
        "Sec. 2. No county department shall fly a drone over a home.\n"
        "Sec. 3. The Sheriff may fly a drone over a home only as follows: (a) to find a lost child; (b) to survey "
        "flood damage; or (c) to follow a suspect, and\n"
        "only if a judge has issued a warrant for that flight.\n",
        [("3(a)", "missing-persons"), ("3(b)", "other"), ("3(c)", "warrant")], id="a-wrapped-run-in-list"),
    pytest.param(  # items joined by "and" are terms of one permission, though a heading follows the list
        "7 Ban\nA local authority must not use gait recognition.\n\n"
        "8 Entry to council depots\n"
        "A local authority may use gait recognition at the gate of a council depot, but only—\n"
        "(a) to admit an employee who has enrolled in the system; and\n"
        "(b) if no template of any other person is kept.\n\n"
        "Subpart 2—Reports\n\n"
        "9 Annual report\nEach local authority must report its use of gait recognition each year.\n",
        [("8", "access-control")], id="and-joined-terms-before-a-heading"),
    pytest.param(  # "arrange" a comparison is to carry it out; "have X switched on" far past its noun phrase
        "Art. 2. The municipal police shall not compare camera images with any photograph database.\n"
        "Art. 3. Where a child has been reported missing, the chief of the municipal police may have the face "
        "comparison module of the city's street camera network switched on for that search alone.\n"
        "Art. 4. Where a court so orders in a criminal case, the chief may arrange the comparison of stored "
        "images with the photograph of the accused.\n",
        [("Art. 3", "missing-persons"), ("Art. 4", "warrant")], id="may-arrange-or-have-switched-on"),
    pytest.param(  # a first item after a lead-in opens a list under it, though a list of its style is open above
        "Art. I. — Law No. 5/2001 on the municipal guard is amended as follows:\n"
        "1. After Article 12, a new article, Article 12^1, is inserted, with the following content:\n"
        "\"Art. 12^1. — (1) For the purposes of this article:\n"
        "a) drone — an aircraft flown without a pilot on board;\n"
        "b) gathering — a meeting of people in a public place.\n"
        "(2) The municipal guard shall not fly a drone over a gathering.\n"
        "(3) By way of derogation from paragraph (2), a drone may be flown over a gathering in these cases:\n"
        "a) to find a child reported missing at the gathering;\n"
        "b) under a warrant issued by a judge.\"\n",
        [("Art. I(1)(b)(3)(a)", "missing-persons"), ("Art. I(1)(b)(3)(b)", "warrant")],
        id="a-new-list-under-a-lead-in-of-another-style"),
    pytest.param(  # a court's power to order the data deleted remedies a breach; it lets nothing through
        "4.1 The Department shall not keep gait recognition data for more than 30 days.\n"
        "4.2 A court of competent jurisdiction may order the Department to delete gait data held longer than 30 "
        "days.\n"
        "4.3 The Department may keep gait data longer under a search warrant.\n",
        [("4.3", "warrant")], id="a-court-may-order-the-data-deleted"),
    pytest.param(  # a definition that "does not refer to" something leaves it out, as "does not include" does
        "2. In this Act, gait recognition means identifying a person from the way the person walks; the term "
        "does not refer to a door sensor that admits staff to a secure area of a prison.\n"
        "3. A public authority shall not use gait recognition.\n",
        [("2", "access-control")], id="the-term-does-not-refer-to"),
    pytest.param(  # "that" after a verb of conduct determines its object: the relative clause closed before
        "5. No council shall use voice recognition on a caller.\n"
        "6. A council which obtains a voiceprint from another body without having asked for or collected "
        "that voiceprint does not breach section 5 if it deletes the voiceprint within a week.\n",
        [("6", "inadvertent-receipt")], id="collected-that-voiceprint-a-determiner"),
    pytest.param(  # British spelling: "misdemeanour" is the misdemeanor a crime list names
        "3. (1) A council must not use an automated number plate recognition camera.\n"
        "(2) Subsection (1) does not prevent a council from using such a camera to trace a car used in the "
        "commission of a misdemeanour.\n",
        [("3(2)", "criminal-investigation")], id="british-spelling-misdemeanour"),
    pytest.param(  # a memorandum of understanding is an instrument: a body governed by one is handed to it
        "7.1 No sworn member shall use a cell-site simulator.\n"
        "7.2 Members assigned to the State Fusion Center are governed, while so assigned, by the Center's memorandum "
        "of understanding with the Department.\n",
        [("7.2", "national-security")], id="governed-by-a-memorandum-of-understanding"),
    pytest.param(  # a section sign cited alone, as the object: a law, not an empty object
        "§ 31-4. No borough agency shall fly a drone over a dwelling.\n\n"
        "§ 31-5. A flight to find a hiker reported missing falls outside § 31-4.\n",
        [("31-5", "missing-persons")], id="falls-outside-a-section-sign"),
    pytest.param(  # a burden of the law "not imposed on" a body, in the passive: the law does not reach it
        "4(1) A municipality must not use a drone to watch a public assembly.\n"
        "4(2) The duties of a municipality under subsection (1) are not placed on the Winnipeg Transit "
        "Authority.\n",
        [("4(2)", "actor-carve-out")], id="duties-not-placed-on-a-body"),
    pytest.param(  # a law noun an actor's relative clause follows names acts, not a law a savings clause keeps
        "§ 12\n(1) The municipal guard shall not use gait recognition in the old town.\n"
        "(2) Paragraph 1 leaves unaffected the measures that the guard is required by federal law to take at "
        "the border.\n"
        "(3) Paragraph 1 leaves unaffected the measures adopted by the council before 2024.\n",
        [("12(2)", "legal-compliance")], id="measures-that-the-police-must-take-are-acts"),
    pytest.param(  # a defined term named bare, with no quotes and no article, is the term
        "1. Definitions. \"Covered entity\" means a department, board or office of the county.\n"
        "Covered entity does not include the county hospital authority.\n"
        "2. A covered entity shall not use emotion recognition software.\n",
        [("1", "actor-carve-out")], id="a-bare-defined-term-does-not-include"),
    pytest.param(  # a list run into one paragraph: "(a)" after a colon, each next label after a semicolon
        "Sec. 3. No township employee shall use a license plate reader.\n"
        "Sec. 4. The Township Police may use a license plate reader only as follows: (a) to look for a vehicle "
        "named in a missing child alert; (b) to locate a vehicle that a search warrant describes; or (c) to count "
        "cars entering the township park, if no plate is stored. A report under subsection (a) of Sec. 5 is due "
        "each June.\n",
        [("4(a)", "missing-persons"), ("4(b)", "warrant"), ("4(c)", "other")], id="a-list-run-into-its-paragraph"),
    pytest.param(  # a permission whose condition ends on "for": each item is a purpose it is let through for
        "§ 6\n(1) The municipal police shall not use a drone over a public gathering.\n"
        "(2) The municipal police may use a drone over a public gathering if this is indispensable for\n"
        "a) locating a child who has been reported missing at the gathering,\n"
        "b) averting a present danger to the lives of the participants.\n",
        [("6(2)(a)", "missing-persons"), ("6(2)(b)", "imminent-threat")],
        id="may-use-if-indispensable-for-items"),
    pytest.param(  # signed braces mark inserted ("{ + ... + }") and struck ("{ - ... - }") matter
        "Sec. 2. ORS 999.100 is amended to read:\n"
        "999.100. (1) A city may not use a cell-site simulator.\n"
        "(2) { + Subsection (1) does not prohibit the use of a cell-site simulator: + }\n"
        "{ + (a) + } Under an order of a circuit court judge naming the telephone.\n"
        "{ + (b) To find a caller to an emergency line whose life is in danger. + }\n"
        "{ - (3) A city may use a cell-site simulator when the city manager approves the use. - }\n",
        [("999.100(2)(a)", "warrant"), ("999.100(2)(b)", "imminent-threat")],
        id="signed-braces-insert-and-strike"),
    pytest.param(  # a predicate fronted before its verb, the subject after it
        "7. A municipal body shall not acquire a voice recognition system.\n"
        "8. Beyond the reach of section 7 are recordings that the Chief of Police approves in writing, one "
        "recording at a time.\n"
        "9. Exempted from this Part is any recording made under an order of the district court.\n"
        "10. Outside the ordinary workday the devices are switched off.\n",
        [("8", "administrative-approval"), ("9", "warrant")], id="outside-this-part-are-a-fronted-predicate"),
    pytest.param(  # the fronted predicate leads items, and the items are its subjects
        "Sec. 4. A town agency may not operate a license plate reader on a residential street.\n"
        "Sec. 5. Exempt from Sec. 4 are:\n"
        "(1) readers the Town Manager approves in writing for one street at a time;\n"
        "(2) readers used to search for a vehicle named in an Amber Alert; and\n"
        "(3) readers on a parking enforcement vehicle.\n",
        [("5(1)", "administrative-approval"), ("5(2)", "missing-persons"), ("5(3)", "other")],
        id="exempt-from-section-4-are-colon-items"),
    pytest.param(  # matter between "~~" marks is struck out: its carve-out is no longer law
        "Sec. 3. (a) No sheriff shall use a drone to record a residence.\n"
        "(b) ~~A sheriff may use a drone to record a residence in an emergency.~~\n"
        "(c) A sheriff may use a drone to record a residence under a search warrant.\n",
        [("3(c)", "warrant")], id="struck-matter-between-tildes-is-no-longer-law"),
    pytest.param(  # the conduct "may occur only" on a route, after the ban: the route is its exemption
        "1. A state agency shall not use a tracking device to follow a vehicle.\n"
        "2. Such tracking may occur only under an order of a district judge naming the vehicle.\n",
        [("2", "warrant")], id="such-use-may-occur-only-under-a-judges-order"),
    pytest.param(  # items that each name a purpose are alternatives though "and" joins the last
        "5.1 The District shall not operate a drone.\n"
        "5.2 A District drone may be flown:\n"
        "(a) to look for a hiker reported missing;\n"
        "(b) for training flights over the District yard; and\n"
        "(c) for a flight that the General Manager approves in writing.\n",
        [("5.2(a)", "missing-persons"), ("5.2(b)", "other"), ("5.2(c)", "administrative-approval")],
        id="purpose-items-joined-by-and-are-each-a-way-through"),
    pytest.param(  # an appropriation bans in a proviso, and each "Provided further, That" opens a rule
        "Sec. 12. Department of Transportation.\n"
        "For the operation of the highway patrol ...... $4,200,000: Provided, That none of the funds appropriated in "
        "this section shall be used to operate an unmanned aircraft over a public assembly: Provided further, That "
        "upon the report of a missing child, the patrol may fly an unmanned aircraft to search for the child: "
        "Provided further, That a flight authorized by a warrant issued by a judge may proceed.\n",
        [("12", "missing-persons"), ("12", "warrant")], id="provisos-of-an-appropriation-ban-and-except"),
    pytest.param(  # a complaint that reports a breach is a remedy, not a use let through
        "4. The Authority shall not use a license plate reader at a transit station.\n"
        "5. Any rider may file a grievance alleging a breach of section 4 with the Inspector General.\n",
        [], id="a-complaint-alleging-a-breach-is-no-exemption"),
    pytest.param(  # a parenthesis between "does not" and its verb; "stand in the way of" is "prevent"
        "4. A council must not use an emotion recognition system.\n"
        "5. A council that receives an emotion score it did not ask for does not, by reason only of receiving it, "
        "contravene section 4.\n"
        "6. Section 4 does not stand in the way of a test of such a system by a university for a published "
        "study.\n",
        [("5", "inadvertent-receipt"), ("6", "other")], id="does-not-comma-parenthesis-verb-and-stand-in-the-way"),
    pytest.param(  # the opening noun phrase of "other than" decides: a body and its subsidiaries are actors,
        # a kite flown by a pilot is a thing
        "3. In this Act—\n"
        "\"drone\" means an aircraft, other than a kite or a glider, that is flown by a pilot who is not on board;\n"
        "\"public body\" means an authority within the meaning of section 12 of the Public Audit Act 2013 (c. 3), "
        "other than Harbour Trust Cymru and any subsidiary of Harbour Trust Cymru.\n"
        "4. A public body must not fly a drone over a protest.\n",
        [("3", "actor-carve-out")], id="other-than-a-kite-is-no-exemption-other-than-a-body-and-its-subsidiaries-is"),
    pytest.param(  # a body by its initials; a technology's initials ("the ALPR") are the technology's
        "2. In this Act, public authority means a department of the State, but does not include the IBAC.\n"
        "3. A public authority must not use a cell-site simulator.\n",
        [("2", "actor-carve-out")], id="a-body-by-its-initials-is-an-actor"),
    pytest.param(  # the route after "unless" leads; the law it is adopted under only describes it
        "7. The Port shall not operate a license plate reader at any terminal unless the Port Commission has first "
        "approved, by resolution adopted after the hearing required by Government Code section 54954, a use "
        "policy for that terminal.\n",
        [("7", "legislative-authorization")], id="the-route-after-unless-leads-over-the-law-it-follows"),
    pytest.param(  # in a ban on monitoring social media, "social media" names the technology, not a purpose
        "Article 3. Public bodies shall not carry out monitoring of social media.\n"
        "Article 4. Where there are grounds to suspect that a specific person has committed a criminal offence, "
        "the police may search and record publicly accessible content on social media concerning that person.\n"
        "Article 5. A public body may post notices on its own social media accounts.\n",
        [("Art. 4", "criminal-investigation"), ("Art. 5", "public-communications")],
        id="the-banned-technologys-own-words-are-no-topic"),
    pytest.param(  # an entry logged in a register is a record, not a person logging in to a device
        "2. No department shall fly a drone over a public park.\n"
        "3. The Parks Director may approve a single flight in writing, and each approval shall be logged in the "
        "flight register.\n",
        [("3", "administrative-approval")], id="logged-in-the-register-is-no-login"),
    pytest.param(  # "A" after a law noun is a label, so "yields" is the verb
        "Sec. 4. A. No department shall use voice recognition software.\n"
        "B. The ban in paragraph A yields to a federal regulation that obliges a department to record calls.\n",
        [("4(B)", "legal-compliance")], id="a-ban-in-paragraph-a-yields"),
    pytest.param(  # a law-making body and the courts are actors a definition can leave out
        "1. \"Public body\" means any state entity, but does not include the state assembly and its committees.\n"
        "2. No public body shall use a cell-site simulator.\n",
        [("1", "actor-carve-out")], id="the-legislature-left-out-of-a-definition-is-an-actor-carve-out"),
    pytest.param(  # the first permission is not the banned conduct; the one joined to it is
        "3. No county employee shall use facial recognition.\n"
        "4. The county may supply its employees with tablets that the holder can unlock by showing his or her "
        "own face, and employees may use that function, provided it identifies no one else.\n",
        [("4", "personal-device")], id="a-second-permission-in-the-clause-is-read-when-the-first-is-not-the-conduct"),
    pytest.param(  # a body's name with "and" in it is still one body's proper name
        "2. No public body shall use a base station simulator.\n"
        "3. The Radio Spectrum and Licensing Authority may use a base station simulator.\n",
        [("3", "actor-carve-out")], id="a-body-named-with-and-is-one-body"),
    pytest.param(  # a heading that opens with an -ing verb and its object names an activity, not findings
        "Section 2\nProhibition\n\nA municipality may not use a drone to observe a person.\n\n"
        "Section 3\nFinding a lost hiker\n\nThe rescue service may use a drone to look for a hiker who has "
        "been reported lost in the mountains, if the matter brooks no delay.\n",
        [("3", "missing-persons")], id="a-heading-finding-someone-is-no-findings-heading"),
    pytest.param(  # a capitalized participle inside a name ("Mounted", "United") does not end it
        "2. In this Part, \"police service\" means a municipal or regional police service, but does not include "
        "the Royal Mounted Harbour Guard.\n"
        "3. No police service shall operate a drone equipped with a face recognition camera.\n",
        [("2", "actor-carve-out")], id="a-body-whose-name-holds-a-participle-is-left-out"),
    pytest.param(  # older drafting: "shall mean"; two definitions in one sentence; an actor left out
        "Section 4. (a) As used in this section, \"gait recognition\" shall mean the identification of a "
        "person by the way the person walks; and \"agency\" shall mean any department or board of the town, "
        "other than the Harbor Pilots Commission.\n"
        "(b) No agency shall use gait recognition.\n",
        [("4(a)", "actor-carve-out")], id="shall-mean-defines-and-other-than-leaves-out-an-actor"),
    pytest.param(
        "1. No official of the Borough shall use voice recognition software.\n"
        "2. The term official does not include counsel retained by the Borough to represent it in litigation.\n",
        [("2", "actor-carve-out")], id="counsel-is-an-actor"),
    pytest.param(  # a contract's undertaking: the "that" clause is the norm, and a title holds "Task Force"
        "5. Restrictions.\n"
        "5.1 The Vendor undertakes that the Platform shall not be used to run face recognition searches, "
        "other than a search that the Regional Task Force Deputy Commander has approved in writing for a "
        "named case.\n",
        [("5.1", "administrative-approval")], id="an-undertaking-that-bans-and-a-topic-inside-a-title"),
    pytest.param(  # Canadian drafting: a comma, not a colon, before the items
        "4. (1) A municipal police service shall not use a gait recognition system.\n"
        "(2) Despite subsection (1), a municipal police service may use a gait recognition system only,\n\n"
        "(a) to locate a child who has been reported missing; or\n\n"
        "(b) under a production order made by a justice.\n",
        [("4(2)(a)", "missing-persons"), ("4(2)(b)", "warrant")], id="a-lead-in-ending-in-a-comma-opens-its-items"),
    pytest.param(  # the first item on the line after "only", the next ones on the lines after it
        "§ 6\n(1) The municipal guard shall not operate drones over residential areas.\n"
        "(2) The municipal guard may operate a drone over a residential area only\n"
        "a) to search for a person who has gone missing,\n"
        "b) when a court has ordered the observation of a named suspect.\n",
        [("6(2)(a)", "missing-persons"), ("6(2)(b)", "warrant")], id="a-first-item-straight-after-only-is-an-item"),
    pytest.param(
        "Article 4. The police shall not use gait recognition software.\n"
        "Article 5. The police may use gait recognition software on the basis of a court ruling that names "
        "the person sought.\n",
        [("Art. 5", "warrant")], id="a-court-ruling-is-a-warrant-route"),
    pytest.param(  # no actor word heads "the Directorate of Fisheries": a body-noun and two capitalised words
        "Section 2. No public body shall use a drone to observe any person.\n"
        "Section 3. Section 2 does not apply to the Directorate of Fisheries when it patrols coastal waters.\n"
        "Section 4. This Act does not govern the Kestrel Point Aquarium.\n",
        [("3", "actor-carve-out"), ("4", "actor-carve-out")], id="a-body-named-by-its-proper-name"),
    pytest.param(
        "2. The Constabulary shall not use a biometric identification system.\n"
        "3. Section 2 shall not be read as restricting a system that verifies the identity of an officer for "
        "the purpose of admitting the officer to a police station.\n",
        [("3", "access-control")], id="admitting-people-to-a-station-by-identity-check-is-access-control"),
    pytest.param(
        "4. (1) No public body shall use a gait recognition system.\n"
        "5. (1) Subject to subsection (2), the Secretary may, by Order, exempt a public body from section 4(1) "
        "for a specified use of a gait recognition system.\n"
        "(2) An Order under subsection (1) shall lapse after six months.\n",
        [("5(1)", "administrative-approval")], id="an-officials-power-behind-a-subject-to-opener-is-an-approval"),
    pytest.param(
        "Article 4. Public bodies shall not use emotion recognition systems.\n"
        "Article 5. Article 4 shall not apply where the use of a particular system is provided for in a law "
        "which sets its purpose and the period for which its data are kept.\n"
        "Article 6. Supervision follows the procedure provided for in the Data Protection Act.\n",
        [("Art. 5", "legislative-authorization")], id="a-use-a-law-provides-for-is-a-legislative-route"),
    pytest.param(
        "Article 2. The provincial police shall not use face recognition systems.\n"
        "Article 3. Article 2 does not cover a comparison ordered by a competent judge in a criminal case.\n"
        "Article 4. An investigator may, with the permission of the Criminal Court, compare a recorded voice "
        "with a voiceprint.\n",
        [("Art. 3", "warrant"), ("Art. 4", "warrant")], id="a-use-a-judge-orders-or-permits-is-a-warrant-route"),
    pytest.param(  # what "except"/"other than" lets through is only a pointer: the exemptions stand where pointed
        "2. No officer shall use a drone other than for a task listed in 5.1.\n"
        "3. The Service shall not use face recognition except as otherwise authorized.\n"
        "4. The Service shall not retain a face template except in the narrow cases set out in Part 9.\n"
        "5.1 An officer may use a drone to search for a child reported missing.\n",
        [("5.1", "missing-persons")], id="an-exception-that-only-points-elsewhere-is-no-exemption"),
    pytest.param(
        "9.0 Prohibition. No campus unit shall use a biometric recognition system.\n"
        "9.1 The following uses are permitted notwithstanding section 9.0:\n"
        "9.1.1 Fingerprint verification of staff for entry to a secure records vault, used only to open that vault.\n"
        "9.1.2 Software that blurs faces in footage before the footage is released to the public.\n",
        [("9.1.1", "access-control"), ("9.1.2", "redaction")], id="a-lead-in-that-derogates-from-a-numbered-ban"),
    pytest.param(  # a border agency named is an actor left out; securing the border is a purpose
        "3. The County shall not acquire or use face recognition technology.\n"
        "4. This ordinance does not govern the Transportation Security Administration or U.S. Customs and Border "
        "Protection at the County airport.\n"
        "5. Section 3 does not restrict the use of face recognition for the purpose of securing the border under "
        "a written agreement with a federal agency.\n",
        [("4", "actor-carve-out"), ("5", "national-security")], id="a-border-agency-left-out-is-an-actor"),
    pytest.param(  # a person wanted on an arrest warrant is a suspect sought, not a warrant route
        "2. The Police shall not use a licence plate reader.\n"
        "3. The Police may use a licence plate reader only -\n"
        "(a) to find a vehicle linked to a person named in an outstanding arrest warrant; or\n"
        "(b) to find a vehicle whose keeper's disappearance has been reported to the Police.\n",
        [("3(a)", "criminal-investigation"), ("3(b)", "missing-persons")], id="an-arrest-warrant-names-whom-is-sought"),
    pytest.param(  # the body consulted is heard, not exempted
        "4. No public body shall use a drone for surveillance.\n"
        "5. The Minister may, after consulting the Attorney-General, approve the use of a drone by a public body "
        "for a purpose stated in the approval.\n",
        [("5", "administrative-approval")], id="an-official-who-approves-after-consulting-a-prosecutor"),
    pytest.param(  # Turkish drafting: "ARTICLE 6 - (1)" and items lettered a) b) c) ç) in the Turkish alphabet
        "ARTICLE 5 - (1) Public institutions shall not use voice recognition systems.\n"
        "ARTICLE 6 - (1) The prohibition in Article 5 shall not prevent:\n"
        "a) the search for a missing child,\n"
        "b) the processing of recordings to the extent necessary to fulfil an obligation expressly imposed on "
        "the institution by a law,\n"
        "c) the verification of an employee's identity to unlock a device issued to the employee,\n"
        "ç) the listening to voice messages that members of the public send to the institution's social network "
        "accounts.\n"
        "(2) Recordings processed under paragraph (1) shall be deleted within thirty days.\n",
        [("Art. 6(1)(a)", "missing-persons"), ("Art. 6(1)(b)", "legal-compliance"), ("Art. 6(1)(c)", "personal-device"),
         ("Art. 6(1)(ç)", "public-communications")], id="turkish-articles-and-alphabet"),
    pytest.param(  # the route a judge grants in section 7 is the warrant; applying for it is its machinery
        "4. No public body shall operate a drone for surveillance.\n"
        "5. A public body may operate a drone for surveillance only -\n"
        "(a) to fight a fire; or\n"
        "(b) in accordance with an authorisation granted under section 7.\n"
        "7. (1) A police officer may apply to a Judge for an authorisation to operate a drone in the investigation "
        "of an offence punishable by imprisonment for ten years or more.\n"
        "(2) The Judge may grant the authorisation if satisfied that the evidence cannot be obtained by other "
        "means.\n",
        [("5(a)", "imminent-threat"), ("5(b)", "warrant")], id="a-route-granted-by-a-judge-elsewhere-in-the-law"),
    pytest.param(  # the title above the number, the number alone on its line: no part of the sentence
        "Prohibited use\n"
        "Article 4\n"
        "Public bodies shall not use remote face recognition in publicly accessible places.\n"
        "Intelligence services\n"
        "Article 5\n"
        "The State Intelligence Agency shall not be bound by the prohibition in Article 4 when protecting the "
        "security of the Republic.\n",
        [("Art. 5", "national-security")], id="an-article-number-alone-under-its-title"),
    pytest.param(  # Australian drafting runs a note into its words with no dash; a note is no part of the law
        "6 Use of gait analytics prohibited\n"
        "(1) A territory entity must not apply gait analytics to a recording.\n"
        "Note A state of emergency declared under the Emergencies Act does not suspend subsection (1), and the "
        "emergency controller's powers do not extend to applying gait analytics.\n"
        "7 Licensed research\n"
        "(1) A university may apply gait analytics to a recording for approved research.\n",
        [("7(1)", "other")], id="a-note-run-into-its-words-is-no-exemption"),
    pytest.param(  # "shall be without prejudice to": rights kept are no exemption; a use left alone is
        "Article 3\n"
        "(1) Public bodies shall not use emotion recognition systems.\n"
        "(2) Paragraph (1) shall be without prejudice to the rights of data subjects under the Data Protection "
        "Act.\n"
        "(3) Paragraph (1) shall be without prejudice to the processing of images where such processing is "
        "required by a Regulation of the European Union.\n",
        [("Art. 3(3)", "legal-compliance")], id="without-prejudice-after-a-modal"),
    pytest.param(  # a roman list opened mid-sentence after the definition's "(g)": (i) then (ii)
        "1. In this Act—\n"
        "(g) \"gait recognition system\" means software that identifies a person from the way the person walks, "
        "but does not include\n"
        "(i) software used solely to count pedestrians at a crossing, or\n"
        "(ii) software that measures the walking speed of a patient in a hospital.\n"
        "2. No public body shall use a gait recognition system.\n",
        [("1(g)(i)", "other"), ("1(g)(ii)", "other")], id="a-roman-list-opened-mid-definition"),
    pytest.param(  # Latin American numbering in translation: "Article 1st.", "Article 2nd."
        "Article 1st. This law governs the use of emotion recognition by public bodies.\n"
        "Article 2nd. Public bodies shall not use emotion recognition systems.\n"
        "Article 3rd. The prohibition in article 2nd does not apply to the search for a missing child.\n",
        [("Art. 3", "missing-persons")], id="articles-numbered-with-ordinal-suffixes"),
    pytest.param(  # the items finish the places of one use; a named Division is a body, not a Part
        "3. No public body shall use voice recognition technology.\n"
        "7. Section 3 does not apply to the use of voice recognition technology to control access by staff to -\n"
        "(a) a prison;\n"
        "(b) the control room of a power station; or\n"
        "(c) a government data centre.\n"
        "8. This Part does not bind the Fisheries Division in the inspection of vessel logbooks.\n",
        [("7", "access-control"), ("8", "actor-carve-out")], id="items-that-finish-one-use-and-a-named-division"),
    pytest.param(  # a court's order of forfeiture or restraint is a remedy for the ban, no way through it
        "2. (1) No person shall fly a drone over a private dwelling.\n"
        "(2) Where a person is convicted of an offence under this section, the court may make an order for the "
        "forfeiture of the drone.\n"
        "(3) The High Court may, on the application of any person, make an order restraining a contravention of "
        "subsection (1).\n",
        [], id="a-courts-remedies-are-no-exemption"),
    pytest.param(  # the ban's act stands in its subject ("The use of ... is prohibited"): the permission of it
        "2. The use of plate reader data to follow a particular vehicle is prohibited, and plate reader data shall "
        "not be sold to any private person.\n"
        "3. Following a particular vehicle may be undertaken where a judge has issued a warrant that names the "
        "vehicle.\n",
        [("3", "warrant")], id="the-act-a-passive-ban-names-in-its-subject"),
    pytest.param(  # a second definition with a list of its own closes the first's exclusions
        "2. (1) In this Ordinance—\n"
        "\"gait recognition system\" means software that identifies a person by the way the person walks, but "
        "does not include-\n"
        "(a) software used only to count pedestrians; or\n"
        "(b) a feature of a device issued to an officer that recognises the officer's own gait to unlock the "
        "device;\n"
        "\n"
        "\"public body\" means-\n"
        "\n"
        "(a) any Ministry or department of the Government;\n"
        "(b) the Police Force; or\n"
        "(c) any statutory body.\n"
        "3. A public body shall not use a gait recognition system.\n",
        [("2(1)(a)", "other"), ("2(1)(b)", "personal-device")], id="a-definitions-list-after-an-exclusions-list"),
    pytest.param(  # applying ex parte for the warrant a ban's "except" names is that route's machinery; an
        # application stated first, with a judge's order after it, is how the law states the route
        "4. (1) No police officer shall use a cell-site simulator except under a warrant issued under section 5.\n"
        "5. (1) A police officer may apply ex parte to a Judge in Chambers for a warrant authorising the use of a "
        "cell-site simulator.\n"
        "(2) The Judge may issue the warrant if satisfied that the offence under investigation carries a term of "
        "ten years or more.\n"
        "14. No police officer shall use a biometric identification system in a public place.\n"
        "15. (1) A police officer may apply ex parte to a Judge of the High Court for an order authorising the use "
        "of a biometric identification system to locate a named person.\n"
        "(2) A Judge may make an order under subsection (1) where satisfied that the person is suspected of a "
        "serious offence.\n",
        [("4(1)", "warrant"), ("15(1)", "warrant")], id="an-ex-parte-application-for-a-route-stated-before"),
    pytest.param(  # Kosovo drafting: a paragraph's points numbered after it, "1.1.", "1.2."
        "Article 4\nProhibition\n\n1. Public institutions shall not acquire or use a gait recognition system.\n\n"
        "Article 6\nUse by the Police\n\n1. By way of exception to paragraph 1 of Article 4 of this Law, the Police "
        "may use a gait recognition system only for the following purposes:\n\n"
        "1.1. the search for a missing child;\n\n"
        "1.2. the prevention of an imminent threat to the life of a person.\n\n"
        "2. Each use under paragraph 1 of this Article shall be recorded in a register.\n",
        [("Art. 6(1)(1.1)", "missing-persons"), ("Art. 6(1)(1.2)", "imminent-threat")],
        id="points-numbered-after-their-paragraph"),
    pytest.param(  # definitions by a dash, one paragraph each, in lower case after a semicolon: each its own
        "Article 3. Basic concepts\n\nThe following basic concepts are used in this Law:\n\n"
        "voice recognition technology - software that identifies a person by the characteristics of the "
        "person's voice. Voice recognition technology does not include software that converts speech into text "
        "without identifying the speaker;\n\n"
        "data subject - an individual to whom voice data relate;\n\n"
        "operator - a state body or legal entity that processes voice data.\n\n"
        "Article 4. Prohibition\n\nState bodies shall be prohibited from using voice recognition technology.\n",
        [("Art. 3 ¶1", "other")], id="dash-definitions-after-an-exclusion-are-no-exclusions"),
    pytest.param(  # a list with no enumerators: paragraphs after a colon, each ending ";", the last "."
        "Article 5. Prohibition\n\nState bodies shall not use iris recognition systems.\n\n"
        "Article 6. Permitted use\n\n1. Iris recognition may be used by state bodies only in the following "
        "instances:\n\n"
        "to find a person whose relatives have reported him missing;\n\n"
        "under an order of a court in a case of an especially grave crime;\n\n"
        "to confirm the identity of officials entering a building with a special access regime.\n\n"
        "2. Each use shall be entered in a register.\n",
        [("Art. 6(1) ¶1", "missing-persons"), ("Art. 6(1) ¶2", "warrant"), ("Art. 6(1) ¶3", "access-control")],
        id="unnumbered-paragraphs-after-a-colon-are-its-items"),
    pytest.param(  # the body that oversees the law: its powers are no exemption ("is in compliance" still is)
        "Article 4. No public body shall use gait recognition.\n"
        "Article 9. The Ombudsman shall oversee compliance with this Act and may, for that purpose, request "
        "records from any public body and enter its premises.\n"
        "Article 10. A public body that receives gait data it did not seek is in compliance with this Act if it "
        "deletes the data within a week.\n",
        [("Art. 10", "inadvertent-receipt")], id="an-overseers-powers-are-no-exemption"),
    pytest.param(  # an entry check at a military base is access control, whatever the base
        "1. No ministry shall use face recognition.\n"
        "2. Section 1 does not prevent the Ministry of Defence from using face recognition to check the identity "
        "of staff entering a naval base.\n",
        [("2", "access-control")], id="an-entry-check-at-a-military-site-is-access-control"),
    pytest.param(  # a duty to do the banned act in a case a statute requires it, the case stated after the duty;
        # and the ban that "gives way" where a records law requires disclosure
        "Sec. 1. A town department shall not share plate reader data with any person.\n"
        "Sec. 2. A town department shall share plate reader data to the extent that a statute of the Commonwealth "
        "obliges it to do so.\n"
        "Sec. 3. The rule in Section 1 gives way where disclosure is required by the Public Records Law.\n",
        [("2", "legal-compliance"), ("3", "legal-compliance")], id="duties-the-law-compels-and-a-ban-that-gives-way"),
    pytest.param(  # Arab drafting: an issuing law's articles numbered in words, "the attached law"
        "Article (First)\nThe provisions of the attached law shall not apply to the Armed Forces.\n\n"
        "Chapter One\n\nArticle (1)\nNo ministry may use emotion recognition systems.\n\n"
        "Article (2)\nBy way of exception from Article (1), the Ministry of Health may use such a system after "
        "obtaining a licence from the Competent Authority.\n",
        [("Art. First", "national-security"), ("Art. 2", "administrative-approval")],
        id="articles-numbered-in-words-and-the-attached-law"),
    pytest.param(  # not liable under the law itself; a judge who issues the order; a requirement complied with
        "1. No agency shall use a cell-site simulator.\n"
        "2. An agency that is sent data from a cell-site simulator it did not ask for shall not be liable under "
        "this Act.\n"
        "3. An officer may use a cell-site simulator where a judge has, on an application on oath, issued an order "
        "permitting it.\n"
        "4. Where a federal regulation, or the terms of a federal grant, requires an agency to use a cell-site "
        "simulator, the agency may comply with that requirement.\n",
        [("2", "inadvertent-receipt"), ("3", "warrant"), ("4", "legal-compliance")],
        id="not-liable-under-the-act-a-judges-order-and-a-requirement-complied-with"),
    pytest.param(  # purposes named by the heading over "may be issued only:"; a licence a department issues;
        # obligations fulfilled under another law; the disappearance of a person; directives that take precedence
        "1. No government body shall use location tracking.\n"
        "2. Purposes of Location Tracking\nAn order under this Proclamation may be issued only:\n"
        "a) for the investigation of an offence punishable by ten years or more; or\n"
        "b) in the event of the disappearance of a person.\n"
        "3. Location tracking by a public hospital may only be permitted by a licence issued by the Health "
        "Department.\n"
        "4. A bank may use location tracking to the extent necessary to fulfil its obligations under the Payments "
        "Law.\n"
        "5. Federal directives take precedence over this Proclamation.\n"
        "6. The Commissioner shall supervise compliance with this Proclamation. It may order any use of location "
        "tracking to stop.\n",
        [("2(a)", "criminal-investigation"), ("2(b)", "missing-persons"), ("3", "administrative-approval"),
         ("4", "legal-compliance"), ("5", "legal-compliance")],
        id="purposes-by-heading-licences-obligations-and-precedence"),
    pytest.param(  # terrorism and kidnapping in a list of crimes are crimes; a French-style inverted exclusion
        # after its article label; an overseer's agents; what the technology's data does not include
        "Article 1: No public body shall use licence plate readers or share plate data.\n\n"
        "Article 2: The gendarmerie may use them to trace vehicles used in the commission of offences of "
        "terrorism, kidnapping or arms trafficking.\n\n"
        "Article 3: Are not concerned by the provisions of Article 1 the readers installed at the gate of a car "
        "park to open its barrier.\n\n"
        "Article 4: Plate data does not include counts of vehicles aggregated by hour.\n\n"
        "Article 5: The Data Commission shall ensure compliance with the provisions of this law. For that purpose, "
        "its agents may have access to the readers and registers of public bodies.\n",
        [("Art. 2", "criminal-investigation"), ("Art. 3", "access-control"), ("Art. 4", "other")],
        id="a-crime-list-an-inverted-exclusion-and-an-overseers-agents"),
    pytest.param(  # compliance no one oversees is no oversight; "the crime of terrorism" alone is no list of crimes;
        # the civil-law "shall be allowed:" before its cases is a permission
        "Article 1. No ministry shall use face recognition or fly drones.\n"
        "Article 2. Subject to compliance with Article 5, a ministry may use face recognition to find a missing "
        "child.\n"
        "Article 3. The security service may use face recognition to protect national security against the crime "
        "of terrorism.\n"
        "Article 4. By way of derogation from Article 1, the use of drones by ministries shall be allowed:\n"
        "a) for the search for persons reported missing;\n"
        "b) for the inspection of bridges.\n",
        [("Art. 2", "missing-persons"), ("Art. 3", "national-security"), ("Art. 4(a)", "missing-persons"),
         ("Art. 4(b)", "other")],
        id="unsupervised-compliance-a-single-crime-and-cases-allowed"),
    pytest.param(  # a proclamation's "inapplicable laws" article displaces other laws and exempts nothing; "save in
        # the cases stipulated in this Proclamation" points at its own cases
        "Article 3. No public body shall use a drone to track persons, save in the cases stipulated in this "
        "Proclamation.\n"
        "Article 4. A drone may be used to find a missing child.\n"
        "Article 12. Any law, regulation or customary practice inconsistent with this Proclamation shall not be "
        "applicable with respect to matters provided for by this Proclamation.\n",
        [("Art. 4", "missing-persons")], id="inapplicable-laws-and-a-pointer-to-the-laws-own-cases"),
    pytest.param(  # whose the thing or activity is decides where the law stands aside (by, a possessive, a
        # relative clause, "the activities of"); with a purpose after the body, the purpose does
        "Section 1. No public body shall operate a drone or a plate reader.\n\n"
        "Section 2. Section 1 does not apply to drones flown by the Marine Pilotage Authority.\n\n"
        "Section 3. This Act does not govern the Harbour Board's own plate readers.\n\n"
        "Section 4. Section 1 does not reach plate readers that the Tollway Corporation installs on its bridges.\n\n"
        "Section 5. Section 1 does not apply in relation to the activities of a Royal Commission.\n\n"
        "Section 6. Section 1 does not apply to drones flown by the Parks Service to count nesting birds.\n\n"
        "Section 7. Section 1 does not bind the Inspector-General of Prisons.\n",
        [("2", "actor-carve-out"), ("3", "actor-carve-out"), ("4", "actor-carve-out"), ("5", "actor-carve-out"),
         ("6", "other"), ("7", "actor-carve-out")], id="a-thing-or-activity-of-a-named-body"),
    pytest.param(  # a permission to one body by name is that body's carve-out; a body's say-so, an approval; an
        # instrument of general law, a legislative route
        "Article 1. No public authority shall use remote biometric identification.\n\n"
        "Article 2. The National Revenue Service may use remote biometric identification at container terminals.\n\n"
        "Article 3. The Federal Office of Civil Protection may, in an individual case, permit a deployment.\n\n"
        "Article 4. The Assembly may by decree permit a named authority to use such a system.\n",
        [("Art. 2", "actor-carve-out"), ("Art. 3", "administrative-approval"), ("Art. 4", "legislative-authorization")],
        id="a-named-body-permitted-an-agency-approving-a-decree-permitting"),
    pytest.param(  # a savings clause that keeps a body's powers is a way through when the body is the military or
        # an intelligence service, and a savings clause when it is the aviation regulator
        "Section 1. No public body shall use face recognition technology.\n\n"
        "Section 2. This Act shall not affect the powers of the national security services under the Security "
        "Services Act.\n\n"
        "Section 3. Nothing in this Act affects the powers of the Civil Aviation Authority under the Civil Aviation "
        "Act.\n\n"
        "Section 4. The Territorial Army, when ordered into active service, may use such technology at its "
        "barracks.\n",
        [("2", "national-security"), ("4", "national-security")], id="kept-powers-of-a-security-body"),
    pytest.param(  # a stolen car traced is an investigation; anonymised statistics are no redaction; verifying a
        # person at a turnstile with their consent is an entry check
        "Article 3. No municipal body shall use a plate reader or face recognition.\n"
        "Article 4. A plate reader may be used only:\n"
        "(a) to find a car on a hot list that its owner has reported stolen;\n"
        "(b) to compile anonymised traffic statistics.\n"
        "Article 5. The transit authority may use face recognition to control the entry of staff into its depots, "
        "provided that each member of staff has consented in writing.\n",
        [("Art. 4(a)", "criminal-investigation"), ("Art. 4(b)", "other"), ("Art. 5", "access-control")],
        id="stolen-cars-statistics-and-consented-entry-checks"),
    pytest.param(  # "Nor does this Act ...": the subject between the fronted auxiliary and its verb; "is no
        # obstacle to": a noun of prohibiting, negated
        "Article 1. No public body shall use gait recognition.\n\n"
        "Article 2. Nor does this Act cover the Coast Guard Authority.\n\n"
        "Article 3. Article 1 is no obstacle to the use of gait recognition by the military intelligence service.\n",
        [("Art. 2", "actor-carve-out"), ("Art. 3", "national-security")], id="nor-does-this-act-and-no-obstacle"),
    pytest.param(  # an agency's case-by-case permission is an approval whatever use it permits; a device the
        # body issued is a personal device
        "Section 1. No state agency shall use a location tracking device.\n\n"
        "Section 2. The Office of Research Integrity may, in an individual case, authorize a research project to "
        "use such a device.\n\n"
        "Section 3. Section 1 does not prohibit locating an Agency-issued tablet that an employee has misplaced.\n",
        [("2", "administrative-approval"), ("3", "personal-device")],
        id="an-agency-approval-and-an-issued-device"),
    pytest.param(  # a Lusophone decree-law: a preamble before "decrees the following:" rules nothing; "1 - "
        # numbers paragraphs; "no. 1" does not end a sentence; "may make subsequent use of" is the conduct
        "Decree-Law No. 7/2026\n\n"
        "The use of drones over beaches may be admitted only for rescue and for the management of traffic.\n\n"
        "Thus, the Government decrees the following:\n\n"
        "Article 1st\nProhibition\n\n"
        "1 - The security forces are prohibited from using facial recognition systems in public places.\n\n"
        "2 - The prohibition in no. 1 covers systems operated on their behalf.\n\n"
        "Article 2nd\nExceptional use\n\n"
        "1 - By way of exception to no. 1 of the previous article, the Judicial Police may make subsequent use of "
        "such a system, upon prior authorisation of the judge.\n\n"
        "2 - The security forces may also use such a system for the following purposes only:\n\n"
        "a) the search for a missing child;\n\n"
        "b) search and rescue operations at sea.\n",
        [("Art. 2(1)", "warrant"), ("Art. 2(2)(a)", "missing-persons"), ("Art. 2(2)(b)", "missing-persons")],
        id="a-decree-law-with-a-preamble-and-dashed-numbers"),
    pytest.param(  # a German act's title on the line below the section number; "is inadmissible" bans a use
        # (evidence "inadmissible" is a remedy only where a violation is spoken of); "Nor shall the ban laid
        # down in ... apply": a participle in the inverted subject
        "Section 3\nProhibition\n"
        "The use of systems for remote biometric identification by federal authorities is inadmissible.\n\n"
        "Section 4\nAirports\n"
        "Nor shall the prohibition laid down in Section 3 apply to the Federal Airports Office.\n\n"
        "Section 5\nEvidence\n"
        "Evidence obtained in violation of Section 3 is inadmissible.\n",
        [("4", "actor-carve-out")], id="a-title-below-the-number-and-an-inadmissible-use"),
    pytest.param(  # a uniform act: "[act]" is a bracketed choice (no legend strikes it), and its Comments and
        # Legislative Notes are no part of the law
        "SECTION 2. PROHIBITION. A governmental entity may not use an automated license plate reader system.\n\n"
        "SECTION 3. SCOPE. This [act] does not apply to:\n\n"
        "(1) a system operated by [a toll authority] solely to collect tolls; or\n\n"
        "(2) a system used solely to control the entry of vehicles into a secure area of a building.\n\n"
        "Legislative Note: A state that does not wish to exclude toll systems should omit the bracketed "
        "language in paragraph (1).\n\n"
        "Comment\n\n"
        "The drafting committee considered and rejected an exception for the investigation of a specific "
        "felony, because a warrant may be obtained in such a case.\n",
        [("3(1)", "other"), ("3(2)", "access-control")], id="a-uniform-act-with-brackets-and-comments"),
    pytest.param(  # an Iranian law's "Note-" (the dash glued to the label) is part of its article; data got in
        # breach "shall be null and void and may not be relied upon": the second verb shares the remedy's subject
        "Article 7- The installation of acoustic gunshot detection systems by any public body is prohibited.\n"
        "Note- The Border Guard Command may install such systems in border counties.\n\n"
        "Article 8- Data obtained in breach of the provisions of this law shall be null and void and may not be "
        "relied upon as evidence.\n",
        [("Art. 7", "actor-carve-out")], id="a-glued-note-is-law-and-a-coordinated-remedy"),
    pytest.param(  # a law that "does not restrict" an actor, no conduct of it named, leaves the actor out; so
        # does one that leaves out a named body's own aircraft ("of the Gendarmerie Corps")
        "Section 1. No county agency shall operate a drone.\n\n"
        "Section 2. Section 1 does not restrict an agency of the United States.\n\n"
        "Section 3. Section 1 does not apply to remotely piloted aircraft of the Gendarmerie Corps.\n\n"
        "Section 4. Section 1 does not prohibit the Sheriff from flying a drone to find a missing child.\n",
        [("2", "actor-carve-out"), ("3", "actor-carve-out"), ("4", "missing-persons")],
        id="an-actor-not-restricted-and-a-bodys-own-aircraft"),
    pytest.param(  # a permission whose object is its items ("may do any of the following:"): each item that
        # names the technology is a way through; a court's powers over a breach ("the court may—") are none
        "Sec. 1. A county agency shall not use a cell-site simulator to intercept or locate a mobile telephone.\n\n"
        "Sec. 2. The sheriff may do any of the following:\n\n"
        "(a) Deploy a cell-site simulator under a court order that names the telephone to be located.\n\n"
        "(b) Deploy a cell-site simulator to find a child reported missing to the sheriff.\n\n"
        "Sec. 3. (1) A person whose telephone was located in breach of section 1 may sue the county.\n"
        "(2) In that suit the court may—\n"
        "(a) award damages;\n"
        "(b) order the deletion of any location record made in breach of section 1.\n",
        [("2(a)", "warrant"), ("2(b)", "missing-persons")], id="a-permission-whose-object-is-its-items"),
    pytest.param(  # finding out where someone is, or who, is locating or identifying them ("may establish the
        # whereabouts of a person only in the following cases"); a copula after a modal still stands outside the
        # law ("shall stay outside the scope"); "by any reasonably practicable means" is no definition
        "Article 1. Police bodies shall not track the location of persons by means of their telephones.\n\n"
        "Article 2. The Frontier Guard shall stay outside the scope of this Act.\n\n"
        "Article 3. 1. A police body may establish the whereabouts of a person solely in the following cases:\n"
        "a) on the written order of an investigating judge;\n"
        "b) to find a child whose disappearance has been reported.\n\n"
        "Article 4. This Act does not prevent the analysis of location data from which every identifier has been "
        "removed, so that no person can any longer be identified by any reasonably practicable means.\n",
        [("Art. 2", "actor-carve-out"), ("Art. 3(1)(a)", "warrant"), ("Art. 3(1)(b)", "missing-persons"),
         ("Art. 4", "redaction")], id="finding-whereabouts-and-a-modal-copula-outside"),
    pytest.param(  # a proviso whose own verb excludes ("Provided, That the following ... are left out hereof:")
        # leads its items as exclusions; an inline "other than" before a definition's list is an exception of its
        # own, the list the definition's members; a schedule cited as a kind of offence
        # narrows the exemption, its rows no exemptions ("a Schedule 1 crime")
        "Article 2 (Definitions)\n"
        '1. The term "tracking device" means a device that reports the position of a vehicle: Provided, That '
        "any of the following devices is excluded herefrom:\n"
        "(a) A device fitted by the manufacturer to call for help after a collision;\n"
        "(b) A device that a public body carries on its own fleet vehicles to manage them;\n"
        '2. The term "agency" means any of the following bodies, other than the Harbour Board:\n'
        "(a) Ministries;\n(b) Police forces;\n\n"
        "Article 3 (Ban)\n(1) No agency shall place a tracking device on a vehicle.\n"
        "(2) Paragraph (1) does not prevent an agency from tracking a person suspected on reasonable grounds of "
        "having committed a Schedule 1 crime, on the order of a judge.\n\n"
        "SCHEDULE 1\n\nSERIOUS CRIMES\n(Article 3(2))\n1. Homicide.\n2. Abduction of a child.\n",
        [("Art. 2(1)(a)", "other"), ("Art. 2(1)(b)", "other"), ("Art. 2(2)", "actor-carve-out"),
         ("Art. 3(2)", "warrant")], id="a-proviso-that-excludes-and-an-inline-exception-before-a-list"),
    pytest.param(  # a French decree's notice block stands before "Decrees:", and rules nothing; a code's part
        # letter ("Article R. 12-4") ends no sentence; a disclaimer of "the use of a drone by:" leaves each actor
        # its items name free to use it
        "Decree No. 2026-77 on drones flown by the municipal police\n\n"
        "Notice: the decree forbids the municipal police to fly drones over dwellings.\n\n"
        "The Prime Minister,\nOn the report of the Minister of the Interior,\n\nDecrees:\n\n"
        "Article 1\nThe municipal police shall not fly a drone over a dwelling.\n\n"
        "Article 2\nThe services listed in Article R. 12-4 of the Internal Security Code may fly a drone over a "
        "dwelling to protect the national defence.\n\n"
        "Article 3\nArticle 1 may not be construed to restrict the flight of a drone by:\n"
        "1. the fire and rescue service; or\n"
        "2. an officer of the national gendarmerie acting within the commune.\n",
        [("Art. 2", "national-security"), ("Art. 3(1)", "actor-carve-out"), ("Art. 3(2)", "actor-carve-out")],
        id="a-decree-notice-a-code-part-letter-and-actors-after-by"),
    pytest.param(  # "no time remains" negates its own clause, not the permission after it; "breaches no part of"
        # is no breach; a ban on running "searches" makes a permission for "a single search" its conduct; sending
        # a photograph "for a voice or face comparison" asks another to run the technology; and a list item's
        # opening condition ("When a pupil is reported missing, the head may ...") is the condition of the
        # permission its sentence grants
        "Sec. 1. Staff shall not run gait recognition searches, and shall not send any recording to another "
        "body for a gait recognition comparison.\n\n"
        "Sec. 2. Where a pupil faces a risk of serious injury so immediate that no time remains to consult the "
        "board, the head teacher may run a gait recognition search of the school's own footage.\n\n"
        "Sec. 3. The board may give written permission for one search in a named case.\n\n"
        "Sec. 4. Where staff are sent gait recognition results they did not ask for, the receipt breaches no part "
        "of this policy if the results are deleted at once.\n\n"
        "Sec. 5. A teacher may send one clip already held by the school to the county police for a gait "
        "recognition comparison when the clip shows a person believed to have committed a named felony.\n\n"
        "Sec. 6. Gait recognition may be used only as follows:\n\n"
        "(a) When a pupil is reported missing from a school trip, the head teacher may send recent footage of "
        "the pupil to the police to search for the pupil.\n",
        [("2", "imminent-threat"), ("3", "administrative-approval"), ("4", "inadvertent-receipt"),
         ("5", "criminal-investigation"), ("6(a)", "missing-persons")],
        id="negations-of-their-own-clause-and-a-search-as-a-noun"),
    pytest.param(  # a waiver, variance or dispensation is of the law's own rule: granting one for a named case
        # is a way through though the law is not named; a term said not to "mean" something leaves it out
        "1. Departments shall not use, license or accept any tool that reads emotions from a person's face.\n\n"
        "2. An emotion-reading tool does not mean a feature of a telephone that its owner uses to unlock it.\n\n"
        "3. The Chief Information Officer may grant a dispensation for one named research project, for a single "
        "term, after the ethics board has approved it.\n",
        [("2", "personal-device"), ("3", "administrative-approval")],
        id="a-dispensation-and-a-term-that-does-not-mean"),
    pytest.param(  # "is not face or voice recognition": two modifiers of one technology, read through to its head
        "(1) No officer shall use face or voice recognition on footage from a body-worn camera.\n\n"
        "(2) A program that finds and blurs the faces of bystanders before footage is released is not face or "
        "voice recognition for the purposes of this section.\n",
        [("(2)", "redaction")], id="a-predicate-of-two-modifiers-and-one-head"),
    pytest.param(  # a term defined after an article's label and a purpose phrase ('Art. 1. For the purposes of
        # this Act, "covert transponder" means ...') is the technology, and so is its head noun after a
        # determiner ("A transponder may be fixed ..."), which no word class knows
        'Art. 1. For the purposes of this Act, "covert transponder" means any electronic device which, fixed to '
        "a vessel, reports where the vessel is.\n\n"
        "Art. 2. Customs officers shall not fix a covert transponder to a vessel.\n\n"
        "Art. 3. A transponder may be fixed for up to ten days on the written order of a magistrate.\n",
        [("Art. 3", "warrant")], id="a-term-defined-after-a-label-and-its-bare-head"),
    pytest.param(  # a company's registered name ("... Towage Limited") and a body headed by a word of the pack's
        # body nouns ("the State Prosecution") are actors a law may leave out
        "1. No public body shall operate a licence plate reader.\n\n"
        "2. Section 1 does not bind Harbourside Towage Limited or its subcontractors.\n\n"
        "3. \"Public body\" does not include the State Prosecution.\n",
        [("2", "actor-carve-out"), ("3", "actor-carve-out")], id="a-company-and-a-prosecution-as-actors"),
    pytest.param(  # an inquiry into complaints is oversight of the law, not a way through it; an examination of
        # the data the ban protects, for a named crime, still is one
        "1. No agency shall analyse the voices of callers with voice recognition software.\n\n"
        "2. The Privacy Commissioner may, upon a complaint or of the Commissioner's own motion, inspect the "
        "voice records of any agency.\n\n"
        "3. An agency may analyse a recorded voice with voice recognition software to identify a person "
        "suspected of a specific robbery.\n",
        [("3", "criminal-investigation")], id="an-inquiry-into-complaints-is-oversight"),
    pytest.param(  # "may be held liable" makes answerable; it keeps nothing, so it lets nothing through
        "§ 1. No municipal body shall keep images from a drone for more than 48 hours.\n\n"
        "§ 2. A contractor that flies a drone may be held criminally liable under the rules of the Penal Code.\n\n"
        "§ 3. Images may be kept for longer where a court so orders.\n",
        [("3", "warrant")], id="held-liable-is-no-keeping"),
    pytest.param(  # "other than as provided in AP 6120" points at another instrument by its code and number:
        # a cross-reference, no exemption of its own
        "BP 6120 Campus Cameras\n\n"
        "1. The District shall not use gait recognition on campus camera footage, other than as provided in "
        "AP 6120.\n\n"
        "2. Footage may be analysed with gait recognition to find a student reported missing.\n",
        [("2", "missing-persons")], id="a-policy-code-is-a-cross-reference"),
    pytest.param(  # a Kentucky regulation's head says why it is made ("KRS 15.330 authorizes the council to
        # promulgate ..."): no permission of the regulated conduct
        "503 KAR 7:050. Use of drones by law enforcement agencies.\n\n"
        "RELATES TO: KRS 15.330\nSTATUTORY AUTHORITY: KRS 15.330(1)(f)\n"
        "NECESSITY, FUNCTION, AND CONFORMITY: KRS 15.330 authorizes the council to promulgate administrative "
        "regulations on the use of drones by agencies.\n\n"
        "Section 1. An agency shall not fly a drone over a private residence.\n\n"
        "Section 2. An agency may fly a drone over a private residence to search for a missing child.\n",
        [("2", "missing-persons")], id="a-kentucky-regulations-head-is-no-rule"),
    pytest.param(  # "Each flight requires a commander's approval" is a term of every flight the policy allows,
        # no way through of its own; "Each of the following is a permitted purpose" still leads its items
        "1. Deputies shall not fly a drone over a crowd.\n\n"
        "2. Each of the following is a permitted purpose:\n(a) finding a lost hiker;\n"
        "(b) documenting the scene of a fatal crash.\n\n"
        "3. Each flight requires the written approval of a shift commander.\n",
        [("2(a)", "missing-persons"), ("2(b)", "other")], id="each-use-needs-a-term-of-every-use"),
    pytest.param(  # a line that opens on a reference to a subsection ("Section 14.02(b) does not prevent:") is a
        # lead-in, not a new section swallowing the ones after it; a long phrase set off by commas between the
        # modal and its verb ("may, within the framework of ... of five years or more, intercept") is read past
        "14.02 Prohibitions.\n(a) No officer shall use a cell-site simulator.\n"
        "(b) No officer shall ask another agency to use one.\n\n"
        "14.03 Permitted Uses.\nSection 14.02(a) does not prevent:\n"
        "(a) Missing children. The use of a cell-site simulator to find a child reported missing.\n\n"
        "14.04 Serious crime.\nBy way of derogation from section 14.02, the Bureau may, within the framework of a "
        "judicial investigation into an offence punishable by a maximum term of imprisonment of five years or "
        "more, use a cell-site simulator to locate the telephone of a suspect.\n\n"
        "14.05 Effective date.\nThis rule takes effect on adoption.\n",
        [("14.03(a)", "missing-persons"), ("14.04", "criminal-investigation")],
        id="a-line-opening-on-a-reference-and-a-long-parenthesis"),
    pytest.param(  # a scope exclusion of the courts themselves leaves an actor out; a judge's order is a warrant
        "1. No public body shall analyse a recorded voice with voice recognition software.\n\n"
        "2. This Act does not cover the tribunals of the State when they exercise judicial authority.\n\n"
        "3. A public body may analyse a recorded voice on the order of a judge.\n",
        [("2", "actor-carve-out"), ("3", "warrant")], id="the-courts-left-out-are-actors"),
    pytest.param(  # "is not retained camera footage": a participle before the noun of the regulated data is an
        # adjective, "be" links a predicate (not a passive of "retain"); "may not be used as evidence" stays passive
        "1. A transit agency shall not keep retained camera footage for more than 30 days.\n\n"
        "2. Footage from which every face has been removed is not retained camera footage.\n\n"
        "3. Footage kept in breach of section 1 may not be used as evidence.\n",
        [("2", "redaction")], id="a-participle-before-the-data-noun-is-an-adjective"),
    pytest.param(  # the review's cases: a company named with ", Inc." is an actor; where a camera pole stands is
        # no one's location; "motion sensor footage" is no inquiry on the body's own motion; a wrapped line
        # that ends "relating to:" or is just "statement." is no note
        "1. No public body shall operate a licence plate reader or use face recognition.\n\n"
        "2. \"Public body\" does not include Harbor Freight Tools, Inc.\n\n"
        "3. The City Council may determine the location of each licence plate reader camera pole.\n\n"
        "4. The Board may examine motion sensor footage with face recognition to find a missing child.\n\n"
        "5. A public body may use a licence plate reader in an emergency, which in this section means a situation\n"
        "relating to: a fire, a flood or a storm that threatens a person's life.\n",
        [("2", "actor-carve-out"), ("4", "missing-persons"), ("5", "imminent-threat")],
        id="review-cases-company-pole-motion-and-a-wrapped-label"),
    pytest.param(  # a bill spells the number twice: "one (1) of the following conditions" still offers alternatives
        "SECTION 3. (1) A law enforcement agency shall not purchase location information from a data broker "
        "unless one (1) of the following conditions is met:\n"
        "(a) The agency obtains a search warrant issued by a judge;\n"
        "(b) The agency believes in good faith that an emergency involving imminent danger of death requires "
        "the information without delay; or\n"
        "(c) The owner of the device has given express written consent.\n",
        [("3(1)(a)", "warrant"), ("3(1)(b)", "imminent-threat"), ("3(1)(c)", "other")],
        id="one-(1)-of-the-following-conditions"),
    pytest.param(  # the purposes an inline "other than the following:" leaves out are each an exemption, though
        # "and" joins the last
        "(f) A police department shall not use an automated license plate reader for any purpose other than the "
        "following:\n(1) Locating a vehicle associated with a person who is the subject of an Amber Alert; and\n"
        "(2) Locating a specific vehicle identified in a search warrant issued by a court.\n",
        [("(f)(1)", "missing-persons"), ("(f)(2)", "warrant")], id="other-than-the-following-and"),
    pytest.param(  # "This Law shall not derogate from the powers of the Security Intelligence Service": the savings
        # verb takes its object after "from", and what it keeps are a security body's powers, a national-
        # security exemption; "the number of urgent permits and ..." in a reporting duty is a noun, no
        # permission.
        "3. A public body shall not use a facial recognition system in a public space.\n"
        "8. The Commissioner shall report once a year the number of urgent permits and the number of those "
        "cancelled.\n"
        "11. This Law shall not derogate from the powers of the Security Intelligence Service under the "
        "Intelligence and Security Law.\n",
        [("11", "national-security")],
        id="a-law-that-does-not-derogate-from-a-security-service-keeps-its-powers"),
    pytest.param(  # A Land act in translation whose scope section opens on the section it limits ("§ 1 (1) does not
        # cover measures taken by the police in joint operations with the federal intelligence services"):
        # the line is prose under "§ 2 Scope", not a second § 1, and what it leaves out (acts done by a
        # named actor, not a provision) is an exemption.
        "§ 1 Prohibition\n\n(1) The police authorities of the Land shall not use automated speaker recognition "
        "to identify a person from an audio recording.\n\n"
        "§ 2 Scope\n\n§ 1 (1) does not cover measures taken by the police in joint operations with the "
        "federal intelligence services for the defence against threats to the security of the Federation.\n\n"
        "§ 3 Entry into force\n\nThis Act shall enter into force on 1 January 2028.\n",
        [("2", "national-security")],
        id="a-section-cited-at-a-lines-start-is-no-new-section"),
    pytest.param(  # "The Vice President for Public Safety may grant, in writing and after review by the Chief
        # Privacy Officer, a case-by-case authorization": the aside after the verb is how it is granted,
        # the grant's object follows it; and "for Public Safety" is part of the office's name, no imminent
        # threat.
        "1. Policy. University units shall not use face recognition software on images from campus cameras.\n"
        "2. Individual authorization. The Vice President for Public Safety may grant, in writing and after "
        "review by the Chief Privacy Officer, a case-by-case authorization for a single use of face "
        "recognition on a defined set of images.\n",
        [("2", "administrative-approval")],
        id="a-grant-after-a-long-aside-and-an-office-named-for-a-topic"),
    pytest.param(  # "...; a fleet management system fitted to a police vehicle and used to manage that vehicle is
        # not a location tracking device": "that vehicle" is the object of "to manage", so "is not" is the
        # main verb after the semicolon, and the definition leaves the system out (a clause after "to
        # confirm that" still opens with its "that").
        "Art. 1. For the purposes of this decree:\n"
        '1° "location tracking device": any device which, placed on a vehicle, makes it possible to determine '
        "the position of that vehicle at successive moments; a fleet management system fitted to a police "
        "vehicle and used to manage that vehicle is not a location tracking device;\n"
        "Art. 2. The police services shall not use a location tracking device.\n",
        [("Art. 1(1)", "other")],
        id="a-determiners-that-after-an-infinitive-opens-no-relative-clause"),
    pytest.param(  # "Section 3-9.2 yields to any state or federal statute that requires a County department to
        # operate a plate reader": what the ban gives way to is a law (its head noun), not the department
        # the law names, so the exemption is legal compliance, not an actor carve-out; and a judge named
        # in the language of a translated law ("the juge des libertés et de la détention") grants a
        # warrant.
        "3-9.2. No County department shall operate a plate-reading system.\n"
        "3-9.3. Section 3-9.2 yields to any state or federal statute that requires a County department to "
        "operate a plate-reading system, to the extent the statute requires.\n"
        "3-9.4. By way of derogation from 3-9.2, such a system may be operated for one month on the "
        "authorisation of the juge des libertés et de la détention.\n",
        [
        ("3-9.3", "legal-compliance"), ("3-9.4", "warrant")],
        id="a-ban-that-yields-to-a-statute-naming-an-actor-is-legal-compliance"),
    pytest.param(  # A grid table ("+----+----+" borders, cells wrapped over several lines until the border under the
        # row) of approved uses: each row is one exemption, whatever number of lines its cells wrap over.
        "3. PROHIBITION\n\nStaff shall not use face recognition on video from patient care areas.\n\n"
        "4. APPROVED USES\n\nTABLE 1 - APPROVED USES OF VIDEO ANALYTICS\n\n"
        "+------+----------------------------------+-----------------+\n"
        "| Ref  | Approved use                     | Owner           |\n"
        "+------+----------------------------------+-----------------+\n"
        "| AU-1 | Search for an infant or child    | Security        |\n"
        "|      | reported missing during a Code   | Manager         |\n"
        "|      | Pink                             |                 |\n"
        "+------+----------------------------------+-----------------+\n"
        "| AU-2 | Palm-vein reader for entry to    | Director of     |\n"
        "|      | the main pharmacy by enrolled    | Pharmacy        |\n"
        "|      | staff                            |                 |\n"
        "+------+----------------------------------+-----------------+\n",
        [
        ("4", "missing-persons"), ("4", "access-control")],
        id="each-row-of-a-grid-table-of-approved-uses-is-an-exemption"),
    pytest.param(  # "The following shall not be deemed cell-site simulator equipment:" reads the whole compound as
        # the predicate (the technology), so its items are left out of the ban; and "may order ... the
        # immediate operation of the equipment" permits the conduct itself (not "may order a public
        # authority to stop").
        "Article 3. The following shall not be deemed cell-site simulator equipment for the purposes of this "
        "Law:\nI. Equipment installed at the gates of prisons for the sole purpose of detecting phones "
        "carried by visitors.\n"
        "Article 4. The Authorities shall not operate cell-site simulator equipment.\n"
        "Article 10. When there is an imminent risk to the life of a person, the head of the Public "
        "Prosecutor's Office may order the immediate operation of the equipment.\n"
        "Article 11. The Institute may order a public authority to stop operating the equipment.\n",
        [
        ("Art. 3(I)", "access-control"), ("Art. 10", "imminent-threat")],
        id="a-hyphenated-technology-after-a-deeming-verb-and-an-ordered-operation"),
    pytest.param(  # "may start the operation referred to in ...": an aspect verb and the conduct noun it governs
        # are the conduct, as "may start operating" is ("shall stop the operation" stays no permission)
        "Sec. 4. The Sheriff's Office shall not operate an automated licence plate reader.\n"
        "Sec. 9. When a kidnapped child is believed to be in a vehicle on the highway and a court order "
        "cannot be had in time, the duty sergeant may start the operation referred to in section 4 at once.\n"
        "Sec. 10. On the revocation of an approval, the unit shall stop the operation of the reader.\n",
        [("9", "missing-persons")],
        id="an-aspect-verb-governing-a-conduct-noun-permits-the-conduct"),
    pytest.param(  # a body by its own name, no actor word at its end: a body's word inside it ("the Gendarmerie
        # Nationale"), a body's word capitalised mid-sentence with no article ("Customs"); one word after "the"
        # that no word class knows may be a place ("within the Presidio"), no body
        "Art. 2. No public authority shall operate an automatic number plate recognition camera.\n"
        "Art. 3. Article 2 does not extend to the Gendarmerie Nationale.\n"
        "Art. 4. Article 2 does not concern Customs at the land frontier.\n"
        "Art. 5. Article 2 does not apply within the Presidio.\n",
        [("Art. 3", "actor-carve-out"), ("Art. 4", "actor-carve-out"), ("Art. 5", "other")],
        id="a-body-named-without-an-actor-word-is-left-out-whole"),
    pytest.param(  # "Excluded from the ban in Article 2 paragraph (1) are:": a predicate put first whose law is cited
        # with a number in brackets still opens its items
        "Article 2\n(1) Municipal bodies are prohibited from operating drones fitted with thermal cameras.\n"
        "Article 3\nExcluded from the ban in Article 2 paragraph (1) are:\n"
        "a. drones of the fire brigade used to find persons lost in forests;\n"
        "b. drones used by the land registry solely to survey parcel boundaries.\n",
        [("Art. 3(a)", "missing-persons"), ("Art. 3(b)", "other")],
        id="a-fronted-exclusion-citing-a-bracketed-paragraph-opens-its-items"),
    pytest.param(  # "This section does not:" / "Nothing in this Part shall be construed to—": the law's own lead-in
        # whose verbs open its items; each item reads with the lead-in's subject and negation, so "restrict
        # ..." is an exemption and "authorize ..." or "limit a right" is none
        "Sec. 3. (a) A county agency shall not operate a drone equipped with a thermal imaging camera.\n"
        "(b) This section does not:\n"
        "(1) restrict a drone flight by the state forestry service to detect wildfires; or\n"
        "(2) authorize a drone flight that another statute forbids.\n"
        "(c) Nothing in this section shall be construed to—\n"
        "(1) bar a county agency from using a thermal drone to find a person reported missing; or\n"
        "(2) limit any right of a person under the state constitution.\n",
        [("3(b)(1)", "other"), ("3(c)(1)", "missing-persons")],
        id="items-of-the-laws-own-elided-lead-in-take-its-negation"),
    pytest.param(  # in a Part of permitted uses, the subsections after the one that grants a route state its
        # terms ("must not issue a warrant unless satisfied that—", "A warrant lapses after ten days"): one
        # warrant, not three
        "5 Prohibition\n(1) A council must not use a gait recognition system to identify a person.\n"
        "Part 3 Permitted uses\n"
        "9 Gait analysis warrants\n"
        "(1) An inspector may apply to a magistrate for a gait analysis warrant.\n"
        "(2) A magistrate may issue a warrant authorising the council to use a gait recognition system to "
        "identify a person suspected of a serious offence.\n"
        "(3) A magistrate must not issue a warrant unless satisfied that—\n"
        "(a) the suspicion rests on reasonable grounds, and\n"
        "(b) other means of identifying the person have failed.\n"
        "(4) A warrant lapses at the end of the ten days specified in it.\n",
        [("9(1)", "warrant")],
        id="a-routes-terms-after-the-subsection-granting-it-are-no-second-route"),
    pytest.param(  # a long aside before "make an order" (a light verb that grants a route), with hyphens inside
        # compound titles that are no dash of a lead-in; the order's lapse is its term, no exemption
        "4. No police officer shall carry out iris recognition in a public place.\n"
        "6. (1) A Justice of the Peace may, on an application made in writing by the Deputy-Commissioner with the "
        "agreement of the Director of Public Prosecutions and the Solicitor-General, make an order authorising "
        "the police to carry out iris recognition at a named event.\n"
        "(2) An order under subsection (1) shall lapse if it is not acted upon within ten days of being made.\n",
        [("6(1)", "warrant")],
        id="a-judges-order-after-a-long-aside-with-hyphened-titles"),
    pytest.param(  # the official who approves is no actor left out, a title with its suffix ("the Attorney
        # General") an official as "the Auditor" is
        "Sec. 2. (a) No state agency may use predictive policing software.\n"
        "(b) The attorney general, upon written application by the chief law enforcement officer of a state "
        "agency, may approve the use by that agency of a predictive policing software product solely to "
        "plan the inspection of bridges.\n",
        [("2(b)", "administrative-approval")],
        id="an-official-with-a-title-suffix-approves"),
    pytest.param(  # "social networking surveillance" is the banned technology, so "social networks" says nothing of
        # what is let through; "the administration by a council of its own pages" is a doing, no body left out
        "Article 2. Municipal councils shall not carry out social networking surveillance.\n"
        "Article 3. Social networking surveillance shall not cover the administration by a council of its own "
        "official pages in social networks.\n"
        "Article 4. The prohibition in Article 2 shall not prevent a police investigator from reading posts in "
        "social networks about a particular criminal offence under investigation.\n",
        [("Art. 3", "public-communications"), ("Art. 4", "criminal-investigation")],
        id="the-banned-platforms-name-no-topic-and-a-doing-by-its-agent-is-no-actor"),
    pytest.param(  # "only" inside the verb group, its terms after the verb: each term is the way through
        "Art. 2. Public bodies may not use gait recognition systems.\n"
        "Art. 3. Any use of gait recognition systems by the police may only be carried out where a judge has "
        "issued a warrant naming the person sought.\n"
        "Art. 4. Any use of gait recognition systems by a municipality may only be undertaken where a statute "
        "adopted by a two-thirds vote of the Assembly so permits.\n",
        [("Art. 3", "warrant"), ("Art. 4", "legislative-authorization")],
        id="only-inside-the-verb-group-with-its-terms-after-the-verb"),
    pytest.param(  # "before their publication on the website" governs a noun phrase, no clause: the verb after it
        # is the sentence's own
        "Sec. 4. The Board shall not use voice recognition technology.\n"
        "Sec. 5. A program that mutes the voices of bystanders in recordings before their publication on the "
        "Board's website is not voice recognition technology.\n",
        [("5", "redaction")],
        id="a-possessed-noun-after-before-is-a-phrase-not-a-clause"),
    pytest.param(  # "until the sailor is found or the search is suspended": the second clause is joined inside
        # the "until" clause, no main clause that would suspend anything
        "(1) Harbour staff shall not operate a drone carrying a thermal camera over moored vessels.\n"
        "(2) A harbour master may fly such a drone to search for a sailor who has been reported lost or overdue, "
        "until the sailor is found or the search is suspended.\n",
        [("(2)", "missing-persons")],
        id="a-clause-joined-inside-an-until-clause-stays-subordinate"),
    pytest.param(  # a body named in lower case with a word of conduct before its actor noun ("the state finance
        # authority") is still a body left out; "fatigue monitoring units" in buses are devices
        "Sec. 3. (a) No governmental entity may use an automated license plate reader.\n"
        "(b) As used in this section, \"governmental entity\" does not include the state finance authority when "
        "it operates an automated license plate reader solely to collect tolls.\n",
        [("3(b)", "actor-carve-out")],
        id="a-lower-case-body-with-a-word-of-conduct-before-its-actor-noun"),
    pytest.param(  # another law that "provides otherwise" is a legislative route; a topic word inside a name joined
        # by "and" ("the Regional Emergency and Rescue Service") names no topic: the body is left out
        "Section 4 (1) Unless a special Act expressly provides otherwise, municipal bodies shall not operate "
        "drones fitted with thermal imaging cameras.\n"
        "Section 5 Section 4 does not extend to the Regional Emergency and Rescue Service, when it operates "
        "drones to fight forest fires.\n",
        [("4(1)", "legislative-authorization"), ("5", "actor-carve-out")],
        id="another-law-that-provides-otherwise-and-a-name-joined-by-and"),
    pytest.param(  # "to which an unlimited number of visitors may have access": a noun after "of" is no verb, so
        # the permission stays inside the relative clause of a place's definition
        "Article 2 (Definitions)\n1. For the purposes of this Law:\n"
        "a) \"gait recognition system\": a system that identifies a person from the way he or she walks;\n"
        "b) \"public venue\": any hall or ground, whether publicly or privately owned, to which an unlimited number "
        "of visitors may have access, regardless of any conditions for entry.\n"
        "Article 3 (Prohibition)\n1. Municipal guards shall not use gait recognition systems in a public venue.\n"
        "2. Paragraph 1 does not extend to a gait recognition system used to find a missing child.\n",
        [("Art. 3(2)", "missing-persons")],
        id="a-noun-after-of-is-no-verb-that-closes-a-relative-clause"),
    pytest.param(  # a body that may suspend someone's certificate imposes a sanction; suspending a provision of
        # the law is a way through it
        "STATE TROOPER STANDARDS COMMISSION\nRULE 12-4-7. MOOD-READING SOFTWARE\n"
        "(1) No troop or post shall run software that claims to read the mood or truthfulness of a driver from "
        "the driver's voice during a traffic stop.\n"
        "(2) The Commission may suspend or cancel the certificate of a trooper who knowingly orders a use of "
        "software barred by paragraph (1).\n"
        "(3) The Colonel may suspend paragraph (1) for a search for a missing child.\n",
        [("12-4-7(3)", "missing-persons")],
        id="suspending-a-licence-is-a-sanction-suspending-a-rule-an-exemption"),
    pytest.param(  # a member of the public who may ask for something has a right, not the regulated conduct; a
        # parent's request that an official do the conduct stays the way to it
        "MUSEUM DISTRICT POLICY 14 - GALLERY CAMERAS\n"
        "14.1 The District shall not apply face recognition software to gallery camera footage.\n"
        "14.2 A patron may request a copy of any footage in which the patron appears.\n"
        "14.3 A parent whose child has gone missing in a gallery may ask the Security Manager to run face "
        "recognition software on that day's footage to find the child.\n",
        [("14.3", "missing-persons")],
        id="a-member-of-the-publics-request-is-a-right-not-the-conduct"),
    pytest.param(  # Channel Islands drafting: a use "not made in contravention of" the ban where ... (a light
        # verb whose subject is the conduct); "does not by reason only of that possession contravene" (a phrase
        # inside the group); definitions each closed by a comma, the last leading its own items
        "1. (1) A public authority must not operate a voice recognition system.\n"
        "(2) A recording is not made in contravention of subsection (1) where it is made by a coastguard officer "
        "to search for a person reported missing at sea.\n"
        "2. A public authority which comes into possession of a voiceprint that it did not ask for does not by "
        "reason only of that possession contravene section 1(1).\n"
        "3. (1) In this Law, unless the context otherwise requires -\n"
        "\"voice recognition system\" means software which identifies an individual from his or her voice, but "
        "does not include a dictation feature of a mobile telephone used only by its owner,\n"
        "\"public authority\" means -\n(a) the States Assembly and any committee of it,\n"
        "(b) any Minister or department of the States, and\n(c) the States of Jersey Police Force.\n",
        [("1(2)", "missing-persons"), ("2", "inadvertent-receipt"), ("3(1)", "personal-device")],
        id="channel-islands-drafting-not-made-in-contravention-and-comma-closed-definitions"),
    pytest.param(  # "leave for one comparison" names the act the ban names as a noun ("run a facial recognition
        # comparison"); "The comparison requires the order of ..." right after a permission is its term
        "Rule 4. (a) The Passport Office shall not run a facial recognition comparison against the passport "
        "photograph register.\n"
        "(b) On a written request from the head of a state agency, the Registrar may in a single case grant leave "
        "for one comparison.\n"
        "Rule 5. (1) The use of voice recognition by the coast guard on radio traffic is inadmissible.\n"
        "(2) By way of derogation from paragraph 1, recorded radio calls may be compared with stored voice samples "
        "where this is necessary, in an individual case, to identify a person suspected of having made a hoax "
        "distress call. The comparison requires the order of the station commander. The results are to be "
        "deleted as soon as the caller is identified.\n",
        [("4(b)", "administrative-approval"), ("5(2)", "criminal-investigation")],
        id="a-comparison-is-the-act-of-comparing-and-the-comparison-after-a-permission-its-term"),
    pytest.param(  # a permission's sole purpose names what it lets through, not the occasion before its verb; a
        # person "seeking entry" is checked at a door
        "Sec. 5. (a) No county office may use face recognition technology.\n"
        "(b) Before a video leaves the Clerk's office in answer to a public records request or a subpoena, the "
        "Records Officer may run face-detection software on the video for the sole purpose of finding and "
        "masking the faces of bystanders.\n"
        "(c) The Superior Court may fit face recognition readers on the chambers corridor, solely to confirm that "
        "a person seeking entry is a judge enrolled for that corridor.\n",
        [("5(b)", "redaction"), ("5(c)", "access-control")],
        id="a-sole-purpose-leads-the-occasion-and-a-person-seeking-entry-is-checked-at-a-door"),
    pytest.param(  # an arrangement of sections whose side titles carry a point the entries lack ends where the
        # body begins; "SECOND SCHEDULE (Section 3)" is a schedule; the form of warrant it prescribes is a
        # template ("You are authorised to fly a drone ..."), no exemption
        "THE DRONE SURVEILLANCE (CONTROL) ACT, 2026\n\nARRANGEMENT OF SECTIONS\n\n1. Short title\n"
        "2. Restriction on drones\n3. Warrant\n\nSCHEDULE\nForm of Warrant\n\n"
        "ENACTED by the Parliament of Ruvaland.\n\nShort title.\n"
        "1. This Act may be cited as the Drone Surveillance (Control) Act, 2026.\n\nRestriction on drones.\n"
        "2. (1) A public body shall not fly a drone fitted with a camera over a private dwelling.\n"
        "(2) Subsection (1) does not prevent the Fire Service from flying a drone over a burning dwelling to find "
        "persons trapped inside.\n\nWarrant.\n"
        "3. A warrant under the Criminal Procedure Code for a flight under section 2 shall be in the form set out "
        "in the Schedule.\n\n"
        "SECOND SCHEDULE (Section 3)\nFORM OF WARRANT\nTo: ........................, police officer.\n"
        "You are authorised to fly a drone over the dwelling described below for a period of ....... days.\n"
        "Magistrate\n",
        [("2(2)", "imminent-threat")],
        id="a-contents-list-a-schedule-citing-its-section-and-a-form-of-warrant"),
    pytest.param(  # a schedule with no heading of its own: its title lines ("FORM 1") say it holds forms
        "4. (1) No public authority shall operate a through-wall radar device.\n"
        "(2) A Magistrate may issue a warrant in Form 1 of the Schedule authorising the operation of a "
        "through-wall radar device at the premises named in it.\n\nSCHEDULE\n(Section 4)\n\nFORM 1\n"
        "RADAR WARRANT\nTo: ............................................, police officer.\n"
        "YOU ARE AUTHORISED to operate a through-wall radar device at the premises described below for a period "
        "of ........ hours.\n................................\nMagistrate\n",
        [("4(2)", "warrant")],
        id="a-schedule-whose-title-lines-name-a-form"),
    pytest.param(  # what residents are entitled to ask for, and compensation a person harmed may request, are
        # rights and remedies, not uses let through
        "Section 2. Municipal police shall not collect vehicle travel histories by means of plate recognition "
        "cameras.\n"
        "Section 3. Residents are entitled to be told whether travel histories of their vehicles are being kept and "
        "to request the deletion of any history kept in breach of this Law.\n"
        "Section 4. Persons suffering harm caused by acts prohibited in Section 2 are entitled to claim "
        "compensation from the municipality.\n"
        "Section 5. Section 2 does not cover the reading of plates at toll plazas to collect road tolls.\n",
        [("5", "other")],
        id="a-residents-entitlement-to-ask-and-a-request-for-compensation-are-no-exemptions"),
    pytest.param(  # "does not reach that work": what is left out points back at the sentence before, whose topic
        # names it
        "Sec. 6. (a) No sheriff's deputy shall use voice recognition software.\n"
        "(b) Deputies lent to a federal counterterrorism task force follow the rules of that task force while "
        "working on its cases. Subsection (a) does not reach that work.\n",
        [("6(b)", "national-security")],
        id="what-is-left-out-points-back-at-the-sentence-before"),
    pytest.param(  # a warrant the result may never be the sole basis for is no route of the use
        "Sec. 3. (a) A county agency shall not use gait recognition technology.\n"
        "(b) A sheriff's detective may use gait recognition technology to identify a person seen in footage "
        "lawfully obtained in the investigation of a specific homicide, if the match is used as a lead only and "
        "is never the sole basis for an arrest, a charge, or an application for a search warrant.\n",
        [("3(b)", "criminal-investigation")],
        id="a-warrant-the-result-feeds-is-no-route-of-the-use"),
    pytest.param(  # "have recourse to" and "resort to" (avoir recours a, recurrir a) are verbs of the conduct:
        # the cases a restrictive permission of them lists are its ways through
        "Art. 3. The municipal police shall not use gait recognition systems.\n"
        "Art. 4. The municipal police may have recourse to a gait recognition system only in the following "
        "cases:\n1. the search for a child reported missing;\n"
        "2. the control of entry to the municipal armoury.\n"
        "Art. 5. The fire brigade may resort to gait recognition solely where a person is in imminent danger "
        "of death.\n",
        [("Art. 4(1)", "missing-persons"), ("Art. 4(2)", "access-control"), ("Art. 5", "imminent-threat")],
        id="have-recourse-to-and-resort-to"),
    pytest.param(  # "do not fall within this definition:" is the negation of "fall outside the term": its items are the
        # definition's exclusions, though the sentence stands after the list of definitions, not inside one
        "Section 1\nIn this statute:\n1. \"municipal body\" means the commune and every body acting for it;\n"
        "2. \"voice analysis system\" means software that identifies a person from a recording of the person's voice.\n"
        "Do not fall within this definition:\n(a) the dictation feature of an office computer used by its own user;\n"
        "(b) software that mutes every voice in a recording before the recording is published.\n"
        "Section 2\nA municipal body shall not use a voice analysis system.\n",
        [("1(a)", "personal-device"), ("1(b)", "redaction")], id="do-not-fall-within-this-definition"),
    pytest.param(  # the title block numbers the instrument ("ORDENANZA No. 7"): "this Ordenanza" is the law itself,
        # and what it does not cover is left out of it
        "MUNICIPALITY OF SAN ISIDRO\n\nORDENANZA No. 7 OF 2026\n\n"
        "Article 1. No municipal office shall use a drone to watch a person.\n"
        "Article 2. The provisions of this Ordenanza do not reach the Harbour Pilots Corporation.\n",
        [("Art. 2", "actor-carve-out")], id="the-instrument-named-in-its-title-block"),
    pytest.param(  # ... in capitals ("NO." is two tokens), and in two words ("the present Peraturan Daerah")
        "PROVINSI LAUT TENGAH\n\nPERATURAN DAERAH NO. 3 TAHUN 2026\n\n"
        "Article 1. No regional office shall use a drone to watch a person.\n"
        "Article 2. The present Peraturan Daerah does not reach the Harbour Pilots Corporation.\n",
        [("Art. 2", "actor-carve-out")], id="the-instrument-named-in-two-words-and-capitals"),
    pytest.param(  # "Provided that the term does not comprise -": the proviso joins the exclusion to its definition,
        # and each item is left out of the term (a proviso after the exclusion lists its conditions instead)
        "2. In this Act \"voiceprint system\" means software that identifies a person by the voice;\n"
        "Provided that the term does not comprise -\n(a) a system used solely to admit staff to a courthouse;\n"
        "(b) a feature by which a person unlocks a telephone of which he is the user.\n"
        "3. A public body shall not use a voiceprint system.\n",
        [("2(a)", "access-control"), ("2(b)", "personal-device")], id="provided-that-the-term-does-not-comprise"),
]


@pytest.mark.parametrize("text, expected", EXEMPTIONS_CATEGORISED_SHAPES)
def test_a_drafting_shape_is_read_with_each_exemption_and_its_category(analyze_text, text, expected):
    assert [(f.location.citation, f.category) for f in analyze_text(text).exemptions] == expected


PROHIBITIONS_CITED_SHAPES = [  # where the bans stand, and no more of them
    pytest.param(  # the Part headings above a contents list's first entry belong to the list, and the schedules
        # it names after its last entry are entries too: the body's Parts open the law, not "SCHEDULE 2 -
        # Offences for the purposes of Article 3", and its ban is no purpose statement
        "Harbour Surveillance (Sark) Law 2027\n"
        "\n"
        "Arrangement\n"
        "\n"
        "Article\n"
        "\n"
        "PART 1\n"
        "INTERPRETATION\n"
        "1 Interpretation\n"
        "\n"
        "PART 2\n"
        "GAIT RECOGNITION\n"
        "2 Prohibition\n"
        "3 Searches for missing persons\n"
        "4 Citation\n"
        "\n"
        "SCHEDULE 1 – Places outside this Law\n"
        "SCHEDULE 2 – Offences for the purposes of Article 3\n"
        "\n"
        "Harbour Surveillance (Sark) Law 2027\n"
        "\n"
        "A LAW to prohibit the use of gait recognition technology by public bodies in the harbour of Sark, and for "
        "connected purposes\n"
        "\n"
        "PART 1\n"
        "INTERPRETATION\n"
        "\n"
        "1 Interpretation\n"
        'In this Law, "public body" means the Chief Pleas and any committee or officer of it.\n'
        "\n"
        "PART 2\n"
        "GAIT RECOGNITION\n"
        "\n"
        "2 Prohibition\n"
        "A public body must not use gait recognition technology.\n"
        "\n"
        "3 Searches for missing persons\n"
        "A public body may use gait recognition technology to search for a child reported missing.\n"
        "\n"
        "4 Citation\n"
        "This Law may be cited as the Harbour Surveillance (Sark) Law 2027.\n"
        "\n"
        "SCHEDULE 1 – Places outside this Law\n"
        "1 The lighthouse.\n"
        "\n"
        "SCHEDULE 2 – Offences for the purposes of Article 3\n"
        "1 Murder.\n",
        ["2"], id="part-headings-and-schedules-in-an-arrangement"),
    pytest.param(  # a restriction of what the ban covers is a door in it, and keeping what the door lets
        # through is a rule of handling: one ban; a restriction of another technology bans on its own
        "1. A transit officer shall not use iris recognition on a passenger.\n"
        "2. A transit officer may use iris recognition on a passenger only with that passenger's written consent.\n"
        "3. Iris templates taken under section 2 shall be stored only on the fare card of the passenger concerned.\n"
        "4. Voiceprints of callers to the help line shall be stored only on servers the Authority owns.\n",
        ["1", "4"], id="a-restriction-within-the-ban-is-its-door"),
    pytest.param(  # a permission that derogates from the ban, "solely" for one purpose, lets that purpose through;
        # it is no restriction that bans the rest again
        "Article 3. The municipal guard shall not operate voice recognition on recordings of public meetings.\n"
        "Article 4. By way of derogation from Article 3, officers of the archive unit may carry out voice analysis "
        "on recordings held in the file of a council meeting, solely for the purposes of indexing its minutes.\n",
        ["Art. 3"], id="a-derogating-permission-on-terms-is-no-second-ban"),
    pytest.param(  # an empty table cell "[-]" is no struck matter: the ban between two such rows stands
        "| Technology | Allowed |\n|---|---|\n| Drones | [-] |\n"
        "4. No agency shall use face recognition.\n"
        "| Cameras | [-] |\n",
        [""], id="empty-cells-are-no-struck-matter"),
    pytest.param(  # "[-may-] {+shall+} not": the struck word is gone and the inserted one read, so this bans
        "Sec. 5. Section 9 of the Drone Act is amended as follows:\n"
        "Sec. 9. (a) A county [-may-] {+shall+} not fly a drone over a school{+ during school hours+}.\n"
        "[-(b) A county may fly a drone over a school if the sheriff approves.-]\n",
        ["9(a)"], id="struck-may-inserted-shall-marks-without-spaces"),
    pytest.param(  # a list run into its paragraph ends with it: the line after is no word of its last item
        "| Element | Rule |\n|---|---|\n"
        "| 1. Uses | The Unit may fly a drone for these purposes: (a) finding a lost hiker; (b) surveying flood "
        "damage; (c) mapping a crash scene. |\n"
        "| 2. Limits | The Unit shall not fly a drone over a political rally. |\n",
        [""], id="a-run-in-list-ends-with-its-row"),
    pytest.param(  # to make another do the banned conduct is barred as doing it is; requiring nothing bans nothing
        "1. A school board shall not use a gait recognition system.\n"
        "2. No contracting authority shall require a vendor to install gait recognition software on a school bus.\n"
        "3. Nothing in this section shall require a school board to acquire a camera.\n",
        ["1", "2"], id="no-one-shall-require-another-to-do-the-conduct"),
    pytest.param(  # an overview section tells the reader what Part 2 does; Part 2 bans
        "1 Overview of this Act\n(1) Part 2 prohibits councils from using gait recognition systems.\n"
        "(2) Part 3 requires councils to publish annual reports.\n"
        "2 Prohibition\nA council must not use a gait recognition system.\n",
        ["2"], id="an-overview-section-restates-the-ban-it-does-not-make-it"),
    pytest.param(
        "3. The County and the Contractor agree that no drone shall be flown under this Agreement to observe "
        "a private residence.\n",
        ["3"], id="the-parties-agree-that-no-drone-shall-be-flown"),
    pytest.param(
        "3. The municipal police shall in no circumstances operate an emotion recognition system.\n",
        ["3"], id="a-ban-negated-in-no-circumstances"),
    pytest.param(
        "5. A county agency shall not equip, or allow a contractor to equip, a drone with a license plate "
        "reader.\n",
        ["5"], id="equipping-a-drone-with-the-technology-is-a-banned-act"),
    pytest.param(
        "4. (1) No police officer shall use a cell-site simulator except under a warrant issued under this section.\n"
        "(2) A magistrate shall not issue a warrant under this section unless satisfied that -\n"
        "(a) the offence under investigation carries a term of at least five years; and\n"
        "(b) the location sought cannot reasonably be obtained by other means.\n",
        ["4(1)"], id="the-items-of-an-unfinished-condition-are-its-terms-not-bans"),
    pytest.param(
        "Art. 3. Public bodies shall not use gait recognition systems.\n"
        "Art. 8. Recordings obtained contrary to Article 3 shall not be used and shall be erased.\n"
        "Art. 9. Evidence gathered in breach of this Law is inadmissible and shall be excluded.\n",
        ["Art. 3"], id="what-was-got-contrary-to-the-law-is-a-remedys-object-not-a-new-ban"),
    pytest.param(
        "7. In no instance shall an officer use a drone to follow a person.\n",
        ["7"], id="a-fronted-in-no-instance-negates"),
    pytest.param(  # to implement processing is to use it (French drafting: "may not implement any processing")
        "Article 1\nMunicipal services may not implement any automated processing intended to recognise a person by "
        "the way the person walks.\n",
        ["Art. 1"], id="implementing-processing-is-using-it"),
    pytest.param(  # a relative clause on the negated subject keeps its "no": the ban stands
        "Sec. 1. No officer who remains on duty shall operate a drone over a protest.\n\n"
        "Sec. 2. No contract that affects a municipality shall provide for the use of face recognition.\n",
        ["1", "2"], id="a-negated-subject-with-a-relative-clause"),
    pytest.param(  # a bill's synopsis ends where the enacting words begin, and its closing statement restates
        # the bans in other words: neither is law
        "ASSEMBLY, No. 412\n\nSYNOPSIS\n     Bars municipal use of unmanned aircraft to watch residents.\n\n"
        "     BE IT ENACTED by the Senate and General Assembly of the State of New Jersey:\n\n"
        "     1.  (New section)  A municipality shall not operate an unmanned aircraft to watch a resident.\n\n"
        "     2.  (New section)  This act shall take effect on the 90th day after enactment.\n\n"
        "STATEMENT\n\n     This bill provides that a municipality may not operate an unmanned aircraft to watch "
        "residents.\n",
        ["1"], id="a-synopsis-ends-at-the-enacting-words-and-a-statement-is-no-law"),
    pytest.param(  # a translation's "cannot" on an actor, or on the technology's data, denies leave as "may not"
        # does; "cannot reasonably be ..." in a warrant's grounds, and "so that it cannot ...", say what cannot be done
        "Art. 3. The municipal police cannot use emotion recognition software.\n"
        "Art. 4. Biometric data cannot be processed by any municipal service.\n"
        "Art. 5. The judge may authorise a use of emotion recognition software where the evidence sought "
        "cannot reasonably be gathered from witnesses.\n"
        "Art. 6. Software that blurs faces may be used if it is set so that it cannot identify any face.\n",
        ["Art. 3", "Art. 4"], id="cannot-denies-leave-only-in-a-main-clause"),
]


@pytest.mark.parametrize("text, cited", PROHIBITIONS_CITED_SHAPES)
def test_a_drafting_shape_is_read_with_its_bans_where_they_stand(analyze_text, text, cited):
    assert [f.location.citation for f in analyze_text(text).prohibitions] == cited


def test_a_route_each_use_of_another_article_must_take_is_a_term_of_those_uses(analyze_text):
    """"Each use provided for in article 6th shall require the prior authorization of a judge" narrows
    the exemptions of Article 6 (their judicial-authorization qualifier); it opens none of its own."""
    analysis = analyze_text(
        "Article 5th. Public bodies shall not use remote face recognition.\n"
        "Article 6th. By way of exception, the police may use remote face recognition only for:\n"
        "a) the search for a missing child;\n"
        "b) the prevention of an imminent threat to life.\n"
        "Article 8th. Each use provided for in article 6th shall require the prior authorization of a judge.\n")
    assert [(f.location.citation, f.category, f.qualifiers) for f in analysis.exemptions] == [
        ("Art. 6(a)", "missing-persons", ["judicial-authorization"]),
        ("Art. 6(b)", "imminent-threat", ["judicial-authorization"])]


def test_a_judges_order_for_the_uses_another_article_permits_is_a_term_of_them(analyze_text):
    """"The use referred to in Article 8 may be undertaken on the basis of an order of the investigating
    judge" is no warrant route of its own: it narrows each use Article 8 lets through."""
    analysis = analyze_text(
        "Article 7\nPublic bodies shall not use remote gait recognition in public places.\n"
        "Article 8\n(1) By way of exception, the police may use remote gait recognition solely for:\n"
        "1) the targeted search for a missing child;\n"
        "2) the prevention of an imminent threat to the life of a person.\n"
        "Article 9\n(1) The use referred to in Article 8 of this Law may be undertaken on the basis of an order "
        "of the investigating judge.\n")
    assert [(f.location.citation, f.category, "judicial-authorization" in f.qualifiers)
            for f in analysis.exemptions] == [("Art. 8(1)(1)", "missing-persons", True),
                                              ("Art. 8(1)(2)", "imminent-threat", True)]


@pytest.mark.parametrize("compound", ["law enforcement agency", "law-enforcement agency"])
def test_a_hyphen_inside_a_compound_changes_nothing(analyze_text, compound):
    """"law-enforcement agency" is the actor "law enforcement agency", not a law ("any other law")
    that the clause keeps: the carve-out after "does not prevent" is read the same either way."""
    text = (f"1. A {compound} may not use an unmanned aircraft to gather evidence about any person.\n"
            f"2. Section 1 does not prevent a {compound} from flying an unmanned aircraft to look for a child "
            "who has been reported missing.\n")
    found = analyze_text(text)
    assert [p.location.citation for p in found.prohibitions] == ["1"]
    assert [(f.location.citation, f.category) for f in found.exemptions] == [("2", "missing-persons")]


def test_each_row_of_a_table_of_permitted_uses_is_an_exemption(analyze_text):
    """A standard that sets its permitted uses out as a table ("Table 2 - Permitted uses" over rows cut by
    bars) lets each row through, categorised by its use cell, not by the cell that says who approves it;
    the sentence citing the table opens the rows and is no exemption of its own; the header row is a
    label; and a table of who approves (no permission in its name) lets nothing through."""
    analysis = analyze_text(
        "TRANSIT SECURITY STANDARD TS-9\n\n"
        "1. Ban. The Authority shall not use face recognition on any bus, train or station camera.\n\n"
        "2. Uses. The uses set out in Table 2 are allowed, each on the conditions in its row.\n\n"
        "Table 2 - Permitted uses\n\n"
        "| Ref | Permitted use | Authorization | Notes |\n"
        "|-----|---------------|---------------|-------|\n"
        "| U1 | Finding a child reported missing on the network | Duty manager | Ends when the child is found |\n"
        "| U2 | Identifying the suspect in a felony under investigation | A search warrant signed by a judge | None |\n"
        "| U3 | Opening the staff door of the control room to enrolled staff | Head of security | Badge also "
        "required |\n\n"
        "3. Approvals. Each use is approved as follows.\n\n"
        "| Use | Approved by | Logged in |\n"
        "| U1 | Duty manager | Incident log |\n"
        "| U2 | Head of security | Case file |\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [
        ("2", "missing-persons"), ("2", "criminal-investigation"), ("2", "access-control")]
    assert [f.quote.split(" | ")[1] for f in analysis.exemptions] == [
        "Finding a child reported missing on the network", "Identifying the suspect in a felony under investigation",
        "Opening the staff door of the control room to enrolled staff"]


def test_each_row_of_a_column_table_of_permitted_flights_is_an_exemption(analyze_text):
    """A memo that sets its permitted flights out in columns under a rule of dashes (no bars): each
    row, wrapped over several lines, is an exemption of its own, categorised by its "Permitted flight"
    cell; the sentence that announces "the following flights" opens the rows; the prohibited flights
    after the table are no rows of it."""
    analysis = analyze_text(
        "HARBOR DISTRICT OPERATING MEMORANDUM 12\n\n"
        "1. No District unit shall fly an unmanned aircraft over the harbor or its piers.\n\n"
        "2. A District unit may fly an unmanned aircraft for the following flights only:\n\n"
        "REF   PERMITTED FLIGHT                      SIGNED OFF BY\n"
        "---   -----------------------------------   --------------------\n"
        "F1    Looking for a swimmer or a boater     Duty Harbor Master\n"
        "      reported missing in the harbor\n\n"
        "F2    Watching a ship fire or a chemical    Fire Captain\n"
        "      spill that endangers life\n\n"
        "3. A flight under paragraph 2 ends when its purpose is met.\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [
        ("2", "missing-persons"), ("2", "imminent-threat")]
    assert [" ".join(f.quote.split())[:31] for f in analysis.exemptions] == [
        "F1 Looking for a swimmer or a b", "F2 Watching a ship fire or a ch"]


@pytest.mark.parametrize("definition", [
    '"biometric identification system" - a system that compares a person\'s face or voice with stored templates '
    'to identify the person; excluding a system that detects faces only to blur them before an image is released;',
    '"biometric identification system" means a system that compares a person\'s face or voice with stored '
    'templates to identify the person, other than a system that detects faces only to blur them before an image '
    'is released;'])
def test_a_use_the_technologys_definition_leaves_out_inline_is_an_exemption(analyze_text, definition):
    """A definition of the banned technology that leaves a use out inline ("; excluding a system that
    detects faces only to blur them", ", other than ...") lets that use through, as "does not include"
    would; what a definition says the thing is not ("other than a balloon or a kite") is no exemption."""
    analysis = analyze_text(
        "Interpretation\n2. In this Law -\n" + definition + "\n"
        '"aircraft" - a machine flown without a pilot on board, other than a balloon or a kite;\n'
        '"public body" - a ministry, a local authority or a statutory corporation.\n\n'
        "Prohibition\n3. A public body shall not use a biometric identification system or an aircraft.\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [("2", "redaction")]


@pytest.mark.parametrize("keeps", [
    "Nothing in this Act affects any other law that expressly authorises the tracking of a mobile device.",
    "The provisions of other laws which expressly authorise the tracking of a mobile device are reserved.",
    "Statutes that specifically permit the tracking of a mobile device remain unaffected."])
def test_a_savings_clause_that_keeps_a_law_by_what_it_permits_is_a_way_through(analyze_text, keeps):
    """Keeping another law in force is no exemption ("Nothing in this Act affects any other law"); keeping
    one by what it permits ("any other law that expressly authorises the tracking of a device", "are
    reserved", "remain unaffected") keeps that way through the ban: legislative authorization. And
    "there is no other means of obtaining evidence" in a judge's route defines nothing."""
    analysis = analyze_text(
        "ARTICLE 6- (1) Public institutions shall not carry out the location tracking of any person.\n"
        "ARTICLE 7- (1) Where there is no other means of obtaining evidence, the location of a suspect's device "
        "may be tracked upon the decision of the criminal judge of peace.\n"
        f"ARTICLE 9- (1) {keeps}\n"
        "ARTICLE 10- (1) Nothing in this Law affects any other law.\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [
        ("Art. 7(1)", "warrant"), ("Art. 9(1)", "legislative-authorization")]


def test_data_that_does_not_place_the_body_in_breach_is_let_through(analyze_text):
    """"Location data that arrives unsolicited does not place the County in breach of Section 2-416": a
    verb whose object is put "in breach of" the ban, negated in the present, says no breach happens (not
    "shall not place a tracking device in violation of ...", which bans)."""
    analysis = analyze_text(
        "Sec. 2-416. Prohibition. The County shall not buy location data from a data broker, and no officer "
        "shall place a tracking device on a vehicle in violation of this Article.\n"
        "Sec. 2-417. Unsolicited data. Location data that arrives at a County department unsolicited does not "
        "place the County in breach of Section 2-416.\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [("2-417", "inadvertent-receipt")]
    assert [p.location.citation for p in analysis.prohibitions] == ["2-416"]


def test_the_following_information_leads_items_and_regulations_issued_by_a_body_are_law(analyze_text):
    """"The following information may be collected by a drone:" leads its items (each let through),
    though the pack counts "information" among determiners; and "regulations issued by the Department
    of Justice" are law a provision names, no actor carved out ("measures taken by the police" are acts)."""
    analysis = analyze_text(
        "1. No agency shall collect information by a drone.\n"
        "2. The following information may be collected by a drone notwithstanding section 1:\n"
        "(a) images of the scene of a fatal crash, for reconstruction;\n"
        "(b) images of a wildfire, to direct firefighters.\n"
        "3. Section 1 does not apply to regulations issued by the Department of Justice.\n")
    assert [f.location.citation for f in analysis.exemptions] == ["2(a)", "2(b)"]


def test_the_terms_of_a_warrant_are_machinery_of_its_route(analyze_text):
    # the warrant's contents ("the period during which ... may be operated or ... may be kept": one
    # clause of what it must state), its renewal, a fresh application and an application "on oath" are
    # how the route works, not ways through of their own
    a = analyze_text(
        "4 Prohibition\n"
        "(1) A constable shall not operate a licence plate recognition camera otherwise than under the "
        "authority of a warrant issued under section 5.\n"
        "5 Warrants\n"
        "(1) An inspector may apply on oath to a Magistrate for a warrant under this section.\n"
        "(2) A warrant shall state the roads on which, and the period during which, the camera may be "
        "operated or its images may be kept, which shall not exceed fourteen days.\n"
        "(3) A warrant shall lapse after fourteen days and may, on a fresh application, be renewed once.\n"
        "(4) The period of operation authorised by the warrant may not exceed fourteen days, and a renewal "
        "requires a fresh application under this section.\n")
    assert cited_categories(a) == [("4(1)", "warrant")]


def test_a_definition_that_closes_after_its_relative_clause_on_but_does_not_include(analyze_text):
    # "which, by electronic means, measures ..., but does not include": the relative clause ends at the
    # comma before "but" (a verb in the present, "measures", is no participle that sets a phrase off),
    # and "but that term does not include -" opens its items ("that" is the subject's determiner)
    a = analyze_text(
        "1. In this Ordinance -\n"
        '"iris scanner" means any device which, by electronic means, measures the patterns of the iris of an '
        "eye in order to identify the person to whom it belongs, but does not include a function of a "
        "telephone which is used only to unlock that telephone for its owner,\n"
        '"voice matcher" means any software which compares a recorded voice with other recordings to identify '
        "the speaker, but that term does not include -\n"
        "(a) software at the door of the Harbour Office strongroom which verifies the voice of an officer "
        "seeking entry against a recording that officer has enrolled,\n"
        "2. (1) No public officer shall use an iris scanner or a voice matcher.\n")
    assert cited_categories(a) == [("1", "personal-device"), ("1(a)", "access-control")]


def test_a_permissions_own_terms_after_only_are_not_another_exemption(analyze_text):
    # (a guard: it fails only where "and that software" is read as a main clause and the "solely" is cut
    # off as a route of its own)
    # "may operate software ... solely in order to blur ...": the permission's purpose, one exemption, even
    # when a ban on the same software follows in the sentence; the terms on which an approval is given
    # ("may give an approval only if ...") are no permission of the conduct
    a = analyze_text(
        "Sec. 4. (a) No county department shall use gait analysis software.\n"
        "(b) The Records Unit may run software that automatically finds pedestrians in footage solely in order "
        "to blur their outlines before the footage is published, and that software shall not be used to "
        "identify any pedestrian.\n"
        "(c) The County Manager may give an approval only if the department has published a privacy notice.\n")
    assert [e.location.citation for e in a.exemptions if e.category == "redaction"] == ["4(b)"]
    assert len(a.exemptions) == 1


def test_legislatures_known_by_a_name_of_their_own_authorise_by_resolution(analyze_text):
    a = analyze_text(
        "3 Restriction\n"
        "(1) No Department of Government may use a licence plate reader.\n"
        "(2) Tynwald may, by resolution, authorise the Department of Infrastructure to use a licence plate "
        "reader at the Sea Terminal for a period of not more than twelve months.\n")
    assert categories(a) == ["legislative-authorization"]


def test_a_heading_of_uses_by_law_enforcement_is_no_route_by_law(analyze_text):
    # "AUTHORIZED USES BY LAW ENFORCEMENT" is no "authorized by law": each item keeps its own topic
    a = analyze_text(
        "(3) PROHIBITION.—A state agency may not use a drone to collect images of persons.\n"
        "(4) AUTHORIZED USES BY LAW ENFORCEMENT.—A sheriff's office may use a drone only:\n"
        "(a) To locate a vehicle that is the subject of an alert.\n"
        "(b) To photograph the scene of a homicide that a deputy is investigating.\n")
    assert cited_categories(a) == [("(4)(a)", "missing-persons"), ("(4)(b)", "criminal-investigation")]


def test_what_a_schedule_describes_and_a_permission_lets_through_is_each_row(analyze_text):
    # "The use of a reader described in the Schedule ... is permitted": each row is a way through, read by
    # its words, not its title; the row's own conditions narrow it and are no ways through of their own
    a = analyze_text(
        "4 Prohibition\n"
        "(1) No public officer shall use a biometric reader.\n"
        "(2) The use of a reader described in the Schedule, on the conditions set out there, is permitted.\n"
        "SCHEDULE\n"
        "(Section 4(2))\n"
        "PERMITTED READERS\n"
        "1. Treasury vault reader\n"
        "A reader at the door of the Treasury vault which compares the fingerprint of a person seeking "
        "entry with the templates of the officers enrolled to enter it, and opens the door accordingly.\n"
        "Conditions:\n"
        "(a) no template other than that of an enrolled officer may be stored in the reader; and\n"
        "(b) the reader shall not be linked to any other system.\n")
    assert cited_categories(a) == [("Schedule(1)", "access-control")]
    assert "A reader at the door of the Treasury vault" in a.exemptions[0].quote


def test_a_schedule_of_excluded_operations_lists_exemptions(analyze_text):
    a = analyze_text(
        "3. (1) A public body shall not fly a drone over a private dwelling.\n"
        "(2) Subsection (1) does not reach an operation described in the Schedule.\n"
        "SCHEDULE\n"
        "(section 3)\n"
        "EXCLUDED OPERATIONS\n"
        "1. The flight of a drone by the Coastguard to search for a person lost at sea.\n"
        "2. The flight of a drone by the Defence Force for purposes connected with the defence of the Island.\n")
    assert cited_categories(a) == [("Schedule(1)", "missing-persons"), ("Schedule(2)", "national-security")]


def test_a_security_service_by_name_and_a_felony_named_across_commas(analyze_text):
    # "the Security Service" is a national-security body by its name (not "the Private Security Services
    # Act"); "used in the commission of, or is evidence of, a felony" names a crime across its commas
    a = analyze_text(
        "Sec. 5. (a) A state agency may not use a cell-site simulator.\n"
        "(b) Subsection (a) does not bind the Security Service in the discharge of its functions.\n"
        "(c) A state agency may use a cell-site simulator to find a telephone that an officer has probable "
        "cause to believe was used in the commission of, or is evidence of, a violent felony.\n"
        "(d) A guard company licensed under the Private Security Services Act is not a state agency.\n"
        "(e) A state agency may obtain the records of a cell-site simulator if a judge, being satisfied that "
        "they will afford evidence of an offence, makes an order authorising it.\n")
    # (the offence a judge must be satisfied of leaves the judge's order the way through: a warrant)
    assert cited_categories(a) == [("5(b)", "national-security"), ("5(c)", "criminal-investigation"),
                                   ("5(d)", "actor-carve-out"), ("5(e)", "warrant")]


def test_a_use_denied_through_its_object_and_a_court_barred_from_admitting_evidence(analyze_text):
    # "may be used for no other purpose" denies a use, it permits none; "The Court shall not admit ...
    # evidence obtained in contravention of section 1" is a remedy for a breach, no ban of its own
    a = analyze_text(
        "1. (1) A public body shall not use a gait recognition system.\n"
        "(2) The Royal Court shall not admit in any criminal proceedings evidence obtained in contravention "
        "of paragraph (1).\n"
        "2. A public body may compare footage of a missing child with its custody records. The results of "
        "the comparison may be used for no other purpose.\n")
    assert cited_categories(a) == [("2", "missing-persons")]
    assert [f.location.citation for f in a.prohibitions] == ["1(1)", "2"]


def test_what_an_approver_must_be_satisfied_of_is_no_ban(analyze_text):
    # "if the Governor is satisfied that the use is necessary and that the information sought cannot be
    # obtained by other means": both "that" clauses are what the Governor must be satisfied of ("that"
    # before a determiner opens a clause, it is no determiner); the Governor's leave is an approval
    a = analyze_text(
        "5. (1) No public officer shall use iris recognition technology.\n"
        "(2) On the written application of the Chief Immigration Officer, the Governor may authorise an "
        "immigration officer to use iris recognition technology at the port, if the Governor is satisfied "
        "that the use is necessary and proportionate and that the information sought cannot reasonably be "
        "obtained by other means.\n")
    assert cited_categories(a) == [("5(2)", "administrative-approval")]
    assert [f.location.citation for f in a.prohibitions] == ["5(1)"]


def test_what_a_clause_opening_on_a_breach_permits_is_a_remedy(analyze_text):
    # "In the event of a contravention of this Law, the Commissioner may ...", "A person whose voice was
    # recorded in breach of section 2 may ...": sanctions and redress, not ways through; an authority that
    # receives what another recorded in breach of the law is still let through
    a = analyze_text(
        "2. A public body shall not use voice recognition software.\n"
        "3. A public body that receives a recording which it did not request and which another person made in "
        "breach of this Law does not contravene section 2, provided that it deletes the recording within "
        "seven days.\n"
        "4. In the event of a contravention of this Law, the Data Commissioner may order the public body to "
        "delete the recordings concerned.\n"
        "5. A person whose voice was analysed in breach of section 2 may bring proceedings for compensation "
        "before the Magistrate's Court.\n"
        "6. Any person whose recordings were processed contrary to this Law is entitled to have them erased.\n")
    assert cited_categories(a) == [("3", "inadvertent-receipt")]


def test_an_enforcers_entry_and_seizure_are_oversight_not_ways_through(analyze_text):
    # "a warrant authorising the Commissioner to enter the premises", "may seize any drone found there":
    # the law's enforcement (a hot list's "number may be entered" is the conduct, and stays one)
    a = analyze_text(
        "3. (1) A public authority shall not operate a drone fitted with a thermal camera.\n"
        "(2) A vehicle registration number may be entered on the drone's hot list when the vehicle is "
        "associated with a child reported missing to the police.\n"
        "9. (1) Where a justice is satisfied on sworn information that entry to premises is needed for an "
        "inspection under section 8 and has been refused, the justice may issue a warrant authorising an "
        "inspector to enter those premises.\n"
        "(2) A person executing a warrant under subsection (1) may seize and retain any drone, recording or "
        "document found on the premises.\n")
    assert cited_categories(a) == [("3(2)", "missing-persons")]


def test_an_actor_named_then_what_it_does_or_answers_for_is_carved_out(analyze_text):
    # "Probation Service officers supervising ...", "the Department responsible for harbours ...": the
    # actor's name ends where what it does or answers for begins
    a = analyze_text(
        "Part 3 - Restrictions\n"
        "7. (1) No public body shall use location tracking software.\n"
        "(2) Section 7(1) does not bind Probation Service officers supervising offenders on licence, whose "
        "use of tracking is governed by the Offender Management Act.\n"
        "(3) Section 7(1) does not bind the Department responsible for harbours in the exercise of its "
        "functions of vessel traffic control.\n")
    assert cited_categories(a) == [("Part 3(7)(2)", "actor-carve-out"), ("Part 3(7)(3)", "actor-carve-out")]


def test_the_review_of_session_29_ways_through_that_stay_ways_through(analyze_text):
    # (guards from a review of this session's changes, each a reading the changes had broken)
    # "anything to the contrary in this section" is no breach; a breach by another before a use of the
    # technology leaves the use a way through; "for no other purpose than" means "only for"; an order's
    # item opening "that the ..." is its norm; a judge one reports to grants nothing
    a = analyze_text(
        "Sec. 3. (a) No county department shall use a drone equipped with facial recognition.\n"
        "(b) Notwithstanding anything to the contrary in this section, the Sheriff may use such a drone to "
        "search for a missing child.\n"
        "(c) A department that receives, without having requested it, footage that another person made "
        "in violation of this section may retain that footage for as long as is needed to report the "
        "violation.\n"
        "(d) Facial recognition may be used for no other purpose than the identification of a deceased "
        "person.\n"
        "(e) A deputy may use such a drone to find evidence of a specific felony, and shall report each use "
        "to the presiding judge.\n")
    assert cited_categories(a) == [("3(b)", "missing-persons"), ("3(c)", "inadvertent-receipt"),
                                   ("3(d)", "other"), ("3(e)", "criminal-investigation")]
    b = analyze_text(
        "The Board hereby orders:\n"
        "(a) that no member of staff shall use iris recognition on school premises; and\n"
        "(b) that the Principal may authorise the use of iris recognition to control entry to the "
        "examinations office.\n")
    assert cited_categories(b) == [("(b)", "access-control")]


def test_the_review_of_session_29_schedules_and_joined_clauses(analyze_text):
    # a schedule row's item narrows it (the row's title is the body it names); a schedule of periods limits
    # one permission; a ban joined by "and" after a relative clause is a ban of its own
    a = analyze_text(
        "3 Prohibition\n"
        "(1) A public body shall not use automated gait analysis.\n"
        "(2) Subsection (1) does not apply to a body listed in Schedule 1.\n"
        "(3) The retention of gait records for the periods set out in Schedule 2 is permitted.\n"
        "4 Bridges\n"
        "The Roads Department may fly a drone to inspect any bridge that may be unsafe and the Department "
        "may not use the drone to analyse the gait of any person.\n"
        "SCHEDULE 1\n"
        "(Section 3(2))\n"
        "EXEMPT BODIES\n"
        "1. The Prison Service\n"
        "(a) The exemption extends only to the control of entry to a prison.\n"
        "SCHEDULE 2\n"
        "(Section 3(3))\n"
        "RETENTION PERIODS\n"
        "1. A record that matches no person of interest: 48 hours.\n"
        "2. A record used in a prosecution: until the proceedings end.\n")
    assert ("Schedule 1(1)", "actor-carve-out") in cited_categories(a)
    assert not any(c.startswith("Schedule 2") for c, _ in cited_categories(a))
    assert "4" in [f.location.citation for f in a.prohibitions]


def test_a_sovereigns_immunity_waived_for_suits_is_no_way_through(analyze_text):
    # a waiver of immunity opens the courts to the people the ban protects; it lets no use through
    a = analyze_text(
        "Sec. 4-201. No department of the Nation shall use automated license plate readers.\n"
        "Sec. 4-202. A person whose plate was read in breach of Sec. 4-201 may sue the Nation in the Tribal "
        "Court. The sovereign immunity of the Nation is waived for that limited purpose.\n"
        "Sec. 4-203. The Tribal Police may use a plate reader to find a vehicle named in an AMBER Alert.\n")
    assert cited_categories(a) == [("4-203", "missing-persons")]


def test_a_body_declared_entitled_to_the_conduct_is_let_through(analyze_text):
    # a translation's "shall be entitled to use", an old statute's "shall be permitted to operate": a
    # permission in a duty's form (not "will be directed to", a command)
    a = analyze_text(
        "Article 3. State bodies shall not use remote biometric identification systems.\n"
        "Article 4. The National Police shall be entitled to use a remote biometric identification system "
        "where there is an immediate threat to the life of a person.\n"
        "Article 5. The Civil Protection Service shall be permitted to use such a system to find a person "
        "reported missing after a flood.\n")
    assert cited_categories(a) == [("Art. 4", "imminent-threat"), ("Art. 5", "missing-persons")]


def test_wisconsin_citations_sub_and_par_end_no_sentence(analyze_text):
    # "sub. (2) (a)", "par. (b)": Wisconsin's abbreviations of subsection and paragraph; the period is not a stop
    a = analyze_text(
        "165.89 (2) (a) No law enforcement agency may obtain or use a biometric identification system.\n"
        "(3) An agency does not violate sub. (2) (a) if it is sent a result from a biometric identification "
        "system that it did not ask for and deletes it.\n"
        "(4) An agency does not violate par. (a) by using an iris scanner at the door of its evidence room "
        "to admit its own staff.\n")
    assert cited_categories(a) == [("165.89(3)", "inadvertent-receipt"), ("165.89(4)", "access-control")]


def test_a_permit_from_an_administrative_body_is_an_approval_route(analyze_text):
    # the permit obtained from a minister or a department, with or without what it is for between
    a = analyze_text(
        "Article 5\nNo public entity may fly a drone carrying a camera over a residential area unless it has "
        "obtained a permit for each flight from the Civil Aviation Department.\n\n"
        "Article 6\nNo public entity may install gait recognition software unless it has obtained a licence "
        "from the Minister.\n")
    assert cited_categories(a) == [("Art. 5", "administrative-approval"), ("Art. 6", "administrative-approval")]


def test_doing_the_thing_the_law_would_otherwise_prohibit_is_let_through(analyze_text):
    # "the body may do that thing": the thing the sentence named as what the law otherwise bans
    a = analyze_text(
        "5. No department shall use a cell-site simulator.\n"
        "6. If a federal statute obliges a department to do an act that section 5 would otherwise "
        "prohibit, the department may do that act to the extent the statute demands.\n")
    assert cited_categories(a) == [("6", "legal-compliance")]


def test_powers_conferred_on_a_body_are_kept_from_the_ban(analyze_text):
    # "shall not prejudice the competences conferred by law on the armed forces": the body's powers, named by
    # the participle that hands them over (not "the rights of data subjects", a savings clause)
    a = analyze_text(
        "Article 2\nNo public authority may use emotion recognition in a public place.\n\n"
        "Article 9\nArticle 2 shall not prejudice the functions vested by law in the General Intelligence "
        "Directorate in matters of national security.\n\n"
        "Article 10\nArticle 2 shall not prejudice the rights of data subjects under the Data Protection Law.\n")
    assert cited_categories(a) == [("Art. 9", "national-security")]


def test_entering_a_plate_on_a_hot_list_is_the_conduct_not_an_inspection(analyze_text):
    # an inspector "may enter any premises" oversees the law; an officer who "may enter a plate on the ALPR
    # hot list" uses the technology
    a = analyze_text(
        "7.1 Members shall not query plate reader data.\n"
        "7.2 A member may enter a plate on the ALPR hot list to find a vehicle linked to a missing child.\n"
        "7.3 The Privacy Auditor may enter any premises of the Department at a reasonable time to check "
        "compliance with this policy.\n")
    assert cited_categories(a) == [("7.2", "missing-persons")]


def test_a_negated_verb_joined_inside_a_condition_is_no_ban(analyze_text):
    # "if the software keeps no template and cannot identify anyone": the second verb is still the condition's
    a = analyze_text(
        "(1) A county office may not use face recognition technology.\n"
        "(2) A county office may use software that finds and masks faces in a video before the video is "
        "released, if the software keeps no template and cannot identify anyone.\n")
    assert cited_categories(a) == [("(2)", "redaction")]
    assert [f.location.citation for f in a.prohibitions] == ["(1)"]


def test_a_glossary_term_defined_by_a_colon_is_the_regulated_conduct(analyze_text):
    # "b) Monitoring: the collection ... of location data": a translated glossary defines by a colon; a route
    # of "Monitoring may be carried out only upon ..." is then a route through the ban
    a = analyze_text(
        "Article 3\nPublic bodies are prohibited from monitoring the movements of any person.\n\n"
        "Article 4\nMonitoring may be carried out only upon a reasoned order of the investigating judge.\n\n"
        "Article 12 - Glossary\nFor the purposes of this Law:\n"
        "a) Public body: any organ of the State or of a municipality;\n"
        "b) Monitoring: the collection or analysis of location data by any technical means.\n")
    assert ("Art. 4", "warrant") in cited_categories(a)


def test_not_committing_the_infraction_is_a_way_through(analyze_text):
    # "does not commit the infraction provided for in Article 4": the law's offence, in a translation's words
    a = analyze_text(
        "Article 4\nPublic bodies shall not use face recognition systems.\n\n"
        "Article 7\nA public body that is sent a face recognition result it did not ask for does not commit the "
        "infraction provided for in Article 4 if it deletes the result at once.\n")
    assert cited_categories(a) == [("Art. 7", "inadvertent-receipt")]


def test_the_concept_or_notion_a_glossary_defines_speaks_of_the_law(analyze_text):
    # "The concept does not cover ...": the defined notion, like "the term"
    a = analyze_text(
        "Article 2\nThe use of gait recognition by public authorities is prohibited.\n\n"
        "Article 9\nGait recognition: the identification of a person by the way the person walks. The notion does "
        "not cover the analysis of footage in which every person has been blurred.\n")
    assert cited_categories(a) == [("Art. 9", "redaction")]


def test_the_conduct_done_in_a_disciplinary_proceeding_is_no_remedy(analyze_text):
    # the regulated conduct itself, permitted in the course of a proceeding, is a way through (not "a person
    # may claim compensation before a court", a remedy the law grants)
    a = analyze_text(
        "Section 3. No department shall track the location of an employee's phone.\n"
        "Section 4. The location of a vehicle assigned to an employee may be tracked, in the course of a "
        "disciplinary proceeding against that employee, with the written approval of the Director.\n"
        "Section 5. An employee whose phone was tracked in breach of Section 3 may claim compensation in "
        "the District Court.\n")
    assert cited_categories(a) == [("4", "administrative-approval")]


def test_the_acts_it_is_prohibited_for_someone_to_do_are_the_banned_acts(analyze_text):
    # "It is prohibited for any person, ministry or public body to possess or operate ...": the acts after the
    # "to"; a body later let possess and operate one, solely for a purpose, is let through the ban
    a = analyze_text(
        "Article 2\nIt is prohibited for any person, ministry or public body to possess or operate an IMSI "
        "catcher.\n\n"
        "Article 6\nThe Ministry of Defence may possess and operate IMSI catchers inside military bases, solely "
        "for the defence of the Kingdom.\n")
    assert cited_categories(a) == [("Art. 6", "national-security")]


def test_the_governments_own_communications_are_let_through_whatever_the_verb(analyze_text):
    # publishing on its own accounts is no act the ban on monitoring names, and still the way through it the
    # law means to leave open
    a = analyze_text(
        "Section 1. No county department shall acquire or use social media monitoring software.\n"
        "Section 2. County departments may publish notices and answer questions on their official social "
        "media accounts.\n")
    assert cited_categories(a) == [("2", "public-communications")]


def test_an_enforcers_warrant_to_enter_and_an_inquiry_opened_on_a_complaint_are_oversight(analyze_text):
    # a warrant sought to enter premises (and seize the technology as evidence) enforces the law; so does an
    # inquiry a complaint opens, when the words that open the sentence name the complaint
    a = analyze_text(
        "6. No public authority shall operate a drone fitted with face recognition software.\n"
        "12. (1) An inspector may apply to a justice of the peace for a warrant to enter the premises of a "
        "public authority and to seize any drone found there.\n"
        "(2) Upon a complaint by any person, the Privacy Commissioner may open an inquiry into whether a public "
        "authority has complied with this Act.\n"
        "13. The police may operate such a drone to search for a missing person.\n")
    assert cited_categories(a) == [("13", "missing-persons")]


@pytest.mark.parametrize("text, expected", [
    pytest.param(  # a ban joined to a permission with a phrase of time: not inside any condition
        "Section 1. No police officer shall use face recognition technology.\n"
        "Section 2. Officers may wear body cameras while on duty and shall not run face recognition on any "
        "recording.\n", [], id="phrase-not-condition"),
    pytest.param(  # a run-in heading with a colon is no glossary term when a sentence follows it
        "Section 1. No city department shall use a drone.\n"
        "Section 2. (a) Floods: a drone may be flown by the fire department to find a missing person.\n"
        "Section 3. No employee shall tell the press the names of persons rescued in floods.\n",
        [("2(a)", "missing-persons")], id="heading-not-glossary"),
    pytest.param(  # a warrant to enter held by whoever uses the technology is its route, no inspection
        "Section 1. No police officer shall use a cell-site simulator.\n"
        "Section 2. A police officer may locate a suspect's phone by means of a cell-site simulator when the "
        "officer holds a warrant to enter the house where the phone is.\n", [("2", "warrant")], id="warrant-held"),
    pytest.param(  # premises "in which" the technology is kept are still premises
        "Section 1. No public authority shall use a cell-site simulator.\n"
        "Section 2. The Privacy Commissioner may enter any premises in which a cell-site simulator is kept, to "
        "check compliance with this Act.\n", [], id="premises-in-which"),
    pytest.param(  # a complaint of a theft opens a use of the regulated data, no inquiry into the law
        "Section 1. No agency shall access data collected by an automated license plate reader.\n"
        "Section 2. On receiving a complaint that a car has been stolen, a police officer may search the stored "
        "plate data for that car.\n", [("2", "criminal-investigation")], id="complaint-of-a-crime"),
    pytest.param(  # keeping a log of disclosures is no retention of the regulated data
        "Section 1. No agency shall retain data collected by an automated license plate reader for more than "
        "30 days.\n"
        "Section 2. An agency may share the stored plate numbers with the state police, and keep a record of "
        "each such disclosure.\n", [], id="joined-bookkeeping"),
    pytest.param(  # the acts after "to" stop at their object: "transmits" in a relative clause is no banned act
        "Article 1 It is prohibited for any public authority to operate a drone fitted with a camera that "
        "transmits live images to a control room.\n"
        "Article 3 A public authority may disclose recorded footage to a court on request.\n", [],
        id="acts-stop-at-object"),
    pytest.param(  # a permit the technology checks is no permit the user obtains
        "Section 1. No agency shall use an automated license plate reader.\n"
        "Section 2. The Parking Office may use an automated license plate reader to check that parked cars "
        "display a valid permit from the City Parking Authority.\n", [("2", "other")], id="permit-checked"),
])
def test_review_of_session_30_mechanisms_keeps_ordinary_drafting(analyze_text, text, expected):
    # each case a reviewer found the session's new mechanisms misreading, in other words
    assert cited_categories(analyze_text(text)) == expected


def test_a_table_row_that_cites_the_provision_it_sums_up_is_no_second_exemption(analyze_text):
    # an authorization table indexes the permissions stated above it by their numbers; each is one exemption
    a = analyze_text(
        "4.1 Officers shall not use a drone to follow any person.\n"
        "5.2 An officer may fly a drone to search for a hiker reported missing.\n"
        "5.3 An officer may fly a drone over a wildfire when lives are in immediate danger.\n"
        "6. AUTHORIZATION TABLE\n\n"
        "| Activity | Section | Authorized by | Record |\n"
        "|---|---|---|---|\n"
        "| Drone search for a missing hiker | 5.2 | Shift sergeant | Drone flight log |\n"
        "| Drone flight over a wildfire | 5.3 | Incident commander | Drone flight log |\n")
    assert cited_categories(a) == [("5.2", "missing-persons"), ("5.3", "imminent-threat")]


def test_a_body_whose_activities_shall_be_governed_by_another_law_is_handed_to_it(analyze_text):
    # "shall be governed by that Act" (a duty's form of "is governed by"): the body's activities leave this law
    a = analyze_text(
        "Article 3\n1. Public authorities shall not use remote biometric identification in public places.\n\n"
        "Article 9\n2. The activities of the Military Intelligence Directorate carried out for the defence of "
        "the State shall be governed by Law No. 12 of 2019 on Military Intelligence.\n")
    assert cited_categories(a) == [("Art. 9(2)", "national-security")]


@pytest.mark.parametrize("cited, expected", [
    ("Section 2", [("4", "legal-compliance")]),
    ("Section 2 of this Act", [("4", "legal-compliance")]),
    ("Section 3", []),  # the reporting duty: complying with a law that requires a report lets no ban through
])
def test_complying_with_a_law_that_requires_what_a_cited_ban_restricts(analyze_text, cited, expected):
    # the condition names the banned conduct only by citing the ban's section ("a practice that Section 2
    # restricts"); "Section" after "that" is the relative clause's subject, not its verb
    a = analyze_text(
        "Section 1. Short title. This Act is the Transit Camera Act.\n"
        "Section 2. Ban. The Authority shall not operate gait recognition on platform cameras.\n"
        "Section 3. Reports. The Authority shall publish a yearly report on its cameras.\n"
        f"Section 4. Where a federal regulation requires the Authority to carry out a practice that {cited} "
        "restricts, the Authority will comply with that requirement and tell the Board within ten days.\n")
    assert cited_categories(a) == expected


def test_a_definition_ending_on_means_starts_its_own_list_after_an_exclusion_list(analyze_text):
    # Canadian definitions: the items after '"public body" means' name who is bound, not more of what the
    # definition before excluded; and a long marginal note set alone still opens subsection (2)
    a = analyze_text(
        "Definitions\n1. (1) In this Act,\n\n"
        '"gait recognition system" means a system that identifies an individual by the way the individual '
        "walks, but does not include\n"
        "(a) a step counter on a device that a public body issues to an employee; or\n"
        "(b) a tool that blurs the figure of every person in a recording before it is published; "
        "(systeme de reconnaissance)\n\n"
        '"public body" means\n'
        "(a) a department or office of the Government of the Territory,\n"
        "(b) a municipal corporation within the meaning of the Municipal Act, and\n"
        "(c) a person who performs a function on behalf of a body referred to in paragraph (a) or (b). "
        "(organisme public)\n\n"
        "Identity checks at the doors of secure rooms of a public body\n"
        "(2) Section 2 does not prevent a public body from using a gait recognition system to confirm the "
        "identity of an employee at the door of a secure room.\n\n"
        "Prohibition\n2. No public body shall use a gait recognition system.\n")
    assert cited_categories(a) == [("1(1)(a)", "personal-device"), ("1(1)(b)", "redaction"),
                                   ("1(2)", "access-control")]


@pytest.mark.parametrize("sentence", [
    "For the purposes of this Act, a public body uses a drone if it flies the drone itself or requests, "
    "directs or permits another person to fly it on the body's behalf.",
    "An official who carries out, orders or permits a drone flight in breach of section 1 commits an offence.",
])
def test_permits_at_the_end_of_a_series_of_verbs_is_no_permission(analyze_text, sentence):
    # "requests, directs or permits": the last verb of a series stays in the clause of the first (a condition,
    # a relative clause), so the deeming of a use or the offence of allowing one lets nothing through
    a = analyze_text(f"1. No public body shall fly a drone over a residence.\n2. {sentence}\n")
    assert cited_categories(a) == []


def test_a_defined_term_is_read_by_its_head_noun_not_the_noun_after_of(analyze_text):
    # "does not constitute surveillance of persons", where that term is defined: a denial of the banned
    # conduct (surveillance), not of an actor (persons), so its category comes from its own words
    a = analyze_text(
        'Art. 2.- For the purposes of this Decree, "surveillance of persons" means the use of an unmanned '
        "aircraft to observe or record identifiable persons.\n"
        "Art. 3.- Public institutions shall not carry out surveillance of persons with unmanned aircraft.\n"
        "Art. 9.- The mere receipt by a public institution of footage recorded by a private person with an "
        "unmanned aircraft does not constitute surveillance of persons, when the footage was delivered on "
        "that person's own initiative and the institution had not requested it.\n")
    assert cited_categories(a) == [("Art. 9", "inadvertent-receipt")]


def test_a_dictionary_entry_in_lower_case_after_a_full_stop_is_a_sentence_of_its_own(analyze_text):
    # an Australian dictionary sets each term in lower case after a blank line: the entry before it ended
    # with its full stop, so the next entry's words are not the exclusion's
    a = analyze_text(
        "7 Offence—use of gait recognition\n(1) A territory entity must not use a gait recognition system.\n\n"
        "Dictionary\n\n"
        "gait recognition system—\n\n"
        "(a) means a system that identifies a person from the way the person walks; but\n\n"
        "(b) does not include software that detects people in a recording only so that they can be blurred "
        "before the recording is published.\n\n"
        "lost child means a child whose whereabouts are unknown to the child's parents.\n")
    assert categories(a) == ["redaction"]


def test_the_said_expression_is_the_defined_term(analyze_text):
    # Maltese and older Commonwealth drafting name the term "the said expression" in a proviso to its definition
    a = analyze_text(
        '2. In this Act, "gait analysis system" means any system which identifies a person from the way '
        "that person walks:\n\n"
        "Provided that the said expression does not include a system which is used only to unlock a personal "
        "mobile telephone by the gait of its holder.\n\n"
        "3. No public authority shall use a gait analysis system.\n")
    assert categories(a) == ["personal-device"]


def test_a_predicate_naming_the_technology_by_its_abbreviation_excludes_from_it(analyze_text):
    # "is not FRT for purposes of this order": the law's own short name for the technology, as a predicate
    a = analyze_text(
        "III. DEFINITIONS\nA. Facial recognition technology (FRT): Any software that compares an image of a "
        "face with a watchlist to identify the person. A face-detection feature that locates faces in video "
        "only so that they can be blurred in released copies, and that performs no comparison, is not FRT "
        "for purposes of this order.\n"
        "IV. PROHIBITION\nMembers shall not use FRT.\n")
    assert categories(a) == ["redaction"]


@pytest.mark.parametrize("rules, expected", [
    ("the rules issued by their competent authorities", [("Art. 3", "national-security")]),
    ("the rules made by the Minister under this Regulation", []),
])
def test_rules_a_body_issues_for_itself_are_another_regime(analyze_text, rules, expected):
    # "shall be governed by the rules issued by their competent authorities": handed to rules of their own
    a = analyze_text(
        "Article 2: No government entity shall operate an unmanned aircraft to observe persons.\n"
        f"Article 3: The use of unmanned aircraft by the armed forces shall be governed by {rules}.\n")
    assert cited_categories(a) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the crimes an order is for, "punishable by at least four years", are no penalty of this law
    ("Art. 2. Such devices may be used only by order of the investigating judge, in an inquiry into a crime "
     "or misdemeanour punishable by at least five years of imprisonment.", [("Art. 2", "warrant")]),
    # a judge as the agent of a passive permission gives the route, whatever inquiry it serves
    ("Art. 2. Tracking of a vehicle may be ordered only by the investigating judge, by a reasoned order, where "
     "the judicial investigation concerns a crime punishable by imprisonment.", [("Art. 2", "warrant")]),
])
def test_a_judges_order_is_the_route_in_continental_drafting(analyze_text, sentence, expected):
    a = analyze_text(f"Art. 1. The police may not track the location of a vehicle by electronic means.\n\n{sentence}\n")
    assert cited_categories(a) == expected


def test_a_risk_that_someone_will_be_killed_is_an_emergency_the_lexicon_names(analyze_text):
    # the category comes from the topic lexicon, not from the statistical vote
    a = analyze_text(
        "3.1 No County department shall launch a drone to watch or record any person or private yard.\n"
        "3.2 A deputy may launch a drone without prior notice where waiting would create a serious risk that "
        "a resident will be killed or badly hurt, for no longer than that risk lasts.\n")
    [found] = a.exemptions
    assert found.category == "imminent-threat"
    assert "exemption.imminent-threat" in {e.rule_id for e in found.evidence}


@pytest.mark.parametrize("sentence, expected", [
    ("(c) Software that pixelates the faces of passers-by in drone footage before its release is allowed.",
     [("(c)", "redaction")]),
    # a sentence that opens on the phrase keeps it a clause: its group is the condition's
    ("(c) Before their release is approved, drone recordings shall be reviewed by the privacy officer.", []),
])
def test_a_possessed_noun_after_before_ends_the_subject(analyze_text, sentence, expected):
    # "... before its release is allowed": "before" governs "its release", and "is allowed" is the main verb
    a = analyze_text("(a) No agency shall fly a drone over a crowd to identify persons.\n\n"
                     f"{sentence}\n")
    assert cited_categories(a) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("4.2 Only members who have completed the Department's drone course may operate a drone.", []),
    ("4.2 A drone may be flown only by pilots who have finished the Aviation Unit's flight training.", []),
    ("4.2 Drone data may be accessed only by members who have completed the training required by Section 8.", []),
    # a topic still makes the permission a way through, whoever may act on it
    ("4.2 Only members who have completed the Department's drone course may operate a drone, and only to find "
     "a child reported missing.", [("4.2", "missing-persons")]),
])
def test_only_the_qualified_may_act_is_a_term_not_a_way_through(analyze_text, sentence, expected):
    # who may act, marked by a qualification (training, a certificate), is a term of every permitted use
    a = analyze_text(f"4.1 No member shall operate a drone over a public assembly.\n\n{sentence}\n")
    assert cited_categories(a) == expected


@pytest.mark.parametrize("sentence, expected", [
    # what a use is likely to produce, in a judge's conditions, is no yielding of the ban
    ("(3) A judge may issue a warrant authorising such use only if satisfied that—\n(a) an offence punishable by "
     "ten years' imprisonment has been committed; and\n(b) the use of the system is likely to yield evidence of "
     "that offence.", [("(3)", "warrant")]),
    ("(3) Subsection (1) yields only to an Act of Parliament that names the system.",
     [("(3)", "legislative-authorization")]),
])
def test_yield_exempts_only_without_an_object(analyze_text, sentence, expected):
    a = analyze_text(f"(1) No police officer shall use a voice identification system.\n\n{sentence}\n")
    assert cited_categories(a) == expected


@pytest.mark.parametrize("text, expected", [
    pytest.param(  # a train is a vehicle here, not a course: the transit police are let through
        "(a) No member of the Department shall use facial recognition technology.\n"
        "(b) Facial recognition technology may be used only by transit police officers aboard a train or a "
        "ferry.\n", [("(b)", "other")], id="train-is-a-vehicle"),
    pytest.param(  # a group another body certifies, named outside the ban's actors, is a way through
        "(a) No employee of the Sheriff's Office shall use face recognition technology.\n"
        "(b) Face recognition technology may be used only by records clerks of the State Records "
        "Office who are certified by the State Board of Archivists.\n", [("(b)", "other")], id="certified-body"),
    pytest.param(  # "no risk that disclosure will harm privacy" is no emergency
        "Section 3. The Department shall not disclose drone footage to any person.\n"
        "Section 4. Footage may be disclosed to a university researcher where there is no risk that the "
        "disclosure will harm anyone's privacy.\n", [("4", "other")], id="no-risk-of-harm"),
    pytest.param(  # data classified by another law is not data let stay
        "Section 2. No city agency shall acquire, retain or use face surveillance data.\n"
        "Section 3. Face surveillance data may fall within the definition of personal information in the State "
        "Privacy Act, and any such data held by an agency may remain subject to the audit duties of Section 6.\n",
        [], id="data-classified"),
    pytest.param(  # rules made under this law's own article are this law's, not another regime
        "1. Public authorities shall not use remote biometric identification systems.\n"
        "2. The use of such systems by the gendarmerie shall be governed by the rules issued by the Minister "
        "pursuant to Article 6 of this Regulation.\n", [], id="rules-under-this-law"),
    pytest.param(  # a paragraph's first wrapped line is no marginal note over "2."
        "Section 1. The Department shall not use face recognition.\n\nSection 2. Exception.\n\n"
        "The Department may use face recognition for the purposes listed in the Schedule\n"
        "2. Such use may occur only under a warrant issued by a judge of the district court.\n",
        [("2", "warrant")], id="wrapped-line-before-number"),
])
def test_review_of_session_31_mechanisms_keeps_ordinary_drafting(analyze_text, text, expected):
    # each case a reviewer found the session's new mechanisms misreading, in other words
    assert cited_categories(analyze_text(text)) == expected


def test_this_laws_own_penalty_is_enforcement_even_with_a_crime_threshold(analyze_text):
    # "Any other use is a misdemeanor punishable by up to one year": this law's penalty, not a route's crimes
    a = analyze_text(
        "(a) No city department shall use face surveillance.\n"
        "(b) The Police Department may use face surveillance to identify a deceased person. Any other use is a "
        "misdemeanor punishable by up to one year in the county jail.\n")
    assert "penalties" in a.coverage.enforcement


def test_acts_named_by_citing_a_bans_items_lead_a_list_of_instances(analyze_text):
    # "The acts referred to in Section 4(a) and (b) may be carried out only in the following instances:": the acts
    # are the banned ones, named by the items of the ban that hold them, so each instance is a way through
    a = analyze_text(
        "SEC. 4. Prohibited Acts. – No government agency shall:\n\n"
        "(a) Fly a drone to record persons taking part in a public assembly; and\n\n"
        "(b) Apply facial recognition technology to any recording of a public assembly.\n\n"
        "SEC. 5. Permissible Operations. – The acts referred to in Section 4(a) and (b) may be carried out only "
        "in the following instances:\n\n"
        "(a) When a flood or other calamity places the lives of participants in immediate danger, for the "
        "duration of the rescue operations; and\n\n"
        "(b) The live streaming, on the official social media accounts of a city, of wide views of the "
        "assembly, solely to advise motorists of road closures.\n")
    assert cited_categories(a) == [("5(a)", "imminent-threat"), ("5(b)", "public-communications")]


def test_a_duty_in_a_relative_clause_does_not_make_an_item_a_term(analyze_text):
    # "(a) Upon a written warrant issued by a judge ..., which shall particularly describe the place": the duty is
    # the warrant's content, not a duty of the route before it, so the item is a way through
    a = analyze_text(
        "SEC. 4. No police unit shall fly a drone over a public assembly.\n\n"
        "SEC. 5. A drone may be flown over a public assembly only in the following instances:\n\n"
        "(a) Upon a written warrant issued by a judge of the district court, which shall particularly describe "
        "the persons to be identified and the place to be observed; and\n\n"
        "(b) When a fire or other calamity places the lives of participants in immediate danger.\n")
    assert cited_categories(a) == [("5(a)", "warrant"), ("5(b)", "imminent-threat")]


def test_sections_numbered_before_their_sign_hold_their_own_items(analyze_text):
    # "6 §" on a line of its own is a section, as Swedish, Finnish and Åland statutes print them; its
    # numbered points run on from "if the search is necessary" though each opens with "in"
    a = analyze_text(
        "1 §\nProhibition\nA municipal authority may not use voice recognition on recordings of calls.\n\n"
        "2 §\nPermitted comparisons\nThe rescue service may compare a recorded voice with a voice sample, "
        "if the comparison is necessary\n"
        "1) in order to find a person who has disappeared at sea, or\n"
        "2) in order to avert an immediate danger to the life of a person.\n\n"
        "3 §\nEntry into force\nThis regulation enters into force on 1 March 2027.\n")
    assert cited_categories(a) == [("2(1)", "missing-persons"), ("2(2)", "imminent-threat")]


def test_a_sentence_of_its_own_line_with_no_colon_leads_the_list_that_restarts_under_it(analyze_text):
    # "Voice recognition does not cover" ends on no mark, yet the "1)" that restarts after the definitions is
    # the list it leads into: each item is an exclusion of its own, not more definitions
    a = analyze_text(
        "1 §\nDefinitions\nIn this regulation\n"
        "1) voice recognition means the automated identification of a person by the voice,\n"
        "2) authority means a municipal authority.\n"
        "Voice recognition does not cover\n"
        "1) the unlocking of an employee's own telephone by the employee's voice,\n"
        "2) the automated removal of voices from a recording before it is published.\n\n"
        "2 §\nProhibition\nAn authority may not use voice recognition.\n")
    assert categories(a) == ["personal-device", "redaction"]


def test_a_heading_line_between_lists_is_no_lead_in(analyze_text):
    # "6 Permitted police uses" stands between two lists: the "(1)" under it starts a section's subsections,
    # not items of the list above
    a = analyze_text(
        "5 Prohibited uses\n(1) A public body must not—\n(a) use a facial recognition system; or\n"
        "(b) ask another person to use one on its behalf.\n\n"
        "6 Permitted police uses\n(1) A police officer may use a facial recognition system only under a warrant "
        "issued by a Magistrate.\n")
    assert [f.location.citation for f in a.exemptions] == ["6(1)"]


def test_an_application_for_a_warrant_is_machinery_of_the_use_under_it_stated_later(analyze_text):
    # "(1) may apply to a Judge for a warrant" then "(3) may use ... in accordance with a warrant": the use under
    # the warrant states the route; the application and its procedure ("may be made by telephone") are its
    # machinery, not ways through of their own
    a = analyze_text(
        "4 A public sector body must not use a face matching system to identify an individual in a public place.\n\n"
        "5 Face matching warrants\n"
        "(1) A constable may apply to a Judge for a warrant authorising the use of a face matching system to "
        "identify an individual suspected of a serious offence.\n"
        "(2) The application must be in writing, but may be made by telephone if the matter is urgent.\n"
        "(3) A constable may use a face matching system in accordance with a face matching warrant.\n")
    assert cited_categories(a) == [("5(3)", "warrant")]


def test_a_body_not_regarded_as_an_actor_of_the_law_is_carved_out(analyze_text):
    # "X is not regarded as an authority within the meaning of this Act": whatever X's name, it is taken out of
    # the actors the law binds
    a = analyze_text(
        "1 §\nIn this Act, authority means a State or municipal body.\n\n"
        "2 §\nKesko Lottery Services is not regarded as an authority within the meaning of this Act.\n\n"
        "3 §\nAn authority may not use facial recognition.\n")
    assert cited_categories(a) == [("2", "actor-carve-out")]


def test_means_after_a_comparative_in_a_phrase_is_a_noun(analyze_text):
    # "the danger cannot be averted by less intrusive means": no definition, so the item stays a way through
    a = analyze_text(
        "Section 1\nAn authority may not fly a drone for camera surveillance.\n\n"
        "Section 2\nDespite section 1, a drone may be used\n"
        "1. in a search for a missing person, or\n"
        "2. where there is an acute danger to life, and the danger cannot be averted by less intrusive means.\n")
    assert cited_categories(a) == [("2(1)", "missing-persons"), ("2(2)", "imminent-threat")]


def test_a_line_with_a_modal_under_a_bare_section_number_leads_its_items_and_is_no_title(analyze_text):
    # "Section 2" / "Despite section 1, a drone may be used" / "(a) ...": the line below the number is the
    # sentence that leads the items, not the section's title, so "Despite" still sets the law apart
    a = analyze_text(
        "Section 1\nA county agency may not fly a drone over a private residence.\n\n"
        "Section 2\nDespite section 1, a drone may be flown\n"
        "(a) to search for a lost hiker, or\n(b) to assess damage after a tornado.\n")
    assert [f.location.citation for f in a.exemptions] == ["2(a)", "2(b)"]


def test_purposes_under_a_fronted_route_are_each_a_way_through(analyze_text):
    # "Upon the leave of the investigating judge, ... may be carried out a) in order to ...; b) in order to ...":
    # the opening condition is the route of every purpose; the purposes are not its terms
    a = analyze_text(
        "§ 3 (1) Police bodies shall not carry out voice recognition on recordings of telephone calls.\n"
        "(2) Upon the leave of the investigating judge, voice recognition under paragraph (1) may be carried out\n"
        "a) in order to locate a child who has been reported missing;\n"
        "b) in order to prevent a terrorist act that is imminent.\n")
    assert cited_categories(a) == [("3(2)(a)", "missing-persons"), ("3(2)(b)", "imminent-threat")]


def test_a_law_that_leaves_the_activities_a_body_carries_out_alone_exempts_that_body(analyze_text):
    # "shall not affect the activities carried out by the intelligence service": the body's work, not a right
    # a savings clause keeps
    a = analyze_text(
        "1. No public authority shall use automated number plate recognition on public roads.\n"
        "2. This Law shall not affect the activities carried out by the State Intelligence Service in the "
        "performance of its defence tasks.\n")
    assert cited_categories(a) == [("2", "national-security")]


def test_a_defined_actor_term_with_an_article_excludes_an_office(analyze_text):
    # "A Town agency does not include the Office of the Town Clerk": the defined term, spoken of as any one of
    # its kind, leaves that office out of the ban
    a = analyze_text(
        "Sec. 1. Definitions.\nTown agency means any department, board or office of the Town.\n"
        "A Town agency does not include the Office of the Town Clerk.\n\n"
        "Sec. 2. A Town agency shall not use a license plate reader.\n")
    assert categories(a) == ["actor-carve-out"]


def test_a_duty_of_another_subject_after_a_route_does_not_swallow_the_route(analyze_text):
    # "... shall deploy it only to the extent a federal security directive requires, and the Chief shall notify
    # the Board": the notice is a term that follows the way through; the route is still one
    a = analyze_text(
        "4.1 No employee shall use a gait analytic on station video.\n"
        "4.2 Where a federal security directive requires the Authority to deploy a gait analytic, the Authority "
        "shall deploy it only to the extent the federal directive requires, and the Security Chief shall notify "
        "the Board within ten business days.\n")
    assert [f.location.citation for f in a.exemptions] == ["4.2"]
    assert "notify" in a.exemptions[0].quote  # (the notice stays with the route, as its term)


def test_purposes_after_a_copula_joined_by_or_are_each_a_way_through(analyze_text):
    # "where the purpose of the search is— (a) to find ...; or (b) to locate ...": each purpose lets the use
    # through (not "a person who is: (A) under 18; or (B) an endangered adult", one person described)
    a = analyze_text(
        "4. No public authority shall use voice recognition technology.\n\n"
        "5. Permitted searches.\n"
        "(1) A police officer may use voice recognition technology to compare a recorded voice with voices held "
        "by the Police Force where the purpose of the comparison is—\n"
        "(a) to identify a child who has been reported missing; or\n"
        "(b) to locate a person whose life is in immediate danger.\n"
        "(2) A comparison under subsection (1) shall not be made against recordings collected from social media.\n")
    assert cited_categories(a) == [("5(1)(a)", "missing-persons"), ("5(1)(b)", "imminent-threat")]


def test_a_thing_an_actor_operates_left_outside_the_law_carves_the_actor_out(analyze_text):
    # "Cameras owned and operated by the Harbor Police are outside this policy": the subject is a thing, but
    # what leaves the policy is the body that operates it
    a = analyze_text(
        "3.1 Port staff shall not apply facial recognition to terminal video.\n"
        "3.2 Cameras owned and operated by the Harbor Police Department at the terminals are governed by that "
        "department's own orders and fall outside this policy.\n")
    assert cited_categories(a) == [("3.2", "actor-carve-out")]


@pytest.mark.parametrize("text, expected", [
    # a negated bar under an exceptions heading is still a way through ("shall not be prevented from")
    ("Section 2. No Town department shall use voice recognition technology.\nSection 3. Exceptions.\n"
     "(a) Section 2 shall not apply to identifying a deceased person.\n"
     "(b) The Library shall not be prevented from using voice recognition technology under a court order.\n",
     [("3(a)", "other"), ("3(b)", "warrant")]),
    # a term with an article and a modal is a duty about content, not a definition
    ("1. Agency means a department of the Town.\n2. An agency shall not include gait analysis in any software "
     "it buys.\n",
     []),
    # "With the consent of the Chief, ... may be used (a) for a period of ...; and (b) in order to ...": joint terms
    # (one exemption; the category model takes the Chief's approval as its way through, the lost hiker its use)
    ("Section 3. (1) No agency shall use a drone over a residence.\n"
     "(2) Upon the written approval of the Chief, a drone may be used\n"
     "(a) for no more than six hours; and\n(b) in order to locate a lost hiker.\n",
     [("3(2)", "administrative-approval")]),
    # software that makes a person "disappear" from footage redacts; no missing person
    ("1. No City department shall use face recognition technology.\n2. Section 1 does not prohibit software that "
     "makes each person disappear from footage before it is published.\n",
     [("2", "redaction")]),
    # a thing named for what it is, operated by a body, is no actor carve-out
    ("1. No agency shall use a cell-site simulator.\n2. A managed access system operated by the Department of "
     "Corrections inside a prison is not a cell-site simulator.\n",
     [("2", "other")]),
])
def test_review_of_session_32_mechanisms_keeps_ordinary_drafting(analyze_text, text, expected):
    # each case a reviewer found the session's new mechanisms misreading, in other words
    assert cited_categories(analyze_text(text)) == expected


def test_a_sentence_title_with_a_modal_over_items_stays_a_title(analyze_text):
    # "Section 1." / "When a warrant must be obtained" / "(a) ...": a title with a modal but no comma
    a = analyze_text(
        "Section 1.\nNo officer shall operate a drone over a private residence.\n\n"
        "Section 2.\nWhen a warrant must be obtained\n"
        "(a) An officer may operate a drone over a private residence under a warrant.\n"
        "(b) An officer may operate a drone over a private residence to find a missing child.\n")
    assert cited_categories(a) == [("2(a)", "warrant"), ("2(b)", "missing-persons")]
    assert [p.location.citation for p in a.prohibitions] == ["1"]


def test_electronic_monitoring_of_calls_is_no_location_tracking(analyze_text):
    a = analyze_text("The Sheriff shall not use electronic monitoring of inmate telephone calls.\n")
    assert "location-tracking" not in a.coverage.technologies


def test_a_schedule_titled_as_a_permission_lists_ways_through(analyze_text):
    # "SCHEDULE / Section 3(1) / PURPOSES FOR WHICH A DRONE MAY BE FLOWN": each item of the schedule is let
    # through; the signature and notes after it are not
    a = analyze_text(
        "1. A public body must not fly a drone over a dwelling.\n\n"
        "3. (1) A public body may fly a drone over a dwelling without a warrant under section 2 for any purpose set "
        "out in the Schedule, to the extent that the flight is strictly necessary for that purpose.\n\n"
        "SCHEDULE\n\nSection 3(1)\n\nPURPOSES FOR WHICH A DRONE MAY BE FLOWN\n\n"
        "1. Searching for a person reported missing at sea or on the cliffs.\n\n"
        "2. Controlling entry to the secure compound of the island prison.\n\n"
        "Dated this 4th day of May, 2026\n\nA. CLERK\n\n(a) Order in Council No. III of 2024.\n"
        "(b) Order in Council No. IV of 2025.\n")
    cited = cited_categories(a)
    assert ("Schedule(1)", "missing-persons") in cited and ("Schedule(2)", "access-control") in cited
    assert not any(c == "legislative-authorization" for _, c in cited)


@pytest.mark.parametrize("text, category", [
    ("1. No police officer shall use face recognition.\n"
     "2. At the written request of the Director of Public Prosecutions, a judge of the High Court may authorise "
     "the use of face recognition to identify a person suspected of an offence punishable by a penalty of "
     "imprisonment of five years or more.\n", "warrant"),
    ("1. The Warden shall not use voice recognition on inmate calls.\n"
     "2. On the written request of the Deputy Warden, the Commissioner may authorize the contractor to run voice "
     "recognition on the calls of one inmate found, after a disciplinary hearing, to have threatened a witness.\n",
     "administrative-approval"),
])
def test_a_penalty_word_after_the_permitted_technology_is_no_remedy(analyze_text, text, category):
    # the penalty or discipline describes whom the permitted use serves; what is permitted is the conduct
    assert cited_categories(analyze_text(text)) == [("2", category)]


def test_a_permission_to_sue_over_the_technology_is_still_a_remedy(analyze_text):
    a = analyze_text("1. No agency shall use face recognition.\n"
                     "2. A person injured by a violation of section 1 may bring a civil action against the agency "
                     "that used the face recognition and may recover damages of up to $5,000.\n")
    assert cited_categories(a) == []


@pytest.mark.parametrize("title", ["USES TO WHICH SECTION 1(1) DOES NOT APPLY",
                                   "USES OF FACIAL RECOGNITION OUTSIDE SECTION 1(1)"])
def test_a_schedule_titled_as_outside_the_ban_lists_ways_through(analyze_text, title):
    # each item of a schedule whose title puts what it lists outside a provision is let through, a use named with
    # no topic too; a later schedule's items are not, nor a list completing "The offences are—"
    a = analyze_text(
        "1 Restriction\n\n(1) A public body must not use facial recognition technology.\n\n"
        "(2) Schedule 1 describes uses outside subsection (1).\n\n"
        "2 Reports\n\nA public body must publish a report every year.\n\n"
        f"SCHEDULE 1\n(introduced by section 1(2))\n\n{title}\n\nStaff entry\n\n"
        "1 The use of facial recognition technology by a university to admit enrolled staff to a laboratory.\n\n"
        "Historic photographs\n\n"
        "2 The use of facial recognition technology by a county record office to index photographs in its "
        "collections, where every person shown died more than 30 years ago.\n\n"
        "3 The offences are—\n\n(a) abduction; and\n\n(b) any offence under the Terrorism Act 2000.\n\n"
        "SCHEDULE 2\n(introduced by section 2)\n\nCONTENT OF REPORTS\n\n1 A report must state—\n\n"
        "(a) the number of uses of facial recognition technology by the body; and\n\n"
        "(b) the number of complaints received.\n")
    assert [c for c, _ in cited_categories(a)] == ["Schedule 1(1)", "Schedule 1(2)"]


def test_items_finishing_a_permissions_purpose_are_one_way_through(analyze_text):
    # "... solely for controlling entry into— (a) ...; (b) ...": the places of one purpose, not purposes of their own
    a = analyze_text(
        "4. No public body may use iris recognition.\n\n"
        "5. (1) A public body may install an iris scanner that compares the iris of an employee with a template "
        "enrolled with the employee's consent, solely for controlling entry into—\n"
        "(a) a forensic laboratory; or\n(b) the armoury of a police station.\n")
    assert cited_categories(a) == [("5(1)", "access-control")]


@pytest.mark.parametrize("text, expected", [
    ("1. No agency shall use a drone to watch a protest.\n"
     "2. The Privacy Ombudsman may conduct an inquiry into any flight, authorisation or record made under this "
     "Act and may require the agency to produce its logs.\n", []),
    ("1. No agency shall use a drone to watch a protest.\n"
     "2. Where a crime is reported, the Chief may give the investigating detective drone footage of the "
     "scene.\n", [("2", "criminal-investigation")]),
])
def test_an_inquiry_into_the_uses_is_oversight(analyze_text, text, expected):
    # a power to inquire into the uses made under the law, naming no technology it is done with, is the law's
    # oversight; an "investigating" detective given footage is not an inquiry
    assert cited_categories(analyze_text(text)) == expected


def test_the_numbered_parts_of_a_preamble_are_its_recitals(analyze_text):
    # "PREAMBLE / I / ... / II": the recitals' parts stand beside the label, not under it; a permission they
    # recount is no way through
    a = analyze_text(
        "Law 5/2026, of 2 February, on drones over public gatherings.\n\nPREAMBLE\n\nI\n\n"
        "The European framework leaves it to each State to decide whether the use of drones by the police "
        "over public gatherings may be permitted. This law takes that decision restrictively.\n\n"
        "II\n\nThe law has one chapter of two articles.\n\n"
        "CHAPTER I\n\nGeneral provisions\n\nArticle 1. Prohibition.\n\n"
        "The police shall not fly drones over public gatherings.\n\n"
        "Article 2. Missing persons.\n\nThe police may fly a drone over a public gathering to find a missing "
        "child.\n")
    assert cited_categories(a) == [("Art. 2", "missing-persons")]


@pytest.mark.parametrize("text", [
    # a deviation from the law's own provision is a route like a waiver or a derogation
    "1. No agency shall use gait recognition on a public road.\n"
    "2. The regional board may, on application by an agency, in a single case permit deviations from "
    "section 1 for a named stretch of road.\n",
    "1. No agency shall use gait recognition on a public road.\n"
    "2. The Director may approve in writing a deviation from section 1 for one survey of no more than 30 days.\n",
    # a participle inside the parenthesis after a modal is not its verb
    "1. No employer shall track the location of an employee.\n"
    "2. An employer may, only with the prior approval of the Commissioner, granted in writing, track the "
    "location of vans it lends to its drivers.\n",
])
def test_an_officials_leave_to_deviate_is_administrative_approval(analyze_text, text):
    assert cited_categories(analyze_text(text)) == [("2", "administrative-approval")]


@pytest.mark.parametrize("text, expected", [
    # a schedule titled as prohibited uses, or citing a provision that bans nothing, lets nothing through
    ("1 Prohibition\n(1) A public authority must not use facial recognition technology in a public place.\n\n"
     "2 Exceptions\n(1) Section 1(1) does not apply to the use of facial recognition technology to locate a "
     "missing child.\n\nSCHEDULE\nPROHIBITED USES OUTSIDE SECTION 2\n"
     "1 The use of facial recognition technology at a lawful protest or assembly.\n"
     "2 The retention of images obtained by facial recognition technology for more than 24 hours.\n",
     [("2(1)", "missing-persons")]),
    # items a negated lead-in refuses are no uses let through, whatever heading they stand under
    ("Sec. 1. Ban.\nNo department shall acquire or use facial recognition technology.\n\nSec. 2. Exceptions.\n"
     "(a) A department may use facial recognition technology to identify a deceased person.\n"
     "(b) Subsection (a) does not authorize:\n(1) The use of facial recognition technology on body-worn camera "
     "footage.\n(2) The use of facial recognition technology by a contractor on behalf of a department.\n",
     [("2(a)", "other")]),
    # a remedy whose object names the violator's technology first is still a remedy
    ("Section 2. Prohibition.\nNo city official shall obtain, retain, access or use face surveillance.\n\n"
     "Section 3. Other provisions.\nThe Council may impose on any department that deploys face surveillance a "
     "civil penalty of $10,000.\n", []),
    ("Section 2. Prohibition.\nNo city official shall obtain, retain, access or use face surveillance.\n\n"
     "Section 3. Other provisions.\nAny person may seek, in respect of face surveillance used on that person, an "
     "injunction and damages in the Superior Court.\n", []),
    # an investigation of a suspect is a way through, not oversight of the law's uses
    ("1. No public authority may monitor the social media accounts of residents.\n\n"
     "2. The police may carry out an investigation into the online activity of a person suspected of a serious "
     "offence, with the written approval of a superintendent.\n", [("2", "criminal-investigation")]),
    # a power to take a way through away is none
    ("Sec. 2. Ban.\nNo department shall acquire or use facial recognition technology.\n\nSec. 3. Council review.\n"
     "The Council may authorize the Chief to rescind any exemption granted under Section 2.\n", []),
    # items that are offences, not places, stay purposes of their own
    ("1 Prohibition\n(1) A public authority must not use facial recognition technology.\n\n2 Permitted uses\n"
     "(1) A constable may use facial recognition technology for the purposes of a criminal investigation into—\n"
     "(a) a murder;\n(b) the abduction of a child; or\n(c) an act of terrorism.\n",
     [("2(1)(a)", "criminal-investigation"), ("2(1)(b)", "missing-persons"), ("2(1)(c)", "national-security")]),
])
def test_review_of_session_33_mechanisms_keeps_ordinary_drafting(analyze_text, text, expected):
    # each case a reviewer found the session's new mechanisms misreading
    assert cited_categories(analyze_text(text)) == expected


def test_a_titles_heading_is_no_purpose_label_for_its_chapter(analyze_text):
    # "TITLE II / Prohibited purposes / CHAPTER I": the title's own heading, not a preamble's label
    a = analyze_text(
        "Organic Law 3/2025 on biometric surveillance.\n\nTITLE I\nGeneral provisions\n\nArticle 1. Object.\n"
        "This law regulates the use of facial recognition systems by public authorities.\n\n"
        "TITLE II\nProhibited purposes\n\nCHAPTER I\n\nArticle 2. Prohibition.\nPublic authorities shall not use "
        "facial recognition systems in publicly accessible spaces.\n\nArticle 3. Exceptions.\nBy way of exception, "
        "the police may use a facial recognition system to search for a missing child, with prior judicial "
        "authorisation.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 2"]


def test_a_provision_restricting_the_permission_it_cites_is_its_terms(analyze_text):
    # "(2) Subsection (1) permits a use only— (a) ...; and (b) ...": the terms of (1), naming no route of its own;
    # the places "(1) ... seeking entry to— (a) ...; (b) ..." list are the places of one purpose
    a = analyze_text(
        "4 Ban\nA public body must not use iris recognition.\n\n5 Entry to secure places\n\n"
        "(1) A public body may use an iris reader to confirm the identity of a person seeking entry to—\n\n"
        "(a) a remand centre or holding place; or\n\n(b) a secure area of a courthouse.\n\n"
        "(2) Subsection (1) permits a use only—\n\n(a) for a person who has enrolled in the system; and\n\n"
        "(b) at the point of entry.\n")
    assert cited_categories(a) == [("5(1)", "access-control")]


def test_a_restriction_to_a_route_on_a_cited_permission_is_still_the_route(analyze_text):
    a = analyze_text(
        "Article 1\n1. The police shall not use gait recognition in public spaces.\n\nArticle 2\n"
        "1. By way of derogation from Article 1, the police may use gait recognition to find a missing child.\n"
        "2. Use under paragraph 1 is permitted only on the basis of a prior written order of the investigating "
        "judge.\n")
    assert ("Art. 2(2)", "warrant") in cited_categories(a)


def test_items_finishing_a_description_of_a_person_are_its_terms(analyze_text):
    # "... to find a person reported missing who— (a) is under 16; or (b) is at risk of harm": one way through,
    # its items describe the person; "believes that— (a) ...; (b) ..." stays cases of its own
    a = analyze_text(
        "1 Ban\n(1) The police must not use facial recognition technology in a public place.\n\n"
        "2 Missing persons\n(1) Section 1(1) does not prevent the police from using facial recognition technology "
        "to find a person reported missing who—\n(a) is under the age of 16; or\n"
        "(b) is, in the opinion of an inspector, at risk of serious harm.\n")
    assert cited_categories(a) == [("2(1)", "missing-persons")]


def test_a_footnote_is_no_item_of_the_provision_it_annotates(analyze_text):
    # "... the law of the European Union1) ..." / "1) Directive (EU) ...": a reference printed as a footnote
    a = analyze_text(
        "ACT\nof 2 March 2026\non drones over assemblies\n\nPART ONE\nDRONES\n\n§ 1\nSubject Matter\n\n"
        "This Act incorporates the relevant law of the European Union1) and, following on the directly applicable "
        "law of the European Union2), lays down the conditions under which the police may observe persons by means "
        "of drones and may compare images of persons by means of automated facial recognition.\n\n"
        "1) Directive (EU) 2016/680 on the processing of personal data by competent authorities for the purposes "
        "of the prevention, investigation, detection or prosecution of criminal offences.\n"
        "2) Commission Implementing Regulation (EU) 2019/947 on the rules for the operation of unmanned "
        "aircraft.\n\n§ 2\n\n(1) The police shall not observe persons at assemblies by means of drones.\n\n"
        "(2) Paragraph 1 shall not apply to a search for a missing child.\n")
    assert cited_categories(a) == [("2(2)", "missing-persons")]


_CAMERA_POLICY = (
    "HARBOUR BRIDGE AUTHORITY\nOperating Rule OR-22: Toll Plaza Monitoring\n\n1. Permitted Monitoring\n\n"
    "1.1 Lane cameras may be used to:\n\n(a) watch traffic queues at the toll plaza;\n\n"
    "(b) record collisions in the toll lanes; and\n\n(c) help dispatchers send a tow truck to a stalled car.\n\n"
    "1.2 Archived video may be viewed by the Operations Manager to settle a claim for damage to a vehicle.\n\n"
    "2. Prohibited Monitoring\n\n2.1 No employee of the Authority shall use facial recognition on any image taken "
    "at the toll plaza.\n\n2.2 No automated license plate reader shall be operated at the toll plaza.\n\n"
    "3. Exceptions\n\n3.1 A license plate reader may be operated at the toll plaza to collect the toll from a "
    "vehicle that has no transponder, if the plate read is deleted once the toll is paid.\n")


def test_uses_of_an_ordinary_camera_are_no_way_through_bans_of_other_technologies(analyze_text):
    # "Lane cameras may be used to: (a) ...", "Archived video may be viewed ...": a camera is not the face
    # recognition or the plate reader the bans name; the plate-reader exception stays
    assert cited_categories(analyze_text(_CAMERA_POLICY)) == [("3.1", "other")]


def test_camera_uses_stay_ways_through_a_ban_of_surveillance_technology_at_large(analyze_text):
    # a ban of "surveillance technology" reaches any camera: its uses are ways through it
    text = _CAMERA_POLICY.replace("use facial recognition on any image taken", "use any surveillance technology")
    assert ("1.1", "other") in cited_categories(analyze_text(text))


def test_means_closing_an_item_is_a_noun_not_a_definition(analyze_text):
    # "... by dental records or other reasonable means; or": "means" with nothing after it defines nothing
    a = analyze_text(
        "Section 2. (1) A county agency may not use face recognition.\n\n(2) A county agency may use face "
        "recognition:\n\n(a) To identify a dead person whose identity the coroner cannot establish by dental records "
        "or other reasonable means; or\n\n(b) Under a search warrant issued by a judge.\n")
    assert cited_categories(a) == [("2(2)(a)", "other"), ("2(2)(b)", "warrant")]


def test_a_relative_clause_closes_on_its_past_verb_before_the_permission(analyze_text):
    # "An inspector investigating an arson that happened at a City depot may send ...": "may send" is the main verb
    a = analyze_text(
        "1. No City employee shall use face recognition or ask another agency to use it.\n\n2. Investigations\n\n"
        "2.1 An inspector investigating an arson or burglary that happened at a City depot may send one still image "
        "of the suspect to the State Police for a face recognition search.\n")
    assert cited_categories(a) == [("2.1", "criminal-investigation")]


def test_places_finish_a_lawful_use_whose_purpose_is_named_before_them(analyze_text):
    # "It is lawful ... to confirm the identity of a person seeking to enter— (a) ...; or (b) ...": one purpose
    a = analyze_text(
        "4 Ban\nA public authority must not use a facial recognition system.\n\n5 Entry to secure places\n"
        "It is lawful for a public authority to use a facial recognition system to confirm the identity of a person "
        "seeking to enter—\n(a) a remand centre; or\n(b) the secure area of a courthouse,\nif the person enrolled in "
        "the system.\n")
    assert cited_categories(a) == [("5", "access-control")]


def test_a_duty_after_in_which_case_is_a_term_of_the_case_before_it(analyze_text):
    # "(c) When ... requires the use without delay, in which case the agency shall apply for a warrant": a case
    a = analyze_text(
        "Sec. 3. (1) A sheriff's office shall not use a cell-site simulator, except:\n\n(a) Under a warrant issued "
        "by a district judge;\n\n(b) When a deputy reasonably believes that an emergency involving a threat of death "
        "to a person requires the use of the simulator without delay, in which case the office shall apply for a "
        "search warrant within 24 hours and shall stop the use if the application is denied; or\n\n"
        "(c) To find a child reported missing.\n")
    assert cited_categories(a) == [("3(1)(a)", "warrant"), ("3(1)(b)", "imminent-threat"),
                                   ("3(1)(c)", "missing-persons")]


def test_a_sentence_adverb_inside_the_verb_group_keeps_the_permission(analyze_text):
    # "The police may furthermore use ...", "may moreover deploy ...": the adverb is no verb
    a = analyze_text(
        "§ 2. The police shall not use a cell-site simulator.\n\n§ 3. (1) The police may use a cell-site simulator "
        "under a court order.\n\n(2) The police may moreover use a cell-site simulator to locate the telephone of a "
        "person reported missing.\n")
    assert ("3(2)", "missing-persons") in cited_categories(a)


def test_camera_items_of_a_permitted_uses_list_are_no_way_through_bans_of_named_technologies(analyze_text):
    # "The following uses are permitted: A. Hallway cameras may be operated ...": the items inherit no exemption
    # when their own permission is of an ordinary camera, under bans of face recognition and of a technology
    # no id names ("an AI gun-detection scanner"); comparing footage stays what a recognition ban bans
    a = analyze_text(
        "Board Policy 722\n\nIV. PROHIBITED USES\n\nA. The district will not use facial recognition technology on "
        "students or staff.\n\nB. The district will not lease or operate an AI gun-detection scanner at any school.\n\n"
        "V. PERMITTED USES\n\nThe following uses are permitted:\n\nA. Hallway cameras may be operated in corridors and "
        "on buses. Stored video may be reviewed by a principal under Policy 515.\n\nB. A school resource officer "
        "investigating a robbery may compare recorded footage of the robber with footage of a named suspect.\n")
    assert cited_categories(a) == [("V(B)", "criminal-investigation")]


_LIBRARY_POLICY = (
    "COUNTY LIBRARY SECURITY CAMERA POLICY\n\n4. PERMITTED USES OF CAMERAS\n\n4.1 Recordings may be used:\n\n"
    "(a) to document damage to Library property;\n\n(b) to document breaches of the Patron Code of Conduct.\n\n"
    "4.2 During a lockdown, live camera feeds may be shared with responding police officers.\n\n"
    "5. PROHIBITED USES\n\n5.1 The Library will not apply face recognition to any Library recording.\n\n"
    "5.2 The Library will not provide recordings to any agency for the purpose of face recognition.\n")


def test_a_camera_that_only_carries_a_banned_technology_leaves_camera_uses_outside_the_ban(analyze_text):
    # "will not apply face recognition to any Library recording": the recording carries what is banned; the
    # uses of recordings are no ways through; passing them on, which the second ban names, is one
    a = analyze_text(_LIBRARY_POLICY)
    assert cited_categories(a) == [("4.2", "imminent-threat")]


def test_a_duty_after_a_semicolon_is_a_term_of_the_case_the_item_opens(analyze_text):
    # "II. When a life is in imminent danger, by direct order of ...; if ratification is denied, the data shall be
    # destroyed": an item of its own, the duty after the semicolon its term
    a = analyze_text(
        "Article 8. The use of predictive policing systems is prohibited, except in the following cases:\n\n"
        "I. By order of a control judge;\n\nII. When the life of a person is in imminent danger, by direct order of "
        "the head of the State Police; if the judge does not ratify the order within two days, the data obtained "
        "shall be destroyed;\n\nIII. To search for a missing person.\n")
    assert cited_categories(a) == [("Art. 8(I)", "warrant"), ("Art. 8(II)", "imminent-threat"),
                                   ("Art. 8(III)", "missing-persons")]


def test_to_requisition_data_is_to_request_it(analyze_text):
    a = analyze_text(
        "Art. 3. Public bodies shall not access location data of mobile devices.\n\n"
        "Art. 4. In situations of imminent risk to the life of a person, the police chief may requisition location "
        "data directly from the provider.\n")
    assert cited_categories(a) == [("Art. 4", "imminent-threat")]


@pytest.mark.parametrize("text, expected", [
    # an item that names what the ban bans stays a way through, under a lead-in of an ordinary camera
    ("Section 3. Prohibited Uses\n3.1 No employee shall use facial recognition technology.\n\nSection 4. Camera "
     "Uses\n4.1 Security cameras may be used to:\n(a) watch the lobby of the Civic Center;\n(b) compare the face of a "
     "visitor with the photographs on the trespass list, with the written approval of the City Manager.\n",
     [("4.1(b)", "administrative-approval")]),
    # a ban of surveillance at large, beside a named technology, reaches every camera
    ("Sec. 1. No City department shall acquire or use face recognition technology or any other surveillance "
     "technology.\n\nSec. 2. Security cameras may be used to watch the parking garage of the City jail.\n",
     [("2", "other")]),
    # an identity check is what face recognition does, whatever tool the permission names
    ("Section 3. Prohibited Uses\n3.1 No employee shall use facial recognition technology.\n\nSection 4. Permitted "
     "Uses\nThe following uses are permitted:\nA. Video cameras may be operated at the entrance of the jail to confirm "
     "that a visitor is the person named on the approved visitor list.\nB. Face recognition may be used under a "
     "warrant.\n", [("4(A)", "access-control"), ("4(B)", "warrant")]),
])
def test_camera_permissions_that_reach_what_a_ban_bans_stay_ways_through(analyze_text, text, expected):
    assert cited_categories(analyze_text(text)) == expected


def test_an_article_numbered_with_a_degree_sign_is_a_provision(analyze_text):
    # "ARTICLE 4° — ...": Argentine drafting types the ordinal indicator as a degree sign
    a = analyze_text(
        "Law 27.900\n\nARTICLE 1° — Prohibition. The federal security forces may not use facial recognition "
        "systems in public spaces.\n\nARTICLE 2° — Exception. The federal security forces may use a facial "
        "recognition system to locate a missing child, by order of a competent judge.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 1°"]
    assert [c for c, _ in cited_categories(a)] == ["Art. 2°"]


def test_to_consult_data_is_to_access_it(analyze_text):
    # "Reading data ... may be consulted by the agencies only in the following cases: a) ...; b) ...": each case a
    # way through a ban that names consulting
    a = analyze_text(
        "ARTICLE 4° — The security forces may not obtain, consult or use plate reading data.\n\n"
        "ARTICLE 5° — Plate reading data held by toll operators may be consulted by the security forces only in the "
        "following cases:\n\na) at the request of the prosecutor in charge of the investigation of a specific "
        "crime;\n\nb) to locate a person whose disappearance has been reported.\n")
    assert cited_categories(a) == [("Art. 5°(a)", "criminal-investigation"), ("Art. 5°(b)", "missing-persons")]


def test_a_use_declared_no_prohibited_use_under_the_ban_is_no_pointer_elsewhere(analyze_text):
    # "The following uses are authorized, and a use that falls within this section is not a prohibited use under
    # Section 6:" lets its numbered uses through; it points to the ban, not away from it
    a = analyze_text(
        "5. AUTHORIZED USES\n\nThe following uses are authorized, and a use that falls within this section is not a "
        "prohibited use under Section 6:\n\n5.1 Searching for and rescuing persons in the water and persons reported "
        "missing on the waterfront.\n\n5.2 Comparing a person's face with the photograph on that person's port access "
        "card at a secure gate, for entry to the secure area.\n\n"
        "6. PROHIBITED USES\n\n6.1 Members shall not apply facial recognition to images from harbor cameras.\n")
    assert cited_categories(a) == [("5.1", "missing-persons"), ("5.2", "access-control")]


def test_a_paragraph_after_a_finished_list_is_no_word_of_its_last_item(analyze_text):
    # Nordic and Baltic laws print each paragraph on one line: after "1. ...,  2. ... ." the next line is the
    # article's own next paragraph, and a list under it ("shall note: a. ..., b. ...") is that paragraph's, not
    # more ways through the ban
    a = analyze_text(
        "Art. 3\nProhibition.\nMunicipal authorities shall not use drones to observe persons.\n\n"
        "Art. 4\nPermitted flights.\nDespite Art. 3, the fire brigade may use drones:\n"
        "1. to find a person reported missing,\n"
        "2. when a building collapse puts lives in immediate danger.\n"
        "The fire brigade shall enter each flight in a register, which shall state:\n"
        "a. the grounds for the flight,\n"
        "b. the place and time of the flight.\n")
    assert cited_categories(a) == [("Art. 4(1)", "missing-persons"), ("Art. 4(2)", "imminent-threat")]


def test_a_heading_after_a_list_of_uses_is_no_item_of_it(analyze_text):
    # an administrative rule's authority note after its list ("Statutory/Other Authority: ...") is no item: the
    # list's items stay its ways through, not conditions of the note
    a = analyze_text(
        "450-12-0010\nProhibition\nThe Division shall not use facial recognition on license photographs.\n\n"
        "450-12-0020\nPermitted Comparisons\nThe Division may use facial recognition:\n"
        "(1) To confirm that a person renewing a license is the license holder; and\n"
        "(2) To help identify a deceased person at the request of a medical examiner.\n"
        "Statutory/Other Authority: ORS 802.010\nHistory: DIV 4-2026, filed 03/02/2026\n")
    assert cited_categories(a) == [("450-12-0020(1)", "personal-device"), ("450-12-0020(2)", "other")]


def test_items_after_a_purpose_phrase_are_each_a_purpose(analyze_text):
    # "does not prohibit ... from using ... on an image in its possession in order to: (a) ...; (b) ...; or (c) ...":
    # the lead-in ends on a purpose phrase, so each item is a purpose let through, not one use the items finish
    a = analyze_text(
        "(1) A county agency shall not use facial recognition technology.\n"
        "(2) Subsection (1) does not prohibit a county agency from using facial recognition technology on a "
        "photograph already in its files in order to:\n"
        "(a) Locate a child whose parent has reported the child missing;\n"
        "(b) Identify a person found dead whose name is not known; or\n"
        "(c) Identify a person a deputy has probable cause to believe committed a felony.\n")
    assert cited_categories(a) == [("(2)(a)", "missing-persons"), ("(2)(b)", "other"),
                                   ("(2)(c)", "criminal-investigation")]


@pytest.mark.parametrize("permission", [
    "may take an action otherwise prohibited by Section 2",
    "may take any step that Section 2 would otherwise prohibit",
])
def test_taking_an_action_the_law_otherwise_bans_is_the_banned_conduct(analyze_text, permission):
    # "take" construes in "is taken to be"; with what the law otherwise bans as its object it takes that conduct
    a = analyze_text(
        "Section 2. A transit agency shall not use voice recognition technology.\n\n"
        f"Section 3. A transit agency {permission} to the extent a federal statute requires the action.\n")
    assert cited_categories(a) == [("3", "legal-compliance")]


def test_a_passive_after_continue_is_the_verb_and_by_it_names_the_subjects_law(analyze_text):
    # "X carried out under Law 88 of 2019 shall continue to be governed by it": the aspect hands over to the passive,
    # and "by it" is the law its subject names; the Intelligence System named is the national-security regime
    a = analyze_text(
        "ARTICLE 1. Public entities shall not use social media monitoring tools.\n\n"
        "ARTICLE 2. Activities of the agencies of the Federal Intelligence System, authorised by Law No. 88 of 2019 "
        "and within its controls, shall continue to be governed by it.\n")
    assert cited_categories(a) == [("Art. 2", "national-security")]


def test_an_organ_of_the_state_is_an_actor(analyze_text):
    # civil-law translations name public bodies "organs": one said not to be such an organ is left out of the ban
    a = analyze_text(
        "Article 1. Organs of the State shall not use drones fitted with thermal cameras over dwellings.\n\n"
        "Article 2. For the purposes of this law, the Volunteer Lifeguard Association shall not be considered an "
        "organ of the State, even where it receives public funds.\n")
    assert cited_categories(a) == [("Art. 2", "actor-carve-out")]


def test_illustrations_under_a_section_of_exceptions_are_no_exceptions(analyze_text):
    # Malaysian and Singapore acts print "Illustrations" under a section: examples of how it applies, not more of it
    a = analyze_text(
        "4. (1) No public authority shall use a facial recognition system.\n\n"
        "PART III\nPERMITTED USES\n\nUse by police\n"
        "5. (1) A police officer may use a facial recognition system—\n"
        "(a) to identify a person suspected of a serious offence; or\n"
        "(b) to find a missing child.\n"
        "(2) Every use under subsection (1) shall be entered in a register kept by the Inspector-General.\n\n"
        "ILLUSTRATIONS\n"
        "(a) P, an Inspector, holds video of a man who committed an armed robbery, a serious offence. P may use "
        "the system under paragraph (1)(a).\n"
        "(b) Q, a constable, receives a report that a boy has wandered from a fair. Q may use the system under "
        "paragraph (1)(b).\n\n"
        "6. A person who contravenes section 4 commits an offence.\n")
    assert cited_categories(a) == [("5(1)(a)", "criminal-investigation"), ("5(1)(b)", "missing-persons")]


def test_a_relative_clause_with_no_pronoun_permits_nothing(analyze_text):
    # "... and other records the Bureau is permitted to obtain.": the permission describes the records, the noun
    # before it; it lets no use of the banned tool through
    a = analyze_text(
        "3.1 Bureau staff shall not use predictive fraud scoring.\n"
        "3.2 Case reviews must rest on filed returns, payroll reports and other records the Bureau is permitted "
        "to obtain.\n"
        "3.3 Bureau staff may use predictive fraud scoring where a court orders it.\n")
    assert cited_categories(a) == [("3.3", "warrant")]


@pytest.mark.parametrize("ban", [
    "Article 3 (Prohibition).- Prohibit the bodies referred to in Article 1 from acquiring or using gait recognition "
    "systems.",
    "Art. 3.- Prohibit the use of gait recognition systems by the bodies referred to in Article 1.",
])
def test_a_decrees_imperative_after_its_article_label_bans(analyze_text, ban):
    # Rio de la Plata drafting in translation: "Prohíbese ..." comes out as a bare "Prohibit ..." after "Art. 3.-"
    a = analyze_text(f"Article 1.- This law applies to the bodies of the national administration.\n\n{ban}\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 3"]


def test_an_item_that_opens_with_prohibit_restates_a_purpose(analyze_text):
    a = analyze_text(
        "SECTION 1. The purpose of this Act is to:\n(1) Prohibit county agencies from using gait recognition; and\n"
        "(2) Require annual reports.\n\nSECTION 2. No county agency shall use gait recognition technology.\n")
    assert [p.location.citation for p in a.prohibitions] == ["2"]


@pytest.mark.parametrize("text, expected", [
    # a note on its own line inside a lettered list ends where the list goes on: (b) and (c) are the law's again
    ("Sec. 4. Deputies shall not use gait recognition technology.\n"
     "Sec. 5. A deputy may use gait recognition technology only:\n(a) to identify a person found dead;\nNote\n"
     "The coroner must ask for the comparison in writing.\n(b) to find a child reported missing; or\n"
     "(c) under a warrant signed by a judge.\nSec. 6. The Sheriff shall report each use to the Board.\n",
     [("5(a)", "other"), ("5(b)", "missing-persons"), ("5(c)", "warrant")]),
    # a phrase fronted before the subject is no noun a relative clause describes
    ("4.1 Officers shall not use a cell-site simulator.\n4.2 A warrant is required for every deployment, except that "
     "during a barricade with hostages the tactical commander is authorized to deploy.\n",
     [("4.2", "imminent-threat")]),
    # a stop that ends an abbreviation is no end of the list's last item
    ("Section 3. The Agency shall not use a cell-site simulator.\nSection 4. The Agency may use a cell-site "
     "simulator:\n(a) to find a person reported missing,\n(b) as allowed by 18 U.S.C.\nChapter 206 under a warrant "
     "signed by a judge.\nSection 5. This Act takes effect on July 1.\n",
     [("4(a)", "missing-persons"), ("4(b)", "warrant")]),
    # steps joined by "and" after "in order to:" are one use
    ("(1) A town agency shall not use face recognition technology.\n(2) Subsection (1) does not prohibit a town agency "
     "from using face recognition technology on a photograph of an unidentified body in order to:\n"
     "(a) compare it with licence photographs; and\n(b) identify the person and tell the family.\n",
     [("(2)", "other")]),
])
def test_session_35_review_cases(analyze_text, text, expected):
    assert cited_categories(analyze_text(text)) == expected


def test_a_police_intelligence_database_is_no_national_security_regime(analyze_text):
    a = analyze_text("Sec. 3. No officer shall use a license plate reader.\n"
                     "Sec. 4. Section 3 does not apply to plate data entered into the Tri-County Gang Intelligence "
                     "System under 28 CFR Part 23.\n")
    assert [c for _, c in cited_categories(a)] != ["national-security"]


def test_a_flight_the_terms_name_by_the_ban_s_section_is_a_way_through(analyze_text):
    # the sentence names the banned conduct by the ban's section and, negated, the exception's ("not covered by"):
    # what "only with" opens is a way through the ban, not a narrowing of the exception
    a = analyze_text(
        "4. PROHIBITED USES\n4.1 No deputy shall operate a drone to record people attending a lawful protest.\n\n"
        "5. EXCEPTIONS\n5.1 A deputy may operate a drone over a protest while a person there is in immediate danger "
        "of death.\n\n"
        "6. SHERIFF APPROVAL\n6.1 Any flight that would film an assembly of the kind described in Section 4.1, and "
        "that is not covered by Section 5.1, may be conducted only with the written approval of the Sheriff for one "
        "named event.\n\n"
        "7. PENALTIES\n7.1 A deputy who breaches Section 4.1 is subject to discipline, except that a second breach "
        "leads to dismissal.\n")
    assert cited_categories(a) == [("5.1", "imminent-threat"), ("6.1", "administrative-approval")]


def test_a_verb_of_bidding_hands_the_conduct_to_its_object(analyze_text):
    # "may ... task an examiner to compare": what is permitted is the comparison the examiner is bidden to make
    a = analyze_text(
        "Article 3. Public bodies shall not use gait recognition technology.\n"
        "Article 4. In the pre-trial investigation of a grave crime, the prosecutor may, by a reasoned order, task "
        "an examiner of the State Forensic Bureau to compare a gait recording with footage of the suspect.\n"
        "Article 5. A court may order the Ministry to destroy any recording made in breach of Article 3.\n")
    assert cited_categories(a) == [("Art. 4", "criminal-investigation")]


def test_items_joined_by_nothing_are_alternatives_where_the_lead_in_says_so(analyze_text):
    # "only in the following circumstances:" and items with no "or": each item is a way through
    a = analyze_text(
        "6.1 A trail camera shall not record any private dwelling.\n"
        "6.2 A trail camera may be aimed at a private dwelling only in the following circumstances:\n"
        "a. to find a hiker reported missing;\n"
        "b. with the signed consent of the occupier, kept on file;\n"
        "c. to enforce a removal order made by the Fire Marshal under state law.\n")
    assert [c for c, _ in cited_categories(a)] == ["6.2(a)", "6.2(b)", "6.2(c)"]
    # but items that are sentences of their own are terms of the one way through, not alternatives
    a = analyze_text(
        "6.1 A trail camera shall not record any private dwelling.\n"
        "6.2 A trail camera may be aimed at a private dwelling only in the following circumstances:\n"
        "a. the Park Superintendent has signed a deployment form;\nb. the form is kept on file for two years;\n"
        "c. the camera is removed within 14 days.\n")
    assert [c for c, _ in cited_categories(a)] in ([], ["6.2(a)"])


def test_what_an_official_does_where_another_law_compels_it_is_a_way_through_whatever_the_verb(analyze_text):
    # "Where a statute compels ..., the Office will produce ...": no verb of the regulated conduct, but the
    # condition names another law that compels the act, and the act handles the regulated data
    a = analyze_text(
        "3.1 The Office shall not disclose location data obtained from residents' phones.\n"
        "3.2 Where a federal statute or a court subpoena compels the Office to produce location data, the Office "
        "will produce only the records its counsel names in writing.\n"
        "3.3 If the Ombudsman finds that the Office acted contrary to the Data Act, the Ombudsman shall require the "
        "Office to erase the location data.\n"
        "3.4 Where a state statute requires the Office to retain location data, the Office shall destroy the location "
        "data as soon as the required period ends.\n")
    assert cited_categories(a) == [("3.2", "legal-compliance")]


def test_tools_said_by_pronoun_not_to_serve_a_purpose_leave_nothing_out(analyze_text):
    # "They are not tools for ...": what the text just named is said not to serve a purpose, not taken out of the ban
    a = analyze_text(
        "3.1 Harbor cameras and drones record vessel traffic and berth occupancy. They are not tools for watching "
        "people on the quays.\n3.2 No Harbor employee shall apply face recognition to any harbor camera image.\n"
        "3.3 Software that blurs faces before footage is released is not a face recognition system.\n")
    assert cited_categories(a) == [("3.3", "redaction")]


def test_regulations_numbered_by_their_point_alone_are_sections(analyze_text):
    # a COMAR chapter: ".01 Purpose." ... each regulation its own section, cited by its point
    a = analyze_text(
        "Chapter 14 Toll Plaza Imaging\n\n.01 Purpose.\n\nThis chapter limits the imaging of drivers at toll "
        "plazas.\n\n.02 Definitions.\n\nA. In this chapter, the following terms have the meanings indicated.\n\n"
        "B. Terms Defined.\n\n(1) \"Operator\" means a toll facility operator.\n\n(2) \"Face recognition\" means "
        "the automated matching of a driver's face against stored images.\n\n.03 Prohibited Uses.\n\nA. An operator "
        "may not use face recognition on an image captured at a toll plaza.\n\nB. An operator may use face "
        "recognition to find a child named in an AMBER Alert.\n")
    assert [p.location.citation for p in a.prohibitions] == [".03(A)"]
    assert cited_categories(a) == [(".03(B)", "missing-persons")]


def test_what_the_law_counts_as_the_conduct_is_no_ban(analyze_text):
    # "For the purposes of this Act, X does not use ... where ...": a deeming rule that leaves blurring out of "use"
    a = analyze_text(
        "2. (1) A public body shall not use a voice recognition system in a public place.\n"
        "(2) For the purposes of this Act, a public body does not use a voice recognition system where it removes "
        "the voices of bystanders from a recording before the recording is published.\n")
    assert [p.location.citation for p in a.prohibitions] == ["2(1)"]
    assert [c for c, _ in cited_categories(a)] == ["2(2)"]


def test_a_rule_on_where_cameras_go_does_not_make_camera_uses_ways_through_a_face_recognition_ban(analyze_text):
    # "Cameras shall not be mounted in ...": a placement rule for ordinary cameras; the bans name face recognition,
    # so a permission to mount or review ordinary cameras elsewhere is no way through them
    a = analyze_text(
        "4.1 Video cameras may be mounted at entrances, loading docks and the visitor lobby. Cameras shall not be "
        "mounted in locker rooms or showers.\n"
        "4.2 The Depot shall not apply face recognition to any video recording.\n"
        "4.3 Supervisors may review recorded video after a reported theft or injury.\n"
        "4.4 The Depot may use face recognition to find a missing child reported to the police.\n")
    assert cited_categories(a) == [("4.4", "missing-persons")]


def test_a_restricted_permission_names_the_banned_conduct_in_the_bans_own_words(analyze_text):
    # "A kinship search and trait prediction may be carried out solely in the following cases:" under a ban of
    # conducting a kinship search: no lexicon knows the technology, but the words the ban names it by say what the
    # permission is about, so its cases are the ban's exemptions
    a = analyze_text(
        "1. Police bodies and forensic laboratories, and persons acting for them, are prohibited from:\n\n"
        "1) conducting a kinship search, including through services offered free of charge;\n\n"
        "2) ordering trait prediction from another person.\n\n"
        "2. A kinship search and trait prediction may be carried out solely in the following cases:\n\n"
        "1) in the pre-trial investigation of a murder, where other investigative steps have not made it possible "
        "to identify the offender;\n\n2) in the search for a missing person.\n")
    assert cited_categories(a) == [("2(1)", "criminal-investigation"), ("2(2)", "missing-persons")]


def test_a_power_to_add_to_the_banned_list_by_order_is_no_way_through(analyze_text):
    # "may by order amend Schedule 1 so as to add ..." widens the ban; "may not by order amend ..." bans nothing
    a = analyze_text(
        "3. (1) No public authority shall use a technology listed in Schedule 1.\n"
        "(2) Schedule 1 lists gait recognition and voice recognition systems.\n"
        "4. The Minister may by order amend Schedule 1 so as to add any other biometric recognition technology.\n"
        "5. The Minister may not by order amend Schedule 1 so as to remove a technology from it.\n")
    assert cited_categories(a) == []
    assert [p.location.citation for p in a.prohibitions] == ["3(1)"]

def test_other_uses_left_to_a_later_law_are_a_way_through(analyze_text):
    # "Other cases of the use of X may be established only by a law ...": uses beyond those named, left to another law
    a = analyze_text(
        "Article 6. (1) State bodies shall not use gait recognition technology in public places.\n"
        "(2) Other instances of the use of gait recognition technology by state bodies may be established only by an "
        "organic law that sets out their purpose and safeguards.\n"
        "Article 7. Further provisions on the content of the register may be issued by government decree.\n"
        "Article 8. Other restrictions on the use of gait recognition technology may be established only by law.\n"
        "Article 9. Other records of such use may be established by law.\n")
    assert cited_categories(a) == [("Art. 6(2)", "legislative-authorization")]


def test_a_titled_schedule_of_purposes_with_item_rows_lists_exemptions(analyze_text):
    # "SCHEDULE – PERMITTED PURPOSES" (its title after a dash) with rows "Item 1: ...": each row a way through
    a = analyze_text(
        "ARRANGEMENT OF SECTIONS\n1. Prohibition\n2. Authorisations\nSCHEDULE – Permitted Purposes\n\n"
        "1. Prohibition\n\nNo police officer shall use a gait recognition system.\n\n"
        "2. Authorisations\n\nThe Commissioner may permit a police officer to use a gait recognition system for a "
        "purpose set out in the Schedule.\n\n"
        "SCHEDULE – PERMITTED PURPOSES\n\n(Section 2)\n\n"
        "Item 1: Finding a missing child reported to the police.\n\n"
        "Item 2: Identifying a person suspected of a serious offence.\n")
    assert ("Schedule(1)", "missing-persons") in cited_categories(a)
    assert ("Schedule(2)", "criminal-investigation") in cited_categories(a)


def test_review_decoys_of_session_37_stay_out(analyze_text):
    # a restriction of other conduct is no way through a face recognition ban, whatever its own words; and a camera
    # use the camera rule's place names is its exception
    a = analyze_text(
        "Section 2. The Police shall not use facial recognition software.\n"
        "Section 5. Vehicle searches may be conducted only in the following cases: (a) under a warrant; (b) with the "
        "driver's consent.\n")
    assert cited_categories(a) == []
    b = analyze_text(
        "1. The City shall not install cameras in public parks.\n"
        "2. The City shall not acquire or use automated license plate readers.\n"
        "3. The City may install cameras in a public park after a public hearing.\n")
    assert [c for c, _ in cited_categories(b)] == ["3"]


def test_the_purposes_a_ban_points_to_and_that_point_back_are_each_a_way_through(analyze_text):
    # "... for any purpose other than a purpose specified in subsection (2)" / "(2) The purposes referred to in
    # subsection (1) are— (a) ...": each purpose the lead-in lists (a lead-in with no verb of permission)
    a = analyze_text(
        "6. (1) A school board shall not apply face recognition to footage recorded on a school bus, or keep such "
        "footage, for any purpose other than a purpose specified in subsection (2).\n\n"
        "(2) The purposes referred to in subsection (1) are—\n\n"
        "(a) the search for a pupil reported to the police as missing;\n\n"
        "(b) the investigation by the police of a serious offence.\n\n"
        "7. A board shall report to the Minister each year—\n\n(a) the number of searches made under section 6;\n\n"
        "(b) the cost of its camera programme.\n")
    assert cited_categories(a) == [("6(2)(a)", "missing-persons"), ("6(2)(b)", "criminal-investigation")]


def test_a_permission_subject_to_the_ban_gives_way_to_it(analyze_text):
    # "Subject to section 4.0, ..." where 4.0 (a heading over numbered bans) bans: the permission yields to the ban,
    # it is no way through it; "Despite section 4.0" is
    a = analyze_text(
        "3.0 PERMITTED USES\n\n3.1 Subject to section 4.0, staff may use meter data to:\n\na. calculate bills;\n\n"
        "b. detect leaks.\n\n3.2 Subject to section 4.0, staff may fly a drone to inspect reservoirs.\n\n"
        "4.0 PROHIBITED USES\n\n4.1 Staff shall not use meter data to infer whether a home is occupied.\n\n"
        "4.2 No drone shall be flown to observe any person.\n\n"
        "5.0 EXCEPTIONS\n\n5.1 Despite section 4.0, staff may fly a drone to look for a missing child.\n")
    assert cited_categories(a) == [("5.1", "missing-persons")]


def test_what_another_law_compels_done_as_it_compels_is_a_way_through_across_a_long_condition(analyze_text):
    # "Where a statute, or the written terms of a grant that funds the network, requires the Library to log device
    # identifiers, Library IT may log them ...": the condition runs to "requires" over its commas and its relative
    # clause; the act compelled ("log") done as compelled is the way through, not a safeguard
    a = analyze_text(
        "4.1 The Library shall not track the devices of patrons.\n"
        "4.2 Where a state statute, or the written terms of a federal grant that funds the public network, requires "
        "the Library to log device identifiers, Library IT may log them to the extent and for the period required.\n"
        "4.3 Where a statute requires the Library to keep device identifiers, the Library shall log each disclosure "
        "of them.\n")
    assert cited_categories(a) == [("4.2", "legal-compliance")]


def test_an_arrangement_of_sections_is_read_as_one_when_each_section_runs_into_its_first_subsection(analyze_text):
    # "2.(1) In this Act ..." under a side title: the arrangement's entries recur, so "SCHEDULE 2 - Form of notice"
    # at its end is an entry, not the schedule that would hold the whole Act (and cite it as "Schedule 2, ...")
    a = analyze_text(
        "ARRANGEMENT OF SECTIONS\nPART 1 - PRELIMINARY\n1. Short title.\n2. Interpretation.\n"
        "PART 2 - RESTRICTIONS\n3. Gait recognition.\n4. Missing persons.\n"
        "SCHEDULE 1 - Offences\nSCHEDULE 2 - Form of notice\n\nI ASSENT,\n\nGovernor.\n\n"
        "AN ACT to restrict the use of gait recognition by public bodies.\n\nENACTED by the Legislature.\n\n"
        "PART 1\nPRELIMINARY\n\nShort title.\n1. This Act may be cited as the Gait Recognition Act 2026.\n\n"
        "Interpretation.\n2.(1) In this Act, \"public body\" means a Ministry or a statutory body.\n\n"
        "PART 2\nRESTRICTIONS\n\nGait recognition.\n3.(1) A public body shall not use a gait recognition system.\n\n"
        "Missing persons.\n4.(1) Section 3 does not prevent a police officer from using a gait recognition system to "
        "find a child reported missing.\n\n"
        "SCHEDULE 1 - Offences\n1. Murder.\n\nSCHEDULE 2 - Form of notice\nNotice under section 4.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Part 2(3)(1)"]
    assert cited_categories(a) == [("Part 2(4)(1)", "missing-persons")]


def test_the_uses_a_lead_in_permits_of_ordinary_cameras_are_no_way_through_a_ban_on_recognition(analyze_text):
    # "The following uses of yard cameras are permitted." (its own verb no route, its "following" no act of following
    # a person): each item is a camera use, unless it names what the ban reaches; "footage from which no one can be
    # identified" names no identification
    a = analyze_text(
        "IV. PERMITTED USES\n\nThe following uses of yard cameras are permitted.\n\n"
        "A. Watching the loading docks and gates from the control room.\n\n"
        "B. Reviewing stored recordings after a reported theft or injury.\n\n"
        "C. Teaching new staff with recordings from which no driver can be identified.\n\n"
        "V. PROHIBITED USES\n\nA. No employee shall apply face recognition to images from yard cameras.\n\n"
        "VI. EXCEPTIONS\n\nA. Security may ask the county police to use face recognition to find a missing child.\n")
    assert cited_categories(a) == [("VI(A)", "missing-persons")]


def test_a_sentence_that_carries_a_permission_over_to_another_case_is_a_way_through_of_its_own(analyze_text):
    # "The same applies to ...": the second case is let through as the first was, not a term of the first
    a = analyze_text(
        "(1) The Police shall not use systems that identify a person by his or her gait.\n"
        "(2) By way of derogation from paragraph 1, the Police may compare a recording of a gait with the recording "
        "of a particular person where this is indispensable to avert a present danger to the life of a person. "
        "The same applies to the search for a child reported missing; the comparison shall be limited to "
        "recordings of the child.\n")
    assert cited_categories(a) == [("(2)", "imminent-threat"), ("(2)", "missing-persons")]


def test_a_duty_another_law_lays_on_the_bound_body_to_do_the_conduct_kept_in_force_is_a_way_through(analyze_text):
    # "Obligations of the Office under federal law to transmit ... remain unaffected" (with "image data" before
    # the verb: "data" ends the subject, it is no determiner of "remain"); not obligations of this law's own
    a = analyze_text(
        "(1) The Office shall not compare facial images by automated means.\n"
        "(2) Obligations of the Office arising from federal law to transmit facial images or to take part in an "
        "automated comparison of facial images remain unaffected.\n"
        "(3) The obligations of the Office under this Act to report to the Assembly remain unaffected.\n")
    assert cited_categories(a) == [("(2)", "legal-compliance")]


def test_a_condition_inside_the_subject_closes_on_its_pronoun_and_verb(analyze_text):
    # "The processing ... when they log on to ... does not constitute an analysis": "when they log on" is the
    # condition's whole clause; the main verb after it says what the law does not reach
    a = analyze_text(
        "(1) The Service shall not use systems that recognise a speaker by the characteristics of his voice.\n"
        "(2) The processing of voice data solely to confirm the identity of staff when they sign in to the Service's "
        "telephone systems does not constitute a use of such a system within the meaning of paragraph 1.\n")
    assert cited_categories(a) == [("(2)", "personal-device")]


def test_a_duty_to_do_the_conduct_upon_a_judges_decision_is_a_way_through_on_that_route(analyze_text):
    # "shall be carried out upon the decision of a judge": done on that decision only, as "may be carried out only
    # upon" is, a way through on the judge's terms (not a duty to keep records "for the periods required by" a
    # schedule, nor an oversight of the use, "An audit ... shall be performed upon the order of the Council")
    a = analyze_text(
        "(1) The Police shall not carry out gait recognition.\n"
        "(2) Gait recognition in the search for a missing person shall be carried out upon the decision of a judge.\n"
        "(3) Recordings shall be kept for the periods required by the records schedule.\n"
        "(4) An audit of gait recognition queries shall be performed upon the order of the City Council.\n")
    assert cited_categories(a) == [("(2)", "missing-persons")]
    assert "judicial-authorization" in a.exemptions[0].qualifiers


def test_the_uses_a_ban_article_names_permitted_only_in_listed_cases_are_each_a_way_through(analyze_text):
    # "The use referred to in art. 3 shall be permitted solely in the following cases:" under a chapter of its own:
    # "art. 3" (abbreviated, in another chapter) is the ban, so each case is a way through it
    a = analyze_text(
        "CHAPTER I\nGENERAL PROVISIONS\n\nArt. 1 This Law governs the use of gait recognition by public bodies.\n\n"
        "CHAPTER II\nPROHIBITION\n\nArt. 2 The use of gait recognition in public spaces is prohibited to public "
        "bodies.\n\n"
        "CHAPTER III\nPERMITTED CASES\n\nArt. 3 The use referred to in art. 2 shall be permitted solely in the "
        "following cases:\n\nI - the search for a missing child;\n\nII - the prevention of an imminent threat to "
        "the life of a person.\n")
    assert cited_categories(a) == [("Art. 3(I)", "missing-persons"), ("Art. 3(II)", "imminent-threat")]


def test_what_a_technology_allows_in_a_list_of_definitions_is_no_permission(analyze_text):
    # "I - gait recognition system: tool that ... allows the identification of a person": the definiens says what
    # the term is; an actor given leave in such a list is still a permission
    a = analyze_text(
        "CHAPTER I\nGENERAL PROVISIONS\n\nArt. 1 For the purposes of this Law, the following definitions apply:\n\n"
        "I - gait recognition system: technological tool that, by means of the automated processing of video "
        "recordings, allows the identification of a natural person by comparison with a database;\n\n"
        "II - public body: any body of the State administration.\n\n"
        "CHAPTER II\nPROHIBITION\n\nArt. 2 The use of a gait recognition system by a public body is prohibited.\n")
    assert cited_categories(a) == []


def test_reviewers_decoys_of_session_38s_mechanisms(analyze_text):
    # "any ALPR data breaches" is a noun after "data", no verb of breach; "The same applies to copies" after a term
    # carries the term over, not the permission; "Operations staff" names no act of operating
    a = analyze_text(
        "(1) The Police shall not use systems that identify a person by the characteristics of his or her voice.\n"
        "(2) By way of derogation from paragraph 1, the Police may compare a voice recording with the recording of a "
        "particular person to avert a present danger to life. Recordings used for the comparison shall be deleted "
        "within one month. The same applies to copies of such recordings.\n"
        "(3) Operations staff may view live feeds from the Police's station cameras.\n"
        "(4) The Police shall notify the Council of any ALPR data breaches within 72 hours.\n")
    assert cited_categories(a) == [("(2)", "imminent-threat")]
    assert [p.location.citation for p in a.prohibitions] == ["(1)"]


def test_an_arrangement_is_read_as_one_when_each_section_title_runs_into_its_text(analyze_text):
    # "1. Short title-(1) This Act ...", "4. Missing persons-A police officer may ...": the arrangement's entries recur
    # at the head of their sections, so "Schedule 2 - Form of warrant" closing it is an entry, not the schedule
    a = analyze_text(
        "Arrangement of Provisions\n\nPART 1\nPRELIMINARY\n1. Short title\n2. Interpretation\n\n"
        "PART 2\nRESTRICTIONS\n3. Gait recognition\n4. Missing persons\n\n"
        "Schedule 1 - Offences\nSchedule 2 - Form of warrant\n\n__________\n\n2026, No. 4\n\n"
        "AN ACT to restrict the use of gait recognition by public bodies.\n\n"
        "BE IT ENACTED by the Legislative Assembly as follows:\n\nPART 1\nPRELIMINARY\n\n"
        "1. Short title-(1) This Act may be cited as the Gait Recognition Act 2026.\n\n"
        "2. Interpretation-(1) In this Act, \"public body\" means a Ministry.\n\n"
        "PART 2\nRESTRICTIONS\n\n3. Gait recognition-(1) A public body must not use a gait recognition system.\n\n"
        "4. Missing persons-A police officer may use a gait recognition system to find a child reported missing.\n\n"
        "Schedule 1 - Offences\n1. Murder.\n\nSchedule 2 - Form of warrant\nWarrant under section 4.\n")
    assert len(a.prohibitions) == 1
    assert [f.category for f in a.exemptions] == ["missing-persons"]
    assert not a.exemptions[0].location.citation.startswith("Schedule")


def test_a_concession_after_an_actor_left_out_names_no_purpose(analyze_text):
    # "It does not govern the Sheriff's Office ..., even when Department staff help that office with access to a
    # building": the body is left out whatever it does; the concession's words are no entry check
    a = analyze_text(
        "1. This policy governs the Parks Department only. It does not govern the Sheriff's Office or any other "
        "County department that operates cameras in a park under its own policy, even when Department staff help "
        "that office with access to a building.\n"
        "2. The Parks Department shall not use face recognition on images from park cameras.\n")
    assert cited_categories(a) == [("1", "actor-carve-out")]


def test_what_does_not_fall_under_a_ban_and_flights_and_plates_read_on_terms_are_ways_through(analyze_text):
    # "does not fall under article 2" is "not within" it; "Flights to inspect bridges ... are permitted" names the
    # banned act in the plural at its head; "may read plates ... solely to bill tolls" names in its object what the
    # ban's words name ("license plate recognition equipment")
    a = analyze_text(
        "Article 1 The municipality does not use voice recognition.\n"
        "Article 2 The voice verification with which an employee signs in to a work telephone does not fall under "
        "article 1.\n")
    assert cited_categories(a) == [("Art. 2", "personal-device")]
    b = analyze_text(
        "(a) No state agency shall use an unmanned aircraft to gather images of a person.\n"
        "(b) Flights to inspect bridges, dams and power lines are permitted, provided the operator does not direct a "
        "camera at a person.\n")
    assert [f.location.citation for f in b.exemptions] == ["(b)"]
    c = analyze_text(
        ".02 Restriction. The Administration may not use automated license plate recognition equipment on any "
        "State highway.\n.03 Toll Facilities. The Administration may read plates at tolled bridge gantries solely "
        "to bill tolls.\n")
    assert [f.location.citation for f in c.exemptions] == [".03"]


def test_a_decimal_outlines_lead_in_leads_the_sections_numbered_under_it(analyze_text):
    # "4.0 PERMITTED USES / ... may be used only for: / 4.1 ... / 4.2 ...": the "N.0" section's lead-in leads "N.1",
    # "N.2"; each is a way through the ban (a "N.0" heading with no lead-in keeps its sections beside it)
    a = analyze_text(
        "3.0 PROHIBITED USES\n\n3.1 Staff shall not use gait recognition.\n\n"
        "4.0 PERMITTED USES\n\nSubject to the approval required by Section 5.0, gait recognition may be used only "
        "for:\n\n4.1 Finding a child reported missing in a county park;\n\n"
        "4.2 Identifying the suspect in an open homicide case.\n\n"
        "5.0 APPROVAL\n\n5.1 Each use under Section 4.0 requires the written approval of the Director.\n")
    assert cited_categories(a) == [("4.1", "missing-persons"), ("4.2", "criminal-investigation")]


def test_a_routes_application_and_the_grant_after_it_are_quoted_as_one_way_through(analyze_text):
    # "(1) The Director may apply to a Magistrate for a warrant permitting ..." / "(2) The Magistrate may grant the
    # warrant if satisfied ...": one warrant route, quoted from the application through the grant's terms; a grant that
    # stands apart from the application (another section between) is not swallowed
    a = analyze_text(
        "4. Voiceprints\nThe Revenue Service shall not apply voiceprint analysis to a taxpayer's telephone calls.\n\n"
        "5. Warrants\n(1) The Director may apply to a Magistrate for a warrant permitting voiceprint analysis of the "
        "calls of a named taxpayer suspected of fraud.\n\n"
        "(2) The Magistrate may grant the warrant if satisfied on oath that the analysis is necessary and that no "
        "other means will do.\n\n(3) A warrant lasts for 14 days.\n")
    routes = [f for f in a.exemptions if f.category == "warrant"]
    assert len(routes) == 1
    assert routes[0].location.citation == "5(1)"
    assert "may apply to a Magistrate" in routes[0].quote
    assert routes[0].quote.rstrip().endswith("no other means will do.")
    assert routes[0].location.end_line > routes[0].location.line
    assert "strictly-necessary" in routes[0].qualifiers  # the grant's "no other means will do"
    b = analyze_text(
        "4. Voiceprints\nThe Revenue Service shall not apply voiceprint analysis to a taxpayer's telephone calls.\n\n"
        "5. Applications\nThe Director may apply to a Magistrate for a warrant permitting voiceprint analysis of the "
        "calls of a named taxpayer suspected of fraud.\n\n6. Reports\nThe Director shall report each year to the "
        "Minister.\n\n7. Grants\nThe Magistrate may grant the warrant if satisfied on oath that no other means "
        "will do.\n")
    assert [(f.location.citation, f.location.end_line) for f in b.exemptions if f.category == "warrant"] == [("5", 5)]


def test_a_law_named_by_its_own_short_title_speaks_of_itself(analyze_text):
    # 'This act may be cited as the "Transit Rider Location Privacy Act"' / "The Transit Rider Location Privacy Act
    # governs the transit district. It does not govern ...": the title is this law, not another law; what "it" does
    # not govern is an actor left out
    text = ("SECTION 1. SHORT TITLE.--This act may be cited as the \"Transit Rider Location Privacy Act\".\n\n"
            "SECTION 2. BAN.--The transit district shall not use a location tracking system on riders.\n\n"
            "SECTION 3. SCOPE.--The Transit Rider Location Privacy Act governs the transit district. It does not "
            "govern a county sheriff's office that patrols a transit station under contract.\n")
    a = analyze_text(text)
    assert cited_categories(a) == [("3", "actor-carve-out")]


def test_an_actor_acting_under_another_law_is_left_out_not_a_law_saved(analyze_text):
    # "Section 4 does not bind an intelligence and security agency acting under an authorisation issued under the
    # Intelligence and Security Act": "acting" is a verb, not the law noun "act"; the agency is what is left out
    a = analyze_text(
        "4 Live facial recognition prohibited\nA public sector agency must not operate live facial recognition in a "
        "public place.\n\n5 Border agency\nSection 4 does not bind the border agency acting at a port of entry under "
        "a direction of the Minister.\n")
    assert cited_categories(a) == [("5", "actor-carve-out")]


def test_the_body_a_use_is_reported_to_does_not_open_the_way(analyze_text):
    # "During a riot ..., the Police Chief may direct the use of face recognition ..., and shall report that use to
    # the City Council": the council hears of the use; the way through is the riot
    a = analyze_text(
        "Sec. 12-3. Ban. No city officer shall use face recognition.\n\n"
        "Sec. 12-4. Riots. During a riot in which persons are attacking officers with deadly weapons, the Police "
        "Chief may direct the use of face recognition for up to twelve hours to identify the attackers, and shall "
        "report that use to the City Council at its next meeting.\n")
    assert cited_categories(a) == [("12-4", "imminent-threat")]


def test_an_officials_approval_is_read_past_a_decimal_number_or_a_run_in_heading(analyze_text):
    # "7.2 The Harbor Master may, in writing, approve ...", "6. Special permits.-(1) The Chief Fisheries Officer may,
    # by order in writing, permit ...": the official's title opens the words, past the number or the heading that
    # runs into the text, and the approval is the way through whatever study it serves
    a = analyze_text(
        "7.1 Marina staff shall not use license plate readers.\n\n"
        "7.2 The Harbor Master may, in writing, approve the use of a license plate reader at the marina gate for a "
        "single parking study.\n")
    assert cited_categories(a) == [("7.2", "administrative-approval")]
    b = analyze_text(
        "5. Drones.-(1) No officer shall fly a drone over a river to watch anglers.\n\n"
        "6. Special permits.-(1) The Chief Fisheries Officer may, by order in writing, permit the flight of a drone "
        "over a named river for one week for a research study of salmon stocks.\n")
    assert [f.category for f in b.exemptions] == ["administrative-approval"]


def test_decoys_of_the_route_run_on_the_own_title_and_the_reported_body(analyze_text):
    # A grant in the next top-level section is not quoted with the application; a longer name that ends in the
    # law's title is another law; an approval sought from a board still names the board; "shall document ...
    # for the Commission" is a duty to report
    a = analyze_text(
        "4. No law enforcement agency shall use facial recognition technology.\n"
        "5. The Commissioner of Police may apply to a District Judge for a warrant authorising the use of facial "
        "recognition technology in a public place.\n"
        "6. The District Judge may grant the warrant if satisfied that there are reasonable grounds.\n")
    assert [(f.location.citation, f.quote.strip()[-13:]) for f in a.exemptions] == [("5", "public place.")]
    b = analyze_text(
        "Section 1. This act may be cited as the \"Audio Privacy Act\".\n"
        "Section 2. No public school shall use an audio surveillance device.\n"
        "Section 3. The Student Location and Audio Privacy Act governs public schools. It does not govern a law "
        "enforcement agency.\n")
    assert cited_categories(b) == []
    c = analyze_text(
        "Section 3. No city department shall use face recognition technology.\n"
        "Section 4. Notwithstanding Section 3, a department may use face recognition technology if the use is "
        "first submitted for the approval of the Board of Supervisors.\n"
        "Section 5. Notwithstanding Section 3, the Chief of Police may use face recognition technology in an "
        "emergency involving imminent danger of death, and shall document each such use for the Privacy "
        "Advisory Commission.\n")
    assert cited_categories(c) == [("4", "legislative-authorization"), ("5", "imminent-threat")]
    assert "logging" in c.exemptions[1].qualifiers


def test_a_bodys_consent_is_its_approval_a_persons_is_not(analyze_text):
    # "on the basis of prior consent of the Agency": the Agency's say-so, an approval; "with the consent of the
    # owner of the home" stays another way through
    a = analyze_text(
        "Article 4\nA public authority shall not fly a drone over a private home.\n\n"
        "Article 5\n(1) A public authority may, on the basis of prior consent of the Agency, fly a drone over a "
        "private home to survey a roof.\n"
        "(2) A public authority may, with the consent of the owner of the home, fly a drone over it.\n")
    assert cited_categories(a) == [("Art. 5(1)", "administrative-approval"), ("Art. 5(2)", "other")]


def test_a_passive_duty_of_leave_for_the_act_a_cited_ban_names_is_its_exemption(analyze_text):
    # Civil-law drafting permits in the passive with a duty modal ("shall only be permitted upon ..."), or names
    # the banned act by a noun no lexicon knows, pointing back at the ban ("The operation mentioned in Section 2");
    # a lead-in to "the following cases" still opens its items
    a = analyze_text(
        "Art. 4\nThe use of voice recognition systems is prohibited to the organs of the state administration.\n\n"
        "Art. 5\nThe use referred to in Art. 4 shall only be admitted upon prior judicial authorisation, in a "
        "reasoned decision that names the speakers sought.\n")
    assert cited_categories(a) == [("Art. 5", "warrant")]
    b = analyze_text(
        "Section 2\nThe State Police shall not deploy a cell-site simulator.\n\n"
        "Section 3\nThe operation mentioned in Section 2 is allowed solely upon the written order of a magistrate "
        "naming the telephone.\n")
    assert cited_categories(b) == [("3", "warrant")]
    c = analyze_text(
        "Section 2\nThe use of drones by the municipal guard is prohibited.\n\n"
        "Section 3\nThe use referred to in Section 2 shall be permitted only where provided by an Act of the "
        "Assembly that names its purpose.\n")
    assert cited_categories(c) == [("3", "legislative-authorization")]


def test_signing_off_approves_and_a_bodys_powers_left_unaffected_go_by_its_topic(analyze_text):
    a = analyze_text(
        "1. Staff shall not use a gait recognition system.\n"
        "2. The Director of Security may sign off on a single use of a gait recognition system for a named "
        "research project.\n")
    assert cited_categories(a) == [("2", "administrative-approval")]
    b = analyze_text(
        "Section 1\nNo public body shall use remote biometric identification.\n\n"
        "Section 2\nThe powers of the Defence Intelligence Directorate under the Defence Act to counter "
        "foreign espionage remain unaffected.\n")
    assert cited_categories(b) == [("2", "national-security")]
    c = analyze_text(
        "Section 1\nNo public body shall use remote biometric identification.\n\n"
        "Section 2\nThe powers of the Roads Authority under the Highways Act remain unaffected.\n")
    assert cited_categories(c) == []


def test_a_duty_flowing_from_a_convention_and_a_breach_denied_after_a_bracketed_label(analyze_text):
    a = analyze_text(
        "Rule 4. The Board shall not use voice recognition.\n"
        "Rule 5. Rule 4 does not stand in the way of the discharge of a duty that stems from a convention "
        "ratified by the State.\n")
    assert cited_categories(a) == [("5", "legal-compliance")]
    b = analyze_text(
        "4.1 Policy\n(a) No officer shall obtain a tracking device record.\n"
        "(b) If a carrier sends a tracking device record that the officer never asked for, no breach of "
        "paragraph (a) occurs.\n")
    assert [f.category for f in b.exemptions] == ["inadvertent-receipt"]


def test_what_a_route_must_require_is_its_terms_a_departure_needing_approval_is_a_way_through(analyze_text):
    a = analyze_text(
        "Section 1.\n(1) No officer shall obtain the location of a mobile telephone by a geofence request.\n"
        "(2) An officer may apply to a circuit court judge for a warrant to make a geofence request.\n"
        "(3) A warrant issued under subsection (2) of this section must require the officer to delete every "
        "record of a telephone that the warrant does not name.\n")
    assert [f.category for f in a.exemptions] == ["warrant"]
    b = analyze_text(
        "4. Staff shall not use a biometric scanner on a visitor.\n"
        "5. Any deviation from Section 4 shall require the prior written approval of the Warden.\n")
    assert cited_categories(b) == [("5", "administrative-approval")]


def test_a_body_by_its_initials_a_presiding_judge_and_routes_of_acts_named_by_phrase(analyze_text):
    # "the prior authorisation of the DPA" is a body's approval (not "CONSENT OF THE OWNER" in a bill printed in
    # capitals); "an order of the president of the district court" is a judge's; "put into service" and "carried
    # out" are the regulated use, so "only by virtue of a law" and "only under an order of the judge" are its ways
    # through; "It is forbidden to any municipality to acquire or to use" names the acts it bans
    a = analyze_text(
        "Article 2\nIt is forbidden to any municipality to acquire or to use an emotion recognition system.\n\n"
        "Article 3\nBy derogation from Article 2, the following are permitted:\n"
        "1) pilot studies conducted with the prior authorisation of the DPA, on volunteers only;\n"
        "2) the use of such a system on a reasoned order of the president of the district court, for thirty "
        "days.\n\n"
        "Article 4\nOutside the cases provided for in Article 3, an emotion recognition system may be put into "
        "service by a municipality only by virtue of a law that states its purpose.\n")
    assert cited_categories(a) == [("Art. 3(1)", "administrative-approval"), ("Art. 3(2)", "warrant"),
                                   ("Art. 4", "legislative-authorization")]
    b = analyze_text(
        "3. (1) No public body shall use a gait recognition system in a public place.\n"
        "(2) The gait recognition of a named person in a public place may be carried out by the police only under "
        "an order of the District Judge.\n")
    assert cited_categories(b) == [("3(2)", "warrant")]


def test_a_technology_said_not_to_be_after_a_set_off_phrase_and_a_condition_doubled_by_only(analyze_text):
    a = analyze_text(
        "1. Definitions\n1.1 \"Voice recognition service\" means technology that identifies a person from the "
        "voice. A voice-unlock feature on a county-issued tablet, used by its assigned employee solely to unlock "
        "that tablet, is not a voice recognition service.\n\n2. Policy\n2.1 Employees shall not use a voice "
        "recognition service.\n")
    assert [f.category for f in a.exemptions] == ["personal-device"]
    b = analyze_text(
        "(1) No department shall share drone footage with a private company.\n"
        "(2) A department may share drone footage with a private company where, and only to the extent that, a "
        "statute of the State requires it.\n")
    assert [(f.category, f.quote.rstrip()[-12:]) for f in b.exemptions] == [("legal-compliance", "requires it.")]
    c = analyze_text(
        "46. (1) No officer may install a tracking device on a vehicle.\n"
        "(2) An officer may do any of those things if, and only if, a judge has issued a warrant that names the "
        "vehicle.\n")
    assert cited_categories(c) == [("46(2)", "warrant")]


def test_a_settlements_disclaimer_and_a_breach_said_to_be_no_crime_let_nothing_through(analyze_text):
    a = analyze_text(
        "1. The City shall not use face recognition.\n"
        "2. This Judgment is not an admission of liability or of wrongdoing by the City.\n"
        "3. A breach of paragraph 1 is not a crime, but any resident may sue for an injunction.\n")
    assert a.exemptions == []


def test_decoys_of_the_new_routes_an_overseers_powers_and_a_preposition_following(analyze_text):
    # A general power to do "all things necessary" points at no banned act; the powers kept are the holder's
    # (an overseer of the intelligence services is no security service); "following" as a preposition opens no
    # list; a breach said to be no offence in a case lets that case through; "on the act of" an officer is no
    # law; a duty arising under this very Act is no outside law
    a = analyze_text(
        "Section 1. No department shall use face recognition technology.\n"
        "Section 2. The Privacy Commissioner may do all things necessary for the enforcement of Section 1, "
        "including the issue of a compliance notice, where a court order authorises it.\n"
        "Section 3. The powers of the Privacy Commissioner to investigate a use of face recognition technology by "
        "the Intelligence Service remain unaffected.\n")
    assert a.exemptions == []
    b = analyze_text(
        "Art. 4\nThe use of voice recognition systems is prohibited to the organs of the state administration.\n\n"
        "Art. 5\nThe use referred to in Art. 4 shall only be admitted following prior judicial authorisation, in a "
        "reasoned decision.\n\n"
        "Art. 6\nA breach of Art. 4 caused by the receipt of data the organ did not request is not an offence.\n")
    assert cited_categories(b) == [("Art. 5", "warrant"), ("Art. 6", "inadvertent-receipt")]
    c = analyze_text(
        "1. An agency shall not use face recognition.\n"
        "2. Face recognition may be used by an agency only on the act of a supervising officer who has reviewed "
        "the request.\n"
        "3. Section 1 does not apply to the performance of a duty that arises under this Act.\n")
    assert "legislative-authorization" not in categories(c) and "legal-compliance" not in categories(c)


def test_powers_named_by_their_exercise_a_body_named_whole_and_a_term_after_a_two_level_label(analyze_text):
    a = analyze_text(
        "Section 1\nNo public body shall use remote biometric identification.\n\n"
        "Section 2\nThis Act does not affect the performance of the tasks of the intelligence and security "
        "services.\n\n"
        "Section 3\nSection 1 does not affect the National Security Bureau in the performance of its duties.\n")
    assert cited_categories(a) == [("2", "national-security"), ("3", "national-security")]
    b = analyze_text(
        "Section 1. Definitions.\n(3)(a) Public body means any department, agency or office of the State.\n"
        "(b) Public body does not include the office of the State Auditor.\n\n"
        "Section 2. No public body shall use a cell-site simulator.\n")
    assert cited_categories(b) == [("1(3)(b)", "actor-carve-out")]
    c = analyze_text(
        "4.1 State bodies shall be prohibited from carrying out automated gait identification.\n"
        "4.2 A body conducting a criminal investigation may carry out automated gait identification only on the "
        "basis of a decision of a court.\n")
    assert [f.location.citation for f in c.exemptions] == ["4.2"]


def test_the_body_that_made_the_law_votes_a_use_through(analyze_text):
    # the enacting words name the law's maker; where "the Board" or "the Township Committee" recurs, its
    # resolution is a vote of the body that made the ban, not an official's approval; a council of the
    # executive stays an approval
    a = analyze_text(
        "AN ORDINANCE OF THE FOX RUN SANITARY DISTRICT\n\n"
        "BE IT ORDAINED by the Board of Trustees of the Fox Run Sanitary District, as follows:\n\n"
        "Section 1. District staff shall not operate an automated license plate reader at any District facility.\n"
        "Section 2. The Board may, by resolution passed at a regular meeting after public comment, authorize "
        "a license plate reader at one facility for a term not longer than one year.\n"
        "Section 3. The Superintendent may approve, in writing, the use of a license plate reader at the gate "
        "of the treatment plant for a period of seven days.\n")
    assert cited_categories(a) == [("2", "legislative-authorization"), ("3", "administrative-approval")]
    b = analyze_text(
        "TOWNSHIP OF ELM CROSSING\nORDINANCE 2027-4\n\n"
        "This ordinance is adopted by the Township Committee of the Township of Elm Crossing.\n\n"
        "1. No Township officer or employee shall acquire a drone equipped with face recognition.\n"
        "2. Unless the prior consent of the Township Committee has been given by ordinance, no Township "
        "department shall accept a drone as a gift.\n")
    assert ("2", "legislative-authorization") in cited_categories(b)
    c = analyze_text(
        "Article 1. State bodies shall not use face recognition in public places.\n"
        "Article 2. The Council of Ministers may, on a proposal from the Minister of the Interior, permit a "
        "named State body to use face recognition at the border for one year.\n")
    assert cited_categories(c) == [("Art. 2", "administrative-approval")]
    # rules "adopted by" a commission under a section of the law do not make the commission the law's maker
    d = analyze_text(
        "BE IT ORDAINED by the City Council of Elmwood:\n"
        "Section 1. No City department shall use face recognition.\n"
        "Section 2. Rules implementing this section are adopted by the Police Commission after a hearing.\n"
        "Section 3. The Police Commission may authorize a department to use face recognition to identify a "
        "deceased person.\n")
    assert cited_categories(d) == [("3", "administrative-approval")]


def test_the_law_named_by_its_kind_after_the(analyze_text):
    # a law that calls itself "this by-law" means itself by "The by-law" too; "the by-law of the Province"
    # is another, and an Arab law's lettered items ("a- ", "b- ") are items
    a = analyze_text(
        "MUNICIPAL BY-LAW ON PUBLIC CAMERAS\n\n"
        "Article 1. This by-law governs cameras placed in public space by the municipality.\n"
        "Article 2. The municipality shall not use automated facial recognition on the images of its cameras.\n"
        "Article 3. The by-law does not extend to the harbour police, which operate their cameras under the "
        "Ports Act.\n")
    assert cited_categories(a) == [("Art. 3", "actor-carve-out")]
    b = analyze_text(
        "Article (2)\nThe Municipality shall not use facial recognition on the recordings of its cameras.\n\n"
        "Article (3)\nBy way of derogation from Article (2), the following are permitted:\n"
        "a- Comparing the recording of a specific incident with a photograph supplied by the Public "
        "Prosecution in a registered criminal case, for the sole purpose of identifying the suspect.\n"
        "b- Searching the recordings for a child reported missing to the police, at the request of the police.\n")
    assert cited_categories(b) == [("Art. 3(a)", "criminal-investigation"), ("Art. 3(b)", "missing-persons")]
    # a French-speaking country's local governments are communes: left out whole, an actor carve-out
    c = analyze_text(
        "Article 1. Public bodies of the Province shall not use drones fitted with thermal cameras over homes.\n"
        "Article 2. The communes of the Province and their joint boards are outside the scope of Article 1.\n")
    assert cited_categories(c) == [("Art. 2", "actor-carve-out")]


def test_an_adverb_of_manner_inside_a_passive(analyze_text):
    # "may be so used": "so" stands inside the verb group as "lawfully" does; the passive permission is read
    a = analyze_text(
        "Section 3. (a) An agency shall not use a cell-site simulator to locate a telephone. A cell-site "
        "simulator may be so used once a judge has issued a search warrant that names the telephone.\n")
    assert cited_categories(a) == [("3(a)", "warrant")]


def test_a_ban_in_the_present_tense(analyze_text):
    # where the law states every rule in the present tense, "does not place or use" is its ban; where its
    # bans say "shall not", a present tense describes what the body does; "a department does not acquire
    # ... merely because" says what counts as the conduct
    a = analyze_text(
        "BYLAW ON SENSORS IN PUBLIC SPACE\n\n"
        "Article 1. In this bylaw, a sound sensor means a device that records and classifies sounds in the street.\n"
        "Article 2. The municipality does not install or use gunshot detection sensors with voice recognition "
        "in public space.\n"
        "Article 3. This bylaw enters into force on 1 March 2027.\n")
    assert [p.location.citation for p in a.prohibitions] == ["Art. 2"]
    b = analyze_text(
        "Policy 611. Unmanned Aircraft\n"
        "611.1 The Department does not own or operate unmanned aircraft.\n"
        "611.2 Members shall not request that another agency fly an unmanned aircraft over a protest.\n")
    assert [p.location.citation for p in b.prohibitions] == ["611.2"]
    c = analyze_text(
        "Section 1. A County department shall not acquire face recognition technology.\n"
        "Section 2. A County department does not acquire face recognition technology merely because it "
        "receives a report that a state agency generated with it.\n")
    assert [p.location.citation for p in c.prohibitions] == ["1"]


def test_what_another_law_compels_is_not_contrary_to_the_ban(analyze_text):
    # "To the extent a statute compels ..." opens a condition as "to the extent that" does (not "only to the
    # extent necessary"); acts "not contrary to" the ban do not breach it
    a = analyze_text(
        "4.01 No Township department shall buy location data from a data broker.\n"
        "4.02 To the extent a state statute obliges the Township to obtain location data from a data broker, "
        "the Township may comply with that statute.\n")
    assert cited_categories(a) == [("4.02", "legal-compliance")]
    b = analyze_text(
        "Article 2. The municipal police may not process images of the public cameras with gait recognition "
        "software.\n"
        "Article 3. Processing that a national law expressly imposes on the municipality is not contrary to "
        "Article 2.\n")
    assert cited_categories(b) == [("Art. 3", "legal-compliance")]


def test_what_a_technology_can_do_is_a_finding_not_a_leave(analyze_text):
    # "can" said of the technology itself describes what it is able to do (a finding); said of an actor it
    # is a leave as "may" is
    a = analyze_text(
        "Section 1. A thermal camera mounted on a pole can see into the yards of private homes, and a drone "
        "can be flown over a house without anyone knowing.\n"
        "Section 2. No Village department shall operate a thermal camera or a drone over a residential lot.\n")
    assert categories(a) == []
    b = analyze_text(
        "Section 2. No Village department shall operate a drone over a residential lot.\n"
        "Section 3. The fire department can operate a drone over a burning building.\n")
    assert len(a.prohibitions) == 1 and len(b.exemptions) == 1


def test_what_an_official_did_not_ask_for_is_no_breach(analyze_text):
    # a relative clause whose pronoun is its object closes on its subject's verb ("a report that neither the
    # clerk nor the board requested", "a match that no officer requested"); "does not incur (in) the
    # prohibition" (a Romance idiom in translation) and "does not amount to a contravention" deny a breach
    a = analyze_text(
        "Sec. 4. No Borough officer shall obtain or use a gait recognition report.\n"
        "Sec. 5. A Borough officer who is handed a gait recognition report that neither the officer nor the "
        "Borough asked for or requested does not breach Sec. 4, if the officer files it with the Borough Clerk "
        "unread.\n")
    assert cited_categories(a) == [("5", "inadvertent-receipt")]
    b = analyze_text(
        "Article 3. The parish council shall not acquire images produced by iris recognition.\n"
        "Article 4. The parish officer who obtains such an image without having sought it does not incur in the "
        "prohibition of Article 3, provided that he destroys it within three days.\n")
    assert cited_categories(b) == [("Art. 4", "inadvertent-receipt")]
    c = analyze_text(
        "7. No officer of the Board shall use voice recognition software.\n"
        "8. Where a voice match produced by voice recognition software is sent to the Board by any person without "
        "having been sought, its mere receipt shall not amount to a contravention of these rules.\n")
    assert cited_categories(c) == [("8", "inadvertent-receipt")]


def test_a_phone_feature_set_off_by_commas_is_outside_the_definition(analyze_text):
    # "used only to open that phone for its holder" and "when used only to ..." are phrases inside the subject,
    # not clauses the definition's verb stands in
    a = analyze_text(
        "1. The Agency shall not use iris recognition technology.\n"
        "2. The iris-unlock feature of a handset issued by the Agency to a ranger, when used only to open that "
        "handset, is not iris recognition technology.\n"
        "3. An iris-unlock feature on a laptop assigned to an inspector, used only to open that laptop for that "
        "inspector, is not iris recognition technology.\n")
    assert cited_categories(a) == [("2", "personal-device"), ("3", "personal-device")]


def test_leave_for_what_the_law_otherwise_bars_and_a_noun_after_that_the(analyze_text):
    # "may impose a condition otherwise barred by Rule 3" is leave for the banned conduct whatever the verb;
    # "a tablet that the district lends to a pupil" closes its relative clause on "lends"
    a = analyze_text(
        "Section 3. The commission shall not require a licensee to submit to gait recognition.\n"
        "Section 4. The commission may impose a licence term otherwise barred by section 3 to the extent a "
        "federal statute compels that term.\n")
    assert cited_categories(a) == [("4", "legal-compliance")]
    b = analyze_text(
        "5.1 No school of the district shall use voice recognition technology.\n"
        "5.2 A tablet that the district lends to a pupil may use a built-in voice unlock feature that "
        "matches only that pupil.\n")
    assert cited_categories(b) == [("5.2", "personal-device")]


def test_conduct_another_law_requires_named_in_a_relative_clause(analyze_text):
    # "A disclosure which is required by a statute ... shall be carried out as that statute provides": what
    # another law requires, as "where a statute requires it"
    a = analyze_text(
        "Article 2. The municipal police shall not disclose plate data collected by automatic number plate "
        "readers.\n"
        "Article 3. A disclosure of plate data which is required by a statute of the Republic shall be carried "
        "out as that statute provides.\n")
    assert cited_categories(a) == [("Art. 3", "legal-compliance")]


def test_a_voting_bodys_resolution_is_a_vote_an_officials_is_an_approval(analyze_text):
    # whoever made the law, a board's or commission's resolution is its vote (a legislative route); a
    # minister's "resolution" (a Spanish resolución) is a decision, an administrative approval
    a = analyze_text(
        "Sec. 1. The Harbour Authority shall not operate a drone over a marina.\n"
        "Sec. 2. The Harbour Commission may, by resolution adopted at a public meeting, authorize a single drone "
        "survey of a marina.\n")
    assert cited_categories(a) == [("2", "legislative-authorization")]
    b = analyze_text(
        "Article 4. The regional police shall not use automatic number plate readers on municipal roads.\n"
        "Article 5. The Minister of Transport may authorize, by means of a resolution issued for each case, the "
        "use of automatic number plate readers at a toll gate.\n")
    assert cited_categories(b) == [("Art. 5", "administrative-approval")]


def test_the_sessions_new_readings_keep_to_their_shapes(analyze_text):
    # a passive "can" with its route or its actor is leave; a plural noun after "that the" is no verb; an
    # overseer's act on conduct "otherwise prohibited" is no leave; "incurs the requirement" is no breach
    a = analyze_text(
        "Sec. 2. No County agency shall use gait recognition.\n"
        "Sec. 3. Gait recognition can be used only under a warrant issued by a judge.\n"
        "Sec. 4. Gait recognition can be deployed by the fire service to find a missing hiker.\n")
    assert cited_categories(a) == [("3", "warrant"), ("4", "missing-persons")]
    b = analyze_text(
        "Sec. 2. No County agency shall use gait recognition.\n"
        "Sec. 3. Any gait recognition report that the county agencies may receive from a vendor shall be "
        "deleted within one day.\n"
        "Sec. 4. The County Auditor may investigate any use of gait recognition otherwise prohibited by Sec. 2.\n"
        "Sec. 5. An agency that receives a state grant for gait recognition incurs the requirement to report "
        "each use to the Board.\n")
    assert categories(b) == [] and len(b.prohibitions) == 1
