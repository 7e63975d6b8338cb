"""The README's CI recipes run as written."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
DRAFTS = ROOT / "tests" / "data" / "drafts"


def workflow() -> dict:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### In a CI job on a folder of draft bills"):]
    block = section[section.index("```yaml\n") + len("```yaml\n"):]
    return yaml.safe_load(block[:block.index("```\n")])


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_the_ci_workflow_diffs_the_base_draft_of_a_pull_request(tmp_path):
    """The pull-request step, run as the README writes it in a clone made as its checkout step
    says: the base branch's draft is read with git and the widened exemption trips --fail-on-new."""
    steps = workflow()["jobs"]["redline"]["steps"]
    checkout = next(s for s in steps if s.get("uses", "").startswith("actions/checkout"))
    assert checkout.get("with", {}).get("fetch-depth") == 0  # a shallow checkout has no origin/<base>
    step = next(s for s in steps if "redline diff" in s.get("run", ""))
    origin, clone = tmp_path / "origin", tmp_path / "clone"
    origin.mkdir()
    git(origin, "init", "-q", "-b", "main")
    (origin / "drafts").mkdir()
    (origin / "drafts" / "bill.txt").write_bytes((DRAFTS / "draft-v1.txt").read_bytes())
    git(origin, "add", ".")
    git(origin, "commit", "-q", "-m", "first draft")
    git(tmp_path, "clone", "-q", str(origin), str(clone))
    git(clone, "checkout", "-q", "-b", "pr")
    (clone / "drafts" / "bill.txt").write_bytes((DRAFTS / "draft-v2.txt").read_bytes())
    git(clone, "commit", "-q", "-am", "second draft")
    script = step["run"].replace("${{ github.base_ref }}", "main")
    bindir = tmp_path / "bin"
    bindir.mkdir()
    (bindir / "redline").write_text(f"#!/bin/sh\nexec {sys.executable} -m redline_cli \"$@\"\n", encoding="utf-8")
    (bindir / "redline").chmod(0o755)
    runner_temp = tmp_path / "runner-temp"
    runner_temp.mkdir()
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ['PATH']}", "RUNNER_TEMP": str(runner_temp),
           "PYTHONPATH": str(ROOT), "GITHUB_ACTIONS": "true"}
    result = subprocess.run(["bash", "-e", "-c", script], cwd=clone, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    assert result.returncode == 1, result.stderr  # draft v2 widens an exemption: the gate trips
    assert "no such file" not in result.stderr and "::" in result.stdout
    assert (runner_temp / "bill-base.txt").read_bytes() == (DRAFTS / "draft-v1.txt").read_bytes()


def test_every_file_the_readme_names_in_the_package_ships_and_each_schema_is_one():
    """The README points at the JSON Schemas of analyze, compare and diff: they exist, are schemas,
    and the CSV columns it describes for compare are the ones written (issue 12, item 14)."""
    import json
    import re

    import jsonschema

    from redline_cli.compare import build
    from redline_cli.report.compare import csv_header

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    named = set(re.findall(r"`(redline_cli/[\w./-]+)`", readme))
    assert {f"redline_cli/schemas/{n}.schema.json" for n in ("report", "compare", "diff")} <= named
    for path in named:
        assert (ROOT / path).exists(), path
        if path.endswith(".schema.json"):
            jsonschema.Draft202012Validator.check_schema(json.loads((ROOT / path).read_text(encoding="utf-8")))
    header = csv_header(build([]))
    assert "`<category> citations` and `<category> qualifiers`" in readme and "`exemptions` total" in readme
    assert header[4] == "exemptions" and header[5:8] == ["criminal-investigation", "criminal-investigation citations",
                                                         "criminal-investigation qualifiers"]


def test_the_configuration_example_is_a_valid_configuration(tmp_path):
    """The README's [tool.redline] example reads as written: every key known, every value valid, its
    paths relative to the file (issue 12, item 16)."""
    from redline_cli import config

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Configuration files"):]
    block = section[section.index("```toml\n") + len("```toml\n"):]
    (tmp_path / "pyproject.toml").write_text(block[:block.index("```\n")], encoding="utf-8")
    (tmp_path / "review" / "rules").mkdir(parents=True)
    (tmp_path / "review" / "accepted.yaml").write_text("ignore: []\n", encoding="utf-8")
    settings = config.load(tmp_path / "pyproject.toml")
    assert set(config.KEYS) <= set(settings.lines)  # the example shows every key
    assert settings.fail_on == "high" and settings.max_score == 40 and settings.format == "text"
    assert settings.rules and settings.rules[0].resolve() == (tmp_path / "review" / "rules").resolve()
    assert settings.ignore_file.resolve() == (tmp_path / "review" / "accepted.yaml").resolve()
