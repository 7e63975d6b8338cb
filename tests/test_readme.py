"""The README's CI recipes run as written."""

from __future__ import annotations

import json
import os
import re
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
    proc = subprocess.run(["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, f"git {' '.join(args)} exited {proc.returncode}: {proc.stderr.strip()}"
    return proc.stdout


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
    import jsonschema

    from redline_cli.matrix import build
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


ELLIPSIS = "…"


def _matches(shown, real, where: str = "$") -> None:
    """``shown`` (the README's abridged JSON) is ``real`` with parts left out where ``…`` stands: a
    string ending in ``…`` is a prefix, ``"…"`` as a value is any value, in a list items left out
    (the others in order), and as a key other keys left out."""
    if shown == ELLIPSIS:
        return
    if isinstance(shown, str) and shown.endswith(ELLIPSIS):
        assert isinstance(real, str) and real.startswith(shown[:-1]), (where, shown, real)
    elif isinstance(shown, dict):
        assert isinstance(real, dict), where
        if ELLIPSIS not in shown:
            assert set(shown) == set(real), (where, "keys differ", sorted(set(shown) ^ set(real)))
        for key in shown:
            if key != ELLIPSIS:
                assert key in real, (where, key)
                _matches(shown[key], real[key], f"{where}.{key}")
    elif isinstance(shown, list):
        assert isinstance(real, list), where
        if ELLIPSIS not in shown:
            assert len(shown) == len(real), (where, len(shown), len(real))
            for i, (a, b) in enumerate(zip(shown, real, strict=True)):
                _matches(a, b, f"{where}[{i}]")
            return
        at = 0
        for item in (x for x in shown if x != ELLIPSIS):  # the items shown, in the order of the real list
            while at < len(real):
                at += 1
                try:
                    _matches(item, real[at - 1], f"{where}[{at - 1}]")
                    break
                except AssertionError:
                    continue
            else:
                raise AssertionError((where, "no item of the real list is", item))
    else:
        assert shown == real and type(shown) is type(real), (where, shown, real)


def test_the_json_example_is_a_real_run_cut_short(capsys, monkeypatch):
    """The README's JSON example is what `redline analyze corpus/boston-16-62.txt --format json`
    writes, with parts left out only where it says so (issue 12, item 17)."""
    from cli_helpers import run_cli

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("The JSON contract"):]
    command = re.search(r"This is `(redline [^`]+)`", " ".join(section.split())).group(1)
    block = section[section.index("```json\n") + len("```json\n"):]
    shown = json.loads(block[:block.index("```\n")])
    monkeypatch.chdir(ROOT)
    code, out, _ = run_cli(capsys, *command.split()[1:])
    assert code == 1  # Boston's exemption trips the default gate, as the example's "gate" says
    real = json.loads(out)
    _matches(shown, real)
    doc = shown["documents"][0]
    finding = next(f for f in doc["findings"] if f != ELLIPSIS)
    for part in (shown, doc, finding, finding["location"], doc["coverage"], doc["score"]):
        assert ELLIPSIS not in part  # every key shown


def corpus_table() -> str:
    """The README's table of the corpus, made from each text's header lines (# jurisdiction, # kind,
    # complete): which texts are whole and which are excerpts, and of those which stop mid-text."""
    from conftest import CORPUS
    from test_completeness import CUT, HEADER

    rows = ["| text | jurisdiction | kind | complete? |", "|---|---|---|---|"]
    for path in sorted(CORPUS.glob("*.txt")):
        head = path.read_text(encoding="utf-8")[:4000]
        field = {m.group(1): m.group(2).strip() for m in re.finditer(r"^# (\w+): (.*)$", head, re.M)}
        whole, why = HEADER.search(head).groups()
        if whole == "yes":
            state = "whole"
        elif CUT.search(why):
            state = "**excerpt**, stops mid-text"
        else:
            state = "**excerpt** (whole parts of a longer law)"
        rows.append(f"| `{path.name}` | {field['jurisdiction'].split(' — ')[0]} | "
                    f"{field['kind'].split(' (')[0]} | {state} |")
    return "\n".join(rows) + "\n"


def test_the_readme_says_which_corpus_texts_are_excerpts():
    """The corpus table is the texts' own headers: every text, whole or excerpt, in the README."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    expected = corpus_table()
    assert expected in readme, "README's corpus table differs from the headers; it should read:\n" + expected
    excerpts = expected.count("**excerpt**")
    cut = expected.count("stops mid-text")
    assert f"{excerpts} of the {expected.count('| `')} texts are excerpts" in " ".join(readme.split())
    assert f"It flags the {cut} texts of `corpus/` that stop mid-text" in " ".join(readme.split())


def test_the_package_points_only_at_documents_that_ship():
    """Help texts, error messages and the shipped rule pack name no design document that stays
    behind in the source tree (DESIGN.md is not in the package); a README section they point at
    (README, "Gold files") is a heading of the README (issue 12, item 17)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    headings = set(re.findall(r"^#+ (.+?)\s*$", readme, re.M))
    shipped = [p for p in (ROOT / "redline_cli").rglob("*") if p.suffix in (".py", ".json")]
    shipped += [p for p in (ROOT / "rules").rglob("*") if p.suffix in (".yaml", ".yml", ".txt")]
    pointed = set()
    for path in shipped:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert not re.findall(r"\b(?!README\.md)[A-Z][A-Z_-]+\.md\b", text), path
        pointed |= {" ".join(name.split()) for name in re.findall(r'README, "([^"]+)"', text)}
    assert pointed and pointed <= headings, pointed - headings


def test_the_gold_file_example_is_a_gold_file_of_the_corpus():
    """The README's gold file is corpus/boston-16-62.gold.yaml without its notes: valid, and what
    the file says."""
    from conftest import CORPUS

    from redline_cli.evaluate import check_gold
    from redline_cli.rulebook.yamlload import load_yaml

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("### Gold files"):]
    block = section[section.index("```yaml\n") + len("```yaml\n"):]
    shown = load_yaml("README.md", block[:block.index("```\n")])
    check_gold(shown)
    real = yaml.safe_load((CORPUS / "boston-16-62.gold.yaml").read_text(encoding="utf-8"))
    assert shown["document"] == real["document"] and shown["complete"] == real["complete"]
    assert shown["coverage"] == real["coverage"]
    assert [e["quote"] for e in shown["exemptions"]] == [e["quote"] for e in real["exemptions"]]
    assert shown["prohibitions"][0]["quote"] == real["prohibitions"][0]["quote"]
    assert set(shown["absent"]) <= set(real["absent"])
