"""``--format json`` and ``--format jsonl``: the machine contract.

One object ``{"schema_version", "redline_version", "documents": [...]}`` (jsonl: one document per
line, written as each document finishes). Encoded by ``json`` and written in pieces of a megabyte
(``json.dump`` to a stream makes a write call per token, most of a cached run's time; one string of
the whole report doubles the peak memory of a long law), never through rich, so nothing wraps.
The JSON Schema is ``redline_cli/schemas/report.schema.json``.
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


# Written in pieces of about this many characters: few write calls, and no second copy of a report that
# can be a hundred times its law (a 4 MB law of 70,000 one-line bans reports 200 MB).
CHUNK = 1 << 20


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    docs = [document(a, gates.reasons(i) if gates else None) for i, a in enumerate(analyses)]
    # (the same text as json.dumps(..., indent=2), which joins these very pieces into one string)
    pieces: list[str] = []
    size = 0
    for piece in json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(envelope(docs)):
        pieces.append(piece)
        size += len(piece)
        if size >= CHUNK:
            out.write("".join(pieces))
            pieces, size = [], 0
    pieces.append("\n")
    out.write("".join(pieces))


def render_line(analysis: Analysis, out: TextIO, gate_reasons: list[str] | None = None) -> None:
    """One jsonl line: a document object (the stream carries no envelope)."""
    out.write(json.dumps(document(analysis, gate_reasons), ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()


def render_jsonl(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    for i, a in enumerate(analyses):
        render_line(a, out, gates.reasons(i) if gates else None)
