"""On-topic questions the written answers do not answer, by kind, in wordings of our own: whether
every one or all of it is done, who within a body the asker names leads something, a total sum
asked of a fact that counts people, what comes after something ends, the asker's own child, how
a sum is divided up, who wrote a document the answer speaks of, what a promised paper will hold
and an exact date of a time said loosely. Each is told in one sentence what the written answer
does not give (or declined), never given the close fact as its answer; a near question the fact
does answer is still answered."""

import pytest

from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # whether every one, or all of it, is done
        (
            "has every local area been inspected yet?",
            "doesn't say whether every local area has been inspected",
        ),
        (
            "have all the councils had their send inspection now?",
            "whether all the councils have had their send inspection",
        ),
        ("is every primary school in PINS now?", "whether every primary school is in PINS"),
        ("have all the 400 EPs been trained now", "whether all the 400 EPs have been trained"),
        (
            "has every early years setting done the senco training",
            "whether every early years setting has done the senco training",
        ),
        (
            "have all local areas been through the new ofsted inspections, is it all done",
            "whether all local areas have been through the new ofsted inspections",
        ),
        # someone within a body the asker names
        ("who at ofsted runs the local area send inspections", "doesn't name anyone at ofsted"),
        ("who within ofsted leads the area send inspections", "doesn't name anyone at ofsted"),
        # a sum of money asked of a fact counting people
        (
            "what's the total funding for the autism awareness training",
            "number of professionals .*, not the total funding",
        ),
        (
            "what is the total funding for the universal training offer",
            "not the total funding",
        ),
        # what comes after, or more of it to come
        (
            "are they going to approve even more special free schools after this lot?",
            "doesn't say what will happen next",
        ),
        (
            "whats next for the local area inspections once all the reports r done",
            "doesn't say what will happen next",
        ),
        # the asker's own child
        ("my son is 9, is his school one of the PINS schools?", "any one person's case"),
        ("my son is in a PRU, will the AP taskforce be working with him?", "any one person's case"),
        ("my daughter's in AP, will the taskforce be helping her?", "any one person's case"),
        (
            "my kid's autistic and his teacher clearly hasn't had autism training, will she "
            "have to do it now?",
            "any one person's case",
        ),
        # how a sum is divided up
        (
            "how does the £13m PINS money get divided up - training, specialist staff, evaluation?",
            "gives a total, not a breakdown",
        ),
        (
            "how does the £70m for the change programme get split between the 32 councils",
            "not a breakdown by area",
        ),
        ("what's the £70m change programme spent on, breakdown by activity", "not a breakdown"),
    ],
)
def test_one_source_says_what_it_does_not_give(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "has the £1bn extra high needs money all been spent by councils",
            "whether the £1 billion extra high needs money has all been spent",
        ),
        (
            "How is the £1 billion high needs increase for 2025/26 divided up between the "
            "different councils? Only Warwickshire seems to be mentioned anywhere",
            "not a breakdown by area",
        ),
        ("who wrote the IFS report on SEND spending", "not who wrote the IFS report"),
        ("who wrote the schools white paper", "not who wrote the schools white paper"),
        ("what's going to be in the schools white paper for SEND", "says what it contains"),
        (
            "white paper 'early in the new year' - which month exactly, is there a date?",
            'only "early in the new year"; it doesn.t give an exact date',
        ),
        (
            "when will the pins interim findings be out, which month?",
            'only "in autumn 2025"; it doesn.t give an exact date',
        ),
    ],
)
def test_many_sources_say_what_they_do_not_give(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("how many local area inspection reports are out?", "inspection-reports-published"),
        ("how many special schools have opened?", "special-schools-opened"),
        # a fact saying "all local authorities" may answer whether all of them have it
        (
            "are all local authorities getting supported internship funding?",
            "supported-internships-all-las",
        ),
        ("has every LA got a supported internships grant yet?", "supported-internships-all-las"),
        ("who carries out the local area send inspections?", "local-area-inspections"),
        ("who delivers the autism awareness training?", "autism-awareness-training"),
        ("how much funding is there for PINS?", "pins-programme"),
        ("how many people have done the autism training?", "autism-awareness-training"),
        ("when does the AP taskforce run until?", "ap-specialist-taskforce-extension"),
        ("how many more EPs will be trained?", "educational-psychologists-trainees"),
        ("how many primary schools are in PINS?", "pins-primary-schools"),
        ("who is the AP taskforce for?", "ap-specialist-taskforce-extension"),
        # a month named answers "which month"
        ("when did the autism training start, which month exactly?", "autism-awareness-training"),
    ],
)
def test_a_near_question_the_fact_answers_is_still_answered(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_who_answered_is_still_the_answers_own_record(shipped_index: FactIndex) -> None:
    assert_answered_with(
        shipped_index,
        "who answered the lords question on the IFS report?",
        "ifs-2025-06-16-answered-by",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("how many PINS secondary schools", "speaks of primary schools, not secondary schools"),
        ("how many secondaries are getting PINS support", "primary (?:schools|ones)"),
        ("how many councils left the change programme", "not how many did not finish"),
    ],
)
def test_another_kind_or_those_who_left_is_not_answered_with_the_count(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_whether_it_reaches_the_other_kind_is_answered_by_the_kind_it_names(
    single_source_index: FactIndex,
) -> None:
    # "up to 1680 primary schools" says whether PINS is for secondary schools too
    assert_answered_with(
        single_source_index, "is PINS for secondary schools too?", "pins-primary-schools"
    )
