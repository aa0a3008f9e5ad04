"""Asking sendbot on Discord: /ask, /fact, /facts, /source, /help, the "Ask sendbot" message
menu, and answers in chat (mentions, DMs and SENDBOT_CHANNELS).

Thin: questions go to sendbot.answering, replies are laid out by sendbot.discord_app.render,
chat decisions come from `_chat_rules` beside this module; this module only moves them to and
from Discord.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections.abc import Callable
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from sendbot.answering.answer import (
    MAX_MESSAGE_LENGTH,
    MAX_QUESTION_LENGTH,
    QuestionTooLong,
    answer,
)
from sendbot.answering.autocomplete import Choice, ChoiceList
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.markup import strip_markup
from sendbot.answering.match import Outcome, match
from sendbot.answering.misses import note_reply
from sendbot.answering.reply import Reply
from sendbot.discord_app.client import SendBot
from sendbot.discord_app.errors import log_listener_error, too_quick_text, where
from sendbot.discord_app.exts.ask._buttons import DYNAMIC_ITEMS, fact_view, reply_view
from sendbot.discord_app.exts.ask._chat_rules import (
    NO_EMBED_LINKS,
    OFFER_EMOJI,
    REPLIED_UNREAD,
    ROLE_MENTION_UNREAD,
    Bounded,
    ChannelAction,
    ChannelMutes,
    ChatPolicy,
    Cooldown,
    Incoming,
    RecentIds,
    SlowDownNotes,
    channel_action,
    is_addressed,
    looks_like_question,
    points_at_replied,
    question_text,
    should_answer,
    unasked_action,
)
from sendbot.discord_app.exts.ask._pager import Pager
from sendbot.discord_app.per_index import PerIndex
from sendbot.discord_app.render import (
    EMBED_TOTAL_LIMIT,
    EmbedSpec,
    HelpPlace,
    Rendered,
    clip,
    escape,
    fact_embed,
    fact_pages,
    help_embed,
    render_reply,
    source_embed,
    sources_embed,
)
from sendbot.discord_app.send import NO_MENTIONS, respond, to_embed
from sendbot.knowledge.model import KnowledgeBase

log = logging.getLogger("sendbot.ask")

# Per user: enough to ask a few questions in a row, not enough to flood a channel.
COMMAND_RATE, COMMAND_PER = 5, 30.0
CHAT_RATE, CHAT_PER = 5, 30.0
PAGER_TIMEOUT = 120.0
MAX_EMBEDS = 10
NO_TEXT = "That message has no text I can answer."
UNKNOWN_FACT = "I have no fact with the id {id}. `/facts` lists them all."
NO_FACT_ID = "Which fact? Start typing a topic in `id` to pick one; `/facts` lists them all."
UNKNOWN_SOURCE = "I have no source called {name}. `/source` lists them all."


class Choices:
    """Autocomplete choices for one index, built once (the index may be swapped at any time)."""

    def __init__(self, index: FactIndex) -> None:
        self.questions = ChoiceList.questions(index)
        self.facts = ChoiceList.facts(index)
        self.tags = ChoiceList.of(index.kb.tags())
        sources = index.kb.sources
        self.sources = ChoiceList(
            (Choice(clip(source.title, 100), source.id) for source in sources),
            keys=(f"{source.title} {source.id}" for source in sources),
        )


def my_role_mentioned(message: discord.Message) -> int | None:
    """The id of the bot's own role (the one Discord made for it) when the message mentions
    it, else None. Read from the message's role mentions, which arrive even when its text
    does not."""
    role = message.guild.self_role if message.guild else None
    if role is None or all(mentioned.id != role.id for mentioned in message.role_mentions):
        return None
    return role.id


def written(message: discord.Message) -> str:
    """What a message says: its own text or, for a forward (which has none of its own), the
    text of the message it forwards; "Ask sendbot" on a forwarded question found no text."""
    if message.content or not message.message_snapshots:
        return message.content
    return message.message_snapshots[0].content


def can_embed(message: discord.Message) -> bool:
    """Whether I may send embeds where `message` was posted (always in a DM)."""
    guild = message.guild
    if guild is None or guild.me is None or isinstance(message.channel, discord.PartialMessageable):
        return True  # nothing to judge by: try, and a refusal mutes the channel
    return message.channel.permissions_for(guild.me).embed_links


def can_react(message: discord.Message) -> bool:
    """Whether I may put a new reaction on `message` (always in a DM)."""
    guild = message.guild
    if guild is None or guild.me is None or isinstance(message.channel, discord.PartialMessageable):
        return True  # nothing to judge by: try; a refusal costs only that offer
    allowed = message.channel.permissions_for(guild.me)
    return allowed.add_reactions and allowed.read_message_history


def replied_to_another(message: discord.Message, my_id: int) -> discord.Message | None:
    """The message `message` replies to, when someone other than me wrote it."""
    reference = message.reference
    replied = reference.resolved if reference is not None else None
    if not isinstance(replied, discord.Message) or replied.author.id == my_id:
        return None
    return replied


def incoming(message: discord.Message, my_id: int) -> Incoming:
    """The parts of `message` the chat rules look at. A reply that pings the bot carries it in
    `mentions` (not in the text), so both count as mentioning it; so does its own role."""
    channel = message.channel
    pinged = any(user.id == my_id for user in message.mentions)
    pinged = pinged or my_role_mentioned(message) is not None
    return Incoming(
        message_id=message.id,
        author_id=message.author.id,
        author_is_bot=message.author.bot,
        is_webhook=message.webhook_id is not None,
        channel_id=channel.id,
        parent_id=channel.parent_id if isinstance(channel, discord.Thread) else None,
        in_guild=message.guild is not None,
        mentions_me=my_id in message.raw_mentions or pinged,
        content=written(message),
    )


def _guild_id(message: discord.Message) -> int | None:
    return message.guild.id if message.guild else None


async def complete(
    interaction: discord.Interaction[Any], search: Callable[[], list[Choice]]
) -> list[app_commands.Choice[str]]:
    """Choices for an autocomplete; on any error none (the user can still type), logged here.

    Searched on a worker thread: a keystroke costs a few milliseconds at 10,000 facts, and
    the first after a change also builds the choice lists (a tenth of a second or more),
    which must not hold up every other interaction on the event loop."""
    try:
        found = await asyncio.to_thread(search)
    except Exception:
        log.exception("error in autocomplete for %s", where(interaction))
        return []
    return [app_commands.Choice(name=choice.name, value=choice.value) for choice in found]


class Ask(commands.Cog):
    def __init__(self, bot: SendBot) -> None:
        self.bot = bot
        self.answered = RecentIds()
        self.offers: Bounded[int, discord.Message] = Bounded(1_000)
        # A question addressed to me -> my reply and the question it answered, so that an
        # edit of the question (a typo fixed) updates the reply instead of leaving it stale.
        self.replies: Bounded[int, tuple[discord.Message, str]] = Bounded(1_000)
        # ... and an overheard question -> my answer, sent unasked, and the question it answered.
        self.unasked: Bounded[int, tuple[discord.Message, str]] = Bounded(1_000)
        self.chat_cooldown = Cooldown(CHAT_RATE, CHAT_PER)
        self.slow_down_notes = SlowDownNotes()
        self.mutes = ChannelMutes()
        self.clock: Callable[[], float] = time.monotonic
        self.pager_timeout = PAGER_TIMEOUT
        self._choices = PerIndex(Choices)
        self.ask_menu = app_commands.ContextMenu(name="Ask sendbot", callback=self.ask_message)

    async def cog_load(self) -> None:
        self.bot.tree.add_command(self.ask_menu)
        await asyncio.to_thread(self.choices)  # built now: the first keystroke is as fast

    async def cog_unload(self) -> None:
        self.bot.tree.remove_command(self.ask_menu.name, type=self.ask_menu.type)

    def choices(self) -> Choices:
        return self._choices.of(self.bot.index())

    # --- answering --------------------------------------------------------------------------

    def _note(self, reply: Reply) -> None:
        """Every answer and refusal is counted; every refusal goes to the miss recorder."""
        note_reply(reply, count=self.bot.count_answer, miss=self.bot.record_miss)

    async def _answer_interaction(
        self, interaction: discord.Interaction[Any], question: str, *, private: bool
    ) -> None:
        try:
            reply = answer(
                self.bot.index(), question, dt.date.today(), self.bot.settings.stale_months
            )
        except QuestionTooLong as exc:
            await respond(interaction, str(exc), ephemeral=True)
            return
        self._note(reply)
        rendered = render_reply(reply, kb_here=self.bot.has_kb_commands(interaction.guild_id))
        view = reply_view(rendered, interaction.user.id, dismissable=not private)
        embed = to_embed(rendered.embed) if rendered.embed else None
        await respond(
            interaction, rendered.content or None, embed=embed, view=view, ephemeral=private
        )

    # --- slash commands and the message menu --------------------------------------------------

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="Your question, e.g. how many special schools opened?",
        private="Only you see the answer (default: everyone in the channel)",
    )
    @app_commands.checks.cooldown(COMMAND_RATE, COMMAND_PER)
    async def ask(
        self,
        interaction: discord.Interaction[Any],
        question: app_commands.Range[str, 1, MAX_MESSAGE_LENGTH],
        private: bool = False,
    ) -> None:
        """Ask about official SEND statements: the fact, the exact quote, who said it and when."""
        await self._answer_interaction(interaction, question, private=private)

    @ask.autocomplete("question")
    async def _question_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await complete(interaction, lambda: self.choices().questions.complete(current))

    @app_commands.checks.cooldown(COMMAND_RATE, COMMAND_PER)
    async def ask_message(
        self, interaction: discord.Interaction[Any], message: discord.Message
    ) -> None:
        me = self.bot.user
        role_id = my_role_mentioned(message)
        text = question_text(written(message), me.id, role_id) if me else written(message).strip()
        # Only a link, code, mentions or emoji: "Ask me a question" would answer the person
        # who did ask, about a message that holds none.
        if not any(character.isalnum() for character in strip_markup(text)):
            await respond(interaction, NO_TEXT, ephemeral=True)
            return
        await self._answer_interaction(interaction, text, private=False)

    @app_commands.command(name="fact")
    @app_commands.rename(fact_id="id")
    @app_commands.describe(
        fact_id="The fact's id: start typing a topic to search",
        private="Only you see it (default: everyone in the channel)",
    )
    @app_commands.checks.cooldown(COMMAND_RATE, COMMAND_PER)
    async def fact(
        self, interaction: discord.Interaction[Any], fact_id: str, private: bool = False
    ) -> None:
        """Show one fact by its id, with its exact quote and source."""
        kb = self.bot.index().kb
        found = kb.fact(fact_id.strip())
        if found is None:
            # Discord sends a value of spaces as given: that asks for no fact at all.
            unknown = UNKNOWN_FACT.format(id=escape(clip(fact_id, 100)))
            text = unknown if fact_id.strip() else NO_FACT_ID
            await respond(interaction, text, ephemeral=True)
            return
        embed = to_embed(fact_embed(found, kb.source_of(found)))
        await respond(interaction, embed=embed, view=fact_view(found.id), ephemeral=private)

    @fact.autocomplete("fact_id")
    async def _fact_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await complete(interaction, lambda: self.choices().facts.complete(current))

    @app_commands.command(name="facts")
    @app_commands.describe(tag="Only the facts with this tag")
    @app_commands.checks.cooldown(COMMAND_RATE, COMMAND_PER)
    async def facts(self, interaction: discord.Interaction[Any], tag: str | None = None) -> None:
        """List the facts I answer from, ten to a page."""
        kb = self.bot.index().kb
        chosen = list(kb)
        heading = "Facts I answer from"
        if tag:
            tag = tag.strip().lower()
            chosen = [item for item in kb if tag in item.tags]
            heading = f"Facts tagged {tag}"
            if not chosen:
                tags = ", ".join(kb.tags())
                text = f"No facts are tagged {escape(clip(tag, 50))}. Tags: {escape(tags)}."
                await respond(interaction, clip(text, 2000), ephemeral=True)
                return
        pages = fact_pages(chosen, heading)
        if len(pages) == 1:
            await respond(interaction, embed=to_embed(pages[0]))
            return
        pager = Pager(pages, interaction.user.id, timeout=self.pager_timeout)
        pager.origin = interaction
        await respond(interaction, embed=pager.embed, view=pager)

    @facts.autocomplete("tag")
    async def _tag_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await complete(interaction, lambda: self.choices().tags.complete(current))

    @app_commands.command(name="source")
    @app_commands.describe(source="One source to show in full: start typing its title")
    @app_commands.checks.cooldown(COMMAND_RATE, COMMAND_PER)
    async def source(
        self, interaction: discord.Interaction[Any], source: str | None = None
    ) -> None:
        """Describe the documents my facts are quoted from."""
        kb = self.bot.index().kb
        if source is not None and source.strip():  # a value of spaces: as if none was given
            await self._one_source(interaction, kb, source)
            return
        specs: list[EmbedSpec] = []
        total = 0
        for item in kb.sources:
            spec = source_embed(item, kb.fact_count(item.id))
            if len(specs) == MAX_EMBEDS or total + spec.total_length > EMBED_TOTAL_LIMIT:
                break
            specs.append(spec)
            total += spec.total_length
        if len(specs) < len(kb.sources):
            # Not all fit in full: one line each, and `source:` picks one to show in full.
            await respond(interaction, embed=to_embed(sources_embed(kb)))
            return
        await respond(interaction, embeds=[to_embed(spec) for spec in specs])

    async def _one_source(
        self, interaction: discord.Interaction[Any], kb: KnowledgeBase, typed: str
    ) -> None:
        wanted = typed.strip()
        found = kb.source(wanted) or next(
            (item for item in kb.sources if item.title.lower() == wanted.lower()), None
        )
        if found is None:
            text = UNKNOWN_SOURCE.format(name=escape(clip(wanted, 100)))
            await respond(interaction, text, ephemeral=True)
            return
        await respond(interaction, embed=to_embed(source_embed(found, kb.fact_count(found.id))))

    @source.autocomplete("source")
    async def _source_choices(
        self, interaction: discord.Interaction[Any], current: str
    ) -> list[app_commands.Choice[str]]:
        return await complete(interaction, lambda: self.choices().sources.complete(current))

    @app_commands.command(name="help")
    async def help_command(self, interaction: discord.Interaction[Any]) -> None:
        """How to ask sendbot, and what it can tell you."""
        config = await self.bot.server_settings.of(interaction.guild_id)
        reads = self.bot.intents.message_content  # answer channels need the intent
        place = HelpPlace(
            in_dm=interaction.guild_id is None,
            chats=config.dms if interaction.guild_id is None else config.mentions,
            channels=tuple(sorted(config.answer_channels)) if reads else (),
            kb_here=self.bot.has_kb_commands(interaction.guild_id),
        )
        embed = help_embed(self.bot.index().kb, place)
        await respond(interaction, embed=to_embed(embed), ephemeral=True)

    # --- chat ---------------------------------------------------------------------------------

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        try:
            await self._on_message(message)
        except discord.Forbidden:
            self.mutes.mute(message.channel.id, _guild_id(message), self.clock())
            log.warning(
                "no permission to answer in channel %s: sendbot needs View Channels, Send "
                "Messages, Embed Links, Read Message History and Add Reactions there; not "
                "trying there again until permissions change on that server or %.0f s pass",
                message.channel.id,
                self.mutes.seconds,
            )
        except Exception:
            log_listener_error("on_message", message)

    async def _on_message(self, message: discord.Message) -> None:
        me = self.bot.user
        if me is None or message.author.bot or message.author.id == me.id:
            return  # before reading any settings: most traffic in busy servers is bots'
        config = await self.bot.server_settings.of(_guild_id(message))
        policy = ChatPolicy(me.id, config.answer_channels, mentions=config.mentions, dms=config.dms)
        seen = incoming(message, me.id)
        if not should_answer(seen, policy, self.answered):
            return
        if self.mutes.muted(message.channel.id, self.clock()):
            log.debug("skip %s: no permission in channel %s", message.id, message.channel.id)
            return
        role_id = my_role_mentioned(message)
        question = question_text(written(message), me.id, role_id)
        if is_addressed(seen, policy):
            unread = ROLE_MENTION_UNREAD if role_id is not None and not message.content else None
            replied = None if question else replied_to_another(message, me.id)
            if replied is not None:
                # A bare mention under someone's message asks me to answer that message.
                question = question_text(written(replied), me.id, my_role_mentioned(replied))
                unread = unread or (None if question else REPLIED_UNREAD)
            if unread is not None:
                if not await self._held_back(message):
                    self.answered.add(message.id)
                    await self._tell(message, unread)
                return
            await self._addressed(message, question)
        else:
            await self._overheard(message, question)

    def _cooling_down(self, message: discord.Message) -> bool:
        wait = self.chat_cooldown.hit(message.author.id, time.monotonic())
        if wait:
            log.debug("skip %s: user %s on cooldown (%.0fs)", message.id, message.author.id, wait)
        return bool(wait)

    async def _held_back(self, message: discord.Message) -> bool:
        """Whether a member who asked me is asking too fast. They are told so, once per wait:
        a mention met with silence looked like a bot that had stopped working."""
        now = time.monotonic()
        wait = self.chat_cooldown.hit(message.author.id, now)
        if not wait:
            return False
        log.debug("skip %s: user %s on cooldown (%.0fs)", message.id, message.author.id, wait)
        if self.slow_down_notes.first(message.author.id, now, wait):
            self.answered.add(message.id)
            await self._tell(message, too_quick_text(wait))
        return True

    async def _addressed(self, message: discord.Message, question: str) -> None:
        if await self._held_back(message):
            return
        self.answered.add(message.id)
        try:
            reply = self._reply_to_mention(message, question)
        except QuestionTooLong as exc:
            sent = await self._tell(message, str(exc))
        else:
            if isinstance(reply, str):
                sent = await self._tell(message, reply)
            else:
                self._note(reply)
                sent = await self._reply(message, reply)
        self.replies[message.id] = (sent, question)

    def _answer(self, question: str) -> Reply:
        return answer(self.bot.index(), question, dt.date.today(), self.bot.settings.stale_months)

    def _reply_to_mention(self, message: discord.Message, question: str) -> Reply | str:
        """The reply to `question`, addressed to me in `message`; but when its words only
        point at the message it replies to (someone else's: "@sendbot can you answer this?"),
        the reply to that message if it gets an answer, or a line saying I cannot read it.
        QuestionTooLong for an over-long `question`, as `answer`."""
        reply = self._answer(question)
        me = self.bot.user
        under = replied_to_another(message, me.id) if me is not None else None
        if me is None or under is None:
            return reply
        index = self.bot.index()
        terms = index.normaliser.terms(question)
        if not points_at_replied(reply.outcome, question, terms, index.idf):
            return reply
        pointed = question_text(written(under), me.id, my_role_mentioned(under))
        if not pointed:
            return REPLIED_UNREAD
        if pointed == question:
            return reply  # a bare mention: that message was the question
        try:
            theirs = self._answer(pointed)
        except QuestionTooLong:
            return reply
        return theirs if theirs.outcome in (Outcome.ANSWERED, Outcome.PARTIAL) else reply

    async def _tell(self, message: discord.Message, text: str) -> discord.Message:
        """A plain reply to `message`: what to do instead, not an answer."""
        return await message.reply(text, allowed_mentions=NO_MENTIONS, mention_author=False)

    @commands.Cog.listener()
    async def on_message_edit(self, before: discord.Message, after: discord.Message) -> None:
        try:
            await self._on_edit(after)
        except discord.NotFound:
            self.replies.pop(after.id)  # my reply was dismissed: nothing to update
            self.unasked.pop(after.id)
        except discord.Forbidden:
            self.mutes.mute(after.channel.id, _guild_id(after), self.clock())
        except Exception:
            log_listener_error("on_message_edit", after)

    async def _on_edit(self, message: discord.Message) -> None:
        """A question I replied to was edited: my reply now answers what it asks."""
        me = self.bot.user
        if message.id in self.unasked:
            await self._on_unasked_edit(message)
            return
        earlier = self.replies.get(message.id)
        if me is None or earlier is None:
            return
        sent, asked = earlier
        question = question_text(message.content, me.id, my_role_mentioned(message))
        if not question or question == asked:
            return  # a link preview added, or the text withheld: nothing new was asked
        config = await self.bot.server_settings.of(_guild_id(message))
        policy = ChatPolicy(me.id, config.answer_channels, mentions=config.mentions, dms=config.dms)
        if not is_addressed(incoming(message, me.id), policy) or self._cooling_down(message):
            return  # the mention was taken out, or the asker is asking too fast
        self.replies[message.id] = (sent, question)
        try:
            reply = self._reply_to_mention(message, question)
        except QuestionTooLong as exc:
            reply = str(exc)
        if isinstance(reply, str):
            await sent.edit(content=reply, embed=None, view=None, allowed_mentions=NO_MENTIONS)
            return
        self._note(reply)
        rendered = self._render(message, reply)
        if rendered.embed is not None and not can_embed(message):
            return  # my reply already says why answers are not shown here
        await self._show(sent, message, rendered)

    async def _on_unasked_edit(self, message: discord.Message) -> None:
        """An overheard question I answered unasked was edited: my answer is updated when I
        would answer the new wording unasked too, and taken down otherwise (it answered words
        that are no longer there, and a partial reply or a refusal is never sent unasked)."""
        me = self.bot.user
        earlier = self.unasked.get(message.id)
        if me is None or earlier is None:
            return
        sent, asked = earlier
        question = question_text(written(message), me.id, my_role_mentioned(message))
        if not question or question == asked or self._cooling_down(message):
            return  # a link preview added, or the text withheld; or asking too fast
        action, reply = (
            self._unasked(message.id, question)
            if looks_like_question(question)
            else (ChannelAction.IGNORE, None)
        )
        if action is not ChannelAction.ANSWER or reply is None:
            self.unasked.pop(message.id)
            log.debug("%s edited into what I do not answer unasked: answer removed", message.id)
            await sent.delete()
            return
        self.unasked[message.id] = (sent, question)
        self._note(reply)
        await self._show(sent, message, self._render(message, reply))

    def _unasked(self, message_id: int, question: str) -> tuple[ChannelAction, Reply | None]:
        """What I do with `question`, overheard in an answer channel: answer it (the reply is
        given), offer a reply with 💡, or let it be. One rule for a message and its edits."""
        if len(question) > MAX_QUESTION_LENGTH:
            log.debug("skip %s: too long to be a question for me", message_id)
            return ChannelAction.IGNORE, None
        index = self.bot.index()
        result = match(index, question)
        action = channel_action(result)
        if action is ChannelAction.IGNORE:
            log.debug("skip %s: confidence %.2f too low", message_id, result.confidence)
        if action is not ChannelAction.ANSWER:
            return action, None
        reply = answer(index, question, dt.date.today(), self.bot.settings.stale_months)
        action = unasked_action(reply.outcome)
        if action is ChannelAction.IGNORE:
            log.debug("skip %s: the reply would be %s", message_id, reply.outcome)
        return action, reply

    async def _overheard(self, message: discord.Message, question: str) -> None:
        action, reply = self._unasked(message.id, question)
        if action is ChannelAction.IGNORE:
            return
        if self._cooling_down(message):
            return
        self.answered.add(message.id)
        if action is ChannelAction.ANSWER and reply is not None:
            self._note(reply)
            if can_embed(message):
                self.unasked[message.id] = (await self._reply(message, reply), question)
            else:  # unasked, so not told: a mention there is
                log.warning("no Embed Links permission in answer channel %s", message.channel.id)
            return
        await self._offer(message)

    async def _offer(self, message: discord.Message) -> None:
        """Offer a reply with 💡. A reaction refused costs that offer only: it used to mute
        the channel, and mentions there, where I may send, met ten minutes of silence."""
        if not can_react(message):
            log.warning(
                "no Add Reactions (or Read Message History) permission in answer channel %s: "
                "the 💡 offer was not made; answers there go on",
                message.channel.id,
            )
            return
        self.offers[message.id] = message
        try:
            await message.add_reaction(OFFER_EMOJI)
        except discord.Forbidden as exc:
            self.offers.pop(message.id)
            log.warning(
                "no permission to react in channel %s (%s): the 💡 offer was not made; answers "
                "there go on",
                message.channel.id,
                exc.text,
            )

    def _render(self, message: discord.Message, reply: Reply) -> Rendered:
        """What to send for `reply` to `message`: the help names /kb on a home server."""
        return render_reply(reply, kb_here=self.bot.has_kb_commands(_guild_id(message)))

    async def _show(
        self, sent: discord.Message, message: discord.Message, rendered: Rendered
    ) -> None:
        """My reply `sent` to `message`, edited to show `rendered` instead."""
        await sent.edit(
            content=rendered.content or None,
            embed=to_embed(rendered.embed) if rendered.embed else None,
            view=reply_view(rendered, message.author.id, dismissable=True),
            allowed_mentions=NO_MENTIONS,
        )

    async def _reply(self, message: discord.Message, reply: Reply) -> discord.Message:
        rendered = self._render(message, reply)
        if rendered.embed is not None and not can_embed(message):
            log.warning(
                "no Embed Links permission in channel %s: answers there are embeds, so the "
                "asker was told to ask an admin for it or use /ask",
                message.channel.id,
            )
            return await self._tell(message, NO_EMBED_LINKS)
        extra: dict[str, Any] = {}
        if rendered.embed is not None:
            extra["embed"] = to_embed(rendered.embed)
        view = reply_view(rendered, message.author.id, dismissable=True)
        if view is not None:
            extra["view"] = view
        return await message.reply(
            rendered.content or None, allowed_mentions=NO_MENTIONS, mention_author=False, **extra
        )

    # --- permission changes lift the mutes of a server ---------------------------------------

    def _permissions_changed(self, guild: discord.Guild, what: str) -> None:
        lifted = self.mutes.lift_guild(guild.id)
        if lifted:
            log.info("%s changed in guild %s: trying %d channel(s) again", what, guild.id, lifted)

    @commands.Cog.listener()
    async def on_guild_channel_update(
        self, before: discord.abc.GuildChannel, after: discord.abc.GuildChannel
    ) -> None:
        self._permissions_changed(after.guild, "a channel")

    @commands.Cog.listener()
    async def on_guild_role_update(self, before: discord.Role, after: discord.Role) -> None:
        self._permissions_changed(after.guild, "a role")

    @commands.Cog.listener()
    async def on_member_update(self, before: discord.Member, after: discord.Member) -> None:
        me = self.bot.user
        if me is not None and after.id == me.id:
            self._permissions_changed(after.guild, "my roles")

    @commands.Cog.listener()
    async def on_raw_reaction_add(self, payload: discord.RawReactionActionEvent) -> None:
        try:
            await self._on_reaction(payload)
        except discord.Forbidden:
            self.mutes.mute(payload.channel_id, payload.guild_id, self.clock())
            log.warning("no permission to answer in channel %s", payload.channel_id)
        except Exception:
            log_listener_error("on_raw_reaction_add", self.offers.get(payload.message_id))

    async def _on_reaction(self, payload: discord.RawReactionActionEvent) -> None:
        me = self.bot.user
        if me is None or payload.user_id == me.id or str(payload.emoji) != OFFER_EMOJI:
            return
        message = self.offers.get(payload.message_id)
        if message is None:
            log.debug("reaction on %s: no answer on offer", payload.message_id)
            return
        if payload.user_id != message.author.id:
            log.debug("reaction on %s: not by the asker", payload.message_id)
            return
        self.offers.pop(payload.message_id)
        question = question_text(written(message), me.id, my_role_mentioned(message))
        reply = answer(self.bot.index(), question, dt.date.today(), self.bot.settings.stale_months)
        self._note(reply)
        await self._reply(message, reply)


async def setup(bot: commands.Bot) -> None:
    if not isinstance(bot, SendBot):
        raise TypeError("the ask extension needs a SendBot")
    bot.add_dynamic_items(*DYNAMIC_ITEMS)
    await bot.add_cog(Ask(bot))
