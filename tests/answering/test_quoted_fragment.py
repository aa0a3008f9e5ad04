"""The piece of a quote shown for a figure beside an answer: verbatim, holding the figure and,
when its sentence says it near by, the period it is for."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.quoted_fragment import ELLIPSIS, figure_fragment, opening_fragment
from sendbot.answering.reply import display_quote


@pytest.mark.parametrize(
    ("fact_id", "piece"),
    [
        ("high-needs-total-2024-25", "over £10.5 billion in 2024/25"),
        ("high-needs-total-2023-24", "£10.1 billion next year"),
        (
            "special-free-schools-approved-march-2023",
            "In March 2023, the department approved 33 new special free schools",
        ),
        ("special-schools-opened", "the department has opened 15 new special schools"),
        ("core-schools-budget-2028-29", "£69.5 billion by 2028/29"),
        # Cut a few words past the figure, a piece goes on to where the phrase ends.
        (
            "autism-awareness-training",
            "over 100,000 professionals have undertaken autism awareness training",
        ),
        # On to where the schools are and since when.
        (
            "free-schools-opened-since-2010",
            "77 special and 50 alternative provision free schools across the country since 2010",
        ),
        ("supported-internships-investment-2022", "up to £18 million over the next three years"),
        (
            "pins-programme",
            "the department announced the £13 million \u2018Partnerships for Inclusion of"
            " Neurodiversity in Schools\u2019 programme",
        ),
    ],
)
def test_the_piece_holds_the_figure_in_the_quote_s_own_words(
    shipped_index: FactIndex, fact_id: str, piece: str
) -> None:
    fact = shipped_index.kb.fact(fact_id)
    assert figure_fragment(fact) == piece
    assert piece in display_quote(fact.quote)


@pytest.mark.parametrize(
    ("fact_id", "piece"),
    [
        # "Backed by", whose subject comes after the piece: at the figure, as "is over ..." is
        ("high-needs-funding-2024-25", "over £10.5 billion in 2024/25"),
        # A piece pointing back at words it leaves out starts with an ellipsis.
        ("special-school-places-created", "\u2026which creates over 1,500 new places for children"),
        ("inspection-reports-published", "\u2026with 23 inspection reports published so far"),
        ("free-school-projects-pipeline-2023", "\u2026with 67 similar projects in the pipeline"),
        # On to what the figure is compared with: "over 50,000 more pupils placed" alone is no
        # claim the source made.
        (
            "special-school-pupils-rise-since-2017",
            "\u2026with over 50,000 more pupils placed in special schools compared to 2017",
        ),
        # Not from a period of the clause before ("2024/25, an increase of ..."): the reply
        # names the period apart.
        ("high-needs-rise-since-2019-20", "an increase of over 60% from the 2019/20 allocations"),
        # A length of time keeps the words that make it one.
        ("places-2026-01-27-question", "in the past 10 years"),
        ("special-schools-share-highest-in-fifty-years", "in the past fifty years"),
    ],
)
def test_a_piece_reads_as_a_phrase_of_its_own_or_starts_with_an_ellipsis(
    shipped_index: FactIndex, fact_id: str, piece: str
) -> None:
    assert figure_fragment(shipped_index.kb.fact(fact_id)) == piece


def test_every_measured_figure_shown_is_a_piece_of_its_quote(shipped_index: FactIndex) -> None:
    for fact in shipped_index.kb.facts:
        piece = figure_fragment(fact)
        if piece is not None:
            assert piece.removeprefix(ELLIPSIS) in display_quote(fact.quote), fact.id
            assert len(piece.split()) <= 24, fact.id


def test_a_quote_not_writing_its_figure_gives_no_piece(shipped_index: FactIndex) -> None:
    fact = shipped_index.kb.fact("high-needs-total-2023-24")
    assert figure_fragment(replace(fact, quote="Funding will rise next year.")) is None


def test_an_earlier_answer_is_shown_by_its_quote_s_opening(shipped_index: FactIndex) -> None:
    fact = shipped_index.kb.fact("special-free-schools-approved")
    opening = opening_fragment(fact)
    assert opening.startswith("The department has also approved a further 76")
    assert opening in display_quote(fact.quote)
