"""On-topic questions the many written answers do not answer, each asking for a detail beside
the fact closest to it: a year none gives, when something else happened than the date a fact
gives, names or findings a fact does not give. Each is told what the written answer lacks
(a partial reply) or declined: never given the related fact as its answer."""

from typing import NamedTuple

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_when import not_given
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent
from sendbot.answering.match import Outcome
from sendbot.answering.question import analyse
from sendbot.knowledge.model import FigureKind
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "years"),
    [
        ("how many special schools opened in the 2021/22 academic year", ("2021_22",)),
        ("high needs funding for the 2019/20 financial year", ("2019_20",)),
        ("what was spent in the 2018 school year", ("2018",)),
    ],
)
def test_a_year_named_after_the_is_asked_about(question: str, years: tuple[str, ...]) -> None:
    assert analyse(question).years == years


@pytest.mark.parametrize(
    "question",
    [
        "how many special schools opened in the 2021/22 academic year",
        "how many special schools opened in the 2019/20 academic year",
    ],
)
def test_a_year_none_gives_is_said_not_given(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, r"not for 20\d\d/\d\d")


def test_the_year_of_an_answer_is_not_a_year_its_figure_is_for(shipped_index: FactIndex) -> None:
    # "a further 400 educational psychologists from 2024", answered in November 2023 (its
    # curated questions name "the november 2023 answer"): no figure trained in 2023.
    assert_not_answered(
        shipped_index,
        "how many eps were trained in 2023",
        "doesn't give a figure for 2023",
    )
    assert_answered_with(
        shipped_index,
        "how many EPs did the november 2023 answer say would be trained",
        "educational-psychologists-trainees-2023-11-17",
    )


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "when was the 2.6 billion for new specialist places first announced",
            r"gives when it starts \(2022\), not when it was announced",
        ),
        (
            "when was the workforce research on educational psychologists commissioned",
            r"gives when it was published \(June 2023\), not when it was commissioned",
        ),
        ("when did the £3m supported internships pilot start", r"not when it started"),
        ("when did the supported internships pilot actually begin", r"not when it started"),
        (
            "when does the £18m supported internships investment actually end, what month",
            r"announced \(February 2022\), not when it ends",
        ),
        ("when does the £2.6bn have to be spent by, which month", r"only the year.*not the month"),
        ("when was the extra £1bn for high needs first announced", r"."),
    ],
)
def test_another_event_than_the_one_dated_is_said_not_given(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("when was the change programme launched", "change-programme"),
        ("when did the change programme start", "change-programme"),
        ("when was the task and finish group set up", "neurodivergence-task-and-finish-group"),
        (
            "when was the dfe commissioned EP workforce research published?",
            "educational-psychologists-workforce-research",
        ),
        (
            "when did the school capacity survey start asking about special school capacity",
            "school-capacity-survey-special-schools",
        ),
    ],
)
def test_the_event_a_fact_dates_is_still_answered(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


class _Dated(NamedTuple):
    dates: tuple[tuple[str, str], ...]
    text: str = ""
    period: str | None = None
    main_kind: FigureKind | None = FigureKind.MONEY


@pytest.mark.parametrize(
    ("question", "dates", "missing"),
    [
        # a financial year of unknown role is the year a figure is for, not an announcement
        ("when was it announced", (("", "2025/26"),), "the year its figure is for"),
        # ... and the end of a span whose start is given is no announcement either
        ("when was it announced", (("starts", "2022"), ("", "2025")), "not when it was announced"),
        ("when was the money spent, which month", (("", "2025"),), "not the month"),
    ],
)
def test_the_reason_for_a_date_of_another_event(
    question: str, dates: tuple[tuple[str, str], ...], missing: str
) -> None:
    said = not_given(analyse(question), _Dated(dates))
    assert said is not None and missing in said


@pytest.mark.parametrize(
    ("question", "dates"),
    [
        ("when was it announced", (("announced", "February 2022"),)),
        ("when was it announced", (("", "2023"),)),  # a date of unknown role may be the one
        ("when does it have to be spent by, which month", (("ends", "March 2025"),)),
    ],
)
def test_no_reason_when_the_date_may_be_the_one_asked(
    question: str, dates: tuple[tuple[str, str], ...]
) -> None:
    assert not_given(analyse(question), _Dated(dates)) is None


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "what did the 23 local area inspection reports actually find",
            "doesn't report results or findings",
        ),
        ("what results has the change programme shown so far", "doesn't report results"),
        ("what impact has the change programme had", "doesn't report results"),
    ],
)
def test_findings_asked_of_what_was_done_or_planned(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "what did the 23 local area inspection reports actually find",
        "what results has the change programme shown so far",
        "what difference have the reforms made",
    ],
)
def test_findings_are_read_as_asked(question: str) -> None:
    assert analyse(question).findings


# One for each word that tells a message may ask what came of something (see
# `question._FINDINGS_CUES`): only a message saying one is searched for the ways of asking it.
@pytest.mark.parametrize(
    "question",
    [
        "has the evaluation found anything yet",
        "have they managed to hit the target",
        "has it achieved its aims",
        "has the programme succeeded",
        "has the training changed anything",
        "results of the change programme evaluation?",
        "is the change programme going to work",
        "has the training actually made a difference in classrooms",
        "has pins had an impact on exclusions",
        "how many interns went on to get paid jobs",
        "how many young people ended up in work",
        "has it got any young people into paid jobs",
        "anything found so far",
        "how many young people got into paid jobs",
        "has it had an effect on waiting times",
        "outcomes of the pilot?",
        "findings from the review",
        "did the inspections find problems",
        "what came out of the review",
        "is the change programme actually working? results?",
        "did the change programme actually work, any findings",
        "has pins improved outcomes for autistic kids",
        "what has the change programme feedback said is working so far",
        "did the autism training really help autistic pupils",
        "did the kids reached by the taskforces end up back in mainstream",
        "how did the pilot for young people without an EHCP go so far",
    ],
)
def test_findings_asked_by_each_cue(question: str) -> None:
    assert analyse(question).findings


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("did the change programme actually work, any findings", "doesn't report results"),
        ("has pins improved outcomes for autistic kids", "doesn't report results"),
        ("did all that autism awareness training actually improve anything", "doesn't report"),
        ("what has the change programme feedback said is working so far", "doesn't report"),
    ],
)
def test_whether_it_worked_is_not_answered_by_what_is_planned_or_done(
    shipped_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(shipped_index, question, missing)


@pytest.mark.parametrize(
    "question",
    [
        "is the change programme working with councils",
        "did the department work out the cost",
        "how is the funding going to be split",
        "how many EPs are working in schools",
    ],
)
def test_working_with_or_going_to_asks_no_findings(question: str) -> None:
    assert not analyse(question).findings


@pytest.mark.parametrize(
    "question", ["how many special schools opened", "is high needs funding over how much"]
)
def test_no_findings_asked(question: str) -> None:
    assert not analyse(question).findings


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        (
            "which orgs are actually on the neurodivergence task and finish group, by name",
            "doesn't name the organisations",
        ),
        (
            "what are the other change programme partnerships besides bedford/east of england",
            "names only some of them, as examples",
        ),
        ("who are the other change programme councils apart from bedford", "only some of them"),
        # "we will test policy options being considered" names none of them
        (
            "what policy options are being tested in the engagement period",
            "doesn't name the policy options.",
        ),
        (
            "which policy options are they testing in the white paper engagement",
            "doesn't name the policy options.",
        ),
    ],
)
def test_names_a_fact_does_not_give(shipped_index: FactIndex, question: str, missing: str) -> None:
    assert_not_answered(shipped_index, question, missing)


def test_by_name_asks_names_though_told_apart() -> None:
    assert analyse("which orgs are on the task and finish group, by name").wants == "names"


@pytest.mark.parametrize(
    "question",
    [
        "we're a mainstream school with an ARP, do we get the 3.4% special school increase?",
        "my son is 17 with an EHCP, will his college definitely have to offer him a supported "
        "internship?",
        "our school is in an area that didnt get PINS, can we still sign up",
        "our nursery isn't in a pins area, can we still join",
    ],
)
def test_the_askers_own_case_is_not_answered(shipped_index: FactIndex, question: str) -> None:
    assert_not_answered(shipped_index, question, "any one person's case")


@pytest.mark.parametrize(
    "question",
    [
        "do we get the 3.4% increase",
        "can we still sign up",
        "will her school have to take her",
    ],
)
def test_the_askers_own_case_is_read(question: str) -> None:
    assert analyse(question).intent is Intent.CASE


@pytest.mark.parametrize(
    "question",
    [
        "which councils are in the no-ehcp supported internship pilot",
        "which LAs are running the supported internship pilot for young people without an EHCP",
    ],
)
def test_those_without_a_plan_are_not_answered_by_a_fact_that_never_speaks_of_one(
    shipped_index: FactIndex, question: str
) -> None:
    # "the department has supported all local authorities in England to strengthen ... their
    # Supported Internship offers" says nothing of the pilot for those without an EHCP: the
    # pilot's own fact is shown, saying it names no councils.
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert reply.fact is not None and reply.fact.id == "supported-internships-pilot"
    assert reply.missing is not None and "doesn't name the" in reply.missing


def test_a_fact_about_those_without_a_plan_still_answers_of_them(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "how much was the pilot of supported internships for young people without an EHCP",
        "supported-internships-pilot",
    )


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        # "no matter where", "no idea" say nothing a child is without
        (
            "we're in a rural bit of cumbria, does the plan say kids get support no matter "
            "where they live in england?",
            "improvement-plan-aim",
        ),
        (
            "who provides the autism awarenes training? school keeps saying we all did it but i "
            "have no idea who ran it",
            "autism-awareness-training",
        ),
        # "without a plan", of a fact about those without an Education, Health and Care plan
        (
            "my daughter is 18, has learning difficulties but never got an EHCP - is there "
            "anything about supported internships for young people like her without a plan?",
            "supported-internships-pilot",
        ),
        # whether the department changed something is what it did, not what came of it
        (
            "new teachers barely know anything about SEN in my experience, has the dfe actually "
            "changed initial teacher training to cover send better?",
            "itt-ecf-send-content",
        ),
    ],
)
def test_no_or_actually_in_other_senses_still_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_a_plan_the_asker_s_child_lacks_does_not_narrow_who_decides(
    shipped_index: FactIndex,
) -> None:
    assert_answered_with(
        shipped_index,
        "my son is dyslexic, in mainstream, no EHCP. who actually decides how the school spends "
        "its money on support for kids like him, the school or the council?",
        "schools-decide-send-spending",
    )
