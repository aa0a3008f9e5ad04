"""A written answer named by its date: "according to the feb 2024 answer", "what does the
June 2023 reply say", "what did the DfE say in 2023". The question asks what that answer
gives, so a fact of another answer on the same topic is no answer to it
(`asked_measure.within_named_answer` finds that answer's closest fact). Pure.
"""

from __future__ import annotations

import re

from sendbot.answering.answer_parts import DOMAIN_WORDS, asks_what_was_asked
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.intent import WHEN_ASKED
from sendbot.answering.named_month import MONTH_WORDS
from sendbot.answering.normalise import STOPWORDS
from sendbot.answering.question import Question, analyse
from sendbot.answering.word_start import at_word_starts
from sendbot.knowledge.model import Source

_MONTH = "|".join(sorted(MONTH_WORDS, key=len, reverse=True))
# A day of the month, as people write it with its month: "9", "9th", "16".
_DAY = r"(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
# "2023", "june 2023", and with its day "9 june 2025" or "june 9th 2025".
_WHEN = rf"(?:(?:{_DAY} )?(?:{_MONTH}) (?:{_DAY} )?)?(?:19|20)\d{{2}}"
# "the june 2025 lords answer", "the house of lords question in june 2025": a House named
# before it (a question is named so only with its House).
_HOUSE_NAMED = r"(?:house of )?(?:lords|commons)"
_HOUSE = rf"(?:{_HOUSE_NAMED} )"
_ANSWER = (
    r"(?:(?:written |parliamentary )?(?:answer|reply|response|pq|update|statement)s?"
    rf"|{_HOUSE}(?:written )?(?:answer|reply|response|pq|question)s?)"
)
# Saying, and owning to something as said: "did the govt admit in 2023 that demand had grown"
# names the 2023 answer as "did the govt say in 2023" does.
_SAID = (
    r"(?:say|said|says|reply|replied|respond|responded|answer|answered|told|tell|"
    r"admit|admits|admitted|acknowledge|acknowledges|acknowledged|accept|accepts|accepted|"
    r"concede|concedes|conceded|confirm|confirms|confirmed)"
)
_YEAR = re.compile(r"(?:19|20)\d{2}")
# "the feb 2024 answer", "its June 2023 reply", "the 2023 high needs answer", and with its
# month "..., dec 2023 answer"; "the answer from March 2024", "the reply given in 2023";
# "what did the DfE say in 2023", "said back in March 2024".
# "how did the department say it was responding to demand back in 2023": what was said, then
# when ("back in" says a time gone by: the answer's, not a period its figure is for).
_SAID_BACK_THEN = rf"\b{_SAID} (?:\w+ ){{1,12}}?back in {_WHEN}\b"
# "how did they describe demand for places in june 2023": how something was put, then, closing
# the question, a month: the month it was said, not a period of a figure (periods are years; a
# month after another verb, "launched in september 2023", is when a thing happened). So too
# what was said: "what did they say about dsg deficits in june 2025".
_PUT = rf"(?:(?:describ|characteris|characteriz)(?:e|ed|es)|{_SAID})"
_PUT_IN_A_MONTH = rf"\b{_PUT} (?:\w+ ){{1,12}}?in (?:{_MONTH}) (?:19|20)\d{{2}}$"
# Up to three words of its topic between its date and "answer": "the 2023 high needs answer"
# (not "the 2023 autumn statement", a Budget's own name).
_ITS_TOPIC = r"(?:[a-z]+ ){1,3}?(?:answer|reply|response|pq)s?"
DATED_ANSWER = at_word_starts(
    rf"\b(?:the|its|their|a|that|this) (?:{_WHEN}) (?:{_ANSWER}|{_ITS_TOPIC})\b"
    rf"|\b(?:{_MONTH}) (?:19|20)\d{{2}} {_ANSWER}\b"
    rf"|\b{_ANSWER} (?:from|in|of|dated|given in|on) (?:the )?{_WHEN}\b"
    rf"|\b{_SAID} (?:back )?in {_WHEN}\b"
    rf"|{_SAID_BACK_THEN}"
    rf"|{_PUT_IN_A_MONTH}",
    letters="acdfhijlmnoprstuw",
)


# "which report was the house of lords question in june 2025 about?", "when was the june 2023
# answer given?": the named answer or question itself is what is asked about, not what it said.
_THE_ANSWER_ITSELF = re.compile(
    rf"\b(?:was|is|were) (?:the|this|that|its|their) (?:(?:{_WHEN}|{_HOUSE_NAMED}) )*"
    r"(?:written )?(?:question|answer|reply|response|pq)s?\b(?! (?:say|said|says|mention))"
)


def asks_of_the_answer_itself(question: Question) -> bool:
    """The question asks what a written answer or its question is (its topic, its date), not
    what it gives. "What did the lords question on pins want to know?" asks the question's
    own wording, which its record gives, not what the answer said."""
    if _THE_ANSWER_ITSELF.search(" ".join(question.words)) is not None:
        return True
    return asks_what_was_asked(question.text.lower())


def dated_sources(index: FactIndex, question: Question) -> frozenset[str]:
    """The written answers the question names by the month or year they were given; empty
    when it names none (or names a date no answer was given on)."""
    found = DATED_ANSWER.search(" ".join(question.words))
    if found is None:
        return frozenset()
    if _PUT_IN_THE_MONTH.fullmatch(found.group(0)) and _names_a_minister(index, question):
        # "how did mckinnell describe the ittecf in june 2025": named by the minister, whose
        # answers of that month `minister_named` reads the month against.
        return frozenset()
    said = found.group(0).split()
    year = int(next(word for word in said if _YEAR.fullmatch(word)))
    month = next((MONTH_WORDS[word] for word in said if word in MONTH_WORDS), None)
    house = next((word for word in said if word in _HOUSES), None)
    dated = [
        source
        for source in index.kb.sources
        if source.answered.year == year
        and (month is None or source.answered.month == month)
        and (house is None or _in_house(source, house))
    ]
    dated = _on_the_day(dated, said) if month is not None else dated
    narrowed = _titled(index, dated, said) or dated
    return frozenset(source.id for source in _by_minister(narrowed, question) or narrowed)


_DAY_WORD = re.compile(_DAY)


def _on_the_day(dated: list[Source], said: list[str]) -> list[Source]:
    """Of the answers given in the month named, the one given on the day named with it ("the
    9 june 2025 answer": not the IFS answer of 16 June 2025, given that month too); all of
    them when no day is named, or none was given on it (a day misremembered still names the
    month's answers)."""
    day = next((int(word.rstrip("stndrh")) for word in said if _DAY_WORD.fullmatch(word)), None)
    on_it = [source for source in dated if source.answered.day == day]
    return on_it or dated


def names_one_dated_answer(question: Question) -> bool:
    """The question names one written answer by its date, and no other ("the sept 2023 answer
    said +440m; what did the lords answer in 2025 give" names two)."""
    return len(DATED_ANSWER.findall(" ".join(question.words))) == 1


# Words of a minister's name that do not tell one minister from another.
_NAME_TITLES = frozenset({"baroness", "lord", "lady", "dame", "sir", "of", "the"})


def _names_a_minister(index: FactIndex, question: Question) -> bool:
    """The question names a minister who gave one of the answers, by a word of their name."""
    words = set(question.words)
    return any(
        words & (set(source.answered_by.name.lower().split()) - _NAME_TITLES)
        for source in index.kb.sources
    )


def _by_minister(dated: list[Source], question: Question) -> list[Source]:
    """Of several answers given in the month or year named, those by the minister the question
    names ("what did McKinnell say in june 2025": not the IFS answer by Baroness Smith, given
    that month too); none when it names none of their ministers."""
    if len(dated) < 2:
        return []
    words = set(question.words)
    return [
        source
        for source in dated
        if words & (set(source.answered_by.name.lower().split()) - _NAME_TITLES)
    ]


# The words of a dated answer's name that are not its topic: "the june 2025 neurodiversity
# answer" names its topic with "neurodiversity" alone.
_NAMING = frozenset(
    "the its their a that this written parliamentary answer answers reply replies response "
    "responses pq pqs update updates statement statements house of lords commons question "
    "questions".split()
)


def _titled(index: FactIndex, dated: list[Source], said: list[str]) -> list[Source]:
    """Of several answers given in the month or year named, those whose title names the topic
    the name gives between its date and "answer" ("the june 2025 neurodiversity answer": not
    the IFS one, given that month too); none when no topic is named or no title names it."""
    if len(dated) < 2:
        return []
    topic = {
        term
        for word in said
        if word not in _NAMING
        and word not in DOMAIN_WORDS  # "the june 2025 send answer" names no one answer
        and word not in MONTH_WORDS
        and not _YEAR.fullmatch(word)
        for term in index.normaliser.terms(word)
    }
    if not topic:
        return []
    return [source for source in dated if topic & set(index.normaliser.terms(source.title))]


_HOUSES = frozenset({"lords", "commons"})
# A written question in the Lords is put to "His Majesty's Government"; in the Commons, to a
# Secretary of State or minister.
_TO_THE_LORDS = re.compile(r"^to ask (?:his|her) majesty'?s government\b", re.IGNORECASE)


def _in_house(source: Source, house: str) -> bool:
    """Whether the written question was put in that House, by how it asks ("to ask His
    Majesty's Government" in the Lords); a source not saying its question is in either."""
    if not source.question:
        return True
    in_lords = put_in_the_lords(source)
    return in_lords if house == "lords" else not in_lords


def put_in_the_lords(source: Source) -> bool:
    """The written question is in the Lords' form ("To ask His Majesty's Government ...")."""
    return _TO_THE_LORDS.match((source.question or "").strip()) is not None


# A check of what an answer named by its date said: "did the june 2023 answer say ...",
# "does the feb 2024 reply mention", "did the answer from march 2024 say".
_NAMED = (
    rf"(?:the|its|their|that|this) (?:{_WHEN} (?:{_ANSWER}|{_ITS_TOPIC})|{_ANSWER} from {_WHEN})"
)
_CHECKS_SAID = re.compile(
    rf"^(?:did|does|do|has|have) (?P<named>{_NAMED}) (?:\w+ )?(?:say|said|says|mention|mentions)\b"
)


def checks_what_it_said(question: Question) -> bool:
    """ "Did the june 2023 answer say demand is going up?": whether an answer named by its date
    says something; what it says is the topic, not the answer's date or who gave it."""
    return _CHECKS_SAID.match(" ".join(question.words)) is not None


def as_it(question: Question) -> Question:
    """Such a check with the answer it names called "it": "did the june 2023 answer say
    demand is going up?" -> "did it say demand is going up?". The date names the answer; no
    fact of it need give that year."""
    text = " ".join(question.words)
    found = _CHECKS_SAID.match(text)
    if found is None:
        return question
    return analyse(f"{text[: found.start('named')]}it{text[found.end('named') :]}")


# "said in 2023": the year says when it was said.
_SAID_IN = re.compile(rf"\b({_SAID}) (?:back )?in {_WHEN}\b")


def without_the_date(question: Question) -> Question:
    """The question without the year saying when the answer was given: "what did the minister
    say in 2023" names which answer, it asks for no figure for 2023, so a fact of that answer
    is not ruled out for lacking one. So too, in a question asking when, the date naming an
    answer: "in the february 2024 written answer, when was PINS announced" asks when PINS was
    announced, which a fact dated November 2023 gives, so "the feb 2024 answer" is read "the
    answer". (Asking anything else, "the feb 2024 answer" stays as it is.)"""
    text = " ".join(question.words)
    said = _SAID_IN.sub(r"\1", text)
    said = _BACK_THEN.sub("", said) if _SAID_BACK.search(said) else said
    said = _IN_THE_MONTH.sub("", said) if _PUT_IN_THE_MONTH.search(said) else said
    if question.intent in WHEN_ASKED:
        said = _DATE_NAMING.sub(r"\1\2", said)
    return question if said == text else analyse(said)


# "the feb 2024 answer": the date is the answer's name only. ("The house of lords answer from
# june 2025" keeps its date: dropped, that question was no longer answered, see
# tests/answering/test_named_answer.py.)
_DATE_NAMING = re.compile(rf"\b((?:the|its|their|a|that|this) )(?:{_WHEN}) ({_ANSWER})\b")


_SAID_BACK = re.compile(_SAID_BACK_THEN)
_BACK_THEN = re.compile(rf" back in {_WHEN}\b")
_PUT_IN_THE_MONTH = re.compile(_PUT_IN_A_MONTH)
_IN_THE_MONTH = re.compile(rf" in (?:{_MONTH}) (?:19|20)\d{{2}}$")


# An answer named by its date as a noun phrase: "the sept 2023 answer", "the 9 june 2025 answer",
# "the december 2023 change programme answer", "feb 2024 reply", "the answer from march 2024";
# with the words pointing at it ("per", "according to"). ("What did the dfe say in 2023" names
# it by a verb: `without_the_date` drops that date.)
_DAY = r"(?:\d{1,2}(?:st|nd|rd|th)? )?"
_POINTED_AT = r"(?P<pointing>(?:as )?per |according to )?"
_NAMED_AS_A_THING = re.compile(
    rf"\b{_POINTED_AT}(?:"
    rf"(?:(?:the|its|their|a|that|this) )?{_DAY}(?:{_WHEN}) (?:{_ANSWER}|{_ITS_TOPIC})"
    rf"|(?:the |an? )?{_ANSWER} (?:from|in|of|dated|given in|on) (?:the )?{_WHEN})\b",
)


def called_it(question: Question) -> Question:
    """The question with the one answer it names by its date called "it": "how much is high
    needs going up by in the sept 2023 answer?" -> "... going up by in it?" ("per the sept
    2023 answer" is left out: "per it" would ask for an amount for each one). The name says
    which answer; its words are no topic, and a fact whose curated phrasings name that answer
    ("what did the september 2023 answer say the total would be") would otherwise outrank the
    one giving what is asked (the increase). The same question when it names none so, or two
    ("the sept 2023 answer said +440m; what did the 2025 answer give" compares them)."""
    text = " ".join(question.words)
    named = list(_NAMED_AS_A_THING.finditer(text))
    if len(named) != 1:
        return question
    found = named[0]
    name = "" if found["pointing"] else "it"
    before, rest = text[: found.start()], text[found.end() :]
    if _OPENS_THE_QUESTION.fullmatch(before):
        rest = _without_topic_clause(rest)
    elif _ENDS_WITH_TOPIC_CLAUSE.fullmatch(rest) and _names_a_topic(before, _WHO_SAID):
        # "who decides how schools spend it, in the april 2025 answer about the £1bn": asked
        # first, the answer named last with its topic; the clause names the answer, so its
        # words (the £1bn) draw no fact of it.
        rest = ""
    return analyse(f"{before}{name}{rest}")


# "in the feb 2023 answer about funding for specialist schools, what did they say total high
# needs would reach?": opening the question, the answer named by its date and then its topic
# in a clause; what is asked comes after it, from its question word on. The clause names the
# answer too: its words are no topic of the fact asked.
_OPENS_THE_QUESTION = re.compile(r"(?:(?:so|ok|and|but|in|from|according to|for) )*")
# A question word ends the clause ("... adequate, how much was"); failing one, a verb that
# opens a question ("... schools, did they say"), which a clause may hold ("whether it is").
_ASKING_WORDS = (
    r"(?:what|whats|how|hows|who|whos|when|where|which|why)",
    r"(?:did|does|do|is|was|were|are|has|had|have|can|could|will|would)",
)
_TOPIC_CLAUSES = tuple(
    re.compile(
        rf" (?:about|on|regarding|re|concerning|over) (?:[a-z0-9/']+ ){{1,8}}?"
        rf"(?={asking} (?:[a-z0-9/']+ ){{2}})"
    )
    for asking in _ASKING_WORDS
)


# Closing the question, the clause naming the answer's topic: " about the pounds 1 billion".
_ENDS_WITH_TOPIC_CLAUSE = re.compile(
    r" (?:about|on|regarding|re|concerning|over) (?:[a-z0-9/']+ ){0,7}[a-z0-9/']+"
)


def _without_topic_clause(rest: str) -> str:
    """What follows an answer's name, without the clause naming its topic when what is asked
    after it names a topic of its own ("how much was the high needs increase"); "what was the
    total for 2024/25" leans on the clause for what it is the total of, and keeps it."""
    for pattern in _TOPIC_CLAUSES:
        clause = pattern.match(rest)
        if clause is not None:
            asked = rest[clause.end() :]
            return f" {asked}" if _names_a_topic(asked) else rest
    return rest


# Words naming no topic in what is asked: a figure's kind and the everyday verbs around it.
_NO_TOPIC = frozenset(
    """total figure figures amount sum number numbers level size value say said says reach
    reached get got give gave given go going went up down rise increase whats""".split()
)


# Who says something, and the saying: "what did the minister say in the feb 2024 answer about
# X" asks about X, which the clause names.
_WHO_SAID = frozenset(
    """minister ministers government govt gov department dept dfe they mention mentioned
    tell told""".split()
)


def _names_a_topic(asked: str, naming_none: frozenset[str] = frozenset()) -> bool:
    return any(
        word not in STOPWORDS
        and word not in _NO_TOPIC
        and word not in naming_none
        and not _TIME.fullmatch(word)
        for word in asked.split()
    )


_TIME = re.compile(rf"(?:\d{{2,4}}(?:[/_-]\d{{2,4}})?|{_MONTH})")
