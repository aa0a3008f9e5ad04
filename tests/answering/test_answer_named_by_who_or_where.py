"""One thing asked of a written answer named by who asked it, who gave it, its House, or its
date and topic: the named answer's fact giving what is asked, its figure quoted; and what the
named answer does not say is not answered from it."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "what did pawsey want to know",
        "what did mark pawsey want to know about special school places",
        "what was pawsey trying to find out",
        "wat did pawsey wanna know",
    ],
)
def test_what_the_asker_wanted_to_know_is_what_they_asked(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "places-2023-06-12-question")
    assert "trends in the level of demand" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what was asked in the nov 2023 educational psychology question?",
            "ep-2023-11-17-question",
        ),
        (
            "what did the member want to know in the nov 2023 educational psychologists question",
            "ep-2023-11-17-question",
        ),
    ],
)
def test_what_was_asked_in_a_dated_question_is_its_wording(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        (
            "how big is the increase to high needs funding that McKinnell talked about",
            "high-needs-increase-2025-26-warwickshire-answer",
            "£1 billion",
        ),
        (
            "the rise mckinnell talked about - how much?",
            "high-needs-increase-2025-26-warwickshire-answer",
            "£1 billion",
        ),
        (
            "how much was the high needs increase per mckinnell",
            "high-needs-increase-2025-26-warwickshire-answer",
            "£1 billion",
        ),
        (
            "total high needs funding as per baroness smith",
            "high-needs-total-2025-26",
            "£12 billion",
        ),
    ],
)
def test_a_minister_named_as_the_speaker_names_their_answer(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    """England's figure, not Warwickshire's, when no area is asked; "per" and "talked about"
    go with the minister's name."""
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert figure in reply.text


def test_what_it_is_for_according_to_a_minister(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "what is the extra high needs cash for, according to Coutinho",
        "hn-2023-02-22-extra-funding-purpose",
    )
    assert "increasing costs" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        (
            "In the Feb 2023 answer about funding for specialist schools, what did they say "
            "total high needs would reach?",
            "high-needs-total-2023-24",
            "£10.1",
        ),
        (
            "In the Sept 2023 answer on whether SEND funding is adequate, how much was the "
            "high needs increase for the following year?",
            "high-needs-increase-2024-25",
            "£440 million",
        ),
        # What is asked after the clause names no topic of its own: the clause's stands.
        (
            "in the sept 2023 answer on high needs funding, what was the total for 2024/25",
            "high-needs-total-2024-25",
            "£10.5 billion",
        ),
    ],
)
def test_a_dated_answer_named_with_its_topic_then_asked_of(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert figure in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        (
            "In replying to the Lords question about the IFS report, how much of an increase "
            "in high needs did the minister cite?",
            "high-needs-increase-2025-26",
            "£1 billion",
        ),
        (
            "in the lords question about the IFS report, what total high needs figure did the "
            "minister give",
            "high-needs-total-2025-26",
            "£12 billion",
        ),
        (
            "in the answer about the 1bn and dyslexia, what did they say about the increase",
            "high-needs-increase-2025-26-warwickshire-answer",
            "£1 billion",
        ),
    ],
)
def test_an_answer_named_by_its_house_or_title_then_asked_of(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert figure in reply.text


def test_the_lords_answer_alone_names_the_answers_put_in_the_lords(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "what did the lords answer say about when SEND reform plans would come",
        "send-reform-plans-later-2025",
    )


@pytest.mark.parametrize(
    "question",
    [
        "what did pawsey say about football",
        "what did mckinnell talk about regarding football",
        "what did coutinho say about PINS",
        "in the lords question about the IFS report, how many EHCPs were issued",
    ],
)
def test_what_the_named_answer_does_not_say_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, ".")


@pytest.mark.parametrize(
    ("question", "fact_id", "figure"),
    [
        # Baroness Smith gave three answers; only the IFS one in June 2025.
        (
            "total high needs funding per baroness smith in june 25",
            "high-needs-total-2025-26",
            "£12 billion",
        ),
        # The month names her answer, and "2025" is a word of the fact too.
        (
            "baroness smith said what about send reform timing in june 25",
            "send-reform-plans-later-2025",
            "later this year",
        ),
        (
            "what did baroness smith in jan 2026 say about special school numbers",
            "pupils-in-special-schools-2024-25",
            "200,000",
        ),
    ],
)
def test_a_ministers_answer_named_with_its_month(
    shipped_index: FactIndex, question: str, fact_id: str, figure: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert figure in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "how does the dept describe the level of high needs funding in that feb 23 answer lol",
            "hn-2023-02-22-unprecedented-funding",
            "unprecedented",
        ),
        (
            "how did Coutinho describe the level of high needs funding back then lol",
            "hn-2023-02-22-unprecedented-funding",
            "unprecedented",
        ),
        (
            "in that nov 23 answer how many more EPs",
            "educational-psychologists-trainees-2023-11-17",
            "400",
        ),
    ],
)
def test_that_month_answer_and_how_a_minister_described_it(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "coutinho internships answer - how much money",
            "supported-internships-investment-2022",
            "£18 million",
        ),
        (
            "what was the improvement plan meant to do for mainstream schools acc to the "
            "pawsey answer",
            "improvement-plan-mainstream-confidence",
            "mainstream",
        ),
        (
            "per the gould top slicing answer where does most of the money go",
            "high-needs-funding-reaches-settings",
            "local authorities",
        ),
    ],
)
def test_a_person_named_as_the_answers_name(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    """The member who asked or the minister who answered, said as the answer's name."""
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what did the pawsey answer say about football",
        "the mckinnell answer, how many EHCPs were issued",
        "total high needs funding per baroness smith in june 1999",
    ],
)
def test_what_the_answer_named_by_a_person_does_not_say(
    shipped_index: FactIndex, question: str
) -> None:
    assert_not_answered(shipped_index, question, ".")


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "did the minister in the lords mention dsg deficits at all",
            "send-costs-strain-council-finances",
            "dedicated schools grant deficits",
        ),
        (
            "what was said in the house of lords about the core schools budget",
            "core-schools-budget-2028-29",
            "£69.5 billion",
        ),
    ],
)
def test_a_house_named_as_where_it_was_said(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what did the lords get told about football",
        "what did they say in the lords about EHCP waiting times",
    ],
)
def test_what_was_not_said_in_the_house_is_not_answered(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert not reply.answered, reply.text
