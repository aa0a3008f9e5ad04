"""A question's misspelt words -> the words the knowledge base uses, before it is read. Pure.

"how many speshul skools opend" is "how many special schools opened": words spelt by how they
sound, with a letter dropped, doubled or swapped. The question is rewritten first so that
every later step (its intent, the detail asked, what a fact lacks, the missing sentence) reads
the words the facts use. A word the base or everyday English knows is never changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sendbot.answering import wordlists
from sendbot.answering.english_words import ENGLISH_WORDS
from sendbot.answering.normalise import QUESTION_WORDS, SMALLTALK, STOPWORDS, stem

MAX_REMEMBERED = 100_000

# Words too short to tell a misspelling from another word: "ned", "sen", "ap".
MIN_SPELT_LENGTH = 4
# The fewest letters of each word a run-together pair is read as: "ey" of "eysenco".
MIN_PART = 2

# Everyday words no misspelling is read in: contractions written without their apostrophe,
_ALSO_KNOWN = frozenset(
    """dont doesnt didnt isnt wasnt arent werent hasnt havent hadnt cant wont wouldnt couldnt
    shouldnt innit aint im ive id youre youve theyre theyve thats whats whos wheres hows
    lets theres""".split()
    # the part before a contraction's apostrophe ("doesn't" is read as "doesn" and "t"),
    + """doesn isn wasn aren weren hasn haven hadn didn couldn wouldn shouldn""".split()
    # the words a question names its own place by ("my county" is not "my country"),
    + """county counties borough region town city village area council district ward
    parish""".split()
    # numbers in words ("three" is not "there"),
    + """zero one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred thousand""".split()
    # and the words and months a question asks by, which a base may not use ("what does AP
    # satnd for" is "stand", "latest on PINS" asks the newest whatever the facts say).
    + """stand stands refer refers apply applies latest newest recent total number amount
    january february march april june july august september october november december""".split()
    # and the tests pupils sit, which a base may not name ("SATs" are not "seats").
    + """sats gcse gcses""".split()
)

# Spellings that sound alike, each written one way: "speshul" and "special" both read
# "speshul", "skools" and "schools" both "skuls", "sikologist" and "psychologist" both
# "sikologist". Applied in order, to whole words.
_SOUNDS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), spoken)
    for pattern, spoken in (
        (r"^ps", "s"),
        (r"^kn", "n"),
        (r"^wr", "r"),
        (r"(?:t|s|c)ion", "shun"),
        (r"(?:t|c|s)ial", "shul"),
        (r"ph", "f"),
        (r"sch", "sk"),
        (r"ch", "k"),
        (r"ck", "k"),
        (r"c", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"z", "s"),
        (r"(?<=.)y", "i"),
        (r"oo", "u"),
        # "suposed", "actualy": a doubled letter written once ("carreer" is not "carer")
        (r"([^aeiou])\1+", r"\1"),
    )
)

_WORD = re.compile(r"[A-Za-z]+")


def _inside_a_word(text: str, start: int, end: int) -> bool:
    """The letters from `start` to `end` run on into a letter `_WORD` does not read ("ö")."""
    return (start > 0 and text[start - 1].isalpha()) or (end < len(text) and text[end].isalpha())


# Letters written with dots between them, as an acronym may be: "e.p.s", "E.H.C.P", "S.E.N.".
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[A-Za-z]\.){1,5}[A-Za-z]{1,2}\b(?!\.\w)")

# Chat shorthand for a word every later step reads in full: "how much is it this yr" asks
# about this year, as "last yr" about last year; "smth" is "something", not "smith"; "did they
# say anything abt dsg deficits" asks what "... about dsg deficits" asks. Not after a number:
# "my 8 yr old" is the asker's story, read in its own words.
_SHORTHAND = {
    "yr": "year",
    "yrs": "years",
    "smth": "something",
    "sth": "something",
    "abt": "about",
    "thru": "through",
    # "15 new spec schs?": too short for their vowels to be put back
    "sch": "school",
    "schs": "schools",
}
# ... and the asking words texting shortens ("hw mny r there", "wen was it askd"): without
# them a question reads as no question at all. Only ones that are no English word as typed
# in a question ("r" alone, "hw", "mny"); "u" is left to the rules about the bot.
_ASKING_SHORTHAND = {
    "hw": "how",
    "hww": "how",
    "mny": "many",
    "wen": "when",
    "wn": "when",
    "wht": "what",
    "wat": "what",
    "wot": "what",
    "whn": "when",
    "whr": "where",
    "wer": "where",
    "r": "are",
}


def skeleton(word: str) -> str:
    """`word` as texting writes it without its vowels, the first letter kept: "schools" ->
    "schls", "opened" -> "opnd", "asked" -> "askd"."""
    return word[:1] + "".join(letter for letter in word[1:] if letter not in "aeiou")


# Long enough that a word written without its vowels names one word ("spl" names many).
MIN_SKELETON = 4


def _vowels_left_out(written: str, word: str) -> bool:
    """`written` is `word` with some of its vowels (not its first letter) left out, and
    nothing else changed: "specal" and "spcl" of "special", not "spacil"."""
    at = 0
    for letter in word:
        if at < len(written) and written[at] == letter:
            at += 1
        elif letter not in "aeiou" or at == 0:
            return False
    return at == len(written)


_AFTER_A_NUMBER = re.compile(r"\d\s*$")


def sounds_like(word: str) -> str:
    """One spelling for the ways a word may be written by its sound."""
    for pattern, spoken in _SOUNDS:
        word = pattern.sub(spoken, word)
    return word


def a_real_word(word: str) -> bool:
    """Whether `word` (lower case) is English as it is written, or the plural of such a word:
    "letter" is no slip of "better", nor "exclusions" of "inclusion", though the knowledge base
    uses only the second."""
    return word in ENGLISH_WORDS or (word.endswith("s") and word[:-1] in ENGLISH_WORDS)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"

# Endings that make another form of a word: "teaches" is "teach", not "teachers" misspelt.
_ENDINGS = ("s", "es", "ed", "ing", "er", "ers", "ly", "al")


def _slips(word: str) -> Iterator[str]:
    """The words `word` may be a slip of, likeliest first: two letters swapped ("trianing"),
    a letter typed twice ("trainning"), one typed too many ("hight", "fundsing") or dropped
    (`_dropped`). No extra letter is read in a short word ("sent" is no slip of "sen"), nor a
    swap of its first two letters; a swap after them is ("hihg" is "high"). (A word known as
    typed, "form", is never read as a slip of another, "from".)"""
    longer = len(word) > MIN_SPELT_LENGTH
    for at in range(0 if longer else 1, len(word) - 1):
        if word[at] != word[at + 1]:
            yield word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    for at in range(1, len(word)):
        if word[at] == word[at - 1]:
            yield word[:at] + word[at + 1 :]
    # Not the first letter: a word is rarely mistyped at its start.
    for at in range(1, len(word) if longer else 0):
        if word[at] != word[at - 1]:  # a doubled one is tried above
            yield word[:at] + word[at + 1 :]
    yield from _dropped(word)


# Long enough that a word one letter short of another is rarely a word itself.
LONG_SLIP = 7


def _dropped(word: str) -> Iterator[str]:
    """`word` with a letter put back: a doubled letter written once ("neds"), a silent or
    unstressed "e" ("opend", "numbr", "onlin"), or any letter inside a long word
    ("psycologists"). Not the first letter, and not a last one that makes another word of
    it ("base" is not "based", "join" not "joint"), nor any letter in a short one ("lunch" is
    not "launch")."""
    for at in range(1, len(word) + 1):
        before, after = word[:at], word[at:]
        if at < len(word):
            yield before + word[at] + after  # the letter after, doubled
        if len(word) >= MIN_SPELT_LENGTH + 1 and (after or before[-1] not in "aeiou"):
            yield before + "e" + after
        if len(word) >= LONG_SLIP and after:
            for letter in _LETTERS:
                yield before + letter + after


_VOWELS = frozenset("aeiou")


def _doubled_before_ending(base: str) -> str | None:
    """ "sitt" (of "sitting") -> "sit": a short word's last consonant, doubled before an
    ending after one vowel. Not "trainn" ("trainning" is "training" mistyped)."""
    if len(base) < 4 or base[-1] != base[-2] or base[-1] in _VOWELS:
        return None
    word = base[:-1]
    return word if word[-2] in _VOWELS and word[-3] not in _VOWELS else None


@dataclass(frozen=True, slots=True)
class Speller:
    """The words a question may use as they are, and the ones a misspelling may become."""

    known: frozenset[str]
    known_stems: frozenset[str]
    used: frozenset[str]  # the words the base uses, as written
    # the synonyms' one-word terms ("ey", "senco"): the names a question may run together
    terms: frozenset[str]
    # the synonyms' terms of more than one word, written as one -> as the base writes them:
    # "highneeds" -> "high needs", "specialschools" -> "special schools"
    run_together_terms: dict[str, str]
    by_sound: dict[str, str]  # how a word sounds -> the word the base uses, the first such
    # a word written without its vowels -> the known words it may be
    by_skeleton: dict[str, tuple[str, ...]]
    _fixes: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def of(cls, used: Iterable[str], terms: Iterable[str] = ()) -> Speller:
        """From the words the knowledge base uses (its facts, sources and synonyms), with
        everyday words known too; `terms`: the synonyms' terms."""
        terms = [term.lower() for term in terms]
        used_words = [word for word in dict.fromkeys(used) if word.isalpha()]
        known = frozenset(
            (
                *used_words,
                *STOPWORDS,
                *QUESTION_WORDS,
                *SMALLTALK,
                *_ALSO_KNOWN,
                *(word for text in _EVERYDAY for word in text.split()),
            )
        )
        by_sound: dict[str, str] = {}
        for word in (*used_words, *sorted(known)):
            if len(word) >= MIN_SPELT_LENGTH:
                by_sound.setdefault(sounds_like(word), word)
        by_skeleton: dict[str, tuple[str, ...]] = {}
        for word in sorted(known):
            bare = skeleton(word)
            if len(bare) >= MIN_SKELETON and bare != word:
                by_skeleton[bare] = (*by_skeleton.get(bare, ()), word)
        return cls(
            known=known,
            known_stems=frozenset(map(stem, known)),
            used=frozenset(used_words),
            terms=frozenset(term for term in terms if term.isalpha()),
            run_together_terms={
                term.replace(" ", ""): term
                for term in terms
                if " " in term and term.replace(" ", "").isalpha()
            },
            by_sound=by_sound,
            by_skeleton=by_skeleton,
        )

    def corrected(self, text: str) -> str:
        """`text` with each misspelt word replaced by the word the base uses, chat shorthand
        ("yr") by the word it stands for, and letters written with dots ("e.p.s") as one."""
        text = _DOTTED_LETTERS.sub(lambda found: found[0].replace(".", ""), text)

        def fix(found: re.Match[str]) -> str:
            written = found[0]
            word = written.lower()
            if _inside_a_word(text, found.start(), found.end()):
                return written  # "sch" of "danke schön": part of a word, not one
            if word in _SHORTHAND and not _AFTER_A_NUMBER.search(text, 0, found.start()):
                meant: str | None = _SHORTHAND[word]
            elif word in _ASKING_SHORTHAND and (len(word) > 1 or written == word):
                meant = _ASKING_SHORTHAND[word]  # "r", not "R" (a letter named)
            elif word in self.known or len(word) < MIN_SPELT_LENGTH or a_real_word(word):
                return written
            else:
                meant = self._remembered(word)
            if meant is None:
                return written
            return meant.capitalize() if written[0].isupper() else meant

        return _WORD.sub(fix, text)

    def _remembered(self, word: str) -> str | None:
        if word not in self._fixes:
            if len(self._fixes) >= MAX_REMEMBERED:
                self._fixes.clear()  # a bound on what a flood of made-up words costs
            self._fixes[word] = self._meant(word)
        return self._fixes[word]

    def _a_form_of_known(self, word: str) -> bool:
        if stem(word) in self.known_stems:
            return True
        for ending in _ENDINGS:
            if word.endswith(ending):
                base = word[: -len(ending)]
                if base in self.known or _doubled_before_ending(base) in self.known:
                    return True
        return False

    def _meant(self, word: str) -> str | None:
        """The word the base uses that `word` sounds like or is a slip of, if any."""
        if word in self.run_together_terms:
            return self.run_together_terms[word]  # "highneeds": a name of the base's, as one
        # Before the forms of known words: "specal" is "special", not "spec" with "-al".
        whole = self._vowels_put_back(word)
        if whole is not None:
            return whole  # "schls", "opnd", "specal", "plces"
        if self._a_form_of_known(word):
            return None  # "opens", "trainers", "teaches"
        alike = self.by_sound.get(sounds_like(word)) if len(word) > MIN_SPELT_LENGTH else None
        if alike is not None:
            return alike  # not in a short word: "rice" and "rise", "sick" and "psych"
        slip = next((slip for slip in _slips(word) if slip in self.known), None)
        if slip is not None:
            return slip
        return self._one_put_back(word) or self._run_together(word)

    def _run_together(self, word: str) -> str | None:
        """The two of the base's names for things (its synonyms' one-word terms) that `word`
        writes as one ("eysenco" is "ey senco"): None when no split or more than one fits.
        Not any two words it uses: "helpline" is no "help line" the base speaks of."""
        fits = [
            f"{word[:at]} {word[at:]}"
            for at in range(MIN_PART, len(word) - MIN_PART + 1)
            if word[:at] in self.terms and word[at:] in self.terms
        ]
        return fits[0] if len(fits) == 1 else None

    def _one_put_back(self, word: str) -> str | None:
        """The one known word `word` is with a letter dropped inside it ("moey" is "money",
        "sart" "start"), in a word too short for `_dropped` to try every letter: None when no
        known word or two fit ("bein" may be "being" or "begin"), or when the one that fits
        adds a last letter ("gran" is no slip of "grant")."""
        if not MIN_SPELT_LENGTH <= len(word) < LONG_SLIP:
            return None
        fits = {
            put_back
            for at in range(1, len(word) + 1)  # at the end too: "bein" may be "being" or "begin"
            for letter in _LETTERS
            if (put_back := word[:at] + letter + word[at:]) in self.known
        }
        if len(fits) != 1:
            return None
        meant = fits.pop()
        return None if meant.startswith(word) else meant

    def _vowels_put_back(self, word: str) -> str | None:
        """The known word `word` is with some vowels left out: the one that needs fewest put
        back ("plces" is "places" before "policies"), None when two need as few."""
        bare = skeleton(word)
        if len(bare) < MIN_SKELETON:
            return None
        fits = sorted(
            (len(known), known)
            for known in self.by_skeleton.get(bare, ())
            if _vowels_left_out(word, known)
        )
        if len(fits) > 1 and (fits[0][0] == fits[1][0] or not _VOWELS.intersection(word[1:])):
            return None  # "plcs" (no vowel kept) may be "places" or "policies" alike
        return fits[0][1] if fits else None


# Everyday words a question may use that no fact needs: never corrected.
_EVERYDAY = (*wordlists.COMMON_WORDS, *wordlists.ASKER_CONTEXT_WORDS, *wordlists.PLACES)
