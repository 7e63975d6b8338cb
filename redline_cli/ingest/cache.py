"""A content-addressed cache of extracted Documents.

Extraction is the slow part of a PDF; a batch run over dozens of ordinances re-reads the same files
again and again. The key is the file's SHA-256, the engine, redline's version and a fingerprint of the code that
builds Documents (ingest, structure), so an edited file, another engine, an upgrade or a source
checkout that changed the parser never sees a stale entry. A damaged entry is ignored and rewritten.
"""

from __future__ import annotations

import contextlib
import functools
import gzip
import hashlib
import json
import os
import tempfile
from pathlib import Path

from .._version import __version__
from ..document import Document

FORMAT = 1
_CODE = ("document.py", "columns.py", "structure.py", "ingest/__init__.py", "ingest/pdf.py", "ingest/pdfium.py",
         "ingest/layout.py", "ingest/text.py", "ingest/docx.py", "ingest/html.py", "ingest/sniff.py")


@functools.cache
def code_fingerprint() -> str:
    """A short hash of the source that turns bytes into Documents (read once per process)."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for name in _CODE:
        with contextlib.suppress(OSError):
            h.update((root / name).read_bytes())
    return h.hexdigest()[:12]


def default_dir() -> Path:
    """``$REDLINE_CACHE_DIR``, else the XDG cache directory."""
    env = os.environ.get("REDLINE_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "redline"


class DocumentCache:
    """Get and put Documents by (content hash, engine)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = directory or default_dir()

    def _path(self, sha256: str, engine: str) -> Path:
        return (self.directory / "documents" / f"{sha256[:2]}" /
                f"{sha256}.{engine}.v{__version__}-{code_fingerprint()}.json.gz")

    def get(self, sha256: str, engine: str) -> Document | None:
        path = self._path(sha256, engine)
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
            if data.get("format") != FORMAT or data["document"]["sha256"] != sha256:
                return None
            return Document.from_dict(data["document"])
        except FileNotFoundError:
            return None
        except (OSError, EOFError, ValueError, KeyError, TypeError, IndexError, AttributeError):
            return None  # damaged entry: treated as a miss, and put() rewrites it

    def put(self, doc: Document) -> None:
        path = self._path(doc.sha256, doc.engine)
        payload = {"format": FORMAT, "version": __version__, "document": doc.to_dict()}
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, gzip.compress(json.dumps(payload, ensure_ascii=False).encode("utf-8"),
                                             compresslevel=1))
        except OSError:
            pass  # a cache that cannot be written only costs time


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename: never a partial file."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
