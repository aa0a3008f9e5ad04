"""`plan_meant_instead` reads the message's close facts (ranking it again, as dear as
answering it) only when the fact answered may be the other kind of plan than the one meant:
the claim to have a plan when what a plan will do is asked, or the other way about. Every
other message speaking of a plan keeps its answer without that second ranking, and the
answers are the same as reading the close facts first."""

import pytest

import sendbot.answering.plan_meant_instead as plan_rule
from sendbot.answering.answer import answer
from sendbot.answering.claimed_plan import may_mean_the_other, plan_meant
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.ranking import rank

# "plan" in the message, the answer a fact that is neither kind the rule swaps, or the kind
# meant: no second ranking.
NOT_RANKED_AGAIN = [
    "how many councils are in the change programme plan",
    "what's the plan for ehcp timeliness",
    "is there a plan to build more special schools",
    "what does the improvement plan say about alternative provision",
    # the plan's own kind answered already
    "will the plan give my child support early wherever we live",
    "the dfe says it has a plan for send - is it actually delivering it?",
]
# The answer may be the other kind: the close facts are read.
RANKED_AGAIN = [
    "what does the govt say the plan will ensure for kids with SEND",
    "the minister says they have a clear plan - what is that plan meant to ensure?",
]


def _rankings_of(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    ranked: list[str] = []

    def counted(index: FactIndex, text: str, *rest: object) -> object:
        ranked.append(text)
        return rank(index, text, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(plan_rule, "rank", counted)
    return ranked


@pytest.mark.parametrize("question", NOT_RANKED_AGAIN)
def test_a_plan_that_cannot_be_the_other_kind_is_not_ranked_again(
    single_source_index: FactIndex, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    ranked = _rankings_of(monkeypatch)
    answer(single_source_index, question)
    assert question.lower() not in ranked


@pytest.mark.parametrize("question", RANKED_AGAIN)
def test_a_plan_that_may_be_the_other_kind_is_ranked_again(
    single_source_index: FactIndex, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    ranked = _rankings_of(monkeypatch)
    answer(single_source_index, question)
    assert question.lower() in ranked


@pytest.mark.parametrize("question", NOT_RANKED_AGAIN + RANKED_AGAIN)
def test_the_plan_meant_never_needs_the_others_when_it_may_not_apply(
    single_source_index: FactIndex, question: str
) -> None:
    # Over every fact as the one answered, and every fact but it as the others: when the test
    # says no, `plan_meant` finds none, whatever the others are.
    facts = single_source_index.facts
    lowered = question.lower()
    for decided in facts:
        if not may_mean_the_other(lowered, decided):
            others = [fact for fact in facts if fact.id != decided.id]
            assert plan_meant(lowered, decided, others) is None
