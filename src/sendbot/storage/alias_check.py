"""Whether a question just added to a fact is answered with it, asked now.

A phrasing can be saved on a fact that the answering rules then still do not answer with it:
"how many special schools are there" on the fact of schools *opened* stays partial (the fact
gives no total). `sendbot kb alias` and /kb alias say so, and why, rather than only "saved".
"""

from __future__ import annotations

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex


def answered_with(index: FactIndex, question: str) -> str | None:
    """The fact `question`, asked of `index` now, is answered with, as the reply gives it (a
    partial reply answers with none); /kb gaps shows it beside each question."""
    reply = answer(index, question)
    return reply.fact.id if reply.answered and reply.fact is not None else None


def still_unanswered(index: FactIndex, fact_id: str, question: str) -> str | None:
    """Why `question`, asked of `index` now, is not answered with `fact_id`; None when it is."""
    reply = answer(index, question)
    fact = reply.fact.id if reply.fact is not None else None
    if reply.answered and fact == fact_id:
        return None
    if fact == fact_id and reply.missing:
        return f"the reply is partial, as the written answer does not give it: {reply.missing}"
    if reply.answered and fact is not None:
        return f"it is answered with {fact}."
    return "it is still declined."
