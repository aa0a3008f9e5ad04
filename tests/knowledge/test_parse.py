"""Each validation rule, checked by the problem a user sees: file, line, field and message."""

from pathlib import Path

import pytest

from sendbot.knowledge.directory import loads, loads_file
from sendbot.knowledge.errors import KnowledgeError, Problem
from sendbot.knowledge.model import FigureKind, KnowledgeFile
from sendbot.storage.loader import load

DOCUMENT = (
    "Answered by\nA Minister\n"
    "In September 2023, the department launched a £70 million Change Programme "
    "made up of 32 local authorities.\n"
)
VALID = """\
source:
  id: test-source
  title: Test source
  kind: written answer
  department: Department for Education
  asked: 2024-01-31
  answered: 2024-02-08
  answered_by:
    name: A Minister
    role: Minister
  url: null
  licence: Open Parliament Licence v3.0
  document: doc.txt
facts:
  - id: change-programme
    statement: The department launched a £70 million Change Programme in September 2023.
    quote: In September 2023, the department launched a £70 million Change Programme
    questions:
      - what is the change programme?
    tags: [funding]
    figures:
      - value: 70_000_000
        kind: money
        label: Change Programme funding
    as_of: 2024-02-08
"""


def parse(text: str, tmp_path: Path) -> KnowledgeFile:
    """Validate `text` as kb.yaml in a directory that also holds doc.txt (pure: no files)."""
    return loads_file(text, "kb.yaml", {"doc.txt": DOCUMENT.encode()}, "kb.yaml")


def problems(text: str, tmp_path: Path) -> list[Problem]:
    with pytest.raises(KnowledgeError) as caught:
        parse(text, tmp_path)
    return list(caught.value.problems)


def only_problem(text: str, tmp_path: Path) -> tuple[int | None, str, str]:
    (problem,) = problems(text, tmp_path)
    return problem.line, problem.field, problem.message


def test_valid_file_parses_into_model(tmp_path: Path) -> None:
    parsed = parse(VALID, tmp_path)
    (fact,) = parsed.facts
    assert fact.id == "change-programme"
    assert fact.source_id == "test-source"
    assert fact.figures[0].kind is FigureKind.MONEY
    assert fact.figures[0].value == 70_000_000
    assert parsed.source.answered_by.name == "A Minister"


def test_unknown_field(tmp_path: Path) -> None:
    text = VALID.replace("    tags: [funding]\n", "    tags: [funding]\n    colour: red\n")
    assert only_problem(text, tmp_path) == (21, "facts[change-programme].colour", "unknown field")


def test_a_misspelt_field_names_the_field_meant(tmp_path: Path) -> None:
    """'tagz' is reported with the field it is nearest to, so the moderator need not look up
    the field names; nothing near ('colour' above) gets the plain message."""
    text = VALID.replace("    tags: [funding]\n", "    tagz: [funding]\n")
    assert only_problem(text, tmp_path) == (
        20,
        "facts[change-programme].tagz",
        "unknown field (did you mean tags?)",
    )


def test_quote_must_be_verbatim(tmp_path: Path) -> None:
    text = VALID.replace(
        "launched a £70 million Change Programme\n", "started a £70 million plan\n"
    )
    line, field, message = only_problem(text, tmp_path)
    assert (line, field) == (17, "facts[change-programme].quote")
    assert "not found verbatim" in message


_CAPTURED_PAGE = DOCUMENT + "\nReticulating Splines\n"  # a loading message after the answer
_FIGURES = (
    "    figures:\n      - value: 70_000_000\n        kind: money\n"
    "        label: Change Programme funding\n"
)


def _fact_quoting(quote: str, statement: str) -> str:
    """VALID with its fact's quote and statement replaced (and no figures to back)."""
    lines = VALID.replace(_FIGURES, "").splitlines(keepends=True)
    for at, line in enumerate(lines):
        if line.startswith("    quote: "):
            lines[at] = f"    quote: {quote}\n"
        elif line.startswith("    statement: "):
            lines[at] = f"    statement: {statement}\n"
    return "".join(lines)


def test_a_quote_of_the_page_furniture_after_the_answer_is_refused(tmp_path: Path) -> None:
    """The captured page's loading message after the answer is verbatim in the document, but
    nobody said it: a fact resting on it would be served as the minister's words."""
    text = _fact_quoting("Reticulating Splines", "The page is reticulating splines.")
    with pytest.raises(KnowledgeError) as caught:
        loads_file(text, "kb.yaml", {"doc.txt": _CAPTURED_PAGE.encode()}, "kb.yaml")
    (problem,) = caught.value.problems
    assert (problem.line, problem.field) == (17, "facts[change-programme].quote")
    assert "page furniture after the written answer" in problem.message


def test_the_same_words_inside_the_answer_are_a_quote(tmp_path: Path) -> None:
    """Only the lines after the answer are furniture: a short heading-like line before them
    (the answering minister's name) may be quoted."""
    text = _fact_quoting("A Minister", "A Minister answered.")
    parsed = loads_file(text, "kb.yaml", {"doc.txt": _CAPTURED_PAGE.encode()}, "kb.yaml")
    assert parsed.facts[0].quote == "A Minister"


def test_quote_matches_across_curly_quotes_and_whitespace(tmp_path: Path) -> None:
    text = VALID.replace("In September 2023, the", "In  September 2023,\u2002the")
    assert "In  September 2023,\u2002the" in text  # the replacement happened
    (fact,) = parse(text, tmp_path).facts
    assert fact.quote.startswith("In  September 2023,\u2002the department launched")


def test_empty_quote(tmp_path: Path) -> None:
    text = VALID.replace(
        "    quote: In September 2023, the department launched a £70 million Change Programme\n",
        '    quote: ""\n',
    )
    found = {(problem.field, problem.message) for problem in problems(text, tmp_path)}
    assert ("facts[change-programme].quote", "must not be empty") in found


def test_statement_figure_must_be_in_quote(tmp_path: Path) -> None:
    text = VALID.replace("a £70 million Change Programme in", "a £75 million Change Programme in")
    assert only_problem(text, tmp_path) == (
        16,
        "facts[change-programme].statement",
        "states '£75 million', a figure the quote does not give",
    )


def test_figure_value_must_be_in_quote(tmp_path: Path) -> None:
    text = VALID.replace("value: 70_000_000", "value: 7_000_000")
    assert only_problem(text, tmp_path) == (
        22,
        "facts[change-programme].figures[0].value",
        "7000000 (money) is not in the quote",
    )


def test_figure_kind_must_be_known(tmp_path: Path) -> None:
    text = VALID.replace("kind: money", "kind: cash")
    line, field, message = only_problem(text, tmp_path)
    assert (line, field) == (23, "facts[change-programme].figures[0].kind")
    assert "count, date, money, percent" in message


def test_bad_date(tmp_path: Path) -> None:
    text = VALID.replace("as_of: 2024-02-08", "as_of: 2024-02-30")
    assert only_problem(text, tmp_path) == (
        25,
        "facts[change-programme].as_of",
        "must be a date like 2024-02-08, not '2024-02-30'",
    )


def test_wrong_type(tmp_path: Path) -> None:
    text = VALID.replace(
        "    questions:\n      - what is the change programme?\n", "    questions: 7\n"
    )
    assert only_problem(text, tmp_path) == (
        18,
        "facts[change-programme].questions",
        "must be a list, not a number",
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("", "must hold `source:` and `facts:`, not empty"),
        ("# to fill in\n", "must hold `source:` and `facts:`, not empty"),
        ("- one\n- two\n", "must hold `source:` and `facts:`, not a list"),
    ],
)
def test_a_file_without_source_and_facts_says_what_it_must_hold(
    text: str, said: str, tmp_path: Path
) -> None:
    # It said "must be a mapping, not empty", YAML's word, to a new user with an empty file.
    assert only_problem(text, tmp_path)[1:] == ("", said)


def test_missing_required_field(tmp_path: Path) -> None:
    text = VALID.replace("    as_of: 2024-02-08\n", "")
    assert only_problem(text, tmp_path) == (15, "facts[change-programme].as_of", "is required")


def test_duplicate_fact_ids(tmp_path: Path) -> None:
    fact = VALID[VALID.index("  - id: change-programme") :]
    line, field, message = only_problem(VALID + fact, tmp_path)
    # Both facts have the id: the other is named by its line, not by counting facts.
    assert (line, field) == (26, "facts[change-programme].id")
    assert message == "duplicate id 'change-programme' (also line 15)"


def test_a_duplicate_id_is_reported_beside_the_first_facts_other_problems(tmp_path: Path) -> None:
    # It was reported only once the first fact's own problems were fixed: one more round.
    fact = VALID[VALID.index("  - id: change-programme") :]
    text = VALID.replace("    as_of: 2024-02-08\n", "", 1) + fact
    assert [(p.line, p.field) for p in problems(text, tmp_path)] == [
        (15, "facts[change-programme].as_of"),
        (25, "facts[change-programme].id"),
    ]


def test_duplicate_ids_across_files() -> None:
    other = VALID.replace("id: test-source", "id: other-source")
    contents = {"doc.txt": DOCUMENT.encode(), "a.yaml": VALID.encode(), "b.yaml": other.encode()}
    with pytest.raises(KnowledgeError) as caught:
        loads(contents, "kb")
    assert [str(problem) for problem in caught.value.problems] == [
        "kb/b.yaml:15: facts[change-programme].id: duplicate id 'change-programme' "
        "(also in kb/a.yaml:15)"
    ]


def test_duplicate_source_ids_across_files_say_both_lines() -> None:
    other = VALID.replace("id: change-programme", "id: other-fact")
    contents = {"doc.txt": DOCUMENT.encode(), "a.yaml": VALID.encode(), "b.yaml": other.encode()}
    with pytest.raises(KnowledgeError) as caught:
        loads(contents, "kb")
    assert [str(problem) for problem in caught.value.problems] == [
        "kb/b.yaml:2: source.id: duplicate source id 'test-source' (also in kb/a.yaml:2)"
    ]


def test_tags_must_be_slugs(tmp_path: Path) -> None:
    text = VALID.replace("tags: [funding]", "tags: [Funding Stuff]")
    line, field, _ = only_problem(text, tmp_path)
    assert (line, field) == (20, "facts[change-programme].tags[0]")


def test_mentions_cannot_be_smuggled_in(tmp_path: Path) -> None:
    text = VALID.replace("what is the change programme?", "ping @everyone now")
    assert only_problem(text, tmp_path)[1:] == (
        "facts[change-programme].questions[0]",
        "contains a Discord mention (@everyone, @here or <@...>)",
    )


@pytest.mark.parametrize("question", ["😀🎉", "'?!'", "'...'"])
def test_a_question_with_no_words_is_refused(tmp_path: Path, question: str) -> None:
    # `/kb alias question:😀` was saved: the matcher reads no words in it, so no one's
    # question could ever reach the fact through it.
    text = VALID.replace("what is the change programme?", question)
    assert only_problem(text, tmp_path)[1:] == (
        "facts[change-programme].questions[0]",
        "has no words (letters or digits) to match",
    )


def test_overlong_statement(tmp_path: Path) -> None:
    text = VALID.replace("in September 2023.", "in September 2023." + " really" * 60)
    line, field, message = only_problem(text, tmp_path)
    assert (line, field) == (16, "facts[change-programme].statement")
    assert message.endswith("the limit is 300")


def test_url_is_https_or_null_and_never_guessed(tmp_path: Path) -> None:
    text = VALID.replace("url: null", "url: http://example.org/answer")
    assert only_problem(text, tmp_path) == (11, "source.url", "must start with https://")


def test_asked_after_answered(tmp_path: Path) -> None:
    text = VALID.replace("asked: 2024-01-31", "asked: 2024-03-01")
    assert only_problem(text, tmp_path)[1] == "source.asked"


def test_missing_document(tmp_path: Path) -> None:
    text = VALID.replace("document: doc.txt", "document: missing.txt")
    assert ("source.document", "missing.txt is missing or cannot be read") in {
        (problem.field, problem.message) for problem in problems(text, tmp_path)
    }


@pytest.mark.parametrize("cited", ["../../etc/passwd", "/etc/passwd", "sources/../../x.txt"])
def test_document_outside_the_knowledge_directory_is_refused(tmp_path: Path, cited: str) -> None:
    """It was "../../etc/passwd is missing or cannot be read", of a file there to be read."""
    text = VALID.replace("document: doc.txt", f"document: {cited}")
    assert (
        "source.document",
        f"{cited} is outside the knowledge directory: keep the document in its sources/ folder",
    ) in {(problem.field, problem.message) for problem in problems(text, tmp_path)}


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    text = VALID.replace("as_of: 2024-02-08", "as_of: soon").replace("kind: money", "kind: cash")
    assert {problem.field for problem in problems(text, tmp_path)} == {
        "facts[change-programme].as_of",
        "facts[change-programme].figures[0].kind",
    }


QUOTE_LINE = "quote: In September 2023, the department launched a £70 million Change Programme"
WHOLE_SENTENCE = QUOTE_LINE + " made up of 32 local authorities"


def with_measure(measure: str = "change-programme-funding", period: str = "2023/24") -> str:
    return VALID.replace(
        "    as_of: 2024-02-08\n",
        f"    measure: {measure}\n    period: {period!r}\n    as_of: 2024-02-08\n",
    )


def test_measure_and_period_are_read(tmp_path: Path) -> None:
    (fact,) = parse(with_measure(), tmp_path).facts
    assert (fact.measure, fact.period) == ("change-programme-funding", "2023/24")


@pytest.mark.parametrize("period", ["2023/25", "24/25", "2024-13", "2024-02-30", "spring 2024"])
def test_period_must_be_a_year_split_year_month_or_day(tmp_path: Path, period: str) -> None:
    line, field, message = only_problem(with_measure(period=period), tmp_path)
    assert (line, field) == (26, "facts[change-programme].period")
    assert message.startswith(f"{period!r} is not a period like 2024/25")


def test_measure_must_be_a_slug(tmp_path: Path) -> None:
    line, field, _ = only_problem(with_measure(measure="High Needs"), tmp_path)
    assert (line, field) == (25, "facts[change-programme].measure")


def test_measure_needs_a_figure_that_is_not_a_date(tmp_path: Path) -> None:
    text = with_measure().replace(
        "value: 70_000_000\n        kind: money", 'value: "2023-09"\n        kind: date'
    )
    line, field, message = only_problem(text, tmp_path)
    assert (line, field) == (25, "facts[change-programme].measure")
    assert message == "needs a figure that is not a date to report"


def write_pair(tmp_path: Path, first: str, second: str) -> None:
    (tmp_path / "doc.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "a.yaml").write_text(first, encoding="utf-8")
    other = second.replace("id: test-source", "id: other-source").replace(
        "id: change-programme\n", "id: change-programme-again\n"
    )
    (tmp_path / "b.yaml").write_text(other, encoding="utf-8")


def test_check_flags_two_figures_for_the_same_measure_and_period(tmp_path: Path) -> None:
    # Both quotes hold 70 million and 32; the second fact reports the 32 as the funding.
    disagreeing = (
        with_measure()
        .replace("value: 70_000_000\n        kind: money", "value: 32\n        kind: count")
        .replace(
            QUOTE_LINE,
            WHOLE_SENTENCE,
        )
    )
    write_pair(tmp_path, with_measure(), disagreeing)
    with pytest.raises(KnowledgeError) as caught:
        load(tmp_path)
    (problem,) = caught.value.problems
    assert (Path(problem.file).name, problem.line, problem.field) == (
        "b.yaml",
        25,
        "facts[change-programme-again].measure",
    )
    assert "change-programme-funding for 2023/24 is 32 (count) here" in problem.message
    assert "70000000 (money) in change-programme" in problem.message


def test_same_figure_or_another_period_is_no_disagreement(tmp_path: Path) -> None:
    write_pair(tmp_path, with_measure(), with_measure())
    assert len(load(tmp_path).kb) == 2
    other_year = (
        with_measure(period="2024/25")
        .replace("value: 70_000_000\n        kind: money", "value: 32\n        kind: count")
        .replace(
            QUOTE_LINE,
            WHOLE_SENTENCE,
        )
    )
    write_pair(tmp_path, with_measure(), other_year)
    assert len(load(tmp_path).kb) == 2


def test_role_may_be_left_out(tmp_path: Path) -> None:
    text = VALID.replace("    role: Minister\n", "")
    assert parse(text, tmp_path).source.answered_by.role is None
    text = VALID.replace("    role: Minister\n", "    role: null\n")
    assert parse(text, tmp_path).source.answered_by.role is None


def test_figure_role_and_fact_place_are_read_and_checked(tmp_path: Path) -> None:
    text = VALID.replace(
        "        label: Change Programme funding\n",
        "        label: Change Programme funding\n        role: launched\n",
    ).replace("    as_of: 2024-02-08\n", "    as_of: 2024-02-08\n    place: England\n")
    (fact,) = parse(text, tmp_path).facts
    assert fact.figures[0].role == "launched" and fact.place == "England"
    bad = text.replace("role: launched", "role: Launched Then")
    assert only_problem(bad, tmp_path) == (
        25,
        "facts[change-programme].figures[0].role",
        "must be lowercase letters, digits and hyphens",
    )


def with_topic(topic: str = "change-programme-news", tags: str = "[funding]") -> str:
    return VALID.replace("    tags: [funding]\n", f"    tags: {tags}\n    topic: {topic}\n")


def test_topic_is_read_with_its_line(tmp_path: Path) -> None:
    (fact,) = parse(with_topic(), tmp_path).facts
    assert (fact.topic, fact.topic_line) == ("change-programme-news", 21)


def test_topic_must_be_a_slug(tmp_path: Path) -> None:
    line, field, _ = only_problem(with_topic(topic="Change Programme"), tmp_path)
    assert (line, field) == (21, "facts[change-programme].topic")


def test_a_record_of_the_answer_itself_has_no_topic(tmp_path: Path) -> None:
    line, field, message = only_problem(with_topic(tags="[document]"), tmp_path)
    assert (line, field) == (21, "facts[change-programme].topic")
    assert "record of the answer itself" in message
