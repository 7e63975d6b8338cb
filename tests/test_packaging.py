"""What ships: the built-in rule pack inside the wheel, and a core that never imports typer or rich."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORE = ["redline_cli", "redline_cli.api", "redline_cli.analysis", "redline_cli.batch", "redline_cli.document",
        "redline_cli.evaluate", "redline_cli.findings", "redline_cli.gates", "redline_cli.ingest",
        "redline_cli.nlp", "redline_cli.rulebook", "redline_cli.rulebook.testing", "redline_cli.scoring",
        "redline_cli.structure", "redline_cli.taxonomy"]


def test_the_core_never_imports_typer_or_rich():
    """Importing the core loads neither (spaCy, once it runs, brings its own: that is not ours)."""
    code = ("import importlib, sys\n"
            f"for name in {CORE!r}: importlib.import_module(name)\n"
            "bad = [m for m in sys.modules if m.split('.')[0] in ('typer', 'rich', 'click', 'spacy')]\n"
            "print(','.join(bad))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_only_the_cli_and_the_terminal_reports_import_typer_or_rich():
    pattern = re.compile(r"^\s*(?:import|from)\s+(typer|rich)\b", re.M)
    allowed = {"cli.py", "report/text.py", "report/compare.py"}  # the CLI; the reports drawn for a terminal
    offenders = [str(p.relative_to(ROOT / "redline_cli")) for p in (ROOT / "redline_cli").rglob("*.py")
                 if pattern.search(p.read_text(encoding="utf-8"))
                 and str(p.relative_to(ROOT / "redline_cli")).replace("\\", "/") not in allowed]
    assert offenders == []


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                           "-w", str(out), str(ROOT)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        pytest.fail(f"building the wheel failed: {proc.stderr[-2000:]}")
    (path,) = out.glob("redline-*.whl")
    return path


def test_the_wheel_carries_the_rule_pack_and_the_schema(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    rules = sorted(Path(ROOT / "rules").glob("*.yaml"))
    assert rules
    for rule_file in rules:
        assert f"redline_cli/_rules/{rule_file.name}" in names
    for schema in ("report", "compare", "diff"):
        assert f"redline_cli/schemas/{schema}.schema.json" in names


def test_an_installed_wheel_finds_its_rules(wheel, tmp_path):
    """A non-editable install: unpack the wheel where nothing else of the checkout is importable."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import redline_cli.rulebook as rb, redline_cli.api as api\n"
            "print(rb.builtin_rules_dir())\n"
            "a = api.analyze(b'It shall be unlawful for the City to use face recognition technology. Nothing '\n"
            "                b'in this chapter shall prohibit the City from using face recognition in an emergency.')\n"
            "print([f.category for f in a.exemptions])\n")
    proc = subprocess.run([sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(site)!r}); "
                           f"sys.path.extend({[p for p in sys.path if 'site-packages' in p]!r})\n" + code],
                          capture_output=True, text=True, cwd=tmp_path, check=False)
    assert proc.returncode == 0, proc.stderr
    first, second = proc.stdout.splitlines()
    assert first.startswith(str(site)) and first.endswith("_rules")
    assert second == "['imminent-threat']"
