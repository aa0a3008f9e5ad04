"""Questions typed as texting shortens them ("hw mny r there", "wen was it askd", "schls
opnd") are read in full words: the asking words by the shorthand chat uses for them, and a
word written without its vowels as the one word the base or everyday English knows with that
spelling. A shortening that could be several words is left as it is."""

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.spelling import skeleton
from tests.answering.expected_replies import assert_answered_with


def test_a_words_skeleton_keeps_its_first_letter() -> None:
    assert skeleton("schools") == "schls"
    assert skeleton("opened") == "opnd"
    assert skeleton("asked") == "askd"


def test_asking_words_in_shorthand_are_read_in_full(single_source_index: FactIndex) -> None:
    speller = single_source_index.speller
    assert speller.corrected("hw mny r there") == "how many are there"
    assert speller.corrected("wen was it askd") == "when was it asked"
    assert speller.corrected("wht is it") == "what is it"


def test_a_capital_r_is_a_letter_not_are(single_source_index: FactIndex) -> None:
    assert single_source_index.speller.corrected("plan R") == "plan R"


def test_a_word_without_its_vowels_is_the_one_word_it_spells(
    single_source_index: FactIndex,
) -> None:
    speller = single_source_index.speller
    assert speller.corrected("fndng for spcl schls") == "funding for special schools"
    assert speller.corrected("when it was pblshd") == "when it was published"


def test_a_skeleton_of_several_words_is_left_alone(single_source_index: FactIndex) -> None:
    # "plcs": places or policies
    assert single_source_index.speller.corrected("new plcs") == "new plcs"


def test_questions_typed_in_shorthand_are_answered(single_source_index: FactIndex) -> None:
    assert_answered_with(single_source_index, "hw mch fndng is thr for pins", "pins-programme")
    assert_answered_with(
        single_source_index,
        "hw mny kids hs the ap taskforce rchd",
        "ap-specialist-taskforce-reach",
    )
    assert_answered_with(single_source_index, "wen ws the qstn answrd", "document-answered-date")


def test_shorthand_asks_nothing_the_source_lacks(single_source_index: FactIndex) -> None:
    reply = answer(single_source_index, "hw mny spcl schls r in kent")
    assert reply.outcome in {Outcome.PARTIAL, Outcome.DECLINED}
