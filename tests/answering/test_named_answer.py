"""A question naming which written answer it means, by its topic or its date: the answerer of
the answer on that topic (and the office its page shows), and a figure or what was said within
the answer of that date (of the kind asked: an amount is no count). A record of an answer named
by its topic is that answer's, not another answer's record whose phrasings share more of the
asking words."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Both answers speak of PINS; only one is on it, the other on the areas outside it.
        ("which minister replied to the question on PINS?", "pins-2025-08-12-answered-by"),
        ("who signed off the reply about the PINS programme", "pins-2025-08-12-answered-by"),
        # Both speak of neurodiversity; only one's title names it.
        ("who gave the answer on neurodiversity?", "nd-2025-06-09-answered-by"),
    ],
)
def test_the_answerer_of_the_answer_titled_on_the_topic(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_an_answerer_is_not_picked_when_several_answers_are_titled_on_the_topic(
    shipped_index: FactIndex,
) -> None:
    """Four written answers are on high needs funding: which one is not said."""
    assert_not_answered(shipped_index, "who answered the question on high needs funding?", ".")


def test_a_month_names_no_topic_to_find_in_a_title(shipped_index: FactIndex) -> None:
    """ "January" is in one answer's title, but says when, not which topic."""
    reply = answer(shipped_index, "was it tabled end of january?")
    assert reply.outcome is not Outcome.ANSWERED


def test_an_amount_in_the_named_answer_is_no_count(shipped_index: FactIndex) -> None:
    """The June 2023 answer gives £2.6 billion for new specialist places, no number of them;
    another answer's fact is no reply to what that one said."""
    reply = answer(shipped_index, "how many specialist places does the june 2023 reply give?")
    assert reply.outcome is Outcome.PARTIAL, reply.text
    assert reply.fact is not None and reply.fact.id == "specialist-places-investment-2022-2025"
    assert reply.missing is not None and "an amount, not a number of" in reply.missing


def test_a_count_of_money_is_still_an_amount(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "how many billions for specialist places in the june 2023 answer",
        "specialist-places-investment-2022-2025",
    )


def test_said_in_a_year_about_a_topic_is_a_fact_saying_it_in_its_own_words(
    shipped_index: FactIndex,
) -> None:
    """Not prompt access to specialist provision, which only a curated phrasing asks of "a
    special school place"."""
    reply = answer(shipped_index, "what did the department say back in 2023 about special schools")
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.as_of.year == 2023
    assert reply.fact.id != "prompt-access-without-adversarial-system"
    assert "school" in reply.fact.statement.lower()


@pytest.mark.parametrize(
    "question",
    [
        "when was the reply about where the 15 new special free schools will be located sent",
        "when was the answer about when the location of the new special schools will be "
        "announced given",
    ],
)
def test_when_the_answer_on_a_topic_was_given_is_its_record_not_the_topic_s_date(
    shipped_index: FactIndex, question: str
) -> None:
    """The answer itself is what is dated, not when the locations will be announced."""
    assert_answered_with(shipped_index, question, "sfs-2024-03-22-answered-date")


def test_what_they_said_about_when_something_would_happen_is_not_their_answer_s_date(
    shipped_index: FactIndex,
) -> None:
    question = (
        "in their reply on the IFS report did ministers say anything about when the send "
        "reform plans will be set out?"
    )
    reply = answer(shipped_index, question)
    assert reply.fact is None or reply.fact.id != "ifs-2025-06-16-answered-date", reply.text
    assert_answered_with(shipped_index, question, "send-reform-plans-later-2025")


@pytest.mark.parametrize(
    "question",
    [
        "according to the june 2025 lords reply, when would the send reform plans be set out?",
        "when are send reforms being published according to the house of lords answer from "
        "june 2025",
    ],
)
def test_the_house_named_with_the_month_names_the_lords_answer(
    shipped_index: FactIndex, question: str
) -> None:
    """Two answers were given in June 2025; only the one on the IFS report was in the Lords
    (its question is put to "His Majesty's Government"), not the Commons one on neurodiversity
    that says reform plans are being developed at pace."""
    assert_answered_with(shipped_index, question, "send-reform-plans-later-2025")


def test_a_question_about_the_named_question_itself_is_not_what_it_said(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "which paper was the house of lords question in june 2025 on?")
    assert reply.fact is None or "document" in reply.fact.tags or not reply.answered, reply.text


@pytest.mark.parametrize(
    "question",
    [
        "does the 2023 high needs reply mention autistic children?",
        "did the feb 2023 special schools funding answer say anything about autism",
    ],
)
def test_an_answer_named_by_its_date_and_topic_is_checked_for_what_it_said(
    shipped_index: FactIndex, question: str
) -> None:
    """Its topic's words between the date and "answer" still name it; what it said is
    checked, not when it was given."""
    assert_answered_with(shipped_index, question, "hn-2023-02-22-extra-funding-purpose")


def test_a_budget_s_own_statement_is_not_a_written_answer(shipped_index: FactIndex) -> None:
    from sendbot.answering.dated_answer import dated_sources
    from sendbot.answering.question import analyse

    named = dated_sources(shipped_index, analyse("what did the 2023 autumn statement money do"))
    assert named == frozenset()


def test_back_in_a_year_says_when_it_was_said_not_a_period_of_a_figure(
    shipped_index: FactIndex,
) -> None:
    """ "Back in 2023" dates what ministers said (the June 2023 answer); it asks no figure
    for 2023."""
    assert_answered_with(
        shipped_index,
        "how did ministers say they were handling rising demand for specialist places back in 2023",
        "specialist-provision-response-to-demand",
    )


@pytest.mark.parametrize(
    ("question", "fact_id", "shown"),
    [
        # Took the improvement plan's record through "what's the job title of the minister
        # who replied" before; the supported internships page shows a later office.
        (
            "which job title is shown for the minister who answered the supported internships q?",
            "si-2023-01-09-answered-by",
            "Secretary of State for Energy Security and Net Zero",
        ),
        (
            "the jan 2026 answer lists Baroness Smith under which dept? thought she was DfE",
            "places-2026-01-27-answered-by",
            "Minister of State (Department for Work and Pensions)",
        ),
        (
            "who answered the supported internships question?",
            "si-2023-01-09-answered-by",
            "Claire Coutinho",
        ),
        (
            "which minister replied to the question about the top slicing of high needs?",
            "top-slicing-2026-02-26-answered-by",
            "Georgia Gould",
        ),
        # Took the improvement plan's record through "which mp gave the government answer"
        # and "who signed the written answer on the send and ap improvement plan?" before.
        (
            "which mp gave the government answer on educational psychologists",
            "ep-2023-11-17-answered-by",
            "David Johnston",
        ),
        (
            "who signed the written answer on neurodiversity?",
            "nd-2025-06-09-answered-by",
            "Catherine McKinnell",
        ),
        ("the IFS report question, who answered it?", "ifs-2025-06-16-answered-by", "Smith"),
        # Given the name alone before: the quote lacked the office asked for.
        (
            "what's the job title of the minister who replied on the ifs report",
            "ifs-2025-06-16-answered-by",
            "Minister of State (Minister for Women and Equalities)",
        ),
        ("what date was the PINS question answered", "pins-2025-08-12-answered-date", "2025"),
    ],
)
def test_the_named_answers_record_is_given(
    shipped_index: FactIndex, question: str, fact_id: str, shown: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert shown in reply.text


def test_the_answer_a_question_names_keeps_its_record(shipped_index: FactIndex) -> None:
    question = "who answered the improvement plan progress question?"
    assert_answered_with(shipped_index, question, "document-answered-by")


def test_a_page_showing_a_later_office_says_so(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "who answered the supported internships question?")
    assert "may be a later office than she held when answering" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "who's the latest minister answering send funding questions in the commons",
        "when was the question on SEND in prisons answered?",
    ],
)
def test_a_shared_word_names_no_other_answer(shipped_index: FactIndex, question: str) -> None:
    # "commons" is in one answer's records only by chance; no answer is about prisons.
    reply = answer(shipped_index, question)
    assert reply.outcome is not Outcome.ANSWERED, reply.text
