"""CI gates and what keeps known findings out of them: --fail-on, --max-score, .redline-ignore.yaml
and baselines; one test per exit code."""

from __future__ import annotations

import json
import textwrap

import jsonschema
import pytest
from cli_helpers import run_cli
from conftest import CORPUS, DATA

BOSTON = CORPUS / "boston-16-62.txt"
SEBASTOPOL = CORPUS / "sebastopol-8-80.txt"


def ids(out: str) -> list[str]:
    return [f["rule_id"] for d in json.loads(out)["documents"] for f in d["findings"]]


@pytest.mark.parametrize(("args", "code"), [
    (["--fail-on", "never"], 0),  # 0: ran, no gate tripped
    ([], 1),  # 1: default --fail-on high trips on Boston's criminal-investigation exemption
    (["--fail-on", "critical"], 0),
    (["--fail-on", "medium", str(SEBASTOPOL)], 1),
    (["--fail-on", "never", "--max-score", "20"], 1),
    (["--fail-on", "never", "--max-score", "35"], 0),
    (["--fail-on", "sometimes"], 2),  # 2: usage error
    (["--fail-on", "never", "missing.txt"], 3),  # 3: an input could not be read
])
def test_exit_codes(capsys, args, code):
    got, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", *args)
    assert got == code, err
    assert "Traceback" not in err


def test_min_severity_never_changes_the_gate(capsys):
    code_all, _, _ = run_cli(capsys, "analyze", BOSTON, "-f", "text")
    code_filtered, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "text", "--min-severity", "critical")
    assert code_all == code_filtered == 1
    assert "criminal-investigation" not in out.split("Exemptions")[1].split("Coverage")[0]


def write(path, text: str):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def test_ignore_file_suppresses_with_a_reason(capsys, tmp_path):
    ignore = write(tmp_path / "ignore.yaml", """\
        ignore:
          - rule: exemption.criminal-investigation
            documents: "*boston-16-62.txt"
            citation: "16-62(B)(2)(a)"
            reason: Reviewed with the Law Department; the text after the cut adds a provenance proviso.
          - rule: gap.*
            reason: Boston's enforcement sections are outside this excerpt.
          - rule: exemption.national-security
            reason: A suppression that matches nothing is reported.
        """)
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--ignore-file", ignore)
    assert code == 0
    doc = json.loads(out)["documents"][0]
    assert [f["kind"] for f in doc["findings"]] == ["prohibition"] * 3
    assert {s["rule_id"] for s in doc["suppressed"]} == {"exemption.criminal-investigation",
                                                         "gap.no-enforcement", "gap.no-donation-coverage"}
    assert all(s["reason"] and s["by"] == "ignore-file" for s in doc["suppressed"])
    assert "exemption.national-security' matched no finding" in err
    assert f"{ignore}:8:" in err


def test_ignore_file_found_in_the_working_directory(capsys, tmp_path, monkeypatch):
    write(tmp_path / ".redline-ignore.yaml", """\
        ignore:
          - rule: "*"
            reason: everything, for this test
        """)
    monkeypatch.chdir(tmp_path)
    assert run_cli(capsys, "analyze", BOSTON, "-f", "json")[0] == 0
    assert run_cli(capsys, "analyze", BOSTON, "-f", "json", "--no-ignore-file")[0] == 1


@pytest.mark.parametrize(("entry", "message"), [
    ("  - rule: gap.*\n", "'reason' is required"),
    ("  - rule: gap.*\n    reason: ok\n    file: x\n", "unknown key 'file'"),
    ("  - gap.*\n", "each entry is a mapping"),
])
def test_ignore_file_errors_exit_2_with_a_position(capsys, tmp_path, entry, message):
    ignore = write(tmp_path / "ignore.yaml", "ignore:\n" + entry)
    code, _, err = run_cli(capsys, "analyze", BOSTON, "--ignore-file", ignore)
    assert code == 2
    assert message in err and f"{ignore}:" in err


def test_baseline_reports_only_new_findings(capsys, tmp_path):
    baseline = tmp_path / "baseline.json"
    code, _, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--write-baseline", baseline)
    assert code == 0 and json.loads(baseline.read_text())["format"] == "redline-baseline/1"
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--baseline", baseline)
    assert code == 0 and ids(out) == []
    # A new exemption in the next draft is reported; the old ones stay quiet.
    draft = tmp_path / "draft.txt"
    draft.write_text(BOSTON.read_text(encoding="utf-8") + "\n(b) Using face surveillance during a declared "
                     "emergency.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "analyze", draft, "-f", "json", "--baseline", baseline)
    assert code == 1 and ids(out) == ["exemption.imminent-threat"]


def test_fingerprints_survive_re_pagination(generated_pdfs, context):
    """The same law as text, as a bill with margin numbers and as two columns: same fingerprints."""
    from redline_cli.api import analyze_path

    prints = []
    for source in (CORPUS / "sebastopol-8-80.txt", generated_pdfs[("sebastopol-8-80", "bill")],
                   generated_pdfs[("sebastopol-8-80", "columns")]):
        analysis = analyze_path(source, context)
        prints.append({f.fingerprint for f in analysis.findings if f.kind == "exemption"})
    assert prints[0] and prints[0] == prints[1] == prints[2]


def test_min_severity_filters_every_format_but_never_the_gate(capsys):
    """Boston has a high exemption and a medium and a high gap: --min-severity critical hides them
    in json, jsonl and markdown alike, while --fail-on high still fails on them."""
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--min-severity", "critical")
    doc, = json.loads(out)["documents"]
    assert code == 1 and {f["kind"] for f in doc["findings"]} == {"prohibition"}  # what the law bans stays
    assert doc["gate"]["failed"] and any("exemption.criminal-investigation" in r for r in doc["gate"]["reasons"])
    assert doc["score"]["value"] == 35  # the score is the law's, whatever is shown
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "jsonl", "--min-severity", "high")
    assert code == 1 and {f["rule_id"] for f in json.loads(out)["findings"]} == {
        "role.prohibition.ban", "exemption.criminal-investigation", "gap.no-enforcement"}
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "markdown", "--min-severity", "critical")
    exemptions = out.split("#### Exemptions")[1].split("####")[0]
    assert code == 1 and exemptions.startswith(" (0)") and "criminal-investigation" not in exemptions
    gate = out.split("### ")[0]  # the gate's result comes first, with why it failed
    assert "#### Gaps" not in out and "CI gate failed" in gate
    assert "high finding exemption.criminal-investigation" in gate
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "junit", "--min-severity", "critical")
    assert code == 1 and 'failures="1"' in out and "exemption.criminal-investigation" in out  # the gate's view


@pytest.mark.parametrize("record", [{"fingerprint": [1]}, {"fingerprint": None}, {"rule_id": "gap.no-enforcement"},
                                    "3f2a9c"])
def test_a_malformed_baseline_is_a_config_error_naming_the_file(capsys, tmp_path, record):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps({"format": "redline-baseline/1", "findings": [{"fingerprint": "ok"}, record]}))
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--baseline", baseline)
    assert code == 2 and out == "" and "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert f"{baseline}: findings[1]: each finding needs a 'fingerprint' string" in err


def test_select_and_ignore_choose_what_is_reported_not_the_score(capsys):
    """Boston scores 35 on its criminal-investigation exemption and its gaps; hiding them changes the
    report and --fail-on, never the law's score or --max-score (as with suppressions)."""
    hide = ("--ignore", "exemption.*", "--ignore", "gap.*")
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", *hide, "--fail-on", "high")
    doc, = json.loads(out)["documents"]
    assert code == 0 and {f["kind"] for f in doc["findings"]} == {"prohibition"}  # --fail-on sees what is reported
    assert doc["score"]["value"] == 35 and doc["score"]["contributions"]
    code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", *hide, "--fail-on", "never", "--max-score", "20")
    assert code == 1 and "--max-score 20" in err
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--select", "exemption.*", "--fail-on", "never")
    assert json.loads(out)["documents"][0]["score"]["value"] == 35


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
def test_a_rule_glob_that_matches_no_rule_is_a_usage_error(capsys, flag):
    """A typo in CI config ('exemptoin.*') would hide every finding and turn --fail-on off without a word."""
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", flag, "exemption.*", flag, "exemptoin.*")
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.strip().splitlines() == [f"redline: {flag} 'exemptoin.*' matches no rule in the loaded pack "
                                        "(see: redline rules list)"]


def test_rule_globs_that_match_a_rule_still_filter(capsys):
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--select", "exemption.*")
    assert code == 1, err  # Boston's criminal-investigation exemption is high
    assert ids(out) and all(i.startswith("exemption.") for i in ids(out))
    code, out, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--ignore", "exemption.criminal-investigation",
                             "--ignore", "gap.*")
    assert code == 0, err
    assert not any(i.startswith("gap.") or i == "exemption.criminal-investigation" for i in ids(out))


def test_writing_a_baseline_exits_0_unless_an_input_could_not_be_read(capsys, tmp_path):
    """Adopting a baseline is the first CI step: Boston trips --fail-on high, yet writing its baseline succeeds."""
    baseline = tmp_path / "baseline.json"
    code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "low", "--max-score", "0",
                           "--write-baseline", baseline)
    assert code == 0, err
    assert "gate failed" not in err and "the gates are not applied when writing a baseline" in err
    recorded = json.loads(baseline.read_text(encoding="utf-8"))
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "low", "--baseline", baseline)
    assert code == 0 and ids(out) == [] and recorded["format"] == "redline-baseline/1"
    code, _, err = run_cli(capsys, "analyze", BOSTON, tmp_path / "missing.txt", "-f", "json",
                           "--write-baseline", tmp_path / "second.json")
    assert code == 3 and "missing.txt: no such file" in err


def test_the_gate_message_names_only_the_gates_that_tripped(capsys):
    code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "never", "--max-score", "34")
    assert code == 1 and err.strip().splitlines()[-1] == "redline: gate failed for 1 of 1 documents (--max-score 34)"
    code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--max-score", "90")
    assert code == 1 and err.strip().splitlines()[-1] == "redline: gate failed for 1 of 1 documents (--fail-on high)"
    code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--max-score", "34")
    assert code == 1 and err.strip().splitlines()[-1] == (
        "redline: gate failed for 1 of 1 documents (--fail-on high, --max-score 34)")


def test_quiet_still_reports_a_suppression_that_matched_nothing(capsys, tmp_path):
    """pre-commit runs redline with --quiet: the unused-suppression warning is a diagnostic, not progress."""
    ignore = write(tmp_path / "ignore.yaml", """\
        ignore:
          - rule: exemption.personal-device
            reason: "Reviewed: unlocking City-issued phones only."
        """)
    for flags in ((), ("--quiet",)):
        code, _, err = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "never", "--ignore-file",
                               ignore, *flags)
        assert code == 0 and f"{ignore}:2:" in err and "matched no finding" in err, err


def test_a_max_score_failure_is_as_visible_as_a_fail_on_one(capsys):
    """--max-score trips on Boston (35 > 20): an error annotation in github (not a notice), a result
    in SARIF, a line of its own in the text report, never folded into a list of findings."""
    oakland = CORPUS / "oakland-9-64-030.txt"  # many findings at or above low: a long --fail-on list
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "github", "--fail-on", "never", "--max-score", "20")
    errors = [line for line in out.splitlines() if line.startswith("::error") and "max-score" in line]
    assert code == 1 and len(errors) == 1
    assert "Loophole score 35/100" in errors[0] and "above the maximum 20" in errors[0]
    assert "::notice" not in out  # the score is the error, not a notice as well
    _, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "github", "--fail-on", "never", "--max-score", "40")
    assert any(line.startswith("::notice") and "Loophole score 35/100" in line for line in out.splitlines())
    assert "max-score" not in out  # under its maximum: a notice, no error

    code, out, _ = run_cli(capsys, "analyze", BOSTON, SEBASTOPOL, "-f", "sarif", "--fail-on", "never",
                           "--max-score", "20")
    run = json.loads(out)["runs"][0]
    gated = [r for r in run["results"] if r["ruleId"] == "gate.max-score"]
    assert code == 1 and len(gated) == 1 and gated[0]["level"] == "error"  # Sebastopol (12) passes
    assert gated[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].endswith("boston-16-62.txt")
    assert run["tool"]["driver"]["rules"][gated[0]["ruleIndex"]]["id"] == "gate.max-score"

    code, out, _ = run_cli(capsys, "analyze", oakland, BOSTON, "-f", "text", "--fail-on", "low", "--max-score", "40")
    oakland_report = out.split("boston-16-62.txt")[0]
    failed = [line for line in oakland_report.splitlines() if line.startswith("gate failed:")]
    assert code == 1 and failed[0].startswith("gate failed: --max-score 40: loophole score")
    assert failed[1].startswith("gate failed: --fail-on low:")
    summary = " ".join(" ".join(out.rstrip().splitlines()[-2:]).split())
    assert "--fail-on low tripped for 2" in summary and "--max-score 40 for 1" in summary


def test_every_format_says_how_many_findings_were_baselined_or_suppressed(capsys, tmp_path):
    """With a baseline, "Exemptions (0) none found" under a score that counts two exemptions reads
    as a contradiction: each format says how many findings were kept out, and by what."""
    from test_cli_analyze import validate

    baseline = tmp_path / "baseline.json"
    run_cli(capsys, "analyze", BOSTON, SEBASTOPOL, "-f", "json", "--write-baseline", baseline)
    ignore = write(tmp_path / "ignore.yaml", """\
        ignore:
          - rule: gap.no-donation-coverage
            reason: Donations are covered by the city's procurement code.
        """)
    common = (BOSTON, "--baseline", baseline, "--ignore-file", ignore, "--fail-on", "never")
    _, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "json", "--fail-on", "never")
    everything = json.loads(out)["documents"][0]["findings"]
    exemptions = sum(f["kind"] == "exemption" for f in everything)
    assert exemptions >= 1

    _, out, _ = run_cli(capsys, "analyze", *common, "-f", "json")
    report = json.loads(out)
    validate(report)
    doc = report["documents"][0]
    assert doc["findings"] == [] and len(doc["suppressed"]) == len(everything)
    assert doc["suppressed_counts"] == {"ignore-file": 1, "baseline": len(everything) - 1}
    assert sum(s["kind"] == "exemption" for s in doc["suppressed"]) == exemptions
    assert doc["score"]["value"] > 0  # the score still counts them

    _, out, _ = run_cli(capsys, "analyze", *common, "-f", "text")
    assert f"{len(everything)} findings not reported ({len(everything) - 1} in the baseline, 1 suppressed by " \
           "the ignore file)" in " ".join(out.split())
    assert f"Exemptions (0 reported; {exemptions} in the baseline)" in out and "none found" not in out

    _, out, _ = run_cli(capsys, "analyze", *common, "-f", "markdown")
    assert f"#### Exemptions (0 reported; {exemptions} in the baseline)" in out and "None found" not in out

    _, out, _ = run_cli(capsys, "analyze", *common, "-f", "github")
    note, = [line for line in out.splitlines() if "title=not reported" in line]
    assert note.startswith("::notice") and f"{len(everything)} findings are not annotated" in note

    _, out, _ = run_cli(capsys, "analyze", *common, "-f", "sarif")
    schema = json.loads((DATA / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(out))
    results = json.loads(out)["runs"][0]["results"]
    assert len(results) == len(everything)  # kept, as results SARIF marks suppressed (closed, not alerts)
    assert all(r["suppressions"][0]["kind"] == "external" for r in results)
    assert any(r["suppressions"][0]["justification"].startswith("Donations are covered") for r in results)

    _, out, _ = run_cli(capsys, "analyze", BOSTON, "-f", "text", "--fail-on", "never")
    assert "not reported" not in out  # nothing kept out: nothing said
