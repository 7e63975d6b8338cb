#!/usr/bin/env python3
"""Check the gold files of a folder of law texts (corpus/, tests/data/ordinances, holdout, ...).

Adapted from the shared corpus's check_quotes.py (the clause-bank check is removed):

- every gold quote is an exact substring of its document's body (the text after the '#' header
  lines and the blank line), once runs of whitespace are folded to one space on both sides, and
  occurs there once only, so that it pins down one span;
- every id used is one of the DESIGN.md section 6 ids (see the corpus README.md for the id forms);
- added here: each text has exactly the five corpus header lines (source, jurisdiction, enacted,
  kind, complete) and a blank line, and a gold file with complete: true fills every coverage key.

Usage: python3 tests/data/check_gold.py DIR   Exit 1 on any failure (tests/test_gold_files.py calls
check_folder on every folder of gold files, in its own process: a subprocess per folder cost a Python start
and the package's import each).
"""
import pathlib
import re
import sys

import yaml

HEADER = ('# source: ', '# jurisdiction: ', '# enacted: ', '# kind: ', '# complete: ')
KINDS = {'ban', 'moratorium', 'reversal', 'regulation', 'eu'}
COVERAGE_KEYS = {'acts', 'derived-information', 'third-parties', 'donations', 'technologies', 'actors',
                 'enforcement', 'durability'}

# The ids are redline's own taxonomy (DESIGN.md section 6), so the checker and the tool cannot drift.
from redline_cli.evaluate import BOOLEAN_COVERAGE as BOOLS  # noqa: E402
from redline_cli.evaluate import EXEMPTION_CATEGORIES as EXEMPTIONS  # noqa: E402
from redline_cli.evaluate import LIST_COVERAGE as LISTS  # noqa: E402
from redline_cli.evaluate import valid_id  # noqa: E402
from redline_cli.taxonomy import DURABILITY, QUALIFIERS  # noqa: E402


_LOADER = getattr(yaml, 'CSafeLoader', yaml.SafeLoader)  # (libyaml's, where PyYAML was built with it)


def load(path):
    return yaml.load(path.read_text(encoding='utf-8'), Loader=_LOADER)


def fold(s):
    return re.sub(r'\s+', ' ', s).strip()


def body_of(path, errors=None):
    text = path.read_text(encoding='utf-8')
    head, _, body = text.partition('\n\n')
    lines = head.splitlines()
    ok = len(lines) == len(HEADER) and all(l.startswith(h) for l, h in zip(lines, HEADER))
    if ok:
        ok = (lines[3][len('# kind: '):].split() or [''])[0] in KINDS
    if not ok and errors is not None:
        errors.append(f'{path.name}: header must be exactly the five lines {", ".join(h.strip() for h in HEADER)} (kind in {sorted(KINDS)}) and a blank line')
    return fold(body)


def check_quote(where, what, quote, body, errors):
    n = body.count(fold(quote))
    if n == 0:
        errors.append(f'{where}: {what} quote not found: {quote[:70]!r}')
    elif n > 1:
        errors.append(f'{where}: {what} quote occurs {n} times (lengthen it): {quote[:70]!r}')


def check_gold(path, errors, g=None):
    g = load(path) if g is None else g
    where = path.name
    allowed = {'document', 'complete', 'prohibitions', 'exemptions', 'coverage', 'absent', 'notes'}
    for k in set(g) - allowed:
        errors.append(f'{where}: unknown key {k!r}')
    folder = path.parent
    doc = folder / g['document']
    if not doc.exists():
        errors.append(f'{where}: document {g["document"]} missing')
        return 0, 0
    body = body_of(doc, errors)
    if not isinstance(g.get('complete'), bool):
        errors.append(f'{where}: complete must be true or false')
    for p in g.get('prohibitions') or []:
        if set(p) - {'quote', 'notes'}:
            errors.append(f'{where}: prohibition keys {sorted(p)}')
        check_quote(where, 'prohibition', p['quote'], body, errors)
    for e in g.get('exemptions') or []:
        if set(e) - {'category', 'quote', 'qualifiers', 'notes'}:
            errors.append(f'{where}: exemption keys {sorted(e)}')
        if e['category'] not in EXEMPTIONS:
            errors.append(f'{where}: unknown category {e["category"]}')
        for q in e.get('qualifiers') or []:
            if q not in QUALIFIERS:
                errors.append(f'{where}: unknown qualifier {q}')
        check_quote(where, 'exemption', e['quote'], body, errors)
    cov = g.get('coverage') or {}
    for k, v in cov.items():
        if k in BOOLS:
            ok = isinstance(v, bool)
        elif k in LISTS:
            ok = isinstance(v, list) and set(v) <= set(LISTS[k])
        elif k == 'durability':
            ok = v in DURABILITY
        elif k == 'notes':
            ok = isinstance(v, str)
        else:
            ok = False
        if not ok:
            errors.append(f'{where}: bad coverage {k}: {v!r}')
    if g.get('complete') is True and folder.name != 'corpus':
        # Project-written texts settle every key. The shared corpus's "complete" means the section
        # is whole; a remedy section it leaves out (Illinois 137/10, California 1798.90.55) stays
        # unsettled there. A text that bans nothing has no durability of a ban to settle.
        needed = COVERAGE_KEYS - ({'durability'} if not g.get('prohibitions') else set())
        for k in sorted(needed - set(cov)):
            errors.append(f'{where}: complete text but coverage key {k!r} is missing')
    for a in g.get('absent') or []:
        if not valid_id(a):
            errors.append(f'{where}: bad absent id {a}')
    present = {f'exemption.{e["category"]}' for e in g.get('exemptions') or []}
    for a in set(g.get('absent') or []) & present:
        errors.append(f'{where}: {a} is both labelled and absent')
    return len(g.get('prohibitions') or []), len(g.get('exemptions') or [])


def check_folder(folder):
    """The report lines and the errors of every gold file in ``folder``."""
    errors, lines = [], []
    golds = set()
    for path in sorted(folder.glob('*.gold.yaml')):
        g = load(path)
        p, e = check_gold(path, errors, g)
        golds.add(g['document'])
        doc = folder / g['document']
        words = len(body_of(doc).split()) if doc.exists() else 0
        lines.append(f'{path.name:50} prohibitions {p:2}  exemptions {e:2}  words {words:5}')
    texts = {p.name for p in folder.glob('*.txt')}
    for t in sorted(texts - golds):
        errors.append(f'{t}: no gold file')
    return lines, errors


def main():
    here = pathlib.Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else pathlib.Path.cwd()
    lines, errors = check_folder(here)
    for line in lines:
        print(line)
    for e in errors:
        print('FAIL', e)
    if not errors:
        print('OK')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
