"""Who is asking, kept as whom the question is about when it asks only what is there for
them: "as a SENCO, what training is available?" asks about training for SENCOs. Pure."""

from __future__ import annotations

import re

from sendbot.answering.asker_story import CHAT_FILLER, ROLE
from sendbot.answering.normalise import STOPWORDS, words

# The asker's role, said as who is asking: "as a SENCO", "I'm a parent", "childminder here".
_ASKER_ROLE = re.compile(
    rf"\b(?:as|i am|im|i m|i work as|working as) (?:an? |the )?(?:new |newly qualified )?"
    rf"(?P<role>{ROLE})\b|\b(?P<here>{ROLE}) here\b"
)

# What is given to people in a role: training, support, money, advice.
PROVISION = frozenset(
    """training train trained course courses cpd qualification qualifications support help
    funding funds money grant grants guidance advice resources""".split()
)

# Words that only ask whether it is there: "what training is available / on offer / out there".
_THERE = frozenset(
    """available availability offer offered offering exist exists existing provided provide
    options option anything going apply access""".split()
)


def with_role_as_recipient(folded: str) -> str:
    """`folded` (a folded message) with the asker's role said as whom it asks about, when the
    rest asks for nothing but something given to people (training, support, funding) and
    names no one it is for; else `folded` as it is. The role is otherwise only who asks."""
    found = _ASKER_ROLE.search(folded)
    if found is None:
        return folded
    rest = f"{folded[: found.start()]} {folded[found.end() :]}"
    topic = [
        word
        for word in words(rest)
        if word not in STOPWORDS and word not in CHAT_FILLER and word not in _THERE
    ]
    if not topic or not all(word in PROVISION for word in topic):
        return folded
    role = found.group("role") or found.group("here")
    return f"{rest.rstrip(' ?!.')} for {role}"
