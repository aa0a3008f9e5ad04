"""Pure edits: each change is validated exactly as loading is, and the text loads back."""

from __future__ import annotations

from pathlib import Path

import pytest

from sendbot.knowledge import edits
from sendbot.knowledge.directory import loads_file
from sendbot.knowledge.errors import (
    DuplicateQuestion,
    FactExists,
    FactNotFound,
    InvalidChange,
    KnowledgeError,
    LastFactOfSource,
    QuestionOfAnotherFact,
    SourceNotFound,
)
from sendbot.knowledge.model import KnowledgeBase
from sendbot.storage.loader import load, read_tree
from tests.storage.storekit import KB_FILE, SMALL_KB, SOURCE_ID, copy_knowledge, new_fact


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load(SMALL_KB).kb


def reloaded(change: edits.Change) -> object:
    """What the text written for the change gives when read back as the file it replaces."""
    contents = read_tree(SMALL_KB)[0]
    text = edits.file_text(change.file, contents[KB_FILE].decode("utf-8"))
    return loads_file(text, KB_FILE, contents, change.file.path)


def messages(exc: KnowledgeError) -> list[str]:
    return [str(problem) for problem in exc.problems]


def test_add_fact_is_validated_bumps_the_revision_and_loads_back(kb: KnowledgeBase) -> None:
    change = edits.add_fact(kb, SOURCE_ID, new_fact())

    assert change.action == "add"
    assert change.fact_id == "special-free-schools-approved"
    assert change.kb.fact("special-free-schools-approved") is not None
    assert change.file.revision == kb.files[0].revision + 1
    assert reloaded(change) == change.file
    assert change.fact_before is None
    assert change.fact_after is not None and change.fact_after["as_of"] == "2024-02-08"
    assert kb.fact("special-free-schools-approved") is None  # the input is untouched


def test_edit_fact_reports_which_fields_changed(kb: KnowledgeBase) -> None:
    change = edits.edit_fact(kb, "high-needs-budget", {"title": "High needs", "tags": None})

    fact = change.kb.fact("high-needs-budget")
    assert fact is not None and fact.title == "High needs" and fact.tags == ()
    assert change.fields == ("title", "tags")
    assert reloaded(change) == change.file


def test_remove_fact(kb: KnowledgeBase) -> None:
    change = edits.remove_fact(kb, "high-needs-budget")

    assert change.kb.fact("high-needs-budget") is None
    assert change.fact_after is None and change.fact_before is not None
    assert change.index == 1
    assert reloaded(change) == change.file


def test_removing_the_last_fact_of_a_file_is_refused(kb: KnowledgeBase) -> None:
    smaller = edits.remove_fact(kb, "high-needs-budget").kb
    with pytest.raises(LastFactOfSource, match="a source keeps at least one fact"):
        edits.remove_fact(smaller, "special-schools-opened")


def test_add_alias_appends_a_question(kb: KnowledgeBase) -> None:
    change = edits.add_alias(kb, "high-needs-budget", "what is the HNB?")

    fact = change.kb.fact("high-needs-budget")
    assert fact is not None and fact.questions[-1] == "what is the HNB?"
    assert change.action == "alias" and change.fields == ("questions",)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ('"what is the HNB?"', "what is the HNB?"),
        ("\u201cwhat is the  HNB\u201d?", "what is the HNB?"),
        ("  what is   the HNB? ", "what is the HNB?"),
        ('is the "HNB" the high needs block?', 'is the "HNB" the high needs block?'),
    ],
)
def test_an_alias_is_kept_without_its_quotation_marks_and_extra_spaces(
    kb: KnowledgeBase, typed: str, kept: str
) -> None:
    fact = edits.add_alias(kb, "high-needs-budget", typed).kb.fact("high-needs-budget")
    assert fact is not None and fact.questions[-1] == kept


@pytest.mark.parametrize(
    "question",
    [
        "how much is the high needs budget?",
        "  How much IS the high  needs budget? ",
        '"how much is the high needs budget?"',
    ],
)
def test_duplicate_alias_is_refused_ignoring_case_spacing_and_quotation_marks(
    kb: KnowledgeBase, question: str
) -> None:
    with pytest.raises(DuplicateQuestion, match="already has the question"):
        edits.add_alias(kb, "high-needs-budget", question)


def test_unknown_ids_are_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(FactNotFound, match="no fact with id 'nope'"):
        edits.edit_fact(kb, "nope", {"title": "x"})
    with pytest.raises(FactNotFound):
        edits.add_alias(kb, "nope", "a question")
    with pytest.raises(SourceNotFound, match="no source with id 'nope'"):
        edits.add_fact(kb, "nope", new_fact())


def test_duplicate_fact_id_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(FactExists, match="'high-needs-budget' already exists"):
        edits.add_fact(kb, SOURCE_ID, new_fact(id="high-needs-budget"))


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"quote": "The department has approved 76 schools"}, "quote", "not found verbatim"),
        (
            {"statement": "The department has approved 80 special free schools."},
            "statement",
            "states '80', a figure the quote does not give",
        ),
        ({"statement": "x" * 301}, "statement", "is 301 characters; the limit is 300"),
        ({"questions": ["@everyone look"]}, "questions[0]", "Discord mention"),
        ({"questions": ["ask <@123456>"]}, "questions[0]", "Discord mention"),
        ({"as_of": "2024-02-30"}, "as_of", "must be a date"),
        ({"colour": "red"}, "colour", "unknown field"),
    ],
)
def test_bad_fields_are_refused_with_the_field_named(
    kb: KnowledgeBase, fields: dict[str, object], field: str, message: str
) -> None:
    with pytest.raises(KnowledgeError) as caught:
        edits.add_fact(kb, SOURCE_ID, new_fact(**fields))

    [problem] = caught.value.problems
    assert problem.field == f"facts[special-free-schools-approved].{field}"
    assert message in problem.message
    assert problem.file.endswith(KB_FILE)
    assert problem.line is None  # a line of a file that was never saved would mislead


def test_every_problem_is_reported_at_once(kb: KnowledgeBase) -> None:
    with pytest.raises(KnowledgeError) as caught:
        edits.edit_fact(kb, "high-needs-budget", {"statement": "£99 billion", "quote": "nope"})
    fields = {
        problem.field.removeprefix("facts[high-needs-budget].") for problem in caught.value.problems
    }
    assert fields == {"quote", "statement", "figures[0].value"}


def test_an_id_cannot_be_changed_and_a_no_op_edit_is_refused(kb: KnowledgeBase) -> None:
    with pytest.raises(InvalidChange, match="id cannot be changed"):
        edits.edit_fact(kb, "high-needs-budget", {"id": "other"})
    with pytest.raises(InvalidChange, match="nothing to change"):
        edits.edit_fact(kb, "high-needs-budget", {"title": "High needs budget"})


def test_add_questions_appends_to_the_current_list(kb: KnowledgeBase) -> None:
    change = edits.edit_fact(kb, "high-needs-budget", {}, add_questions=["a", "b"])
    fact = change.kb.fact("high-needs-budget")
    assert fact is not None and fact.questions[-2:] == ("a", "b")
    with pytest.raises(DuplicateQuestion):
        edits.edit_fact(kb, "high-needs-budget", {}, add_questions=["a", "A"])


def test_restore_fact_puts_a_removed_fact_back_where_it_was(kb: KnowledgeBase) -> None:
    removed = edits.remove_fact(kb, "special-schools-opened")
    assert removed.fact_before is not None
    restored = edits.restore_fact(
        removed.kb, SOURCE_ID, "special-schools-opened", removed.fact_before, removed.index
    )
    assert [fact.id for fact in restored.kb] == [fact.id for fact in kb]
    assert restored.kb.fact("special-schools-opened") == kb.fact("special-schools-opened")


def test_diff_lists_added_removed_and_changed_fields(kb: KnowledgeBase) -> None:
    after = edits.add_fact(kb, SOURCE_ID, new_fact()).kb
    after = edits.remove_fact(after, "special-schools-opened").kb
    after = edits.edit_fact(after, "high-needs-budget", {"title": "HNB"}, add_questions=["q"]).kb

    changes = edits.diff(kb, after)

    assert changes.added == ("special-free-schools-approved",)
    assert changes.removed == ("special-schools-opened",)
    assert changes.changed == (edits.FactDiff("high-needs-budget", ("title", "questions")),)
    assert changes.lines() == [
        "+ special-free-schools-approved",
        "- special-schools-opened",
        "~ high-needs-budget: title, questions",
    ]
    assert not edits.diff(kb, kb)
    assert edits.diff(kb, kb).lines() == ["no changes"]


def test_diff_of_a_new_source(kb: KnowledgeBase) -> None:
    empty = KnowledgeBase(files=())
    assert edits.diff(empty, kb).sources_added == (SOURCE_ID,)
    assert set(edits.diff(empty, kb).added) == {fact.id for fact in kb}


def test_a_question_another_fact_has_is_refused_when_added(kb: KnowledgeBase) -> None:
    # `kb edit --add-question` saved it, and `kb check` then refused the base (so did a
    # service starting with `kb check`): a question under two facts leaves which one answers
    # it to scoring.
    other = "How many special schools opened"  # special-schools-opened's, in other case
    for change in (
        lambda: edits.edit_fact(kb, "high-needs-budget", {}, add_questions=[other]),
        lambda: edits.edit_fact(
            kb, "high-needs-budget", {"questions": ["how much is the high needs budget?", other]}
        ),
        lambda: edits.add_fact(kb, SOURCE_ID, new_fact(questions=["q one?", other])),
    ):
        with pytest.raises(QuestionOfAnotherFact) as exc:
            change()
        assert str(exc.value) == (
            "'How many special schools opened' is already a question of fact "
            "'special-schools-opened': keep it under one fact (kb check refuses a question "
            "under two)"
        )


def test_a_question_already_shared_does_not_block_other_edits(tmp_path: Path) -> None:
    # Only a question the change adds is refused: a base that already has one shared (say,
    # edited by hand) can still be edited.
    kb_dir = copy_knowledge(tmp_path)
    path = kb_dir / KB_FILE
    text = path.read_text(encoding="utf-8")
    line = "      - how much is the high needs budget?\n"
    assert text.count(line) == 1
    path.write_text(
        text.replace(line, line + "      - how many special schools opened?\n"), encoding="utf-8"
    )
    shared = load(kb_dir).kb
    change = edits.edit_fact(shared, "high-needs-budget", {"title": "High needs"})
    assert change.fields == ("title",)
    change = edits.add_alias(shared, "high-needs-budget", "what is the HNB?")
    assert change.fields == ("questions",)


def test_diff_lines_put_each_added_or_removed_facts_statement_under_it() -> None:
    diff = edits.KbDiff(added=("new-fact",), removed=("old-fact",))
    statements = {"new-fact": "Fifteen schools opened.", "old-fact": "Ten schools opened."}
    assert diff.lines(statements=statements) == [
        "+ new-fact",
        "    Fifteen schools opened.",
        "- old-fact",
        "    Ten schools opened.",
    ]
    assert diff.lines() == ["+ new-fact", "- old-fact"]  # without them, as before
