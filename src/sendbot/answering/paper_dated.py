"""A question asking when a paper the written answer names came out ("which IFS report was
the lords question about, and when was the report published?"), not when the answer was
given or its question asked. Pure.

Speaking of the question ("the report the lords asked about") reads as asking of the written
answer itself, so its dates were put first and the answer's own date was given as when the
report came out. The thing said to be published is what is dated: a report, a plan, a review;
the answer's dates only when it is the answer or its question ("when was the reply published").
"""

from __future__ import annotations

import re

# "when was the report published", "what date was the IFS report released", "when did the
# review come out": the words between the verb and "published" name what came out.
_WHEN_PUBLISHED = re.compile(
    r"\b(?:when|what date|what day|which date|which day)\b(?:\s+[\w'/-]+){0,3}?\s+"
    r"(?:was|were|is|did)\s+(?P<thing>(?:[\w'/-]+\s+){1,4}?)"
    r"(?:first\s+)?(?:published|released|come out|came out|out)\b"
)
# What a written answer or its question is called: its own dates are asked.
_ANSWER_NOUNS = frozenset(
    "answer answers reply replies response responses question questions pq pqs q wq "
    "it this that they these those".split()
)
_LEADING = frozenset("the a an that this its their his her".split())


# "and when published", "when was it published": what came out is the paper the message names.
_PUBLISHED_ALONE = re.compile(
    r"\b(?:when|what date|what day)\b(?:\s+(?:was|were|is|did))?(?:\s+(?:it|they))?\s+"
    r"(?:first\s+)?(?:published|released|come out|came out)\b"
)
# "the title and date of the IFS report": the date of a paper named right after.
_DATE_OF = re.compile(r"\bdates? (?:of|for) (?P<thing>[^?.!,;:()]+)")
# Papers a written answer may name, which are not the answer itself.
_PAPER_NOUNS = frozenset(
    "report reports review reviews paper papers plan plans strategy study studies survey "
    "statistics stats framework consultation evaluation research guidance".split()
)


# "the command paper reference and its publication date": a paper named, then "its"
# publication date, in one clause; the words before it name what was published.
_ITS_PUBLICATION_DATE = re.compile(
    r"(?P<thing>(?:[\w'/-]+ ){1,6}?)(?:and |with |plus |\+ )?(?:its|the) "
    r"(?:publication|release|publishing) date\b"
)


def dates_another_paper(text: str) -> bool:
    """The question asks when something other than the written answer (a report, a plan) was
    published: the thing named before "published" is no answer, question nor pronoun; or,
    with no such thing named ("and when published"), the message names a paper (a report, a
    review) and no answer; or it asks the date of a paper ("date of the IFS report")."""
    lowered = text.lower()
    for match in _WHEN_PUBLISHED.finditer(lowered):
        thing = [word for word in match["thing"].split() if word not in _LEADING]
        if thing and _ANSWER_NOUNS.isdisjoint(thing):
            return True
    said = set(re.findall(r"[\w'/-]+", lowered))
    if _PUBLISHED_ALONE.search(lowered) and not _PAPER_NOUNS.isdisjoint(said):
        return _ANSWER_NOUNS.isdisjoint(said - {"it", "this", "that", "they", "these", "those"})
    if any(_names_a_paper(match["thing"].split()) for match in _DATE_OF.finditer(lowered)):
        return True
    return any(
        not _PAPER_NOUNS.isdisjoint(match["thing"].split())
        and _ANSWER_NOUNS.isdisjoint(match["thing"].split())
        for match in _ITS_PUBLICATION_DATE.finditer(lowered)
    )


def _names_a_paper(clause: list[str]) -> bool:
    """The clause names a paper in its first words and no written answer: "the IFS report the
    lords asked about", not "the IFS report question" nor "the plan progress answer"."""
    return not _PAPER_NOUNS.isdisjoint(clause[:4]) and _ANSWER_NOUNS.isdisjoint(clause)
