"""A question asking what something is for, in everyday words ("why was PINS set up", "why
does the plan exist", "whats pins meant to do", "who is PINS meant to help", "what is the
point of the change programme"), reworded as "what is the purpose of X", the wording the
curated phrasings of purposes share ("purpose", "aim", "goal" are one term): as asked, the
words that say a purpose ("set up", "exist", "point", a bare "for") are rare or unknown to the
base and count against every fact, the one stating the purpose too. (`asked_purpose` reads the
words "meant to", "supposed to" where the question is matched as asked.) Pure.

Only a whole question of one of these shapes is read so, about a thing named in a few words:
"why was pins set up in only some areas" asks why of a choice, not what PINS is for, and
"why was the plan delayed" asks why of a delay.
"""

from __future__ import annotations

import re

# What a question may open or close with around what it asks: "so", "ok", "lol", "tho".
_OPENING = r"^\W*(?:(?:so|ok|okay|and|but|wait|sorry|hi|hey|um|erm|just wondering)\W+)*"
_CLOSING = r"(?:\W+(?:lol|tho|though|then|again|exactly|really|actually|anyway|pls|please))*\W*$"
# A word of emphasis inside the question: "why does it even exist", "what is it actually for".
_STRESS = r"(?:(?:even|actually|really|exactly|really even|ever) )?"
_IS = r"(?:is|are|was|were|s|r|'s|\u2019s)"
# The thing asked of: a few words, none of them a question word or a pronoun alone.
_THING_WORD = r"[\w£.,/'\u2019&-]+"
_THING = (
    rf"(?P<thing>(?:the |a |an |this |that |these |those )?{_THING_WORD}(?: {_THING_WORD}){{0,6}}?)"
)
# Who may have set it up: "why did the dfe start pins", "why have they brought in the npq".
_WHO = (
    r"(?:(?:the )?(?:dfe|department|dept|government|govt|gov|ministers?|minister|they|we|you)"
    r" )"
)
_SET_UP = (
    r"(?:set ?up|setup|start|started|begin|began|create|created|bring in|brought in|introduce|"
    r"introduced|launch|launched|come up with|came up with|make|made|invent|invented|"
    r"establish|established|do|did|fund|funded|need|needed|have|want|wanted|decide on|"
    r"decided on|roll out|rolled out|put in place)"
)
_SET_UP_PASSIVE = (
    r"(?:set ?up|started|begun|created|brought in|introduced|launched|made|invented|"
    r"established|done|funded|needed|rolled out|put in place|a thing)"
)
# Who or what it is to help: "who is pins meant to help", "who is the npq for".
_AIMED = r"(?:meant|supposed|designed|intended|aimed|there|set up|for)"
_HELP = r"(?:help|support|benefit|serve|reach|be for|at|for)"
# What it is to do: "what is pins meant to do", "what is the plan for", "trying to achieve".
_TO_DO = (
    r"(?:(?:meant|supposed|designed|intended|trying|there|set up|aiming|going) "
    r"(?:to )?(?:do|achieve|accomplish|fix|solve|deliver|for)|there for|for)"
)
_WORD_FOR_PURPOSE = r"(?:point|purpose|aim|goal|idea|reason|rationale|thinking|objective)"

_SHAPES = tuple(
    re.compile(_OPENING + shape + _CLOSING, re.IGNORECASE)
    for shape in (
        # "why was pins set up", "why were supported internships introduced"
        rf"why (?:was|were|is|are|has|have|had) {_STRESS}{_THING} (?:been )?{_STRESS}"
        rf"{_SET_UP_PASSIVE}",
        # "why did the dfe start pins", "why have they brought in the new npq"
        rf"why (?:did|do|does|have|has|had|would|will) {_WHO}{_STRESS}{_SET_UP} {_THING}",
        # "why does the plan exist", "why do we even have pins"
        rf"why (?:does|do|did|is|are) {_STRESS}{_THING} {_STRESS}(?:exist|exists|there)",
        # "whats pins meant to do", "what is the plan for", "what are supported internships for"
        rf"what {_IS} {_STRESS}{_THING} {_STRESS}{_TO_DO}",
        # "who is pins meant to help", "who is the npq for"
        rf"who {_IS} {_STRESS}{_THING} {_STRESS}{_AIMED}(?: to)? {_HELP}",
        # "who does pins help", "what does pins do"
        rf"(?:who|what) (?:does|do|will) {_STRESS}{_THING} {_STRESS}(?:help|do|support)",
        # "what is the point of pins", "whats the idea behind the change programme"
        rf"what {_IS} (?:the )?(?:whole )?{_WORD_FOR_PURPOSE} (?:of|for|behind|with) {_THING}",
        # "point of pins?", "reason for the plan"
        rf"(?:the )?(?:whole )?{_WORD_FOR_PURPOSE} (?:of|for|behind) {_THING}",
    )
)

# Words that stand for something said before, not the name of a thing: read alone they name
# nothing, and words asking of a figure or a time ask something else than a purpose.
_NAMES_NOTHING = frozenset(
    """it its this that these those they them he she him her there here what which who
    when where how much many money""".split()
)


def purpose_asked_of(text: str) -> str | None:
    """The thing a question asks the purpose of, in its words ("pins", "the plan"), when the
    whole question has one of the shapes that ask what something is for; None otherwise."""
    if len(text) > _LONGEST:
        return None
    lowered = " ".join(text.lower().split()).replace("\u2019", "'")
    lowered = re.sub(r"\bwhat'?s\b", "what is", lowered)
    lowered = re.sub(r"\bwho'?s\b", "who is", lowered)
    for shape in _SHAPES:
        found = shape.match(lowered)
        if found is None:
            continue
        thing = found["thing"].strip(" ,.")
        if set(thing.split()) & _NAMES_NOTHING:
            return None
        return thing
    return None


def as_purpose_asked(text: str) -> str | None:
    """The question in the words the base's purposes are asked by: "why was pins set up" ->
    "what is the purpose of pins"; None when it does not ask what something is for."""
    thing = purpose_asked_of(text)
    if thing is None:
        return None
    return f"what is the purpose of {thing}"


# A question longer than this tells a story as well: it is read as a whole.
_LONGEST = 120
