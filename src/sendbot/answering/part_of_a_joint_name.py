"""A sum asked for one part of a pair that a plan's name joins: "how much money is there for
AP?" of "the SEND and AP Improvement Plan is backed by over £10.5 billion". Pure.

The sum backs the whole plan (it is the high needs budget, for SEND and AP alike); the part
asked (alternative provision) is named only as half of the plan's name, so no figure of its own
is given, and the reply says so with the related fact. A question naming the other half too
("money for SEND and AP") or only it ("how much is going into SEND") asks the sum the fact
gives; so does one naming the part anywhere else in the fact ("£X for AP free schools").
"""

from __future__ import annotations

import re

from sendbot.answering.expansions import expansion
from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.intent import Intent
from sendbot.answering.lacking import SOURCE, the_figure
from sendbot.answering.question import Question

# Two parts joined in the name of a plan or programme: "send and ap improvement plan". (Not
# "education, health and care plan", whose parts are no acronyms the text spells out.)
_JOINT_NAME = re.compile(
    r"\b([a-z]{2,5}) and ([a-z]{2,5}) (?:improvement |reform |action )?"
    r"(?:plan|programme|strategy|review)\b"
)
# Words saying money is what is asked: "how much money for AP", "the total AP budget".
_MONEY_WORDS = frozenset(
    "money budget budgets funding funds fund cash spend spending spent investment pounds".split()
)
# The part every written answer is about: a sum joined to it is SEND money, whatever else the
# name joins ("how much is going into SEND?" is answered by the SEND and AP plan's sum).
# (missing.EVERY_ANSWERS_TOPIC, which imports this module)
_EVERY_ANSWERS_TOPIC = frozenset({"send", "sen"})


def asks_a_sum(question: Question) -> bool:
    """A sum of money is asked: "how much money is there for AP?", "whats the total AP
    budget". What `sum_of_a_joint_part` weighs, of any fact."""
    if question.intent is Intent.AMOUNT:
        return True
    return question.intent is Intent.OTHER and not _MONEY_WORDS.isdisjoint(question.words)


def sum_of_a_joint_part(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the fact's sum is of the whole plan, not the part asked; None when
    the fact gives no sum, joins no parts in a name, or the question names both parts, neither,
    or a part the fact names elsewhere too."""
    if not asks_a_sum(question) or not fact.gives_money:
        return None
    for joined in _JOINT_NAME.finditer(fact.text):
        first, second = joined[1], joined[2]
        names = {part: _names_of(part, fact.text) for part in (first, second)}
        asked = [part for part in (first, second) if _said(names[part], question.text)]
        if len(asked) != 1:
            continue  # both halves (the whole) or neither (another question)
        part = asked[0]
        if part in _EVERY_ANSWERS_TOPIC:
            continue
        if _named_apart(names[part], fact.text):
            continue  # the fact names the part on its own too: its sum may be the part's
        said = next(name for name in names[part] if _said((name,), question.text))
        separate = _as_written(said, question)
        return f"{SOURCE} gives {the_figure(fact)}, not a separate figure for {separate}."
    return None


def _names_of(acronym: str, text: str) -> tuple[str, ...]:
    """The acronym and the words the text spells it out with: "ap" and "alternative
    provision" of "... alternative provision ap improvement plan"."""
    said = text.split()
    names = [acronym]
    for end, word in enumerate(said):
        if word != acronym:
            continue
        spelt = expansion(said[:end], acronym.upper())
        if spelt and spelt not in names:
            names.append(spelt)
    return tuple(names)


def _said(names: tuple[str, ...], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(name)}\b", text) for name in names)


def _named_apart(names: tuple[str, ...], text: str) -> bool:
    """The text names the part other than in a joint name or in spelling itself out: "ap
    free schools" beside "the send and ap improvement plan"."""
    acronym, spelt_out = names[0], names[1:]
    for spelt in spelt_out:
        # "alternative provision ap": the part spelt out, then its acronym
        text = re.sub(rf"\b{re.escape(spelt)} {re.escape(acronym)}\b", " ", text)
    return _said(names, _JOINT_NAME.sub(" ", text))


def _as_written(name: str, question: Question) -> str:
    """The part as the asker wrote it: "AP", not "ap"."""
    return " ".join(question.written.get(word, word) for word in name.split())
