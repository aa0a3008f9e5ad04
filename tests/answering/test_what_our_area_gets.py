"""What the asker's own council or area's schools get of a national sum, asked with "what" and no
"how much" ("what does our council get in high needs funding"), asks a figure for one area: a
fact saying the money goes to every council reaches theirs but gives no figure for it, so the
reply is partial, saying the written answer speaks for England as a whole."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

_WHOLE = "as a whole"


@pytest.mark.parametrize(
    "question",
    [
        "what does our council get in high needs funding",
        "what will my local authority get from the high needs money?",
        "my LA is suffolk, what did our special schools get out of the 3.4% rise",
    ],
)
def test_what_the_askers_area_gets_is_partial(shipped_index: FactIndex, question: str) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.PARTIAL
    assert _WHOLE in reply.text.split("\n")[0]


def test_whether_the_money_reaches_the_askers_council_is_still_answered(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "does the high needs money go to our LA?")
    assert reply.outcome is Outcome.ANSWERED


def test_what_every_council_gets_is_still_answered(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what do local authorities get in high needs funding")
    assert reply.outcome is Outcome.ANSWERED
