import dataclasses
import datetime as dt

import pytest

from sendbot.answering.answer import MAX_QUESTION_LENGTH, QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.reply import Suggestion, citation, refusal_text, reply_json
from sendbot.knowledge.figures import unbacked_figures
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import KnowledgeBase

# Names its source: with many sources, "who answered the question?" has no one answer.
ASKED_WHO = "who answered the question on progress with the SEND and AP improvement plan?"


def test_human_dates_have_no_leading_zero() -> None:
    assert human_date(dt.date(2024, 2, 8)) == "8 February 2024"


def test_citation_says_who_when_and_to_what(shipped_kb: KnowledgeBase) -> None:
    source = shipped_kb.source("send-ap-improvement-plan-2024-02-08")
    assert source is not None
    assert citation(source) == (
        "Written answer by David Johnston, Parliamentary Under-Secretary (Department for "
        "Education), 8 February 2024, to a question asked 31 January 2024"
    )


def test_citation_without_a_role_names_the_department_instead(shipped_kb: KnowledgeBase) -> None:
    # The page shows Claire Coutinho's later office, so the source records no role and the
    # citation claims none.
    source = shipped_kb.source("high-needs-funding-2023-24-2023-02-22")
    assert source is not None and source.answered_by.role is None
    assert citation(source) == (
        "Written answer by Claire Coutinho (Department for Education), 22 February 2023, "
        "to a question asked 17 February 2023"
    )
    undated = dataclasses.replace(source, asked=None)
    assert citation(undated) == (
        "Written answer by Claire Coutinho (Department for Education), 22 February 2023"
    )


def test_answer_carries_statement_verbatim_quote_citation_and_as_of(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how many special schools opened?")
    assert reply.answered and reply.fact is not None and reply.source is not None
    assert reply.text.splitlines()[0] == reply.fact.statement
    assert f'"{reply.fact.quote}"' in reply.text
    assert reply.source.answered_by.name in reply.text
    assert "Figures as of 8 February 2024" in reply.text


def test_every_figure_a_reply_states_is_in_its_quote(shipped_index: FactIndex) -> None:
    """sendbot never puts a figure in anyone's mouth, for every fact it can give."""
    for fact in shipped_index.kb:
        assert unbacked_figures(fact.statement, fact.quote) == [], fact.id


def test_refusal_names_closest_topics_and_no_figures(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how much is spent on send transport in kent?")
    assert not reply.answered
    assert reply.text.startswith("I don't have that")
    assert reply.fact is None


def test_smalltalk_reply_invites_a_question(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "hello!")
    assert "Ask me something like" in reply.text
    assert reply.fact is None


def test_overlong_question_is_refused_with_its_length(shipped_index: FactIndex) -> None:
    with pytest.raises(QuestionTooLong, match=f"{MAX_QUESTION_LENGTH + 1} characters"):
        answer(shipped_index, "x" * (MAX_QUESTION_LENGTH + 1))
    # A Discord message may be 2,000 characters: its length is written as the limit is.
    with pytest.raises(QuestionTooLong, match="is 1,999 characters long and I couldn't find"):
        answer(shipped_index, "x" * 1999)


def test_json_shape_is_stable(shipped_index: FactIndex) -> None:
    payload = reply_json(answer(shipped_index, "how many special schools opened?"))
    assert set(payload) == {
        "question",
        "answered",
        "outcome",
        "text",
        "fact_id",
        "missing",
        "score",
        "citation",
        "as_of",
        "earlier",
        "suggestions",
    }
    assert payload["answered"] is True
    assert payload["fact_id"] == "special-schools-opened"
    assert payload["as_of"] == "2024-02-08"


@pytest.mark.parametrize(
    "question",
    ["60 percent rise in the send budget", "EPs per local authority breakdown?", "400 more EPs?"],
)
def test_suggestions_are_listed_likeliest_first(shipped_index: FactIndex, question: str) -> None:
    # Chosen by closeness, they were listed in that order, a likelier one after a less likely.
    reply = answer(shipped_index, question)
    listed = reply_json(reply)["suggestions"]
    assert isinstance(listed, list)
    scores = [item["score"] for item in listed]
    assert len(scores) > 1 and scores == sorted(scores, reverse=True)
    if not reply.fact:  # a refusal names the topics in the same order
        labels = [item.label for item in reply.suggestions]
        assert reply.text.endswith(f"Closest topics I do have: {'; '.join(labels)}.")


def test_quote_is_shown_on_one_line_and_facts_without_figures_say_as_of(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, ASKED_WHO)
    assert reply.fact is not None and not reply.fact.figures
    quote_line = reply.text.splitlines()[1]
    assert (
        quote_line == '> "David Johnston Parliamentary Under-Secretary (Department for Education)"'
    )
    assert reply.text.endswith("As of 8 February 2024.")


def test_refusal_lists_untitled_facts_without_their_full_stops() -> None:
    # A drafted base (`kb build`) has no titles: facts are labelled by their statements.
    suggestions = (
        Suggestion("a", "In the Spending Review we confirmed the Core Schools Budget.", 0.3),
        Suggestion("b", "The plan will ensure coordinators receive consistent...", 0.2),
    )
    assert refusal_text(suggestions) == (
        "I don't have that in my sources. Closest topics I do have: In the Spending Review we "
        "confirmed the Core Schools Budget; The plan will ensure coordinators receive "
        "consistent..."
    )
