"""Configuration files (issue 12, item 16): ``[tool.redline]`` in a pyproject.toml or a
``.redline.yaml``, found from the working directory upward as ruff finds its own; flags override
it; unknown keys and bad values are usage errors naming the file and key; ``--config FILE`` and
``--isolated``; the ignore file found the same way; ``--sarif-output`` and the like beside the
normal output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from cli_helpers import ROOT, run_cli
from conftest import CORPUS

from redline_cli import config

BOSTON = CORPUS / "boston-16-62.txt"
SEBASTOPOL = CORPUS / "sebastopol-8-80.txt"
SCHEMA = json.loads((ROOT / "redline_cli" / "schemas" / "report.schema.json").read_text(encoding="utf-8"))


@pytest.fixture
def project(tmp_path, monkeypatch) -> Path:
    """A repository of draft bills: drafts/boston.txt (a real ordinance), run from drafts/."""
    root = tmp_path / "bills"
    (root / "drafts").mkdir(parents=True)
    (root / "drafts" / "boston.txt").write_bytes(BOSTON.read_bytes())
    monkeypatch.chdir(root / "drafts")
    return root


def analyze(capsys, *args: str) -> tuple[int, dict | None, str]:
    code, out, err = run_cli(capsys, "analyze", "boston.txt", "-f", "json", *args)
    return code, (json.loads(out) if out.strip().startswith("{") else None), err


def rule_ids(report: dict) -> set[str]:
    return {f["rule_id"] for d in report["documents"] for f in d["findings"]}


# ------------------------------------------------------------------ discovery
def test_the_nearest_file_governs_and_a_pyproject_without_the_table_is_passed_over(tmp_path):
    top, mid, low = tmp_path, tmp_path / "a", tmp_path / "a" / "b"
    low.mkdir(parents=True)
    assert config.find_config(low) is None
    (top / "pyproject.toml").write_text('[tool.redline]\nfail-on = "low"\n', encoding="utf-8")
    (mid / "pyproject.toml").write_text('[project]\nname = "bills"\n', encoding="utf-8")
    assert config.find_config(low) == top / "pyproject.toml"  # mid's has no [tool.redline]: the search goes on
    (mid / ".redline.yaml").write_text("fail-on: medium\n", encoding="utf-8")
    assert config.find_config(low) == mid / ".redline.yaml"
    (mid / "pyproject.toml").write_text('[tool.redline]\nfail-on = "info"\n', encoding="utf-8")
    assert config.find_config(low) == mid / ".redline.yaml"  # in one directory, .redline.yaml first
    found = config.discover(low)
    assert found.fail_on == "medium" and found.max_score is None  # the first file found, nothing merged


def test_settings_from_a_pyproject_above_apply_and_flags_override_them(capsys, project):
    assert analyze(capsys)[0] == 1  # no configuration: --fail-on high trips on Boston's exemption
    (project / "pyproject.toml").write_text('[project]\nname = "bills"\n\n[tool.redline]\nfail-on = "never"\n'
                                            'min-severity = "high"\nignore = ["gap.no-donation-coverage"]\n',
                                            encoding="utf-8")
    code, report, _ = analyze(capsys)
    assert code == 0
    assert "gap.no-donation-coverage" not in rule_ids(report)
    assert all(f["severity"] in ("high", "critical") or f["kind"] == "prohibition"
               for f in report["documents"][0]["findings"])
    code, report, _ = analyze(capsys, "--fail-on", "high", "--ignore", "gap.no-enforcement", "--min-severity", "info")
    assert code == 1  # the flag wins over the file's fail-on
    assert "gap.no-donation-coverage" in rule_ids(report)  # --ignore replaces the file's ignore (and
    assert "gap.no-enforcement" not in rule_ids(report)  # --min-severity its min-severity)
    assert analyze(capsys, "--isolated")[0] == 1  # the file is not read
    assert analyze(capsys, "--no-config")[0] == 1


def test_max_score_and_format_from_a_yaml_file(capsys, project):
    (project / ".redline.yaml").write_text("fail-on: never\nmax-score: 10\nformat: csv\n", encoding="utf-8")
    code, out, err = run_cli(capsys, "analyze", "boston.txt")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 1 and rows and rows[0]["path"] == "boston.txt"  # csv, and the score gate from the file
    assert "--max-score 10" in err
    assert run_cli(capsys, "analyze", "boston.txt", "--max-score", "90")[0] == 0
    code, out, _ = run_cli(capsys, "analyze", "boston.txt", "-f", "json", "--max-score", "90")
    assert code == 0 and json.loads(out)["documents"][0]["score"]["value"] > 10


def test_paths_in_the_file_are_relative_to_it(capsys, project):
    """rules and ignore-file name files beside the configuration file, whatever the working directory."""
    pack = project / "review" / "rules"
    pack.mkdir(parents=True)
    (pack / "mine.yaml").write_text(MY_RULE, encoding="utf-8")
    (project / "review" / "accepted.yaml").write_text(
        "ignore:\n  - rule: gap.no-enforcement\n    documents: \"../drafts/*.txt\"\n"
        "    reason: Enforcement is in chapter 2, reviewed.\n", encoding="utf-8")
    (project / ".redline.yaml").write_text("rules: [review/rules]\nignore-file: review/accepted.yaml\n"
                                           "select: [exemption.*, gap.*]\n", encoding="utf-8")
    code, report, err = analyze(capsys, "--fail-on", "never")
    assert code == 0, err
    doc = report["documents"][0]
    assert doc["suppressed_counts"]["ignore-file"] == 1 and "gap.no-enforcement" not in rule_ids(report)
    assert [(s["rule_id"], s["by"]) for s in doc["suppressed"]] == [("gap.no-enforcement", "ignore-file")]
    # the pack is loaded: a glob only its rule matches is no usage error
    assert analyze(capsys, "--select", "exemption.criminal-investigation.mine")[0] in (0, 1)
    assert analyze(capsys, "--isolated", "--select", "exemption.criminal-investigation.mine")[0] == 2


MY_RULE = """rules:
  - id: exemption.criminal-investigation.mine
    kind: exemption
    title: Criminal investigation exemption (a pack of our own)
    severity: high
    priority: 70
    message: "Use is allowed in connection with a criminal investigation"
    why: "Exemptions for criminal investigations may, in effect, dismantle the ban."
    match:
      any:
        - phrase: criminal investigation
    examples:
      match: ["Nothing in this Chapter shall limit the use of such information in a criminal investigation."]
      no_match: ["No department shall use face recognition technology in any criminal investigation."]
"""


def test_the_ignore_file_is_found_upward_and_its_globs_read_from_its_directory(capsys, project):
    (project / ".redline-ignore.yaml").write_text(
        "ignore:\n  - rule: exemption.criminal-investigation\n    documents: \"drafts/*.txt\"\n"
        "    reason: \"Reviewed: evidence of a specific crime only.\"\n", encoding="utf-8")
    code, report, err = analyze(capsys, "--fail-on", "never")
    assert code == 0 and "matched nothing" not in err
    assert report["documents"][0]["suppressed_counts"]["ignore-file"] == 1
    assert "exemption.criminal-investigation" not in rule_ids(report)
    code, report, _ = analyze(capsys, "--fail-on", "never", "--isolated")
    assert "exemption.criminal-investigation" in rule_ids(report)  # --isolated: no file found by searching
    code, report, _ = analyze(capsys, "--fail-on", "never", "--no-ignore-file")
    assert "exemption.criminal-investigation" in rule_ids(report)


def test_config_file_flag_points_at_one_file(capsys, project, tmp_path):
    elsewhere = tmp_path / "ci" / "redline.toml"
    elsewhere.parent.mkdir()
    elsewhere.write_text('[tool.redline]\nfail-on = "never"\n', encoding="utf-8")
    (project / ".redline.yaml").write_text("fail-on: info\n", encoding="utf-8")
    assert analyze(capsys)[0] == 1
    assert analyze(capsys, "--config", str(elsewhere))[0] == 0  # that file, not the nearest one
    code, _, err = analyze(capsys, "--config", str(elsewhere), "--isolated")
    assert code == 2 and "--config and --isolated" in err
    code, _, err = analyze(capsys, "--config", str(tmp_path / "missing.yaml"))
    assert code == 2 and "missing.yaml: no such file" in err
    (tmp_path / "plain.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    code, _, err = analyze(capsys, "--config", str(tmp_path / "plain.toml"))
    assert code == 2 and "plain.toml: no [tool.redline] table" in err


@pytest.mark.parametrize(("name", "text", "where", "message"), [
    ("pyproject.toml", '[tool.redline]\nfail-on = "never"\nfail_on = "high"\n', ":3:1: fail_on",
     "did you mean 'fail-on'"),
    ("pyproject.toml", '[tool.redline]\nfail-on = "hgh"\n', ":2:1: fail-on", "'hgh' is not one of info, low"),
    ("pyproject.toml", "[tool.redline]\nmax-score = 101\n", ":2:1: max-score", "not a whole number from 0 to 100"),
    ("pyproject.toml", '[tool.redline]\nmax-score = "40"\n', ":2:1: max-score", "not a whole number"),
    ("pyproject.toml", '[tool.redline]\nformat = "pdf"\n', ":2:1: format", "'pdf' is not one of text, json"),
    ("pyproject.toml", "[tool.redline]\nselect = [1, 2]\n", ":2:1: select", "must be a list of rule-id globs"),
    ("pyproject.toml", '[tool.redline\nfail-on = "x"\n', ":1:14: not valid TOML", ""),
    (".redline.yaml", "max-score: 40\ncolour: never\n", ":2:1: colour", "unknown key"),
    (".redline.yaml", "min-severity: severe\n", ":1:1: min-severity", "'severe' is not one of"),
    (".redline.yaml", "rules: [no-such-pack]\n", ":1:1: rules", "'no-such-pack' is not a directory"),
    (".redline.yaml", "ignore-file: accepted.yaml\n", ":1:1: ignore-file", "'accepted.yaml': no such file"),
    (".redline.yaml", "max-score: true\n", ":1:1: max-score", "not a whole number"),
    (".redline.yaml", "- fail-on: high\n", ":1:1: a configuration file is a mapping", ""),
    (".redline.yaml", "select: [gap.no-such-gap]\n", ":1: select 'gap.no-such-gap' matches no rule", ""),
])
def test_a_bad_file_is_a_usage_error_naming_the_file_and_key(capsys, project, name, text, where, message):
    (project / name).write_text(text, encoding="utf-8")
    for command in (["analyze", "boston.txt"], ["compare", "boston.txt"], ["diff", "boston.txt", "boston.txt"]):
        code, out, err = run_cli(capsys, *command)
        assert code == 2 and out == "", (command, err)
        assert f"redline: ../{name}{where}" in err and message in err, err
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_compare_and_diff_read_the_same_file(capsys, project):
    (project / "drafts" / "sebastopol.txt").write_bytes(SEBASTOPOL.read_bytes())
    (project / ".redline.yaml").write_text("ignore: [exemption.criminal-investigation]\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "compare", "boston.txt", "sebastopol.txt", "-f", "csv", "-j", "1")
    rows = {r["path"]: r for r in csv.DictReader(io.StringIO(out))}
    assert code == 0 and rows["boston.txt"]["criminal-investigation"] == "0"
    code, out, _ = run_cli(capsys, "compare", "boston.txt", "-f", "csv", "--isolated")
    assert next(csv.DictReader(io.StringIO(out)))["criminal-investigation"] == "1"
    code, out, _ = run_cli(capsys, "diff", "sebastopol.txt", "boston.txt", "-f", "json")
    changes = json.loads(out)["diff"]["changes"]
    assert code == 0 and "exemption.criminal-investigation" not in {c["rule_id"] for c in changes}


# ------------------------------------------------------------------ several formats in one run
def test_sarif_and_json_written_beside_the_text_report(capsys, project, tmp_path):
    sarif, data = tmp_path / "redline.sarif", tmp_path / "out" / "redline.json"
    data.parent.mkdir()
    code, out, err = run_cli(capsys, "analyze", "boston.txt", "--sarif-output", sarif, "--json-output", data)
    assert code == 1 and "redline: gate failed" in err
    assert out.startswith("boston.txt ") and "exemption.criminal-investigation" in out  # the text report, as usual
    report = json.loads(data.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(SCHEMA).validate(report)
    log = json.loads(sarif.read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0"
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"exemption.criminal-investigation"}
    code, alone, _ = run_cli(capsys, "analyze", "boston.txt", "-f", "json")
    assert json.loads(alone)["documents"][0]["findings"] == report["documents"][0]["findings"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temporary file left


def test_each_extra_output_is_checked_before_any_work(capsys, project, tmp_path):
    code, out, err = run_cli(capsys, "analyze", "boston.txt", "--markdown-output", tmp_path / "no" / "such.md")
    assert code == 2 and out == "" and "--markdown-output" in err and "no such directory" in err
    same = tmp_path / "r.json"
    code, _, err = run_cli(capsys, "analyze", "boston.txt", "-o", same, "--json-output", same)
    assert code == 2 and "--json-output" in err and "--output writes that file too" in err
    assert not same.exists()
