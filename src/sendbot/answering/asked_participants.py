"""Questions asking who takes part in something ("who is involved in the engagement?", "who
sits on the task group?", "who are they talking to during it?"), and whether a fact's own
words list the kinds of people who do. Pure.

Such a "who" asks what sort of people or bodies take part, not a person's name: a fact saying
a group "includes clinicians, scientists, academics, education experts and third sector
organisations", or that ministers engage "with parents, educators, experts, local authorities
and representative organisations", gives it, though it names no one. A question asking for
names ("named members", "who exactly, by name") is not answered by kinds of people.
"""

from __future__ import annotations

import re

# "who is involved", "who gets involved in it", "who's on the group", "who is taking part",
# "who will be consulted", "who are they talking to", "who will the dfe engage with", "what
# sort of people are in it".
_PARTICIPANTS_ASKED = re.compile(
    r"\bwho(?:s|'s| is| are| was| were| gets?| got| will be| would be| has been| have been)? "
    r"(?:(?:actually|really|exactly|going to be) )?"
    r"(?:involved|taking part|takes part|take part|included|consulted|engaged|represented|"
    r"sitting on|sits on|on|in|part of|members? of|making up|makes up|make up)\b"
    r"|\bwho (?:are|is|will|do|does|did|were|was) (?:[\w-]+ ){1,3}?(?:be )?"
    r"(?:talking to|talk to|speaking to|speak to|engaging with|engage with|engaged with|"
    r"consulting|consult|listening to|listen to|meeting with|meet with|hearing from|hear from)\b"
    # "what sort of people are on it", "which types of organisations are involved"
    r"|\b(?:what|which) (?:sorts?|kinds?|types?) of (?:people|ppl|persons|groups|"
    r"organisations|bodies|experts|professionals)\b"
)
# Names asked for: the people themselves, which kinds of people do not give.
_NAMES_ASKED = re.compile(
    r"\b(?:named|names?|by name|individuals|which people|who exactly is|who specifically)\b"
)

# People and bodies named as kinds: one of these ends each item of the list.
_KIND = (
    r"(?:parents|carers|families|teachers|educators|experts|clinicians|scientists|academics|"
    r"professionals|practitioners|leaders|headteachers|sencos|specialists|advisers|advisors|"
    r"organisations|authorities|councils|charities|providers|schools|colleges|unions|"
    r"young people|children|pupils|groups|partners|representatives|bodies)"
)
# A list of at least three kinds, with or without its commas (a fact's folded words have
# none): "clinicians, scientists, academics, education experts and third sector organisations"
# (each item a kind, maybe after a word or two saying which).
_KINDS_LISTED = re.compile(
    rf"\b{_KIND},? (?:(?:[\w-]+ ){{0,2}}?{_KIND},? )+"
    rf"(?:and|or) (?:[\w-]+ ){{0,2}}?{_KIND}\b"
)


def asks_who_takes_part(text: str) -> bool:
    """The (folded) question asks who takes part in something, not anyone's name."""
    return _PARTICIPANTS_ASKED.search(text) is not None and _NAMES_ASKED.search(text) is None


def lists_kinds_of_people(fact_text: str) -> bool:
    """The fact's (folded) words list three or more kinds of people or bodies."""
    return _KINDS_LISTED.search(fact_text) is not None
