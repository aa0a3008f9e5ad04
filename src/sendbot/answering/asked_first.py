"""A definition asked in a message's first sentence, with only the asker's own words after it:
"what is the early career framework? I'm a parent not a teacher so no idea", "what is the npq
for sencos? is it a course". Read whole, the words after the question mark hide what the first
sentence asks (the rules read a question's end), and a fact merely naming the thing was given
as if it said what the thing is. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.intent import Intent, intent_of
from sendbot.answering.normalise import fold_text, words

# The first sentence, up to its question mark, and what follows it.
_FIRST_SENTENCE = re.compile(r"^([^?]+)\?+(.*)$", re.DOTALL)

# After it, a guess at what the thing is: "is it a course", "is it just a website or what",
# "like a course?"; the asker's own words say nothing asked.
_A_GUESS = re.compile(
    r"^(?:(?:so|or) )?(?:is (?:it|that|this)|are (?:they|these|those)|like)"
    r" (?:(?:just|like|basically|some kind of|a kind of|a sort of|a type of) )*"
    # (a thing it may be, named with its article: not "is it being evaluated", "is it
    # testing the reforms", "is it continuing", which ask of what it does)
    r"(?:an? |some )\w+(?: \w+){0,3}(?: or (?:an? )?\w+(?: \w+){0,2})*(?: or what| or something)?$"
)
# Words that open a question of its own: what follows asks something besides.
_ASKS = frozenset(
    """what whats how when where which who whos why whose will would can could does do did is
    are was were has have should shall""".split()
)


def definition_asked_first(message: str) -> str | None:
    """The first sentence (folded), when it asks what a thing is and nothing after it asks
    anything: a guess at what it is, or the asker's story ("never heard of it")."""
    if "?" in message:
        found = _FIRST_SENTENCE.match(message.strip())
        first = _asked_first(found[1], found[2], asked_after=True) if found else None
        if first is not None:
            return first
    # "what is the universal training offer, is it a course or a website": a guess after a
    # comma or dash (only a guess: "what is PINS, and how many schools" asks more)
    found = _FIRST_CLAUSE.match(message.strip())
    return _asked_first(found[1], found[2], asked_after=False) if found else None


def _asked_first(first_said: str, rest_said: str, asked_after: bool) -> str | None:
    first_words = words(fold_text(first_said))
    rest = " ".join(words(fold_text(rest_said)))
    if not first_words or not rest:
        return None  # a question alone is read whole already
    first = " ".join(first_words)
    guessed = bool(_A_GUESS.match(rest) or _UNKNOWN_TO_THE_ASKER.search(rest))
    if guessed and _WHAT_IS_A_NAME.match(first):
        # "whats the ECF? never heard of it", "what's the DSG? is it a grant": a short name
        # the asker says they do not know (read alone, "what is the DSG" may ask its sum)
        return first
    if intent_of(first_words) is not Intent.DEFINITION:
        return None
    if guessed:
        return first
    if not asked_after or "?" in rest_said or any(word in _ASKS for word in rest.split()):
        return None  # "what is the ECF? when does it start": a second question
    return first


_FIRST_CLAUSE = re.compile(r"^([^?,]+?)(?:,| - | \u2013 )([^?]*)\??$", re.DOTALL)


# The asker says they do not know the thing: "never heard of it", "no idea what that is".
_UNKNOWN_TO_THE_ASKER = re.compile(
    r"\b(?:never (?:heard|come across)|no idea|no clue|not sure what|(?:don t|dont|do not) "
    r"know what|not familiar)\b"
)
# "what is the ECF", "whats an NPQ", "what are the SEND reforms": a name, with no figure or
# time asked ("what is the budget for 2024" asks its sum).
_WHAT_IS_A_NAME = re.compile(
    r"^(?:(?:sorry|so|ok|okay|um|erm|hi|hey|hello) )*(?:what is|whats|what s|what are|what even is|"
    r"what exactly is|what actually is) (?:the |an? )?"
    # (a name: not "the point of", "the latest on", "replacing the old award", "training for")
    r"(?!(?:\w+ ){0,4}?(?:\w+ing|of|on|for|in|to|with|about|from|latest|current|point|purpose|"
    r"aim|target|position|status|plan|plans|difference|deadline|cost|total|number|amount|"
    # (nor a sum: "what's the high needs budget, never heard of it" asks the figure)
    r"budget|budgets|funding|allocation|spending|money|\w*\d\w*)\b)"
    r"(?:\w+ ){0,3}?\w+$"
)
