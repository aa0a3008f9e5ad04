"""Questions a quote answers in words a check read as not giving what was asked:
- "who leads/runs X" of a quote saying X is "led by the department and the delivery partner"
  (no proper name, but by whom); and "REACh", capitals then small letters, is a name;
- "the target for supported internship numbers": the numbers name what the target is of; the
  target asked is the doubling, not figures the quote leaves out;
- "who decides what EPs get paid" asks who decides (whose responsibility), not a salary;
- "what does the govt say its funding helps schools do", "what does the consortium do": what
  the thing does, read past who says it and past whom it is led by;
- "why don't they ringfence funding" of a quote saying it "is not ringfenced": no figure asked."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "who is running the feedback loop in the change programme?",
        "change programme feedback loop - who leads it",
    ],
)
def test_a_quote_saying_by_whom_it_is_led_answers_who_leads_it(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "change-programme-reach-feedback-loop")
    assert "led by the department and the change programme delivery partner" in reply.text


def test_a_name_written_in_capitals_then_small_letters_is_a_name(
    shipped_index: FactIndex,
) -> None:
    # "REACh": a name the quote gives, though not written as "Reach".
    reply = assert_answered_with(
        shipped_index,
        "what organisation is the change programme's delivery partner called?",
        "change-programme-reach-feedback-loop",
    )
    assert "REACh" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what's the target for internship numbers under the supported internships investment?",
    ],
)
def test_a_target_for_numbers_is_answered_by_the_target(
    shipped_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(shipped_index, question, "supported-internships-double")
    assert "double the number of Supported Internships" in reply.text


def test_who_decides_what_someone_is_paid_asks_who_decides(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "who sets how much educational psychologists get paid, the council or the dfe?",
        "educational-psychologists-employers-decide-funding",
    )
    assert "responsibility of employers" in reply.text


@pytest.mark.parametrize(
    ("question", "fact_id", "said"),
    [
        (
            "what does the government say its funding for education helps schools do?",
            "hn-2023-09-26-funding-raises-attainment",
            "helps schools raise attainment",
        ),
        (
            "what does the internships work consortium actually do? we run a college",
            "internships-work-consortium",
            "to deliver activities to expand and improve Supported Internships",
        ),
    ],
)
def test_what_a_thing_does_is_read_past_who_says_it_and_who_leads_it(
    shipped_index: FactIndex, question: str, fact_id: str, said: str
) -> None:
    # "the government says its funding helps schools ...": the funding's deed is asked; "the
    # consortium, led by the NDTi, to deliver ...": what it does follows whom it is led by.
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert said in reply.text


def test_why_it_is_not_ringfenced_is_no_figure_asked(shipped_index: FactIndex) -> None:
    # "ringfence" asked, "ringfenced" quoted: the same word, not a kind of funding left out.
    reply = assert_answered_with(
        shipped_index,
        "why won't ministers ringfence council funding?",
        "government-funding-not-ringfenced",
    )
    assert "best placed to understand local priorities" in reply.text


def test_whether_the_department_will_ever_ringfence_it_is_still_not_answered(
    shipped_index: FactIndex,
) -> None:
    # What ministers may decide one day is no written answer's to say, "dfe" without "the" too.
    assert_not_answered(shipped_index, "will dfe ever ringfence money for EPs?", r".")
