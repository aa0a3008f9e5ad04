"""'The latest X' where X alone is answered with a measure's figure: that answer is chosen
whatever the whole question ("latest" and all) matches, so the whole question is not matched
(a second ranking, the slowest part of such a question) and the reply is the measure's
newest figure."""

from dataclasses import replace

import pytest

from sendbot.answering import latest
from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import MatchResult, Outcome, match
from sendbot.answering.question import analyse

# Each with the fact its topic alone answers with (a measure's figure) and the reply's fact.
TOPIC_MEASURES = {
    "what's the latest increase in high needs funding": (
        "high-needs-budget-increase",
        "high-needs-increase-continued-2026-27",
    ),
    "most recent figure for total high needs funding": (
        "high-needs-total-2025-26",
        "high-needs-total-2025-26",
    ),
    "how many pupils attend special schools now?": (
        "pupils-in-special-schools-2024-25",
        "pupils-in-special-schools-2024-25",
    ),
}

# Whole-question matches of every outcome, for the choice to be made against.
OTHER_MATCHES = (
    "what's the latest increase in high needs funding",
    "how many special schools opened in devon?",
    "what is the weather in london?",
)


@pytest.mark.parametrize("question", sorted(TOPIC_MEASURES))
def test_the_topics_measure_is_chosen_whatever_the_whole_question_matched(
    shipped_index: FactIndex, question: str
) -> None:
    topic = match(shipped_index, latest.without_latest(question))
    assert topic.best is not None
    assert topic.best.fact.id == TOPIC_MEASURES[question][0]
    assert latest._answers_a_measure(topic)
    others = [match(shipped_index, other) for other in OTHER_MATCHES]
    assert {other.outcome for other in others} >= {Outcome.ANSWERED, Outcome.DECLINED}
    for whole in others:
        chosen = latest._newest_or_topic(shipped_index, question, analyse(question), whole, topic)
        assert chosen == replace(topic, question=question)


@pytest.mark.parametrize("question", sorted(TOPIC_MEASURES))
def test_the_reply_is_the_measures_newest_without_matching_the_whole_question(
    shipped_index: FactIndex, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    matched: list[str] = []

    def recording(index: FactIndex, text: str, *rest: object, **named: object) -> MatchResult:
        matched.append(text)
        return match(index, text, *rest, **named)  # type: ignore[arg-type]

    monkeypatch.setattr(latest, "match", recording)
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    assert reply.fact is not None and reply.fact.id == TOPIC_MEASURES[question][1], reply.text
    assert question not in matched
