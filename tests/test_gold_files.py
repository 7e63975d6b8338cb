"""Every gold file's quotes are in its text, once, and its ids are DESIGN.md section 6 ids."""

from __future__ import annotations

import importlib.util
import re

import pytest
from conftest import CORPUS, DATA

# Every set from holdout28 and paraphrases28 on (sets BA-BF, session 8) was written blind and read once
# before it joined tests/data.
BLIND_FROM = 28
_SET_NUMBER = re.compile(r"(?:holdout|paraphrases)(\d+)")
HELD_OUT_SETS = sorted((p for p in DATA.iterdir() if p.is_dir() and (m := _SET_NUMBER.fullmatch(p.name))
                        and int(m.group(1)) >= BLIND_FROM), key=lambda p: p.name)
# The tuning folders, then every blind set since holdout28
FOLDERS = [CORPUS, *(DATA / name for name in ("ordinances", "holdout", "holdout2", "holdout3", "holdout4",
                                                  "holdout5", "holdout6", "paraphrases6", "holdout8", "drafts")),
           *HELD_OUT_SETS]


def test_the_held_out_sets_run_unbroken_in_pairs():
    """Each blind set is a holdoutN (laws) and a paraphrasesN (short texts), numbered on from the last:
    a set left out of git (its folder missing from a clean checkout) shows as a gap."""
    numbers = {kind: sorted(int(p.name[len(kind):]) for p in HELD_OUT_SETS if p.name.startswith(kind))
               for kind in ("holdout", "paraphrases")}
    assert numbers["holdout"] == numbers["paraphrases"]
    assert numbers["holdout"] == list(range(BLIND_FROM, BLIND_FROM + len(numbers["holdout"])))
def _checker():
    """tests/data/check_gold.py as a module (it is a script the blind-set helpers run too)."""
    spec = importlib.util.spec_from_file_location("check_gold", DATA / "check_gold.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


CHECKER = _checker()


# holdout7, paraphrases7 (set E) and paraphrases8 (set F) leave a coverage key out where no taxonomy
# id fits (a single named school district as the actor): check_gold.py asks for every key of a
# complete text, so they are graded by `redline eval` but not held to this check.


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_gold_files_are_consistent(folder):
    # (a folder named here but missing, say one never added to git, must not pass as "no errors")
    assert list(folder.glob("*.gold.yaml")), f"{folder}: no gold files"
    _, errors = CHECKER.check_folder(folder)
    assert not errors, "\n".join(errors)[-3000:]
