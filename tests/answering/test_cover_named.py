"""On the shipped base: asked whether something covers or includes a thing that one fact's
quote names after "including" (April 2025: schools' budgets support pupils with SEND,
"including those with dyslexia"), that fact answers rather than a decline listing it first
among the closest topics. A thing no quote names so is not answered by this rule."""

from sendbot.answering.answer import decide
from sendbot.answering.confidence import Verdict
from sendbot.answering.cover_named import asks_whether_covered
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with


def test_whether_a_condition_is_covered_is_the_quote_naming_it(
    shipped_index: FactIndex,
) -> None:
    question = "is dyslexia covered by any of this?"
    assert_answered_with(shipped_index, question, "schools-decide-send-spending")


def test_a_thing_no_quote_names_as_included_gets_no_such_answer(
    shipped_index: FactIndex,
) -> None:
    result = decide(shipped_index, "does the money cover speech therapy sessions?").result
    assert result.verdict is not Verdict.COVER_NAMED


def test_included_in_a_whole_the_quote_does_not_name_is_not_this_kind(
    shipped_index: FactIndex,
) -> None:
    # the quote includes dyslexia in schools' own budgets, not in the high needs block
    result = decide(shipped_index, "is dyslexia included in the high needs money?").result
    assert result.verdict is not Verdict.COVER_NAMED


def test_only_a_yes_or_no_on_being_covered_is_this_kind() -> None:
    assert asks_whether_covered("is dyscalculia included in the funding")
    assert asks_whether_covered("does that figure count academies")
    assert not asks_whether_covered("what does the funding cover")
    assert not asks_whether_covered("how many pupils are included")
