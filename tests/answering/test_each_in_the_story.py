""" "Each" or "per" in the asker's story ("the nearest one is an hour each way for my daughter")
asks for no amount for each one: only the clauses about what is asked are read for it. A
fragment that narrows the question ("per year or per area?") is one of those clauses. Money
"tied to each plan" is asked how it may be used, not an amount for each."""

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.question import analyse
from tests.answering.expected_replies import assert_answered_with, assert_not_answered

STORY = (
    "we're campaigning for a special school in our town as the nearest one is an hour each way "
    "for my daughter. how many special free schools has the dfe approved?"
)


def test_the_story_is_left_out_of_the_words_about_what_is_asked() -> None:
    about = analyse(STORY).about_words
    assert about and "each" not in about
    assert {"special", "free", "schools", "approved"} <= set(about)


def test_a_question_without_a_story_reads_its_own_words() -> None:
    assert analyse("how is the change programme split, per year or per area?").about_words == ()


def test_each_in_the_story_is_not_asked(shipped_index: FactIndex) -> None:
    assert_answered_with(shipped_index, STORY, "special-free-schools-approved")


def test_each_asked_is_still_not_given(shipped_index: FactIndex) -> None:
    assert_not_answered(
        shipped_index,
        "how is the £70m change programme split, per year or per area?",
        # the split asked ("split, per year ...") or the amount for each: either is not given
        r"not (?:an amount for each|a breakdown by year)",
    )


def test_a_clause_a_check_asks_about_is_read() -> None:
    # "is that right?" asks only whether what the other clause says is right: that clause is
    # what is asked about, "per school" and all.
    question = "my friend said every school gets £5,000 per pupil from it, is that right?"
    assert analyse(question).about_words == ()


def test_money_tied_to_each_one_asks_how_it_is_used(shipped_index: FactIndex) -> None:
    reply = assert_answered_with(
        shipped_index,
        "can schools spend high needs money flexibly, or is it tied to each EHC plan?",
        "councils-responsible-for-ehcp-provision",
    )
    assert "flexibility" in reply.text
