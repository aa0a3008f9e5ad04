"""On-topic questions a written answer does not answer get a partial reply or a decline, never
a related fact shown as the answer: a verdict between two readings ("actually tougher or just
box ticking"), a change still to be decided ("planning to change them again"), a fee asked of
those on a course, a figure for each kind or place, what a thing is and does, whether a rise is
in real terms, and a wider or earlier figure than the one the asker quotes. The phrasings here
are new (none is taken from an evaluation set); each reason has a counter-example that a fact
still answers."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.missing import asks_real_terms, beyond_its_figure
from sendbot.answering.only_mentioned import only_mentioned
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

# ---- question analysis: each reason read from the question's words ----


@pytest.mark.parametrize(
    "question",
    [
        "is the new inspection framework really stricter or just more paperwork",
        "are these checks genuinely tougher or only a rebrand",
        "is the plan actually new or just the old one renamed",
    ],
)
def test_a_verdict_between_two_readings(question: str) -> None:
    assert analyse(question).intent is Intent.JUDGEMENT


@pytest.mark.parametrize(
    "question",
    [
        "is the department planning to overhaul the local area inspections again",
        "are ministers going to rethink the funding formula again",
    ],
)
def test_a_change_still_to_be_decided(question: str) -> None:
    assert analyse(question).intent is Intent.PREDICTION


def test_a_plan_a_source_may_give_is_no_prediction() -> None:
    # "are they planning to expand ...": a plan a written answer can state
    assert analyse("are they planning to expand supported internships").intent is not (
        Intent.PREDICTION
    )


@pytest.mark.parametrize(
    "question",
    ["do trainee psychologists pay tuition fees", "will apprentices have to pay for the course"],
)
def test_a_fee_asked_of_those_on_a_course(question: str) -> None:
    assert analyse(question).intent is Intent.COST


def test_paid_work_is_no_question_of_pay() -> None:
    assert analyse("will interns get paid while on the internship").intent is Intent.PAY
    assert analyse("does it help young people get paid work").intent is not Intent.PAY


@pytest.mark.parametrize(
    ("question", "breakdown"),
    [
        ("how many were autism bases and how many were semh schools", "by type"),
        ("the pupils the taskforce reached, by region please", "by area"),
        ("funding for the new places by region", "by area"),
        ("is there any data on apprentices with send by la", "by area"),
    ],
)
def test_a_figure_for_each_kind_or_place(question: str, breakdown: str) -> None:
    assert analyse(question).breakdown == breakdown


def test_no_split_asked() -> None:
    assert analyse("how many special schools are there and where are they").breakdown is None
    assert analyse("is the taskforce run by councils").breakdown is None
    assert analyse("are the figures checked by councils").breakdown is None


@pytest.mark.parametrize(
    "text",
    [
        "has the budget gone up above inflation",
        "is that rise inflation adjusted",
        "is it more in real terms",
        "is the increase real or just inflation",
    ],
)
def test_real_terms_asked(text: str) -> None:
    assert asks_real_terms(analyse(text).text)


def test_inflation_named_in_passing_asks_no_real_terms() -> None:
    assert not asks_real_terms(analyse("it sounds small given inflation, is that right").text)
    assert not asks_real_terms(analyse("what is the inflation rate").text)


def test_a_figure_beyond_the_one_quoted() -> None:
    terms = frozenset({"21", "million"})
    wider = analyse("EP training gets £21 million but what's the overall spend for all training")
    assert beyond_its_figure(wider, terms) == "a combined total for everything asked about"
    earlier = analyse("what did they spend before this extra £21 million")
    assert beyond_its_figure(earlier, terms) == "the figure before it"
    # Another number than the fact's, or a check of the quoted one, asks nothing beyond it.
    assert beyond_its_figure(
        analyse("what did they spend before this extra £9 million"), terms
    ) is (None)
    assert beyond_its_figure(analyse("is the £21 million for all of england"), terms) is None


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("norfolk send transport budget 2021/22", ("2021_22",)),
        ("ehcp numbers 2019-20 vs now", ("2019_20",)),
        # a calendar year still needs a word saying it is the time asked about
        ("the 2023 plan, what did it promise", ()),
    ],
)
def test_a_financial_or_academic_year_is_a_period_asked(
    question: str, years: tuple[str, ...]
) -> None:
    assert analyse(question).years == years


# ---- replies: what the partial says, and what stays answered ----


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "is the new inspection framework really stricter or just more paperwork",
            "doesn't make that judgement",
        ),
        (
            "is the department planning to overhaul the local area inspections again",
            "doesn't say what will happen next",
        ),
        ("will interns get paid while on the internship", "doesn't say what anyone is paid"),
        ("the young people the AP taskforce reached, by region please", "not a breakdown by area"),
        (
            "what is the AP specialist taskforce and what do they actually do",
            "mentions AP specialist taskforce but doesn't explain what it is",
        ),
        (
            "has the high needs budget gone up above inflation",
            r"doesn't say whether the increase in the high needs budget .* is in real terms "
            r"\(after inflation\) or in cash terms\.$",
        ),
        (
            "EP training is getting £21 million but how much is the overall spend on all SEND "
            "training",
            "not a combined total for everything asked about",
        ),
        (
            "how much was the change programme funding before the new 70 million",
            r"gives the Change Programme funding, not the figure before it\.$",
        ),
    ],
)
def test_the_partial_names_what_is_missing(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # The fact says the internships lead to "sustained, paid employment".
        (
            "do supported internships help young people get paid work",
            "supported-internships-all-las",
        ),
        # "How much did it go up" is the rise the fact gives, whatever inflation did.
        ("how much did the high needs budget go up", "high-needs-budget-increase"),
        # A check of the quoted figure, answered by the fact that gives it.
        ("is the £70m for all 32 councils put together?", "change-programme"),
        ("are they planning to expand supported internships", "supported-internships-all-las"),
    ],
)
def test_still_answered(single_source_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_what_it_is_ends_where_the_next_question_starts(single_source_index: FactIndex) -> None:
    question = analyse("what even is the AP specialist taskforce, like what do they do all day")
    position = next(
        at
        for at, fact in enumerate(single_source_index.facts)
        if fact.id == "ap-specialist-taskforce-extension"
    )
    said = only_mentioned(
        question,
        single_source_index.profiles[position],
        single_source_index.fact_terms[position],
    )
    # The thing asked about is the taskforce ("they" points back to it): the fact says it was
    # extended, not what it is or does.
    assert said is not None and "mentions AP specialist taskforce but" in said


def test_a_year_put_bare_is_still_the_year_asked(shipped_index: FactIndex) -> None:
    # Warwickshire's allocation is given for 2025/26 only (the high needs budget for England
    # for 2023/24 to 2025/26, which are not Warwickshire's years: not said).
    assert_not_answered(
        shipped_index,
        "warwickshire high needs allocation 2019/20?",
        r"^The written answer doesn't give a figure for 2019/20\.$",
    )
    reply = answer(shipped_index, "warwickshire's high needs block 2019/20")
    assert reply.outcome is Outcome.PARTIAL and reply.missing is not None
    # What the shown fact lacks: the year, or the place (England's figure)
    assert "2019/20" in reply.missing or "not for Warwickshire" in reply.missing
    assert "2023/24" not in reply.missing
    assert_answered_with(
        shipped_index,
        "warwickshire high needs allocation 2025/26",
        "warwickshire-high-needs-2025-26",
    )
