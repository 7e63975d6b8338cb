"""The Python API: the examples in its docstrings run, and it returns the CLI's data classes."""

from __future__ import annotations

import doctest

import pytest
from conftest import ROOT

import redline_cli
from redline_cli import api


def test_docstring_examples(monkeypatch):
    monkeypatch.chdir(ROOT)
    result = doctest.testmod(api, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted >= 3 and result.failed == 0


def test_public_names():
    for name in redline_cli.__all__:
        assert getattr(redline_cli, name) is not None
    assert redline_cli.__version__


def test_public_functions_survive_importing_every_submodule():
    """A submodule named like a public function (once ``compare.py``) would replace the function
    on the package as soon as anything imported it, so ``from redline_cli import compare`` gave a
    module; the CLI and the report writers import them all."""
    import pkgutil
    from importlib import import_module

    for module in pkgutil.walk_packages(redline_cli.__path__, "redline_cli."):
        if module.name != "redline_cli.__main__":
            import_module(module.name)
    for name in ("analyze", "analyze_text", "compare", "diff"):
        assert callable(getattr(redline_cli, name)) and getattr(redline_cli, name) is getattr(api, name)


def test_analyze_bytes_and_errors():
    a = redline_cli.analyze(b"It shall be unlawful for the City to use face recognition technology.")
    assert isinstance(a, redline_cli.Analysis) and a.status == "ok" and a.coverage.acts == ["use"]
    with pytest.raises(redline_cli.InputError):
        redline_cli.analyze(ROOT / "no-such-file.pdf")


def test_options_select_and_rules(tmp_path):
    options = redline_cli.Options(select=("exemption.*",))
    a = redline_cli.analyze(ROOT / "corpus" / "boston-16-62.txt", options=options)
    assert {f.kind for f in a.findings} == {"exemption"}


def test_directories_skip_hidden_files_and_directories(tmp_path, monkeypatch):
    """``redline analyze .`` in a project: drafts/ and README.md, never .venv/, .git/ or .pytest_cache/."""
    for name in ("README.md", "drafts/bill.txt", "drafts/old/bill-v1.txt", ".venv/lib/python3.11/LICENSE.txt",
                 ".pytest_cache/README.md", "drafts/.git/description.txt", ".notes.md", "drafts/.draft.txt.swp.txt",
                 "drafts/image.png"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert api.expand_paths(["."]) == ["README.md", "drafts/bill.txt", "drafts/old/bill-v1.txt"]
    assert api.expand_paths(["."], "*.txt") == ["drafts/bill.txt", "drafts/old/bill-v1.txt"]
    assert api.expand_paths(["."], "**/*.txt") == ["drafts/bill.txt", "drafts/old/bill-v1.txt"]
    assert api.expand_paths(["drafts"], "*") == ["drafts/bill.txt", "drafts/old/bill-v1.txt"]  # never image.png
    assert api.expand_paths(["drafts"], "*.png") == ["drafts"]  # nothing to read: reported as an input error
    assert api.empty_directories(["drafts", "README.md"], "*.png") == {
        "drafts": "no documents matching --glob '*.png' found in this directory"}
    assert api.expand_paths([str(tmp_path / ".venv")]) == [str(tmp_path / ".venv/lib/python3.11/LICENSE.txt")]
    assert api.expand_paths(["drafts", "-", "missing.pdf"]) == ["drafts/bill.txt", "drafts/old/bill-v1.txt", "-",
                                                                 "missing.pdf"]
