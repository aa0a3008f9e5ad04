"""Whether a message's words of the future ("will", "due", "going to") all belong to the topic
it names a written answer by: "date of the answer on where the 15 special schools will be",
"answer date for the q about when the white paper is due?". Pure.

A question about a written answer that speaks of the future is taken to ask of an answer still
to come, which no record gives. But a past answer is often named by what it said of the future
("where the schools will be located"): that "will" is the topic's, not the asking's, so the
record's date or minister is still what is asked. "The question on X, when will it be
answered?" keeps its "will" outside the topic, and stays an answer to come.
"""

from __future__ import annotations

import re

from sendbot.answering.answer_parts import FUTURE_WORDS

# "the answer on", "the q about", "the reply re", "gould's answer regarding": a written answer
# (or question) named by what it is about; the topic runs from there.
_NAMED_BY_TOPIC = re.compile(
    r"\b(?:answer|reply|response|question|q|pq|wpq) (?:on|about|re|regarding|into|over) "
)
# Where the topic ends: a clause break, or the asking that follows it ("..., what date").
_TOPIC_ENDS = re.compile(r"[,?.!;:]| - | (?:who|when|what|which|and) ")
_WORD = re.compile(r"[a-z]+")


def future_only_in_named_topic(text: str) -> bool:
    """The (lowered) message names a written answer by a topic, and every word of the future
    it has is inside that topic."""
    named = _NAMED_BY_TOPIC.search(text)
    if named is None:
        return False
    rest = text[named.end() :]
    cut = _TOPIC_ENDS.search(rest)
    topic_end = named.end() + (cut.start() if cut else len(rest))
    topic = _WORD.findall(text[named.end() : topic_end])
    outside = _WORD.findall(text[: named.start()]) + _WORD.findall(text[topic_end:])
    return not FUTURE_WORDS.isdisjoint(topic) and FUTURE_WORDS.isdisjoint(outside)
