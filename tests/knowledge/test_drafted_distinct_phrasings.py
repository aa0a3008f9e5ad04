"""A draft accepted without edits answers what the end of a long sentence says (issue 11).

What a moderator notices: a question about words late in a long sentence ("designed with NHS
speech and language therapists", after the sentence's first six content words) is answered
from it, while a question about words two claims of the answer share ("teaching assistants")
is not drawn to the claim that only mentions them in passing. Drafted from an answer of my own
wording as `kb build FILE --out DIR` drafts it, with the shipped synonyms, and asked through
the pure core.
"""

from __future__ import annotations

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.distinct_phrasings import AnswerWords
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

SESSIONS = (
    "The department funds the Early Language programme in primary schools, where small group "
    "sessions designed with NHS speech and language therapists are run by teaching assistants."
)
NETWORK = "Teaching assistants who complete the training can join a regional peer network."
PAGE = f"""Speech and Language: Teaching Assistants

(asked on 3rd March 2025) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, what support is available for teaching assistants
working with children with speech and language needs.


Answered by
Catherine McKinnell Portrait
Catherine McKinnell
Minister of State (Education)
This question was answered on 17th March 2025

{SESSIONS}

{NETWORK}
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> FactIndex:
    page = tmp_path_factory.mktemp("page") / "written-answer-2025-03-17-early-language.txt"
    page.write_text(PAGE, encoding="utf-8")
    directory = tmp_path_factory.mktemp("drafted") / "knowledge"
    assert draft_base([page], directory, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return build_index(load(directory).kb)


@pytest.mark.parametrize(
    "question",
    [
        "did NHS speech and language therapists help design it?",
        "were the sessions designed with therapists?",
    ],
)
def test_a_question_about_a_long_sentence_end_is_answered_from_it(
    drafted: FactIndex, question: str
) -> None:
    reply = answer(drafted, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.quote == SESSIONS


def test_words_another_claim_shares_do_not_draw_a_question_to_the_long_sentence(
    drafted: FactIndex,
) -> None:
    reply = answer(drafted, "what is there for teaching assistants?")
    assert not (reply.answered and reply.fact is not None and reply.fact.quote == SESSIONS)


def test_the_extra_phrasings_hold_only_the_claim_s_own_words() -> None:
    phrasings = AnswerWords([SESSIONS, NETWORK]).phrasings(0, ["funds early language programme"])
    words = " ".join(phrasings).split()
    assert {"nhs", "speech", "therapists", "designed"} <= set(words)
    # Said by the other claim ("teaching assistants") or asked already ("language").
    assert not {"teaching", "assistants", "language", "funds"} & set(words)
