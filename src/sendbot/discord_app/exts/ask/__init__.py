"""The members' side: /ask, /fact, /facts, /source, /help, the message menu and chat replies."""

from sendbot.discord_app.exts.ask._chat_rules import Cooldown
from sendbot.discord_app.exts.ask._cog import Ask, complete, setup

__all__ = ["Ask", "Cooldown", "complete", "setup"]
