"""A question asking what there is for a group or on a topic ("what training is available for
SENCOs?") is answered by the few facts that each give part of it, each quoted and cited, where
the matcher, looking for one fact, found several about as close and declined. Every other
question keeps the single-fact reply."""

import datetime as dt

import pytest

from sendbot.answering.answer import answer
from sendbot.answering.asked_overview import overview_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome, ScoredFact
from sendbot.answering.overview import newest_first_within_a_measure
from sendbot.answering.passed_date import OPENING as PASSED_OPENING
from sendbot.answering.reply import OVERVIEW_LEAD, Reply, overview_text
from sendbot.answering.unquoted_figures import unquoted_figures


def _shown(reply: Reply) -> list[str]:
    """The ids of the facts a reply gives as its answer, in order."""
    first = [reply.fact.id] if reply.answered and reply.fact is not None else []
    return first + [fact.id for fact, _ in reply.together]


@pytest.mark.parametrize(
    ("question", "group"),
    [
        ("what training is available for SENCOs?", "sencos"),
        ("What's being done for autistic children?", "autistic children"),
        ("what support is there for young people after 16?", "young people after 16"),
        ("what kind of help is on offer for parents?", "parents"),
        ("what is the government doing to help councils with deficits?", "councils deficits"),
        ("is there any funding for special schools?", "special schools"),
        ("what courses can teaching assistants get?", "teaching assistants"),
        ("as a SENCO, what training is available?", "senco"),
    ],
)
def test_an_overview_is_read_with_whom_it_is_for(question: str, group: str) -> None:
    assert overview_asked(question) == group


@pytest.mark.parametrize(
    "question",
    [
        "how many SENCOs have registered for training?",
        "when is the NPQ for SENCOs available?",
        "how much funding is there for special schools?",
        "what is the NPQ for SENCOs?",
        "who is the training for?",
        "what training is available?",
    ],
)
def test_a_question_for_one_detail_is_no_overview(question: str) -> None:
    assert overview_asked(question) is None


@pytest.mark.parametrize(
    "question",
    [
        "what training is available for SENCOs?",
        "as a SENCO, what training is available?",
        "is there any training for SENCOs?",
        "what training can sencos get?",
    ],
)
def test_senco_training_is_the_npq_and_early_years_senco_training(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.ANSWERED, reply.text
    shown = _shown(reply)
    assert 2 <= len(shown) <= 4, reply.text
    assert any(fact_id.startswith("npq-senco") for fact_id in shown), reply.text
    assert any(fact_id.startswith("early-years-senco") for fact_id in shown), reply.text
    assert reply.text.startswith(OVERVIEW_LEAD)
    # Each part is shown with its own quote and citation, and no figure is outside a quote.
    assert reply.text.count('\n> "') == len(shown)
    assert reply.text.count("— Written answer by") == len(shown)
    assert unquoted_figures(reply, shipped_index.kb) == []


def test_two_facts_quoting_one_sentence_are_shown_once(shipped_index: FactIndex) -> None:
    """The NPQ for SENCOs and what it is meant to achieve quote the same words: one part."""
    shown = _shown(answer(shipped_index, "what training is available for SENCOs?"))
    assert len([fact_id for fact_id in shown if fact_id.startswith("npq-senco")]) == 1


def test_what_is_done_for_neurodivergent_children_is_pins(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what is being done for neurodivergent children in schools?")
    shown = _shown(reply)
    assert reply.answered and len(shown) >= 2, reply.text
    assert "pins-programme" in shown and "pins-primary-schools" in shown, reply.text
    assert unquoted_figures(reply, shipped_index.kb) == []


@pytest.mark.parametrize(
    ("question", "fact_id"),
    [
        ("what training is there for teachers on SEND?", "itt-ecf-send-content"),
        ("when does the NPQ for SENCOs start?", "npq-senco"),
        ("how many practitioners registered for early years SENCO training?", None),
    ],
)
def test_one_fact_that_answers_keeps_the_single_fact_reply(
    shipped_index: FactIndex, question: str, fact_id: str | None
) -> None:
    reply = answer(shipped_index, question)
    assert reply.answered and reply.together == (), reply.text
    if fact_id is not None:
        assert reply.fact is not None and reply.fact.id == fact_id


@pytest.mark.parametrize(
    "question",
    [
        "what is being done for deaf pupils?",
        "what funding is there for school transport?",
        "what is being done for children with ADHD?",
        "what training is available for teaching assistants?",
    ],
)
def test_what_there_is_for_someone_no_answer_speaks_of_is_declined(
    shipped_index: FactIndex, question: str
) -> None:
    reply = answer(shipped_index, question)
    assert reply.outcome is Outcome.DECLINED, reply.text


def test_facts_of_one_measure_are_newest_first(shipped_index: FactIndex) -> None:
    facts = {fact.id: fact for fact in shipped_index.kb.facts}
    older, newer = facts["high-needs-total-2023-24"], facts["high-needs-total-2025-26"]
    other = facts["npq-senco"]
    given = [ScoredFact(older, 0.5), ScoredFact(other, 0.4), ScoredFact(newer, 0.3)]
    ordered = [item.fact.id for item in newest_first_within_a_measure(given)]
    assert ordered == ["high-needs-total-2025-26", "npq-senco", "high-needs-total-2023-24"]


def _parts(text: str) -> list[str]:
    """An overview's text cut into its parts, each from its bullet to the next."""
    return text.split("\n- ")[1:]


def test_a_promise_gone_by_is_said_under_the_part_that_made_it(shipped_index: FactIndex) -> None:
    """The NPQ for SENCOs was to start "from Autumn 2024": that the date has passed is said
    under the NPQ, not after the last part (early years SENCO training, which promised
    nothing), where it read as dating that one."""
    today = dt.date(2026, 12, 6)
    reply = answer(shipped_index, "what training is available for SENCOs?", today=today)
    assert reply.answered and reply.together, reply.text
    parts = _parts(reply.text)
    npq = [part for part in parts if "National Professional Qualification" in part]
    others = [part for part in parts if part not in npq]
    assert len(npq) == 1 and others, reply.text
    assert npq[0].split("\n")[-1].startswith(PASSED_OPENING), reply.text
    assert "Autumn 2024" in npq[0].split("\n")[-1]
    assert all(PASSED_OPENING not in part for part in others), reply.text
    assert unquoted_figures(reply, shipped_index.kb) == []


def test_each_dated_part_has_its_own_line_wherever_it_stands(shipped_index: FactIndex) -> None:
    """A line dating a later part is shown under that part, the first part left as it is."""
    kb = shipped_index.kb
    first, second = kb.fact("pins-primary-schools"), kb.fact("npq-senco")
    assert first is not None and second is not None
    line = f"{PASSED_OPENING}8 February 2024, looking ahead to Autumn 2024: that date has passed."
    text = overview_text(
        ((first, kb.source_of(first)), (second, kb.source_of(second))), ((second.id, line),)
    )
    before, after = _parts(text)
    assert line not in before
    assert after.endswith(f"\n{line}")
