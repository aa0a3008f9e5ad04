"""'who is (was) the secretary of state for energy security and net zero?': who holds (held) an
office, asked of no written answer. Pure.

The records of who answered quote the office line each stored page shows, which may be a later
office than the minister held when answering; a question naming that office and nothing of the
sources is about today's ministers, not the written answers, and is declined rather than
answered with the record. "who answered the written answer on X?" and "what was the job title
of the minister who replied on X?" name a written answer, and are not read here.
"""

from __future__ import annotations

import re

# "who is", "who's", "whos", "who holds", "who is currently": asked in the present. "who was",
# "who used to be", "who held": asked of the past, but still of the office and not of a written
# answer; the record's office line says nothing of who held it at any other time.
_WHO_NOW = r"^\W*(?:(?:so|and|ok|okay|hey|quick q:?) )?(?:who(?: is|'s|s| holds| currently is"
_WHO_NOW += r"| was| used to be| held| previously was| was previously)"
_WHO_NOW += r"|which (?:person|minister|mp) (?:is|was))"
_QUALIFIER = r"(?: (?:the|our|uk|uk's|current|currently|present|new|actual|govt|government))*"
# The office's own word: a named office, or a minister or secretary for (of) something. A bare
# "the minister" is the record's own answerer ("who is the minister here?"), so it needs "for".
_TITLE = (
    r"(?: (?:prime minister|pm|chancellor(?: of the exchequer)?|(?:home|foreign|health|energy|"
    r"education|defence|justice|culture|business|transport|environment|work and pensions) "
    r"secretary)"
    r"| (?:(?:junior|education|schools?) )?(?:secretary of state|minister(?: of state)?|"
    r"secretary|sec of state|under[- ]secretary(?: of state)?) (?:for|of) [\w' ]+"
    # "the SEND minister", "the children and families minister": the area it is minister for,
    # said before the word (a bare "the minister" is still the record's own answerer)
    r"| (?:(?:send|sen|children'?s?|families|and|schools?|school standards|education|skills|"
    r"early years|disabilities|disability|junior) )+minister)"
)
# "now", "at the moment": said of today, not of when an answer was given.
_NOW = r"(?: (?:now|currently|right now|at the moment|today|these days|at present|atm))?"
_ASKS_OFFICE_NOW = re.compile(_WHO_NOW + _QUALIFIER + _TITLE + _NOW + r"\W*$")

# Words that point at the sources: a written answer, its parts, or one told before ("in this",
# "the one mentioned"). Any of them makes the question one of the sources, read as before.
_OF_THE_SOURCES = frozenset(
    """answer answers answered answering reply replies replied replying response responded
    respond question questions qs pq pqs wpq written source sources record mentioned named
    addressed asked signed this that it these those here there in on said says quoted page
    then when""".split()
)


def asks_office_now(question: str) -> bool:
    """The message only asks who holds (or held) an office, naming no written answer: "who is the
    secretary of state for energy security and net zero?", "who's the current prime minister",
    "who was the secretary of state for energy security and net zero?"."""
    text = question.lower().strip()
    found = _ASKS_OFFICE_NOW.match(text)
    if found is None:
        return False
    after_who = re.findall(r"[\w']+", text)[2:]
    return _OF_THE_SOURCES.isdisjoint(after_who)
