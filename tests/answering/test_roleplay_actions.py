"""An action written around a question in roleplay markup ("*smiles* what is pins",
"_scratches head_ how many special schools opened?", "what is pins *looks confused*") is not
part of what is asked: the question gets the reply it gets without it. Emphasis on the words
of a question ("what is *pins*", "how many *special schools* opened?") is kept, as is an
action alone ("*waves*", a hello)."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.markup import strip_markup
from sendbot.answering.match import Outcome


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        ("*smiles* what is pins", "what is pins"),
        ("_smiles_ what is pins", "what is pins"),
        ("*smiles* *waves* what is pins?", "what is pins?"),
        ("what is pins *looks confused*", "what is pins"),
        ("_scratches head_ how many special schools opened?", "how many special schools opened?"),
        (
            "*clears throat* how many special schools opened? *sighs*",
            "how many special schools opened?",
        ),
        ("*nervously raises hand* what is pins", "what is pins"),
        ("*sipping tea* what is pins", "what is pins"),
    ],
)
def test_an_action_around_a_question_is_taken_out(message: str, plain: str) -> None:
    assert strip_markup(message) == plain


@pytest.mark.parametrize(
    "message",
    [
        "what is *pins*",
        "how many *special schools* opened?",
        "*how many* special schools opened?",
        "what about *schools*?",
        "will there be another *wave* of special free schools",
        "*waves*",
        "*nods*",
        "snake_case_name what is pins",
        "*2024* funding",
    ],
)
def test_emphasis_and_an_action_alone_are_kept(message: str) -> None:
    assert strip_markup(message) == message


@pytest.mark.parametrize(
    ("message", "plain"),
    [
        ("*smiles* what is pins", "what is pins"),
        ("_smiles_ what is pins", "what is pins"),
        ("*sighs* how many special schools opened?", "how many special schools opened?"),
        ("what was total high needs funding in 2023/24? *crosses fingers*",
         "what was total high needs funding in 2023/24?"),
    ],
)  # fmt: skip
def test_a_question_with_an_action_gets_the_reply_it_gets_without(
    shipped_index: FactIndex, message: str, plain: str
) -> None:
    with_action, without = answer(shipped_index, message), answer(shipped_index, plain)
    assert without.outcome is Outcome.ANSWERED
    assert (with_action.outcome, with_action.fact) == (without.outcome, without.fact)
