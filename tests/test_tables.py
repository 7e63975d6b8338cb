"""Plain-text tables: where a table set in columns starts and ends (redline_cli.columns), and how the
analysis reads tables of permitted uses (redline_cli.analysis.tables)."""

from __future__ import annotations

from redline_cli import columns
from redline_cli.ingest import load_bytes

HEADER = "REF   PERMITTED FLIGHT               SIGNED OFF BY"
RULE = "---   ----------------------------   ---------------"
ROW = "F1    Bridge inspection over the     Harbor Engineer"
WRAP = "      north channel"


def test_a_column_table_ends_at_a_closing_rule_and_the_scan_goes_on_past_it():
    lines = [HEADER, RULE, ROW, WRAP, RULE, "", "A later paragraph."]
    found = columns.blocks(lines)
    assert [(b.header, b.rule, b.end) for b in found] == [(0, 1, 4)]


def test_a_page_number_or_a_short_line_at_the_margin_after_a_table_is_no_row():
    assert [b.end for b in columns.blocks([HEADER, RULE, ROW, WRAP, "", "4"])] == [4]
    assert [b.end for b in columns.blocks([HEADER, RULE, ROW, "", "Approved:"])] == [3]


def test_two_blank_lines_end_a_table_and_prose_that_crosses_a_column_is_no_row():
    prose = "In no case shall a deputy keep such data longer than thirty days."
    assert [b.end for b in columns.blocks([HEADER, RULE, ROW, "", "", "F2    Late row        Engineer"])] == [3]
    assert [b.end for b in columns.blocks([HEADER, RULE, ROW, "", prose])] == [3]


def test_a_rule_under_no_header_makes_no_table():
    assert columns.blocks(["", RULE, ROW]) == []
    assert columns.blocks([RULE, ROW]) == []


def test_the_text_after_a_column_table_is_a_sentence_of_its_own(analyze_text):
    """The prose line right after the last row is no part of that row: its ban is read."""
    analysis = analyze_text(
        "2. A deputy may fly a drone for the following missions only:\n\n"
        "LINE  AUTHORIZED USE                 APPROVED BY\n"
        "----  -----------------------------  -----------\n"
        "V-1   Search for a missing child     Sergeant\n"
        "Any other use of a drone is prohibited.\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [("2", "missing-persons")]
    assert any("Any other use" in p.quote for p in analysis.prohibitions)


def test_a_grid_row_runs_to_the_border_under_it_whatever_its_first_cell(analyze_text):
    analysis = analyze_text(
        "1. No deputy shall fly a drone over a home.\n\n2. PERMITTED USES\n\n"
        "+------+--------------------------------------+\n"
        "| Ref  | Permitted use                        |\n"
        "+------+--------------------------------------+\n"
        "| D-1  | Search for a missing hiker           |\n"
        "| (all | areas of the county)                 |\n"
        "+------+--------------------------------------+\n")
    assert [(f.location.citation, f.category) for f in analysis.exemptions] == [("2", "missing-persons")]


def test_a_table_whose_title_forbids_lists_no_permitted_use(analyze_text):
    """"TABLE 3 - PROHIBITED USES" over a header "Legal authority" (a word that permits): the title
    says what the rows are."""
    analysis = analyze_text(
        "1. Deputies may fly drones only as this order permits.\n\nTABLE 3 - PROHIBITED USES\n\n"
        "| Use | Legal authority |\n"
        "| Watching a lawful protest | First Amendment |\n"
        "| Carrying a weapon | State law |\n")
    assert analysis.exemptions == []


def test_a_table_typed_with_tabs_keeps_its_columns():
    text = ("REF\tPERMITTED FLIGHT\tSIGNED OFF BY\n---\t----------------\t-------------\n"
            "F1\tBridge inspection\tEngineer\n")
    doc = load_bytes(text.encode("utf-8"), "memo.txt", use_cache=False)
    assert doc.text.split("\n")[2] == "F1      Bridge inspection       Engineer"
