"""Output formats, one module each; ``render(analyses, out, gates=..., **options)``.

Only ``text`` imports rich; every machine format writes with ``json``/``csv``/``xml`` directly.
"""

from __future__ import annotations

from importlib import import_module

# name -> (module, function)
FORMATS: dict[str, tuple[str, str]] = {
    "text": ("text", "render"),
    "json": ("json_report", "render"),
    "jsonl": ("json_report", "render_jsonl"),
    "csv": ("csv_report", "render"),
    "markdown": ("markdown", "render"),
    "html": ("html", "render"),
    "sarif": ("sarif", "render"),
    "junit": ("junit", "render"),
    "github": ("github", "render"),
}


def renderer(name: str):
    module, function = FORMATS[name]
    return getattr(import_module(f"{__name__}.{module}"), function)
