"""The newest figure first on the shipped base of fifteen written answers: "now", "latest" and
"current" questions, years relative to a date, months, and what stays with the matched fact."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.latest import without_latest
from sendbot.answering.reply import Reply
from tests.answering.expected_replies import assert_answered_with

TODAY = dt.date(2026, 12, 1)


def fact_of(reply: Reply) -> str | None:
    return reply.fact.id if reply.fact else None


@pytest.mark.parametrize(
    "question",
    [
        "How much is high needs funding now?",
        "What is the current high needs budget?",
        "what's the latest high needs budget?",
        "how much high needs funding is there in england currently",
        "how much does the government spend on high needs now?",
        "campaigner here, what's the most recent figure for total high needs funding?",
    ],
)
def test_a_question_about_the_high_needs_budget_now_gets_the_newest_figure(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and fact_of(reply) == "high-needs-total-2025-26"
    assert "over £12 billion" in reply.text
    assert reply.text.splitlines()[-1] == (
        'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
        '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).'
    )


def test_the_latest_rise_is_the_newest_answer_s_and_a_percentage_the_newest_one_given(
    shipped_index: FactIndex,
) -> None:
    rise = answer(shipped_index, "how much has high needs funding gone up by most recently?")
    assert fact_of(rise) == "high-needs-increase-continued-2026-27"  # 26 February 2026
    percent = answer(
        shipped_index, "what's the latest yearly percentage increase in high needs funding"
    )
    # The newer answers give the rise in pounds only: the newest percentage is 4.3%.
    assert percent.answered and fact_of(percent) == "high-needs-increase-2024-25"
    assert "4.3%" in percent.text


def test_last_year_is_read_from_the_newest_answer_without_a_clock_and_says_so(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what was the high needs budget last year?")
    assert reply.answered and reply.fact is not None and reply.fact.period == "2024/25"
    assert (
        "“Last year” is read as 2024/25, counting from 26 February 2026, the date of the newest "
        "written answer."
    ) in reply.text.splitlines()


def test_last_year_is_read_from_today_when_the_caller_gives_the_date(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what was the high needs budget last year?", today=TODAY)
    assert reply.answered and fact_of(reply) == "high-needs-total-2025-26"
    assert "“Last year” is read as 2025/26, counting from today (1 December 2026)." in (
        reply.text.splitlines()
    )


def test_next_year_no_answer_gives_is_partial_with_the_periods_and_the_earlier_figures(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the high needs budget next year?")
    assert reply.outcome.value == "partial"
    assert reply.missing == (
        "The written answers give the high needs budget for 2023/24, 2024/25 and 2025/26, "
        "not for 2026/27 (next year)."
    )
    assert fact_of(reply) == "high-needs-total-2025-26"
    assert [item.fact_id for item in reply.earlier] == [
        "high-needs-funding-2024-25",
        "high-needs-total-2023-24",
    ]
    assert reply.text.splitlines()[-1].startswith('Earlier: "£10.1 billion next year", for 2023/24')


def test_a_named_month_gets_that_month_s_figure_or_a_partial_reply(
    shipped_index: FactIndex,
) -> None:
    march = answer(shipped_index, "how many special free schools were approved in March 2023?")
    assert march.answered and fact_of(march) == "special-free-schools-approved-march-2023"
    april = answer(shipped_index, "how many special free schools were approved in April 2023?")
    assert april.outcome.value == "partial"
    assert april.missing is not None and "not for April 2023" in april.missing
    newest = answer(shipped_index, "how many special free schools have been approved?")
    assert fact_of(newest) == "special-free-schools-approved"  # 76, 8 February 2024
    # Approved in March 2023 but told of in an answer later than the 76's: said so, never
    # listed as "Earlier".
    earlier = (
        "Earlier, though said in a later answer: "
        '"In March 2023, the department approved 33 new special free schools" '
        "(David Johnston, 22 March 2024)."
    )
    assert earlier in newest.text


@pytest.mark.parametrize(
    ("question", "kept"),
    [
        # A year the newest figure does not say: the figure for that time stays.
        (
            "how many special free schools were approved in 2023?",
            "special-free-schools-approved-march-2023",
        ),
        # More than the figure is asked, and the newest answer does not speak of it.
        (
            "is the £1bn for high needs going to councils so they can support schools and colleges",
            "high-needs-increase-2025-26-warwickshire-answer",
        ),
    ],
)
def test_the_matched_fact_stays_when_the_newest_does_not_answer_all_of_it(
    shipped_index: FactIndex, question: str, kept: str
) -> None:
    assert fact_of(answer(shipped_index, question)) == kept


@pytest.mark.parametrize(
    "question",
    [
        "what is the high needs budget used for?",
        "when was the question about high needs funding answered?",
        "what was the high needs budget in 2019/20?",
    ],
)
def test_a_question_not_asking_for_the_measure_s_figure_is_never_given_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert not (
        reply.answered and reply.fact is not None and reply.fact.measure == "high-needs-budget"
    )


def test_an_old_figure_only_one_fact_gives_says_how_old_it_is(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index, "how many local authorities are in the change programme?", today=TODAY
    )
    assert reply.answered and fact_of(reply) == "change-programme-local-authorities"
    assert reply.text.splitlines()[-1] == (
        "This is the latest figure in the sources, from an answer given on 8 February 2024 — "
        "more than 12 months ago."
    )
    who = answer(shipped_index, "who answered the question on top slicing?", today=TODAY)
    assert who.answered and "more than" not in who.text  # about the answer, not a figure


def test_without_latest_keeps_the_topic_and_a_relative_year() -> None:
    assert without_latest("what's the latest high needs budget?") == "what's the high needs budget?"
    assert without_latest("what is the up to date high needs budget") == (
        "what is the high needs budget"
    )
    assert without_latest("as it stands, what is the schools budget") == (
        ", what is the schools budget"
    )
    # How a thing stands is read as "the latest on" it (its news, or a measure's newest), not
    # "what is" it, a definition.
    assert without_latest("where is the high needs budget at now?") == (
        "what's the on the high needs budget now?"
    )
    assert without_latest("most recent news on PINS") == "on PINS"
    assert without_latest("the current financial year budget") == (
        "the current financial year budget"
    )
    assert without_latest("latest") == "latest"


def test_a_question_not_about_a_written_answer_is_never_given_its_date(
    shipped_index: FactIndex,
) -> None:
    # Every answer's date is phrased "when was the reply about X given": X alone drew these.
    carry_on = answer(shipped_index, "will the increased high needs funding carry on next year")
    assert fact_of(carry_on) != "top-slicing-2026-02-26-answered-date"
    assert not (
        carry_on.answered and carry_on.fact is not None and "document" in carry_on.fact.tags
    )
    timeline = answer(shipped_index, "most recent timeline for the send white paper")
    assert timeline.answered and fact_of(timeline) == "schools-white-paper-early-new-year"
    when = answer(
        shipped_index, "when was the reply about high needs funding carrying into next year given"
    )
    assert when.answered and fact_of(when) == "top-slicing-2026-02-26-answered-date"


def test_years_ago_are_counted_like_last_year(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what was the high needs budget two years ago?")
    assert reply.answered and fact_of(reply) == "high-needs-total-2023-24"
    assert "“Two years ago” is read as 2023/24" in reply.text
    older = answer(shipped_index, "how much high needs funding was there 3 years ago?")
    assert older.outcome.value == "partial"
    assert older.missing is not None and older.missing.endswith("not for 2022/23 (3 years ago).")


def test_latest_does_not_pull_a_place_s_figure_to_the_national_one(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the latest high needs funding for Warwickshire?")
    assert reply.answered and fact_of(reply) == "warwickshire-high-needs-2025-26"


def test_a_year_a_figure_runs_to_is_not_the_year_it_is_for(shipped_index: FactIndex) -> None:
    # "extended to March 2025, which has reached over 4000 children to date" (February 2024)
    reply = answer(shipped_index, "how many children did the ap specialist taskforce reach in 2025")
    assert reply.outcome.value == "partial"
    assert (
        reply.missing
        == "The written answer gives the figure as of 8 February 2024, not one for 2025."
    )
    since = answer(shipped_index, "how many special free schools have opened since 2010?")
    assert since.answered and fact_of(since) == "free-schools-opened-since-2010"


@pytest.mark.parametrize(
    "question",
    [
        "what's the latest wave of new special free schools - how many?",
        "how many special free schools were in the most recent wave",
    ],
)
def test_the_latest_wave_of_special_free_schools_is_the_spring_budget_one(
    shipped_index: FactIndex, question: str
) -> None:
    # The March 2023 wave of 33 is history the same answer recalls; its news is the 15.
    assert_answered_with(shipped_index, question, "spring-budget-2024-special-free-schools")
    assert_answered_with(
        shipped_index,
        "how many special free schools were approved in the march 2023 wave",
        "special-free-schools-approved-march-2023",
    )


@pytest.mark.parametrize(
    "question",
    [
        "does most high needs money go to schools",
        "is most of the high needs budget spent by councils themselves?",
    ],
)
def test_a_yes_no_question_about_a_measure_is_not_answered_with_its_newest_total(
    shipped_index: FactIndex, question: str
) -> None:
    # Whether most of it goes to schools is no total: "over £12 billion" would not say.
    reply = answer(shipped_index, question)
    assert fact_of(reply) != "high-needs-total-2025-26" or not reply.answered, reply.text


def test_whether_money_is_passed_on_keeps_the_newest_answer_saying_so(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "most recent on whether la funding for send is going to schools or being kept by the "
        "council",
        "high-needs-funding-reaches-settings",
    )


def test_a_partial_reply_names_the_date_of_the_fact_it_shows_not_an_older_ones_period(
    shipped_index: FactIndex,
) -> None:
    """The newest count of approved special free schools (76) names no period: the sentence
    said they were given "for March 2023", an older answer's period, over the 2024 figure."""
    reply = answer(shipped_index, "how many special free schools are planned for 2028")
    assert reply.outcome.value == "partial"
    assert fact_of(reply) == "special-free-schools-approved"
    assert reply.missing == (
        "The written answers give the special free schools approved as of 8 February 2024, "
        "not for 2028."
    )
