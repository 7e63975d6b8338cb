"""``--format json`` and ``--format jsonl``: the machine contract.

One object ``{"schema_version", "redline_version", "documents": [...]}`` (jsonl: one document per
line, written as each document finishes). Encoded whole with ``json.dumps`` and written at once
(``json.dump`` to a stream makes a write call per token, most of a cached run's time), never
through rich, so nothing wraps. The JSON Schema is ``redline_cli/schemas/report.schema.json``.
"""

from __future__ import annotations

import json
from typing import Any, TextIO

from .._version import __version__
from ..findings import SCHEMA_VERSION, Analysis


def document(analysis: Analysis, gate_reasons: list[str] | None = None) -> dict[str, Any]:
    out = analysis.to_dict()
    out["gate"] = {"failed": bool(gate_reasons), "reasons": list(gate_reasons or [])}
    return out


def envelope(documents: list[dict[str, Any]]) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "redline_version": __version__, "documents": documents}


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    docs = [document(a, gates.reasons(i) if gates else None) for i, a in enumerate(analyses)]
    out.write(json.dumps(envelope(docs), ensure_ascii=False, indent=2) + "\n")


def render_line(analysis: Analysis, out: TextIO, gate_reasons: list[str] | None = None) -> None:
    """One jsonl line: a document object (the stream carries no envelope)."""
    out.write(json.dumps(document(analysis, gate_reasons), ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()


def render_jsonl(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    for i, a in enumerate(analyses):
        render_line(a, out, gates.reasons(i) if gates else None)
