"""On-topic questions the written answers do not answer, asked in ways the readings of what is
asked used to miss, so that the fact on the topic was given as the answer:

- what came of something, asked by what it achieved ("what did X achieve", however long the
  name of X) or by what was learned coming back ("what lessons have emerged");
- when something ends, asked by how long it stays open or whether it ever stops;
- what happens once something ends, of a fact giving the date it runs until;
- a period from a year after every year the fact speaks of ("from 2026 onwards");
- the figure before a further sum the question quotes;
- what someone is being paid (not how something is being paid for);
- every area's figure, of a fact giving one area's.

Each is now partial, saying what the source does not give. Near misses are still answered:
how long a thing runs, a period from a year the fact covers, the one area's own figure."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("question", "related", "said"),
    [
        (
            "what did the early years SENCO training actually achieve",
            "early-years-senco-training-purpose",
            "results",
        ),
        ("what did the autism awareness training achieve?", "autism-awareness-training", "results"),
        (
            "what lessons have emerged from the pilot for young people with no EHC plan?",
            "supported-internships-pilot",
            "results",
        ),
        (
            "how long will the autism awareness training stay open to schools?",
            "autism-awareness-training",
            "when it ends",
        ),
        (
            "will the early years SENCO training ever stop?",
            "early-years-senco-training",
            "end date",
        ),
        (
            "what happens to the young people on the pilot once it finishes?",
            "supported-internships-pilot",
            "not what happens after that",
        ),
        (
            "how many EPs will the funding train from 2026 onwards?",
            "educational-psychologists-trainees",
            "2026 or later",
        ),
        (
            "educational psychologists trained 2026 and after?",
            "educational-psychologists-trainees",
            "2026 or later",
        ),
    ],
)
def test_one_source_says_what_it_lacks(
    single_source_index: FactIndex, question: str, related: str, said: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.fact is not None and reply.fact.id == related
    assert reply.missing is not None and said in reply.missing, reply.missing


@pytest.mark.parametrize(
    ("question", "said"),
    [
        (
            "what was the EP training budget before this further £21 million?",
            "the figure before it",
        ),
        (
            "what does every council get in high needs for 2025/26 besides Warwickshire?",
            "not for every area",
        ),
        ("what evidence has emerged from the feedback loop?", "results"),
        ("what is REACh being paid to deliver the change programme?", "what anyone is paid"),
    ],
)
def test_many_sources_say_what_they_lack(
    shipped_index: FactIndex, question: str, said: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL, (question, reply.text)
    assert reply.missing is not None and said in reply.missing, reply.missing


@pytest.mark.parametrize(
    ("question", "fact"),
    [
        ("how long will the supported internships pilot run", "supported-internships-pilot"),
        ("how many EPs are being trained from 2024 onwards", "educational-psychologists-trainees"),
    ],
)
def test_what_the_source_gives_is_still_answered(
    single_source_index: FactIndex, question: str, fact: str
) -> None:
    reply = answer(single_source_index, question)
    assert reply.outcome is Outcome.ANSWERED, (question, reply.text)
    assert reply.fact is not None and reply.fact.id == fact


@pytest.mark.parametrize(
    "question",
    [
        # what one area gets, and how every area's figure is worked out
        "what is Warwickshire's high needs allocation for 2025/26?",
        "how is each council's high needs allocation worked out?",
    ],
)
def test_one_areas_own_figure_is_still_answered(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, (question, reply.text)
    assert reply.fact is not None and reply.fact.id.startswith("warwickshire-high-needs")


def test_a_plan_being_paid_for_is_not_asked_what_anyone_is_paid(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how is the £1bn being paid for?")
    assert reply.outcome is Outcome.ANSWERED, reply.text
