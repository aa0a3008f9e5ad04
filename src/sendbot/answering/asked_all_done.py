"""Questions asking whether something is done for every one or all of it ("has every local area
been inspected yet?", "have all the 400 EPs been trained now?", "has all the £1bn been spent?"),
of a fact that says how far it had got or what is planned ("has introduced a strengthened
inspection regime", "to train 400 more"): only a fact saying all, every or each answers, so the
reply says the written answer does not say whether all of it is done. Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.fact_profile import FactProfile
from sendbot.answering.lacking import SOURCE
from sendbot.answering.question import Question

# What may follow who or what is asked about: a state reached ("been inspected", "had their
# inspection", "opened", "in PINS"), not a quality ("are all the schools full").
_DONE = r"(?:been|had|got|gotten|get|done|gone|in|on|part|signed|joined|taken|\w+ed|\w+en)\b"
# "has every local area been inspected", "have all the 400 EPs been trained", "is every
# primary school in PINS now", "did all 76 approved schools get built" (a yes-or-no question,
# maybe after "so" or "but"); a sum's decimal point is one of its words ("all the pounds 2.6
# billion")
_EVERY_ONE = re.compile(
    r"^(?:(?:so|but|and|ok|okay|also) )?(?P<aux>has|have|is|are|did|were)"
    r" (?P<who>(?:every|all|each) (?:of )?(?:[\w.]+ ){0,8}?)(?P<done>" + _DONE + r".*)$"
)
# "have the 76 schools all opened", "have they all been trained": "all" after who it is
_ALL_OF_THEM = re.compile(
    r"^(?:(?:so|but|and|ok|okay|also) )?(?P<aux>has|have|are)"
    r" (?P<who>(?:the|they|these|those) (?:[\w.]+ ){0,8}?)all (?P<done>" + _DONE + r".*)$"
)
# "has pins been fully rolled out in all 1680 schools", "is the programme up and running in
# every area now": whether it is under way everywhere, the "all" after where it runs
_IN_ALL = re.compile(
    r"^(?:(?:so|but|and|ok|okay|also) )?(?P<aux>has|have|is|are)"
    r" (?P<who>(?:[\w.]+ ){1,6}?)(?P<done>(?:been )?(?:fully |properly |actually |now )?"
    r"(?:rolled out|up and running|running|live|implemented|in place|operating|underway|"
    r"under way) (?:in|at|across|to) (?:all|every|each)\b.*)$"
)
# ... asked in chat without its "has": "every local area inspected by now?", "all 76 schools
# opened yet?" (only with a word asking how far it has got at its end, so that "all the
# schools approved in 2023" names them); said back with "has been" or "have been"
_NO_VERB = re.compile(
    r"^(?:(?:so|but|and|ok|okay|also) )?(?P<aux>)(?P<who>(?:every|all|each) (?:of )?"
    r"(?:[\w.]+ ){0,8}?)(?P<done>\w+ed(?: [\w.]+){0,8}? (?:yet|now|already|so far))$"
)
# Where the asking stops: "yet", "now", a second question ("is that all done", "or ...").
# ("... get built our one was approved years ago": the asker's own story after it)
_STOPS = frozenset("yet now already so far or is are and because cos lol then our my we i".split())
# A fact that speaks of all of them may answer (of every council: "supported all local
# authorities"), whatever it says was done.
# A sum as the normaliser folds it ("pounds 1 billion"), said back as written ("£1 billion").
_A_SUM = re.compile(r"\bpounds (\d[\d.,]*)(?: (million|billion))?\b")
_SAYS_ALL = re.compile(r"\b(?:all|every|each|everywhere|nationwide)\b")


# Events a promise is read for (promised_only): "have the 76 schools all opened", of their
# approval, is told what was promised and when.
_OF_A_PROMISE = frozenset(
    "opened open published released launched started begun announced out".split()
)


def _upto_stop(words: list[str]) -> list[str]:
    kept: list[str] = []
    for word in words:
        if word in _STOPS:
            break
        kept.append(word)
    return kept


# Words that open what was done whatever comes before them: "have all 76 approved schools been
# built" is split before "been", not before "approved" (a word in "-ed" that names the schools).
_OPENS_DONE = frozenset("been had got gotten get done gone".split())


def _at_the_verb(who: list[str], done: list[str]) -> tuple[list[str], list[str]]:
    """Who is asked about and what was done to them, split at the first word that can only
    open what was done when one follows the first split."""
    opens = next((at for at, word in enumerate(done) if word in _OPENS_DONE), 0)
    if opens == 0 or any(word in _STOPS for word in done[:opens]):
        return who, done  # "been" first, or only in a second asking ("... or have they been")
    return [*who, *done[:opens]], done[opens:]


def _all_done_asked(text: str) -> re.Match[str] | None:
    """ "have all the 76 schools opened", "has every council had an inspection": who is asked
    of, the verb and what is done; None when the question does not ask it."""
    if "all" not in text and "every" not in text and "each" not in text:
        return None  # most questions
    return (
        _EVERY_ONE.match(text)
        or _ALL_OF_THEM.match(text)
        or _IN_ALL.match(text)
        or _NO_VERB.match(text)
    )


def asks_whether_all_are_done(question: Question) -> bool:
    """Whether the question asks if every one, or all of it, is done: what every_one_done
    weighs, of any fact."""
    return _all_done_asked(question.text) is not None


def every_one_done(question: Question, fact: FactProfile) -> str | None:
    """The sentence saying the written answer does not say whether every one asked of is done;
    None when the question does not ask so or the fact speaks of all of them."""
    found = _all_done_asked(question.text)
    if found is None or _SAYS_ALL.search(fact.text):
        return None
    who, done = _at_the_verb(found["who"].split(), found["done"].split())
    if found.re is _IN_ALL:
        # "up and running in all 1680 schools now": the asking stops after where, not at the
        # "and" or "now" of the state itself
        where = next(at for at, word in enumerate(done) if word in ("all", "every", "each"))
        done = [*done[: where + 1], *_upto_stop(done[where + 1 :])]
    else:
        done = _upto_stop(done)
    if not done or (found.re is not _IN_ALL and not _OF_A_PROMISE.isdisjoint(done)):
        return None  # (the "out" of "rolled out in all" is no promised release)
    aux = found["aux"]
    if found.re is _NO_VERB:
        # "every local area inspected under the new regime by now": "by" asks no time of its own
        done = done[:-1] if done[-1:] == ["by"] else done
        aux = "have been" if who[0] == "all" else "has been"
    if found.re is _ALL_OF_THEM:
        done = ["all", *done]  # "whether the 76 schools have all opened"
    if aux == "did" and done[0] == "get":
        aux, done = "", ["got", *done[1:]]  # "whether every council got an inspection"
    said = " ".join(question.written.get(word, word) for word in [*who, aux, *done] if word)
    said = _A_SUM.sub(lambda sum_: f"£{sum_[1]}" + (f" {sum_[2]}" if sum_[2] else ""), said)
    return f"{SOURCE} doesn't say whether {said}."
