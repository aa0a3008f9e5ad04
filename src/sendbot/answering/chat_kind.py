"""A message -> what sort of message it is: a question, or chat (hello, thanks, bye, "ok"), or a
question about sendbot itself (help, who made it, where its facts come from). Pure.

Told apart by shape, not by a list of whole sentences: a message is about the bot when it is
addressed to the bot ("you", "your", "this bot", "sendbot", or the asker using it: "how do I
ask") and every other word in it is about using a bot (ask, commands, sources, trust, up to
date ...) or names the whole field (SEND) rather than a topic in it. "can you tell me how many
special schools opened" is addressed to the bot too, but "schools" and "opened" are a topic:
that is a question. Chat is a message made only of social words with at least one greeting,
thanks or goodbye in it.

The rules are here; the words they look up are in `chat_words` and `bot_words`, the phrases in
`chat_phrases` and `bot_phrases`, the rules for questions about the bot in `about_bot`, and
`Kind` in `message_kind`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sendbot.answering.about_bot import about_the_bot, has_asking_word, what_it_can_do
from sendbot.answering.bot_phrases import HOW_TO_ASK_ABOUT, OWN_CASE_TOLD, RUN_BY
from sendbot.answering.bot_words import CAN_IT_OPENS, RUN_BY_CUES
from sendbot.answering.chat_phrases import (
    ASKING,
    BARE_HELP_LINES,
    CHAT_LINE,
    DRAWN_OUT,
    FILLER,
    HELLO_THEN,
    INTRODUCED,
    JOINED,
    LEAVING,
    LEAVING_BYE,
    MARKED,
    NOT_GOOD,
    SLASH_COMMAND,
    SOCIAL,
    SPEAKS,
    THANKS_SAYS,
    THANKS_THEN,
    THANKS_WRITTEN,
    TRAILING_FILLER,
    VERDICT,
    WHAT,
    WRITTEN_CHAT,
)
from sendbot.answering.chat_words import (
    ACK_WORDS,
    ASKS_AFTER_THANKS,
    ASKS_FOR,
    ASKS_YES_OR_NO,
    BARE_HELP,
    BYE_WORDS,
    CHAT_WORDS,
    COMPLAINTS,
    EMOJI_KINDS,
    FEEDBACK_WORDS,
    GREETING_WORDS,
    MARKED_KINDS,
    OPENS_A_QUESTION,
    SOCIAL_CUES,
    THANKS_WORDS,
    TOLD_OPENERS,
    TRAILING_WORDS,
    TYPO_WORDS,
    TYPOS,
    word_in,
)
from sendbot.answering.message_kind import Kind
from sendbot.answering.normalise import QUESTION_WORDS, SMALLTALK, words
from sendbot.answering.other_language import written_in_another_language


def _feedback(said: Sequence[str], text: str) -> bool:
    """'that's wrong', 'useless', 'not what I asked': a verdict on the last reply, with
    nothing in it to look up. Not 'is that wrong?' (a question) nor 'not bad'."""
    if not all(word in FEEDBACK_WORDS or word in COMPLAINTS for word in said):
        return False
    # "what a useless answer" exclaims; "what is wrong with it?" asks.
    opens_a_question = said[0] in OPENS_A_QUESTION and not text.startswith("what a ")
    if NOT_GOOD.search(text):
        return not opens_a_question or text.startswith("are you")
    return not opens_a_question and any(
        word in COMPLAINTS and (at == 0 or said[at - 1] != "not") for at, word in enumerate(said)
    )


def written_thanks(folded: str) -> bool:
    """'dziękuję', 'спасибо': thanks in a script or spelling sendbot's words leave out."""
    return not folded.isascii() and bool(THANKS_WRITTEN.match(folded))


def _written_chat(folded: str) -> Kind | None:
    for kind, written in WRITTEN_CHAT:
        if written.match(folded):
            return kind
    return None


# How many words a line of chat or feedback may have ("you have been a really great help
# thanks"), and a question whether the bot can help with a child's own case.
_SHORT = 10
_WHAT_IT_CAN_DO_WORDS = 16


def kind_of(folded: str, raw_words: Sequence[str]) -> Kind:
    """`folded`: the message folded (see `fold_text`); `raw_words`: its words."""
    if not TYPO_WORDS.isdisjoint(raw_words):
        raw_words = [TYPOS.get(word, word) for word in raw_words]
    raw_words = _hello_drawn_in(raw_words)
    if written_thanks(folded):
        return Kind.THANKS
    if ":" in folded or "*" in folded:
        marked = _marked_kind(folded)
        if marked is not None:
            return marked
    if not folded.isascii() and len(raw_words) <= 4:
        written = _written_chat(folded)
        if written is not None:
            return written
    if len(raw_words) <= _SHORT and SPEAKS.match(folded):
        return Kind.LANGUAGE
    if written_in_another_language(raw_words):
        return Kind.LANGUAGE  # "Faint o ysgolion arbennig sydd wedi agor?": English only
    if not raw_words:
        return Kind.EMPTY
    text = " ".join(raw_words)
    # Without the hello or "ok" before it, "whats" read as "what".
    lead = WHAT.sub("what", FILLER.sub("", text))
    bare = lead
    if bare.endswith(TRAILING_WORDS):  # else no filler word ends it: most messages
        bare = TRAILING_FILLER.sub("", bare)
    if not bare:
        return Kind.HELP if "help" in raw_words else _chat_kind(folded, raw_words)
    if bare in BARE_HELP or BARE_HELP_LINES.match(bare):
        return Kind.HELP
    if len(raw_words) <= _SHORT:  # chat and feedback are short: most questions skip this
        line = CHAT_LINE.match(bare) or (CHAT_LINE.match(text) if bare != text else None)
        if line is not None and line.lastgroup:
            return Kind(line.lastgroup)
        if _feedback(bare.split(), bare):
            return Kind.FEEDBACK
    said = frozenset(raw_words)
    if not SOCIAL_CUES.isdisjoint(said) and SOCIAL.search(text):
        return Kind.GREETING
    if len(raw_words) <= _TOLD_WORDS and raw_words[0] in TOLD_OPENERS:
        told = _told(folded)
        if told is not None:
            return told
    chat = _chat_kind(folded, raw_words)
    if (
        chat is Kind.QUESTION
        and not _LEAVING_WORDS.isdisjoint(said)
        and QUESTION_WORDS.isdisjoint(said)
        and "?" not in folded
        and (LEAVING_BYE.match(folded) or _thanks_then_leaving(folded))
    ):
        return Kind.BYE  # "cheers, off to pick up the kids now bye": told, not asked
    # "thank you" is addressed to the bot, and still thanks; "hey sendbot" is a hello.
    if chat in (Kind.THANKS, Kind.BYE) or (
        chat is not Kind.QUESTION and not has_asking_word(raw_words)
    ):
        return chat
    about = about_the_bot(text)
    if about is None and not RUN_BY_CUES.isdisjoint(said) and RUN_BY.match(bare):
        about = Kind.ABOUT
    if about is None and "/" in folded and SLASH_COMMAND.search(folded):
        # "what does /ask do?": a command of the bot's, named as a thing it has
        about = about_the_bot(SLASH_COMMAND.sub(" command ", folded).strip())
    if about is None and lead != text:
        # "hi, how does this work?" asks how it works, as it does without the hello.
        about = about_the_bot(lead)
    if (
        about is None
        and len(raw_words) <= _WHAT_IT_CAN_DO_WORDS
        and bare.partition(" ")[0] in CAN_IT_OPENS
    ):
        about = what_it_can_do(bare)
    if about is None and raw_words[0] in ("my", "our", "what") and OWN_CASE_TOLD.match(bare):
        about = Kind.OWN_CASE
    if about is None and "about" in said and HOW_TO_ASK_ABOUT.match(bare):
        about = Kind.HELP
    return about or chat


def _marked_kind(folded: str) -> Kind | None:
    """':wave:', '*waves*', ':pray: thanks': emoji written as a shortcode or an action, read as
    the emoji are; what is left beside them is read as it is, and a question left stays one."""
    named = [found[1] or found[2] for found in MARKED.finditer(folded)]
    if not any(name in MARKED_KINDS for name in named):
        return None
    rest = MARKED.sub(
        lambda found: " " if (found[1] or found[2]) in MARKED_KINDS else found[0], folded
    )
    said = words(rest)
    if not said:
        return next(MARKED_KINDS[name] for name in named if name in MARKED_KINDS)
    kind = kind_of(rest.strip(), said)
    return None if kind is Kind.QUESTION else kind


# A hello or thanks followed by something told, not asked: "hi, i'm a senco at a primary",
# "hello from a rainy manchester", "thanks, i'll pass that on to the other parents". The
# telling has no question in it: no "?", no question word, no asking for anything.
_TOLD_WORDS = 16
# A word of leaving ("off to ...", "got to go"), looked for before the pattern is tried.
_LEAVING_WORDS = frozenset({"off", "go", "gotta", "done", "going"})


def _thanks_then_leaving(folded: str) -> bool:
    """'lovely, thank you, off to do the school run now', 'super helpful, cheers. heading off
    to pick my daughter up': thanks (or praise with thanks), then the asker says they are
    leaving. Whatever follows the leaving is where they are going, not a question; what comes
    before it is chat alone, with thanks in it ("off to check how many opened" thanks no one)."""
    found = LEAVING.search(folded)
    if found is None:
        return False
    before = words(folded[: found.start()])
    after = folded[found.end() :]
    return (
        bool(before)
        and all(word_in(word, CHAT_WORDS) for word in before)
        and not THANKS_WORDS.isdisjoint(before)
        # "thanks, off now - does it cover ap", "ta, off to tell them 15 opened": a clause
        # that asks, or a figure told to be checked, after the leaving is a question.
        and not any(character.isdigit() for character in after)
        and not any(
            clause.split()[0] in ASKS_YES_OR_NO
            # (the first goes on from the leaving: "off to do the school run")
            for clause in re.split(r"[,;:.!]| - ", after)[1:]
            if clause.split()
        )
    )


def _told(folded: str) -> Kind | None:
    if "?" in folded:
        return None
    for kind, opener, says, asks in (
        (Kind.GREETING, HELLO_THEN, INTRODUCED, ASKS_FOR),
        (Kind.THANKS, THANKS_THEN, THANKS_SAYS, ASKS_AFTER_THANKS),
        (Kind.GREETING, None, JOINED, ASKS_FOR),
    ):
        if opener is None:
            rest = folded
        else:
            found = opener.match(folded)
            if found is None:
                continue
            rest = found["rest"]
        rest = _without_closing_hello(rest)
        told = " ".join(words(rest))
        if (
            told
            and says.match(told)
            and not ASKING.search(told)
            and asks.isdisjoint(told.split())
            and not any(mark in rest for mark in ",;:")
            and " - " not in rest
        ):
            return kind
    return None


def _without_closing_hello(rest: str) -> str:
    """'just joined the server, hello all' -> 'just joined the server': a hello after the
    last comma closes what was told and asks nothing, so it is no second clause to read."""
    told, comma, closing = rest.rpartition(",")
    said = words(closing)
    if not comma or not said or GREETING_WORDS.isdisjoint(said):
        return rest
    return told if all(word in CHAT_WORDS for word in said) else rest


def emoji_kind(text: str) -> Kind | None:
    """'👋' is a hello, '🙏' thanks, '👍' an acknowledgement: read of a message with no
    words, which would otherwise be an empty line to prompt for a question."""
    for kind, emoji in EMOJI_KINDS:
        if any(character in emoji for character in text):
            return kind
    return None


def _hello_drawn_in(raw_words: Sequence[str]) -> Sequence[str]:
    """'hellooo anyone home' -> 'hello anyone home', 'heyyy is this thing on': a hello opening
    the message with its last letter drawn out is the hello, so what follows it is read as it
    is after a plain one (most messages open with no drawn-out letter: returned as they are)."""
    if not raw_words or len(raw_words[0]) < 3 or raw_words[0][-1] != raw_words[0][-2]:
        return raw_words
    # (squeezed whether or not the lists hold the drawn-out word: "hellooo" is a greeting word
    # too, which the phrases after a hello do not open with)
    hello = DRAWN_OUT.sub(r"\1", raw_words[0])
    if hello == raw_words[0] or hello not in GREETING_WORDS:
        return raw_words
    return [hello, *raw_words[1:]]


def _drawn_in(word: str) -> str:
    """'helloooo' -> 'hello', 'heyy' -> 'hey': a chat word with its last letter drawn out
    written as the lists hold it; other words as they are."""
    if len(word) < 3 or word[-1] != word[-2] or word in CHAT_WORDS:
        return word
    squeezed = DRAWN_OUT.sub(r"\1", word)
    return squeezed if squeezed != word and squeezed in CHAT_WORDS else word


def _chat_kind(folded: str, raw_words: Sequence[str]) -> Kind:
    # "who answered it, is that right?" is made of chat words too, and asks something. (The
    # words first: most questions have one that is no chat word, and need no pattern tried.)
    drawn = []
    for word in raw_words:
        # Most questions stop at their first word that is no chat word, even drawn in.
        if not word_in(word, CHAT_WORDS):
            word = _drawn_in(word)
            if word not in CHAT_WORDS:
                return Kind.QUESTION
        drawn.append(word)
    raw_words = drawn
    text = " ".join(raw_words)
    if ASKING.search(text):
        return Kind.QUESTION
    if VERDICT.match(text) or raw_words[0] in ASKS_YES_OR_NO:
        # "is that right?", "is it ok": asked, not said back.
        return Kind.QUESTION
    said = set(raw_words)
    if said & BYE_WORDS or re.search(
        r"\b(?:see (?:you|ya)|take care|talk (?:to you )?soon)\b", folded
    ):
        return Kind.BYE
    if said & THANKS_WORDS or "appreciated" in said:
        return Kind.THANKS
    if said <= ACK_WORDS or (said & ACK_WORDS and not said & GREETING_WORDS):
        return Kind.ACK
    if said & (GREETING_WORDS | SMALLTALK) or re.search(r"\bhow are (?:you|u)\b", folded):
        return Kind.GREETING
    return Kind.QUESTION
