"""A draft accepted without edits answers who leads, runs or works with what it names (issue 11).

What a moderator notices: asked "who runs the reading recovery scheme?" of an answer saying the
scheme is "run by the Literacy Trust", the unedited draft answered that the written answer names
no one, and said the fact only as related information: no drafted question asked "who". The
question asks in the sentence's own words ("who is ... run by?"). Drafted
from an answer of my own wording as `kb build FILE --out DIR` drafts it, with the shipped
synonyms, and asked through the pure core.
"""

from __future__ import annotations

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.knowledge.who_phrasing import who_questions
from sendbot.settings import BUNDLED_KNOWLEDGE
from sendbot.storage.draft_file import draft_base
from sendbot.storage.loader import load

SCHEME = (
    "The department funds the Reading Recovery scheme for pupils in Year 2, run by the Literacy "
    "Trust, in 300 primary schools."
)
PARTNERS = (
    "The Early Reading Network is working with the Association of Speech Therapists on a new "
    "assessment toolkit."
)
PAGE = f"""Reading: Primary Education

(asked on 3rd March 2025) - View Source

Question to the Department for Education:

To ask the Secretary of State for Education, what support is available for pupils who fall
behind in reading.


Answered by
Catherine McKinnell Portrait
Catherine McKinnell
Minister of State (Education)
This question was answered on 17th March 2025

{SCHEME}

{PARTNERS}
"""


@pytest.fixture(scope="module")
def drafted(tmp_path_factory: pytest.TempPathFactory) -> FactIndex:
    page = tmp_path_factory.mktemp("page") / "written-answer-2025-03-17-reading-recovery.txt"
    page.write_text(PAGE, encoding="utf-8")
    directory = tmp_path_factory.mktemp("drafted") / "knowledge"
    assert draft_base([page], directory, BUNDLED_KNOWLEDGE / "synonyms.yaml") is None
    return build_index(load(directory).kb)


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("who runs the reading recovery scheme?", SCHEME),
        ("who is reading recovery run by", SCHEME),
        ("who is the early reading network working with?", PARTNERS),
    ],
)
def test_a_who_question_is_answered_from_the_clause_naming_the_body(
    drafted: FactIndex, question: str, quote: str
) -> None:
    reply = answer(drafted, question)
    assert reply.answered and reply.fact is not None, reply.text
    assert reply.fact.quote == quote


def test_who_questions_are_made_of_the_clause_s_own_words() -> None:
    # The body runs the scheme named before the comma, not the year group that ends it.
    (scheme,) = who_questions(SCHEME)
    assert scheme.startswith("who is ") and scheme.endswith(" run by?")
    assert "reading recovery scheme" in scheme
    assert who_questions(PARTNERS) == ("who is the early reading network working with?",)
    assert who_questions("The scheme is popular with teachers.") == ()
    # The department does everything an answer says: asking who it works with tells no claim
    # from another.
    assert who_questions("The department has been working with local councils.") == ()
