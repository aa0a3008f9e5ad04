"""Questions a new user asked of the shipped knowledge base, each answered as the source allows."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


def test_a_count_of_supported_internships_is_not_answered_by_their_age_range(
    shipped_index: FactIndex,
) -> None:
    # "aged 16-24" says who they are for: the source gives no number of internships.
    assert_not_answered(
        shipped_index,
        "how many supported internships are there?",
        "doesn't give a number of supported internships",
    )
    assert_answered_with(
        shipped_index, "what age are supported interns?", "what-supported-internships-are"
    )


def test_how_many_completed_is_not_answered_by_an_aim_to_double_the_number(
    shipped_index: FactIndex,
) -> None:
    assert_not_answered(
        shipped_index,
        "how many young people have completed a supported internship",
        "number of young people",
    )


def test_what_a_programme_is_worth_is_its_funding(shipped_index: FactIndex) -> None:
    for question in (
        "how much is PINS worth?",
        "what is the value of the supported internships pilot",
    ):
        reply = answer(shipped_index, question)
        assert reply.outcome is Outcome.ANSWERED, (question, reply.text)
        assert "£" in reply.text


def test_who_is_doing_an_evaluation_is_not_answered_by_when_findings_are_due(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "who is doing the PINS evaluation?")
    if reply.answered:
        assert reply.fact is not None and reply.fact.id == "pins-independent-evaluation"
    else:
        assert reply.outcome is Outcome.PARTIAL and reply.missing is not None
        assert "name" in reply.missing, reply.missing


def test_where_the_asker_is_is_context_but_where_they_live_is_asked_about(
    single_source_index: FactIndex,
) -> None:
    for question in (
        "senco in sheffield here, how many special schools opened?",
        "SEND campaigner in Cornwall here - how many special schools opened",
        "parent of two in Devon, how many special schools opened nationally?",
    ):
        assert_answered_with(single_source_index, question, "special-schools-opened")
    assert_not_answered(
        single_source_index, "I live in Devon, how many special schools opened?", "Devon"
    )


def test_an_acronym_is_spelt_out_from_the_source_that_spells_it_out(
    single_source_index: FactIndex, shipped_index: FactIndex
) -> None:
    for index in (single_source_index, shipped_index):
        for question, spelt in (
            ("what does SEND stand for?", "Special Educational Needs and Disabilities (SEND)"),
            ("what does AP stand for", "Alternative Provision (AP)"),
        ):
            reply = answer(index, question)
            assert reply.outcome is Outcome.ANSWERED, (question, reply.text)
            assert spelt in reply.text
    # An acronym no source spells out is not defined.
    assert not answer(shipped_index, "what does SEMH stand for?").answered


def test_the_text_of_a_question_put_is_never_shown_for_a_question_about_its_subject(
    shipped_index: FactIndex,
) -> None:
    # What an MP or peer asked is not what the government answered.
    for question in (
        "can councils top slice high needs funding?",
        "what is top-slicing?",
        "what did the IFS report say?",
        "is PINS going to be expanded to all schools?",
        "what is the government doing for neurodivergent children outside PINS areas?",
        "is there enough funding for EPs?",
        "how many places in specialist settings are needed?",
    ):
        reply = answer(shipped_index, question)
        assert reply.fact is None or not reply.fact.quote.startswith("To ask"), question


def test_what_was_asked_is_still_answered_by_the_question_put(shipped_index: FactIndex) -> None:
    for question, fact_id in (
        ("what did the lords ask about pins?", "pins-2025-08-12-question"),
        ("when was the ifs report on send spending published?", "ifs-2025-06-16-question"),
    ):
        assert_answered_with(shipped_index, question, fact_id)


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("which member of parliament tabled the question?", "who asked"),
        ("is the autism awareness training free for schools?", "cost"),
        ("how long will the £70 million change programme run for?", "ends"),
        ("how much of the £10.5 billion goes to special schools?", "share"),
        ("can I do the early years SENCO training as a childminder?", "eligible"),
        ("did the autism training make things better for pupils?", "results"),
        ("what topics do the 5,000 online modules cover?", "breakdown by topic"),
    ],
)
def test_kinds_of_question_the_source_does_not_answer_are_never_given_a_fact(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_who_evaluates_a_programme_is_not_answered_by_its_spelt_out_name(
    shipped_index: FactIndex,
) -> None:
    # "An independent evaluation of the Partnerships for Inclusion of Neurodiversity in Schools
    # (PINS) programme is underway": the programme's name is not who is evaluating it.
    assert_not_answered(shipped_index, "who is evaluating pins", r"doesn't say who [\w ]+ it\.")


@pytest.mark.parametrize(
    "question",
    [
        "who runs REACh",
        "who leads the change programme nationally",
        "who is in charge of the change programme at the dfe",
    ],
)
def test_who_leads_it_is_not_answered_by_a_fact_naming_no_one_else(
    shipped_index: FactIndex, question: str
) -> None:
    # "led by the department and the change programme delivery partner, REACh" names REACh,
    # not who runs it; "working with local authorities, integrated care boards ..." names
    # whom the programme works with, not who leads it.
    assert_not_answered(shipped_index, question, r"doesn't say who [\w ]+ it\.")


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who leads the internships work consortium", "internships-work-consortium"),
        ("who runs the universal services programme", "universal-services-programme"),
        ("who delivers the autism awareness training in schools", "autism-awareness-training"),
    ],
)
def test_who_leads_it_is_answered_by_a_fact_naming_them(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(shipped_index, question, fact_id)


def test_a_place_in_the_asker_s_own_story_does_not_narrow_a_national_question(
    shipped_index: FactIndex,
) -> None:
    # Where their waiting list is long is context: the DfE trains EPs nationally.
    assert_answered_with(
        shipped_index,
        "our EP waiting list is like a year long in devon lol. "
        "how many more educational psychologists are they training?",
        "educational-psychologists-trainees",
    )
    # Their council, or a question naming the place, still asks about that place.
    for question in (
        "my council in devon has no money. how much high needs funding does it get?",
        "our EP waiting list is a year long. how many EPs are there in devon?",
    ):
        reply = answer(shipped_index, question)
        assert reply.outcome is not Outcome.ANSWERED, reply.text
