"""What a figure is asked of: the budget, training or funding named, the role of who is counted."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

from sendbot.answering.intent import Intent
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.normalise import STOPWORDS

# What a count is of, when the question says how it came about: "completed" is not
# "registered", and "how many are there" (all of them) is not "how many opened this year".
# Those who did not finish: no count of those who started or registered says how many.
_DROPPED_OUT = re.compile(
    r"\b(?:dropped out|drop out|drop outs?|dropouts?|(?:didnt|did not|didn t|never|not) "
    r"(?:finish|finished|complete|completed)|withdrew|withdrawn|gave up|quit|"
    # "how many councils left the change programme", "pulled out of the pilot" (not "how many
    # places are left": what remains)
    r"(?:left|leaving|leave) (?:the|their|this|that) (?:\w+ ){0,3}?(?:programme|scheme|pilot|"
    r"profession|course|training|workforce|partnership)|(?:pulled|opted) out)\b"
)

ASKED_ROLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("dropped out", _DROPPED_OUT),
    (
        "completed",
        re.compile(
            r"\b(?:completed?|finish(?:ed)?|passed|qualified|graduated|fully trained|trained up|"
            r"(?:have|has) (?:actually |now |already )?(?:done|sat|taken) the (?:training|course|"
            r"qualification|programme)|"
            # "how many got the qualification", "how many are now accredited"
            r"(?:got|gained|achieved|earned|obtained|awarded) (?:the |their |a )?(?:\w+ )?"
            r"(?:qualification|award|certificate|accreditation|npq)|"
            r"(?:are|is) (?:now |actually )?(?:accredited|certified))\b"
        ),
    ),
    (
        # "how many sencos trained", "have been trained": those trained, which a count of those
        # registered for the training does not give (not "will be trained", "to be trained",
        # "being trained", "get trained": those still to be; "got trained" is done; nor a
        # question that asks those signed up or registered "to become SENCO trained")
        "trained",
        re.compile(
            r"^(?!.*\b(?:sign(?:ed|ing)? up|register(?:ed|ing)?|enrol(?:l?ed|ling)?|become)\b)"
            r".*\b(?<!\bbe )(?<!\bbeing )(?<!\bget )(?<!\bgetting )trained\b",
            re.DOTALL,
        ),
    ),
    (
        # "how many inspections have been carried out, not just had reports published": the
        # things done, which a count of reports published or of people registered does not give
        # (not "what has been done to improve ...", which asks no count)
        "carried out",
        re.compile(
            r"\b(?:carried out|(?:have|has) (?:actually |now |already )?been (?:done|held|"
            r"conducted)|took place|taken place)\b"
        ),
    ),
    (
        # "are the 1,500 places actually filled yet": the places taken, not those created
        "filled",
        re.compile(r"\b(?:(?:actually |now |already )?filled|occupied)\b"),
    ),
    (
        # "how many more are scheduled on top of the 23 published": those booked to come (not
        # "how many more are planned", which a count of more approved answers)
        "scheduled",
        re.compile(r"\b(?:scheduled|booked in)\b"),
    ),
    (
        "needed",
        re.compile(
            r"\b(?:(?:are|is|be|were) (?:still )?(?:needed|required)|needed|short of|shortage|"
            r"shortfall|vacancies|vacant posts|(?:do|does|would|will) (?:\w+ ){1,3}?need)\b"
        ),
    ),
    (
        # "how many more areas will be inspected this year", "how many more schools are due to
        # be opened": those still to come, which a count of what has been done does not give
        "to come",
        re.compile(
            r"\bhow many (?:more|further|other) (?:\w+ ){0,5}?(?:will|are going to|are due to|"
            r"are expected to|are set to|are planned to|are meant to|should) (?:be|get) "
            r"(?:\w+ed|\w+en|done|built|set up|run)\b"
        ),
    ),
    (
        "opened",
        re.compile(
            r"\b(?:actually opened|(?:have|has) (?:now |already |actually )?opened|now open|"
            r"opened yet|"
            # "how many have been built so far", "how many are actually up and running" (not
            # "how many have been completed", which a count of modules completed answers)
            r"(?:have|has) (?:now |already |actually )?been built|(?:actually|already) built|"
            r"up and running)\b"
        ),
    ),
    (
        # "how many children are waiting for a special school place", "how many are on the
        # waiting list": those still waiting, which a count of those placed does not give (not
        # "projects waiting to open", which are those in the pipeline)
        "waiting",
        re.compile(r"\b(?:waiting (?:for|on)|still waiting|on (?:a |the )?waiting lists?)\b"),
    ),
    (
        # "how many special free schools are open right now": those open, a stock (not "open
        # to", whom it is for)
        "open now",
        re.compile(
            r"\bhow many (?:\w+ ){1,5}?(?:are|is) (?:now |currently |actually |still |already )?"
            r"open\b(?! (?:to|for)\b)"
        ),
    ),
    (
        "total",
        re.compile(
            r"\bhow many (?:\w+ ){1,4}?(?:are there|is there|are in england|exist|are currently)\b|"
            r"\b(?:in total|altogether|all together|overall|total number|does england have)\b"
        ),
    ),
)

# Words that say the count is of something new, not a total stock.
FLOW_WORDS = re.compile(
    r"\b(?:new|more|extra|additional|opened|open|approved|trained|train|registered|launched|"
    r"created|creates?|since|this year|so far|completed|undertaken|reached|published|further|"
    r"taken|done|had|received|attended|joined|signed up|benefited|did|been on|gone on)\b"
)

# "the 15 schools and the AP school, how many places is that in total": the sum of what the
# message names ("that", "those"), not the whole stock there is. Not when the message tells
# two figures or more ("the 5000 plus the 100,000, how many is that in total"): their sum,
# which no fact gives, is asked.
# So too when the things named are what "give" them: "the special schools plus the AP school
# give how many places in total", "... add up to how many places altogether".
_THAT_IN_TOTAL = re.compile(
    r"\bhow many (?:\w+ ){1,4}?(?:is|are) (?:that|those|these)\b|"
    r"\b(?:give|gives|make|makes|add up to|adds up to|come to|comes to|provide|provides) "
    r"how many\b"
)
_FIGURE = re.compile(r"\d[\d,.]*")


def sums_what_is_named(message: str, asking: str) -> bool:
    """The "in total" of `asking` sums what `message` names (see `_THAT_IN_TOTAL`)."""
    return _THAT_IN_TOTAL.search(asking) is not None and len(_FIGURE.findall(message)) < 2


# Words saying the open ones asked about are the newly opened, not all open now.
_NEWLY_OPEN = re.compile(
    r"\b(?:new|newly|extra|additional|recently|since|this (?:academic |school )?year|"
    r"(?:last|past) year)\b"
)

_KIND_HEADS = frozenset({"training", "budget", "funding"})
# ... and, of a figure asked for, the plural: "what % did special schools budgets go up" asks
# special schools' (not "are SEND costs hurting council budgets", which asks no sum).
_FIGURE_KIND_HEADS = _KIND_HEADS | {"budgets"}

_IS_DOING = re.compile(r"\b(?:is|are|was|were|be|been) (?:the )?\w+$")

# Words before "budget" that say how much of it, not which one: "the total SEND budget".
_NOT_KINDS = frozenset(
    """total overall whole entire actual current annual yearly new extra full latest newest recent
    additional more further nationally headline topline""".split()
)

# Verbs saying who runs or gives it, before what is run: "does nasen run SEND training" asks
# about SEND training, of no kind called "run SEND".
_PROVIDING = frozenset(
    """run runs running ran offer offers offered offering provide provides provided providing
    deliver delivers delivered delivering give gives gave giving receive receives received
    get gets getting got""".split()
)

# "is the government funding", "are they funding": a verb when its doer is named ("is
# government funding ringfenced" asks about the funding).
_IS_FUNDING = re.compile(
    r"\b(?:is|are|was|were|be|been) "
    r"(?:the (?:government|department|dfe|councils?|la|schools?)|they|we|ministers)$"
)


def _done(raw_words: Sequence[str], at: int, word: str) -> bool:
    """Whether a word that may name a kind of training or funding is the verb there."""
    if word != "training" and word != "funding":
        return False  # asked of every word of a question: the words before are read only here
    before = " ".join(raw_words[max(0, at - 3) : at])
    if word == "training":
        return bool(_IS_DOING.search(before))
    return word == "funding" and bool(_IS_FUNDING.search(before))


# "pay/funding", "staff/training": the word before the slash is another thing asked about
# beside the funding or training, not a kind of it ("who decides what EP pay/funding is
# affordable" asks of EP pay or EP funding).
_OR_HEAD = re.compile(r"\b([a-z]+)\s*/\s*(?:training|budget|funding)\b")


def alternatives(text: str) -> frozenset[str]:
    """The words joined to a kind's head by a slash, folded as the question's words are."""
    if "/" not in text:
        return frozenset()  # most questions
    return frozenset(found[1] for found in _OR_HEAD.finditer(text.lower()))


def kinds(
    raw_words: Sequence[str],
    written: dict[str, str],
    slashed: frozenset[str] = frozenset(),
    figure_asked: bool = False,
) -> tuple[tuple[str, str], ...]:
    """What names the budget, training, funding or spending asked about, each as (its words,
    as the reply says it): every word of them must be in the fact. Words in `slashed` (see
    `alternatives`) name no kind; `figure_asked`: a count, sum or percentage is asked for."""
    heads = _FIGURE_KIND_HEADS if figure_asked else _KIND_HEADS
    return (
        *_kinds_by_head(raw_words, written, slashed, heads),
        *_valued(raw_words, written),
        *_spent_on(raw_words, written),
        *_joined(raw_words, written),
    )


def _kinds_by_head(
    raw_words: Sequence[str],
    written: dict[str, str],
    slashed: frozenset[str],
    heads: frozenset[str],
) -> list[tuple[str, str]]:
    """("send", "SEND training"), and for "core schools budget" both "core" and "schools":
    the words before "budget", "training" or "funding" (or another of `heads`); and after
    "budget for"."""
    if heads.isdisjoint(raw_words):
        return []  # no budget, training or funding named: most questions
    kinds: list[tuple[str, str]] = []
    doing = {at for at, word in enumerate(raw_words) if _done(raw_words, at, word)}
    for at, word in enumerate(raw_words):
        if word not in heads or at in doing:
            continue  # "is the government training": a verb, and who does it
        if at and raw_words[at - 1] in slashed:
            continue  # "EP pay/funding": pay or funding of EPs, not "EP pay" funding
        # "special schools' own budgets": whose they are is said before "own".
        end = at - 1 if at and raw_words[at - 1] == "own" else at
        start = end
        # "the government funding training for": what is funded, not a kind of training.
        while (
            start > max(0, end - 2)
            and raw_words[start - 1] not in STOPWORDS | _NOT_KINDS | _PROVIDING
            and start - 1 not in doing
            # "the feb 2023 funding answer": a date says which answer or when, not a kind
            and not _a_date_word(raw_words[start - 1])
            # "are SEND costs hurting council budgets": a verb, not a kind of budget
            and not (word == "budgets" and raw_words[start - 1].endswith("ing"))
        ):
            start -= 1
        # "the spring budget" is a fiscal event, not a budget of its own; and the words before
        # its name say something else ("the 15 spring budget schools").
        if word == "budget" and at and raw_words[at - 1] in _EVENTS:
            start = at
        named = [
            said for said in raw_words[start:end] if not (word == "budget" and said in _EVENTS)
        ]
        if named:
            phrase = as_written(raw_words[start : at + 1], written)
            kinds.append((" ".join(named), phrase))
        if word == "budget" and not named:
            # "the dfe's total budget": whose budget, said before "total"
            owner = _owner_of(raw_words, at)
            if owner:
                kinds.append((owner, f"{as_written([owner], written)} budget"))
        whose = _named_after(raw_words, at, "for") if word == "budget" else []
        if whose:
            # "the total budget for the NPQ SENCO": whose budget, said after it
            kinds.append((" ".join(whose), f"the {as_written(whose, written)} budget"))
    return kinds


_WHOLE = frozenset({"total", "overall", "whole", "entire"})
_YEAR_WORD = re.compile(r"(?:19|20)\d\d(?:_\d\d)?")


def _a_date_word(word: str) -> bool:
    """A month ("feb", "february") or a year ("2023", "2023_24")."""
    return word in MONTH_WORDS or bool(_YEAR_WORD.fullmatch(word))


def _owner_of(raw_words: Sequence[str], at: int) -> str | None:
    """Whose budget, named before "total" and the like: "dfe" of "the dfe's total budget"
    (read "the dfe total budget")."""
    back = at - 1
    while back >= 0 and raw_words[back] in _WHOLE:
        back -= 1
    if back == at - 1 or back < 0:
        return None  # nothing like "total" before it: the words before name the kind
    if raw_words[back] == "s" and back > 0:
        back -= 1
    owner = raw_words[back]
    return None if owner in STOPWORDS or owner in _NOT_KINDS or owner.isdigit() else owner


def _valued(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """Each word naming what is valued: "how much is the PINS expansion worth"."""
    valued = _VALUED.search(" ".join(raw_words))
    if valued is None:
        return []
    thing = (valued["thing"] or valued["of"]).split()
    named = [
        word
        for word in thing
        if word not in STOPWORDS | _NOT_KINDS | _TOPIC_OF_EVERY_ANSWER
        and not any(char.isdigit() for char in word)
    ]
    return [(" ".join(named), f"the {as_written(thing, written)}")] if named else []


def _spent_on(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """What the money is spent on: "how much is being spent on the PINS evaluation"."""
    kinds: list[tuple[str, str]] = []
    for at, word in enumerate(raw_words):
        if word not in _SPENDING:
            continue
        # "spending in total on the NPQ", "spent overall on": what it is spent on, after
        # the words saying it is the whole
        if raw_words[at + 1 : at + 3] == ("in", "total"):
            at += 2
        elif raw_words[at + 1 : at + 2] in (("overall",), ("altogether",)):
            at += 1
        named = _named_after(raw_words, at, "on")
        if named:
            kinds.append((" ".join(named), f"what is spent on {as_written(named, written)}"))
    return kinds


def _joined(raw_words: Sequence[str], written: dict[str, str]) -> list[tuple[str, str]]:
    """The course or scheme people joined, in a count of them: "how many SENCOs have enrolled
    on the new NPQ" counts those on the NPQ, which a count of another course does not give."""
    if _JOINING.isdisjoint(raw_words):
        return []  # most questions
    for at, word in enumerate(raw_words):
        if word not in _JOINING or raw_words[at + 1 : at + 2] not in _JOINED_BY:
            continue
        rest = list(raw_words[at + 2 : at + 4 + _NAMED_AFTER])
        while rest and rest[0] in _ARTICLES | _NOT_KINDS:
            rest.pop(0)  # "the new NPQ": the NPQ
        named: list[str] = []
        for following in rest[:_NAMED_AFTER]:
            if following in STOPWORDS | _NOT_KINDS | _WHEN_WORDS or following.isdigit():
                break
            named.append(following)
        if named:
            return [(" ".join(named), f"the {as_written(named, written)}")]
    return []


_JOINING = frozenset("enrolled enrol enrols enrolling".split())

_JOINED_BY = (("on",), ("onto",), ("in",), ("for",))

_ARTICLES = frozenset({"the", "a", "an"})


def as_written(said: Iterable[str], written: Mapping[str, str]) -> str:
    """Folded words as the asker wrote them: "SEND training", not "send training"."""
    return " ".join(written.get(word, word) for word in said)


_SPENDING = frozenset({"spend", "spends", "spending", "spent"})

# The Chancellor's fiscal events, named by their season: "the Spring Budget".
_EVENTS = frozenset({"spring", "autumn", "summer", "emergency"})

# Words that say what every written answer here is about ("the SEND change programme"): no
# fact need repeat them to be about the thing named.
_TOPIC_OF_EVERY_ANSWER = frozenset("send sen dfe government department england national".split())

# "how much is the PINS evaluation contract worth", "how much did the evaluation cost", "how
# much is the evaluation costing": the thing whose value is asked, named between the verb and
# "worth" or "cost"; or after "the cost of", "the value of" ("what's the value of the PINS
# evaluation contract").
# ("what does the change programme evaluation cost" asks it as "how much" does)
_VALUED = re.compile(
    r"^(?:how much|what) (?:is|was|does|did|will|would) (?:the )?(?P<thing>(?:\w+ ){1,5}?)"
    r"(?:worth|cost|costing|going to cost)$|"
    r"^(?:(?:what|whats) (?:(?:is|was|s) )?)?(?:the )?(?:total )?(?:cost|value) of "
    r"(?:the )?(?P<of>(?:\w+ ){0,4}\w+)$"
)

# Words saying when, not on what: "spending on high needs next year".
_WHEN_WORDS = frozenset("next last this year years now currently annually each per".split())

_NAMED_AFTER = 3  # "the budget for the NPQ SENCO": the words naming whose it is, at most


def _named_after(raw_words: Sequence[str], at: int, preposition: str) -> list[str]:
    """The words after "budget for (the)" or "spent on (the)" naming what the money is for,
    up to a stopword or a number ("the budget for PINS in 2024/25" -> ["pins"])."""
    rest = list(raw_words[at + 1 : at + 3 + _NAMED_AFTER])
    if not rest or rest[0] != preposition:
        return []
    rest = rest[2:] if len(rest) > 1 and rest[1] in ("the", "a", "an") else rest[1:]
    while rest and rest[0] in _NOT_KINDS:
        rest.pop(0)  # "spent on the new NPQ": on the NPQ
    named: list[str] = []
    for word in rest[:_NAMED_AFTER]:
        if word in STOPWORDS | _NOT_KINDS | _WHEN_WORDS or any(char.isdigit() for char in word):
            break
        named.append(word)
    return named


# The roles a yes/no question asks of a count: "have all 5000 finished the training yet".
_CHECKED_ROLES = frozenset({"completed", "trained", "dropped out", "filled"})


# A question's asking clauses are most often the whole of it, read for a role both ways.
@lru_cache(maxsize=16)
def role(text: str, intent: Intent, checking: bool = False) -> str | None:
    checked = checking and intent is Intent.OTHER
    if intent is not Intent.COUNT and not checked:
        return None
    for role, pattern in ASKED_ROLES:
        if checked and role not in _CHECKED_ROLES:
            continue
        if pattern.search(text):
            if role == "total" and FLOW_WORDS.search(text):
                return None
            if role == "open now" and _NEWLY_OPEN.search(text):
                return None  # "how many new special schools are open this year": those opened
            return role
    return None
