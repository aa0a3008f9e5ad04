"""Asked for the newest on a topic, the newest written answer's curated word on it (`topic`),
not the sentence it opens with; asked the date of what it speaks of ("send reform date
latest?"), when that comes, not when the answer was given. Through the pure core, on the
shipped base."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.reply import Reply


def fact_of(reply: Reply) -> str | None:
    return reply.fact.id if reply.fact else None


@pytest.mark.parametrize(
    "question",
    [
        # The November 2025 answer opens with a year of listening; its news is the decision.
        "what's the current position on SEND reform engagement, are they still consulting people?",
        "whats the latest on send reform?",
        "current state of play on send reform",
        "latest on the send reform engagement",
    ],
)
def test_the_newest_answers_word_on_a_topic_is_the_news(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "schools-white-paper-early-new-year"
    assert "further period of engagement" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "send reform date latest?",
        "white paper date - latest?",
        "most recent word from dfe on the send white paper, any date yet?",
        "latest date for the send reforms?",
        "whats the most recent date given for the send reform plans",
    ],
)
def test_a_date_asked_of_what_the_newest_answer_says_is_coming(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "schools-white-paper-early-new-year"
    assert "early in the new year" in reply.text
    assert "This question was answered on" not in reply.text


def test_a_date_the_sources_give_only_so_far_is_a_partial(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "is there a date for the send white paper yet, latest?")
    assert reply.outcome.value == "partial"
    assert fact_of(reply) == "schools-white-paper-early-new-year"


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The answer itself named: its record.
        ("when was the latest answer on send reform given?", "wp-2025-11-21-answered-date"),
        ("date of the most recent answer on the white paper?", "wp-2025-11-21-answered-date"),
        ("when was the newest question on pins answered", "pins-2025-08-12-answered-date"),
        ("who answered the most recent question on send reform?", "wp-2025-11-21-answered-by"),
        # One part of the news asked: how they are consulting.
        (
            "most recent update on how the govt is consulting on send reform",
            "send-reform-listening-sessions",
        ),
    ],
)
def test_the_answer_or_a_part_of_its_news_asked_keeps_its_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == fact_id


@pytest.mark.parametrize(
    "question",
    [
        # The universal SEND training offer for school staff: the Autism Education Trust's in
        # the February 2024 answer, the Universal Services programme (NASEN) in June 2025.
        "is the universal send training offer still the AET one?",
        "is the universal training offer still run by the autism education trust",
        "is AET still doing the send training for schools or has it changed",
    ],
)
def test_is_the_training_offer_still_the_old_one_gets_the_newer(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "universal-services-programme"
    assert "Earlier answers on this:" in reply.text and "Autism Education Trust" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "how many professionals have had autism awareness training from the AET?",
        "how many people did the AET autism training since may 2022",
        "what was the universal training offer in feb 2024",
    ],
)
def test_the_aet_count_or_its_date_keeps_the_older_answer(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "autism-awareness-training"


@pytest.mark.parametrize(
    "question",
    [
        # The £10.1bn the asker has drew the whole message to the February 2023 answer.
        "what's the total high needs budget now? the 10.1bn figure on our LA website feels ancient",
        "what's the total high needs budget now? the 10.1bn figure in my notes feels old",
        "whats total hn funding now? the 10.1bn figure on the council site is ancient",
    ],
)
def test_the_newest_asked_then_an_old_figure_told_gets_the_newest(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "high-needs-total-2025-26"
    assert "over £12 billion" in reply.text and "£10.1 billion" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what was high needs in 2023/24? i had 10.1bn", "high-needs-total-2023-24"),
        ("was high needs £10.1bn in 2023-24", "high-needs-total-2023-24"),
        (
            "how many special free schools are approved now? i heard 76",
            "special-free-schools-approved",
        ),
    ],
)
def test_the_told_figures_own_period_or_measure_keeps_its_fact(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == fact_id
