"""/trend: a chart of one measure's figures over time, each point labelled with its source."""

from sendbot.discord_app.exts.trend._cog import Trends, setup

__all__ = ["Trends", "setup"]
