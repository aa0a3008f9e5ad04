"""Questions about a figure itself. Its span: "is the £21m per year or across both years?",
"is the 23 per year or so far?", "15 special schools opened?? when", "1500 new places - where
does that number come from?" get the fact giving that very figure when its own words say the
span (a period, a year like 2024/25, the years it runs from and to); a figure asked for each
year, or one of a fact that says no span, stays a partial. A figure heard and checked in one
sentence with a tag ("someone told me only 500 new places, true?", "... surely thats wrong",
"is she wrong?"), or two offered ("is it 10k or 100k ..."), gets the fact, which sets it right.
Through the pure core, on the one-source base the chat sets are written for."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("is the £21m per year or across both years?", "educational-psychologists-funding"),
        ("is the 400 eps per yr", "educational-psychologists-trainees"),
        ("23 reports - is that per year?", "inspection-reports-published"),
        ("is the 23 per year or so far?", "inspection-reports-published"),
        (
            "the 4000 children reached by APST, is that each year or to date?",
            "ap-specialist-taskforce-reach",
        ),
        ("is 5000 modules per yr or total", "online-training-modules"),
        ("is the 1,500 places per year or total?", "special-school-places-created"),
        ("is the 60% per year or over 5 yrs", "high-needs-budget-increase"),
        (
            "'backed by over £10.5 billion' - is that per year, and which financial year is it"
            " for?",
            "high-needs-funding-2024-25",
        ),
        (
            "is it 15 special schools opened in 2024 or 15 in the academic year",
            "special-schools-opened",
        ),
        (
            '"an increase in the high needs budget of 60%" - is that over five years or since'
            " 2010?",
            "high-needs-budget-increase",
        ),
        ("15 special schools opened?? when", "special-schools-opened"),
        ("when were the 15 special schools opened?", "special-schools-opened"),
        ("1500 new places - where does that number come from?", "special-school-places-created"),
    ],
)
def test_the_span_of_a_figure_is_answered_by_the_fact_saying_it(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # an amount for each year, which a total over two years does not give
        ("how much is the £21m per year?", "each year"),
        # facts whose words give no span: a launch date, an announcement, no time at all
        ("is the £70m change programme money per year?", "each year"),
        ("is the 76 special free schools per year?", "each year"),
        ("when will the 76 special free schools open?", "date"),
        # "so far" says when a count stops, not when what it counts happened
        ("when were the 23 local area inspection reports published", "date|when"),
        # what is asked besides the span still counts
        ("is 60% over five years enough to keep up with demand", "judgement|opinion"),
        ("what was the high needs increase each year, not the 60% total", "."),
    ],
)
def test_a_span_the_source_does_not_give_stays_unanswered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        (
            "someone told me only 500 new places, true?",
            "special-school-places-created",
            "gives over 1,500, not 500.",
        ),
        (
            "someone on fb said 15,000 new places?? surely thats wrong",
            "special-school-places-created",
            "gives over 1,500, not 15,000.",
        ),
        (
            "my friend said there are 2,000 new places, is she wrong?",
            "special-school-places-created",
            "gives over 1,500, not 2,000.",
        ),
        (
            "is it 10k or 100k that did the autism training",
            "autism-awareness-training",
            "gives over 100,000, not 10k.",
        ),
        # asked whether it is the figure the answer gives
        (
            "someone on twitter said £8bn for send in 2024/25, is that the figure in this answer?",
            "high-needs-funding-2024-25",
            "gives over £10.5 billion, not £8bn.",
        ),
        (
            "saw 300 EPs on facebook, is that the number in the answer?",
            "educational-psychologists-trainees",
            "gives 400, not 300.",
        ),
        (
            "need the answer date for our campaign newsletter, someone told me it was answered on"
            " the 31st jan but i think thats wrong?",
            "document-answered-date",
            "gives 8th February 2024, not 31st jan.",
        ),
    ],
)
def test_a_figure_heard_and_tagged_is_set_right(
    single_source_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert reply.text.splitlines()[0] == f"The written answer {line}"


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("heard 500 new places in Devon, true?", "Devon"),
        ("someone told me 200 EPs are being trained in Kent, right?", "Kent"),
        ("someone said autism training reached 50% of teachers, true?", "percentage|share"),
        ("someone said 40% of EHCP applications are refused, is that right?", "."),
        (
            "someone said 40% of EHCP applications are refused, is that the figure in this answer?",
            ".",
        ),
    ],
)
def test_a_heard_figure_the_source_does_not_give_stays_unanswered(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # a span in the fact's own words: "between 2022 and 2025", "over the next three years",
        # "since 2010"
        (
            "the £2.6bn for specialist places, is that per year?",
            "specialist-places-investment-2022-2025",
        ),
        (
            "is the £18m for supported internships per year?",
            "supported-internships-investment-2022",
        ),
        (
            "is the 77 special free schools per year or since 2010?",
            "free-schools-opened-since-2010",
        ),
    ],
)
def test_a_span_said_in_the_facts_words_answers_in_the_many_source_base(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "fact_id", "first_line"),
    [
        # which of two tellings is right, or which way the figure is off: no person asked for
        (
            "my mate says 20 special schools opened, i say 15, whos right",
            "special-schools-opened",
            "The written answer gives 15, not 20.",
        ),
        (
            "someone said 10 councils are in the change programme, is it more or fewer?",
            "change-programme-local-authorities",
            None,
        ),
        (
            "our SLT reckons about 50 local authorities signed up to the change programme, is"
            " that right or is it fewer?",
            "change-programme-local-authorities",
            None,
        ),
    ],
)
def test_which_telling_is_right_gets_the_fact(
    single_source_index: FactIndex, question: str, fact_id: str, first_line: str | None
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    if first_line is not None:
        assert reply.text.splitlines()[0] == first_line
