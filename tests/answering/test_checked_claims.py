""" "Are 60 councils in the change programme?", "was the question tabled in November 2023?":
a yes/no question checking a figure or date is answered with the fact that gives that kind of
figure, which shows the real one, however far the figure checked is from it (and whatever other
fact happens to give that number). A figure named with "the" ("the 4000 children reached")
names the fact's own figure to ask something else of it: what the fact cannot say stays
unanswered."""

import pytest

from sendbot.answering.checked_claim import asked_of, claims
from sendbot.answering.match import FactIndex
from sendbot.knowledge.model import FigureKind
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id", "shown"),
    [
        # November 2023 is when PINS was announced: no reason to answer with PINS.
        ("was the question tabled in november 2023?", "document-asked-date", "31 January 2024"),
        ("was the pins programme announced in march 2023?", "pins-programme", "November 2023"),
        ("is it 1000 more EPs being trained?", "educational-psychologists-trainees", "400"),
        ("have 50,000 online training modules been completed?", "online-training-modules", "5,000"),
    ],
)
def test_a_figure_checked_is_answered_with_the_fact_giving_the_real_one(
    single_source_index: FactIndex, question: str, fact_id: str, shown: str
) -> None:
    reply = assert_answered_with(single_source_index, question, fact_id)
    assert shown in reply.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        ("did the 4000 children the ap taskforce reached go back into mainstream school?", "came"),
        ("is £10.5bn enough for send?", "judgement"),
    ],
)
def test_a_figure_named_to_ask_something_else_is_no_claim(
    single_source_index: FactIndex, question: str, missing: str
) -> None:
    assert_not_answered(single_source_index, question, missing)


def test_each_kind_of_figure_is_read_as_stated() -> None:
    def kinds(text: str) -> list[FigureKind]:
        return [claim.kind for claim in claims(text)]

    assert kinds("is the plan backed by £8 billion?") == [FigureKind.MONEY]
    assert kinds("has high needs gone up 40%?") == [FigureKind.PERCENT]
    assert kinds("was it asked on 31 jan 2024?") == [FigureKind.DATE]
    assert kinds("are 50 councils involved?") == [FigureKind.COUNT]
    # a period named, and a figure named to ask of it, are no claims
    assert kinds("is it over 10bn in 2024/25") == [FigureKind.MONEY]
    assert kinds("did the 4000 kids get places") == []


def test_only_the_figures_a_fact_does_not_give_are_asked_for(
    single_source_index: FactIndex,
) -> None:
    fact = next(f for f in single_source_index.facts if f.id == "online-training-modules")
    text = "is it 5000 online modules or 50000"
    assert asked_of(fact, text, claims(text)) == "is it 5000 online modules or how many"
    assert asked_of(fact, "is it 5000 modules", claims("is it 5000 modules")) is None
