"""A question asking whether something was done ("did the 20 new schools ever get built?",
"has all the £2bn been paid out yet?", "is the scheme up and running in all 900 schools?"), of
a fact that gives its figure but not that it was done ("approved 20", "will be made by June",
"up to 900 schools"): a "Yes: the written answer gives 20." reads as a yes to the whole
question, when the written answer says nothing of whether it was done. The line is left out
unless the quote says it done. Pure.
"""

from __future__ import annotations

import re

# What a question asks was done, the words of a quote saying it was (the same thing done, or a
# later stage of it: a school opened was built), and whether the words asking need a word
# saying it is the outcome asked after (`_OUTCOME_ASKED`): "open" and "built" alone are often
# said of something else ("on top of the ones that opened, were 76 approved?").
_DONE_ASKED: tuple[tuple[re.Pattern[str], str, bool], ...] = (
    (re.compile(r"\b(?:built|build)\b"), r"built|opened|completed", True),
    (re.compile(r"\b(?:opened|open)\b(?! (?:to|for)\b)"), r"opened|now open", True),
    (
        re.compile(r"\b(?:happened|happen|taken place|took place)\b"),
        r"happened|took place|held",
        True,
    ),
    (re.compile(r"\b(?:finished|completed)\b"), r"finished|completed", False),
    (re.compile(r"\bup and running\b"), r"up and running|running|started|launched|in place", False),
    (
        re.compile(r"\b(?:paid out|spent|handed out|given out)\b"),
        r"paid|spent|handed out|given",
        False,
    ),
    (re.compile(r"\bin the end\b"), r"announced|confirmed|published|opened|completed", False),
)
# Words saying the outcome is what is asked: "did they ever actually open", "have any been
# built yet", "did all 20 get built".
_OUTCOME_ASKED = re.compile(r"\b(?:actually|ever|yet|now|all|any|every|really)\b")
# Asked of what has come about, not of a plan ("will it open in 2026?", "are they going to
# build 20?"): the plan's figure answers those.
_ASKED_OF_A_PLAN = re.compile(r"\b(?:will|going to|gonna|plan(?:s|ned)? to|due to|to be)\b")
# Said as still to come: "will be opened", "to be completed", "plans to open".
_TO_COME = r"(?<!will be )(?<!to be )(?<!will )(?<!to )"


def done_unconfirmed(question: str, quote: str) -> bool:
    """`question` asks whether something was done, and `quote` does not say it was."""
    asked = question.lower()
    if _ASKED_OF_A_PLAN.search(asked):
        return False
    quoted = quote.lower()
    outcome_asked = _OUTCOME_ASKED.search(asked) is not None
    for done_asked, said_done, needs_outcome in _DONE_ASKED:
        if needs_outcome and not outcome_asked:
            continue
        if done_asked.search(asked) and not re.search(rf"\b{_TO_COME}(?:{said_done})\b", quoted):
            return True
    return False
