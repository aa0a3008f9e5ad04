"""'who leads the change programme', 'who is in charge of it at the dfe': asking for the one
at the head of something. A fact that names no one besides what the question names (the change
programme works "with local authorities, integrated care boards ...") is not the answer; one
naming who runs it (the Autism Education Trust, Ofsted and the CQC) still is."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    "question",
    [
        "who leads the change programme nationally",
        "who is in charge of the change programme at the dfe",
        "who runs the change programme",
        "who heads up the change programme",
    ],
)
def test_a_fact_naming_no_one_does_not_answer_who_leads_it(
    single_source_index: FactIndex, question: str
) -> None:
    assert_not_answered(single_source_index, question, r"doesn't say who [\w ]+ it\.")
    assert answer(single_source_index, question).fact is not None  # still shown as related


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("who runs the autism awareness training", "autism-awareness-training"),
        ("who runs the local area send inspections", "local-area-inspections"),
    ],
)
def test_a_fact_naming_who_runs_it_still_answers(
    single_source_index: FactIndex, question: str, fact_id: str
) -> None:
    assert_answered_with(single_source_index, question, fact_id)


def test_who_leads_a_named_consortium_is_still_answered(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index, "who leads the internships work consortium", "internships-work-consortium"
    )
    assert "National Development Team for Inclusion" in reply.text


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("who chairs the change programme?", "doesn't say who chairs it."),
        ("who heads up the change programme", "doesn't say who heads it."),
        (
            "who is in charge of the change programme at the dfe",
            "doesn't say who is in charge of it.",
        ),
        ("Who's running the change programme?", "doesn't say who is running it."),
    ],
)
def test_the_missing_person_is_said_with_the_askers_verb(
    single_source_index: FactIndex, question: str, sentence: str
) -> None:
    # "The written answer doesn't name who." left the parent to guess who was meant.
    reply = answer(single_source_index, question)
    assert reply.missing is not None and reply.missing.endswith(sentence), reply.missing
    assert sentence in reply.text
