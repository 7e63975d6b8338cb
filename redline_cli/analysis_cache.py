"""A cache of whole Analyses, so a re-run over an unchanged batch skips extraction, spaCy and the
analysis alike (and never builds the pipeline when every document hits).

The key holds everything an analysis depends on: the file's SHA-256, the PDF engine, redline's
version, a fingerprint of the code that reads and analyzes documents, the rule book, the scoring
model and the --select/--ignore filters. A damaged entry is a miss and is rewritten.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import json
from pathlib import Path

from ._version import __version__
from .findings import Analysis, analysis_from_dict
from .ingest.cache import code_fingerprint, default_dir, write_atomic

FORMAT = 1
_CODE = ("analysis", "columns.py", "nlp.py", "matcher.py", "scoring.py", "findings.py", "taxonomy.py", "api.py")


@functools.cache
def analysis_code_fingerprint() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256(code_fingerprint().encode())
    for name in _CODE:
        path = root / name
        for file in sorted(path.rglob("*.py")) if path.is_dir() else [path]:
            with contextlib.suppress(OSError):
                h.update(file.read_bytes())
    return h.hexdigest()[:12]


def key_of(context) -> str:
    """What the analyses of ``context`` depend on, besides the document itself."""
    opts = context.options
    h = hashlib.sha256()
    for part in (__version__, analysis_code_fingerprint(), context.rulebook.fingerprint, repr(context.scoring),
                 opts.engine, repr(opts.select), repr(opts.ignore)):
        h.update(part.encode())
        h.update(b"\x1f")
    return h.hexdigest()[:16]


class AnalysisCache:
    def __init__(self, context, directory: Path | None = None) -> None:
        self.directory = (directory or default_dir()) / "analyses"
        self.key = key_of(context)

    def _path(self, sha256: str) -> Path:
        return self.directory / sha256[:2] / f"{sha256}.{self.key}.json.gz"

    def get(self, sha256: str, label: str) -> Analysis | None:
        try:
            with gzip.open(self._path(sha256), "rt", encoding="utf-8") as fh:
                data = json.load(fh)
            if data.get("format") != FORMAT or data["analysis"]["sha256"] != sha256:
                return None
            analysis = analysis_from_dict(data["analysis"])
        except FileNotFoundError:
            return None
        except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, IndexError):
            return None
        analysis.path = label
        return analysis

    def put(self, analysis: Analysis) -> None:
        if analysis.status == "error" or not analysis.sha256:
            return
        payload = analysis.to_dict()
        payload.pop("suppressed", None)
        payload.update(text=analysis.text, trace=sorted(analysis.trace), metadata=analysis.metadata,
                       media_type=analysis.media_type, lines=analysis.lines)
        path = self._path(analysis.sha256)
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, gzip.compress(json.dumps({"format": FORMAT, "analysis": payload},
                                                        ensure_ascii=False).encode("utf-8"), compresslevel=1))
