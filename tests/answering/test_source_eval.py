"""How a development set's label decides that a quote answers its question."""

from sendbot.answering.source_eval import quote_answers

EP_ITEM = {
    "q": "how many extra EPs are going to be trained",
    "source": "written-answer-2023-11-17-educational-psychologists.txt",
    "also": ["written-answer-2024-02-08-send-ap-improvement-plan.txt"],
    "contains": [
        "a further 400 educational psychologists",
        "train 400 more education psychologists",
    ],
}


def test_a_later_answer_wording_the_same_figure_its_own_way_is_right() -> None:
    later = "sources/written-answer-2024-02-08-send-ap-improvement-plan.txt"
    assert quote_answers(EP_ITEM, later, "to train 400 more education psychologists in 2024")


def test_a_listed_answer_quoting_something_else_is_not_right() -> None:
    later = "sources/written-answer-2024-02-08-send-ap-improvement-plan.txt"
    assert not quote_answers(EP_ITEM, later, "reached over 4000 children to date")


def test_a_single_piece_still_has_to_be_in_the_quote() -> None:
    item = {**EP_ITEM, "contains": "a further 400 educational psychologists"}
    later = "sources/written-answer-2024-02-08-send-ap-improvement-plan.txt"
    assert not quote_answers(item, later, "to train 400 more education psychologists")


def test_an_also_entry_may_give_that_answers_own_wording() -> None:
    item = {
        "q": "how many extra EPs are they training",
        "source": "written-answer-2023-11-17-educational-psychologists.txt",
        "contains": "400 educational psychologists",
        "also": [
            {
                "source": "written-answer-2024-02-08-send-ap-improvement-plan.txt",
                "contains": "train 400 more education psychologists",
            }
        ],
    }
    later = "sources/written-answer-2024-02-08-send-ap-improvement-plan.txt"
    assert quote_answers(item, later, "to train 400 more education psychologists")
    assert not quote_answers(item, later, "reached over 4000 children to date")
    # The first answer is still held to its own wording.
    first = "sources/written-answer-2023-11-17-educational-psychologists.txt"
    assert not quote_answers(item, first, "to train 400 more education psychologists")
