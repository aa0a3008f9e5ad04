"""A held-out set's questions are never shown: pytest prints a failing floor test's arguments,
an Evaluation among them, so its repr must not carry the misses."""

from sendbot.answering.evaluate import evaluate, labelled_questions
from sendbot.answering.fact_index import FactIndex


def test_an_evaluation_repr_shows_numbers_not_questions(single_source_index: FactIndex) -> None:
    question = "which councils near leeds are in the change programme, names please"
    report = evaluate(
        single_source_index,
        labelled_questions(
            {"in_scope": [{"q": question, "fact": "pins-programme"}], "out_of_scope": []}
        ),
    )
    assert report.misses  # the question is a miss, so it is held in the report
    assert question not in repr(report)
    assert "in_scope_right=0" in repr(report)
