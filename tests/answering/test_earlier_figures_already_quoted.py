"""An earlier figure that the quote shown already writes is not repeated in a line of its own.

"The number of children in all types of special schools has increased from 115,000 to 200,000
in 2024/25" is the quote of the 2024/25 count and of the 2015/16 one: the reply showing it
said "Earlier: 115,000 for 2015/16 (answered 27 January 2026)." under it, the same figure of
the same written answer a second time. The figure stays in `earlier` (as `ask --json` gives
it); only the line goes. The same figure given in an earlier written answer is still listed:
that it was said then is not in the quote shown."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome

PUPILS = "pupils-in-special-schools-2024-25"
REPEATED = (
    'Earlier: "Since 2015/16, the number of children in all types of special schools has '
    'increased from 115,000 to 200,000 in 2024/25" (Baroness Smith of Malvern, 27 January '
    "2026)."
)


@pytest.mark.parametrize(
    ("question", "outcome"),
    [
        ("how many pupils are in special schools?", Outcome.ANSWERED),
        ("how many kids in special schools now", Outcome.ANSWERED),
        ("whats the latest number of children at special schools", Outcome.ANSWERED),
        ("has the number of children in special schools nearly doubled?", Outcome.ANSWERED),
        ("how many children attend special schools in england at the moment", Outcome.ANSWERED),
        ("how many childrn in specal schools", Outcome.ANSWERED),
        ("how many pupils in special schools in 2020?", Outcome.PARTIAL),
        ("how many pupils were in special schools in 2019?", Outcome.PARTIAL),
        ("how many SEND pupils are in special schools in Leeds?", Outcome.PARTIAL),
    ],
)
def test_the_figure_in_the_quote_shown_is_not_repeated(
    shipped_index: FactIndex, question: str, outcome: Outcome
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is outcome and reply.fact is not None and reply.fact.id == PUPILS
    assert "115,000" in reply.fact.quote
    assert REPEATED not in reply.text.splitlines()
    assert not any(line.startswith(("Earlier:", "Later:")) for line in reply.text.splitlines())
    assert [item.fact_id for item in reply.earlier] == ["pupils-in-special-schools-2015-16"]


@pytest.mark.parametrize(
    ("question", "fact_id", "line"),
    [
        (
            "what is the high needs budget now?",
            "high-needs-total-2025-26",
            'Earlier: "£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023); '
            '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024).',
        ),
        # The same 400 and £21 million, said in November 2023 as well: still listed.
        (
            "how many educational psychologists will be trained?",
            "educational-psychologists-trainees",
            'Earlier: "a further 400 educational psychologists from 2024" (David Johnston,'
            " 17 November 2023).",
        ),
        (
            "how much is the funding to train educational psychologists?",
            "educational-psychologists-funding",
            'Earlier: "a further £21 million to fund the training" (David Johnston,'
            " 17 November 2023).",
        ),
    ],
)
def test_figures_the_quote_shown_does_not_give_are_listed(
    shipped_index: FactIndex, question: str, fact_id: str, line: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.fact is not None and reply.fact.id == fact_id
    assert line in reply.text.splitlines()
