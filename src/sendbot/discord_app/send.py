"""Sending to Discord: embeds from the renderer's specs, and one way to answer an interaction.

Every send passes `NO_MENTIONS` explicitly, on top of the client-wide default: sendbot never
pings @everyone, @here, a role or a user, whatever the text says.
"""

from __future__ import annotations

from typing import Any

import discord

from sendbot.discord_app.render import EmbedSpec

NO_MENTIONS = discord.AllowedMentions.none()
COLOUR = discord.Colour(0x2B6CB0)


def to_embed(spec: EmbedSpec) -> discord.Embed:
    embed = discord.Embed(
        title=spec.title,
        description=spec.description or None,
        url=spec.url,
        colour=COLOUR if spec.colour is None else discord.Colour(spec.colour),
        timestamp=spec.timestamp,
    )
    for field in spec.fields:
        embed.add_field(name=field.name, value=field.value, inline=field.inline)
    if spec.footer:
        embed.set_footer(text=spec.footer)
    if spec.image:
        embed.set_image(url=spec.image)
    return embed


async def respond(
    interaction: discord.Interaction[Any],
    content: str | None = None,
    *,
    embed: discord.Embed | None = None,
    embeds: list[discord.Embed] | None = None,
    view: discord.ui.View | None = None,
    files: list[discord.File] | None = None,
    ephemeral: bool = False,
) -> None:
    """The interaction's response if it has none yet, else a follow-up; never a ping."""
    extra: dict[str, Any] = {}
    if embed is not None:
        extra["embed"] = embed
    if embeds:
        extra["embeds"] = embeds
    if view is not None:
        extra["view"] = view
    if files:
        extra["files"] = files
    if not interaction.response.is_done():
        await interaction.response.send_message(
            content, ephemeral=ephemeral, allowed_mentions=NO_MENTIONS, **extra
        )
    else:
        await interaction.followup.send(
            content or discord.utils.MISSING,
            ephemeral=ephemeral,
            allowed_mentions=NO_MENTIONS,
            **extra,
        )
