"""An overview ("what training is available for SENCOs?") on Discord: one field for each fact,
with its quote and who said it when, the whole within one message's 2,000 characters."""

import datetime as dt
from dataclasses import replace

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.passed_date import OPENING as PASSED_OPENING
from sendbot.discord_app.render import (
    MESSAGE_LIMIT,
    OVERVIEW_TITLE,
    PASSED_FIELD,
    Kind,
    render_reply,
)


def test_an_overview_shows_each_fact_quoted_and_cited(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "what training is available for SENCOs?")
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ANSWER and rendered.embed is not None
    assert rendered.embed.title == OVERVIEW_TITLE
    parts = ((reply.fact, reply.source), *reply.together)
    assert len(rendered.embed.fields) == len(parts) >= 2
    for field, (fact, source) in zip(rendered.embed.fields, parts, strict=True):
        assert field.name == fact.label
        assert field.value.startswith('> "') and source.answered_by.name in field.value
    assert rendered.fact_id == reply.fact.id


def test_four_long_facts_fit_one_message(shipped_index: FactIndex) -> None:
    longest = sorted(shipped_index.kb.facts, key=lambda fact: -len(fact.quote))[:4]
    # A question of the longest read, echoed in the footer: whole, the parts would not fit.
    question = "what training is available for SENCOs? " + "we are a small school " * 12
    kb = shipped_index.kb
    whole = sum(
        len(fact.quote) + len(fact.label) + len(kb.source_of(fact).answered_by.name)
        for fact in longest
    )
    assert whole + len(question) + len(OVERVIEW_TITLE) > MESSAGE_LIMIT
    reply = answer(shipped_index, "what training is available for SENCOs?")
    reply = replace(
        reply,
        question=question,
        fact=longest[0],
        source=kb.source_of(longest[0]),
        together=tuple((fact, kb.source_of(fact)) for fact in longest[1:]),
        notes=(
            "This was said on 8 February 2024, looking ahead to Autumn 2024: that date has "
            "now passed.",
        ),
    )
    embed = render_reply(reply).embed
    assert embed is not None
    assert embed.total_length <= MESSAGE_LIMIT
    quoted = [field for field in embed.fields if field.value.startswith('> "')]
    assert len(quoted) == 4


def test_a_promise_gone_by_is_said_in_the_field_of_its_part(shipped_index: FactIndex) -> None:
    """ "From Autumn 2024" was the NPQ's date, not early years SENCO training's: the line that
    it has passed is in the NPQ's field, not a field of its own after the last part."""
    reply = answer(
        shipped_index, "what training is available for SENCOs?", today=dt.date(2026, 12, 6)
    )
    embed = render_reply(reply).embed
    assert embed is not None
    passed = [field for field in embed.fields if PASSED_OPENING in field.value]
    assert len(passed) == 1, embed.fields
    assert "Autumn 2024" in passed[0].value and passed[0].value.startswith('> "')
    assert "Qualification" in passed[0].value
    assert all(field.name != PASSED_FIELD for field in embed.fields)
    assert embed.total_length <= MESSAGE_LIMIT
