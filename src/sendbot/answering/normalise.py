"""Question and fact text -> comparable terms. Pure and deterministic.

Both sides of every comparison go through `Normaliser.terms`, so whatever is folded here
("£" and "pounds", "2024/25" and "2024-25", "1,500" and "1500", curly quotes, plurals,
synonyms) matches whichever way a person writes it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sendbot.answering import wordlists
from sendbot.knowledge.verbatim import fold

# Words that carry no topic. Question words are kept apart: they say what kind of answer is
# wanted (see `intent_of`), not what it is about.
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from into about as than then so
    is are was were be been being am do does did done has have had having will would shall
    should can could may might must it its it's this that these those there here their they
    them we us our you your i me my he she his her him what which who whom whose when where
    why how many much any some all each every no not yes just also only very really please
    tell know say said give me get got let lets up out over under again more most such own
    same too s t d ll m o re ve y hey pls plz u ur wanna gonna anyone anybody someone
    actually apparently basically exactly quick wondering wonder heard
    hearing keep kept think thought want wanted need like look looking bit lot lots thing
    things stuff ok okay so um er hi hello thanks thank cheers guys folks everyone one
    going go gone ahead given giving make made now currently still yet ever already even
    originally actual first sent
    """.split()
) | frozenset(
    # Folding drops the apostrophe ("i'm" is "im", "we've" is "weve"), so a contraction of two
    # words above (a pronoun, "there" or "here", and a verb) is one word of its own: read as a
    # topic word, it weighed against every fact alike and thinned out a chatty question's share
    # of its fact. Negated verbs ("isnt", "dont") stay: "what isn't working" asks of what is not.
    "im ive youre youve theyre theyve weve hes shes thats theres heres".split()
)
QUESTION_WORDS = frozenset({"who", "when", "what", "where", "why", "how", "which", "whom"})
# Words that point back at something named before: "what does it stand for?".
POINTING_WORDS = frozenset({"it", "they", "them", "these", "those", "this", "that"})
SMALLTALK = frozenset(
    """
    hi hello hey hiya yo howdy morning afternoon evening night good thanks thank thx ty cheers
    bye goodbye lol lmao haha ok okay cool nice great awesome sure yep nope bot sendbot sorry
    welcome everyone guys folks all there mate friend test testing ping hmm wow omg
    """.split()
)

_MONEY_SCALE = {
    "bn": "billion",
    "b": "billion",
    "m": "million",
    "mn": "million",
    "mil": "million",  # "the change prog is 70 mill?": chat's shorthand
    "mill": "million",
    "k": "thousand",
}
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d{2})\s*[/-]\s*(\d{2})\b(?!-\d)")
# "2024-2025", "2024/2025", "2024 to 2025": a split year when the years follow each other.
_LONG_SPLIT_YEAR = re.compile(r"\b((?:19|20)(\d{2}))\s*(?:[/-]|to)\s*((?:19|20)(\d{2}))\b")
# "24/25", "23-24": a split year written short, when the years follow each other; not an age
# range ("aged 16-17", "16-17 year olds"), a percentage, a sum or a date.
# (Each opened by a look ahead at the digits its years may start with: the look behinds are not
# tried at every other character.)
_SHORT_SPLIT_YEAR = re.compile(
    r"(?=[123])(?<![\d/.,-])(?<!aged )(?<!ages )(?<!age )(?<!pounds )\b(1[5-9]|[23]\d)\s*[/-]\s*"
    r"(1[6-9]|[23]\d)\b(?![/.-]\d)(?!\s*(?:years?|yrs?|yo|percent)\b)"
)
# "2024 25", a split year typed with a space (a phone keyboard's "/" is a page away): only
# when the years follow each other and nothing follows that a count could be of ("in 2023 24
# schools opened" counts 24 schools).
_SPACED_SPLIT_YEAR = re.compile(
    r"(?=[12])(?<![\d.,/-])\b((?:19|20)(\d{2})) (\d{2})\b(?![.,/-]\d)"
    r"(?=\s*(?:$|[^\w\s]|(?:is|was|and|or|then|too|please|pls|tho|though|budget|funding|"
    r"financial|academic|year|what|how|over|under|about|around|right|correct|true|"
    # "how much funding 2024 25 send": the topic after the year, no thing counted
    r"send|sen|spend|spending|allocation|allocations|money|cash|grant|grants|figure|figures|"
    r"total|totals|settlement|dsg)\b))"
)
# "16-24s", "18 to 24s": an age range said as its people, "16 to 24 year olds" as sources say it.
_AGE_RANGE_PEOPLE = re.compile(r"\b(1\d|2\d)\s*(?:-|to)\s*(1\d|2\d)s\b")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_SCALED = re.compile(r"(\d(?:\.\d+)?)\s*(bn|mn|mill|mil|m|b|k)\b")
# "5k", "1.5k": thousands written short, as the figure in full ("5000", "1500"), the way
# "5,000" is written once its comma goes, so the short figure is the same word as the long one.
_SHORT_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})(?:\.(\d{1,3}))?k\b")
_TOKEN = re.compile(r"[a-z0-9]+(?:[._][a-z0-9]+)*")


_DIGIT = re.compile(r"\d")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text` may hold a match of a pattern that ignores case and whose every match
    holds one of `words` (in lower case): a cheap test before a costly search, as most
    messages hold none. Always for text beyond ASCII, where a letter (the dotless i) may match
    an ASCII one ("i") when case is ignored."""
    if not text.isascii():
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


# Letters with no accent to take off that are written as other letters without one.
_UNACCENTED = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "ø": "o",
        "œ": "oe",
        "ł": "l",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "\u0131": "i",
    }
)

# Where a phrase of words may start: at a word's first character. A pattern of phrases that
# each start with a word character, opened by this, is tried once a word rather than also
# where each word ends, which halves what searching it costs (tests/answering/
# test_word_patterns.py checks every pattern opened by it).
WORD_START = r"\b(?=\w)"
# A word boundary, read at a place in a text: `WORD_BOUNDARY.match(text, at)`.
WORD_BOUNDARY = re.compile(r"\b")


def starts_of(literal: str, text: str) -> Iterator[int]:
    """Every place the literal text starts at, overlapping ones too. A rule looking for a
    word the question names, with fixed patterns read before and after it, needs no pattern
    compiled for that word (compiling one costs more than answering most questions)."""
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def _short_split_year(found: re.Match[str]) -> str:
    first, second = int(found[1]), int(found[2])
    return f"20{found[1]}_{found[2]}" if second == first + 1 else found[0]


def _spaced_split_year(found: re.Match[str]) -> str:
    first, second = int(found[2]), int(found[3])
    return f"{found[1]}_{found[3]}" if second == first + 1 else found[0]


def _short_thousands(found: re.Match[str]) -> str:
    return str(int(found[1]) * 1000 + int((found[2] or "").ljust(3, "0")))


def _split_year(found: re.Match[str]) -> str:
    first, second = int(found[1]), int(found[3])
    return f"{found[1]}_{found[4]}" if second == first + 1 else found[0]


# A pound sign with no amount after it stands for the money asked about ("the £ for the
# training", "£ figure for it?"); counted or beside another unit ("how many £", "£ and %") it
# is the unit, read as "pounds" like the sign before an amount.
_POUND_SIGN_ALONE = re.compile(r"(?<!how many )(?<!how much )£(?!\s*(?:\d|and\b|or\b|&|%|/))")


@lru_cache(maxsize=1024)  # a question is folded for its analysis and again for its words
def fold_text(text: str) -> str:
    """Lower-case, Unicode-folded text with numbers and money written one way."""
    text = (" ".join(text.split()) if text.isascii() else fold(text)).lower()
    if "£" in text:
        text = _POUND_SIGN_ALONE.sub(" money ", text).replace("£", " pounds ")
    text = text.replace("%", " percent ").replace("per cent", "percent")
    if _DIGIT.search(text):  # most text has no numbers: skip the number rules
        text = _AGE_RANGE_PEOPLE.sub(r"\1 to \2 year olds", text)
        text = _LONG_SPLIT_YEAR.sub(_split_year, text)
        text = _SHORT_SPLIT_YEAR.sub(_short_split_year, text)
        text = _SPLIT_YEAR.sub(r"\1_\2", text)
        text = _SPACED_SPLIT_YEAR.sub(_spaced_split_year, text)
        if "," in text:  # (each rule searched only where its one character may be)
            text = _THOUSANDS.sub("", text)
        if "k" in text:
            text = _SHORT_THOUSANDS.sub(_short_thousands, text)
        text = _SCALED.sub(lambda m: f"{m.group(1)} {_MONEY_SCALE[m.group(2)]}", text)
    return text.replace("'s ", " ").replace("'", "")


def _without_accents(text: str) -> str:
    """Lower-case `text` with the accents taken off its letters ("café" is "cafe", "Zoë"
    "zoe"), so a word is one word however it is accented; other characters are kept."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", bare).translate(_UNACCENTED)


# Irregular forms the suffix rules below cannot reach.
IRREGULAR = {
    "spent": "spend",
    "built": "build",
    "taught": "teach",
    "paid": "pay",
    "began": "begin",
    "begun": "begin",
    "brought": "bring",
    "bought": "buy",
    "chose": "choose",
    "chosen": "choose",
    "grew": "grow",
    "grown": "grow",
    "rose": "rise",
    "risen": "rise",
    "fell": "fall",
    "fallen": "fall",
    "children": "child",
    "people": "people",
}


@lru_cache(maxsize=65_536)
def stem(word: str) -> str:
    """A deliberately light stemmer: plural and common verb endings only.

    Enough for "schools"/"school" and "opened"/"open"; anything cleverer starts merging
    words that mean different things ("provision"/"provide").
    """
    if word in IRREGULAR:
        return IRREGULAR[word]
    if len(word) <= 3 or not word.isalpha() or word in STOPWORDS:
        return word
    for suffix, replacement in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


# Three ways a plural is made singular, each for its own use. `stem` makes the terms facts and
# questions are matched by, so it leaves short words ("TAs", "LAs") and stopwords alone and
# cuts verb endings too. `singular` makes any plural noun singular, however short ("tas" ->
# "ta", "primaries" -> "primary"), for a word compared with another as a name. A word looked
# for as written, with or without an "s" after it, keeps to the letters of its plural
# ("studies" -> "studie", which "studies" starts with): `without_final_s`.
def singular(word: str) -> str:
    """'primaries' -> 'primary', 'secondaries' -> 'secondary', 'schools' -> 'school'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return without_final_s(word)


def without_final_s(word: str) -> str:
    """'internships' -> 'internship', 'studies' -> 'studie', 'class' -> 'class'."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=65_536)
def _words(text: str) -> tuple[str, ...]:
    # One copy of each word: building the index at 10,000 facts fills this cache with the
    # words of every fact's texts, which the running process then keeps (16 MB of repeats).
    folded = fold_text(text)
    if not folded.isascii():  # "café" is the word "cafe", not "caf"
        folded = _without_accents(folded)
    return tuple(map(sys.intern, _TOKEN.findall(folded)))


def words(text: str) -> list[str]:
    """Folded words, in order, including stopwords and question words."""
    return list(_words(text))


COMMON_WORDS = frozenset(
    stem(word) for word in (*wordlists.COMMON_WORDS, *wordlists.ASKER_CONTEXT_WORDS)
)
# One word of each place name is enough to tell a place is named: "tower hamlets" is
# "tower" and "hamlets", and a question naming either together with the other is local.
PLACE_WORDS = frozenset(wordlists.PLACES) - {
    "of",
    "st",
    "isle",
    "isles",
    "forest",
    "northern",
    "milton",
    "tower",
    "ni",
}


# Small words an expansion may hold that its acronym leaves out ("Needs and Disabilities").
ACRONYM_JOINERS = frozenset({"and", "of", "for", "in", "the", "with", "to", "on"})
# Two two-letter acronyms run together read as a word ("la" and "mp" make "lamp"): a joined
# acronym has at least this many letters.
_SHORTEST_JOINED = 5


@dataclass(frozen=True, slots=True)
class Normaliser:
    """Turns text into stemmed terms, replacing synonyms by their group's name."""

    # Maps a stemmed phrase (tuple of stems) to the group's canonical term.
    phrases: dict[tuple[str, ...], str]
    longest_phrase: int
    first_words: frozenset[str]
    # Every stem that appears in a synonym phrase: known words, never typo-corrected.
    phrase_words: frozenset[str]
    # Two acronyms written as one word ("ittecf") -> the terms of each ("itt", "ecf").
    joined: dict[str, tuple[str, str]]

    @classmethod
    def from_synonyms(cls, groups: Iterable[Sequence[str]]) -> Normaliser:
        phrases: dict[tuple[str, ...], str] = {}
        acronyms: dict[str, str] = {}
        for group in groups:
            canonical = "_".join(stem(word) for word in words(group[0]))
            for term in group:
                key = tuple(stem(word) for word in words(term))
                if key:
                    phrases.setdefault(key, canonical)
            for acronym in _acronyms(group):
                acronyms.setdefault(acronym, canonical)
        longest = max((len(key) for key in phrases), default=1)
        joined = {
            stem(first + second): (acronyms[first], acronyms[second])
            for first in acronyms
            for second in acronyms
            if first != second
            and len(first + second) >= _SHORTEST_JOINED
            and (stem(first + second),) not in phrases
        }
        return cls(
            phrases,
            longest,
            frozenset(key[0] for key in phrases),
            frozenset(word for key in phrases for word in key),
            joined,
        )

    def terms(self, text: str) -> list[str]:
        return self.canonical([stem(word) for word in words(text)])

    def filed_terms(self, text: str) -> list[str]:
        """The terms a fact's text is filed under: its terms and, for two acronyms it writes
        as one word ("ITTECF"), each acronym's term too, so that a question naming them apart
        ("ITT/ECF", "ITT and ECF") finds it as one writing the word does. Only the index
        splits the word: a question saying "ITTECF" still counts it as one term, not three."""
        terms = self.terms(text)
        return terms + [part for term in terms if term in self.joined for part in self.joined[term]]

    def canonical(self, stems: Sequence[str]) -> list[str]:
        """Replace synonym phrases (longest first) and drop stopwords."""
        out: list[str] = []
        position = 0
        first_words = self.first_words
        while position < len(stems):
            # (a stem that opens no phrase, most of them, is looked at here, without a call)
            length = self._phrase_length(stems, position) if stems[position] in first_words else 0
            if length:
                out.append(self.phrases[tuple(stems[position : position + length])])
            elif stems[position] not in STOPWORDS:
                out.append(stems[position])
            position += length or 1
        return out

    def _phrase_length(self, stems: Sequence[str], position: int) -> int:
        """How many stems from `position` form the longest synonym phrase there (0: none)."""
        if stems[position] not in self.first_words:
            return 0
        for length in range(min(self.longest_phrase, len(stems) - position), 0, -1):
            if tuple(stems[position : position + length]) in self.phrases:
                return length
        return 0


def _acronyms(group: Sequence[str]) -> list[str]:
    """The one-word terms of a synonym group that are the initials of another of its terms:
    "itt" beside "initial teacher training", "send" beside "special educational needs and
    disabilities"."""
    spelt = {
        "".join(word[0] for word in phrase if word not in ACRONYM_JOINERS)
        for phrase in map(words, group)
        if len(phrase) > 1
    }
    return [term for term in group if term.isalpha() and term.lower() in spelt]
