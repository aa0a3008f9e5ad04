"""A figure a question names without asking for it ("these 15 special free schools") says
which written answer's topic it is about: a fact of that answer which gives no figure of its
own is not further from the question for not repeating it, so the one saying what was asked
answers."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "will there be a new round of applications for the 15 special free schools?",
        "are councils being invited to apply again for the 15 extra special free schools",
    ],
)
def test_a_figure_naming_the_topic_leaves_the_fact_that_says_what_was_asked_first(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(
        shipped_index, question, "special-free-schools-no-new-applications"
    )
    assert "does not currently plan to invite new local authority applications" in reply.text


def test_a_figure_asked_for_is_still_looked_for_in_the_fact(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many special free schools did the spring budget confirm",
        "spring-budget-2024-special-free-schools",
    )


def test_who_answered_about_a_figure_is_still_that_answers_record(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "our LA put in a bid for a special free school last round - who answered the question "
        "about where the 15 new special schools will go?",
        "sfs-2024-03-22-answered-by",
    )


def test_a_number_from_the_askers_story_names_no_answer(shipped_index: FactIndex) -> None:
    # "2 EPs" is the asker's county, not a figure any answer about EPs gives.
    assert_answered_with(
        shipped_index,
        "our LA has like 2 EPs for the whole county lol. who is responsible for deciding if they "
        "can afford more?",
        "educational-psychologists-employers-decide-funding",
    )


@pytest.mark.parametrize(
    ("question", "record"),
    [
        (
            "when was the answer about £10.1bn of high needs funding given",
            "hn-2023-02-22-answered-date",
        ),
        (
            "who wrote the september 2023 reply on high needs funding for 2024/25",
            "hn-2023-09-26-answered-by",
        ),
        (
            "what did the mp ask about send school funding in september 2023",
            "hn-2023-09-26-question",
        ),
    ],
)
def test_a_funding_naming_the_answer_is_not_a_figure_its_record_lacks(
    shipped_index: FactIndex, question: str, record: str
) -> None:
    # The funding says which written answer is meant; who answered it, when, or what was
    # asked is the question, not a figure of that funding.
    assert_answered_with(shipped_index, question, record)


def test_a_kind_its_answer_is_not_about_is_still_lacking_from_the_record(
    shipped_index: FactIndex,
) -> None:
    # The answer on the IFS report is not about the core schools budget: naming it does not
    # say which answer is meant, and who answered gives no figure of it.
    assert_not_answered(
        shipped_index,
        "which minister said the core schools budget will reach £69.5 billion",
        "core schools budget",
    )
