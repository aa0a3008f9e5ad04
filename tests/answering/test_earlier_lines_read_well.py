"""The lines beside an answer that quote a measure's other figures read as whole phrases of
their quotes, and name each figure once."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.model import Fact, Figure, FigureKind, KnowledgeBase
from tests.knowledge.builders import knowledge_base, written_answer

FEB_2024 = dt.date(2024, 2, 8)
MAR_2025 = dt.date(2025, 3, 12)


def trained(fact_id: str, source_id: str, answered: dt.date, count: int, quote: str) -> Fact:
    return Fact(
        id=fact_id,
        statement=f"Over {count:,} professionals have undertaken autism awareness training.",
        quote=quote,
        questions=("how many professionals have had autism awareness training?",),
        as_of=answered,
        source_id=source_id,
        title="Professionals trained in autism awareness",
        tags=("autism",),
        figures=(
            Figure(
                count, FigureKind.COUNT, "professionals trained in autism awareness", "", "over"
            ),
        ),
        measure="autism-awareness-training-professionals",
    )


def autism_training() -> KnowledgeBase:
    # The earlier quote is the shipped one: its figure sits far from the clause's end.
    earlier = trained(
        "autism-2024",
        "feb",
        FEB_2024,
        100_000,
        "Since May 2022, over 5,000 online training modules have been completed and over"
        " 100,000 professionals have undertaken autism awareness training provided by the"
        " Autism Education Trust through the Universal training offer.",
    )
    newer = trained(
        "autism-2025",
        "mar",
        MAR_2025,
        150_000,
        "Over 150,000 professionals have now undertaken autism awareness training.",
    )
    return knowledge_base(
        (written_answer("feb", FEB_2024), (earlier,)),
        (written_answer("mar", MAR_2025), (newer,)),
    )


AUTISM = build_index(autism_training())


@pytest.mark.parametrize(
    "question",
    [
        "how many professionals have had autism awareness training?",
        "How many professionals have undertaken autism awareness training now?",
    ],
)
def test_an_earlier_figure_s_piece_ends_with_the_phrase_not_on_its_first_word(
    question: str,
) -> None:
    reply = answer(AUTISM, question)
    assert reply.fact is not None and reply.fact.id == "autism-2025"
    assert reply.text.splitlines()[-1] == (
        'Earlier: "over 100,000 professionals have undertaken autism awareness training"'
        " (Jane Minister, 8 February 2024)."
    )


@pytest.mark.parametrize(
    ("question", "line"),
    [
        # "£21 million to train 400 more" stopped before what the 400 are.
        (
            "how is the £21m EP money split between 2024 and 2025",
            'Later: "a further £21 million to train 400 more education psychologists"'
            " (David Johnston, 8 February 2024).",
        ),
        (
            "been waiting 14 months for an EP assessment for my daughter. is the govt doing"
            " anything about the shortage of educational psychologists??",
            'Later: "a further £21 million to train 400 more education psychologists"'
            " (David Johnston, 8 February 2024).",
        ),
    ],
)
def test_a_later_figure_s_piece_says_what_it_counts(
    shipped_index: FactIndex, question: str, line: str
) -> None:
    assert line in answer(shipped_index, question).text.splitlines()


@pytest.mark.parametrize(
    ("question", "claimed"),
    [
        ("is high needs funding still £10.1 billion?", "£10.1 billion next year"),
        ("is the high needs budget still 10.1bn", "£10.1 billion next year"),
        ("high needs is still £10.5 billion right?", "over £10.5 billion in 2024/25"),
    ],
)
def test_a_figure_that_no_longer_holds_is_quoted_once(
    shipped_index: FactIndex, question: str, claimed: str
) -> None:
    reply = answer(shipped_index, question)
    no_longer = [line for line in reply.text.splitlines() if line.startswith("No longer:")]
    assert no_longer and f'"{claimed}"' in no_longer[0]
    assert reply.text.count(f'"{claimed}"') == 1
