"""A partial reply says what the written answer does not give: each reason here fires only when
the fact really lacks what was asked. "Who is it working with" asks its partners, not whether it
works; "what are the 76 schools for" asks what they are for, not their names; "how much
children" asks how many; "talking to each other" asks no amount for each one; a child's age in
brackets, where the asker works and how things feel to them tell, they do not ask. Each reason
still fires where the fact does lack it."""

import pytest

from sendbot.answering.asker_story import asked_clauses
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.missing import _asks_each
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # whom it works with, not whether it works
        ("who else is it working with", Intent.PERSON),
        ("is it working", Intent.OUTCOME),
        ("is it working yet", Intent.OUTCOME),
        # what they are for, not which they are
        ("what are the 76 special free schools for", Intent.REASON),
        ("what are the 76 schools", Intent.NAMED_LIST),
        # "how much" said of people asks how many; a sum they are given is still a sum
        ("how much children has the taskforce reached", Intent.COUNT),
        ("how much pupils it help so far", Intent.COUNT),
        ("how much do children get from it", Intent.AMOUNT),
        ("how much funding do schools get", Intent.AMOUNT),
    ],
)
def test_the_kind_of_detail_asked(question: str, intent: Intent) -> None:
    assert intent_of(analyse(question).words) is intent


def test_each_other_asks_no_amount_for_each_one() -> None:
    assert not _asks_each("is it just councils talking to each other".split())
    assert _asks_each("how much does each council get".split())
    assert not _asks_each("per the february answer".split())


@pytest.mark.parametrize(
    ("message", "told"),
    [
        # a child's age and needs in brackets: the clause they interrupt tells, it asks nothing
        (
            "my daughter (11, Down syndrome) is on the waiting list. how many places are there?",
            "is on the waiting list",
        ),
        ("my son (9) has been waiting a year, how many places are there?", "has been waiting"),
        # where the asker works
        ("work in a PRU in the midlands - how many children has it reached?", "midlands"),
        # how things seem to the asker
        ("honestly feels like nothing is happening locally, is the plan delivered?", "locally"),
    ],
)
def test_what_the_asker_tells_is_not_asked(message: str, told: str) -> None:
    assert not any(told in clause for clause in asked_clauses(message))


def test_a_place_the_asker_asks_of_is_still_asked() -> None:
    assert any("midlands" in clause for clause in asked_clauses("how many in the midlands?"))
    assert any("leeds" in clause for clause in asked_clauses("i live in leeds, how many?"))


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "parent rep here, are parent groups part of the change programme, who else is it "
            "working with?",
            "change-programme-partners",
        ),
        (
            "is the change programme only councils and health talking to each other or are "
            "parents in it too?",
            "change-programme-partners",
        ),
        (
            "AP specialist taskforce, how much children it reached so far?",
            "ap-specialist-taskforce-reach",
        ),
        (
            "my son (8, autistic) is on a waiting list, how many new places did the new special "
            "schools create this year?",
            "special-school-places-created",
        ),
        (
            "work at a special school in the north west - how many children has the AP "
            "specialist taskforce reached so far?",
            "ap-specialist-taskforce-reach",
        ),
    ],
)
def test_answered_though_once_read_as_lacking(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # whether it works is still a result the source does not report
        ("is the change programme working?", "results|working"),
        # a waiting list asked about is still not a count of places created
        ("how many children are waiting for a special school place?", "waiting"),
        # a place asked about is still one the source has no figure for
        ("how many children has the AP taskforce reached in the midlands?", "Midlands"),
        # an amount for each one is still not given
        ("how much does each council in the change programme get?", "each"),
    ],
)
def test_still_lacking(single_source_index: FactIndex, question: str, missing: str) -> None:
    assert_not_answered(single_source_index, question, missing)


@pytest.mark.parametrize(
    ("question", "subject"),
    [
        # a clause about what is counted follows its plural noun: people doing, a name, a verb
        ("how many modules people finish", "modules"),
        ("how many primaries PINS covers", "primaries"),
        ("number of local authorities testing the reforms", "local authorities"),
        ("how many ed psychs they'd train", "ed psychs"),
        # ... but a noun of several words is counted whole
        ("how many early years practitioners are registered", "early years practitioners"),
        ("how many teachers and other professionals took it", "teachers and other professionals"),
        ("how many special school places", "special school places"),
    ],
)
def test_what_a_count_is_of(question: str, subject: str) -> None:
    assert analyse(question).subject == subject


def test_a_launch_date_names_the_thing_not_the_period_asked() -> None:
    from sendbot.answering.asked_period import named_months

    assert analyse("how many councils are in the programme that launched in 2023").years == ()
    assert analyse("how many councils joined in 2023").years == ("2023",)
    named = analyse("how many las are in the change programme that launched in sept 2023")
    assert named_months(named) == []
    assert named_months(analyse("how many were trained in sept 2023")) == ["2023-09"]


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "how many councils make up the change programme that started in september 2023?",
            "change-programme-local-authorities",
        ),
        ("which organisations is the change programme working with?", "change-programme-partners"),
        ("what kind of schools does pins support", "pins-primary-schools"),
        ("what are the 76 new special free schools for?", "special-free-schools-approved"),
        ("how many primaries PINS supports?", "pins-primary-schools"),
        ("the online modules, how many modules staff completed?", "online-training-modules"),
        (
            "anyone know the date this question was asked? we're in Leeds if that matters",
            "document-asked-date",
        ),
    ],
)
def test_answered_as_asked(single_source_index: FactIndex, question: str, fact_id: str) -> None:
    assert_answered_with(single_source_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # names of the ones of a kind the list names are still names it does not give
        ("which parent groups are working with the change programme?", "name"),
        # which councils are still names
        ("which councils are in the change programme?", "name|council"),
        # the 76 schools themselves, by name
        ("what are the 76 schools called", "name"),
    ],
)
def test_names_still_lacking(single_source_index: FactIndex, question: str, missing: str) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_a_plural_modifier_is_part_of_what_is_counted() -> None:
    assert analyse("how many early years staff signed up").subject == "early years staff"


@pytest.mark.parametrize(
    ("question", "intent"),
    [
        # "what's after college" is the asker's errand, told in their story; they ask a purpose
        (
            "what are supported internships meant to lead to? my son is 17 and we are "
            "thinking about whats after college",
            Intent.REASON,
        ),
        ("my son is 17, whats an ehcp", Intent.DEFINITION),
        # what the plan promises, not what a promise is
        ("what is the actual promise here", Intent.OTHER),
        ("what is an ehcp", Intent.DEFINITION),
    ],
)
def test_what_is_asked_to_be_explained(question: str, intent: Intent) -> None:
    assert analyse(question).intent is intent


def test_the_plans_promise_is_its_aim(single_source_index: FactIndex) -> None:
    assert_answered_with(
        single_source_index,
        "what does the dfe say the send plan will make sure children get, what is the actual "
        "promise",
        "improvement-plan-aim",
    )


def test_a_second_question_ends_what_is_counted(shipped_index: FactIndex) -> None:
    assert analyse("how many LAs and how much money").subject == "LAs"
    assert analyse("how many special and AP schools").subject == "special and AP schools"
    assert_answered_with(
        shipped_index,
        "the send change programme, how many councils and how much money?",
        "change-programme-local-authorities",
    )


@pytest.mark.parametrize(
    "question",
    [
        "the SEN census data, is it split by type of provision?",
        "need to know if the dfe publishes SEN pupil numbers by type of provision",
    ],
)
def test_whether_there_is_the_split_the_fact_says_there_is(
    shipped_index: FactIndex, question: str
) -> None:
    assert_answered_with(shipped_index, question, "school-census-sen-data")


def test_a_figure_for_each_part_is_still_lacking(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index, "how many pupils with SEN are there by type of provision", "break"
    )
