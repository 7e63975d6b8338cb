"""Rule files: schema errors point at file:line:col, YAML 1.2 booleans, safe loading, packs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from cli_helpers import run_cli
from conftest import CORPUS

from redline_cli.errors import EXIT_USAGE, ConfigError
from redline_cli.rulebook import builtin_rules_dir, load_rulebook

GOOD = """\
rules:
  - id: exemption.warrant.county-recorder
    kind: exemption
    title: County judge order
    severity: medium
    message: "Use is allowed with an endorsement of the county recorder"
    why: "The recorder's endorsement is this county's warrant route."
    match:
      any:
        - phrase: endorsement of the county recorder
    examples:
      match:
        - Nothing in this chapter shall prohibit the sheriff from using face recognition upon an endorsement of the
          county recorder.
      no_match: ["No department shall use face recognition."]
"""


def pack(tmp_path: Path, text: str, name: str = "pack.yaml") -> Path:
    directory = tmp_path / "pack"
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return directory


def error_of(tmp_path: Path, text: str) -> ConfigError:
    """The error loading (and compiling, as ``rules validate`` does) a pack made of ``text``."""
    from redline_cli.nlp import build

    with pytest.raises(ConfigError) as info:
        build(load_rulebook([pack(tmp_path, text)], builtin=False))
    return info.value


def test_builtin_pack_loads_and_every_rule_has_examples(rulebook):
    assert len(rulebook.rules) > 60
    for rule in rulebook.rules:
        assert rule.examples_match and rule.examples_no_match, rule.id
        assert rule.why and rule.message and rule.title


def test_unknown_key_is_reported_with_its_position(tmp_path):
    err = error_of(tmp_path, GOOD.replace("    match:\n", "    pattrens: []\n    match:\n", 1))
    assert str(err).endswith("pack.yaml:8:5: unknown key 'pattrens'")


@pytest.mark.parametrize(("change", "message"), [
    (("id: exemption.warrant.county-recorder", "id: Exemption Warrant"), "bad rule id"),
    (("kind: exemption", "kind: loophole"), "unknown kind 'loophole'"),
    (("id: exemption.warrant.county-recorder", "id: exemption.tax-audit"), "does not name a exemption id"),
    (("severity: medium", "severity: severe"), "unknown severity"),
    (("- phrase: endorsement of the county recorder", "- tokens: [{POS: NOUN}]"), "needs a trained pipeline"),
    (("- phrase: endorsement of the county recorder", "- tokens: [{LOWRE: order}]"),
     "spaCy rejects this token pattern"),
    (("- phrase: endorsement of the county recorder", "- regex: order"), "unknown key 'regex'"),
    (("- phrase: endorsement of the county recorder", '- tokens: [{TEXT: {REGEX: "("}}]'),
     "bad regular expression '(' in TEXT.REGEX: missing ), unterminated subpattern at position 0"),
    (("- phrase: endorsement of the county recorder", "- tokens: [{LOWER: order}, {LOWER: {REGEX: 3}}]"),
     "LOWER.REGEX must be a string"),
    (("    why: \"The recorder's endorsement is this county's warrant route.\"\n", ""), "missing required key 'why'"),
    (("      no_match: [\"No department shall use face recognition.\"]\n", ""), "at least one 'match' and one"),
])
def test_schema_errors(tmp_path, change, message):
    old, new = change
    assert old in GOOD
    err = error_of(tmp_path, GOOD.replace(old, new))
    assert message in str(err)
    assert "pack.yaml:" in str(err) and err.line is not None


def test_yaml_12_booleans_keep_words_like_no_and_on(tmp_path):
    text = GOOD.replace("- phrase: endorsement of the county recorder",
                        "- phrases: [no, on, off, yes, endorsement of the county recorder]")
    book = load_rulebook([pack(tmp_path, text)], builtin=False)
    phrases = [p.phrase for p in book.get("exemption.warrant.county-recorder").patterns]
    assert phrases == ["no", "on", "off", "yes", "endorsement of the county recorder"]


def test_unsafe_yaml_tags_are_refused(tmp_path):
    err = error_of(tmp_path, "rules: !!python/object/apply:os.system ['true']\n")
    assert "invalid YAML" in str(err)


def test_duplicate_ids_are_refused(tmp_path):
    directory = pack(tmp_path, GOOD, "a.yaml")
    (directory / "b.yaml").write_text(GOOD, encoding="utf-8")
    with pytest.raises(ConfigError, match="duplicate rule id"):
        load_rulebook([directory], builtin=False)


def test_a_users_pack_adds_a_rule_that_changes_the_analysis(tmp_path, capsys):
    directory = pack(tmp_path, GOOD)
    law = tmp_path / "law.txt"
    law.write_text("Sec. 1. It shall be unlawful for the County to use face recognition technology.\n"
                   "Sec. 2. Nothing in Section 1 shall prohibit the sheriff from using face recognition upon an "
                   "endorsement of the county recorder.\n", encoding="utf-8")
    code, out, _ = run_cli(capsys, "analyze", law, "--format", "json", "--fail-on", "never")
    assert code == 0 and '"exemption.warrant"' not in out
    code, out, _ = run_cli(capsys, "analyze", law, "--rules", directory, "--format", "json", "--fail-on", "never")
    assert code == 0 and '"exemption.warrant"' in out and "exemption.warrant.county-recorder" in out


def test_rules_validate_and_list(tmp_path, capsys):
    code, out, _ = run_cli(capsys, "rules", "validate")
    assert code == 0 and "valid" in out
    code, out, _ = run_cli(capsys, "rules", "list")
    assert code == 0 and "exemption.criminal-investigation" in out
    bad = pack(tmp_path, GOOD.replace("kind: exemption", "kind: loophole"))
    code, _, err = run_cli(capsys, "rules", "validate", bad)
    assert code == EXIT_USAGE
    assert "pack.yaml:3:5: unknown kind 'loophole'" in err
    assert "Traceback" not in err


def test_rules_validate_times_each_token_pattern_and_warns_at_its_line(tmp_path, capsys):
    """A token pattern over its time budget on the reference text is a warning at file:line:col;
    the pack stays valid, exit 0. (A budget of 0 makes every pattern slow: times are not asserted.)"""
    gap = pack(tmp_path, GOOD.replace("        - phrase: endorsement of the county recorder\n",
                                      "        - tokens: [{LEMMA: endorsement}, {OP: '{0,20}'}, {LOWER: recorder}]\n"))
    code, out, err = run_cli(capsys, "rules", "validate", gap, "--pattern-budget", "0")
    warnings = [line for line in err.splitlines() if "warning" in line]
    assert code == 0 and "valid" in out
    assert any(line.startswith(f"{gap / 'pack.yaml'}:10:11: warning: exemption.warrant.county-recorder: this token "
                               "pattern took") for line in warnings), err
    assert all("KB of reference text" in line for line in warnings)


def test_the_reference_text_is_the_packs_own_examples(rulebook):
    from redline_cli.pattern_timing import reference_text

    text = reference_text(rulebook, 32_768)
    assert len(text) >= 32_768
    assert rulebook.rules[0].examples_match[0] in text


def test_explain_prints_the_rule(capsys):
    code, out, _ = run_cli(capsys, "explain", "exemption.criminal-investigation")
    assert code == 0
    assert "why:" in out and "does not match:" in out and "rules/exemptions.yaml" in out.replace("\\", "/")
    code, _, err = run_cli(capsys, "explain", "exemption.nope")
    assert code == EXIT_USAGE and "no rule" in err


def test_rules_test_fails_on_a_wrong_example(tmp_path, capsys):
    wrong = GOOD.replace('no_match: ["No department shall use face recognition."]',
                         'no_match: ["Nothing in this chapter shall prohibit the sheriff from using face recognition '
                         'upon an endorsement of the county recorder."]')
    code, out, _ = run_cli(capsys, "rules", "test", pack(tmp_path, wrong))
    assert code == 1 and "FAIL" in out and "should not produce its finding" in out
    code, out, _ = run_cli(capsys, "rules", "test", pack(tmp_path, GOOD))
    assert code == 0 and "2 of 2 examples pass" in out


def test_builtin_pack_is_found_in_the_checkout():
    assert (builtin_rules_dir() / "exemptions.yaml").is_file()


def test_fingerprint_covers_every_field_a_finding_carries_but_not_where_the_pack_lives(tmp_path):
    import shutil

    first, moved = tmp_path / "first", tmp_path / "elsewhere" / "moved"
    shutil.copytree(builtin_rules_dir(), first)
    shutil.copytree(builtin_rules_dir(), moved)
    original = load_rulebook([first], builtin=False).fingerprint
    assert load_rulebook([moved], builtin=False).fingerprint == original
    rules = first / "exemptions.yaml"
    text = rules.read_text(encoding="utf-8")
    needle = 'message: "Use is allowed in connection with a criminal investigation"'
    assert needle in text
    rules.write_text(text.replace(needle, 'message: "Criminal investigations are exempt"'), encoding="utf-8")
    assert load_rulebook([first], builtin=False).fingerprint != original


def test_an_edited_rule_message_is_not_served_from_the_analysis_cache(tmp_path, capsys, isolated_cache, monkeypatch):
    """Someone editing the pack in a checkout: the next run shows the new message, not a cached one."""
    import shutil

    import redline_cli.rulebook

    checkout = tmp_path / "rules"
    shutil.copytree(builtin_rules_dir(), checkout)
    monkeypatch.setattr(redline_cli.rulebook, "builtin_rules_dir", lambda: checkout)
    args = ("analyze", CORPUS / "boston-16-62.txt", "--format", "json", "--fail-on", "never")
    code, out, _ = run_cli(capsys, *args)
    old = "Use is allowed in connection with a criminal investigation"
    assert code == 0 and old in out
    rules = checkout / "exemptions.yaml"
    edited = rules.read_text(encoding="utf-8").replace(old, "Criminal investigations are exempt")
    rules.write_text(edited, encoding="utf-8")
    code, out, _ = run_cli(capsys, *args)
    assert code == 0 and "Criminal investigations are exempt" in out and old not in out


BAD_REGEX = GOOD.replace("- phrase: endorsement of the county recorder",
                         '- tokens: [{LOWER: order}, {LOWER: of}, {TEXT: {REGEX: "(county"}}, {LOWER: judge}]')


@pytest.mark.parametrize("command", [("rules", "validate"), ("analyze", CORPUS / "boston-16-62.txt", "--rules")])
def test_a_bad_regex_is_one_line_at_its_position(tmp_path, capsys, command):
    code, out, err = run_cli(capsys, *command, pack(tmp_path, BAD_REGEX))
    assert code == EXIT_USAGE and out == "" and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    assert "pack.yaml:10:57: bad regular expression '(county' in TEXT.REGEX: missing )" in err


def test_a_regex_spacy_cannot_compile_is_a_config_error_where_patterns_are_added():
    """The schema compiles REGEX first; this is the net under it for a Rule built some other way."""
    import spacy
    from spacy.matcher import Matcher

    from redline_cli.rulebook.compile import add_checked
    from redline_cli.rulebook.model import Pattern, Rule

    rule = Rule(id="exemption.warrant.x", kind="exemption", target="exemption.warrant", title="t", severity="low",
                message="m", why="w", patterns=(Pattern(None, ({"TEXT": {"REGEX": "("}},)),))
    with pytest.raises(ConfigError, match="spaCy rejects this token pattern"):
        add_checked(Matcher(spacy.blank("en").vocab, validate=True), rule, rule.patterns[0])


def test_rules_validate_checks_the_packs_scoring_model(tmp_path, capsys):
    """A pack's scoring.yaml replaces the model for analyze --rules DIR: validate must check it the same way."""
    directory = pack(tmp_path, GOOD)
    scoring = (builtin_rules_dir() / "scoring.yaml").read_text(encoding="utf-8")
    assert "  national-security:" in scoring
    (directory / "scoring.yaml").write_text(scoring, encoding="utf-8")
    code, out, _ = run_cli(capsys, "rules", "validate", directory)
    assert code == 0 and "2 scoring models: valid" in out
    (directory / "scoring.yaml").write_text(scoring.replace("  national-security:", "  natonal-security:"),
                                            encoding="utf-8")
    line = next(i for i, text in enumerate(scoring.splitlines(), 1) if text.startswith("  national-security:"))
    code, out, err = run_cli(capsys, "rules", "validate", directory)
    assert code == EXIT_USAGE and "valid" not in out
    assert f"scoring.yaml:{line}:3: unknown id 'natonal-security'" in err
    code, _, err2 = run_cli(capsys, "analyze", CORPUS / "boston-16-62.txt", "--rules", directory)
    assert code == EXIT_USAGE and err2.strip() == err.strip()


def test_the_readme_rule_example_pastes_into_a_working_pack(tmp_path, capsys):
    """README's rule example, copied as it is into a file, is a pack that validates and whose examples pass."""
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Rules"):]
    block = section[section.index("```yaml\n") + len("```yaml\n"):]
    block = block[:block.index("```\n")]
    assert block.startswith("rules:\n")
    directory = tmp_path / "my-rules"
    directory.mkdir()
    (directory / "investigations.yaml").write_text(block, encoding="utf-8")
    code, out, err = run_cli(capsys, "rules", "validate", directory)
    assert code == 0, err
    code, out, err = run_cli(capsys, "rules", "test", directory)
    assert code == 0 and "2 of 2 examples pass (1 rules)" in out, out + err


def test_explain_shows_every_pattern_token_patterns_as_written(capsys, rulebook):
    """No pattern is cut off; token patterns read as in a rule file and parse back to the rule's own."""
    import yaml

    for rule_id in ("exemption.criminal-investigation", "coverage.third-parties"):
        rule = rulebook.get(rule_id)
        assert any(p.tokens for p in rule.patterns) and len(rule.patterns) > 12
        code, out, _ = run_cli(capsys, "explain", rule_id)
        assert code == 0 and f"patterns ({len(rule.patterns)}):" in out
        shown = [line.strip()[2:] for line in out.splitlines() if line.startswith("    - phrase: ")
                 or line.startswith("    - tokens: ")]
        assert len(shown) == len(rule.patterns)
        for line, pattern in zip(shown, rule.patterns, strict=True):
            if pattern.phrase is not None:
                assert line == f"phrase: {pattern.phrase}"
            else:
                assert yaml.safe_load(line)["tokens"] == [dict(t) for t in pattern.tokens]


def test_every_id_a_finding_cites_can_be_explained(capsys, context, monkeypatch):
    """Evidence cites rules, frame rows and structure cues: `redline explain` answers for each (with
    the session's rule book, not one read again for every id)."""
    from redline_cli import cli
    from redline_cli.api import analyze_path

    real = cli._book
    monkeypatch.setattr(cli, "_book", lambda extra, builtin=True: context.rulebook if not extra and builtin
                        else real(extra, builtin))

    ids = set()
    for name in ("boston-16-62.txt", "sebastopol-8-80.txt", "us-hr4695-2025-facial-recognition-act.txt",
                 "iowa-ssb3145-2014-drones-bill.txt"):
        analysis = analyze_path(CORPUS / name, context)
        ids |= {e.rule_id for f in analysis.findings for e in f.evidence}
    assert any(i.startswith("frame.") for i in ids) and any(i.startswith("structure.") for i in ids)
    for rule_id in sorted(ids):
        code, out, err = run_cli(capsys, "explain", rule_id)
        assert code == 0 and out.startswith(rule_id), (rule_id, err)


# ----------------------------------------------------------------- hostile packs (issue 11, item 2)
def test_a_pack_that_would_backtrack_for_minutes_is_refused_at_its_line(tmp_path):
    err = error_of(tmp_path, GOOD.replace("- phrase: endorsement of the county recorder",
                                          '- tokens: [{TEXT: {REGEX: "^(a+)+$"}}]'))
    assert "pack.yaml:10:" in str(err) and "repeats a repetition" in str(err)


def test_gaps_that_reach_too_far_are_refused(tmp_path):
    wide = ('- tokens: [{LOWER: order}, {IS_ALPHA: true, OP: "{0,40}"}, {LOWER: county}, '
            '{IS_ALPHA: true, OP: "{0,40}"}, {LOWER: judge}]')
    err = error_of(tmp_path, GOOD.replace("- phrase: endorsement of the county recorder", wide))
    assert "pack.yaml:10:" in str(err) and "gaps reach too far" in str(err)
    two_open = '- tokens: [{LOWER: order}, {OP: "*"}, {LOWER: county}, {OP: "+"}, {LOWER: judge}]'
    assert "gaps reach too far" in str(error_of(tmp_path, GOOD.replace(
        "- phrase: endorsement of the county recorder", two_open)))


def test_aliases_that_multiply_a_pack_are_refused(tmp_path):
    levels = ["    a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    levels += [f"    a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]" for n in range(1, 7)]
    text = "rules: []\nbomb:\n" + "\n".join(levels) + "\n"
    err = error_of(tmp_path, text)
    assert "pack.yaml:" in str(err) and "aliases expand this file" in str(err)


def test_numbers_are_read_as_yaml_1_2_reads_them(tmp_path):
    text = GOOD.replace("    severity: medium\n", "    severity: medium\n    priority: 010\n", 1)
    book = load_rulebook([pack(tmp_path, text)], builtin=False)
    assert book.get("exemption.warrant.county-recorder").priority == 10  # not 8, as YAML 1.1 had it


def test_an_empty_rule_file_is_an_error_not_a_silent_nothing(tmp_path):
    err = error_of(tmp_path, "\n")
    assert str(err).endswith("pack.yaml:1:1: the file is empty; a rule file holds 'rules:' and a list (write "
                             "'rules: []' for a file that is empty on purpose)")
    (tmp_path / "second").mkdir()
    assert load_rulebook([pack(tmp_path / "second", "rules: []\n")], builtin=False).rules == []


def test_a_token_pattern_may_name_a_word_class_of_the_lexicon(tmp_path):
    text = GOOD.replace("        - phrase: endorsement of the county recorder\n",
                        "        - tokens: [{LEMMA: {IN: [\"@official-title\", recorder]}}, {LEMMA: endorse}]\n")
    book = load_rulebook([pack(tmp_path, text)])
    rule = next(r for r in book.rules if r.id == "exemption.warrant.county-recorder")
    words = rule.patterns[0].tokens[0]["LEMMA"]["IN"]
    assert {"sheriff", "superintendent", "recorder"} <= set(words) and "@official-title" not in words
    err = error_of(tmp_path, text.replace("@official-title", "@no-such-class"))
    assert "@no-such-class" in str(err) and "pack.yaml" in str(err)


def test_british_spellings_share_the_american_lemma(rulebook):
    """The lookup table spells words the American way; the pack's ``spellings`` give each its British
    form, so "offences", "misdemeanour", "authorising" and "behaviour" match rules written as "offense",
    "misdemeanor", "authorize" and "behavior". Words with no such form are left alone."""
    table = rulebook.lemma_table()
    assert table["misdemeanour"] == "misdemeanor"
    assert table["offences"] == "offense"
    assert table["authorising"] == "authorize"
    assert table["behaviour"] == "behavior"
    assert table["centre"] == "center"
    assert "four" not in table and "hour" not in table  # "for" and "hor" are no American spellings of them
    # an inflected British form whose lemma the table spells the British way gets the American lemma too
    assert table["colours"] == "color" and table["centres"] == "center" and table["honoured"] == "honor"
    assert table["odour"] == "odor" and table["metre"] == "meter"  # (short words as well)
    assert "annullled" not in table  # a doubled letter is not doubled again


def test_defined_terms_are_terms_said_to_mean_something():
    from redline_cli.analysis.definitions import defined_terms

    text = ('ENFORCEMENT\n\nSec. 2. Definitions. "Covered entity" means a county department.\n'
            '"Drone" has the meaning given in section 4.\nThe term camera includes a doorbell camera.\n')
    assert defined_terms(text) == frozenset({"covered entity", "drone", "camera"})


def test_a_pack_spelling_that_is_not_an_ending_pair_is_refused(tmp_path):
    (tmp_path / "lexicon.yaml").write_text("spellings:\n  our: [or]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="spellings"):
        load_rulebook([tmp_path])
