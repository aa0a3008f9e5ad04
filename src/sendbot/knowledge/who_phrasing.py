"""'Who' questions for a drafted claim that names who does something: "the Universal Services
programme, led by the National Association for Special Educational Needs" is asked "who is the
universal services programme led by?", "the programme is working with local authorities, ..."
is asked "who is the programme working with?".

A draft's questions are made of its figures and its first words; none asks "who", so a question
asking who runs or delivers something reads the fact as giving no one, however well its words
match. The questions are made of the claim's own words: the thing before the agent phrase, or
the subject before the partnership, and the verb that joins them to the body named.
"""

from __future__ import annotations

import re

from sendbot.knowledge.drafting import AUXILIARIES, CONJUNCTIONS, MAX_QUESTION, PREPOSITIONS
from sendbot.knowledge.verbatim import fold

# "<thing>, led by <body>": asked in the sentence's own participle ("who is the consortium led
# by?"); "who leads ..." drew "what does it lead to?" to the clause.
_DONE_BY = (
    "led", "run", "delivered", "provided", "commissioned", "published", "conducted",
    "carried out", "undertaken", "chaired", "managed", "produced",
)  # fmt: skip
_AGENT = re.compile(
    rf"\b(?P<done>{'|'.join(sorted(_DONE_BY, key=len, reverse=True))}) by (?P<body>[A-Za-z])",
)
# "<subject> has a contract with <body>", "<subject> is working with <body>": the subject
# before the auxiliary and the partnership as the question says it.
_PARTNER = re.compile(
    r"(?P<subject>\b[\w ,'-]{3,80}?) (?P<aux>has|have|is|are|was|were|will be|has been|have been)"
    r" (?P<how>a contract with|contracts with|working with|worked with|in partnership with|"
    r"partnered with) (?P<body>[A-Za-z])",
)
# Who does everything an answer says: "who has the department been working with?" tells no
# claim from another, and took "who is the change programme working with?" from the claim
# whose subject is the programme.
_EVERYONE_S_SUBJECT = {"the department", "the government", "we", "it", "they", "dfe", "the dfe"}
_PARTNER_ASKED = {
    "a contract with": "have a contract with",
    "contracts with": "have contracts with",
    "working with": "working with",
    "worked with": "working with",
    "in partnership with": "working in partnership with",
    "partnered with": "working with",
}
# A thing named before its agent phrase is at most this many words ("the Universal Services
# programme", "a recent research report on the workforce", "the scheme for pupils in Year 2").
THING_WORDS = 8
# Words inside a noun phrase that are not its edge: "report on the workforce", "the scheme for
# pupils in Year 2, run by ...": the body runs the scheme, not the year.
_WITHIN = {"of", "on", "for", "in", "the", "a", "an", "and"}
# Verbs before the thing that do not end in "-ed": "have undertaken autism awareness training".
_PARTICIPLES = {"undertaken", "taken", "given", "done", "made", "seen", "written", "chosen"}
_EDGE = (
    AUXILIARIES | CONJUNCTIONS | PREPOSITIONS | _PARTICIPLES | {"also", "through", "via"}
) - _WITHIN
_WORD = re.compile(r"[\w'-]+|[,;:()]")


def who_questions(text: str) -> tuple[str, ...]:
    """The 'who' questions the clause `text` answers, in the order it names the bodies."""
    said = " ".join(fold(text).split())
    asked: list[str] = []
    for found in _AGENT.finditer(said):
        thing = _thing_before(said[: found.start()])
        if thing:
            asked.append(f"who is {thing} {found['done']} by?")
    for found in _PARTNER.finditer(said):
        subject = _subject(found["subject"])
        if subject and subject not in _EVERYONE_S_SUBJECT:
            how = _PARTNER_ASKED[found["how"]]
            if how.startswith("have "):
                helper = "does" if found["aux"] in {"has", "is", "was", "has been"} else "do"
                asked.append(f"who {helper} {subject} {how}?")
            else:
                helper, _, rest = found["aux"].partition(" ")
                asked.append(f"who {helper} {subject} {f'{rest} ' if rest else ''}{how}?")
    return tuple(question[:MAX_QUESTION] for question in dict.fromkeys(asked))


def _thing_before(text: str) -> str | None:
    """The noun phrase ending `text` (after a comma or an earlier "<done> by <body> and"),
    lower-cased, from its last edge word: "the universal services programme" of "... through
    the Universal Services programme, "."""
    before = re.sub(r"\b(?:\w+ ){0,3}?by [^,]*? and\s*$", "", text.rstrip(", "))
    words = _WORD.findall(before.rstrip(", "))
    thing: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if lowered in _EDGE or word in ",;:()" or len(thing) == THING_WORDS:
            break
        if lowered.endswith("ed") and word.islower() and thing:
            break  # "evidenced in a report": the verb before the phrase
        thing.insert(0, lowered)
    while thing and thing[-1] in _WITHIN:
        thing.pop()
    while thing and thing[0] in _WITHIN - {"the", "a", "an"}:
        thing.pop(0)
    content = [word for word in thing if word not in _WITHIN]
    return " ".join(thing) if len(content) >= 1 and thing[-1] not in {"the", "a", "an"} else None


def _subject(text: str) -> str | None:
    """The subject of a partnership clause: its last words after a comma or conjunction."""
    words = _WORD.findall(text)
    subject: list[str] = []
    for word in reversed(words):
        if word in ",;:()" or word.lower() in CONJUNCTIONS or len(subject) == THING_WORDS:
            break
        subject.insert(0, word.lower())
    while subject and subject[0] in PREPOSITIONS:
        subject.pop(0)
    return " ".join(subject) or None
