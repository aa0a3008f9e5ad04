"""Do right answers stay right when the question is typed another way? Meaning-preserving
rewordings of the development questions the bot answers right, one kind at a time.

    .venv/bin/python benchmarks/rewording.py                      # every development set
    .venv/bin/python benchmarks/rewording.py --sample 3000 --seed 1 [--kinds typo,lower]
    .venv/bin/python benchmarks/rewording.py dev22_chat.yaml --misses   # some sets, each flip

Each answerable question of dev_sets.EVERY_SET is asked as written, on the base its set was
written for (the one-source sets on the frozen one-source base, right when the labelled fact is
answered; the many-source sets on the shipped base, right when the answer's quote is the
labelled one). Of those answered right a seeded sample is reworded, kind by kind, in the ways
people type in chat (a greeting before, the asker's own context before, a tag after, lower case
with no punctuation, one typo, a British/American spelling, "how many" as "what number of",
the question split as a statement then "how many?", doubled spaces, an emoji after), each
keeping what is asked. Only the wording changes, never the label. For each kind: how many
reworded questions stay right, turn wrong, get a partial reply or are declined. A kind that
does not fit a question (no "how many" to reword) leaves it out of that kind's count.

Development sets only: the held-out sets (tests/eval/HELD_OUT) are never read.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml
from dev_sets import EVERY_SET
from held_out import is_held_out
from paths import EVAL

from sendbot.answering.answer import QuestionTooLong, answer
from sendbot.answering.fact_index import FactIndex, build_index
from sendbot.answering.normalise import STOPWORDS
from sendbot.answering.reply import Reply
from sendbot.answering.source_eval import answerable_groups, items, quote_answers
from sendbot.answering.spelling import a_real_word
from sendbot.storage.loader import load

VERDICTS = ("right", "wrong", "partial", "declined", "other")


@dataclass(frozen=True, slots=True)
class Case:
    """A labelled answerable question and how to judge a reply to it."""

    set_name: str
    question: str
    index: FactIndex
    label: dict[str, object]
    by_fact: bool  # labelled by fact id (one source), else by source file and quoted piece

    def verdict(self, question: str) -> tuple[str, Reply | None]:
        try:
            reply = answer(self.index, question)
        except QuestionTooLong:
            return "other", None
        outcome = reply.outcome.value
        if outcome in {"partial", "declined"}:
            return outcome, reply
        if outcome != "answered" or reply.fact is None:
            return "other", reply
        if self.by_fact:
            right = reply.fact.id == self.label["fact"]
        else:
            right = reply.source is not None and quote_answers(
                self.label, reply.source.document, reply.fact.quote
            )
        return ("right" if right else "wrong"), reply


def cases(set_names: list[str]) -> Iterator[Case]:
    """Every answerable question of the named development sets, each on its own base."""
    indexes: dict[Path, FactIndex] = {}
    for name in set_names:
        kb, by_fact = EVERY_SET[name]
        if kb not in indexes:
            indexes[kb] = build_index(load(kb).kb)
        data = yaml.safe_load((EVAL / name).read_text(encoding="utf-8"))
        if by_fact:
            labelled = items(data, "in_scope")
        else:
            labelled = [item for group in answerable_groups(data).values() for item in group]
        for item in labelled:
            yield Case(name, str(item["q"]), indexes[kb], item, by_fact)


# --- The rewordings: question text and a seeded random source -> the reworded text, or None
# where the kind does not fit the question.

Rewording = Callable[[str, random.Random], str | None]

_GREETINGS = (
    "hi all, quick q - ",
    "sorry if this was asked already but ",
    "hello, ",
    "hey everyone, ",
    "quick question: ",
    "morning all. ",
)
_CONTEXTS = (
    "my son is 9 and has an EHCP. ",
    "SENCO here, ",
    "I'm a parent of a child with autism. ",
    "teacher here - ",
    "my daughter is in year 4 and has SEN support. ",
    "I work in a special school. ",
)
# (Not ", right?": after "what is CP 800" it makes a check of a question, another meaning.)
_TAGS = (" thanks", " ta", " cheers", " thx!", "? thanks in advance", " thank you!")
_EMOJI = (" 🙏", " 🤔", " 😊", " 👍", " 🙂")

# Pairs of British and American spellings a question may hold; swapped either way.
_SPELLINGS = (
    ("programme", "program"),
    ("organisation", "organization"),
    ("recognise", "recognize"),
    ("recognised", "recognized"),
    ("prioritise", "prioritize"),
    ("prioritised", "prioritized"),
    ("specialised", "specialized"),
    ("behaviour", "behavior"),
    ("behavioural", "behavioral"),
    ("centre", "center"),
    ("centres", "centers"),
    ("labour", "labor"),
    ("favour", "favor"),
    ("analyse", "analyze"),
    ("utilise", "utilize"),
    ("enrol", "enroll"),
    ("licence", "license"),
    ("defence", "defense"),
    ("modelling", "modeling"),
    ("travelling", "traveling"),
    ("cancelled", "canceled"),
    ("finalised", "finalized"),
    ("organised", "organized"),
    ("realise", "realize"),
    ("summarise", "summarize"),
    ("categorise", "categorize"),
    ("emphasise", "emphasize"),
    ("minimise", "minimize"),
    ("maximise", "maximize"),
    ("standardised", "standardized"),
    ("harmonised", "harmonized"),
    ("judgement", "judgment"),
    ("paediatric", "pediatric"),
    ("paediatrician", "pediatrician"),
    ("paediatricians", "pediatricians"),
    ("colour", "color"),
    ("honour", "honor"),
    ("neighbourhood", "neighborhood"),
    ("catalogue", "catalog"),
    ("dialogue", "dialog"),
    ("fulfil", "fulfill"),
    ("mum", "mom"),
    ("maths", "math"),
)
_SPELLING_SWAP = {
    one: other
    for british, american in _SPELLINGS
    for one, other in ((british, american), (american, british))
}
_SPELLING_WORD = re.compile(
    r"\b(" + "|".join(sorted(map(re.escape, _SPELLING_SWAP), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

# Words after "how many" / "how much" that start a verb phrase, not a noun: "how much has been
# spent" -> "what amount has been spent", where "how much funding" -> "what amount of funding".
_AUXILIARY = frozenset(
    "is are was were be been has have had do does did will would can could should shall "
    "may might must".split()
)
_PREPOSITIONS = frozenset("for to into in on from by at".split())
_COMPARING = frozenset("more less fewer extra".split())
_HOW_MUCH_MANY = re.compile(r"\bhow (many|much)(?: of)?\s+(\w+)", re.IGNORECASE)
_LEADING_HOW = re.compile(
    r"^\s*how (many|much)\s+(?!of\b)(.+?)\s*\?*\s*$", re.IGNORECASE | re.DOTALL
)
_TYPO_WORD = re.compile(r"(?<![\w'\u2019-])[a-z]{5,}(?![\w'\u2019-])")
# Punctuation, but for a mark between two digits ("£1.5", "2,000", "2024-25"); an apostrophe is
# left out ("we've" -> "weve"), as those who skip punctuation type it. Signs that say something
# ("=", "/", "&", "+", a quote's ">") are kept.
_MARKS = r"[.,;:!?()\[\]\"\u201c\u201d\u2026\u2013\u2014*`-]"
_PUNCTUATION = re.compile(rf"(?<!\d){_MARKS}|{_MARKS}(?!\d)")
_APOSTROPHE = re.compile(r"['\u2019\u2018]")


def _lead_in(question: str, lead: str) -> str:
    """`lead` then the question, its first letter lower case after a lead that runs on into
    it ("sorry if this was asked already but how many ..."), unless the first word is an
    acronym or "I"."""
    first = question.split(" ", 1)[0]
    runs_on = not lead.rstrip().endswith((".", "?", "!"))
    if runs_on and first[:1].isupper() and first[1:2].islower():
        question = question[:1].lower() + question[1:]
    return lead + question


def greeting(question: str, rng: random.Random) -> str:
    return _lead_in(question, rng.choice(_GREETINGS))


def context(question: str, rng: random.Random) -> str:
    return _lead_in(question, rng.choice(_CONTEXTS))


def tag(question: str, rng: random.Random) -> str:
    ending = rng.choice(_TAGS)
    if ending.startswith((",", "?")):
        return question.rstrip().rstrip("?.! ") + ending
    return question.rstrip() + ending


def lower_no_punctuation(question: str, _: random.Random) -> str:
    """All lower case, no punctuation, as many type on a phone ("£" and a figure's own points
    and commas kept: "£1.5 billion", "2024-25" are how the figure is written)."""
    text = _PUNCTUATION.sub(" ", _APOSTROPHE.sub("", question.lower()))
    return re.sub(r"[ \t]+", " ", text).strip()


def typo(question: str, rng: random.Random) -> str | None:
    """One slip in one content word of five letters or more: two inner letters swapped or an
    inner letter dropped, never making another real word (that would change what is asked)."""
    words = [
        found
        for found in _TYPO_WORD.finditer(question)
        if found.group() not in STOPWORDS and found.group() not in {"which", "where", "there"}
    ]
    rng.shuffle(words)
    for found in words:
        word = found.group()
        at = rng.randrange(1, len(word) - 2)
        slips = [word[:at] + word[at + 1] + word[at] + word[at + 2 :], word[:at] + word[at + 1 :]]
        rng.shuffle(slips)
        for slip in slips:
            if slip != word and not a_real_word(slip):
                return question[: found.start()] + slip + question[found.end() :]
    return None


def spelling(question: str, _: random.Random) -> str | None:
    """One British spelling as American, or the other way round ("programme" / "program")."""
    found = _SPELLING_WORD.search(question)
    if not found:
        return None
    swapped = _SPELLING_SWAP[found.group().lower()]
    if found.group()[:1].isupper():
        swapped = swapped[:1].upper() + swapped[1:]
    return question[: found.start()] + swapped + question[found.end() :]


def what_number(question: str, _: random.Random) -> str | None:
    """ "how many schools" -> "what number of schools", "how much funding" -> "what amount of
    funding", "how much has been spent" -> "what amount has been spent"."""

    def reword(found: re.Match[str]) -> str:
        many, following = found.group(1).lower(), found.group(2)
        if following.lower() in _COMPARING:
            return found.group()  # "how many more are coming": no "what number of more"
        noun = "number" if many == "many" else "amount"
        bare = following.lower() in _AUXILIARY or following.lower() in _PREPOSITIONS
        head = f"what {noun}" if bare else f"what {noun} of"
        if found.group()[:1].isupper():
            head = head[:1].upper() + head[1:]
        return f"{head} {following}"

    reworded = _HOW_MUCH_MANY.sub(reword, question, count=1)
    return reworded if reworded != question else None


def split(question: str, _: random.Random) -> str | None:
    """ "how many special schools opened?" -> "special schools opened. how many?": only a
    question that opens with "how many" or "how much" and goes on with what it counts."""
    found = _LEADING_HOW.match(question)
    if not found or found.group(2).split(" ", 1)[0].lower() in _AUXILIARY:
        return None
    return f"{found.group(2)}. how {found.group(1).lower()}?"


def doubled_spaces(question: str, _: random.Random) -> str | None:
    return question.replace(" ", "  ") if " " in question else None


def emoji(question: str, rng: random.Random) -> str:
    return question.rstrip() + rng.choice(_EMOJI)


KINDS: dict[str, Rewording] = {
    "greeting": greeting,
    "context": context,
    "tag": tag,
    "lower": lower_no_punctuation,
    "typo": typo,
    "spelling": spelling,
    "what-number": what_number,
    "split": split,
    "spaces": doubled_spaces,
    "emoji": emoji,
}


def reworded(kind: str, question: str, seed: int) -> str | None:
    """The question reworded by `kind`, the same every run for the same seed."""
    text = KINDS[kind](question, random.Random(f"{seed}:{kind}:{question}"))
    return None if text is None or text == question else text


@dataclass(frozen=True, slots=True)
class Flip:
    kind: str
    case: Case
    text: str
    verdict: str
    fact_id: str | None


def measure(
    right: list[Case], kinds: list[str], seed: int
) -> tuple[dict[str, Counter[str]], list[Flip]]:
    """Per kind, the verdicts on the reworded questions that were right as written; and every
    reworded question that is no longer right."""
    counts: dict[str, Counter[str]] = {kind: Counter() for kind in kinds}
    flips: list[Flip] = []
    for kind in kinds:
        for case in right:
            text = reworded(kind, case.question, seed)
            if text is None:
                continue
            verdict, reply = case.verdict(text)
            counts[kind][verdict] += 1
            if verdict != "right":
                fact = reply.fact.id if reply and reply.fact else None
                flips.append(Flip(kind, case, text, verdict, fact))
    return counts, flips


def report(counts: dict[str, Counter[str]]) -> list[str]:
    lines = [f"{'kind':<12} {'asked':>6} " + " ".join(f"{v:>8}" for v in VERDICTS) + "  flipped"]
    total: Counter[str] = Counter()
    for kind, got in counts.items():
        total.update(got)
        lines.append(_row(kind, got))
    lines.append(_row("all", total))
    return lines


def _row(name: str, got: Counter[str]) -> str:
    asked = sum(got.values())
    flipped = asked - got["right"]
    share = f"{flipped / asked:.1%}" if asked else "-"
    return f"{name:<12} {asked:>6} " + " ".join(f"{got[v]:>8}" for v in VERDICTS) + f"  {share}"


def _lot(case: Case, seed: int) -> float:
    return random.Random(f"{seed}:{case.set_name}:{case.question}").random()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sets", nargs="*", help="development set names (default: EVERY_SET)")
    parser.add_argument("--sample", type=int, default=3000, help="right questions reworded")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--kinds", default=",".join(KINDS), help="comma-separated kinds")
    parser.add_argument("--misses", action="store_true", help="list each flipped question")
    args = parser.parse_args()
    names = [Path(name).name for name in args.sets] or list(EVERY_SET)
    for name in names:
        if is_held_out(Path(name)) or name not in EVERY_SET:
            parser.error(f"{name} is not a development set (benchmarks/dev_sets.EVERY_SET)")
    kinds = args.kinds.split(",")
    if unknown := [kind for kind in kinds if kind not in KINDS]:
        parser.error(f"unknown kind {unknown[0]!r}: one of {', '.join(KINDS)}")

    asked = list(cases(names))
    right = [case for case in asked if case.verdict(case.question)[0] == "right"]
    # Drawn by each question's own seeded lot, so that a change which turns a few questions
    # right or wrong as written leaves the rest of the sample as it was (before and after
    # compare the same questions).
    sample = sorted(right, key=lambda case: _lot(case, args.seed))[: args.sample]
    sample.sort(key=lambda case: (names.index(case.set_name), case.question))
    print(
        f"{len(right)}/{len(asked)} answerable questions right as written, in {len(names)} "
        f"sets; {len(sample)} reworded (seed {args.seed})"
    )
    counts, flips = measure(sample, kinds, args.seed)
    print("\n".join(report(counts)))
    if args.misses:
        for flip in flips:
            print(
                f"  [{flip.kind}, {flip.verdict}] {flip.case.set_name}: {flip.text!r} -> "
                f"{flip.fact_id} (as written: {flip.case.question!r})"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
