"""A part of a written answer's record (who answered, when) asked of an answer the sources do
not hold: "who answered the question on ehcp waiting times?" when no written answer is about
waiting times, "when did the dfe reply to my letter?". Another answer's minister or date given
for it is a wrong answer, however close the words the record's phrasings share. Pure.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sendbot.answering.answer_parts import PART_WORDS, AnswerPart, answer_part
from sendbot.answering.asking_clauses import asking_text
from sendbot.answering.normalise import STOPWORDS
from sendbot.answering.scoring import corrected_terms

if TYPE_CHECKING:  # match imports what this module imports: its types are for the checker
    from sendbot.answering.fact_index import FactIndex
    from sendbot.answering.match import MatchResult

# "the question on school transport", "the pq about ehcp waiting times": an answer named by its
# topic, up to where the asking goes on ("... answered", "... was it given").
_TOPIC_NAMED = re.compile(
    r"\b(?:question|q|pq|wpq|answer|reply|response) (?:on|about|re|regarding|concerning|into) "
    r"(?:the (?:topic|subject|issue) of )?"
    # not a day ("the reply on the 9th feb", "the answer on monday"): that dates it
    r"(?!(?:the )?(?:\d|\w+day\b|same|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|first|"
    r"second|third|last|next|this|that|it\b"
    # nor the side it came from: "the answer on the govt side"
    r"|(?:the )?(?:govt|government|gov|dfe|department|dept|ministers?|official)s?\b))"
    r"(?P<topic>[^?.!;,:()]+?)"
    r"(?= (?:was|were|is|get|got|gets|answered|replied|responded|asked|tabled|given|published|"
    r"signed|come|came|by|from|answer|reply|you|youve|you've|we|i|in your|do you)\b"
    r"|[?.!;,:()]|$)",
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


# The parts of the record that belong to one answer alone: "what was the question about?"
# asks the question's own wording, not another answer named by its topic.
_RECORD_OF_ONE = frozenset(
    {AnswerPart.ANSWERER, AnswerPart.ASKER, AnswerPart.ANSWERED_ON, AnswerPart.ASKED_ON}
)
_NOT_A_TOPIC_WORD = re.compile(r"\d+|\d+_\d+|(?:19|20)\d\d")


def _topic_named(question: str) -> str | None:
    found = _TOPIC_NAMED.search(asking_text(question))
    return found["topic"].strip() if found else None


def answer_not_held(index: FactIndex, question: str, result: MatchResult) -> str | None:
    """The sentence saying the sources hold no such answer, when the question asks a part of
    the record of a written answer it names by a topic (or as the asker's own letter) that
    the record's written answer does not speak of; else None."""
    best = result.best
    if not result.answered or best is None:
        return None
    part = answer_part(best.fact)
    if part is None:
        return None
    letter = _OWN_LETTER.search(question)
    if letter:
        return (
            f"The sources hold no reply to your {letter['what'].lower()}: they are written "
            "answers to parliamentary questions."
        )
    topic = _topic_named(question)
    if topic is None or part not in _RECORD_OF_ONE:
        return None
    source_id = best.fact.source_id
    named = [
        term
        for term in corrected_terms(index, topic)
        if term not in STOPWORDS
        and term not in PART_WORDS
        and not _NOT_A_TOPIC_WORD.fullmatch(term)
    ]
    held = [
        term
        for term in named
        if any(index.facts[at].source_id == source_id for at in index.postings.get(term, ()))
    ]
    # Most of the words naming it in that answer: a topic reworded ("extra cash for
    # specialist schools") still names it; "ehcp waiting times" names another answer.
    if named and len(held) * 2 <= len(named):
        return f"The sources hold no written answer on {topic}."
    return None
