"""A Reply -> what Discord shows: embed fields and message text within Discord's limits. Pure.

It builds on sendbot.answering.reply, the one formatter every front end shares (`citation`,
`human_date`, the statement and the verbatim quote), and adds only what Discord needs:
limits, escaping and layout. It returns plain values (`EmbedSpec`, `Rendered`); bot/exts
turns them into discord.Embed objects and buttons.

Text from the knowledge base or from users is escaped with discord.py's own
`escape_markdown` and `escape_mentions` (pure text functions, imported so the rules are
exactly the library's), so it can neither ping anyone nor break the formatting around it.
Mentions are also switched off on every send; escaping is the second lock on the door.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from discord.utils import escape_markdown, escape_mentions

from sendbot.answering.markup import strip_markup
from sendbot.answering.match import Outcome
from sendbot.answering.passed_date import OPENING as PASSED_OPENING
from sendbot.answering.reply import (
    BROWSE_HINT,
    Reply,
    citation,
    refusal_text,
    says_what_sources_cover,
    speaker_text,
)
from sendbot.knowledge.human_date import human_date
from sendbot.knowledge.model import Fact, KnowledgeBase, Source

# Discord's limits (characters unless noted).
MESSAGE_LIMIT = 2000
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
MAX_FIELDS = 25
FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000
BUTTON_LABEL_LIMIT = 80

ELLIPSIS = "…"
ASKED_PREFIX = "Asked: "
FACTS_PER_PAGE = 10
MAX_TOPICS = 3
# What a clipped cut should not end on: a dangling backslash would escape the ellipsis.
_TRAILING_JUNK = " \t\n\\,;:-\u2013\u2014"


def clip(text: str, limit: int) -> str:
    """`text` in at most `limit` characters: cut on a word boundary, ending with an ellipsis.

    A single word longer than half the room is cut inside the word instead.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    cut = text[:room]
    if text[room].isspace():  # the cut already falls between two words
        return cut.rstrip(_TRAILING_JUNK) + ELLIPSIS
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary >= room // 2:
        cut = cut[:boundary]
    return cut.rstrip(_TRAILING_JUNK) + ELLIPSIS


# Bidirectional overrides and isolates: echoed, one turns the rest of the line around
# ("Asked: \u202ehow many..." shows reversed) or disguises what the text says.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def escape(text: str) -> str:
    """For text Discord renders as markdown: no formatting, no pings, no bidi overrides."""
    return escape_mentions(escape_markdown(_BIDI_CONTROLS.sub("", text)))


def escape_plain(text: str) -> str:
    """For text Discord shows as typed (footers, author names): no pings, no bidi overrides."""
    return escape_mentions(_BIDI_CONTROLS.sub("", text))


@dataclass(frozen=True, slots=True)
class Field:
    name: str
    value: str
    inline: bool = False


@dataclass(frozen=True, slots=True)
class EmbedSpec:
    title: str
    description: str = ""
    fields: tuple[Field, ...] = ()
    footer: str = ""
    url: str | None = None
    image: str | None = None  # e.g. "attachment://chart.png" for a file sent with the embed
    colour: int | None = None  # None: the usual answer colour
    # Shown by Discord beside the footer in each reader's own time zone: timestamp markup
    # (<t:UNIX:f>) is plain text in a footer.
    timestamp: dt.datetime | None = None

    @property
    def total_length(self) -> int:
        """What Discord counts against the 6,000-character embed limit."""
        fields = sum(len(field.name) + len(field.value) for field in self.fields)
        return len(self.title) + len(self.description) + fields + len(self.footer)


def fit(embed: EmbedSpec) -> EmbedSpec:
    """Every part within its limit, and the whole within 6,000 (the description gives way)."""
    fields = tuple(
        Field(
            clip(field.name, FIELD_NAME_LIMIT), clip(field.value, FIELD_VALUE_LIMIT), field.inline
        )
        for field in embed.fields[:MAX_FIELDS]
    )
    embed = replace(
        embed,
        title=clip(embed.title, TITLE_LIMIT),
        description=clip(embed.description, DESCRIPTION_LIMIT) if embed.description else "",
        fields=fields,
        footer=clip(embed.footer, FOOTER_LIMIT) if embed.footer else "",
    )
    excess = embed.total_length - EMBED_TOTAL_LIMIT
    if excess > 0:
        room = max(len(embed.description) - excess, 1)
        embed = replace(embed, description=clip(embed.description, room))
    return embed


class Kind(StrEnum):
    ANSWER = "answer"  # an embed with the fact; buttons: source, related, not what I asked
    PARTIAL = "partial"  # what the source does not say, then the closest fact as related
    ABSTAIN = "abstain"  # "I don't have that" with the closest topics as buttons
    TEXT = "text"  # a greeting or a nudge: plain text, no buttons


@dataclass(frozen=True, slots=True)
class Topic:
    """A fact offered as a button."""

    fact_id: str
    label: str


@dataclass(frozen=True, slots=True)
class Rendered:
    kind: Kind
    content: str = ""
    embed: EmbedSpec | None = None
    topics: tuple[Topic, ...] = ()
    fact_id: str | None = None


def button_label(text: str) -> str:
    return clip(" ".join(text.split()), BUTTON_LABEL_LIMIT)


def topic(fact: Fact) -> Topic:
    return Topic(fact.id, button_label(fact.label))


def topics(items: Iterable[tuple[str, str]]) -> tuple[Topic, ...]:
    """(fact id, label) pairs -> at most MAX_TOPICS buttons' worth."""
    return tuple(Topic(fact_id, button_label(label)) for fact_id, label in items)[:MAX_TOPICS]


# Emphasis a footer would show as typed: **bold**, __underline__, ~~strike~~, ||spoiler||, and
# *italic* or _italic_ around words (not "2*3" or "6_000").
_EMPHASIS = re.compile(r"\*\*|__|~~|\|\|")
# What a removed mention leaves: "is the weather <@1...>?" -> "is the weather ?".
_SPACE_BEFORE_STOP = re.compile(r" ([?!.,;:])(?=\s|$)")
_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
# A user, role or channel mention `strip_markup` leaves (it takes out ids of five digits or
# more): "<@123>", "<@!x>", "<@&1>", "<#42>". Nobody is pinged (allowed_mentions), but a footer
# should not show mention syntax; @everyone and @here it takes out, and `escape_plain`
# neutralises any it does not ("@everyones").
_MENTION_LEFT = re.compile(r"<(?:@[!&]?|#)[^<>\s]*>")


def readable_question(question: str) -> str:
    """The question as a person reads it where markup is not rendered (a footer) or is
    escaped (the "You asked" echo): the chat markup the answering takes out before matching
    (mentions, channels, custom emoji, timestamps, links, code, quoted lines;
    `answering.markup.strip_markup`) and any mention form it leaves taken out, and emphasis
    markers dropped. "Not what I asked" reads it back from the footer, so it asks what was
    matched, with no user ids."""
    text = _MENTION_LEFT.sub("", strip_markup(question))
    text = _ITALIC.sub(r"\2", _EMPHASIS.sub("", text))
    return _SPACE_BEFORE_STOP.sub(r"\1", " ".join(text.split()))


def asked_footer(question: str) -> str:
    return clip(ASKED_PREFIX + escape_plain(readable_question(question)), FOOTER_LIMIT)


def question_from_footer(footer: str | None) -> str | None:
    """The question an answer embed was for (the inverse of `asked_footer`)."""
    if not footer or not footer.startswith(ASKED_PREFIX):
        return None
    return footer.removeprefix(ASKED_PREFIX).replace("@\u200b", "@") or None


def quote_block(quote: str, limit: int = FIELD_VALUE_LIMIT) -> str:
    """The verbatim quote as a Discord block quote, in double quotes, within `limit`."""
    text = escape(quote.strip())
    lines = text.count("\n") + 1
    overhead = len('> "') + len('"') + len("\n> ") * (lines - 1)
    text = clip(text, limit - overhead)
    return '> "' + text.replace("\n", "\n> ") + '"'


def fact_embed(
    fact: Fact, source: Source, question: str | None = None, corrected: str | None = None
) -> EmbedSpec:
    """Statement, verbatim quote, who said it when, and the date the figures hold for; first,
    the line said before the fact (`corrected`: a checked figure set right, or what letters
    asked stand for), if any."""
    statement = f"{corrected}\n{fact.statement}" if corrected else fact.statement
    return fit(
        EmbedSpec(
            title=escape(fact.label),
            description=escape(statement),
            fields=(
                Field("Quote", quote_block(fact.quote)),
                Field("Source", escape(citation(source))),
                Field("As of", human_date(fact.as_of), inline=True),
            ),
            footer=asked_footer(question) if question else f"Fact: {fact.id}",
            url=source.url,
        )
    )


OVERVIEW_TITLE = "Each of these answers part of your question"
# The least room a quote is cut to, however many facts share the message.
_LEAST_QUOTE = 80


def overview_embed(
    parts: Sequence[tuple[Fact, Source]],
    question: str,
    notes: Sequence[str] = (),
    dated: Sequence[tuple[str, str]] = (),
) -> EmbedSpec:
    """The facts that together answer what there is ("what training is available for
    SENCOs?"), one field each: its quote and who said it when, and under that the part's line
    from `dated` (fact id, line) when its promised date has passed. The whole, with the
    `notes` shown after it, is kept within one message's 2,000 characters (not the embed's
    6,000), so that the parts are read as one short answer: each quote is cut to its share of
    the room."""
    footer = asked_footer(question)
    notes_length = sum(len(note) + 40 for note in notes)  # each note's field and its name
    room = (MESSAGE_LIMIT - len(OVERVIEW_TITLE) - len(footer) - notes_length) // len(parts)
    lines = dict(dated)
    fields = []
    for fact, source in parts:
        name = clip(escape(fact.label), FIELD_NAME_LIMIT)
        said = f"— {escape(source.answered_by.name)}, {human_date(source.answered)}"
        if fact.id in lines:
            said += f"\n{escape(lines[fact.id])}"
        share = min(FIELD_VALUE_LIMIT, room - len(name)) - len(said) - 1
        fields.append(Field(name, f"{quote_block(fact.quote, max(share, _LEAST_QUOTE))}\n{said}"))
    first_source = parts[0][1]
    return fit(
        EmbedSpec(title=OVERVIEW_TITLE, fields=tuple(fields), footer=footer, url=first_source.url)
    )


PARTIAL_TITLE = "The source doesn't say that: related information"
PARTIAL_COLOUR = 0xD69E2E  # amber: not an answer


def partial_embed(missing: str, fact: Fact, source: Source, question: str) -> EmbedSpec:
    """What the source does not give, then the closest fact, marked as related, not the answer."""
    return fit(
        EmbedSpec(
            title=PARTIAL_TITLE,
            description=escape(missing),
            fields=(
                Field("Related, not the answer", escape(fact.statement)),
                Field("Quote", quote_block(fact.quote)),
                Field("Source", escape(citation(source))),
                Field("As of", human_date(fact.as_of), inline=True),
            ),
            footer=asked_footer(question),
            url=source.url,
            colour=PARTIAL_COLOUR,
        )
    )


def abstain_text(
    question: str,
    offered: bool,
    notes: Sequence[str] = (),
    why: str | None = None,
    opening: str | None = None,
) -> str:
    """`notes`: what else the reply says (that a follow-on message is read on its own); `why`:
    why no source answers, when it is not the topic ("which answer?", the asker's own case).
    `opening`: the shared reply's own first sentence, when it offers no topic and says what
    the sources are instead (`uncovered_text`), so Discord and the terminal say the same."""
    # "I don't have that in my sources.", and what they are when no topic is near.
    text = escape(why) if why else escape(opening) if opening else refusal_text(())
    if offered:
        text += " The closest topics I do have are below."
    text = "\n".join((text, *(escape(note) for note in notes)))
    echo = clip(escape(readable_question(question)), MESSAGE_LIMIT // 2)
    return clip(f"{text}\n-# You asked: {echo}", MESSAGE_LIMIT)


# How a year named relative to today was read: "“Last year” is read as 2025/26, counting from
# today (3 December 2026)." It is about the question, not about the newest figure.
_READING = re.compile(r"^“[^”]+” is read as ")
READING_FIELD = "How your question was read"
PASSED_FIELD = "When it was said"


def with_notes(embed: EmbedSpec, notes: Sequence[str]) -> EmbedSpec:
    """How a relative year was read, as a field of its own; then the earlier figures of a
    measure and how old its newest one is, as the "Newest figure" field; then a date the
    quote looked ahead to that has passed, as its own field."""
    readings = [note for note in notes if _READING.match(note)]
    # "This was said on 22 March 2024, looking ahead to May 2024: ...": a date gone by, which
    # is no newest figure.
    passed = [note for note in notes if note.startswith(PASSED_OPENING)]
    figures = [note for note in notes if not _READING.match(note) and note not in passed]
    fields = []
    if readings:
        fields.append(Field(READING_FIELD, escape("\n".join(readings))))
    if figures:
        fields.append(Field("Newest figure", escape("\n".join(figures))))
    if passed:
        fields.append(Field(PASSED_FIELD, escape("\n".join(passed))))
    if not fields:
        return embed
    return fit(replace(embed, fields=(*embed.fields, *fields)))


def render_reply(reply: Reply, *, kb_here: bool = False) -> Rendered:
    """What to send for an answer to a question; `kb_here`: /kb exists where it was asked
    (a home server), so the help reply names it for moderators."""
    if reply.answered and reply.fact is not None and reply.source is not None and reply.together:
        parts = ((reply.fact, reply.source), *reply.together)
        return Rendered(
            Kind.ANSWER,
            embed=with_notes(
                overview_embed(parts, reply.question, reply.notes, reply.parts_dated),
                reply.notes,
            ),
            fact_id=reply.fact.id,
        )
    if reply.answered and reply.fact is not None and reply.source is not None:
        return Rendered(
            Kind.ANSWER,
            embed=with_notes(
                fact_embed(reply.fact, reply.source, reply.question, reply.corrected), reply.notes
            ),
            fact_id=reply.fact.id,
        )
    if (
        reply.outcome is Outcome.PARTIAL
        and reply.fact is not None
        and reply.source is not None
        and reply.missing
    ):
        return Rendered(
            Kind.PARTIAL,
            embed=with_notes(
                partial_embed(reply.missing, reply.fact, reply.source, reply.question), reply.notes
            ),
            fact_id=reply.fact.id,
        )
    if reply.outcome is Outcome.DECLINED:
        offered = topics((item.fact_id, item.label) for item in reply.suggestions)
        first_line = reply.text.split("\n", 1)[0]
        opening = first_line if says_what_sources_cover(first_line) else None
        return Rendered(
            Kind.ABSTAIN,
            content=abstain_text(
                reply.question, bool(offered), reply.notes, reply.missing, opening
            ),
            topics=offered,
        )
    text = escape(reply.text)
    if reply.outcome is Outcome.HELP and kb_here:
        text += f"\n{KB_HELP_LINE}"
    # The shared help names the terminal's command too; on Discord only /facts is any use.
    text = text.replace(escape(BROWSE_HINT), DISCORD_BROWSE_HINT)
    return Rendered(Kind.TEXT, content=clip(text, MESSAGE_LIMIT))


# What the help reply says on Discord in place of BROWSE_HINT.
DISCORD_BROWSE_HINT = "To browse every fact: /facts, or /help for the ways to ask."
# The line /help and the help reply add where /kb exists (a home server): moderators could
# not find it, as Discord lists it only to members with Manage Server.
KB_HELP_LINE = (
    "Moderators: `/kb` keeps the knowledge base here: `/kb gaps` lists the questions I could "
    "not answer, `/kb alias` teaches a fact another way of asking, `/kb undo` takes a change "
    "back (Manage Server or a moderator role)."
)


def topics_text(heading: str, offered: Sequence[Topic]) -> str:
    if not offered:
        return clip(f"{heading} Nothing close enough, sorry: try /facts to browse.", MESSAGE_LIMIT)
    return clip(heading, MESSAGE_LIMIT)


def source_embed(source: Source, fact_count: int | None = None) -> EmbedSpec:
    """Everything known about a source document, including the question it answered."""
    speaker = speaker_text(source)
    fields = [
        Field("Kind", escape(source.kind.capitalize()), inline=True),
        Field("Department", escape(source.department), inline=True),
        Field("Answered by", escape(speaker)),
        Field("Answered", human_date(source.answered), inline=True),
    ]
    if source.asked:
        fields.append(Field("Asked", human_date(source.asked), inline=True))
    if source.question:
        fields.append(Field("Question asked", escape(source.question)))
    fields.append(Field("Licence", escape(source.licence), inline=True))
    if source.url:
        fields.append(Field("Link", source.url, inline=True))
    footer = f"{fact_count} facts quoted from this source" if fact_count is not None else ""
    return fit(
        EmbedSpec(
            title=escape(source.title),
            description=escape(citation(source)),
            fields=tuple(fields),
            footer=footer,
            url=source.url,
        )
    )


def fact_pages(facts: Sequence[Fact], heading: str) -> tuple[EmbedSpec, ...]:
    """A list of facts, FACTS_PER_PAGE to a page, each with the id `/fact` takes."""
    if not facts:
        return (EmbedSpec(title=clip(escape(heading), TITLE_LIMIT), description="No facts."),)
    chunks = [facts[at : at + FACTS_PER_PAGE] for at in range(0, len(facts), FACTS_PER_PAGE)]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        lines = [f"**{escape(clip(fact.label, 200))}**\n`{fact.id}`" for fact in chunk]
        pages.append(
            fit(
                EmbedSpec(
                    title=escape(heading),
                    description="\n".join(lines),
                    footer=(
                        f"Page {number} of {len(chunks)} · {len(facts)} facts · "
                        "/fact shows one by its id"
                    ),
                )
            )
        )
    return tuple(pages)


# Room for the sources in /help: the rest of it is about 1,100 characters (1,350 with the
# moderators' line on a home server).
HELP_SOURCES_LIMIT = 2_500


def lines_within(lines: Sequence[str], limit: int, more: str = "…and {n} more") -> str:
    """As many whole lines as fit in `limit` characters, then how many were left out."""
    text = "\n".join(lines)
    if len(text) <= limit:
        return text
    used = [0]  # used[k]: the length of the first k lines, each with its newline
    for line in lines:
        used.append(used[-1] + len(line) + 1)
    for keep in range(len(lines) - 1, -1, -1):
        tail = more.format(n=len(lines) - keep)
        if used[keep] + len(tail) <= limit:
            return "\n".join([*lines[:keep], tail])
    return clip(more.format(n=len(lines)), limit)


def sources_embed(kb: KnowledgeBase) -> EmbedSpec:
    """Every source on one line, newest answer first: what /source shows when the full
    descriptions of all of them would not fit in one message."""
    counts: dict[str, int] = {}
    for fact in kb:
        counts[fact.source_id] = counts.get(fact.source_id, 0) + 1
    newest_first = sorted(kb.sources, key=lambda source: source.answered, reverse=True)
    lines = [
        f"• **{escape(clip(source.title, 200))}** · {human_date(source.answered)} · "
        f"{counts.get(source.id, 0)} facts"
        for source in newest_first
    ]
    return fit(
        EmbedSpec(
            title=f"My {len(newest_first)} sources, newest first",
            description=lines_within(lines, DESCRIPTION_LIMIT),
            footer="/source source: shows one in full, with the question it answered",
        )
    )


@dataclass(frozen=True, slots=True)
class HelpPlace:
    """Where /help is asked: what chat does there (a server's /settings, or a DM)."""

    in_dm: bool = False
    chats: bool = True  # mentions are answered on the server (in a DM: DMs are)
    channels: tuple[int, ...] = ()  # the server's answer channels
    kb_here: bool = False  # /kb exists here (a home server): named for moderators


def _chat_lines(place: HelpPlace) -> str:
    if place.in_dm:
        if place.chats:
            return "• Or just send me your question here\n"
        return "• Direct messages to me are switched off: use `/ask` in a server\n"
    if place.chats:
        lines = "• Mention me with your question in any channel I can read\n"
    else:
        lines = "• Mentions of me are switched off on this server: use `/ask`\n"
    if place.channels:
        where = ", ".join(f"<#{channel}>" for channel in place.channels[:10])
        more = f" and {len(place.channels) - 10} more" if len(place.channels) > 10 else ""
        lines += f"• In {where}{more} I also answer questions on my own, when I'm nearly sure\n"
    return lines


def _moderator_lines(place: HelpPlace) -> str:
    if not place.kb_here:
        return ""
    return f"**Moderators**\n• {KB_HELP_LINE.removeprefix('Moderators: ')}\n\n"


def _month_unless_named(source: Source) -> str:
    """ " (Jan 2026)", the month of the answer; nothing when the title names it already
    ("... (Lords, January 2026)" read "(Lords, January 2026) (Jan 2026)")."""
    if f"{source.answered:%B %Y}" in source.title:
        return ""
    return f" ({source.answered:%b %Y})"


def help_embed(kb: KnowledgeBase, place: HelpPlace = HelpPlace()) -> EmbedSpec:
    """How to ask, as it works where it is asked (`place`), and the sources."""
    newest_first = sorted(kb.sources, key=lambda source: source.answered, reverse=True)
    titles = lines_within(
        [f"• {escape(source.title)}{_month_unless_named(source)}" for source in newest_first],
        HELP_SOURCES_LIMIT,
        more="…and {n} more (`/source` lists them all)",
    )
    description = (
        "I answer questions about official statements on SEND policy, with the exact words "
        "they rest on and who said them when. I only repeat what the sources say: no figures "
        "of my own, no opinions.\n\n"
        "**Ways to ask**\n"
        "• `/ask question:` — e.g. `/ask question: how many special schools opened?` "
        "(add `private: True` to see the answer on your own)\n"
        f"{_chat_lines(place)}"
        "• Right-click a message → Apps → **Ask sendbot**\n\n"
        "**Under an answer**\n"
        "• **Show source** — the document, who answered and the question they answered\n"
        "• **Related** — nearby facts\n"
        "• **Not what I asked** — tells the curators, and shows the closest alternatives\n"
        "• **Dismiss** — removes the answer (only the person who asked)\n\n"
        "**Browse**\n"
        "• `/facts` (optionally by tag), `/fact id`, `/source`\n"
        "• `/trend measure` — a chart of one figure over time, each point with its source\n\n"
        f"{_moderator_lines(place)}"
        f"**My sources**, newest first\n{titles}"
    )
    return fit(
        EmbedSpec(title="How to ask sendbot", description=description, footer=f"{len(kb)} facts")
    )


__all__ = [
    "ASKED_PREFIX",
    "BUTTON_LABEL_LIMIT",
    "DESCRIPTION_LIMIT",
    "ELLIPSIS",
    "EMBED_TOTAL_LIMIT",
    "FIELD_VALUE_LIMIT",
    "FOOTER_LIMIT",
    "KB_HELP_LINE",
    "MESSAGE_LIMIT",
    "TITLE_LIMIT",
    "EmbedSpec",
    "Field",
    "HelpPlace",
    "Kind",
    "Rendered",
    "Topic",
    "abstain_text",
    "asked_footer",
    "button_label",
    "clip",
    "escape",
    "escape_plain",
    "fact_embed",
    "fact_pages",
    "fit",
    "help_embed",
    "lines_within",
    "question_from_footer",
    "quote_block",
    "readable_question",
    "render_reply",
    "source_embed",
    "sources_embed",
    "topic",
    "topics",
    "topics_text",
]
