"""The JSON report is the same text whichever encoder writes it (report/json_report.py): orjson for a
report of ordinary size when the ``fast`` extra is installed, else ``json``."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from redline_cli.report import json_report

ROOT = Path(__file__).resolve().parents[1]
pytest.importorskip("orjson")


def _both(analyses, monkeypatch) -> tuple[str, str]:
    fast = io.StringIO()
    json_report.render(analyses, fast)
    with monkeypatch.context() as m:
        m.setattr(json_report, "_orjson_text", lambda report: None)
        slow = io.StringIO()
        json_report.render(analyses, slow)
    return fast.getvalue(), slow.getvalue()


def test_orjson_writes_the_report_json_writes(analyze_text, monkeypatch):
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))[:6]]
    # and quotes json escapes: control characters, a tab, non-ASCII, a line separator
    texts.append("Sec. 1. No agency shall use face recognition.\x07 Sec. 2. Section 1 does not apply to the "
                 "Bureau\tof Ñandú\u2028 when it searches for a missing child ✓.")
    analyses = [analyze_text(t) for t in texts]
    fast, slow = _both(analyses, monkeypatch)
    assert fast == slow
    assert json.loads(fast)["documents"]


def test_what_orjson_would_write_differently_falls_back_to_json():
    assert json_report._orjson_text({"weight": 1e-05}) is None  # json: 1e-05, orjson: 1e-5
    assert json_report._orjson_text({"quote": "\ud800"}) is None  # a lone surrogate
    assert json_report._orjson_text({"quote": "plain", "n": [1, 2.5]}) == json.dumps(
        {"quote": "plain", "n": [1, 2.5]}, ensure_ascii=False, indent=2)


def test_a_string_that_looks_like_a_number_keeps_the_fast_path():
    """A hex fingerprint holds "3e4" often, and a quote may hold '": 1e5': only numbers send a report
    to the slow path, so most reports are not written twice."""
    report = {"fingerprint": "c604ad3e4b8d", "quote": 'he said ": 1e5" twice', "n": [1, 0.25], "weight": 0.5}
    assert json_report._orjson_text(report) == json.dumps(report, ensure_ascii=False, indent=2)
    assert json_report._orjson_text({"n": [1, 2.5e-07]}) is None  # an array element in exponent form
