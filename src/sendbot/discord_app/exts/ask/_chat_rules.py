"""When sendbot answers a chat message, and how. Pure: plain values in, a decision out.

The Discord cog turns each discord.Message into an `Incoming` and asks `should_answer`;
everything here is tested without Discord. Two ways in:
- addressed: the message mentions the bot (in its text, as a reply that pings it, or through
  the role Discord made for it), or is a DM; unless the server switched mentions off (or DMs
  are off). Always answered, even with "I don't have that", because someone asked the bot
  directly.
- overheard: a question in one of the server's answer channels (/settings, else
  SENDBOT_CHANNELS). Nobody asked the bot, so it speaks only when it is nearly sure
  (`HIGH_CONFIDENCE`), offers a 💡 reaction when it is fairly sure, and otherwise stays silent.
A channel where sending failed for lack of permission is left alone (`ChannelMutes`) until
the permissions on its server change or `MUTE_SECONDS` pass: every refused request counts
toward Discord's limit on invalid requests.
"""

from __future__ import annotations

import logging
import re
from collections import OrderedDict, deque
from collections.abc import Container, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from sendbot.answering.calibration import ANSWER_THRESHOLD
from sendbot.answering.match import MatchResult, Outcome

log = logging.getLogger("sendbot.chat")

K = TypeVar("K")
V = TypeVar("V")

# Overheard questions are answered only at this confidence or above. Nobody asked the bot, so
# a wrong fact there costs more than silence. Measured with benchmarks/chat_threshold.py on the
# labelled sets (shipped knowledge base, the matcher and confidence model of this version):
# on tests/eval/train.yaml answering at 0.85 gives 4 wrong answers in 165 (precision 0.98:
# 2 wrong facts, 2 out-of-scope questions answered), against 5 in 174 at 0.80; on
# tests/eval/questions.yaml 1 in 98. The price is recall, paid back by OFFER_EMOJI: between
# ANSWER_THRESHOLD and this threshold sendbot reacts instead, and answers only if the asker
# presses it. Partial and declined replies are never posted unprompted. The held-out sets
# were not used. Re-measure when the matcher or its confidence model changes.
HIGH_CONFIDENCE = 0.85
OFFER_EMOJI = "💡"

QUESTION_WORDS = frozenset(
    "how what when where which who whom whose why is are was were does do did can could "
    "will would should has have had any anyone".split()
)


@dataclass(frozen=True, slots=True)
class Incoming:
    """The parts of a chat message the decision needs."""

    message_id: int
    author_id: int
    author_is_bot: bool
    is_webhook: bool
    channel_id: int
    parent_id: int | None  # a thread's channel
    in_guild: bool
    mentions_me: bool  # in the text, or a reply that pings the bot
    content: str


@dataclass(frozen=True, slots=True)
class ChatPolicy:
    my_id: int
    channels: frozenset[int] = frozenset()  # the server's answer channels
    mentions: bool = True  # answer messages that mention the bot
    dms: bool = True  # answer direct messages


def is_addressed(message: Incoming, policy: ChatPolicy) -> bool:
    if not message.in_guild:
        return policy.dms
    return message.mentions_me and policy.mentions


def in_answer_channel(message: Incoming, policy: ChatPolicy) -> bool:
    return message.channel_id in policy.channels or message.parent_id in policy.channels


def should_answer(message: Incoming, policy: ChatPolicy, answered: Container[int]) -> bool:
    """Whether sendbot should look at this message at all (confidence is decided later)."""
    if message.author_id == policy.my_id:
        log.debug("skip %s: my own message", message.message_id)
        return False
    if message.is_webhook:
        log.debug("skip %s: sent by a webhook", message.message_id)
        return False
    if message.author_is_bot:
        log.debug("skip %s: the author is a bot", message.message_id)
        return False
    if message.message_id in answered:
        log.debug("skip %s: already answered", message.message_id)
        return False
    if is_addressed(message, policy):
        return True
    if not message.in_guild:
        log.debug("skip %s: direct messages are switched off", message.message_id)
        return False
    if not in_answer_channel(message, policy):
        log.debug("skip %s: not addressed to me, not an answer channel", message.message_id)
        return False
    if not looks_like_question(message.content):
        log.debug("skip %s: does not look like a question", message.message_id)
        return False
    return True


def question_text(content: str, my_id: int, my_role_id: int | None = None) -> str:
    """The message without mentions of the bot (or of its own role), on one line."""
    without = re.sub(rf"<@!?{my_id}>", " ", content)
    if my_role_id is not None:
        without = without.replace(f"<@&{my_role_id}>", " ")
    return " ".join(without.split())


# Discord's @ list offers the role it made for the bot beside the bot itself, and people pick
# it. Such a message is addressed to the bot, but Discord may withhold its text unless the
# bot reads every message: then say how to ask instead of staying silent.
# A bare mention replying to someone's message asks the bot to answer that message; when
# Discord withholds its text (no Message Content intent), say how to ask about it instead.
REPLIED_UNREAD = (
    "I can't read the message you replied to. To ask me about it, open its menu and choose "
    "Apps → Ask sendbot, or use /ask."
)
ROLE_MENTION_UNREAD = (
    "I couldn't read that message: it mentions my role rather than me. Pick me in the @ list "
    "(the entry marked APP, not the role with my name), or use /ask."
)


# A mention under someone else's message whose own words ask nothing I could look up ("can you
# answer this?", "any idea?", "^") points at that message, as a bare mention does. Its own
# words, read alone, got no answer and are not said to me (hello, thanks); they are few; and
# each is a word of the knowledge base: a word it does not know names a topic asked of me
# ("what about buses?"), and is told "I don't have that".
POINTER_WORDS = 6
# A request for help with me ("help", "what can I ask?", "how do I use you") is for my help
# text wherever it is sent, unless it also points ("can you help with this?").
_ASKS_ABOUT_ME = re.compile(r"\b(?:help|ask|use|commands?)\b", re.IGNORECASE)
_POINTS = re.compile(r"\^|\b(?:this|that|these|those|it|above)\b", re.IGNORECASE)


def points_at_replied(
    outcome: Outcome, text: str, terms: Sequence[str], known: Container[str]
) -> bool:
    """Whether a mention's own `text` (its `terms` as matched, `outcome` its reply read
    alone) only points at the message it replies to."""
    if outcome not in (Outcome.DECLINED, Outcome.HELP):
        return False
    if outcome is Outcome.HELP and _ASKS_ABOUT_ME.search(text) and not _POINTS.search(text):
        return False
    return len(text.split()) <= POINTER_WORDS and all(term in known for term in terms)


# Answers are embeds, which Discord refuses from a bot without Embed Links in the channel.
NO_EMBED_LINKS = (
    "I can't show answers in this channel: I need the Embed Links permission here (a server "
    "admin can give it). /ask works everywhere."
)


def looks_like_question(text: str) -> bool:
    text = text.strip()
    if not text:
        return False
    if text.endswith("?"):
        return True
    first = re.split(r"[^\w']+", text.lower(), maxsplit=1)[0]
    return first in QUESTION_WORDS and len(text.split()) >= 3


class ChannelAction(StrEnum):
    ANSWER = "answer"
    OFFER = "offer"  # react with OFFER_EMOJI; answer if the asker presses it
    IGNORE = "ignore"


def channel_action(result: MatchResult) -> ChannelAction:
    """What to do with an overheard question, by how sure the matcher is."""
    if result.outcome is not Outcome.ANSWERED:
        return ChannelAction.IGNORE
    if result.confidence >= HIGH_CONFIDENCE:
        return ChannelAction.ANSWER
    if result.confidence >= ANSWER_THRESHOLD:
        return ChannelAction.OFFER
    return ChannelAction.IGNORE


def unasked_action(reply: Outcome) -> ChannelAction:
    """What to do with an overheard question the matcher is nearly sure of, by what the reply
    gives: only an answer is sent unasked. A reply the sources give in part (what they do not
    say, then a related fact) is offered, for the asker to choose; a decline is not sent."""
    if reply is Outcome.ANSWERED:
        return ChannelAction.ANSWER
    if reply is Outcome.PARTIAL:
        return ChannelAction.OFFER
    return ChannelAction.IGNORE


class Bounded(Generic[K, V]):
    """A mapping that forgets its oldest entries beyond `size`."""

    def __init__(self, size: int) -> None:
        if size < 1:
            raise ValueError("size must be at least 1")
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def __contains__(self, key: object) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def __setitem__(self, key: K, value: V) -> None:
        self._items[key] = value
        self._items.move_to_end(key)
        while len(self._items) > self.size:
            self._items.popitem(last=False)

    def get(self, key: K) -> V | None:
        return self._items.get(key)

    def pop(self, key: K) -> V | None:
        return self._items.pop(key, None)

    def items(self) -> list[tuple[K, V]]:
        return list(self._items.items())


# How long a channel where sending was refused (403) is left alone, unless the permissions
# on its server change first.
MUTE_SECONDS = 600.0


class ChannelMutes:
    """Channels where the bot lacks permission: not tried again until a permission change on
    their server (`lift_guild`) or `seconds` pass. Time is passed in; bounded."""

    def __init__(self, seconds: float = MUTE_SECONDS, size: int = 10_000) -> None:
        self.seconds = seconds
        self._until: Bounded[int, tuple[float, int | None]] = Bounded(size)

    def mute(self, channel_id: int, guild_id: int | None, now: float) -> None:
        self._until[channel_id] = (now + self.seconds, guild_id)

    def muted(self, channel_id: int, now: float) -> bool:
        found = self._until.get(channel_id)
        if found is None:
            return False
        if now >= found[0]:
            self._until.pop(channel_id)
            return False
        return True

    def lift_guild(self, guild_id: int) -> int:
        """Forget every muted channel of this server; how many there were."""
        lifted = [channel for channel, (_, guild) in self._until.items() if guild == guild_id]
        for channel in lifted:
            self._until.pop(channel)
        return len(lifted)

    def __len__(self) -> int:
        return len(self._until)


class RecentIds:
    """Message ids already handled, so no message is answered twice; bounded."""

    def __init__(self, size: int = 10_000) -> None:
        self._ids: Bounded[int, None] = Bounded(size)

    def add(self, message_id: int) -> None:
        self._ids[message_id] = None

    def __contains__(self, message_id: object) -> bool:
        return message_id in self._ids

    def __len__(self) -> int:
        return len(self._ids)


class SlowDownNotes:
    """Who was told to slow down, and until when: a member asking too fast is told once per
    wait, so that a flood of mentions gets one note, not one each. Time is passed in; bounded."""

    def __init__(self, size: int = 10_000) -> None:
        self._until: Bounded[int, float] = Bounded(size)

    def first(self, key: int, now: float, wait: float) -> bool:
        """Whether to tell `key` now (not told during this wait yet); counts it as told."""
        until = self._until.get(key)
        if until is not None and now < until:
            return False
        self._until[key] = now + wait
        return True


class Cooldown:
    """At most `rate` uses per `per` seconds for each key; time is passed in."""

    def __init__(self, rate: int, per: float, *, max_keys: int = 10_000) -> None:
        if rate < 1 or per <= 0:
            raise ValueError("rate must be at least 1 and per positive")
        self.rate = rate
        self.per = per
        self._uses: Bounded[int, deque[float]] = Bounded(max_keys)

    def hit(self, key: int, now: float) -> float:
        """Use one: 0.0 when allowed, otherwise the seconds to wait (and nothing is used)."""
        uses = self._uses.get(key) or deque()
        while uses and now - uses[0] >= self.per:
            uses.popleft()
        if len(uses) >= self.rate:
            self._uses[key] = uses
            return uses[0] + self.per - now
        uses.append(now)
        self._uses[key] = uses
        return 0.0
