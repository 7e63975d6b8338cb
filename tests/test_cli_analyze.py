"""``redline analyze``: formats, the JSON contract and its schema, exit codes, filters, stdin."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import run_cli, run_subprocess
from conftest import CORPUS

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "redline_cli" / "schemas" /
                     "report.schema.json").read_text(encoding="utf-8"))
BOSTON = CORPUS / "boston-16-62.txt"
CALIFORNIA = CORPUS / "california-pc-832-19.txt"


def validate(instance) -> None:
    jsonschema.Draft202012Validator(SCHEMA).validate(instance)


def test_json_report_follows_the_contract_and_the_schema(capsys):
    code, out, _ = run_cli(capsys, "analyze", BOSTON, CALIFORNIA, "--format", "json", "--fail-on", "never")
    assert code == 0
    report = json.loads(out)
    validate(report)
    assert report["schema_version"] == "1" and set(report) == {"schema_version", "redline_version", "documents"}
    boston, california = report["documents"]
    assert set(boston) >= {"path", "sha256", "pages", "status", "error", "findings", "coverage", "score"}
    assert boston["status"] == "ok" and boston["error"] is None and len(boston["sha256"]) == 64
    (exemption,) = [f for f in boston["findings"] if f["kind"] == "exemption"]
    assert exemption["rule_id"] == "exemption.criminal-investigation"
    assert exemption["category"] == "criminal-investigation" and exemption["qualifiers"] == ["specific-crime"]
    assert exemption["location"]["citation"] == "16-62(B)(2)(a)"
    assert {"page", "line", "citation", "char_start", "char_end"} <= set(exemption["location"])
    assert "Using evidence relating to the investigation of a specific crime" in exemption["snippet"]
    assert california["status"] == "no-prohibition" and california["score"]["value"] is None


def test_jsonl_writes_one_valid_document_per_line(capsys):
    code, out, _ = run_cli(capsys, "analyze", BOSTON, CALIFORNIA, "--format", "jsonl", "--fail-on", "never")
    lines = out.splitlines()
    assert code == 0 and len(lines) == 2
    for line in lines:
        validate(json.loads(line))
    assert [json.loads(x)["path"] for x in lines] == [str(BOSTON), str(CALIFORNIA)]


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.stem)
def test_every_corpus_document_validates(capsys, path):
    code, out, _ = run_cli(capsys, "analyze", path, "--format", "json", "--fail-on", "never")
    assert code == 0
    validate(json.loads(out))


def test_exit_codes(capsys, tmp_path):
    assert run_cli(capsys, "analyze", BOSTON, "--format", "json")[0] == 1  # default --fail-on high
    assert run_cli(capsys, "analyze", BOSTON, "--format", "json", "--fail-on", "critical")[0] == 0
    assert run_cli(capsys, "analyze", BOSTON, "--format", "json", "--fail-on", "never", "--max-score", "10")[0] == 1
    assert run_cli(capsys, "analyze", BOSTON, "--format", "json", "--fail-on", "never", "--max-score", "90")[0] == 0
    assert run_cli(capsys, "analyze", BOSTON, "--format", "nope")[0] == 2
    missing = tmp_path / "missing.pdf"
    code, out, err = run_cli(capsys, "analyze", missing, BOSTON, "--format", "json", "--fail-on", "never")
    assert code == 3
    assert f"{missing}: no such file" in err and "Traceback" not in err
    docs = json.loads(out)["documents"]
    validate(json.loads(out))
    assert [d["status"] for d in docs] == ["error", "ok"]


def test_min_severity_filters_the_display_not_the_gate(capsys):
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "--format", "text", "--min-severity", "critical")
    assert code == 1  # the high criminal-investigation exemption still trips the gate
    assert "none found" in out


def test_select_and_ignore(capsys):
    _, out, _ = run_cli(capsys, "analyze", BOSTON, "--format", "json", "--ignore", "gap.*", "--fail-on", "never")
    assert not [f for f in json.loads(out)["documents"][0]["findings"] if f["kind"] == "gap"]
    _, out, _ = run_cli(capsys, "analyze", BOSTON, "--format", "json", "--select", "exemption.*",
                        "--fail-on", "never")
    assert {f["kind"] for f in json.loads(out)["documents"][0]["findings"]} == {"exemption"}


def test_text_report_reads_at_80_columns_without_colour(capsys):
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "--fail-on", "never")
    assert code == 0
    assert "\x1b[" not in out
    assert "Loophole score" in out and "criminal-investigation" in out and "16-62(B)(2)(a)" in out
    assert "Coverage" in out and "donations" in out


def test_stdin_in_a_real_process():
    proc = run_subprocess("-m", "redline_cli", "analyze", "-", "--format", "json", "--fail-on", "never",
                          stdin=BOSTON.read_bytes())
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)["documents"][0]
    assert doc["path"] == "<stdin>" and any(f["kind"] == "exemption" for f in doc["findings"])


def test_output_file_is_written_whole(capsys, tmp_path):
    target = tmp_path / "report.json"
    code, out, _ = run_cli(capsys, "analyze", BOSTON, "--format", "json", "--fail-on", "never", "--output", target)
    assert code == 0 and out == ""
    validate(json.loads(target.read_text(encoding="utf-8")))
    assert not list(tmp_path.glob(".report.json.*"))


def test_eval_command(capsys, tmp_path):
    """The command's plumbing on two corpus laws (the bars for whole sets are in test_eval_bars)."""
    for slug in ("boston-16-62", "california-pc-832-19"):
        for suffix in (".txt", ".gold.yaml"):
            (tmp_path / (slug + suffix)).write_bytes((CORPUS / (slug + suffix)).read_bytes())
    code, out, _ = run_cli(capsys, "eval", tmp_path, "--format", "json")
    assert code == 0
    report = json.loads(out)
    assert len(report["documents"]) == 2 and report["exemptions"]["overall"]["recall"] >= 0.9
    code, out, _ = run_cli(capsys, "eval", tmp_path)
    assert code == 0 and "ALL EXEMPTIONS" in out and "ALL COVERAGE" in out


def test_schema_enums_follow_the_taxonomy():
    from redline_cli import taxonomy as tx

    defs = SCHEMA["$defs"]
    assert defs["finding"]["properties"]["qualifiers"]["items"]["enum"] == list(tx.QUALIFIERS)
    assert defs["coverage"]["properties"]["acts"]["items"]["enum"] == list(tx.ACTS)
    assert defs["coverage"]["properties"]["technologies"]["items"]["enum"] == list(tx.TECHNOLOGIES)


def test_eval_usage_and_gold_file_errors_are_one_line_exit_2(capsys, tmp_path):
    code, _, err = run_cli(capsys, "eval", tmp_path / "nodir")
    assert code == 2 and err.strip() == f"redline: {tmp_path / 'nodir'}: not a directory (eval takes a folder of " \
        "documents and gold files)"
    code, _, err = run_cli(capsys, "eval", tmp_path)
    assert code == 2 and err.strip() == f"redline: {tmp_path}: no *.gold.yaml files found"
    (tmp_path / "boston-16-62.txt").write_bytes(BOSTON.read_bytes())
    gold = (CORPUS / "boston-16-62.gold.yaml").read_text(encoding="utf-8")
    gold = gold.replace("    qualifiers: [specific-crime]\n", "    qualifiers: [specific-crime\n", 1)  # a lost bracket
    (tmp_path / "boston-16-62.gold.yaml").write_text(gold, encoding="utf-8")
    code, out, err = run_cli(capsys, "eval", tmp_path)
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{tmp_path / 'boston-16-62.gold.yaml'}:" in err and "invalid YAML in gold file:" in err
    assert re.search(r"gold\.yaml:\d+:\d+: invalid YAML", err)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  - category: criminal-investigation\n", "  - category: bogus-cat\n", "unknown category 'bogus-cat'"),
    ("    qualifiers: [specific-crime]\n", "    qualifiers: [specific-crime, narrow]\n", "unknown qualifier 'narrow'"),
    ("  technologies: [face-surveillance]\n", "  technologies: [face-surveillance, face-scanning]\n",
     "unknown technologies value 'face-scanning'"),
    ("  donations: false\n", "  donations: nope\n", "coverage 'donations' must be true or false"),
    ("  - exemption.legislative-authorization\n", "  - exemption.legislature\n", "unknown id 'exemption.legislature'"),
    ("coverage:\n", "coverage:\n  gifts: true\n", "unknown key 'gifts'"),
])
def test_eval_rejects_a_gold_file_with_an_unknown_taxonomy_id(capsys, tmp_path, old, new, message):
    """A typo in a gold file would be scored as a missed exemption (or an absent id never checked): exit 2
    with the file and line of the typo."""
    (tmp_path / "boston-16-62.txt").write_bytes(BOSTON.read_bytes())
    gold = (CORPUS / "boston-16-62.gold.yaml").read_text(encoding="utf-8")
    assert gold.count(old) == 1
    gold = gold.replace(old, new)
    line = gold[:gold.index(new)].count("\n") + 1 + new.count("\n") - 1
    path = tmp_path / "boston-16-62.gold.yaml"
    path.write_text(gold, encoding="utf-8")
    code, out, err = run_cli(capsys, "eval", tmp_path)
    assert code == 2 and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert re.match(rf"redline: {re.escape(str(path))}:{line}:\d+: {re.escape(message)}", err), err


# ----------------------------------------------------------------- the text report: ids, why, whole words
OAKLAND = CORPUS / "oakland-9-64-030.txt"
MORATORIUM = CORPUS.parent / "tests" / "data" / "ordinances" / "marlow-county-art-iv-moratorium.txt"


def _findings(capsys, *paths) -> list[dict]:
    _, out, _ = run_cli(capsys, "analyze", *paths, "-f", "json", "--fail-on", "never")
    return [f for d in json.loads(out)["documents"] for f in d["findings"]]


def _folded(text: str) -> str:
    return " ".join(text.split())


def test_text_report_names_every_finding_by_the_id_ignore_and_explain_take(capsys):
    laws = (BOSTON, OAKLAND, MORATORIUM)
    findings = _findings(capsys, *laws)
    assert {f["kind"] for f in findings} >= {"prohibition", "exemption", "gap", "durability"}
    _, out, _ = run_cli(capsys, "analyze", *laws, "--fail-on", "never")
    for rule_id in {f["rule_id"] for f in findings}:
        assert out.count(rule_id) >= sum(f["rule_id"] == rule_id for f in findings), rule_id
        code, explained, _ = run_cli(capsys, "explain", rule_id)
        assert code == 0 and explained.startswith(rule_id)
    # ... and --ignore takes it: the finding leaves the report
    gap = next(f["rule_id"] for f in findings if f["kind"] == "gap")
    _, out, _ = run_cli(capsys, "analyze", BOSTON, "--fail-on", "never", "--ignore", gap)
    assert gap not in out


def test_text_report_says_why_on_request(capsys, rulebook):
    findings = _findings(capsys, BOSTON)
    _, plain, _ = run_cli(capsys, "analyze", BOSTON, "--fail-on", "never")
    assert "why:" not in plain
    for flag in ("--explain", "-v"):
        _, out, _ = run_cli(capsys, "analyze", BOSTON, "--fail-on", "never", flag)
        for f in findings:
            assert _folded(rulebook.describe(f["rule_id"]).why) in _folded(out), f["rule_id"]


def test_text_report_never_cuts_a_quote_inside_a_word_and_shows_it_whole_on_request(capsys, monkeypatch):
    laws = (BOSTON, OAKLAND, CORPUS / "sebastopol-8-80.txt", CALIFORNIA)
    quotes = [_folded(f["quote"]) for f in _findings(capsys, *laws) if f["quote"]]
    _, out, _ = run_cli(capsys, "analyze", *laws, "--fail-on", "never")
    body = _folded(out)
    cut = 0
    for quote in quotes:
        if quote in body:
            continue
        cut += 1
        shown = next(body[i:body.index("…", i)] for n in range(len(quote), 20, -1)
                     if (i := body.find(quote[:n])) >= 0)
        rest = quote[len(shown):]
        assert shown and quote.startswith(shown) and rest[:1] in (" ", ",", ";", ":"), (shown, rest[:20])
    assert cut  # the laws have quotes too long for two lines at 80 columns
    _, out, _ = run_cli(capsys, "analyze", *laws, "--fail-on", "never", "--full")
    assert all(quote in _folded(out) for quote in quotes)
    monkeypatch.setenv("COLUMNS", "200")  # a wide terminal (piped, it takes $COLUMNS): whole quotes too
    _, out, _ = run_cli(capsys, "analyze", *laws, "--fail-on", "never")
    assert all(quote in _folded(out) for quote in quotes)


# ----------------------------------------------------------------- a batch ends with a summary table
def _summary_rows(out: str) -> dict[str, list[str]]:
    """The rows of the summary table, by the document cell: status, score, grade, the five counts
    by severity, gate."""
    lines = out.split("Summary of ", 1)[1].splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("document"))
    rows = {}
    for line in lines[header + 1:]:
        if line.startswith("redline "):
            break
        cells = line.replace("no ban", "no-ban").replace("FAIL ", "FAIL-").split()
        rows[cells[0]] = cells[1:]
    return rows


def test_a_batch_ends_with_a_summary_table_that_fits_the_terminal(capsys, tmp_path, monkeypatch):
    missing = tmp_path / "missing.txt"
    laws = (BOSTON, CALIFORNIA, OAKLAND, CORPUS / "sebastopol-8-80.txt", missing)
    args = ("analyze", *laws, "--fail-on", "high", "--max-score", "40")
    code, out, _ = run_cli(capsys, *args, "-f", "json")
    docs = json.loads(out)["documents"]
    code_text, out, _ = run_cli(capsys, *args)
    assert code_text == code == 3  # an unreadable input: the worst code
    assert max(len(line) for line in out.splitlines()) <= 80  # piped: 80 columns
    rows = _summary_rows(out)
    assert len(rows) == len(docs)
    for doc in docs:
        status, score, grade, *counts, gate = next(row for cell, row in rows.items()
                                                   if doc["path"].endswith(cell.removeprefix("…/")))
        if doc["status"] == "error":
            assert (status, score, grade, gate) == ("error", "—", "—", "—")
            continue
        value = doc["score"]["value"] if doc["score"] else None
        assert (score, grade) == ((str(value), doc["score"]["grade"]) if value is not None else ("—", "—"))
        by_severity = [sum(f["severity"] == s for f in doc["findings"])
                       for s in ("critical", "high", "medium", "low", "info")]
        assert [0 if c == "·" else int(c) for c in counts] == by_severity
        assert gate.startswith("FAIL") == doc["gate"]["failed"] and (gate == "pass") != doc["gate"]["failed"]
    monkeypatch.setenv("COLUMNS", "120")  # a wider terminal: the table takes the width, the paths whole
    _, out, _ = run_cli(capsys, *args)
    assert max(len(line) for line in out.splitlines()) <= 120
    assert str(OAKLAND) in out.split("Summary of ")[1]


def test_summary_only_folds_the_documents_away_and_keeps_the_exit_code(capsys):
    laws = (BOSTON, CORPUS / "sebastopol-8-80.txt")
    code_all, full, _ = run_cli(capsys, "analyze", *laws)
    code, out, _ = run_cli(capsys, "analyze", *laws, "--summary-only")
    assert code == code_all == 1
    assert "Prohibitions" in full and "Prohibitions" not in out and "Exemptions" not in out
    assert _summary_rows(out) == _summary_rows(full) and len(_summary_rows(out)) == 2
    _, one, _ = run_cli(capsys, "analyze", BOSTON, "--summary-only")  # one document: its row
    assert len(_summary_rows(one)) == 1 and "Prohibitions" not in one
