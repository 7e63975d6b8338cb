"""``redline extract``: what ingest saw, for checking it by eye (text) or by script (json)."""

from __future__ import annotations

import json
from typing import TextIO

from .._version import __version__
from ..document import Document

EXTRACT_SCHEMA_VERSION = "1"


def render_text(doc: Document, out: TextIO) -> None:
    """Each line with its page:line mark and provision, then the provision tree."""
    out.write(f"== {doc.path}  ({doc.media_type}, engine {doc.engine}, {doc.pages} page"
              f"{'s' if doc.pages != 1 else ''}, {len(doc.lines)} lines, {len(doc.provisions) - 1} provisions)\n")
    for key, value in doc.metadata.items():
        out.write(f"#  {key}: {value}\n")
    for line in doc.lines:
        text = doc.text[line.start:line.end]
        mark = f"{line.page}:{line.cited}"
        cite = doc.provision_at(line.start).citation if text.strip() else ""
        out.write(f"{mark:>8}  {cite[:22]:<22} | {text}\n")
    out.write("\nprovisions\n")
    for prov in doc.provisions[1:]:
        first = doc.line_at(prov.start)
        last = doc.line_at(max(prov.start, prov.end - 1))
        span = f"{first.page}:{first.cited}-{last.page}:{last.cited}"
        title = f"  {prov.heading}" if prov.heading else ""
        out.write(f"{'  ' * prov.depth}{prov.citation}  [{prov.id}]  {span}{title}\n")


def document_json(doc: Document) -> dict:
    """The extract JSON of one document: text, lines and provisions with their page:line spans."""
    provisions = []
    for prov in doc.provisions[1:]:
        first = doc.line_at(prov.start)
        provisions.append({
            "id": prov.id, "citation": prov.citation, "kind": prov.kind, "label": prov.label,
            "heading": prov.heading, "depth": prov.depth,
            "parent": doc.provisions[prov.parent].id if prov.parent else None,
            "char_start": prov.start, "char_end": prov.end, "page": first.page, "line": first.cited,
        })
    return {
        "path": doc.path, "sha256": doc.sha256, "media_type": doc.media_type, "engine": doc.engine,
        "pages": doc.pages, "metadata": doc.metadata, "text": doc.text,
        "lines": [{"page": ln.page, "line": ln.number, "printed": ln.printed, "char_start": ln.start,
                   "char_end": ln.end} for ln in doc.lines],
        "provisions": provisions,
    }


def render_json(docs: list[dict], out: TextIO) -> None:
    out.write(json.dumps({"schema_version": EXTRACT_SCHEMA_VERSION, "redline_version": __version__,
                          "documents": docs}, ensure_ascii=False, indent=2) + "\n")
