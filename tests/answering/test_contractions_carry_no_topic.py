"""A contraction of a pronoun and a verb ("i'm", "we've", "they're") folds to one word, the
apostrophe dropped, that the stop words do not hold: read as a topic word, it weighed against
every fact alike, and a chatty question scored lower (or was declined) than the same question
with the words written out ("i am", "we have"), whose words carry no topic. Negated verbs
("isn't", "don't") are left as they are: "what isn't working" asks of what is not."""

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.scoring import corrected_terms


@pytest.mark.parametrize("said", ["i'm", "im", "i've", "we've", "they're", "you're", "that's"])
def test_a_contraction_of_a_pronoun_is_no_topic(single_source_index: FactIndex, said: str) -> None:
    assert corrected_terms(single_source_index, said) == []


@pytest.mark.parametrize(
    ("contracted", "written_out"),
    [
        (
            "i'm a newly qualified teacher, i've heard the early career framework was changed, "
            "what's in it on SEND?",
            "i am a newly qualified teacher, i have heard the early career framework was "
            "changed, what's in it on SEND?",
        ),
        (
            "we've been told there's new SEND inspections, i'm wondering who does them",
            "we have been told there is new SEND inspections, i am wondering who does them",
        ),
    ],
)
def test_a_contracted_question_scores_as_the_one_written_out(
    single_source_index: FactIndex, contracted: str, written_out: str
) -> None:
    short, whole = answer(single_source_index, contracted), answer(single_source_index, written_out)
    assert short.answered and short.fact is not None and whole.fact is not None
    assert short.fact.id == whole.fact.id
    assert short.score == whole.score
