"""Start-up: `redline --help` stays instant (no spaCy, no PDF libraries), `--version` works."""

from __future__ import annotations

import json
import re

from cli_helpers import run_subprocess
from conftest import CORPUS

from redline_cli._version import __version__

HEAVY = ("spacy", "pdfplumber", "pdfminer", "pypdfium2", "thinc")

# Run the CLI in a fresh interpreter, then report which heavy modules got imported.
PROBE = f"""
import json, sys
from redline_cli.cli import main
try:
    main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {set(HEAVY)!r})
sys.stderr.write("\\nPROBE " + json.dumps({{"code": code, "heavy": heavy}}) + "\\n")
"""


def _probe(*args: str) -> tuple[dict, str]:
    proc = run_subprocess("-c", PROBE, *args)
    err = proc.stderr.decode("utf-8")
    m = re.search(r"^PROBE (.*)$", err, re.M)
    assert m, err
    return json.loads(m.group(1)), proc.stdout.decode("utf-8")


def test_help_imports_no_heavy_module():
    result, out = _probe("--help")
    assert result == {"code": 0, "heavy": []}
    assert "extract" in out


def test_extract_help_imports_no_heavy_module():
    result, out = _probe("extract", "--help")
    assert result == {"code": 0, "heavy": []}
    assert "--no-cache" in out


def test_extracting_a_text_file_needs_no_pdf_library(tmp_path):
    result, out = _probe("extract", str(CORPUS / "boston-16-62.txt"), "--no-cache")
    assert result == {"code": 0, "heavy": []}
    assert "16-62(B)(2)(a)" in out


def test_importtime_of_help():
    proc = run_subprocess("-X", "importtime", "-m", "redline_cli", "--help")
    assert proc.returncode == 0
    imported = {line.split("|")[-1].strip() for line in proc.stderr.decode("utf-8").splitlines()
                if line.startswith("import time:")}
    assert "redline_cli.cli" in imported  # the probe saw the import table at all
    assert not {name for name in imported if name.split(".")[0] in HEAVY}


def test_version():
    proc = run_subprocess("-m", "redline_cli", "--version")
    assert proc.returncode == 0
    assert proc.stdout.decode().strip() == f"redline {__version__}"
    assert proc.stderr == b""
