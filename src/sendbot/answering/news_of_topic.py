""" "PINS update?", "any high needs news?", "news on supported internships?", "anything new on
PINS?": a message that is only a topic and a word asking for news of it asks the topic's
newest word, as "latest on PINS?" does; read so. Said this bare, the news word alone reads as
no asking for the newest (no "latest", "any news on"), and the topic's facts, each as close as
the next, were declined. Only a topic every word of which the sources use is read so: one they
never speak of ("school uniform update?") stays as asked, and is declined. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_index import FactIndex
from sendbot.answering.normalise import SMALLTALK, STOPWORDS
from sendbot.answering.topic_in_shape import topic_in_shape

_NEWS = r"(?:news|updates?|update\s+pls)"
_ON = r"(?:on|re|about|regarding|with|for)"
_PLEASE = r"(?:\s+(?:pls|plz|please|anyone|at all))?"
_END = r"\s*[?!.]*\s*$"
_SHAPES = (
    # "PINS update?", "any send reform news?", "high needs funding updates pls"
    re.compile(rf"^(?:any\s+)?(?P<topic>.+?)\s+{_NEWS}{_PLEASE}{_END}", re.IGNORECASE),
    # "update on PINS?", "news re the change programme", "updates about supported internships"
    re.compile(rf"^(?:an?\s+)?{_NEWS}\s+{_ON}\s+(?P<topic>.+?){_PLEASE}{_END}", re.IGNORECASE),
    # "anything new on PINS?", "is there anything new re ehcps", "owt new with the white paper"
    re.compile(
        rf"^(?:(?:is|was)\s+there\s+)?(?:anything|owt|something)\s+new\s+{_ON}\s+"
        rf"(?P<topic>.+?){_PLEASE}{_END}",
        re.IGNORECASE,
    ),
)
# Words that make the rest no topic: a question of its own ("how it's going"), a pointer to an
# earlier message ("it", "that"), the asker ("thanks for the update", "my news"), chat.
_NOT_A_TOPIC = frozenset(
    """how when why who whom which what whether if it that this them those these i me my we
    our us you your u ur from to thanks thank ta cheers no some big bad sad any
    good great other more""".split()
)
_NOT_A_TOPIC_OR_CHAT = _NOT_A_TOPIC | SMALLTALK


def as_latest_asked(index: FactIndex, text: str) -> str:
    """ "PINS update?" -> "latest on PINS?"; as it is when it is not such a message, or the
    sources do not use every word of its topic."""
    if not _may_ask_news(text):
        return text  # nearly every question
    topic = _topic_of(text)
    if topic is None:
        return text
    terms = [term for term in index.normaliser.terms(topic) if term not in STOPWORDS]
    if not terms or any(term not in index.idf for term in terms):
        return text
    return f"latest on {topic}?"


def _may_ask_news(text: str) -> bool:
    lowered = text.lower()
    return "news" in lowered or "update" in lowered or " new " in lowered


def topic_before_news(text: str) -> str | None:
    """ "PINS update?" -> "PINS": the topic of a message that is only a topic and a news word
    after it (the first shape), whether or not the sources use its words; None otherwise."""
    return _topic_of(text, _SHAPES[:1])


def _topic_of(text: str, shapes: tuple[re.Pattern[str], ...] = _SHAPES) -> str | None:
    plain = " ".join(text.replace("\u2019", "'").split())
    topic = topic_in_shape(shapes, plain, _NOT_A_TOPIC_OR_CHAT, ends=" -,:;?!.")
    if topic is None or all(word in STOPWORDS for word in topic.lower().split()):
        return None
    return topic
