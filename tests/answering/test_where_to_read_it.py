"""On the shipped base: a question asking where something is published, or for its link, names
the publication by its title ("2023 to 2024", "by type of provision"), which asks no figure of
it; a quote giving the page's web address answers it whole, not as a partial reply saying that
year or breakdown is not given. What is asked of the figures themselves still is."""

import pytest

from sendbot.answering.asked_address import asks_where_to_read, gives_an_address
from sendbot.answering.fact_index import FactIndex
from tests.answering.expected_replies import assert_answered_with, assert_not_answered


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        (
            "where is the school capacity 2023 to 2024 data published",
            "school-capacity-data-published",
        ),
        (
            "is there a link to the 2023-24 school capacity figures",
            "school-capacity-data-published",
        ),
        (
            "where can I find SEN in England jan 2025 stats by type of provision",
            "sen-in-england-statistics-published",
        ),
    ],
)
def test_a_publication_named_by_its_title_is_answered_with_its_address(
    shipped_index: FactIndex, question: str, fact_id: str
) -> None:
    reply = assert_answered_with(shipped_index, question, fact_id)
    assert "https://www.gov.uk/" in reply.text


def test_the_figures_themselves_asked_are_still_not_given(shipped_index: FactIndex) -> None:
    # A count asked by type of provision is no question of where the data is.
    assert_not_answered(
        shipped_index, "how many pupils with SEN are there by type of provision", ""
    )


def test_what_is_asked_and_what_gives_it() -> None:
    assert asks_where_to_read("where s the school capacity data published")
    assert asks_where_to_read("link for the sen stats")
    assert not asks_where_to_read("where are the new special schools going to be")
    assert gives_an_address("This is published at: https://www.gov.uk/x.")
    assert not gives_an_address("It is published on GOV.UK.")
