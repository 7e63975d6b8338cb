"""``redline compare`` (the feature matrix) and ``redline diff`` (what a new draft changed), and the
Python API that returns the same data classes."""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from pathlib import Path

import yaml
from cli_helpers import run_cli
from conftest import CORPUS, DATA
from hypothesis import given, settings
from hypothesis import strategies as st

from redline_cli import compare, diff

DRAFTS = DATA / "drafts"
V1, V2 = DRAFTS / "draft-v1.txt", DRAFTS / "draft-v2.txt"


def test_diff_reports_exactly_the_four_changes():
    report = diff(V1, V2)
    kinds = sorted(c.kind for c in report.changes)
    assert kinds == ["acts-dropped", "exemption-added", "exemption-widened"]
    widened = next(c for c in report.changes if c.kind == "exemption-widened")
    assert widened.details["lost"] == ["specific-crime"] and widened.new.category == "criminal-investigation"
    assert "not-generated-by-city" in widened.new.qualifiers  # the provenance proviso stayed
    added = next(c for c in report.changes if c.kind == "exemption-added")
    assert added.new.category == "imminent-threat" and added.new.citation == "4(c)"
    assert next(c for c in report.changes if c.kind == "acts-dropped").details["acts"] == ["retain"]
    # Renumbering pairs provisions by content: nothing else changed.
    assert ("3(a)", "4(a)") in report.moved and ("2(a)", "3(a)") in report.moved
    assert report.score_after > report.score_before
    assert report.worsens


def test_diff_of_a_draft_with_itself_is_empty():
    report = diff(V2, V2)
    assert report.changes == [] and report.moved == [] and not report.worsens


def test_diff_cli_fail_on_new_and_formats(capsys):
    code, out, _ = run_cli(capsys, "diff", V1, V2)
    assert code == 0 and "exemption-added" in out and "loophole score" in out
    code, _, _ = run_cli(capsys, "diff", V1, V2, "--fail-on-new")
    assert code == 1
    code, _, _ = run_cli(capsys, "diff", V2, V1, "--fail-on-new")  # going back narrows: no new loophole
    assert code == 0
    code, out, _ = run_cli(capsys, "diff", V1, V2, "-f", "json")
    data = json.loads(out)["diff"]
    assert data["worsens"] and {c["kind"] for c in data["changes"]} == {"exemption-added", "exemption-widened",
                                                                       "acts-dropped"}
    _, out, _ = run_cli(capsys, "diff", V1, V2, "-f", "github")
    assert out.splitlines()[1].startswith(f"::error file={V2},line=")
    code, out, _ = run_cli(capsys, "diff", V1, V2, "-f", "markdown")
    assert "| :x: | exemption-added |" in out
    code, _, err = run_cli(capsys, "diff", V1, DRAFTS / "missing.txt")
    assert code == 3 and "no such file" in err


def test_diff_across_formats_pdf_against_text(generated_pdfs):
    """Drafts in different formats (the old one printed as a bill, the new one as text)."""
    pdf = generated_pdfs[("boston-16-62", "bill")]
    report = diff(pdf, CORPUS / "boston-16-62.txt")
    assert report.changes == []


def test_compare_cells_agree_with_the_analysis_and_the_gold_files():
    """compare shows what analyze found (every cell), and that agrees with the gold files: every
    exemption count of the ten face-recognition texts, and nine coverage cells in ten or more."""
    from redline_cli import analyze

    texts = sorted(CORPUS.glob("*.txt"))
    matrix = compare(texts)
    assert [r.score for r in matrix.rows if r.score is not None] == sorted(
        r.score for r in matrix.rows if r.score is not None)
    agree = total = 0
    for row in matrix.rows:
        analysis = analyze(row.path)
        found = {}
        for f in analysis.exemptions:
            found[f.category] = found.get(f.category, 0) + 1
        assert {c: cell.count for c, cell in row.exemptions.items() if cell.count} == found, row.path
        gold = yaml.safe_load((CORPUS / (row.path.rsplit("/", 1)[-1][:-4] + ".gold.yaml")).read_text())
        for key, value in (gold.get("coverage") or {}).items():
            got = row.coverage[key]
            total += 1
            agree += (sorted(got) if isinstance(got, list) else got) == (sorted(value) if isinstance(value, list)
                                                                         else value)
    assert agree / total >= 0.9, (agree, total)


def test_compare_cli_formats(capsys, tmp_path):
    docs = [CORPUS / "boston-16-62.txt", CORPUS / "sebastopol-8-80.txt", CORPUS / "california-pc-832-19.txt"]
    code, out, _ = run_cli(capsys, "compare", *docs, "-f", "csv", "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [r["path"].rsplit("/", 1)[-1] for r in rows] == [
        "sebastopol-8-80.txt", "boston-16-62.txt", "california-pc-832-19.txt"]  # by score, unscored last
    assert rows[1]["criminal-investigation"] == "1" and rows[2]["status"] == "no-prohibition"
    assert rows[1]["criminal-investigation citations"] == "16-62(B)(2)(a)"
    assert rows[1]["criminal-investigation qualifiers"] == "specific-crime"
    code, out, _ = run_cli(capsys, "compare", *docs, "-f", "json", "--sort", "path")
    matrix = json.loads(out)["matrix"]
    assert [r["path"] for r in matrix["rows"]] == sorted(str(d) for d in docs)
    code, out, _ = run_cli(capsys, "compare", *docs, "-f", "text", "--width", "80")
    assert code == 0 and max(len(line) for line in out.splitlines()) <= 80 and "Qualifiers:" in out
    code, out, _ = run_cli(capsys, "compare", *docs, "-f", "html")
    assert out.startswith("<!DOCTYPE html>") and "<script" not in out and "background:rgb(" in out
    code, out, _ = run_cli(capsys, "compare", *docs, "-f", "markdown")
    assert out.startswith("| document | score |")


# A short ordinance in the style of tests/data/drafts, with the binding actor and the one exemption
# left open so successive drafts differ in exactly that.
DRAFT = """AN ORDINANCE PROHIBITING FACE RECOGNITION TECHNOLOGY

Sec. 1. Definitions.
(a) "Face recognition technology" means any automated process that uses the characteristics of a person's face to \
identify that person.

Sec. 2. Prohibition.
(a) {actor} shall not obtain, retain, possess, access, or use face recognition technology, or any information \
derived from face recognition technology.

Sec. 3. Exceptions.
Nothing in Section 2 shall be construed to prohibit:
(a) {exemption}

Sec. 4. Enforcement.
Any person injured by a violation of this ordinance may bring an action for injunctive relief in the Circuit Court.
"""
EVIDENCE = ("the use by the City of automated software to review recorded video in connection with a criminal "
            "investigation, provided that the software is not used to identify any person.")
REDACTION = ("the use by the City of automated software to redact recorded video in response to a public records "
             "request, provided that the software is not used to identify any person.")


def test_diff_a_ban_widened_from_the_police_to_all_government_loses_nothing(analyze_text):
    from redline_cli.draft_diff import diff as run_diff

    old = analyze_text(DRAFT.format(actor="No law enforcement agency", exemption=EVIDENCE))
    new = analyze_text(DRAFT.format(actor="No City department", exemption=EVIDENCE))
    assert old.coverage.actors == ["law-enforcement-only"] and new.coverage.actors == ["all-government"]
    report = run_diff(old, new)
    assert [c.kind for c in report.changes] == ["coverage-gained"] and not report.worsens
    back = run_diff(new, old)  # narrowing the ban back to the police is a loss
    assert any(c.kind == "coverage-lost" for c in back.changes) and back.worsens


def test_diff_a_recategorized_exemption_worsens_only_when_its_category_weighs_more(analyze_text, context):
    from redline_cli.draft_diff import diff as run_diff

    evidence = analyze_text(DRAFT.format(actor="No City department", exemption=EVIDENCE))
    redaction = analyze_text(DRAFT.format(actor="No City department", exemption=REDACTION))
    narrower = run_diff(evidence, redaction, context.scoring)
    change, = [c for c in narrower.changes if c.kind == "category-changed"]
    assert (change.details["old"], change.details["new"]) == ("criminal-investigation", "redaction")
    assert change.details["new_weight"] < change.details["old_weight"]
    assert not change.worsens and change.severity == "info" and not narrower.worsens
    wider = run_diff(redaction, evidence, context.scoring)
    change, = [c for c in wider.changes if c.kind == "category-changed"]
    assert change.worsens and wider.worsens


def test_diff_cli_fail_on_new_passes_a_narrower_draft(capsys, tmp_path):
    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(DRAFT.format(actor="No law enforcement agency", exemption=EVIDENCE))
    new.write_text(DRAFT.format(actor="No City department", exemption=REDACTION))
    code, out, _ = run_cli(capsys, "diff", old, new, "--fail-on-new")
    assert code == 0 and "category-changed" in out and "coverage-lost" not in out
    code, _, _ = run_cli(capsys, "diff", new, old, "--fail-on-new")
    assert code == 1


def test_text_reports_show_paths_with_brackets_as_they_are(capsys, tmp_path, monkeypatch):
    """Rich markup in a file name is text: '[draft].txt' keeps its brackets and '[/b]' is no closing tag."""
    text = (CORPUS / "boston-16-62.txt").read_text(encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    Path("a[/b]").mkdir(parents=True)
    Path("c").mkdir()
    draft, tricky, plain = "[draft].txt", "a[/b]/le.txt", "c/le.txt"  # the same name twice: paths are shown
    for path in (draft, tricky, plain):
        Path(path).write_text(text, encoding="utf-8")
    code, out, err = run_cli(capsys, "compare", draft)
    assert code == 0 and "[draft].txt" in out
    code, out, err = run_cli(capsys, "compare", tricky, plain)
    assert code == 0 and "Traceback" not in err and "MarkupError" not in err
    assert tricky in out and plain in out
    code, out, err = run_cli(capsys, "analyze", draft, tricky, "--fail-on", "never")
    assert code == 0 and draft in out and tricky in out


def test_compare_reverse_keeps_unscored_documents_last(capsys):
    docs = [CORPUS / "boston-16-62.txt", CORPUS / "california-pc-832-19.txt", CORPUS / "sebastopol-8-80.txt"]
    for sort in ("score", "grade"):
        code, out, _ = run_cli(capsys, "compare", *docs, "-f", "csv", "--sort", sort, "--reverse")
        rows = list(csv.DictReader(io.StringIO(out)))
        assert code == 0 and [Path(r["path"]).name for r in rows] == [
            "boston-16-62.txt", "sebastopol-8-80.txt", "california-pc-832-19.txt"]  # worst first, unscored last
        assert rows[-1]["status"] == "no-prohibition" and rows[-1]["score"] == ""


def test_diff_defaults_to_annotations_in_github_actions(capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = run_cli(capsys, "diff", V1, V2)
    assert code == 0 and out.startswith("::") and out.splitlines()[-1].startswith("::notice")


def test_compare_and_analyze_name_the_directory_with_no_documents(capsys, tmp_path):
    """A directory that yields nothing is an input error, like a missing file: one stderr line naming
    it, an error record, exit 3; alone or beside other inputs, which are still processed."""
    empty = tmp_path / "drafts"
    empty.mkdir()
    (empty / "notes.odt").write_bytes(b"PK")
    line = f"redline: {empty}: no documents (PDF, text, Markdown, DOCX or HTML) found in this directory"
    for command in ("compare", "analyze"):
        code, out, err = run_cli(capsys, command, empty, "-f", "csv")
        assert code == 3 and err.strip() == line
        assert [r["path"] for r in csv.DictReader(io.StringIO(out))] == [str(empty)]
        code, out, err = run_cli(capsys, command, empty, CORPUS / "sebastopol-8-80.txt", "-f", "csv", "--jobs", "1")
        assert code == 3 and err.strip() == line
        rows = list(csv.DictReader(io.StringIO(out)))
        assert {r["path"]: r["status"] for r in rows} == {str(empty): "error",
                                                          str(CORPUS / "sebastopol-8-80.txt"): "ok"}
    code, out, err = run_cli(capsys, "analyze", CORPUS / "sebastopol-8-80.txt", empty, "-q", "-f", "json")
    assert code == 3 and err.strip() == line  # --quiet hides progress, never an input error
    assert [d["status"] for d in json.loads(out)["documents"]] == ["ok", "error"]
    code, _, err = run_cli(capsys, "compare", empty, "--glob", "*.pdf")
    assert code == 3
    assert err.strip() == f"redline: {empty}: no documents matching --glob '*.pdf' found in this directory"


def test_glob_picks_only_among_documents(capsys, tmp_path):
    """--glob 'boston*' in a corpus folder must not analyze boston.gold.yaml as a law."""
    folder = tmp_path / "laws"
    folder.mkdir()
    (folder / "boston-16-62.txt").write_bytes((CORPUS / "boston-16-62.txt").read_bytes())
    (folder / "boston-16-62.gold.yaml").write_bytes((CORPUS / "boston-16-62.gold.yaml").read_bytes())
    (folder / "boston-notes.odt").write_bytes(b"PK")
    code, out, err = run_cli(capsys, "analyze", folder, "--glob", "boston*", "-f", "json", "--fail-on", "never")
    assert code == 0, err
    assert [d["path"] for d in json.loads(out)["documents"]] == [str(folder / "boston-16-62.txt")]
    code, out, err = run_cli(capsys, "compare", folder, "--glob", "*.yaml")
    assert code == 3 and "no documents matching --glob '*.yaml'" in err


def test_piped_text_of_compare_and_analyze_takes_its_width_from_columns(capsys, monkeypatch):
    """Piped or written to a file, both text reports are 80 columns wide, or $COLUMNS when it is set."""
    docs = [CORPUS / "boston-16-62.txt", CORPUS / "sebastopol-8-80.txt", CORPUS / "santa-cruz-9-85.txt"]

    def widest(*args: str) -> int:
        code, out, err = run_cli(capsys, *args)
        assert code in (0, 1), err
        return max(len(line) for line in out.splitlines())

    monkeypatch.delenv("COLUMNS", raising=False)
    assert 60 < widest("compare", *docs) <= 80
    assert 60 < widest("analyze", docs[0], "--fail-on", "never") <= 80
    monkeypatch.setenv("COLUMNS", "100")
    assert 80 < widest("compare", *docs) <= 100
    assert 80 < widest("analyze", docs[0], "--fail-on", "never") <= 100
    assert widest("compare", *docs, "--width", "70") <= 70  # --width wins


def test_github_annotations_of_coverage_changes_point_at_the_prohibition(capsys):
    """acts-dropped and coverage-lost have no finding: they are annotated on the new draft's prohibition line."""
    from redline_cli import analyze

    _, out, _ = run_cli(capsys, "diff", V1, V2, "-f", "github")
    ban = next(f for f in analyze(V2).prohibitions if f.location is not None)
    dropped = [line for line in out.splitlines() if "title=redline acts-dropped" in line]
    assert len(dropped) == 1 and f",line={ban.location.source_line}," in dropped[0]
    assert V2.read_text(encoding="utf-8").splitlines()[ban.location.source_line - 1].startswith(
        "(a) It shall be unlawful")



def test_github_annotation_of_coverage_lost_points_at_the_prohibition(capsys, tmp_path):
    """A draft whose ban no longer reaches derived information: coverage-lost, annotated on the ban's line."""
    from redline_cli import analyze

    text = V1.read_text(encoding="utf-8")
    derived = ", or any information derived from face recognition technology."
    assert text.count(derived) == 1
    new = tmp_path / "draft-v1b.txt"
    new.write_text(text.replace(derived, "."), encoding="utf-8")
    code, out, _ = run_cli(capsys, "diff", V1, new, "-f", "github", "--fail-on-new")
    lost = [line for line in out.splitlines() if "title=redline coverage-lost" in line]
    ban = next(f for f in analyze(new).prohibitions if f.location is not None)
    assert code == 1 and lost and all(f",line={ban.location.source_line}," in line for line in lost)
    assert any("derived-information no longer covered" in line for line in lost)


# ---------------------------------------------------------------------------- issue 12, item 14
def _corpus_texts() -> list[Path]:
    return sorted(CORPUS.glob("*.txt"))


def test_compare_piped_at_80_columns_is_one_table_with_every_document(capsys, monkeypatch):
    """Seventeen laws piped at 80 columns: one table, a row per document (its name broken only at
    its hyphens), its exemptions one category a line and its gaps one a line; not pages of columns."""
    monkeypatch.delenv("COLUMNS", raising=False)
    texts = _corpus_texts()
    code, out, _ = run_cli(capsys, "compare", *texts, "--jobs", "1")
    assert code == 0
    lines = out.splitlines()
    assert max(len(line) for line in lines) <= 80
    assert out.count("redline compare: 17 documents") == 1 and "part 2" not in out
    header = next(i for i, line in enumerate(lines) if line.lstrip().startswith("document") and "score" in line)
    assert lines[header].split() == ["document", "score", "exemptions", "gaps"]
    score_at = lines[header].index("score")
    names, blocks, block = [], [], []
    for line in lines[header + 2:]:
        if not line.strip():
            if block:
                blocks.append(block)
            block = []
            if blocks and len(blocks) == len(texts):
                break
            continue
        block.append(line)
    for block in blocks:
        name = ""
        for line in block:
            name += line[:score_at].strip()
            if name.endswith(".txt"):
                break
        names.append(name)
    assert sorted(names) == sorted(p.name for p in texts)
    boston = "\n".join(next(b for b, n in zip(blocks, names, strict=True) if n == "boston-16-62.txt"))
    assert "35 C" in boston and "crim. investigation 1" in boston
    assert "no donations" in boston and "no enforcement" in boston
    # wide enough for the whole matrix: one table with a column per category and coverage field
    _, wide, _ = run_cli(capsys, "compare", CORPUS / "boston-16-62.txt", CORPUS / "sebastopol-8-80.txt",
                         "--width", "250")
    assert "crim. investigation" in wide and "3rd parties" in wide and wide.count("redline compare:") == 1


def test_compare_csv_counts_are_numbers_a_spreadsheet_can_sum(capsys):
    texts = _corpus_texts()
    code, out, _ = run_cli(capsys, "compare", *texts, "-f", "csv", "--jobs", "1")
    rows = list(csv.DictReader(io.StringIO(out)))
    matrix = compare(texts)
    from redline_cli.taxonomy import EXEMPTION_CATEGORIES

    assert code == 0 and len(rows) == len(texts)
    by_path = {r.path: r for r in matrix.rows}
    for row in rows:
        counts = {cat: int(row[cat]) for cat in EXEMPTION_CATEGORIES}  # every count cell is a number
        assert sum(counts.values()) == int(row["exemptions"])
        expected = by_path[row["path"]]
        for cat, count in counts.items():
            cell = expected.exemptions[cat]
            assert count == cell.count
            cited = row[f"{cat} citations"]
            assert (cited.split("; ") if cited else []) == [c or "—" for c in cell.citations]
            quals = row[f"{cat} qualifiers"]
            assert len(quals.split("; ")) == count if count else quals == ""
    assert sum(int(r["criminal-investigation"]) for r in rows) == sum(
        r.exemptions["criminal-investigation"].count for r in matrix.rows) >= 5


def _schema(name: str):
    import jsonschema

    from redline_cli import __file__ as package

    schema = json.loads((Path(package).parent / "schemas" / name).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_compare_json_follows_its_shipped_schema(capsys, tmp_path):
    validator = _schema("compare.schema.json")
    texts = [*_corpus_texts(), tmp_path / "missing.txt"]  # an unreadable input is a row too
    code, out, _ = run_cli(capsys, "compare", *texts, "-f", "json", "--jobs", "1")
    assert code == 3
    data = json.loads(out)
    validator.validate(data)
    statuses = {r["status"] for r in data["matrix"]["rows"]}
    assert statuses == {"ok", "no-prohibition", "error"}
    bad = json.loads(out)
    bad["matrix"]["rows"][0]["exemptions"]["warrant"]["count"] = "1"
    assert list(validator.iter_errors(bad))  # the schema holds counts to numbers


def test_diff_json_follows_its_shipped_schema(capsys, tmp_path):
    validator = _schema("diff.schema.json")
    kinds = set()
    for old, new in ((V1, V2), (V2, V1), (V1, V1)):
        _, out, _ = run_cli(capsys, "diff", old, new, "-f", "json")
        data = json.loads(out)
        validator.validate(data)
        kinds |= {c["kind"] for c in data["diff"]["changes"]}
    old, new = tmp_path / "v1.txt", tmp_path / "v2.txt"
    old.write_text(DRAFT.format(actor="No law enforcement agency", exemption=EVIDENCE))
    new.write_text(DRAFT.format(actor="No City department", exemption=REDACTION))
    for a, b in ((old, new), (new, old)):
        _, out, _ = run_cli(capsys, "diff", a, b, "-f", "json")
        validator.validate(json.loads(out))
        kinds |= {c["kind"] for c in json.loads(out)["diff"]["changes"]}
    assert {"exemption-added", "exemption-removed", "exemption-widened", "exemption-narrowed", "category-changed",
            "acts-dropped", "acts-added", "coverage-lost", "coverage-gained"} <= kinds


def test_diff_text_quotes_the_words_and_gives_the_points_each_change_moves(capsys):
    from redline_cli.report.diff import points

    code, out, _ = run_cli(capsys, "diff", V1, V2)
    assert code == 0
    assert "loophole score 21 -> 60 (+39)" in out
    added = out[out.index("exemption-added"):]
    assert "[+32 points]" in added.splitlines()[0]
    assert "added: “the use of face recognition technology by the Police Bureau in an emergency" in added
    widened = out[out.index("exemption-widened"):].splitlines()
    assert widened[0].endswith("[+4.68 points]")
    assert ("“relates to the investigation of a specific crime and that” -> "
            "“relates to any criminal investigation and that”") in widened[1]
    dropped = out[out.index("acts-dropped"):].splitlines()
    assert dropped[0].endswith("[+3 points]") and "lost: “retain” (2(a))" in dropped[1]
    # every point of the change in score is accounted for by one of the changes
    report = diff(V1, V2)
    moved = sum(points(report, c) for c in report.changes)
    raw = sum(c.points for c in report.new.score.contributions) - sum(c.points for c in report.old.score.contributions)
    assert abs(moved - raw) < 0.01


def test_diff_text_quotes_the_coverage_words_a_draft_lost(capsys, tmp_path):
    text = V1.read_text(encoding="utf-8")
    new = tmp_path / "draft-v1b.txt"
    new.write_text(text.replace(", or any information derived from face recognition technology.", "."),
                   encoding="utf-8")
    _, out, _ = run_cli(capsys, "diff", V1, new)
    lost = out[out.index("coverage-lost"):].splitlines()
    assert lost[0].endswith("[+10 points]")
    assert "lost: “information derived from face recognition technology” (2(a))" in lost[1]


def test_compare_html_heat_map_text_reads_on_every_shade():
    """The score cell's text stays at WCAG AA contrast on every shade of the heat map."""
    from test_html_report import contrast

    from redline_cli.matrix import ExemptionCell, Row
    from redline_cli.report.compare import _heat

    for score in [None, *range(0, 101)]:
        ground, ink = _heat(Row("x", "ok", score, None, {"other": ExemptionCell()}, {}))
        if ground.startswith("rgb("):
            ground = "#" + "".join(f"{int(v):02x}" for v in ground[4:-1].split(","))
        assert contrast(ink, ground) >= 4.5, (score, ground, ink)
# ----------------------------------------------------------------- diff: an added exemption is always added
# Exemptions a council adds to draft 1 of the Kestrel Bay bill (tests/data/drafts), in the words of
# the bans they are taken from; each must come out of `diff` as added, wherever it is put.
ADDED_EXEMPTIONS = [
    "the use of face recognition technology by the Police Bureau in an emergency that involves an imminent "
    "threat of death or serious bodily injury to any person",
    "the use of face recognition technology pursuant to a search warrant issued by a judge upon a finding of "
    "probable cause",
    "the use of face recognition technology to identify or locate a missing or endangered person",
    "the use of face recognition technology by the Police Bureau when the Chief of Police determines that the "
    "use is necessary to protect national security",
    "the use of face recognition technology to comply with a court order or with the requirements of federal "
    "or state law",
    "the acquisition or use of face recognition technology with the approval of the City Council by ordinance",
    "the use of face recognition technology by the Police Bureau to investigate any felony",
]
EXCEPTIONS_LIST = re.compile(r"Nothing in Section \d+ shall be construed to prohibit:\n((?:\([a-z]\) .*\n)+)")


def _with_item(text: str, sentence: str, index: int, ending: str) -> str:
    """``sentence`` as item ``index`` of the exceptions list, the items after it relettered; the item
    before it ends with ``ending`` (a draft may lose its "; or")."""
    m = EXCEPTIONS_LIST.search(text)
    items = [re.sub(r"^\([a-z]\) |(?:; or|;|\.)$", "", line) for line in m.group(1).splitlines()]
    items.insert(index, sentence)
    ends = [";"] * (len(items) - 2) + ["; or", "."]
    if index > 0:
        ends[index - 1] = ending
    listed = "".join(f"({chr(97 + k)}) {item}{end}\n" for k, (item, end) in enumerate(zip(items, ends, strict=True)))
    return text[:m.start(1)] + listed + text[m.end(1):]


def _with_subsection(text: str, sentence: str) -> str:
    m = re.search(r"Sec\. \d+\. Prohibition\.\n(?:\([a-z]\) .*\n)+", text)
    letter = chr(97 + m.group(0).count("\n("))
    return text[:m.end()] + f"({letter}) Subsection (a) does not apply to {sentence}.\n" + text[m.end():]


def _with_section(text: str, sentence: str) -> str:
    m = re.search(r"Sec\. (\d+)\. Enforcement\.", text)
    number = int(m.group(1))
    text = _renumbered(text, 1, start=number)
    return (text[:m.start()] + f"Sec. {number}. Additional exception.\nNothing in this ordinance shall prohibit "
            f"{sentence}.\n\n" + text[m.start():])


def _renumbered(text: str, offset: int, start: int = 1) -> str:
    """Sections from ``start`` on, and the references to them, renumbered by ``offset``."""
    def shift(m: re.Match) -> str:
        number = int(m.group(2))
        return f"{m.group(1)}{number + offset if number >= start else number}"

    return re.sub(r"\b(Sec\. |Section )(\d+)", shift, text)


def _rewrapped(text: str, width: int | None) -> str:
    if width is None:
        return text
    return "\n".join(textwrap.fill(line, width, break_on_hyphens=False) if line.strip() else line
                     for line in text.split("\n"))


def test_diff_an_item_that_joins_the_line_above_is_added(analyze_text, capsys, tmp_path):
    """The draft lost the "; or" after (a): the new (b) is a new exemption, not a change of (a)'s
    category (which lowered the score and passed --fail-on-new)."""
    from redline_cli.draft_diff import diff as run_diff

    before = V1.read_text(encoding="utf-8")
    after = _with_item(before, ADDED_EXEMPTIONS[1], 1, "")
    report = run_diff(analyze_text(before), analyze_text(after))
    added = [c for c in report.changes if c.kind == "exemption-added"]
    assert added and "search warrant" in added[0].new.quote and report.worsens
    assert not [c for c in report.changes if c.kind == "category-changed"]
    path = tmp_path / "draft-v2.txt"
    path.write_text(after, encoding="utf-8")
    code, out, _ = run_cli(capsys, "diff", V1, path, "--fail-on-new")
    assert code == 1 and "exemption-added" in out


def test_diff_reports_an_item_read_into_the_one_above_as_added(analyze_text, monkeypatch):
    """Should ingest read a new item into the one above it (as it did before it knew the next value
    of an open list opens an item), the diff still reports the joined item as an added exemption,
    and a draft whose two old items are read as one adds nothing."""
    from redline_cli import structure
    from redline_cli.draft_diff import absorbed
    from redline_cli.draft_diff import diff as run_diff

    text = V1.read_text(encoding="utf-8")
    before = analyze_text(text)
    monkeypatch.setattr(structure, "_next_in_list", lambda *_: False)
    after = analyze_text(_with_item(text, ADDED_EXEMPTIONS[1], 1, ""))
    old = next(f for f in before.exemptions if f.citation == "3(a)")
    new = next(f for f in after.exemptions if f.citation == "3(a)")
    assert "search warrant" in new.quote  # read together: what the guard is for
    assert "search warrant" in absorbed(old, new, before.exemptions) and absorbed(old, old) is None
    report = run_diff(before, after)
    assert [c.kind for c in report.changes] == ["exemption-added"] and report.worsens
    merged = analyze_text(text.replace("City official; or\n", "City official\n"))
    joined = next(f for f in merged.exemptions if f.citation == "3(a)")
    assert "unlocking" in joined.quote and absorbed(old, joined, before.exemptions) is None


PLACES = st.one_of(
    st.tuples(st.just("item"), st.integers(0, 2), st.sampled_from([";", "; or", "", " or", ","])),
    st.tuples(st.just("subsection")), st.tuples(st.just("section")))


@settings(max_examples=20, deadline=None, derandomize=True)
@given(sentence=st.sampled_from(ADDED_EXEMPTIONS), place=PLACES, width=st.one_of(st.none(), st.integers(30, 120)),
       offset=st.integers(0, 3))
def test_diff_property_an_added_exemption_is_added_and_trips_the_gate(analyze_text, sentence, place, width, offset):
    from redline_cli.draft_diff import diff as run_diff

    before = V1.read_text(encoding="utf-8")
    if place[0] == "item":
        after = _with_item(before, sentence, place[1], place[2])
    elif place[0] == "subsection":
        after = _with_subsection(before, sentence)
    else:
        after = _with_section(before, sentence)
    report = run_diff(analyze_text(before), analyze_text(_rewrapped(_renumbered(after, offset), width)))
    words = " ".join(sentence.split()[-4:])  # the end of the sentence: what sets it apart
    added = [c for c in report.changes if c.kind == "exemption-added"]
    assert any(words in " ".join(c.new.quote.split()) for c in added), [c.message for c in report.changes]
    assert report.worsens


@settings(max_examples=12, deadline=None, derandomize=True)
@given(width=st.one_of(st.none(), st.integers(30, 120)), offset=st.integers(0, 3))
def test_diff_property_rewrapping_and_renumbering_change_nothing(analyze_text, width, offset):
    from redline_cli.draft_diff import diff as run_diff

    before = V1.read_text(encoding="utf-8")
    report = run_diff(analyze_text(before), analyze_text(_rewrapped(_renumbered(before, offset), width)))
    assert report.changes == [] and not report.worsens
