"""A part of a written answer's record (who answered, when) asked of an answer the sources do
not hold: "who answered the question on ehcp waiting times?" when no written answer is about
waiting times, "when did the dfe reply to my letter?". Another answer's minister or date given
for it is a wrong answer, however close the words the record's phrasings share. Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sendbot.answering.answer_parts import PART_WORDS, answer_part
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.normalise import STOPWORDS

if TYPE_CHECKING:  # match imports what this module imports: its types are for the checker
    from sendbot.answering.fact_index import FactIndex
    from sendbot.answering.match import MatchResult

# "the question on school transport", "the pq about ehcp waiting times": an answer named by its
# topic, up to where the asking goes on ("... answered", "... was it given").
_TOPIC_NAMED = re.compile(
    r"\b(?:question|q|pq|wpq|answer|reply|response) (?:on|about|re|regarding|concerning|into) "
    r"(?:the (?:topic|subject|issue) of )?(?P<topic>[^?.!;,:()]+?)"
    r"(?= (?:was|were|is|get|got|gets|answered|replied|responded|asked|tabled|given|published|"
    r"signed|come|came|by|from|answer|reply)\b|[?.!;,:()]|$)",
    re.IGNORECASE,
)
# "reply to my letter", "answered our email": correspondence of the asker's, which no written
# answer to a parliamentary question is.
_OWN_LETTER = re.compile(
    r"\b(?:repl\w*|respon\w*|answer\w*|write back|wrote back|get back) to (?:my|our|his|her|"
    r"their|me|us)(?: \w+)? (?P<what>letter|email|e-mail|complaint|request|foi|message|enquiry|"
    r"inquiry|query|appeal)s?\b",
    re.IGNORECASE,
)


def _topic_named(question: str) -> str | None:
    found = _TOPIC_NAMED.search(asking_text(question))
    return found["topic"].strip() if found else None


def answer_not_held(index: FactIndex, question: str, result: MatchResult) -> str | None:
    """The sentence saying the sources hold no such answer, when the question asks a part of
    the record of a written answer it names by a topic (or as the asker's own letter) that
    the record's written answer does not speak of; else None."""
    best = result.best
    if not result.answered or best is None or answer_part(best.fact) is None:
        return None
    letter = _OWN_LETTER.search(question)
    if letter:
        return (
            f"The sources hold no reply to your {letter['what'].lower()}: they are written "
            "answers to parliamentary questions."
        )
    topic = _topic_named(question)
    if topic is None:
        return None
    source_id = best.fact.source_id
    for term in index.normaliser.terms(topic):
        if term in STOPWORDS or term in PART_WORDS:
            continue
        if not any(index.facts[at].source_id == source_id for at in index.postings.get(term, ())):
            return f"The sources hold no written answer on {topic}."
    return None
