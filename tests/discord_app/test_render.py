"""Discord rendering: limits, escaping, clip, and the exact layout of an answer. No mocks."""

import datetime as dt

import discord
import pytest

from sendbot.answering.answer import answer
from sendbot.answering.fact_index import FactIndex
from sendbot.answering.match import Outcome
from sendbot.answering.reply import Reply, Suggestion, citation, reply_json
from sendbot.discord_app.render import (
    BUTTON_LABEL_LIMIT,
    DESCRIPTION_LIMIT,
    ELLIPSIS,
    EMBED_TOTAL_LIMIT,
    FIELD_VALUE_LIMIT,
    FOOTER_LIMIT,
    KB_HELP_LINE,
    MESSAGE_LIMIT,
    PARTIAL_COLOUR,
    PARTIAL_TITLE,
    TITLE_LIMIT,
    EmbedSpec,
    Field,
    HelpPlace,
    Kind,
    abstain_text,
    asked_footer,
    clip,
    escape,
    escape_plain,
    fact_embed,
    fact_pages,
    fit,
    help_embed,
    question_from_footer,
    quote_block,
    readable_question,
    render_reply,
    source_embed,
    sources_embed,
)
from sendbot.knowledge.model import Fact, KnowledgeBase, KnowledgeFile, Source, Speaker

ROLE_PING = "<@&123456789012345678>"
USER_PING = "<@123456789012345678>"


def make_source(**changes: object) -> Source:
    values: dict[str, object] = {
        "id": "src",
        "title": "A *bold* title",
        "kind": "written answer",
        "department": "Department for Education",
        "answered": dt.date(2024, 2, 8),
        "answered_by": Speaker("David Johnston", "Parliamentary Under-Secretary"),
        "licence": "Open Parliament Licence v3.0",
        "document": "sources/x.txt",
        "text": "",
        "question": "To ask the Secretary of State ...",
        "asked": dt.date(2024, 1, 31),
    }
    values.update(changes)
    return Source(**values)  # type: ignore[arg-type]


def make_fact(**changes: object) -> Fact:
    values: dict[str, object] = {
        "id": "a-fact",
        "statement": "The department has opened 15 new special schools.",
        "quote": "the department has opened 15 new special schools",
        "questions": ("how many special schools?",),
        "as_of": dt.date(2024, 2, 8),
        "source_id": "src",
        "title": "New special schools",
    }
    values.update(changes)
    return Fact(**values)  # type: ignore[arg-type]


# --- clip -------------------------------------------------------------------------------------


def test_clip_leaves_short_text_alone() -> None:
    assert clip("short enough", 12) == "short enough"


def test_clip_cuts_on_a_word_boundary_with_an_ellipsis() -> None:
    clipped = clip("the quick brown fox jumps over the lazy dog", 20)
    assert clipped == "the quick brown fox" + ELLIPSIS
    assert len(clipped) <= 20


def test_clip_cuts_inside_one_long_word() -> None:
    clipped = clip("a" * 50, 10)
    assert clipped == "a" * 9 + ELLIPSIS


def test_clip_never_leaves_a_backslash_before_the_ellipsis() -> None:
    text = escape("word " * 3 + "*" * 40)  # \*\*\*...
    for limit in range(5, 40):
        clipped = clip(text, limit)
        assert len(clipped) <= limit
        assert not clipped.removesuffix(ELLIPSIS).endswith("\\")


def test_clip_rejects_a_limit_below_one() -> None:
    with pytest.raises(ValueError):
        clip("x", 0)


# --- escaping ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@everyone hi",
        "@here",
        ROLE_PING,
        USER_PING,
        "**bold** _it_ `code` ~~s~~ ||spoiler||",
        "> q",
    ],
)
def test_escape_follows_discord_py(text: str) -> None:
    assert escape(text) == discord.utils.escape_mentions(discord.utils.escape_markdown(text))


def test_escape_defuses_pings_and_formatting() -> None:
    escaped = escape(f"@everyone @here {ROLE_PING} {USER_PING} **loud**")
    assert "@everyone" not in escaped and "@here" not in escaped
    assert "<@&1" not in escaped and "<@1" not in escaped
    assert "**" not in escaped


def test_bidirectional_overrides_in_echoed_text_are_dropped() -> None:
    # The footer of an answer to "\u202ehow many special schools opened?" showed reversed.
    question = "\u202ehow many \u2066special\u2069 schools opened?"
    assert escape(question) == "how many special schools opened?"
    assert escape_plain(question) == "how many special schools opened?"
    embed = fact_embed(make_fact(), make_source(), question=question)
    assert embed.footer == "Asked: how many special schools opened?"


# --- an answer --------------------------------------------------------------------------------


def test_answer_embed_has_statement_quote_citation_and_as_of(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "how many special schools opened?")
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ANSWER and rendered.fact_id == "special-schools-opened"
    embed = rendered.embed
    assert embed is not None and reply.fact is not None and reply.source is not None
    assert embed.title == reply.fact.label
    assert embed.description == reply.fact.statement
    assert embed.fields == (
        Field("Quote", f'> "{reply.fact.quote}"'),
        Field("Source", citation(reply.source)),
        Field("As of", "8 February 2024", inline=True),
    )
    assert reply.as_of == "8 February 2024"
    assert embed.footer == "Asked: how many special schools opened?"
    assert rendered.content == ""


def test_fact_without_a_question_names_its_id() -> None:
    embed = fact_embed(make_fact(), make_source())
    assert embed.footer == "Fact: a-fact"


def test_multi_line_quote_stays_one_block_quote() -> None:
    assert quote_block("David Johnston\nParliamentary Under-Secretary") == (
        '> "David Johnston\n> Parliamentary Under-Secretary"'
    )


def test_huge_fact_stays_within_every_limit() -> None:
    fact = make_fact(
        title="T" * 500,
        statement="word " * 2000,
        quote=("line of quote " * 30 + "\n") * 10,
    )
    source = make_source(answered_by=Speaker("N" * 3000, "R" * 3000))
    embed = fact_embed(fact, source, question="q " * 1500)
    assert len(embed.title) <= TITLE_LIMIT
    assert len(embed.description) <= DESCRIPTION_LIMIT
    assert all(len(field.value) <= FIELD_VALUE_LIMIT for field in embed.fields)
    assert len(embed.footer) <= FOOTER_LIMIT
    assert embed.total_length <= EMBED_TOTAL_LIMIT
    quote = embed.fields[0].value
    assert quote.startswith('> "') and quote.endswith(ELLIPSIS + '"')


def test_fit_trims_the_description_to_the_total() -> None:
    spec = EmbedSpec(
        title="t",
        description="d " * 3000,
        fields=tuple(Field(f"f{n}", "v" * 1000) for n in range(3)),
        footer="x" * 2000,
    )
    fitted = fit(spec)
    assert fitted.total_length <= EMBED_TOTAL_LIMIT
    assert fitted.description.endswith(ELLIPSIS)


def test_mentions_in_the_knowledge_base_or_question_are_escaped() -> None:
    fact = make_fact(statement=f"Said to @everyone and {ROLE_PING}", quote="@here")
    embed = fact_embed(fact, make_source(), question=f"what about @everyone {USER_PING}?")
    every_text = [embed.title, embed.description, embed.footer]
    every_text += [part for field in embed.fields for part in (field.name, field.value)]
    for text in every_text:
        assert "@everyone" not in text and "@here" not in text
        assert "<@&1" not in text and "<@1" not in text


def test_the_question_round_trips_through_the_footer() -> None:
    question = "what about @everyone and high needs?"
    assert question_from_footer(asked_footer(question)) == "what about and high needs?"
    assert question_from_footer(asked_footer("what about pins?")) == "what about pins?"
    assert question_from_footer("Fact: a-fact") is None
    assert question_from_footer(None) is None


CHAT_MARKUP = (
    f"{USER_PING} **how many** special schools opened in <#123456789012345678> since "
    "<t:1700000000:R> <:wave:123456789012345678> ~~now~~ ||really||?"
)


def test_the_footer_shows_the_question_without_chat_markup() -> None:
    # A footer shows markup as typed: "<@1578...>", "<t:...:R>", "**bold**" would be raw.
    footer = asked_footer(CHAT_MARKUP)
    assert footer == "Asked: how many special schools opened in since now really?"
    assert readable_question("*how many* __special__ schools `opened`?") == (
        "how many special schools opened?"
    )
    assert readable_question("is 2*3*4 6_000_000?") == "is 2*3*4 6_000_000?"
    assert readable_question(USER_PING) == ""  # nothing of its own: nothing shown


@pytest.mark.parametrize(
    "mention", ["<@123>", "<@!123>", "<@&7>", "<#42>", "<@abc>", "<@>", "@everyone", "@HERE"]
)
def test_the_footer_shows_no_mention_syntax_even_for_a_made_up_id(mention: str) -> None:
    # Real ids (five digits or more) were taken out; a short or made-up one stayed as typed.
    footer = asked_footer(f"how many {mention} special schools {mention}?")
    assert footer == "Asked: how many special schools?"
    assert question_from_footer(footer) == "how many special schools?"


def test_what_only_looks_like_a_mention_stays() -> None:
    assert readable_question("is 3 < 4 and 5 > 2? <@ 1>") == "is 3 < 4 and 5 > 2? <@ 1>"
    assert "@everyone" not in asked_footer("what is @everyones share?")  # neutralised


def test_not_what_i_asked_reads_back_what_was_matched(shipped_index: FactIndex) -> None:
    read_back = question_from_footer(asked_footer(CHAT_MARKUP))
    assert read_back is not None and "123456789012345678" not in read_back
    today = dt.date(2026, 12, 4)
    before = answer(shipped_index, CHAT_MARKUP, today)
    after = answer(shipped_index, read_back, today)
    assert (before.outcome, before.fact) == (after.outcome, after.fact)


def test_the_abstain_echo_has_no_chat_markup() -> None:
    text = abstain_text(f"{USER_PING} is the **weather** nice <:sun:123456789012345678>?", False)
    assert text.endswith("-# You asked: is the weather nice?")


# --- refusals and other replies -----------------------------------------------------------------


def test_abstain_is_short_with_topics_as_buttons() -> None:
    reply = Reply(
        question="what is the weather @everyone?",
        outcome=Outcome.DECLINED,
        text="unused",
        suggestions=(
            Suggestion("a", "A" * 200, 0.4),
            Suggestion("b", "Second topic", 0.3),
            Suggestion("c", "Third topic", 0.25),
        ),
    )
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ABSTAIN and rendered.embed is None
    assert rendered.content.startswith("I don't have that in my sources.")
    assert "You asked: what is the weather?" in rendered.content  # @everyone taken out
    assert [t.fact_id for t in rendered.topics] == ["a", "b", "c"]
    assert all(len(t.label) <= BUTTON_LABEL_LIMIT for t in rendered.topics)
    assert len(rendered.content) <= MESSAGE_LIMIT


def test_abstain_without_topics_says_so_plainly() -> None:
    rendered = render_reply(Reply("zzz", Outcome.DECLINED, "unused"))
    assert rendered.topics == ()
    assert rendered.content.splitlines()[0] == "I don't have that in my sources."


def test_a_declined_reply_says_on_discord_why_no_source_answers(
    shipped_index: FactIndex,
) -> None:
    # One's own school: the sources speak for England as a whole, as the terminal says.
    reply = answer(shipped_index, "is my kid's school getting any of the new money?")
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ABSTAIN and reply.missing
    assert rendered.content.startswith(escape(reply.missing))
    assert "I don't have that in my sources" not in rendered.content


def test_an_off_topic_decline_says_on_discord_what_the_sources_are(
    shipped_index: FactIndex,
) -> None:
    # The same sentence as the terminal's: no topic near, so what the sources are and "help".
    reply = answer(shipped_index, "how tall is the eiffel tower?")
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ABSTAIN and rendered.topics == ()
    first = rendered.content.splitlines()[0]
    assert first == reply.text.splitlines()[0]
    assert first.startswith("I don't have that in my sources. They are ")
    assert 'try "help"' in first


def test_a_declined_follow_on_says_on_discord_that_messages_are_read_alone(
    shipped_index: FactIndex,
) -> None:
    rendered = render_reply(answer(shipped_index, "wasn't it 20?"))
    assert rendered.kind is Kind.ABSTAIN
    assert rendered.content.startswith("I don't have that in my sources.\nI read each message")
    assert rendered.content.endswith("-# You asked: wasn't it 20?")


def test_a_figure_checked_and_set_right_leads_the_answer_as_in_the_terminal_and_json(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index, "heard 600 special schools opened this academic year, is that right?"
    )
    # The correction first; then the year the 2023/24 figure is for, before the figure.
    corrected = "The written answer gives 15, not 600."
    reading = "“This academic year” is read as 2025/26"
    assert reply.corrected is not None and reply.corrected.startswith(f"{corrected}\n{reading}")
    embed = render_reply(reply).embed
    assert embed is not None and reply.fact is not None
    assert embed.description == f"{reply.corrected}\n{reply.fact.statement}"
    assert reply_json(reply)["text"] == reply.text
    assert reply.text.startswith(f"{reply.corrected}\n{reply.fact.statement}\n")


def test_a_figure_checked_and_right_is_confirmed_first_as_in_the_terminal_and_json(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "was it 32 local authorities in the change programme?")
    confirmed = "Yes: the written answer gives 32."
    assert reply.corrected == confirmed
    embed = render_reply(reply).embed
    assert embed is not None and reply.fact is not None
    assert embed.description == f"{confirmed}\n{reply.fact.statement}"
    assert reply_json(reply)["text"] == reply.text
    assert reply.text.startswith(f"{confirmed}\n{reply.fact.statement}\n")


def test_smalltalk_is_plain_text(shipped_index: FactIndex) -> None:
    rendered = render_reply(answer(shipped_index, "hello"))
    assert rendered.kind is Kind.TEXT and rendered.embed is None
    assert rendered.content.startswith("Hello!")


def test_help_on_discord_points_to_discord_commands_only(shipped_index: FactIndex) -> None:
    for question in ("help", "what can I ask?"):
        rendered = render_reply(answer(shipped_index, question))
        assert rendered.kind is Kind.TEXT
        hint = "To browse every fact: /facts, or /help for the ways to ask."
        assert rendered.content.endswith(hint)
        assert "terminal" not in rendered.content and "\\`" not in rendered.content


def test_help_names_kb_for_moderators_only_where_it_exists(
    shipped_kb: KnowledgeBase, shipped_index: FactIndex
) -> None:
    """/kb is registered on home servers only, and Discord lists it only to Manage Server:
    a moderator role learns of it from /help and the help reply there, and nowhere else."""
    home = help_embed(shipped_kb, HelpPlace(kb_here=True))
    assert f"**Moderators**\n• {KB_HELP_LINE.removeprefix('Moderators: ')}" in home.description
    assert home.total_length <= EMBED_TOTAL_LIMIT
    assert "/kb" not in help_embed(shipped_kb).description
    assert "/kb" not in help_embed(shipped_kb, HelpPlace(in_dm=True)).description
    reply = answer(shipped_index, "what can I ask?")
    assert render_reply(reply, kb_here=True).content.endswith(KB_HELP_LINE)
    assert "/kb" not in render_reply(reply).content
    # An answer is an answer: no moderators' line under it.
    answered = render_reply(answer(shipped_index, "how many special schools opened?"), kb_here=True)
    assert answered.content is None or "/kb" not in answered.content


# --- other embeds -------------------------------------------------------------------------------


def test_source_embed_describes_the_document_and_the_question() -> None:
    embed = source_embed(make_source(url="https://example.org/q"), fact_count=3)
    assert embed.title == "A \\*bold\\* title"
    fields = {field.name: field.value for field in embed.fields}
    assert fields["Answered by"] == "David Johnston, Parliamentary Under-Secretary"
    assert fields["Asked"] == "31 January 2024" and fields["Answered"] == "8 February 2024"
    assert fields["Question asked"] == "To ask the Secretary of State ..."
    assert fields["Link"] == "https://example.org/q" and embed.url == "https://example.org/q"
    assert embed.footer == "3 facts quoted from this source"


def test_fact_pages_ten_to_a_page(shipped_kb: KnowledgeBase) -> None:
    facts = shipped_kb.facts
    pages = fact_pages(facts, "Facts")
    count = -(-len(facts) // 10)
    assert len(pages) == count
    assert pages[0].description.count("`") == 20  # ten ids in code spans
    assert pages[-1].footer.startswith(f"Page {count} of {count} · {len(facts)} facts")
    assert fact_pages((), "None")[0].description == "No facts."


def test_help_names_every_way_to_ask(shipped_kb: KnowledgeBase) -> None:
    embed = help_embed(shipped_kb)
    for phrase in ("/ask", "Mention me", "Ask sendbot", "Not what I asked", "/facts"):
        assert phrase in embed.description
    assert embed.total_length <= EMBED_TOTAL_LIMIT
    listed = embed.description.split("**My sources**, newest first\n", 1)[1].splitlines()
    newest_first = sorted(shipped_kb.sources, key=lambda source: source.answered, reverse=True)
    # Each with the month of its answer, unless its title names it already: "Demand for SEND
    # places over the past 10 years (Lords, January 2026)" was followed by "(Jan 2026)".
    assert listed == [
        f"• {s.title}" if f"{s.answered:%B %Y}" in s.title else f"• {s.title} ({s.answered:%b %Y})"
        for s in newest_first
    ]
    assert "• Demand for SEND places over the past 10 years (Lords, January 2026)" in listed
    assert "• Progress on the SEND and AP Improvement Plan (Feb 2024)" in listed


def test_help_says_how_chat_works_where_it_is_asked(shipped_kb: KnowledgeBase) -> None:
    muted = help_embed(shipped_kb, HelpPlace(chats=False, channels=(111, 222)))
    assert "Mention me" not in muted.description
    assert "Mentions of me are switched off on this server: use `/ask`" in muted.description
    assert "In <#111>, <#222> I also answer questions on my own" in muted.description
    dm = help_embed(shipped_kb, HelpPlace(in_dm=True))
    assert "send me your question here" in dm.description and "Mention me" not in dm.description
    closed = help_embed(shipped_kb, HelpPlace(in_dm=True, chats=False))
    assert "Direct messages to me are switched off" in closed.description
    many = help_embed(shipped_kb, HelpPlace(channels=tuple(range(1, 26))))
    assert "<#10> and 15 more I also answer" in many.description
    assert many.total_length <= EMBED_TOTAL_LIMIT


def test_help_lists_many_sources_within_limits_and_points_to_source() -> None:
    files = tuple(
        KnowledgeFile(f"s{n}.yaml", make_source(id=f"s{n}", title=f"Answer number {n}"), ())
        for n in range(400)
    )
    embed = help_embed(KnowledgeBase(files))
    assert embed.total_length <= EMBED_TOTAL_LIMIT
    assert embed.description.endswith("more (`/source` lists them all)")


def test_a_knowledge_base_fixture_builds(shipped_kb: KnowledgeBase) -> None:
    # The helpers above build valid model objects (guards against model changes).
    kb = KnowledgeBase((KnowledgeFile("x.yaml", make_source(), (make_fact(),)),))
    assert kb.fact("a-fact") is not None


def test_partial_reply_says_what_is_missing_and_looks_different(shipped_index: FactIndex) -> None:
    reply = answer(shipped_index, "I live in Devon, how many special schools opened?")
    rendered = render_reply(reply)
    assert rendered.kind is Kind.PARTIAL and rendered.fact_id == "special-schools-opened"
    embed = rendered.embed
    assert embed is not None and reply.fact is not None
    assert embed.title == PARTIAL_TITLE and embed.colour == PARTIAL_COLOUR
    assert embed.description == reply.missing
    assert embed.fields[0] == Field("Related, not the answer", reply.fact.statement)
    assert embed.fields[1] == Field("Quote", f'> "{reply.fact.quote}"')


def test_newest_figure_embed_lists_the_earlier_figures_and_its_age(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how much is the high needs budget?", dt.date(2026, 12, 1))
    embed = render_reply(reply).embed
    assert embed is not None
    field = next(field for field in embed.fields if field.name == "Newest figure")
    assert (
        '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)' in field.value
    )
    assert "more than 12 months ago" in field.value


def test_partial_reply_about_a_measure_shows_how_the_year_was_read_and_the_earlier_figures(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "what is the high needs budget next year?", dt.date(2026, 12, 1))
    rendered = render_reply(reply)
    assert rendered.kind is Kind.PARTIAL and rendered.embed is not None
    assert rendered.embed.description == reply.missing
    fields = {field.name: field.value for field in rendered.embed.fields}
    assert fields["How your question was read"] == (
        "“Next year” is read as 2027/28, counting from today (1 December 2026)."
    )
    assert (
        '"£10.1 billion next year", for 2023/24 (Claire Coutinho, 22 February 2023)'
        in fields["Newest figure"]
    )
    assert "read as" not in fields["Newest figure"]


def test_how_last_year_was_read_is_a_field_of_its_own_not_part_of_the_newest_figure(
    shipped_index: FactIndex,
) -> None:
    reply = answer(shipped_index, "how big was the high needs pot last year?", dt.date(2026, 12, 3))
    rendered = render_reply(reply)
    assert rendered.kind is Kind.ANSWER and rendered.embed is not None
    names = [field.name for field in rendered.embed.fields]
    assert names == ["Quote", "Source", "As of", "How your question was read"]
    assert rendered.embed.fields[-1].value == (
        "“Last year” is read as 2025/26, counting from today (3 December 2026)."
    )
    # The terminal's reply says it on a line of its own, after the citation.
    assert reply.text.splitlines()[-1] == rendered.embed.fields[-1].value


def test_sources_list_one_line_each_newest_first_and_within_limits() -> None:
    def source_file(number: int) -> KnowledgeFile:
        source = make_source(
            id=f"s{number}",
            title=f"Answer {number} {ROLE_PING}",
            answered=dt.date(2020, 1, 1) + dt.timedelta(days=number),
        )
        return KnowledgeFile(f"s{number}.yaml", source, ())

    few = KnowledgeBase(tuple(source_file(n) for n in range(3)))
    spec = sources_embed(few)
    assert len(spec.description) <= DESCRIPTION_LIMIT and spec.total_length <= EMBED_TOTAL_LIMIT
    assert spec.title == "My 3 sources, newest first"
    assert [line.split("**")[1].split()[1] for line in spec.description.splitlines()] == [
        "2",
        "1",
        "0",
    ]
    assert ROLE_PING not in spec.description

    many = sources_embed(KnowledgeBase(tuple(source_file(n) for n in range(600))))
    assert len(many.description) <= DESCRIPTION_LIMIT
    assert many.total_length <= EMBED_TOTAL_LIMIT
    assert many.description.splitlines()[-1].startswith("…and ")


def test_a_place_s_newest_figure_is_the_national_one_with_the_earlier_ones_on_discord(
    shipped_index: FactIndex,
) -> None:
    reply = answer(
        shipped_index, "newest figure for high needs funding in Bristol?", dt.date(2026, 12, 1)
    )
    rendered = render_reply(reply)
    assert rendered.kind is Kind.PARTIAL and rendered.embed is not None
    assert rendered.embed.description == reply.missing
    assert reply.missing is not None and "England as a whole" in reply.missing
    field = next(field for field in rendered.embed.fields if field.name == "Newest figure")
    assert '"over £10.5 billion in 2024/25" (David Johnston, 8 February 2024)' in field.value


def test_a_date_gone_by_is_its_own_field_not_the_newest_figure(shipped_index: FactIndex) -> None:
    reply = answer(
        shipped_index,
        "when is the announcement on special free school locations due",
        dt.date(2026, 12, 1),
    )
    embed = render_reply(reply).embed
    assert embed is not None
    fields = {field.name: field.value for field in embed.fields}
    assert "Newest figure" not in fields
    assert fields["When it was said"] == (
        "This was said on 22 March 2024, looking ahead to May 2024: that date has now passed."
    )
