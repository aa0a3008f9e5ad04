"""Sibling facts of one written answer, told apart by the detail asked: what replaces the SENCO
qualification (the NPQ) or why (its purpose); how big the rise in high needs money is (60%)
or the total (£10.5 billion); the reach of the AP Specialist Taskforce to date (4000 children)
or how long it runs; which department the question was put to or what it asked."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import words
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "what's the department's reason for the new npq for sencos",
        "what is the rationale behind the senco npq",
        "whats the senco npq for in a nutshell",
        "what is the senco npq actually for according to the dfe",
    ],
)
def test_the_reason_for_the_npq_is_its_purpose(
    single_source_index: FactIndex, question: str
) -> None:
    # Not "In August 2023, the department confirmed ... a new ... NPQ ... from Autumn 2024".
    reply = assert_answered_with(single_source_index, question, "npq-senco-purpose")
    assert "evidence-based training" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what's replacing the senco qualification",
        "what will replace the existing senco qualification",
    ],
)
def test_what_replaces_the_senco_qualification_is_the_npq(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "npq-senco")
    assert "Autumn 2024" in reply.text


def test_the_rise_in_high_needs_money_is_the_rise_not_the_total(
    single_source_index: FactIndex,
) -> None:
    # The total's quote tells the rise too, but its statement gives only the £10.5 billion.
    reply = assert_answered_with(
        single_source_index,
        "how big is the rise in high needs funding",
        "high-needs-budget-increase",
    )
    assert "60%" in reply.text.splitlines()[0]


def test_the_reach_to_date_is_the_children_reached(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index,
        "what's the reach of the ap specialist taskforce to date?",
        "ap-specialist-taskforce-reach",
    )
    assert "4000 children" in reply.text


def test_which_department_the_question_is_for_is_the_department(
    single_source_index: FactIndex,
) -> None:
    assert_answered_with(
        single_source_index,
        "what government department is this question for",
        "document-department",
    )


def test_whether_cp_800_is_the_plan_is_the_plan_record(single_source_index: FactIndex) -> None:
    reply = assert_answered_with(
        single_source_index, "is cp 800 the send plan?", "document-plan-published"
    )
    assert "31 March 2023" in reply.text


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        ("what is the dfe's stated reason for the npq", Intent.REASON),
        ("what is it for in a nutshell", Intent.REASON),
        ("what is it for according to the government", Intent.REASON),
        ("what is the plan ment to give kids", Intent.REASON),
        ("which children is high needs funding meant for", Intent.REASON),
        ("how many children has it reached to date", Intent.COUNT),
        ("what is the reach of the taskforce to date", Intent.OTHER),
        ("is the data up to date", Intent.OTHER),
        ("what department is this question for", Intent.OTHER),
        ("which constituency is the minister the mp for", Intent.PLACE),
        ("what date was it answered", Intent.DATE),
    ],
)
def test_what_is_asked(question: str, intent: Intent) -> None:
    assert intent_of(words(question)) is intent


@pytest.mark.parametrize(
    "question",
    [
        "the EP training money mentioned in the written answer, how much did the dept put in?",
        "ed psych shortage is awful here. the funding for more EPs, what's the amount?",
        "waits in our county are over a year. the EP training cash, how much was it?",
    ],
)
def test_the_money_beside_a_count_in_one_sentence_answers_how_much(
    single_source_index: FactIndex, question: str
) -> None:
    # Not "The funding is to train 400 more education psychologists", with "no amount".
    reply = assert_answered_with(single_source_index, question, "educational-psychologists-funding")
    assert "£21 million" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "the new special and AP schools that opened, how many places is that roughly?",
        "the 15 special schools plus the AP one, how many pupils will they have room for?",
    ],
)
def test_places_asked_of_the_schools_opened_are_the_places_they_create(
    single_source_index: FactIndex, question: str
) -> None:
    # The schools opened are closest, but count schools; the places, of the same sentence and
    # ranked right behind them, answer (not "gives the number of new special schools opened,
    # not a number of places").
    reply = assert_answered_with(single_source_index, question, "special-school-places-created")
    assert "1,500" in reply.text


def test_schools_asked_of_the_pins_money_are_the_schools_it_supports(
    single_source_index: FactIndex,
) -> None:
    # The £13 million and the 1680 schools are two ends of one sentence of the written answer.
    reply = assert_answered_with(
        single_source_index,
        "how many schools will the £13m PINS money help?",
        "pins-primary-schools",
    )
    assert "1680" in reply.text


def test_people_asked_of_modules_are_not_the_professionals_trained(
    single_source_index: FactIndex,
) -> None:
    # The professionals trained are of the same sentence as the modules completed, but the
    # question counts people signed up to the modules, which neither gives.
    assert_not_answered(
        single_source_index,
        "how many people have registered for the online training modules",
        "not a number of people",
    )


@pytest.mark.parametrize(
    "question",
    [
        "is the £10.5bn an increase on before, and by how much?",
        "the £10.5bn, how much of a rise is that compared to before?",
    ],
)
def test_a_rise_asked_of_the_total_named_is_the_rise(
    single_source_index: FactIndex, question: str
) -> None:
    reply = assert_answered_with(single_source_index, question, "high-needs-budget-increase")
    assert "60%" in reply.text


@pytest.mark.parametrize(
    "question",
    [
        "what percentage of the £10.5bn goes on alternative provision rather than SEND",
        "what share of the £10.5 billion goes to mainstream schools",
    ],
)
def test_a_share_of_the_total_is_not_the_rise_beside_it(
    single_source_index: FactIndex, question: str
) -> None:
    reply = answer(single_source_index, question)
    assert not reply.answered, reply.text


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "where do i look for the contract notice on the pins evaluation",
            "pins-independent-evaluation",
        ),
        ("is someone independently evaluating the pins programme", "pins-independent-evaluation"),
        ("what is the pins evaluation going to examine", "pins-evaluation-scope"),
        ("when are the first pins evaluation findings due", "pins-interim-findings-autumn-2025"),
    ],
)
def test_where_the_pins_evaluation_is_listed_is_quoted_up_to_the_link(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    # Where to read about it and whether it is under way are one sentence pair of the answer,
    # quoted up to the link; what it examines and when it reports are its siblings.
    reply = assert_answered_with(shipped_index, question, fact_id)
    if "contract notice" in question:
        assert "available on Contracts Finder here" in reply.text
