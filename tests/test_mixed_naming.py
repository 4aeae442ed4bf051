"""mixed-naming: one entity, one name in a story."""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest
from conftest import REPO, lint, run_cli, shared_path
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.injectors import Story, form_swap_named
from lint.config import Config, default_config, load_config
from lint.document import Document, build_document, decode
from lint.engine import Engine, RunOptions
from lint.errors import ConfigError
from lint.findings import Applicability, Finding, Severity
from lint.fixing import applicable_edits, apply_edits
from lint.rules import get_rule
from lint.rules.mixed_naming.groups import Group, fold_groups

RULE = "mixed-naming"
HEADLINE = "Talks resume after a difficult week\n\n"


def story(*paragraphs: str) -> str:
    return HEADLINE + "\n\n".join(paragraphs) + "\n"


@cache
def _default_engine() -> tuple[Engine, Config]:
    # One engine and config for the whole module: the rule prepares its patterns once.
    return Engine(RunOptions(select=frozenset({RULE}))), default_config(REPO)


def found(text: str) -> list[tuple[int, str]]:
    """(line, flagged text) of each mixed-naming finding with the default configuration."""
    engine, config = _default_engine()
    document, findings, _ = engine.lint_text(text, "story.txt", None, config, "story.txt")
    return [(document.position(f.start).line, document.text[f.start : f.end]) for f in findings]


def lint_with(config_text: str, text: str, tmp_path: Path) -> tuple[Document, list[Finding]]:
    config_file = tmp_path / ".newslint.yaml"
    config_file.write_text(config_text, encoding="utf-8")
    engine = Engine(RunOptions(select=frozenset({RULE})))
    document, findings, _ = engine.lint_text(text, "story.txt", None, load_config(config_file), "story.txt")
    return document, findings


US_STORY = (
    "Officials said US forces would stay.",
    "The US embassy said talks in the region would go on.",
)

# (trap, should flag: (text, [(line, flagged)]), should pass: text)
TRAPS = [
    (
        "variant in a story that writes the short form",
        (story(*US_STORY, "Later this week the USA sent more aircraft."), [(7, "USA")]),
        story(*US_STORY, "Later this week the US sent more aircraft."),
    ),
    (
        "a form inside a longer name: T-Mobile USA, Team USA",
        (story(*US_STORY, "Analysts expect the USA to gain."), [(7, "USA")]),
        story(*US_STORY, "Analysts expect T-Mobile USA and Team USA to gain."),
    ),
    (
        "a form that starts a longer name: US Open, USA Track and Field",
        (story(*US_STORY, "He then played in the USA and won."), [(7, "USA")]),
        story(*US_STORY, "He then played in the US Open and USA Track and Field events."),
    ),
    (
        "the UK Independence Party and Russia Today are not the UK and Russia",
        (story("Russia said the UK would act.", "The UK and Russia met.",
               "Officials from the United Kingdom of Great Britain and Northern Ireland and the "
               "Russian Federation spoke."),
         [(7, "United Kingdom of Great Britain and Northern Ireland"), (7, "Russian Federation")]),
        story("Russia said the UK would act.", "The UK and Russia met.",
              "The UK Independence Party spoke to Russia Today about the UK."),
    ),
    (
        "Bank of America is a bank",
        (story(*US_STORY, "He moved to the USA in 2001."), [(7, "USA")]),
        story(*US_STORY, "He moved to Bank of America in 2001."),
    ),
    (
        "compounds are not judged: USA-led, pro-USA",
        (story(*US_STORY, "The USA led the coalition."), [(7, "USA")]),
        story(*US_STORY, "The USA-led coalition and pro-USA groups met."),
    ),
    (
        "all-caps lines are not names",
        (story(*US_STORY, "Fans chanted for the USA on Sunday."), [(7, "USA")]),
        story(*US_STORY, "THE USA IS BACK, SAID THE BANNER"),
    ),
    (
        "a direct quotation is the speaker's",
        (story(*US_STORY, 'He said the USA would "never accept this".'), [(7, "USA")]),
        story(*US_STORY, '"The USA will never accept this," he said.'),
    ),
    (
        "a quotation left open runs to the end of its paragraph",
        (story(*US_STORY, "Aides said the USA was wrong."), [(7, "USA")]),
        story(*US_STORY, "\u201cThe USA was wrong, said the aide.",
              "\u201cIt will not happen again.\u201d"),
    ),
    (
        "the formal name dropped into a story that uses the short one",
        (story("Russia has denied the claims.", "Officials said the Russian Federation would reply."),
         [(5, "Russian Federation")]),
        story("Russia has denied the claims.", "Officials said Russian forces would reply."),
    ),
    (
        "long forms and aliases stand beside the short form",
        (story("The UK economy grew.", "Britain and the U.K. both appear here."), [(5, "U.K.")]),
        story("The UK economy grew.", "Britain and the United Kingdom both appear here, as do "
              "the US, the United States and America."),
    ),
    (
        "abbreviation styles: Nato and NATO",
        (story("Nato ministers met.", "The Nato summit ended.", "Then NATO issued a statement."),
         [(7, "NATO")]),
        story("Nato ministers met.", "The Nato summit ended.", "Then Nato issued a statement."),
    ),
    (
        "different entities and adjectives are never compared",
        (story("Iran and Iraq met in Syria.", "Syria, Iran and Syrian Arab Republic officials spoke."),
         [(5, "Syrian Arab Republic")]),
        story("Iran and Iraq met in Syria.", "Syrian and Iranian officials spoke of Russia and "
              "Russian-backed forces in Austria and Australia."),
    ),
    (
        "US copy: U.S. beside United States and America is one style; US beside U.S. is a slip",
        (story("The U.S. said it would act.", "The United States and the U.S. Senate agreed.",
               "Later the US said so."), [(7, "US")]),
        story("The U.S. said it would act.", "The United States and the U.S. Senate agreed, as "
              "did America."),
    ),
    (
        "British copy: UK beside United Kingdom and Britain; U.K. beside UK is a slip",
        (story("The UK said it would act.", "The United Kingdom and Britain agreed.",
               "The U.K. said so."), [(7, "U.K.")]),
        story("The UK said it would act.", "The United Kingdom and Britain agreed."),
    ),
    (
        "a formal name beside another form is a slip; used alone it is the story's choice",
        (story("The USA signed the treaty.", "Later the United States of America said so."),
         [(5, "United States of America")]),
        story("The United States of America signed the treaty.",
              "The United States of America said so."),
    ),
    (
        "a form defined in brackets, and the name it defines, are not a mix",
        (story("The United States of America, the USA, signed the treaty.", "The USA said so."),
         [(3, "United States of America")]),
        story("The United States of America (USA) signed the treaty.", "The USA said so."),
    ),
    (
        "the Group of Seven (G-7) then the G-7: a long form and one abbreviation",
        (story("The G7 met.", "Then the G-7 said so."), [(5, "G-7")]),
        story("Finance ministers of the Group of Seven (G-7) met.", "The G-7 statement was short."),
    ),
    (
        "an organisation's name in two cases",
        (story("Opec ministers met.", "Opec said output would fall.", "Then OPEC said so."),
         [(7, "OPEC")]),
        story("Opec ministers met.", "Opec said output would fall.", "Then Opec said so."),
    ),
    (
        "a form in brackets inside a company name",
        (story("U.S. sales rose.", "Sales in the USA and the U.S. unit rose."), [(5, "USA")]),
        story("U.S. sales rose.", "Mazda Motor Manufacturing (USA) Corp and the U.S. unit agreed."),
    ),
    (
        "names that start with a form: USA Today, US Open",
        (story("U.S. officials spoke to reporters.", "The U.S. team won in the USA."), [(5, "USA")]),
        story("U.S. officials spoke to USA Today.", "The U.S. team won the US Open."),
    ),
    (
        "an office after a form is the entity's: USA Senate in a U.S. story",
        (story("U.S. officials said so.", "The U.S. Senate voted.", "The USA Senate voted again."),
         [(7, "USA")]),
        story("U.S. officials said so.", "The U.S. Senate voted.", "The U.S. Senate voted again."),
    ),
    (
        "a capitalised word after a form in a title-case headline says nothing",
        ("USA Banks Face New Rules\n\nU.S. regulators said the rules would start soon.\n\n"
         "The U.S. rules are long.\n", [(1, "USA")]),
        "U.S. Banks Face New Rules\n\nU.S. regulators said the rules would start soon.\n\n"
        "The U.S. rules are long.\n",
    ),
    (
        "a title-case pair the story writes as a name in its prose stays a name",
        ("USA Poll Shows Gains\n\nA USA Today poll said U.S. voters were split.\n\n"
         "The U.S. vote is close.\n", [(1, "USA")]),
        "USA Today Poll Shows Gains\n\nA USA Today poll said U.S. voters were split.\n\n"
        "The U.S. vote is close.\n",
    ),
    (
        "a clause after a dash starts like a sentence: (Reuters) - The U.S. Congress",
        ("Talks\n\n(Reuters) - The U.S. Congress met. The U.S. Senate voted, and USA officials "
         "agreed.\n", [(3, "USA")]),
        "Talks\n\n(Reuters) - The U.S. Congress met. The U.S. Senate voted, and U.S. officials "
        "agreed.\n",
    ),
    (
        "an alternative named as such: Myanmar, also known as Burma",
        (story("Myanmar said so.", "Officials in Burma agreed."), [(5, "Burma")]),
        story("Myanmar, also known as Burma, said so.", "Myanmar officials agreed."),
    ),
    (
        "a party or an office before the entity's office is no name: Democratic U.S. Senator",
        (story("U.S. officials said so.", "The U.S. Senate voted.",
               "Democratic USA Senator Amy Klobuchar spoke."), [(7, "USA")]),
        story("U.S. officials said so.", "The U.S. Senate voted.",
              "Democratic U.S. Senator Amy Klobuchar spoke to T-Mobile USA President Ann Lee."),
    ),
    (
        "capitals inside a line say nothing: HEAD OF USA STRATEGY",
        (story("U.S. stocks fell.", "U.S. bonds rose, said ANN LEE, HEAD OF USA STRATEGY, AT ACME."),
         [(5, "USA")]),
        story("U.S. stocks fell.", "U.S. bonds rose, said ANN LEE, HEAD OF U.S. STRATEGY, AT ACME."),
    ),
    (
        "a name of several words before an office is the office's own name",
        (story("Singapore sent ships.", "The Republic of Singapore sent aircraft."),
         [(5, "Republic of Singapore")]),
        story("Singapore sent ships.", "The Republic of Singapore Air Force sent aircraft."),
    ),
]


@pytest.mark.parametrize(("trap", "flag", "passes"), TRAPS, ids=[t[0] for t in TRAPS])
def test_trap(trap: str, flag: tuple[str, list[tuple[int, str]]], passes: str) -> None:
    text, expected = flag
    assert found(text) == expected
    assert found(passes) == []


def test_finding_names_the_story_form_and_where_with_an_unsafe_fix() -> None:
    text = story("Russia has denied the claims.", "Officials said the Russian Federation would reply.")
    document, findings = lint(text, select=[RULE])
    [finding] = findings
    place = document.position(finding.start)
    assert (place.line, place.column) == (5, 20)
    assert finding.message == (
        '"Russian Federation" is another form of "Russia", which the story uses (line 3)'
    )
    assert finding.severity == Severity.WARNING
    assert [document.text[r.start : r.end] for r in finding.related] == ["Russia"]
    assert finding.fix is not None and finding.fix.applicability == Applicability.UNSAFE
    # The story writes "Russia" with no article, so the fix drops "the".
    fixed = apply_edits(text, applicable_edits(findings, unsafe=True))
    assert "Officials said Russia would reply." in fixed


def test_example_story() -> None:
    path = shared_path("examples", "syria-border.txt")
    text = decode(path.read_bytes(), str(path))
    document, findings = lint(text, select=[RULE])
    flagged = [(document.position(f.start).line, document.text[f.start : f.end]) for f in findings]
    assert flagged == [(5, "USA"), (13, "USA"), (17, "Russian Federation"), (19, "USA")]
    assert all('"US"' in f.message or '"Russia"' in f.message for f in findings)


def test_quotes_info_reports_quoted_mentions_as_info() -> None:
    rule = get_rule(RULE)
    prepared = rule.prepare({**default_config(REPO).rules[RULE].options, "quotes": "info"})
    text = story(*US_STORY, '"The USA will never accept this," he said.')
    assert rule.check is not None
    findings = list(rule.check(build_document(text, "story.txt"), prepared))
    assert [(f.severity, f.message) for f in findings] == [
        (Severity.INFO, '"USA" is another form of "US", which the story uses (line 3) (in a quotation)')
    ]


def test_quoted_long_form_with_no_plain_mention_is_no_first_mention_break(tmp_path: Path) -> None:
    config = "rules:\n  mixed-naming:\n    quotes: info\n    policy: {long: first-mention}\n"
    quoted_only = story('"The United States will never accept this," he said.', "Talks went on.")
    assert lint_with(config, quoted_only, tmp_path)[1] == []
    mixed = story("The United States said the US would act.", '"The United States will act," he said.')
    _, findings = lint_with(config, mixed, tmp_path)
    assert [(f.severity, f.message) for f in findings] == [
        (Severity.INFO, '"United States" is for the first mention only (line 3): use "US" (in a quotation)')
    ]


def test_user_group_extends_and_overrides_a_shipped_group(tmp_path: Path) -> None:
    config = """
rules:
  mixed-naming:
    groups:
      - name: United States
        prefer: US
        policy: {long: first-mention}
      - name: Acme
        short: Acme
        formal: [Acme Holdings plc]
"""
    text = story("The United States and Acme Holdings plc met.", "The US and Acme agreed.",
                 "The United States said so.")
    document, findings = lint_with(config, text, tmp_path)
    flagged = [(document.position(f.start).line, document.text[f.start : f.end]) for f in findings]
    assert flagged == [(3, "Acme Holdings plc"), (7, "United States")]
    assert findings[1].message == '"United States" is not the house form: use "US"'


def test_drop_takes_a_form_out_of_a_group(tmp_path: Path) -> None:
    config = "rules:\n  mixed-naming:\n    groups:\n      - {name: Nato, drop: [NATO]}\n"
    text = story("Nato ministers met.", "Then NATO issued a statement.")
    assert lint_with(config, text, tmp_path)[1] == []


def test_finding_on_two_short_forms_names_the_story_form() -> None:
    text = story("The U.S. said it would act.", "The U.S. Senate agreed.", "Later the US said so.")
    [finding] = lint(text, select=[RULE])[1]
    assert finding.message == '"US" is another form of "U.S.", which the story uses (line 3)'


def _house(pack: str, text: str, tmp_path: Path) -> list[tuple[int, str, str]]:
    document, findings = lint_with(f"extends: [{pack}]\n", text, tmp_path)
    return [(document.position(f.start).line, document.text[f.start : f.end], f.message)
            for f in findings]


def test_house_us_wire_decides_a_mix_for_the_dotted_forms(tmp_path: Path) -> None:
    text = story("The United States said the US would act.", "NATO and the U.S. agreed.",
                 "Then Nato said so.")
    assert _house("house-us-wire", text, tmp_path) == [
        (3, "US", '"US" is not the house form: use "U.S."'),
        (7, "Nato", '"Nato" is not the house form: use "NATO"'),
    ]


def test_house_us_wire_is_silent_on_copy_written_to_it(tmp_path: Path) -> None:
    # U.S. as noun and adjective, the United States beside it, US in the headline, the Group of
    # Seven (G-7) and the G-7: wire style, nothing to change.
    text = ("US and Canada agree on trade\n\nThe United States and Canada agreed on Monday. "
            "U.S. officials said the United States would sign.\n\nThe Group of Seven (G-7) "
            "welcomed it, and the G-7 statement praised the U.S. role.\n")
    assert _house("house-us-wire", text, tmp_path) == []
    # A story written to another style throughout is not a mix.
    assert _house("house-us-wire", story("The US said so.", "US officials agreed."), tmp_path) == []


def test_house_british_decides_a_mix_and_is_silent_on_bbc_style(tmp_path: Path) -> None:
    mixed = story("The US said so.", "The U.S. embassy agreed.", "Nato and NATO met.")
    assert _house("house-british", mixed, tmp_path) == [
        (5, "U.S.", '"U.S." is not the house form: use "US"'),
        (7, "NATO", '"NATO" is not the house form: use "Nato"'),
    ]
    bbc = story("The US and the UK spoke to Nato.", "The United States and Britain agreed, and "
                "the G7 and the United Kingdom said so.")
    assert _house("house-british", bbc, tmp_path) == []


def test_headline_forms_must_be_forms_of_the_group(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="allows 'USofA' in headlines"):
        lint_with("rules:\n  mixed-naming:\n    groups: [{name: United States, headline: [USofA]}]\n",
                  story("The US."), tmp_path)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ("groups:\n      - name: X\n        short: [X]\n        fromal: [Y]",
         "group 'X' (line 6): unknown key 'fromal' (known: name, short, long"),
        ("groups: [{short: [X]}]", "a group needs a 'name'"),
        ("groups: [{name: X, short: [X]}, {name: Y, variant: [X]}]", "the form 'X' is also in the group 'X'"),
        ("groups: [{name: X, short: [X], policy: {long: sometimes}}]",
         "'long: sometimes' is not an allowance"),
        ("policy: {shortish: never}", "unknown role 'shortish'"),
        ("quotes: warning", "must be one of ignore, info"),
    ],
)
def test_invalid_options_are_config_errors_with_the_line(tmp_path: Path, options: str, message: str) -> None:
    config_file = tmp_path / ".newslint.yaml"
    config_file.write_text(f"rules:\n  mixed-naming:\n    {options}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as error:
        load_config(config_file)
    assert f"{config_file}:3: 'mixed-naming." in str(error.value)
    assert message in str(error.value)


def test_prefer_must_be_a_form_of_the_group(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="prefers 'USofA'"):
        lint_with("rules:\n  mixed-naming:\n    groups: [{name: United States, prefer: USofA}]\n",
                  story("The US."), tmp_path)


# --- every shipped group: a should-flag and a should-pass example -----------------------------


def _shipped_groups() -> list[Group]:
    options = default_config(REPO).rules[RULE].options
    return fold_groups(options["groups"], options["policy"])


def _pair(group: Group) -> tuple[str, str] | None:
    """The story's form and another form that the default policy flags beside it: a second
    consistent form, or a form allowed only alone."""
    forms = list(group.forms.values())
    consistent = [f for f in forms if group.allowance(f.role) == "consistent"]
    usual = next((f for f in consistent if f.role == "short"), consistent[0] if consistent else forms[0])
    other = next((f for f in forms if f is not usual and (
        group.allowance(f.role) == "alone" or (f in consistent and usual in consistent))), None)
    return (usual.text, other.text) if other else None


@pytest.mark.parametrize("group", _shipped_groups(), ids=lambda g: g.name)
def test_every_shipped_group(group: Group) -> None:
    pair = _pair(group)
    forms = [f.text for f in group.forms.values()]
    if pair is None:
        # Only everyday forms: any mix of them passes.
        assert found(story(*(f"Talks in {form} went well." for form in forms))) == []
        return
    usual, other = pair
    opening = (f"Talks in {usual} went well on Monday.", f"On Tuesday the talks in {usual} ended.")
    assert found(story(*opening, f"On Friday the talks in {other} resumed.")) == [(7, other)]
    assert found(story(*opening, f'"Talks in {other} resumed," he said.')) == []


def test_noise_on_the_bbc_corpus() -> None:
    corpus = shared_path("corpus", "bbc")
    engine = Engine(RunOptions(select=frozenset({RULE})))
    config = default_config(REPO)
    stories = findings = 0
    for path in sorted(corpus.rglob("*.txt")):
        if path.parent == corpus:
            continue
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        stories += 1
        findings += len(engine.lint_text(text, path.name, "text", config, path.name)[1])
    assert stories > 1000
    assert findings * 150 <= stories, f"{findings} findings in {stories} clean stories"


def test_named_form_swap_plants_a_slip_the_rule_finds_on_its_line() -> None:
    text = ("Senate Weighs New Rules for U.S. Banks\n\nU.S. officials said the rules would come.\n\n"
            "The U.S. Senate voted on Monday, and U.S. regulators agreed.\n")
    planted = set()
    for seed in range(12):
        injected = form_swap_named.inject(Story("story.txt", "", text), random.Random(seed), [])
        assert injected is not None
        assert injected.line in [line for line, _ in found(injected.text)], injected.detail
        planted.add(injected.detail)
    # Later mentions, the one before an office too, take each of the other forms.
    assert {d.split(" -> ")[1] for d in planted} == {"US", "USA", "U.S.A."}
    assert found(text) == []


def test_explain_documents_groups_roles_and_policy() -> None:
    result = run_cli("explain", RULE)
    assert result.code == 0
    for words in ("short", "long", "formal", "variant", "alias", "first-mention", "prefer", "quotes"):
        assert words in result.out


# --- properties on generated stories --------------------------------------------------------

# Sentences that name the United States, Russia or Nato in one of their forms, plainly or where
# the rule must not judge the form (a name, brackets, a gloss, a quotation, a compound).
_PLAIN = ["The {f} said so.", "Officials in the {f} agreed.", "Later the {f} Senate voted."]
_ASIDE = ['"The {f} is wrong," he said.', "The {f}-led talks went on."]
_FORMS = {"United States": ["US", "U.S.", "USA", "United States", "America"],
          "Russia": ["Russia", "Russian Federation"], "Nato": ["Nato", "NATO"]}
_NAMES = ["He spoke to USA Today.", "She won the US Open.", "Mazda Motor Manufacturing (USA) Corp grew.",
          "Myanmar, also known as Burma, voted."]


@st.composite
def _generated_story(draw: st.DrawFn) -> str:
    sentences = draw(st.lists(st.one_of(
        st.tuples(st.sampled_from(_PLAIN + _ASIDE), st.sampled_from(sorted(_FORMS)), st.data()),
        st.sampled_from(_NAMES)), min_size=1, max_size=8))
    paragraphs = []
    for sentence in sentences:
        if isinstance(sentence, str):
            paragraphs.append(sentence)
            continue
        template, group, data = sentence
        paragraphs.append(template.format(f=data.draw(st.sampled_from(_FORMS[group]))))
    return story(*paragraphs)


@settings(derandomize=True, max_examples=120, deadline=None)
@given(_generated_story())
def test_findings_are_plain_forms_and_fixing_them_settles_the_story(text: str) -> None:
    document, findings = lint(text, select=[RULE])
    names = [(m.start(), m.end()) for name in _NAMES for m in re.finditer(re.escape(name), text)]
    for finding in findings:
        flagged = document.text[finding.start : finding.end]
        assert finding.message.startswith(f'"{flagged}"')
        assert any(flagged in forms for forms in _FORMS.values())
        # Never inside a name, a quotation or a compound.
        assert not any(start <= finding.start < end for start, end in names)
        line = text[text.rfind("\n", 0, finding.start) + 1 : text.find("\n", finding.end)]
        assert not line.startswith('"') and document.text[finding.end : finding.end + 1] != "-"
    fixed = apply_edits(text, applicable_edits(findings, unsafe=True))
    assert lint(fixed, select=[RULE])[1] == []
