"""``--format json`` and ``--format jsonl``: the machine contract.

One object ``{"schema_version", "redline_version", "documents": [...]}`` (jsonl: one document per
line, written as each document finishes). Encoded by ``json`` and written in pieces of a megabyte
(``json.dump`` to a stream makes a write call per token, most of a cached run's time; one string of
the whole report doubles the peak memory of a long law), never through rich, so nothing wraps.
With the ``fast`` extra (orjson) a report of ordinary size is encoded by orjson instead, byte for
byte the same text (``json`` with ``indent=2`` runs its pure-Python encoder); what orjson would write
differently (a float in exponent form, a lone surrogate) falls back to ``json``.
The JSON Schema is ``redline_cli/schemas/report.schema.json``.
"""

from __future__ import annotations

import json
import re
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


# Reports with at most this many findings are encoded in one piece by orjson when it is installed (about
# 1.6 KB a finding: some 30 MB); longer ones are streamed as below, to bound the peak memory.
FAST_FINDINGS = 20_000
# Where orjson writes a float as json does not: below 1e-4 json writes an exponent ("1e-05", "1.5e-07")
# and orjson a shorter one or none ("0.00001", "1.5e-7"). Only a number is looked at: a value after a key
# (an unescaped quote, a colon) or an array element (a line of its own: a string holds no raw line break),
# not a string that happens to hold "3e4", as a hex fingerprint often does (that sent whole reports to
# the slow path).
_OWN_FLOAT = re.compile(rb'(?:(?<!\\)": |^ +)-?(?:[0-9]+(?:\.[0-9]+)?[eE]|0\.0000[0-9])', re.M)


def _orjson_text(report: dict[str, Any]) -> str | None:
    """The report as ``json.dumps(report, ensure_ascii=False, indent=2)`` would write it, by orjson; None
    when orjson is not installed or might write it differently."""
    try:
        import orjson
    except ImportError:
        return None
    try:
        raw = orjson.dumps(report, option=orjson.OPT_INDENT_2)
    except (TypeError, orjson.JSONEncodeError):
        return None  # (a lone surrogate in a quote, a value json writes its own way)
    if _OWN_FLOAT.search(raw):
        return None
    return raw.decode("utf-8")


def render(analyses: list[Analysis], out: TextIO, gates=None, **_: Any) -> None:
    docs = [document(a, gates.reasons(i) if gates else None) for i, a in enumerate(analyses)]
    if sum(len(a.findings) for a in analyses) <= FAST_FINDINGS and (text := _orjson_text(envelope(docs))):
        out.write(text + "\n")
        return
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
