"""Every output format, as golden files for two corpus documents, plus what each format promises:
SARIF valid against the SARIF 2.1.0 schema, every HTML highlight holding its finding's text, the
text report at 80 columns without colour, parseable CSV, JUnit and GitHub annotations.

Regenerate the golden files after an intended change with ``REDLINE_UPDATE_GOLDEN=1 pytest
tests/test_reports.py`` and review the diff."""

from __future__ import annotations

import csv
import io
import json
import os
import re
from html.parser import HTMLParser
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest
from cli_helpers import run_cli
from conftest import DATA, ROOT

from redline_cli.report import FORMATS

DOCS = ("corpus/boston-16-62.txt", "corpus/sebastopol-8-80.txt")
GOLDEN = DATA / "golden"
SUFFIX = {"text": "txt", "json": "json", "jsonl": "jsonl", "csv": "csv", "markdown": "md", "html": "html",
          "sarif": "sarif", "junit": "xml", "github": "txt"}


@pytest.fixture()
def in_root(monkeypatch):
    monkeypatch.chdir(ROOT)


def report(capsys, fmt: str, *extra: str) -> str:
    code, out, err = run_cli(capsys, "analyze", *DOCS, "-f", fmt, "--fail-on", "high", *extra)
    assert code == 1, err  # both documents have a high finding
    return out


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_golden_output(capsys, in_root, fmt):
    out = report(capsys, fmt)
    golden = GOLDEN / f"two-documents.{fmt}.{SUFFIX[fmt]}"
    if os.environ.get("REDLINE_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(out, encoding="utf-8")
    assert golden.exists(), f"no golden file {golden.name}: run with REDLINE_UPDATE_GOLDEN=1"
    assert out == golden.read_text(encoding="utf-8")


def test_sarif_is_valid_sarif_210(capsys, in_root):
    schema = json.loads((DATA / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    log = json.loads(report(capsys, "sarif"))
    jsonschema.Draft4Validator(schema).validate(log)
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert all(r["help"]["text"] and r["fullDescription"]["text"] for r in run["tool"]["driver"]["rules"])
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        assert result["partialFingerprints"]["redlineFinding/v1"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["startLine"] >= 1
    exemption = next(r for r in run["results"] if r["ruleId"] == "exemption.criminal-investigation")
    assert exemption["locations"][0]["physicalLocation"]["region"]["startLine"] == 23  # the line in boston-16-62.txt


SARIF_SCHEMA = DATA / "schemas" / "sarif-schema-2.1.0.json"


def sarif_results(capsys, *args: str) -> list[dict]:
    code, out, err = run_cli(capsys, "analyze", *args, "-f", "sarif", "--fail-on", "never")
    assert code == 0, err
    log = json.loads(out)
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    return log["runs"][0]["results"]


def test_sarif_alerts_only_on_loopholes_and_shows_the_ban_when_asked(capsys, in_root):
    """Prohibitions are not alerts: left out, and with --min-severity info results of kind
    "informational", level "none" (issue 12, item 13)."""
    results = sarif_results(capsys, *DOCS)
    kinds = {r["properties"]["kind"] for r in results}
    assert kinds == {"exemption", "gap"} and all(r.get("kind", "fail") == "fail" for r in results)
    assert all(r["level"] in ("error", "warning", "note") for r in results)
    asked = sarif_results(capsys, *DOCS, "--min-severity", "info")
    bans = [r for r in asked if r["properties"]["kind"] == "prohibition"]
    assert len(bans) == 8 and all(r["kind"] == "informational" and r["level"] == "none" for r in bans)
    assert len(asked) == len(results) + len(bans)


def test_sarif_information_uri_is_the_projects_documentation(capsys, in_root, monkeypatch):
    from importlib import metadata

    from redline_cli.report import sarif

    _, out, _ = run_cli(capsys, "analyze", DOCS[0], "-f", "sarif", "--fail-on", "never")
    assert "example.invalid" not in out  # no made-up address: the package declares none here

    class Meta:
        def get_all(self, key):
            return {"Project-URL": ["Source, https://git.example.org/redline",
                                   "Documentation, https://git.example.org/redline#readme"]}.get(key)

    monkeypatch.setattr(metadata, "metadata", lambda name: Meta())
    sarif.information_uri.cache_clear()
    try:
        _, out, _ = run_cli(capsys, "analyze", DOCS[0], "-f", "sarif", "--fail-on", "never")
        assert json.loads(out)["runs"][0]["tool"]["driver"]["informationUri"] == "https://git.example.org/redline#readme"
    finally:
        sarif.information_uri.cache_clear()


def test_sarif_paths_are_normalized_uris(capsys, tmp_path, monkeypatch):
    from redline_cli.report.sarif import artifact_uri

    drafts = tmp_path / "drafts"
    drafts.mkdir()
    bill = drafts / "bill #2 (draft).txt"
    bill.write_bytes((ROOT / DOCS[0]).read_bytes())
    monkeypatch.chdir(tmp_path)
    for spelled in ("./drafts/../drafts/bill #2 (draft).txt", str(bill)):
        results = sarif_results(capsys, spelled)
        uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
        assert uris == {"drafts/bill%20%232%20%28draft%29.txt"}
    assert artifact_uri("/srv/laws/a b.txt", cwd="/home/ci") == "file:///srv/laws/a%20b.txt"
    assert artifact_uri("<stdin>") == "stdin" and artifact_uri("../x/./y.txt") == "../x/y.txt"


def _bill_with_margin_numbers(path: Path) -> Path:
    """Boston's ordinance as a bill pasted with its margin line numbers, under a two-line caption:
    the printed numbers are three less than the file's lines."""
    body = (ROOT / DOCS[0]).read_text(encoding="utf-8").split("\n\n", 1)[1]
    lines = [line for line in body.splitlines() if line.strip()]
    path.write_text("CITY OF BOSTON\nDOCKET #0683\n\n" + "\n".join(f"{i:>3}  {line}" for i, line in
                                                                 enumerate(lines, 1)) + "\n", encoding="utf-8")
    return path


def test_sarif_start_line_is_the_line_its_message_names(capsys, in_root, tmp_path):
    bill = _bill_with_margin_numbers(tmp_path / "bill.txt")
    pdf = "corpus/variants/boston-16-62.bill.pdf"
    for path in (DOCS[0], str(bill), pdf):
        results = sarif_results(capsys, path, "--min-severity", "info")
        placed = [r for r in results if "properties" in r and "page" in r["properties"]]
        assert placed
        for r in placed:
            region = r["locations"][0]["physicalLocation"]["region"]
            named = re.search(r", (?:page (\d+) )?line (\d+)", r["message"]["text"])
            assert named and int(named.group(2)) == region["startLine"], (path, r["message"]["text"], region)
            if path == pdf:
                assert int(named.group(1)) == r["properties"]["page"]
    exemption = next(r for r in sarif_results(capsys, str(bill)) if r["ruleId"] == "exemption.criminal-investigation")
    assert exemption["locations"][0]["physicalLocation"]["region"]["startLine"] == 20
    lines = bill.read_text(encoding="utf-8").splitlines()
    assert lines[19].startswith(" 17  (a) Using evidence")  # file line 20, printed 17
    assert "line 20; printed line 17" in exemption["message"]["text"]


class _Marks(HTMLParser):
    """Collects the text inside every element carrying ``data-f``."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str | None] = []
        self.text: dict[str, list[str]] = {}
        self.ids: set[str] = set()
        self.links: set[str] = set()
        self.external: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "link", "img") or (tag == "a" and not a.get("href", "#").startswith("#")):
            self.external.append(tag)
        if tag == "a" and a.get("href", "").startswith("#"):
            self.links.add(a["href"][1:])
        if a.get("id"):
            self.ids.add(a["id"])
        self.stack.append(a.get("data-f"))

    def handle_endtag(self, tag):
        self.stack.pop()

    def handle_data(self, data):
        for key in {k for k in self.stack if k}:
            self.text.setdefault(key, []).append(data)


def test_html_highlights_hold_their_findings(capsys, in_root):
    out = report(capsys, "html")
    parser = _Marks()
    parser.feed(out)
    assert parser.external == []  # self-contained: no scripts, stylesheets, images or outside links
    findings = [f for d in json.loads(report(capsys, "json"))["documents"] for f in d["findings"] if f["location"]]
    assert len(parser.text) == len(findings)
    highlights = {" ".join("".join(parts).split()) for parts in parser.text.values()}
    for f in findings:
        assert " ".join(f["quote"].split()) in highlights, f["rule_id"]
    assert parser.links <= parser.ids  # every side-panel link lands on a highlight


def test_text_report_fits_80_columns(capsys, in_root):
    from redline_cli.api import analyze
    from redline_cli.report.text import render

    buffer = io.StringIO()
    render([analyze(p) for p in DOCS], buffer, width=80, color=False)
    lines = buffer.getvalue().splitlines()
    assert max(len(line) for line in lines) <= 80
    assert "\x1b[" not in buffer.getvalue()


def test_csv_has_stable_columns(capsys, in_root):
    rows = list(csv.DictReader(io.StringIO(report(capsys, "csv"))))
    from redline_cli.report.csv_report import COLUMNS

    assert tuple(rows[0]) == COLUMNS
    assert {r["path"] for r in rows} == set(DOCS)
    assert any(r["rule_id"] == "exemption.inadvertent-receipt" and r["qualifiers"] == "not-generated-by-city;logging"
               for r in rows)


def test_junit_has_a_case_per_document_and_gate(capsys, in_root):
    root = ET.fromstring(report(capsys, "junit", "--max-score", "90"))
    cases = root.findall(".//testcase")
    assert len(cases) == 4
    assert root.get("failures") == "1"  # boston's high findings; neither score is above 90
    assert {c.get("classname") for c in cases} == {"redline.fail-on", "redline.max-score"}


def test_github_annotations(capsys, in_root):
    lines = report(capsys, "github").splitlines()
    pattern = re.compile(r"^::(error|warning|notice) file=[^,]+(,line=\d+,endLine=\d+)?,title=[^:]+::.+$")
    assert lines and all(pattern.match(line) for line in lines), lines
    assert "::error file=corpus/boston-16-62.txt,line=23,endLine=23,title=exemption.criminal-investigation::" in \
        "\n".join(lines)


def test_github_is_the_default_in_github_actions(capsys, in_root, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = run_cli(capsys, "analyze", DOCS[0], "--fail-on", "never")
    assert out.startswith("::")


def test_markdown_is_a_pull_request_comment(capsys, in_root):
    """The gate's result first, then per document: prohibitions, exemptions with their qualifiers and
    citations, gaps and the score table (issue 12, item 12); the coverage checklist folded last."""
    out = report(capsys, "markdown")
    lines = out.splitlines()
    first = next(line for line in lines[1:] if line.strip())
    assert first.startswith("❌ **CI gate failed** (`--fail-on high`) for 1 of 2 documents")
    assert "- `corpus/boston-16-62.txt`: high finding exemption.criminal-investigation at 16-62(B)(2)(a)" in out
    boston, sebastopol = out.split("### `corpus/")[1:]
    order = [boston.index(h) for h in ("Loophole score 35/100", "#### Prohibitions (3)", "#### Exemptions (1)",
                                       "#### Gaps (2)", "#### Score", "<details><summary>Coverage")]
    assert order == sorted(order)
    assert "| category | severity | qualifiers | citation | text |" in boston
    assert "| criminal-investigation | high | specific-crime | 16-62(B)(2)(a) (p1:23) | Using evidence" in boston
    assert "- 16-62(B)(1) (p1:14): ban; acts: obtain, retain, possess, access, use." in boston
    assert "| +16.8 | criminal-investigation exemption" in boston and "| **35** | total" in boston
    assert "❌ donations, gifts and free trials" in boston and "✅ donations, gifts and free trials" in sebastopol
    assert "· ✅ gate passed" in sebastopol and "#### Gaps" not in sebastopol
    _, out, _ = run_cli(capsys, "analyze", *DOCS, "-f", "markdown", "--fail-on", "never")
    assert "gate" not in out.lower()  # no gate asked for: none reported


def test_markdown_gate_passes_first_too(capsys, in_root):
    _, out, _ = run_cli(capsys, "analyze", DOCS[1], "-f", "markdown", "--fail-on", "high", "--max-score", "40")
    assert out.splitlines()[2] == "✅ **CI gate passed** (`--fail-on high`, `--max-score 40`) for 1 document."


def test_output_file_is_atomic_and_complete(capsys, in_root, tmp_path):
    target = Path(tmp_path) / "report.sarif"
    code, out, _ = run_cli(capsys, "analyze", *DOCS, "-f", "sarif", "--fail-on", "never", "-o", target)
    assert code == 0 and out == ""
    json.loads(target.read_text(encoding="utf-8"))
    assert [p.name for p in Path(tmp_path).iterdir()] == ["report.sarif"]


def test_text_coverage_names_the_missing_core_acts(analyze_text):
    from redline_cli.report.text import render

    buffer = io.StringIO()
    render([analyze_text("It shall be unlawful for the City to use face recognition technology.")], buffer, width=100,
           color=False)
    assert re.search(r"✗ +acts +use \(missing obtain, retain, access\)", buffer.getvalue())


def test_markdown_shows_html_in_quoted_law_text_instead_of_rendering_it(analyze_text):
    """A law quoted in a pull-request comment: '<b>' and '&' in its words are text, not markup."""
    from redline_cli.report.markdown import render

    law = ("Sec. 1. Ban.\n(a) No City department shall obtain, retain, access or use face recognition technology.\n"
           "Sec. 2. Exceptions.\n(a) Nothing in Section 1 shall prohibit the <b>Police & Fire</b> Department from "
           "using face recognition technology in connection with a criminal investigation.\n")
    analysis = analyze_text(law)
    exemption, = analysis.exemptions
    assert "<b>Police & Fire</b>" in exemption.quote
    buffer = io.StringIO()
    render([analysis], buffer)
    out = buffer.getvalue()
    assert "&lt;b&gt;Police &amp; Fire&lt;/b&gt;" in out
    assert "<b>" not in out and "</b>" not in out
