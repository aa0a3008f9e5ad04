"""A written answer named by its date ("the feb 2024 answer", "what did the DfE say in
2025") gives its own figure, not that of a later answer on the same topic; months are read
in their short spellings too."""

import pytest

from sendbot.answering.asked_period import asked_period
from sendbot.answering.dated_answer import dated_sources, without_the_date
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with


@pytest.mark.parametrize(
    "question",
    [
        "how many more special free schools were approved according to the feb 2024 answer",
        "what did the february 2024 answer say about how many more special free schools were "
        "approved",
        "in the Feb 2024 reply how many extra special free schools got approved?",
        "is it all talk? how many special free schools got approved in the february 2024 update",
    ],
)
def test_the_february_2024_answer_gives_its_76_not_the_march_2024_answer_s_15(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "special-free-schools-approved")
    assert "76" in reply.text and "15 additional" not in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how many special free schools were approved, feb 2024 answer",
            "special-free-schools-approved",
        ),
        ("high needs rise in 2025/26 - feb 2026 reply?", "high-needs-increase-continued-2026-27"),
    ],
)
def test_an_answer_named_by_month_and_year_alone_is_named(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    """ "..., feb 2024 answer": no "the" before it, still the answer the question names."""
    assert_answered_with(shipped_index, question, fact_id)


def test_an_answer_named_by_its_month_is_every_answer_given_that_month(
    shipped_index: FactIndex,
) -> None:
    named = dated_sources(shipped_index, analyse("what did the june 2023 answer say about demand"))
    assert named == {"specialist-places-demand-2023-06-12"}
    in_2023 = dated_sources(shipped_index, analyse("what did the DfE say in 2023 about EPs"))
    assert "educational-psychologists-2023-11-17" in in_2023
    assert "specialist-places-demand-2023-06-12" in in_2023
    assert not any(source.endswith("2024-02-08") for source in in_2023)


@pytest.mark.parametrize(
    "question",
    [
        "what did the 9 june 2025 answer say about timing of the send reform plans",
        "according to the answer of june 9th 2025, when do reform plans for send come out?",
    ],
)
def test_an_answer_named_by_its_day_is_that_day_s_answer_alone(
    shipped_index: FactIndex, question: str
) -> None:
    # Two answers were given in June 2025 (the 9th and the 16th): the day named tells which.
    assert dated_sources(shipped_index, analyse(question)) == {
        "neurodiversity-inclusion-2025-06-09"
    }
    assert_answered_with(shipped_index, question, "send-reform-plans-at-pace")


def test_a_day_no_answer_was_given_on_still_names_its_month(shipped_index: FactIndex) -> None:
    named = dated_sources(shipped_index, analyse("what did the 3 june 2025 answer say about PINS"))
    assert named == {"neurodiversity-inclusion-2025-06-09", "ifs-report-high-needs-2025-06-16"}


def test_a_year_for_a_figure_is_a_period_not_an_answer(shipped_index: FactIndex) -> None:
    assert not dated_sources(shipped_index, analyse("what was the high needs budget in 2023/24"))
    assert not dated_sources(shipped_index, analyse("how many special free schools opened in 2023"))


@pytest.mark.parametrize(
    ("spelling", "period"),
    [("feb 2024", "2024-02"), ("sept 2023", "2023-09"), ("Mar 2023", "2023-03")],
)
def test_a_month_s_short_spelling_names_that_month(spelling: str, period: str) -> None:
    found = asked_period(analyse(f"how many were approved in {spelling}?"))
    assert found is not None and found.text == period


def test_a_short_month_asks_for_that_month_s_figure(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "how many special free schools were approved in mar 2023",
        "special-free-schools-approved-march-2023",
    )
    assert "33" in reply.text


def test_who_describing_pupils_asks_for_no_person(shipped_index: FactIndex) -> None:
    """ "pupils with SEND who need ..." is what the answer said about them, not who answered."""
    question = (
        "in the june 2023 answer, what did the department say it would do for pupils with SEND "
        "who need specialist provision?"
    )
    assert analyse(question).intent is not Intent.PERSON
    reply = assert_answered_with(
        shipped_index, question, "prompt-access-without-adversarial-system"
    )
    assert reply.fact is not None and "document" not in reply.fact.tags


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # Not the 3.4% budget increase "for 2023/24" from another 2023 answer: the year says
        # when the DfE said it, not what the figure is for.
        (
            "is demand for special school places rising? what did the dfe say in 2023",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "what did the minister say in 2023 about the supported internships investment",
            "supported-internships-investment-2022",
        ),
    ],
)
def test_the_year_something_was_said_in_is_not_a_period_asked_for(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "source_id"),
    [
        (
            "did the june 2025 neurodiversity answer say anything about mainstream schools?",
            "neurodiversity-inclusion-2025-06-09",
        ),
        (
            "what did the june 2025 ifs answer say about deficits",
            "ifs-report-high-needs-2025-06-16",
        ),
    ],
)
def test_a_topic_named_with_the_date_picks_that_answer_of_the_month(
    shipped_index: FactIndex, question: str, source_id: str
) -> None:
    # Two answers were given in June 2025: the topic between date and "answer" says which.
    assert dated_sources(shipped_index, analyse(question)) == {source_id}


def test_a_topic_no_title_of_the_month_names_leaves_every_answer_of_that_month(
    shipped_index: FactIndex,
) -> None:
    named = dated_sources(shipped_index, analyse("what did the june 2025 send answer say"))
    assert named == {"neurodiversity-inclusion-2025-06-09", "ifs-report-high-needs-2025-06-16"}


def test_when_asked_of_an_answer_named_by_its_date_is_not_drawn_to_that_date(
    single_source_index: FactIndex,
) -> None:
    # PINS was announced in November 2023; the February 2024 answer says so. Its date names
    # the answer, it is no date the fact must give.
    reply = assert_answered_with(
        single_source_index,
        "in the february 2024 written answer, when was PINS announced",
        "pins-programme",
    )
    assert "November 2023" in reply.text
    # Asking anything else, the date stays in the answer's name.
    assert "2024" in without_the_date(analyse("what did the feb 2024 answer say about pins")).text
    assert (
        "2024"
        not in without_the_date(analyse("when was pins announced in the feb 2024 answer")).text
    )


def test_a_minister_named_with_the_month_picks_that_minister_s_answer(
    shipped_index: FactIndex,
) -> None:
    """Two answers were given in June 2025 (McKinnell's on neurodiversity, Baroness Smith's on
    the IFS report): naming the minister names the one answer, and its words are quoted."""
    question = "what did McKinnell say in june 2025 about when the SEND reform plans would be out?"
    named = dated_sources(shipped_index, analyse(question))
    assert named == {"neurodiversity-inclusion-2025-06-09"}
    reply = assert_answered_with(shipped_index, question, "send-reform-plans-at-pace")
    assert "in due course" in reply.text
    both = dated_sources(shipped_index, analyse("what did the DfE say in june 2025 about SEND"))
    assert len(both) == 2


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how did the department describe demand for special school places in june 2023",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "how did the government describe demand for specialist places in january 2026",
            "specialist-placements-expected-to-rise",
        ),
    ],
)
def test_how_something_was_put_in_a_month_names_the_answer_given_then(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    """The month closing "how did they describe X in june 2023" is when it was said: that
    answer's word on X, not a figure for June 2023 (which no answer gives, so it was declined)."""
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert reply.fact is not None
    assert dated_sources(shipped_index, analyse(question)) == {reply.fact.source_id}


def test_how_a_named_minister_put_it_in_a_month_is_read_by_the_minister(
    shipped_index: FactIndex,
) -> None:
    # Two answers were given in June 2025; McKinnell's is the neurodiversity one.
    assert_answered_with(
        shipped_index,
        "how did mckinnell describe the ittecf in june 2025",
        "ittecf-minimum-entitlement-2025",
    )


def test_a_month_something_happened_in_names_no_answer(shipped_index: FactIndex) -> None:
    # The September 2023 answer is on high needs funding; the Change Programme launched then.
    question = analyse("what did DfE launch in September 2023")
    assert not dated_sources(shipped_index, question)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "who decides how schools spend their send money, in the april 2025 answer about "
            "the £1bn increase",
            "schools-decide-send-spending",
        ),
        (
            "how much does warwickshire get in the april 2025 answer about the £1bn",
            "warwickshire-high-needs-2025-26",
        ),
    ],
)
def test_the_topic_naming_an_answer_at_the_end_draws_none_of_its_facts(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    """Asked first, then the answer named with what it is about ("the answer about the £1bn"):
    that answer's fact on what was asked, not its £1 billion increase, which only the words
    naming the answer drew."""
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "what did the minister tell us in the june 2023 answer about demand for places",
            "special-school-pupils-rise-since-2017",
        ),
        (
            "what did the department say in the march 2024 answer about where the new schools "
            "will go",
            "special-free-schools-location-announcement",
        ),
    ],
)
def test_the_topic_naming_an_answer_is_kept_when_nothing_else_asks_one(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    """ "What did the minister say in the X answer about Y" asks about Y: the clause is what is
    asked, not only the answer's name."""
    assert_answered_with(shipped_index, question, fact_id)
